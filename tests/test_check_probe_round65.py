"""Four short blind probe reviews (round 65): 124 texts written for billkit in the reviewers' own words, from
no real statute, with the status a lawyer would give before billkit was run (tests/probes/round65). The `a`
probes close or keep a court's power in the sections of post-conviction acts; the `b` and `c` probes reach
own-record access and federal sharing through a cross-reference or a defined term; the `d` probes grant,
narrow or refuse a vacatur in the shapes of real post-conviction and plea-withdrawal law.

billkit read 43 of the 744 judgements otherwise at first; three rules were mended in general form (a person
who "shall nonetheless be presumed to have received" the advisement; a petition "dismissed for want of
jurisdiction" once the conviction "has been expunged, sealed, or set aside"; a motion "to vacate the order",
where the order is the expunction, is no vacatur of the conviction), and the 704 it now reads as the reviewers
did are kept. The 40 left out are mostly bars and grants reached only through a section or a definition the
rules do not follow (b11, b14, c08, c14), partial against present (a27, b25, b29, d03, d19), and a bar with a
narrow exception that the rules read as no bar (d09).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round65")


def test_the_review_tries_courts_records_federal_sharing_and_vacaturs():
    assert REVIEW.judgements("a", "court-jurisdiction").count("present") >= 6
    assert REVIEW.judgements("b", "record-access").count("contrary") >= 4
    assert REVIEW.judgements("c", "federal-records").count("contrary") >= 6
    assert REVIEW.judgements("d", "vacatur-for-cause").count("present") >= 8


def test_a_defendant_presumed_to_have_received_the_advisement_works_against_the_presumption():
    text = (
        "If the record does not show that the advisement was given, the defendant shall nonetheless be "
        "presumed to have received it, and the presumption may be overcome only by clear and convincing "
        "evidence."
    )
    assert passage_status("rebuttable-presumption", text) == "contrary"


def test_a_petition_dismissed_once_the_conviction_is_expunged_works_against_the_court_s_power():
    text = (
        "Relief may not be granted under this act if the petitioner has been discharged from sentence and "
        "the conviction has been expunged, in which event the petition shall be dismissed for want of "
        "jurisdiction."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"
    a_late_petition = (
        "Relief may not be granted under this act if the petition was filed more than one year after the "
        "judgment became final, in which event the petition shall be dismissed."
    )
    assert passage_status("court-jurisdiction", a_late_petition) != "present"
