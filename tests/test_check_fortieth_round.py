"""`billkit check` on shapes that two blind probe reviews of round 42 (`tests/probes/round42l`,
`tests/probes/round42m`) and the fortieth corpus round's tuning files turned up, each written here in
general form: a remedy "not available to attack" the conviction or to anyone no longer held under the
sentence; a conviction "not subject to review in any court"; a court barred from reopening a case the
relief closed; notices to the person in words no rule read (told "when the conviction will become
eligible", a form that "describes how to apply", a profile that "will be destroyed", petition forms
translated, a certificate that must print what relief may not change for immigration); training for
lawyers and a city's outreach about its services, which are no public education; sealed records handed
over "upon request of" a federal body, or left open to the FBI "notwithstanding the order"; a bill's title
that withholds records from immigration enforcement; lists of who may see records of another kind, or of
the conditions on a disclosure to a federal body; presumptions of invalidity and of regularity in words no
rule read; a court that "did not read the words required"; and a wrongful-conviction claim or a filing
direction that grants no vacatur. Every text here is written for these tests (no source); the last tests
are on how quotes are given (a struck item of a list, an amending instruction with a decimal section
number, a bill's title).
"""

from __future__ import annotations

import pytest

from support import file_findings, file_statuses

CASES = [
    (
        "writ-not-available-to-attack-the-conviction",
        "court-jurisdiction",
        "contrary",
        "Sec. 4. The writ of habeas corpus is not available to test the validity of a conviction or sentence "
        "once the person has appealed or the time to appeal has run.",
    ),
    (
        "relief-not-available-to-one-no-longer-in-custody",
        "court-jurisdiction",
        "contrary",
        "(c) Relief under this article is not available to a petitioner who is no longer in custody under "
        "the sentence being challenged.",
    ),
    (
        "writ-not-available-to-reopen-the-relief-order-is-no-bar",
        "court-jurisdiction",
        "absent",
        "(c) The writ is not available to review an order granting expungement after the time for appeal "
        "has run.",
    ),
    (
        "conviction-on-a-plea-not-subject-to-review-in-any-court",
        "court-jurisdiction",
        "contrary",
        "Sec. 9. A conviction entered on a plea of guilty is final and is not subject to review in any "
        "court.",
    ),
    (
        "expunged-conviction-may-not-be-challenged",
        "court-jurisdiction",
        "contrary",
        "(f) After an order of expungement is entered, a conviction that has been expunged may not be "
        "challenged in any later proceeding.",
    ),
    (
        "court-shall-not-reopen-after-the-order",
        "court-jurisdiction",
        "contrary",
        "(e) Once the sealing order is entered, the case is closed and the court may not thereafter reopen "
        "it.",
    ),
    (
        "court-shall-not-reopen-except-to-hear-a-motion-to-vacate",
        "court-jurisdiction",
        "absent",
        "(e) Once the sealing order is entered, the court may not reopen the case except to hear a motion to "
        "vacate the conviction.",
    ),
    (
        "brochure-for-applicants-for-a-certificate",
        "public-education",
        "partial",
        "(7) The judicial council shall prepare plain-language instructions and a brochure to help "
        "applicants for a certificate of rehabilitation.",
    ),
    (
        "told-that-a-profile-will-be-destroyed",
        "public-education",
        "partial",
        "(3) When the sample is collected, the arrestee must be told in writing that the profile will be "
        "destroyed if no charge is filed within one year.",
    ),
    (
        "a-form-that-describes-how-to-apply",
        "public-education",
        "partial",
        "(b) At the end of the case the clerk shall send the defendant a form that describes how to apply "
        "for sealing.",
    ),
    (
        "told-when-the-conviction-becomes-eligible",
        "public-education",
        "partial",
        "(2) At sentencing the judge shall tell the defendant, in writing, the date on which the conviction "
        "will become eligible for expungement.",
    ),
    (
        "petition-forms-translated",
        "public-education",
        "partial",
        "(d) The administrative office shall translate the expungement petition forms into the six languages "
        "most spoken in the state.",
    ),
    (
        "training-for-defenders-is-not-public-education",
        "public-education",
        "absent",
        "Sec. 2. The public defender commission shall offer yearly training to public defense attorneys on "
        "the immigration consequences of criminal convictions and of orders sealing them.",
    ),
    (
        "city-outreach-about-services-is-not-public-education",
        "public-education",
        "absent",
        "Sec. 5. The office shall run outreach programs to inform residents who speak languages other than "
        "English about city parks, libraries and transit.",
    ),
    (
        "victims-told-of-their-rights-is-not-public-education",
        "public-education",
        "absent",
        "(4) Victims shall be informed of the final disposition of the case and of their right to ask for "
        "notice of the offender's release.",
    ),
    (
        "certificate-prints-what-relief-may-not-change",
        "public-education",
        "present",
        "(b) Each certificate shall print the following notice in large type:\n"
        '"Your conviction has been set aside under state law. This may not change how federal immigration '
        "officials treat the conviction. Talk to an immigration lawyer before you travel or apply for any "
        'immigration benefit."',
    ),
    (
        "records-handed-over-on-request-of-a-federal-body",
        "federal-records",
        "contrary",
        "(3) At the request of the United States Department of Homeland Security, the central repository "
        "shall provide any conviction record it holds, including one that has been expunged.",
    ),
    (
        "fbi-may-continue-to-use-the-record-notwithstanding-the-order",
        "federal-records",
        "contrary",
        "(c) Notwithstanding the order, the Federal Bureau of Investigation may continue to use the record "
        "for any purpose.",
    ),
    (
        "title-that-withholds-records-from-immigration-enforcement",
        "federal-records",
        "partial",
        "AN ACT to require that sealed records be withheld from federal immigration enforcement.\n"
        "Section 1. No state agency shall share a sealed record with United States Immigration and Customs "
        "Enforcement.",
    ),
    (
        "a-notice-that-relief-may-not-erase-is-no-sharing-bar",
        "federal-records",
        "absent",
        "(3) The notice mailed to the person shall state that expungement may not erase a conviction for "
        "purposes of federal immigration law.",
    ),
    (
        "no-hold-on-a-detainer-is-no-records-bar",
        "federal-records",
        "absent",
        "Sec. 2. The jail shall not keep any person in custody past the release date solely because the "
        "Department of Homeland Security has issued a civil immigration detainer.",
    ),
    (
        "a-notice-handed-over-that-the-record-will-be-sealed",
        "public-education",
        "partial",
        "(a) When a case is dismissed, the clerk shall hand to the defendant, or mail to the defendant "
        "within ten days, a notice stating that: (1) the record will be sealed within sixty days without a "
        "petition.",
    ),
    (
        "licence-applicants-papers-are-not-criminal-records",
        "record-access",
        "absent",
        "(a) Papers filed by an applicant for a hunting license are confidential and shall not be released "
        "to any person, except as follows:\n(1) To the applicant.\n(2) To a law enforcement agency for a "
        "criminal investigation.",
    ),
    (
        "consent-to-disclosure-to-immigration-is-not-access",
        "record-access",
        "absent",
        "(2) A state agency may not give a federal immigration authority a record of a conviction that has "
        "been sealed, unless:\n(a) federal law requires it; or\n(b) the person who is the subject of the "
        "record has agreed in writing.",
    ),
    (
        "records-open-to-the-public-are-not-own-record-access",
        "record-access",
        "absent",
        "(1) Records of a sealed case are confidential. (2) Any person may review the archival records kept "
        "in the public reading room.",
    ),
    (
        "a-right-withheld-in-words",
        "record-access",
        "absent",
        "(3) The victim may inspect the record even after it has been expunged. (4) This section does not "
        "give the offender any right to inspect records held by the department.",
    ),
    (
        "presumption-that-the-plea-was-legally-invalid-ground-elsewhere",
        "rebuttable-presumption",
        "present",
        "(a) A person may move to vacate a plea of guilty that the person entered without knowing that it "
        "could lead to deportation.\n(b) On a motion under subsection (a), there is a rebuttable presumption "
        "that the plea was legally invalid.",
    ),
    (
        "plea-entered-before-a-date-is-presumed-invalid",
        "rebuttable-presumption",
        "present",
        "(a) A person may move to vacate a plea entered without an understanding of its immigration "
        "consequences.\n(b) On such a motion, a plea entered before July 1, 2024, is presumed to be legally "
        "invalid.",
    ),
    (
        "presumed-that-the-defendant-never-heard-the-warning",
        "rebuttable-presumption",
        "partial",
        "(c) Unless the transcript shows that the judge read the warning required by subsection (a), it is "
        "presumed that the defendant never heard it.",
    ),
    (
        "every-judgment-presumed-valid-restates-the-burden",
        "rebuttable-presumption",
        "absent",
        "Sec. 3. Every judgment of conviction is presumed valid, and the petitioner bears the burden of "
        "proving otherwise.",
    ),
    (
        "plea-is-presumed-knowing",
        "rebuttable-presumption",
        "contrary",
        "(d) If the record shows the colloquy required by this rule, the plea is presumed to have been "
        "entered knowingly and voluntarily.",
    ),
    (
        "signed-form-creates-a-presumption-that-the-defendant-was-told",
        "rebuttable-presumption",
        "contrary",
        "(e) A plea form signed by the defendant creates a presumption that the defendant was told of the "
        "matters it lists and understood them.",
    ),
    (
        "court-did-not-read-the-words-required",
        "vacatur-for-cause",
        "present",
        "(B) On the defendant's motion the court shall vacate the judgment and allow the defendant to "
        "withdraw the plea if the court did not read the words required by division (A).",
    ),
    (
        "claim-for-compensation-after-a-vacatur-grants-none",
        "vacatur-for-cause",
        "absent",
        "(a) A person may file a claim for compensation if the conviction was vacated on grounds consistent "
        "with the person's innocence.",
    ),
    (
        "a-filing-direction-grants-no-vacatur",
        "vacatur-for-cause",
        "absent",
        "(c) A defendant who wishes to challenge the validity of more than one judgment must do so by a "
        "separate motion for each.",
    ),
    (
        "no-omitted-advisement-is-by-itself-a-ground",
        "vacatur-for-cause",
        "contrary",
        "(g) No omission of the advisement required by subsection (b) is by itself a ground for vacating the "
        "plea.",
    ),
    (
        "defect-not-objected-to-before-trial-is-forfeited",
        "vacatur-for-cause",
        "contrary",
        "(b) A defendant who does not object to a defect in the complaint before trial begins waives the "
        "objection and may not raise it on appeal or in any postconviction proceeding.",
    ),
    (
        "an-advisement-error-waived-without-objection-at-the-plea",
        "vacatur-for-cause",
        "contrary",
        "(e) Any error in the advisement is waived if no objection is made at the time of the plea.",
    ),
    (
        "immigration-advice-claims-not-cognizable-narrow-the-vacatur",
        "vacatur-for-cause",
        "partial",
        "(1) A prisoner may move the sentencing court to vacate the judgment on the ground that it was "
        "entered without jurisdiction or in violation of the constitution.\n(2) A claim that counsel gave "
        "wrong advice about the immigration consequences of a plea is not cognizable under this section.",
    ),
    (
        "missing-advice-shall-not-invalidate-or-furnish-a-ground",
        "vacatur-for-cause",
        "contrary",
        "(d) The court's failure to advise the defendant of the immigration consequences shall not "
        "invalidate the plea or furnish a ground for vacating it.",
    ),
    (
        "vacating-the-order-sealing-records-is-no-vacatur",
        "vacatur-for-cause",
        "absent",
        "(a) The court may vacate its order sealing the records if it finds that the order was obtained by "
        "fraud.",
    ),
    (
        "power-kept-over-payments-is-no-power-over-the-conviction",
        "court-jurisdiction",
        "absent",
        "(A) After the record is sealed, the trial court retains jurisdiction of the case for the purpose of "
        "modifying the manner in which fines and costs are paid.",
    ),
    (
        "a-state-appeal-is-no-vacatur",
        "vacatur-for-cause",
        "absent",
        "(4) An appeal may be taken by the state from a ruling of the circuit court, and the court of "
        "appeals may reverse and order a new trial where a new trial would not violate the defendant's "
        "constitutional rights.",
    ),
    (
        "court-lacks-jurisdiction-after-expungement",
        "court-jurisdiction",
        "contrary",
        "(2) Once an order of expungement is entered, the court lacks jurisdiction to entertain any motion "
        "directed at the judgment.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_a_struck_item_of_a_list_is_read_with_its_lead(tmp_path):
    """A warning struck from a list of what a notice must say is read as the notice's words, so the bill that
    strikes it works against public education; the printed lead is quoted outside the brackets."""
    text = (
        "EXPLANATION--Matter in CAPITALS is new; matter in brackets [ ] is old law to be omitted.\n"
        "Section 1. Subdivision 2 of section 160.70 of the criminal procedure law is amended to read as "
        "follows:\n2. When a case ends, the court shall give the defendant a written notice that states:\n"
        "(a) the date on which the defendant may apply for sealing; AND\n(b) THE CLERK'S ADDRESS[; and\n"
        "(c) that sealing does not remove a conviction for purposes of federal immigration law].\n"
    )
    found = file_findings(tmp_path, "struck-item", text)["public-education"]
    assert found.status == "contrary"
    first = found.evidence[0].quote
    assert first.startswith(
        "2. When a case ends, the court shall give the defendant a written notice that states: ["
    )
    assert "[(c) that sealing does not remove a conviction" in first


def test_an_instruction_with_a_decimal_section_number_is_no_list_lead(tmp_path):
    """'is amended by adding a new section 16-806.05 to read as follows:' introduces the section, not a list:
    its subsection is quoted without the instruction."""
    text = (
        "Sec. 2. Chapter 8A of Title 16 is amended by adding a new section 16-806.05 to read as follows:\n"
        '"§ 16-806.05. Access.\n"(a) A person whose record has been sealed may, without a court order, '
        "inspect and copy every sealed record about that person.\n"
    )
    found = file_findings(tmp_path, "decimal-instruction", text)["record-access"]
    assert found.status == "present"
    assert found.evidence[0].quote.startswith('"(a) A person whose record has been sealed')


def test_a_bills_title_is_quoted_after_its_sections(tmp_path):
    """The title says what a bill is for; its sections are what a court applies, so they are quoted first."""
    text = (
        "AN ACT to require that sealed records be removed from federal databases.\n"
        "Section 1. Within thirty days after a record is sealed, the state police shall notify the Federal "
        "Bureau of Investigation and ask that the record be removed from the Interstate Identification "
        "Index.\n"
    )
    found = file_findings(tmp_path, "title-last", text)["federal-records"]
    assert found.evidence[0].location.startswith("Section 1")
    assert found.evidence[-1].quote.startswith("AN ACT")


def test_a_full_stop_after_struck_lines_closes_the_quote(tmp_path):
    """Struck matter that runs over lines leaves its full stop alone on the next line; the quote closes it
    up."""
    text = (
        "EXPLANATION--Matter in brackets [ ] is old law to be omitted.\n"
        "Section 1. (a) A person whose record has been sealed may obtain a copy of it from the clerk without "
        "a court order[, unless\nthe record concerns a felony].\n"
    )
    found = file_findings(tmp_path, "stop-after-struck-lines", text)["record-access"]
    assert found.evidence[0].quote.endswith("without a court order.")


def test_a_struck_ground_for_noncitizens_works_against_the_vacatur(tmp_path):
    """A bill that keeps a vacatur but strikes its immigration-advice ground takes away the one noncitizens
    rely on: the struck ground is quoted first, in brackets, and the committee is asked to keep it."""
    text = (
        "SECTION 1. Section 31-11-7 is amended to read:\n"
        "A. The court shall set aside the judgment and permit the defendant to withdraw the plea if the "
        "defendant proves:\n(1) that the court lacked jurisdiction; or\n(2) that the defendant was denied "
        "counsel[; or\n(3) that counsel failed to advise the defendant of the immigration consequences of "
        "the plea].\nSECTION 2. Material in brackets is deleted.\n"
    )
    found = file_findings(tmp_path, "struck-ground", text)["vacatur-for-cause"]
    assert found.status == "contrary"
    first = found.evidence[0].quote
    assert "[(3) that counsel failed to advise the defendant of the immigration consequences" in first
    assert "keep the struck ground" in found.missing
