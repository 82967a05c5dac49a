"""`billkit check` on vacatur for cause (with the presumption and the court's power where a probe raises
them), in the shapes of post-conviction relief acts, court rules, coram nobis and habeas statutes, plea
advisement statutes, trafficking-victim relief and marijuana-reform acts.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. They pin down, among others:
- grounds listed sentences away from the remedy ("set aside the judgment", "grant a new trial", "order
  appropriate relief"), relief defined in a definitions section, and vacatur for trafficking victims;
- near misses: set-aside after probation, rehabilitation sealing, "interests of justice" dismissals,
  resentencing after decriminalisation, sentence modification, pardons, time limits and appeal rights;
- a hardship vacatur whose section says it "is not a finding that the conviction was obtained in violation
  of law, and the petitioner need not allege any defect": the disclaimed ground supports no vacatur
  elsewhere in the text (`absent`);
- a writ of error coram nobis whose order declares "the judgment of conviction is void" on a "fundamental
  error of fact" or newly discovered evidence, and favourable DNA results with a list of orders that opens
  "(1) Vacates and sets aside the judgment" (`present`);
- "no court shall vacate, set aside, or modify a judgment of conviction ... for the purpose of avoiding or
  mitigating an immigration consequence" (`contrary`), unless a proviso keeps relief on its own grounds;
- a missed advisement that "shall not affect the validity of the plea ... and shall not constitute a ground
  for ... any other post-conviction relief", which keeps no later challenge open, and advice of the right
  to appeal, which is no public education. Rows the rules still read otherwise are left out, and named in
  the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "u01": (
        "POST-CONVICTION REMEDIES ACT\n\nSec. 2. Definitions. As used in this Act:\n(1) "
        '"Applicant" means a person convicted of and sentenced for a crime in a court of this '
        'State who files an application under this Act.\n(2) "Judgment" means the judgment of '
        "conviction and the sentence entered upon it, including any order of probation.\n(3) "
        '"Collateral proceeding" means a proceeding under this Act, a petition for a writ of '
        "habeas corpus or a petition for a writ of error coram nobis.\n\nSec. 3. Grounds. Any "
        "applicant may institute a proceeding under this Act, provided that the applicant has not "
        "raised the same claim on direct appeal, if the applicant claims:\n(a) that the conviction "
        "or the sentence was obtained in violation of the Constitution of the United States or the "
        "Constitution or laws of this State;\n(b) that the applicant was denied the effective "
        "assistance of counsel guaranteed by Article I, Section 10 of the Constitution of this "
        "State;\n(c) that the court that entered the judgment was without jurisdiction over the "
        "person or the subject matter;\n(d) that there exists evidence of material facts, not "
        "previously presented and heard, that requires the conviction to be reexamined in the "
        "interest of justice; or\n(e) that the conduct for which the applicant was prosecuted is "
        "constitutionally protected.\n\nSec. 4. Filing and service. The application shall be filed "
        "with the clerk of the court in which the conviction took place, and a copy shall be "
        "served on the prosecuting attorney, who shall file an answer within thirty days after "
        "service unless the court extends the time for good cause.\n\nSec. 5. Hearing. Unless the "
        "application and the files and records of the case conclusively show that the applicant is "
        "entitled to no relief, the court shall grant a prompt hearing, make findings of fact and "
        "state its conclusions of law with respect to each issue presented.\n\nSec. 6. Relief. If "
        "the court finds in favor of the applicant, it shall enter an appropriate order with "
        "respect to the judgment in the former proceedings and any supplementary orders as to "
        "arraignment, retrial, custody, bail or discharge that may be necessary and proper."
    ),
    "u02": (
        "RULE 3.850. MOTION TO VACATE, SET ASIDE, OR CORRECT SENTENCE\n\n(a) Grounds for Motion. "
        "The following grounds may be claimed as a basis for relief from judgment or release from "
        "custody by a person who has been tried and found guilty, or who has entered a plea of "
        "guilty or nolo contendere before a court established by the laws of this state:\n(1) the "
        "judgment was entered or the sentence was imposed in violation of the Constitution or laws "
        "of the United States or of this state;\n(2) the court did not have jurisdiction to enter "
        "the judgment;\n(3) the court did not have jurisdiction to impose the sentence;\n(4) the "
        "sentence exceeded the maximum authorized by law;\n(5) the plea was involuntary; or\n(6) "
        "the judgment or sentence is otherwise subject to collateral attack.\n(b) Time "
        "Limitations. A motion to vacate a sentence that exceeds the limits provided by law may be "
        "filed at any time. No other motion shall be filed or considered pursuant to this rule if "
        "filed more than 2 years after the judgment and sentence become final unless it alleges "
        "that the facts on which the claim is predicated were unknown to the movant or the "
        "movant's attorney and could not have been ascertained by the exercise of due "
        "diligence.\n(c) Contents of Motion. The motion shall be under oath and shall include a "
        "brief statement of the facts and other conditions relied on in support of the motion, and "
        "whether any previous postconviction motions have been filed.\n(d) Procedure; Evidentiary "
        "Hearing. If the motion, files, and records in the case conclusively show that the movant "
        "is entitled to no relief, the motion shall be denied without a hearing.\n(e) Disposition. "
        "If the court determines that the movant is entitled to relief on any ground listed in "
        "subdivision (a), the court shall vacate and set aside the judgment and shall discharge "
        "the defendant, resentence the defendant, or grant a new trial, as may appear appropriate."
    ),
    "u03": (
        "CHAPTER 12. HABEAS CORPUS\n\n§ 12-401. Every person imprisoned, detained, or otherwise "
        "restrained of liberty under any pretense whatsoever, including a person on probation, "
        "parole, or other supervised release, may prosecute a writ of habeas corpus to inquire "
        "into the cause of the imprisonment or restraint.\n\n§ 12-402. A petitioner is entitled to "
        "be discharged if it appears that the petitioner is held by virtue of a judgment of "
        "conviction and the judgment was rendered in violation of a right guaranteed to the "
        "petitioner by the Constitution of the United States or of this State, or by a court that "
        "lacked jurisdiction of the offense, or upon a statute that is void.\n\n§ 12-403. The "
        "petition shall state in substance the person by whom the petitioner is restrained, the "
        "place of restraint, and the facts showing that the restraint is illegal, and shall be "
        "verified by the oath of the petitioner or of a person on the petitioner's behalf.\n\n§ "
        "12-404. The writ shall be made returnable before the judge who granted it, who shall, on "
        "the return day, proceed to hear the matter in a summary way.\n\n§ 12-405. If no legal "
        "cause is shown for the restraint or for its continuation, the judge shall discharge the "
        "petitioner from the custody or restraint and shall direct that the judgment on which the "
        "restraint is founded be set at naught, and the clerk shall enter the order in the records "
        "of the court that rendered the judgment."
    ),
    "u04": (
        "§ 27-7-101. Writ of error coram nobis; scope.\n(a) Relief formerly available by a writ of "
        "error coram nobis may be obtained by petition under this section in the court in which "
        "the judgment was entered, whether or not the petitioner remains in custody and whether or "
        "not the sentence has been served.\n(b) The relief is confined to errors dehors the record "
        "and to matters that were not or could not have been litigated at the trial, on a motion "
        "for a new trial, on appeal, or in a habeas corpus proceeding.\n(c) Upon a showing that "
        "the petitioner was without fault in failing to present the matter at the proper time, the "
        "court may grant relief if subsequently or newly discovered evidence, or a fundamental "
        "error of fact unknown to the court at the time of the plea, would have resulted in a "
        "different judgment had it been known.\n(d) A petition under this section shall be filed "
        "within one year after the judgment becomes final, except that the time is tolled while "
        "the petitioner could not reasonably have discovered the ground for relief.\n(e) Where the "
        "court finds that the plea or verdict rested upon such an error, the judgment of "
        "conviction is void and of no force or effect, and the court shall so declare in its order "
        "and shall proceed as if no plea or verdict had been entered."
    ),
    "u05": (
        "Rule 61. Postconviction Remedy.\n\n(a) Scope of rule.\n(i) Nature of proceeding. This "
        "rule governs the procedure on an application by a person in custody under a sentence of "
        "this court, or formerly so in custody, seeking to set aside the judgment of conviction or "
        "a sentence of death on the ground that the court lacked jurisdiction or on any other "
        "ground that is a sufficient factual and legal basis for a collateral attack upon a "
        "criminal conviction.\n(ii) Limitation. A proceeding under this rule shall be commenced by "
        "a motion and shall be governed by the provisions of this rule and by the rules of "
        "criminal procedure not inconsistent with this rule.\n(b) Bars to relief.\n(1) A motion "
        "for postconviction relief may not be filed more than one year after the judgment of "
        "conviction is final, except as provided in subparagraph (d)(2) of this rule.\n(2) Any "
        "ground for relief that was not asserted in the proceedings leading to the judgment of "
        "conviction is thereafter barred, unless the movant shows cause for relief from the "
        "procedural default and prejudice from violation of the movant's rights.\n(c) Summary "
        "dismissal. If it plainly appears from the motion and the record of prior proceedings that "
        "the movant is not entitled to relief, the judge may enter an order for its summary "
        "dismissal.\n(d) Exceptions. The bars to relief in paragraph (b) shall not apply to a "
        "claim that the court lacked jurisdiction.\n(e) Final disposition. If the judge determines "
        "that the movant is entitled to relief, the judge shall set aside the judgment of "
        "conviction, and shall order such further proceedings as may be just."
    ),
    "u06": (
        "AN ACT concerning convictions under statutes held unconstitutional.\n\nSection 1. Short "
        "title. This Act may be cited as the Void Statutes Remedy Act.\n\nSection 2. Definitions. "
        'In this Act, "invalidated statute" means a criminal statute, or a part of a criminal '
        "statute, that the Supreme Court of the United States or the Supreme Court of this State "
        "has held unconstitutional on its face, whether before or after the effective date of this "
        "Act.\n\nSection 3. Petition. (a) A person who was convicted of an offense under an "
        "invalidated statute, including a person whose conviction was entered upon a plea of "
        "guilty or nolo contendere and a person who has completed the sentence, may petition the "
        "court of conviction for relief under this Act. (b) The prosecuting attorney may file the "
        "petition on the person's behalf.\n\nSection 4. Order. If the court finds that the "
        "conviction rested in whole or in part on an invalidated statute, the court shall vacate "
        "the conviction, dismiss the charges with prejudice, and order the return of any fine, "
        "fee, or assessment paid in connection with the conviction.\n\nSection 5. No filing fee "
        "shall be charged for a petition under this Act, and the court may rule on the papers "
        "without a hearing where the prosecuting attorney does not object."
    ),
    "u07": (
        "§ 22-3210a. Advisement of consequences of plea.\n(a) Before accepting a plea of guilty or "
        "nolo contendere to any offense punishable as a crime under state law, except offenses "
        "designated as infractions, the court shall address the defendant personally on the record "
        'and advise the defendant as follows: "If you are not a citizen of the United States, a '
        "conviction for this offense may result in deportation, exclusion from admission to the "
        'United States, or denial of naturalization."\n(b) Upon request, the court shall allow '
        "the defendant additional time to consider the appropriateness of the plea in light of the "
        "advisement.\n(c) If the court fails to give the advisement required by subsection (a) and "
        "the defendant shows that conviction of the offense to which the defendant pleaded may "
        "have the consequences for the defendant of deportation, exclusion from admission, or "
        "denial of naturalization, the court, on the defendant's motion, shall set aside the "
        "judgment and permit the defendant to withdraw the plea and enter a plea of not "
        "guilty.\n(d) Absent a record that the court provided the advisement required by this "
        "section, the defendant shall be presumed not to have received it.\n(e) A motion under "
        "subsection (c) may be made at any time after judgment, and it is the intent of the "
        "legislature that the motion not be denied on the ground that the defendant is no longer "
        "in custody."
    ),
    "u08": (
        'Sec. 9. Victims of trafficking; relief from judgment.\n(1) In this section, "human '
        'trafficking" has the meaning given in section 11 of the Anti-Trafficking Act, and '
        '"petitioner" means a person who files a motion under this section.\n(2) At any time '
        "after the entry of a judgment of conviction for prostitution, loitering for the purpose "
        "of prostitution, or any other offense listed in subsection (5), the court in which it was "
        "entered, upon the motion of the petitioner, may vacate the judgment on the ground that "
        "the petitioner's participation in the offense was a direct result of having been a victim "
        "of human trafficking.\n(3) Official documentation of the petitioner's status as a victim "
        "of human trafficking from a federal, state, or local government agency creates a "
        "presumption that the petitioner's participation in the offense was a direct result of "
        "having been a victim of human trafficking, but such documentation is not required.\n(4) "
        "If the motion is granted, the court shall vacate the judgment of conviction and dismiss "
        "the accusatory instrument, and may take such additional action as is appropriate in the "
        "circumstances.\n(5) The offenses to which this section applies are those in chapters "
        "9A.88, 69.50 and 9A.52, and any offense committed under duress by a person described in "
        "subsection (2)."
    ),
    "u09": (
        "SURVIVOR JUSTICE ACT\n\nSECTION 1. Definitions. For purposes of this act:\n(a) "
        '"Coercion" means the use or threat of force, physical restraint, serious harm, abuse of '
        "legal process, or the destruction or withholding of identity or immigration documents, to "
        'compel a person to engage in conduct.\n(b) "Covered offense" means a misdemeanor or '
        'nonviolent felony, other than an offense listed in section 4 of this act.\n(c) "Movant" '
        "means a person convicted of a covered offense.\n\nSECTION 2. Motion. A movant may file a "
        "motion in the court of conviction asserting that the movant's arrest for or conviction of "
        "the covered offense was a direct result of coercion by another person, or of the movant's "
        "status as a victim of domestic violence, sexual assault, or human trafficking, and that "
        "the movant therefore did not act with the free will the offense requires.\n\nSECTION 3. "
        "Determination. (a) The court shall hold a hearing unless the prosecuting attorney "
        "stipulates to the relief requested. (b) If the court finds by a preponderance of the "
        "evidence that the conditions in section 2 are met, the court shall set aside the judgment "
        "as legally invalid, enter an order of dismissal with prejudice, and notify the Department "
        "of Public Safety, which shall correct its records within 30 days.\n\nSECTION 4. Excluded "
        "offenses. This act does not apply to murder, kidnapping, or any offense for which "
        "registration as a sex offender is required."
    ),
    "u10": (
        "§ 15A-269.1. Motion for DNA testing; relief.\n(a) A defendant may make a motion before "
        "the trial court that entered the judgment of conviction for performance of DNA testing on "
        "any biological evidence that is related to the investigation or prosecution that resulted "
        "in the judgment, is in the possession of any state agency, and was not DNA tested "
        "previously.\n(b) The court shall grant the motion if the defendant shows that the testing "
        "is material to the defendant's defense and that the ability to conduct the requested DNA "
        "testing is reasonable.\n(c) The results of any DNA testing ordered under this section "
        "shall be disclosed to the defendant, the defendant's counsel, and the district "
        "attorney.\n(d) If the results of the DNA testing conducted under this section are "
        "unfavorable to the defendant, the court shall dismiss the motion and, in cases where the "
        "defendant is not indigent, may assess the defendant for the cost of the DNA testing.\n(e) "
        "If the results of DNA testing conducted under this section are favorable to the "
        "defendant, the court shall schedule a hearing to determine the appropriate relief, and at "
        "the conclusion of the hearing the court may enter any order that serves the interests of "
        "justice, including an order that does any of the following:\n(1) Vacates and sets aside "
        "the judgment.\n(2) Discharges the defendant, if the defendant is in custody.\n(3) "
        "Resentences the defendant.\n(4) Grants a new trial."
    ),
    "u11": (
        "SEC. 3. Section 1473.9 is added to the Penal Code, to read:\n1473.9. (a) A person who is "
        "no longer in criminal custody may file a motion to vacate a conviction or sentence on the "
        "ground that the conviction or sentence is legally invalid due to prejudicial error "
        "damaging the moving party's ability to meaningfully understand, defend against, or "
        "knowingly accept the actual or potential adverse immigration consequences of a plea of "
        "guilty or nolo contendere.\n(b) A finding of legal invalidity may, but need not, include "
        "a finding of ineffective assistance of counsel.\n(c) There is a rebuttable presumption "
        "that the plea is legally invalid if the moving party shows that the moving party was not "
        "a citizen of the United States at the time of the plea and that the record does not "
        "reflect that counsel advised the moving party of the specific immigration consequences of "
        "the plea.\n(d) The prosecuting attorney may rebut the presumption in subdivision (c) only "
        "by clear and convincing evidence.\n(e) If the court grants the motion, the court shall "
        "allow the moving party to withdraw the plea, and the conviction shall be vacated.\n(f) An "
        "order granting or denying the motion is appealable under subdivision (b) of Section 1237 "
        "as an order after judgment affecting the substantial rights of the party."
    ),
    "u12": (
        "CANNABIS EQUITY AND REINVESTMENT ACT\n\nSec. 2. Definitions. As used in this Act: (1) "
        '"Cannabis offense" means an offense under former section 453.336 or 453.337 involving '
        'not more than two and one-half ounces of cannabis. (2) "Eligible record" means a record '
        "of arrest, charge, or conviction for a cannabis offense.\n\nSec. 14. Automatic sealing. "
        "On or before July 1, 2026, the Department of Public Safety shall identify each eligible "
        "record and seal it without the need for a petition, and the court shall issue an order "
        "dismissing the charge, because the conduct underlying it is no longer a crime under the "
        "laws of this State.\n\nSec. 15. Motion to vacate. (a) Independently of section 14, a "
        "person convicted of a cannabis offense may move the court of conviction to vacate the "
        "conviction on the ground that the conviction was obtained in violation of the "
        "Constitution of the United States or of this State, that the person received ineffective "
        "assistance of counsel, or that the plea was not knowing, intelligent, and voluntary. (b) "
        "If the court finds that any ground in subsection (a) is established, the court shall "
        "vacate the conviction and dismiss the charge.\n\nSec. 16. Effect of sealing on later "
        "motions. Nothing in section 14 shall be construed to limit the authority of the court to "
        "hear and decide a motion under section 15 after an eligible record has been sealed, and a "
        "sealed record shall be made available to the court and the parties for that purpose."
    ),
    "u13": (
        "Art. 11.07A. Void judgments.\nSec. 1. A judgment of conviction rendered by a court that "
        "had no jurisdiction over the offense, including a judgment on a charge brought by "
        "information in a case that required indictment or a judgment on a charge that was barred "
        "by limitations on its face, is a nullity.\nSec. 2. A person against whom such a judgment "
        "was rendered may file a motion in the convicting court at any time, and neither the "
        "completion of the sentence nor the absence of an objection at trial shall bar the "
        "motion.\nSec. 3. The motion shall identify the cause number, the offense, and the facts "
        "showing that the court lacked jurisdiction, and shall be served on the attorney "
        "representing the state.\nSec. 4. The attorney representing the state may, within 30 days, "
        "file a response agreeing or disagreeing that the court lacked jurisdiction.\nSec. 5. On "
        "finding that the judgment is void under Section 1, the court shall declare the judgment "
        "void, dismiss the charges, and order the clerk to note the dismissal in the records of "
        "the case."
    ),
    "u14": (
        "SECTION 1. Section 609B.01 is added to read:\n609B.01. DEFINITIONS.\nSubdivision 1. "
        "Scope. For purposes of sections 609B.01 to 609B.05, the terms in this section have the "
        'meanings given.\nSubd. 2. Relief for cause. "Relief for cause" means an order of the '
        "court that vacates a judgment of conviction and dismisses the underlying charge because "
        "of a substantive or procedural defect in the proceeding, including a violation of the "
        "defendant's rights under the state or federal constitution, the denial of counsel, or a "
        "plea that was not knowingly and voluntarily entered.\nSubd. 3. Expungement. "
        '"Expungement" means the sealing of a record under section 609A.02.\n\nSECTION 2. '
        "Section 609B.03 is added to read:\n609B.03. PETITION.\nA person convicted of an offense "
        "in a court of this state may petition that court for relief for cause, and the court "
        "shall grant the petition if the person establishes a ground described in section 609B.01, "
        "subdivision 2, by a preponderance of the evidence.\n\nSECTION 3. Section 609B.05 is added "
        "to read:\n609B.05. JURISDICTION RETAINED.\nAn expungement of the record of a conviction "
        "shall not divest the court of jurisdiction to hear and decide a petition for relief for "
        "cause or any other collateral attack on that conviction, whenever filed."
    ),
    "u15": (
        "Rule 11.1. Pleas; advice concerning immigration consequences.\n(a) Before accepting a "
        "plea of guilty or no contest, the judge shall inform the defendant on the record that, if "
        "the defendant is not a citizen of the United States, a plea of guilty or no contest may "
        "have the consequence of removal from the United States, exclusion from admission, or "
        "denial of naturalization under federal law.\n(b) The judge shall also ask whether the "
        "defendant has discussed with counsel the effect of the plea on the defendant's "
        "immigration status, and shall give the defendant a reasonable opportunity to do so if the "
        "answer is no.\n(c) If, before sentence is imposed, it appears that the judge did not give "
        "the information required by paragraph (a), the defendant may withdraw the plea of guilty "
        "or no contest as of right, and the case shall proceed as though no plea had been "
        "entered.\n(d) Nothing in this rule shall be construed to require the judge to inquire "
        "into the defendant's citizenship or immigration status, and the defendant shall not be "
        "required to disclose that status.\n(e) After sentence is imposed, a plea may be withdrawn "
        "only as provided in Rule 33."
    ),
    "u16": (
        "§ 971.09. Plea advisement; later withdrawal.\n(1) Before the court accepts a plea of "
        "guilty or no contest, it shall address the defendant personally and advise the defendant "
        "that, if the defendant is not a citizen of the United States, a plea of guilty or no "
        "contest to the offense charged may result in deportation, the exclusion from admission to "
        "this country, or the denial of naturalization under federal law.\n(2) If a court fails to "
        "advise a defendant as required by sub. (1), and a defendant later shows that the plea is "
        "likely to result in the defendant's deportation, exclusion from admission, or denial of "
        "naturalization, the court on the defendant's motion shall permit the defendant to "
        "withdraw the plea of guilty or no contest and to enter another plea.\n(3) The motion "
        "under sub. (2) shall be filed within 3 years after the entry of the plea, unless the "
        "defendant shows good cause for the delay.\n(4) This section does not limit the grounds on "
        "which a plea may be withdrawn under s. 971.08 or any other provision of law."
    ),
    "u21": (
        "§ 1203.4b. Set-aside after probation.\n(a)(1) In any case in which a defendant has "
        "fulfilled the conditions of probation for the entire period of probation, or has been "
        "discharged prior to the termination of the period of probation, or in any other case in "
        "which a court, in its discretion and the interests of justice, determines that a "
        "defendant should be granted the relief available under this section, the defendant shall, "
        "at any time after the termination of the period of probation, if not then serving a "
        "sentence for any offense, on probation for any offense, or charged with the commission of "
        "any offense, be permitted by the court to withdraw the plea of guilty or plea of nolo "
        "contendere and enter a plea of not guilty.\n(2) If the defendant has been convicted after "
        "a plea of not guilty, the court shall set aside the verdict of guilty.\n(3) In either "
        "case, the court shall thereupon dismiss the accusations or information against the "
        "defendant, and except as noted below, the defendant shall thereafter be released from all "
        "penalties and disabilities resulting from the offense of which the defendant has been "
        "convicted.\n(b) In any subsequent prosecution of the defendant for any other offense, the "
        "prior conviction may be pleaded and proved and shall have the same effect as if probation "
        "had not been granted or the accusation or information dismissed.\n(c) The defendant shall "
        "be informed, either orally or in writing, of the provisions of this section at the time "
        "the defendant is placed on probation."
    ),
    "u22": (
        "RCW 9.96.065. Vacation of misdemeanor conviction record.\n(1) Every person convicted of a "
        "misdemeanor or gross misdemeanor offense who has completed all of the terms of the "
        "sentence for the offense may apply to the sentencing court for a vacation of the "
        "applicant's record of conviction for the offense.\n(2) The court may in its discretion "
        "vacate the record of conviction if: (a) there are no criminal charges against the "
        "applicant pending in any court of this state or another state, or in any federal court; "
        "(b) the applicant has not been convicted of a new crime in this state, another state, or "
        "federal or tribal court in the three years prior to the vacation application; and (c) the "
        "applicant has demonstrated rehabilitation by stable employment, education, or community "
        "service.\n(3) If the court finds the applicant meets the requirements of subsection (2), "
        "the court may clear the record of conviction by permitting the applicant to withdraw the "
        "plea of guilty and to enter a plea of not guilty, or, if the applicant has been convicted "
        "after a plea of not guilty, by the court setting aside the verdict of guilty, and the "
        "court shall then dismiss the information, indictment, complaint, or citation against the "
        "applicant and vacate the judgment and sentence.\n(4) Once the court vacates a record of "
        "conviction under subsection (3), the person shall be released from all penalties and "
        "disabilities resulting from the offense, and the fact that the person has been convicted "
        "of the offense shall not be included in the person's criminal history for purposes of any "
        "background check."
    ),
    "u23": (
        "§ 210.45. Dismissal in furtherance of justice.\n1. An indictment or any count thereof may "
        "be dismissed in furtherance of justice when, even though there may be no basis for "
        "dismissal as a matter of law upon any ground specified in section 210.20, such dismissal "
        "is required as a matter of judicial discretion by the existence of some compelling "
        "factor, consideration or circumstance clearly demonstrating that conviction or "
        "prosecution of the defendant upon such indictment or count would constitute or result in "
        "injustice.\n2. In determining whether such compelling factor, consideration, or "
        "circumstance exists, the court must, to the extent applicable, examine and consider, "
        "individually and collectively, the following:\n(a) the seriousness and circumstances of "
        "the offense;\n(b) the extent of harm caused by the offense;\n(c) the history, character "
        "and condition of the defendant, including the collateral consequences of a conviction for "
        "the defendant's immigration status, employment, and family;\n(d) the purpose and effect "
        "of imposing upon the defendant a sentence authorized for the offense;\n(e) the impact of "
        "a dismissal upon the confidence of the public in the criminal justice system; and\n(f) "
        "the attitude of the complainant or victim with respect to the motion.\n3. Upon dismissing "
        "an indictment or a count thereof, the court must set forth its reasons on the record."
    ),
    "u24": (
        "ADULT USE OF CANNABIS ACT\n\nSec. 11361.9. Recall and dismissal.\n(a) A person currently "
        "serving a sentence for a conviction, whether by trial or by open or negotiated plea, who "
        "would not have been guilty of an offense, or who would have been guilty of a lesser "
        "offense, under the Adult Use of Cannabis Act had that Act been in effect at the time of "
        "the offense may petition for a recall or dismissal of sentence before the trial court "
        "that entered the judgment of conviction.\n(b) If the petitioner satisfies the criteria in "
        "subdivision (a), the court shall presume the petitioner satisfies the criteria unless the "
        "party opposing the petition proves by clear and convincing evidence that the petitioner "
        "does not satisfy the criteria, and the court shall grant the petition to recall the "
        "sentence and shall either dismiss and seal the conviction or resentence the "
        "petitioner.\n(c) A person who has completed the sentence for a conviction described in "
        "subdivision (a) may file an application before the trial court to have the conviction "
        "dismissed and sealed because the prior conviction is now an infraction or is no longer an "
        "offense.\n(d) Unless requested by the applicant, no hearing is necessary to grant or deny "
        "an application filed under subdivision (c).\n(e) Nothing in this section is intended to "
        "diminish or abrogate the finality of judgments in any case not falling within the purview "
        "of this Act."
    ),
    "u25": (
        "§ 3582A. Modification of an imposed term of imprisonment.\n(a) The court may not modify a "
        "term of imprisonment once it has been imposed except that, in any case, the court, upon "
        "motion of the Director of Corrections, or upon motion of the defendant after the "
        "defendant has fully exhausted all administrative rights to appeal a failure of the "
        "Director to bring a motion on the defendant's behalf, may reduce the term of "
        "imprisonment, after considering the factors set forth in section 3553A to the extent that "
        "they are applicable, if it finds that:\n(1) extraordinary and compelling reasons warrant "
        "such a reduction; or\n(2) the defendant is at least 65 years of age, has served at least "
        "10 years in prison, and is not a danger to the safety of any other person or the "
        "community.\n(b) The court may modify an imposed term of imprisonment to the extent "
        "otherwise expressly permitted by statute or by Rule 35 of the Rules of Criminal "
        "Procedure.\n(c) A reduction under this section does not affect the validity of the "
        "judgment of conviction."
    ),
    "u26": (
        "Article IV, Section 7. Pardons.\n(a) The Governor shall have the power to grant "
        "reprieves, commutations, and pardons, after conviction, for all offenses except treason "
        "and cases of impeachment, upon such conditions and with such restrictions and limitations "
        "as the Governor may think proper, subject to regulations provided by law relative to the "
        "manner of applying for pardons.\n(b) The Board of Pardons shall review each application, "
        "may hold a public hearing at which the applicant and any victim may be heard, and shall "
        "make a written recommendation to the Governor within 180 days.\n(c) A full and "
        "unconditional pardon shall relieve the person of all legal disabilities resulting from "
        "the conviction, including the loss of the right to vote, to serve on a jury, and to hold "
        "public office, and the person shall be entitled to have the record of the conviction "
        "sealed.\n(d) In deciding whether to recommend a pardon, the Board shall consider the "
        "applicant's conduct since the conviction, the nature of the offense, and any hardship the "
        "conviction has caused the applicant or the applicant's family, including the risk of "
        "removal from the United States."
    ),
    "u27": (
        "§ 15A-1415.1. Time for filing motion for appropriate relief.\n(a) Except as provided in "
        "subsection (b) of this section, a motion for appropriate relief under G.S. 15A-1415 shall "
        "be filed within 120 days after the entry of judgment or, if an appeal is taken, within "
        "120 days after the mandate of the appellate court is issued.\n(b) The time limit in "
        "subsection (a) of this section does not apply to a motion asserting a ground that did not "
        "exist or was not known to the defendant at the time of judgment, if the motion is filed "
        "within one year after the defendant discovered or with reasonable diligence could have "
        "discovered the ground.\n(c) A motion filed after the time provided in this section shall "
        "be dismissed unless the defendant shows good cause for the delay and actual prejudice "
        "resulting from the defect asserted.\n(d) For purposes of this section, a motion is filed "
        "when it is delivered to the clerk of the superior court in the county in which the "
        "judgment was entered, or, if the defendant is in custody, when it is delivered to prison "
        "officials for mailing."
    ),
    "u28": (
        "Rule 4. Appeal as of Right in a Criminal Case.\n(a) Right to appeal. A defendant may "
        "appeal as of right from a final judgment of conviction in the circuit court, from an "
        "order revoking probation, and from a sentence that exceeds the maximum permitted by "
        "law.\n(b) Time to file. A defendant's notice of appeal must be filed in the trial court "
        "within 30 days after the later of the entry of the judgment or order being appealed or "
        "the filing of the government's notice of appeal.\n(c) Extension. Upon a finding of "
        "excusable neglect or good cause, the trial court may extend the time to file a notice of "
        "appeal for a period not to exceed 30 days from the expiration of the time otherwise "
        "prescribed by this rule.\n(d) Advice of right. After sentencing, the court shall advise "
        "the defendant of the right to appeal, of the time within which the notice of appeal must "
        "be filed, and of the right of a person who is unable to pay the cost of an appeal to "
        "apply for leave to appeal in forma pauperis.\n(e) Record. The clerk shall prepare and "
        "transmit the record on appeal within 45 days after the notice of appeal is filed."
    ),
    "u29": (
        'Sec. 5. Postconviction DNA testing.\n(a) Definitions. In this section, "biological '
        'evidence" means the contents of a sexual assault examination kit and any item that '
        "contains blood, semen, hair, saliva, skin tissue, or other identifiable biological "
        "material, whether that material is catalogued separately or is present on other "
        "evidence.\n(b) Motion. A person convicted of a felony who asserts actual innocence may "
        "file a motion in the court of conviction for forensic DNA testing of biological evidence "
        "secured in relation to the investigation or prosecution that resulted in the "
        "conviction.\n(c) Order. The court shall order testing if identity was a significant issue "
        "in the case and the testing has the scientific potential to produce new, noncumulative "
        "evidence materially relevant to the person's assertion of actual innocence.\n(d) "
        "Preservation. The State shall preserve all biological evidence secured in relation to the "
        "investigation or prosecution of a felony for as long as any person remains incarcerated "
        "in connection with that case.\n(e) Results. The laboratory shall send the results of the "
        "testing to the court, the prosecuting attorney, and the person or the person's counsel, "
        "and the results may be submitted to the state DNA database if they exclude the "
        "person.\n(f) Costs. The State shall pay the cost of testing if the person is indigent."
    ),
    "u30": (
        "§ 21-2107. Deferred judgment; discharge and dismissal.\n(a) When a defendant who has not "
        "previously been convicted of a felony pleads guilty to or is found guilty of an offense "
        "other than a crime of violence, the court may, without entering a judgment of guilt and "
        "with the consent of the defendant, defer further proceedings and place the defendant on "
        "probation upon such reasonable terms and conditions as the court may require.\n(b) Upon "
        "violation of a term or condition, the court may enter an adjudication of guilt and "
        "proceed as otherwise provided.\n(c) Upon fulfillment of the terms and conditions, the "
        "court shall discharge the defendant and dismiss the proceedings against the defendant, "
        "and the defendant's plea of guilty shall be deemed withdrawn.\n(d) Discharge and "
        "dismissal under this section shall be without adjudication of guilt and is not a "
        "conviction for purposes of this State's laws on disqualifications or disabilities imposed "
        "by law upon conviction of a crime.\n(e) There may be only one discharge and dismissal "
        "under this section with respect to any person."
    ),
    "u31": (
        'CLEAN SLATE ACT\n\nSec. 1. Definitions. (a) "Clean slate relief" means the sealing of a '
        'record of conviction by operation of law under this Act. (b) "Waiting period" means '
        "seven years for a misdemeanor and ten years for a felony, measured from the date of "
        "release from incarceration or the date of sentencing, whichever is later.\n\nSec. 2. "
        "Eligibility. A conviction is eligible for clean slate relief if the person has not been "
        "convicted of another offense during the waiting period, has no pending charge, and the "
        "conviction is not for an offense requiring registration as a sex offender.\n\nSec. 3. "
        "Automatic relief. On the first day of each month, the Administrative Office of the Courts "
        "shall identify each eligible conviction and the court of conviction shall enter an order "
        "granting clean slate relief without the filing of a petition.\n\nSec. 4. Effect. Upon "
        "entry of the order, the conviction shall be deemed vacated for all purposes of state law "
        "other than a subsequent prosecution, and the person may lawfully deny the existence of "
        "the conviction in response to any inquiry.\n\nSec. 5. Savings. Clean slate relief does "
        "not affect any right of the person to appeal the conviction or to seek any other relief "
        "from it."
    ),
    "u32": (
        "§ 700-a. Certificate of relief from disabilities.\n1. A court of this state may, in its "
        "discretion, issue a certificate of relief from disabilities to an eligible offender for a "
        "conviction that occurred in such court, if the court either imposed a revocable sentence "
        "or imposed a sentence other than one executed by commitment to an institution.\n2. The "
        "court shall not issue such a certificate unless it is satisfied that the relief to be "
        "granted by the certificate is consistent with the rehabilitation of the eligible offender "
        "and is consistent with the public interest.\n3. A certificate of relief from disabilities "
        "may relieve an eligible offender of any forfeiture or disability, or remove any bar to "
        "the eligible offender's employment, automatically imposed by law by reason of the "
        "offender's conviction of the crime or of the offense specified therein.\n4. Such "
        "certificate shall not be deemed or construed to be a pardon, and shall not vacate, set "
        "aside or otherwise affect the judgment of conviction.\n5. A certificate issued under this "
        "section may be enlarged, limited, or revoked by the court that issued it at any time "
        "prior to the expiration or termination of the sentence."
    ),
    "u33": (
        "§ 590.05A. Procedure on petition for postconviction relief.\nSubd. 1. Assignment. A "
        "petition for postconviction relief under section 590.01 shall be assigned to the judge "
        "who presided at the trial or accepted the plea, unless that judge is unavailable or the "
        "chief judge orders otherwise.\nSubd. 2. Counsel. If the petitioner is financially unable "
        "to obtain counsel, the court shall refer the petition to the state public defender, who "
        "shall represent the petitioner unless the public defender determines that the petition is "
        "wholly without merit.\nSubd. 3. Response. The county attorney shall respond to the "
        "petition within 20 days after it is served, and the petitioner may file a reply within 10 "
        "days after the response.\nSubd. 4. Hearing. The court may order a hearing on the "
        "petition, and the petitioner may appear by interactive video if the petitioner is "
        "confined.\nSubd. 5. Order. The court shall file findings of fact and conclusions of law "
        "within 90 days after the hearing or, if there is no hearing, after the reply is due, and "
        "the order may be appealed as provided in section 590.06."
    ),
    "u34": (
        "Sec. 7. Vacatur for hardship.\n(a) A person who has completed all terms of a sentence for "
        "a misdemeanor may petition the court of conviction to vacate the conviction in the "
        "interests of justice.\n(b) In deciding the petition, the court shall consider the "
        "petitioner's conduct since the conviction, the age of the conviction, and any hardship "
        "that the conviction causes the petitioner or the petitioner's family, including the risk "
        "of removal from the United States, denial of naturalization, or separation from family "
        "members.\n(c) The court may grant the petition if it finds that the hardship caused by "
        "the conviction outweighs the public interest in its continued existence, and in that "
        "event the court shall vacate the conviction and dismiss the charge.\n(d) An order under "
        "this section is not a finding that the conviction was obtained in violation of law, and "
        "the petitioner need not allege any defect in the proceedings that led to the "
        "conviction.\n(e) A conviction vacated under this section may be considered by the court "
        "in sentencing the person for a later offense."
    ),
    "u35": (
        "§ 19-4901A. Post-conviction procedure; grounds; limitation.\n(a) Any person who has been "
        "convicted of, or sentenced for, a crime and who claims that the conviction or the "
        "sentence was in violation of the constitution of the United States or the constitution or "
        "laws of this state, that the court was without jurisdiction to impose sentence, or that "
        "there exists evidence of material facts, not previously presented and heard, that "
        "requires vacation of the conviction, may institute, without paying a filing fee, a "
        "proceeding under this act to secure relief.\n(b) Provided, however, that no relief shall "
        "be available under this act to any person whose conviction was entered upon a plea of "
        "guilty or nolo contendere, or upon an admission of the facts, and any claim that such a "
        "plea was not knowingly, intelligently, or voluntarily entered may be raised only by a "
        "timely motion to withdraw the plea before sentence or on direct appeal.\n(c) If the court "
        "finds in favor of the applicant, it shall vacate the conviction and enter an appropriate "
        "order with respect to retrial, custody, bail, or discharge.\n(d) An application may be "
        "filed at any time within one year from the expiration of the time for appeal."
    ),
    "u36": (
        "Sec. 8. Effect of sealing order.\n(a) Upon the entry of an order sealing a record of "
        "conviction under section 6, the proceedings in the case shall be deemed never to have "
        "occurred, and all index references to the case shall be deleted.\n(b) After a record of "
        "conviction has been sealed under this Act, no court of this State shall entertain any "
        "motion, petition, or application directed to the sealed conviction, including a motion to "
        "vacate the judgment or a petition for post-conviction relief, and any such motion pending "
        "at the time of sealing shall be dismissed as moot.\n(c) A person whose record has been "
        "sealed may move to unseal it for good cause, and upon unsealing the record shall be "
        "restored to its former status.\n(d) The clerk shall forward a copy of each sealing order "
        "to the Bureau of Criminal Identification within ten days."
    ),
    "u37": (
        "SECTION 1. Section 2953.27 is added to the Revised Code to read:\nSec. 2953.27. (A) As "
        'used in this section, "immigration consequence" means removal, exclusion from '
        "admission, detention by federal immigration authorities, or the denial of any status, "
        "benefit, or naturalization under federal immigration law.\n(B) Notwithstanding any other "
        "provision of the Revised Code or the rules of criminal procedure, no court shall vacate, "
        "set aside, or modify a judgment of conviction or a sentence, or permit the withdrawal of "
        "a plea after sentence, for the purpose of avoiding or mitigating an immigration "
        "consequence of the conviction or sentence.\n(C) A motion that seeks relief for such a "
        "purpose shall be denied without a hearing, and the court shall not consider the existence "
        "of an immigration consequence as good cause for any delay in filing the motion.\n(D) This "
        "section applies to motions pending on or filed after its effective date."
    ),
    "u38": (
        "Rule 32.1. Scope of remedy.\nSubject to the limitations of Rule 32.2, any person who has "
        "been convicted of, or sentenced for, a criminal offense may institute a proceeding to "
        "secure appropriate relief upon the ground that:\n(a) The conviction or the sentence was "
        "in violation of the Constitution of the United States or of this State;\n(b) The court "
        "was without jurisdiction to render judgment or to impose sentence;\n(c) The defendant was "
        "denied the effective assistance of counsel at trial or at the entry of a plea;\n(d) Newly "
        "discovered material facts probably exist and such facts probably would have changed the "
        "verdict or sentence.\nRule 32.8(d). If the court finds in favor of the defendant, it "
        "shall vacate the conviction and enter appropriate orders with respect to the conviction, "
        "sentence, or detention, any further proceedings, including a new trial, and other matters "
        "that may be necessary and proper.\nRule 32.8(e). Relief under this rule shall not be "
        "granted solely to avoid immigration consequences of a conviction, but the fact that the "
        "defendant will suffer immigration consequences shall not bar relief on any ground listed "
        "in Rule 32.1."
    ),
    "u39": (
        "§ 2943.032. Advisement as to possible deportation.\n(A) Prior to accepting a plea of "
        "guilty or a plea of no contest to an indictment, information, or complaint charging a "
        "felony or a misdemeanor other than a minor misdemeanor, the court shall address the "
        "defendant personally, provide the following advisement to the defendant that shall be "
        "entered in the record of the court, and determine that the defendant understands the "
        'advisement: "If you are not a citizen of the United States, you are hereby advised that '
        "conviction of the offense to which you are pleading guilty (or no contest, when "
        "applicable) may have the consequences of deportation, exclusion from admission to the "
        "United States, or denial of naturalization pursuant to the laws of the United "
        'States."\n(B) The failure of the court to give the advisement required by division (A) '
        "of this section shall not affect the validity of the plea or of the judgment of "
        "conviction, and shall not constitute a ground for withdrawal of the plea, for vacating "
        "the judgment, or for any other post-conviction relief.\n(C) The advisement required by "
        "division (A) of this section is in addition to, and not in place of, any advisement "
        "required by Criminal Rule 11."
    ),
    "u40": (
        "§ 10.40.210. Plea advisement; motion to vacate; burden.\n(1) Prior to acceptance of a "
        "plea of guilty to any offense punishable as a crime under state law, except offenses "
        "designated as infractions, the court shall determine that the defendant has been advised "
        "of the following potential consequences of conviction for a defendant who is not a "
        "citizen of the United States: deportation, exclusion from admission to the United States, "
        "or denial of naturalization pursuant to the laws of the United States.\n(2) If, after "
        "September 1, 2026, the defendant has not been advised as required by this section and the "
        "defendant shows that conviction of the offense to which the defendant pleaded guilty may "
        "have the consequences for the defendant of deportation, exclusion from admission to the "
        "United States, or denial of naturalization, the court, on the defendant's motion, shall "
        "vacate the judgment and permit the defendant to withdraw the plea of guilty and enter a "
        "plea of not guilty.\n(3) A plea of guilty accepted by a court of record shall be presumed "
        "to have been entered after the advisement required by this section, and a defendant who "
        "seeks relief under subsection (2) bears the burden of proving by clear and convincing "
        "evidence that the advisement was not given.\n(4) A written acknowledgment signed by the "
        "defendant and stating that the advisement was given is conclusive proof that it was given."
    ),
}

PROBES = [
    ("u01", "vacatur-for-cause", "present"),
    ("u02", "vacatur-for-cause", "present"),
    ("u02", "court-jurisdiction", "absent"),
    ("u03", "vacatur-for-cause", "present"),
    ("u04", "vacatur-for-cause", "present"),
    ("u05", "vacatur-for-cause", "present"),
    ("u06", "vacatur-for-cause", "present"),
    ("u07", "vacatur-for-cause", "present"),
    ("u07", "rebuttable-presumption", "partial"),
    ("u07", "court-jurisdiction", "absent"),
    ("u07", "public-education", "partial"),
    ("u08", "vacatur-for-cause", "present"),
    ("u08", "rebuttable-presumption", "partial"),
    ("u09", "vacatur-for-cause", "present"),
    ("u10", "vacatur-for-cause", "present"),
    ("u11", "vacatur-for-cause", "present"),
    ("u11", "rebuttable-presumption", "present"),
    ("u12", "vacatur-for-cause", "present"),
    ("u12", "court-jurisdiction", "present"),
    ("u13", "vacatur-for-cause", "present"),
    ("u13", "court-jurisdiction", "absent"),
    ("u14", "vacatur-for-cause", "present"),
    ("u14", "court-jurisdiction", "present"),
    ("u15", "public-education", "partial"),
    ("u16", "public-education", "partial"),
    ("u21", "vacatur-for-cause", "absent"),
    ("u22", "vacatur-for-cause", "absent"),
    ("u23", "vacatur-for-cause", "absent"),
    ("u24", "vacatur-for-cause", "absent"),
    ("u24", "rebuttable-presumption", "absent"),
    ("u25", "vacatur-for-cause", "absent"),
    ("u26", "vacatur-for-cause", "absent"),
    ("u27", "vacatur-for-cause", "absent"),
    ("u28", "vacatur-for-cause", "absent"),
    ("u28", "public-education", "absent"),
    ("u29", "vacatur-for-cause", "absent"),
    ("u30", "vacatur-for-cause", "absent"),
    ("u31", "vacatur-for-cause", "absent"),
    ("u32", "vacatur-for-cause", "absent"),
    ("u33", "vacatur-for-cause", "absent"),
    ("u34", "vacatur-for-cause", "absent"),
    ("u35", "vacatur-for-cause", "partial"),
    ("u35", "court-jurisdiction", "absent"),
    ("u36", "vacatur-for-cause", "absent"),
    ("u36", "court-jurisdiction", "contrary"),
    ("u36", "record-access", "absent"),
    ("u37", "vacatur-for-cause", "contrary"),
    ("u38", "vacatur-for-cause", "present"),
    ("u39", "vacatur-for-cause", "contrary"),
    ("u39", "court-jurisdiction", "absent"),
    ("u39", "public-education", "partial"),
    ("u40", "vacatur-for-cause", "present"),
    ("u40", "public-education", "partial"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
