"""`billkit check` on texts that share many words with vacatur for cause, the presumption for noncitizens, a
court's power after relief and public education, and mostly do not do them: a review aimed at false
alarms.

The texts are a critical reader's probes, written for these tests (no source), about half of them near
misses; the reader wrote the expected status before the first run, without seeing the corpus texts, and
judged only the tool's output. They pin down, among others:
- vacatur in other words: a defendant "entitled on motion to have the judgment set aside" when the court
  "omitted the statement required"; a court that finds "the defendant did not receive the information
  required"; relief that "may include any of the following: vacating the conviction", its grounds a list
  of what entitles the petitioner to relief; a vacatur due "If the presumption under subsection (6) is not
  rebutted"; a failure to advise that "shall not be a ground for vacating the judgment" (``contrary``);
- near misses: a fine remitted or vacated, a warrant recalled, an arrest record, premises, a new trial
  only before sentence; a court that "retains jurisdiction to enforce its order" of sealing, or over a
  committed person until discharge; notices about the vote, jury service and a tax credit;
- presumptions: notice presumed received (no presumption about the plea), a statement taken "as not having
  been made unless the record of the plea shows that it was" (``partial``), a court that "shall presume
  ... that the defendant received and understood the information" (``contrary``), and a court told to
  "treat the plea as not knowingly made and the conviction as invalid ..., unless the State proves"
  (``present``).

Rows the rules still read otherwise, and five rows the reader based on the session notes' account of the
tool's readings rather than on the label rules alone, are left out, and named in the session's note.

"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "m01": (
        "§ 45-1311. Deferred judgment; discharge; vacating finding of guilt.\n\n(1) When a defendant "
        "who has pleaded guilty is placed on probation without the entry of a judgment of conviction,"
        " and the defendant has fulfilled the terms of probation, the court shall, upon application "
        "of the defendant or on its own motion, vacate the finding of guilt, permit the defendant to "
        "withdraw the plea of guilty, and dismiss the proceedings against the defendant.\n\n(2) Upon a "
        "showing that the defendant has at all times since the conviction conducted himself or "
        "herself in a law-abiding manner, and that vacating the conviction would be consistent with "
        "the interests of justice and the welfare of the community, the court may vacate any other "
        "conviction for a misdemeanor and set aside the judgment.\n\n(3) After entering an order under "
        "subsection (1) or (2), the court retains jurisdiction to rescind the order if the defendant "
        "is later convicted of a felony committed before the order was entered.\n\n(4) At the time "
        "probation is ordered, the court shall inform the defendant, orally and in writing, of the "
        "right to relief under this section and of the conditions that must be met to obtain it."
    ),
    "m02": (
        "Sec. 41-509. Plea by a defendant who may not be a citizen.\n\n(a) The court may not accept a "
        "plea of guilty or no contest, except to a minor traffic offense, until it has told the "
        "defendant in person, in words entered in the record, that a person who is not a United "
        "States citizen and is convicted of the offense may be deported, may be kept from entering "
        "the country, or may be refused naturalization, and has satisfied itself that the defendant "
        "understands this.\n\n(b) A defendant who is not a citizen, and whose conviction may carry one "
        "of the consequences described in subsection (a), is entitled on motion to have the judgment "
        "set aside, to withdraw the plea, and to plead not guilty, if the court omitted the statement"
        " required by subsection (a). In deciding the motion, the court shall take the statement as "
        "not having been made unless the record of the plea shows that it was.\n\n(c) A motion under "
        "subsection (b) is not subject to any time limit."
    ),
    "m03": (
        "Section 3. Chapter 15A of the Criminal Procedure Code is amended by adding a new section to "
        'read:\n\n"§ 15A-149.7. Vacating arrest records.\n(a) A person whose arrest did not result in '
        "the filing of a charging document within one year, or whose arrest was the result of "
        "mistaken identity, or was made without probable cause or under a warrant later found to be "
        "defective, may petition the district court of the county of arrest for an order vacating the"
        " record of the arrest.\n(b) If the court finds that the petition is supported by the record, "
        "it shall enter an order vacating the arrest record, and the arrest shall be treated for all "
        "purposes of State law as if it had not occurred. Each law enforcement agency holding the "
        "record shall return the person's fingerprint cards and photographs within 30 days.\n(c) This "
        "section does not authorize the vacating of any judgment of conviction, or of the record of "
        "any charge that resulted in a conviction, which may be challenged only as otherwise provided"
        ' by law."'
    ),
    "m04": (
        "§ 160.67. Effect of sealing.\n\n1. Upon the entry of an order under section 160.66, the arrest"
        " and prosecution shall be deemed a nullity, and the accused shall be restored, in "
        "contemplation of law, to the status the accused occupied before the arrest, except as "
        "otherwise provided in this section.\n\n2. Notwithstanding subdivision one, the sealing of a "
        "record under section 160.66 does not divest the court that entered the judgment of its "
        "jurisdiction to hear and determine a motion to vacate the judgment under section 440.10, an "
        "application for a writ of error coram nobis, or any other collateral challenge to the "
        "conviction, whenever such motion or application is filed. For the purposes of such a "
        "proceeding, the court may direct that the sealed record be made available to the parties and"
        " their counsel.\n\n3. Nothing in this section restores any right or privilege lost by reason "
        "of the conviction, except as expressly provided by law."
    ),
    "m05": (
        "Rule 6.215. Bench warrants; recall; notice.\n\n(a) Recall on appearance. When a defendant "
        "against whom a bench warrant has issued for failure to appear voluntarily appears before the"
        " court within sixty days after issuance, the court shall recall and vacate the warrant, "
        "unless the defendant is charged with a violent felony or has failed to appear more than "
        "twice in the same case.\n\n(b) Defective notice. The court shall vacate a warrant, and any "
        "order forfeiting bail that rests on it, if the court finds that notice of the date on which "
        "the defendant failed to appear was not mailed to the defendant's address of record.\n\n(c) "
        "Presumption of receipt. A notice mailed by the clerk by first-class mail to the address of "
        "record is presumed to have been received on the fifth day after mailing. The defendant may "
        "rebut the presumption by a sworn statement that the notice was not received, and the court "
        "shall decide the question on the record.\n\n(d) Removal from databases. A warrant vacated "
        "under this rule shall be removed from every state and local warrant database within 48 "
        "hours."
    ),
    "m06": (
        "Sec. 7. Section 19-7-112 is amended by adding subsections (6) and (7) to read:\n\n(6) If the "
        "record of the proceeding in which a plea of guilty or nolo contendere was accepted does not "
        "show that the court gave the advisement about immigration consequences required by "
        "subsection (1)(f), the plea is presumed to have been entered without knowledge of its "
        "immigration consequences, and the conviction entered on it is presumed to be legally "
        "invalid. The prosecution may rebut the presumption only by showing, by clear and convincing "
        "evidence, that the defendant actually knew when entering the plea that it could result in "
        "removal from the United States.\n\n(7) If the presumption under subsection (6) is not rebutted"
        " and the defendant shows that the conviction may result in removal, exclusion from "
        "admission, or denial of naturalization, the court shall vacate the judgment and permit the "
        "defendant to withdraw the plea. A motion under this subsection may be made regardless of "
        "whether the defendant has completed the sentence."
    ),
    "m08": (
        "§ 4379A. Effect of expungement; finality of order.\n\n(a) Upon the entry of an order of "
        "expungement under § 4373A, the conviction shall be deemed vacated for all purposes of the "
        "law of this State, and the person may lawfully state that he or she has not been convicted "
        "of the offense.\n\n(b) An order of expungement is final. After it has been entered, no court "
        "of this State shall entertain any motion, petition, or application for post-conviction "
        "relief, for a new trial, or for leave to withdraw a plea that concerns the expunged "
        "conviction, and any such matter that is pending when the order is entered shall be "
        "dismissed.\n\n(c) Subsection (b) does not bar a motion by the Attorney General to set aside an"
        " order of expungement obtained by fraud."
    ),
    "m09": (
        "Sec. 14. Remission of fines and costs.\n\n(1) A defendant who has been sentenced to pay a "
        "fine, fee, or cost may at any time petition the sentencing court to remit or vacate all or "
        "part of the amount owed, and the court may grant the petition if it finds that:\n(a) payment "
        "would impose manifest hardship on the defendant or the defendant's dependents; or\n(b) the "
        "fine exceeded the maximum amount authorized by law at the time of the offense.\n\n(2) A "
        "defendant who receives means-tested public assistance, or whose household income is below "
        "125 percent of the federal poverty guidelines, is presumed to be unable to pay. The "
        "prosecuting attorney may rebut the presumption.\n\n(3) A receipt issued by the clerk is "
        "presumptive evidence that the amount stated in it was paid. For purposes of determining "
        "eligibility to have a conviction set aside under section 22, a fine or cost vacated under "
        "this section is deemed paid in full."
    ),
    "m10": (
        "Sec. 9. Public information about record relief.\n\n(a) The Administrative Office of the "
        "Courts, in consultation with the state public defender, legal aid organizations, and "
        "community-based organizations that serve immigrant communities, shall prepare a "
        "plain-language notice that explains:\n(1) who is eligible for relief under this chapter and "
        "how to apply for it;\n(2) that relief under this chapter may not remove a conviction for "
        "purposes of federal immigration law, and that a person who is not a citizen and whose record"
        " has been sealed may still face removal, inadmissibility, or denial of naturalization "
        "because of the conviction;\n(3) that a person who is not a citizen should consult an "
        "immigration attorney or an accredited representative before applying for any immigration "
        "benefit or leaving the United States; and\n(4) that a conviction vacated because of a legal "
        "defect in the proceeding may be treated differently under immigration law than a record "
        "sealed under this chapter.\n\n(b) The notice shall be translated into at least the ten "
        "languages other than English most commonly spoken in the State, posted on the website of "
        "every trial court, given to each person whose record is sealed, and distributed through the "
        "organizations named in subsection (a)."
    ),
    "m11": (
        "§ 27-909. Forfeiture of bail; setting aside forfeiture.\n\n(a) When a defendant fails without "
        "sufficient excuse to appear as required, the court shall declare the bail forfeited in open "
        "court, and the clerk shall mail notice of the forfeiture to the surety within 30 days.\n\n(b) "
        "The court shall vacate the forfeiture and exonerate the bond if, within 180 days after the "
        "notice is mailed:\n(1) the defendant appears in court or is surrendered into custody; or\n(2) "
        "it is shown that the defendant's absence was caused by illness, by detention in the custody "
        "of civil or immigration authorities, or by another disability, and was not with the "
        "connivance of the surety.\n\n(c) The court shall also set aside the forfeiture if the clerk "
        "failed to mail notice within the time required by subsection (a), and that failure releases "
        "the surety from its obligation.\n\n(d) The court retains jurisdiction over the surety and the "
        "bond during the 180-day period and any extension granted under this section, and a motion "
        "filed within that period may be heard and decided after the period ends."
    ),
    "m12": (
        "Rule 11.2. Immigration consequences of plea.\n\n(a) Before accepting a plea of guilty, the "
        "court shall inform the defendant that, if the defendant is not a citizen of the United "
        "States, the plea may result in deportation, exclusion from admission, or denial of "
        "naturalization.\n\n(b) The court may satisfy subdivision (a) by receiving a written plea form,"
        " signed by the defendant and by counsel, on which the defendant has initialed a paragraph "
        "containing the information, if the court confirms on the record that the defendant has read "
        "the form.\n\n(c) Where the court file contains a plea form initialed as described in "
        "subdivision (b), the court shall presume in any later proceeding that the defendant received"
        " and understood the information. The defendant may overcome the presumption only by clear "
        "and convincing evidence.\n\n(d) If the court finds that the defendant did not receive the "
        "information required by subdivision (a), and that the plea may result in any consequence "
        "listed there, the court, on the defendant's motion, shall vacate the judgment and allow the "
        "plea to be withdrawn."
    ),
    "m13": (
        "§ 32-7-319. Suspension based on conviction; reinstatement.\n\nA. Whenever a suspension or "
        "revocation of a driver's license is based on a conviction, and the conviction is later "
        "reversed, vacated, or set aside by a court, whether on appeal or in a post-conviction "
        "proceeding, because of an error of law or a defect in the proceedings, the Commissioner "
        "shall vacate the suspension or revocation, reinstate the license without fee, and remove any"
        " reference to the conviction from the person's driving record.\n\nB. To obtain relief under "
        "subsection A, the person shall file with the Department a certified copy of the order "
        "reversing, vacating, or setting aside the conviction. The Department may verify the order "
        "with the clerk of the court that entered it.\n\nC. A hearing officer may vacate an "
        "administrative suspension imposed under § 32-7-306 if the officer finds that the arresting "
        "officer did not comply with the notice requirements of that section.\n\nD. Nothing in this "
        "section authorizes the Department to review the validity of any conviction."
    ),
    "m14": (
        "EXPLANATION: CAPITALS indicate matter added to existing law. [Brackets] indicate matter "
        "deleted from existing law.\n\nBe it enacted by the Legislature of the State of "
        "Wyoming:\n\nSection 1. W.S. 7-13-1908 is amended to read:\n\n7-13-1908. Setting aside "
        "conviction.\n\n(a) A person who has completed all terms of a sentence for a misdemeanor may "
        "petition the sentencing court to set aside the conviction. The court may grant the petition "
        "if it finds that the person has not been convicted of another offense in the five years "
        "preceding the petition.\n\n(b) An order setting aside a conviction releases the person from "
        "all penalties and disabilities resulting from it, except as provided in subsection (d). "
        "[Upon entry of the order, the court shall have no further jurisdiction in the case.] AN "
        "ORDER ENTERED UNDER THIS SECTION DOES NOT DEPRIVE THE COURT OF JURISDICTION TO HEAR AND "
        "DECIDE A LATER MOTION UNDER SUBSECTION (c) OR ANY OTHER CHALLENGE TO THE VALIDITY OF THE "
        "CONVICTION.\n\n(c) NOTWITHSTANDING SUBSECTION (a), THE COURT MAY AT ANY TIME VACATE A "
        "CONVICTION IF THE PERSON SHOWS THAT IT WAS OBTAINED IN VIOLATION OF THE CONSTITUTION OR LAWS"
        " OF THIS STATE OR OF THE UNITED STATES, OR THAT IT IS OTHERWISE LEGALLY INVALID BECAUSE OF "
        "AN ERROR OF LAW OR OF PROCEDURE IN THE PROCEEDINGS THAT LED TO IT.\n\n(d) A conviction set "
        "aside under subsection (a) may be used as a prior conviction in a later prosecution."
    ),
    "m15": (
        "§ 30-3-14. Orders to vacate a residence or premises; duration.\n\n(a) As a condition of the "
        "pretrial release of a defendant charged with an offense involving domestic violence, the "
        "court may order the defendant to vacate a dwelling shared with the alleged victim and to "
        "stay away from it.\n\n(b) In a prosecution for maintaining a public nuisance under § 30-3-9, "
        "the court, upon conviction, may order all occupants to vacate the premises and may order the"
        " premises closed for a period of up to one year.\n\n(c) An order under this section remains in"
        " effect until the case is finally disposed of or, if the defendant is placed on probation, "
        "until the term of probation ends. During that period the court retains jurisdiction to "
        "modify, extend, or vacate the order at any time, upon motion of either party and a showing "
        "of changed circumstances."
    ),
    "m18": (
        "Rule 35.4. Time for filing; termination of jurisdiction.\n\n(a) A motion for postconviction "
        "relief under Rule 35.1 may be filed only by a person who is in custody under the sentence "
        "being challenged, or who is serving a term of probation, parole, or supervised release under"
        " it.\n\n(b) The court shall have no jurisdiction to entertain a motion under Rule 35.1, or a "
        "motion to withdraw a plea of guilty, that is filed after the movant has completed every part"
        " of the sentence imposed, including any term of probation or supervised release. A motion "
        "filed while the movant was in custody may be decided after the movant is discharged.\n\n(c) "
        "The clerk shall return to the sender, without filing it, any motion that the record shows to"
        " be barred by subdivision (b)."
    ),
    "m19": (
        "Rule 7.410. Correction of sentence.\n\n(a) Illegal sentence. The court that imposed a sentence"
        " may correct an illegal sentence at any time, on its own motion or on motion of either "
        "party. A sentence is illegal if it exceeds the maximum authorized by law, was imposed in "
        "violation of the prohibition against double jeopardy, or fails to give credit for time "
        "served as required by law.\n\n(b) Reduction. The court may reduce a sentence of imprisonment "
        "within 120 days after it is imposed, or within 120 days after the mandate issues on "
        "appeal.\n\n(c) Effect. A correction or reduction under this rule affects only the sentence. It"
        " does not disturb the adjudication of guilt or the judgment of conviction, and it does not "
        "entitle the defendant to withdraw a plea."
    ),
    "m21": (
        "§ 10-297. Accuracy of repository records; challenge.\n\n(a) Presumption. Criminal history "
        "record information maintained by the Central Repository is presumed to be accurate and "
        "complete. A person who disputes any entry bears the burden of showing, by a preponderance of"
        " the evidence, that it is inaccurate or incomplete.\n\n(b) Challenge. A person who is the "
        "subject of criminal history record information may challenge its accuracy by filing a "
        "written request with the Central Repository on the form the Secretary prescribes. Within 60 "
        "days after receiving the request, the Central Repository shall review the entry, correct any"
        " error it finds, and notify the person in writing of the result.\n\n(c) Review. A person "
        "dissatisfied with the result may, within 30 days after receiving the notice, request a "
        "hearing under the Administrative Procedure Act. A hearing officer may order the entry "
        "corrected or removed.\n\n(d) Notice of correction. When an entry is corrected, the Central "
        "Repository shall notify every agency to which it disseminated the entry within the previous "
        "year."
    ),
    "m22": (
        "Sec. 8-44. Warnings before a plea; later attack on the plea.\n\n(a) A court that receives a "
        "plea of guilty or nolo contendere shall first warn the defendant, orally or in a writing the"
        " defendant signs:\n(1) of the least and the greatest punishment the law allows for the "
        "offense;\n(2) that the court need not follow any plea agreement as to punishment;\n(3) that a "
        "defendant who is not a citizen of the United States may, because of the plea, be removed "
        "from the country, barred from returning, or refused citizenship.\n\n(b) A judgment entered on "
        "a plea shall not be disturbed for any omission or error in the warning required by "
        "Subdivision (a)(3) if the warning as given conveyed its substance.\n\n(c) In any proceeding "
        "attacking a judgment entered on a plea, if the judgment recites that the defendant was "
        "warned, the warning is presumed to have been given and the plea is presumed to have been "
        "knowing and voluntary, and the person attacking the judgment bears the burden of proving "
        "both that he did not know of the immigration consequences of the plea and that he was misled"
        " to his harm."
    ),
    "m23": (
        "Sec. 5. Petition to seal; presumption.\n\n(1) A person convicted of a misdemeanor or a class D"
        " felony may petition the sentencing court to seal the record of the conviction if at least "
        "three years have passed since the person completed the sentence.\n\n(2) The petition shall be "
        "served on the prosecuting attorney, who may file an objection within 30 days after "
        "service.\n\n(3) If the petitioner meets the requirements of subsection (1), there is a "
        "rebuttable presumption that sealing is appropriate. The prosecuting attorney may overcome "
        "the presumption only by clear and convincing evidence that the petitioner's interest in "
        "sealing is outweighed by a specific risk to public safety.\n\n(4) In deciding whether the "
        "presumption has been overcome, the court shall not consider the petitioner's citizenship or "
        "immigration status, or the likelihood that the petitioner will be placed in removal "
        "proceedings.\n\n(5) If the presumption is not overcome, the court shall order the record "
        "sealed."
    ),
    "m24": (
        "CHAPTER 38. SETTING ASIDE DEFECTIVE JUDGMENTS\n\nSec. 38-101. Definitions. In this "
        'chapter:\n(1) "Defect" means an error of law or of procedure in the proceeding that led to a '
        "judgment, including:\n(A) a violation of the right to the effective assistance of "
        "counsel;\n(B) the acceptance of a plea that was not entered knowingly, intelligently, and "
        "voluntarily;\n(C) the want of jurisdiction in the court that entered the judgment; and\n(D) "
        "the denial of any other right secured by the constitution of this state or of the United "
        'States.\n(2) "Eligible judgment" means a judgment of conviction entered by a court of this '
        'state, whether or not the sentence has been served.\n(3) "Petitioner" means a person against '
        "whom an eligible judgment was entered.\n\nSec. 38-102. Relief.\n(a) A petitioner may move the "
        "court that entered an eligible judgment to set it aside on account of a defect.\n(b) If the "
        "court finds a defect by a preponderance of the evidence, and finds that the defect was not "
        "harmless, it shall set aside the judgment, permit the petitioner to withdraw any plea, and "
        "either dismiss the charge or set the case for trial."
    ),
    "m25": (
        "Sec. 8. Continuing jurisdiction of the sentencing court.\n\n(1) When a defendant is placed on "
        "probation, the court retains jurisdiction over the defendant for the term of probation and "
        "may modify the conditions of probation, extend the term within the limits set by law, or "
        "revoke probation and impose sentence.\n\n(2) Except as provided in subsection (3), the court's"
        " jurisdiction over a probationer terminates when the term of probation expires or when the "
        "court enters an order of early discharge, and the court may not thereafter revoke probation "
        "for any violation.\n\n(3) Notwithstanding subsection (2), and notwithstanding that the record "
        "of the conviction has been sealed under section 12, the court retains jurisdiction to "
        "determine the amount of restitution, to modify the manner of payment, and to enforce an "
        "order of restitution until it is paid in full. An order of restitution that remains unpaid "
        "when probation ends may be entered as a civil judgment in favor of the victim."
    ),
    "m26": (
        "Section 4. A new section is added to chapter 9.96 RCW to read as follows:\n\n(1) Beginning "
        "January 1, 2028, the administrative office of the courts shall identify, at least once each "
        "month, every conviction record that meets the criteria of section 3 of this act, and the "
        "court of record shall seal each such record without a petition and without a hearing.\n\n(2) A"
        " person whose record is sealed under this section shall be treated as if the offense had not"
        " occurred, except as provided in subsection (4) of this section.\n\n(3) Nothing in this "
        "section shall be construed to deprive a court of jurisdiction over, or to bar a court from "
        "hearing and granting, a motion to vacate the judgment, a personal restraint petition, or any"
        " other collateral challenge to a conviction whose record has been sealed under this section."
        " For the purposes of such a proceeding, the court may order the sealed record made available"
        " to the parties and their counsel.\n\n(4) A conviction sealed under this section may be "
        "considered in a later prosecution for purposes of sentencing."
    ),
    "m27": (
        "§ 31-508. Persons found guilty except insane; jurisdiction of committing court.\n\nA. If a "
        "person is found guilty except insane and the offense involved the death or serious physical "
        "injury of another, the court shall commit the person to a secure state mental health "
        "facility.\n\nB. The committing court retains jurisdiction over the person until the person is "
        "discharged. The court's jurisdiction shall not extend beyond the maximum term of "
        "imprisonment that could have been imposed for the offense.\n\nC. Every 180 days, the medical "
        "director shall report to the committing court on the person's condition. The court may order"
        " conditional release if it finds by clear and convincing evidence that the person no longer "
        "has a mental disease or defect, or is no longer dangerous.\n\nD. When the term described in "
        "subsection B ends, the court's jurisdiction over the person terminates and the person shall "
        "be released, unless civil commitment proceedings have been started."
    ),
    "m29": (
        "§ 62-1108. Duration of juvenile court jurisdiction; sealing upon termination.\n\n(1) Except as"
        " otherwise provided in this section, the juvenile court retains jurisdiction over a person "
        "adjudicated delinquent, for purposes of disposition, supervision, and commitment, until the "
        "person reaches 21 years of age.\n\n(2) The court may terminate its jurisdiction at an earlier "
        "time if it finds that the person has completed the disposition ordered and that continued "
        "supervision is not needed.\n\n(3) When the court's jurisdiction over a person terminates under"
        " subsection (1) or (2), the court shall order the records of the delinquency case sealed, "
        "and the juvenile court's jurisdiction over the person for purposes of disposition, "
        "supervision, and commitment ends.\n\n(4) An adjudication of delinquency is not a conviction of"
        " a crime and does not impose any civil disability ordinarily resulting from a conviction."
    ),
    "m30": (
        "Sec. 6. Community outreach grants.\n\n(a) Subject to appropriation, the Department of Justice "
        "shall award grants to nonprofit community-based organizations, including organizations that "
        "provide legal services to immigrants, to conduct outreach and education about record relief "
        "under this Act.\n\n(b) A grantee shall use the grant to inform members of the public, in the "
        "languages spoken in the communities it serves, about:\n(1) the kinds of relief available "
        "under this Act and how to apply for them;\n(2) the limits of that relief, including that an "
        "order of expungement under section 3, because it is granted for reasons of rehabilitation "
        "and not for a legal defect, will generally not be recognized by federal immigration "
        "authorities, and that an expunged conviction may still make a person who is not a citizen "
        "removable or ineligible for an immigration benefit; and\n(3) the availability of a motion "
        "under section 5 to vacate a conviction for a legal defect.\n\n(c) Each grantee shall report "
        "annually to the Department the number of persons reached and the languages used."
    ),
    "m31": (
        "§ 23-6-511. Enforcement of sealing orders.\n\n(A) The court that ordered a record sealed under"
        " section 23-6-510 retains jurisdiction to enforce its order.\n\n(B) On motion of the person "
        "whose record was sealed, the court may order any public office or agency, or any private "
        "person who has obtained the record, to show cause why it should not be held in contempt for "
        "inspecting, releasing, or using the sealed record except as permitted by section "
        "23-6-509.\n\n(C) If the court finds that the respondent knowingly released or used the sealed "
        "record in violation of the order, it may hold the respondent in contempt, order the "
        "respondent to retrieve and destroy every copy it released, and award the person reasonable "
        "attorney's fees and costs.\n\n(D) The remedies in this section are in addition to any civil "
        "action for damages the person may bring."
    ),
    "m33": (
        "Sec. 10. Automatic sealing; other remedies preserved.\n\n(a) The clerk of each circuit court "
        "shall seal the record of any conviction that becomes eligible under section 9, without the "
        "filing of a petition, within 60 days after it becomes eligible.\n\n(b) The fact that a record "
        "was not sealed under this section, whether because of an error in the repository's data or "
        "because the conviction was not eligible, does not preclude the person from filing a petition"
        " for sealing under section 7. Such a petition may be filed at any time, and shall be deemed "
        "timely, regardless of when the person completed the sentence.\n\n(c) Nothing in this section "
        "shall be construed to limit the availability of a pardon, a certificate of rehabilitation, "
        "or a petition for sealing under any other provision of law."
    ),
    "m34": (
        "§ 220.52. Plea of guilty; advice about immigration; effect.\n\n1. Before accepting a plea of "
        "guilty to a felony or misdemeanor, the court shall advise the defendant on the record that, "
        "if the defendant is not a citizen of the United States, the plea and the conviction that "
        "follows may result in the defendant's deportation, exclusion from admission to the United "
        "States, or denial of naturalization.\n\n2. The advice required by subdivision one is given for"
        " the defendant's information only. The failure of the court to give it, or any error in its "
        "wording, shall not affect the validity of the plea or of the judgment of conviction, and "
        "shall not be a ground for vacating the judgment or for permitting the plea to be "
        "withdrawn.\n\n3. Nothing in this section creates any right of action or any duty of the court "
        "to advise a defendant of any other consequence of a conviction."
    ),
    "m36": (
        "EXPLANATION: Matter in CAPITALS is new; matter in [brackets] is existing law to be "
        "omitted.\n\nSection 4. Section 12-31-4 of the Code is amended to read:\n\n12-31-4. Grounds; "
        "burden; relief.\nSubd. 1a. Grounds. A person convicted of a crime may petition for relief "
        "under this chapter on the ground that:\n(1) the conviction was obtained in violation of the "
        "person's rights under the Constitution of the United States or of this state;\n(2) the person"
        " was denied the effective assistance of counsel[, if the person shows that counsel's "
        "performance fell below an objective standard of reasonableness and that there is a "
        "reasonable probability that, but for the errors, the result would have been different]; "
        "or\n(3) the court that imposed the sentence lacked jurisdiction.\nSUBD. 1B. BURDEN IN "
        "PETITIONS BY NONCITIZENS. IF A PETITIONER WHO WAS NOT A CITIZEN OF THE UNITED STATES WHEN "
        "THE PLEA WAS ENTERED SHOWS THAT THE RECORD CONTAINS NO ADVICE, BY THE COURT OR BY COUNSEL, "
        "OF THE RISK OF REMOVAL, THE COURT SHALL TREAT THE PLEA AS NOT KNOWINGLY MADE AND THE "
        "CONVICTION AS INVALID UNDER CLAUSE (1) OR (2) OF SUBDIVISION 1A, UNLESS THE STATE PROVES BY "
        "A PREPONDERANCE OF THE EVIDENCE THAT THE PETITIONER KNEW OF THAT RISK WHEN THE PLEA WAS "
        "ENTERED.\nSubd. 2. Relief. If the court finds in favor of the petitioner, it shall vacate the"
        " judgment and order a new trial, a discharge, or other appropriate relief."
    ),
    "m38": (
        "§ 47-9-204. Relief from void or unauthorized judgments; time.\n\n(1) A petitioner is entitled "
        "to relief under this chapter upon proof of one or more of the following:\n(a) the trial court"
        " had no jurisdiction to pronounce the judgment;\n(b) the petitioner pleaded guilty without "
        "the assistance of counsel and without a valid waiver of counsel, or counsel's assistance was"
        " so deficient that the plea was not a knowing choice;\n(c) the conviction is void because the"
        " proceedings that produced it denied the petitioner a right guaranteed by the federal or "
        "state constitution; or\n(d) the sentence is greater than, or otherwise departs from, what the"
        " law allows.\n\n(2) A petitioner may file at any time, whether or not the petitioner is in "
        "custody or on probation and whether or not the petitioner has finished the sentence.\n\n(3) "
        "Relief under this chapter may include any of the following: vacating the conviction and "
        "allowing the withdrawal of any plea; a new trial; correction of the sentence; release; or "
        "other relief the court finds appropriate."
    ),
    "m39": (
        "Sec. 21. Notice to persons whose records are sealed.\n\n(a) When the court enters an order "
        "sealing a conviction, the clerk shall give the person a copy of the order and a written "
        "notice, in plain language, stating that:\n(1) the person may deny the existence of the sealed"
        " conviction in an application for employment, housing, or education, except as provided in "
        "paragraph (2);\n(2) the sealed conviction must still be disclosed in an application for a "
        "position with a law enforcement agency, for a license issued under chapter 43A, or for a "
        "position that involves the care of children or vulnerable adults;\n(3) the sealed conviction "
        "may be used to enhance the sentence for a later offense; and\n(4) sealing does not restore "
        "the right to possess a firearm if that right was lost because of the conviction.\n\n(b) The "
        "Judicial Council shall prescribe the form of the notice and post it on its website in "
        "English and Spanish."
    ),
    "m40": (
        "Rule 11-102. Pleas of guilty; determinations by the court.\n\n(a) The court shall not accept a"
        " plea of guilty or nolo contendere without first addressing the defendant personally in open"
        " court and determining that the defendant understands:\n(1) the nature of the charge to which"
        " the plea is offered;\n(2) the mandatory minimum penalty, if any, and the maximum possible "
        "penalty;\n(3) the right to plead not guilty and to be tried by a jury;\n(4) that by pleading "
        "guilty the defendant waives the right to a trial; and\n(5) that, if the defendant is not a "
        "citizen of the United States, a conviction may result in removal, exclusion from admission, "
        "or denial of naturalization under federal law.\n\n(b) The court shall make the determinations "
        "required by subsection (a) on the record.\n\n(c) The court may presume that a defendant who is"
        " represented by counsel has been advised by counsel of the matters listed in paragraphs (1) "
        "through (4) of subsection (a)."
    ),
}

PROBES = [
    ("m01", "vacatur-for-cause", "absent"),
    ("m01", "court-jurisdiction", "absent"),
    ("m01", "public-education", "partial"),
    ("m02", "vacatur-for-cause", "present"),
    ("m02", "rebuttable-presumption", "partial"),
    ("m02", "public-education", "partial"),
    ("m03", "vacatur-for-cause", "absent"),
    ("m04", "court-jurisdiction", "present"),
    ("m05", "vacatur-for-cause", "absent"),
    ("m05", "rebuttable-presumption", "absent"),
    ("m06", "rebuttable-presumption", "present"),
    ("m06", "vacatur-for-cause", "present"),
    ("m08", "vacatur-for-cause", "absent"),
    ("m08", "court-jurisdiction", "contrary"),
    ("m09", "vacatur-for-cause", "absent"),
    ("m09", "rebuttable-presumption", "absent"),
    ("m10", "public-education", "present"),
    ("m11", "vacatur-for-cause", "absent"),
    ("m11", "court-jurisdiction", "absent"),
    ("m12", "rebuttable-presumption", "contrary"),
    ("m12", "vacatur-for-cause", "present"),
    ("m12", "public-education", "partial"),
    ("m13", "vacatur-for-cause", "absent"),
    ("m14", "vacatur-for-cause", "present"),
    ("m14", "court-jurisdiction", "present"),
    ("m15", "vacatur-for-cause", "absent"),
    ("m15", "court-jurisdiction", "absent"),
    ("m18", "court-jurisdiction", "contrary"),
    ("m19", "vacatur-for-cause", "absent"),
    ("m19", "court-jurisdiction", "absent"),
    ("m21", "rebuttable-presumption", "absent"),
    ("m22", "rebuttable-presumption", "contrary"),
    ("m22", "public-education", "partial"),
    ("m23", "rebuttable-presumption", "absent"),
    ("m24", "vacatur-for-cause", "present"),
    ("m25", "court-jurisdiction", "absent"),
    ("m26", "court-jurisdiction", "present"),
    ("m27", "court-jurisdiction", "absent"),
    ("m29", "court-jurisdiction", "absent"),
    ("m30", "public-education", "present"),
    ("m31", "court-jurisdiction", "absent"),
    ("m33", "court-jurisdiction", "absent"),
    ("m34", "vacatur-for-cause", "contrary"),
    ("m34", "public-education", "partial"),
    ("m36", "rebuttable-presumption", "present"),
    ("m36", "vacatur-for-cause", "present"),
    ("m38", "vacatur-for-cause", "present"),
    ("m38", "court-jurisdiction", "absent"),
    ("m39", "public-education", "partial"),
    ("m40", "vacatur-for-cause", "absent"),
    ("m40", "public-education", "partial"),
    ("m40", "rebuttable-presumption", "absent"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
