"""Two blind probe reviews (round 82): 74 texts written for billkit in the reviewers' own words, from no real
statute, with the status a lawyer would give before billkit was run (tests/probes/round82). The `m` probes
are sealing and juvenile-record sections whose closing words fall on others while the person keeps a way
in, or shut the person out in the same words; the `j` probes bring federal hands into clearance laws by a
definition, a list or an exception.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round82")


def test_the_review_tries_bars_on_others_and_federal_hands():
    assert REVIEW.judgements("m", "record-access").count("contrary") >= 6
    assert REVIEW.judgements("m", "record-access").count("present") >= 5
    assert REVIEW.judgements("j", "federal-records").count("contrary") >= 6


def test_a_bar_on_third_parties_leaves_the_persons_copy_of_the_file():
    text = (
        "(3) No law enforcement agency, prosecuting office, employer, or other third party shall "
        "obtain access "
        "to an expunged record except upon order of the court. (4) The person whose record was expunged may, "
        "on request, obtain from the clerk a certified copy of the order and of any document in the expunged "
        "file."
    )
    assert passage_status("record-access", text) == "present"


def test_records_closed_to_any_person_the_petitioner_included_shut_the_person_out():
    text = (
        "(a) A person may petition the court of conviction for an order of expungement. (d) Records "
        "placed in a "
        "secure file shall not be open to inspection by any person, the petitioner included, except "
        "pursuant to "
        "an order of the court granted upon a showing of good cause."
    )
    assert passage_status("record-access", text) == "contrary"


@pytest.mark.parametrize(
    ("practice", "status"),
    [("federal-records", "contrary"), ("record-access", "present")],
)
def test_a_list_of_who_and_for_what_purposes_is_read_as_a_list_of_who(practice, status):
    text = (
        "(D) Inspection of sealed records shall be permitted only by the following persons or for "
        "the following "
        "purposes: (1) by a prosecutor of this state, when deciding whether to bring a new charge; "
        "(2) by the "
        "Federal Bureau of Investigation, for any purpose authorized by federal law; (3) by the "
        "person who is "
        "the subject of the records, or by that person's attorney, upon application to the clerk."
    )
    assert passage_status(practice, text) == status


@pytest.mark.parametrize(
    "text",
    [
        "(5) Records of a vacated conviction shall be closed, and shall thereafter be available only to the "
        "person, who may obtain them from the clerk upon request, and to authorized agencies.",
        "(c) Records sealed under this section shall be open for inspection only by the person or the "
        "person's counsel, and by the courts and prosecuting attorneys of this State.",
    ],
)
def test_the_person_named_first_among_those_the_cleared_records_stay_open_to(text):
    assert passage_status("record-access", text) == "present"


def test_records_open_without_further_order_to_a_term_that_takes_in_federal_agencies():
    text = (
        '(1)(a) "Criminal justice agency" means any police department of this state and any agency of the '
        "United States whose principal function is the prosecution of crime. (3) A sealed record shall "
        "nevertheless be available, without further order of any court, to: (a) the subject, who may inspect "
        "it; (b) a criminal justice agency, for the administration of criminal justice."
    )
    assert passage_status("federal-records", text) == "contrary"
