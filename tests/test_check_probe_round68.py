"""Four blind probe reviews (round 68): 162 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round68). The `a`
probes end, keep or narrow a court's power after relief; the `b` probes grant, narrow or bar a vacatur and
presume a plea invalid or regular; the `c` probes open or close a person's own sealed records through
definitions, provisos and old code language; the `d` probes send cleared records to federal or immigration
authorities or keep them out.

billkit read 64 of the 972 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 937 it now reads as the reviewers did are kept. The 35 left out are mostly partial against
present or contrary (relief that only seals a conviction for a defect, a removal request beside a proviso that
keeps one federal route open, a 1373 saving inside the bar's own sentence), a court bar after the term of
court that the reviewer read as no clause about relief, a grant of vacatur in the same sentence as a
presumption that counsel's advice was right (b19), and a definition that limits access to agencies and to
holders of a court's order (c39). Under these rules fourteen judgements of rounds 60 to 67 that were left out
at first are read as their reviewers read them, and are kept there too (among them round 66's grants through a
defined term and through an exception in capitals, h01 and h05, and round 67's i13).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round68")


def test_the_review_tries_courts_vacaturs_own_records_and_federal_files():
    assert REVIEW.judgements("a", "court-jurisdiction").count("contrary") >= 6
    assert REVIEW.judgements("b", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("c", "record-access").count("present") >= 6
    assert REVIEW.judgements("d", "federal-records").count("contrary") >= 4


@pytest.mark.parametrize(
    "text",
    [
        # the power named as not lost, "jurisdiction" after "provided that"
        "It is further provided that jurisdiction to entertain an application for post-conviction relief "
        "shall not be lost or impaired by reason of the fact that the record of the conviction has been "
        "expunged.",
        # the relief named as no ground to dismiss, and the court told not to find its power gone
        "A motion to vacate a conviction may be filed in a case in which the record has been sealed. The "
        "sealing of the record is not a ground for dismissing the motion, and a court shall not find that "
        "it lacks jurisdiction to decide the motion because the record has been sealed.",
    ],
)
def test_a_court_kept_able_to_hear_a_later_challenge_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "An order setting aside a conviction under this section is final. No motion, petition, or other "
        "proceeding to vacate or otherwise review the conviction so set aside shall thereafter be "
        "entertained by any court of this state.",
        "Upon the entry of an order of expunction, the court that entered it shall lose all jurisdiction "
        "over the underlying criminal case, including jurisdiction over any later motion concerning the "
        "conviction.",
        "A petition for post-conviction relief must be filed within one year after the judgment of "
        "conviction. The limitation in this subsection is jurisdictional and may not be extended by the "
        "court.",
        "The court may not consider a motion under this rule that is filed more than two years after the "
        "judgment and sentence become final.",
        "No court of the Commonwealth shall set aside a judgment of conviction on a motion under § 7101 "
        "that is filed more than one year after the judgment became final.",
    ],
)
def test_a_court_shut_out_of_a_later_challenge_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a deadline said not to be jurisdictional
        "None of the deadlines in this article is jurisdictional, and a court may excuse a late petition "
        "for post-conviction relief.",
        # a deadline on an objection to a sealing petition
        "A person convicted of a misdemeanor may petition for an order of nondisclosure. The time for "
        "filing an objection under this subsection is jurisdictional.",
        # old writs abolished, their relief kept by motion in the same court
        "Writs of coram nobis and audita querela are abolished in criminal proceedings. Any relief that "
        "could formerly have been obtained by either writ may be obtained by motion under this rule in the "
        "court in which the judgment was entered.",
    ],
)
def test_the_same_words_with_no_bar_on_the_court(text):
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Notwithstanding the entry of an order of expungement, the court retains jurisdiction over the "
        "expunged record for the purposes of correcting, amending, or supplementing it.",
        "After a record has been sealed, the court that sealed it retains jurisdiction to hear a motion to "
        "amend the judgment nunc pro tunc so that it correctly states the statute of conviction.",
        "Nothing in this section shall be construed to deprive the sentencing court, after a record has "
        "been expunged, of jurisdiction to correct an illegal sentence imposed in the case, and a motion "
        "for that purpose may be made by either party.",
        "The sealing of a conviction does not limit the authority of the court to hear and grant a motion "
        "of the prosecuting attorney to vacate the conviction.",
    ],
)
def test_a_court_kept_able_to_do_something_narrower_is_part_of_the_practice(text):
    assert passage_status("court-jurisdiction", text) == "partial"


def test_a_bar_on_one_ground_of_vacatur_works_against_the_vacatur_not_the_court():
    text = (
        "No court shall grant a motion to vacate a judgment of conviction where the motion rests on the "
        "failure of the court, of counsel, or of any other person to advise the movant of the immigration "
        "consequences of the conviction."
    )
    assert passage_status("vacatur-for-cause", text) == "contrary"
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_person_presumed_unaware_grounds_a_vacatur_and_the_presumption():
    text = (
        "If the record does not show that the defendant was advised of the immigration consequences of the "
        "plea, it shall be presumed, subject to rebuttal, that the defendant was unaware of those "
        "consequences and that the resulting conviction is legally invalid; and on the defendant's motion "
        "the court shall vacate the judgment unless the prosecuting attorney rebuts the presumption."
    )
    assert passage_status("vacatur-for-cause", text) == "present"
    assert passage_status("rebuttable-presumption", text) == "present"


def test_convictions_declared_presumed_invalid_ground_a_vacatur():
    assert (
        passage_status(
            "vacatur-for-cause", "A conviction under former Section 653.22 is presumed legally invalid."
        )
        == "present"
    )


def test_counsel_presumed_to_have_advised_rightly_works_against_the_presumption():
    text = (
        "In ruling on the motion, the court shall presume that counsel rendered adequate assistance and "
        "that any advice counsel gave regarding the immigration consequences of the plea was accurate and "
        "complete."
    )
    assert passage_status("rebuttable-presumption", text) == "contrary"


@pytest.mark.parametrize(
    "texts",
    [
        # an exception, not a proviso, that lets the person in without an order
        (
            "A record sealed under section 12-1107 shall not be open to inspection except by a criminal "
            "justice agency as provided in subsection (d), or by the person who is the subject of the "
            "record, who may inspect and obtain copies of the record from the court without an order of the "
            "court.",
        ),
        # the old saving, "the party to whom the record pertains", no order "requisite"
        (
            "No keeper of any record ordered expunged under this chapter shall suffer the same to be "
            "inspected by any person; save that the party to whom the record pertains shall be permitted to "
            "inspect the same and to have a copy thereof, and no order of any court shall be requisite "
            "thereto.",
        ),
        # the grant with a bar on everyone else in the same sentence
        (
            "A sealed record shall be released to the person to whom it pertains upon written request and "
            "proof of identity, and shall not be released to any other person except upon an order of "
            "court.",
        ),
        # the person reached through a defined term
        (
            '"Requesting party" means the individual named in a nondisclosed record.',
            "A custodian that receives a written request from a requesting party shall permit the "
            "requesting party to inspect the nondisclosed record, and no custodian may require the order of "
            "a court.",
        ),
        (
            '"Authorized requester" means a criminal justice agency or an individual who requests the '
            "individual's own record.",
            "A limited-access record shall not be disseminated by the bureau or any criminal justice agency "
            "except to an authorized requester.",
        ),
        # the definition of sealing itself keeps the record open to the person
        (
            '"Seal" means to restrict a record from public access while preserving it for inspection and '
            "copying by the person to whom it relates, without a court order.",
            "Upon the entry of an order under subsection (c), the court shall seal each record that the "
            "order identifies.",
        ),
    ],
)
def test_the_person_let_into_their_own_sealed_record_in_other_words(texts):
    assert passage_status("record-access", "\n".join(texts)) == "present"


def test_a_record_open_to_agencies_that_sentence_the_person_is_no_grant_to_the_person():
    text = (
        "(3) A record sealed under this section remains available, without a court order, to: (a) a "
        "criminal justice agency for use in a criminal investigation; (b) a court imposing sentence on the "
        "person for a later offense."
    )
    assert passage_status("record-access", text) == "absent"


def test_a_grant_a_proviso_holds_to_the_judge_s_approval_works_against_the_practice():
    text = (
        "Sec. 7. The clerk shall make a sealed record available to the petitioner upon request: Provided, "
        "however, That every such request shall be presented to and approved by the judge who ordered the "
        "sealing, and the clerk shall not release any part of the sealed record to the petitioner until the "
        "judge's written approval has been entered in the file."
    )
    assert passage_status("record-access", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        "The department shall maintain an agreement with the United States Department of Homeland Security "
        "under which it furnishes to the federal department each inmate's complete criminal history record, "
        "including any entries that have been sealed or expunged by order of a court of this state.",
        "Any such agreement with the United States Department of Homeland Security shall afford to that "
        "department access to conviction information notwithstanding that the conviction has been set aside "
        "or expunged.",
    ],
)
def test_cleared_records_named_among_what_an_immigration_agency_gets(text):
    assert passage_status("federal-records", text) == "contrary"


def test_cleared_records_kept_from_an_immigration_agency_are_no_such_sharing():
    text = (
        "The department shall not furnish to the United States Department of Homeland Security any record "
        "that has been sealed or expunged, notwithstanding that the conviction has been set aside."
    )
    assert passage_status("federal-records", text) != "contrary"


@pytest.mark.parametrize(
    ("first_item", "status"),
    [
        # the list leaves the person out: the person is among "all other persons"
        ("(1) the juvenile's parent, guardian or custodian", "contrary"),
        # the list names the person
        ("(1) the juvenile", "present"),
    ],
)
def test_all_other_persons_held_to_a_court_order_after_a_list(first_item, status):
    text = (
        "(b) The following may inspect a sealed juvenile record without an order of the court: "
        f"{first_item}; (2) the prosecutor, for the purpose of determining eligibility for diversion.\n"
        "(d) All other persons may inspect a sealed juvenile record only by order of the court."
    )
    assert passage_status("record-access", text) == status


def test_a_vacatur_the_person_may_ask_for_beside_the_prosecutor_is_not_narrowed():
    text = (
        "Where a statute defining an offense has been declared unconstitutional on its face, every judgment "
        "of conviction entered under it shall be subject to vacatur upon the application of the person "
        "convicted, upon the motion of the prosecuting attorney, or by the court on its own motion."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "The bill directs the Judicial Council to study whether persons whose convictions were entered "
        "without adequate advice about immigration consequences should be given a new procedure to vacate "
        "those convictions for legal invalidity, and to report its findings.",
        "The bill does not itself change the grounds on which a conviction may be vacated.",
    ],
)
def test_a_study_of_vacatur_or_a_bill_that_changes_no_ground_grants_none(text):
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_a_certificate_sent_to_the_person_whose_record_was_sealed_is_not_the_record():
    text = (
        "Within thirty days after an order of sealing becomes final, the administrative office of the "
        "courts shall send to the person whose record was sealed a certificate of sealing that identifies "
        "the case by its number."
    )
    assert passage_status("record-access", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # the person's lawyer in a case before an immigration court: the agency is the forum, not a recipient
        "An attorney who represents the subject of a sealed record in a proceeding before a federal "
        "immigration agency or court may inspect and copy the sealed record, without an order of court, "
        "upon filing a written statement that the attorney represents the subject.",
        # a limit on holding people for a transfer of custody, nothing said of records
        "No officer shall, in the course of a traffic stop, inquire into the person's immigration status, "
        "nor shall any officer continue to hold a person beyond the time at which the person would "
        "otherwise be released solely in order to transfer custody of the person to a federal immigration "
        "officer.",
        # a benefit agency's check of lawful presence
        "The department shall verify the lawful presence of each applicant for public assistance through "
        "the Systematic Alien Verification for Entitlements program administered by United States "
        "Citizenship and Immigration Services, and shall not deny assistance on the basis of a federal "
        "response until the applicant has had notice.",
    ],
)
def test_immigration_agencies_named_with_no_record_going_to_them(text):
    assert passage_status("federal-records", text) == "absent"
