"""`billkit check` on whether a court keeps its power to hear a later challenge to a conviction once the
record has been cleared, in the shapes of clean-slate bills, deferred-judgment statutes, post-conviction
acts and court rules.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. Probes the reader modelled on a
test file of the corpus are left out of these tests. They pin down, among others:
- the power kept in full only when it is tied to the record's clearing ("the withdrawal of the plea, the
  dismissal of the charges, and the sealing of the record ... do not deprive the district court of
  jurisdiction"); the same power kept "at any time" or "notwithstanding that the sentence has been
  served", with no word of a cleared record, is `partial`; and power kept only to mend the cleared record
  ("to correct, amend, or supplement the record of the expunged case") is `partial`;
- near misses that keep no challenge open: a court keeping an offender's prison term open to be shortened,
  a clerical mistake, a later application under the same record-relief act, a savings of "any other
  remedy" in a vacatur statute;
- the power taken away in words a reader must find: a court rule that "shall not entertain" a motion
  "after the order of expungement or shielding has been entered"; capitalised new text in a bill that a
  motion challenging "the expunged conviction shall not be entertained by any court" (the code's initials,
  "K.S.A.", end no sentence); a court that has jurisdiction "only if" the petitioner "is incarcerated ...
  or on probation or parole", and must "dismiss the petition for want of jurisdiction" once the sentence
  is served and the record sealed; an automatic expungement on which "all proceedings in the case,
  including any motion to vacate, ... shall be terminated";
- vacatur granted by a statute that gives the court "jurisdiction and authority to hear and decide a
  motion by the defendant to vacate the plea on the ground that it was obtained in violation of the
  constitution", and by an order that "vacates both the conviction and the order setting it aside". Rows
  the rules still read otherwise are left out, and named in the session's note.

"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "k01": (
        "SEC. 7. Section 29-3811 is added to the Code of Criminal Procedure, to read:\n29-3811. "
        "Continuing authority of the convicting court.\n(a) The sealing of a conviction record under "
        "Section 29-3806 or 29-3807, whether the record is sealed on petition or through the "
        "automated process established by Section 29-3808, does not end, suspend, or narrow the "
        "jurisdiction of the court that entered the judgment.\n(b) After a record has been sealed, the"
        " court described in subdivision (a) may hear and decide any later motion or petition that "
        "attacks the conviction or the sentence, including a motion to withdraw a plea of guilty or "
        "nolo contendere, a motion to vacate the judgment, a petition for post-conviction relief, and"
        " an application for a writ of error coram nobis, in the same manner and to the same extent "
        "as if the record had not been sealed.\n(c) For the purpose of a proceeding described in "
        "subdivision (b), the clerk shall make the sealed file available to the court, the moving "
        "party, the moving party's counsel, and the prosecuting attorney, and shall reseal the file "
        "at the close of the proceeding."
    ),
    "k02": (
        "Sec. 14. Effect of order of expungement.\n(1) Upon entry of an order under section 12 of this"
        " act, the arrest, charge, conviction, and sentence shall be treated for all purposes of "
        "state law as if they had not occurred, except as provided in section 16 of this act.\n(2) "
        "Except for the limited purpose of correcting a clerical error in the order itself, the entry"
        " of an order under section 12 concludes the criminal action, and the court that entered the "
        "order loses jurisdiction over the case. After the order is entered, no motion to withdraw a "
        "plea, to vacate or set aside the judgment, or for any other post-judgment relief concerning "
        "the expunged conviction may be filed in or heard by any court of this state.\n(3) Within "
        "thirty days after receiving a copy of the order, each agency named in it shall remove the "
        "records of the case from its files and certify to the court that it has done so."
    ),
    "k03": (
        "§ 15A-1420.5. Motion to vacate conviction entered on plea; immigration grounds.\n(a) A "
        "defendant who was convicted on a plea of guilty or no contest may at any time move to vacate"
        " the judgment on any of the following grounds:\n(1) The plea was not knowing, intelligent, "
        "and voluntary because the defendant was not correctly advised of the actual or potential "
        "immigration consequences of the plea.\n(2) The defendant received ineffective assistance of "
        "counsel in connection with the plea, including affirmative misadvice about removal, "
        "inadmissibility, or naturalization.\n(3) The judgment was entered by a court that lacked "
        "jurisdiction over the offense.\n(b) The motion shall be filed in the court in which the "
        "judgment was entered. A motion under this section is not subject to the time limits of G.S. "
        "15A-1415, and the completion of the sentence is not a ground for its denial.\n(c) If the "
        "court finds by a preponderance of the evidence that a ground listed in subsection (a) of "
        "this section is established, it shall vacate the judgment and permit the defendant to "
        "withdraw the plea."
    ),
    "k05": (
        "Section 1. The criminal procedure law is amended by adding a new section 160.61 to read as "
        "follows:\n§ 160.61 Sealed convictions; later motions. 1. A court in which a conviction was "
        "entered shall retain jurisdiction over the action after the conviction has been sealed "
        "pursuant to section 160.57, 160.58 or 160.59 of this article, for the purpose of hearing and"
        " determining any motion made pursuant to article four hundred forty of this chapter, or any "
        "application for a writ of error coram nobis, concerning that conviction.\n2. Upon the making "
        "of such a motion or application, the clerk of the court shall unseal the record of the "
        "action to the extent required to determine it. That the record has been sealed shall not be "
        "a ground to deny or dismiss the motion or application.\n§ 2. This act shall take effect on "
        "the one hundred twentieth day after it shall have become a law and shall apply to "
        "convictions sealed before, on or after such date."
    ),
    "k06": (
        "Sec. 5-7-12. DISCHARGE AND DISMISSAL.\n(a) On expiration of a period of deferred adjudication"
        " imposed under Section 5-7-4, if the judge has not proceeded to an adjudication of guilt, "
        "the judge shall dismiss the proceedings against the defendant and discharge the "
        "defendant.\n(b) A dismissal and discharge under this section may not be deemed a conviction "
        "for the purposes of disqualifications or disabilities imposed by law, except as provided by "
        "Subsection (d).\n(c) On entry of the order of dismissal and discharge, the court's "
        "jurisdiction over the defendant and over the case terminates. The plea of guilty or nolo "
        "contendere entered under Section 5-7-3 may not afterward be withdrawn, and no court may "
        "receive or hear a motion, application, or petition that challenges the plea, the order "
        "deferring adjudication, or the dismissal.\n(d) The fact that the defendant received deferred "
        "adjudication may be used to enhance the punishment for a later offense as provided by "
        "Section 12.42, Penal Code."
    ),
    "k07": (
        "Rule 7.09. Motion to Withdraw Plea Based on Immigration Consequences.\n(a) Grounds. On motion"
        " of the defendant, the court shall permit the defendant to withdraw a plea of guilty or no "
        "contest and shall vacate the judgment if the defendant shows that:\n(1) the court did not "
        "give the advisement required by Rule 7.04(c)(3) before accepting the plea; or\n(2) defense "
        "counsel failed to advise the defendant of an immigration consequence of the plea that was "
        "clear from the face of federal law.\n(b) Time. A motion under this rule shall be deemed "
        "timely if it is filed within one year after the later of:\n(1) the date the judgment became "
        "final; or\n(2) the date on which the defendant first received written notice from a federal "
        "immigration authority that the conviction is a basis for removal, for denial of "
        "naturalization, or for inadmissibility.\n(c) Sentence Completed. A motion is not untimely, "
        "and may not be denied, because the defendant has completed the sentence or is no longer on "
        "probation.\n(d) Hearing. The court shall hold a hearing unless the files and records "
        "conclusively show that the defendant is not entitled to relief."
    ),
    "k08": (
        "18-1.3-104.5. Challenge to plea after completed deferred judgment.\n(1) As used in this "
        'section, "completed deferred judgment" means a case in which a guilty plea was withdrawn and'
        " the charges were dismissed with prejudice after the defendant complied with the terms of a "
        "deferred judgment and sentence, and includes such a case in which the record was afterward "
        "sealed pursuant to part 7 of article 72 of title 24.\n(2) The withdrawal of the plea, the "
        "dismissal of the charges, and the sealing of the record in a completed deferred judgment do "
        "not deprive the district court of jurisdiction over the case. Notwithstanding the time "
        "limits of section 16-5-402, the court that accepted the plea retains jurisdiction and "
        "authority to hear and decide a motion by the defendant to vacate the plea on the ground that"
        " it was obtained in violation of the constitution or laws of the United States or of this "
        "state, including a failure to advise the defendant of the immigration consequences of the "
        "plea.\n(3) If the court grants the motion, it shall vacate the plea and the case shall "
        "proceed as if the plea had never been entered."
    ),
    "k09": (
        "§ 32-9-402. Deferred imposition of sentence; jurisdiction during deferral.\n(a) When the "
        "court defers the imposition of sentence under § 32-9-401, the court retains jurisdiction "
        "over the defendant throughout the period of deferral and may, on motion of the state or on "
        "its own motion and after notice and a hearing, modify the conditions of supervision, extend "
        "the period of deferral by not more than one (1) year, or revoke the deferral and impose "
        "sentence.\n(b) The jurisdiction of the court under subsection (a) continues during any period"
        " in which the defendant has absconded from supervision or a petition to revoke is pending, "
        "notwithstanding the expiration of the period of deferral.\n(c) Upon the defendant's "
        "successful completion of the period of deferral, the court shall discharge the defendant and"
        " dismiss the charge, and the clerk shall seal the record of the proceedings in the manner "
        "provided in § 40-32-101(a)(3)."
    ),
    "k10": (
        "Rule 4-331.2. MOTIONS AFTER EXPUNGEMENT OR SHIELDING\n(a) Scope. This Rule applies to a "
        "motion for a new trial, a motion to correct an illegal sentence, a motion to withdraw a "
        "plea, and a petition under the Uniform Postconviction Procedure Act, that concerns a "
        "judgment of conviction the records of which have been expunged or shielded under Title 10, "
        "Subtitle 1 of the Criminal Procedure Article.\n(b) Bar. The court shall not entertain a "
        "motion or petition within the scope of this Rule after the order of expungement or shielding"
        " has been entered, unless that order has first been rescinded on the application of the "
        "person who obtained it.\n(c) Disposition. A motion or petition filed in violation of section "
        "(b) of this Rule shall be dismissed without a hearing, and the clerk shall return any papers"
        " filed with it."
    ),
    "k11": (
        "547.045. Motion to vacate for legal invalidity, persons no longer incarcerated. — 1. A "
        "person convicted of an offense in this state who is no longer incarcerated for that offense "
        "may file a motion to vacate or set aside the judgment in the circuit court in which the "
        "charges were filed, on the ground that the plea or conviction is legally invalid because of "
        "an error that kept the person from understanding, contesting, or knowingly accepting the "
        "actual or potential adverse immigration consequences of the plea.\n2. The circuit court in "
        "which the charges were filed shall have jurisdiction and power to hear and rule on the "
        "motion at any time, and the motion shall not be subject to the time limits of supreme court "
        "rule 24.035 or 29.15.\n3. If the court finds that the movant has established the ground "
        "stated in subsection 1 of this section by a preponderance of the evidence, the court shall "
        "vacate the judgment and permit the movant to withdraw the plea."
    ),
    "k12": (
        "610.146. Venue — jurisdiction over petitions — transfer. — 1. A petition to expunge records "
        "under section 610.140 shall be filed in the circuit court of the county in which the "
        "petitioner was charged or, if the offense was charged in a municipal division, in the "
        "circuit court of the county in which the municipality is located.\n2. The circuit court in "
        "which a petition is properly filed shall have jurisdiction to hear and determine the "
        "petition and to order each agency named in it to close its records relating to the offenses "
        "listed.\n3. If the petitioner seeks the expungement of offenses charged in more than one "
        "county, the petitioner shall file a separate petition in each county. A petition filed in "
        "the wrong county shall be transferred to the proper court and shall not be dismissed for "
        "that reason."
    ),
    "k13": (
        "EXPLANATION: Matter in CAPITAL LETTERS is new; matter in [brackets] is existing law to be "
        "deleted.\n\nSection 2. Section 17-27-11 of the General Laws is hereby amended to read as "
        "follows:\n17-27-11. Effect of expungement. (a) Upon the entry of an order of expungement, the"
        " person shall be released from all penalties and disabilities resulting from the offense, "
        "except as provided in § 17-27-14.\n(b) [The entry of an order of expungement shall terminate "
        "the jurisdiction of the court over the case, and no further motion or petition concerning "
        "the expunged conviction shall be entertained.] THE ENTRY OF AN ORDER OF EXPUNGEMENT SHALL "
        "NOT TERMINATE OR LIMIT THE JURISDICTION OF THE COURT OVER THE CASE. THE COURT MAY HEAR AND "
        "GRANT A MOTION TO VACATE THE CONVICTION, A MOTION TO WITHDRAW A PLEA, OR AN APPLICATION FOR "
        "POST-CONVICTION RELIEF CONCERNING THE EXPUNGED CONVICTION, AND THE EXPUNGED RECORDS SHALL BE"
        " MADE AVAILABLE TO THE COURT AND THE PARTIES FOR THAT PURPOSE.\nSection 3. This act shall "
        "take effect upon passage."
    ),
    "k14": (
        "EXPLANATION—Matter in CAPITALS is new; matter in brackets [ ] is existing law to be "
        "omitted.\n\nSec. 3. K.S.A. 21-6614a is hereby amended to read as follows: 21-6614a. (a) When "
        "an order of expungement is entered, the conviction is set aside and the petitioner shall be "
        "treated as not having been convicted of the crime, except as provided in subsection (c).\n(b)"
        " [An order of expungement does not prevent the court from later hearing a motion under "
        "K.S.A. 60-1507 or K.S.A. 22-3210 that challenges the expunged conviction.] AN ORDER OF "
        "EXPUNGEMENT IS A FINAL DISPOSITION OF THE CASE. AFTER THE ORDER IS ENTERED, A MOTION UNDER "
        "K.S.A. 60-1507 OR K.S.A. 22-3210 THAT CHALLENGES THE EXPUNGED CONVICTION SHALL NOT BE "
        "ENTERTAINED BY ANY COURT OF THIS STATE.\n(c) The conviction may be considered as a prior "
        "conviction in any later prosecution and shall be disclosed in an application for employment "
        "as a detective with a private detective agency.\nSec. 4. K.S.A. 21-6614a is hereby repealed."
    ),
    "k15": (
        "(f) Relationship to other relief.--\n(1) The automatic sealing of a record under this section"
        " does not preclude the individual from petitioning for expungement of the same record under "
        "section 9122 or for an order for limited access under section 9122.1.\n(2) The denial of "
        "automatic sealing, whether because of an outstanding court-ordered financial obligation or "
        "an error in the records of the central repository, shall not be construed to bar a later "
        "petition for sealing under section 9122.5.\n(3) Nothing in this section shall be construed to"
        " limit any other remedy available to an individual to restrict access to criminal history "
        "record information, including an action against a criminal justice agency under section "
        "9183."
    ),
    "k16": (
        "§ 12-1-16.3. Construction.\n(a) This chapter is remedial and shall be liberally construed to "
        "carry out its purpose of reducing the collateral consequences of old convictions.\n(b) "
        "Nothing in this chapter shall be construed to abrogate, restrict, or make conditional upon "
        "the unsealing of a record the authority of any court of this state to vacate, set aside, or "
        "modify a judgment of conviction or sentence, or to permit the withdrawal of a plea, in a "
        "case in which the record has been sealed under this chapter.\n(c) An order sealing a record "
        "under this chapter is not an adjudication of any claim that the conviction is invalid, and "
        "the entry of the order shall not be raised as a bar to such a claim."
    ),
    "k17": (
        "46-18-1101. Definitions. As used in this part, the following definitions apply:\n(1) "
        '"Conviction record" means information held by a court or criminal justice agency that a '
        'person was arrested for, charged with, or convicted of an offense.\n(2) "Expunge" means to '
        "remove from public access all records of an arrest, charge, and conviction, and to conclude "
        "the criminal action for all purposes, so that no court retains jurisdiction to consider any "
        "further motion, petition, or application concerning the action, other than an application to"
        ' unseal under 46-18-1110.\n(3) "Petitioner" means a person who files a petition under '
        "46-18-1103.\n46-18-1104. Order. If the court finds that the petitioner meets the requirements"
        " of 46-18-1103 and that expungement is in the interest of justice, the court shall expunge "
        "the conviction record of the offense named in the petition."
    ),
    "k18": (
        "(9) Nothing in this section shall be construed to:\n(a) Relieve a person whose record is "
        "closed under this section of any obligation to pay restitution ordered in the case;\n(b) "
        "Affect the jurisdiction of the sentencing court to enforce, collect, or modify an order of "
        "restitution entered before the record was closed;\n(c) Require the destruction of records "
        "held by the crime victims' compensation fund; or\n(d) Limit the authority of a prosecuting "
        "attorney to use a closed record in a later prosecution as permitted by section 610.120."
    ),
    "k19": (
        'Section 1. Definitions. In this Act:\n(a) "Clear" or "clearance" means the sealing of a '
        "conviction record under Section 3 or Section 4 of this Act. A cleared conviction remains "
        "within the continuing jurisdiction of the court that entered it for the purpose of any "
        "motion or petition that challenges the validity of the conviction or of the plea on which it"
        ' rests.\n(b) "Clearance order" means an order of the court, or a notice issued by the '
        'Department under Section 4, that a conviction has been cleared.\n(c) "Department" means the '
        "Department of State Police.\nSection 5. Effect of clearance. Except as provided in Section "
        "1(a) and Section 6, a cleared conviction shall be treated as if it had never occurred, and "
        "the person may deny its existence in response to any inquiry."
    ),
    "k20": (
        "(e) Expungement of a record under this section does not deprive the court of jurisdiction to"
        " correct, amend, or supplement the record of the expunged case on motion of the person, the "
        "prosecuting attorney, or the central repository, including to correct the person's name or "
        "date of birth, the description of the offense, or the disposition shown in the record, or to"
        " reissue a lost or defective order of expungement. Any other motion or petition concerning "
        "an expunged case shall be governed by the law otherwise applicable to it."
    ),
    "k21": (
        "Sec. 2929.205. Judicial modification of short prison terms.\n(A) The sentencing court retains"
        " jurisdiction over an offender who is serving a prison term of five years or less for one "
        "hundred eighty days after the offender is delivered to the department of rehabilitation and "
        "correction.\n(B) During the period described in division (A) of this section, the court, on "
        "motion of the offender or on its own motion, may suspend the unserved part of the prison "
        "term and place the offender under community control sanctions, if the court finds that the "
        "offender has shown genuine progress in rehabilitation and that release will not endanger the"
        " public.\n(C) After the period described in division (A) of this section has expired, the "
        "court may reduce or modify the prison term only as provided in section 2929.206 of the "
        "Revised Code.\n(D) An order under this section does not affect the offender's eligibility to "
        "apply for the sealing of the record of conviction under section 2953.32 of the Revised Code."
    ),
    "k22": (
        "Section 4. Grounds for relief. A person convicted of a crime in this State may institute a "
        "proceeding under this Act to vacate, set aside, or correct the judgment of conviction or "
        "sentence on the ground that:\n(a) the conviction was obtained or the sentence imposed in "
        "violation of the Constitution of the United States or the Constitution of this State, "
        "including by the denial of the effective assistance of counsel;\n(b) the court was without "
        "jurisdiction to impose the sentence; or\n(c) the plea of guilty was not entered knowingly and"
        " voluntarily.\nSection 8. Limitations on relief.\n(a) The court shall not entertain an "
        "application under this Act that is filed more than one year after the judgment became final "
        "or after the applicant's sentence was fully discharged, whichever occurs first.\n(b) No court"
        " shall have jurisdiction to consider a second or successive application concerning the same "
        "judgment of conviction."
    ),
    "k23": (
        "§ 5-1109. Effect of order setting aside conviction.\n(a) When a conviction is set aside under"
        " § 5-1105, the court shall order the case closed and the clerk shall restrict public access "
        "to the record of the case.\n(b) Except as provided in subsection (c) of this section, the "
        "court shall take no further action in a case closed under subsection (a) of this "
        "section.\n(c) The court that set aside the conviction retains jurisdiction to hear and decide"
        " a motion by the defendant to withdraw the plea or to vacate the conviction on the ground "
        "that:\n(1) the defendant was not advised, as required by § 5-402, of the possible immigration"
        " consequences of the plea;\n(2) the defendant was denied the effective assistance of counsel;"
        " or\n(3) the judgment was otherwise obtained in violation of the defendant's rights under the"
        " Constitution of the United States or of this State.\n(d) An order granting a motion under "
        "subsection (c) of this section vacates both the conviction and the order setting it aside."
    ),
    "k24": (
        "(3) Who may file. A petition under this section may be filed by a person who is in custody, "
        "on probation, on parole, or under any other form of supervision, or who has completed the "
        "sentence. The petitioner's custody status at the time of filing, or a change in that status "
        "while the petition is pending, shall not be a ground to deny or dismiss the petition.\n(4) "
        "Grounds. The court shall vacate the judgment and permit the petitioner to withdraw the plea "
        "if the petitioner proves by a preponderance of the evidence that:\n(a) the plea was not "
        "knowing and voluntary because counsel failed to advise the petitioner that the plea would, "
        "or was likely to, result in removal from the United States; or\n(b) the conviction was "
        "otherwise obtained in violation of the petitioner's rights under the Constitution of the "
        "United States or of this state.\n(5) Hearing. The petitioner may appear by counsel or by "
        "video if the petitioner is outside the United States."
    ),
    "k25": (
        "§ 2126. Jurisdictional prerequisite.\n1. A court has jurisdiction to entertain a petition for"
        " post-conviction review of a criminal judgment only if, at the time the petition is filed, "
        "the petitioner is incarcerated under the judgment, is on probation or parole under it, or is"
        " subject to an unpaid fine or unpaid restitution imposed by it.\n2. A petitioner whose "
        "sentence has been fully served and whose record of conviction has been sealed or expunged "
        "does not meet the requirement of subsection 1, and the court shall dismiss the petition for "
        "want of jurisdiction.\n3. Subsection 1 does not limit the jurisdiction of the court to "
        "correct a clerical mistake in a judgment under Rule 36 of the Rules of Unified Criminal "
        "Procedure."
    ),
    "k26": (
        "Sec. 9. Automatic sealing; relationship to post-conviction remedies.\n(a) Not later than the "
        "first business day of each month, the Administrative Office of the Courts shall identify "
        "each conviction that has become eligible for sealing under Section 8 of this Act and shall "
        "seal the record of it without the filing of a petition.\n(b) Sealing under this Section does "
        "not limit the authority of a court to hear or grant a petition for post-conviction relief, a"
        " motion to vacate or set aside a judgment, a motion to withdraw a plea, or any other "
        "collateral attack on a sealed conviction. When such a petition or motion is filed, the clerk"
        " shall unseal the court file to the extent necessary for the proceeding, without a separate "
        "order.\n(c) Sealing under this Section does not bar a petition under Section 10 of this Act "
        "for expungement of the same record."
    ),
    "k27": (
        "16-3-6.1. Vacating convictions of victims of human trafficking.\n(a) A person convicted of a "
        "misdemeanor, or of a felony other than a serious violent felony, may petition the court that"
        " imposed the sentence to vacate the conviction and sentence if the person's participation in"
        " the offense was a direct result of having been a victim of trafficking of persons for labor"
        " or sexual servitude.\n(b) The sentencing court shall keep jurisdiction and authority to hear"
        " the petition and to vacate the conviction and sentence, notwithstanding that the sentence "
        "has been served or that the time for a motion for new trial has expired.\n(c) A petition "
        "concerning a felony may be filed no earlier than one year after the person completes the "
        "sentence.\n(d) If the court grants the petition, it shall vacate the conviction and sentence "
        "and dismiss the accusation or indictment."
    ),
    "k28": (
        "Rule 37.1. Grounds. A person convicted in a circuit court who claims that the sentence was "
        "imposed in violation of the Constitution of the United States or of this state, that the "
        "court imposing it was without jurisdiction to do so, or that the plea of guilty on which the"
        " judgment rests was not voluntarily and intelligently entered, may file a petition in the "
        "court that imposed the sentence asking that the judgment be vacated or the sentence "
        "corrected.\nRule 37.2. Time for filing. (a) If the conviction was obtained on a plea of "
        "guilty, a petition under this rule must be filed within ninety (90) days after the date the "
        "judgment was entered.\n(b) If the conviction was appealed, a petition under this rule must be"
        " filed within sixty (60) days after the date the mandate issues.\n(c) All grounds for relief "
        "must be raised in the original petition."
    ),
    "k29": (
        "1473.9. (a) A person who is no longer in criminal custody may file a motion to vacate a "
        "conviction or sentence on the ground that the conviction or sentence is legally invalid "
        "because of an error that kept the person from understanding, defending against, or knowingly"
        " accepting the actual or potential immigration consequences of a plea of guilty or nolo "
        "contendere.\n(b) A motion under this section may be filed, heard, and granted whether or not "
        "the conviction has been dismissed under Section 1203.4 or 1203.4a, or the record sealed "
        "under Section 1203.425 or 851.91. An order entered under any of those sections does not "
        "deprive the court of jurisdiction over the motion.\n(c) If the court grants the motion, it "
        "shall allow the moving party to withdraw the plea."
    ),
    "k30": (
        "§ 20-9-3. Conditions of order of expungement.\n(a) Before entering an order under § 20-9-2, "
        "the court shall require the petitioner to sign, in open court, a written statement "
        "acknowledging that:\n(1) the petitioner understands the effect of the order as described in §"
        " 20-9-4; and\n(2) the petitioner waives any right to seek post-conviction relief, to move to "
        "withdraw the plea, or to appeal the judgment, in the case to be expunged.\n(b) After entry of"
        " the order, no court of this state shall have jurisdiction to hear a claim waived under "
        "subdivision (a)(2) of this section.\n(c) The clerk shall file the signed statement with the "
        "order and shall keep it with the sealed record of the case."
    ),
    "k31": (
        "(4) Effect of order. Upon the entry of an order of expunction under this section:\n(a) The "
        "arrest, charge, and conviction shall be deemed not to have occurred, and the petitioner may "
        "lawfully deny or decline to acknowledge them in response to any inquiry, except in an "
        "application for employment with a criminal justice agency, for a license to practice law, or"
        " for a position of trust with children;\n(b) The clerk of the court and each agency named in "
        "the order shall remove the records of the case from files open to the public within sixty "
        "days and shall keep them in a confidential file; and\n(c) The petitioner shall be restored, "
        "in the contemplation of the law, to the status the petitioner occupied before the arrest, "
        "and no person shall be held to be guilty of perjury or false statement by reason of a "
        "failure to recite or acknowledge the expunged matter."
    ),
    "k32": (
        "9-27-309.1. Sealed juvenile records — Later proceedings.\n(a) The sealing of a juvenile "
        "record under § 9-27-309 does not deprive the circuit court of jurisdiction over the "
        "delinquency case for the purposes stated in this section, and that jurisdiction continues "
        "after the juvenile reaches twenty-one (21) years of age.\n(b) The court may hear and grant a "
        "motion by the person who was the subject of the adjudication to set aside the adjudication, "
        "to withdraw an admission, or for a new hearing, on the ground that the adjudication was "
        "obtained in violation of the person's rights under the United States Constitution or the "
        "Arkansas Constitution, including the right to counsel and the right to be advised of the "
        "consequences of an admission.\n(c) For the purpose of a motion under subsection (b) of this "
        "section, the clerk shall provide the sealed record to the court and to the parties."
    ),
    "k34": (
        "1203.4c. (a) When a defendant has fulfilled the conditions of probation for its entire "
        "period, or has been discharged from probation before its end, or when the court, in its "
        "discretion and in the interests of justice, finds that relief should be granted, the court "
        "shall permit the defendant to withdraw the plea of guilty or nolo contendere and enter a "
        "plea of not guilty, and shall then dismiss the accusatory pleading against the "
        "defendant.\n(b) An order under subdivision (a) is the final order in the action. Upon its "
        "entry, the court shall have no further jurisdiction in the action, and no later motion to "
        "vacate the judgment, to withdraw a plea, or to obtain any other relief from the conviction "
        "shall be entertained, except a motion to correct a clerical error in the order.\n(c) The "
        "defendant shall be informed of the provisions of this section, either orally or in writing, "
        "at the time of being granted probation."
    ),
    "k35": (
        "RULE 3.853A. EFFECT OF SEALING OR EXPUNCTION ON POSTCONVICTION MOTIONS\n(a) Applicability. "
        "This rule applies to any motion under rule 3.800, rule 3.850, or rule 3.170(l) that concerns"
        " a judgment or a plea whose criminal history record has been sealed or expunged under "
        "section 943.0585 or section 943.059, Florida Statutes.\n(b) Jurisdiction Preserved. The "
        "sealing or expunction of a criminal history record does not divest the trial court of "
        "jurisdiction to consider and rule on a motion within the scope of this rule. The court shall"
        " not deny or dismiss such a motion on the ground that the record has been sealed or "
        "expunged.\n(c) Access to File. On the filing of a motion within the scope of this rule, the "
        "clerk shall give the judge, the movant, and the state attorney access to the sealed or "
        "expunged court file."
    ),
    "k36": (
        "Sec. 11. Finality of orders; appeal.\n(a) An order granting a petition for expungement is a "
        "final order and may be appealed by the state within thirty days after it is entered.\n(b) "
        "After the time for appeal has run, or after the order is affirmed on appeal, an order "
        "granting expungement is conclusive and is not subject to collateral attack by any agency or "
        "party to the proceeding.\n(c) An order denying a petition for expungement may be appealed by "
        "the petitioner. The denial of a petition does not bar the petitioner from filing a new "
        "petition for the same offense after one year has elapsed from the date of denial."
    ),
    "k37": (
        "Section 6. (a) Notwithstanding any other provision of law, and except as provided in "
        "subsection (b) of this section, upon the automatic expungement of a conviction pursuant to "
        "this Act, all proceedings in the case, including any motion to vacate, set aside, or correct"
        " the judgment or sentence, any motion to withdraw a plea of guilty or nolo contendere, and "
        "any petition for post-conviction relief, whether pending on the date of expungement or filed"
        " after that date, shall be terminated, and the court in which the conviction was entered "
        "shall dismiss every such motion or petition without reaching its merits.\n(b) Subsection (a) "
        "of this section shall not apply to a motion to enforce or modify an order of "
        "restitution.\n(c) The Judicial Department shall notify each person whose motion or petition "
        "is dismissed under subsection (a) of this section of the dismissal."
    ),
    "k39": (
        "Sec. 4. Motion to vacate; other remedies.\n(1) A person convicted of an offense on a plea of "
        "guilty or nolo contendere may move to vacate the conviction if the plea was entered without "
        "the advisement required by section 2 of this act, or was induced by counsel's incorrect "
        "advice about the risk of deportation.\n(2) If the court finds that a ground stated in "
        "subsection (1) of this section is established, it shall vacate the conviction and permit the"
        " person to withdraw the plea.\n(3) The remedy provided by this section is in addition to, and"
        " does not limit, any other remedy available under the constitution or laws of this state, "
        "including a petition for a writ of habeas corpus or for a writ of error coram nobis."
    ),
    "k40": (
        "SECTION 2. Article 42A.112, Code of Criminal Procedure, is amended by adding Subsection (c) "
        "to read as follows:\n(c) A dismissal and discharge under Article 42A.111, or an order of "
        "nondisclosure of criminal history record information issued under Subchapter E-1, Chapter "
        "411, Government Code, with respect to the offense, does not deprive the court that placed "
        "the defendant on deferred adjudication community supervision of jurisdiction to consider an "
        "application for a writ of habeas corpus under Article 11.072, or a motion by the defendant, "
        "alleging that the plea of guilty or nolo contendere was involuntary or was entered in "
        "violation of the defendant's rights. The court may grant relief on the application or motion"
        " notwithstanding the dismissal or order of nondisclosure.\nSECTION 3. The change in law made "
        "by this Act applies to a dismissal and discharge or order of nondisclosure entered before, "
        "on, or after the effective date of this Act."
    ),
}

PROBES = [
    ("k01", "court-jurisdiction", "present"),
    ("k02", "court-jurisdiction", "contrary"),
    ("k03", "court-jurisdiction", "absent"),
    ("k03", "vacatur-for-cause", "present"),
    ("k05", "court-jurisdiction", "present"),
    ("k06", "court-jurisdiction", "contrary"),
    ("k06", "vacatur-for-cause", "absent"),
    ("k07", "court-jurisdiction", "absent"),
    ("k07", "vacatur-for-cause", "present"),
    ("k08", "court-jurisdiction", "present"),
    ("k08", "vacatur-for-cause", "present"),
    ("k09", "court-jurisdiction", "absent"),
    ("k09", "vacatur-for-cause", "absent"),
    ("k10", "court-jurisdiction", "contrary"),
    ("k11", "court-jurisdiction", "partial"),
    ("k11", "vacatur-for-cause", "present"),
    ("k12", "court-jurisdiction", "absent"),
    ("k13", "court-jurisdiction", "present"),
    ("k14", "court-jurisdiction", "contrary"),
    ("k15", "court-jurisdiction", "absent"),
    ("k16", "court-jurisdiction", "present"),
    ("k17", "court-jurisdiction", "contrary"),
    ("k18", "court-jurisdiction", "absent"),
    ("k19", "court-jurisdiction", "present"),
    ("k20", "court-jurisdiction", "partial"),
    ("k21", "court-jurisdiction", "absent"),
    ("k22", "court-jurisdiction", "contrary"),
    ("k22", "vacatur-for-cause", "present"),
    ("k23", "court-jurisdiction", "present"),
    ("k23", "vacatur-for-cause", "present"),
    ("k24", "court-jurisdiction", "absent"),
    ("k24", "vacatur-for-cause", "present"),
    ("k25", "court-jurisdiction", "contrary"),
    ("k26", "court-jurisdiction", "present"),
    ("k27", "court-jurisdiction", "partial"),
    ("k27", "vacatur-for-cause", "present"),
    ("k28", "court-jurisdiction", "absent"),
    ("k28", "vacatur-for-cause", "present"),
    ("k29", "court-jurisdiction", "present"),
    ("k29", "vacatur-for-cause", "present"),
    ("k30", "court-jurisdiction", "contrary"),
    ("k31", "court-jurisdiction", "absent"),
    ("k32", "court-jurisdiction", "present"),
    ("k32", "vacatur-for-cause", "present"),
    ("k34", "court-jurisdiction", "contrary"),
    ("k34", "vacatur-for-cause", "absent"),
    ("k35", "court-jurisdiction", "present"),
    ("k36", "court-jurisdiction", "absent"),
    ("k37", "court-jurisdiction", "contrary"),
    ("k39", "court-jurisdiction", "absent"),
    ("k39", "vacatur-for-cause", "present"),
    ("k40", "court-jurisdiction", "present"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
