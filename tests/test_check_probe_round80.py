"""Three blind probe reviews (round 80): 115 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round80). The `v`
probes are post-conviction and habeas statutes (deemed denials, custody rules, dismissals the court must
enter); the `w` probes are digests, synopses, fiscal notes and DNA-testing, trafficking and new-trial laws
that grant or describe a vacatur; the `x` probes are juvenile-record, sealing and repository sections that
open or close the person's own record, and name federal hands.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round80")


def test_the_review_tries_court_doors_vacatur_grounds_and_own_records():
    assert REVIEW.judgements("v", "court-jurisdiction").count("contrary") >= 8
    assert REVIEW.judgements("w", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("x", "record-access").count("contrary") >= 8
    assert REVIEW.judgements("x", "federal-records").count("contrary") >= 6


@pytest.mark.parametrize(
    "text",
    [
        # the grounds of the proceeding named apart from it, without "the"
        "Sec. 4. (a) A person convicted of a crime may file an application for post-conviction relief. "
        "(b) Grounds for relief include that the conviction was obtained in violation of the constitution of "
        "this state, or that the plea was not knowingly and voluntarily entered.",
        # a vacatur among the orders the court may enter, its grounds in the next subsection
        "(b) If the court finds for the applicant, it shall enter an appropriate order, including "
        "vacating the "
        "conviction or granting a new trial. (c) The application may rest on the ground that the "
        "applicant was "
        "denied the effective assistance of counsel.",
        # favourable test results, in the order a digest gives them
        "(3) The bill would require the court, if the testing results are favorable, to vacate the "
        "conviction "
        "if no reasonable juror would have found the person guilty in light of the results.",
    ],
)
def test_a_vacatur_for_cause_in_the_words_round_80_tried(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_an_order_setting_aside_a_judgment_for_completed_probation_is_no_vacatur_for_cause():
    text = (
        "A. A person who has completed every condition of probation may apply to the sentencing court for an "
        "order setting aside the judgment of guilt. E. The court may vacate an order entered under "
        "subsection "
        "B if the person was convicted in violation of a condition of the order."
    )
    assert passage_status("vacatur-for-cause", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        # a petition deemed denied when the court does not rule in time
        "Sec. 9. (a) A person convicted of a crime may petition for post-conviction relief on the "
        "ground that "
        "the conviction violated the constitution. (c) If the court has not ruled within ninety days "
        "after the "
        "petition is filed, the petition is deemed denied.",
        # relief refused to one who has served the sentence
        "(a) A person in custody may move to vacate the judgment on the ground that it was obtained in "
        "violation of the constitution. (b) The court shall not entertain a motion filed by a person who has "
        "completed the sentence.",
    ],
)
def test_a_court_door_shut_in_the_words_round_80_tried(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a time for appeal counted from a denial the rules make elsewhere
        "(2) A notice of appeal must be filed within thirty days after the motion for a new trial is deemed "
        "denied.",
        # a reason that is not enough by itself
        "(a) A person may move to vacate the judgment on the ground that it was obtained in violation of the "
        "constitution. (b) Relief may not be granted under this rule merely because the movant has completed "
        "the sentence.",
        # a court's power over what it does with its own records
        "(4) When the court seals a record, the person may inspect it only upon application to the court. "
        "(5) Nothing in this section limits the authority of the juvenile court to make its own records "
        "available to a prosecutor in a later case.",
    ],
)
def test_near_misses_round_80_tried_leave_the_court_door_alone(text):
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # the issue's own pattern, with a list of agencies after it, one named for children
        "(C) Sealed records shall not be open to inspection by any person, including the person who is the "
        "subject of the records, except upon order of the court; provided, however, that the clerk "
        "may furnish "
        "the records without order of court to: (1) any law enforcement agency of this state; (2) the "
        "Department of Children, Youth and Families for licensing purposes; and (3) any court in which the "
        "applicant is later prosecuted.",
        "(b) Pending destruction of the sealed records, no person, including the person who was "
        "arrested, shall "
        "be entitled to obtain a copy of any record subject to the order.",
        "(d) A person, including the defendant in the sealed case, who seeks to inspect a sealed case record "
        "shall file a written motion with the judge who ordered the sealing.",
    ],
)
def test_the_person_shut_out_of_the_cleared_record_in_the_words_round_80_tried(text):
    assert passage_status("record-access", text) == "contrary"


def test_a_certificate_that_a_record_was_expunged_is_notice_not_the_record():
    text = (
        "(e) An agency that has expunged a record shall, upon the written request of the person who was its "
        "subject, furnish that person a written statement certifying that a record existed and was expunged, "
        "but shall not furnish the contents of the record."
    )
    assert passage_status("record-access", text) == "partial"


def test_a_ban_on_opening_sealed_records_to_federal_agencies_is_the_sharing_half():
    text = (
        "Section 9.4. No sealed record nor any information obtained from it shall be open to, or "
        "disclosed to, "
        "any federal agency for the purpose of civil immigration enforcement."
    )
    assert passage_status("federal-records", text) == "partial"


def test_a_count_of_federal_requests_gives_federal_hands_nothing():
    text = (
        "(D) The Chief of Police shall report annually to the Council the number of requests for sealed "
        "records received from any federal agency."
    )
    assert passage_status("federal-records", text) == "absent"


def test_a_presumption_of_invalidity_where_the_record_is_silent_is_the_protection():
    text = (
        "(3) This bill would also create a rebuttable presumption that, where the record does not show that "
        "the defendant was advised of the immigration consequences of the plea, the plea was legally invalid."
    )
    assert passage_status("rebuttable-presumption", text) == "present"


def test_a_presumption_advocates_asked_for_and_did_not_get_is_not_in_the_bill():
    text = (
        "AMENDMENTS CONSIDERED AND NOT ADOPTED. Advocates asked the committee to add a provision creating a "
        "rebuttable presumption that a plea entered without the immigration advisement is legally invalid."
    )
    assert passage_status("rebuttable-presumption", text) == "absent"


def test_a_notice_to_a_defendant_of_the_right_to_petition_is_public_information_in_part():
    text = (
        "(a) A person whose charge is dismissed may petition the court to seal the record of the arrest. "
        "(e) The court shall inform a defendant whose charge is dismissed of the right to petition "
        "under this "
        "section."
    )
    assert passage_status("public-education", text) == "partial"
