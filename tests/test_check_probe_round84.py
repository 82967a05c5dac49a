"""Three blind probe reviews (round 84): 113 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round84). The `r`
probes give, or seem to give, vacatur for a legal defect in the shapes real bills and their digests use; the
`s` probes say, or leave unsaid, what becomes of a court's power over a conviction once its record is cleared;
the `u` probes are bills as printed, with struck and new text, amended sections and repealers.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round84")


def test_the_review_tries_grounds_court_power_and_printed_bills():
    assert REVIEW.judgements("r", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("s", "court-jurisdiction").count("contrary") >= 8
    assert REVIEW.judgements("s", "court-jurisdiction").count("present") >= 8
    assert len(REVIEW.judgements("u", "record-access")) >= 30


# Court power over a cleared conviction


@pytest.mark.parametrize(
    "text",
    [
        "(c) Upon erasure, the conviction shall be treated as though it had never existed, for all purposes "
        "and in all proceedings, whether administrative or judicial, and no court of this state shall "
        "thereafter take cognizance of it for any purpose.",
        "(f) Once a record has been sealed under this rule, the clerk shall not accept for filing, and the "
        "court shall summarily dismiss, any later petition, motion, or application that seeks relief from "
        "the sealed conviction.",
        "(d) A case in which the file has been sealed under this rule is closed for all purposes. The court "
        "shall not entertain any further motion in a closed case.",
        "(e) A conviction that has been sealed under this section shall be deemed moot for the purposes of "
        "any subsequent motion, petition, or appeal directed to the conviction.",
    ],
)
def test_a_cleared_conviction_put_beyond_every_courts_reach(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # the sealing petition kept until agencies comply
        "(3) The court shall retain jurisdiction of the petition until the bureau certifies to the court "
        "that every agency named in the order has complied. (4) If the petitioner is eligible, the court "
        "shall seal the record.",
        # a prosecutor's motion to unseal
        "(b) The court that sealed a record may unseal it upon the motion of a prosecuting attorney. "
        "Notwithstanding the sealing of the record, the court retains jurisdiction to hear and determine "
        "any such motion, and may order the record unsealed for so long as the need continues.",
        "(f) Nothing in this section limits the authority of the court that sealed a record to unseal it, "
        "upon motion and notice, for good cause.",
        # a court of limited jurisdiction is a kind of court, not a power kept
        "(1) The office shall identify convictions eligible for automatic vacation and transmit a list of "
        "them to each court of limited jurisdiction. (3) No contract shall permit a vendor to retain or "
        "sell any record of a vacated conviction.",
        # a digest's account of the law the bill deletes
        "(2) Existing law provides that a court retains jurisdiction to hear a motion to vacate even if the "
        "conviction has been dismissed under the expungement provisions. (3) This bill would delete that "
        "provision.",
    ],
)
def test_a_courts_hold_on_the_sealing_itself_keeps_no_power_over_a_later_challenge(text):
    assert passage_status("court-jurisdiction", text) == "absent"


# Vacatur for cause


def test_a_proviso_that_trims_the_grant_is_no_bar_on_it():
    text = (
        "B. Upon the motion of a defendant filed at any time after judgment, the court shall set aside a "
        "judgment of conviction, and permit the withdrawal of any plea on which it rests, where the court "
        "finds that the defendant did not knowingly and voluntarily waive the right to counsel; provided, "
        "however, that no judgment shall be set aside under this subsection where the defendant was "
        "sentenced to a fine only."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "(c) The writ lies where, by reason of a fact unknown to the court, the defendant was deprived of a "
        "right secured by law in the entry of the plea, including ignorance induced by the affirmative "
        "misadvice of counsel. (e) If the court grants the writ, the judgment of conviction shall be "
        "vacated.",
        "(c) The court shall grant the motion and allow the defendant to withdraw the plea and plead anew "
        "if it finds that: (1) no qualified interpreter was provided at the plea proceeding; and (2) as a "
        "result, the defendant did not understand the consequences of the plea.",
    ],
)
def test_grounds_of_defect_in_other_words(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "(b) Where the defendant and the prosecuting attorney jointly move the court, the court may vacate "
        "the judgment upon finding that the plea was not entered knowingly, intelligently, and voluntarily.",
        "(b) The district attorney may file a motion to vacate the conviction if the conviction was "
        "obtained in violation of the Constitution. (d) If the court finds the ground established, it shall "
        "vacate the conviction. (e) This section does not create a right in any defendant to file a motion "
        "under it.",
    ],
)
def test_a_vacatur_the_person_cannot_start_is_vacatur_in_part(text):
    assert passage_status("vacatur-for-cause", text) == "partial"


def test_a_court_kept_able_to_hear_a_motion_grants_no_vacatur_itself():
    text = (
        "A record subject to this section may be accessed only by: (1) the person; (2) a court, for the "
        "purpose of adjudicating a petition challenging the validity of the conviction, including a motion "
        "to vacate the judgment, which the court may hear and decide notwithstanding the sealing."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


# Bills as printed


def test_a_repealers_account_of_what_it_repeals_enacts_nothing():
    text = (
        "SECTION 2. Section 46-7-12, which provided that in any motion by a noncitizen to vacate a "
        "conviction there is a rebuttable presumption that the plea is legally invalid, is repealed."
    )
    assert passage_status("rebuttable-presumption", text) == "absent"


def test_a_new_court_order_gate_on_the_persons_own_copy_shuts_the_person_out():
    text = (
        "(d) all official records relating to the arrest shall be sealed and not made available to any "
        "person or public or private agency; provided, however, that such records shall be made available "
        "to the person accused [upon written request] ONLY UPON AN ORDER OF THE COURT IN WHICH THE ACTION "
        "WAS TERMINATED, GRANTED UPON A SHOWING OF GOOD CAUSE."
    )
    assert passage_status("record-access", text) == "contrary"


# Own records


@pytest.mark.parametrize(
    "text",
    [
        "(e) The petitioner may obtain a certified copy of any order entered under this section and of the "
        "records of the case, notwithstanding any expungement.",
        "5. Closed records may be inspected by the petitioner upon written request to the clerk, and by "
        "criminal justice agencies for purposes of investigation.",
        "(D) The record of a conviction expunged under this section shall be sealed, except that the "
        "applicant may at any time obtain a copy of it from the clerk upon request.",
        "(1) All criminal justice agencies shall permit an individual who is, or who believes that he or "
        "she may be, the subject of a criminal record to appear in person and, upon proof of identity, to "
        "inspect any criminal history record information concerning the individual, including a record that "
        "has been sealed.",
    ],
)
def test_routes_of_the_persons_own_in_other_words(text):
    assert passage_status("record-access", text) == "present"


def test_records_open_to_the_person_only_as_the_court_finds_fit():
    text = (
        "5. Each agency shall close its records of the arrest and conviction. The closed records shall be "
        "available to the petitioner upon application to the court that entered the order, if the court "
        "finds that access is warranted."
    )
    assert passage_status("record-access", text) == "contrary"


def test_a_route_for_the_subject_in_accordance_with_another_section_is_access_in_part():
    text = (
        '(5) "Sealed record" means a record that is not available to the public but that remains available '
        "to: "
        "(a) the person who is the subject of the record, in accordance with § 9-1-309; and (b) a criminal "
        "justice agency."
    )
    assert passage_status("record-access", text) == "partial"


def test_a_notice_that_relief_may_be_available_is_no_certificate_of_relief():
    text = (
        "The bill requires each clerk, when a person is sentenced, to give the person a written notice "
        "stating that post-conviction relief may be available and describing how to apply."
    )
    assert passage_status("record-access", text) == "absent"
    assert passage_status("public-education", text) == "partial"


# Federal hands


def test_no_dhs_disclosure_beside_an_fbi_removal_request_is_both_halves():
    text = (
        "(D) No record expunged under this section shall be disclosed to the United States department of "
        "homeland security, and the bureau shall request that any corresponding entry be removed from the "
        "records of the federal bureau of investigation."
    )
    assert passage_status("federal-records", text) == "present"


def test_a_clause_sparing_the_defendant_from_stating_status_shares_nothing():
    text = (
        "(c) The court shall vacate the judgment. (d) Nothing in this section requires a defendant to "
        "disclose his or her immigration status."
    )
    assert passage_status("federal-records", text) == "absent"


def test_a_legislatures_recognition_is_no_advisement():
    text = (
        "The legislature recognizes that a conviction entered on a plea of guilty may carry severe "
        "immigration consequences for a person who is not a citizen, and that such a person is entitled to "
        "accurate advice."
    )
    assert passage_status("public-education", text) == "absent"
