"""Four more blind probe reviews (round 61), in the forms court rules, habeas chapters, access lists, jail
policies, anti-sanctuary acts, plea forms and notices take: 170 texts written for billkit in the reviewers'
own words, from no real statute, with the status a lawyer would give before billkit was run
(tests/probes/round61). The `a` probes keep or end a court's power over a later challenge ("no writ of error,
coram nobis or habeas corpus shall lie, nor shall any motion ... be entertained ... for the purpose of
reviewing, vacating or otherwise calling in question the judgment so expunged"; a digest that "responds to the
decision in" a case "which held that a trial court loses jurisdiction" and overrules it); the `b` probes open
or close the person's own record; the `c` probes send records to immigration authorities or keep them away (an
old "duty of the clerk ... to transmit ... to the nearest office of the federal agency charged with the
enforcement of the immigration laws a certified copy of the judgment"; annulled records kept from the
Department of Homeland Security and "stricken from the files of the Federal Bureau of Investigation"); the `d`
probes grant a vacatur for a defect (evidence "withheld by the State", testimony "the State knew or should
have known to be false", coram nobis that "shall lie ... whether or not the petitioner remains in custody")
and tell people what relief does ("This order does NOT erase the conviction for federal purposes", in a notice
"in substantially the following form").

billkit read 74 of the 1,020 judgements otherwise at first; the rules were mended in general form, and the 953
it now reads as the reviewers did are kept (the likeness reader, retrained with the fifty-third round's tuning
files, moved a few). The 67 left out are mostly partial against present or absent on own-record routes
narrowed to a certificate, a docket printout, a pending proceeding or a year (b07, b10, b28, b38), a person's
route through a section not quoted (b09), lists whose decisive item comes last (b14, c11), a relief named only
by its chapter (a34), jail policies and digests of duties to query or notify immigration authorities in words
the rules do not know (c09, c23, c36), and notices of other things read as education in part (d04, d13, d26,
d32, d38).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round61")


def test_the_review_tries_courts_closed_and_kept():
    courts = REVIEW.judgements("a", "court-jurisdiction")
    assert courts.count("contrary") >= 8 and courts.count("present") >= 5 and courts.count("absent") >= 10


def test_the_review_tries_own_records_and_federal_sharing():
    records = REVIEW.judgements("b", "record-access")
    assert records.count("present") >= 6 and records.count("contrary") >= 8
    federal = REVIEW.judgements("c", "federal-records")
    assert federal.count("contrary") >= 8 and federal.count("partial") >= 6 and federal.count("present") >= 3


def test_the_review_tries_notices_and_vacaturs():
    notices = REVIEW.judgements("d", "public-education")
    assert notices.count("present") >= 4 and notices.count("partial") >= 5
    assert REVIEW.judgements("d", "vacatur-for-cause").count("present") >= 10


def test_a_court_decision_the_bill_answers_is_no_provision():
    text = (
        "Section 4 responds to the decision in State v. Doe, which held that a trial court loses "
        "jurisdiction over a case once the record has been expunged. Under Section 4, the expungement of a "
        "record does not divest the trial court of jurisdiction to entertain a motion to vacate the "
        "conviction for legal error when the motion is filed after the expungement."
    )
    assert passage_status("court-jurisdiction", text) == "present"
