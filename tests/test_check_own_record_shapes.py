"""`billkit check` on the person's own access to a cleared record, in the shapes real state codes give it,
narrow it or deny it.

The texts are a critical reader's probes, written for these tests (no source), in the drafting of
particular state traditions; the reader wrote the expected status before the first run, without seeing the
corpus texts, and judged only the tool's output. They pin down, among others:
- grants in provisos and exceptions: "provided, however, that upon the written request of the person whose
  record was sealed, the commissioner shall forthwith furnish to such person, or to an attorney designated
  by such person in writing, a copy of such record, and no order of the court shall be required therefor";
  "except that the petitioner may, upon request and without further order of the court, inspect"; records
  treated as never existing "Except as to the person whose record was expunged and that person's counsel,
  to whom the record shall remain available";
- closures: records treated as never existing "as to every person, the petitioner included", and "no
  clerk, agency, or official shall thereafter furnish any such record ... except pursuant to a further
  order of the court"; information the department "may disclose ... only to a criminal justice agency ...,
  and to no other person";
- narrowed routes: a copy "for use in a proceeding before, or in an application to, a federal agency", and
  a release "only in accordance with, and subject to the conditions of, Section ..." (``partial``);
- federal recipients: "an officer or agent of the United States department of homeland security" among
  those by whom inspection "may be made only".

Rows the rules still read otherwise are left out, and named in the session's note.


"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "x01": (
        "§ 160.66. Sealing upon vacatur or set-aside; duties of clerk; availability of records.\n\n1. "
        "Upon the entry of an order under section 160.65 of this article, unless the court, on motion"
        " of the people and for reasons stated on the record, determines that the interests of "
        "justice require otherwise, the clerk of the court shall forthwith notify the commissioner of"
        " the division of criminal justice services and the heads of every police department and "
        "prosecutor's office that participated in the action that the order has been entered and that"
        " the record of the action is sealed.\n\n2. Upon receipt of such notification, every official "
        "record and paper relating to the arrest, the prosecution and the judgment, together with all"
        " duplicates and copies thereof, on file with the division, any court, police agency or "
        "prosecutor's office, shall be sealed and shall not be made available to any person or public"
        " or private agency, except as set forth in subdivision three of this section.\n\n3. A record "
        "sealed pursuant to this section shall be made available:\n(a) to the person named in the "
        "order, or to an agent designated by such person in a writing acknowledged before a notary "
        "public, upon request and without fee;\n(b) to a prosecutor, where the person named in the "
        "order is a defendant in a pending criminal action and the court in which that action is "
        "pending so directs; and\n(c) to the state board of parole, in connection with a pending "
        "application for parole or conditional release."
    ),
    "x03": (
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW. [Brackets] indicate matter "
        "deleted from existing law.\n\nSECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, "
        "That the Laws of Maryland read as follows:\n\nArticle – Criminal Procedure\n\n10–110.2.\n\n(a) In "
        'this section, "shielded record" means a court record or police record that has been shielded'
        " under § 10–110.1 of this subtitle.\n\n(b) Except as provided in subsection (c) of this "
        "section, a custodian may not open, review, or disclose a shielded record to any person.\n\n(c)"
        " (1) A custodian shall make a shielded record available to:\n\n(i) a criminal justice unit, "
        "for a legitimate criminal justice purpose; and\n\n(ii) the person who is the subject of the "
        "shielded record, OR THAT PERSON'S ATTORNEY, ON WRITTEN REQUEST [, on presentation of an "
        "order of the District Court or a circuit court authorizing the disclosure].\n\n(2) A PERSON "
        "DESCRIBED IN PARAGRAPH (1)(II) OF THIS SUBSECTION MAY NOT BE REQUIRED TO FILE A PETITION OR "
        "OBTAIN AN ORDER OF COURT AS A CONDITION OF ACCESS TO A SHIELDED RECORD.\n\nSECTION 2. AND BE "
        "IT FURTHER ENACTED, That this Act shall take effect October 1."
    ),
    "x04": (
        "Matter in [brackets] is deleted from existing law; matter in CAPITALS is new.\n\nSECTION 4. "
        "Section 22-5-412 (c), Revised Statutes, is amended to read:\n\n(c) Criminal history record "
        "information that has been sealed under this part is confidential and may be disclosed only "
        "to:\n\n(1) A criminal justice agency, for the administration of criminal justice;\n\n[(2) The "
        "individual who is the subject of the information, or the individual's attorney, upon proof "
        "of identity;]\n\n[(3)] (2) An agency authorized by statute to obtain the information for the "
        "purpose of licensing a person to care for children or vulnerable adults; and\n\n[(4)] (3) A "
        "court, in connection with a criminal proceeding pending against the individual who is the "
        "subject of the information.\n\n(d) A person who knowingly discloses sealed criminal history "
        "record information other than as permitted by subsection (c) of this section commits a class"
        " 2 misdemeanor.\n\nSECTION 5. This act applies to requests for information received on or "
        "after the effective date of this act."
    ),
    "x05": (
        "943.0587 Sealed criminal history records; certificate to subject.—\n\n(1) DEFINITION.—As used "
        'in this section, the term "sealed record" means a criminal history record that a court of '
        "this state has ordered sealed under s. 943.059.\n\n(2) CONFIDENTIALITY.—A sealed record is "
        "confidential and exempt from s. 119.07(1) and s. 24(a), Art. I of the State Constitution. "
        "The department may disclose the contents of a sealed record only to criminal justice "
        "agencies for their respective criminal justice purposes.\n\n(3) CERTIFICATE.—Upon the written "
        "request of the person whose criminal history record has been sealed, accompanied by a full "
        "set of the person's fingerprints and the processing fee prescribed in s. 943.053(3), the "
        "department shall issue to the person a certificate stating only that a criminal history "
        "record in the person's name has been sealed, the date of the sealing order, and the name of "
        "the court that entered it. The certificate may be presented to any employer, licensing "
        "agency, or other entity as proof that the record has been sealed.\n\n(4) RULES.—The department"
        " shall adopt rules to administer this section."
    ),
    "x06": (
        "NRS 179A.1535  Subject of record may obtain copy of sealed record; fingerprints; fee.\n\n1. "
        "Notwithstanding the provisions of NRS 179.275 and of any order sealing a record of criminal "
        "history, the Central Repository shall, upon the written request of the person who is the "
        "subject of the record, furnish to that person a complete copy of the person's record of "
        "criminal history, including every entry that has been sealed, if the person:\n\n(a) Submits a "
        "complete set of the person's fingerprints, taken by a law enforcement agency or by a vendor "
        "approved by the Central Repository; and\n\n(b) Pays the fee established by regulation of the "
        "Director, which must not exceed the reasonable cost of processing the request.\n\n2. Each page"
        " of a copy furnished pursuant to subsection 1 must be marked to show that it contains sealed"
        " information furnished only to the subject of the record.\n\n3. The Director may waive the fee"
        " required by paragraph (b) of subsection 1 for a person who demonstrates that he or she is "
        "indigent.\n\n4. The Central Repository shall not require a person who requests a copy pursuant"
        " to this section to state the purpose for which the copy is sought."
    ),
    "x07": (
        "Sec. 2953.541. (A) Except as otherwise provided in division (B) of this section, upon the "
        "issuance of an order under section 2953.52 of the Revised Code directing the sealing of "
        "official records, no officer or employee of the state or of any political subdivision of the"
        " state shall knowingly release, disseminate, or otherwise make the sealed records or any "
        "information contained in them available to, or discuss any of them with, any person or "
        "governmental entity.\n\n(B) Inspection of the sealed records included in the order may be made"
        " only by the following persons or for the following purposes:\n\n(1) By a law enforcement "
        "officer or prosecutor, in the investigation or prosecution of an offense alleged to have "
        "been committed by the person who is the subject of the records;\n\n(2) By the bureau of "
        "criminal identification and investigation, for the purpose of responding to a request made "
        "under section 109.572 of the Revised Code concerning a position involving the care of "
        "children;\n\n(3) By a court, in determining the sentence to be imposed upon the person who is "
        "the subject of the records for a later offense;\n\n(4) By an officer or agent of the United "
        "States department of homeland security, upon request, for the purpose of determining the "
        "admissibility or removability of the person who is the subject of the records.\n\n(C) Whoever "
        "violates division (A) of this section is guilty of divulging confidential information, a "
        "misdemeanor of the fourth degree."
    ),
    "x09": (
        '13-4-301. Definitions. In this part:\n\n(1) "Criminal justice agency" means a court, or a '
        "governmental agency or a subunit of one, that performs the administration of criminal "
        "justice under a statute or executive order and allocates a substantial part of its annual "
        'budget to that function.\n\n(2) "Criminal justice purpose" means the detection, apprehension, '
        "detention, pretrial release, post-trial release, prosecution, adjudication, correctional "
        "supervision, or rehabilitation of an accused person or criminal offender, and includes the "
        "collection, storage, and dissemination of criminal history record information for those "
        'activities.\n\n(3) "Sealed information" means criminal history record information that is the '
        "subject of an order entered under 13-4-304.\n\n13-4-305. Sealed information; release. (a) "
        "Sealed information may be released only to a criminal justice agency and only for a criminal"
        " justice purpose.\n\n(b) In response to any other request for sealed information, from "
        "whatever source and for whatever reason, the custodian shall reply that no record "
        "exists.\n\n(c) A custodian who releases sealed information in violation of this section is "
        "subject to a civil penalty not to exceed $1,000 for each violation."
    ),
    "x11": (
        "Section 100V. (a) Except as otherwise provided in this section, no record sealed under "
        "section 100U shall be made available by the commissioner, a clerk of court, a probation "
        "officer or a police department to any person or agency without an order of the court entered"
        " after notice and hearing; provided, however, that upon the written request of the person "
        "whose record was sealed, the commissioner shall forthwith furnish to such person, or to an "
        "attorney designated by such person in writing, a copy of such record, and no order of the "
        "court shall be required therefor.\n\n(b) A copy furnished under the proviso in subsection (a) "
        'shall bear the legend "sealed record — furnished to record subject" on each page.\n\n(c) '
        "Nothing in this section shall be construed to permit an employer, landlord or licensing "
        "authority to require a person to obtain or produce a copy of a sealed record as a condition "
        "of employment, tenancy or licensure, and any such requirement shall be an unlawful practice "
        "under section 4 of chapter 151B."
    ),
    "x12": (
        "Rule 4.35. Sealed Criminal Case Files.\n\n(a) Scope. This rule governs the inspection of "
        "criminal case files that have been sealed by order of court under any statute or rule.\n\n(b) "
        "Inspection Prohibited. A sealed file, the index entry for it, and any electronic record of "
        "the case shall not be open to inspection or copying by any person, including a party to the "
        "case or the party's attorney, except upon the written motion of the person seeking access "
        "and an order of the court finding that good cause has been shown.\n\n(c) Motion by Defendant. "
        "A motion under subdivision (b) by the defendant whose case was sealed may be made by letter "
        "addressed to the presiding judge, shall not require a filing fee, and may be decided without"
        " a hearing. The order granting the motion shall specify the documents that may be inspected "
        "or copied.\n\n(d) Court Personnel. Nothing in this rule restricts access by judges and court "
        "staff in the performance of their official duties.\n\nComment: Subdivision (c) is intended to "
        "make the motion procedure simple for self-represented defendants."
    ),
    "x13": (
        "Rule 2.520. Access to Sealed Records in Criminal Cases\n\n(a) Definitions\n\nAs used in this "
        'rule, "sealed criminal record" means a file, or any part of a file, in a criminal case that '
        "has been sealed under a statute providing relief after conviction, dismissal, or acquittal; "
        'and "record subject" means the person who was the defendant in that case.\n\n(b) Public '
        "access\n\nA sealed criminal record is not open to the public, and the clerk must not disclose "
        "its existence in response to an inquiry from any member of the public.\n\n(c) Access without "
        "motion\n\nNotwithstanding (b) and rule 2.551, the clerk must permit the record subject, and "
        "any attorney of record for the record subject, to inspect a sealed criminal record, and must"
        " furnish copies, including certified copies, at the fees ordinarily charged for copies, upon"
        " proof of identity. No motion, application, or order is required for access under this "
        "subdivision.\n\n(d) Other persons\n\nAny other person may obtain access to a sealed criminal "
        "record only by motion under rule 2.551(h)."
    ),
    "x14": (
        "Sec. 3. (1) Upon the entry of an order under section 1, the applicant, for purposes of the "
        "law, shall be considered not to have been previously convicted, except as provided in this "
        "section and in section 3a.\n\n(2) The arrest, charge, and proceedings resulting in the "
        "conviction that has been set aside shall be treated as though they had not occurred, and the"
        " applicant may lawfully respond to any inquiry, other than an inquiry made by a court or a "
        "criminal justice agency, as though the conviction had not occurred.\n\n(3) The setting aside "
        "of a conviction under this act does not relieve the applicant of any obligation to pay "
        "restitution, fines, or costs ordered in the case, and does not affect any civil liability "
        "arising out of the offense.\n\n(4) The clerk of the court shall send a certified copy of the "
        "order to the department of state police, which shall, within 60 days, remove the conviction "
        "from any criminal history record that it makes available to the public on the internet or by"
        " name-based search."
    ),
    "x15": (
        "Art. 974.2. Effect of expungement; availability of expunged record\n\nA. An expunged record of"
        " arrest or conviction is confidential and shall not be considered a public record for any "
        "purpose.\n\nB. Except as to the person whose record was expunged and that person's counsel, to"
        " whom the record shall remain available on written request accompanied by proof of identity,"
        " all records ordered expunged under this Title shall, as to every other person and entity "
        "not enumerated in Article 973.1, be treated as though they had never existed.\n\nC. No person "
        "whose record of arrest or conviction has been expunged shall be required to disclose the "
        "expunged arrest or conviction in any application for employment, licensure, or housing, "
        "except as provided by Article 973.1.\n\nD. The clerk of court and each agency named in the "
        "order shall comply with Paragraph B of this Article within thirty days after receipt of the "
        "order, without cost to the person whose record was expunged."
    ),
    "x16": (
        "40-32-104. Effect of order of expunction.\n\n(a) An order of expunction entered under § "
        "40-32-103 restores the petitioner, in the contemplation of the law, to the status the "
        "petitioner occupied before the arrest, indictment, or information.\n\n(b) Upon the entry of an"
        " order of expunction, the records ordered expunged shall, for all purposes and as to every "
        "person, the petitioner included, be treated as though they had never existed; and no clerk, "
        "agency, or official shall thereafter furnish any such record, or acknowledge that it ever "
        "existed, in response to any request, except pursuant to a further order of the court that "
        "entered the order of expunction, made upon motion and for good cause shown.\n\n(c) Nothing in "
        "subsection (b) shall prevent the bureau from retaining a nonpublic record of the expunged "
        "arrest or conviction, which may be made available only to criminal justice agencies for the "
        "purpose of determining whether a person is eligible for diversion or expunction under this "
        "part."
    ),
    "x17": (
        "24-72-711. Sealed records - access by person in interest - limitation to review and "
        "challenge - definition.\n\n(1)(a) The person in interest may inspect the person's sealed "
        "criminal justice records, and may obtain one copy of them, solely for the purpose of "
        "reviewing their accuracy and completeness and of challenging any entry that the person "
        "believes to be inaccurate or incomplete pursuant to section 24-72-307.\n\n(b) A copy furnished"
        ' pursuant to subsection (1)(a) of this section must bear the words "FOR REVIEW AND CHALLENGE'
        ' ONLY", and the person in interest shall not use the copy, or permit it to be used, for any '
        "other purpose.\n\n(2) Except as provided in subsection (1) of this section, inspection of "
        "sealed records is permitted only as provided in section 24-72-706.\n\n(3) As used in this "
        'section, "person in interest" means the person who is the subject of a criminal justice '
        "record or the person's designated representative."
    ),
    "x18": (
        "NEW SECTION. Sec. 5. A new section is added to chapter 9.96 RCW to read as follows:\n\n(1) "
        "Notwithstanding RCW 10.97.060 and any order vacating a record of conviction, the clerk of "
        "the court and the Washington state patrol shall, upon request of the person who is the "
        "subject of the vacated record, furnish to that person a certified copy of the record of the "
        "conviction, including the charging document, the statement of defendant on plea of guilty, "
        "and the judgment and sentence, for use in a proceeding before, or in an application to, a "
        "federal agency or court under the immigration laws of the United States.\n\n(2) A record "
        "furnished under subsection (1) of this section may not be used for any purpose other than "
        "the purpose stated in that subsection, and the person's request must so certify.\n\n(3) Except"
        " as provided in subsection (1) of this section, a vacated record may be disclosed only as "
        "provided in RCW 10.97.050."
    ),
    "x22": (
        "77-40b-305. Release of expunged records.\n\n(1) Except as provided in Subsection (2) and in "
        "Section 77-40b-306, an agency that holds an expunged record may not divulge the existence of"
        " the record, or release any information contained in the record, to any person.\n\n(2) An "
        "agency may release an expunged record to the person who is the subject of the record only in"
        " accordance with, and subject to the conditions of, Section 77-40b-308.\n\n(3) An agency that "
        "receives a request for an expunged record that it may not release under this section shall "
        "respond that no record exists.\n\n(4) A person who knowingly releases an expunged record in "
        "violation of this section is guilty of a class A misdemeanor."
    ),
    "x23": (
        "(5) Upon the entry of an order sealing records under this section, the clerk of the court "
        "and each custodian named in the order shall remove the records from public view and shall "
        "reply to any inquiry that no such records exist. Inspection of the records included in an "
        "order of sealing may thereafter be permitted only by the court that entered the order, and "
        "only upon petition filed by the person who is the subject of the records, by the prosecuting"
        " attorney, or by a criminal justice agency that shows a need for the records in a pending "
        "investigation. The court may grant such a petition upon a finding that the interests of "
        "justice so require, and the order shall name each person permitted to inspect the records "
        "and the purpose for which they may be inspected.\n\n(6) Nothing in this section shall prevent "
        "a custodian from inspecting the custodian's own records as necessary for the discharge of "
        "the custodian's official duties."
    ),
    "x24": (
        "§ 15A-145.9. Confidentiality of records of set-aside convictions.\n\n(a) Records of a "
        "conviction set aside under G.S. 15A-145.8 shall be kept by the clerk of superior court in a "
        "secure file and shall not be released, except upon order of the court, to any person other "
        "than:\n\n(1) The person whose conviction was set aside.\n\n(2) An attorney representing the "
        "person described in subdivision (1) of this subsection, upon written authorization of that "
        "person.\n\n(3) A district attorney, for the purpose of determining whether a defendant in a "
        "pending criminal case previously received relief under this Article.\n\n(b) A person described"
        " in subdivision (1) or (2) of subsection (a) of this section may obtain copies, including "
        "certified copies, of the records upon payment of the fees prescribed by G.S. 7A-304.\n\n(c) "
        "The Administrative Office of the Courts shall adopt procedures to ensure that records kept "
        "under this section are not included in any bulk data furnished to the public."
    ),
    "x25": (
        "(m) The Kansas bureau of investigation shall furnish a copy of an expunged record to the "
        "person who is the subject of the record, or to that person's attorney, upon written request "
        "accompanied by a certified copy of an order of the district court that granted the "
        "expungement directing that the record be released to the requester. A request that is not "
        "accompanied by such an order shall be denied.\n\n(n) Except as provided in subsections (m) and"
        " (o), the bureau and every other custodian shall not disclose the existence of an expunged "
        "record to any person, and shall respond to any request for it by stating that no record "
        "exists.\n\n(o) An expunged record may be disclosed to a criminal justice agency for use in the"
        " investigation or prosecution of a subsequent offense committed by the person who is the "
        "subject of the record."
    ),
    "x27": (
        "Sec. 411.0847. RIGHT OF INDIVIDUAL TO OBTAIN OWN RECORD; EXCEPTION.\n\n(a) Except as provided "
        "by Subsection (c), an individual is entitled to obtain from the department a copy of any "
        "criminal history record information maintained by the department about the individual, on "
        "submission of a written request, a set of the individual's fingerprints, and the fee "
        "prescribed by Section 411.088.\n\n(b) The department shall furnish the information not later "
        "than the 30th day after the date the department receives the request.\n\n(c) Subsection (a) "
        "does not apply to criminal history record information that is the subject of an order of "
        "nondisclosure or sealing issued under Subchapter E-1. The department may disclose that "
        "information only to a criminal justice agency for a criminal justice purpose, and to no "
        "other person.\n\n(d) The department may adopt rules to implement this section."
    ),
    "x29": (
        "610.127. 1. Records of an arrest that did not result in the filing of a charge within one "
        "year after the date of arrest shall be closed records.\n\n2. A closed record shall not be "
        "included in any report of criminal history furnished to a member of the public, an employer,"
        " a landlord, or a licensing authority, and no such person or entity shall inquire about or "
        "consider an arrest that is the subject of a closed record.\n\n3. Nothing in this section shall"
        " be construed to limit access to closed records by a criminal justice agency for a criminal "
        "justice purpose, or to prohibit a court from considering a closed record in determining bail"
        " or sentence.\n\n4. A person whose arrest record is closed may answer any inquiry by an "
        "employer, landlord, or licensing authority as though the arrest had not occurred.\n\n5. This "
        "section applies to arrests made on or after August 28, 2027."
    ),
    "x30": (
        "(20 ILCS 2630/13.7 new)\nSec. 13.7. Sealed and expunged records; federal databases; access by"
        " petitioner.\n\n(a) Within 30 days after receiving an order to seal or expunge entered under "
        "Section 5.2 of this Act, the Department shall request that the Federal Bureau of "
        "Investigation remove the sealed or expunged arrest, charge, and disposition information from"
        " the Interstate Identification Index and from every other federal database to which the "
        "Department contributed it, and shall forward to the Federal Bureau of Investigation a copy "
        "of the order.\n\n(b) Neither the Department nor any State or local agency shall disclose "
        "sealed or expunged records, or information derived from them, to the United States "
        "Department of Homeland Security or any of its components, including Immigration and Customs "
        "Enforcement and Customs and Border Protection, or provide any of those agencies with direct "
        "or automated access to a database containing such records, except as required by a judicial "
        "warrant or by federal statute.\n\n(c) Nothing in this Act shall be construed to require the "
        "petitioner to obtain a court order before obtaining, from the Department or the clerk of the"
        " circuit court, a copy of the petitioner's own sealed or expunged records, which shall be "
        "furnished upon request and proof of identity."
    ),
    "x31": (
        "§ 7608. Sealed records; notice to federal database; access\n\n(a) Within 30 days after an "
        "order to seal is entered, the Vermont Crime Information Center shall transmit notice of the "
        "order to the Federal Bureau of Investigation's Interstate Identification Index and shall "
        "request that the sealed offense be removed from it.\n\n(b) Upon entry of an order to seal, the"
        " order shall be legally effective immediately, and the person whose record is sealed shall "
        "be treated in all respects as if he or she had never been arrested, convicted, or sentenced "
        "for the offense.\n\n(c) Except as provided in subsections (d) and (e) of this section, a "
        "sealed record shall not be made available to any person or entity, and the Center and the "
        "court shall reply to any request for a sealed record that no record exists.\n\n(d) The court "
        "may, upon motion and for good cause shown, order a sealed record made available to any "
        "person, including the person who is the subject of the record.\n\n(e) A criminal justice "
        "agency, as defined in 20 V.S.A. § 2056a, may obtain a sealed record for a criminal justice "
        "purpose."
    ),
    "x32": (
        "Sec. 6.5. (a) This section applies to records sealed under section 3 or 4 of this "
        "chapter.\n\n(b) Records sealed under this chapter shall remain available only to the "
        "following:\n\n(1) The person whose records were sealed, upon request, and that person's "
        "attorney.\n\n(2) A prosecuting attorney, for the purpose of determining whether to file a "
        "charge of a subsequent offense or to seek an habitual offender enhancement.\n\n(3) A criminal "
        "justice agency, for the purpose of a criminal investigation or the supervision of a person "
        "on probation or parole.\n\n(4) The United States Citizenship and Immigration Services and "
        "United States Immigration and Customs Enforcement, for use in adjudicating an application "
        "for an immigration benefit filed by, or in any removal proceeding against, the person whose "
        "records were sealed.\n\n(c) A person or agency that knowingly or intentionally discloses a "
        "sealed record to a person or entity not described in subsection (b) commits a Class B "
        "misdemeanor."
    ),
    "x33": (
        "SEC. 2. Section 1203.4c is added to the Penal Code, to read:\n\n1203.4c. (a) A state or local "
        "law enforcement agency, prosecuting agency, probation department, or court shall not provide"
        " to federal immigration authorities, for purposes of civil immigration enforcement, any "
        "record of a conviction that has been dismissed, vacated, or sealed pursuant to this code, or"
        " any information contained in such a record, except as required by state or federal "
        "law.\n\n(b) Upon request of the person whose conviction was dismissed, vacated, or sealed, the"
        " clerk of the court shall provide to that person, without cost, one certified copy of the "
        "order of dismissal, vacatur, or sealing.\n\n(c) Except as provided in subdivision (b), this "
        "section does not govern access to a sealed record by the person who is the subject of "
        'it.\n\n(d) For purposes of this section, "federal immigration authorities" has the same '
        'meaning as "immigration authority" in Section 7284.4 of the Government Code.'
    ),
    "x34": (
        "Sec. 54-142x. Disclosure of erased records.\n\n(a) Whenever a conviction is erased under "
        "section 54-142w, all police and court records and records of the state's attorney pertaining"
        " to the case shall be sealed, and no such record shall be disclosed to any person, except as"
        " provided in this section.\n\n(b) A sealed record shall be disclosed, upon request, to the "
        "person who is the subject of the record, to that person's counsel, and to any other person "
        "upon the written and notarized authorization of the subject, and no such request shall "
        "require an order of the court.\n\n(c) A sealed record may be disclosed to a criminal justice "
        "agency in the course of its official duties, or as otherwise required by federal law.\n\n(d) "
        "Any person who discloses a sealed record in violation of this section shall be fined not "
        "more than five hundred dollars."
    ),
    "x35": (
        "§ 12-1.3-5. Effect of sealing.\n\n(a) Records sealed pursuant to this chapter shall be removed"
        " from public inspection, and the person whose records were sealed may state, in response to "
        "any inquiry by an employer, landlord, or educational institution, that he or she has never "
        "been arrested for or convicted of the offense.\n\n(b) Nothing in this chapter shall be "
        "construed to prohibit the person whose record was sealed from disclosing, or from "
        "authorizing the disclosure of, the fact of the arrest or conviction, or from testifying "
        "concerning it in any proceeding.\n\n(c) A sealed conviction may be considered by a court in "
        "sentencing the person for a subsequent offense, and by the parole board in considering the "
        "person's release.\n\n(d) The provisions of this section shall apply to records sealed before, "
        "on, or after July 1, 2027."
    ),
    "x37": (
        "§ 2263. Sealed criminal history record information; access by subject\n\n1. Inspection. The "
        "person who is the subject of criminal history record information sealed under section 2262 "
        "may inspect that information at the office of the State Bureau of Identification during "
        "regular business hours upon presenting photographic identification.\n\n2. No copies. The "
        "bureau may not provide the subject with a copy, photograph, transcription or summary of the "
        "information inspected, and the subject may not make or remove any copy of it.\n\n3. Other "
        "persons. Except as provided in subsection 1, the bureau may disseminate sealed criminal "
        "history record information only to criminal justice agencies for the purpose of the "
        "administration of criminal justice.\n\n4. Log. The bureau shall record the date of each "
        "inspection under subsection 1 and the identification presented."
    ),
    "x38": (
        "Text in [brackets] is deleted; text in CAPITALS is added.\n\nSection 1. Subsections (4) and "
        "(5) of section 17-3-412 are amended to read:\n\n17-3-412. Expunged records; access.\n\n(4) [The "
        "person who is the subject of an expunged record, or the person's attorney, may obtain a copy"
        " of the record from the clerk or the department upon written request.] THE PERSON WHO IS THE"
        " SUBJECT OF AN EXPUNGED RECORD MAY OBTAIN A COPY OF THE RECORD ONLY UPON MOTION TO, AND "
        "ORDER OF, THE COURT THAT GRANTED THE EXPUNGEMENT. THE MOTION SHALL STATE THE PURPOSE FOR "
        "WHICH THE COPY IS SOUGHT.\n\n(5) Except as provided in subsection (4), an expunged record "
        "shall not be released [to any person other than a criminal justice agency] TO ANY "
        "PERSON.\n\nSection 2. This act shall take effect July 1, 2027."
    ),
    "x39": (
        "SECTION 3. Section 831-3.3, Hawaii Revised Statutes, is amended by amending subsection (c) "
        'to read as follows:\n\n"(c) Records of an expunged arrest or conviction shall be confidential '
        "and shall not be disclosed except to:\n\n(1) The attorney general and the Hawaii criminal "
        "justice data center, for statistical purposes, in a form that does not identify any "
        "individual;\n\n(2) A court, in a subsequent criminal proceeding against the same person; "
        "[and]\n\n(3) A criminal justice agency, for the purpose of a pending criminal investigation of"
        " the same person[.]; AND\n\n(4) THE PERSON WHOSE ARREST OR CONVICTION WAS EXPUNGED, OR THE "
        "PERSON'S ATTORNEY, UPON WRITTEN REQUEST AND PROOF OF IDENTITY.\"\n\nSECTION 4. Statutory "
        "material to be repealed is bracketed. New statutory material is in capitals.\n\nSECTION 5. "
        "This Act shall take effect upon its approval."
    ),
}

PROBES = [
    ("x01", "record-access", "present"),
    ("x03", "record-access", "present"),
    ("x04", "record-access", "contrary"),
    ("x05", "record-access", "partial"),
    ("x06", "record-access", "present"),
    ("x07", "record-access", "contrary"),
    ("x07", "federal-records", "contrary"),
    ("x09", "record-access", "contrary"),
    ("x11", "record-access", "present"),
    ("x12", "record-access", "contrary"),
    ("x13", "record-access", "present"),
    ("x14", "record-access", "absent"),
    ("x15", "record-access", "present"),
    ("x16", "record-access", "contrary"),
    ("x17", "record-access", "partial"),
    ("x18", "record-access", "partial"),
    ("x22", "record-access", "partial"),
    ("x23", "record-access", "contrary"),
    ("x24", "record-access", "present"),
    ("x25", "record-access", "contrary"),
    ("x27", "record-access", "contrary"),
    ("x29", "record-access", "absent"),
    ("x30", "record-access", "present"),
    ("x30", "federal-records", "present"),
    ("x31", "record-access", "contrary"),
    ("x31", "federal-records", "partial"),
    ("x32", "record-access", "present"),
    ("x32", "federal-records", "contrary"),
    ("x33", "record-access", "partial"),
    ("x33", "federal-records", "partial"),
    ("x34", "record-access", "present"),
    ("x34", "federal-records", "absent"),
    ("x35", "record-access", "absent"),
    ("x37", "record-access", "partial"),
    ("x38", "record-access", "contrary"),
    ("x39", "record-access", "present"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
