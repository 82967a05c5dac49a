"""Four blind probe reviews (round 79): 151 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round79). The `r`
probes are post-conviction court rules (preclusion, summary dismissal, successive petitions, time limits);
the `s` probes are finality, juvenile-jurisdiction, coram nobis, plea-withdrawal and appeal-by-leave
statutes; the `t` probes are booking, fingerprint, compact, 287(g) and anti-sanctuary texts; the `u` probes
shut the person out of their own cleared record, or let them in.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round79")


def test_the_review_tries_court_doors_federal_hands_and_own_records():
    assert REVIEW.judgements("r", "court-jurisdiction").count("contrary") >= 3
    assert REVIEW.judgements("s", "court-jurisdiction").count("present") >= 5
    assert REVIEW.judgements("t", "federal-records").count("contrary") >= 8
    assert REVIEW.judgements("u", "record-access").count("contrary") >= 5


@pytest.mark.parametrize(
    "text",
    [
        # a late motion dismissed, its time set in another subsection
        "Rule 9. Post-conviction relief. (3) A motion under this rule shall be filed within one year after "
        "the judgment becomes final. (4) The court shall summarily dismiss any motion filed after the "
        "period provided in subsection (3), without a hearing.",
        # a claim decided on an earlier application
        "Section 7. Post-conviction relief. (b) A claim presented in a prior application for "
        "post-conviction relief that was decided on its merits shall be dismissed.",
    ],
)
def test_a_court_door_shut_in_the_words_round_79_tried(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_rights_so_denied_that_the_judgment_is_void_are_a_ground_of_defect():
    text = (
        "(1) A person in custody may move the court that imposed the sentence to vacate the judgment on the "
        "ground that the person's rights were so denied or infringed that the judgment is void or voidable "
        "under the state or federal constitution."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "(4) No expunged record shall be disclosed to any department, agency or officer of the federal "
        "government.",
        "(5) A sealed juvenile record shall not be disclosed to any federal agency except in response to a "
        "judicial warrant.",
    ],
)
def test_a_bar_on_giving_cleared_records_to_any_federal_body_is_the_sharing_half(text):
    assert passage_status("federal-records", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # round 78's postings of the procedure and of the right to relief, and round 79's notice of the relief
        "The clerk shall post a plain-language description of the procedure under this rule, in English and "
        "Spanish, on the court's public website.",
        "The clerk shall keep posted in the courthouse a written notice describing the right to file a "
        "petition under this section.",
        "The administrator shall publish on the judicial branch website a notice of the relief available "
        "under this act.",
    ],
)
def test_a_posting_of_the_procedure_or_the_relief_is_public_information_in_part(text):
    assert passage_status("public-education", text) == "partial"


def test_a_posted_calendar_is_no_public_information_about_relief():
    assert (
        passage_status("public-education", "The clerk shall post the court calendar on the court's website.")
        == "absent"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the subjunctive of a digest, and a notice given at disposition
        "The bill would also require that every person who is granted probation be informed in writing of "
        "the right to seek relief under these provisions.",
        "(e) The court shall give the person written notice at disposition of the right to apply.",
    ],
)
def test_a_notice_of_the_right_to_relief_in_the_words_round_79_tried(text):
    assert passage_status("public-education", text) == "partial"
