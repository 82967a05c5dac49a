"""`billkit check` on federal files and immigration authorities (and a few notices to the public), in the
shapes of expungement and set-aside acts, state criminal-records acts, motor-vehicle and database privacy
laws, sanctuary and anti-sanctuary laws, city ordinances and bills as legislatures print them.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. Probes the reader modelled on a
test file of the corpus are left out of these tests. They pin down, among others:
- a bar that names its actor as a body ("no public body of this state shall provide a set-aside record ...
  to United States Immigration and Customs Enforcement"), with the FBI asked to remove every entry:
  `present`, not a permission; and a department that, where a record went to a federal agency, must
  "request that the federal record be corrected", in an item whose lead ends "and:" (`partial`);
- the usual route for what federal law requires ("other governmental agencies as authorized by the laws of
  this state or of the United States") and a ban on sharing data to build a registry of people by religion
  or status: neither opens nor closes anything to immigration authorities (`absent`);
- a driving record, cleared convictions included "whether or not the conviction has been set aside,
  dismissed, or expunged", furnished "upon request of" immigration and border agencies (`contrary`);
- a public notice, in eight languages and through community organizations, that an expunged conviction may
  still count under federal immigration law and that an expungement does not cure the immigration
  consequence of a guilty plea: public education in full, although it names a plea. Rows the rules still
  read otherwise are left out, and named in the session's note.

"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "e01": (
        "AN ACT to amend the criminal procedure law, in relation to the treatment of sealed records "
        "by federal agencies\n\nEXPLANATION--Matter in CAPITALS is new; matter in brackets [ ] is old "
        "law to be omitted.\n\nThe People of the State of New York, represented in Senate and Assembly,"
        " do enact as follows:\n\nSection 1. Subdivisions 6 and 7 of section 160.62 of the criminal "
        "procedure law, as added by chapter 412 of the laws of 2024, are amended to read as "
        "follows:\n6. Upon the sealing of a conviction under this article, the division of criminal "
        "justice services [may, in its discretion,] SHALL, WITHIN THIRTY DAYS, notify the federal "
        "bureau of investigation of the sealing [for informational purposes only] AND REQUEST THAT "
        "THE BUREAU EXPUNGE EACH CORRESPONDING ARREST AND DISPOSITION ENTRY FROM THE INTERSTATE "
        "IDENTIFICATION INDEX AND FROM ANY OTHER FEDERAL FILE TO WHICH THE DIVISION CONTRIBUTED "
        "IT.\n7. [Notwithstanding any other provision of this article, a sealed record shall be made "
        "available upon request to any agency of the United States, including the department of "
        "homeland security.] NO SEALED RECORD, AND NO INFORMATION CONTAINED IN OR DERIVED FROM A "
        "SEALED RECORD, SHALL BE DISCLOSED TO, OR MADE ACCESSIBLE THROUGH ANY SHARED DATABASE TO, "
        "UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT, UNITED STATES CUSTOMS AND BORDER "
        "PROTECTION, OR ANY OTHER AGENCY WHILE ENFORCING FEDERAL CIVIL IMMIGRATION LAW.\n§ 2. This act"
        " shall take effect on the one hundred twentieth day after it shall have become a law."
    ),
    "e02": (
        "SYNOPSIS: Under existing law, a record expunged under Chapter 27 of Title 15 may not be "
        "released for the purpose of enforcing federal immigration law. This bill would remove that "
        "restriction and would require the Alabama State Law Enforcement Agency to keep an index of "
        "expunged records available to federal immigration authorities.\n\nBe it enacted by the "
        "Legislature of Alabama:\n\nSection 1. Section 15-27-19, Code of Alabama 1975, is amended to "
        'read as follows:\n"§15-27-19.\n(a) Upon receipt of an order of expungement, the Alabama State '
        "Law Enforcement Agency shall remove the record from the state repository and shall forward a"
        " copy of the order to the Federal Bureau of Investigation with a request that the "
        "corresponding federal entry be withdrawn.\n(b) [A record expunged under this chapter shall "
        "not be released to any agency of the United States for the purpose of enforcing federal "
        "immigration law.] NOTWITHSTANDING SUBSECTION (a), THE AGENCY SHALL RETAIN A NONPUBLIC INDEX "
        "OF EXPUNGED RECORDS AND SHALL MAKE THE INDEX, AND ANY RECORD TO WHICH IT REFERS, AVAILABLE "
        "ON REQUEST TO UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT AND TO ANY OTHER FEDERAL "
        'AGENCY RESPONSIBLE FOR ENFORCING IMMIGRATION LAW."\nSection 2. This act shall become '
        "effective on the first day of the third month following its passage and approval by the "
        "Governor, or its otherwise becoming law."
    ),
    "e03": (
        '29-3A-14. Definitions.\nAs used in Sections 29-3A-14 and 29-3A-15 NMSA 1978:\nA. "cleared '
        'record" means an arrest record, public record or conviction record that has been expunged or'
        ' sealed pursuant to the Criminal Record Expungement Act;\nB. "covered agency" means the '
        "United States department of homeland security and each of its components, including "
        "immigration and customs enforcement, customs and border protection and citizenship and "
        "immigration services, and any person acting under an agreement with any of them; and\nC. "
        '"federal repository" means the interstate identification index, the next generation '
        "identification system and any other criminal history file maintained by the federal bureau "
        "of investigation.\n\n29-3A-15. Duties following an order.\nA. Within twenty business days after"
        " the department receives an order that creates a cleared record, the department shall send "
        "to the custodian of each federal repository that holds an entry contributed by this state a "
        "written request that every entry relating to the cleared record be removed, and shall keep a"
        " copy of the request and of any response.\nB. No agency or political subdivision of the state"
        " shall disclose a cleared record, or any information contained in it, to a covered agency, "
        "and no such agency or subdivision shall grant a covered agency direct or indirect access to "
        "any database that contains a cleared record."
    ),
    "e04": (
        "The people of the State of California do enact as follows:\n\nSECTION 1. Section 11105.9 is "
        "added to the Penal Code, to read:\n11105.9. (a) When the department receives notice that "
        "relief has been granted under Section 1203.4, 1203.41, 1203.425, or 1473.7, the department "
        "shall, within 60 days, transmit the updated disposition to the Federal Bureau of "
        "Investigation and request that the bureau delete or correct every entry in its criminal "
        "history files that is inconsistent with the relief granted.\n(b) The department shall keep a "
        "record of each transmission made under subdivision (a) and of the bureau's response, if "
        "any.\n\nSEC. 2. Section 7284.14 is added to the Government Code, to read:\n7284.14. "
        "Notwithstanding paragraph (2) of subdivision (b) of Section 7284.6, a California law "
        "enforcement agency shall not provide to immigration authorities, as defined in Section 7283,"
        " any record of an arrest or conviction for which relief described in subdivision (a) of "
        "Section 11105.9 of the Penal Code has been granted, or any information contained in such a "
        "record, whether in response to a request or otherwise."
    ),
    "e05": (
        "§ 7610. Sealing; notice; effect\n\n(a) Notice of sealing. Within five business days after "
        "issuing an order to seal, the court shall send the order to the Vermont Crime Information "
        "Center, which shall, within ten days of receipt, notify the Federal Bureau of "
        "Investigation's Interstate Identification Index that the record has been sealed and request "
        "that the entry be removed.\n\n(b) Effect on disclosure. A sealed record shall not be disclosed"
        " in response to an inquiry from an employer, landlord, educational institution, or "
        "professional licensing authority, and shall not be produced in response to a request under "
        "the Public Records Act.\n\n(c) Exchange among agencies. Nothing in this section shall be "
        "construed to restrict the exchange of a sealed record among criminal justice agencies of "
        "this State for the investigation or prosecution of a crime.\n\n(d) Inquiries. Except as "
        "provided in subsection (c), a person whose record has been sealed may answer any question "
        "about the matter as though it never occurred."
    ),
    "e06": (
        "(20 ILCS 2630/13.5 new)\nSec. 13.5. Expunged and sealed records; immigration enforcement.\n(a)"
        ' In this Section, "federal immigration agent" means any officer, employee, or contractor of '
        "United States Immigration and Customs Enforcement or United States Customs and Border "
        "Protection, and any other person acting to enforce federal civil immigration law.\n(b) No "
        "officer, employee, or agent of the Illinois State Police, a circuit court clerk, or a unit "
        "of local government shall disclose, transmit, or confirm the existence of an expunged or "
        "sealed record to a federal immigration agent, or permit a federal immigration agent to query"
        " a system that holds such a record, unless presented with a warrant signed by a judge.\n(c) "
        "Each State or local agency that receives an order of expungement shall, within 60 days, "
        "physically destroy or electronically delete the record and shall certify its compliance to "
        "the Illinois State Police. The Illinois State Police shall keep the certifications for 5 "
        "years."
    ),
    "e07": (
        "§ 9122.8. Limited access; duties of the central repository.\n(a) Removal.--Within 30 days of "
        "receiving notice of an order for limited access, the central repository shall remove the "
        "record from the statewide criminal history database, and each court shall remove the case "
        "from the unified judicial system's public web docket.\n(b) Dissemination.--A record subject "
        "to limited access shall not be disseminated to any individual or noncriminal justice agency "
        "except:\n(1) as required by Federal law, including where Federal law requires disclosure as a"
        " condition of receiving Federal funds;\n(2) to the subject of the record, on written request;"
        " or\n(3) to a criminal justice agency for a criminal justice purpose.\n(c) "
        "Construction.--Nothing in this section shall be construed to require any agency to act in a "
        "manner that would violate Federal law."
    ),
    "e08": (
        "77-40b-312. Release of expunged records.\n(1) Except as provided in this section, an agency "
        "in possession of an expunged record may not divulge the record, or information contained in "
        "it, to any person.\n(2) An agency may release an expunged record, or information contained in"
        " it, only to:\n(a) the petitioner, on presentation of identification;\n(b) a law enforcement "
        "agency conducting a criminal investigation, if the petitioner is the subject of that "
        "investigation;\n(c) the Board of Pardons and Parole, for a matter pending before the "
        "board;\n(d) federal authorities, when federal law requires the release; and\n(e) the Division "
        "of Professional Licensing, for an applicant for a license described in Subsection "
        "58-1-401(7).\n(3) A person who receives an expunged record under Subsection (2) may not "
        "redisclose it except as permitted by that subsection."
    ),
    "e09": (
        "SECTION 2. AMENDATORY 22 O.S. 2021, Section 19.4, is amended to read as follows:\nSection "
        "19.4. A. Upon the filing of an order sealing records under Section 18 of this title, the "
        "records shall be withdrawn from public inspection, and each agency named in the order shall "
        "seal its records within thirty (30) days.\nB. The Oklahoma State Bureau of Investigation "
        "shall remove the sealed entry from any database it makes available for public or commercial "
        "screening.\nC. Sealed records may be inspected, examined, and copied only by:\n1. the person "
        "who is the subject of the records, or the person's attorney;\n2. the district attorney, for "
        "use in a subsequent prosecution of the same person;\n3. the Department of Corrections, for "
        "classification purposes; and\n4. other governmental agencies as authorized by the laws of "
        "this state or of the United States.\nD. Any person who knowingly discloses a sealed record "
        "except as permitted by this section is guilty of a misdemeanor."
    ),
    "e10": (
        "Be it enacted by the General Assembly of the State of Tennessee:\n\nSECTION 1. Tennessee Code "
        "Annotated, Title 4, Chapter 42, Part 1, is amended by adding the following as a new "
        "section:\n4-42-109.\n(a) No county, municipality, or other political subdivision, and no "
        "official or employee of any of them, shall adopt, enforce, or act under any ordinance, "
        "resolution, directive, or policy that prohibits or in any way restricts an official or "
        "employee from:\n(1) Sending to, requesting from, or exchanging with the United States "
        "department of homeland security or any of its components information about the citizenship, "
        "immigration status, or criminal history of any individual;\n(2) Maintaining such information;"
        " or\n(3) Responding to a request from a federal immigration agency for notice of the date and"
        " time an individual will be released from custody.\n(b) Any ordinance, resolution, directive,"
        " or policy that violates subsection (a) is void, and the political subdivision shall be "
        "ineligible for state economic development funds until it is rescinded.\n\nSECTION 2. This act "
        "shall take effect upon becoming a law, the public welfare requiring it."
    ),
    "e11": (
        "ORDINANCE NO. 2025-41\nAN ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELMHAVEN ADDING "
        "SECTION 2-114 TO THE ELMHAVEN MUNICIPAL CODE RELATING TO CIVIL IMMIGRATION DETAINERS\n\nTHE "
        "CITY COUNCIL OF THE CITY OF ELMHAVEN DOES ORDAIN AS FOLLOWS:\n\nSection 1. Section 2-114 is "
        'added to read:\n2-114. Civil immigration detainers.\n(a) For purposes of this section, "civil '
        'immigration detainer" means a request by a federal immigration agency that a local agency '
        "maintain custody of a person beyond the time the person would otherwise be eligible for "
        "release.\n(b) The Elmhaven Police Department shall not hold any person in custody on the "
        "basis of a civil immigration detainer after that person becomes eligible for release, "
        "whether by posting bail, by completion of sentence, by dismissal of charges, or "
        "otherwise.\n(c) Nothing in this section limits the Department's compliance with a warrant "
        "issued by a federal judge or magistrate.\n(d) The Chief of Police shall report annually to "
        "the Council the number of civil immigration detainers received.\n\nSection 2. This ordinance "
        "shall take effect thirty days after its adoption."
    ),
    "e12": (
        "24-74-108. State agencies - immigration status - limits on inquiry and collection.\n(1) "
        "Except as required by state or federal law, a peace officer of this state shall not stop, "
        "question, detain, or arrest any person for the sole purpose of determining the person's "
        "immigration status, and shall not ask a victim or witness of a crime about the person's "
        "immigration status.\n(2) A state agency shall not collect or record any of the following in a"
        " database it maintains, except as required by state or federal law or as necessary to "
        "determine eligibility for a public benefit:\n(a) Place of birth;\n(b) Citizenship or "
        "immigration status; or\n(c) Information from an alien registration card, employment "
        "authorization document, or foreign passport.\n(3) Subsection (2) of this section does not "
        "apply to the criminal history records maintained by the Colorado bureau of investigation, "
        "including records sealed under part 7 of article 72 of this title 24, which shall continue "
        "to be maintained as otherwise provided by law."
    ),
    "e13": (
        "Sec. 5. Use of state and local resources.\n(a) A law enforcement agency of this State or of "
        "any political subdivision shall not use money, facilities, property, equipment, or personnel"
        " to do any of the following for the purpose of civil immigration enforcement:\n(1) inquire "
        "into an individual's immigration status;\n(2) detain an individual on the basis of a hold "
        "request; or\n(3) provide to federal immigration authorities personal information about an "
        "individual, including the individual's home or work address, release date, or criminal "
        "history record information, unless that information is available to the public.\n(b) This "
        "Section does not prohibit or restrict any government entity or official from sending to, or "
        "receiving from, federal immigration authorities information regarding the citizenship or "
        "immigration status, lawful or unlawful, of an individual, as provided in 8 U.S.C. 1373.\n(c) "
        "Nothing in this Section shall be construed to limit the sharing of information among law "
        "enforcement agencies of this State for the investigation of a crime."
    ),
    "e14": (
        "ORDINANCE 25-117\nBe it ordained by the Board of Commissioners of Hennford County:\n\nSection "
        "1. Chapter 46, Article IV of the Hennford County Code is amended by adding the following "
        'section:\nSec. 46-88. Cleared records.\n(a) In this section, "cleared record" means any arrest'
        " or conviction record that a court of this State has ordered expunged, sealed, or set aside,"
        ' and "immigration authority" means United States Immigration and Customs Enforcement, United'
        " States Customs and Border Protection, or any person acting on behalf of either.\n(b) Within "
        "ten business days after the Circuit Clerk dockets an order creating a cleared record, the "
        "Clerk shall transmit a certified copy of the order to the State Bureau of Identification "
        "together with a written request that the Bureau forward the order to the Federal Bureau of "
        "Investigation and ask that every corresponding entry be deleted from the Interstate "
        "Identification Index.\n(c) No county officer, employee, or contractor shall disclose a "
        "cleared record, or any information from it, to an immigration authority, nor permit an "
        "immigration authority to search any county database that contains a cleared record.\n\nSection"
        " 2. This ordinance shall be in full force and effect from and after its passage."
    ),
    "e15": (
        "IC 35-38-9-6.5 Sealed records; persons permitted access\nSec. 6.5. (a) Except as provided in "
        "subsection (b), when a court orders the records of a conviction expunged under section 3 or "
        "4 of this chapter, the records shall be sealed and may not be disclosed.\n(b) Records sealed "
        "under subsection (a) may be disclosed only to:\n(1) a prosecuting attorney, if:\n(A) "
        "authorized by a court order; and\n(B) needed to carry out the official duties of the "
        "prosecuting attorney;\n(2) a defense attorney, if authorized by a court order;\n(3) the "
        "Federal Bureau of Investigation and the United States Department of Homeland Security, for "
        "the purpose of:\n(A) a background check required by federal law; or\n(B) determining the "
        "person's eligibility for an immigration benefit or the person's removability; and\n(4) the "
        "Bureau of Motor Vehicles, for the purpose of complying with federal commercial driver's "
        "license requirements.\n(c) A person who receives a sealed record under subsection (b) may use"
        " it only for the purpose for which it was disclosed."
    ),
    "e16": (
        "Sec. 54-142z. Erased and sealed records; screening by employers, landlords and licensing "
        'bodies.\n(a) As used in this section, "covered record" means a record of an arrest, charge, '
        "or conviction that has been erased under section 54-142a or sealed under section "
        "54-142d.\n(b) No employer, employment agency, landlord, or consumer reporting agency, and no "
        "state licensing board, shall:\n(1) request that an applicant disclose a covered record;\n(2) "
        "obtain a covered record from any source; or\n(3) rely on a covered record in deciding whether"
        " to hire, rent to, or license a person.\n(c) The provisions of subsection (b) do not apply "
        "where an employer is required by federal law to consider the covered record in a hiring "
        "decision.\n(d) Any person aggrieved by a violation of this section may file a complaint with "
        "the Commission on Human Rights and Opportunities."
    ),
    "e17": (
        "943.0569 Review and correction of criminal history records.\n(1) Any person may review his or"
        " her own criminal history record held by the department, upon submitting fingerprints and "
        "the fee set by rule, to determine whether the record is complete and accurate.\n(2) If the "
        "person asserts that the record does not reflect an order of expunction or sealing, the "
        "department shall, within 30 days, compare the record with the court's order and:\n(a) If the "
        "record does not reflect the order, correct its files, notify each criminal justice agency to"
        " which it disseminated the record in the preceding 5 years, and, where the record was "
        "forwarded to any federal agency, request that the federal record be corrected; or\n(b) If the"
        " record reflects the order, so advise the person in writing.\n(3) The department shall adopt "
        "rules to administer this section."
    ),
    "e18": (
        "RCW 9.96.075 Vacated convictions—Federal files—Civil immigration enforcement. (1) Upon "
        "receipt of an order vacating a record of conviction under RCW 9.96.060 or 9.94A.640, the "
        "Washington state patrol shall, within sixty days, transmit the order to the federal bureau "
        "of investigation with a request that the conviction be removed from the bureau's criminal "
        "history files and that any corresponding entry in the interstate identification index be "
        "deleted, and no state agency, court, or local government, and no officer or employee of any "
        "of them, may disclose the vacated record, or any information contained in it, to any federal"
        " agency for the purpose of civil immigration enforcement, or permit any such agency to "
        "obtain the vacated record by electronic query of a state or local database, unless "
        "disclosure is required by federal law or by a warrant signed by a judge.\n(2) For purposes of"
        ' this section, "civil immigration enforcement" has the meaning given in RCW 43.17.420.'
    ),
    "e19": (
        "§ 32-9-117. Abstract of operating record; persons entitled to receive.\n(a) The department "
        "shall keep an operating record for each licensed driver, which shall include every "
        "conviction for a violation of the motor vehicle laws or of any criminal offense involving "
        "the use of a motor vehicle that is reported to the department by any court.\n(b) The "
        "department shall furnish a certified abstract of a driver's operating record, without "
        "charge, upon request of:\n(1) any court of this state;\n(2) any state or local law enforcement"
        " agency;\n(3) any federal law enforcement agency, including United States Immigration and "
        "Customs Enforcement and United States Customs and Border Protection; and\n(4) any employer of"
        " a commercial motor vehicle driver, with the driver's written consent.\n(c) An abstract "
        "furnished under subsection (b) shall include any conviction on the record, whether or not "
        "the conviction has been set aside, dismissed, or expunged under the laws of this state."
    ),
    "e20": (
        "C.39:2-3.9 Disclosure of motor vehicle records to immigration agencies.\n1. a. "
        "Notwithstanding any other law to the contrary, the chief administrator of the New Jersey "
        "Motor Vehicle Commission shall not disclose, and shall not make accessible in any manner, "
        "any record or information maintained by the commission to any agency whose primary mission "
        "is the enforcement of federal immigration law, or to any employee or agent of such an "
        "agency, unless the agency presents a warrant or order signed by a federal or state judge.\nb."
        " Any person or entity that receives records or information from the commission, including "
        "through an electronic query system, shall certify in writing that it will not use the "
        "records or information for the purpose of civil immigration enforcement and will not "
        "redisclose them to any agency described in subsection a. of this section.\nc. As used in this"
        ' section, "record or information" means a photograph, an address, a social security number, '
        "a license or registration number, or any other personal information held by the commission."
    ),
    "e21": (
        "§ 21-2-1105. Motor vehicle records; prohibition on sale; permitted uses.\n(a) Except as "
        "provided in subsection (b), the division of motor vehicles and every officer and employee of"
        " the division shall not knowingly disclose or otherwise make available to any person "
        "personal information about an individual obtained by the division in connection with a "
        "driver's license, identification card, or motor vehicle record.\n(b) Personal information may"
        " be disclosed:\n(1) for use by any government agency, including any court or law enforcement "
        "agency, in carrying out its functions;\n(2) for use in connection with matters of motor "
        "vehicle or driver safety and theft, or a product recall;\n(3) for use by an insurer in "
        "connection with claims investigation or rating; and\n(4) to the individual who is the subject"
        " of the information.\n(c) The division shall not sell, rent, or otherwise furnish personal "
        "information to any person for surveys, marketing, or solicitations, or to any data broker "
        "for resale."
    ),
    "e22": (
        "Section 43-1-305. Criminal justice information system; agreements for access.\n(A) The "
        "department shall maintain the state criminal justice information system, which shall contain"
        " all criminal history record information reported to the department under this chapter.\n(B) "
        "The director may enter into written agreements with criminal justice agencies of this State,"
        " of other states, and of the United States, including the United States Department of "
        "Homeland Security and its components, under which the agency is granted direct electronic "
        "access to the system.\n(C) An agreement made under subsection (B) shall require the agency to"
        " use the information only for a purpose authorized by the law under which the agency "
        "operates.\n(D) Records expunged under Section 17-1-510 shall be removed from public access "
        "but shall remain available to agencies that hold an agreement under subsection (B)."
    ),
    "e23": (
        "137.226 Effect of set-aside order on state and federal files. (1) As used in this "
        'section:\n(a) "Federal criminal history file" means the Interstate Identification Index and '
        "any other file of criminal history record information maintained by the Federal Bureau of "
        'Investigation.\n(b) "Set-aside record" means the official records of an arrest, citation, '
        "charge, or conviction that have been set aside and sealed under ORS 137.225.\n(2) Within 30 "
        "days after receiving a set-aside order, the Department of State Police shall delete the "
        "set-aside record from the Law Enforcement Data System and shall send the order to the "
        "Federal Bureau of Investigation together with a request that every entry relating to the "
        "set-aside record be removed from each federal criminal history file.\n(3) Notwithstanding ORS"
        " 181A.010 to 181A.030, which otherwise permit the exchange of criminal records among "
        "criminal justice agencies, no public body of this state shall provide a set-aside record, or"
        " confirm its existence, to United States Immigration and Customs Enforcement, United States "
        "Customs and Border Protection, or any other agency or person for the purpose of enforcing "
        "federal immigration law."
    ),
    "e24": (
        "§ 12.62.175. Fingerprint-based background checks; sealed records.\n(a) The department may "
        "submit the fingerprints of an applicant for a license, permit, or position of trust "
        "described in AS 12.62.400 to the Federal Bureau of Investigation for a national criminal "
        "history record check, and may receive the results.\n(b) The department shall give the results"
        " of a check made under (a) of this section only to the agency that requested the check and "
        "to the applicant.\n(c) A record sealed under AS 12.62.180 shall not be included in any "
        "response to a noncriminal justice inquiry made under this section, and the department shall "
        'so state in its report to the requesting agency.\n(d) In this section, "noncriminal justice '
        'inquiry" means a request for criminal history record information made for any purpose other '
        "than the administration of criminal justice."
    ),
    "e25": (
        "Rule 2.507. Sealed case records; requests by federal agencies\n\n(a) Application. This rule "
        "applies to any case record sealed or expunged by order of a court of this state, including a"
        " record sealed by operation of law.\n\n(b) Duty of clerk. The clerk shall not release a sealed"
        " case record, or confirm that such a record exists, in response to a request from United "
        "States Immigration and Customs Enforcement, United States Customs and Border Protection, or "
        "any other agency seeking the record to enforce federal civil immigration law, unless the "
        "request is accompanied by an order of a judge of a court of record directing its "
        "release.\n\n(c) Notice to court. The clerk shall forward any request described in subdivision "
        "(b) to the presiding judge within two court days.\n\nComment: This rule governs only case "
        "records held by clerks. It does not address records held by law enforcement agencies or by "
        "the state repository."
    ),
    "e26": (
        "AN ACT\nTo amend section 16-806 of the District of Columbia Official Code to require that "
        "sealed records be removed from federal criminal history files and to prohibit their "
        "disclosure to federal immigration enforcement.\n\nBE IT ENACTED BY THE COUNCIL OF THE DISTRICT"
        ' OF COLUMBIA, That this act may be cited as the "Sealed Records Federal Files Amendment Act '
        'of 2025".\n\nSec. 2. Section 16-806 of the District of Columbia Official Code is amended as '
        'follows:\n(a) Subsection (c) is amended to read as follows:\n"(c) Within 30 days after a '
        "sealing order becomes final, the Metropolitan Police Department shall notify the Federal "
        "Bureau of Investigation of the order and request that the corresponding arrest and "
        'disposition be removed from the Interstate Identification Index.".\n(b) A new subsection (e) '
        'is added to read as follows:\n"(e) No District agency, and no employee or contractor of a '
        "District agency, shall disclose a sealed record, or information contained in a sealed "
        "record, to a federal immigration agency, as that term is defined in section 2(4) of the "
        'Sanctuary Values Amendment Act of 2020.".\n\nSec. 3. Fiscal impact statement.\nThe Council '
        "adopts the fiscal impact statement in the committee report as the fiscal impact statement "
        "required by section 4a of the General Legislative Procedures Act of 1975."
    ),
    "e27": (
        "43.10.318 Model policies—Immigration enforcement—State databases. (1) The attorney general, "
        "in consultation with the Washington state patrol, the administrative office of the courts, "
        "and organizations representing immigrant communities, shall publish model policies for "
        "limiting immigration enforcement, to the fullest extent practicable and consistent with "
        "federal and state law, at public schools, health facilities, courthouses, and shelters.\n(2) "
        "The model policies shall include guidance for state and local agencies on limiting access by"
        " federal immigration authorities to state and local databases, including databases that "
        "contain criminal history record information or records that have been vacated or sealed.\n(3)"
        " All public schools, health facilities, and courthouses are encouraged to adopt the model "
        "policies, or to notify the attorney general of the reasons for declining to adopt them."
    ),
    "e29": (
        "§ 6565a. Registry prohibited; personal information\n(a) A State agency, political "
        "subdivision, or law enforcement officer shall not collect, share, or make available any "
        "personal information for the purpose of creating, maintaining, or contributing to a registry"
        " or database of individuals based on their religion, national origin, ethnicity, or "
        "immigration status, whether the registry is maintained by this State, another state, or the "
        'federal government.\n(b) As used in this section, "personal information" includes an '
        "individual's name, address, date of birth, photograph, fingerprints, and criminal history "
        "record information, including any record that has been sealed or expunged.\n(c) This section "
        "shall not be construed to prohibit the sharing of information for the purpose of a criminal "
        "investigation or as required by federal law."
    ),
    "e30": (
        "Sec. 9. Section 609A.04 of the Criminal Code is amended to read:\n\n609A.04. Dissemination of "
        'sealed records.\n1. Definitions. In this section:\n(a) "Sealed record" means a record of '
        'arrest, charge, or conviction sealed under section 609A.015 or 609A.02.\n(b) "Criminal '
        'justice agency" means an agency of this state or of a political subdivision that performs '
        "the administration of criminal justice. The term does not include any federal, state, or "
        "local agency, or any part of such an agency, while it acts to enforce federal civil "
        "immigration law, and no sealed record shall be given to, or searched by, such an agency.\n2. "
        "Dissemination. The bureau shall disseminate a sealed record only to:\n(a) the subject of the "
        "record or the subject's attorney; and\n(b) a criminal justice agency, for the investigation "
        "or prosecution of a crime.\n3. Federal files. Within 60 days after sealing, the bureau shall "
        "report the sealing to the Federal Bureau of Investigation and ask that the record be deleted"
        " from the national criminal history files."
    ),
    "e32": (
        "§ 11-45-408. Expunged records; federal notice; immigration enforcement.\n(a) Upon entry of an"
        " expungement order under this part, the clerk shall send a certified copy of the order to "
        "the Bureau of Criminal Identification and to each agency named in the petition.\n(b) The "
        "Bureau may, in its discretion and when resources permit, inform the Federal Bureau of "
        "Investigation that an order has been entered under this part.\n(c) No state or local agency, "
        "and no officer or employee of any of them, shall provide an expunged record, or any "
        "information contained in it, to United States Immigration and Customs Enforcement, United "
        "States Customs and Border Protection, or United States Citizenship and Immigration Services,"
        " unless the person who is the subject of the record gives written consent.\n(d) Each agency "
        "receiving an order under subsection (a) shall delete the expunged record from its files "
        "within 30 days."
    ),
    "e33": (
        "A BILL FOR AN ACT RELATING TO CRIMINAL RECORD CLEARANCE.\n\nBE IT ENACTED BY THE LEGISLATURE "
        "OF THE STATE OF HAWAII:\n\nSECTION 1. Chapter 831, Hawaii Revised Statutes, is amended by "
        'adding a new part to be appropriately designated and to read as follows:\n\n"§831-41 Federal '
        "files. Within forty-five days after a record is expunged under this part, the Hawaii "
        "criminal justice data center shall notify the Federal Bureau of Investigation of the "
        "expungement and request that each related arrest and disposition be deleted from the "
        "Interstate Identification Index.\n\n§831-42 Immigration enforcement. No state or county agency"
        " shall disclose an expunged record, or permit it to be accessed, by United States "
        "Immigration and Customs Enforcement or United States Customs and Border Protection.\n\n§831-43"
        " Public notice. (a) The judiciary shall prepare a plain-language notice explaining what "
        "expungement under this part does and does not do. The notice shall state that an expunged "
        "conviction may still be treated as a conviction under federal immigration law, that an "
        "expungement does not by itself cure any immigration consequence of a guilty plea, and that a"
        " person who is not a United States citizen should seek advice from an immigration attorney "
        "or accredited representative before applying for an immigration benefit or traveling "
        "abroad.\n(b) The notice shall be published in English, Ilocano, Tagalog, Chuukese, "
        "Marshallese, Japanese, Korean, and Vietnamese, and shall be distributed through community "
        'organizations that serve immigrants."\n\nSECTION 2. This Act shall take effect upon its '
        "approval."
    ),
    "e34": (
        "Rule 4-508. Petition for expungement; required advisements.\n(a) Form. A petition for "
        "expungement shall be filed on the form approved by the Judicial Council. The form shall "
        "contain, in bold type immediately above the petitioner's signature, the advisement set out "
        'in subsection (b).\n(b) Advisement. The advisement shall read: "IMPORTANT: If you are not a '
        "United States citizen, expungement will not necessarily remove the immigration consequences "
        "of your arrest or conviction. Federal immigration authorities may still consider an expunged"
        " conviction. You must still disclose it on immigration applications when asked. Talk to an "
        'immigration lawyer before you file this petition or apply for any immigration benefit."\n(c) '
        "Order. Every order granting expungement shall repeat the advisement in subsection (b) in the"
        " same type.\n(d) Failure to advise. The omission of the advisement from a petition or order "
        "does not affect the validity of the expungement."
    ),
    "e35": (
        "ORDINANCE NO. 18,447\nAN ORDINANCE creating a record clearance outreach program in the Office"
        " of Immigrant and Refugee Affairs.\n\nBE IT ORDAINED BY THE CITY OF ROCKMOOR AS "
        "FOLLOWS:\n\nSection 1. A new Section 3.40.090 is added to the Rockmoor Municipal Code as "
        "follows:\n3.40.090 Record clearance outreach.\nA. The Office of Immigrant and Refugee Affairs "
        "shall, in partnership with community-based organizations and nonprofit legal service "
        "providers selected through a competitive process, conduct an annual outreach campaign on "
        "state record clearance laws.\nB. Campaign materials shall explain, in plain language: who may"
        " be eligible to clear a record and how to apply; that clearing a record under state law may "
        "not change how federal immigration authorities treat an arrest or conviction; and that a "
        "noncitizen should consult an immigration attorney or an accredited representative before "
        "seeking record clearance or an immigration benefit.\nC. Materials shall be made available in "
        "at least the six languages other than English most commonly spoken in the City, and the "
        "Office shall hold at least four free community clinics each year.\n\nSection 2. This ordinance"
        " takes effect thirty days after publication."
    ),
    "e36": (
        "§ 54-142w. Notice of eligibility for sealing; contents.\n(a) Not later than sixty days after "
        "a record becomes eligible for sealing under section 54-142v, the judicial branch shall mail "
        "to the last known address of the person a notice of eligibility.\n(b) The notice shall be "
        "written in plain language, in English and in Spanish, and shall state:\n(1) that the person "
        "may be eligible to have a record sealed, and how to apply;\n(2) that sealing does not prevent"
        " disclosure of the record to criminal justice agencies or to the person's employer where a "
        "state statute requires a background check;\n(3) that sealing does not bind the United States "
        "or any agency of the United States, or any other state; and\n(4) that the person may still be"
        " required to disclose the record when applying for a professional license, for a firearm "
        "permit, or for a position with a law enforcement agency.\n(c) The judicial branch shall also "
        "post the information in subsection (b) on its public web site."
    ),
    "e37": (
        "§ 2937.155. Immigration advisement at plea.\n(A) A court shall not accept a plea of guilty or"
        " of no contest to a felony or misdemeanor, other than a traffic infraction, until the judge "
        "has spoken to the defendant in open court, read the following statement aloud, and found on "
        'the record that the defendant understood it:\n"If you are not a United States citizen, '
        "pleading guilty or no contest in this case may lead to your removal from the country, to "
        "your being refused entry if you leave, or to your being refused citizenship later under "
        'federal law."\n(B) If the defendant asks for it, the court shall postpone acceptance of the '
        "plea for a reasonable time so that the defendant may consult counsel about the "
        "statement.\n(C) The court shall not ask the defendant, at the plea or at sentencing, whether "
        "the defendant is a citizen or about the defendant's immigration status."
    ),
    "e38": (
        "§ 15A-150.5. Notice of expunction order; annual report.\n(a) Notice. Within 20 days after "
        "entering an order of expunction, the clerk of superior court shall send a certified copy of "
        "the order to:\n(1) the petitioner, at the address given in the petition;\n(2) the arresting "
        "agency and the district attorney;\n(3) the State Bureau of Investigation, which shall forward"
        " the order to the Federal Bureau of Investigation; and\n(4) the Division of Motor Vehicles, "
        "when the offense involved a motor vehicle.\n(b) Annual report. The Administrative Office of "
        "the Courts shall report by March 1 of each year to the Joint Legislative Oversight Committee"
        " on Justice and Public Safety the number of petitions for expunction filed and granted in "
        "each county, by type of offense, and the number of orders sent to each agency under "
        "subsection (a)."
    ),
    "e39": (
        "§ 201-b. Requests by immigration agencies; notice to the person.\n1. The commissioner shall "
        "not disclose any record or information maintained by the department, including a driving "
        "record that shows a conviction, to an agency that primarily enforces immigration law, or to "
        "any agent of such an agency, unless the agency presents a judicial warrant or court "
        "order.\n2. Within three business days after receiving a request for records or information "
        "from an agency described in subdivision one, whether or not the request is granted, the "
        "commissioner shall notify the individual whose records or information were sought, by mail "
        "and by electronic mail if known, of the request and of the identity of the agency that made "
        "it.\n3. The commissioner shall publish on the department's website, each quarter, the number "
        "of requests received under this section."
    ),
    "e40": (
        "Section 7. Training of court personnel.\n(a) The Administrative Office of the Courts shall "
        "develop and provide to all circuit court clerks, deputy clerks, and self-help center staff "
        "an annual training course on the expungement and sealing provisions of this Act.\n(b) The "
        "training shall include instruction on:\n(1) the eligibility requirements and procedures for "
        "expungement and sealing;\n(2) the effect of an expungement or sealing order under state law; "
        "and\n(3) the immigration consequences of criminal convictions, including the extent to which "
        "federal immigration authorities may continue to treat an expunged or sealed conviction as a "
        "conviction.\n(c) Court personnel who complete the training shall not give legal advice to any"
        " person, but may refer a person to the list of legal service providers maintained by the "
        "Administrative Office of the Courts."
    ),
}

PROBES = [
    ("e01", "federal-records", "present"),
    ("e02", "federal-records", "contrary"),
    ("e03", "federal-records", "present"),
    ("e04", "federal-records", "present"),
    ("e05", "federal-records", "partial"),
    ("e06", "federal-records", "partial"),
    ("e07", "federal-records", "absent"),
    ("e08", "federal-records", "contrary"),
    ("e09", "federal-records", "absent"),
    ("e10", "federal-records", "contrary"),
    ("e11", "federal-records", "absent"),
    ("e12", "federal-records", "absent"),
    ("e13", "federal-records", "partial"),
    ("e14", "federal-records", "present"),
    ("e15", "federal-records", "contrary"),
    ("e16", "federal-records", "absent"),
    ("e17", "federal-records", "partial"),
    ("e18", "federal-records", "present"),
    ("e19", "federal-records", "contrary"),
    ("e20", "federal-records", "partial"),
    ("e21", "federal-records", "absent"),
    ("e22", "federal-records", "contrary"),
    ("e23", "federal-records", "present"),
    ("e24", "federal-records", "absent"),
    ("e25", "federal-records", "partial"),
    ("e26", "federal-records", "present"),
    ("e27", "federal-records", "absent"),
    ("e29", "federal-records", "absent"),
    ("e30", "federal-records", "present"),
    ("e32", "federal-records", "partial"),
    ("e33", "federal-records", "present"),
    ("e33", "public-education", "present"),
    ("e34", "public-education", "present"),
    ("e35", "public-education", "present"),
    ("e36", "public-education", "partial"),
    ("e37", "public-education", "partial"),
    ("e38", "public-education", "absent"),
    ("e38", "federal-records", "partial"),
    ("e39", "public-education", "absent"),
    ("e39", "federal-records", "partial"),
    ("e40", "public-education", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
