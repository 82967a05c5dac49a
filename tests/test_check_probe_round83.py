"""Three blind probe reviews (round 83): 111 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round83). The `n`
probes are post-conviction, plea, set-aside and clearance sections where the words of vacatur appear and the
ground decides; the `p` probes are the records plumbing (repositories, arrest reporting, registries, compacts)
where federal hands come in or stay out; the `q` probes are sealing sections where the person's way to their
own record is decided away from the first sentence.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round83")


def test_the_review_tries_grounds_federal_plumbing_and_routes_set_apart():
    assert REVIEW.judgements("n", "vacatur-for-cause").count("present") >= 12
    assert REVIEW.judgements("n", "vacatur-for-cause").count("absent") >= 12
    assert REVIEW.judgements("p", "federal-records").count("contrary") >= 6
    assert REVIEW.judgements("q", "record-access").count("contrary") >= 10


# Vacatur for cause


def test_a_citizen_carved_out_of_the_advisement_ground_is_no_bar_on_it():
    text = (
        "(D) If the court failed to advise the defendant as required by this Article, the court, on the "
        "defendant's motion, shall vacate the judgment and permit the defendant to withdraw the plea. (E) "
        "The absence of an advisement shall not be a ground for relief where the defendant was a citizen of "
        "the United States at the time of the plea."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_clerks_failure_to_report_a_disposition_does_not_make_an_advisement_harmless():
    text = (
        "(4) Where a disposition is later modified by order of expungement, the clerk shall report the "
        "modification. (6) A clerk's failure to report shall not invalidate any judgment."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # fraud in getting the pardon, not in the conviction
        "(b) The prosecuting attorney may object only on the ground that the pardon was obtained by fraud. "
        "(c) Upon finding that the pardon is full and unconditional, the court shall enter an order "
        "vacating the conviction.",
        # a bar on later motions to vacate, which names the remedy only to refuse it
        "(c) The court shall order the conviction expunged if the petitioner has not been convicted of a "
        "felony in the past two years. (e) Upon its entry no motion to vacate the judgment, to withdraw the "
        "plea, or for other post-conviction relief shall thereafter be entertained by any court of this "
        "state, unless the order of expungement is itself first set aside for fraud in its procurement.",
        # a surety's forfeiture set aside on the prosecutor's motion
        "(b) The court may set aside the forfeiture upon a showing that the defendant's absence was caused "
        "by illness. (c) If the forfeiture is not set aside, the court shall, on motion of the prosecuting "
        "attorney, enter a judgment of default against each surety.",
    ],
)
def test_relief_that_borrows_the_words_of_vacatur_without_a_defect_grants_none(text):
    assert passage_status("vacatur-for-cause", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "(b) The court may at any time correct a sentence that was imposed in violation of the "
        "constitution. (e) Relief under this rule is confined to the sentence. The court shall not, on a "
        "motion under this rule, vacate the judgment of conviction or permit the withdrawal of a plea of "
        "guilty.",
        "(b) A person may file a motion alleging that counsel failed to render effective assistance at the "
        "sentencing proceeding. (c) If the court finds the ground established, it shall vacate the "
        "sentence. (d) A motion under this section does not permit any challenge to the plea of guilty, and "
        "the judgment of conviction shall not be vacated or otherwise disturbed by an order under "
        "subsection (c).",
    ],
)
def test_relief_the_law_confines_to_the_sentence_is_vacatur_in_part(text):
    assert passage_status("vacatur-for-cause", text) == "partial"


def test_a_limit_to_listed_grounds_is_no_confinement_to_the_sentence():
    text = (
        "A judgment of conviction may not be vacated under this chapter except on a ground listed in "
        "section 4, except that the court may vacate a judgment entered on a plea of guilty by a defendant "
        "who is not a citizen if the defendant was not advised of the immigration consequences of the plea."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


# Court power


def test_a_clerk_who_keeps_the_order_in_a_confidential_file_keeps_no_power_to_hear_a_motion():
    text = (
        "(a) A person may petition the court for expunction of all records of the adjudication, if eighteen "
        "months have elapsed since the person was released from the court's jurisdiction. (b) Upon an order "
        "of expunction, every agency shall destroy the records, except that the clerk shall retain the "
        "original order and the petition in a confidential file."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


# Federal records


@pytest.mark.parametrize(
    "text",
    [
        # the state's copy kept is no federal copy
        "(c) No state or local agency shall disclose a sealed record, or confirm its existence, to any "
        "federal immigration authority. (e) The sealing of a record does not require its destruction, and "
        "the clerk shall retain sealed records.",
        # a report to an oversight body about what immigration authorities asked for
        "(b) No agency shall disclose personal information, including criminal history information, to a "
        "federal immigration authority. (d) Each agency shall report annually to the Board on every request "
        "for information received from a federal immigration authority.",
        # a disclaimer of leave to share
        "(5) Nothing in this section permits an agency to transmit a sealed record directly to a federal "
        "immigration authority, and no agency shall do so.",
    ],
)
def test_a_bar_on_immigration_authorities_stays_a_bar(text):
    assert passage_status("federal-records", text) == "partial"


def test_the_persons_own_copy_for_an_immigration_proceeding_is_no_federal_hand():
    text = (
        "(2) The person who is the subject of a sealed record may obtain a certified copy of the sealed "
        "record, without a court order, upon a written request stating that the copy is needed: (a) for an "
        "application to, or a proceeding before, a federal immigration authority or an immigration court; "
        "or (b) for employment."
    )
    assert passage_status("federal-records", text) == "absent"


def test_removal_from_the_index_and_no_answer_to_dhs_are_both_halves_quoted_apart():
    text = (
        "(b) Notwithstanding subsection (a), any agreement entered into by the department: (1) when a "
        "record is expunged, the department shall flag it and shall notify the Federal Bureau of "
        "Investigation and request the deletion from the Bureau's files of every entry relating to the "
        "expunged conviction; and (2) the department shall not answer an inquiry concerning an expunged "
        "record from the Department of Homeland Security."
    )
    assert passage_status("federal-records", text) == "present"


def test_immigration_and_customs_enforcement_joined_to_the_fbi_in_a_run_on_list_is_federal_hands():
    text = (
        "(d) Notwithstanding subsection (c), the Department may disseminate sealed records to (1) a "
        "criminal justice agency for a criminal justice purpose; (2) the Federal Bureau of Investigation "
        "and United States Immigration and Customs Enforcement, upon request; and (3) a licensing "
        "authority."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_prints_sent_to_the_fbi_in_a_law_that_destroys_the_files_of_others_is_federal_hands():
    text = (
        "3. Copies of the fingerprints shall be sent to the bureau, and the bureau shall transmit them to "
        "the Federal Bureau of Investigation if the child is adjudicated delinquent. 4. If a petition is "
        "not filed, the fingerprint and photograph files shall be destroyed within sixty days."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_conviction_records_furnished_to_a_defined_term_that_takes_in_federal_agencies():
    text = (
        '(a) In this section: (2) "Governmental agency" means an agency, board, department, commission or '
        "instrumentality of this state or of any political subdivision of this state, of any other state, "
        "or of the United States. (b) The department shall furnish conviction records: (1) to any criminal "
        "justice agency, on request; (2) to any governmental agency that requests the record for a purpose "
        "authorized by statute."
    )
    assert passage_status("federal-records", text) == "contrary"


# Own records


@pytest.mark.parametrize(
    "text",
    [
        # inspection at the clerk's counter, no copy
        "(3) The person who is the subject of a sealed record may, without application to the court, "
        "personally inspect the record in the office of the clerk; provided, however, that the clerk shall "
        "not make, certify or furnish any copy of a sealed record to that person except as ordered by the "
        "court.",
        # only the person's lawyer, on the person's authorization
        "(b) An expunged record shall not be disclosed, except that: (1) it may be released to a criminal "
        "justice agency; and (2) an attorney admitted to practice in this State who represents the person "
        "who is the subject of the expunged record may, upon presentation of a written authorization, "
        "inspect and obtain a copy of the record.",
        # a copy for a stated need
        "(2) The person who is the subject of a sealed record may obtain a certified copy of the sealed "
        "record, without a court order, upon a written request stating that the copy is needed for an "
        "immigration proceeding.",
        # a route that rests on another section's terms
        "(3) The petitioner, upon request and with proof of identity, may obtain the expunged records of "
        "the agency that are listed in § 77-12-306(2), subject to the restrictions and fees set out in that "
        "section.",
        # the rap sheet without an order, the court file only with one
        "(b) The department shall, upon the written request of a person whose records have been sealed, "
        "furnish to the person a copy of the person's criminal history, including the entries that have "
        "been sealed. (c) The clerk shall not permit the person to inspect the sealed court file unless the "
        "person first obtains an order from the court that sealed the records.",
    ],
)
def test_a_route_of_the_persons_own_narrowed_is_access_in_part(text):
    assert passage_status("record-access", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "(3) Except as provided in subsection (4), no sealed record shall be disclosed, furnished or made "
        "available to any person. (4) A sealed record may be disclosed to: (a) a criminal justice agency; "
        "(b) a prosecuting attorney for use in a later prosecution of the same person; (c) a court, for the "
        "purpose of sentencing the person.",
        "(a) No record of any proceeding in which relief has been granted under this section shall be shown "
        "or disclosed to anyone after the order becomes final. (d) A court, upon application of a "
        "prosecuting attorney, may order the disclosure of an expunged record to the applicant.",
        "The clerk shall not permit the petitioner to inspect the sealed records unless the petitioner "
        "obtains an order of the court.",
    ],
)
def test_records_closed_to_everyone_the_exceptions_leaving_the_person_out(text):
    assert passage_status("record-access", text) == "contrary"


def test_an_exception_whose_subsection_names_the_person_is_the_persons_route():
    text = (
        "(3) Except as provided in subsection (4), no sealed record shall be disclosed to any person. (4) A "
        "sealed record may be disclosed to: (a) a criminal justice agency; (b) the person who is the "
        "subject of the record."
    )
    assert passage_status("record-access", text) == "present"


def test_a_digests_current_law_is_not_what_the_bill_enacts():
    text = (
        "Current law says an expunged record may be released to the person only by court order. Under the "
        "bill, a person whose record has been expunged may request and receive from the bureau a full copy "
        "of the expunged record by submitting a request form and proof of identity."
    )
    assert passage_status("record-access", text) == "present"


def test_a_public_notice_of_how_to_learn_about_relief_is_no_route_to_the_record():
    text = (
        "(e) The Department shall post on its public website a notice explaining that persons with prior "
        "cannabis convictions may be entitled to relief under this section and how to learn whether a "
        "conviction has been vacated."
    )
    assert passage_status("record-access", text) == "absent"


# Public education


@pytest.mark.parametrize(
    "text",
    [
        "(2) The records shall be sealed. (6) The department shall post on its public website a "
        "plain-language summary of this section, including a statement of the rights of applicants.",
        "B. A person who completes the program shall be entitled to an order expunging the record. C. The "
        "Clerk shall publish, in each language in which the City provides vital documents, a notice "
        "describing the relief program, and shall distribute the notice through the City's community "
        "partner organizations.",
    ],
)
def test_postings_and_partners_that_explain_relief_are_education_in_part(text):
    assert passage_status("public-education", text) == "partial"


def test_a_case_taken_off_the_courts_search_website_is_not_education():
    text = "A sealed case shall be removed from the public index of the judiciary's case search website."
    assert passage_status("public-education", text) == "absent"
