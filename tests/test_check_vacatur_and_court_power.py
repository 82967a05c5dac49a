"""`billkit check` on vacatur for cause, the presumption of invalidity and the court's power after relief, in
post-conviction statutes, court rules and record-clearance bills.

The texts are a second, critical reader's probes, written for these tests (no source), six to fifteen
sentences long: grounds listed apart from the grant, coram nobis, trafficking vacatur, misadvice about
immigration consequences, time limits and procedural bars. The reader wrote the expected status of each
practice before the first run and judged only the tool's output. They pin down, among others:
- grants in unusual words ("shall grant the motion if it finds any of the following", "annulled", a proceeding
  "begun" on listed grounds, counsel who "misstated, or failed to state, an immigration consequence");
- relief that is not a vacatur of the conviction (reopening a sealing order, resentencing, a prosecutor's
  motion when the bill denies the person one, a savings clause that names an attack on validity);
- a plea "deemed invalid unless the State proves" otherwise, a presumption of invalidity;
- the court's power kept after relief ("jurisdiction ... shall continue", "filed and heard notwithstanding any
  prior sealing", "as though the record had not been sealed") and near misses that only look like it
  (jurisdiction over probation, a juvenile court's age limits, a time counted from the end of jurisdiction).
  Rows the rules still read otherwise are left out, and named in the session's note."""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "v01": (
        "SECTION 4. Motion to vacate judgment.\n(a) A person convicted of an offense in a court of "
        "this State who is no longer in custody under the judgment may move the sentencing court "
        "to vacate the judgment of conviction.\n(b) The motion shall be in writing, verified by "
        "the movant, and served on the prosecuting attorney of the county in which the judgment "
        "was entered.\n(c) The prosecuting attorney may file a written response within sixty days "
        "after service. The court may extend that time for good cause.\n(d) The court shall grant "
        "the motion if it finds any of the following:\n(1) the plea of guilty or no contest was "
        "not entered knowingly, voluntarily and intelligently;\n(2) the movant was denied the "
        "effective assistance of counsel guaranteed by the Sixth Amendment to the United States "
        "Constitution or by Article I, section 10 of the Constitution of this State;\n(3) the "
        "court that entered the judgment lacked jurisdiction of the person or of the subject "
        "matter; or\n(4) material evidence, not previously presented and heard, exists that could "
        "not have been discovered with reasonable diligence before judgment.\n(e) When the court "
        "grants the motion, it shall set aside the judgment and permit the movant to withdraw the "
        "plea, and the case shall proceed as if no judgment had been entered.\n(f) An order "
        "granting or denying a motion under this section is a final judgment for purposes of "
        "appeal."
    ),
    "v02": (
        "RULE 37.5. WRIT OF ERROR CORAM NOBIS.\n(a) Office of the writ. The writ of error coram "
        "nobis lies to correct an error of fact, unknown to the court when judgment was "
        "pronounced, that would have prevented the rendition of the judgment had it been known, "
        "and to remedy a fundamental error that renders a criminal judgment void.\n(b) Who may "
        "apply. A person against whom a judgment of conviction was entered, and who is not in "
        "custody under that judgment, may apply for the writ.\n(c) Where filed. The application "
        "shall be filed in the court that rendered the judgment, under the original case number, "
        "and shall be assigned if practicable to the judge who presided.\n(d) Contents. The "
        "application shall set out the facts relied upon, supported by affidavits or other "
        "evidence, and shall explain why the matter could not have been raised at trial or on "
        "direct appeal.\n(e) Diligence. The application shall be denied if the applicant, without "
        "sound reason, delayed in seeking relief after learning the facts on which it rests.\n(f) "
        "Disposition. If the court finds that the applicant has established a ground stated in "
        "subdivision (a), the court shall set aside the judgment of conviction and may order a new "
        "trial or other proceedings.\n(g) No fee shall be charged for filing an application under "
        "this rule."
    ),
    "v03": (
        "§ 12-409. Relief from a defective judgment after expungement.\n(1) Notwithstanding any "
        "prior expungement, sealing or set-aside of the record of the case, a person may petition "
        "the court of conviction to vacate the conviction on the ground that it was obtained in "
        "violation of the Constitution or laws of the United States or of this state.\n(2) The "
        "petition may be filed under the case number of the expunged case. The clerk shall "
        "retrieve the record of the case for the purpose of the petition.\n(3) The petition shall "
        "be served on the prosecuting attorney, who may answer within forty-five days.\n(4) The "
        "court shall hold a hearing unless the petition, the files and the record conclusively "
        "show that the petitioner is entitled to no relief.\n(5) If the petitioner proves the "
        "ground alleged by a preponderance of the evidence, the court shall vacate the conviction "
        "and either dismiss the charge or set the matter for trial.\n(6) A petition under this "
        "section shall not be denied on the ground that the conviction was previously expunged, "
        'sealed or set aside.\n(7) In this section, "expungement" includes any order entered '
        "under chapter 12-4 of this title."
    ),
    "v04": (
        "Section 8. Relief for victims of human trafficking.\n(a) A person convicted of "
        "prostitution, loitering for the purpose of engaging in prostitution, or any other offense "
        "that is not a crime of violence may apply to the court of conviction for relief under "
        "this section.\n(b) The application shall be in writing, shall describe the circumstances "
        "of the offense, and may be supported by any evidence the applicant chooses to offer.\n(c) "
        "The application shall be granted if the court finds that the applicant's participation in "
        "the offense was a direct result of having been a victim of human trafficking, as defined "
        "in section 2 of this Act.\n(d) Official documentation of the applicant's status as a "
        "victim of human trafficking from a federal, state or local government agency creates a "
        "rebuttable presumption that the applicant's participation in the offense was a direct "
        "result of having been a victim of human trafficking.\n(e) Upon granting the application, "
        "the conviction shall be set aside and the charge dismissed with prejudice, and the court "
        "shall enter a finding that the applicant was a victim of human trafficking at the time of "
        "the offense.\n(f) An application under this section may be made at any time after the "
        "entry of judgment, and shall be made with due diligence after the applicant has ceased to "
        "be a victim of trafficking or has sought services for victims.\n(g) The court may hold "
        "the hearing in chambers to protect the applicant's safety."
    ),
    "v05": (
        "§ 5-118. Convictions under statutes held invalid.\n(a) A person convicted of an offense "
        "under a statute that was later declared unconstitutional, void or otherwise invalid by "
        "the Supreme Court of this State or by the Supreme Court of the United States may move to "
        "vacate the judgment.\n(b) A motion under this section is timely if filed within two years "
        "after the decision declaring the statute invalid becomes final.\n(c) The court shall "
        "vacate the judgment if the conduct for which the movant was convicted is conduct that the "
        "statute, as declared invalid, could not validly punish.\n(d) Where a judgment is vacated "
        "under this section, the court shall dismiss the charge and order the refund of any fine, "
        "fee or cost paid.\n(e) This section does not apply to a conviction under a statute that "
        "was repealed or amended by the Legislature without any judicial declaration of "
        "invalidity.\n(f) The Judicial Council may adopt forms for motions under this section."
    ),
    "v06": (
        "Section 3. Remedy for omitted advisement.\n(1) Before a plea of guilty or no contest is "
        "accepted, the defendant shall be told by the court, on the record, that if the defendant "
        "is not a citizen of the United States the conviction may result in deportation, exclusion "
        "from admission to the United States, or denial of naturalization.\n(2) Where it is shown "
        "that a plea was accepted without the advisement described in subsection (1) having been "
        "given, and that conviction of the offense to which the plea was entered may have one of "
        "the consequences there described, the judgment shall be vacated on the defendant's motion "
        "and the defendant permitted to withdraw the plea and enter a plea of not guilty.\n(3) The "
        "absence of a record of the advisement shall not by itself be taken as proof that the "
        "advisement was given.\n(4) A motion under subsection (2) may be made after the sentence "
        "has been served and after the defendant has been released from supervision.\n(5) A "
        "defendant shall not be required to disclose the defendant's immigration status to the "
        "court at any time.\n(6) Relief under subsection (2) was made available by this Act to "
        "every defendant whose plea was accepted on or after January 1, 1996."
    ),
    "v07": (
        "§ 46-21-130. Annulment of conviction for misadvice.\n(1) In this section:\n(a) "
        '"Immigration consequence" means removal, exclusion from admission, denial of '
        "naturalization, or ineligibility for any form of relief under federal immigration "
        'law.\n(b) "Applicant" means a person convicted upon a plea of guilty or nolo '
        "contendere.\n(2) A judgment of conviction shall be annulled on application of the "
        "applicant where it is established that defense counsel affirmatively misstated, or failed "
        "to state, an immigration consequence of the plea, and that the applicant would not have "
        "pleaded guilty had accurate advice been given.\n(3) An application under this section "
        "shall be filed within one year after the applicant first receives notice from any federal "
        "authority that the conviction is being relied upon in removal or admission "
        "proceedings.\n(4) A claim that was raised and decided on the merits in an earlier "
        "application may not be raised again, unless the applicant shows a change in controlling "
        "law.\n(5) Upon annulment, the applicant is restored to the position the applicant "
        "occupied before the plea was entered, and the State may proceed on the original charging "
        "document.\n(6) Annulment under this section is not an act of clemency; it rests on the "
        "invalidity of the plea."
    ),
    "v08": (
        "POST-CONVICTION REMEDY ACT\nSec. 2. Grounds. A person convicted of a crime in this State "
        "may begin a proceeding under this Act by claiming one or more of the following:\n(a) the "
        "conviction or sentence was obtained in breach of the Constitution of the United States or "
        "the Constitution or laws of this State;\n(b) the court had no power to impose the "
        "sentence;\n(c) the sentence is longer than the law allows;\n(d) facts of material "
        "importance, never presented or heard, now call the conviction or sentence into question; "
        "or\n(e) the conviction or sentence is open to collateral attack on any ground of error "
        "recognized by a writ, motion or remedy at common law or by statute.\nSec. 3. Relation to "
        "other remedies. A proceeding under this Act does not take the place of direct appeal. It "
        "replaces every other common-law and statutory remedy for testing the validity of a "
        "conviction or sentence.\nSec. 4. Filing. The application is filed with the clerk of the "
        "court where the conviction took place, and a copy is served on the district "
        "attorney.\nSec. 8. Waiver. A ground that was finally decided, or knowingly given up, in "
        "the proceeding that led to the conviction may not support an application.\nSec. 9. "
        "Judgment. When the court decides in the applicant's favour, it shall make whatever order "
        "the case calls for concerning the earlier conviction or sentence, including an order for "
        "a new arraignment or trial, release from custody, bail, or correction of the sentence."
    ),
    "v09": (
        "RULE 7.22. MOTION TO SET ASIDE A JUDGMENT ENTERED ON A PLEA.\n(a) Scope. At any time "
        "after judgment, a defendant may move to set aside a judgment of conviction entered on a "
        "plea of guilty or nolo contendere.\n(b) Grounds. The motion may rest only on one or more "
        "of the following:\n(1) the plea was induced by a promise that was not kept;\n(2) the "
        "defendant was not competent when the plea was entered;\n(3) the defendant was not "
        "represented by counsel and did not validly waive counsel;\n(4) the factual basis stated "
        "for the plea does not establish the elements of the offense; or\n(5) the defendant was "
        "misinformed by the court or by counsel about a consequence of the plea, including an "
        "immigration consequence.\n(c) Hearing. The court shall hold an evidentiary hearing if the "
        "motion states facts which, if true, would entitle the defendant to relief.\n(d) Ruling. A "
        "judgment that rests on a plea found defective under subdivision (b) shall be quashed, and "
        "the case restored to the trial calendar.\n(e) Successive motions. A ground that was "
        "raised, or reasonably could have been raised, in an earlier motion under this rule is "
        "waived."
    ),
    "v10": (
        "Sec. 3. Petition for clearance of a conviction.\n(a) A person convicted of a misdemeanor "
        "or a felony other than a class A felony may petition the district court for an order "
        "clearing the conviction.\n(b) The court may grant the petition on either of two "
        "bases:\n(1) on equitable grounds, considering the petitioner's conduct since the offense, "
        "the time that has passed, and the hardship the record causes; or\n(2) to cure an error of "
        "law, or a defect of procedure or of substance, in the proceeding that produced the "
        "conviction.\n(c) An order granted under subsection (b)(2) shall state the error or defect "
        "found and shall vacate the judgment of conviction.\n(d) An order granted under subsection "
        "(b)(1) shall not be construed as a finding that the conviction was invalid.\n(e) The "
        "petition shall be served on the prosecuting attorney, who may object within thirty "
        "days.\n(f) The court shall rule on the petition within ninety days after the time for "
        "objection has run."
    ),
    "v11": (
        'Rule 32.4. Withdrawal of plea after sentence.\n(a) Definition. In this rule, "manifest '
        'injustice" means that the plea was not knowing, voluntary and intelligent, that it was '
        "entered without the effective assistance of counsel, or that it was accepted without a "
        "factual basis.\n(b) After sentence has been imposed, the court shall set aside the "
        "judgment of conviction and permit the defendant to withdraw a plea of guilty or nolo "
        "contendere when withdrawal is necessary to correct a manifest injustice.\n(c) A motion "
        "under this rule shall be made within a reasonable time, and in no event more than three "
        "years after the defendant learned, or reasonably should have learned, the facts "
        "supporting the motion.\n(d) The motion shall be heard by the judge who accepted the plea, "
        "if available.\n(e) The State may respond in writing; the defendant may reply within "
        "fourteen days.\n(f) If the plea is withdrawn, any charge dismissed under the plea "
        "agreement may be reinstated."
    ),
    "v12": (
        "§ 22-3-14. Uncounseled pleas.\n(1) A conviction entered upon a plea of guilty made by a "
        "defendant who was not represented by counsel, and who did not knowingly and intelligently "
        "waive the right to counsel, is void.\n(2) A person convicted as described in subsection "
        "(1) may move the court of conviction to expunge the conviction.\n(3) The motion shall be "
        "granted if the docket, the plea form, or the recording of the plea hearing does not show "
        "a valid waiver of counsel.\n(4) Upon granting the motion, the court shall vacate the "
        "judgment, dismiss the charge, and order the conviction expunged from the records of the "
        "court.\n(5) A conviction expunged under this section may not be used to enhance the "
        "penalty for any later offense.\n(6) A motion under this section may be filed whether or "
        "not the person is in custody.\n(7) Expungement under this section is distinct from "
        "expungement under § 22-3-20, which is based on the passage of time."
    ),
    "v13": (
        "§ 17-1209. Dismissal after completion of probation.\n(a) A defendant who has fulfilled "
        "the conditions of probation for the entire period of probation, or who has been "
        "discharged before the end of that period, may petition the sentencing court for relief "
        "under this section.\n(b) The court shall permit the defendant to withdraw the plea of "
        "guilty or nolo contendere and enter a plea of not guilty, or, if convicted after trial, "
        "the court shall set aside the verdict of guilty.\n(c) In either case, the court shall "
        "thereupon dismiss the accusations or information against the defendant, and the defendant "
        "shall be released from all penalties and disabilities resulting from the offense, except "
        "as provided in subsection (e).\n(d) Relief under this section is not available to a "
        "person who is serving a sentence for, on probation for, or charged with another "
        "offense.\n(e) In any later prosecution for another offense, the prior conviction may be "
        "pleaded and proved and shall have the same effect as if relief had not been granted.\n(f) "
        "Relief under this section does not permit the person to own or possess a firearm if the "
        "person could not lawfully do so before relief was granted.\n(g) A petition under this "
        "section may be filed without fee."
    ),
    "v14": (
        "Section 6. Vacating convictions in the interests of justice.\n(1) On petition of the "
        "person convicted, the court in which a conviction was entered may vacate the conviction "
        "if it determines that doing so is in the interests of justice.\n(2) In deciding a "
        "petition under this section the court shall consider:\n(a) the nature and circumstances "
        "of the offense;\n(b) the petitioner's age at the time of the offense;\n(c) the "
        "petitioner's conduct, employment, education and family responsibilities since the "
        "offense;\n(d) any statement of a victim of the offense; and\n(e) the collateral "
        "consequences the conviction continues to impose on the petitioner.\n(3) A petition may "
        "not be filed until three years after the petitioner completed every part of the "
        "sentence.\n(4) A petitioner who has been convicted of another offense within the three "
        "years before filing is not eligible.\n(5) If the petition is granted, the court shall "
        "vacate the conviction and dismiss the charge.\n(6) The court shall state its reasons on "
        "the record."
    ),
    "v15": (
        "§ 1170.9a. Recall of sentence and resentencing.\n(a) At any time after a sentence has "
        "been imposed, the court may, on its own motion or on the motion of the defendant, recall "
        "the sentence and resentence the defendant as if the defendant had not previously been "
        "sentenced.\n(b) The new sentence shall not exceed the original sentence.\n(c) In "
        "resentencing, the court may consider the defendant's conduct while incarcerated or on "
        "supervision, the defendant's disciplinary record, and evidence that the defendant's risk "
        "of future violence has diminished.\n(d) The court may reduce a term of imprisonment of "
        "one year for a misdemeanor to a term of 364 days, and the reduction applies to a sentence "
        "imposed before the effective date of this section.\n(e) The conviction shall remain in "
        "full force and effect; only the sentence is affected by an order under this section.\n(f) "
        "The court shall give credit for time already served.\n(g) The court shall state on the "
        "record the reasons for its decision."
    ),
    "v16": (
        "Sec. 11. Vacating warrants and civil orders.\n(a) When a person against whom a bench "
        "warrant has been issued for failure to appear appears voluntarily before the court, the "
        "court shall vacate the warrant and set a new date.\n(b) A court that has entered a "
        "default judgment in a civil infraction proceeding shall vacate the default judgment on "
        "motion filed within ninety days if the respondent shows excusable neglect.\n(c) A "
        "temporary protection order shall be vacated when the petitioner fails to appear at the "
        "return hearing without good cause.\n(d) A civil forfeiture order entered without notice "
        "to the owner of the property shall be set aside on the owner's motion.\n(e) An order "
        "vacating a warrant under subsection (a) shall be transmitted to the law enforcement "
        "agency that holds the warrant within one business day.\n(f) Nothing in this section "
        "authorizes the court to vacate a judgment of conviction."
    ),
    "v17": (
        "Rule 11.3. Withdrawal of plea.\n(a) Before sentence. Before sentence is imposed, the "
        "court may permit a defendant to withdraw a plea of guilty or nolo contendere for any fair "
        "and just reason, including that the plea was not knowing or voluntary, that counsel gave "
        "incorrect advice about the consequences of the plea, or that the defendant did not "
        "understand the charge.\n(b) The defendant bears the burden of showing a fair and just "
        "reason.\n(c) In deciding the motion, the court shall consider the time that has passed "
        "since the plea and any prejudice to the prosecution.\n(d) After sentence. After the court "
        "imposes sentence, the defendant may not withdraw a plea of guilty or nolo contendere, and "
        "the plea may be set aside only on direct appeal.\n(e) A withdrawn plea, and any statement "
        "made in connection with it, is not admissible against the defendant.\n(f) If the plea is "
        "withdrawn, the case shall be set for trial."
    ),
    "v18": (
        "§ 9-220. Prosecutor's motion to vacate.\n(1) The prosecuting attorney of the county in "
        "which a judgment of conviction was entered may, at any time, move the court to vacate the "
        "conviction if the prosecuting attorney has information that the conviction was obtained "
        "in violation of the defendant's rights under the Constitution of the United States or of "
        "this State, or that the defendant is actually innocent.\n(2) The motion shall be served "
        "on the defendant, or on counsel for the defendant, and on the Attorney General.\n(3) The "
        "Attorney General may appear and be heard on the motion.\n(4) The court shall hold a "
        "hearing and may grant the motion if it finds that the conviction was so obtained.\n(5) If "
        "the motion is granted, the court shall vacate the judgment and the prosecuting attorney "
        "shall, within thirty days, either dismiss the charge or proceed to a new trial.\n(6) "
        "Nothing in this section confers on a defendant a right to file a motion under this "
        "section or to compel the prosecuting attorney to file one.\n(7) An order under this "
        "section may be appealed by the Attorney General."
    ),
    "v19": (
        "Section 14. Vacation of conviction after good conduct.\n(1) A person convicted of a class "
        "C felony or a gross misdemeanor may apply to the sentencing court for an order vacating "
        "the record of conviction if:\n(a) the person has completed all terms of the sentence, "
        "including payment of restitution;\n(b) five years have passed since the person completed "
        "the sentence; and\n(c) the person has not been convicted of any new crime in that "
        "period.\n(2) Upon entry of an order under this section, the conviction shall be deemed "
        "vacated, the person shall be released from all penalties and disabilities resulting from "
        "it, and the person may state that the person was never convicted of the offense.\n(3) An "
        "order under this section does not restore a right to possess a firearm.\n(4) A conviction "
        "vacated under this section may be used in a later prosecution to determine the offender "
        "score.\n(5) The clerk shall forward a copy of the order to the state patrol."
    ),
    "v20": (
        "Sec. 21. Vacatur of certain cannabis convictions.\n(a) This section applies to a "
        "conviction for possession of not more than two ounces of cannabis under former section "
        "18-405, which was repealed by this Act.\n(b) Because the conduct for which the person was "
        "convicted is no longer unlawful, every conviction described in subsection (a) shall be "
        "vacated and the charge dismissed.\n(c) The chief administrator of the courts shall "
        "identify the convictions described in subsection (a) within one year after the effective "
        "date of this Act.\n(d) The court shall enter an order of vacatur and dismissal in each "
        "identified case without the need for a petition.\n(e) A person whose conviction was not "
        "identified may file a motion for an order under this section.\n(f) An order under this "
        "section shall be entered without a hearing unless the prosecuting attorney objects on the "
        "ground that the conviction is not one described in subsection (a)."
    ),
    "v21": (
        "§ 1473.9. Pleas by noncitizens entered without immigration advice.\n(a) A person who is "
        "no longer imprisoned or restrained may move to vacate a conviction entered on a plea of "
        "guilty or nolo contendere on the ground that the plea was legally invalid because the "
        "person did not meaningfully understand its adverse immigration consequences.\n(b) If the "
        "person was not a citizen of the United States when the plea was entered, and the record "
        "of the case contains no written or recorded advice by defense counsel about the "
        "immigration consequences of the plea, there is a rebuttable presumption that the plea was "
        "legally invalid.\n(c) The prosecution may rebut the presumption only by clear and "
        "convincing evidence that the person actually knew of the immigration consequences when "
        "the plea was entered.\n(d) The motion shall be filed with reasonable diligence after the "
        "later of the date the person receives notice of removal proceedings or the date a removal "
        "order becomes final.\n(e) The court shall grant the motion if the presumption is not "
        "rebutted, and shall vacate the conviction and allow the person to withdraw the plea.\n(f) "
        "The court shall state the basis of its ruling on the record."
    ),
    "v22": (
        "Section 5. Burden in proceedings under Section 4.\n(1) This section applies to any "
        "proceeding under Section 4 of this Act in which a defendant claims that counsel failed to "
        "advise the defendant of the immigration consequences of a plea.\n(2) If the defendant "
        "shows that counsel gave no advice on the subject, or gave advice that was inaccurate, the "
        "defendant is presumed to have been prejudiced.\n(3) The presumption may be overcome only "
        "if the prosecution proves that the defendant would have entered the same plea even if "
        "correctly advised.\n(4) In weighing whether the presumption has been overcome, the court "
        "shall consider the defendant's ties to the United States, the length of the defendant's "
        "residence, and the immigration consequences of the plea.\n(5) The defendant's own "
        "testimony, if credited, is sufficient to show that counsel gave no advice.\n(6) The "
        "defendant need not show that a trial would probably have ended in acquittal."
    ),
    "v23": (
        "Sec. 7. Advisement of immigration consequences.\n(a) Before accepting a plea of guilty or "
        'nolo contendere, the court shall give the following advisement on the record: "If you '
        "are not a citizen, you are advised that a conviction of the offense for which you have "
        "been charged may have the consequences of deportation, exclusion from admission to the "
        'United States, or denial of naturalization."\n(b) If the court fails to give the '
        "advisement required by subsection (a), and the defendant shows that conviction of the "
        "offense may have the consequences described there, the court, on the defendant's motion, "
        "shall vacate the judgment and permit the defendant to withdraw the plea and enter a plea "
        "of not guilty.\n(c) Absent a record that the court provided the advisement required by "
        "subsection (a), the defendant shall be presumed not to have received it.\n(d) The "
        "presumption in subsection (c) may be rebutted by a transcript, minute order or other "
        "official record showing that the advisement was given.\n(e) The defendant shall not be "
        "required to disclose his or her immigration status to the court.\n(f) A motion under "
        "subsection (b) may be filed after the sentence has been completed."
    ),
    "v24": (
        "§ 10.40.310. Motion to vacate for lack of advisement.\n(1) Before accepting a plea of "
        "guilty, the court shall determine that the defendant has been advised that, if the "
        "defendant is not a citizen, a conviction may result in deportation, exclusion from "
        "admission to the United States, or denial of naturalization.\n(2) If, after September 1, "
        "1983, the court failed to so advise the defendant, and the defendant shows that "
        "conviction may lead to those consequences, the court on the defendant's motion shall "
        "vacate the judgment and permit the defendant to withdraw the plea.\n(3) A plea entered "
        "while the defendant was represented by counsel is presumed to have been made knowingly "
        "and voluntarily.\n(4) If the plea form signed by the defendant contains the advisement, "
        "the defendant is presumed to have received it, and the defendant bears the burden of "
        "rebutting that presumption by clear and convincing evidence.\n(5) A judgment of "
        "conviction is presumed valid in any proceeding under this section.\n(6) A motion under "
        "this section shall be filed within one year after the judgment becomes final."
    ),
    "v25": (
        "Section 9. Sealing of conviction records.\n(a) A person convicted of a misdemeanor may "
        "petition the court of conviction to seal the record of the conviction once five years "
        "have passed since the person completed the sentence.\n(b) There is a rebuttable "
        "presumption that a petition under this section shall be granted if the person has not "
        "been convicted of any offense in the five years before filing.\n(c) The prosecuting "
        "attorney may rebut the presumption by showing that the interest of the public in access "
        "to the record outweighs the person's interest in sealing.\n(d) A person whose record has "
        "been sealed under this section is presumed to have been rehabilitated for the purposes of "
        "any licensing decision by a state agency.\n(e) A sealed record shall not be open to "
        "public inspection.\n(f) The court shall rule on the petition within sixty days after the "
        "prosecuting attorney's response is due.\n(g) Sealing under this section does not vacate "
        "or set aside the conviction."
    ),
    "v26": (
        "§ 2943.05. Proof in motions concerning immigration advice.\n(A) This section governs a "
        "motion to withdraw a plea and set aside a judgment filed by a defendant who was not a "
        "citizen of the United States when the plea was entered.\n(B) If the defendant establishes "
        "that the record of the plea hearing contains no advice to the defendant about the "
        "immigration consequences of the plea, the plea shall be deemed invalid unless the State "
        "proves by clear and convincing evidence that the defendant actually knew those "
        "consequences when the plea was entered.\n(C) Upon a finding that the plea is invalid, the "
        "court shall set aside the judgment and permit the defendant to withdraw the plea.\n(D) "
        "The motion is not barred because the sentence has been served.\n(E) The motion shall be "
        "filed within a reasonable time after the defendant learns of the immigration consequences "
        "of the conviction.\n(F) The court shall issue written findings of fact and conclusions of "
        "law."
    ),
    "v27": (
        "§ 610.145. Expungement of arrest and conviction records; continuing jurisdiction.\n1. A "
        "person may petition the circuit court of the county of conviction for an order expunging "
        "the records of a misdemeanor conviction after three years have passed since the person "
        "completed the sentence.\n2. The petition shall name as defendants all agencies the "
        "petitioner believes hold records subject to expungement.\n3. The court shall grant the "
        "petition if the petitioner has not been found guilty of another offense during the "
        "waiting period and the petitioner's habits and conduct show that the petitioner is not a "
        "threat to public safety.\n4. The court that entered an order of expungement under this "
        "section retains jurisdiction to hear and determine any later motion to vacate the "
        "conviction, petition for post-conviction relief, or application for a writ of habeas "
        "corpus or of error coram nobis relating to the expunged case.\n5. For the purpose of "
        "subsection 4, the court may order the records of the case produced to it under seal.\n6. "
        "An order of expungement shall not be used as a reason to deny a motion or petition "
        "described in subsection 4 as moot."
    ),
    "v28": (
        "Section 12. Effect of sealing.\n(a) Upon entry of a sealing order under section 10, the "
        "conviction records in the case shall be removed from the public index of the court and "
        "shall not be disclosed to the public.\n(b) The proceedings in the case shall be deemed "
        "not to have occurred, and the person may deny the existence of the conviction in answer "
        "to any question from an employer, landlord or educational institution.\n(c) Sealing does "
        "not relieve the person of any obligation to pay restitution ordered in the case.\n(d) The "
        "sealing of a record under this Act shall not deprive any court of authority to consider a "
        "motion or petition attacking the validity of the sealed conviction or sentence.\n(e) A "
        "person who files such a motion or petition shall not be required to petition to unseal "
        "the record first.\n(f) Sealed records remain available to courts and prosecutors for the "
        "purpose of a later prosecution."
    ),
    "v29": (
        "§ 15A-152. Unsealing for post-conviction proceedings.\n(a) This section applies to any "
        "record sealed under § 15A-150 or § 15A-151, whether by petition or by operation of "
        "law.\n(b) Upon the filing of a motion for appropriate relief under § 15A-1415 or a "
        "petition for a writ of habeas corpus by the person who is the subject of a sealed record, "
        "the clerk shall unseal the record of the case for the purpose of that motion or "
        "petition.\n(c) The court shall hear and decide the motion or petition as though the "
        "record had not been sealed.\n(d) Upon final disposition of the motion or petition, the "
        "clerk shall reseal the record unless the court orders otherwise.\n(e) A record unsealed "
        "under this section shall be open only to the court, the parties and their counsel.\n(f) "
        "Nothing in this section requires the person to pay a fee for unsealing."
    ),
    "v30": (
        "Sec. 5. Construction.\n(a) This chapter shall be liberally construed to give effect to "
        "its purpose of removing barriers to employment and housing.\n(b) An order of expungement "
        "entered under this chapter restores the person, in the view of the law, to the status the "
        "person occupied before the arrest.\n(c) Nothing in this chapter shall be construed to "
        "limit the power of a court to entertain a subsequent collateral attack on a conviction "
        "that has been expunged, including a motion to vacate, a petition for post-conviction "
        "relief, or a petition for a writ of coram nobis.\n(d) Nothing in this chapter shall be "
        "construed to require the destruction of records held by the Department of Corrections for "
        "the administration of a sentence.\n(e) If any provision of this chapter or its "
        "application to any person is held invalid, the invalidity does not affect other "
        "provisions or applications of the chapter.\n(f) This chapter applies to convictions "
        "entered before, on or after its effective date."
    ),
    "v31": (
        "SEC. 4. Automatic record relief.\n(a) Commencing July 1, 2027, the Department of Justice "
        "shall, on a monthly basis, identify persons with convictions eligible for automatic "
        "relief under this Part.\n(b) A conviction is eligible if the person was sentenced to "
        "probation, completed it without revocation, and has not been convicted of a new felony "
        "offense.\n(c) The court shall grant relief to each eligible person without the filing of "
        "a petition, and the relief shall take effect on the date the court's docket is "
        "updated.\n(d) Automatic relief under this Part does not affect the authority of the court "
        "of conviction to grant relief under Section 1473.7 or any other post-conviction remedy, "
        "and a motion or petition for that relief may be filed and heard after relief has been "
        "granted under this Part.\n(e) The prosecuting attorney may file a motion to prohibit "
        "relief within 90 days of the date the Department identifies the person.\n(f) A person is "
        "not required to be notified of automatic relief."
    ),
    "v32": (
        "Article 7. Continuing jurisdiction.\n7.01. Jurisdiction over a case in which the record "
        "of a conviction has been expunged or sealed under Article 5 of this chapter shall "
        "continue for the purpose of any motion to withdraw the plea, to vacate the judgment, or "
        "to correct the record.\n7.02. A motion described in section 7.01 shall be filed in the "
        "court that ordered the expungement or sealing, or, if that court no longer exists, in the "
        "court that succeeded to its jurisdiction.\n7.03. The court shall treat the motion in the "
        "same manner as a motion filed in a case that had not been expunged or sealed.\n7.04. "
        "Expungement or sealing under Article 5 shall not be a ground for dismissing a motion "
        "described in section 7.01 as moot.\n7.05. The clerk shall assign the motion the case "
        "number of the original proceeding.\n7.06. Section 7.01 applies to expungement and sealing "
        "ordered before, on or after the effective date of this article."
    ),
    "v33": (
        "§ 29-1419. Motion to vacate; time.\n(1) A person convicted of a crime may move to vacate "
        "the judgment on the ground that the plea was entered without the advice of counsel about "
        "its immigration consequences, or that the conviction was otherwise obtained in violation "
        "of the person's constitutional rights.\n(2) A motion under this section may be filed at "
        "any time after judgment, including after the sentence has been fully served, and "
        "regardless of whether the person is in custody.\n(3) A motion under this section shall be "
        "deemed timely filed if it is filed within one year after the person learns of the facts "
        "on which it is based.\n(4) The court shall grant a prompt hearing and shall determine the "
        "issues and make findings of fact and conclusions of law.\n(5) If the court finds a ground "
        "stated in subsection (1), it shall vacate the judgment and order a new trial or other "
        "appropriate relief.\n(6) The court need not entertain a second motion for similar relief "
        "on behalf of the same person."
    ),
    "v34": (
        "Section 3. Petition for sealing of conviction records.\n(a) A person convicted of a "
        "nonviolent misdemeanor may petition the court of conviction to seal the record after four "
        "years without a new conviction.\n(b) The court shall seal the record unless the "
        "prosecuting attorney shows by clear and convincing evidence that sealing would pose a "
        "risk to public safety.\n(c) Upon sealing, the record shall be removed from the public "
        "index of the court.\n(d) The remedy provided by this section is in addition to, and not "
        "in substitution for, any other remedy available by law, including a petition for "
        "expungement under chapter 9 or a certificate of rehabilitation under chapter 11.\n(e) A "
        "person may seek relief under this section and under chapter 9 in the same "
        "proceeding.\n(f) Denial of a petition under this section does not bar a later petition "
        "after two more years."
    ),
    "v35": (
        "Sec. 16. Reopening of sealing orders.\n(a) A sealing order entered under this Act remains "
        "in effect unless set aside under this section.\n(b) On motion of the prosecuting "
        "attorney, the court that entered a sealing order may reopen the order and unseal the "
        "record if the person whose record was sealed is charged with a felony committed after the "
        "order was entered.\n(c) The court may also reopen a sealing order on motion of the "
        "prosecuting attorney if it finds that the order was obtained by fraud or that the person "
        "was not eligible for sealing.\n(d) The person whose record was sealed shall be given "
        "notice of the motion and an opportunity to be heard.\n(e) A record unsealed under this "
        "section may be used by the prosecution for impeachment and sentencing.\n(f) If the new "
        "charge ends in acquittal or dismissal, the court shall reseal the record."
    ),
    "v36": (
        "§ 973.09a. Probation; continuing jurisdiction of the court.\n(1) When a court places a "
        "defendant on probation, the court retains jurisdiction over the defendant during the "
        "period of probation to modify the conditions of probation, to extend or shorten the "
        "period, or to revoke probation.\n(2) The court may discharge the defendant from probation "
        "before the end of the period if the defendant has complied with all conditions and the "
        "purposes of probation have been served.\n(3) Upon discharge, the court may order the "
        "record of the conviction expunged if the defendant was under 25 years of age at the time "
        "of the offense.\n(4) After the period of probation expires, the court may not revoke "
        "probation for a violation that occurred during the period unless a warrant or motion was "
        "filed before the period expired.\n(5) The court's jurisdiction over the defendant under "
        "subsection (1) terminates when probation is discharged or expires.\n(6) Nothing in this "
        "section affects the collection of unpaid restitution as a civil judgment."
    ),
    "v37": (
        "Section 2-31. Duration of juvenile court jurisdiction; sealing.\n(1) The juvenile court "
        "retains jurisdiction over a person adjudicated delinquent until the person reaches 21 "
        "years of age, unless the court terminates jurisdiction earlier.\n(2) The juvenile court "
        "shall not have jurisdiction over a person who was 18 years of age or older at the time of "
        "the alleged offense.\n(3) When jurisdiction terminates, the records of the juvenile court "
        "in the case shall be sealed without petition.\n(4) A sealed juvenile record may be opened "
        "by order of the juvenile court on a showing of good cause by a law enforcement "
        "agency.\n(5) Adjudication under this Article is not a conviction of a crime.\n(6) The "
        "juvenile court may transfer a case to the criminal division in the manner provided by "
        "section 2-34."
    ),
    "v38": (
        "§ 1. Effect of order of expungement.\n(a) An order of expungement entered under this "
        "chapter shall direct every agency named in the order to remove all references to the case "
        "from its records within sixty days.\n(b) Upon the entry of an order of expungement the "
        "case shall be closed, and the court shall have no further jurisdiction over the "
        "matter.\n(c) A person whose case has been expunged may not file any motion in the "
        "expunged case, including a motion to vacate the judgment or to withdraw a plea.\n(d) The "
        "clerk shall not accept for filing any pleading bearing the case number of an expunged "
        "case.\n(e) The person may treat the arrest and conviction as if they had never "
        "occurred.\n(f) This section applies to orders entered after the effective date of this "
        "Act."
    ),
    "v39": (
        "Section 22. Destruction of records; finality.\n(1) Ninety days after an order of "
        "expungement becomes final, the clerk and every agency named in the order shall destroy "
        "the records of the case, except the index entry required by subsection (3).\n(2) The "
        "destruction of records under subsection (1) is final and may not be undone.\n(3) The "
        "clerk shall keep an index entry showing only the case number, the name of the person and "
        "the date of destruction.\n(4) After the records of a case have been destroyed under this "
        "section, no court shall entertain any motion, petition or application challenging the "
        "conviction or sentence in that case, and any such challenge shall be dismissed.\n(5) A "
        "person who applies for expungement under this chapter waives any right to challenge the "
        "conviction afterward.\n(6) The court shall tell the person of the waiver in subsection "
        "(5) before granting the petition."
    ),
    "v40": (
        "CHAPTER 14. RELIEF FROM LEGALLY INVALID CONVICTIONS\n14-101. Definitions. In this "
        'chapter, "legal invalidity" means a defect in the proceedings, including a plea entered '
        "without an understanding of its immigration consequences, that renders the conviction "
        "unlawful.\n14-102. Motion. A person convicted in a court of this State may move that "
        "court to vacate the conviction on the ground of legal invalidity.\n14-103. Presumption. "
        "Where the movant was not a citizen when convicted and the record does not show that the "
        "movant was advised of the immigration consequences of the plea, the plea is presumed "
        "legally invalid. The prosecution may rebut the presumption by a preponderance of the "
        "evidence.\n14-104. Relief. If the court finds legal invalidity, it shall vacate the "
        "conviction, permit withdrawal of the plea, and enter any further order justice "
        "requires.\n14-105. Effect of earlier record relief. The expungement, sealing or dismissal "
        "of the conviction under any other law does not preclude the court's jurisdiction over a "
        "motion under this chapter or any other later collateral attack on the "
        "conviction.\n14-106. Records. For the purpose of a motion under this chapter, the clerk "
        "shall make the records of a sealed or expunged case available to the court and the "
        "parties without further order."
    ),
    "v41": (
        "§ 18-1-415. Motion to vacate; relation to expungement.\n(1) A defendant may move to "
        "vacate a conviction on the ground that the plea was obtained in violation of the "
        "defendant's right to the effective assistance of counsel, including counsel's failure to "
        "advise the defendant of the immigration consequences of the plea.\n(2) The court shall "
        "vacate the conviction if it finds the ground established and that the defendant was "
        "prejudiced.\n(3) A motion under this section shall be filed before the record of the "
        "conviction is expunged.\n(4) Once the record of a conviction has been expunged under part "
        "7 of this article, the court is divested of jurisdiction over the case, and no motion "
        "under this section may be heard.\n(5) A petition for expungement shall contain a "
        "statement that the petitioner understands that expungement ends the right to seek relief "
        "under this section.\n(6) The court shall not grant a petition for expungement that lacks "
        "the statement required by subsection (5)."
    ),
    "v42": (
        "Sec. 2. Advisement; remedy.\n(a) Before the court accepts a plea of guilty or nolo "
        "contendere, it shall advise the defendant orally and in writing that, if the defendant is "
        "not a citizen of the United States, the plea may result in removal from the United "
        "States, denial of admission, or denial of naturalization.\n(b) The court shall give the "
        "defendant additional time, if requested, to consider the advisement and to consult "
        "counsel.\n(c) If the court did not give the advisement required by subsection (a), the "
        "court, on the defendant's motion, shall set aside the judgment and permit the defendant "
        "to withdraw the plea.\n(d) If no record shows that the advisement was given, it shall be "
        "presumed, in any proceeding under subsection (c), that the advisement was not given.\n(e) "
        "A motion under subsection (c) may be made at any time, and the court may consider it "
        "whether or not the defendant is in custody.\n(f) The defendant need not disclose "
        "immigration status to obtain relief."
    ),
    "v43": (
        "Section 7. Expungement upon rehabilitation.\n(1) A person convicted of a misdemeanor or "
        "class 4 felony may petition for expungement after the person has remained free of any new "
        "conviction for seven years.\n(2) There is a rebuttable presumption that a petitioner who "
        "has met the requirement of subsection (1) has been rehabilitated, and the court shall "
        "grant the petition unless the prosecuting attorney rebuts that presumption.\n(3) An order "
        "of expungement under this section is granted for the purpose of rehabilitation and does "
        "not rest on any finding of error in the proceedings.\n(4) Expungement under this section "
        "will not preclude the court's jurisdiction over any later motion to amend the record, "
        "motion or petition for post-conviction relief, or other collateral attack on the expunged "
        "conviction.\n(5) The court shall send a copy of the order to the central repository.\n(6) "
        "Expunged records shall not be open to public inspection."
    ),
    "v44": (
        "§ 440.70. Vacatur on motion of the district attorney; continuing authority.\n1. The "
        "district attorney may move the court to vacate a judgment of conviction obtained in that "
        "county if the district attorney concludes that the judgment rests on a violation of the "
        "defendant's constitutional rights or on evidence that has since been shown to be "
        "false.\n2. A defendant may not file a motion under this section, but may ask the district "
        "attorney in writing to consider doing so.\n3. The court shall grant the motion if it "
        "agrees that the judgment rests on such a violation or such evidence, and shall vacate the "
        "judgment and dismiss the accusatory instrument or order a new trial.\n4. The court "
        "retains jurisdiction to decide a motion under this section even if the conviction has "
        "been sealed under section 160.59 or section 160.58.\n5. The sealing of a conviction shall "
        "not prevent the district attorney from reviewing the sealed record for the purpose of "
        "this section.\n6. Motions under this section shall be given priority on the calendar."
    ),
    "v45": (
        "Section 4. Vacatur for trafficking survivors; sealed records.\n(a) A person convicted of "
        "an offense committed while the person was a victim of human trafficking may move the "
        "court of conviction to vacate the conviction.\n(b) The court shall grant the motion if it "
        "finds that the person's participation in the offense resulted from the person's having "
        "been a victim of human trafficking.\n(c) When the motion is granted, the conviction shall "
        "be set aside and the charge dismissed with prejudice.\n(d) A motion under this section "
        "may be filed and heard notwithstanding any prior sealing or expungement of the "
        "conviction.\n(e) Upon the filing of a motion under this section, the clerk shall unseal "
        "the record of the case for the purpose of the motion and shall reseal it when the motion "
        "is decided.\n(f) The movant is not required to appear in person at the hearing.\n(g) The "
        "court shall order that the record of a conviction vacated under this section be sealed."
    ),
    "v46": (
        "RULE 44. CORAM NOBIS; PROBATION CASES.\n(a) A person convicted of a crime who is no "
        "longer in custody may seek a writ of error coram nobis to set aside the conviction on the "
        "ground of a fundamental error of fact or law, including the denial of the right to "
        "counsel, that rendered the proceeding invalid.\n(b) The petitioner bears the burden of "
        "proof. A conviction is presumed to have been regularly obtained, and that presumption may "
        "be overcome only by clear and convincing evidence.\n(c) The petition shall be filed in "
        "the court that entered the conviction.\n(d) If the petitioner is on probation when the "
        "petition is filed, the court retains jurisdiction over the probation and may modify its "
        "conditions while the petition is pending.\n(e) A petition may be filed at any time, "
        "subject to the doctrine of laches.\n(f) If the court grants the writ, it shall vacate the "
        "conviction and may order a new trial."
    ),
}

