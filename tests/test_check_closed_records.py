"""`billkit check` on own-record access in the shapes of juvenile codes, court rules, criminal-history-record
statutes and confidentiality sections, with the weight on the cases a reader most often misses.

The texts are a third critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. They pin down, among others:
- records closed to the person in plain words: "not available to the defendant", a clerk who "shall not
  release a sealed record ... to anyone" with an exception for courts and prosecutors only, an abstract
  "available only to law enforcement agencies, prosecuting attorneys, and courts", a bar on access that
  includes "a party";
- the person named only as someone who "may petition the court to inspect" the file;
- grants that are not the person's: a log of every person given access, a victim barred from passing the
  record on;
- grants read past a long bar on officers ("to any person other than the person who is the subject") and a
  saving that "nothing ... prohibits a person whose record has been sealed from inspecting, copying, or
  obtaining a certified copy";
- a grant narrowed to one purpose ("solely to verify its accuracy", "for no other purpose"), and a child's
  parent, not the child, who may inspect without an order;
- a court's jurisdiction over a child named in a definition, which keeps no power over a later challenge. Rows
  the rules still read otherwise are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "s01": (
        "Sec. 5. Definitions. As used in this chapter, unless the context otherwise requires: (1) "
        '"Child" means a person who is under eighteen years of age, or a person under twenty-one '
        "years of age over whom the juvenile court retains jurisdiction under Section 14. (2) "
        '"Juvenile court record" means the docket, petitions, pleadings, orders, findings, and '
        "the social file of any proceeding under this chapter, whether kept on paper or in "
        'electronic form. (3) "Social file" means reports of investigations, evaluations, and '
        "assessments prepared for the court.\nSec. 6. Confidentiality of juvenile court records. "
        "(a) All juvenile court records shall be kept confidential and shall not be open to "
        "inspection except by order of the juvenile court. (b) The court may enter an order under "
        "subsection (a) upon a written motion that shows good cause, after notice to the "
        "prosecuting attorney and to the child's parent or guardian. (c) A person who knowingly "
        "discloses a juvenile court record in violation of this section commits a Class B "
        "misdemeanor."
    ),
    "s03": (
        "Sec. 3. Sealed records; duties of clerk. (a) Upon entry of an order of sealing under "
        "Section 2, the clerk of the court shall remove all references to the proceeding from the "
        "public index, place the paper file in a sealed envelope marked with the case number only, "
        "and restrict the electronic file so that it cannot be viewed from any public terminal. "
        "(b) Except as provided in subsection (c), the clerk shall not release a sealed record, or "
        "any information contained in a sealed record, to anyone. (c) The clerk may release a "
        "sealed record to a court of this state that is imposing sentence on the person for a "
        "subsequent offense, or to the prosecuting attorney when the person is charged with a "
        "subsequent felony. (d) A clerk who complies in good faith with this section is immune "
        "from civil liability."
    ),
    "s04": (
        'Sec. 1. Definitions. As used in this act: (a) "Arrest record" means information about '
        "the arrest, detention, or charging of a person that is maintained by a law enforcement "
        'agency, a court, or the central repository. (b) "Seal" means to remove a record from '
        "the public record and to make it unavailable to any person, agency, or entity, for any "
        'purpose. (c) "Central repository" means the criminal records division of the State '
        "Police.\nSec. 2. Sealing of arrest records. (a) When a person is arrested and released "
        "without charge, or when all charges are dismissed, the person may petition the court in "
        "the county of arrest to have the arrest record sealed. (b) If the petition is granted, "
        "every agency that holds the arrest record shall seal it within sixty days. (c) A record "
        "sealed under this section may be unsealed only upon order of the court under Section 9."
    ),
    "s05": (
        "Rule 8.405. Confidentiality of sealed juvenile files.\n(a) Scope. This rule governs files "
        "sealed under Rule 8.400 and section 781 of the Welfare and Institutions Code.\n(b) Effect "
        "of sealing. A sealed file shall not be opened, and its contents shall not be disclosed, "
        "except as provided in this rule.\n(c) Petition to inspect. The person who is the subject "
        "of a sealed file, or that person's parent or guardian if the person is a minor, may "
        "petition the court to inspect the file. The petition shall be made on the mandatory form, "
        "shall identify the records sought, and shall state the reasons inspection is sought.\n(d) "
        "Order. The court may grant the petition in whole or in part if it finds that inspection "
        "is in the interests of justice, and may impose conditions on the inspection.\n(e) Return "
        "of file. After any inspection permitted under (d), the file shall be resealed."
    ),
    "s06": (
        "Sec. 22-1407. Access to expunged criminal history record information.\n(1) In this "
        'section, "criminal history record information" means notations of arrests, detentions, '
        "indictments, informations, or other formal charges, and any disposition arising from "
        "them, collected by criminal justice agencies and kept in the central repository.\n(2) "
        "Once criminal history record information has been expunged under Section 22-1405, access "
        "to that information is limited to criminal justice agencies, for the purposes of the "
        "administration of criminal justice and the screening of applicants for employment with a "
        "criminal justice agency.\n(3) The central repository shall not disseminate expunged "
        "criminal history record information for any other purpose, and shall respond to any other "
        "request as if the information did not exist.\n(4) A violation of this section is a "
        "misdemeanor."
    ),
    "s07": (
        "Sec. 9. Destruction of juvenile records. (a) When a person whose case was adjudicated "
        "under this chapter reaches twenty-one years of age, the court shall order the juvenile "
        "court record and all records held by the juvenile probation office destroyed, unless the "
        "person was adjudicated for an offense listed in Section 4(b). (b) Before any record is "
        "destroyed under subsection (a), the Department of Juvenile Justice shall prepare and keep "
        "a nonpublic abstract that states the person's name, date of birth, the offense "
        "adjudicated, and the disposition.\nSec. 10. Use of nonpublic abstract. (a) The nonpublic "
        "abstract kept under Section 9(b) shall be available only to law enforcement agencies, "
        "prosecuting attorneys, and courts, for use in the investigation or prosecution of a later "
        "offense. (b) The abstract shall not be disclosed to any other person or entity."
    ),
    "s08": (
        "Sec. 27. Records of juvenile proceedings.\n(1) The records of proceedings under this "
        "article, including the reports of the probation officer, are not open to public "
        "inspection.\n(2) Inspection of such records, and the copying of any part of them, is "
        "permitted only with leave of court, and the court may grant leave upon such conditions as "
        "it considers appropriate.\n(3) Nothing in this section limits the use of the records by "
        "the court or by the probation officer in the performance of their duties.\n(4) For "
        'purposes of this section, "records" includes the petition, the summons, the orders of '
        "the court, and any transcript of the hearing."
    ),
    "s09": (
        "Rule 2.425(d). Sealed court records.\n(1) A court record that has been sealed by order of "
        "the court under subdivision (c) is confidential.\n(2) Access to a sealed court record "
        "shall be granted only to the presiding judge, to court personnel acting in the course of "
        "their duties, and to persons authorized by further order of the court.\n(3) No other "
        "person shall have access to a sealed court record, including a party to the proceeding in "
        "which the record was sealed, except upon motion granted under subdivision (e).\n(4) The "
        "clerk shall maintain a log of every person who is given access to a sealed court record."
    ),
    "s10": (
        "Sec. 4. Effect of order setting aside conviction. (a) When the court enters an order "
        "under Section 3 setting aside a conviction, the court shall also order that the records "
        "of the arrest, prosecution, and conviction be sealed. (b) The records shall not be "
        "disclosed to any person, including the defendant, except upon order of the court for good "
        "cause shown. (c) The defendant may state in any application for employment, housing, or "
        "licensure that the defendant has not been convicted of the offense. (d) The court shall "
        "send a copy of the order to the central repository, which shall seal its records in the "
        "same manner."
    ),
    "s11": (
        'Sec. 2. Definitions. In this chapter: (1) "Dismissed petition" means a juvenile '
        "delinquency petition that is dismissed, withdrawn, or resolved without an adjudication. "
        '(2) "Confidential" means that a record may not be disclosed except to a person or '
        "agency named in subsection (b) of Section 4.\nSec. 4. Records of dismissed petitions. (a) "
        "All records of a dismissed petition are confidential. (b) A confidential record may be "
        "disclosed to: (1) the juvenile court; (2) a juvenile probation department; (3) a "
        "prosecuting attorney, for use in a subsequent proceeding against the same juvenile; and "
        "(4) the Department of Corrections, when the juvenile is committed to its custody. (c) Any "
        "other disclosure of a confidential record requires an order of the juvenile court."
    ),
    "s12": (
        "Sec. 14. Effect of sealing; inquiries. (1) Upon the sealing of a record under Section 12, "
        "the proceedings in the matter shall be considered never to have occurred. (2) The central "
        "repository, every law enforcement agency, and the clerk of every court shall respond to "
        "any inquiry about a sealed record, from any person, by stating that no record exists. (3) "
        "A sealed record may be opened only upon order of the court, and only for the purposes "
        "listed in Section 15. (4) A person who discloses a sealed record in violation of this "
        "section is liable for actual damages and reasonable attorney's fees."
    ),
    "s14": (
        "Sec. 7. Sealing upon set-aside. (1) Upon the entry of an order setting aside a conviction "
        "under Section 6, the records of the arrest, the charge, and the conviction held by the "
        "court and by the central repository shall be sealed. (2) Sealed records are not available "
        "to the defendant, to the public, or to any private party. (3) Sealed records remain "
        "available to criminal justice agencies for the administration of criminal justice. (4) "
        "Nothing in this section requires the destruction of any record."
    ),
    "s15": (
        "Sec. 18. Inspection of juvenile court records.\n(a) Juvenile court records are "
        "confidential and are not subject to public disclosure.\n(b) The following persons may "
        "inspect juvenile court records without a court order: (1) the judge, probation officers, "
        "and court staff; (2) the prosecuting attorney; (3) the child who is the subject of the "
        "records; (4) the child's parent, guardian, or custodian; and (5) the attorney for any "
        "party.\n(c) Any other person may inspect juvenile court records only by order of the "
        "court, upon a showing of a legitimate interest.\n(d) A person who inspects a record under "
        "subsection (b) or (c) shall not disclose its contents except as permitted by this section."
    ),
    "s16": (
        'Sec. 31. Juvenile records. (1) As used in this section, "records" means the petition, '
        "the orders and findings of the court, and the reports of the juvenile probation officer. "
        "(2) The records of the juvenile court shall be withheld from public inspection, but shall "
        "be open to inspection by the juvenile and the juvenile's parent or guardian, by the "
        "juvenile's attorney, and by the prosecuting attorney. (3) Law enforcement records "
        "relating to a juvenile shall be kept separate from the records of adults. (4) The court "
        "may, by order, permit inspection by any other person who has a legitimate interest in a "
        "particular case."
    ),
    "s17": (
        'Sec. 7. Access to expunged records. (a) In this section: (1) "Department" means the '
        "Department of Public Safety, acting as the State's central repository of criminal history "
        'record information. (2) "Record" means the criminal history record information '
        "maintained by the department about a person. (b) Records expunged under Section 5 shall "
        "be removed from the department's public database and shall not be released in response to "
        "a request from the public or from any employer. (c) Notwithstanding subsection (b), a "
        "person whose record has been expunged is entitled, upon written request and proof of "
        "identity, to receive a copy of the record maintained by the department. (d) The "
        "department shall adopt rules for the form of a request under subsection (c)."
    ),
    "s18": (
        "Sec. 11. Disclosure of sealed records. Records sealed under Section 10 shall not be "
        "disclosed by any agency or court except as follows: (1) to a criminal justice agency, for "
        "the administration of criminal justice; (2) to the court, in a later proceeding in which "
        "the person is a party; (3) upon the request of the person named therein, to that person "
        "or to any person designated by that person in a signed writing; and (4) to a researcher "
        "approved by the department, in a form that does not identify any person."
    ),
    "s19": (
        "Sec. 8. Confidentiality after sealing. (a) Upon entry of an order of sealing, the court "
        "and every agency named in the order shall treat the record as confidential. (b) No "
        "officer or employee of the court or of a law enforcement agency shall disclose the "
        "contents of a sealed record, or confirm its existence, to any person other than the "
        "person who is the subject of the record. (c) An officer or employee who knowingly "
        "violates subsection (b) is guilty of a misdemeanor. (d) This section does not apply to "
        "the transmission of a record between courts of this state."
    ),
    "s20": (
        'Sec. 1. Definitions. In this chapter: (1) "Criminal history record" means information '
        "collected by criminal justice agencies on a person, consisting of identifiable "
        'descriptions and notations of arrests, charges, and dispositions. (2) "Clean slate '
        'relief" means the sealing of a criminal history record under Section 3. (3) "Sealed" '
        "means that a record is removed from public view, is not disclosed in response to a "
        "request from the public or from any noncriminal justice agency, and remains available to "
        'the subject of the record and to criminal justice agencies. (4) "Repository" means the '
        "state criminal history repository.\nSec. 3. Automatic sealing. The repository shall seal "
        "the criminal history record of a person who has not been convicted of a new offense for "
        "seven years after completing a sentence for a misdemeanor."
    ),
    "s21": (
        "Sec. 19-7. Expungement order; copies. (a) An order of expungement shall direct the clerk "
        "of the court and every agency named in the order to remove the expunged records from "
        "their files and deliver them to the clerk, who shall keep them in a locked file. (b) The "
        "expunged records shall not be open to the public. (c) The petitioner may obtain copies of "
        "the expunged records from the clerk without leave of court, upon presenting proof of "
        "identity. (d) The clerk shall not charge a fee for copies provided under subsection (c)."
    ),
    "s22": (
        "Sec. 6. Confidentiality of sealed records. (1) A record sealed under this act shall not "
        "be disseminated to any person or entity except as provided in this section. (2) A sealed "
        "record may be disseminated to a criminal justice agency for the administration of "
        "criminal justice, and to a licensing board for a license to care for children. (3) "
        "Nothing in this section prohibits a person whose record has been sealed from inspecting, "
        "copying, or obtaining a certified copy of that record from any agency that holds it. (4) "
        "An agency may require proof of identity before permitting inspection under subsection (3)."
    ),
    "s23": (
        'Sec. 15. Review of confidential records by subject. (a) In this section, "confidential '
        'record" means a juvenile court record or a law enforcement record that is confidential '
        "under Section 14. (b) The subject of a confidential record, upon presenting "
        "identification, shall be permitted to review the record at the office of the clerk or "
        "agency that keeps it, during regular business hours, and to receive one copy of the "
        "record. (c) If the subject is under eighteen years of age, the review may be made by the "
        "subject together with a parent or guardian. (d) The clerk or agency shall note the review "
        "in the file."
    ),
    "s24": (
        "Rule 3.692(c). Confidential criminal records.\n(1) Records of a criminal case in which "
        "the charges were dismissed or the defendant was acquitted are confidential after the "
        "entry of an order under subdivision (b).\n(2) Records made confidential under this "
        "subdivision are not available to the public, but shall be available to the parties, to "
        "their attorneys, and to the person who is the subject of the record.\n(3) The clerk shall "
        "designate such records as confidential in the case maintenance system.\n(4) A request for "
        "access by any other person shall be made by written motion."
    ),
    "s25": (
        "Sec. 13. Access to sealed juvenile records. (a) Upon the sealing of a juvenile record "
        "under Section 12, the record shall not be open to the public. (b) The record may be "
        "inspected, without an order of the court, by an attorney licensed in this State who "
        "presents a signed authorization from the person who is the subject of the record. (c) The "
        "attorney may obtain a copy of the record for use in advising or representing that person. "
        "(d) Except as provided in subsections (b) and (c), the record may be inspected only by "
        "order of the court."
    ),
    "s28": (
        "Sec. 5. Verification of sealed records. (a) A record sealed under Section 4 shall be kept "
        "by the central repository in a separate file that is not accessible to the public. (b) "
        "The person who is the subject of a sealed record may inspect the record at the central "
        "repository solely to verify its accuracy and completeness. (c) The person may not remove, "
        "copy, or photograph the record during an inspection under subsection (b). (d) If the "
        "person believes the record is inaccurate, the person may request correction under Section "
        "6."
    ),
    "s29": (
        "Sec. 40. Records concerning a child. (a) Records of a proceeding under this chapter "
        "concerning a child are confidential. (b) The parent, guardian, or legal custodian of the "
        "child may inspect the records without an order of the court. (c) A guardian ad litem "
        "appointed for the child may inspect the records. (d) All other persons, including the "
        'child, may inspect the records only by leave of court. (e) "Child" has the meaning '
        "given in Section 2."
    ),
    "s30": (
        "Sec. 12. Use of set-aside record. (a) A conviction that has been set aside under Section "
        "11 shall not be disclosed by any agency to an employer or to the public. (b) A person "
        "whose conviction has been set aside may, without a court order, obtain a copy of the "
        "set-aside record from the court, but only when the person is required to disclose it in "
        "an application for a professional or occupational license, and for no other purpose. (c) "
        "The court shall certify on the copy that the conviction has been set aside."
    ),
    "s31": (
        "Sec. 4. Public access to sealed records. (a) A record sealed under Section 3 is exempt "
        "from disclosure under the Public Records Act. (b) A court, clerk, or law enforcement "
        "agency shall not make a sealed record available to members of the public, whether by "
        "inspection, by copy, or through any online portal or bulk data product. (c) A commercial "
        "reporting agency that obtains a sealed record shall not include it in any consumer "
        "report. (d) This section applies to records sealed before, on, or after the effective "
        "date of this act."
    ),
    "s32": (
        "Sec. 17. Annual report. (a) Not later than March 1 of each year, the Administrative "
        "Office of the Courts and the central repository shall jointly publish a report on the "
        "records sealed under this chapter in the preceding calendar year. (b) The report shall "
        "state, by county and by offense class, the number of records sealed automatically, the "
        "number sealed upon petition, and the number of petitions denied. (c) The report shall not "
        "contain any information that identifies, or could reasonably be used to identify, any "
        "person whose record was sealed. (d) The report shall be posted on the website of the "
        "Administrative Office of the Courts."
    ),
    "s33": (
        'Sec. 8. Rights of victims. (a) In this section, "victim" means a person against whom '
        "the offense was committed, or the family member of a victim who is deceased or "
        "incapacitated. (b) A victim may inspect the court file of the case, including the "
        "charging document and the judgment, and may obtain a copy of the order of disposition "
        "without charge. (c) A victim's right to inspect under subsection (b) continues after the "
        "record is sealed, but the victim shall not disclose the sealed record to any other "
        "person. (d) The prosecuting attorney shall inform the victim of the rights under this "
        "section."
    ),
    "s34": (
        "Sec. 10. Use of sealed records by law enforcement. (a) A law enforcement agency may keep "
        "a record that has been sealed under this chapter in its investigative files. (b) A law "
        "enforcement agency may use a sealed record in the investigation of a crime, and a "
        "prosecuting attorney may use it in deciding whether to file charges or in proving a prior "
        "offense for sentencing. (c) Nothing in this chapter requires a law enforcement agency to "
        "destroy a record. (d) A law enforcement agency shall not use a sealed record as the sole "
        "basis for a stop or an arrest."
    ),
    "s36": (
        "Sec. 9. Effect of sealing on the person. (a) Upon sealing, the arrest, charge, and "
        "conviction shall be deemed not to have occurred. (b) The person whose record has been "
        "sealed may deny the existence of the record, and of the underlying arrest, in response to "
        "any inquiry, and shall not be subject to prosecution for perjury or for making a false "
        "statement by reason of that denial. (c) Subsection (b) does not apply to an application "
        "for employment as a peace officer or to an application for a license to carry a concealed "
        "handgun."
    ),
    "s37": (
        "Sec. 25. Fees. (a) The central repository may charge the following fees: (1) twenty-five "
        "dollars for a name-based search of criminal history record information requested by an "
        "employer or a member of the public; (2) forty dollars for a fingerprint-based search; and "
        "(3) ten dollars for each certified copy of a court disposition obtained by the repository "
        "on behalf of a requester. (b) No fee shall be charged for the sealing of a record under "
        "Section 3. (c) Fees collected under this section shall be deposited in the Criminal "
        "Records Improvement Fund."
    ),
    "s38": (
        "Sec. 14. Correction of criminal history record information. (a) A person who believes "
        "that criminal history record information about the person held by the central repository "
        "is inaccurate or incomplete may submit a written request for correction, with any "
        "supporting documents, to the repository. (b) Within forty-five days after receiving a "
        "request, the repository shall investigate and either correct the information or notify "
        "the person in writing of its reasons for declining to do so. (c) A person aggrieved by a "
        "decision under subsection (b) may seek administrative review under Chapter 5 of the "
        "Administrative Procedure Act. (d) The repository shall notify every agency to which it "
        "disseminated the inaccurate information of any correction made."
    ),
    "s39": (
        "Sec. 3. Employment inquiries. (a) An employer shall not ask an applicant for employment "
        "to disclose, and shall not consider, any information about an arrest, charge, or "
        "conviction that has been sealed or expunged. (b) An employer that obtains information "
        "about a sealed record from any source shall not use it in any employment decision. (c) "
        "The Department of Labor shall enforce this section and may impose a civil penalty of up "
        "to five hundred dollars for each violation. (d) This section does not apply to an "
        "employer that is required by law to conduct a fingerprint-based background check."
    ),
    "s40": (
        "Sec. 18. Research access. (a) The central repository may grant access to sealed criminal "
        "history record information to a qualified researcher under a written research agreement "
        "approved by the repository's director. (b) A research agreement shall require that the "
        "information be used only for statistical or research purposes, that it be kept secure, "
        "and that no published result identify any person. (c) The repository shall remove names, "
        "dates of birth, and other direct identifiers before providing information under this "
        "section. (d) A researcher who discloses identifying information in violation of the "
        "agreement commits a misdemeanor."
    ),
}

PROBES = [
    ("s01", "court-jurisdiction", "absent"),
    ("s01", "record-access", "contrary"),
    ("s03", "record-access", "contrary"),
    ("s04", "record-access", "contrary"),
    ("s05", "record-access", "contrary"),
    ("s06", "record-access", "contrary"),
    ("s07", "record-access", "contrary"),
    ("s08", "record-access", "contrary"),
    ("s09", "record-access", "contrary"),
    ("s10", "record-access", "contrary"),
    ("s11", "record-access", "contrary"),
    ("s12", "record-access", "contrary"),
    ("s14", "record-access", "contrary"),
    ("s15", "record-access", "present"),
    ("s16", "record-access", "present"),
    ("s17", "record-access", "present"),
    ("s18", "record-access", "present"),
    ("s19", "record-access", "present"),
    ("s20", "record-access", "present"),
    ("s21", "record-access", "present"),
    ("s22", "record-access", "present"),
    ("s23", "record-access", "present"),
    ("s24", "record-access", "present"),
    ("s25", "record-access", "partial"),
    ("s28", "record-access", "partial"),
    ("s29", "record-access", "partial"),
    ("s30", "record-access", "partial"),
    ("s31", "record-access", "absent"),
    ("s32", "record-access", "absent"),
    ("s33", "record-access", "absent"),
    ("s34", "record-access", "absent"),
    ("s36", "record-access", "absent"),
    ("s37", "record-access", "absent"),
    ("s38", "record-access", "absent"),
    ("s39", "record-access", "absent"),
    ("s40", "record-access", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
