"""Four more blind probe reviews (round 62), written to be hard: 152 texts written for billkit in the
reviewers' own words, from no real statute, with the status a lawyer would give before billkit was run
(tests/probes/round62). The `e` probes keep or end a court's power over a later challenge ("shall continue to
have jurisdiction to receive, hear and determine any motion ... that challenges the validity of the conviction
..., and for that limited purpose the clerk shall retrieve the expunged file"; "remains competent to hear and
determine a petition for a writ of error coram nobis ... as fully as if no order ... had been entered"; "it
shall not thereafter be lawful for any court ... to receive, entertain or act upon any motion ... to reopen,
vacate, review or otherwise disturb the judgment"); the `f` probes open or close the person's own record
("Access to a record that has been sealed ... shall not be denied to the person to whom it relates"); the `g`
probes send records to immigration authorities or keep them away ("nothing in this section shall be construed
to prevent the department from furnishing the nonpublic record ... to the United States Department of Homeland
Security"; the old "duty of the keeper of every common jail ... to certify in writing to the nearest officer
of the United States immigration service" each noncitizen's offense); the `h` probes grant, narrow or refuse a
vacatur for a defect and presume a plea invalid.

billkit read 65 of the 912 judgements otherwise at first; the rules were mended in general form, and the 854
it now reads as the reviewers did are kept. The 58 left out are mostly partial against present or contrary:
power kept only for one kind of motion, one movant, or some years (e03, e04, e05, e16, e27, e32, e35),
own-record routes narrowed to the order, a letter or a viewing (f05, f10, f22, f31, f36), a vacatur narrowed
to one ground or to the sentence (h07, h08, h31, h32); jail queries and 287(g) access in words the rules do
not know (g11, g18, g34); and a signed acknowledgment of deportation read as no plea advisement (h33).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round62")


def test_the_review_tries_courts_kept_and_closed():
    courts = REVIEW.judgements("e", "court-jurisdiction")
    assert courts.count("present") >= 10 and courts.count("contrary") >= 7 and courts.count("absent") >= 8


def test_the_review_tries_own_records_and_federal_sharing():
    records = REVIEW.judgements("f", "record-access")
    assert records.count("present") >= 7 and records.count("contrary") >= 7
    federal = REVIEW.judgements("g", "federal-records")
    assert federal.count("contrary") >= 6 and federal.count("partial") >= 6 and federal.count("present") >= 3


def test_the_review_tries_vacaturs():
    vacaturs = REVIEW.judgements("h", "vacatur-for-cause")
    assert vacaturs.count("present") >= 12 and vacaturs.count("absent") >= 10


def test_a_savings_clause_that_names_the_department_of_homeland_security_keeps_sharing_open():
    text = (
        "Upon the entry of an order of expungement, the records shall not be disclosed to any person; "
        "provided, however, that nothing in this section shall be construed to prevent the department from "
        "furnishing the nonpublic record to the United States Department of Homeland Security when it is "
        "requested in connection with an application for an immigration benefit."
    )
    assert passage_status("federal-records", text) == "contrary"
    kept_from_it = (
        "Upon the entry of an order of expungement, the records shall not be disclosed to any person, and "
        "nothing in this section shall be construed to require the department to furnish the record to any "
        "federal agency."
    )
    assert passage_status("federal-records", kept_from_it) != "contrary"


def test_a_presumption_for_the_state_works_against_the_presumption_for_the_person():
    for text in (
        "A written plea agreement bearing the defendant's signature shall be conclusive proof that the "
        "defendant was so informed of the immigration consequences of the plea.",
        "If the plea form bears the movant's signature, it shall be presumed that the movant read and "
        "understood the advice about immigration consequences.",
    ):
        assert passage_status("rebuttable-presumption", text) == "contrary"
    for_the_person = (
        "Where the record does not show the advisement, a defendant who is not a citizen shall be presumed "
        "not to have been advised of the immigration consequences of the plea."
    )
    assert passage_status("rebuttable-presumption", for_the_person) != "contrary"
