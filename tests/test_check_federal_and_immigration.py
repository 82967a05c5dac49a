"""`billkit check` on federal databases and immigration authorities, both ways.

The texts are a second, critical reader's probes, written for these tests (no source), each with the
status that reader wrote down before running the tool, read as that reader ran them, as text files:
requests that the FBI withdraw a cleared entry and bars on giving cleared records to immigration
authorities, in unusual words (``present`` or ``partial``); savings for what federal law requires,
notices to the state repository, status kept confidential in a benefits program (``absent``); cleared
records still open to the FBI, NCIC or federal agencies, immigration agencies given access to
databases, duties to report convictions to ICE, and bans on limiting cooperation (``contrary``). They
pin down what the review found the rules misread:
- a duty with a time clause set inside the verb ("shall, not later than the tenth day after the date of
  the judgment, send to U.S. Immigration and Customs Enforcement") is still a duty to send;
- a confidential file the bureau "shall make ... available" to agencies "of the United States", and
  "continue to make that information accessible through the National Crime Information Center", keep
  cleared records open to federal bodies;
- access to the criminal history system "granted" to the Department of Homeland Security by a
  memorandum of understanding is access given, in the passive;
- a definition of the bill's own term that names immigration agencies ("'Covered federal agency' means
  United States Immigration and Customs Enforcement ...") carries into the bar worded with the term,
  and a definition that mentions 8 U.S.C. § 1357(g) is no agreement under it;
- "this section does not prohibit or restrict ... sending to ... federal immigration authorities" is a
  saving, read as "nothing in this section prohibits" is, never a bar;
- a notice to Immigration and Customs Enforcement is no advisement to anyone, and the person's record
  handed to ICE is no access of the person's own.

Rows the rules still read otherwise are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "f01": (
        "Sec. 7. Section 12-418 of the Code of Criminal Procedure is amended to read:\n12-418. "
        "Duties of the Central Repository after an order of expungement.\n(a) In this section, "
        '"Central Repository" means the Criminal Justice Information System Central Repository '
        "of the Department of Public Safety.\n(b) Within 30 days after it receives a certified "
        "copy of an order of expungement entered under § 12-414 of this subtitle, the Central "
        "Repository shall:\n(1) remove from its files every entry that relates to the expunged "
        "charge, including the arrest, any fingerprint card, and the disposition; and\n(2) if the "
        "Central Repository previously submitted an entry relating to the charge to the Interstate "
        "Identification Index, request that the Federal Bureau of Investigation remove that entry "
        "from the Index.\n(c) The Central Repository shall keep a copy of each request made under "
        "subsection (b)(2) of this section and any reply from the Federal Bureau of Investigation "
        "for 3 years."
    ),
    "f02": (
        "§ 54-142w. Withdrawal of erased records from national indexes.\n(a) As used in this "
        'section, "erased record" means a record of arrest, prosecution or conviction that has '
        "been erased by operation of section 54-142a or by order of a court of this state.\n(b) "
        "Not later than sixty days after a record is erased, the Department of Emergency Services "
        "and Public Protection shall ask each federal agency to which the department has furnished "
        "the record, including the Federal Bureau of Investigation, to withdraw the record and "
        "every reference to it from the national indexes maintained by such agency.\n(c) The "
        "department shall make the inquiry required by subsection (b) of this section in writing "
        "and shall renew it once if no confirmation of withdrawal is received within ninety "
        "days.\n(d) Nothing in this section shall be construed to delay the erasure of state "
        "records required by section 54-142a."
    ),
    "f03": (
        "SEC. 4. Section 1203.47 is added to the Penal Code, to read:\n1203.47. (a) When the court "
        "grants relief under Section 1203.4, 1203.41, or 1203.425, the clerk of the court shall, "
        "within 15 days, transmit a copy of the order to the Department of Justice.\n(b) Upon "
        "receipt of an order described in subdivision (a), the Department of Justice shall update "
        "the state summary criminal history information and shall send the order on to the Federal "
        "Bureau of Investigation, together with any information the bureau needs to locate the "
        "record, so that any federal file containing the arrest or conviction is corrected to "
        "reflect the relief granted and to omit the dismissed conviction.\n(c) The department "
        "shall notify the petitioner, at the last known address, when it has sent the order on "
        "under subdivision (b)."
    ),
    "f04": (
        "Section 3. Chapter 276 of the General Laws is hereby amended by inserting after section "
        "100F the following section:-\nSection 100G. (a) For the purposes of this section, "
        '"sealed record" shall mean any record of criminal appearance, court activity or '
        "disposition sealed under sections 100A to 100F, inclusive.\n(b) No sealed record, and no "
        "information derived from a sealed record, shall be made available by the commissioner of "
        "probation, a clerk of court, a police department or any other criminal justice agency of "
        "the commonwealth to United States Immigration and Customs Enforcement, United States "
        "Customs and Border Protection, or any officer or agent thereof.\n(c) A request from an "
        "agency listed in subsection (b) for a sealed record shall be answered only with a "
        "statement that no record is available.\n(d) A person who knowingly violates this section "
        "shall be punished by a fine of not more than $1,000."
    ),
    "f05": (
        "Sec. 9. (a) It is unlawful for an officer or employee of this state or of a political "
        "subdivision who has access to a record that has been set aside, sealed or expunged under "
        "this chapter to disclose the record, or any information contained in the record, to any "
        'agency enforcing civil immigration law.\n(b) For the purposes of subsection (a), "agency '
        'enforcing civil immigration law" includes, without limitation, the United States '
        "Department of Homeland Security and any component, contractor or state or local partner "
        "of that department acting under 8 U.S.C. § 1357(g).\n(c) A violation of subsection (a) is "
        "a misdemeanor and is grounds for discipline, including dismissal from public "
        "employment.\n(d) This section applies to records set aside before, on or after the "
        "effective date of this act."
    ),
    "f06": (
        "ARTICLE 6-C. CONFIDENTIALITY OF CLEARED RECORDS\n§ 845-h. Duties of the division.\n1. "
        "Upon the sealing of a record pursuant to section 160.59 or 160.57 of the criminal "
        "procedure law, the division shall request in writing that the Federal Bureau of "
        "Investigation remove from the Interstate Identification Index, and from any other "
        "national index to which the division contributed, every entry that relates to the sealed "
        "matter.\n2. The division, and any agency that holds a record sealed pursuant to those "
        "sections, shall not disclose the record, or any fact contained in it, to federal "
        "immigration authorities, whether upon request, through a shared database, or "
        'otherwise.\n3. For the purposes of this section, "federal immigration authorities" '
        "means United States Immigration and Customs Enforcement, United States Customs and Border "
        "Protection, United States Citizenship and Immigration Services, and any person acting on "
        "behalf of any of them."
    ),
    "f07": (
        "Section 5. Title 13 is amended by adding a new section 7612a:\n§ 7612a. EXPUNGED RECORDS; "
        "FEDERAL FILES; IMMIGRATION\n(a) Federal files. Within 30 days after a court issues an "
        "order to expunge a criminal history record under this subchapter, the Vermont Crime "
        "Information Center shall transmit the order to the Federal Bureau of Investigation and "
        "ask that the federal criminal history file be amended to delete the expunged arrest and "
        "conviction.\n(b) Immigration enforcement. A record expunged under this subchapter shall "
        "not be shared with, released to, or made accessible to the U.S. Department of Homeland "
        "Security or any of its components, by request, by subscription to a data service, or "
        "through any memorandum of agreement, and any such agreement in force on the effective "
        "date of this section shall be deemed amended to exclude expunged records.\n(c) "
        "Subsections (a) and (b) of this section apply to expungements ordered before the "
        "effective date of this section, and the Center shall complete the transmittals required "
        "by subsection (a) for those orders within two years."
    ),
    "f08": (
        "ORDINANCE NO. 2025-31\nAN ORDINANCE AMENDING CHAPTER 2.78 OF THE MUNICIPAL CODE "
        "(WELCOMING CITY)\nSection 1. Section 2.78.040 is amended to read:\n2.78.040 "
        "Databases.\nA. No department, agency, commission, officer or employee of the City shall "
        "provide, disclose, or otherwise make available any City database, or any information from "
        "a City database, to any person or entity for the purpose of enforcing federal civil "
        "immigration law.\nB. Every contract under which the City permits a third party to access "
        "a City database shall contain a covenant that the third party will not use or share the "
        "data for the purpose described in subsection A.\nC. This section shall be liberally "
        "construed to protect the confidentiality of information held by the City."
    ),
    "f09": (
        "SECTION 12. Section 29-3523, Revised Statutes Supplement, is amended to read:\n29-3523 "
        "(1) After the court enters an order to seal a criminal history record under section "
        "29-3523.01, the Nebraska State Patrol shall, in the ordinary course of business, seal the "
        "record in the central repository.\n(2) If the State Patrol has submitted the arrest or "
        "conviction to the Federal Bureau of Investigation, the State Patrol shall also notify the "
        "Federal Bureau of Investigation of the sealing order and shall ask that the federal "
        "record of the arrest or conviction be purged.\n(3) The State Patrol shall adopt and "
        "promulgate rules and regulations to carry out subsection (2) of this section."
    ),
    "f10": (
        "Sec. 3-532. Access to criminal history databases by immigration authorities "
        'prohibited.\n(a) Definitions. In this section, "criminal history database" means any '
        "system of records maintained by the Department or a local law enforcement agency that "
        "contains arrest, charge, or conviction information.\n(b) The Department and every local "
        "law enforcement agency shall refuse any request by U.S. Immigration and Customs "
        "Enforcement for access to a criminal history database.\n(c) An agency may not enter into, "
        "renew, or perform any agreement that would give U.S. Immigration and Customs Enforcement "
        "direct or remote access to a criminal history database.\n(d) The Department shall audit "
        "user logs of each criminal history database at least once each year to confirm compliance "
        "with this section and shall report the results to the General Assembly."
    ),
    "f11": (
        "Section 2. Section 16-90-1419 is amended to read:\n16-90-1419. Maintenance of sealed "
        "records.\n(a) Upon the entry of an order to seal, the custodian of each record described "
        "in the order shall remove the record from public view and shall maintain it in a "
        "confidential file.\n(b) The Arkansas Crime Information Center shall maintain sealed "
        "records in a manner consistent with, and shall make such reports as are required by, "
        "federal law and the rules of any federal agency that governs the Center's participation "
        "in national systems.\n(c) Nothing in this subchapter shall be construed to relieve the "
        "Center of any duty imposed on it by federal law."
    ),
    "f12": (
        "Sec. 14. (a) A record that is the subject of an order of nondisclosure may be disclosed "
        "only as provided in this section.\n(b) To the extent permitted by federal law, a criminal "
        "justice agency may disclose the record to another criminal justice agency for a criminal "
        "justice purpose.\n(c) Nothing in this section shall be construed to require any action "
        "that is inconsistent with federal law, and this section shall be applied to the extent "
        "permitted by federal law.\n(d) An agency that discloses a record under subsection (b) "
        "shall inform the recipient that the record is subject to an order of nondisclosure."
    ),
    "f13": (
        "SECTION 4. Section 77-40-108 is amended to read:\n77-40-108. Distribution of order.\n(1) "
        "The petitioner shall be responsible for delivering a copy of the order of expungement to "
        "all affected agencies and to the Bureau of Criminal Identification.\n(2) The bureau, upon "
        "receipt of the order, shall update the state criminal history repository and shall notify "
        "every agency in this state that it knows to hold a record of the arrest or "
        "conviction.\n(3) Each agency so notified shall, within 30 days, expunge the record and "
        "report its compliance to the bureau.\n(4) The bureau may charge the petitioner a fee, "
        "established under Section 63J-1-504, for processing the order."
    ),
    "f14": (
        "Section 1. Section 43-34-8 is amended to read:\n43-34-8. (a) Each applicant for an "
        "initial license under this chapter shall submit two complete sets of fingerprints to the "
        "Georgia Crime Information Center.\n(b) The center shall promptly transmit one set of the "
        "fingerprints to the Federal Bureau of Investigation for a search of bureau records and an "
        "appropriate report, and shall retain the other set for a search of state records.\n(c) "
        "The board may refuse to issue a license to an applicant whose state or national criminal "
        "history record check, including the report of the Federal Bureau of Investigation, "
        "reveals a conviction of a felony or of a crime involving moral turpitude.\n(d) A report "
        "received under this Code section shall be used only for the purpose of determining the "
        "applicant's fitness for licensure and shall not be disclosed to any other person."
    ),
    "f15": (
        "SECTION 1. FINDINGS AND DECLARATIONS.\nThe Legislature finds and declares all of the "
        "following:\n(a) Section 1373 of Title 8 of the United States Code provides that a "
        "federal, state, or local government entity or official may not prohibit, or in any way "
        "restrict, any government entity or official from sending to, or receiving from, federal "
        "immigration authorities information regarding the citizenship or immigration status of "
        "any individual.\n(b) Several federal courts have considered whether Section 1373 may be "
        "applied to state and local governments consistent with the Tenth Amendment to the United "
        "States Constitution, and have reached differing conclusions.\n(c) It is the intent of the "
        "Legislature in enacting this act to provide for the orderly administration of state "
        "records relating to vital statistics, and nothing in this act is intended to address the "
        "sharing of information with federal authorities.\nSEC. 2. Section 102247 of the Health "
        "and Safety Code is amended to read:\n102247. The State Registrar shall maintain an index "
        "of certified copies of birth certificates issued during the preceding calendar year."
    ),
    "f16": (
        "Sec. 5. Confidentiality of applicant information.\n(a) Information that the department "
        "obtains about an applicant for or recipient of assistance under the Healthy Families "
        "Program, including the applicant's citizenship or immigration status, country of birth, "
        "and social security number, is confidential.\n(b) The department may not disclose "
        "information described in subsection (a) except to the extent necessary to determine "
        "eligibility, to administer the program, or to verify income with the Department of "
        "Revenue.\n(c) An applicant shall not be required to disclose the immigration status of a "
        "household member who is not applying for assistance.\n(d) The department shall post a "
        "notice in each office, in English and Spanish, stating the protections provided by this "
        "section."
    ),
    "f17": (
        "SECTION 3. Section 610.140 is amended to read:\n610.140. 7. Upon the granting of an order "
        "of expungement, the records and files maintained in any administrative or court "
        "proceeding in a municipal, associate, or circuit court for any offense listed in the "
        "order shall be confidential and only available to the parties or by order of the court "
        "for good cause shown.\n8. No employer, landlord, licensing authority, or provider of "
        "insurance or credit shall inquire into, consider, or require disclosure of an arrest or "
        "conviction that has been expunged, and no criminal justice agency shall disclose an "
        "expunged record to any such person for the purpose of employment, housing, licensing, "
        "insurance, or credit.\n9. A person who has been granted an order of expungement may state "
        "that he or she has never been arrested or convicted of the offense."
    ),
    "f18": (
        "Sec. 8. Federal funds.\n(a) The Department of Public Safety may apply for, accept, and "
        "expend grants and other money from the federal government, including funds made available "
        "under the National Criminal History Improvement Program and the Edward Byrne Memorial "
        "Justice Assistance Grant Program, to carry out this chapter.\n(b) The department shall "
        "use money received under subsection (a) first to automate the identification of records "
        "eligible for clearance and to improve the completeness of disposition information in the "
        "state repository.\n(c) If a condition of a federal grant conflicts with this chapter, the "
        "department shall notify the governor and the legislative budget board within 30 days."
    ),
    "f19": (
        "§ 2. The executive law is amended by adding a new section 259-v to read as follows:\n§ "
        "259-v. Questioning about immigration status. 1. No officer or employee of the department "
        "of corrections and community supervision shall ask any person under community supervision "
        "about his or her immigration or citizenship status or place of birth, except as required "
        "to determine eligibility for a program that is conditioned on such status.\n2. No such "
        "officer or employee shall collect or record information about a person's immigration or "
        "citizenship status unless the information is volunteered by the person.\n3. Nothing in "
        "this section shall be construed to prohibit an officer from asking for identification."
    ),
    "f20": (
        "Section 1. Section 13-4051 is amended to read:\n13-4051. Entry on records; petition; "
        "effect\nA. Any person who is wrongfully arrested, indicted or otherwise charged with any "
        "crime may petition the superior court for entry on all records of the arrest, indictment "
        "or charge a notation that the person has been cleared.\nB. After a hearing, the court may "
        "issue an order clearing the records. The clerk shall send a copy of the order to the "
        "Arizona department of public safety, which shall enter the notation in the central state "
        "repository and shall request each agency in this state that holds a record of the arrest "
        "to enter the same notation.\nC. Records that bear a notation under this section may be "
        "released to the person, to the person's counsel, including a federal public defender, and "
        "to any other person for a criminal justice purpose."
    ),
    "f21": (
        "Sec. 6. Interstate compact; federal law.\n(a) Nothing in this Act affects the obligations "
        "of this State as a party to the National Crime Prevention and Privacy Compact, 34 U.S.C. "
        "§ 40311 et seq.\n(b) Where a provision of this Act conflicts with a rule adopted by the "
        "Compact Council under Article VI of the Compact, the rule prevails to the extent of the "
        "conflict.\n(c) The Department shall designate a Compact officer to administer this "
        "State's participation in the Compact."
    ),
    "f22": (
        "SECTION 9. The Code of Virginia is amended by adding a section numbered 2.2-5515 as "
        "follows:\n§ 2.2-5515. Confidentiality of information obtained by the Office of New "
        "Americans.\nA. The Office shall not disclose to any person the name, address, or other "
        "personally identifying information of any individual who contacts the Office for "
        "assistance, except with the written consent of the individual.\nB. The Office shall "
        "develop, in consultation with community-based organizations, informational materials "
        "about state services available to immigrants, and shall make the materials available in "
        "the five languages most commonly spoken in the Commonwealth other than English.\nC. This "
        "section shall not apply to a disclosure to a law-enforcement officer who presents a "
        "subpoena."
    ),
    "f23": (
        "Sec. 11. Section 35-38-9-6.5 is added to read:\n35-38-9-6.5. (a) The sealing of a "
        "conviction record under this chapter does not affect the duty of the state police "
        "department to report criminal history information to the Federal Bureau of "
        "Investigation.\n(b) Notwithstanding any order of sealing, the state police department "
        "shall continue to transmit to the Federal Bureau of Investigation, and shall not withdraw "
        "from the Interstate Identification Index, the record of any conviction that has been "
        "sealed under section 2 or 3 of this chapter.\n(c) The department shall note in the state "
        "repository that the record has been sealed."
    ),
    "f24": (
        "§ 4376A. Availability of expunged records to criminal justice agencies.\n(a) Records "
        "expunged under this subchapter shall remain in the possession of the State Bureau of "
        "Identification in a confidential file.\n(b) The Bureau shall make the information in a "
        "confidential file available, upon request, to any criminal justice agency of this State, "
        "of another state, or of the United States, for the purpose of a criminal investigation, "
        "prosecution, or sentencing, and shall continue to make that information accessible "
        "through the National Crime Information Center.\n(c) An agency that receives information "
        "under subsection (b) shall not redisclose it except for a purpose described in that "
        "subsection."
    ),
    "f25": (
        "SECTION 6. Section 790.0655 is amended to read:\n(4) A record of conviction that has been "
        "sealed, set aside, or expunged under chapter 943 remains available to the Department of "
        "Law Enforcement for the purpose of determining eligibility to purchase or possess a "
        "firearm, and the Department shall submit such a record to the National Instant Criminal "
        "Background Check System if the conviction would disqualify the person under 18 U.S.C. § "
        "922(g).\n(5) The Department shall not disclose the fact of the sealing or expunction to "
        "the seller of a firearm."
    ),
    "f26": (
        "Sec. 27. Notwithstanding any other provision of this chapter, a record that has been "
        "expunged may be released by the records custodian only to the following:\n(1) the person "
        "who is the subject of the record, or the person's attorney;\n(2) a court, for the purpose "
        "of sentencing the person for a later offense;\n(3) a prosecuting attorney, for the "
        "purpose of determining whether to file charges;\n(4) federal agencies, for any purpose "
        "authorized by federal law; and\n(5) the Department of Children and Families, for the "
        "purpose of a background check of a person applying to be a foster parent."
    ),
    "f27": (
        "SECTION 2. Chapter 421, Government Code, is amended by adding Section 421.0715 to "
        "read:\nSec. 421.0715. INFORMATION SHARING WITH FEDERAL HOMELAND SECURITY. (a) The "
        "Department of Public Safety shall enter into a memorandum of understanding with the "
        "United States Department of Homeland Security under which the federal department is "
        "granted direct access to the computerized criminal history system and to the department's "
        "booking and arrest databases.\n(b) The memorandum must provide for access by the federal "
        "department at all times and without the need for a separate request for each record.\n(c) "
        "The department shall report to the legislature each biennium on the number of queries "
        "made under the memorandum."
    ),
    "f28": (
        "Section 3. (a) Each sheriff who operates a county jail shall permit an officer or agent "
        "of U.S. Immigration and Customs Enforcement to access the jail's inmate booking and "
        "records management system, and to interview any inmate, for the purpose of determining "
        "whether the inmate is lawfully present in the United States.\n(b) The sheriff shall "
        "provide to U.S. Immigration and Customs Enforcement, upon request and without charge, a "
        "copy of the criminal history and booking record of any inmate who is believed to be an "
        "alien.\n(c) Nothing in this section requires a sheriff to detain an inmate beyond the "
        "inmate's scheduled release date."
    ),
    "f29": (
        "Sec. 908.103. Sanctuary policies prohibited.\n(1) A state entity, local governmental "
        "entity, or law enforcement agency may not adopt or have in effect a policy, ordinance, "
        "rule, or practice that limits or prohibits:\n(a) Sending information regarding the "
        "citizenship or immigration status of any person to, or requesting or receiving such "
        "information from, a federal immigration agency;\n(b) Maintaining such information; "
        "or\n(c) Exchanging such information with any other federal, state, or local governmental "
        "entity.\n(2) Any policy in effect on the effective date of this section that is "
        "inconsistent with subsection (1) is void."
    ),
    "f30": (
        "SECTION 1. (a) No political subdivision of this state shall enact, adopt, or enforce any "
        "ordinance, resolution, or policy that prohibits or in any way restricts its officers or "
        "employees from cooperating with U.S. Immigration and Customs Enforcement, including by "
        "communicating with the agency about the custody status, release date, or criminal record "
        "of any person.\n(b) A political subdivision that violates subsection (a) shall be "
        "ineligible to receive state financial assistance for the fiscal year in which the "
        "violation occurs, and the attorney general may bring an action to enjoin the "
        "violation.\n(c) Any resident of the political subdivision may file a complaint with the "
        "attorney general alleging a violation of this section."
    ),
    "f31": (
        "Sec. 10. Construction.\n(a) This chapter shall be construed to protect the privacy of "
        "persons whose records have been sealed.\n(b) Nothing in this chapter, or in any other law "
        "of this state, shall be construed to prohibit or restrict any state or local officer from "
        "sending to, or receiving from, U.S. Immigration and Customs Enforcement or any other "
        "federal immigration authority information regarding the citizenship, immigration status, "
        "or criminal history of any individual.\n(c) If any provision of this chapter is held "
        "invalid, the remainder of the chapter shall not be affected."
    ),
    "f32": (
        "SECTION 5. Article 42.01, Code of Criminal Procedure, is amended by adding Section 16 to "
        "read:\nSec. 16. If the defendant is not a citizen of the United States, the clerk of the "
        "court in which the defendant is convicted of an offense, other than a Class C "
        "misdemeanor, shall, not later than the tenth day after the date of the judgment, send to "
        "U.S. Immigration and Customs Enforcement a certified copy of the judgment, the "
        "defendant's name, date of birth and country of citizenship, and the offense of which the "
        "defendant was convicted.\nSECTION 6. The change in law made by this Act applies only to a "
        "judgment entered on or after the effective date of this Act."
    ),
    "f33": (
        "Sec. 4. Notice of release.\n(a) When an inmate who is the subject of an immigration "
        "detainer is scheduled for release from a state correctional facility, the warden shall "
        "notify U.S. Immigration and Customs Enforcement of the inmate's release date and time not "
        "less than 48 hours before the release.\n(b) If the inmate is released earlier than "
        "scheduled by order of a court, the warden shall notify U.S. Immigration and Customs "
        "Enforcement as soon as practicable and in any event before the inmate leaves the "
        "facility.\n(c) The department shall keep a log of notices given under this section."
    ),
    "f34": (
        "§ 19.2-83.3. Report of arrested alien to federal authorities.\nA. When a person is "
        "arrested for a felony and the arresting agency has probable cause to believe the person "
        "is present in the United States illegally, the agency shall, as soon as practicable, "
        "inform U.S. Immigration and Customs Enforcement of the arrest and shall provide the "
        "person's fingerprints and criminal history record.\nB. The reporting duty of subsection A "
        "continues after any dismissal of the charge or expungement of the arrest record, and an "
        "order of expungement shall not prevent the agency from providing the record to U.S. "
        "Immigration and Customs Enforcement.\nC. The Department of State Police shall prescribe "
        "the form of the report."
    ),
    "f35": (
        "Sec. 3-533. Immigration enforcement; records of persons whose cases were shielded.\n(a) A "
        "custodian of a record that has been shielded under this subtitle may not disclose the "
        "record, or confirm its existence, to any federal immigration authority.\n(b) Subsection "
        "(a) of this section does not apply to a disclosure made in response to a warrant signed "
        "by a judge of a federal court or of a court of this State.\n(c) An administrative "
        "warrant, detainer, or subpoena issued by an officer of the United States Department of "
        "Homeland Security is not a warrant for the purposes of subsection (b) of this section."
    ),
    "f36": (
        "SECTION 8. Section 15A-153 is added to read:\n§ 15A-153. Expunged records; reporting and "
        "disclosure.\n(a) No agency of this State shall release an expunged record, or any "
        "information from an expunged record, to a federal immigration authority.\n(b) "
        "Notwithstanding subsection (a) of this section, the State Bureau of Investigation shall "
        "continue to report to the Federal Bureau of Investigation every conviction that has been "
        "expunged under this Article and shall maintain the expunged conviction in the State's "
        "submissions to the Interstate Identification Index.\n(c) A person who willfully violates "
        "subsection (a) of this section is guilty of a Class 1 misdemeanor."
    ),
    "f38": (
        "Section 4. Section 9122.6 is added to read:\n§ 9122.6. Notice to Federal Bureau of "
        "Investigation.\n(a) When a court orders limited access to a record under section 9122.1 "
        "or 9122.2, the Pennsylvania State Police shall transmit the disposition to the Federal "
        "Bureau of Investigation so that the bureau's record reflects that access to the "
        "conviction has been limited.\n(b) Nothing in this section shall require the Pennsylvania "
        "State Police to request the deletion or removal of the arrest or conviction from the "
        "Interstate Identification Index, and the record shall remain available to criminal "
        "justice agencies through the Index.\n(c) The State Police shall promulgate regulations to "
        "implement this section."
    ),
    "f39": (
        "Sec. 12. (a) Records sealed under this chapter shall not be open to public "
        "inspection.\n(b) Notwithstanding subsection (a), a sealed record may be made available "
        "to:\n(1) the subject of the record;\n(2) a law enforcement agency, for the purpose of "
        "investigating a crime;\n(3) a court, for the purpose of sentencing;\n(4) state and "
        "federal agencies, for purposes of employment in a position that involves the care of "
        "children or vulnerable adults;\n(5) a state or federal agency, when required by law; "
        "and\n(6) a bona fide researcher, in a form that does not identify the subject."
    ),
    "f40": (
        "7284.7. (a) California law enforcement agencies shall not provide information regarding a "
        "person's release date, home address, or work address to immigration authorities for "
        "immigration enforcement purposes, and shall not make agency or department databases "
        "available to anyone or any entity for the purpose of immigration enforcement.\n(b) "
        "Notwithstanding subdivision (a), this section does not prevent a law enforcement agency "
        "from responding to a request from immigration authorities for information about a "
        "person's criminal history, including a conviction that has been dismissed under Section "
        "1203.4 of the Penal Code, where otherwise permitted by state law.\n(c) This section does "
        "not prohibit or restrict any government entity or official from sending to, or receiving "
        "from, federal immigration authorities, information regarding the citizenship or "
        "immigration status of an individual, pursuant to Sections 1373 and 1644 of Title 8 of the "
        "United States Code."
    ),
    "f41": (
        "Sec. 802-F. Sealed records; federal immigration authorities; exception required by "
        "federal law.\n(a) A record sealed pursuant to this chapter shall not be disclosed to "
        "federal immigration authorities, except as required by federal law.\n(b) For purposes of "
        'this section, "federal immigration authorities" has the same meaning as in section '
        "802E-1.\n(c) The department shall adopt rules to implement this section, including rules "
        "that require a written request before any disclosure is made under the exception in "
        "subsection (a)."
    ),
    "f42": (
        '§ 1. Definitions. For the purposes of this article: (a) "Cleared record" means a record '
        "of an arrest, charge, or conviction that has been sealed, vacated, or expunged under this "
        'article. (b) "Covered federal agency" means United States Immigration and Customs '
        "Enforcement, United States Customs and Border Protection, and United States Citizenship "
        "and Immigration Services, and any officer, employee, or contractor of any of them.\n§ 2. "
        "Restriction. No cleared record shall be furnished, transmitted, or otherwise "
        "communicated, in whole or in part, to a covered federal agency, and no covered federal "
        "agency shall be given access to any system in which a cleared record is stored.\n§ 3. "
        "Federal files. The commissioner shall, within ninety days of an order clearing a record, "
        "send notice of the order to the Federal Bureau of Investigation with a request that every "
        "record of the cleared arrest, charge, or conviction be withdrawn from the bureau's files."
    ),
    "f43": (
        "Sec. 10. Public education.\n(a) The Judicial Council, in partnership with community-based "
        "organizations that serve immigrant communities, shall develop and publish materials "
        "explaining that an order of expungement under this chapter may not eliminate the "
        "immigration consequences of a conviction and that a noncitizen should consult an "
        "immigration attorney before applying for any immigration benefit.\n(b) The materials "
        "shall be available in every language spoken by at least five percent of the population of "
        "any county, and shall be distributed through courts, public defender offices, and "
        "community organizations.\n(c) The materials shall also explain that the Bureau of "
        "Criminal Identification asks the Federal Bureau of Investigation to remove expunged "
        "entries from the Interstate Identification Index, and that a person may confirm the "
        "removal by requesting an Identity History Summary from the Federal Bureau of "
        "Investigation."
    ),
    "f44": (
        "Sec. 5. Effect of sealing order.\n(a) The clerk shall, within 10 days of the entry of a "
        "sealing order, send a copy of the order to the petitioner, to the prosecuting attorney, "
        "and to the Department of Public Safety.\n(b) The Department of Public Safety shall not "
        "transmit to the Federal Bureau of Investigation any fingerprint, arrest, or disposition "
        "information about a sealed case, and if such information has already been transmitted, "
        "shall ask the Federal Bureau of Investigation to expunge it.\n(c) Upon sealing, the "
        "petitioner's record shall be treated as if the arrest and conviction had never occurred, "
        "and the petitioner may so state in answer to any inquiry, except an inquiry on an "
        "application for federal immigration benefits, in which the petitioner shall disclose the "
        "sealed conviction."
    ),
    "f45": (
        "Sec. 9. Sealed records; purposes for which disclosure is prohibited.\n(a) A criminal "
        "justice agency shall not disclose a sealed record, or any information contained in it, to "
        "any person or entity for the purpose of:\n(1) an employment decision;\n(2) a decision on "
        "an application to rent or lease residential property;\n(3) the investigation or "
        "enforcement of federal civil immigration law; or\n(4) a decision on an application for a "
        "professional or occupational license.\n(b) A disclosure in violation of subsection (a) is "
        "a Class B misdemeanor."
    ),
    "f46": (
        "SECTION 2. Section 46-18-1113 is amended to read:\n46-18-1113. (1) When an order of "
        "expungement is entered, the department of justice shall, within 30 days, remove the "
        "record from the criminal history record information system and shall request that the "
        "federal bureau of investigation do likewise with respect to any corresponding record in "
        "the national identification index, unless the record is one that the department is "
        "required to maintain under subsection (2).\n(2) The department shall maintain, and shall "
        "continue to make available to federal agencies upon request, a record of any expunged "
        "conviction for an offense involving domestic violence, a sexual offense, or a violent "
        "offense.\n(3) A person whose record is maintained under subsection (2) may obtain a copy "
        "of the record from the department without charge."
    ),
    "f47": (
        "Sec. 3. Disposition reporting.\n(a) Within 30 days after the final disposition of a "
        "criminal charge, including a dismissal, acquittal, nolle prosequi, or conviction, the "
        "clerk of the court shall report the disposition to the central repository on a form "
        "prescribed by the Department.\n(b) The central repository shall enter the disposition in "
        "the person's criminal history record and, if the person's fingerprints for the arrest "
        "were submitted to the Federal Bureau of Investigation, shall forward the disposition to "
        "the Federal Bureau of Investigation so that the arrest entry is updated.\n(c) The "
        "Department shall publish an annual report on the percentage of arrests for which a "
        "disposition has been reported."
    ),
}

PROBES = [
    ("f01", "federal-records", "partial"),
    ("f02", "federal-records", "partial"),
    ("f03", "federal-records", "partial"),
    ("f04", "federal-records", "partial"),
    ("f05", "federal-records", "partial"),
    ("f06", "federal-records", "present"),
    ("f07", "federal-records", "present"),
    ("f08", "federal-records", "partial"),
    ("f09", "federal-records", "partial"),
    ("f10", "federal-records", "partial"),
    ("f11", "federal-records", "absent"),
    ("f12", "federal-records", "absent"),
    ("f13", "federal-records", "absent"),
    ("f14", "federal-records", "absent"),
    ("f15", "federal-records", "absent"),
    ("f16", "federal-records", "absent"),
    ("f17", "federal-records", "absent"),
    ("f17", "record-access", "present"),
    ("f18", "federal-records", "absent"),
    ("f19", "federal-records", "absent"),
    ("f20", "federal-records", "absent"),
    ("f21", "federal-records", "absent"),
    ("f22", "federal-records", "absent"),
    ("f23", "federal-records", "contrary"),
    ("f24", "federal-records", "contrary"),
    ("f25", "federal-records", "contrary"),
    ("f26", "federal-records", "contrary"),
    ("f26", "record-access", "present"),
    ("f27", "federal-records", "contrary"),
    ("f28", "federal-records", "contrary"),
    ("f29", "federal-records", "contrary"),
    ("f30", "federal-records", "contrary"),
    ("f31", "federal-records", "contrary"),
    ("f32", "federal-records", "contrary"),
    ("f33", "federal-records", "contrary"),
    ("f33", "public-education", "absent"),
    ("f34", "federal-records", "contrary"),
    ("f34", "record-access", "absent"),
    ("f35", "federal-records", "partial"),
    ("f36", "federal-records", "contrary"),
    ("f38", "federal-records", "contrary"),
    ("f39", "federal-records", "contrary"),
    ("f39", "record-access", "present"),
    ("f40", "federal-records", "contrary"),
    ("f41", "federal-records", "partial"),
    ("f42", "federal-records", "present"),
    ("f43", "public-education", "present"),
    ("f44", "federal-records", "partial"),
    ("f44", "record-access", "partial"),
    ("f45", "federal-records", "partial"),
    ("f46", "federal-records", "contrary"),
    ("f46", "record-access", "present"),
    ("f47", "federal-records", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
