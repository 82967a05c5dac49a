"""A blind probe review (round 27): 74 short texts in the shape of real law, written for billkit by two
reviewers in their own words, each with the status a lawyer would give before billkit was run
(tests/probes/round27). The `a` probes try the court's power after relief (14 ways a code shuts the court out,
and power kept in words unlike "retains jurisdiction") and vacatur's grounds; the `b` probes a person's own
access to cleared records and cleared records in federal hands.

Six `a` probes billkit still reads otherwise, left out here: a court kept able to hear one kind of motion
only (a19, read absent for partial), a motion already pending that "does not abate" (a20, absent for
partial), a "manifest injustice" ground defined to take in a legal defect (a25, partial for present), an
illegal sentence corrected (a29, present for partial), sealing after a conviction vacated elsewhere (a33,
present for absent), and a vacatur the court enters "Upon the filing" of a pardon named in the sentence before
(a37, present for absent: a veto that looked back to the pardon also struck real grounds named near one).

Each kept row is read by tests/test_check_probe_reviews.py; this module checks what the review tries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, file_statuses, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round27")
ROWS = REVIEW.rows


def test_the_review_tries_every_kind_of_reading():
    counts = REVIEW.counts()
    assert (
        counts["contrary"] >= 30
        and counts["present"] >= 20
        and counts["partial"] >= 8
        and counts["absent"] >= 10
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the writ open only to a person still in custody, in the shape of 28 U.S.C. § 2254(a) (written for
        # this test): a noncitizen who learns of the consequence after the sentence is served is shut out
        (
            "(a) A court shall entertain a petition for a writ of habeas corpus on behalf of a person only "
            "on the ground that the person is in custody in violation of the Constitution of this State.",
            "contrary",
        ),
        # custody as one of several times a petition may be filed: no bar
        (
            "(a) A petition for post-conviction relief may be filed when the petitioner is in custody or on "
            "probation, or after the sentence has been served.",
            "absent",
        ),
    ],
)
def test_a_challenge_open_only_in_custody_shuts_the_court_out(text, status):
    assert passage_status("court-jurisdiction", text) == status


def test_a_ground_of_false_testimony_given_in_a_definition_carries_the_vacatur(tmp_path):
    # the State's own false testimony is a legal defect (written for this test, in the shape of a probe on
    # misconduct by agents of the State): defined apart, it is still the ground the vacatur rests on
    text = (
        '(a) "Covered misconduct" means the giving of testimony known to be false by a peace officer or an '
        "attorney for the state.\n(b) If the court finds that covered misconduct occurred in the case, the "
        "court shall vacate the judgment of conviction."
    )
    assert file_statuses(tmp_path, "bill", text)["vacatur-for-cause"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        # presumptions that run for the State, in words written for this test
        "In a proceeding to vacate a judgment entered on a plea of guilty, the plea shall be presumed to "
        "have been knowingly and voluntarily entered, and the defendant shall bear the burden of proving "
        "otherwise.",
        "If the defendant signed a written acknowledgment of the immigration advisement, it is presumed that "
        "the court made the determination required by this section.",
        "IF THE DEFENDANT WAS REPRESENTED BY COUNSEL, THE COURT SHALL BE PRESUMED TO HAVE GIVEN THE ADVICE "
        "REQUIRED BY SUBSECTION (a).",
        "The judgment and the proceedings on which it rests shall be presumed to have been regular, and the "
        "petitioner shall bear the burden of proving a ground for relief.",
    ],
)
def test_a_presumption_for_the_state_works_against_the_person(text):
    assert passage_status("rebuttable-presumption", text) == "contrary"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a copy of every part of the cleared record handed to the person on request (written for this test)
        (
            "(b) Upon the written request of the person who is the subject of the expunged record, the "
            "clerk shall, without an order of the court, furnish to the person a copy of every part of the "
            "expunged record in the clerk's custody.",
            "present",
        ),
        # a clerk who may neither open the cleared file nor disclose it, to anyone
        (
            "(2) The clerk shall keep the expunged court file in a sealed envelope and shall not open it, or "
            "disclose its contents, to any person.",
            "contrary",
        ),
    ],
)
def test_own_record_shapes_of_the_round(text, status):
    assert passage_status("record-access", text) == status
