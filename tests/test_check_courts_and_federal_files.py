"""`billkit check` on a court's power after relief, and on records sent to federal files.

The texts are a second, critical reader's probes, written for these tests (no source): statute-like
wording in the shapes legislatures use, each with the status that reader expected under the corpus's
label rules (``tests/corpus/README.md``). They pin down what the review found the rules misread:
- a duty to send a cleared case's fingerprints or disposition on to the FBI keeps it in federal files,
  so it works against the practice; sending the order, a notice or a request to remove it is the practice;
- jurisdiction that ends with probation or at an age, or a court kept able to undo its own order, says
  nothing about a later challenge to the conviction;
- a court that "has jurisdiction", "authority" or "power" to hear a later motion after relief keeps it,
  however worded, and "divests" in the present tense ends it.
A time bar addressed to the court ("may not entertain a petition ... filed more than two years after") is
``contrary`` by the corpus's rule (``tests/corpus/al-r-crim-p-32-2.txt``), where the reviewer expected
``absent``.
"""

from __future__ import annotations

import pytest

from support import line_findings, probe_texts

PROBES = [
    (
        "p01",
        "court-jurisdiction",
        "present",
        (
            "Sec. 4. Effect of sealing order.\n"
            "(a) Upon entry of an order under Section 3, the records of the arrest, charge, and "
            "conviction shall be sealed.\n"
            "(b) Notwithstanding the entry of an order under subsection (a), the court that entered "
            "the judgment retains jurisdiction to hear and determine any motion to vacate the "
            "judgment, petition for post-conviction relief, or other collateral challenge to the "
            "conviction filed after the record is sealed."
        ),
    ),
    (
        "p02",
        "court-jurisdiction",
        "present",
        (
            "§ 2. The expungement of a conviction under this article shall not divest the sentencing "
            "court of jurisdiction to hear a subsequent motion to vacate that conviction on the "
            "ground that it is legally invalid."
        ),
    ),
    (
        "p03",
        "court-jurisdiction",
        "present",
        (
            "SEC. 5. Nothing in this chapter shall be construed to limit the authority of a court to "
            "hear and decide a petition for a writ of habeas corpus, a motion to withdraw a plea, or "
            "a motion to vacate a judgment, where the petition or motion concerns a conviction that "
            "has been expunged under this chapter."
        ),
    ),
    (
        "p04",
        "court-jurisdiction",
        "present",
        (
            "(d) After an order of expungement is entered, the court shall retain jurisdiction over:\n"
            "(1) any motion to correct or amend the record of the case;\n"
            "(2) any petition for post-conviction relief; and\n"
            "(3) any other proceeding that attacks the validity of the expunged conviction."
        ),
    ),
    (
        "p05",
        "court-jurisdiction",
        "present",
        (
            "Section 12. An order setting aside a conviction under this section releases the person "
            "from all penalties and disabilities resulting from the offense; provided, however, that "
            "the setting aside of a conviction shall not deprive the court of its power to entertain "
            "a later motion to vacate the conviction for a legal or procedural defect."
        ),
    ),
    (
        "p06",
        "court-jurisdiction",
        "present",
        (
            "18-1-412. (1) A defendant whose deferred judgment has been completed and whose case has "
            "been dismissed and sealed may file a motion to withdraw the guilty plea under section "
            "18-1-410.\n"
            "(2) The court in which the guilty plea was entered has jurisdiction to decide a motion "
            "under subsection (1) even though the record of the case has been sealed."
        ),
    ),
    (
        "p07",
        "court-jurisdiction",
        "contrary",
        (
            "Sec. 7. Upon the entry of an order of expungement, the jurisdiction of the court over "
            "the case shall terminate, and no further motion relating to the conviction may be heard."
        ),
    ),
    (
        "p08",
        "court-jurisdiction",
        "contrary",
        (
            "(f) Notwithstanding any other provision of law, a court shall lack jurisdiction to "
            "entertain a motion to vacate a judgment or to withdraw a plea in any case in which the "
            "record has been sealed under this section."
        ),
    ),
    (
        "p09",
        "court-jurisdiction",
        "contrary",
        (
            "Section 9. Finality. An order setting aside a conviction under this act is final. Once "
            "the order is entered, the conviction shall not be subject to collateral attack in any "
            "court of this state, and any petition for post-conviction relief concerning the "
            "conviction shall be dismissed."
        ),
    ),
    (
        "p10",
        "court-jurisdiction",
        "contrary",
        (
            "(e) The sealing of a record under this section divests the trial court of jurisdiction "
            "over the matter, except that the court may unseal the record upon motion of the "
            "prosecuting attorney."
        ),
    ),
    (
        "p11",
        "court-jurisdiction",
        "absent",
        (
            "§ 3. (a) The court may place the defendant on probation for a term not exceeding three "
            "years.\n"
            "(b) The court shall retain jurisdiction over the defendant during the period of "
            "probation to modify, revoke, or terminate probation, or to extend the term of "
            "supervision.\n"
            "(c) Upon successful completion of probation, the court shall dismiss the charges and "
            "order the record sealed."
        ),
    ),
    (
        "p12",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 6. Notwithstanding the dismissal of the charges and the sealing of the record "
            "under this section, the court retains jurisdiction to enforce any unpaid order of "
            "restitution until the order is satisfied in full."
        ),
    ),
    (
        "p13",
        "court-jurisdiction",
        "absent",
        (
            "Section 2. Jurisdiction. (a) The juvenile court shall retain jurisdiction over any "
            "person adjudicated delinquent until the person attains twenty-one years of age, unless "
            "jurisdiction is terminated earlier by order of the court.\n"
            "(b) Upon termination of jurisdiction, the records of the adjudication shall be sealed."
        ),
    ),
    (
        "p14",
        "court-jurisdiction",
        "absent",
        (
            "SEC. 3. Venue. A petition for expungement shall be filed in the district court of the "
            "county in which the arrest occurred. That court shall have jurisdiction to hear and "
            "decide the petition and to enter any order authorized by this chapter."
        ),
    ),
    (
        "p15",
        "court-jurisdiction",
        "absent",
        (
            "(b) A petition under this section may be filed at any time after the person completes "
            "the sentence, and shall be deemed timely filed regardless of the person's custody "
            "status."
        ),
    ),
    (
        "p16",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 10. (a) A motion for post-conviction relief shall be filed within one year after "
            "the judgment of conviction becomes final.\n"
            "(b) The time limit in subsection (a) does not apply where the petitioner establishes "
            "that the facts on which the claim is based were unknown to the petitioner and could not "
            "have been discovered by the exercise of due diligence."
        ),
    ),
    (
        "p17",
        "court-jurisdiction",
        "absent",
        (
            "§ 8. The court may reopen the sealing order upon motion of any party showing good "
            "cause, and may modify or vacate the sealing order after notice and a hearing."
        ),
    ),
    (
        "p18",
        "court-jurisdiction",
        "absent",
        (
            "(c) A record sealed under this section may be used in a later prosecution of the person "
            "for any offense, and may be considered by the court in determining the sentence for a "
            "later offense."
        ),
    ),
    (
        "p20",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 11. Automatic sealing under this section does not preclude a person from "
            "petitioning for sealing under Section 12 of any record that was not sealed "
            "automatically, and such a petition may be filed at any time."
        ),
    ),
    (
        "p21",
        "federal-records",
        "partial",
        (
            "Sec. 5. Within thirty days after an order of expungement is entered, the Department of "
            "Public Safety shall transmit notice of the order to the Federal Bureau of Investigation "
            "and shall request that the record of the arrest and conviction be removed from the "
            "Interstate Identification Index."
        ),
    ),
    (
        "p22",
        "federal-records",
        "partial",
        (
            "(c) Upon receipt of an order of sealing, the central repository shall delete the sealed "
            "record from every state and federal criminal history database to which the repository "
            "contributed the record."
        ),
    ),
    (
        "p23",
        "federal-records",
        "partial",
        (
            "SEC. 6. No state or local agency shall disclose a sealed record, or any information "
            "contained in a sealed record, to U.S. Immigration and Customs Enforcement, U.S. Customs "
            "and Border Protection, or any other component of the United States Department of "
            "Homeland Security."
        ),
    ),
    (
        "p24",
        "federal-records",
        "partial",
        (
            "§ 4. A law enforcement agency shall not provide information about a person whose "
            "conviction has been expunged to federal immigration authorities, unless the agency is "
            "presented with a warrant signed by a judge."
        ),
    ),
    (
        "p25",
        "federal-records",
        "present",
        (
            "Section 7. (a) When a conviction is vacated or expunged, the clerk shall, within "
            "fifteen days, notify the Federal Bureau of Investigation and request deletion of the "
            "conviction from all federal databases.\n"
            "(b) No agency of this state shall share a vacated or expunged record with the "
            "Department of Homeland Security or any of its agents."
        ),
    ),
    (
        "p26",
        "federal-records",
        "present",
        (
            "Sec. 2. Definitions. As used in this act:\n"
            '(1) "Cleared record" means a record sealed, expunged, or set aside under this act.\n'
            '(2) "Federal immigration authority" means any officer, employee, or contractor of U.S. '
            "Immigration and Customs Enforcement or U.S. Customs and Border Protection.\n"
            "Sec. 3. (a) The bureau shall send a removal notice for each cleared record to the "
            "national criminal history records system maintained by the Federal Bureau of "
            "Investigation.\n"
            "(b) The bureau shall not grant any federal immigration authority access to a cleared "
            "record, whether by direct database connection, contract, or request."
        ),
    ),
    (
        "p27",
        "federal-records",
        "contrary",
        (
            "(g) Notwithstanding the sealing of a record under this section, the clerk of court "
            "shall continue to forward the fingerprints and final disposition of the sealed case to "
            "the Federal Bureau of Investigation."
        ),
    ),
    (
        "p28",
        "federal-records",
        "contrary",
        (
            "Sec. 9. When a person who is not a citizen of the United States is arrested and booked, "
            "the arresting agency shall notify U.S. Immigration and Customs Enforcement of the "
            "arrest within forty-eight hours."
        ),
    ),
    (
        "p29",
        "federal-records",
        "contrary",
        (
            "Section 5. Records sealed under this chapter shall remain available to federal law "
            "enforcement agencies, including the Department of Homeland Security, for any lawful "
            "purpose."
        ),
    ),
    (
        "p30",
        "federal-records",
        "contrary",
        (
            "§ 11-1051. A. No official or agency of this state or a county, city, or town may adopt "
            "or enforce a policy that limits or restricts the sharing of information with federal "
            "immigration authorities regarding the immigration status of any person.\n"
            "B. A county or city that violates subsection A is ineligible for state shared revenue."
        ),
    ),
    (
        "p31",
        "federal-records",
        "absent",
        (
            "Sec. 3. Upon the arrest of any person for a felony or class A misdemeanor, the "
            "arresting agency shall take the person's fingerprints and forward them to the central "
            "repository and to the Federal Bureau of Investigation within seventy-two hours."
        ),
    ),
    (
        "p32",
        "federal-records",
        "absent",
        (
            "(d) Nothing in this section shall be construed to prohibit the department from "
            "reporting information to the extent required by federal law."
        ),
    ),
    (
        "p33",
        "federal-records",
        "absent",
        (
            "SECTION 4. As a condition of receiving funds under the Edward Byrne Memorial Justice "
            "Assistance Grant program, the department shall submit to the United States Department "
            "of Justice the reports the grant agreement requires."
        ),
    ),
    (
        "p34",
        "federal-records",
        "absent",
        (
            "Sec. 8. No agency shall disclose a sealed record, or the fact that a record has been "
            "sealed, to a prospective employer, landlord, or occupational licensing board."
        ),
    ),
    (
        "p35",
        "federal-records",
        "absent",
        (
            "Section 3. A peace officer shall not inquire into the immigration status of a crime "
            "victim or witness, and shall not detain a person solely on the basis of a civil "
            "immigration detainer."
        ),
    ),
    (
        "p36",
        "federal-records",
        "contrary",
        (
            "Sec. 6. (a) An agency may not disclose sealed criminal history record information "
            "except as provided in this section.\n"
            "(b) Notwithstanding subsection (a), an agency may provide criminal history record "
            "information, including information about a sealed conviction, to the United States "
            "Department of Homeland Security upon request."
        ),
    ),
    (
        "p37",
        "federal-records",
        "contrary",
        (
            "§ 5. (a) The department shall notify the Federal Bureau of Investigation of each "
            "expungement ordered under this act and request that the record be removed from federal "
            "files.\n"
            "(b) Provided, however, that nothing in this act restricts the sharing of criminal "
            "history information with federal immigration authorities."
        ),
    ),
    (
        "p38",
        "federal-records",
        "partial",
        (
            "Sec. 12. A law enforcement agency shall not respond to a request from federal "
            "immigration authorities for notice of the release date of any person in its custody, "
            "and shall not hold a person on the basis of an immigration detainer."
        ),
    ),
    (
        "p39",
        "federal-records",
        "absent",
        (
            "SEC. 7. Records sealed under this section shall be removed from the public website of "
            "the state judicial branch and from the state criminal history repository's public "
            "search system within sixty days."
        ),
    ),
    (
        "p40",
        "federal-records",
        "contrary",
        (
            "(3) An agency may disclose information from an expunged record to federal authorities "
            "if required by federal law."
        ),
    ),
    (
        "p41",
        "federal-records",
        "present",
        (
            "Sec. 4. (a) The bureau shall request that the Federal Bureau of Investigation remove "
            "each expunged record from the Interstate Identification Index.\n"
            "(b) No agency of this state shall provide an expunged record to any federal agency for "
            "the purpose of immigration enforcement; provided, however, that this subsection does "
            "not apply to any disclosure required by federal law."
        ),
    ),
    (
        "p42",
        "federal-records",
        "absent",
        (
            "Section 8. The department may accept federal funds and enter into agreements with the "
            "Federal Bureau of Investigation for the purpose of automating the clearance of eligible "
            "records."
        ),
    ),
    (
        "v01",
        "court-jurisdiction",
        "present",
        (
            "SEC. 5. Nothing in this chapter shall be construed to limit the jurisdiction of a court "
            "to hear and decide a motion to vacate a judgment concerning a conviction that has been "
            "expunged under this chapter."
        ),
    ),
    (
        "v02",
        "court-jurisdiction",
        "present",
        (
            "SEC. 5. Nothing in this chapter shall be construed to limit the authority of a court to "
            "hear a motion to vacate a conviction that has been expunged."
        ),
    ),
    (
        "v03",
        "court-jurisdiction",
        "present",
        (
            "(2) The court in which the guilty plea was entered has jurisdiction and authority to "
            "decide a motion under subsection (1) even though the record of the case has been sealed."
        ),
    ),
    (
        "v04",
        "court-jurisdiction",
        "present",
        (
            "(2) The court in which the guilty plea was entered retains jurisdiction to decide a "
            "motion to withdraw the plea even though the record of the case has been sealed."
        ),
    ),
    (
        "v05",
        "court-jurisdiction",
        "contrary",
        (
            "(e) The expungement of a record under this section shall divest the court of "
            "jurisdiction over the case."
        ),
    ),
    (
        "v06",
        "court-jurisdiction",
        "contrary",
        (
            "(e) The sealing of a record under this section divests the trial court of jurisdiction "
            "over the matter."
        ),
    ),
    (
        "v07",
        "court-jurisdiction",
        "absent",
        (
            "(a) The juvenile court shall retain jurisdiction over any person adjudicated delinquent "
            "until the person attains twenty-one years of age."
        ),
    ),
    (
        "v08",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 3. Upon discharge from probation, the jurisdiction of the court over the defendant "
            "terminates, and the court shall order the record of the case sealed."
        ),
    ),
    (
        "v09",
        "federal-records",
        "contrary",
        (
            "(g) The clerk of court shall forward the fingerprints and final disposition of each "
            "sealed case to the Federal Bureau of Investigation."
        ),
    ),
    (
        "v10",
        "federal-records",
        "contrary",
        (
            "(g) Sealing under this section does not relieve the department of its duty to report "
            "sealed convictions to the Federal Bureau of Investigation."
        ),
    ),
    (
        "v11",
        "public-education",
        "partial",
        ("Sec. 7. The court shall post notice of the availability of sealing on its public website."),
    ),
    (
        "v12",
        "public-education",
        "absent",
        ("Sec. 7. Sealed records shall be removed from the public website of the judicial branch."),
    ),
    (
        "v13",
        "federal-records",
        "contrary",
        (
            "(b) Notwithstanding subsection (a), sealed records shall be available to criminal "
            "justice agencies, including federal agencies, for criminal justice purposes."
        ),
    ),
    (
        "v14",
        "federal-records",
        "contrary",
        (
            "(b) Notwithstanding subsection (a), the department may share sealed records with "
            "federal agencies."
        ),
    ),
    (
        "v15",
        "federal-records",
        "contrary",
        (
            "(e) Nothing in this section prohibits any state or local agency from sending to, or "
            "receiving from, U.S. Immigration and Customs Enforcement information regarding the "
            "citizenship or immigration status of an individual."
        ),
    ),
    (
        "v16",
        "court-jurisdiction",
        "present",
        (
            "(c) After the record is expunged, the court shall retain jurisdiction to enforce its "
            "orders and to hear any motion for relief from the judgment."
        ),
    ),
    (
        "v17",
        "court-jurisdiction",
        "contrary",
        (
            "(c) Upon expungement, the case shall be closed, and the court shall have no further "
            "jurisdiction except to enforce the expungement order."
        ),
    ),
    (
        "v18",
        "court-jurisdiction",
        "absent",
        (
            "(4) The court retains jurisdiction over the case until the defendant has paid all "
            "fines, fees, and restitution, after which the record shall be sealed."
        ),
    ),
    (
        "v19",
        "federal-records",
        "contrary",
        (
            "Sec. 5. The department shall notify the Federal Bureau of Investigation of each sealing "
            "order and request that the FBI seal or remove the record; provided, however, that the "
            "department shall continue to share sealed records with the Department of Homeland "
            "Security upon request."
        ),
    ),
    (
        "v20",
        "federal-records",
        "contrary",
        (
            "(3) An agency may disclose information from an expunged record to the Department of "
            "Homeland Security if required by federal law."
        ),
    ),
    (
        "v21",
        "court-jurisdiction",
        "absent",
        (
            "(f) A conviction set aside under this section may be pleaded and proved in any "
            "subsequent prosecution, and the court retains jurisdiction to vacate the set-aside "
            "order if the person is convicted of a new offense."
        ),
    ),
    (
        "v22",
        "court-jurisdiction",
        "contrary",
        (
            "(b) The court may not entertain a petition for post-conviction relief filed more than "
            "two years after the judgment becomes final."
        ),
    ),
    (
        "v23",
        "court-jurisdiction",
        "contrary",
        ("(e) The sealing of a record under this section divests the court of jurisdiction over the case."),
    ),
    (
        "v24",
        "court-jurisdiction",
        "contrary",
        (
            "(e) After the record is sealed, the court shall be without jurisdiction to hear any "
            "motion concerning the conviction."
        ),
    ),
    (
        "v25",
        "court-jurisdiction",
        "contrary",
        ("(e) The trial court shall have no jurisdiction over a case once the record has been expunged."),
    ),
    (
        "v26",
        "court-jurisdiction",
        "present",
        (
            "(2) The sentencing court has jurisdiction to hear a motion to vacate a conviction that "
            "has been expunged under this chapter."
        ),
    ),
    (
        "v27",
        "court-jurisdiction",
        "present",
        (
            "(2) The court retains authority to hear a motion to vacate a conviction that has been "
            "expunged under this chapter."
        ),
    ),
    (
        "v28",
        "court-jurisdiction",
        "absent",
        ("(h) The court retains jurisdiction to modify or vacate any order entered under this section."),
    ),
    (
        "v29",
        "court-jurisdiction",
        "absent",
        (
            "(h) The court retains jurisdiction to vacate an expungement order obtained by fraud or "
            "misrepresentation."
        ),
    ),
    (
        "v30",
        "federal-records",
        "contrary",
        (
            "(c) The department shall submit the records of sealed convictions to the Federal Bureau "
            "of Investigation for inclusion in the Interstate Identification Index."
        ),
    ),
    (
        "v31",
        "federal-records",
        "contrary",
        (
            "(c) The sheriff shall notify U.S. Immigration and Customs Enforcement of the release "
            "date of any inmate who is not a citizen of the United States."
        ),
    ),
    (
        "v32",
        "federal-records",
        "partial",
        ("Sec. 4. No agency shall share a sealed record with ICE or CBP."),
    ),
    (
        "v33",
        "federal-records",
        "partial",
        ("Sec. 4. No agency shall share an expunged record with immigration officials."),
    ),
    (
        "v34",
        "federal-records",
        "partial",
        (
            "Sec. 4. The department shall notify the FBI of each expungement and request that the "
            "FBI expunge its copy of the record."
        ),
    ),
    (
        "v35",
        "federal-records",
        "partial",
        (
            "Sec. 4. The department shall request removal of each expunged record from national "
            "criminal history databases."
        ),
    ),
    (
        "v36",
        "federal-records",
        "present",
        (
            "Sec. 4. (a) The department shall transmit each expungement order to the FBI.\n"
            "Sec. 9. Expunged records shall not be disclosed to any federal agency for purposes of "
            "civil immigration enforcement."
        ),
    ),
    (
        "v37",
        "federal-records",
        "partial",
        ("Sec. 4. Sealed records shall not be made available to any federal agency."),
    ),
    (
        "v38",
        "federal-records",
        "contrary",
        (
            "(b) A criminal justice agency may not disclose a sealed record to the Department of "
            "Homeland Security, except that the agency shall report the disposition of a sealed case "
            "to the Federal Bureau of Investigation."
        ),
    ),
    (
        "v39",
        "record-access",
        "absent",
        ("(e) The court may unseal the record upon motion of the prosecuting attorney."),
    ),
    (
        "v40",
        "court-jurisdiction",
        "present",
        (
            "(e) The sealing of a record under this section divests the trial court of jurisdiction "
            "over the matter, except that the court may hear a motion to vacate the conviction."
        ),
    ),
    (
        "v41",
        "court-jurisdiction",
        "absent",
        (
            "(b) The court shall retain jurisdiction over the defendant until the defendant is "
            "discharged from probation, whereupon jurisdiction shall terminate."
        ),
    ),
    (
        "v42",
        "court-jurisdiction",
        "present",
        (
            "(c) A person whose conviction has been sealed may, notwithstanding the sealing, file a "
            "motion to vacate the conviction in the court that entered it, and that court may grant "
            "the motion."
        ),
    ),
]


