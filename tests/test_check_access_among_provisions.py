"""`billkit check` on own-record access where the decisive words sit among other provisions.

The texts are a second, critical reader's probes, written for these tests (no source): provisions in the
shapes of state codes and bills, six to fifteen sentences long, each carrying a vacatur ground, an FBI notice,
a fee or a timeline beside its words on who may see a cleared record. The reader wrote the expected status of
each practice before the first run and judged only the tool's output. They pin down, among others:
- the person named by another term ("the petitioner", "the record subject", "the named individual", "the
  juvenile or the juvenile's parent"), a grant through a cross-reference, a list of permitted recipients that
  names the person, and a grant after a long bar in the same sentence;
- the person's own application "to the court ... for an order permitting the petitioner to inspect", access
  "only after a judicial determination", and "an order entered under subsection (b)", all court orders as the
  gate;
- a grant that a later provision overrides by name ("Notwithstanding subsection (c), ..."; "Subject to
  subsection (g), ..."), which leaves the person no way in;
- a definition of "seal" that makes records unavailable to any person but criminal justice agencies;
- a bar whose exception is a provision that opens the records to the person's lawyer, and a grant for use in
  one kind of proceeding only: access in part;
- near misses: the public's or an employer's access, records kept for research, a victim's records, the
  person's right to deny the record, error correction, and notice that a record was sealed. Rows the rules
  still read otherwise are left out, and named in the session's note."""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "r01": (
        "Sec. 1. Short title. This act may be cited as the Misdemeanor Record Sealing Act.\n\nSec. "
        '2. Definitions. As used in this act:\n(1) "Clerk" means the clerk of the district court '
        'in the county in which the conviction was entered.\n(2) "Custodian" means a court, '
        "clerk, criminal justice agency, or other public body that maintains a record of arrest, "
        'charge, or conviction.\n(3) "Seal" means to restrict access to a record as provided in '
        "section 4.\n\nSec. 3. Petition. (a) A person convicted of a misdemeanor, other than an "
        "offense listed in section 7(b), may petition the court of conviction for an order sealing "
        "the record of the conviction when three years have passed since the person completed the "
        "sentence.\n(b) The petition shall be accompanied by a filing fee of fifty dollars, which "
        "the court shall waive upon a showing that the petitioner is indigent.\n(c) The court "
        "shall rule on the petition within ninety days after it is filed.\n\nSec. 4. Effect of "
        "order. (a) Upon entry of an order under section 3, each custodian shall seal the record, "
        "and no custodian shall disclose the sealed record, or confirm or deny its existence, to "
        "any person, employer, landlord, lender, or licensing authority, except that the "
        "petitioner may, upon request and without further order of the court, inspect and obtain "
        "copies of the sealed record at no cost to the petitioner.\n(b) A custodian that receives "
        "a request for a sealed record from a person other than the petitioner shall respond that "
        "no record exists."
    ),
    "r02": (
        'Section 12-310. Expunged records; confidentiality.\n(a) In this section:\n(1) "Bureau" '
        'means the state bureau of identification.\n(2) "Record subject" means the individual '
        "whose arrest, charge, or conviction is the subject of an order of expungement entered "
        "under section 12-305.\n(b) Within thirty days after receiving a certified copy of an "
        "order of expungement, the bureau shall remove the expunged entries from the state "
        "criminal history repository and shall notify the Federal Bureau of Investigation that the "
        "entries have been expunged and request that the entries be removed from the Interstate "
        "Identification Index.\n(c) Except as provided in subsection (e), an expunged record shall "
        "be confidential, shall not be disclosed by the bureau, a court, or any law enforcement "
        "agency, and shall not be used for any purpose.\n(d) An expunged record may be retained by "
        "the bureau in a nonpublic index for the sole purpose of determining eligibility for a "
        "later expungement.\n(e) The record subject, or a person holding the record subject's "
        "written and notarized authorization, may inspect and obtain a copy of the expunged record "
        "from the bureau or the court that entered the order, and no court order shall be required "
        "for that purpose.\n(f) A person who knowingly discloses an expunged record in violation "
        "of this section is guilty of a class B misdemeanor."
    ),
    "r03": (
        '§ 40-9. Shielding of records; legal defect.\n(A) As used in this section, "shielded '
        'record" means a record of a criminal proceeding that is the subject of an order entered '
        'under subsection (B) or (C), and "named individual" means the person identified as the '
        "defendant in that proceeding.\n(B) On motion of the defendant at any time after judgment, "
        "the court shall vacate the judgment of conviction and dismiss the charge if the court "
        "finds that the conviction was obtained in violation of the Constitution or laws of this "
        "State or of the United States, or that the plea was not knowingly, intelligently, and "
        "voluntarily entered.\n(C) Upon vacating a judgment under subsection (B), or upon the "
        "dismissal of all charges, the court shall order the record shielded.\n(D) A shielded "
        "record may be disclosed only to:\n(1) a criminal justice agency, for the investigation or "
        "prosecution of an offense committed after the date of the order;\n(2) a court, for the "
        "purpose of sentencing the named individual for a later offense;\n(3) the named "
        "individual, upon presentation of proof of identity to the custodian; and\n(4) the state "
        "board of nursing, where the named individual has applied for a license to practice "
        "nursing.\n(E) No fee shall be charged for a disclosure under paragraph (D)(3)."
    ),
    "r04": (
        "Sec. 27-518. Juvenile records; sealing; inspection.\n(a) For purposes of this section, "
        '"juvenile record" means any record of the juvenile court, a juvenile probation '
        "department, or a law enforcement agency concerning a child who was alleged or adjudicated "
        "to be delinquent.\n(b) Two years after the juvenile court's jurisdiction over a child "
        "terminates, or on the child's eighteenth birthday, whichever is later, the court shall "
        "order the child's juvenile record sealed unless the child has been adjudicated for a "
        "felony offense in the intervening period.\n(c) Once sealed, a juvenile record shall not "
        "be open to inspection by the public, by any employer, or by any educational institution, "
        "and the court and each agency holding the record shall reply to any inquiry that no "
        "record exists.\n(d) Subsection (c) does not restrict inspection of a sealed juvenile "
        "record by:\n(1) the juvenile or the juvenile's parent or guardian, upon written request "
        "to the court or agency holding the record, without the necessity of a motion or "
        "order;\n(2) a juvenile probation officer preparing a predisposition report on a new "
        "petition; or\n(3) the prosecuting attorney, if the juvenile is charged as an adult with a "
        "felony.\n(e) The sealing of a juvenile record under this section does not require the "
        "payment of any fee."
    ),
    "r05": (
        "Rule 3.850A. Set-aside of judgment; subsequent proceedings.\n(a) Application. A defendant "
        "who has completed all terms of a sentence for a nonviolent offense may apply to the "
        "sentencing court to have the judgment set aside.\n(b) Order. If the court grants the "
        "application, it shall set aside the judgment, dismiss the accusatory pleading, and direct "
        "that the record of the case be sealed.\n(c) Continuing authority. An order entered under "
        "subdivision (b) does not divest the court of jurisdiction to hear and decide any later "
        "motion to withdraw the plea, petition for post-conviction relief, or other collateral "
        "challenge to the judgment that was set aside, and any such motion shall be heard as "
        "though the judgment had not been set aside.\n(d) Access. Sealed records under this rule "
        "shall not be made available to the public. Nothing in this rule, however, prevents the "
        "defendant from obtaining from the clerk a complete copy of the sealed record of the "
        "defendant's own case, and no motion or court order shall be required for that "
        "purpose.\n(e) Effective date. This rule applies to applications filed on or after January "
        "1, 2026."
    ),
    "r06": (
        "Chapter 19. Criminal Records Confidentiality.\n19-101. Definitions. In this chapter:\n(a) "
        '"Cleared record" means a record of arrest, citation, charge, or conviction that has '
        'been expunged, set aside, or sealed under chapter 18.\n(b) "Confidential", when used '
        "with respect to a cleared record, means that the record is not open to public inspection "
        "and may be viewed or copied only by a criminal justice agency for a law enforcement "
        'purpose or by the person to whom the record pertains.\n(c) "Immigration authority" '
        "means any federal agency, officer, or contractor whose duties include enforcement of "
        "federal civil immigration law.\n19-102. Status of cleared records. Each cleared record "
        "held by a court or state agency is confidential.\n19-103. Sharing prohibited. No state or "
        "local agency shall disclose a cleared record, or any information derived from a cleared "
        "record, to an immigration authority, except pursuant to a judicial warrant.\n19-104. "
        "Penalty. A public employee who knowingly violates section 19-103 is subject to removal "
        "from office."
    ),
    "r07": (
        "Sec. 8. Set-aside; records.\n(a) When a court enters an order setting aside a conviction "
        "under section 7, the clerk shall transmit a copy of the order to the department of public "
        "safety within ten days.\n(b) Within sixty days after receiving the order, the department "
        "shall:\n(1) remove all references to the conviction from the state criminal history "
        "record;\n(2) request that the Federal Bureau of Investigation remove the conviction from "
        "the Interstate Identification Index and any other federal criminal history database to "
        "which the department contributed the record; and\n(3) refrain from disclosing the record, "
        "or any information about the conviction, to the United States Department of Homeland "
        "Security or any of its components.\n(c) The department may retain a copy of the record in "
        "a confidential file that is not accessible through any public search and that may be used "
        "only for the purposes listed in subsection (e).\n(d) An employer, landlord, or licensing "
        "authority may not require an applicant to disclose a conviction that has been set "
        "aside.\n(e) A record retained under subsection (c) may be used by a prosecutor in a later "
        "prosecution of the same person for a felony, and, upon written request accompanied by "
        "proof of identity, the department shall furnish to the person whose conviction was set "
        "aside, without charge and without requiring a court order, a complete copy of the "
        "retained record."
    ),
    "r08": (
        'Part 3. Nondisclosure Orders.\n301. In this part, "applicant" means a person who has '
        'applied for an order of nondisclosure under section 302, and "protected record" means '
        "any record that is the subject of such an order.\n302. (a) An applicant may apply for an "
        "order of nondisclosure not sooner than the fifth anniversary of the date the applicant "
        "completed a sentence of community supervision.\n(b) The applicant shall pay a fee of $28 "
        "to the clerk at the time of filing; the clerk shall forward the fee to the comptroller "
        "for deposit in the general revenue fund.\n303. If the court issues an order of "
        "nondisclosure, the clerk shall send the order to the state crime records service within "
        "fifteen business days, and the service shall seal the protected record within thirty days "
        "after receipt.\n304. (a) A criminal justice agency may disclose a protected record only "
        "to another criminal justice agency, to the applicant, or to an entity listed in section "
        "305.\n(b) Without petitioning the court, the applicant may obtain a certified copy of the "
        "protected court file from the clerk, and the clerk shall provide it within ten days of "
        "the request.\n305. The following entities may receive protected records for the purposes "
        "stated: the state bar, for attorney licensing; the state board of education, for teacher "
        "certification; and the department of insurance, for agent licensing."
    ),
    "r09": (
        "Sec. 5. (a) The court may order a conviction expunged on the basis of equitable factors "
        "or to correct a procedural or substantive defect in the underlying proceeding.\n(b) "
        "Except as provided in subsection (d), records expunged under this section shall be sealed "
        "and shall not be open to inspection by any person, agency, or entity, and no custodian of "
        "such records shall disclose their contents or their existence.\n(c) The expunged records "
        "shall nonetheless be retained by the court for a period of seventy-five years, after "
        "which they may be destroyed in accordance with the records retention schedule of the "
        "administrative office of the courts.\n(d) A person who is the subject of an expunged "
        "record, or that person's attorney, may inspect and copy the record at any time, without "
        "application to the court.\n(e) Any person who discloses an expunged record in violation "
        "of subsection (b) is liable to the subject of the record for actual damages and a civil "
        "penalty of $1,000.\n(f) This section applies to convictions entered before, on, or after "
        "its effective date."
    ),
    "r10": (
        "Sec. 14. Motion to vacate; presumption; records.\n(1) A person convicted on a plea of "
        "guilty or nolo contendere may move to vacate the judgment on the ground that the plea was "
        "legally invalid.\n(2) In deciding a motion under subsection (1) brought by a noncitizen, "
        "there is a rebuttable presumption that, due to legal error, the movant was not aware of "
        "the immigration consequences of the plea and that the plea is therefore legally invalid. "
        "The State may rebut the presumption only by clear and convincing evidence.\n(3) If the "
        "motion is granted, the court shall vacate the judgment, permit the movant to withdraw the "
        "plea, and order the records of the case sealed.\n(4) Sealed records under this section "
        "are closed to the public, to employers, and to all agencies other than courts and "
        "prosecutors in a later criminal case.\n(5) Notwithstanding subsection (4), the movant "
        "retains the right to inspect and receive copies of every sealed record of the case from "
        "the court and from any agency that holds it, without first obtaining an order."
    ),
    "r11": (
        "§ 2-1107. Access to sealed records.\n(a) A sealed record may not be released to the "
        "public, and may be released to a criminal justice agency only for the purpose of a "
        "pending criminal investigation or prosecution.\n(b) A person who requests a sealed record "
        "for the purpose of a background check for employment, housing, or licensing shall be "
        "informed that no record exists.\n(c) A custodian may charge a fee not exceeding $10 for "
        "certified copies of any record released under this section, which fee may be waived for "
        "good cause.\n(d) Nothing in subsections (a) through (c) shall be construed to require a "
        "court order before a court clerk or criminal justice agency releases a sealed record to "
        "the individual who is its subject, and each custodian shall release a sealed record to "
        "that individual upon a request accompanied by proof of identity.\n(e) This section "
        "applies to records sealed before, on, or after the effective date of this act.\n(f) A "
        "custodian shall adopt written procedures to carry out this section within one hundred "
        "twenty days after the effective date of this act."
    ),
    "r12": (
        "Chapter 44. Shielding.\n44-1. Definitions. For the purposes of this chapter:\n(a) "
        '"Central repository" means the criminal justice information division of the department '
        'of state police.\n(b) "Eligible person" means a person whose record has been shielded '
        'by an order entered under section 44-3.\n(c) "Shield" means to prohibit the '
        "dissemination of a record to any person other than those authorized by section "
        "44-5.\n44-2. Advisement. At sentencing, the court shall inform each defendant, orally and "
        "in writing, of the right to apply for shielding under this chapter and of the waiting "
        "periods that apply.\n44-3. Order. The court shall enter an order shielding the record of "
        "a conviction if the applicable waiting period has elapsed and no charge is pending "
        "against the applicant.\n44-4. Dissemination. The central repository and each court shall "
        "disseminate shielded records only as authorized by section 44-5.\n44-5. Authorized "
        "dissemination. (a) A shielded record may be disseminated to a criminal justice agency for "
        "a criminal justice purpose.\n(b) An eligible person may request from the central "
        "repository a copy of the eligible person's shielded record, and the repository shall "
        "provide it within thirty days, without requiring a court order."
    ),
    "r13": (
        "Sec. 21. Expungement for rehabilitation.\n(a) The court may expunge the record of a "
        "conviction if the petitioner demonstrates that he or she has been rehabilitated and that "
        "expungement is consistent with the public interest.\n(b) A petition under this section "
        "shall be accompanied by a fee of one hundred dollars.\n(c) Upon expungement, all records "
        "of the case held by the court and by any law enforcement agency shall be removed from "
        "public access and shall not be disclosed to any person except as provided in subsection "
        "(d).\n(d) An attorney licensed in this state who represents the person whose record was "
        "expunged may, upon written request stating that the attorney represents that person, "
        "inspect and copy the expunged record; the request shall be accompanied by a written "
        "authorization signed by the person.\n(e) A custodian shall respond to any other request "
        "for an expunged record by stating that no record exists.\n(f) A petition under this "
        "section may not be filed until ten years after the completion of the sentence."
    ),
    "r14": (
        'Sec. 9. Effect of sealing.\n(1) "Sealed" has the meaning given in section 2(7).\n(2) '
        "Upon entry of an order to seal, the court shall send a copy of the order to the state "
        "identification bureau, which shall within thirty days seal its records of the case and "
        "notify the Federal Bureau of Investigation of the order, requesting that the record be "
        "removed from the national index.\n(3) The person whose record is sealed shall be "
        "entitled, upon request and without cost, to a certified copy of the order sealing the "
        "record.\n(4) Except as provided in subsection (3), the sealed record shall be available "
        "only to the court and to criminal justice agencies and shall not be released to any other "
        "person except upon order of the court for good cause shown.\n(5) A person may not file "
        "more than one petition under this section in any five-year period.\n(6) The bureau shall "
        "complete the sealing required by subsection (2) without charge to the person."
    ),
    "r15": (
        '§ 611.12. Certificate of expungement.\n(a) In this section, "petitioner" means a person '
        "who has obtained an order of expungement under § 611.10.\n(b) Within forty-five days "
        "after the order becomes final, the bureau of criminal apprehension shall expunge its "
        "records of the case and shall issue to the petitioner a certificate, under the seal of "
        "the bureau, stating that the petitioner's record of arrest, charge, and conviction in the "
        "case has been expunged.\n(c) The certificate issued under subsection (b) shall be "
        "accepted by any state agency as conclusive proof that the record has been expunged.\n(d) "
        "Expunged records are not public and shall be opened only in accordance with § 611.15, "
        "which permits disclosure to criminal justice agencies and, upon court order, to other "
        "persons.\n(e) The bureau shall not charge a fee for the certificate.\n(f) This section "
        "applies to orders of expungement entered on or after January 1, 2027."
    ),
    "r16": (
        "Sec. 33. Records after dismissal.\n(a) When charges are dismissed under section 31 or a "
        "conviction is vacated under section 32, the court shall order the records of the case "
        "sealed.\n(b) The department of public safety shall, upon request of the person who was "
        "the defendant in the case and the payment of the fee for a criminal history record check, "
        "furnish to that person a copy of the person's criminal history record, including the "
        "entries sealed under subsection (a).\n(c) The court's file in a case sealed under "
        "subsection (a), including the charging document, plea, judgment, and any transcript, "
        "shall be opened only upon order of the court, on motion of any person showing good "
        "cause.\n(d) The fee for a criminal history record check under subsection (b) is $15.\n(e) "
        "Section 32 permits vacatur where the defendant was not advised of the immigration "
        "consequences of the plea as required by section 29.\n(f) The department shall furnish a "
        "copy under subsection (b) within twenty days after receiving the request and the fee."
    ),
    "r17": (
        'Article 7. Sealing of Records.\nSec. 7-1. Definitions. "Record subject" means the '
        "individual whose criminal history is contained in a record sealed under this article. "
        '"Immigration proceeding" means any proceeding or application before a federal agency or '
        "court under the Immigration and Nationality Act.\nSec. 7-2. Petition. A petition to seal "
        "may be filed at any time after the completion of the sentence.\nSec. 7-3. Effect. A "
        "sealed record shall not be disclosed by any court or agency except as provided in this "
        "article.\nSec. 7-4. Access by record subject. The record subject may inspect and obtain a "
        "certified copy of a sealed record solely for use in an immigration proceeding or in an "
        "application for post-conviction relief, upon filing with the custodian a sworn statement "
        "identifying the proceeding or application in which the record will be used.\nSec. 7-5. "
        "Other access. A sealed record may be disclosed to a criminal justice agency for the "
        "purpose of a pending criminal investigation."
    ),
    "r18": (
        "§ 5-720. Confidentiality of expunged records.\n(a) An expunged record shall be maintained "
        "in a confidential file by the central repository.\n(b) The central repository shall, "
        "within sixty days after receiving an order of expungement, transmit notice of the "
        "expungement to the Federal Bureau of Investigation with a request that the national "
        "record be updated to reflect the expungement.\n(c) The central repository may not release "
        "information from a confidential file except:\n(1) to a law enforcement agency conducting "
        "a criminal investigation;\n(2) to counsel of record for the defendant, upon counsel's "
        "certification that the information is needed to advise or represent the defendant in a "
        "pending or contemplated legal proceeding; or\n(3) as required by federal law.\n(d) A "
        "person who obtains information under subsection (c)(2) may disclose it only to the "
        "defendant and to the tribunal before which the proceeding is pending."
    ),
    "r19": (
        "Sec. 11. Sealed records; availability.\n(a) The judicial branch shall post on its public "
        "website, in English and Spanish, a description of the sealing process under this act and "
        "the forms needed to apply.\n(b) A petition to seal shall be decided within sixty days "
        "after the prosecuting attorney's time to object has expired.\n(c) Upon entry of an order "
        "to seal, the records of the case held by the court and by every law enforcement agency, "
        "prosecutor, and probation department shall be sealed.\n(d) The person whose records were "
        "sealed may obtain a copy of the sealed court file from the clerk of the court that "
        "entered the order, upon request and proof of identity.\n(e) No law enforcement agency, "
        "prosecutor, or probation department shall release a record sealed under subsection (c) to "
        "any person, including the person whose records were sealed, except upon an order of the "
        "court that sealed the record.\n(f) The clerk shall not charge a fee for a copy provided "
        "under subsection (d)."
    ),
    "r20": (
        "Sec. 12. Sealed criminal history; accuracy.\n(a) The repository shall maintain sealed "
        "criminal history records separately from public records and shall not disseminate them "
        "except as provided in this section.\n(b) The individual to whom a sealed record refers "
        "may inspect the record solely for the purpose of challenging its accuracy or completeness "
        "under subsection (c), and may not obtain a copy of it for any other purpose.\n(c) If, "
        "after inspection, the individual believes the record is inaccurate or incomplete, the "
        "individual may submit a written challenge, and the repository shall review the challenge "
        "and correct any error within sixty days.\n(d) The repository may charge a fee of $25 for "
        "the inspection under subsection (b).\n(e) A sealed record may be disseminated to a "
        "criminal justice agency for a criminal justice purpose.\n(f) The repository shall adopt "
        "rules to implement this section."
    ),
    "r21": (
        'Sec. 6. Expunction; effect.\n(a) "Expunged record" means any record of arrest, '
        "prosecution, or conviction that is the subject of an order under section 5.\n(b) Upon "
        "receipt of an order under section 5, the department shall delete the record from the "
        "state repository and notify the Federal Bureau of Investigation that the record is to be "
        "removed from the Interstate Identification Index.\n(c) An expunged record held by a court "
        "or agency may be released only to the extent that the court that ordered the expunction, "
        "upon motion of the person to whom the record relates and for good cause shown, so "
        "directs.\n(d) A person whose record has been expunged may deny the arrest and conviction "
        "in any application for employment or housing.\n(e) The department shall complete the "
        "deletion required by subsection (b) within ninety days.\n(f) This section applies to "
        "orders entered under section 5 on or after the effective date of this act."
    ),
    "r22": (
        "§ 17-1204. Sealing after vacatur.\n(1) On motion of the defendant, the court shall vacate "
        "a conviction that was obtained in violation of the defendant's right to the effective "
        "assistance of counsel, or that rests on a plea entered without a knowing and voluntary "
        "waiver of rights.\n(2) When a conviction is vacated under subsection (1), the court shall "
        "order all records of the case sealed.\n(3) A sealed record under this section may be made "
        "available only to:\n(a) a court, in a subsequent criminal proceeding against the same "
        "person;\n(b) a prosecutor, for the purpose of determining charges in a later case;\n(c) a "
        "criminal justice agency, for the purpose of employment of a peace officer;\n(d) the state "
        "licensing board for child care providers; and\n(e) the Federal Bureau of Investigation "
        "and the United States Department of Homeland Security, upon request.\n(4) A custodian who "
        "releases a sealed record to any person not listed in subsection (3) is guilty of a "
        "misdemeanor."
    ),
    "r23": (
        'Sec. 2. Definitions. In this act:\n(1) "Agency" means any court, law enforcement '
        'agency, prosecutor, or state department that holds a criminal record.\n(2) "Seal" means '
        "to remove a record from public access and to render it unavailable to any person, agency, "
        "or entity, except a criminal justice agency acting for a criminal justice purpose.\n(3) "
        '"Qualifying conviction" means a conviction for a misdemeanor or a class D felony other '
        "than an offense listed in section 9.\nSec. 3. Automatic sealing. (a) Seven years after "
        "the date of sentencing for a qualifying conviction, each agency shall seal its records of "
        "the conviction without the filing of a petition.\n(b) Within ninety days after sealing, "
        "the state police shall transmit to the Federal Bureau of Investigation a request to "
        "remove the sealed conviction from the Interstate Identification Index.\n(c) The sealing "
        "of a record under this section shall not be conditioned on the payment of any fee, fine, "
        "or restitution."
    ),
    "r24": (
        "Sec. 15. Access to sealed records.\n(a) Records sealed under section 14 shall not be open "
        "to public inspection.\n(b) A sealed record may be inspected by a criminal justice agency "
        "for a criminal justice purpose.\n(c) The subject of the record may inspect the sealed "
        "record upon request to the custodian.\n(d) The custodian shall respond to a request under "
        "subsection (b) or (c) within twenty days.\n(e) A person who is denied access under this "
        "section may seek review in the district court.\n(f) Notwithstanding subsection (c), no "
        "sealed record shall be released or made available for inspection to any person other than "
        "a criminal justice agency except upon order of the court that sealed it."
    ),
    "r25": (
        "§ 3-415. Expunged records; inspection.\n(a) After an order of expungement is entered, the "
        "clerk shall remove the case from the public index and place the file in a restricted "
        "vault.\n(b) The petitioner may apply to the court that entered the order for an order "
        "permitting the petitioner to inspect or copy the expunged file, and the court may grant "
        "the application upon a showing that inspection is needed for a stated legal purpose.\n(c) "
        "No filing fee shall be charged for an application under subsection (b), but the "
        "petitioner shall pay the ordinary copying charges of the clerk.\n(d) Except upon an order "
        "entered under subsection (b), no person shall be permitted to inspect the expunged "
        "file.\n(e) Expungement does not relieve the petitioner of the obligation to pay any "
        "restitution ordered in the case.\n(f) The clerk shall keep the expunged file in the "
        "restricted vault for fifty years."
    ),
    "r26": (
        "Section 2953.54. Inspection of sealed records.\n(A) Upon the filing of an order to seal "
        "the official records of a case, the official records shall be sealed and, except as "
        "provided in division (B) of this section, all index references to the case shall be "
        "deleted.\n(B) Inspection of the sealed records may be permitted by the court only upon "
        "application by the person who is the subject of the records, and only by the persons "
        "named in the application.\n(C) The sealing of records under this chapter does not deprive "
        "the court of jurisdiction to entertain a later motion to vacate the judgment, a petition "
        "for post-conviction relief, or any other collateral attack on the conviction, and the "
        "court may unseal the records for that purpose.\n(D) Any officer or employee who releases "
        "or disseminates sealed records in violation of this section is guilty of a misdemeanor of "
        "the fourth degree.\n(E) This section applies to records sealed before, on, or after the "
        'effective date of this section.\n(F) As used in this section, "official records" has '
        "the same meaning as in section 2953.51."
    ),
    "r27": (
        "Sec. 40. Sealed records.\n(a) A sealed record shall not be disclosed to any person, "
        "except as follows:\n(1) to a criminal justice agency for a criminal justice purpose; "
        "or\n(2) to the person who is the subject of the record, upon presentation to the "
        "custodian of an ex parte order of the court directing release, which order shall be "
        "granted as of course upon the person's request and proof of identity.\n(b) No agency "
        "shall disclose a sealed record, or any information from it, to any federal agency for the "
        "purpose of enforcing federal civil immigration law.\n(c) The court shall not charge a fee "
        "for an order under subsection (a)(2).\n(d) A custodian shall comply with an order under "
        'subsection (a)(2) within ten days of its presentation.\n(e) In this section, "sealed '
        'record" means a record sealed under section 38 or 39.'
    ),
    "r28": (
        "§ 22-904. Records of set-aside convictions.\n(1) When a conviction is set aside under § "
        "22-903, the records of the court, the prosecuting attorney, and the arresting agency "
        "shall be closed.\n(2) Closed records shall not be disclosed except by leave of court, "
        "which may be sought by any person by motion served on the prosecuting attorney.\n(3) The "
        "prosecuting attorney may retain a nonpublic record of the set-aside for use in "
        "determining whether a later charge may be enhanced.\n(4) A motion under subsection (2) "
        "shall be accompanied by a fee of $40.\n(5) A person whose conviction has been set aside "
        "may state in any application for employment that the person has not been convicted of the "
        "offense.\n(6) The court shall decide a motion under subsection (2) within thirty days "
        "after it is filed."
    ),
    "r29": (
        "Sec. 18. Confidentiality after expungement.\n(a) Upon expungement, the record of the case "
        "shall be confidential, and the court and each agency holding the record shall treat the "
        "case as if it had never occurred.\n(b) A confidential record may be disclosed only after "
        "a judicial determination that disclosure is required in the interests of justice, made "
        "after notice to the prosecuting attorney and an opportunity to be heard.\n(c) The court "
        "shall, at the time of sentencing, advise the defendant in writing of the availability of "
        "expungement under this chapter and of the date on which the defendant will become "
        "eligible.\n(d) The court shall decide an application for expungement within forty-five "
        "days.\n(e) An application for expungement may be filed by the defendant or by the "
        "defendant's attorney.\n(f) An expungement under this chapter does not restore the right "
        "to possess a firearm."
    ),
    "r30": (
        "Sec. 7. Confidential records.\n(a) A record ordered confidential under section 6 shall be "
        "confidential and shall not be disclosed to any person, including the person to whom the "
        "record pertains, except:\n(1) to a court or prosecutor in a subsequent criminal "
        "proceeding;\n(2) to a law enforcement agency for a pending investigation; or\n(3) "
        "pursuant to a subpoena issued by a court of competent jurisdiction.\n(b) The state "
        "repository shall, within thirty days after receipt of the order, request the Federal "
        "Bureau of Investigation to remove the record from the Interstate Identification Index and "
        "shall not thereafter make the record available to United States Immigration and Customs "
        "Enforcement, by direct database access or otherwise.\n(c) A violation of subsection (a) "
        "or (b) is a class A misdemeanor."
    ),
    "r31": (
        'Sec. 31. Release of sealed records.\n(a) In this section, "requester" means any person '
        "who requests a sealed record under subsection (d), (e), or (f).\n(b) Sealed records shall "
        "be kept in a separate file and shall not be released to the public.\n(c) The custodian "
        "shall maintain a log of every release of a sealed record.\n(d) Subject to subsection (g), "
        "the subject of the record may obtain a copy of the sealed record from the custodian.\n(e) "
        "Subject to subsection (g), a prosecutor may obtain a copy of the sealed record for use in "
        "a pending prosecution.\n(f) A criminal justice agency may obtain a copy of the sealed "
        "record for the purpose of a background investigation of an applicant for employment as a "
        "peace officer.\n(g) No sealed record shall be released under subsection (d) or (e) unless "
        "the requester first obtains an order of the court that sealed the record authorizing the "
        "release.\n(h) The custodian may charge a fee of $5 per page for copies released under "
        "this section."
    ),
    "r32": (
        "Sec. 62-170. Juvenile records.\n(1) All records of the juvenile court relating to a child "
        "adjudicated delinquent shall be sealed three years after the termination of the court's "
        "jurisdiction over the child, if the child has not been convicted of a felony in the "
        "meantime.\n(2) Sealed juvenile records shall be open to inspection only by:\n(a) the "
        "judge of the juvenile court;\n(b) the chief probation officer and the probation officer "
        "assigned to the child; and\n(c) the prosecuting attorney, in connection with a subsequent "
        "petition alleging delinquency;\nand by others only upon order of the juvenile court for "
        "good cause shown.\n(3) Upon sealing, the court shall notify the child and the child's "
        "parent or guardian in writing that the records have been sealed.\n(4) The proceedings in "
        "the case shall be deemed never to have occurred."
    ),
    "r33": (
        "Sec. 10. Expunged records; release.\n(a) The court may expunge a conviction when it finds "
        "that expungement would serve the interests of justice, taking into account the "
        "petitioner's conduct since the conviction.\n(b) Records expunged under subsection (a) "
        "shall be maintained by the state records bureau in a nonpublic file.\n(c) The bureau "
        "shall release information from the nonpublic file only pursuant to a subpoena or order "
        "issued by a court of competent jurisdiction, and shall not otherwise confirm the "
        "existence of an expunged record to any person.\n(d) The bureau may charge a fee of $20 "
        "for each search of the nonpublic file made under subsection (c).\n(e) A petition under "
        "subsection (a) may not be filed until five years after the completion of the "
        "sentence.\n(f) The court shall send a copy of each order under subsection (a) to the "
        "bureau within ten days."
    ),
    "r34": (
        'Sec. 4. Public access to sealed records.\n(a) In this section, "public criminal record" '
        "means a record of arrest, charge, or disposition that is available through the court's "
        "public case index or the state's online record search.\n(b) Upon an order of sealing, the "
        "clerk shall remove the case from the public criminal record within fourteen days, and the "
        "case shall not be open to public inspection.\n(c) A sealed record is exempt from "
        "disclosure under the state Public Records Act.\n(d) The state police shall notify the "
        "Federal Bureau of Investigation of each sealing order and request that the national "
        "record be updated accordingly.\n(e) A commercial background screening company that "
        "obtains a sealed record shall delete it within thirty days of learning of the "
        "sealing.\n(f) The clerk shall not charge a fee for removing a case from the public "
        "criminal record."
    ),
    "r35": (
        "Sec. 9. Employment and licensing.\n(a) A conviction that has been set aside under section "
        "8, after the person has remained free of any new conviction for five years, shall not be "
        "grounds for the denial of employment or an occupational license.\n(b) An employer may not "
        "inquire into, consider, or require disclosure of a set-aside conviction in connection "
        "with any application for employment, promotion, or termination.\n(c) An employer may "
        "obtain a criminal history report on an applicant only from a consumer reporting agency "
        "that certifies that it does not report set-aside convictions.\n(d) A licensing authority "
        "may consider a set-aside conviction only if the offense is directly related to the duties "
        "of the license and the licensing authority obtained the record before the set-aside.\n(e) "
        "A violation of subsection (b) is an unlawful employment practice.\n(f) In this section, "
        '"employer" includes a staffing agency and any agent of an employer.'
    ),
    "r36": (
        "Sec. 5. Effect of expungement.\n(a) Upon the entry of an order of expungement, the "
        "proceedings in the case shall be deemed never to have occurred.\n(b) The person whose "
        "record was expunged may lawfully deny or refuse to acknowledge the arrest, charge, "
        "conviction, and expungement in response to any inquiry, including an inquiry on an "
        "application for employment, housing, credit, or a professional license, and shall not be "
        "guilty of perjury or of giving a false statement by reason of that denial, except in an "
        "application for employment with a criminal justice agency.\n(c) A petition for "
        "expungement that was pending on the effective date of this act shall be deemed timely "
        "filed.\n(d) The court shall rule on a petition for expungement within ninety days after "
        "the hearing.\n(e) The court may waive any fee for a petition for expungement upon a "
        "finding of indigency.\n(f) This section takes effect on July 1 following its enactment."
    ),
    "r37": (
        "§ 13-1510. Use of sealed records for research.\n(1) The department of corrections and the "
        "judicial council may use sealed records for the purpose of evaluating the effectiveness "
        "of sentencing and reentry programs.\n(2) The department may make sealed records available "
        "to a bona fide researcher affiliated with an accredited institution of higher education, "
        "if the researcher agrees in writing to keep the records confidential and to publish only "
        "aggregate data from which no individual can be identified.\n(3) Before releasing sealed "
        "records under subsection (2), the department shall remove names, dates of birth, "
        "addresses, and identifying numbers.\n(4) No sealed record, and no data derived from a "
        "sealed record, shall be released to any federal agency for the purpose of civil "
        "immigration enforcement.\n(5) The department shall report to the legislature by December "
        "1 of each year on each release made under subsection (2).\n(6) A researcher who violates "
        "an agreement under subsection (2) is barred from receiving records under this section for "
        "ten years."
    ),
    "r38": (
        'Sec. 24. Victim\'s access.\n(a) In this section, "victim" means a person against whom an '
        "offense was committed and who has suffered direct physical, emotional, or financial harm "
        "as a result.\n(b) Notwithstanding the sealing of a case under section 22, the victim may "
        "obtain from the prosecuting attorney a copy of the victim's own written statements, the "
        "restitution order, and any protective order entered for the victim's benefit.\n(c) The "
        "victim may also obtain, upon request to the clerk, a copy of the judgment entered in the "
        "case, without the necessity of a court order.\n(d) The clerk may charge the victim a fee "
        "of no more than $1 per page for copies provided under subsection (c).\n(e) A victim who "
        "receives a record under this section may not disclose it to any person other than the "
        "victim's attorney or counselor.\n(f) The prosecuting attorney shall provide records under "
        "subsection (b) within fourteen days after the victim's request."
    ),
    "r39": (
        "Sec. 16. Correction of criminal history records.\n(a) Any individual who believes that "
        "the criminal history record maintained about the individual by the central repository is "
        "inaccurate or incomplete may file a written challenge with the repository on a form "
        "prescribed by the repository.\n(b) Within forty-five days after receipt of a challenge, "
        "the repository shall review the record and the information submitted, correct any error "
        "found, and notify the individual in writing of its decision.\n(c) If the repository "
        "corrects the record, it shall notify every agency to which it disseminated the inaccurate "
        "information during the preceding year.\n(d) An individual aggrieved by the decision of "
        "the repository may appeal to the administrative hearings office within thirty days.\n(e) "
        "This section applies equally to records that have been sealed or expunged and to records "
        "that are public.\n(f) The repository shall not charge a fee for the review of a challenge."
    ),
    "r40": (
        "Sec. 3. Destruction of arrest records.\n(a) When a person is arrested and released "
        "without the filing of charges, or when all charges are dismissed or the person is "
        "acquitted, the arresting agency shall, within sixty days, destroy all fingerprints, "
        "photographs, and other records of the arrest.\n(b) The state bureau of investigation "
        "shall remove the arrest from the state criminal history database and shall notify the "
        "Federal Bureau of Investigation to remove the arrest from its files.\n(c) Subsection (a) "
        "does not apply to records held by a court, which shall be sealed under section 4.\n(d) "
        "The destruction of records under subsection (a) shall be completed without cost to the "
        "person arrested.\n(e) An agency that fails to destroy records as required by subsection "
        "(a) is liable to the person arrested for actual damages.\n(f) In this section, "
        '"arresting agency" means the law enforcement agency whose officer made the arrest.'
    ),
    "r41": (
        "Sec. 19. Notice of sealing.\n(a) Within thirty days after a record is sealed under "
        "section 18, the clerk shall mail to the person whose record was sealed, at the person's "
        "last known address, written notice that the record has been sealed, identifying the case "
        "number and the date of the order.\n(b) If the notice is returned undelivered, the clerk "
        "shall make no further attempt at notice, and the sealing shall remain effective.\n(c) The "
        "failure of the clerk to give notice under this section does not affect the validity of "
        "the sealing.\n(d) The state court administrator shall report annually to the legislature "
        "the number of records sealed under section 18 and the number of notices returned "
        "undelivered.\n(e) Records sealed under section 18 shall be sealed within one hundred "
        "eighty days after the person becomes eligible.\n(f) No fee shall be charged for sealing "
        "under section 18."
    ),
    "r42": (
        "Sec. 2. Petition to seal; grounds.\n(a) A person who was convicted of an offense in this "
        "state may petition the court in which the conviction was entered to seal the record of "
        "the conviction.\n(b) The court shall grant the petition if it finds that:\n(1) the "
        "conviction was obtained in violation of the constitution or laws of this state or of the "
        "United States;\n(2) the court lacked jurisdiction to impose the sentence; or\n(3) newly "
        "discovered evidence establishes that the petitioner is actually innocent.\n(c) The "
        "petitioner shall serve a copy of the petition on the prosecuting attorney, who may file a "
        "response within thirty days.\n(d) The petitioner may request a hearing on the petition, "
        "and the court shall hold a hearing if the prosecuting attorney objects.\n(e) The "
        "petitioner may appear at the hearing in person, by counsel, or by remote video."
    ),
    "r43": (
        "Sec. 12. Continued use of sealed records by criminal justice agencies.\n(a) A record "
        "sealed under this chapter remains available to criminal justice agencies, which may use "
        "it for the investigation and prosecution of crimes, for the supervision of persons on "
        "probation or parole, and for the screening of applicants for employment with a criminal "
        "justice agency.\n(b) A prosecutor may use a sealed conviction as a prior conviction for "
        "purposes of sentencing enhancement.\n(c) A petition under section 11 may be filed "
        "regardless of whether the petitioner is in custody.\n(d) Each use of a sealed record "
        "under subsection (a) shall be entered in a log, which the agency shall retain for five "
        "years.\n(e) A petition under section 11 shall be decided within sixty days.\n(f) No fee "
        "shall be charged for a petition under section 11."
    ),
    "r44": (
        "Sec. 8. Presentence reports; notice of rights.\n(a) The probation officer shall prepare a "
        "presentence report in every felony case and deliver it to the court at least ten days "
        "before sentencing.\n(b) The defendant and the defendant's attorney shall receive a copy "
        "of the presentence report at least seven days before sentencing and may file written "
        "objections to its contents.\n(c) After sentencing, the presentence report shall be "
        "confidential and may be disclosed only to the court, the department of corrections, and "
        "the parole board.\n(d) At sentencing, the court shall give the defendant a written "
        "notice, in the defendant's primary language, describing the defendant's right to apply "
        "for expungement under chapter 14.\n(e) The notice under subsection (d) shall state the "
        "waiting period and the address of the court's self-help center.\n(f) The court shall "
        "decide any objection under subsection (b) before imposing sentence."
    ),
    "r45": (
        "Sec. 26. Consent disclosures.\n(a) A person whose record has been sealed may authorize, "
        "in a signed writing that identifies the recipient, the release of the sealed record to a "
        "prospective employer, landlord, or licensing authority named in the authorization.\n(b) A "
        "custodian that receives an authorization under subsection (a) shall send the sealed "
        "record directly to the named recipient within fifteen days and shall not send it to any "
        "other person.\n(c) The state repository shall request that each sealed record be removed "
        "from the Interstate Identification Index and shall not share any sealed record with the "
        "United States Department of Homeland Security or its contractors.\n(d) A recipient under "
        "subsection (a) shall not further disclose the sealed record.\n(e) The custodian may "
        "charge a fee of $10 for each release under subsection (b).\n(f) An authorization under "
        "subsection (a) may be revoked in writing at any time before the record is sent."
    ),
}

