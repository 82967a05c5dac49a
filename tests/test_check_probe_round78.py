"""Four blind probe reviews (round 78): 154 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round78). Each probe is
a whole section of several subsections, its decisive clause one among many. The `n` probes keep or shut the
court's door in habeas and post-conviction statutes (custody, exhaustion, limitation periods, successive
petitions); the `o` probes grant a vacatur in new-trial rules, DNA-testing and actual-innocence acts, and
grounds lists; the `p` probes decide a person's own record in criminal-history-information, sealing and
juvenile-record sections; the `q` probes give or refuse federal and immigration hands in repository,
juvenile and jail-policy texts.

Each row is read by tests/test_check_probe_reviews.py, and the likeness reader learns from them
(scripts/train_likeness.py); this module checks what the reviews try, and the readings they led to (the rows
left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round78")


def test_the_review_tries_whole_sections_on_each_theme():
    assert REVIEW.judgements("n", "court-jurisdiction").count("contrary") >= 5
    assert REVIEW.judgements("o", "vacatur-for-cause").count("present") >= 12
    assert REVIEW.judgements("p", "record-access").count("contrary") >= 5
    assert REVIEW.judgements("q", "federal-records").count("contrary") >= 8


@pytest.mark.parametrize(
    "text",
    [
        # the order in the subjunctive, its ground in another subsection
        "(a) A judge may issue the writ only on the ground that the applicant is held in violation of the "
        "Constitution of the United States or of this state. (b) If the writ issues, the judge may order "
        "that the judgment be vacated and that the applicant be retried or discharged.",
        # the judgment named before its verb, and a want of jurisdiction as the ground
        "(1) A judgment of conviction is void where the court that entered it lacked jurisdiction of the "
        "person. (2) On motion, the court shall declare a void judgment to be of no effect and vacate it.",
        # a favourable test result
        "If the result of the testing is favorable to the petitioner, the court shall hold a hearing and "
        "may vacate the judgment of conviction and order a new trial.",
        # a defect of either kind, in a digest
        "This bill would create a procedure by which a person may move to vacate a conviction on the ground "
        "of any defect, whether of procedure or of substance, in the case that led to it.",
        # a proceeding named by its grounds
        "A petition may be filed under this article by any person convicted in this state. The grounds for "
        "relief under this article are that the conviction was obtained in violation of the Constitution or "
        "that the court lacked jurisdiction.",
        # grounds made exclusive, which bars nothing, and a ground of rights disregarded
        "The court shall entertain, and shall grant relief upon, an application that proves any of the "
        "following, and no court shall grant relief upon any other: that the trial was conducted in "
        "disregard of a right secured by the constitution. Upon granting relief the court shall annul the "
        "conviction.",
    ],
)
def test_a_vacatur_in_the_words_round_78_tried(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a bar on grounds decided before is no proceeding named by its grounds
        "A prior adjudication upon the merits of any ground for relief is conclusive, whether made at trial "
        "or in any earlier proceeding alleging ineffective assistance of counsel.",
        # relief for rehabilitation that disclaims any error
        "The court may set aside the plea of a probationer who has been rehabilitated, as a matter of grace "
        "and not on account of any error in the proceedings.",
    ],
)
def test_no_vacatur_where_round_78_named_a_ground_only_to_set_it_aside(text):
    assert passage_status("vacatur-for-cause", text) != "present"


def test_a_court_that_loses_its_power_but_to_enforce_the_order_is_shut():
    text = (
        "The bill would provide that, upon entry of a sealing order, the court loses jurisdiction over the "
        "case for every purpose except the enforcement of the order itself, and would repeal the provision "
        "that permits a court to hear a motion to vacate a sealed conviction."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_a_clearance_that_does_not_divest_a_court_keeps_its_power():
    text = (
        "The clearance of a record under this title shall not divest any court of jurisdiction to hear and "
        "determine a motion to vacate the underlying judgment on any ground of legal invalidity."
    )
    assert passage_status("court-jurisdiction", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # later petitions for more record relief, a pardon or a certificate
        "(4) An expungement under this section shall not bar the person from later petitioning for a "
        "certificate of good conduct or for a pardon.",
        # the prosecutor's power to reopen a cleared case
        "The sealing of records of a conviction shall not affect the power of the court to reopen a sealed "
        "case on the application of the district attorney, for use as a prior offence.",
    ],
)
def test_near_misses_on_the_court_s_door_round_78_read_as_nothing(text):
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # the person let in at the end of a sentence that first lets an agency in
        "(e) The clearing agency shall not release expunged records to any person, except that a criminal "
        "justice agency may obtain them for a later prosecution, and the person who is the subject of a "
        "record may obtain a copy of it by written request to the agency, without court order.",
        # a file made available free of charge
        "Upon a set-aside, the court administrator shall make the sealed file available without charge to "
        "the defendant.",
    ],
)
def test_own_record_access_in_the_words_round_78_tried(text):
    assert passage_status("record-access", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # the person put with a public the law has just shut out
        "No custodian of an expunged record shall furnish any copy of it to any person, except to the "
        "officers named in section 6; and the person named in the record shall have no greater right of "
        "inspection than any other member of the public.",
        # a list run on in one sentence, the person's item gated by an order
        "(c) The records shall be confidential, and the clerk shall permit them to be examined only by (1) "
        "the prosecuting attorney, when the person is later charged; (2) a court imposing a later sentence; "
        "and (3) the person named in the records, upon a written order of the court that issued the "
        "expunction.",
        # a list of whom the court may let in
        "(2) Sealed juvenile records shall not be disclosed to any person, except that the court may, on "
        "written request and without hearing, permit disclosure to:\n(a) the person who is the subject of "
        "the record;\n(b) a prosecuting attorney considering a sentence enhancement.",
    ],
)
def test_own_record_barred_in_the_words_round_78_tried(text):
    assert passage_status("record-access", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a list item that reaches the person through another section's procedure
        "(2) A sealed record may be disclosed only:\n(a) to a criminal justice agency;\n(b) to the person "
        "who is the subject of the record, in the manner and subject to the conditions provided in section "
        "12-405.",
        # a paper saying the record was cleared, not the record
        "The petitioner may obtain a certified statement that the record has been expunged.",
    ],
)
def test_own_record_partly_there_in_the_words_round_78_tried(text):
    assert passage_status("record-access", text) == "partial"


def test_every_federal_agency_the_record_went_to_asked_to_delete_it_is_the_removal_half():
    text = (
        "(f) An agency that has received the order shall notify in writing every other agency, including "
        "any federal agency, to which it has disseminated the record, and shall request that the record be "
        "deleted."
    )
    assert passage_status("federal-records", text) == "partial"


def test_a_bar_in_no_case_is_a_bar():
    text = (
        "In no case shall a member provide to a federal immigration authority any record that has been "
        "sealed or expunged by a court."
    )
    assert passage_status("federal-records", text) == "partial"


def test_handing_over_a_person_is_no_sharing_of_records():
    text = (
        "Where a person who is the subject of a detainer is released, the sheriff shall release the person "
        "from the public lobby of the jail, and shall not transport the person to any facility operated by "
        "a federal immigration authority."
    )
    assert passage_status("federal-records", text) == "absent"
