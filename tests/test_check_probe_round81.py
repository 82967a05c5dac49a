"""Three blind probe reviews (round 81): 116 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round81). The `y`
probes are the short papers legislatures print about vacatur bills (titles, digests, floor analyses, fiscal
notes); the `z` probes are post-conviction, new-trial and plea-withdrawal laws whose grounds are listed apart
from the remedy; the `k` probes are sealing and juvenile-record sections that give the person a way into the
cleared record, or keep them out.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round81")


def test_the_review_tries_digests_listed_grounds_and_own_record_routes():
    assert REVIEW.judgements("y", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("z", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("k", "record-access").count("present") >= 8


@pytest.mark.parametrize(
    "text",
    [
        # a digest's leave to the person, the court named with a clause
        "The bill authorizes a person who pleaded guilty to move the circuit court in which the plea was "
        "entered to vacate the conviction if the court did not, before accepting the plea, inform the person "
        "of the immigration consequences.",
        # a ground of official misconduct
        "The bill requires the court, on motion of the defendant, to vacate any such conviction on the "
        "ground that it was obtained by evidence produced through governmental misconduct.",
        # a court named with a long clause before the verb
        "The bill requires the court that entered any judgment of conviction under that section, on "
        "motion of "
        "the person convicted, to vacate the judgment on the ground that the statute was held "
        "unconstitutional.",
        # a petition "lodged", its grounds listed below
        "A person against whom a judgment of conviction has been entered may lodge in the trial court a "
        "petition asking for relief upon one or more of these grounds: (a) that the conviction was had in "
        "breach of a right secured by the federal or state constitution.",
    ],
)
def test_a_vacatur_for_cause_in_the_words_round_81_tried(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # existing law, under a bill analysis's own heading, that the bill leaves alone
        "Current law:\nA person may move the court to vacate a judgment on the ground that it was "
        "obtained in "
        "violation of the constitution.\nThis bill:\nAmends the fee schedule so that the clerk may not "
        "charge a fee for filing such a motion.",
        # a survivor's relief cut loose from the trafficking
        "A person certified as a survivor of human trafficking may apply to the sentencing court to "
        "vacate any "
        "conviction for a misdemeanor, whether or not the offense had any connection with the "
        "trafficking, if "
        "the person has completed the sentence.",
    ],
)
def test_what_round_81_found_is_no_vacatur_for_cause(text):
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_a_bar_on_withdrawing_the_plea_for_a_missing_advisement_grants_nothing():
    text = (
        "(2) The court may permit a plea to be withdrawn to correct a manifest injustice. (3) A plea "
        "shall not "
        "be withdrawn under this section on the ground that the defendant was not advised of an immigration "
        "consequence."
    )
    assert passage_status("vacatur-for-cause", text) != "present"


def test_a_court_without_jurisdiction_thereafter_over_an_expunged_conviction_is_a_closed_court():
    text = (
        "Upon the entry of an order of expungement, every court of this state is without jurisdiction "
        "thereafter to entertain any motion or petition directed to the expunged conviction, including any "
        "application for post-conviction relief."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_a_bar_kept_open_for_collateral_consequences_leaves_the_court_door_alone():
    text = (
        "(a) A person may file a petition for post-conviction relief alleging that the conviction "
        "was obtained "
        "in violation of law. (b) Relief is not available to a person who has completed the sentence, unless "
        "the person remains subject to a collateral consequence of the conviction."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "(2) Where the record does not show that the warning was given, it shall be taken that the defendant "
        "was not warned of the immigration consequences, unless the State proves otherwise.",
        "(b) If the record of the plea contains no warning under subsection (1), it shall be taken that the "
        "warning was not given.",
    ],
)
def test_a_missing_warning_taken_as_not_given_is_the_advisement_presumption(text):
    assert passage_status("rebuttable-presumption", text) == "partial"


def test_the_repository_giving_the_subject_a_copy_is_the_persons_own_route():
    text = (
        "(b) Except as provided in subsection (d), the central repository shall not disseminate sealed "
        "criminal history record information to any person. (d) The central repository shall, upon the "
        "written request of the subject and verification of identity, provide the subject a copy of the "
        "subject's sealed record."
    )
    assert passage_status("record-access", text) == "present"


def test_a_notice_that_relief_may_not_be_recognized_for_immigration_bars_no_sharing():
    text = (
        "(f) The Administrative Office of the Courts shall publish a notice advising persons who are not "
        "citizens that vacatur under this section may not be recognized for immigration purposes."
    )
    assert passage_status("federal-records", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "(a) A person whose charge is dismissed may petition to seal the record. (f) The clerk shall post a "
        "multilingual notice informing defendants of the right to file a petition under this section.",
        "(a) A person whose charge is dismissed may petition to seal the record. (b) At disposition the "
        "court informs the person orally and in writing that he or she may petition for the sealing.",
    ],
)
def test_a_notice_of_the_right_to_relief_in_the_words_round_81_tried(text):
    assert passage_status("public-education", text) == "partial"