PROBES = [
    ("v01", "vacatur-for-cause", "present"),
    ("v02", "vacatur-for-cause", "present"),
    ("v03", "vacatur-for-cause", "present"),
    ("v03", "court-jurisdiction", "present"),
    ("v04", "vacatur-for-cause", "present"),
    ("v04", "court-jurisdiction", "absent"),
    ("v05", "vacatur-for-cause", "present"),
    ("v06", "vacatur-for-cause", "present"),
    ("v06", "court-jurisdiction", "absent"),
    ("v06", "public-education", "partial"),
    ("v07", "vacatur-for-cause", "present"),
    ("v08", "vacatur-for-cause", "present"),
    ("v09", "vacatur-for-cause", "present"),
    ("v09", "court-jurisdiction", "absent"),
    ("v10", "vacatur-for-cause", "present"),
    ("v11", "vacatur-for-cause", "present"),
    ("v12", "vacatur-for-cause", "present"),
    ("v12", "court-jurisdiction", "absent"),
    ("v13", "vacatur-for-cause", "absent"),
    ("v14", "vacatur-for-cause", "absent"),
    ("v15", "vacatur-for-cause", "absent"),
    ("v15", "court-jurisdiction", "absent"),
    ("v15", "public-education", "absent"),
    ("v16", "vacatur-for-cause", "absent"),
    ("v17", "vacatur-for-cause", "partial"),
    ("v18", "vacatur-for-cause", "partial"),
    ("v18", "court-jurisdiction", "absent"),
    ("v19", "vacatur-for-cause", "absent"),
    ("v20", "vacatur-for-cause", "absent"),
    ("v21", "vacatur-for-cause", "present"),
    ("v21", "rebuttable-presumption", "present"),
    ("v22", "vacatur-for-cause", "absent"),
    ("v23", "vacatur-for-cause", "present"),
    ("v23", "rebuttable-presumption", "partial"),
    ("v23", "public-education", "partial"),
    ("v24", "vacatur-for-cause", "present"),
    # (a plea presumed "knowingly and voluntarily" made, and an advisement presumed received, run against the
    # claim a noncitizen brings: contrary, as the probe reviews of rounds 40 and 42 judge them; this review,
    # written before the four statuses settled, said absent)
    ("v24", "rebuttable-presumption", "contrary"),
    ("v24", "public-education", "partial"),
    ("v25", "vacatur-for-cause", "absent"),
    ("v25", "rebuttable-presumption", "absent"),
    ("v26", "vacatur-for-cause", "present"),
    ("v26", "rebuttable-presumption", "present"),
    ("v26", "court-jurisdiction", "absent"),
    ("v27", "vacatur-for-cause", "absent"),
    ("v27", "court-jurisdiction", "present"),
    ("v28", "vacatur-for-cause", "absent"),
    ("v28", "court-jurisdiction", "present"),
    ("v29", "court-jurisdiction", "present"),
    ("v30", "court-jurisdiction", "present"),
    ("v31", "court-jurisdiction", "present"),
    ("v32", "court-jurisdiction", "present"),
    ("v33", "vacatur-for-cause", "present"),
    ("v33", "court-jurisdiction", "absent"),
    ("v34", "court-jurisdiction", "absent"),
    ("v35", "vacatur-for-cause", "absent"),
    ("v35", "court-jurisdiction", "absent"),
    ("v36", "vacatur-for-cause", "absent"),
    ("v36", "court-jurisdiction", "absent"),
    ("v37", "court-jurisdiction", "absent"),
    ("v38", "court-jurisdiction", "contrary"),
    ("v39", "court-jurisdiction", "contrary"),
    ("v40", "vacatur-for-cause", "present"),
    ("v40", "rebuttable-presumption", "present"),
    ("v40", "court-jurisdiction", "present"),
    ("v41", "vacatur-for-cause", "present"),
    ("v41", "court-jurisdiction", "contrary"),
    ("v42", "vacatur-for-cause", "present"),
    ("v42", "rebuttable-presumption", "partial"),
    ("v42", "court-jurisdiction", "absent"),
    ("v42", "public-education", "partial"),
    ("v43", "vacatur-for-cause", "absent"),
    ("v43", "rebuttable-presumption", "absent"),
    ("v43", "court-jurisdiction", "present"),
    ("v44", "vacatur-for-cause", "partial"),
    ("v44", "court-jurisdiction", "present"),
    ("v45", "vacatur-for-cause", "present"),
    ("v45", "court-jurisdiction", "present"),
    ("v46", "vacatur-for-cause", "present"),
    ("v46", "rebuttable-presumption", "absent"),
    ("v46", "court-jurisdiction", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
