"""`billkit check` on provisions that keep the person from their own cleared record, in the shapes of
sealing, expungement, set-aside and nondisclosure statutes, repository acts, court records rules and bills
printed with struck and capitalised text, with near misses and the grants they sit beside.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. Probes the reader modelled on a
test file of the corpus are left out of these tests and were not used to change a rule. They pin down,
among others:
- the court's leave in the forms a rule may ask for it: a letter to the presiding judge "requesting
  permission"; "shall apply by motion to the Superior Court ... for leave to do so"; a copy the person
  "may obtain ... only by filing a motion in the court that issued the order"; contents "not ... shown to
  any person, unless the court, on motion and for good cause, orders otherwise";
- a permission expressly withheld: "Nothing in this section shall be construed to permit the person who is
  the subject of a sealed record ... to inspect or copy that record without an order";
- a bar that "the department may not release ... to the person who is the subject of the order", read as a
  bar and not as a grant;
- a proviso that lets the person in despite a court-order rule for everyone else ("provided, however, that
  nothing in this subsection shall prevent the person whose record has been expunged ... from inspecting
  the record ... without a court order"). Rows the rules still read otherwise are left out, and named in
  the session's note.

"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "c01": (
        "§ 10-109. Opening of expunged records.\n(a) Except as provided in subsection (c) of this "
        "section, a person may not open or review an expunged record, or disclose to another any "
        "information from it, without an order of the court that ordered the record expunged.\n(b) The"
        " court may enter an order under subsection (a) of this section on a verified petition that "
        "is filed by:\n(1) the person who is the subject of the expunged record;\n(2) a State's "
        "Attorney, on a showing of good cause; or\n(3) a law enforcement unit that shows that the "
        "record is needed for a pending criminal investigation.\n(c) A court order is not required for"
        " a criminal justice unit to review an expunged record for the purpose of deciding whether to"
        " employ an applicant as a sworn officer.\n(d) A person who violates this section is guilty of"
        " a misdemeanor and on conviction is subject to a fine not exceeding $1,000."
    ),
    "c02": (
        "(c) Upon the termination of a criminal action in favor of the accused, every photograph of "
        "the accused and photographic plate or proof, and all palmprints and fingerprints taken in "
        "connection with the arrest, and all duplicates and copies of them, shall forthwith be "
        "returned to the originating police agency, which shall destroy them. No copy shall be "
        "retained by the division or by any agency to which the records were forwarded, and the "
        "division shall request the return of any copies furnished to other jurisdictions.\n(d) The "
        "official records and papers of the action shall be sealed and shall not be made available to"
        " any public or private agency."
    ),
    "c05": (
        "HOUSE BILL NO. 318\nExplanation: Matter in CAPITALS is new; matter in [brackets] is existing "
        "law to be omitted.\nSection 1. Section 12-6-1003 is amended to read:\n12-6-1003. (1) The "
        "records of a conviction for which a certificate of set-aside has been issued shall be closed"
        " and shall not be released except:\n(a) to criminal justice agencies; [and]\n(b) [upon order "
        "of a court of competent jurisdiction, to the person who is the subject of the records] TO "
        "THE PERSON WHO IS THE SUBJECT OF THE RECORDS, OR TO THE PERSON'S ATTORNEY, ON REQUEST AND "
        "PROOF OF IDENTITY. A COURT ORDER SHALL NOT BE REQUIRED FOR A RELEASE UNDER THIS PARAGRAPH; "
        "AND\n(C) UPON ORDER OF A COURT OF COMPETENT JURISDICTION, TO ANY OTHER PERSON.\nSection 2. "
        "This act takes effect January 1."
    ),
    "c06": (
        "§ 32A-2-26. Sealing of juvenile records.\nA. A person who has been the subject of a petition "
        "filed under the Delinquency Act may petition the court for the sealing of the person's "
        "records, including law enforcement records, two years after the later of final release from "
        "legal custody or the entry of a consent decree.\nB. The court shall hold a hearing and shall "
        "order the records sealed if it finds that the person has not been convicted of a felony, or "
        "of a misdemeanor involving moral turpitude, since the release and that no proceeding is "
        "pending against the person.\nC. Upon entry of the order, the proceedings in the matter shall "
        "be treated as if they never occurred, and all index references shall be deleted. The court, "
        "law enforcement officers and departments shall reply to any inquiry that no record exists "
        "with respect to the person.\nD. Copies of the order shall be sent to each agency named in the"
        " order."
    ),
    "c07": (
        "Rule 2.550(g). Files in expunged cases.\n(1) When a criminal case file has been expunged "
        "under section 1210, the clerk shall move the file to restricted storage.\n(2) A person whose "
        "case file has been expunged and who wishes to inspect it shall send the presiding judge a "
        "letter requesting permission, identifying the case and stating the reason for the request. "
        "No filing fee shall be charged and no hearing is required.\n(3) If permission is granted, the"
        " clerk shall make the file available for inspection in the clerk's office for the period "
        "stated in the grant, and may provide copies of the documents the judge designates.\n(4) "
        "Requests by any other person shall be made by noticed motion."
    ),
    "c08": (
        "Sec. 3. Destruction of records.\n(1) Within ninety days after receipt of an order of "
        "expunction under this chapter, every agency named in the order, including the clerk of court"
        " and the state repository, shall destroy all records and files relating to the expunged "
        "arrest, charge or conviction, in whatever form held.\n(2) The agency shall certify in writing"
        " to the court that it has complied with subsection (1).\n(3) After destruction, the agency "
        "shall respond to any inquiry about the expunged matter by stating that no record exists.\n(4)"
        " This section does not require the destruction of a record held by a victim or by the person"
        " who is the subject of the record."
    ),
    "c09": (
        "Subd. 7. Order concerning expunged records.\n(a) Upon issuance of an expungement order, the "
        "record is sealed and the existence of the record may not be disclosed except as provided in "
        "this subdivision.\n(b) Notwithstanding the issuance of an expungement order, an expunged "
        "record may be opened without a court order:\n(1) for purposes of a criminal investigation, "
        "prosecution or sentencing;\n(2) by a criminal justice agency evaluating an applicant for "
        "employment as a peace officer; or\n(3) by the commissioner of human services for a background"
        " study required by law.\n(c) A prosecutor or agency that opens a record under paragraph (b) "
        "shall not disclose its contents to any other person.\n(d) In all other cases, an expunged "
        "record may be opened only upon an order of the court that issued the expungement order, "
        "entered after notice to the parties and a hearing."
    ),
    "c12": (
        "Sec. 5. (a) Within sixty days after receiving an expungement order, each law enforcement "
        "agency and the department shall destroy every record of the arrest and conviction named in "
        "the order, including fingerprints and photographs, and shall certify the destruction to the "
        "court.\n(b) The department shall notify the Federal Bureau of Investigation of the order and "
        "shall request that the bureau remove the corresponding entry from its files.\n(c) The clerk "
        "of the court shall keep the only remaining copy of the record in a sealed envelope marked "
        "with the case number. The envelope shall not be opened, and its contents shall not be shown "
        "to any person, unless the court, on motion and for good cause, orders otherwise."
    ),
    "c13": (
        'Section 1. Definitions. In this Act:\n(1) "Clean slate relief" means the sealing of a record '
        'under section 4.\n(2) "Record" means information held by a court, the department or a law '
        'enforcement agency about an arrest, charge or conviction of a person.\n(3) "Seal," in '
        "relation to a record, means to close the record to inspection by every person and agency, "
        "including the person to whom the record relates, so that the record may be opened only upon "
        "order of a court of competent jurisdiction.\nSection 4. Automatic sealing.\n(a) On the first "
        "business day of each month the department shall identify each conviction that is eligible "
        "under subsection (b) and shall seal the record of that conviction without the filing of a "
        "petition.\n(b) A conviction is eligible if seven years have passed since the completion of "
        "the sentence and the person has not been convicted of another offense in that period."
    ),
    "c14": (
        "(h) Upon the entry of an order of expungement, the clerk shall:\n(1) send a certified copy of"
        " the order to the state police, the arresting agency and each other agency named in the "
        "petition; and\n(2) provide the petitioner with two certified copies of the order, without "
        "charge.\n(i) Each agency that receives the order shall remove from its records all references"
        " to the expunged arrest and conviction, and shall reply to any inquiry that no record "
        "exists.\n(j) The petitioner may request additional certified copies of the order from the "
        "clerk at any time, upon payment of the ordinary copying fee."
    ),
    "c15": (
        "§ 16-90-1419. Release of sealed records.\n(a) A record sealed under this subchapter shall be "
        "released only as provided in this section.\n(b) The Governor and the Parole Board may obtain "
        "a sealed record when considering an application for a pardon.\n(c) The person whose record "
        "has been sealed may, without obtaining a court order, obtain from the Crime Information "
        "Center a certified copy of the sealed record for the sole purpose of supporting his or her "
        "own application for a pardon under subsection (b). A copy obtained under this subsection "
        "shall be submitted directly to the Parole Board and shall not be used for any other "
        "purpose.\n(d) Any other release of a sealed record requires an order of the circuit court "
        "that entered the sealing order."
    ),
    "c16": (
        "HOUSE BILL 1142\nNote: Matter enclosed in [brackets] is deleted from existing law; matter in "
        "CAPITAL LETTERS is new.\nSECTION 3. Section 17-1106, Revised Statutes, is amended to "
        "read:\n17-1106. (a) A record that has been set aside and sealed under section 17-1104 may be "
        "released only to:\n(1) a criminal justice agency, for the administration of criminal "
        "justice;\n(2) a licensing authority listed in section 17-1109; AND\n(3) the court that entered"
        " the order[; and\n(4) the person who is the subject of the record, or the person's attorney, "
        "upon written request and proof of identity].\n(b) [A request under subsection (a)(4) shall be"
        " answered within thirty days and no fee shall be charged.] EXCEPT AS PROVIDED IN SUBSECTION "
        "(a), A SEALED RECORD MAY BE RELEASED ONLY UPON ORDER OF THE COURT THAT ENTERED THE ORDER OF "
        "SET-ASIDE.\nSECTION 4. This act takes effect July 1."
    ),
    "c17": (
        'GR 15.2. Sealed criminal case records.\n(a) Definition. For purposes of this rule, "sealed" '
        "means protected from examination by the public and by unauthorized court personnel.\n(b) "
        "Access. A court file or record that has been sealed under RCW 9.96.060 or RCW 9.94A.640 "
        "shall not be made available to any person, including a party to the case, except:\n(1) to "
        "judges, clerks and court administrative staff, for case management;\n(2) to the prosecuting "
        "authority, when the defendant is charged with a later offense; or\n(3) upon written motion "
        "and order of the court, after notice to the parties, on a showing of good cause.\n(c) The "
        "existence of a sealed court file shall remain visible in the index, but the index shall show"
        ' only the case number, the names of the parties and the notation "Sealed."'
    ),
    "c18": (
        "Section 6. Verification for record subjects.\n(a) The department shall establish a secure "
        "online portal through which a person may, after verifying his or her identity, learn whether"
        " any record relating to the person has been sealed under section 4 and the date on which "
        "each such record was sealed.\n(b) On request, the department shall issue to the person a "
        "letter, under the seal of the department, listing the case numbers and the offense "
        "descriptions of the convictions sealed under section 4. The letter shall not include any "
        "other information from the sealed record.\n(c) A letter issued under subsection (b) is "
        "admissible in any administrative proceeding as proof that the listed convictions have been "
        "sealed.\n(d) No fee shall be charged for a letter issued under subsection (b)."
    ),
    "c19": (
        "Rule 123. Public access to court records.\n(a) Court records are presumed open to the public,"
        " except as provided in this rule.\n(b) The following records are not accessible to the "
        "public:\n(1) records sealed by court order or by statute, including the record of a "
        "conviction that has been set aside and sealed;\n(2) juror questionnaires;\n(3) presentence "
        "reports; and\n(4) a party's social security number and financial account numbers.\n(c) The "
        "clerk shall omit from any public index the name of a defendant whose case has been "
        "sealed.\n(d) A member of the public may move to unseal a record described in subsection "
        "(b)(1) by filing a motion and serving all parties. The court shall weigh the interest in "
        "public access against the interests that supported sealing."
    ),
    "c20": (
        "2C:52-19.1. Inspection by the person whose records were expunged.\na. A person whose records "
        "of arrest or conviction have been expunged under this chapter and who wishes to inspect, or "
        "to obtain a copy of, those records shall apply by motion to the Superior Court in the county"
        " in which the order of expungement was entered for leave to do so.\nb. The motion shall be "
        "served on the county prosecutor and shall state the purpose for which the records are "
        "sought.\nc. Leave may be granted where the applicant shows that the records are reasonably "
        "needed for a pending proceeding before a court or an administrative agency, or for another "
        "purpose that the court finds sufficient.\nd. An order granting leave shall specify the "
        "records to be shown and shall direct the custodian to return the records to the expunged "
        "file once they have been inspected."
    ),
    "c21": (
        "§ 5-4-712. Disclosure of sealed records to counsel.\n(a) A sealed record shall not be "
        "disclosed to the public.\n(b) A licensed attorney who represents the person who is the "
        "subject of a sealed record, in any matter, may obtain a copy of the sealed record from the "
        "clerk or from the central repository without a court order, upon filing a written "
        "authorization signed by the person and a statement of representation.\n(c) A copy obtained "
        'under subsection (b) shall be marked "SEALED - NOT FOR PUBLIC DISCLOSURE" and may be used by'
        " the attorney only in representing the person before a court or agency.\n(d) Nothing in this "
        "section requires a clerk to release a sealed record to any person other than an attorney "
        "acting under subsection (b)."
    ),
    "c23": (
        "Sec. 7. (a) A record sealed under this chapter shall not be disclosed to any person except "
        "as provided in this section.\n(b) A sealed record may be disclosed without a court order "
        "to:\n(1) a law enforcement agency or prosecuting attorney investigating or prosecuting a "
        "subsequent offense;\n(2) a court, for the purpose of sentencing the person on a subsequent "
        "conviction;\n(3) the state board of nursing, the board of pharmacy and the real estate "
        "commission, in connection with an application for a license;\n(4) the Federal Bureau of "
        "Investigation and United States Immigration and Customs Enforcement, upon written request; "
        "and\n(5) an entity that is required by federal law to conduct a fingerprint-based background "
        "check.\n(c) An agency that discloses a sealed record under subsection (b) shall keep a log of"
        " each disclosure for three years."
    ),
    "c24": (
        '§ 2. Definitions. As used in this chapter:\n(5) "Petitioner" means a person who files a '
        'petition under section 9.\n(6) "Sealed record" means a record of an arrest, charge or '
        "conviction that is not available to the public or to any private or governmental entity, "
        "except a criminal justice agency acting for the administration of criminal justice, but that"
        " remains available, on request and without a court order, to the person who is the subject "
        'of the record and to that person\'s attorney.\n(7) "Sealing" means the process of making a '
        "record a sealed record.\n§ 9. Petition for sealing.\n(a) A person convicted of a misdemeanor "
        "may petition the court that entered the conviction for the sealing of the record after five "
        "years have passed since the completion of the sentence.\n(b) If the court grants the "
        "petition, it shall order the record sealed and shall send a copy of the order to the central"
        " repository."
    ),
    "c25": (
        "§ 54-142v. Access to erased records after automatic erasure.\n(a) Records erased under "
        "section 54-142u shall not be disclosed by any court, agency or official except as provided "
        "in this section.\n(b) The state's attorney, a judge or a law enforcement officer may examine "
        "an erased record when the person to whom it relates is charged with a subsequent "
        "offense.\n(c) A person whose record has been erased under section 54-142u may apply to the "
        "clerk of the Superior Court for the judicial district in which the record was created for an"
        " order permitting him or her to examine the record. The clerk shall refer the application to"
        " a judge, who shall grant it if the person shows a present need for the record, including, "
        "but not limited to, a need arising from an application for employment, housing or an "
        "immigration benefit.\n(d) No fee shall be charged for an application under subsection (c) of "
        "this section."
    ),
    "c26": (
        "§ 15A-836. Victim's right to information about expunction.\n(a) When a petition for "
        "expunction of a conviction is filed, the district attorney shall, if the victim has so "
        "requested in writing, notify the victim of the filing and of the date of any hearing.\n(b) "
        "The victim may appear and be heard at the hearing.\n(c) After the petition is decided, the "
        "victim may, on written request to the clerk, obtain a copy of the order granting or denying "
        "the petition, and may inspect any portion of the expunged file that contains a statement "
        "made by the victim, without an order of the court.\n(d) Information released to a victim "
        "under this section shall not be disclosed by the victim to any other person except the "
        "victim's attorney."
    ),
    "c27": (
        "§ 7-1103. Background screening reports.\n(a) A consumer reporting agency shall not include in"
        " any report furnished to an employer or a landlord information about an arrest, charge or "
        "conviction that the agency knows or should know has been sealed, expunged or set aside under"
        " state law.\n(b) A consumer who is the subject of a report may request from the agency a free"
        " copy of any report furnished about the consumer within the preceding twelve months, and may"
        " dispute any item in it.\n(c) An agency that receives a dispute under subsection (b) shall "
        "reinvestigate and shall delete any sealed, expunged or set-aside record within thirty "
        "days.\n(d) A violation of this section is an unfair trade practice."
    ),
    "c28": (
        "§ 9-3-21. Right of individual to review.\n(a) Any individual may, upon positive verification "
        "of identity, review the criminal history record information about him or her maintained by "
        "the bureau, and may obtain a copy for a fee not exceeding the actual cost of "
        "reproduction.\n(b) An individual who believes that the information is inaccurate or "
        "incomplete may challenge it under § 9-3-22.\n(c) Subsections (a) and (b) do not apply to "
        "information contained in a record that has been expunged or sealed under chapter 5 of this "
        "title. Such information shall not be released by the bureau to any person, including the "
        "individual to whom it relates, except by order of the court that granted the expungement or "
        "sealing.\n(d) The bureau shall adopt rules prescribing forms and hours for review under "
        "subsection (a)."
    ),
    "c29": (
        "Sec. 14. Inspection of sealed records of a witness.\n(a) A defendant in a pending criminal "
        "case who believes that a sealed record of a prosecution witness contains material bearing on"
        " the witness's credibility may move the court for in camera review of the record.\n(b) If the"
        " court finds that the record contains exculpatory or impeachment material, the court may "
        "order that the relevant portion be disclosed to defense counsel under a protective "
        "order.\n(c) A record disclosed under this section shall not be copied or disclosed to any "
        "other person and shall be returned to the clerk at the conclusion of the case."
    ),
    "c30": (
        "Sec. 8. (a) Except as provided in this section, a record sealed under this chapter shall not"
        " be disclosed to any person, and an agency that holds it shall respond to any inquiry as if "
        "the record did not exist.\n(b) A criminal justice agency may obtain a sealed record for the "
        "investigation or prosecution of a later offense.\n(c) No agency shall disclose a sealed "
        "record to a federal agency for the purpose of enforcing federal civil immigration law, "
        "unless disclosure is required by a judicial warrant.\n(d) The person who is the subject of a "
        "sealed record may at any time, upon request and proof of identity, inspect and obtain a copy"
        " of the sealed record from the central repository or from the clerk of the court. No court "
        "order shall be required, and no fee shall be charged for the first copy requested in any "
        "calendar year."
    ),
    "c31": (
        "Sec. 12. (1) Notwithstanding section 9 of this act, which entitles the subject of a criminal"
        " history record to inspect that record, a record that has been set aside under this chapter "
        "may be released to the person who is its subject only upon presentation of a certified copy "
        "of an order of the circuit court, entered on the person's motion, authorizing the "
        "release.\n(2) The department shall not charge a fee for a release authorized under subsection"
        " (1).\n(3) The department shall maintain a nonpublic copy of each record set aside under this"
        " chapter, which shall be available without an order of the court only to a court, a "
        "prosecuting attorney or a law enforcement agency for the purposes listed in section 13."
    ),
    "c32": (
        "§ 24-72-711. Sealed records - effect - inspection.\n(1) Upon entry of an order sealing "
        "criminal justice records, the custodian of each record named in the order shall remove the "
        "record from any index available to the public and, in response to any inquiry, shall state "
        "that no such record exists.\n(2) Inspection of records that are the subject of an order "
        "entered under this part may thereafter be permitted by the court only upon a petition filed "
        "by the person who is the subject of the records or by the prosecuting attorney, and then "
        "only for the purposes named in the petition. A copy of any order permitting inspection shall"
        " be kept with the sealed file.\n(3) Employers, state and local boards, landlords and "
        "educational institutions may not require an applicant to disclose information contained in "
        "sealed records, and an applicant may answer any question as though the sealed matter had not"
        " occurred.\n(4) This section does not prevent a criminal justice agency from keeping a copy "
        "of a sealed record for its own internal use."
    ),
    "c33": (
        "(e) Upon granting a petition under this section, the clerk shall mail a certified copy of "
        "the order of expungement to the petitioner, at no charge, at the address stated in the "
        "petition, and to each agency named in the order.\n(f) Each agency named in the order shall "
        "remove the expunged records from its files and deliver them to the clerk, who shall keep "
        "them under seal.\n(g) The records held under subsection (f) shall not be open to inspection "
        "by anyone, including the petitioner, except with leave of the court granted on motion for "
        "good cause shown; but the petitioner may at any time show the certified copy of the order "
        "received under subsection (e) to any person."
    ),
    "c34": (
        "(4) Confidentiality. An expunged record shall not be open to inspection or copying by any "
        "person, and no information from it shall be disclosed, except upon order of the court that "
        "granted the expungement; provided, however, that nothing in this subsection shall prevent "
        "the person whose record has been expunged, or that person's attorney acting with the "
        "person's written consent, from inspecting the record and obtaining a copy of it from the "
        "clerk or from any agency that holds it, without a court order, upon proof of identity; and "
        "provided further that a law enforcement agency may use an expunged record in the "
        "investigation of a later offense.\n(5) The clerk shall not charge the person a fee for the "
        "first copy obtained under subsection (4)."
    ),
    "c35": (
        "SENATE BILL 207\nAN ACT relating to expungement; amending KRS 431.079.\nBe it enacted by the "
        "General Assembly:\nSection 1. KRS 431.079 is amended to read as follows:\n(1) An expunged "
        "record shall be deemed never to have existed, and the person who is the subject of the "
        "record may deny its existence in answer to any inquiry.\n(2) The custodian of an expunged "
        "record may permit inspection of the record by the person who is the subject of the record[ "
        "upon written request and proof of identity] ONLY UPON PRESENTATION OF AN ORDER OF THE COURT "
        "THAT GRANTED THE EXPUNGEMENT, ENTERED ON A PETITION FILED BY THE PERSON.\n(3) The custodian "
        "shall not permit inspection by any other person.\nNote: Text in [brackets] is deleted; text "
        "in CAPITALS is new."
    ),
    "c36": (
        "943.0599 Public records exemption for sealed criminal history records.\n(1) A criminal "
        "history record that is sealed under s. 943.059 is confidential and exempt from s. 119.07(1) "
        "and s. 24(a), Art. I of the State Constitution.\n(2) This exemption applies to sealed records"
        " held by an agency before, on or after the effective date of this act.\n(3) This section is "
        "subject to the Open Government Sunset Review Act and stands repealed on October 2 of the "
        "fifth year after enactment, unless reviewed and saved from repeal through reenactment by the"
        " Legislature.\n(4) The Legislature finds that it is a public necessity that sealed records be"
        " made confidential and exempt, because public disclosure of a record that a court has "
        "ordered sealed would defeat the purpose of the order."
    ),
    "c37": (
        "(4) Upon the entry of an order setting aside a conviction under this section, the person "
        "shall be treated as not having been convicted of the offense, except as provided in "
        "subsection (6) of this section. The clerk of the court shall seal the official records of "
        "the case, including the records of arrest, citation and charge. Sealed records shall be "
        "opened only upon order of the court, which may be entered upon the motion of the person who "
        "is the subject of the records, upon the motion of the prosecuting attorney, or upon the "
        "court's own motion, for good cause shown. The clerk shall forward a copy of the order "
        "setting aside the conviction to the Department of State Police and to each agency named in "
        "the motion."
    ),
    "c38": (
        "Sec. 9. Confidentiality of sealed records.\n(a) All official records relating to a case "
        "sealed under this Act shall be confidential and shall not be made available to any person "
        "except as provided in subsection (b).\n(b) A sealed record may be made available:\n(1) to the "
        "Attorney General and to district attorneys, for the prosecution of a later offense;\n(2) to "
        "the Department of Corrections, for classification purposes; or\n(3) upon order of the court "
        "that entered the sealing order.\n(c) Nothing in this section shall be construed to permit the"
        " person who is the subject of a sealed record, or any other person, to inspect or copy that "
        "record without an order under subsection (b)(3).\n(d) Nothing in this section shall be "
        "construed to require the person to disclose the sealed matter in any application for "
        "employment, licensing or housing."
    ),
    "c39": (
        "Sec. 411.0790. DISCLOSURE TO PERSON WHO IS SUBJECT OF ORDER.\n(a) Notwithstanding Section "
        "411.083, the department may not release criminal history record information that is the "
        "subject of an order of nondisclosure to the person who is the subject of the order in "
        "response to a request made under Section 411.083(b)(2).\n(b) The person who is the subject of"
        " the order may obtain a copy of the information described by Subsection (a) only by filing a"
        " motion in the court that issued the order. The court may grant the motion without a hearing"
        " if the motion is accompanied by proof of the person's identity.\n(c) This section does not "
        "prohibit the department from confirming to the person, on request, that the department has "
        "received an order of nondisclosure."
    ),
    "c40": (
        "(3) Effect of order. Upon the entry of an order under this section:\n(a) the arrest, charge "
        "and conviction are deemed not to have occurred, and the person may lawfully deny or fail to "
        "recall them in answer to any inquiry, including an inquiry made on an application for "
        "employment, credit, housing or a professional license;\n(b) no person shall be held guilty of"
        " perjury or of otherwise giving a false statement by reason of such a denial; and\n(c) "
        "nothing in this section shall be construed to authorize the person to deny the conviction on"
        " an application for a firearm permit or for employment as a peace officer, or when "
        "testifying under oath as a witness in a criminal proceeding."
    ),
}

PROBES = [
    ("c01", "record-access", "contrary"),
    ("c02", "record-access", "absent"),
    ("c05", "record-access", "present"),
    ("c06", "record-access", "absent"),
    ("c07", "record-access", "contrary"),
    ("c08", "record-access", "absent"),
    ("c09", "record-access", "contrary"),
    ("c12", "federal-records", "partial"),
    ("c13", "record-access", "contrary"),
    ("c14", "record-access", "partial"),
    ("c15", "record-access", "partial"),
    ("c16", "record-access", "contrary"),
    ("c17", "record-access", "contrary"),
    ("c18", "record-access", "partial"),
    ("c19", "record-access", "absent"),
    ("c20", "record-access", "contrary"),
    ("c21", "record-access", "partial"),
    ("c23", "record-access", "contrary"),
    ("c23", "federal-records", "contrary"),
    ("c24", "record-access", "present"),
    ("c25", "record-access", "contrary"),
    ("c26", "record-access", "absent"),
    ("c27", "record-access", "absent"),
    ("c28", "record-access", "contrary"),
    ("c29", "record-access", "absent"),
    ("c30", "record-access", "present"),
    ("c30", "federal-records", "partial"),
    ("c31", "record-access", "contrary"),
    ("c32", "record-access", "contrary"),
    ("c33", "record-access", "contrary"),
    ("c34", "record-access", "present"),
    ("c35", "record-access", "contrary"),
    ("c36", "record-access", "absent"),
    ("c37", "record-access", "contrary"),
    ("c38", "record-access", "contrary"),
    ("c39", "record-access", "contrary"),
    ("c40", "record-access", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
