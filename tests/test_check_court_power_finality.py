"""`billkit check` on a court's power after relief, in the shapes real state codes and court rules give it:
kept, narrowed, or taken away in words of finality.

The texts are a critical reader's probes, written for these tests (no source), in the drafting of
particular state traditions; the reader wrote the expected status before the first run, without seeing the
corpus texts, and judged only the tool's output. They pin down, among others:
- power taken away: "The court that entered the order is thereafter without jurisdiction to entertain any
  motion ..."; "no further proceedings shall be had in the cause ... in any court of this state"; "no
  court of this state shall reopen the case, or entertain any motion ... that seeks to vacate" once the
  order to seal is filed; a court file destroyed and "no court ... shall thereafter reinstate,
  reconstruct, or reopen the matter"; a writ on which "no court of this state shall entertain a petition
  ... after the record of the conviction has been sealed"; a collateral attack filed after an order of
  nondisclosure whose merits "a court may not consider"; a court that "retains no jurisdiction in the case
  except to enforce" the order;
- power kept: no order "shall be construed to oust the circuit court of jurisdiction"; coram nobis
  jurisdiction that "shall exist notwithstanding" the sentence's expiry or the record's removal; neither
  limited access nor its order "shall: (1) deprive a court of this Commonwealth of jurisdiction", a
  section number with a decimal point between;
- power kept narrowly (``partial``): only over a motion "that was pending on the date on which the records
  became subject to erasure", only "for a period of one (1) year after the date on which the order is
  entered", only "over the order and over the records that are its subject";
- near misses: a juvenile court that "shall not retain jurisdiction over a person beyond the maximum
  term".

Rows the rules still read otherwise are left out, and named in the session's note.


"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "y01": (
        "SEC. 3. Section 1203.429 is added to the Penal Code, to read:\n\n1203.429. (a) For purposes of"
        ' this section, "relief" means any order entered pursuant to Section 1203.4, 1203.4a, '
        "1203.41, 1203.42, or 1203.425 that sets aside a verdict or plea of guilty, dismisses the "
        "accusatory pleading, or directs that the record of arrest and conviction be withheld from "
        "public disclosure.\n\n(b) The granting of relief shall not be construed to deprive the court "
        "of jurisdiction, and the court shall retain jurisdiction, to hear and determine a motion "
        "pursuant to Section 1016.5 or 1473.7, a petition for writ of habeas corpus, or any other "
        "motion, petition, or proceeding in which the validity of the underlying conviction is "
        "challenged, whether that motion, petition, or proceeding is filed before or after relief is "
        "granted.\n\n(c) A motion or petition described in subdivision (b) shall not be denied on the "
        "ground that relief has been granted, that the person has completed probation, or that the "
        "person is no longer in actual or constructive custody.\n\n(d) Nothing in this section shall be"
        " construed to require the court to vacate any relief previously granted as a condition of "
        "hearing a motion or petition described in subdivision (b)."
    ),
    "y02": (
        "NRS 179.2865  Effect of order sealing records; jurisdiction of court after sealing.\n\n1.  "
        "Except as otherwise provided in NRS 179.301, if the court orders a record sealed pursuant to"
        " NRS 179.245 or 179.255:\n\n(a) All proceedings recounted in the record are deemed never to "
        "have occurred, and the person to whom the order pertains may properly answer accordingly to "
        "any inquiry, including, without limitation, an inquiry relating to an application for "
        "employment, concerning the arrest, conviction, dismissal or acquittal and the events and "
        "proceedings relating thereto.\n\n(b) The court that entered the order is thereafter without "
        "jurisdiction to entertain any motion, petition or other application to reopen, vacate, set "
        "aside or otherwise modify the judgment of conviction to which the sealed record relates, and"
        " the clerk of the court shall return any such paper to the person who tendered it without "
        "filing it.\n\n2.  The provisions of paragraph (b) of subsection 1 do not apply to a motion to "
        "correct a clerical error in the order sealing the records, which may be heard by the court "
        "that entered the order."
    ),
    "y03": (
        "907.3B  Deferred judgment — supervision — discharge.\n\n1.  When the court defers judgment "
        "pursuant to section 907.3, subsection 1, the court retains jurisdiction over the defendant "
        "for the period of probation fixed by the court, and may, upon a finding that the defendant "
        "has violated a condition of probation, revoke the deferment, enter an adjudication of guilt,"
        " and impose any sentence authorized by law.\n\n2.  At any time before the expiration of the "
        "period of probation, the court may, upon the application of the judicial district department"
        " of correctional services, extend the period by not more than one year if the defendant has "
        "not paid restitution in full.\n\n3.  Upon fulfillment of the conditions of probation and the "
        "payment of all fees, the defendant shall be discharged without entry of judgment, the period"
        " of supervision shall terminate, and the court's criminal record with reference to the "
        "deferred judgment shall be expunged. The record maintained by the supreme court "
        "administrator under section 907.4 shall not be expunged."
    ),
    "y04": (
        "EXPLANATION: CAPITALS INDICATE MATTER ADDED TO EXISTING LAW.\n[Brackets] indicate matter "
        "deleted from existing law.\n\nSECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND, "
        "That the Laws of Maryland read as follows:\n\nArticle – Criminal Procedure\n\n10–110.\n\n(g) (1) "
        "[An order for expungement entered under this section is final, and after its entry the court"
        " shall have no further jurisdiction in the case.] NOTWITHSTANDING THE ENTRY OF AN ORDER FOR "
        "EXPUNGEMENT UNDER THIS SECTION, THE COURT THAT ENTERED THE JUDGMENT OF CONVICTION RETAINS "
        "JURISDICTION TO CONSIDER AND DECIDE:\n\n(I) A PETITION FOR POST–CONVICTION RELIEF UNDER TITLE "
        "7 OF THIS ARTICLE;\n\n(II) A PETITION FOR A WRIT OF ERROR CORAM NOBIS UNDER § 8–401 OF THIS "
        "ARTICLE; AND\n\n(III) A MOTION TO REVISE OR VACATE THE JUDGMENT UNDER THE MARYLAND RULES.\n\n(2)"
        " FOR THE PURPOSES OF A PROCEEDING DESCRIBED IN PARAGRAPH (1) OF THIS SUBSECTION, THE COURT "
        "MAY ORDER THE CUSTODIAN OF THE EXPUNGED RECORD TO PRODUCE IT UNDER SEAL.\n\nSECTION 2. AND BE "
        "IT FURTHER ENACTED, That this Act shall take effect October 1."
    ),
    "y05": (
        "Sec. 54-142w. Erasure; effect on pending collateral proceedings.\n\n(a) As used in this "
        'section, "erased record" means any police or court record or record of any state\'s attorney '
        "that has been erased under section 54-142a or 54-142d.\n\n(b) Upon erasure, the records shall "
        "be removed from public access and shall not be disclosed except as provided in section "
        "54-142c.\n\n(c) The erasure of records under section 54-142a or 54-142d shall not abate, and "
        "shall not deprive the Superior Court of jurisdiction to determine, any petition for a writ "
        "of habeas corpus, petition for a new trial, or motion to vacate a judgment of conviction "
        "that was pending on the date on which the records became subject to erasure, and for the "
        "purposes of any such pending petition or motion the court may examine the erased record in "
        "camera.\n\n(d) The provisions of this section shall not be construed to affect the time within"
        " which any petition or motion may be brought under section 52-470 or 52-582."
    ),
    "y06": (
        "40-32-10x. Order of expunction; finality.\n\n(a) Upon a finding that the petitioner is "
        "eligible under § 40-32-101(g) and that the petitioner has paid all fines, costs and "
        "restitution, the court shall enter an order directing that all public records relating to "
        "the offense be removed and destroyed, other than the records required to be retained under "
        "subsection (c).\n\n(b) The order of expunction, when entered, shall be final and conclusive as"
        " to every matter adjudicated by the judgment of conviction, and no further proceedings shall"
        " be had in the cause, or upon the indictment, presentment or information on which it was "
        "founded, in any court of this state.\n\n(c) The court clerk shall retain, in a confidential "
        "file, the order of expunction and the petition, which shall be available only to the court "
        "and to the district attorney general for the purpose of determining whether the petitioner "
        "is eligible for a subsequent diversion or expunction.\n\n(d) Upon entry of the order, the "
        "petitioner is restored, in the contemplation of the law, to the status the petitioner "
        "occupied before the arrest."
    ),
    "y07": (
        "§ 160.62 Sealed judgments; post-judgment motions.\n\n1. The sealing of the records of an "
        "action or proceeding pursuant to section 160.50, 160.55, 160.57, 160.58 or 160.59 of this "
        "article shall not operate to abate, bar or otherwise affect the authority of the court in "
        "which the judgment was entered to entertain, hear and determine a motion made pursuant to "
        "article four hundred forty of this chapter, or an application for a writ of error coram "
        "nobis, concerning such judgment, whether such motion or application was pending on the date "
        "of sealing or is made at any time thereafter.\n\n2. Where a motion or application described in"
        " subdivision one of this section is made, the court, the district attorney and counsel for "
        "the defendant shall have access to the sealed records to the extent required for the "
        "determination of the motion or application, and no separate order directing that such "
        "records be unsealed shall be required.\n\n3. Nothing contained in this section shall be "
        "construed to restore to public availability any record sealed pursuant to this article."
    ),
    "y08": (
        "13-905.01. Set aside or sealed judgments; continuing obligations; vacating order\n\nA. "
        "Notwithstanding the entry of an order setting aside a judgment of guilt under section 13-905"
        " or an order sealing case records under section 13-911:\n\n1. The court retains jurisdiction "
        "to enforce any order of restitution, criminal restitution order or other monetary obligation"
        " imposed in the case until the obligation is paid in full, and the clerk of the court may "
        "continue to accept and disburse payments.\n\n2. The order does not relieve the person of the "
        "duty to register under section 13-3821 or of any prohibition on possessing a firearm except "
        "as provided in section 13-910.\n\nB. On motion of the prosecuting attorney, the court that "
        "entered the order may vacate an order sealing case records if the person is convicted of a "
        "subsequent felony offense.\n\nC. If the court denies a petition under section 13-911, the "
        "person may not file a new petition until three years after the date of the denial."
    ),
    "y09": (
        "RULE 3.852. MOTION TO VACATE, SET ASIDE, OR CORRECT JUDGMENT — PERSONS IN CUSTODY\n\n(a) Who "
        "May File. A person in custody under a sentence of a court of this state may move the court "
        "that imposed the sentence to vacate, set aside, or correct the judgment or sentence on the "
        "grounds stated in subdivision (c).\n\n(b) Jurisdiction. The court shall be without "
        "jurisdiction to entertain a motion under this rule unless the movant is in custody under the"
        " sentence attacked on the date on which the motion is filed. For purposes of this rule, a "
        "person is not in custody if:\n\n(1) the sentence, including any term of probation or community"
        " control, has expired;\n\n(2) adjudication of guilt was withheld and the term of probation has"
        " been successfully completed; or\n\n(3) the record of the case has been sealed or expunged "
        "under section 943.0585 or 943.059, Florida Statutes.\n\n(c) Grounds. ...\n\n(d) Exclusive "
        "Remedy. This rule provides the exclusive procedure for the collateral review of a judgment "
        "or sentence, and no other motion or petition for that purpose shall be entertained."
    ),
    "y10": (
        "17-9-75. Relief in nature of coram nobis; persons not in custody; effect of record "
        "restriction.\n\n(a) A person who has been convicted of a crime in a court of this state and "
        "who is not in custody under the sentence may seek relief in the nature of a writ of error "
        "coram nobis in the court in which the conviction was entered, upon a showing that:\n\n(1) The "
        "judgment was obtained in violation of the Constitution of the United States or of this "
        "state;\n\n(2) The plea of guilty or nolo contendere was not entered knowingly, voluntarily, "
        "and intelligently, including because the person was not advised, or was incorrectly advised,"
        " of the immigration consequences of the plea; or\n\n(3) Counsel's assistance was "
        "constitutionally deficient and the person was prejudiced thereby.\n\n(b) The court's "
        "jurisdiction under this Code section shall exist notwithstanding that:\n\n(1) The sentence has"
        " expired or been fully served;\n\n(2) Access to the record of the conviction has been "
        "restricted under Code Section 35-3-37 or the record has otherwise been removed from public "
        "view; or\n\n(3) The person has previously obtained any other relief from the conviction.\n\n(c) "
        "Upon granting relief under this Code section, the court shall vacate the judgment of "
        "conviction and may enter such further orders as justice requires."
    ),
    "y12": (
        "Sec. 2953.325. (A) Upon the filing of an order to seal the record of a conviction under "
        "section 2953.32 of the Revised Code, the proceedings in the case that is the subject of the "
        "order shall be considered not to have occurred and the conviction of the person who is the "
        "subject of the proceedings shall be sealed, except as provided in division (C) of this "
        "section.\n\n(B) After an order to seal is filed, no court of this state shall reopen the case,"
        " or entertain any motion, petition, or application, including a petition for postconviction "
        "relief under section 2953.21 of the Revised Code and a motion to withdraw a plea of guilty "
        "or no contest under Criminal Rule 32.1, that seeks to vacate, set aside, or otherwise "
        "disturb the sealed conviction, unless the order to seal first has been vacated upon the "
        "application of the prosecuting attorney.\n\n(C) Nothing in division (A) of this section "
        "affects the use of the sealed conviction to enhance the penalty for a subsequent offense or "
        "the inspection of the sealed record by a person authorized under section 2953.321 of the "
        "Revised Code."
    ),
    "y13": (
        "§ 9122.7.  Effect of limited access on post-conviction and other proceedings.\n\n(a)  General "
        "rule.--Neither limited access under section 9122.2 (relating to clean slate limited access) "
        "nor an order for limited access under section 9122.1 (relating to petition for limited "
        "access) shall:\n\n(1)  deprive a court of this Commonwealth of jurisdiction over a petition "
        "filed under Subchapter B of Chapter 95 (relating to post conviction relief), a motion for "
        "leave to file an appeal nunc pro tunc or any other application attacking the validity of the"
        " conviction or sentence; or\n\n(2)  be cited by the attorney for the Commonwealth or by the "
        "court as a ground for the dismissal of such a petition, motion or application.\n\n(b)  Access "
        "by court.--For purposes of a proceeding under subsection (a), the court and the attorney for"
        " the Commonwealth may access the record subject to limited access.\n\n(c)  "
        "Construction.--Nothing in this section shall be construed to enlarge the time for filing a "
        "petition under section 9545 (relating to jurisdiction and proceedings) or to alter the "
        "requirements of section 9543 (relating to eligibility for relief)."
    ),
    "y14": (
        "607.5. (a) The court may retain jurisdiction over any person who is found to be a ward of "
        "the court under Section 602 until the ward attains 21 years of age, except that, where the "
        "ward has been found to have committed an offense listed in subdivision (b) of Section 707, "
        "the court may retain jurisdiction until the ward attains 25 years of age.\n\n(b) When the "
        "court's jurisdiction over a ward terminates under this section, or upon the ward's "
        "satisfactory completion of probation, the court shall order the records in the case sealed "
        "as provided in Section 786, and the proceedings shall be deemed not to have occurred.\n\n(c) "
        "Notwithstanding subdivision (a), the court shall not retain jurisdiction over a person "
        "beyond the maximum term of confinement set under Section 731.\n\n(d) The sealing of records "
        "under subdivision (b) does not relieve the person of any obligation to pay restitution "
        "imposed in the case, which may be enforced as a civil judgment."
    ),
    "y15": (
        "Art. 11.075.  APPLICATIONS CONCERNING CONVICTIONS SUBJECT TO NONDISCLOSURE OR "
        "EXPUNCTION.\n\nSec. 1.  This article applies to a conviction or a community supervision that "
        "is the subject of an order of nondisclosure of criminal history record information issued "
        "under Subchapter E-1, Chapter 411, Government Code, or an order of expunction issued under "
        "Chapter 55A.\n\nSec. 2.  If an application for a writ of habeas corpus, a motion for new "
        "trial, or any other collateral attack concerning a conviction or community supervision "
        "described by Section 1 is filed after the date the order of nondisclosure or expunction was "
        "issued, a court may not consider the merits of or grant relief on the application unless the"
        " application contains sufficient specific facts establishing that:\n\n(1)  the current claims "
        "could not have been presented before the order was issued because the factual or legal basis"
        " for the claims was unavailable on that date; or\n\n(2)  by clear and convincing evidence, but"
        " for a violation of the United States Constitution no rational juror could have found the "
        "applicant guilty beyond a reasonable doubt.\n\nSec. 3.  A person who petitions for an order "
        "described by Section 1 waives any claim that could have been raised in an application filed "
        "before the petition."
    ),
    "y16": (
        "NEW SECTION.  Sec. 4.  A new section is added to chapter 10.73 RCW to read as follows:\n\n(1) "
        "A person convicted of an offense in a court of this state may move the sentencing court to "
        "vacate the judgment and permit the withdrawal of a plea on the ground that:\n\n(a) The plea of"
        " guilty was not knowingly, voluntarily, and intelligently made, including because the person"
        " was not informed that the plea carried a risk of removal, exclusion from admission, or "
        "denial of naturalization;\n\n(b) The person was denied the effective assistance of counsel; "
        "or\n\n(c) The judgment was otherwise entered in violation of the Constitution or laws of this "
        "state or of the United States.\n\n(2) The time limit in RCW 10.73.090 does not apply to a "
        "motion brought under this section.\n\n(3) A court has jurisdiction to hear and decide a motion"
        " under this section notwithstanding that the record of conviction has been vacated under RCW"
        " 9.94A.640 or 9.96.060, that the court record has been sealed under GR 15, or that the "
        "person has been discharged under RCW 9.94A.637.\n\n(4) If the court grants the motion, the "
        "court shall vacate the judgment and set the matter for further proceedings."
    ),
    "y17": (
        "IC 35-38-9-10.7\nJurisdiction to hear post-conviction petitions after sealing\n\nSec. 10.7. (a)"
        ' As used in this section, "expungement order" means an order entered under section 2, 3, 4, '
        "or 5 of this chapter directing that records be sealed or marked as expunged.\n\n(b) "
        "Notwithstanding section 6 of this chapter, the court that enters an expungement order "
        "retains jurisdiction, for a period of one (1) year after the date on which the order is "
        "entered, to hear and determine a petition for post-conviction relief under Post-Conviction "
        "Rule 1 or a motion to correct error concerning the conviction that is the subject of the "
        "order.\n\n(c) For the purposes of a petition or motion described in subsection (b), the court "
        "may order the sealed records to be produced for its inspection.\n\n(d) This section does not "
        "extend the time within which a petition or motion described in subsection (b) must otherwise"
        " be filed."
    ),
    "y18": (
        "Section 15-27-17.1\n\n(a) Within 30 days after receipt of an order of expungement, the clerk "
        "of the circuit or district court shall destroy the court file, the docket entries, and all "
        "electronic entries relating to the expunged charge or conviction, and no copy shall be "
        "retained by, or furnished to, any person, including the petitioner.\n\n(b) Upon the "
        "destruction of the file under subsection (a), the matter shall be closed for all purposes, "
        "and no court of this state shall thereafter reinstate, reconstruct, or reopen the matter, or"
        " entertain any motion or petition relating to the expunged charge or conviction.\n\n(c) The "
        "clerk shall retain only the order of expungement, which shall be kept in a separate file "
        "that is not open to inspection by any person except the court.\n\n(d) Any person who knowingly"
        " discloses information from a destroyed file in violation of this section shall be guilty of"
        " a Class B misdemeanor."
    ),
    "y19": (
        "Rule 29.6. Sealed Records; Later Proceedings\n\n(a) Applicability. This rule applies to any "
        "case in which the court has entered an order under A.R.S. § 13-911 sealing the record of "
        "arrest, conviction and sentence, or an order under A.R.S. § 13-905 setting aside a judgment "
        "of guilt.\n\n(b) Later Proceedings. An order described in (a) does not deprive the court of "
        "authority to consider a notice or petition for post-conviction relief under Rule 33, a "
        "motion to vacate judgment under Rule 24.2, or any other request for relief from the "
        "judgment, and the court must not decline to consider such a filing because the record is "
        "sealed or the judgment set aside.\n\n(c) Access by the Court. When a filing described in (b) "
        "is made, the clerk must make the sealed record available to the assigned judge, the parties "
        "and their counsel, without further order.\n\n(d) Effect on Sealing Order. Unless the court "
        "vacates the judgment, the sealing order remains in effect."
    ),
    "y20": (
        "Art. 977.1. Venue; judge; other relief not precluded\n\nA. A motion to expunge a record of "
        "arrest or conviction shall be filed in the district court of the parish in which the "
        "conviction was obtained, or, if the arrest did not result in a conviction, in the district "
        "court of the parish in which the arrest occurred.\n\nB. Any judge of the district court in "
        "which the motion is properly filed may hear and decide the motion, whether or not that judge"
        " presided over the criminal proceeding.\n\nC. If the motion seeks expungement of records of "
        "more than one arrest or conviction arising in different parishes, a separate motion shall be"
        " filed in each parish.\n\nD. The denial of a motion to expunge under this Article shall not "
        "preclude the mover from filing a motion for expungement under Article 978 or under any other"
        " law providing for the expungement of records once the mover becomes eligible for relief "
        "under that law."
    ),
    "y21": (
        "19-4901A. EXCLUSIVE REMEDY — CORAM NOBIS ABOLISHED — PERSONS WHO MAY APPLY.\n\n(a) The remedy "
        "provided by this act is not a substitute for an appeal from the judgment of conviction. It "
        "replaces every other remedy, whether arising at common law, by statute or by rule, through "
        "which the validity of a judgment of conviction or sentence could heretofore be challenged, "
        "and it shall be used in their stead. The writ of error coram nobis is abolished.\n\n(b) An "
        "application under this act may be filed only by a person who, on the date of filing, is "
        "imprisoned, on probation or parole, or subject to a withheld judgment or suspended sentence "
        "for the offense challenged. A person whose sentence has been fully served, or whose "
        "conviction has been set aside and the case dismissed under section 19-2604, Idaho Code, may "
        "not apply.\n\n(c) No court of this state shall grant relief from a judgment of conviction or "
        "sentence in any proceeding other than an application under this act."
    ),
    "y22": (
        "Sec. 411.07275.  JURISDICTION PRESERVED FOR COLLATERAL ATTACKS.  (a)  In this section:\n\n(1)"
        '  "Collateral attack" means an application for a writ of habeas corpus under Article 11.07 '
        "or 11.072, Code of Criminal Procedure, a motion for new trial, or any other proceeding in "
        "which a person seeks to set aside a judgment of conviction or an order placing the person on"
        ' deferred adjudication community supervision.\n\n(2)  "Protected record" means criminal '
        "history record information that is the subject of an order of nondisclosure issued under "
        "this subchapter or of an order of expunction issued under Chapter 55A, Code of Criminal "
        "Procedure.\n\n(b)  A court that would have jurisdiction of a collateral attack if the "
        "conviction or deferred adjudication were not the subject of a protected record has and "
        "retains that jurisdiction.\n\n(c)  The issuance of an order described by Subsection (a)(2) may"
        " not be construed to moot a collateral attack, whether filed before or after the order is "
        "issued, or to deprive a court of the power to grant relief in a collateral attack.\n\n(d)  "
        "This section does not authorize the public release of a protected record."
    ),
    "y23": (
        "431.0795 Continuing jurisdiction over expungement orders.\n\n(1) The court that enters an "
        "order of expungement under KRS 431.073, 431.076, or 431.078 shall retain jurisdiction over "
        "the order and over the records that are its subject, and may at any time, upon motion of the"
        " person who is the subject of the order:\n\n(a) Correct a clerical error in, amend, or enlarge"
        " the order so as to include any record omitted from it; or\n\n(b) Direct any agency or "
        "custodian to correct, seal, or expunge a record that was not sealed or expunged as the order"
        " required.\n\n(2) A motion under subsection (1) of this section may be made without payment of"
        " a filing fee.\n\n(3) Nothing in this section authorizes the court to vacate or narrow an "
        "order of expungement except upon motion of the person named in it."
    ),
    "y25": (
        "2C:52-27.2  Effect of expungement on post-conviction proceedings.\n\na. As used in this "
        'section, "post-conviction proceeding" means a petition for post-conviction relief under Part'
        " III of the Rules Governing the Courts of the State of New Jersey, a motion to withdraw a "
        "plea of guilty, or an application to correct an illegal sentence.\n\nb. Notwithstanding the "
        "provisions of N.J.S.2C:52-15 and N.J.S.2C:52-27, a post-conviction proceeding concerning a "
        "conviction that has been expunged under this chapter, whether filed before or after the "
        "order of expungement, shall not be dismissed, and relief shall not be denied, on the ground "
        "that the records have been expunged, that the sentence has been completed, or that the "
        "petitioner is no longer in custody, and the Superior Court shall have jurisdiction to hear "
        "and determine the proceeding as if no order of expungement had been entered.\n\nc. In any "
        "post-conviction proceeding described in subsection b. of this section, the expunged records "
        "may be used by the court, the prosecutor and the petitioner, but they shall otherwise remain"
        " isolated in accordance with N.J.S.2C:52-15."
    ),
    "y26": (
        "610.148. 1. Nothing in sections 610.140 to 610.145 shall be construed to affect the "
        "jurisdiction of any court of this state over a civil action for damages, an action for "
        "dissolution of marriage, legal separation, or child custody, or a proceeding for an order of"
        " protection under chapter 455, in which the facts underlying an expunged offense are "
        "relevant to a claim or defense.\n\n2. In any action described in subsection 1 of this section,"
        " the court may, upon a showing of good cause, order that the closed record be produced for "
        "in camera inspection, and may admit the record or any part of it under seal.\n\n3. An order of"
        " expungement shall not relieve the petitioner of liability for any civil judgment entered "
        "against the petitioner arising from the conduct that was the subject of the expunged "
        "offense."
    ),
    "y27": (
        "24-72-706.5. Automatic sealing — effect — no subsequent motions.\n\n(1) (a) A record sealed "
        "pursuant to section 24-72-706 (2) must be removed from public view and maintained by the "
        "bureau in a secure file, which may be opened only upon application of the district attorney "
        "to the district court for the purposes of a subsequent criminal investigation or prosecution"
        " of the same person.\n\n(b) The bureau, the court, and any custodian of a record sealed "
        "pursuant to section 24-72-706 (2) shall not release the record to any person, including the "
        "defendant, except as permitted by subsection (1)(a) of this section.\n\n(2) Once a record has "
        "been sealed pursuant to section 24-72-706 (2), no court has jurisdiction to entertain any "
        "petition, motion, or application relating to the sealed conviction, other than an "
        "application by the district attorney under subsection (1)(a) of this section.\n\n(3) The "
        "sealing of a record pursuant to section 24-72-706 (2) does not require any action by the "
        "defendant, and the defendant shall not be given notice of the sealing."
    ),
    "y28": (
        "Sec. 3a. (1) The setting aside of a conviction under this act does not affect the "
        "jurisdiction of the court that entered the conviction to hear and decide a motion for relief"
        " from judgment under subchapter 6.500 of the Michigan court rules, a motion to withdraw a "
        "plea, or any other proceeding in which the validity of the conviction is challenged, whether"
        " the motion or proceeding is commenced before or after the order setting aside the "
        "conviction is entered.\n\n(2) A person whose conviction has been set aside under this act, or "
        "the person's attorney, may obtain a copy of the nonpublic record of the conviction "
        "maintained under section 3 from the department of state police or from the court, upon "
        "request and payment of the fee charged to the public for a copy of a public record, and is "
        "not required to obtain an order of the court.\n\n(3) Except as provided in subsection (2) and "
        "in section 3, the nonpublic record is not open to the public and shall be used only by the "
        "persons and for the purposes listed in section 3."
    ),
    "y29": (
        "Section 100F. Records sealed under section 100A, 100B or 100C shall be opened only upon "
        "order of the court; provided, however, that the court, upon motion of the person whose "
        "record has been sealed, may order the records opened to the extent necessary for the "
        "prosecution of a motion for a new trial under Rule 30 of the Massachusetts Rules of Criminal"
        " Procedure or of any other post-conviction proceeding concerning the sealed offense; and "
        "provided further, that records opened under this section shall be impounded and shall be "
        "returned to sealed status upon the conclusion of the proceeding.\n\nA motion under this "
        "section shall be heard in the court in which the records were sealed and may be allowed "
        "without a hearing if the commonwealth assents. The commissioner of probation shall comply "
        "with an order entered under this section within 30 days."
    ),
    "y30": (
        "HOUSE BILL 214\nAN ACT RELATING TO CRIMINAL RECORDS; AMENDING THE CRIMINAL RECORD EXPUNGEMENT"
        " ACT TO PROVIDE THAT ORDERS ARE FINAL.\n\nBE IT ENACTED BY THE LEGISLATURE OF THE STATE OF NEW"
        ' MEXICO:\n\nSECTION 1. Section 29-3A-5.1 NMSA 1978 is amended to read:\n\n"29-3A-5.1. EFFECT OF '
        "ORDER.--\n\nA. Upon entry of an order to expunge, the proceedings shall be treated as if they "
        "never occurred, and all parties may reply to an inquiry that no record exists.\n\nB. [The "
        "entry of an order to expunge does not affect the jurisdiction of the court that entered the "
        "judgment to hear and determine a motion to vacate the judgment, a petition for a writ of "
        "habeas corpus or any other post-conviction proceeding.] AN ORDER TO EXPUNGE IS FINAL AND "
        "CONCLUSIVE. UPON ITS ENTRY, THE JURISDICTION OF THE COURT OVER THE CASE TERMINATES FOR ALL "
        "PURPOSES, AND NO PETITION OR MOTION CHALLENGING THE JUDGMENT OF CONVICTION SHALL BE FILED IN"
        ' ANY COURT OF THIS STATE."\n\n[Bracketed material] is deleted. MATERIAL IN CAPITALS is new.'
    ),
    "y31": (
        "Sec. 12. Minnesota Statutes 2024, section 609A.03, is amended by adding a subdivision to "
        "read:\n\nSubd. 7b. Postconviction jurisdiction preserved. (a) Notwithstanding subdivision 7 "
        "and section 609A.01, the issuance of an expungement order under this section, or the grant "
        "of expungement relief under section 609A.015 or 609A.017, does not limit, suspend, or "
        "otherwise affect the jurisdiction of a district court over a petition for postconviction "
        "relief under chapter 590, a motion to withdraw a plea of guilty under Rules of Criminal "
        "Procedure, rule 15.05, or any other proceeding in which a person challenges the lawfulness "
        "of a conviction or sentence that is the subject of the expungement.\n\n(b) In a proceeding "
        "described in paragraph (a), the court may direct that the sealed records be opened to the "
        "court, the prosecutor, and the petitioner or the petitioner's counsel to the extent "
        "necessary to decide the petition or motion, and the records shall otherwise remain "
        "sealed.\n\n(c) A petition or motion described in paragraph (a) must not be dismissed or denied"
        " on the ground that the records have been sealed."
    ),
    "y32": (
        "Rule 40.1. Post-conviction proceeding; persons not in custody.\n\n(a) When Available. A "
        "petition under this rule may be filed at any time after the entry of judgment, whether or "
        "not the petitioner is in custody, and the fact that the sentence has been fully served or "
        "that the petitioner has been discharged from probation shall not be a bar to the filing of "
        "the petition.\n\n(b) Timeliness. A petition that alleges that the petitioner was not advised "
        "of the possible consequences of the plea under the laws of the United States regarding "
        "immigration shall be deemed timely filed if it is filed within two years after the "
        "petitioner first learned of such consequence.\n\n(c) Limitation. Relief under this rule shall "
        "not be available for any claim that was raised and ruled upon in a prior proceeding, or that"
        " the petitioner knowingly and understandingly failed to raise in a prior proceeding, unless "
        "the petitioner proves the existence of extraordinary circumstances to justify the failure."
    ),
    "y33": (
        "Rule 4-508.1. CLOSURE OF EXPUNGED CASE\n\n(a) Closure. Upon the entry of an order granting a "
        "petition for expungement under Rule 4-504 or 4-505, the clerk shall close the case and enter"
        ' on the docket the notation "closed -- expunged".\n\n(b) Jurisdiction After Closure. After a '
        "case is closed under section (a) of this Rule, the court retains no jurisdiction in the case"
        " except to enforce compliance with the order for expungement by a custodian of records. Any "
        "paper filed in a closed case, other than a petition to enforce the order, shall be stricken "
        "by the clerk and returned to the filer.\n\n(c) Enforcement. A petition to enforce an order for"
        " expungement shall state the name of each custodian alleged not to have complied and shall "
        "be served on each such custodian and on the State's Attorney.\n\nCommittee note: Section (b) "
        "is intended to make clear that an order for expungement concludes the criminal action."
    ),
    "y34": (
        "137.227 Effect of set-aside order on later challenges to conviction. (1) As used in this "
        'section, "set-aside order" means an order entered under ORS 137.225 setting aside a judgment'
        " of conviction or a record of arrest, citation or charge.\n\n(2) Upon entry of a set-aside "
        "order, the person named in the order shall be treated for all purposes as if the conviction "
        "had not occurred, and the court records shall be sealed.\n\n(3) Notwithstanding subsection (2)"
        " of this section:\n\n(a) The circuit court retains jurisdiction to hear and determine a "
        "petition for post-conviction relief under ORS 138.510 to 138.680, a motion under ORS 138.697"
        " to vacate the judgment, or a petition for a writ of habeas corpus, challenging the "
        "conviction that was set aside; and\n\n(b) For the purposes of a proceeding described in "
        "paragraph (a) of this subsection, the conviction shall be treated as not set aside, and the "
        "sealed records shall be made available to the court and to the parties.\n\n(4) A set-aside "
        "order may not be pleaded as a bar to a proceeding described in subsection (3) of this "
        "section."
    ),
    "y36": (
        "16-112-203. Writ of error coram nobis — Limitations.\n\n(a) A petition for a writ of error "
        "coram nobis may be filed only to correct an error of fact, extrinsic to the record and "
        "unknown to the court at the time of judgment, which, had it been known, would have prevented"
        " rendition of the judgment.\n\n(b) The writ does not lie, and no court of this state shall "
        "entertain a petition for the writ:\n\n(1) To review a claim that the petitioner was not "
        "advised, or was misadvised, of a collateral consequence of the judgment, including "
        "deportation, exclusion from admission to the United States, or denial of "
        "naturalization;\n\n(2) After the petitioner's sentence has been fully served, or after the "
        "record of the conviction has been sealed under § 16-90-1401 et seq. or the conviction has "
        "been set aside or dismissed; or\n\n(3) Unless the petition is filed with due diligence and "
        "within one (1) year after the petitioner discovered the error of fact.\n\n(c) A petition filed"
        " in violation of subsection (b) of this section shall be dismissed without a hearing."
    ),
    "y37": (
        "(20 ILCS 2630/5.2a)\nSec. 5.2a. Sealed and expunged cases; later proceedings.\n\n(a) Nothing in"
        " Section 5.2 of this Act, and no order entered under it expunging or sealing records, shall "
        "be construed to oust the circuit court of jurisdiction over, or to bar or abate:\n\n(1) a "
        "petition under Article 122 of the Code of Criminal Procedure of 1963;\n\n(2) a petition under "
        "Section 2-1401 of the Code of Civil Procedure;\n\n(3) a motion under Section 113-8 of the Code"
        " of Criminal Procedure of 1963; or\n\n(4) any other action attacking the judgment of "
        "conviction or the order of supervision in the expunged or sealed case,\n\nwhether the "
        "petition, motion or action is filed before or after the order of expungement or sealing is "
        "entered.\n\n(b) For the purposes of a proceeding described in subsection (a), the clerk of the"
        " circuit court shall make the expunged or sealed record available to the court and to the "
        "parties without further order, and the record shall be impounded in the proceeding."
    ),
    "y38": (
        "99-39-5.1. Time limits; waiver; successive motions.\n\n(1) A motion for relief under this "
        "article shall be made within three (3) years after the time in which the prisoner's direct "
        "appeal is ruled upon by the Supreme Court or, in case no appeal is taken, within three (3) "
        "years after the time for taking an appeal from the judgment of conviction or sentence has "
        "expired, or, in case of a guilty plea, within three (3) years after entry of the judgment of"
        " conviction.\n\n(2) Failure by a prisoner to raise objections, defenses, claims, questions, "
        "issues or errors, either in fact or law, which were capable of determination at trial or on "
        "direct appeal, shall constitute a waiver thereof, but the court may, upon a showing of cause"
        " and actual prejudice, grant relief from the waiver.\n\n(3) The court may summarily dismiss a "
        "second or successive motion that raises grounds previously decided on the merits or that the"
        " prisoner deliberately withheld in a prior motion."
    ),
    "y39": (
        "SECTION 17-22-965. Effect of expungement on applications for post-conviction relief.\n\n(A) "
        'For purposes of this section, "expungement order" means an order issued pursuant to Section '
        "17-22-910, 17-22-950, or 22-5-910.\n\n(B) An expungement order does not abate an application "
        "for post-conviction relief, motion for a new trial, or petition for a writ of habeas corpus "
        "concerning the expunged offense that is pending on the date the order is issued, and the "
        "court may proceed to judgment on that application, motion, or petition as though the order "
        "had not been issued.\n\n(C) Except as provided in subsection (B), after an expungement order "
        "has been issued, no court has jurisdiction to entertain an application for post-conviction "
        "relief, a motion for a new trial, or a petition for a writ of habeas corpus concerning the "
        "expunged offense, and any such application, motion, or petition must be dismissed.\n\n(D) "
        "Nothing in this section affects the right of the solicitor to use the expunged record for "
        "the purposes set out in Section 17-22-950(B)."
    ),
    "y40": (
        "23A-3-38. Destruction of records upon expungement -- Reply to inquiries.\n\nWithin sixty days "
        "after an order of expungement under § 23A-3-27 becomes final, the clerk of courts shall "
        "destroy all paper and electronic records of the case, including the file, the docket "
        "entries, and any recording or transcript of the proceedings, other than the order itself, "
        "and no copy of any destroyed record shall be retained.\n\nThereafter, the clerk of courts, the"
        " court, and every agency named in the order shall reply to any inquiry concerning the case, "
        "including an inquiry by the person who is the subject of the order, that no record exists. "
        "The order of expungement shall be kept by the Unified Judicial System in a confidential "
        "index that may be searched only by a judge or a prosecuting attorney for the purpose of "
        "determining eligibility for a later expungement.\n\nA person who obtains or discloses "
        "information from a record destroyed under this section, except as provided in this section, "
        "is guilty of a Class 2 misdemeanor."
    ),
}

PROBES = [
    ("y01", "court-jurisdiction", "present"),
    ("y02", "court-jurisdiction", "contrary"),
    ("y03", "court-jurisdiction", "absent"),
    ("y03", "vacatur-for-cause", "absent"),
    ("y04", "court-jurisdiction", "present"),
    ("y05", "court-jurisdiction", "partial"),
    ("y06", "court-jurisdiction", "contrary"),
    ("y07", "court-jurisdiction", "present"),
    ("y08", "court-jurisdiction", "absent"),
    ("y09", "court-jurisdiction", "contrary"),
    ("y10", "court-jurisdiction", "present"),
    ("y10", "vacatur-for-cause", "present"),
    ("y12", "court-jurisdiction", "contrary"),
    ("y13", "court-jurisdiction", "present"),
    ("y14", "court-jurisdiction", "absent"),
    ("y15", "court-jurisdiction", "contrary"),
    ("y16", "court-jurisdiction", "present"),
    ("y16", "vacatur-for-cause", "present"),
    ("y17", "court-jurisdiction", "partial"),
    ("y18", "court-jurisdiction", "contrary"),
    ("y18", "record-access", "contrary"),
    ("y19", "court-jurisdiction", "present"),
    ("y20", "court-jurisdiction", "absent"),
    ("y21", "court-jurisdiction", "contrary"),
    ("y22", "court-jurisdiction", "present"),
    ("y23", "court-jurisdiction", "partial"),
    ("y25", "court-jurisdiction", "present"),
    ("y26", "court-jurisdiction", "absent"),
    ("y27", "court-jurisdiction", "contrary"),
    ("y27", "record-access", "contrary"),
    ("y28", "court-jurisdiction", "present"),
    ("y28", "record-access", "present"),
    ("y29", "record-access", "contrary"),
    ("y30", "court-jurisdiction", "contrary"),
    ("y31", "court-jurisdiction", "present"),
    ("y32", "court-jurisdiction", "absent"),
    ("y33", "court-jurisdiction", "contrary"),
    ("y34", "court-jurisdiction", "present"),
    ("y36", "court-jurisdiction", "contrary"),
    ("y37", "court-jurisdiction", "present"),
    ("y38", "court-jurisdiction", "absent"),
    ("y39", "court-jurisdiction", "contrary"),
    ("y40", "court-jurisdiction", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
