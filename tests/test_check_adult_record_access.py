"""`billkit check` on whether the person a cleared adult record is about may see or get it, in the shapes of
central-repository acts, nondisclosure and "limited access" orders, set-aside, annulment and pardon statutes,
clean-slate acts and court records rules.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. They pin down, among others:
- the person's way in as a petition to the court "for permission to inspect" the sealed records, and a
  clerk that "shall not permit any person to inspect or copy a sealed case file ... except to the judge
  assigned to the case, court staff ...", a bar with a motion in another subsection: `contrary`;
- a later bar that sets aside "any other provision of this section" and names "the individual named in the
  record" among those it closes the record to, over a grant in an earlier subsection: `contrary`, not
  partial; and a court that "may, upon petition of the person ..., order the release of a sealed record to
  that person": a court's order, not a grant;
- grants a reader meets in real acts: "the bureau shall furnish to the person whose conviction was set
  aside a complete copy of the set-aside record"; "shall be entitled, upon written application ... and
  without charge, to receive a copy of all records"; a list "only to: (1) other criminal justice agencies;
  ... (4) the petitioner, upon the petitioner's written request", after a bar "except as provided by
  Subsection (b)";
- the victim's own copy of the order, or the victim's inspection for a civil suit, which is not the person's
  access; and a list of those who may see annulled records that names "the Federal Bureau of Investigation
  and any other agency of the United States" (federal records, `contrary`). Rows the rules still read
  otherwise are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "t01": (
        "Sec. 5. Limited access to criminal history record information.\n(a) Definitions. As used "
        'in this section: (1) "Central repository" means the criminal records division of the '
        'State Police. (2) "Criminal history record information" means information collected by '
        "criminal justice agencies concerning individuals, consisting of identifiable descriptions "
        "and notations of arrests, indictments, informations or other formal criminal charges and "
        'any disposition arising therefrom. (3) "Limited access record" means criminal history '
        "record information that is the subject of an order entered under section 4.\n(b) Except "
        "as provided in subsection (c), a limited access record shall not be disclosed to any "
        "person by the central repository, by the clerk of any court, or by any criminal justice "
        "agency, whether upon written request, by electronic inquiry, or otherwise.\n(c) A limited "
        "access record may be disclosed to: (1) a criminal justice agency, for the investigation "
        "or prosecution of an offense; (2) the Department of Corrections, for purposes of "
        "classification and supervision of a person committed to its custody; (3) a licensing "
        "authority that is required by statute to conduct a criminal history check of applicants "
        "for positions involving the care of minors; and (4) the Department of Transportation, "
        "solely to determine qualification to hold a commercial driver's license.\n(d) A person "
        "who knowingly discloses a limited access record in violation of this section commits a "
        "misdemeanor of the third degree."
    ),
    "t02": (
        "§ 9122.1. Annulment of certain convictions.\n(a) Eligibility.--Upon petition of a person "
        "convicted of a misdemeanor who has been free of conviction for ten years, the court may "
        "order the record of the conviction annulled.\n(b) Availability.--Records annulled under "
        "this section shall be available only to the following: (1) the court that ordered the "
        "annulment and any court before which the person is later charged with an offense; (2) "
        "prosecuting attorneys and their investigators, for the prosecution of a subsequent "
        "offense; (3) law enforcement agencies of this Commonwealth, for criminal justice "
        "purposes; (4) the Board of Pardons and the Board of Probation and Parole; and (5) the "
        "Federal Bureau of Investigation and any other agency of the United States, for criminal "
        "justice purposes.\n(c) Effect.--Except as provided in subsection (b), a person whose "
        "conviction has been annulled may be treated as not having been convicted of the "
        "offense.\n(d) Cross-reference.--The central repository shall maintain annulled records in "
        "accordance with section 9121 (relating to general regulations) as modified by this "
        "section."
    ),
    "t03": (
        'Section 12. Shielded records; access.\n(1) For purposes of this section, "shielded '
        'record" means any record of arrest, charge, prosecution or conviction that is the '
        "subject of a shielding order entered under section 11, including the court file, the "
        "docket and any index maintained by the clerk.\n(2) A shielded record may be inspected, "
        "copied or released only upon order of the court that entered the shielding order, issued "
        "upon motion and for good cause shown.\n(3) No clerk, agency or other custodian shall "
        "release a shielded record, or any part of it, to any person, including the person who is "
        "the subject of the record, except upon an order issued under subsection (2).\n(4) A "
        "motion under subsection (2) shall be served upon the prosecuting attorney, who may appear "
        "and be heard.\n(5) Nothing in this section limits the use of a shielded record by a "
        "criminal justice agency for the investigation of a later offense."
    ),
    "t04": (
        "Sec. 8. Records of set-aside convictions.\n(a) When a conviction is set aside under "
        "section 7, the court shall order that all records of the arrest, prosecution and "
        "conviction be sealed, and those records shall thereafter be confidential and not open to "
        "inspection by any person except as provided in this section.\n(b) A criminal justice "
        "agency may inspect and use a sealed record for the purpose of investigating or "
        "prosecuting a subsequent offense, for the purpose of sentencing, or for the purpose of "
        "determining eligibility for a further set-aside.\n(c) The person whose conviction has "
        "been set aside may petition the court that granted the set-aside for permission to "
        "inspect the sealed records, and the court may grant the petition upon a finding that "
        "inspection is necessary and that the interests of justice so require.\n(d) Any order "
        "granting a petition under subsection (c) shall specify the records that may be inspected "
        "and may impose such conditions as the court considers appropriate.\n(e) Unauthorized "
        "disclosure of a sealed record is a class B misdemeanor."
    ),
    "t06": (
        "Section 610.140. Expungement; effect; access to records.\n1. As used in this section, the "
        'term "expunged record" means any record of arrest, charge, plea, trial or conviction '
        "that is the subject of an order of expungement entered under this chapter.\n2. Upon entry "
        "of an order of expungement, each court, agency and official named in the order shall "
        "close the expunged record to public inspection and shall certify compliance to the court "
        "within thirty days.\n3. The individual who is the subject of an expunged record may "
        "obtain a copy of the expunged record from the court or from the central repository upon "
        "written request and payment of any applicable fee.\n4. A criminal justice agency may use "
        "an expunged record for the investigation or prosecution of a subsequent offense and for "
        "the purpose of determining eligibility for a later expungement.\n5. Notwithstanding any "
        "other provision of this section or of any other law to the contrary, no expunged record "
        "shall be released, disclosed or made available to any person, including the individual "
        "named in the record, except upon a written order of the court that ordered the "
        "expungement or as provided in subsection 4.\n6. A person who violates subsection 5 is "
        "guilty of a class A misdemeanor."
    ),
    "t07": (
        'Sec. 12. Dissemination of sealed records.\n(a) "Sealed record" means a record of '
        "criminal history record information that the central repository has sealed under section "
        "10 or section 11, whether automatically or upon petition.\n(b) Access to sealed records "
        "is limited to criminal justice agencies for criminal justice purposes.\n(c) For purposes "
        'of subsection (b), "criminal justice purposes" means activities relating to the '
        "detection, apprehension, detention, pretrial release, post-trial release, prosecution, "
        "adjudication, correctional supervision or rehabilitation of accused persons or criminal "
        "offenders, and includes the screening of applicants for employment with a criminal "
        "justice agency.\n(d) The central repository shall maintain a log of each dissemination of "
        "a sealed record that identifies the agency that received the record and the purpose for "
        "which it was received, and shall retain the log for not less than three years.\n(e) Each "
        "criminal justice agency that receives a sealed record is responsible for ensuring that "
        "the record is not further disseminated in violation of this section."
    ),
    "t08": (
        "Sec. 3. Automatic sealing of eligible records.\n(a) On or before the first day of each "
        "month, the central repository shall identify all criminal history record information that "
        "has become eligible for sealing under section 2 and shall seal that information without "
        "the filing of a petition by any person.\n(b) Records sealed under this section shall be "
        "confidential and may not be disseminated to any person or entity other than a criminal "
        "justice agency, except that the court of the county in which the charge was filed may, "
        "upon petition of the person who is the subject of the record and for good cause shown, "
        "order the release of a sealed record to that person.\n(c) The administrative office of "
        "the courts shall, within sixty days after the central repository seals a record under "
        "this section, seal the corresponding court records.\n(d) The sealing of a record under "
        "this section does not require the consent of, or notice to, the person who is the subject "
        "of the record.\n(e) Records sealed under this section shall remain available to criminal "
        "justice agencies for the purposes described in section 9106(c)."
    ),
    "t09": (
        "Rule 2.420A. Sealed Case Files.\n(a) Scope. This rule governs access to case files in "
        "criminal cases in which the court has entered an order sealing the case file under any "
        "statute or rule.\n(b) Restrictions. The clerk shall not permit any person to inspect or "
        "copy a sealed case file, and shall not disclose whether a sealed case file exists, except "
        "to the judge assigned to the case, court staff acting in the course of their duties, and "
        "the clerk's own staff.\n(c) Motion for Access. A party or any other person seeking access "
        "to a sealed case file shall file a written motion identifying the file and stating the "
        "reason access is sought, and shall serve the motion on every party to the case.\n(d) "
        "Ruling. The court may grant access to a sealed case file, in whole or in part, only upon "
        "a finding that the movant has shown good cause and that the reason for access outweighs "
        "the interest protected by the sealing order.\n(e) Copies. When access is granted, the "
        "clerk shall provide copies of the sealed case file in accordance with the order, upon "
        "payment of the fees set by rule 2.470."
    ),
    "t10": (
        "Sec. 24-3-17. Effect of full pardon; expungement of records.\n(1) When the Governor "
        "grants a full pardon to a person convicted of an offense under the laws of this state, "
        "the person may petition the circuit court of the county of conviction for an order "
        "expunging all records of the arrest, charge and conviction.\n(2) Upon entry of the order, "
        "the clerk, the Department of Public Safety and every agency named in the order shall "
        "remove the records from their public files, and thereafter the records shall not be "
        "divulged to any person except upon the written order of a judge of the circuit court, "
        "provided that the records shall remain available to the Department of Public Safety and "
        "to prosecuting attorneys for use in any subsequent prosecution of the person.\n(3) The "
        "pardoned person may not be required to disclose the expunged conviction on any "
        "application for employment, credit or housing.\n(4) The Department shall retain a "
        "nonpublic record of the pardon and expungement solely for the purpose of identifying the "
        "person in any subsequent proceeding."
    ),
    "t11": (
        "Section 43-21-262. Dissemination of nondisclosure files.\n(1) Information in a "
        "nondisclosure file maintained by the Bureau of Investigation may be released only to the "
        "following: (a) criminal justice agencies, for the administration of criminal justice; (b) "
        "the State Board of Education and the Board of Nursing, for licensing decisions; and (c) "
        "any person who presents a certified copy of an order of a court of competent jurisdiction "
        "directing the release of the information to that person.\n(2) A request by the person who "
        "is the subject of the information in a nondisclosure file shall be treated in the same "
        "manner as a request by a member of the public.\n(3) The Bureau shall adopt rules "
        "establishing the procedures by which agencies described in subsection (1)(a) and (b) may "
        "request nondisclosure information, and the fee for each request.\n(4) Information "
        "released under subsection (1) may not be further disseminated by the recipient."
    ),
    "t12": (
        'Sec. 54-142r. Inspection of erased records.\n(a) As used in this section, "erased '
        'record" means any police, court or prosecutorial record that has been erased under '
        'section 54-142a, and "custodian" means any person or agency having possession of an '
        "erased record.\n(b) No custodian shall disclose an erased record, or the existence of an "
        "erased record, except to: (1) a criminal justice agency conducting a background "
        "investigation of an applicant for employment as a sworn officer; (2) a prosecutorial "
        "official, for the prosecution of a subsequent offense; (3) the person who is the subject "
        "of the erased record, upon order of the court for good cause shown; and (4) any other "
        "person authorized by an order of the Superior Court.\n(c) An application for an order "
        "under subdivision (3) or (4) of subsection (b) shall be made to the Superior Court for "
        "the judicial district in which the erased record originated, and shall be heard after "
        "notice to the state's attorney.\n(d) Any custodian who discloses an erased record in "
        "violation of this section shall be fined not more than five hundred dollars."
    ),
    "t13": (
        "§ 9151. Individual right of access and review.\n(a) Right of access.--Any individual, "
        "upon satisfactory verification of identity, shall be entitled to review, at no cost, and "
        "to obtain a copy of, his or her criminal history record information maintained by the "
        "central repository or by any criminal justice agency.\n(b) Scope.--For purposes of this "
        "subchapter, criminal history record information includes information that is subject to "
        "limited access under section 9122.1 (relating to petition for limited access) or that has "
        "been sealed under section 9122.2 (relating to clean slate limited access).\n(c) "
        "Procedure.--The central repository shall make available at each State Police barracks the "
        "forms necessary to request review, and shall respond to each request within thirty "
        "days.\n(d) Challenge.--If the individual believes the information to be inaccurate or "
        "incomplete, he or she may challenge it in the manner provided in section 9152 (relating "
        "to procedure)."
    ),
    "t14": (
        "Sec. 9. Sealed records; permitted inspection.\n(a) Upon the entry of an order under "
        "section 8, the clerk shall seal the case file and shall transmit a copy of the order to "
        "the central repository and to every law enforcement agency identified in the order.\n(b) "
        "The central repository and each law enforcement agency shall seal its records of the "
        "arrest, charge and disposition described in the order within thirty days after receipt of "
        "the order.\n(c) Records sealed under this section may be inspected by and disclosed to "
        "only the following: the court and its staff, the clerk, the prosecutor, a criminal "
        "justice agency conducting a background investigation of an applicant for employment as a "
        "peace officer, a court imposing sentence on the person for a later offense, the person "
        "named in the record, and the person's attorney.\n(d) Any other person who requests a "
        "sealed record shall be informed that no record exists.\n(e) A person who discloses a "
        "sealed record in violation of this section is liable to the person named in the record "
        "for actual damages and reasonable attorney's fees."
    ),
    "t15": (
        'Sec. 7. Set-aside convictions; bureau records.\n(a) In this section, "bureau" means the '
        'Bureau of Criminal Identification, and "set-aside record" means the bureau\'s record of '
        "a conviction that has been set aside under section 6.\n(b) Upon receipt of a certified "
        "copy of an order setting aside a conviction, the bureau shall remove the set-aside record "
        "from the public criminal history file and shall maintain it in a nonpublic file.\n(c) The "
        "bureau shall not disseminate information from the nonpublic file to any employer, "
        "landlord, licensing agency or member of the public.\n(d) Upon request and proof of "
        "identity, the bureau shall furnish to the person whose conviction was set aside a "
        "complete copy of the set-aside record, including all entries removed from the public "
        "criminal history file under subsection (b).\n(e) The bureau may use the nonpublic file "
        "for the purpose of identifying the person in the course of a subsequent criminal "
        "investigation."
    ),
    "t16": (
        "Section 12-1-3.6. Disclosure of expunged records prohibited.\n(a) For purposes of this "
        'section, "custodian" includes the clerk of any court, the attorney general, the bureau '
        "of criminal identification and any police department that holds a record of the arrest, "
        "charge or conviction that has been expunged.\n(b) No custodian of an expunged record "
        "shall disclose the record, the existence of the record, or any information contained in "
        "it, except to the person who is the subject of the record, that person's counsel, or a "
        "criminal justice agency making inquiry in connection with a subsequent prosecution of "
        "that person.\n(c) A custodian who receives an inquiry from any other person shall respond "
        "that there is no record.\n(d) Any person who knowingly violates subsection (b) shall be "
        "guilty of a misdemeanor."
    ),
    "t17": (
        'Sec. 2. Definitions.\nIn this act:\n(1) "Record" means any record of arrest, citation, '
        "charge, prosecution, adjudication or conviction, in any form, held by a court, the "
        'central repository or a law enforcement agency.\n(2) "Sealed" means, with respect to a '
        "record, that the record is closed to inspection by the public and by noncriminal justice "
        "agencies, but remains available to the individual to whom the record pertains and to "
        "criminal justice agencies for criminal justice purposes.\nSec. 3. Sealing upon "
        "order.\n(a) Upon entry of an order of sealing under section 4, every record described in "
        "the order shall be sealed.\n(b) The central repository shall notify the Federal Bureau of "
        "Investigation of the order and shall request that the sealed record be removed from the "
        "Interstate Identification Index.\n(c) An employer may not require an applicant to "
        "disclose a sealed record."
    ),
    "t18": (
        'Sec. 9122.5. Limited access orders.\n(a) Definition.--As used in this section, "limited '
        'access" means that criminal history record information may be disseminated only to '
        "criminal justice agencies and to the individual who is the subject of the information, "
        "and may not be disseminated to employers, landlords, licensing bodies or the public.\n(b) "
        "Grant.--A person who has been free of conviction for seven years may petition the court "
        "of common pleas for an order of limited access covering a conviction for a misdemeanor of "
        "the second or third degree.\n(c) Effect.--Upon entry of an order under subsection (b), "
        "the criminal history record information relating to the conviction shall be subject to "
        "limited access.\n(d) Notice.--The clerk shall transmit the order to the central "
        "repository and to the arresting agency within ten days."
    ),
    "t19": (
        "Section 2953.54. Annulment; access to annulled records.\n(A) The person whose conviction "
        "has been annulled under section 2953.53 of the Revised Code may, without an order of the "
        "court, inspect and obtain a certified copy of any record of the annulled conviction held "
        "by the court, the prosecuting attorney, the bureau of criminal identification and "
        "investigation, or any law enforcement agency.\n(B) The custodian of the record shall "
        "provide the copy within ten business days after receipt of the person's written request "
        "and may charge only the fee charged for copies of other public records.\n(C) Except as "
        "provided in division (A) of this section, no officer or employee of the state or of any "
        "political subdivision shall knowingly release, disseminate or otherwise make available an "
        "annulled record, or any information contained in it, to any person.\n(D) Division (C) of "
        "this section does not prohibit the use of an annulled record by a prosecuting attorney in "
        "a subsequent prosecution of the person for an offense of violence.\n(E) Whoever violates "
        "division (C) of this section is guilty of divulging confidential information, a "
        "misdemeanor of the fourth degree."
    ),
    "t20": (
        "Sec. 6. Clean slate; automatic sealing.\n(a) The central repository shall, without a "
        "petition, seal any record of conviction for a misdemeanor or a class D or class E felony "
        "when seven years have passed since the person's release from incarceration, if the person "
        "has not been convicted of a new offense in that time.\n(b) The central repository shall "
        "transmit to the court a list of records sealed under subsection (a), and the clerk shall "
        "seal the corresponding court records within thirty days.\n(c) A record sealed under this "
        "section shall not be disclosed to employers, landlords, educational institutions or "
        "members of the public.\n(d) Nothing in this section shall be construed to prevent the "
        "individual who is the subject of a record sealed under this section from obtaining, "
        "without a court order, a copy of that record from the court or the central "
        "repository.\n(e) The sealing of a record under this section does not affect the right of "
        "the individual to petition for any other form of relief available by law."
    ),
    "t21": (
        "Rule 32.6. Sealed Criminal Case Files.\n(a) Effect of Sealing. A criminal case file that "
        "has been sealed by court order is not open to inspection by the public, and the clerk "
        "shall remove the case from any public index and from the court's public access "
        "website.\n(b) Parties. The defendant, the defendant's counsel of record, and the "
        "prosecuting attorney may inspect and copy a sealed criminal case file without motion or "
        "order.\n(c) Other Persons. Any other person may inspect a sealed criminal case file only "
        "upon motion and order of the court for good cause shown.\n(d) Records Held by Other "
        "Agencies. This rule governs only records maintained by the clerk and does not govern "
        "records held by law enforcement agencies or the central repository."
    ),
    "t22": (
        "Art. 55B.104. Order of nondisclosure; release of information.\n(a) After the petitioner "
        "receives an order of nondisclosure under Article 55B.102, a criminal justice agency in "
        "possession of criminal history record information that is the subject of the order may "
        "not disclose that information to any person except as provided by Subsection (b).\n(b) A "
        "criminal justice agency may disclose criminal history record information that is the "
        "subject of an order of nondisclosure only to: (1) other criminal justice agencies; (2) "
        "agencies or entities listed in Section 411.0765, Government Code; (3) the State Board for "
        "Educator Certification; and (4) the petitioner, upon the petitioner's written request and "
        "without charge.\n(c) A person whose criminal history record information is the subject of "
        "an order of nondisclosure is not required in any application for employment, information "
        "or licensing to state that the person has been the subject of any criminal proceeding "
        "related to the information.\n(d) The clerk shall send a copy of the order by certified "
        "mail to the Crime Records Service of the Department of Public Safety."
    ),
    "t23": (
        "Section 14-53. Pardons; expungement of records; copies to pardoned person.\n(1) When a "
        "person is granted a full and unconditional pardon, the Board shall forward a certified "
        "copy of the pardon to the sentencing court, the prosecuting attorney, the arresting "
        "agency and the State Bureau of Identification.\n(2) Upon receipt of the pardon, each of "
        "those offices shall expunge all official records relating to the arrest, charge and "
        "conviction of the pardoned offense, and the records so expunged shall not thereafter be "
        "open to inspection by any employer or member of the public.\n(3) A person granted a "
        "pardon shall be entitled, upon written application to the State Bureau of Identification "
        "and without charge, to receive a copy of all records relating to the pardoned offense, "
        "notwithstanding that such records have been expunged under subsection (2).\n(4) The "
        "Bureau shall retain the records described in subsection (3) in a confidential file for so "
        "long as any record of the pardoned offense is retained."
    ),
    "t24": (
        "Sec. 17-22-960. Records of set-aside convictions.\n(A) When a conviction is set aside "
        'under Section 17-22-950, the clerk of court shall mark the case file "set aside" and '
        "shall remove the case from every index available to the public.\n(B) The record of a "
        "set-aside conviction shall not be open to public inspection, but the defendant and the "
        "defendant's attorney shall have access to it as of right.\n(C) A law enforcement or "
        "prosecution agency may retain a nonpublic copy of the record of a set-aside conviction "
        "for use in a subsequent criminal proceeding.\n(D) The court may, upon motion of any other "
        "person for good cause shown, order the record of a set-aside conviction to be opened for "
        "the purpose stated in the order."
    ),
    "t25": (
        "Sec. 40-32-110. Expunction of dismissed charges; copy of order.\n(a) When a charge has "
        "been dismissed or the person has been acquitted, the court shall, upon request of the "
        "person and without cost, enter an order of expunction directing that all public records "
        "of the charge be removed and destroyed.\n(b) Records removed under subsection (a) shall "
        "not be released to any person other than a law enforcement agency for law enforcement "
        "purposes, and the unauthorized release of such records is a Class A misdemeanor.\n(c) The "
        "clerk shall mail to the person, at the person's last known address, a certified copy of "
        "the order of expunction, and shall furnish additional certified copies of the order to "
        "the person upon request.\n(d) The Tennessee Bureau of Investigation shall retain a "
        "nonpublic record of the order of expunction for the purpose of determining eligibility "
        "for a subsequent expunction."
    ),
    "t26": (
        "Sec. 11. Access to sealed conviction records.\n(a) Records sealed under section 10 are "
        "confidential and exempt from disclosure under the public records act.\n(b) The attorney "
        "of record for the person whose conviction was sealed, or any attorney who files with the "
        "custodian a written authorization signed by that person, may inspect and obtain copies of "
        "the sealed records without an order of the court.\n(c) The person whose conviction was "
        "sealed may not personally inspect or receive copies of the sealed records, but may "
        "designate an attorney under subsection (b) for that purpose.\n(d) Sealed records shall "
        "remain available to criminal justice agencies for the investigation and prosecution of "
        "crime."
    ),
    "t27": (
        "Sec. 5-18-407. Effect of sealing; court file and repository record.\n(a) The defendant, "
        "or the defendant's attorney, may inspect and copy the court file of a sealed case at the "
        "office of the clerk without order of the court, upon presentation of identification.\n(b) "
        "The clerk shall not permit any other person to inspect the court file of a sealed case "
        "except upon order of the court.\n(c) The central repository shall not disclose sealed "
        "criminal history record information to any person other than a criminal justice agency, "
        "and no person, including the subject of the record, may obtain the repository's record of "
        "a sealed case except by order of the court under subsection (d).\n(d) The court that "
        "entered the sealing order may, upon motion and for good cause, direct the central "
        "repository to release its record of the sealed case to a named person."
    ),
    "t28": (
        "Sec. 14. Sealed records; immigration proceedings.\n(a) Records sealed under this chapter "
        "shall not be disclosed by any court, agency or custodian to any person except as provided "
        "in this section.\n(b) A person whose record has been sealed may obtain a certified copy "
        "of the sealed record from the court or the central repository, without a court order, for "
        "the sole purpose of submitting it in an application or proceeding before a federal "
        "immigration court or agency, upon the person's written statement that the copy is "
        "required for that purpose.\n(c) A copy furnished under subsection (b) shall bear on its "
        'face the legend "Released for immigration proceedings only" and may not be used for any '
        "other purpose.\n(d) Sealed records shall remain available to criminal justice agencies "
        "for criminal justice purposes."
    ),
    "t30": (
        "Sec. 22-5-915. Expunged records; copy for the person.\n(A) An order of expungement under "
        "Section 22-5-910 shall direct every agency holding records of the charge to destroy them, "
        "except that the State Law Enforcement Division shall retain a nonpublic record for the "
        "purpose of determining eligibility for further expungement.\n(B) Before destroying the "
        "records, the solicitor shall provide to the person named in the order one complete copy "
        "of the records of the charge, without charge and without further order of the court.\n(C) "
        "After the records have been destroyed, the State Law Enforcement Division shall not "
        "release its nonpublic record to any person other than a criminal justice agency, and no "
        "further copy shall be provided to the person named in the order except by order of the "
        "court.\n(D) Nothing in this section requires the person to be present at the time the "
        "copy is provided."
    ),
    "t31": (
        "Sec. 43.43.840. Public dissemination of conviction records.\n(1) Conviction records held "
        "by the State Patrol, other than records that have been sealed, vacated or expunged, are "
        "public records and shall be available to any person upon request and payment of the fee "
        "established under subsection (3).\n(2) A request under subsection (1) shall include the "
        "full name and date of birth of the person whose record is sought.\n(3) The State Patrol "
        "may charge a fee of not more than twenty-five dollars for each name searched, and may "
        "establish a reduced fee for nonprofit organizations.\n(4) Records that have been sealed, "
        "vacated or expunged shall not be included in any response to a request under subsection "
        "(1).\n(5) Nothing in this section authorizes the release of nonconviction data to the "
        "public."
    ),
    "t32": (
        "Sec. 10. Fees.\n(a) The central repository may charge a fee, not to exceed twenty "
        "dollars, for each search of its criminal history files conducted at the request of an "
        "employer, landlord or other noncriminal justice requester.\n(b) No fee shall be charged "
        "for the filing of a petition to seal a record under this act, or for the automatic "
        "sealing of a record under section 6.\n(c) The court may waive any fee under this act upon "
        "a finding that the petitioner is indigent, and the clerk shall presume indigence where "
        "the petitioner receives public assistance.\n(d) Fees collected under this section shall "
        "be deposited in the Criminal Records Improvement Fund and used only to improve the "
        "accuracy and completeness of the central repository."
    ),
    "t33": (
        "§ 9152. Challenges to accuracy.\n(a) Filing.--An individual who believes that criminal "
        "history record information concerning him or her is inaccurate or incomplete may "
        "challenge it by filing a written challenge with the central repository on a form supplied "
        "by the repository.\n(b) Review.--The repository shall conduct a review of the challenge "
        "within sixty days and shall notify the individual in writing of its decision and the "
        "reasons for it.\n(c) Correction.--If the challenge is upheld, the repository shall "
        "correct the information and shall, within ninety days, notify every criminal justice "
        "agency to which the inaccurate information was disseminated during the preceding "
        "year.\n(d) Appeal.--The individual may appeal an adverse decision to the Attorney General "
        "within thirty days, and the Attorney General's decision shall be subject to judicial "
        "review."
    ),
    "t34": (
        "Sec. 8. Employer inquiries.\n(a) An employer shall not inquire, orally or in writing, on "
        "any application or in any interview, about an arrest, charge or conviction that has been "
        "sealed, annulled or set aside under this chapter.\n(b) In response to any inquiry by an "
        "employer, landlord or licensing authority, a person whose record has been sealed may "
        "answer as though the arrest, charge and conviction had never occurred.\n(c) An employer "
        "that violates subsection (a) is liable to the applicant for a civil penalty of five "
        "hundred dollars for each violation.\n(d) This section does not apply to an employer that "
        "is required by federal law to consider the applicant's criminal history."
    ),
    "t35": (
        "Sec. 19. Reports.\n(a) Not later than March 1 of each year, the Administrative Office of "
        "the Courts and the central repository shall jointly report to the General Assembly the "
        "number of records sealed during the preceding calendar year under section 3 and under "
        "section 5.\n(b) The report shall state the number of records sealed by county, by class "
        "of offense and by whether the sealing was automatic or upon petition, and shall state the "
        "number of petitions denied and the grounds for denial.\n(c) The report shall not include "
        "any information that identifies a person whose record has been sealed.\n(d) The report "
        "shall be posted on the website of the Administrative Office of the Courts."
    ),
    "t36": (
        "Sec. 16. Rights of victims.\n(a) The prosecuting attorney shall notify the victim of the "
        "offense, at the victim's last known address, when a petition to seal a record of a "
        "conviction for an offense against the person is filed, and the victim may submit a "
        "written statement to the court.\n(b) Upon request, the victim of the offense shall be "
        "informed whether the record has been sealed, and may obtain from the clerk a copy of the "
        "order sealing the record, with the petitioner's address redacted.\n(c) The victim may "
        "inspect the sealed record of the offense only for the purpose of pursuing a civil action "
        "arising out of the offense, and only after giving notice to the person whose record was "
        "sealed.\n(d) Nothing in this section gives a victim standing to appeal an order sealing a "
        "record."
    ),
    "t37": (
        "Sec. 4. Notice of sealing.\n(a) Within thirty days after the central repository seals a "
        "record under section 3, the repository shall notify the person who is the subject of the "
        "record, by first-class mail to the person's last known address, that the record has been "
        "sealed.\n(b) The notice shall state the date of the arrest or conviction sealed and the "
        "court in which the case was heard.\n(c) If the repository does not have a valid address "
        "for the person, it shall post notice of the sealing on a secure portal that the person "
        "may access upon verification of identity.\n(d) Failure to give notice under this section "
        "does not affect the validity of the sealing."
    ),
    "t38": (
        "Sec. 610.130. Effect of expungement.\n(1) Upon the entry of an order of expungement, the "
        "proceedings in the matter shall be deemed never to have occurred.\n(2) The person whose "
        "record has been expunged may deny the existence of the record, and of the arrest, charge "
        "and conviction it describes, in response to any inquiry by an employer, educational "
        "institution, landlord or other person, and shall not be guilty of perjury or of giving a "
        "false statement by reason of such denial.\n(3) Nothing in this section affects the "
        "retention by the central repository of a nonpublic record of the expunged matter under "
        "section 610.125.\n(4) This section does not apply to an application for employment with a "
        "law enforcement agency, or to an application for a license to carry a concealed firearm."
    ),
    "t39": (
        "Sec. 21. Research use of sealed records.\n(a) The central repository may permit a "
        "researcher affiliated with an accredited institution of higher education, or a researcher "
        "under contract with a state agency, to have access to sealed records for bona fide "
        "research into criminal justice policy.\n(b) A researcher shall first enter into a written "
        "agreement with the repository that limits the use of the records to the research "
        "described in the agreement and prohibits the disclosure of any information that "
        "identifies an individual.\n(c) The repository may require a researcher to pay the cost of "
        "preparing records for research use.\n(d) Any researcher who discloses identifying "
        "information in breach of an agreement under this section is guilty of a misdemeanor and "
        "is barred from further access."
    ),
    "t40": (
        "Rule 2.503. Public Access to Electronic Case Records.\n(a) Presumption of Access. Case "
        "records maintained by the courts are presumed to be open to the public for inspection and "
        "copying, except as provided in this rule.\n(b) Records Excluded from Public Access. The "
        "following case records are excluded from public access: (1) records sealed by court order "
        "or by operation of law; (2) records of juvenile proceedings; (3) records of grand jury "
        "proceedings; and (4) any information that a statute or rule makes confidential.\n(c) "
        "Remote Access. A court that provides electronic access to case records shall not provide "
        "remote electronic access to the public to any record excluded under subdivision (b).\n(d) "
        "Fees. The clerk may charge the fees set by rule 2.470 for copies of case records that are "
        "open to the public."
    ),
}

PROBES = [
    ("t01", "record-access", "contrary"),
    ("t02", "record-access", "contrary"),
    ("t02", "federal-records", "contrary"),
    ("t03", "record-access", "contrary"),
    ("t04", "record-access", "contrary"),
    ("t06", "record-access", "contrary"),
    ("t07", "record-access", "contrary"),
    ("t08", "record-access", "contrary"),
    ("t09", "record-access", "contrary"),
    ("t10", "record-access", "contrary"),
    ("t11", "record-access", "contrary"),
    ("t12", "record-access", "contrary"),
    ("t13", "record-access", "present"),
    ("t14", "record-access", "present"),
    ("t15", "record-access", "present"),
    ("t16", "record-access", "present"),
    ("t17", "record-access", "present"),
    ("t17", "federal-records", "partial"),
    ("t18", "record-access", "present"),
    ("t19", "record-access", "present"),
    ("t20", "record-access", "present"),
    ("t21", "record-access", "present"),
    ("t22", "record-access", "present"),
    ("t23", "record-access", "present"),
    ("t24", "record-access", "present"),
    # the reviewer wrote partial (the person gets a copy of the order); relabelled contrary when the passive
    # bar "shall not be released to any person other than a law enforcement agency" came to be read: a bar on
    # release "to any person" that leaves the subject no route to the records is contrary under the corpus's
    # label rules (docs/research/check-corpus/README.md, "contrary"), and a copy of the order is no route
    ("t25", "record-access", "contrary"),
    ("t26", "record-access", "partial"),
    ("t27", "record-access", "partial"),
    ("t28", "record-access", "partial"),
    ("t30", "record-access", "partial"),
    ("t31", "record-access", "absent"),
    ("t32", "record-access", "absent"),
    ("t33", "record-access", "absent"),
    ("t34", "record-access", "absent"),
    ("t35", "record-access", "absent"),
    ("t36", "record-access", "absent"),
    ("t37", "record-access", "absent"),
    ("t38", "record-access", "absent"),
    ("t39", "record-access", "absent"),
    ("t40", "record-access", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
