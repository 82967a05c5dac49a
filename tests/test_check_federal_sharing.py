"""`billkit check` on federal records and immigration authorities, in the shapes of criminal-history-record
statutes, expungement acts, state trust and anti-sanctuary acts and agency data laws.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. They pin down, among others:
- the saving 8 U.S.C. § 1373 asks of a trust act, for citizenship or immigration status alone, beside the
  act's bars on sharing records with immigration authorities: the bars stand (partial, or present with a
  removal duty);
- a bar on giving sealed records "to any federal agency", however long the list of verbs before it, and a
  saving that lets a federal agency have an expunged record, which is no bar;
- sealed records kept "available to any criminal justice agency, including federal agencies" for several
  purposes, a job check among them, which still works against the practice;
- a bar on giving "the record" to any federal agency, in a section whose other subsections name the
  expungement, beside a duty to ask the FBI to delete it: both halves;
- a court or an agency that must tell the person the record may stay available to federal agencies, a notice
  (public education in part);
- a warrant taken out of the National Crime Information Center once served or recalled, which is no
  cleared record;
- a bar on disclosure "to any person or entity, for the purpose of investigating ... a violation of
  federal civil immigration law", which says nothing of the person's own access; "the person accused" as
  the record's subject; and a clause that "does not prohibit the department from disclosing to the person
  named in the record ... without a court order", which is a grant. Rows the rules still read otherwise
  are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "g01": (
        "§ 22-14-9. Reporting of dispositions to the Federal Bureau of Investigation.\n(a) As used "
        'in this section, "disposition" means the final outcome of a criminal charge, including '
        "an acquittal, dismissal, conviction, deferred adjudication, or an order of sealing or "
        "expungement entered under § 22-14-4.\n(b) Within thirty days after a disposition is "
        "entered, the clerk of the court shall transmit the disposition to the Bureau of Criminal "
        "Identification, and the bureau shall forward the fingerprints and the disposition to the "
        "Federal Bureau of Investigation for inclusion in the national criminal history record "
        "system.\n(c) Notwithstanding the entry of an order of sealing or expungement under § "
        "22-14-4, the bureau shall continue to submit to the Federal Bureau of Investigation the "
        "fingerprints, arrest information, and disposition of the sealed or expunged case, and "
        "shall not withdraw any such submission.\n(d) Nothing in § 22-14-4 or § 22-14-6 shall be "
        "construed to limit the duties imposed by this section."
    ),
    "g02": (
        "Sec. 7. Effect of sealing; permitted access.\n(1) Upon entry of an order under section 5, "
        "the court and every agency holding the record shall seal the record of arrest, charge, "
        "and conviction, and the person may thereafter deny the existence of the record in any "
        "application for employment, housing, or credit.\n(2) A sealed record shall not be open to "
        "public inspection and shall not be disclosed by the central repository except as provided "
        "in this section.\n(3) A sealed record shall remain available to any criminal justice "
        "agency, including federal agencies, for purposes of the administration of criminal "
        "justice, for the screening of applicants for employment with a criminal justice agency, "
        "and for any purpose for which the agency is authorized by law to obtain criminal history "
        "record information.\n(4) A criminal justice agency that obtains a sealed record under "
        "subsection (3) may use it in any subsequent investigation or prosecution of the person."
    ),
    "g03": (
        "SECTION 4. Cooperation with federal immigration detainers.\n(a) In this section: (1) "
        '"Immigration detainer" means a request from U.S. Immigration and Customs Enforcement, '
        "or any successor agency, that a law enforcement agency maintain custody of an alien or "
        'provide notice of the alien\'s release. (2) "Local detention facility" means a county or '
        "municipal jail, lockup, or other facility operated by a political subdivision.\n(b) A "
        "local detention facility that receives an immigration detainer shall comply with, honor, "
        "and fulfill the detainer and shall maintain custody of the alien for up to forty-eight "
        "hours after the alien would otherwise be released.\n(c) The sheriff or the administrator "
        "of a local detention facility shall notify U.S. Immigration and Customs Enforcement not "
        "less than seventy-two hours before the scheduled release of any person in custody who is "
        "known or believed to be a noncitizen, and shall provide the person's release date, time, "
        "and address of release.\n(d) A facility that fails to comply with this section is "
        "ineligible for state jail-reimbursement funds for the following fiscal year."
    ),
    "g04": (
        "Sec. 752.053. Policies and actions regarding immigration enforcement.\n(a) A local entity "
        "or campus police department may not adopt, enforce, or endorse a policy under which the "
        "entity or department prohibits or materially limits the enforcement of immigration "
        "laws.\n(b) In compliance with subsection (a), a local entity or campus police department "
        "may not prohibit or materially limit a person who is a commissioner, sheriff, officer, or "
        "employee of the entity from doing any of the following with respect to information "
        "relating to the immigration status, lawful or unlawful, of any person under a lawful "
        "detention or under arrest:\n(1) inquiring into the immigration status of a person under a "
        "lawful detention or under arrest;\n(2) sending the information to or requesting or "
        "receiving the information from the United States Department of Homeland Security, "
        "including United States Immigration and Customs Enforcement;\n(3) maintaining the "
        "information; or\n(4) exchanging the information with another local entity or a federal or "
        "state governmental entity.\n(c) This section shall be construed consistently with 8 "
        "U.S.C. § 1373, and any policy inconsistent with this section is void."
    ),
    "g05": (
        '§ 43-1-2. Definitions.\nAs used in this chapter:\n(1) "Criminal history record '
        'information" means information collected by criminal justice agencies on individuals '
        "consisting of identifiable descriptions and notations of arrests, detentions, "
        "indictments, or other formal criminal charges, and any disposition arising "
        'therefrom.\n(2) "Criminal justice agency" means a court, a state or local law '
        "enforcement agency, a prosecuting attorney, a department of corrections, and any federal "
        "agency that performs the administration of criminal justice, including the United States "
        "Department of Homeland Security and its component, United States Immigration and Customs "
        'Enforcement.\n(3) "Sealed record" means criminal history record information that is the '
        "subject of an order entered under § 43-1-7.\n§ 43-1-7(d). A sealed record is confidential "
        "and may not be released to the public, but the central repository shall make a sealed "
        "record available, without a court order, to any criminal justice agency upon request."
    ),
    "g06": (
        "Section 12. Nonpublic record of expungement.\n(A) When an order of expungement is "
        "entered, the Bureau shall remove the record from the public index and shall retain a "
        "nonpublic record consisting of the person's name, date of birth, fingerprints, the "
        "offense, and the date of the order.\n(B) The nonpublic record shall be confidential and "
        "shall not be disclosed except:\n(1) to a prosecuting attorney, for the purpose of "
        "determining whether the person has previously received an expungement;\n(2) to a court, "
        "upon a subsequent charge against the person; and\n(3) to the United States Department of "
        "Homeland Security, upon request, for use in determining the person's admissibility, "
        "removability, or eligibility for any immigration benefit.\n(C) A person who discloses the "
        "nonpublic record in violation of this section is guilty of a misdemeanor."
    ),
    "g07": (
        "Sec. 9. Effect of expungement on records held outside this state.\n(a) An order of "
        "expungement under this chapter directs the destruction of records held by the courts and "
        "agencies of this state.\n(b) An order of expungement does not affect any record "
        "maintained by the Federal Bureau of Investigation or by any other agency of the United "
        "States.\n(c) Notwithstanding subsection (a), the department shall continue to report the "
        "arrest and conviction that is the subject of an expungement order to the Interstate "
        "Identification Index and the national criminal history record system, and shall not "
        "request the Federal Bureau of Investigation to remove or modify any such entry.\n(d) A "
        "person who receives an expungement shall be advised by the court that the record may "
        "continue to be available to federal agencies."
    ),
    "g08": (
        "SECTION 3. Section 951.30, Code of the State, is amended to read:\n951.30 Agreements with "
        "federal immigration authorities.\n(1) The sheriff of each county that operates a county "
        "detention facility shall, within one year after the effective date of this act, enter "
        "into a written agreement with United States Immigration and Customs Enforcement under 8 "
        "U.S.C. § 1357(g) for the performance of immigration officer functions within the "
        "facility.\n(2) Under an agreement entered under subsection (1), the sheriff shall provide "
        "officers of United States Immigration and Customs Enforcement with access to the "
        "facility, to booking records, and to the criminal history and jail management databases "
        "maintained by the sheriff, including records of persons whose charges have been dismissed "
        "or sealed.\n(3) The sheriff shall report to the Attorney General annually on the number "
        "of persons screened under the agreement."
    ),
    "g09": (
        "§ 32-6-17. Release of motor vehicle records to federal agencies.\n(a) In this section, "
        '"personal information" means information that identifies an individual, including an '
        "individual's photograph, social security number, driver identification number, name, "
        'address, and telephone number, and "highly restricted personal information" means an '
        "individual's photograph or image, social security number, and medical or disability "
        "information.\n(b) The department shall disclose personal information and highly "
        "restricted personal information, upon request, to United States Immigration and Customs "
        "Enforcement and to any other federal agency charged with enforcing the immigration laws "
        "of the United States, for any purpose related to that agency's functions.\n(c) The "
        "department shall grant United States Immigration and Customs Enforcement direct "
        "electronic access to the department's driver license and identification card database, "
        "without the need for an individual request or a warrant.\n(d) The department may not "
        "adopt a rule or policy that limits the disclosure required by this section."
    ),
    "g10": (
        "Sec. 160.55. Access to sealed records.\n1. Records sealed under this article shall not be "
        "made available to any person or public or private agency, except:\n(a) to the person "
        "accused or to the person's designated agent, upon request and without a court order;\n(b) "
        "to a prosecutor in any proceeding in which the accused has moved for an order under "
        "section 160.50;\n(c) to a state or local agency responsible for the issuance of licenses "
        "to possess firearms, when the accused has applied for such a license; and\n(d) to the "
        "United States Citizenship and Immigration Services or United States Immigration and "
        "Customs Enforcement, when the accused is the subject of an application for an immigration "
        "benefit or of a removal proceeding.\n2. Records made available under paragraph (d) of "
        "subdivision one may be used for any purpose permitted by federal law."
    ),
    "g11": (
        "Sec. 15. Duties of the central repository upon expungement.\n(a) In this section, "
        '"central repository" means the Criminal Justice Information Center of the Department of '
        'Public Safety, and "Interstate Identification Index" means the cooperative '
        "federal-state system for the exchange of criminal history records maintained by the "
        "Federal Bureau of Investigation.\n(b) Within ten business days after receiving an order "
        "of expungement, the central repository shall expunge the record from its files and shall "
        "notify every criminal justice agency in this state to which it disseminated the "
        "record.\n(c) Within thirty days after receiving an order of expungement, the central "
        "repository shall notify the Federal Bureau of Investigation of the order and shall "
        "request that the Federal Bureau of Investigation remove the record of the arrest, charge, "
        "and disposition from the Interstate Identification Index and from any other federal "
        "database to which the central repository contributed the record.\n(d) The central "
        "repository shall maintain a log of each notice sent under subsection (c) and shall report "
        "annually to the Legislature on the number of notices sent and the number of records "
        "confirmed as removed."
    ),
    "g12": (
        "§ 46.2-208.2. Privacy of department records; immigration enforcement.\nA. As used in this "
        'section, "personal information" has the meaning given in § 46.2-208, and "civil '
        'immigration enforcement" means any action to investigate, detain, or remove a person for '
        "a violation of federal civil immigration law.\nB. The Department shall not disclose or "
        "make accessible personal information, including photographs, addresses, and criminal and "
        "driving history, to any person or entity for the purpose of civil immigration "
        "enforcement.\nC. Before disclosing personal information to any federal, state, or local "
        "agency, the Department shall require the requesting agency to certify in writing that the "
        "information will not be used for the purpose of civil immigration enforcement or shared "
        "with any entity for that purpose.\nD. The Department shall deny access to its databases "
        "to any agency that violates a certification made under subsection C."
    ),
    "g13": (
        "Section 6. Confidentiality of sealed records.\n(a) Upon the entry of an order to seal, "
        "the record shall be treated as if the arrest, charge, or conviction never occurred, "
        "except as provided in this section.\n(b) No state or local agency, court, or official "
        "shall release, disclose, or make available a sealed record, or any information contained "
        "in it, to any federal agency, including any agency responsible for the enforcement of "
        "federal law, whether upon request, under an information-sharing agreement, or by "
        "electronic access.\n(c) Subsection (b) applies to a record sealed before, on, or after "
        "the effective date of this act.\n(d) A person aggrieved by a violation of subsection (b) "
        "may bring a civil action for injunctive relief and damages."
    ),
    "g14": (
        "Sec. 4. Access to state databases by federal immigration authorities.\n(a) Definitions. "
        'In this section: (1) "Federal immigration authority" means any officer, employee, or '
        "contractor of United States Immigration and Customs Enforcement, United States Customs "
        'and Border Protection, or United States Citizenship and Immigration Services. (2) "State '
        'database" means any database maintained by a state or local agency that contains '
        "criminal history record information, booking records, or records of sealed or expunged "
        'cases. (3) "Judicial warrant" means a warrant signed by a judge of a state or federal '
        "court.\n(b) No state or local agency shall permit a federal immigration authority to "
        "access, search, or obtain information from a state database, except pursuant to a "
        "judicial warrant.\n(c) Each agency that maintains a state database shall, within ninety "
        "days after the effective date of this act, terminate or amend any agreement, memorandum "
        "of understanding, or access credential that permits access contrary to subsection "
        "(b).\n(d) The Attorney General shall audit compliance with this section annually."
    ),
    "g15": (
        "SECTION 8. Records of expunged cases; federal databases.\n(1) Within fifteen days after "
        "an order of expungement becomes final, the Bureau of Identification shall remove the "
        "record from the state criminal history repository and shall request the Federal Bureau of "
        "Investigation to delete the record from the Interstate Identification Index, the Next "
        "Generation Identification system, and every other federal database to which the bureau "
        "submitted it.\n(2) No agency of this state or of a political subdivision shall disclose "
        "an expunged record, or any information from it, to United States Immigration and Customs "
        "Enforcement, United States Citizenship and Immigration Services, or any other component "
        "of the Department of Homeland Security.\n(3) The bureau shall confirm in writing to the "
        "person named in the order that the request under subsection (1) has been sent.\n(4) This "
        "section applies notwithstanding any other provision of law."
    ),
    "g16": (
        "§ 19-2-303. Duties of the central repository.\n(1) The central repository shall:\n(a) "
        "collect, store, and disseminate criminal history record information in accordance with "
        "this part;\n(b) adopt standards for the electronic submission of fingerprints and "
        "dispositions by courts and law enforcement agencies;\n(c) within twenty days after "
        "receipt of an order of sealing, remove the sealed record from the state index and notify "
        "the Federal Bureau of Investigation that the record must be removed from the Interstate "
        "Identification Index;\n(d) maintain an audit log of every request for and dissemination "
        "of criminal history record information; and\n(e) train the staff of contributing "
        "agencies.\n(2) No sealed record or information derived from it may be disseminated to any "
        "agency whose purpose in requesting it is to investigate, detain, or remove a person under "
        "federal immigration law.\n(3) The repository may charge a reasonable fee for a record "
        "check, other than a check of a person's own record."
    ),
    "g17": (
        "Sec. 11. Prohibited disclosures.\n(a) Except as otherwise provided in this chapter, a "
        "criminal justice agency may not disclose criminal history record information relating to "
        "a set-aside conviction:\n(1) to an employer, for the purpose of evaluating an applicant "
        "for employment, unless the employer is required by state or federal law to consider the "
        "conviction;\n(2) to a landlord or property manager, for the purpose of evaluating an "
        "application for housing;\n(3) to an institution of higher education, for the purpose of "
        "evaluating an application for admission; or\n(4) to any person or entity, for the purpose "
        "of investigating, arresting, detaining, or removing any person for a violation of federal "
        "civil immigration law.\n(b) An agency that discloses information in violation of "
        "subsection (a) shall notify the person named in the record within ten days after "
        "discovering the violation."
    ),
    "g18": (
        "§ 12-1-19. Effect of expungement on state and national records.\n(a) Upon receipt of an "
        "order of expungement, the department shall expunge all records of the arrest, charge, and "
        "conviction from the state central repository.\n(b) The department shall, within thirty "
        "days, request the Federal Bureau of Investigation to delete the record from the "
        "Interstate Identification Index and shall provide the Federal Bureau of Investigation "
        "with a copy of the order.\n(c) After the order is entered, the department shall not "
        "disseminate the record, or confirm its existence, to any federal agency for any "
        "purpose.\n(d) Subsection (c) does not prohibit the department from disclosing to the "
        "person named in the record, upon request and without a court order, a copy of the "
        "expunged record."
    ),
    "g19": (
        "SECTION 21. Transmittal of sealing orders.\n(1) When a court enters an order of sealing "
        "under section 20, the clerk shall transmit the order electronically to the Department of "
        "Public Safety within five business days.\n(2) Upon receipt, the department shall seal the "
        "record in the state repository and shall take all steps necessary to cause the record to "
        "be removed from state and national criminal history databases, including any national "
        "index maintained by the federal government to which the department contributed the "
        "record.\n(3) The department shall notify each local law enforcement agency that holds the "
        "record, and each such agency shall seal the record within thirty days.\n(4) The "
        "department shall adopt rules to implement this section."
    ),
    "g20": (
        "Sec. 2. Restrictions on sharing nonpublic personal information.\n(1) For the purposes of "
        'this section, "nonpublic personal information" means an individual\'s social security '
        "number, place of birth, immigration or citizenship status, home or work address, and any "
        "criminal history record information that is not available to the public, including "
        "records of vacated or sealed convictions.\n(2) A state agency shall not disclose "
        "nonpublic personal information to federal immigration authorities for the purpose of "
        "civil immigration enforcement, except as required by federal law or to comply with a "
        "court order.\n(3) Each state agency shall review its confidentiality policies and shall, "
        "by December 1, adopt procedures to ensure that requests from federal immigration "
        "authorities are referred to the agency's legal counsel.\n(4) This section does not apply "
        "to information that the individual has consented in writing to disclose."
    ),
    "g21": (
        "§ 22-60-2.1. Fingerprint-based background checks for educator licensure.\n(a) Every "
        "applicant for an initial educator license, and every person seeking employment with a "
        "school district in a position involving direct contact with students, shall submit a full "
        "set of fingerprints to the Department of Education.\n(b) The department shall forward the "
        "fingerprints to the Bureau of Investigation for a state criminal history record check and "
        "to the Federal Bureau of Investigation for a national criminal history record check, as "
        "authorized by Pub. L. 92-544.\n(c) The department shall use the results of the checks "
        "solely to determine the applicant's fitness for licensure or employment and shall not "
        "disseminate the results to any other person, except the applicant.\n(d) The applicant "
        "shall pay the cost of the state and national checks.\n(e) A record that has been sealed "
        "or expunged under the laws of this state shall not be considered in determining the "
        "applicant's fitness."
    ),
    "g22": (
        "Sec. 8. Confidentiality of cleared records.\n(a) A record that is cleared under section 4 "
        "is confidential and is exempt from disclosure under the Public Records Act.\n(b) A law "
        "enforcement agency, court, or state agency shall not disclose a cleared record to any "
        "person or entity, except:\n(1) to the person named in the record, upon request;\n(2) to a "
        "criminal justice agency for the purpose of a pending criminal investigation; or\n(3) as "
        "required by federal law.\n(c) Disclosure under paragraph (3) of subsection (b) shall be "
        "limited to the information that federal law requires."
    ),
    "g23": (
        "§ 15A-301.2. Entry of warrants into state and national databases.\n(a) Every arrest "
        "warrant and order for arrest issued in this State shall be entered into the State's "
        "criminal justice information system by the issuing agency or by the law enforcement "
        "agency designated by the court within twenty-four hours after issuance.\n(b) A warrant "
        "for a felony, and a warrant for a misdemeanor for which the issuing agency will extradite "
        "from another state, shall also be entered into the National Crime Information Center "
        "maintained by the Federal Bureau of Investigation.\n(c) When a warrant is served, "
        "recalled, or dismissed, the entering agency shall remove the warrant from the State "
        "system and from the National Crime Information Center within twenty-four hours.\n(d) An "
        "agency that fails to remove a recalled warrant under subsection (c) is liable for any "
        "damages resulting from an arrest on the recalled warrant."
    ),
    "g24": (
        "SECTION 5. Record clearance automation; federal funds.\n(a) The Department of Justice "
        "shall establish a system to identify, without the filing of a petition, convictions "
        "eligible for automatic record clearance under Section 3 and to transmit the eligible "
        "cases to the courts.\n(b) The department may apply for, accept, and expend federal "
        "grants, including grants under the Edward Byrne Memorial Justice Assistance Grant Program "
        "and the National Criminal History Improvement Program, to carry out this section.\n(c) "
        "The department shall comply with all conditions of any federal grant accepted under "
        "subsection (b), including reporting requirements of the United States Department of "
        "Justice.\n(d) The department shall report to the Legislature annually on the number of "
        "records cleared under Section 3."
    ),
    "g25": (
        "Sec. 10. Use of sealed records by employers, landlords, and the public.\n(1) A sealed "
        "record shall not be open to inspection by the public, and no clerk, agency, or consumer "
        "reporting agency shall furnish a sealed record to an employer, landlord, licensing board, "
        "or member of the public.\n(2) An employer shall not ask an applicant about, or base any "
        "decision on, an arrest or conviction that has been sealed.\n(3) A landlord shall not deny "
        "housing based on a sealed record.\n(4) A consumer reporting agency that reports a sealed "
        "record is liable under the state fair credit reporting act.\n(5) A violation of this "
        "section is an unlawful employment or housing practice."
    ),
    "g26": (
        "§ 54-1-301. Qualifications for licensure as a private investigator.\n(1) To be eligible "
        "for a license under this chapter, an applicant must:\n(a) be at least twenty-one years of "
        "age;\n(b) be a citizen of the United States or a person lawfully admitted for permanent "
        "residence;\n(c) not have been convicted of a felony within the ten years preceding the "
        "application, unless the conviction has been expunged, sealed, or set aside;\n(d) submit "
        "fingerprints for a state and national criminal history record check; and\n(e) pass the "
        "examination required by the board.\n(2) Proof of United States citizenship or lawful "
        "permanent residence shall be made by a document listed in rules of the board."
    ),
    "g27": (
        'Sec. 3. Protection of access to courts.\n(a) In this section, "civil arrest" means an '
        "arrest that is not for the purpose of securing an individual's appearance to answer a "
        "criminal charge, including an arrest for a violation of federal civil immigration "
        "law.\n(b) No person shall be subject to civil arrest while going to, remaining at, or "
        "returning from a courthouse of this state in connection with any judicial "
        "proceeding.\n(c) A court may issue writs and orders to enforce subsection (b), and any "
        "person who makes a civil arrest in violation of this section is liable for false "
        "imprisonment.\n(d) A court employee shall not permit a federal immigration officer to "
        "enter a nonpublic area of a courthouse without a judicial warrant.\n(e) This section does "
        "not limit the arrest of a person under a warrant for a criminal offense."
    ),
    "g28": (
        "§ 7-21-4. Limits on inquiry into immigration status.\n(a) No law enforcement officer or "
        "employee of a state or local agency shall inquire into or collect information about an "
        "individual's immigration or citizenship status, or place of birth, unless the information "
        "is required by state or federal law to determine eligibility for a public benefit.\n(b) "
        "No law enforcement agency shall stop, question, detain, or arrest any person solely on "
        "the basis of that person's actual or perceived immigration status.\n(c) No law "
        "enforcement agency shall use agency funds, personnel, or equipment to investigate or "
        "enforce federal civil immigration law.\n(d) Each agency shall adopt a written policy "
        "implementing this section within six months."
    ),
    "g30": (
        "§ 12-11-8. Uniform crime reporting.\n(a) Every law enforcement agency in the state shall "
        "report to the Bureau of Criminal Investigation, on forms or in the electronic format "
        "prescribed by the bureau, statistics on crimes reported and arrests made, in a manner "
        "consistent with the National Incident-Based Reporting System of the Federal Bureau of "
        "Investigation.\n(b) The bureau shall compile the reports and forward the statistics to "
        "the Federal Bureau of Investigation for inclusion in the Uniform Crime Reports.\n(c) The "
        "reports shall not include the names or other personal identifying information of any "
        "arrested person or victim.\n(d) The bureau shall publish an annual summary of the "
        "statistics on its website."
    ),
    "g31": (
        "Sec. 2-311. Executive sessions.\n(a) A public body may hold an executive session, closed "
        "to the public, only for one or more of the following purposes:\n(1) to discuss personnel "
        "matters concerning a specific employee;\n(2) to consult with legal counsel about pending "
        "or threatened litigation;\n(3) to discuss records that are confidential under state law "
        "or federal law, including criminal justice information obtained from the Federal Bureau "
        "of Investigation under a user agreement;\n(4) to discuss security plans and the "
        "deployment of law enforcement personnel, including coordination with federal agencies; "
        "or\n(5) to discuss the purchase or sale of real property.\n(b) No final action may be "
        "taken in an executive session, and the minutes shall state the statutory purpose relied "
        "upon."
    ),
    "g32": (
        "SECTION 14. Distribution of the expungement order.\n(a) The clerk of the court shall send "
        "a certified copy of the order of expungement to the prosecuting attorney, to the "
        "arresting agency, to the Department of Corrections, and to the State Bureau of "
        "Identification.\n(b) Each agency that receives the order shall, within sixty days, "
        "destroy or delete every record of the arrest, charge, and conviction in its custody, "
        "including electronic records in any statewide database, and shall certify compliance to "
        "the court.\n(c) The State Bureau of Identification shall remove the record from the "
        "statewide criminal history repository and shall notify every agency in this state to "
        "which it disseminated the record within the preceding five years.\n(d) No agency of this "
        "state may thereafter disclose the existence of the expunged record to any employer or "
        "member of the public."
    ),
    "g33": (
        "Sec. 6. Information sharing with federal immigration authorities.\n(a) A law enforcement "
        "agency shall not provide to federal immigration authorities personal information about "
        "any individual, including the individual's home or work address, release date, or "
        "criminal history record, for the purpose of civil immigration enforcement.\n(b) A law "
        "enforcement agency shall not provide federal immigration authorities with access to any "
        "database maintained by the agency or to any records of an individual whose conviction has "
        "been sealed, expunged, or vacated.\n(c) Except that nothing in this section prohibits or "
        "restricts any government entity or official from sending to, or receiving from, federal "
        "immigration authorities information regarding the citizenship or immigration status, "
        "lawful or unlawful, of an individual, as required by 8 U.S.C. § 1373.\n(d) Any agreement "
        "in effect on the effective date of this act that conflicts with this section is void."
    ),
    "g34": (
        "§ 5-15-404. Sealed records; federal reporting.\n(a) A record sealed under this part shall "
        "not be disclosed to any federal immigration authority, and no officer or employee of the "
        "state shall respond to a request from such an authority for information contained in a "
        "sealed record.\n(b) Notwithstanding subsection (a) or any other provision of this part, "
        "the Department of Public Safety shall continue to report fingerprints, arrests, and final "
        "dispositions, including dispositions that have been sealed, to the Federal Bureau of "
        "Investigation as required by the National Crime Prevention and Privacy Compact, and the "
        "sealing of a record shall not require the department to request the removal of any entry "
        "from the Interstate Identification Index.\n(c) The department shall notify a person whose "
        "record is sealed that the record may remain accessible to federal agencies through "
        "national databases."
    ),
    "g35": (
        "Sec. 7284.6. Prohibited activities; exceptions.\n(a) California law enforcement agencies "
        "shall not:\n(1) use agency or department moneys or personnel to investigate, interrogate, "
        "detain, detect, or arrest persons for immigration enforcement purposes;\n(2) provide "
        "information regarding a person's release date or personal information, including the "
        "person's home address or work address, to immigration authorities, unless that "
        "information is available to the public; or\n(3) give federal immigration authorities "
        "access to interview individuals in custody, except as otherwise provided.\n(b) "
        "Notwithstanding the limitations in subdivision (a), this section does not prevent any "
        "California law enforcement agency from doing any of the following that does not violate "
        "any policy of the law enforcement agency:\n(1) responding to a request from immigration "
        "authorities for information about a specific person's criminal history, including "
        "previous criminal arrests, convictions, or similar criminal history information accessed "
        "through the California Law Enforcement Telecommunications System, where otherwise "
        "permitted by state law; or\n(2) sending to, or receiving from, federal immigration "
        "authorities information regarding the citizenship or immigration status of an individual, "
        "pursuant to Sections 1373 and 1644 of Title 8 of the United States Code."
    ),
    "g36": (
        "Section 12. Dissemination of sealed records to criminal justice agencies.\n(a) A sealed "
        "record may be disseminated to a criminal justice agency of this state or of another "
        "jurisdiction for the purpose of a criminal investigation, prosecution, or "
        "sentencing.\n(b) A sealed record may be used by a court in determining the sentence for a "
        "subsequent offense.\nSection 13. Immigration authorities.\nNotwithstanding any other law, "
        "including Section 12, no sealed record, and no information derived from a sealed record, "
        "shall be disclosed to, or made accessible by, any agency or officer whose purpose is the "
        "enforcement of federal immigration law, including United States Immigration and Customs "
        "Enforcement, whether the request is made directly or through another criminal justice "
        "agency."
    ),
    "g37": (
        "Sec. 18. Federal databases.\n(1) Within thirty days after receiving an order under "
        "section 16, the bureau shall transmit the order to the Federal Bureau of Investigation "
        "and shall request the removal of the record of the arrest and conviction from the "
        "Interstate Identification Index and from the Next Generation Identification system.\n(2) "
        "If the Federal Bureau of Investigation declines to remove the record, the bureau shall "
        "request that the entry be annotated to show that the conviction has been expunged.\n(3) "
        "Nothing in this section prohibits the bureau from disclosing an expunged record to a "
        "federal agency when the disclosure is required by federal law.\n(4) The bureau shall "
        "notify the person named in the order of each action taken under this section."
    ),
    "g38": (
        "SECTION 9. Protection of cleared records from federal access.\n(a) Within twenty days "
        "after a record is cleared under this act, the repository shall notify the Federal Bureau "
        "of Investigation and request that the record be removed from the Interstate "
        "Identification Index.\n(b) No state or local agency shall share a cleared record with, or "
        "permit access to a cleared record by, United States Immigration and Customs Enforcement "
        "or any other federal immigration authority.\n(c) Nothing in this act shall be construed "
        "to prohibit or restrict any entity from sending to, or receiving from, federal "
        "immigration authorities information regarding the citizenship or immigration status, "
        "lawful or unlawful, of an individual, pursuant to 8 U.S.C. § 1373.\n(d) Subsection (c) "
        "does not authorize the disclosure of any cleared record or of information derived from a "
        "cleared record."
    ),
    "g39": (
        "Sec. 2. Prohibition on sanctuary policies.\n(a) A local governmental entity, law "
        "enforcement agency, or official may not adopt, maintain, or enforce any policy or "
        "practice that prohibits or restricts the sharing of information with United States "
        "Immigration and Customs Enforcement regarding the citizenship, immigration status, or "
        "criminal history of any person in custody.\n(b) Each law enforcement agency shall comply "
        "with any immigration detainer and shall provide United States Immigration and Customs "
        "Enforcement with notice of the release of any person subject to a detainer.\n(c) "
        "Provided, however, that nothing in this section shall be construed to require the "
        "disclosure of a record that has been expunged under section 17-1-103, except as the "
        "Attorney General determines is necessary to comply with federal law.\n(d) The Attorney "
        "General may bring an action to enjoin a violation of subsection (a)."
    ),
    "g40": (
        "§ 9-7-210. Availability of sealed records.\n(1) A sealed record shall not be made "
        "available to any person or agency, except:\n(a) to the subject of the record, upon "
        "request and without a court order;\n(b) to a court, in a subsequent criminal proceeding "
        "against the subject;\n(c) to a criminal justice agency, for the purpose of a criminal "
        "investigation, provided that no record shall be made available under this paragraph to "
        "any agency or person for the purpose of civil immigration enforcement or for transmission "
        "to federal immigration authorities; and\n(d) to a licensing board for a profession "
        "regulated under Title 12, where the board is required by law to consider criminal "
        "history.\n(2) A person who knowingly discloses a sealed record in violation of subsection "
        "(1) is liable for a civil penalty of not more than $1,000."
    ),
}

PROBES = [
    ("g01", "federal-records", "contrary"),
    ("g02", "federal-records", "contrary"),
    ("g03", "federal-records", "contrary"),
    ("g04", "federal-records", "contrary"),
    ("g05", "federal-records", "contrary"),
    ("g06", "federal-records", "contrary"),
    ("g06", "record-access", "contrary"),
    ("g07", "federal-records", "contrary"),
    ("g07", "public-education", "partial"),
    ("g08", "federal-records", "contrary"),
    ("g09", "federal-records", "contrary"),
    ("g10", "federal-records", "contrary"),
    ("g10", "record-access", "present"),
    ("g11", "federal-records", "partial"),
    ("g12", "federal-records", "partial"),
    ("g13", "federal-records", "partial"),
    ("g14", "federal-records", "partial"),
    ("g15", "federal-records", "present"),
    ("g16", "federal-records", "present"),
    ("g17", "federal-records", "partial"),
    ("g17", "record-access", "absent"),
    ("g18", "federal-records", "present"),
    ("g18", "record-access", "present"),
    ("g19", "federal-records", "partial"),
    ("g20", "federal-records", "partial"),
    ("g21", "federal-records", "absent"),
    ("g22", "federal-records", "absent"),
    ("g22", "record-access", "present"),
    ("g23", "federal-records", "absent"),
    ("g24", "federal-records", "absent"),
    ("g25", "federal-records", "absent"),
    ("g26", "federal-records", "absent"),
    ("g27", "federal-records", "absent"),
    ("g28", "federal-records", "absent"),
    ("g30", "federal-records", "absent"),
    ("g31", "federal-records", "absent"),
    ("g32", "federal-records", "absent"),
    ("g33", "federal-records", "partial"),
    ("g34", "federal-records", "contrary"),
    ("g34", "public-education", "partial"),
    ("g35", "federal-records", "contrary"),
    ("g36", "federal-records", "partial"),
    ("g37", "federal-records", "partial"),
    ("g38", "federal-records", "present"),
    ("g39", "federal-records", "contrary"),
    ("g40", "federal-records", "partial"),
    ("g40", "record-access", "present"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status


def test_a_ban_on_sanctuary_policies_whatever_their_form_works_against_the_practice(tmp_path):
    text = (
        "1. A political subdivision may not adopt or implement, whether formally or informally, a sanctuary "
        "policy, including a policy that:\na. Limits an individual from communicating with federal "
        "officials to report the immigration status of an individual; or\nb. Restricts compliance with a "
        "detainer."
    )
    assert file_statuses(tmp_path, "ban", text)["federal-records"] == "contrary"
