"""Four blind probe reviews (round 66): 169 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round66). The `e`
probes end or keep a court's power in long sentences, provisos, definitions and digests; the `f` probes grant,
narrow or refuse a vacatur; the `g` probes send cleared records to federal files or keep them out; the `h`
probes open or close a person's own sealed records.

billkit read 67 of the 1,014 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 966 it now reads as the reviewers did are kept. The 48 left out are mostly partial against
present or absent (a power kept only over the record, restitution or five years; a vacatur whose only remedy
is sealing or nondisclosure), general bars on vacating a cleared conviction that the corpus labels
court-jurisdiction contrary and vacatur absent, exceptions that reopen a sharing bar, and own-record grants
reached through a defined term (h01). Two grants named as an item of an exclusive list (h10, h36), left out at
first, were read after round 67's rules and are kept; h01 and h05 after round 68's.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round66")


def test_the_review_tries_courts_vacaturs_federal_sharing_and_own_records():
    assert REVIEW.judgements("e", "court-jurisdiction").count("present") >= 8
    assert REVIEW.judgements("e", "court-jurisdiction").count("contrary") >= 8
    assert REVIEW.judgements("f", "vacatur-for-cause").count("present") >= 12
    assert REVIEW.judgements("g", "federal-records").count("contrary") >= 6
    assert REVIEW.judgements("h", "record-access").count("present") >= 5


@pytest.mark.parametrize(
    "text",
    [
        # the court's power said as the conviction's staying under it
        "(d) A conviction that has been sealed under this chapter remains subject to the jurisdiction of "
        "the court that entered it for the purpose of any later motion or petition to set aside the plea or "
        "the judgment.",
        # in the old words for ending a cause
        "No order of expunction entered under this article shall be construed to abate or conclude the "
        "prosecution, so far as concerns the power of the court to hear and determine a later motion for "
        "relief from the judgment of conviction.",
        # a court told to decide the motion whatever became of the record
        "A court shall hear and determine a motion to vacate under section 12 on its merits, whether or not "
        "the record of the conviction has been sealed or expunged before the motion is filed.",
    ],
)
def test_a_court_kept_able_to_hear_a_later_challenge_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "present"


def test_a_proviso_saving_the_court_s_power_outweighs_an_order_final_only_against_agencies():
    text = (
        "An order of sealing is conclusive and may not be collaterally attacked by any agency bound to obey "
        "it; provided, that nothing in this section shall deprive the court of jurisdiction to hear a later "
        "motion by the person whose record was sealed to vacate the judgment of conviction."
    )
    assert passage_status("court-jurisdiction", text) == "present"


def test_a_writ_replaced_by_a_motion_in_the_next_sentence_closes_nothing():
    abolished = "The writ of error coram nobis is abolished in criminal cases."
    replaced = "Relief formerly available by that writ may be obtained by motion in the court of conviction."
    assert passage_status("court-jurisdiction", f"{abolished} {replaced}") == "absent"
    assert passage_status("court-jurisdiction", abolished) == "contrary"


def test_a_writ_replaced_by_a_motion_that_is_itself_closed_by_time_still_shuts_the_door():
    abolished = "The writ of error coram nobis is abolished in criminal cases."
    closed = (
        "Relief formerly available by that writ may be sought only by motion under Rule 9, within the time "
        "stated in that rule, and a court shall not grant such relief at any later time."
    )
    assert passage_status("court-jurisdiction", f"{abolished} {closed}") == "contrary"


def test_a_digest_s_present_law_gives_way_to_the_proposed_law_that_changes_it():
    kept = (
        "Present law provides that an expunged case is closed. Proposed law retains present law but "
        "specifies that an expungement does not limit the authority of the court to consider a later motion "
        "to withdraw the plea or to vacate the judgment."
    )
    assert passage_status("court-jurisdiction", kept) == "present"
    repealed = (
        "Under current law, the sealing of a record does not affect the jurisdiction of the court over a "
        "later petition for post-conviction relief. The bill repeals both provisions. Instead, the bill "
        "provides that a sealed case is closed and that the court may not reopen it."
    )
    assert passage_status("court-jurisdiction", repealed) == "contrary"


def test_power_kept_only_over_a_pending_motion_or_the_prosecutor_s_is_partial_and_a_list_is_not():
    pending = (
        "A motion to vacate the judgment that is pending in the district court on the date the record is "
        "sealed shall not abate, and the court shall retain jurisdiction to decide it."
    )
    prosecutor = (
        "Notwithstanding the sealing of the record, the court retains jurisdiction to hear a motion by the "
        "prosecuting attorney to vacate the conviction."
    )
    listed = (
        "An expungement does not limit the authority of the court to consider a later petition for "
        "post-conviction relief, a motion to withdraw a plea, or a motion to correct an illegal sentence."
    )
    assert passage_status("court-jurisdiction", pending) == "partial"
    assert passage_status("court-jurisdiction", prosecutor) == "partial"
    assert passage_status("court-jurisdiction", listed) == "present"


def test_a_time_limit_for_a_damages_suit_says_nothing_of_the_court_s_power_over_a_conviction():
    text = (
        "No court shall entertain an action for damages for the wrongful release of a sealed record unless "
        "the action is brought within two years after the release."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_plea_entered_without_effective_advice_from_counsel_is_a_ground_of_vacatur():
    text = (
        "A person may move to vacate the conviction on the ground that the plea was entered without "
        "effective advice from counsel about its consequences for the person's immigration status."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_set_aside_that_disclaims_any_finding_of_invalidity_is_no_vacatur_for_cause():
    text = (
        "A person who has completed the sentence may move the court to set aside the conviction. An order "
        "setting aside a conviction rests on the person's rehabilitation and does not determine that the "
        "conviction was invalid."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_a_successive_petition_bar_that_names_no_record_says_nothing_of_seeing_one():
    text = (
        "A second petition shall not be entertained by any court and shall be dismissed, unless the "
        "appellate court has certified that it rests on a new rule that was not available when the first "
        "was decided."
    )
    assert passage_status("record-access", text) == "absent"
    closed = "An order of expunction shall be disclosed only on order of the court that entered it."
    assert passage_status("record-access", closed) == "contrary"


def test_a_bar_whose_later_exception_names_the_person_is_no_bar_on_the_person():
    text = (
        "A sealed record shall not be open to inspection except by a law enforcement agency as provided in "
        "subsection (e), or by the person who is the subject of the record."
    )
    assert passage_status("record-access", text) != "contrary"


def test_the_person_one_item_of_the_list_of_those_who_may_see_the_record_is_a_grant():
    exclusive = (
        "(1) The following persons and agencies, and no others, may inspect a sealed record:\n"
        "(a) the court that sealed it;\n(b) a prosecuting attorney, for official duties; and\n"
        "(c) the person who is the subject of the record, who shall be given a copy on request without an "
        "order of the court."
    )
    barred_but = (
        "(a) Each agency that holds a record sealed under this chapter is prohibited from disclosing it to "
        "any person or entity other than:\n(1) a criminal justice agency, for its own purposes; or\n"
        "(2) the person who is the subject of the record, or that person's attorney."
    )
    assert passage_status("record-access", exclusive) == "present"
    assert passage_status("record-access", barred_but) == "present"
    others_only = barred_but.replace(
        "or\n(2) the person who is the subject of the record, or that person's attorney.", "and\n(2) a court."
    )
    assert passage_status("record-access", others_only) != "present"


def test_a_notice_warning_people_not_to_assume_the_relief_counts_for_immigration_is_education():
    text = (
        "The notice shall be printed in English and in every language spoken by more than five percent of "
        "the county's residents, and shall state that: (1) the conviction has been set aside; (2) federal "
        "immigration authorities may not recognize the set-aside, and a person who is not a citizen should "
        "not assume that the conviction no longer counts; and (3) the person may wish to consult a lawyer."
    )
    assert passage_status("public-education", text) == "present"
    ground = (
        "A motion under section 4 (vacating a judgment for failure to advise of immigration consequences) "
        "may not be brought by a person whose conviction has been sealed."
    )
    assert passage_status("public-education", ground) != "present"


def test_what_a_defendant_is_told_at_a_plea_sends_no_record_to_federal_agencies():
    text = (
        "Before accepting the plea the court shall inform the defendant that the conviction may lead to "
        "removal and that records of it may be shared with federal agencies, including immigration "
        "authorities."
    )
    assert passage_status("federal-records", text) == "absent"


def test_sealed_records_kept_open_to_federal_criminal_justice_agencies_work_against_the_practice():
    text = (
        "Notwithstanding subsection (b), a sealed record shall remain available, without an order of the "
        "court, to any criminal justice agency of this State or of the United States, for the detection and "
        "prosecution of crime and for the screening of applicants for employment as peace officers."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_a_digest_that_removes_the_authority_to_share_leaves_its_present_law_behind():
    text = (
        "Present law provides that the bureau may continue to furnish expunged records to any federal law "
        "enforcement agency. Proposed law removes the authority to furnish expunged records to federal "
        "agencies."
    )
    assert passage_status("federal-records", text) != "contrary"