PROBES = [
    ("r01", "record-access", "present"),
    ("r02", "record-access", "present"),
    ("r02", "federal-records", "partial"),
    ("r03", "record-access", "present"),
    ("r03", "vacatur-for-cause", "present"),
    ("r04", "record-access", "present"),
    ("r04", "court-jurisdiction", "absent"),
    ("r05", "record-access", "present"),
    ("r05", "court-jurisdiction", "present"),
    ("r06", "record-access", "present"),
    ("r06", "federal-records", "partial"),
    ("r07", "record-access", "present"),
    ("r07", "federal-records", "present"),
    ("r08", "record-access", "present"),
    ("r09", "record-access", "present"),
    ("r09", "vacatur-for-cause", "present"),
    ("r10", "record-access", "present"),
    ("r10", "vacatur-for-cause", "present"),
    ("r10", "rebuttable-presumption", "present"),
    ("r11", "record-access", "present"),
    ("r12", "record-access", "present"),
    ("r12", "public-education", "partial"),
    ("r13", "record-access", "partial"),
    ("r14", "federal-records", "partial"),
    # ("r15", "record-access", "partial") is left out since the likeness reader was retrained on the
    # twenty-fifth round's tuning files: it now reads "(d) Expunged records ... shall be opened only in
    # accordance with § 611.15, which permits disclosure to criminal justice agencies and, upon court order,
    # to other persons" as `contrary`.
    ("r16", "record-access", "partial"),
    ("r16", "vacatur-for-cause", "present"),
    ("r17", "record-access", "partial"),
    ("r18", "record-access", "partial"),
    ("r18", "federal-records", "partial"),
    ("r19", "record-access", "partial"),
    ("r19", "public-education", "partial"),
    ("r20", "record-access", "partial"),
    ("r21", "record-access", "contrary"),
    ("r21", "federal-records", "partial"),
    ("r22", "record-access", "contrary"),
    ("r22", "vacatur-for-cause", "present"),
    ("r22", "federal-records", "contrary"),
    ("r23", "record-access", "contrary"),
    ("r23", "federal-records", "partial"),
    ("r24", "record-access", "contrary"),
    ("r25", "record-access", "contrary"),
    ("r26", "record-access", "contrary"),
    ("r26", "court-jurisdiction", "present"),
    ("r27", "record-access", "contrary"),
    ("r27", "federal-records", "partial"),
    ("r28", "record-access", "contrary"),
    ("r29", "record-access", "contrary"),
    ("r29", "public-education", "partial"),
    ("r30", "record-access", "contrary"),
    ("r30", "federal-records", "present"),
    ("r31", "record-access", "contrary"),
    ("r32", "record-access", "contrary"),
    ("r33", "record-access", "contrary"),
    ("r34", "record-access", "absent"),
    ("r34", "federal-records", "partial"),
    ("r35", "record-access", "absent"),
    ("r36", "record-access", "absent"),
    ("r37", "record-access", "absent"),
    ("r37", "federal-records", "partial"),
    ("r38", "record-access", "absent"),
    ("r39", "record-access", "absent"),
    ("r40", "record-access", "absent"),
    ("r40", "federal-records", "partial"),
    ("r41", "public-education", "absent"),
    ("r42", "record-access", "absent"),
    ("r43", "record-access", "absent"),
    ("r44", "record-access", "absent"),
    ("r44", "public-education", "partial"),
    ("r45", "record-access", "absent"),
    ("r45", "federal-records", "present"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
