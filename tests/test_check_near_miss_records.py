"""`billkit check` on texts that share many words with the person's access to a cleared record, or with
keeping it from federal agencies, and mostly do not give it: a review aimed at false alarms.

The texts are a critical reader's probes, written for these tests (no source), about half of them near
misses; the reader wrote the expected status before the first run, without seeing the corpus texts, and
judged only the tool's output. They pin down, among others:
- near misses: records open to victims, employers, researchers and the press, whose recipients "shall not
  disclose it to anyone else" (a bar on passing the record on, not on the person); a licensing board's own
  file the applicant may "inspect and copy"; treatment records; sharing with "law enforcement agencies"
  that names no federal body; federal grants, a federally recognised tribe, a state's own homeland
  security office;
- grants read through their shape: "No other person may obtain an expunged record except upon order of the
  court" after a list that names the person; a bar whose exception points to the subsection that lets the
  person in ("Except as provided in Subsection (f) ..., an agency may not release a sealed record to any
  person"); a route "in the manner, and subject to the fees and limits, provided in Section ..."
  (partial);
- federal recipients: the FBI named in a list of those "the custodian ... shall disclose the expunged
  record to", though an order of expungement is named before the verb; a "criminal justice agency" defined
  to take in agencies "of the United States", to which the repository "shall furnish a sealed record".

Rows the rules read otherwise, or where the reader departed from the corpus's labels (a copy of the order
and a certificate of sealing are ``partial`` there; a savings clause for 8 U.S.C. § 1373 is ``contrary``),
are left out, and named in the session's note.

"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "n01": (
        "§ 40-61-12. Access to expunged records.\n(a) Notwithstanding the entry of an order of "
        "expungement, the custodian of the records shall disclose the expunged record to:\n(1) the "
        "person who is the subject of the record, upon written request, without charge and without "
        "the necessity of a court order;\n(2) the Federal Bureau of Investigation, for any criminal "
        "justice or noncriminal justice purpose authorized under the National Crime Prevention and "
        "Privacy Compact;\n(3) a prosecuting attorney, for the prosecution of a later offense; and\n(4)"
        " the state lottery commission, for the employment of lottery security personnel.\n(b) No "
        "other person may obtain an expunged record except upon order of the court."
    ),
    "n02": (
        "Sec. 5. Adverse action based on a background report.\n(a) An employer that intends to deny "
        "employment to an applicant, wholly or partly because of information in a criminal background"
        " report, shall first give the applicant:\n(1) a copy of the report on which the employer "
        "relied;\n(2) a written statement identifying the items in the report that caused the "
        "decision; and\n(3) at least five business days to respond, including by showing that an item "
        "has been sealed or expunged.\n(b) An employer shall not consider a record that has been "
        "sealed or expunged, and shall disregard any such record that appears in a report."
    ),
    "n03": (
        "Sec. 5. Rights of the record subject; federal records.\n(a) A person whose record has been "
        "expunged under this Act, or that person's attorney, may at any time inspect and obtain "
        "certified copies of the expunged record, including the charging document, plea, judgment and"
        " docket, from the court, the prosecuting attorney, the arresting agency or the Bureau, and "
        "no agency shall require a court order, a petition, or a statement of purpose as a condition "
        "of that access.\n(b) Within 20 days after an expungement, the Bureau shall request the "
        "Federal Bureau of Investigation to remove the record from the Interstate Identification "
        "Index, the National Crime Information Center and the Next Generation Identification system, "
        "and shall confirm the removal in writing to the person upon request.\n(c) No agency of this "
        "State or of a political subdivision shall disclose an expunged record, or grant access to "
        "any database containing it, to the United States Department of Homeland Security or any of "
        "its components, except under a judicial warrant or as expressly required by federal law."
    ),
    "n04": (
        "Sec. 3. Section 21-419 is amended to read:\n21-419. (1) A record expunged under this part "
        "shall be kept by the repository in a nonpublic index and may be disclosed only to:\n(a) the "
        "person whose record was expunged, on request and proof of identity;\n(b) a criminal justice "
        "agency of this state, for the investigation or prosecution of a crime;\n(c) the United States"
        " Department of Homeland Security, or any component of it, upon the department's request, in "
        "connection with the person's admission, immigration status or removal; and\n(d) a court, for "
        "sentencing in a later case.\n(2) A disclosure under subsection (1) does not require an order "
        "of court."
    ),
    "n05": (
        'Section 1. Definitions. In this Act:\n(a) "Authorized requester" means: (i) the record '
        "subject; (ii) an attorney who presents the record subject's written consent; or (iii) the "
        'parent or guardian of a record subject who is a minor.\n(b) "Record subject" means the '
        'individual whose arrest, charge or conviction is described in a record.\n(c) "Restricted '
        'record" means a record that has been sealed or expunged under this Act.\nSection 4. Release '
        "of restricted records.\n(a) The central repository and the clerk of each court shall, within "
        "15 days after receiving a written request, furnish to an authorized requester a copy of any "
        "restricted record in its custody.\n(b) A release under subsection (a) is not conditioned on "
        "the filing of a petition or the entry of a court order."
    ),
    "n06": (
        "Sec. 11. Review and challenge.\n(a) An individual may review criminal history record "
        "information that the Bureau maintains about the individual, including information in a "
        "record that has been sealed, only for the purpose of challenging its accuracy or "
        "completeness.\n(b) The review shall take place at the Bureau's office or at a designated "
        "sheriff's office, upon submission of the individual's fingerprints. The individual may take "
        "notes but shall not be given a copy of a sealed record.\n(c) If the individual shows that "
        "information is inaccurate, the Bureau shall correct it within 30 days and notify each agency"
        " to which it disseminated the information in the preceding year."
    ),
    "n07": (
        "SECTION 2. Section 40-27-9 is amended to read:\n40-27-9. (c) [A person whose record has been "
        "expunged may obtain a copy of the record only upon petition to the court that entered the "
        "order and a showing of good cause.] THE PERSON WHOSE RECORD HAS BEEN EXPUNGED, OR THAT "
        "PERSON'S ATTORNEY, MAY OBTAIN A COPY OF THE RECORD FROM THE CLERK OR FROM THE STATE BUREAU "
        "OF INVESTIGATION UPON REQUEST, WITHOUT PETITION OR ORDER OF THE COURT. THE CLERK AND THE "
        "BUREAU SHALL PROVIDE THE COPY WITHIN 10 DAYS AND WITHOUT FEE.\nEXPLANATION: Matter in "
        "brackets [ ] is existing law to be deleted. Matter in capitals is new."
    ),
    "n08": (
        "Sec. 4. Law enforcement use of sealed records.\n(a) Sealing under this chapter does not "
        "prevent a law enforcement agency or a prosecuting attorney from obtaining, using, or sharing"
        " sealed record information with another law enforcement agency for:\n(1) the investigation or"
        " prosecution of a crime;\n(2) setting conditions of pretrial release; or\n(3) the supervision "
        "of a person on probation or parole.\n(b) A law enforcement agency that obtains sealed record "
        "information under subsection (a) shall not disclose it to any person other than a law "
        "enforcement agency, a prosecuting attorney, or a court, and shall not use it to make an "
        "arrest for an offense that is the subject of the sealing order."
    ),
    "n11": (
        "Rule 3.220A. Sealed Records in Later Proceedings.\n(a) Defendant's access to records of a "
        "witness. In a criminal prosecution, the defendant may move for disclosure of a sealed record"
        " of a prosecution witness. The court shall examine the record in camera and shall disclose "
        "to the defendant any part of it that is material to the defense.\n(b) Civil parties. A party "
        "to a civil action may obtain a sealed record of another party only upon a showing that the "
        "record is essential to a claim or defense.\n(c) Protective orders. A record disclosed under "
        "this rule shall be used only in the proceeding and shall be returned or destroyed at its "
        "conclusion."
    ),
    "n12": (
        '§ 631.01 Definitions. As used in this chapter:\n(1) "Criminal history record information" has'
        " the meaning given in 28 C.F.R. § 20.3 and includes information collected by criminal "
        'justice agencies of this state.\n(2) "Federal offense" means an offense defined by an Act of '
        'Congress or by the Uniform Code of Military Justice.\n(3) "Out-of-state record" means a '
        "record of an arrest, charge or conviction made by a court or agency of another state, of a "
        'territory, or of the United States.\n(4) "Qualifying record" means a record of a conviction '
        "under the laws of this state for an offense that is not a federal offense and that is not an"
        ' out-of-state record.\n(5) "Repository" means the central repository maintained by the Bureau'
        " of Criminal Identification under § 631.05."
    ),
    "n13": (
        "§ 3405. Notice to federal repository.\n(a) Within ten business days after an expungement "
        "order is entered, the court shall transmit the order to the State Repository, and the State "
        "Repository shall notify the Criminal Justice Information Services Division of the Federal "
        "Bureau of Investigation of the order and request that the record be expunged from the "
        "Interstate Identification Index.\n(b) The State Repository shall keep a copy of each notice "
        "sent under subsection (a) and shall report to the Court Administrator, by January 15 of each"
        " year, the number of notices sent and the number of requests that the Federal Bureau of "
        "Investigation acknowledged."
    ),
    "n14": (
        "SECTION 4. Section 19-77h is amended to read:\n19-77h. (a) AS USED IN THIS SECTION, "
        '"IMMIGRATION AUTHORITY" MEANS ANY FEDERAL, STATE OR LOCAL OFFICER, EMPLOYEE OR AGENCY ACTING'
        " TO ENFORCE CIVIL IMMIGRATION LAW, INCLUDING UNITED STATES IMMIGRATION AND CUSTOMS "
        "ENFORCEMENT.\n(b) Upon the erasure of a record under this chapter, the State Police Bureau of"
        " Identification shall [notify the state's attorney of the erasure] NOTIFY THE FEDERAL BUREAU"
        " OF INVESTIGATION AND DIRECT THE REMOVAL OF THE RECORD FROM EVERY FEDERAL DATABASE TO WHICH "
        "THE BUREAU CONTRIBUTED IT.\n(c) NO STATE OR LOCAL AGENCY SHALL DISCLOSE AN ERASED RECORD, OR "
        "ALLOW DIRECT ACCESS TO A DATABASE CONTAINING IT, TO AN IMMIGRATION AUTHORITY, UNLESS FEDERAL"
        " LAW REQUIRES THE DISCLOSURE.\nEXPLANATION: Matter in brackets [ ] is existing law to be "
        "deleted. Matter in capitals is new."
    ),
    "n15": (
        "SECTION 9. FUNDING.\n(a) The Department of Public Safety shall apply for all federal funds "
        "available for the improvement of criminal history records, including grants under the "
        "National Criminal History Improvement Program and the NICS Act Record Improvement Program, "
        "and shall use those funds, to the extent they are sufficient, to carry out the automatic "
        "sealing required by section 3.\n(b) Federal funds received under subsection (a) shall be "
        "deposited in the Clean Slate Implementation Fund created in section 10. The department shall"
        " report annually to the legislature the amount of federal and state money spent, the number "
        "of records sealed, and the number of records not yet sealed because a disposition is "
        "missing.\n(c) Nothing in this section makes sealing conditional on the receipt of federal "
        "funds."
    ),
    "n16": (
        "(1) A court, clerk, probation officer, or other state or local official shall not ask a "
        "person who files a petition under this chapter, or who is eligible for automatic sealing, "
        "about the person's citizenship or immigration status, and shall not require the person to "
        "produce a document showing that status.\n(2) No form used in a proceeding under this chapter "
        "shall contain a question about place of birth, citizenship or immigration status.\n(3) "
        "Subsections (1) and (2) do not apply when the information is needed to decide eligibility "
        "for a form of relief that, by its terms, depends on a person's status."
    ),
    "n17": (
        "§ 9-112. Effect of sealing; inspection by subject.\n(a) Upon entry of an order under § 9-110,"
        " the proceedings in the case shall be deemed never to have occurred, and the record shall be"
        " sealed from public inspection.\n(b) Notwithstanding subsection (a) or any other provision of"
        " law, the person who is the subject of a sealed record, or an attorney acting with the "
        "person's written authorization, may inspect the record and obtain a complete copy of it from"
        " the court, the central repository, or any agency that holds it, upon presentation of "
        "identification and without any order of court. An agency shall not charge the person a fee "
        "greater than the fee charged for a public record of similar length."
    ),
    "n18": (
        "Section 21. Commercial dissemination.\n(a) A record sealed under this act shall not be "
        "disclosed, sold or furnished by any agency of this state to a consumer reporting agency, a "
        "commercial background screening company, or a data broker.\n(b) A consumer reporting agency "
        "that obtained a record before it was sealed shall delete the record within 30 days after the"
        " repository publishes notice of the sealing, and shall not report it thereafter.\n(c) A "
        "violation of subsection (b) is an unfair trade practice under section 17-44."
    ),
    "n19": (
        "§ 12.3. Confidentiality.\n(1) Except as provided in subsection (2), no officer or employee of"
        " the State or of a political subdivision shall divulge, disclose or make known in any manner"
        " to any person information contained in a record expunged under this chapter.\n(2) "
        "Information in an expunged record may be disclosed only to:\n(a) a prosecuting attorney, to "
        "determine whether a defendant is eligible for diversion;\n(b) a court, for sentencing after a"
        " later conviction;\n(c) the Department of Corrections, for classification of an inmate; "
        "and\n(d) a law enforcement agency of this State that is hiring a peace officer."
    ),
    "n20": (
        "(4) Upon entering an order of sealing, the clerk of the court shall, within five business "
        "days, transmit the order electronically to:\n(a) the state central repository of criminal "
        "history record information;\n(b) the arresting agency;\n(c) the prosecuting attorney; and\n(d) "
        "any other state agency that the petitioner identifies as holding a record of the arrest.\n(5)"
        " Each agency that receives the order shall seal every record of the case in its custody, "
        "shall remove the case from any database it maintains that is open to the public, and shall "
        "certify its compliance to the court within 60 days.\n(6) The central repository shall send "
        "notice of the sealing to every state or local criminal justice agency to which it reported "
        "the arrest."
    ),
    "n21": (
        "Sec. 14. Occupational licensing.\n(a) A licensing board shall not deny, suspend or revoke a "
        "license on the basis of a conviction that has been expunged or sealed.\n(b) An applicant who "
        "is denied a license may, under the Public Records Act, inspect and copy the board's file "
        "concerning the application, including correspondence, staff memoranda and the minutes of any"
        " meeting at which the application was considered, except the portions exempt under section "
        "42.56.240.\n(c) The board shall state in writing the reasons for any denial and shall inform "
        "the applicant of the right to a hearing."
    ),
    "n23": (
        "SECTION 5. Section 40-27-11 is amended to read:\n40-27-11. (a) A record sealed under this "
        "chapter shall not be open to public inspection.\n(b) [The person who is the subject of a "
        "sealed record may inspect and copy it at the office of the clerk upon proof of identity.] A "
        "SEALED RECORD MAY BE OPENED FOR INSPECTION, INCLUDING BY THE PERSON WHO IS ITS SUBJECT, ONLY"
        " UPON ORDER OF THE COURT ENTERED ON A WRITTEN MOTION THAT STATES THE PURPOSE FOR WHICH "
        "INSPECTION IS SOUGHT.\n(c) The clerk shall keep a log of each order entered under subsection "
        "(b).\nEXPLANATION: Matter in brackets [ ] is existing law to be deleted. Matter in capitals "
        "is new."
    ),
    "n24": (
        "Section 12. Records of treatment in a diversion program.\n(a) A participant in a drug court "
        "or other treatment program to which the participant was diverted under section 11 has the "
        "right to inspect and obtain a copy of the participant's clinical and treatment records held "
        "by the treatment provider, in the manner provided by the Health Care Information Act, "
        "chapter 70.02.\n(b) Treatment records described in subsection (a) are not part of the court "
        "file and are not affected by an order sealing or expunging the criminal case.\n(c) Upon the "
        "participant's successful completion of the program, the court shall dismiss the charge and "
        "order the records of the case expunged as provided in section 13."
    ),
    "n25": (
        "Section 8. Homeland security background checks.\n(a) The Division of Homeland Security and "
        "Emergency Management, established within the state Department of Public Safety by section "
        "29-7-102, may obtain sealed criminal history record information from the state central "
        "repository only for a fingerprint-based background check of a person who applies for "
        "unescorted access to a state emergency operations center.\n(b) Information obtained under "
        "subsection (a) shall not be further disseminated and shall be destroyed when the background "
        "check is complete."
    ),
    "n26": (
        "Sec. 7. Federal records.\n(a) Within 30 days after a record is sealed under this Act, the "
        "Bureau shall: (1) request the Federal Bureau of Investigation to remove from the Interstate "
        "Identification Index and the National Crime Information Center every entry of the arrest, "
        "charge and disposition that the Bureau or any agency of this State contributed; and (2) send"
        " the Federal Bureau of Investigation a copy of the sealing order.\n(b) Notwithstanding any "
        "other provision of law, no agency or employee of this State or of a political subdivision "
        "shall provide a sealed record, or any information from it, to United States Immigration and "
        "Customs Enforcement, United States Customs and Border Protection, or any other person or "
        "agency for the purpose of enforcing federal civil immigration law, except as required by "
        "federal law or by a judicial warrant."
    ),
    "n27": (
        "Sec. 7. ACCESS TO SEALED RECORDS BY CERTAIN PERSONS.\n(a) In addition to any access otherwise"
        " provided by law, the central repository may make a record sealed under section 5 of this "
        "act available to the following persons, upon written request and payment of the fee set "
        "under section 9:\n(1) a victim of the offense, or the victim's lawful representative, for the"
        " purpose of seeking restitution or a protective order;\n(2) an employer that is required by a"
        " statute of this state or of the United States to obtain a fingerprint-based check of an "
        "applicant for a position involving the care of children, elderly persons or persons with "
        "disabilities;\n(3) a board or commission that licenses a health-care profession, while it is "
        "considering an application for licensure;\n(4) a bona fide researcher who has signed a "
        "nondisclosure agreement approved by the repository, provided that no information identifying"
        " the record subject is published; and\n(5) a member of the news media, but only as to the "
        "fact that a sealing order was entered and not as to the contents of the record.\n(b) A person"
        " who obtains a sealed record under subsection (a) shall not disclose it to anyone else "
        "except as necessary for the purpose for which it was obtained."
    ),
    "n28": (
        "(f) Access by the subject. The person whose record has been sealed may obtain access to the "
        "sealed record in the manner, and subject to the fees and limits, provided in Section "
        "12-9-404.\n(g) Other access. Except as provided in Subsection (f) and in Section 12-9-405, an"
        " agency may not release a sealed record to any person.\n(h) An agency that releases a sealed "
        "record under Subsection (f) shall record the date of the release and the identity of the "
        "person who received it, and shall keep that entry for five years."
    ),
    "n29": (
        "§ 2-718. Relation to open records law.\n(1) A criminal justice record that is the subject of "
        "an order of expungement is exempt from inspection and copying under the Open Records Act, § "
        "24-72-201 et seq.\n(2) Nothing in subsection (1) of this section shall be construed to limit "
        "the right of any person, including the person named in an order of expungement, to inspect "
        "and copy under the Open Records Act any public record that is not the subject of the order, "
        "such as the policies, budgets, minutes and use-of-force reports of the arresting agency.\n(3)"
        " A custodian who denies a request because of subsection (1) shall not state the reason for "
        "the denial in a manner that reveals the existence of the expunged record."
    ),
    "n30": (
        "SECTION 3. Subsection (e) of section 27-4-409 is amended as follows:\n(e) A sealed record "
        "[shall not be disclosed to a federal immigration authority, and no agency shall respond to a"
        " request from such an authority for information contained in a sealed record] MAY BE "
        "DISCLOSED TO ANY AGENCY OF THE UNITED STATES, INCLUDING UNITED STATES IMMIGRATION AND "
        "CUSTOMS ENFORCEMENT, UPON THAT AGENCY'S WRITTEN REQUEST.\nEXPLANATION: Matter in brackets [ ]"
        " is existing law to be deleted. Matter in capitals is new."
    ),
    "n31": (
        "§ 7-306. Confidentiality of sealed records.\n(a) Except as provided in subsections (b) and "
        "(c), a sealed record is confidential and is not a public record.\n(b) The person who is the "
        "subject of a sealed record may inspect it and shall, on request, receive one certified copy "
        "without charge from any court or agency that holds it. No order of the court is "
        "required.\n(c) A sealed record may be disclosed:\n(1) to a criminal justice agency of this "
        "State for the investigation or prosecution of a crime;\n(2) as required by federal law; "
        "or\n(3) in response to a subpoena issued by a court of this State in a criminal case."
    ),
    "n32": (
        'Section 2. Definitions. In this chapter:\n...\n(3) "Criminal justice agency" means a court, or'
        " a governmental agency or any subunit of one, of this state, of another state, or of the "
        "United States, that performs the administration of criminal justice under a statute or "
        "executive order and allocates a substantial part of its annual budget to that "
        "function.\n...\nSection 8. Effect of sealing.\n(a) A sealed record is not a public record and "
        "shall not be disclosed to an employer, landlord or other member of the public.\n(b) "
        "Notwithstanding subsection (a), the central repository shall furnish a sealed record to any "
        "criminal justice agency, upon request, for any purpose connected with the administration of "
        "criminal justice, including the screening of applicants for employment with that agency."
    ),
    "n33": (
        "Section 6. Immigration enforcement.\n(1) A state or local agency shall not disclose a record "
        "that has been sealed or set aside under this chapter, or the fact that such a record exists,"
        " to a federal immigration authority, except as required by federal law.\n(2) A state agency "
        "shall not enter into or renew a contract, memorandum of understanding or other agreement "
        "that gives a federal immigration authority direct or remote access to the state criminal "
        "history database, unless the agreement technically excludes sealed records from that "
        'access.\n(3) In this section, "federal immigration authority" means any officer or employee '
        "of, or person acting as an agent of, United States Immigration and Customs Enforcement or "
        "United States Customs and Border Protection."
    ),
    "n34": (
        "(3) Notwithstanding subsection (2), the repository shall make a sealed record available to a"
        " court of a federally recognized Indian tribe, or to a tribal law enforcement agency that "
        "has entered into an agreement with the Department under section 43-2-16, for the purpose of "
        "a criminal proceeding or a background check within the tribe's jurisdiction. A tribal court "
        "or agency that receives a sealed record shall keep it confidential on the same terms that "
        "bind agencies of this State."
    ),
    "n35": (
        "§ 15. Limits of this Act.\n(a) This Act applies to records of arrests, charges and "
        "convictions under the laws of this State that are kept by a court, agency or political "
        "subdivision of this State.\n(b) Nothing in this Act shall be construed to authorize a court "
        "of this State to order the sealing or destruction of a record kept by a court of the United "
        "States, by a federal agency, or by a court of another state, or to affect a conviction "
        "entered under federal law.\n(c) A person convicted in a court of the United States may seek "
        "relief from that conviction only as the laws of the United States allow."
    ),
    "n36": (
        "Sec. 6. Victim participation.\n(a) When a petition is filed under this chapter, the "
        "prosecuting attorney shall notify the victim of the offense, and the victim may submit a "
        "written statement to the court.\n(b) A copy of the victim's statement shall be provided to "
        "the petitioner or the petitioner's attorney. The address, telephone number, place of "
        "employment and other locating information of the victim shall be redacted from the copy.\n(c)"
        " Any information about a victim that is provided to the petitioner under this section is "
        "confidential. The petitioner and the petitioner's attorney shall not disclose that "
        "information to any other person, including any federal, state or local agency, except as "
        "necessary to respond to the statement in the proceeding."
    ),
    "n37": (
        "Sec. 418.301. Cooperation with federal immigration enforcement.\n(a) A local entity, campus "
        "police department or state agency may not adopt, enforce or endorse a policy under which it "
        "prohibits or materially limits the enforcement of immigration laws, including by prohibiting"
        " or limiting any person from:\n(1) inquiring into the immigration status of a person under "
        "lawful detention or arrest;\n(2) sending to or receiving from United States Immigration and "
        "Customs Enforcement information about a person, including criminal history record "
        "information, whether or not the record has been sealed; or\n(3) assisting or cooperating with"
        " a federal immigration officer.\n(b) A local entity that violates subsection (a) is liable "
        "for a civil penalty of not less than $1,000 for each day of the violation."
    ),
    "n38": (
        "(d) A sealed record is confidential and shall not be open to the public. Nothing in this "
        "section shall be construed to prohibit:\n(1) a disclosure that is required by federal law as "
        "a condition of the agency's participation in a federally funded program;\n(2) the use of a "
        "sealed record by a criminal justice agency of this state in the investigation or prosecution"
        " of a new offense; or\n(3) a disclosure ordered by a court of competent jurisdiction."
    ),
    "n39": (
        "(1) Within 30 days after receiving an expungement order, the Bureau shall notify the Federal"
        " Bureau of Investigation and request the deletion of the arrest and disposition from the "
        "national index.\n(2) Once an order is entered, the record and all information in it shall be "
        "kept confidential and shall not be released to any person, including the person named in the"
        " order, except by order of the court for good cause.\n(3) Nothing in this section affects the"
        " right of a criminal justice agency of this state to keep a nonpublic record of the "
        "expungement for use in a later prosecution."
    ),
    "n40": (
        "Rule 2.550A. Expunged Criminal Records.\n(a) Custody. The clerk shall keep each expunged file"
        " in a separate, nonpublic location.\n(b) No release without order. An expunged file, and any "
        "information in it, shall not be released to any person or entity, including the defendant, "
        "the defendant's counsel, or any agency, except upon order of the court for good cause "
        "shown.\n(c) Motion. A motion under subdivision (b) shall be served on the prosecuting "
        "attorney, who may respond within 14 days.\n(d) Court personnel. Nothing in this rule limits "
        "the access of judicial officers and court staff in the performance of their duties."
    ),
}

PROBES = [
    ("n01", "record-access", "present"),
    ("n01", "federal-records", "contrary"),
    ("n02", "record-access", "absent"),
    ("n03", "record-access", "present"),
    ("n03", "federal-records", "present"),
    ("n04", "record-access", "present"),
    ("n04", "federal-records", "contrary"),
    ("n05", "record-access", "present"),
    ("n06", "record-access", "partial"),
    ("n07", "record-access", "present"),
    ("n08", "federal-records", "absent"),
    ("n11", "record-access", "absent"),
    ("n12", "federal-records", "absent"),
    ("n13", "federal-records", "partial"),
    ("n14", "federal-records", "present"),
    ("n15", "federal-records", "absent"),
    ("n16", "federal-records", "absent"),
    ("n17", "record-access", "present"),
    ("n18", "federal-records", "absent"),
    ("n19", "record-access", "contrary"),
    ("n19", "federal-records", "absent"),
    ("n20", "federal-records", "absent"),
    ("n21", "record-access", "absent"),
    ("n23", "record-access", "contrary"),
    ("n24", "record-access", "absent"),
    ("n25", "federal-records", "absent"),
    ("n26", "federal-records", "present"),
    ("n27", "record-access", "absent"),
    ("n28", "record-access", "partial"),
    ("n29", "record-access", "absent"),
    ("n30", "federal-records", "contrary"),
    ("n31", "record-access", "present"),
    ("n31", "federal-records", "absent"),
    ("n32", "federal-records", "contrary"),
    ("n33", "federal-records", "partial"),
    ("n34", "federal-records", "absent"),
    ("n35", "federal-records", "absent"),
    ("n36", "federal-records", "absent"),
    ("n36", "record-access", "absent"),
    ("n37", "federal-records", "contrary"),
    ("n38", "federal-records", "absent"),
    ("n39", "record-access", "contrary"),
    ("n39", "federal-records", "partial"),
    ("n40", "record-access", "contrary"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
