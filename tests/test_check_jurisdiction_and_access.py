"""`billkit check` on a court's power after relief and on the person's access to cleared records, both ways.

The texts are a second, critical reader's probes, written for these tests (no source), each with the
status that reader wrote down before running the tool, read as that reader ran them, as text files:
jurisdiction kept only to enforce restitution, probation or a protective order, deadlines and savings
clauses (``absent``); sealing that "shall not divest", "has no effect on" or "neither ... nor ...
terminates" the court's power to hear a later challenge (``present``); a bar on hearing any motion once a
record is sealed (``contrary``); a grant to the lawyer or parent, a copy of the order, a judge's leave, an
employer's copy (not the person's access); and grants in unusual words. They pin down what the review
found the rules misread:
- "neither the sealing nor the destruction of the records ... limits, impairs, or terminates the
  jurisdiction" keeps it (it read ``contrary``); so do "has no effect on the authority of the circuit
  court" and a court that "continues to have authority over any motion";
- "once an order sealing the record ... has been entered, no motion ... shall be heard or entertained by
  any court" ends it; power kept over a protective order alone is no later challenge;
- a list of who may see sealed records "without an order of the court" that names the juvenile's parent,
  not the juvenile, is no grant to the person; an item "upon request and without the necessity of a court
  order" is not gated by the court; "shall not be denied access to the person's own ... records" grants
  it;
- a copy an employer must give the person before rejecting them is no access of the person's own;
- a saving that nothing "prevents the person ... from obtaining the record ... for the person's own use"
  before an immigration court keeps no sharing with immigration authorities open;
- "only on the record in open court" is no court-order gate on records; vacating "an order of sealing" is
  no narrowed vacatur; notice of "the right to an administrative hearing" is no notice of relief.

Rows the rules still read otherwise are left out, and named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "q01": (
        "Sec. 14-308. Effect of sealing order; restitution.\n(a) Upon the entry of an order under "
        "Section 14-306, the conviction and all records of the arrest, charge and disposition "
        "shall be sealed, and the person may thereafter state that no such conviction occurred, "
        "except as provided in subsection (c).\n(b) Notwithstanding the sealing of a record under "
        "this Article, the sentencing court retains jurisdiction to enforce any order of "
        "restitution entered in the case, including by civil judgment, wage assignment or "
        "contempt, until the restitution is paid in full.\n(c) An unpaid balance of restitution "
        "shall not be discharged, reduced or otherwise affected by the sealing of the record, and "
        "the clerk may disclose the amount owed to the victim named in the order.\n(d) Nothing in "
        "this section authorizes the court to revoke the sealing order for nonpayment of "
        "restitution unless the person has willfully failed to pay after notice and an opportunity "
        "to be heard."
    ),
    "q02": (
        "§ 5-1-104. Probation; retained jurisdiction; discharge.\n(1) When a defendant is placed "
        "on probation, the court shall retain jurisdiction over the defendant for the full term of "
        "the probation and for the period of any tolling under subsection (3).\n(2) During the "
        "period of probation the court may, upon its own motion or upon the motion of the "
        "prosecuting attorney or the probation officer, modify, extend or revoke the terms and "
        "conditions of probation, after notice and a hearing.\n(3) The running of the probationary "
        "term is tolled during any period in which the defendant has absconded from "
        "supervision.\n(4) Upon the successful completion of probation, the court shall discharge "
        "the defendant, and the defendant may thereafter apply under section 5-1-110 to have the "
        "record of the conviction expunged.\n(5) A discharge under subsection (4) does not restore "
        "any right to possess a firearm."
    ),
    "q03": (
        "SECTION 9. Protective orders unaffected.\n(a) An order of expungement entered under this "
        "chapter does not vacate, modify or otherwise affect the validity of any protective order, "
        "no-contact order or order of protection entered in connection with the expunged "
        "case.\n(b) The court that entered the protective order retains jurisdiction to enforce, "
        "modify, extend or dissolve that order, and the expungement of the underlying criminal "
        "case shall not be construed to divest the court of that jurisdiction.\n(c) Law "
        "enforcement agencies may continue to maintain and disclose the protective order in any "
        "registry of protective orders for the purpose of enforcing it.\n(d) A violation of a "
        "protective order described in subsection (a) remains punishable as provided in section 12 "
        "of this chapter."
    ),
    "q04": (
        "Rule 2.470. Sealing of court records; continuing jurisdiction over sealing orders.\n(a) A "
        "court that has entered an order sealing a case file retains jurisdiction over the sealing "
        "order and may, upon motion of any party or any member of the public, or on its own "
        "motion, modify or vacate the sealing order.\n(b) A motion to unseal shall be served on "
        "the person who is the subject of the sealed file, who shall have twenty days to "
        "respond.\n(c) The court may unseal the file, in whole or in part, if it finds that the "
        "sealing order was obtained by fraud or mistake, or that the interest in public access now "
        "outweighs the interest protected by sealing.\n(d) Unless the court orders otherwise, the "
        "clerk shall maintain the sealed file in a secure location, separate from the public files "
        "of the court."
    ),
    "q05": (
        "Art. 55.03. Effect of expunction on later prosecution.\n(a) The expunction of records "
        "relating to an arrest for which no charge was filed, or for which a charge was dismissed "
        "without prejudice, does not bar the State from later prosecuting the person for the "
        "offense, if the limitations period has not expired.\n(b) If an indictment or information "
        "is later presented for an offense that was the subject of an expunction order, the court "
        "that ordered the expunction may, on motion of the attorney representing the State, reopen "
        "the expunged case and order the records returned to the custody of the clerk for use in "
        "the prosecution.\n(c) An order under Subsection (b) shall be served on each agency that "
        "received the expunction order, and each agency shall return the records within ten "
        "days.\n(d) The person who is the subject of the records shall receive notice of a motion "
        "under Subsection (b)."
    ),
    "q06": (
        "Sec. 32-2A-5. Juvenile court; duration of jurisdiction; sealing.\nA. Once a child has "
        "been adjudicated delinquent, the children's court shall retain jurisdiction over the "
        "child until the child reaches twenty-one years of age, unless the court terminates "
        "jurisdiction earlier by order upon a finding that the purposes of the disposition have "
        "been fulfilled.\nB. While the court retains jurisdiction under Subsection A of this "
        "section, it may modify any disposition, order the child committed or released, and "
        "enforce any order for the payment of fees or restitution.\nC. The records of a "
        "delinquency adjudication shall not be sealed while the court retains jurisdiction over "
        "the child, and may be sealed thereafter upon motion as provided in Section 32-2A-26.\nD. "
        'For purposes of this section, "child" includes a person who was under eighteen years of '
        "age at the time of the act alleged."
    ),
    "q07": (
        "§ 22-3-19. Time for filing petition.\n(a) A petition for post-conviction relief shall be "
        "filed within two years after the date on which the judgment of conviction became final, "
        "or within two years after the effective date of this section, whichever is later.\n(b) "
        "Notwithstanding subsection (a), a petition that rests on newly discovered evidence may be "
        "filed within one year after the date on which the evidence was discovered or could have "
        "been discovered by the exercise of reasonable diligence.\n(c) A petition that is not "
        "filed within the time allowed by this section shall be dismissed, unless the petitioner "
        "shows that the failure to file timely was caused by circumstances beyond the petitioner's "
        "control.\n(d) The expungement or sealing of the record of a conviction does not extend, "
        "toll or otherwise alter any period of limitation stated in this section."
    ),
    "q08": (
        "Section 4. Petition for expungement; timing; renewal.\n(1) A person who has been "
        "convicted of a misdemeanor may file a petition to expunge the record of that conviction "
        "at any time after the person has completed all terms of the sentence, including any "
        "period of probation and the payment of fines, fees and restitution.\n(2) A person whose "
        "arrest did not result in a conviction may file a petition under this section at any time "
        "after the final disposition of the charge.\n(3) If a petition under this section is "
        "denied, the person may file a new petition at any time after one year from the date of "
        "the denial, and the court shall consider the new petition without regard to the earlier "
        "denial.\n(4) The court may hear a petition under this section at any time, and may grant "
        "it without a hearing if the prosecuting attorney does not object within thirty days after "
        "service."
    ),
    "q09": (
        "SECTION 17. Construction; remedies cumulative.\n(a) The remedies provided in this Act are "
        "in addition to, and not in substitution for, any other remedy available by law.\n(b) "
        "Nothing in this Act shall be construed to limit or abridge the right of a person "
        "convicted of an offense to appeal the judgment of conviction, to apply for a writ of "
        "habeas corpus, or to seek executive clemency.\n(c) Nothing in this Act creates a private "
        "right of action against the State or any of its agencies or employees for any act or "
        "omission in the administration of this Act.\n(d) If any provision of this Act or its "
        "application to any person or circumstance is held invalid, the invalidity does not affect "
        "other provisions or applications of the Act that can be given effect without the invalid "
        "provision or application."
    ),
    "q10": (
        "Sec. 6. Denial; other remedies not precluded.\n(a) If the court denies a petition for "
        "sealing under Section 4, it shall state its reasons in writing and shall serve a copy of "
        "the order on the petitioner.\n(b) The denial of a petition under Section 4 does not "
        "preclude the petitioner from obtaining automatic sealing of the same record under Section "
        "11 when the petitioner becomes eligible, nor from applying for a certificate of "
        "rehabilitation under Section 15.\n(c) The grant of automatic sealing under Section 11 "
        "does not preclude a person from petitioning under Section 4 for the sealing of any record "
        "that was not included in the automatic sealing.\n(d) An order under this section is a "
        "final order for purposes of appeal."
    ),
    "q11": (
        "Rule 4-345. Sentencing; revisory power of court.\n(a) Illegal sentence. The court may "
        "correct an illegal sentence at any time.\n(b) Fraud, mistake, or irregularity. The court "
        "has revisory power over a sentence in case of fraud, mistake, or irregularity.\n(c) "
        "Modification or reduction; time for. Upon a motion filed within 90 days after imposition "
        "of a sentence, the court has revisory power over the sentence, except that it may not "
        "increase the sentence after the sentence has been imposed.\n(d) Open court hearing. The "
        "court may modify, reduce, correct, or vacate a sentence only on the record in open court, "
        "after hearing from the defendant, the State, and, if requested, each victim."
    ),
    "q12": (
        "§ 15-47. Filing of sealing petitions; custody; timeliness.\n(a) A petition to seal under "
        "§ 15-45 may be filed by any person who meets the eligibility requirements of that "
        "section, regardless of whether the person is in custody, on probation, on parole or under "
        "any other form of supervision for a different offense.\n(b) A petition that is mailed to "
        "the clerk is deemed timely filed on the date it is postmarked, and a petition filed "
        "electronically is deemed timely filed on the date shown on the electronic filing "
        "receipt.\n(c) A petition that is filed before the person becomes eligible shall not be "
        "dismissed for that reason alone, but shall be held by the clerk and deemed filed on the "
        "first day on which the person is eligible.\n(d) No filing fee shall be charged to a "
        "person who is indigent as defined in § 15-2."
    ),
    "q13": (
        "Section 11. Civil actions; evidence.\n(1) The sealing of a record under this chapter does "
        "not affect the jurisdiction of any court over a civil action for damages arising out of "
        "the conduct that was the subject of the sealed case, and the sealed record may be "
        "unsealed for use in such an action upon a showing of need.\n(2) In any civil action "
        "described in subsection (1), the fact of the sealed conviction may be proved by a "
        "certified copy of the judgment obtained under subsection (1).\n(3) Sealing does not "
        "affect the obligation of a person to pay a civil judgment entered before or after the "
        "sealing.\n(4) This section does not apply to any record sealed under section 7 (records "
        "of persons found not guilty)."
    ),
    "q14": (
        "Sec. 610.145. Sealed records; later motions.\n1. Upon the granting of a petition under "
        "section 610.140, the court shall order all records of the offense sealed and shall send a "
        "copy of the order to each agency named in the petition.\n2. The sealing of a record under "
        "this section shall not divest the sentencing court of jurisdiction to hear and determine "
        "any motion to vacate the judgment of conviction, any motion to withdraw the plea, or any "
        "motion to correct the judgment, that is filed after the record was sealed.\n3. For "
        "purposes of a motion described in subsection 2 of this section, the clerk shall make the "
        "sealed record available to the court and to the parties, and the record shall remain "
        "sealed as to all other persons.\n4. An order entered on a motion described in subsection "
        "2 of this section shall be sent to each agency that received the sealing order."
    ),
    "q15": (
        "Section 21-6614a. Collateral relief after expungement.\n(a) As used in this section, "
        '"collateral challenge" means a petition for post-conviction relief under K.S.A. '
        "60-1507, a petition for a writ of error coram nobis, a motion to withdraw a plea after "
        "sentencing, or any other proceeding that questions the lawfulness of a conviction or "
        "sentence.\n(b) An order of expungement does not deprive the court that entered the "
        "judgment of the power to entertain, hear and decide a collateral challenge to the "
        "expunged conviction.\n(c) A collateral challenge to an expunged conviction may be filed "
        "without first moving to set aside the order of expungement, and the order of expungement "
        "shall not be raised as a defense to the challenge.\n(d) If a collateral challenge is "
        "granted, the order of expungement remains in effect as to any charge that is not retried."
    ),
    "q16": (
        "§ 18.2-392.4. Effect of expungement on other proceedings.\nA. Upon the entry of an order "
        "of expungement, the police and court records relating to the charge shall be removed from "
        "public inspection, and the person may deny the arrest or conviction in any application, "
        "except as provided in § 18.2-392.6.\nB. Expungement under this chapter has no effect on "
        "the authority of the circuit court to consider and rule upon a later-filed application to "
        "set aside the plea or judgment on any ground that would have been available had the "
        "record not been expunged.\nC. The clerk shall retain the expunged court file in a manner "
        "that permits the court to review it for the purposes of subsection B.\nD. Nothing in this "
        "section shall be construed to revive any charge that was dismissed with prejudice."
    ),
    "q17": (
        "SECTION 3. Continuing authority of the court.\n(a) The clearance of a record under "
        "Section 2 of this Act, whether upon petition or by operation of law, is not a final "
        "disposition of the case for purposes of the court's authority over later motions.\n(b) "
        "After a record has been cleared under Section 2, the court that entered the judgment "
        "continues to have authority over any motion that seeks to withdraw the plea, vacate or "
        "set aside the conviction, or correct the sentence or the record, as though the record had "
        "not been cleared.\n(c) A motion described in subsection (b) shall be filed under the "
        "original case number, and the clerk shall accept it for filing notwithstanding the "
        "clearance.\n(d) Nothing in this section extends any time limit that applies to such a "
        "motion under other law."
    ),
    "q18": (
        '§ 2953.60. Retention of jurisdiction.\n(A) Definitions. As used in this section, "sealed '
        'case" means a case in which the records have been sealed or destroyed under sections '
        "2953.31 to 2953.59 of the Revised Code.\n(B) Retained jurisdiction. Neither the sealing "
        "nor the destruction of the records of a sealed case limits, impairs, or terminates the "
        "jurisdiction of a court of competent jurisdiction to adjudicate a motion or petition, "
        "filed after the case became a sealed case, that attacks the validity of the conviction or "
        "the plea on which it rests.\n(C) Procedure. The court may order the records of a sealed "
        "case to be produced for the limited purpose of adjudicating a motion or petition under "
        "division (B) of this section.\n(D) Effect on sealing. The grant or denial of a motion or "
        "petition under division (B) of this section does not itself unseal the records of the "
        "case."
    ),
    "q19": (
        "Sec. 5-7. Set-aside of convictions; later proceedings.\n(1) Definitions. In this "
        'section:\n   (a) "Set-aside" means an order entered under section 5-5 that sets aside a '
        'conviction and dismisses the charge.\n   (b) "Collateral motion" means a motion for a '
        "new trial on the ground of newly discovered evidence, a petition for a writ of habeas "
        "corpus or coram nobis, or a motion to vacate a judgment on the ground that it was "
        "obtained in violation of the constitution or laws of this state or of the United "
        "States.\n(2) A court retains jurisdiction over a collateral motion concerning a "
        "conviction that has been the subject of a set-aside, and the set-aside shall not be "
        "raised as a bar to the motion or as a ground for finding the motion moot.\n(3) If the "
        "court grants a collateral motion concerning a conviction that has been the subject of a "
        "set-aside, the court shall enter an order vacating the conviction and shall transmit the "
        "order to the central repository.\n(4) The person who obtained the set-aside need not be "
        "in custody to file a collateral motion."
    ),
    "q20": (
        "Sec. 12.2. Effect of expungement order.\n(a) Upon the entry of an order of expungement "
        "under this Chapter, all proceedings in the case shall be terminated, and the court shall "
        "have no further jurisdiction over the case or over the person with respect to it.\n(b) "
        "Every agency that received a copy of the order shall destroy or return to the court all "
        "records of the arrest, charge and conviction within sixty days.\n(c) The person whose "
        "record was expunged shall be treated in all respects as if the arrest, charge and "
        "conviction had never occurred.\n(d) The court shall retain only an index entry showing "
        "the case number and the date of the order."
    ),
    "q21": (
        "§ 43-19. Proceedings after sealing.\n(a) Once an order sealing the record of a conviction "
        "has been entered, no motion, petition or application of any kind relating to that "
        "conviction shall be heard or entertained by any court of this State, unless the order of "
        "sealing has first been vacated under subsection (c).\n(b) The clerk shall refuse to "
        "accept for filing any paper in a sealed case other than a motion under subsection "
        "(c).\n(c) The court may vacate an order of sealing upon the motion of the prosecuting "
        "attorney if the person is charged with a new offense.\n(d) This section does not apply to "
        "a proceeding to enforce an order of restitution."
    ),
    "q22": (
        "Section 8. Persons eligible for post-conviction relief.\n(1) Relief under this Act may be "
        "sought only by a person who, at the time relief is granted, is serving a sentence of "
        "imprisonment, probation or parole for the crime.\n(2) Once the sentence for a crime has "
        "been fully served, or the record of the conviction has been expunged, no court shall have "
        "jurisdiction to grant relief under this Act with respect to that crime, and any pending "
        "petition shall be dismissed.\n(3) A petitioner shall plead and prove by a preponderance "
        "of the evidence that the conviction resulted from one or more of the grounds listed in "
        "section 9.\n(4) A petition shall be filed within one year of the date the judgment "
        "becomes final."
    ),
    "q23": (
        "Article 7. Finality of expungement.\nSection 701. When an order of expungement becomes "
        "final, the matter shall be closed for all purposes, and the court that entered the order "
        "shall lose jurisdiction over the case, including any jurisdiction to vacate, modify or "
        "set aside the underlying judgment.\nSection 702. Any motion or petition thereafter filed "
        "in the closed case shall be returned to the filer by the clerk without action.\nSection "
        "703. An expunged conviction may not be the subject of an appeal, a motion for new trial, "
        "or any other application for relief, except an application for a pardon.\nSection 704. "
        "This article applies to every order of expungement entered on or after January 1 of the "
        "year following enactment."
    ),
    "q24": (
        "Sec. 17-1-9. Inspection of sealed records by counsel.\n(a) Records sealed under this "
        "chapter shall not be open to public inspection.\n(b) The attorney of record for the "
        "person who is the subject of a sealed record, or an attorney retained by that person, may "
        "inspect and copy the sealed record upon presenting to the custodian a written "
        "authorization signed by the person and acknowledged before a notary public.\n(c) An "
        "attorney who obtains a sealed record under subsection (b) shall use it only for the "
        "purpose of representing the person and shall not disclose it to any third party without "
        "the person's written consent.\n(d) The custodian may charge a reasonable fee for copies "
        "furnished under this section."
    ),
    "q25": (
        "§ 9-112. Order of expungement; distribution.\n(1) If the court grants the petition, it "
        "shall enter an order directing each custodian of records named in the petition to expunge "
        "all records relating to the charge.\n(2) The clerk shall send a certified copy of the "
        "order of expungement to the petitioner at the address shown in the petition, and to each "
        "custodian named in the order.\n(3) Each custodian shall, within forty-five days after "
        "receiving the order, expunge the records and certify to the court that it has done "
        "so.\n(4) The petitioner may request additional certified copies of the order of "
        "expungement from the clerk, without charge, at any time."
    ),
    "q26": (
        "Section 13. Access to sealed records.\n(a) Except as provided in this section, no "
        "custodian shall release or disclose a record sealed under this Act.\n(b) The person who "
        "is the subject of a sealed record may obtain a copy of the record only upon a petition "
        "filed in the court that ordered the sealing and a showing of good cause, and the court "
        "may limit the portions of the record released.\n(c) A criminal justice agency may obtain "
        "a sealed record for the purpose of investigating or prosecuting a crime.\n(d) A custodian "
        "that releases a sealed record in violation of this section is subject to a civil penalty "
        "of not more than one thousand dollars."
    ),
    "q27": (
        "Rule 8.7. Inspection of sealed juvenile files.\n(1) Juvenile court files that have been "
        "sealed under Section 781 may be inspected only as provided in this rule.\n(2) The person "
        "who is the subject of a sealed file may inspect the file, or obtain a copy of any "
        "document in it, with the approval of the presiding judge of the juvenile court, upon a "
        "written request stating the reason for the inspection.\n(3) The presiding judge may grant "
        "or deny a request under paragraph (2) without a hearing, and may impose such conditions "
        "on the inspection as the judge considers appropriate.\n(4) A probation officer may "
        "inspect a sealed file for the purpose of preparing a report ordered by the court."
    ),
    "q28": (
        "Sec. 7B-3001. Sealed juvenile records; who may inspect.\n(a) A juvenile record that has "
        "been sealed under this Article shall be withheld from public inspection.\n(b) The "
        "following may inspect a sealed juvenile record without an order of the court: (1) the "
        "juvenile's parent, guardian or custodian, while the juvenile is under eighteen years of "
        "age; (2) the prosecutor, for the purpose of determining eligibility for diversion; and "
        "(3) the court counselor assigned to the juvenile.\n(c) A person entitled to inspect under "
        "subsection (b) shall not copy or further disclose the record.\n(d) All other persons may "
        "inspect a sealed juvenile record only by order of the court."
    ),
    "q29": (
        "§ 12-60-210. Accuracy of criminal history record information; challenge.\n(a) Any "
        "individual may challenge the accuracy or completeness of criminal history record "
        "information that pertains to the individual by filing a written challenge with the "
        "central repository on a form prescribed by the department.\n(b) The central repository "
        "shall review the challenge within thirty days and, if it finds that the information is "
        "inaccurate or incomplete, shall correct it and notify each agency to which the inaccurate "
        "information was disseminated in the preceding year.\n(c) If the central repository denies "
        "the challenge, it shall notify the individual in writing of the reasons for the denial "
        "and of the right to an administrative hearing.\n(d) This section does not apply to "
        "information that has been expunged under chapter 61 of this title."
    ),
    "q30": (
        "Section 33-5. Release of sealed records by the department.\n(1) The department shall "
        "maintain records sealed under this part in a confidential file, separate from its public "
        "criminal history records.\n(2) The department may, in its discretion, release a copy of a "
        "sealed record to the person who is the subject of the record, upon a written request and "
        "proof of identity, if the department determines that release is consistent with the "
        "purposes of this part.\n(3) A decision under subsection (2) is not subject to "
        "review.\n(4) The department shall not release a sealed record to any employer, landlord "
        "or licensing authority."
    ),
    "q31": (
        "Sec. 41-1750.03. Sealed records; limited dissemination.\nA. A record sealed under this "
        "article shall not be disclosed except to:\n1. A criminal justice agency, for the purpose "
        "of the administration of criminal justice.\n2. A court, for sentencing a person convicted "
        "of a later offense.\n3. The state department of child safety, for the purpose of a "
        "background check of a prospective foster or adoptive parent.\n4. The board of nursing and "
        "the board of medical examiners, for licensing.\n5. A prosecutor, in determining whether "
        "to file charges.\nB. An agency or person that receives a sealed record under subsection A "
        "shall not further disclose it."
    ),
    "q32": (
        "Section 6. Notice of sealing.\n(a) Within thirty days after the sealing of a record under "
        "section 4 or section 5, the department shall send a written notice to the person who is "
        "the subject of the record, at the person's last known address, stating that the record "
        "has been sealed.\n(b) The notice shall identify each arrest, charge and conviction that "
        "was sealed, the date of the sealing, and each agency to which notice of the sealing was "
        "sent.\n(c) The notice shall be written in plain language and shall state that the person "
        "may lawfully deny the existence of the sealed record, subject to the exceptions in "
        "section 8.\n(d) The department's failure to send a notice under this section does not "
        "affect the validity of the sealing."
    ),
    "q33": (
        "§ 4-217. Disclosure of sealed convictions to certain employers.\n(a) Notwithstanding the "
        "sealing of a record under this subtitle, the central repository may disclose the record "
        "to a prospective employer of the person who is the subject of the record, if:\n(1) the "
        "position involves unsupervised contact with children, elderly persons or vulnerable "
        "adults; and\n(2) the person has signed a written consent to the release of his or her "
        "criminal history record.\n(b) An employer that receives a sealed record under this "
        "section shall use it only for the purpose of deciding whether to hire the person, and "
        "shall give the person a copy of the record before taking any adverse action.\n(c) An "
        "employer that violates subsection (b) is liable to the person for actual damages."
    ),
    "q34": (
        "Sec. 20. Effect of sealing; denial of record.\n(a) After a record is sealed under this "
        "Act, the proceedings in the matter shall be deemed never to have occurred, and the person "
        "who is the subject of the record may deny the arrest, charge and conviction in answer to "
        "any inquiry.\n(b) Subsection (a) does not apply to an application for employment as a "
        "peace officer, to an application for a license to carry a concealed handgun, or to any "
        "question asked in a proceeding under federal immigration law, in which the person shall "
        "disclose the sealed record.\n(c) A person who is the subject of a sealed record shall not "
        "be found guilty of perjury or of making a false statement for failing to acknowledge the "
        "record, except as provided in subsection (b)."
    ),
    "q35": (
        "§ 10-108. Certificate of non-record.\n(a) After records have been expunged under this "
        "subtitle, the person who was the subject of the records may request that the central "
        "repository furnish a certificate stating that the repository has no public criminal "
        "history record of the expunged charge.\n(b) The central repository shall furnish the "
        "certificate within fifteen days after the request, upon payment of the fee set under § "
        "10-221, and shall send it directly to the person.\n(c) A certificate furnished under this "
        "section shall not disclose the existence of the expunged record.\n(d) A person may "
        "present the certificate to any employer, landlord or licensing authority as proof that no "
        "public record exists."
    ),
    "q36": (
        "Section 77-41-408. Sealed records; access by subject.\n(1) An agency that receives an "
        "order to seal a record under this part shall place the record in a sealed file and shall "
        "not release it except as provided in this section.\n(2) The subject of a sealed record "
        "may obtain access to it in the manner provided in Section 77-41-409.\n(3) A criminal "
        "justice agency may obtain access to a sealed record for the purposes of a criminal "
        "investigation or prosecution.\n(4) An agency that releases a sealed record in violation "
        "of this section is subject to the penalties in Section 77-41-412."
    ),
    "q37": (
        "Sec. 13-4-44. Rights of the record subject.\n(a) Records expunged under this chapter "
        "shall be removed from all public indexes and shall not be disclosed to any employer, "
        "landlord or member of the public.\n(b) The person who is the subject of an expunged "
        "record is entitled to a copy of that record, including the charging document, the "
        "judgment and any plea agreement, and no order of court shall be required for the person "
        'to receive it.\n(c) A copy furnished under subsection (b) shall be marked "EXPUNGED - '
        'FURNISHED TO RECORD SUBJECT".\n(d) The custodian may not charge the person more than the '
        "ordinary fee for copies of public records."
    ),
    "q38": (
        "§ 9122.3. Dissemination of sealed records to the subject.\n(a) The central repository "
        "shall not disseminate criminal history record information that has been sealed under "
        "section 9122.1 except as provided in this section.\n(b) Upon the written request of the "
        "individual to whom a sealed record pertains, accompanied by proof of identity "
        "satisfactory to the repository, the central repository shall furnish to that individual a "
        "complete copy of the record, including the sealed portions.\n(c) The repository shall "
        "mail or deliver the copy within ten business days after it receives the request.\n(d) A "
        "criminal justice agency may obtain sealed record information for the purposes of "
        "employment with that agency or the investigation of a crime."
    ),
    "q39": (
        "Section 5. Inspection by the person.\n(1) Except as provided in this section, a record "
        "sealed under section 3 shall be confidential and shall not be made available to any "
        "person.\n(2) Notwithstanding subsection (1) or the sealing of the record, the person "
        "whose conviction is the subject of the sealed record may inspect and copy the record at "
        "the office of the clerk during regular business hours, upon presenting a "
        "government-issued identification document.\n(3) Subsection (2) does not authorize "
        "inspection of any victim's address or telephone number contained in the record.\n(4) The "
        "clerk shall keep a log of each inspection under subsection (2)."
    ),
    "q40": (
        "Sec. 8. Use of sealed record by the person.\n(a) A record sealed under this chapter shall "
        "not be disclosed to the public, and no agency shall confirm or deny its existence in "
        "response to a public inquiry.\n(b) Nothing in this section prevents the person who is the "
        "subject of a sealed record from obtaining the record, or a certified copy of it, from the "
        "court or any agency that holds it, for the person's own use in any proceeding before a "
        "federal immigration court, agency or officer, or in any application for an immigration "
        "benefit or for naturalization.\n(c) A court or agency shall provide a record requested "
        "under subsection (b) within fifteen days and shall not require the person to state the "
        "reason for the request.\n(d) A record obtained under subsection (b) remains sealed for "
        "all other purposes."
    ),
    "q41": (
        "§ 35-38-9-6.5. Restricted access.\n(a) Access to records sealed under this chapter is "
        "restricted to the following:\n(1) a criminal justice agency, for the administration of "
        "criminal justice;\n(2) the department of child services, for a background check required "
        "by law;\n(3) the individual who is the subject of the record, or the individual's "
        "designee, upon request and without the necessity of a court order; and\n(4) a person "
        "conducting research under a written agreement with the office of judicial administration, "
        "if the identity of the subject is not disclosed.\n(b) A person who obtains access under "
        "subdivision (a)(2) or (a)(4) shall not further disclose the record."
    ),
    "q42": (
        "SECTION 10. Definitions; requests by the record subject.\n(a) In this section:\n  (1) "
        '"Agency" means a court, law enforcement agency, prosecuting attorney\'s office or other '
        'governmental entity that holds a sealed record.\n  (2) "Record subject" means the '
        "individual whose arrest, charge or conviction is reflected in a sealed record.\n(b) An "
        "agency that holds a record sealed under this Act shall, within fifteen days after "
        "receiving a request from the record subject, make the record available to the record "
        "subject for inspection and copying.\n(c) An agency may require the record subject to "
        "verify identity before making the record available, but may not require the record "
        "subject to obtain a court order or to state the purpose of the request.\n(d) An agency "
        "may not charge a fee for the first copy of a record furnished under subsection (b)."
    ),
    "q43": (
        "§ 17-22-107. Effect of sealing on the person's own access.\n(1) Upon the entry of a "
        "sealing order, each custodian shall remove the sealed records from any publicly "
        "accessible database and shall respond to any inquiry from the public as though the "
        "records did not exist.\n(2) The sealing of a record does not limit the right of the "
        "person named in it to obtain that record from any custodian that holds it, and a "
        "custodian shall provide the record to that person upon request.\n(3) Subsection (2) "
        "applies whether the record was sealed by petition or by operation of law.\n(4) Nothing in "
        "this section requires a custodian to create a record that does not exist."
    ),
    "q44": (
        "Rule 32.8. Release of sealed court files to the petitioner.\n(a) A court file sealed "
        "under Rule 32.6 shall be kept by the clerk in a secure manner and shall not be open to "
        "public inspection.\n(b) Upon the written application of the petitioner in whose favor the "
        "sealing order was entered, and without further order, the clerk shall release the sealed "
        "court file, or copies of any part of it, to the petitioner.\n(c) The clerk shall verify "
        "the identity of the applicant before releasing a file under subsection (b).\n(d) Release "
        "under subsection (b) does not unseal the file."
    ),
    "q45": (
        "Sec. 24. Own records.\n(a) A person shall not be denied access to the person's own "
        "expunged or sealed records on the ground that the records have been expunged or "
        "sealed.\n(b) A custodian that receives a request from a person for the person's own "
        "expunged or sealed records shall process the request in the same manner and within the "
        "same time as a request for a public record.\n(c) For purposes of this section, a request "
        "made through an attorney or accredited representative authorized in writing by the person "
        "is a request by the person.\n(d) This section applies to records expunged or sealed "
        "before, on or after the effective date of this Act."
    ),
}

PROBES = [
    ("q01", "court-jurisdiction", "absent"),
    ("q01", "record-access", "absent"),
    ("q02", "court-jurisdiction", "absent"),
    ("q02", "record-access", "absent"),
    ("q03", "court-jurisdiction", "absent"),
    ("q03", "record-access", "absent"),
    ("q04", "court-jurisdiction", "absent"),
    ("q04", "record-access", "absent"),
    ("q05", "court-jurisdiction", "absent"),
    ("q05", "record-access", "absent"),
    ("q06", "court-jurisdiction", "absent"),
    ("q06", "record-access", "absent"),
    ("q07", "court-jurisdiction", "absent"),
    ("q07", "record-access", "absent"),
    ("q08", "court-jurisdiction", "absent"),
    ("q08", "record-access", "absent"),
    ("q09", "record-access", "absent"),
    ("q10", "court-jurisdiction", "absent"),
    ("q10", "record-access", "absent"),
    ("q11", "court-jurisdiction", "absent"),
    ("q11", "record-access", "absent"),
    ("q12", "court-jurisdiction", "absent"),
    ("q12", "record-access", "absent"),
    ("q13", "court-jurisdiction", "absent"),
    ("q13", "record-access", "absent"),
    ("q14", "court-jurisdiction", "present"),
    ("q15", "court-jurisdiction", "present"),
    ("q15", "record-access", "absent"),
    ("q16", "court-jurisdiction", "present"),
    ("q16", "record-access", "absent"),
    ("q17", "court-jurisdiction", "present"),
    ("q17", "record-access", "absent"),
    ("q18", "court-jurisdiction", "present"),
    ("q18", "record-access", "absent"),
    ("q19", "court-jurisdiction", "present"),
    ("q19", "vacatur-for-cause", "present"),
    ("q19", "record-access", "absent"),
    ("q20", "court-jurisdiction", "contrary"),
    ("q20", "record-access", "absent"),
    ("q21", "court-jurisdiction", "contrary"),
    ("q21", "vacatur-for-cause", "absent"),
    ("q21", "record-access", "absent"),
    ("q22", "court-jurisdiction", "contrary"),
    ("q22", "record-access", "absent"),
    ("q23", "court-jurisdiction", "contrary"),
    ("q23", "record-access", "absent"),
    ("q24", "record-access", "partial"),
    ("q24", "court-jurisdiction", "absent"),
    ("q25", "court-jurisdiction", "absent"),
    ("q26", "record-access", "contrary"),
    ("q26", "court-jurisdiction", "absent"),
    ("q27", "record-access", "contrary"),
    ("q27", "court-jurisdiction", "absent"),
    ("q28", "record-access", "contrary"),
    ("q28", "court-jurisdiction", "absent"),
    ("q29", "record-access", "absent"),
    ("q29", "public-education", "absent"),
    ("q29", "court-jurisdiction", "absent"),
    ("q30", "court-jurisdiction", "absent"),
    ("q31", "record-access", "contrary"),
    ("q31", "court-jurisdiction", "absent"),
    ("q32", "court-jurisdiction", "absent"),
    ("q33", "record-access", "absent"),
    ("q33", "court-jurisdiction", "absent"),
    ("q34", "record-access", "absent"),
    ("q34", "court-jurisdiction", "absent"),
    ("q35", "court-jurisdiction", "absent"),
    ("q36", "record-access", "partial"),
    ("q36", "court-jurisdiction", "absent"),
    ("q37", "record-access", "present"),
    ("q37", "court-jurisdiction", "absent"),
    ("q38", "record-access", "present"),
    ("q38", "court-jurisdiction", "absent"),
    ("q39", "record-access", "present"),
    ("q39", "court-jurisdiction", "absent"),
    ("q40", "record-access", "present"),
    ("q40", "federal-records", "absent"),
    ("q40", "court-jurisdiction", "absent"),
    ("q41", "record-access", "present"),
    ("q41", "court-jurisdiction", "absent"),
    ("q42", "record-access", "present"),
    ("q42", "court-jurisdiction", "absent"),
    ("q43", "record-access", "present"),
    ("q43", "court-jurisdiction", "absent"),
    ("q44", "record-access", "present"),
    ("q44", "court-jurisdiction", "absent"),
    ("q45", "record-access", "present"),
    ("q45", "court-jurisdiction", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
