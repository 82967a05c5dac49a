"""`billkit check` on a second, critical read of this round's vacatur rules: new trials granted, ordered or
moved for; a window of years for newly discovered evidence; false evidence, reversible error and a fair trial
denied as defects; habeas writs that may be prosecuted for listed reasons; digests that allow a petition to
vacate; "is required to issue an order:"; and two record-access guards. A reviewer wrote 44 texts in the
reviewer's own words and decided each status before running them; at first 21 read wrong, 12 of them worse
than before the round (civil new trials, small claims, an election contest, habeas writs for immigration
detention, extradition and parole, a digest on tenants' judgments, a school expulsion set aside, a
fourteen-day window read through the next sentence, and two real grants of a file to the person lost). The
new-trial, habeas and digest readings now need a criminal setting, the civil list takes in those forums, the
days window guards the two-sentence innocence rule, "is authorized to vacate" grants, and the record-access
guard bans only words that make the person one who may ask for relief. The 38 texts read right are kept here.
Of the six left out, all read the same before the round: a child-custody writ and a hearing notice listed to
the defendant read present; a fourteen-day window is read absent where partial is right; DNA relief after a
bare "shall:" or "shall do the following:" lead, and a paraphrased false-evidence ground, are missed.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "civil-new-trial-causes",
        "vacatur-for-cause",
        "absent",
        "Sec. 612. New trial; causes. A verdict may be vacated and a new trial may be granted on the "
        "application of the party aggrieved for any of the following causes materially affecting the "
        "substantial rights of the party: (1) irregularity in the proceedings of the court or jury by which "
        "either party was prevented from having a fair trial; (2) misconduct of the jury; (3) newly "
        "discovered evidence, material for the party making the application, which the party could not with "
        "reasonable diligence have discovered and produced at the trial; (4) excessive or inadequate "
        "damages. Sec. 613. The court may grant a new trial on all or part of the issues.",
    ),
    (
        "civil-new-trial-motion-28days",
        "vacatur-for-cause",
        "absent",
        "Rule 59. New Trials; Amending a Judgment. (a) After a trial to a jury, the court may, on motion, "
        "grant a new trial to any party on all or some of the issues for any reason for which a new trial "
        "has heretofore been granted in an action at law. (b) A motion for a new trial must be filed no "
        "later than 28 days after the entry of judgment, except that a motion based on newly discovered "
        "evidence must be filed within two years after the entry of judgment. (c) The court may award costs "
        "to the prevailing party.",
    ),
    (
        "juvenile-dependency-new-trial",
        "vacatur-for-cause",
        "absent",
        "Section 388.5. Dependency proceedings; rehearing. (a) In any proceeding to declare a child a "
        "dependent of the juvenile court, the parent or guardian may move for a new trial on the ground "
        "that the parent was denied effective assistance of counsel at the jurisdictional hearing. (b) If "
        "the court finds that counsel's performance prejudiced the parent, the court shall order a new "
        "trial of the jurisdictional allegations. (c) Nothing in this section affects the child's placement "
        "pending the new hearing.",
    ),
    (
        "civil-appeal-reversible-error",
        "vacatur-for-cause",
        "absent",
        "Section 8. Appeals from the small claims division. (a) A party against whom a money judgment has "
        "been entered in an action under this chapter may appeal to the circuit court. (b) The circuit "
        "court shall review the record for reversible error and, if it finds such error, may order a new "
        "trial in the small claims division. (c) The appeal bond shall be twice the amount of the judgment.",
    ),
    (
        "small-claims-de-novo",
        "vacatur-for-cause",
        "absent",
        "(a) A defendant in a small claims action who is dissatisfied with the judgment shall be granted a "
        "new trial in the district court upon filing a written demand within 10 days after the judgment is "
        "entered. (b) The new trial shall be de novo. (c) No claim of reversible error may be raised in the "
        "small claims division, and the defendant's remedy for any such error is the trial de novo.",
    ),
    (
        "election-contest-colon-order",
        "vacatur-for-cause",
        "absent",
        "Sec. 16-602. Judgment in an election contest. After hearing the contest, the court shall do one of "
        "the following: (1) confirm the result of the election; (2) if it finds that illegal votes were "
        "cast in numbers sufficient to change the result, declare the election void; or (3) if it finds "
        "that the contestant was denied a fair count by reason of fraud, order a new election. A party "
        "aggrieved may, within 5 days, move for a new trial, which the court may grant for reversible error "
        "in the admission of evidence.",
    ),
    (
        "interest-of-justice-only",
        "vacatur-for-cause",
        "absent",
        "Rule 24. New Trial. (a) Upon the defendant's motion, the court may vacate any judgment and grant a "
        "new trial if the interest of justice so requires. (b) A motion under this rule must be filed "
        "within 14 days after the verdict. (c) An omission from the jury instructions is not reversible "
        "error unless the defendant objected before the jury retired.",
    ),
    (
        "perjury-offence-false-evidence",
        "vacatur-for-cause",
        "absent",
        "Sec. 1. Aggravated perjury. (a) A person commits aggravated perjury if the person knowingly "
        "fabricates or causes false evidence to be offered in an official proceeding and the false evidence "
        "was introduced before the trier of fact. (b) Aggravated perjury is a class C felony. Sec. 2. "
        "Motions after verdict. The court, on motion of the defendant, may grant a new trial when required "
        "in the interest of justice.",
    ),
    (
        "compensation-false-evidence-new-trial",
        "vacatur-for-cause",
        "absent",
        "Section 4. Eligibility for payment. (a) The state shall pay the amount set out in Section 5 to any "
        "person who (1) was convicted of a felony and imprisoned, (2) was subsequently granted a new trial "
        "because false evidence was introduced at the person's trial, and (3) was acquitted on retrial or "
        "had the charges dismissed. (b) A person seeking payment must file an application with the "
        "comptroller within three years after the acquittal or dismissal.",
    ),
    (
        "compensation-must-show-new-trial",
        "vacatur-for-cause",
        "absent",
        "A person seeking compensation under this act must show that a court, on finding that the person "
        "was denied a fair trial, vacated the conviction or ordered a new trial, and that the person was "
        "not retried. The person shall be granted a new trial certificate by the clerk on request. The "
        "commission may award up to $60,000 for each year of wrongful imprisonment.",
    ),
    (
        "clerk-report-is-required",
        "vacatur-for-cause",
        "absent",
        "Each clerk of the circuit court is required to enter in a register, and to report to the Judicial "
        "Council by January 31 of each year, every order in a criminal case that grants a new trial on the "
        "ground that false evidence was introduced at trial or that the defendant was denied effective "
        "assistance of counsel. The report shall not contain the name of any defendant.",
    ),
    (
        "habeas-immigration-detention",
        "vacatur-for-cause",
        "absent",
        "Sec. 3. Any person held in civil immigration detention in a facility operated under contract with "
        "a county may seek release by writ of habeas corpus. A writ of habeas corpus may be prosecuted "
        "under this section for any of the following reasons: (a) the detention violates the person's "
        "rights under the Constitution of this State; (b) the facility holds the person without a judicial "
        "warrant; (c) the person has been held longer than 48 hours after the time set for release.",
    ),
    (
        "digest-vacate-judgments-by-default",
        "vacatur-for-cause",
        "absent",
        "This bill establishes procedures for vacating judgments entered by default against servicemembers "
        "in debt collection lawsuits. A servicemember may apply within 90 days after release from active "
        "duty if the servicemember was not served or the denial of the servicemember's right to notice "
        "prejudiced the defense.",
    ),
    (
        "digest-landlord-eviction-stay",
        "vacatur-for-cause",
        "absent",
        "The bill allows landlords to petition to vacate an eviction stay and allows tenants to move to "
        "vacate a possession judgment if the tenant can show a violation of the tenant's rights under the "
        "Residential Tenancies Act. It also extends the notice period for nonpayment evictions to 14 days.",
    ),
    (
        "digest-trafficking-plural",
        "vacatur-for-cause",
        "present",
        "Synopsis: Permits victims of human trafficking to move to vacate convictions for prostitution and "
        "related offenses that were committed as a direct result of their having been trafficked. Provides "
        "that the court may also expunge the records of the vacated convictions.",
    ),
    (
        "digest-trafficking-caseword-only",
        "vacatur-for-cause",
        "absent",
        "Synopsis: Establishes a statewide unit in the Office of the Attorney General to prosecute human "
        "trafficking cases. Provides procedures for the sealing of arrest records of minors in human "
        "trafficking cases after completion of a diversion program. Authorizes the court to vacate a "
        "protective order on the petitioner's motion.",
    ),
    (
        "digest-allows-petition-vacate",
        "vacatur-for-cause",
        "present",
        "Summary: The bill allows a person to petition the court to vacate a conviction if the court failed "
        "to advise the person of the immigration consequences of a guilty plea, and requires courts to give "
        "that advisement on the record.",
    ),
    (
        "erpo-required-issue-order",
        "vacatur-for-cause",
        "absent",
        "Section 9. Extreme risk protection. If the court finds that the respondent was denied due process "
        "because notice of the hearing was not served, the court is required to issue an order: (a) "
        "vacating the judgment entered against the respondent under this chapter; (b) directing the sheriff "
        "to return any firearm surrendered under the judgment.",
    ),
    (
        "protective-required-issue-order",
        "vacatur-for-cause",
        "absent",
        "Upon a finding that the petitioner obtained the order by fraud, the court is required to issue an "
        "order: (a) vacating the protective order; and (b) directing law enforcement to remove the order "
        "from the statewide registry.",
    ),
    (
        "trafficking-required-issue-order",
        "vacatur-for-cause",
        "present",
        "(c) If the court finds that the petitioner's participation in the offense was the result of having "
        "been a victim of human trafficking, the court is required to issue an order: (1) vacating the "
        "petitioner's judgment of conviction; (2) dismissing the accusatory pleading; and (3) directing the "
        "Department of Justice to correct its records.",
    ),
    (
        "authorized-to-vacate-advisement",
        "vacatur-for-cause",
        "present",
        "If the court did not advise the defendant of the immigration consequences of the plea as required "
        "by subsection (a), the court is authorized to vacate the judgment and permit the defendant to "
        "withdraw the plea on the defendant's motion. The motion may be filed at any time.",
    ),
    (
        "empowered-to-vacate-supervision-order",
        "vacatur-for-cause",
        "absent",
        "The board is empowered to set aside an administrative order of suspension if the licensee shows "
        "that the hearing officer lacked jurisdiction. A licensee is required to file any such request "
        "within 30 days.",
    ),
    (
        "false-evidence-new-trial-any-time",
        "vacatur-for-cause",
        "present",
        "On motion of the defendant, the court may vacate the judgment of conviction and grant a new trial "
        "if false evidence that was material to the verdict was introduced at the defendant's trial. A "
        "motion under this section may be filed at any time after judgment.",
    ),
    (
        "must-grant-brady",
        "vacatur-for-cause",
        "present",
        "If the court finds that the prosecution suppressed evidence that was favorable to the defendant "
        "and material to guilt, the court must grant the defendant a new trial. A motion under this "
        "subsection may be filed at any time after the defendant learns of the suppression.",
    ),
    (
        "petitioner-may-move-years",
        "vacatur-for-cause",
        "present",
        "(a) A petitioner may move for a new trial on the ground of newly discovered evidence that, had it "
        "been introduced, would probably have produced an acquittal. (b) A motion under subsection (a) must "
        "be filed within three years after the verdict.",
    ),
    (
        "new-trial-7days-unreliable",
        "vacatur-for-cause",
        "partial",
        "The court may grant a new trial if the conviction was based on unreliable forensic evidence. A "
        "motion under this section must be filed within 7 days after the verdict.",
    ),
    (
        "prosecutor-only-new-trial",
        "vacatur-for-cause",
        "partial",
        "Upon motion of the prosecuting attorney only, the court may grant a new trial to a defendant if "
        "the court finds that false evidence was presented at the trial. The defendant may not file a "
        "motion under this section.",
    ),
    (
        "contrary-new-trial-barred-advisement",
        "vacatur-for-cause",
        "contrary",
        "The failure of the court to advise the defendant of the possible immigration consequences of a "
        "plea shall not be a ground for vacating the judgment. A new trial shall not be granted on the "
        "ground that the defendant was not informed of such consequences.",
    ),
    (
        "juror-misconduct-denied-fair-trial",
        "vacatur-for-cause",
        "present",
        "If, after verdict, the defendant shows that a juror concealed bias during jury selection and that "
        "the concealment denied the defendant a fair trial, the court shall order a new trial. The motion "
        "may be made at any time before the defendant's sentence is fully served.",
    ),
    (
        "ra-give-access-to-sealed",
        "record-access",
        "present",
        "Upon the written request of the petitioner, the clerk shall give the petitioner access to the "
        "sealed records of the case without a court order.",
    ),
    (
        "ra-provide-eligible-notice",
        "record-access",
        "absent",
        "At sentencing, the court shall provide each defendant who is eligible to have the defendant's "
        "records expunged under this chapter with a written notice describing the procedure.",
    ),
    (
        "ra-provided-that-list",
        "record-access",
        "present",
        "Sealed records shall be disclosed, provided that the request is in writing, only to the following: "
        "(1) a criminal justice agency; (2) the person who is the subject of the record.",
    ),
    (
        "ra-give-person-who-requests",
        "record-access",
        "present",
        "The clerk shall give the petitioner who asks for it a copy of the sealed file at no cost.",
    ),
    (
        "habeas-extradition",
        "vacatur-for-cause",
        "absent",
        "A writ of habeas corpus may be brought by a person arrested on a governor's warrant of extradition "
        "to test the legality of the arrest. The petition may allege that the warrant was issued in "
        "violation of the person's rights under the Uniform Criminal Extradition Act.",
    ),
    (
        "habeas-parole-revocation",
        "vacatur-for-cause",
        "absent",
        "A writ of habeas corpus may be prosecuted by a parolee whose parole was revoked without a hearing, "
        "on the ground that the revocation was a denial of the parolee's right to due process under the "
        "Constitution. The board shall hold a new revocation hearing within 30 days after the writ is "
        "granted.",
    ),
    (
        "digest-tenant-judgments",
        "vacatur-for-cause",
        "absent",
        "This act establishes procedures for vacating judgments entered against tenants in summary "
        "possession cases when the tenant was not served, in violation of the tenant's due process rights. "
        "It also requires landlords to file proof of service.",
    ),
    (
        "school-expulsion-unreliable",
        "vacatur-for-cause",
        "absent",
        "The hearing officer may set aside a school expulsion decision that was based upon unreliable "
        "evidence and order the student readmitted. The district shall expunge the expulsion from the "
        "student's file.",
    ),
    (
        "ra-defendant-to-whom",
        "record-access",
        "present",
        "On request, the agency shall provide the defendant to whom the expunged record relates a complete "
        "copy of the record.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_the_reviewer_decided(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