TEXTS = probe_texts(PROBES)


@pytest.mark.parametrize(("name", "practice", "status", "text"), PROBES, ids=[p[0] for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(name, practice, status, text):
    assert line_findings(text)[practice].status == status


def test_a_court_kept_able_to_hear_a_motion_grants_no_vacatur_itself():
    statuses = {p: f.status for p, f in line_findings(TEXTS["p02"]).items()}
    assert statuses["vacatur-for-cause"] == "absent"


def test_an_end_of_jurisdiction_whose_exception_lets_the_prosecutor_unseal_says_nothing_of_access():
    statuses = {p: f.status for p, f in line_findings(TEXTS["p10"]).items()}
    assert statuses["record-access"] == "absent"
    assert statuses["court-jurisdiction"] == "contrary"


def test_records_taken_off_a_public_website_are_no_public_education():
    statuses = {p: f.status for p, f in line_findings(TEXTS["v12"]).items()}
    assert statuses["public-education"] == "absent"


def test_a_dhs_bar_whose_exception_sends_the_sealed_case_to_the_fbi_is_not_the_practice():
    statuses = {p: f.status for p, f in line_findings(TEXTS["v38"]).items()}
    assert statuses["federal-records"] == "contrary"


def test_an_item_that_carries_its_lead_is_quoted_once_and_two_sentences_at_the_decisive_one():
    quote = line_findings(TEXTS["p04"])["court-jurisdiction"].evidence[0].quote
    assert quote.count("shall retain jurisdiction over:") == 1
    evidence = line_findings(TEXTS["p01"])["court-jurisdiction"].evidence[0]
    assert evidence.location == "line 3"  # subsection (b), where the court keeps jurisdiction


def test_a_list_of_exceptions_that_names_a_federal_agency_deciding_immigration_cases_works_against():
    # the bar's third labelled exception lets the records reach immigration adjudicators: not a ban on sharing
    text = (
        "(d) Expunged records shall not be released to any person or agency except: (1) a court; (2) the "
        "person whose record was expunged; and (3) an agency of the federal government deciding a petition "
        "for an immigration benefit."
    )
    finding = line_findings(text)["federal-records"]
    assert finding.status == "contrary"
    assert finding.evidence[0].quote.startswith("(d) Expunged records shall not be released")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # cleared records kept open to the FBI: a federal recipient named, not a removal
        (
            "(d) Sealed records shall remain available to criminal justice agencies, including the Federal "
            "Bureau of Investigation, for the administration of criminal justice.",
            "contrary",
        ),
        # the order sent so that the FBI removes the record is still the removal half
        (
            "(d) Within 30 days after a record is sealed, the department shall send the order to the Federal "
            "Bureau of Investigation and request that the record be removed from the Interstate "
            "Identification Index.",
            "partial",
        ),
    ],
)
def test_records_kept_open_to_the_fbi_are_no_removal(text, status):
    assert line_findings(text)["federal-records"].status == status
