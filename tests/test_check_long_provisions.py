"""`billkit check` on provisions whose decisive words are spread over subsections, read as a lawyer would.

The texts are a second, critical reader's probes, written for these tests (no source): sections in the shape
of state codes and bills, with definitions, cross-references ("subject to subsection (c)", "under section
610.122"), exceptions and provisos, each with the status that reader wrote down before running the tool,
under the corpus's label rules (``tests/corpus/README.md``). Each is read as that reader ran it, as a text
file. They pin down what the review found the rules misread:
- a grant to the person that cites the section that sealed the record ("a record sealed under section
  610.122 may inspect the record") is read past the section number's point;
- a list of who may see records introduced with an aside ("information, including information relating to a
  conviction that has been set aside or sealed, may be disseminated only to:") is read as a list;
- bars aimed at federal agencies, or at one use of the records (employment, housing), say nothing of the
  person's own access; a bar on copies where seeing is granted narrows the grant; a lawyer's route is
  ``partial`` even where the person is named after "for";
- a vacatur denied ("Nothing in this section authorizes the court to vacate ...") or an order of sealing
  modified for fraud is no vacatur; a writ of coram nobis for an error of fact that would have prevented the
  judgment is one;
- jurisdiction "for purposes of probation" that ends says nothing of later challenges; a court kept able to
  hear another sealing petition keeps none; a motion that may be filed "regardless of whether the record ...
  has been sealed" keeps one open.
- a ground given only in a definition ("'Qualifying defect' means ... any other procedural or substantive
  defect"; a statute is "void" if a court has held it unconstitutional) is followed into the grant that uses
  the term.
An exception that points to a subsection ("Except as provided in subsection (b), no official ... shall
release ... to any person, unless ordered by a court") is read with that subsection: one that names only
agencies leaves the person behind the court's order; one that names the person lets them past it.
Four probes the rules still read otherwise are left out, and named in the session's note: decriminalisation
relief "deemed legally invalid", every disposition sent on to the FBI, a list of agencies with "no record
exists" for everyone else, and a limit on immigration holds read as a records bar.
"""

from __future__ import annotations

import pytest

from support import file_statuses

PROBES = [
    (
        "p01",
        "vacatur-for-cause",
        "present",
        (
            "Section 1. Short title. This act may be cited as the Uniform Post-Conviction Remedy "
            "Act.\n"
            "\n"
            'Sec. 2. Definitions. As used in this act: (1) "Applicant" means a person convicted of a '
            'crime in a court of this State, whether or not the person is in custody. (2) "Judgment" '
            "includes the sentence and any order deferring or suspending it.\n"
            "\n"
            "Sec. 3. Remedy. (a) Subject to subsections (c) and (d), an applicant who claims one or "
            "more of the following may institute a proceeding under this act in the court that "
            "imposed sentence to secure relief from the judgment:\n"
            "(1) that the conviction or the sentence was obtained or imposed in violation of the "
            "Constitution of the United States or the constitution or laws of this State;\n"
            "(2) that the court was without jurisdiction to impose the sentence;\n"
            "(3) that the sentence exceeds the maximum authorized by law;\n"
            "(4) that there exists evidence of material facts, not previously presented and heard, "
            "that requires vacation of the conviction or sentence in the interest of justice; or\n"
            "(5) that the applicant was denied the effective assistance of counsel.\n"
            "(b) If the court finds in favor of the applicant, it shall vacate and set aside the "
            "judgment and shall enter an appropriate order with respect to the judgment in the "
            "former proceedings, including discharge, resentencing, or a new trial.\n"
            "(c) A proceeding under this act shall be commenced within three years after the "
            "judgment became final, except that the limit does not apply to a claim under paragraph "
            "(4) of subsection (a) that is filed within one year after the evidence was discovered.\n"
            "(d) A ground not raised in the proceedings that resulted in the conviction, or on "
            "direct appeal, is waived; provided, however, that the court may hear the ground if the "
            "applicant shows cause for the failure to raise it and actual prejudice."
        ),
    ),
    (
        "p02",
        "vacatur-for-cause",
        "present",
        (
            "Sec. 12. Writ of error coram nobis; statutory form.\n"
            "(a) The common-law writ of error coram nobis is continued in this State and may be "
            "sought by a person who has been convicted of a crime and who is no longer in custody on "
            "the judgment, whether the sentence has expired or was never imposed.\n"
            "(b) The writ lies only to correct an error of fact, unknown to the court and to the "
            "petitioner at the time of the plea or trial and not attributable to the petitioner's "
            "own negligence, which, had it been known, would have prevented the rendition of the "
            "judgment; it does not lie to review errors of law appearing on the face of the record, "
            "which are reviewable on appeal.\n"
            "(c) Notwithstanding any other provision of law, a petition for the writ may be filed at "
            "any time, provided that the petitioner shows that the error could not with reasonable "
            "diligence have been discovered earlier.\n"
            "(d) If the court finds that such an error occurred, it shall vacate the judgment of "
            "conviction and may order a new trial or dismiss the charge."
        ),
    ),
    (
        "p02",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 12. Writ of error coram nobis; statutory form.\n"
            "(a) The common-law writ of error coram nobis is continued in this State and may be "
            "sought by a person who has been convicted of a crime and who is no longer in custody on "
            "the judgment, whether the sentence has expired or was never imposed.\n"
            "(b) The writ lies only to correct an error of fact, unknown to the court and to the "
            "petitioner at the time of the plea or trial and not attributable to the petitioner's "
            "own negligence, which, had it been known, would have prevented the rendition of the "
            "judgment; it does not lie to review errors of law appearing on the face of the record, "
            "which are reviewable on appeal.\n"
            "(c) Notwithstanding any other provision of law, a petition for the writ may be filed at "
            "any time, provided that the petitioner shows that the error could not with reasonable "
            "diligence have been discovered earlier.\n"
            "(d) If the court finds that such an error occurred, it shall vacate the judgment of "
            "conviction and may order a new trial or dismiss the charge."
        ),
    ),
    (
        "p03",
        "vacatur-for-cause",
        "present",
        (
            "Section 4. Motion to vacate; victims of human trafficking.\n"
            '(a) As used in this section, "victim of human trafficking" has the meaning given in '
            "section 13-2-307, and includes a person who was under eighteen years of age at the time "
            "of the offense.\n"
            "(b) Subject to subsection (e), a person convicted of prostitution, loitering for the "
            "purpose of prostitution, or any other nonviolent offense may move the court in which "
            "the conviction was entered to vacate the judgment if the person's participation in the "
            "offense was a direct result of having been a victim of human trafficking.\n"
            "(c) A certified record of a federal, state, or local proceeding, including a "
            "certification or approval notice issued in a federal immigration proceeding, that shows "
            "the movant was a victim of human trafficking at the time of the offense creates a "
            "rebuttable presumption that the movant's participation in the offense was a direct "
            "result of that status.\n"
            "(d) If the court grants the motion, it shall vacate the conviction, permit the "
            "withdrawal of any plea of guilty or nolo contendere, and dismiss the accusatory "
            "instrument.\n"
            "(e) A motion under this section shall be made with reasonable diligence after the "
            "movant has ceased to be a victim of human trafficking or has sought services for "
            "victims, and shall be served on the prosecuting attorney, who may respond within thirty "
            "days."
        ),
    ),
    (
        "p03",
        "rebuttable-presumption",
        "partial",
        (
            "Section 4. Motion to vacate; victims of human trafficking.\n"
            '(a) As used in this section, "victim of human trafficking" has the meaning given in '
            "section 13-2-307, and includes a person who was under eighteen years of age at the time "
            "of the offense.\n"
            "(b) Subject to subsection (e), a person convicted of prostitution, loitering for the "
            "purpose of prostitution, or any other nonviolent offense may move the court in which "
            "the conviction was entered to vacate the judgment if the person's participation in the "
            "offense was a direct result of having been a victim of human trafficking.\n"
            "(c) A certified record of a federal, state, or local proceeding, including a "
            "certification or approval notice issued in a federal immigration proceeding, that shows "
            "the movant was a victim of human trafficking at the time of the offense creates a "
            "rebuttable presumption that the movant's participation in the offense was a direct "
            "result of that status.\n"
            "(d) If the court grants the motion, it shall vacate the conviction, permit the "
            "withdrawal of any plea of guilty or nolo contendere, and dismiss the accusatory "
            "instrument.\n"
            "(e) A motion under this section shall be made with reasonable diligence after the "
            "movant has ceased to be a victim of human trafficking or has sought services for "
            "victims, and shall be served on the prosecuting attorney, who may respond within thirty "
            "days."
        ),
    ),
    (
        "p04",
        "vacatur-for-cause",
        "present",
        (
            "Sec. 2. (a) Before accepting a plea of guilty or nolo contendere to any offense other "
            "than an infraction, the court shall address the defendant personally and advise the "
            "defendant on the record that, if the defendant is not a citizen of the United States, a "
            "conviction of the offense may result in deportation, exclusion from admission, or "
            "denial of naturalization under federal law.\n"
            "(b) If the court fails to give the advisement required by subsection (a), and the "
            "defendant shows that conviction of the offense to which the defendant pleaded may have "
            "one of the consequences described there, the court, on the defendant's motion, shall "
            "vacate the judgment and permit the defendant to withdraw the plea and enter a plea of "
            "not guilty; except that a motion under this subsection shall not be granted if the "
            "defendant was in fact aware of those consequences when the plea was entered.\n"
            "(c) In the absence of a record that the court gave the advisement required by "
            "subsection (a), the defendant shall be presumed not to have received it.\n"
            "(d) Nothing in this section requires the court to inquire into the citizenship or "
            "immigration status of the defendant, and the defendant shall not be required to "
            "disclose that status to the court at any time."
        ),
    ),
    (
        "p04",
        "rebuttable-presumption",
        "partial",
        (
            "Sec. 2. (a) Before accepting a plea of guilty or nolo contendere to any offense other "
            "than an infraction, the court shall address the defendant personally and advise the "
            "defendant on the record that, if the defendant is not a citizen of the United States, a "
            "conviction of the offense may result in deportation, exclusion from admission, or "
            "denial of naturalization under federal law.\n"
            "(b) If the court fails to give the advisement required by subsection (a), and the "
            "defendant shows that conviction of the offense to which the defendant pleaded may have "
            "one of the consequences described there, the court, on the defendant's motion, shall "
            "vacate the judgment and permit the defendant to withdraw the plea and enter a plea of "
            "not guilty; except that a motion under this subsection shall not be granted if the "
            "defendant was in fact aware of those consequences when the plea was entered.\n"
            "(c) In the absence of a record that the court gave the advisement required by "
            "subsection (a), the defendant shall be presumed not to have received it.\n"
            "(d) Nothing in this section requires the court to inquire into the citizenship or "
            "immigration status of the defendant, and the defendant shall not be required to "
            "disclose that status to the court at any time."
        ),
    ),
    (
        "p04",
        "federal-records",
        "absent",
        (
            "Sec. 2. (a) Before accepting a plea of guilty or nolo contendere to any offense other "
            "than an infraction, the court shall address the defendant personally and advise the "
            "defendant on the record that, if the defendant is not a citizen of the United States, a "
            "conviction of the offense may result in deportation, exclusion from admission, or "
            "denial of naturalization under federal law.\n"
            "(b) If the court fails to give the advisement required by subsection (a), and the "
            "defendant shows that conviction of the offense to which the defendant pleaded may have "
            "one of the consequences described there, the court, on the defendant's motion, shall "
            "vacate the judgment and permit the defendant to withdraw the plea and enter a plea of "
            "not guilty; except that a motion under this subsection shall not be granted if the "
            "defendant was in fact aware of those consequences when the plea was entered.\n"
            "(c) In the absence of a record that the court gave the advisement required by "
            "subsection (a), the defendant shall be presumed not to have received it.\n"
            "(d) Nothing in this section requires the court to inquire into the citizenship or "
            "immigration status of the defendant, and the defendant shall not be required to "
            "disclose that status to the court at any time."
        ),
    ),
    (
        "p04",
        "public-education",
        "partial",
        (
            "Sec. 2. (a) Before accepting a plea of guilty or nolo contendere to any offense other "
            "than an infraction, the court shall address the defendant personally and advise the "
            "defendant on the record that, if the defendant is not a citizen of the United States, a "
            "conviction of the offense may result in deportation, exclusion from admission, or "
            "denial of naturalization under federal law.\n"
            "(b) If the court fails to give the advisement required by subsection (a), and the "
            "defendant shows that conviction of the offense to which the defendant pleaded may have "
            "one of the consequences described there, the court, on the defendant's motion, shall "
            "vacate the judgment and permit the defendant to withdraw the plea and enter a plea of "
            "not guilty; except that a motion under this subsection shall not be granted if the "
            "defendant was in fact aware of those consequences when the plea was entered.\n"
            "(c) In the absence of a record that the court gave the advisement required by "
            "subsection (a), the defendant shall be presumed not to have received it.\n"
            "(d) Nothing in this section requires the court to inquire into the citizenship or "
            "immigration status of the defendant, and the defendant shall not be required to "
            "disclose that status to the court at any time."
        ),
    ),
    (
        "p08",
        "vacatur-for-cause",
        "present",
        (
            "Section 1. Section 15-2-301 is amended to read:\n"
            "15-2-301. Grounds for relief.\n"
            "(1) A person convicted of a crime may petition the court that entered the judgment for "
            "relief [only on the ground that newly discovered evidence establishes by clear and "
            "convincing evidence that the petitioner is innocent] ON ANY OF THE FOLLOWING GROUNDS:\n"
            "(a) THAT NEWLY DISCOVERED EVIDENCE ESTABLISHES THAT THE PETITIONER IS INNOCENT;\n"
            "(b) THAT THE PLEA WAS ENTERED WITHOUT AN ADVISEMENT OF ITS IMMIGRATION CONSEQUENCES, OR "
            "WITHOUT A MEANINGFUL UNDERSTANDING OF THOSE CONSEQUENCES; OR\n"
            "(c) THAT THE PETITIONER RECEIVED INEFFECTIVE ASSISTANCE OF COUNSEL.\n"
            "(2) If the court finds that a ground in subsection (1) is established, it shall vacate "
            "the conviction [and order a new trial] AND MAY ORDER A NEW TRIAL OR PERMIT THE "
            "PETITIONER TO ENTER A NEW PLEA.\n"
            "(3) A petition under subsection (1)(b) or (1)(c) may not be filed later than [one year] "
            "FIVE YEARS after the petitioner first received notice of an immigration consequence of "
            "the conviction.\n"
            "Section 2. This act takes effect July 1."
        ),
    ),
    (
        "p09",
        "vacatur-for-cause",
        # the reviewer wrote absent (the struck ground is no law once the bill passes); relabelled contrary
        # when check began to report a protection the bill strikes from current law (check/deletions.py), as
        # the corpus labels N.Y. A. 5427 (2023), tests/corpus/ny-a5427-2023-cpl-440-10.txt
        "contrary",
        (
            "Section 1. Section 40-35-313 is amended to read:\n"
            "40-35-313. Dismissal and discharge.\n"
            "(a) Upon the petition of a defendant who has fulfilled the terms of probation, the "
            "court [may vacate the judgment on a finding that the conviction was obtained in "
            "violation of the Constitution of the United States or of this State, and] may discharge "
            "the defendant and dismiss the proceedings against the defendant.\n"
            "(b) [A petition under this section may also be brought on the ground that the defendant "
            "was not advised of the immigration consequences of the plea.] A DISCHARGE AND DISMISSAL "
            "UNDER THIS SECTION IS NOT A FINDING OF ERROR IN THE PROCEEDINGS AND SHALL BE GRANTED "
            "ONLY UPON THE DEFENDANT'S SUCCESSFUL COMPLETION OF PROBATION AND PAYMENT OF ALL "
            "RESTITUTION.\n"
            "(c) A discharge and dismissal under this section is without court adjudication of "
            "guilt, but a nonpublic record shall be retained by the bureau solely for use in "
            "determining whether a person is eligible for relief under this section in a later case."
        ),
    ),
    (
        "p10",
        "vacatur-for-cause",
        "absent",
        (
            "Sec. 1203.9. (a) Upon the defendant's successful completion of probation, or after the "
            "period of probation has ended, the court may, on the defendant's petition, permit the "
            "defendant to withdraw the plea of guilty and enter a plea of not guilty, or set aside "
            "the verdict of guilty, and shall dismiss the accusatory pleading; provided, however, "
            "that the court first finds that the defendant is not charged with and not serving a "
            "sentence for any other offense, and that relief is consistent with the public interest.\n"
            "(b) Except as otherwise provided in this section, the order releases the defendant from "
            "all penalties and disabilities resulting from the offense, except that, in any "
            "subsequent prosecution, the prior conviction may be pleaded and proved and has the same "
            "effect as if the accusatory pleading had not been dismissed.\n"
            "(c) No defect or irregularity in the form of the petition shall defeat it, and the "
            "court may permit the petition to be amended at any time before ruling.\n"
            "(d) The defendant shall be informed, in the probation order, of the right to relief "
            "under this section."
        ),
    ),
    (
        "p10",
        "public-education",
        "partial",
        (
            "Sec. 1203.9. (a) Upon the defendant's successful completion of probation, or after the "
            "period of probation has ended, the court may, on the defendant's petition, permit the "
            "defendant to withdraw the plea of guilty and enter a plea of not guilty, or set aside "
            "the verdict of guilty, and shall dismiss the accusatory pleading; provided, however, "
            "that the court first finds that the defendant is not charged with and not serving a "
            "sentence for any other offense, and that relief is consistent with the public interest.\n"
            "(b) Except as otherwise provided in this section, the order releases the defendant from "
            "all penalties and disabilities resulting from the offense, except that, in any "
            "subsequent prosecution, the prior conviction may be pleaded and proved and has the same "
            "effect as if the accusatory pleading had not been dismissed.\n"
            "(c) No defect or irregularity in the form of the petition shall defeat it, and the "
            "court may permit the petition to be amended at any time before ruling.\n"
            "(d) The defendant shall be informed, in the probation order, of the right to relief "
            "under this section."
        ),
    ),
    (
        "p11",
        "vacatur-for-cause",
        "absent",
        (
            "Section 170.40. Dismissal in furtherance of justice.\n"
            "(1) The court, upon motion of the people or of the defendant, or upon its own motion, "
            "may at any time dismiss an indictment or any count of it in furtherance of justice, "
            "where such dismissal is required as a matter of judicial discretion by the existence of "
            "some compelling factor, consideration or circumstance clearly demonstrating that "
            "conviction or prosecution of the defendant would constitute or result in injustice.\n"
            "(2) In determining such a motion the court shall consider, among other things: (a) the "
            "seriousness and circumstances of the offense; (b) the history, character and condition "
            "of the defendant; (c) the impact of a dismissal on the confidence of the public in the "
            "criminal justice system; and (d) any collateral consequences of a conviction, including "
            "consequences under federal immigration law.\n"
            "(3) Nothing in this section authorizes the court to vacate a judgment of conviction on "
            "the ground that a plea was invalid or that the defendant was deprived of a "
            "constitutional right; such a claim may be raised only by a motion under section 440.10."
        ),
    ),
    (
        "p12",
        "vacatur-for-cause",
        "absent",
        (
            "Sec. 1172.1. Recall and resentencing.\n"
            "(a) When a defendant has been committed to the custody of the department, the court "
            "may, within 120 days of the date of commitment on its own motion, or at any time upon "
            "the recommendation of the secretary or of the district attorney of the county in which "
            "the defendant was sentenced, recall the sentence and commitment previously ordered and "
            "resentence the defendant in the same manner as if the defendant had not previously been "
            "sentenced, provided the new sentence is no greater than the initial sentence.\n"
            "(b) In resentencing under this section, the court may consider postconviction factors, "
            "including the defendant's disciplinary record and record of rehabilitation while "
            "incarcerated, evidence that reflects whether age, time served, and diminished physical "
            "condition have reduced the defendant's risk for future violence, and evidence that "
            "reflects that circumstances have changed since the original sentencing so that "
            "continued incarceration is no longer in the interest of justice.\n"
            "(c) Resentencing under this section does not vacate the conviction, and the court may "
            "not reduce the conviction to a lesser offense except with the concurrence of the "
            "prosecuting attorney."
        ),
    ),
    (
        "p14",
        "vacatur-for-cause",
        "absent",
        (
            "Rule 60. Relief from a judgment or order.\n"
            "(a) Clerical mistakes. The court may correct a clerical mistake or a mistake arising "
            "from oversight or omission whenever one is found in a judgment, order, or other part of "
            "the record.\n"
            "(b) Grounds for relief from a final judgment. On motion and just terms, the court may "
            "relieve a party or its legal representative from a final judgment, order, or proceeding "
            "for the following reasons:\n"
            "(1) mistake, inadvertence, surprise, or excusable neglect;\n"
            "(2) newly discovered evidence that, with reasonable diligence, could not have been "
            "discovered in time to move for a new trial;\n"
            "(3) fraud, misrepresentation, or misconduct by an opposing party;\n"
            "(4) the judgment is void; or\n"
            "(5) any other reason that justifies relief.\n"
            "(c) Timing. A motion under subsection (b) must be made within a reasonable time, and "
            "for reasons (1), (2), and (3) no more than one year after the entry of the judgment in "
            "the civil action."
        ),
    ),
    (
        "p16",
        "vacatur-for-cause",
        "absent",
        (
            "Sec. 1. Definitions. In this chapter, unless the context requires otherwise:\n"
            '(a) "Vacate" means to set aside a conviction upon the petitioner\'s completion of every '
            "term of the sentence, without any finding that the conviction was obtained in error, "
            'and "vacatur" has a corresponding meaning.\n'
            '(b) "Crime-free period" means the five years after the petitioner completed the '
            "sentence, during which the petitioner was not convicted of any offense.\n"
            "Sec. 2. Petition. A person who has completed a crime-free period may petition the "
            "sentencing court to vacate a conviction for a misdemeanor or a class C felony.\n"
            "Sec. 3. Order. If the petitioner satisfies section 2 and the court finds that vacatur "
            "is in the interest of justice, the court shall vacate the conviction, and the "
            "petitioner may thereafter state that the conviction did not occur."
        ),
    ),
    (
        "p17",
        "federal-records",
        "partial",
        (
            "Sec. 9. Duties of the bureau after expungement.\n"
            "(a) Within thirty days after receiving a certified copy of an order of expungement, the "
            "bureau shall:\n"
            "(1) remove every record of the arrest, charge and conviction named in the order from "
            "the central repository;\n"
            "(2) notify the Federal Bureau of Investigation, through the Interstate Identification "
            "Index, that the record has been expunged, and request that the record, and any "
            "fingerprint card the bureau contributed with it, be removed from the Index and from "
            "every other federal database to which the bureau contributed it; and\n"
            "(3) send written confirmation of the actions taken under paragraphs (1) and (2) to the "
            "court and to the petitioner.\n"
            "(b) The bureau shall keep a confidential index of orders received under this section, "
            "which may be used only to carry out subsection (a)."
        ),
    ),
    (
        "p18",
        "federal-records",
        "present",
        (
            "Section 5. Effect of sealing on records held by the department.\n"
            "(a) When a conviction is sealed under this act, the department shall, within sixty "
            "days, delete the conviction from the state criminal history record and transmit to the "
            "Federal Bureau of Investigation a request that the corresponding entry in the "
            "Interstate Identification Index be expunged, attaching a copy of the order.\n"
            "(b) The department shall make no further report of the sealed conviction to any "
            "national database, including the National Crime Information Center.\n"
            "(c) No state or local agency, officer or employee shall disclose a sealed record, or "
            "any information derived from it, to United States Immigration and Customs Enforcement, "
            "United States Customs and Border Protection, United States Citizenship and Immigration "
            "Services, or any other component of the United States Department of Homeland Security, "
            "or permit any of them access to a database that contains it.\n"
            "(d) A disclosure made in violation of subsection (c) is a class A misdemeanor."
        ),
    ),
    (
        "p19",
        "record-access",
        "absent",
        (
            "Sec. 14. Restrictions on use of sealed records.\n"
            "(a) An agency that holds a record sealed under section 12 shall not make the record, or "
            "information from it, available to any federal agency for the purpose of investigating "
            "or enforcing civil immigration law, except as required by federal law or by order of a "
            "court.\n"
            "(b) Subsection (a) does not restrict the transmission of records to the Federal Bureau "
            "of Investigation for the purposes of a criminal investigation or prosecution.\n"
            "(c) Each agency shall adopt a written policy implementing this section within ninety "
            "days after the effective date of this act, and shall publish the policy on its website."
        ),
    ),
    (
        "p19",
        "federal-records",
        "partial",
        (
            "Sec. 14. Restrictions on use of sealed records.\n"
            "(a) An agency that holds a record sealed under section 12 shall not make the record, or "
            "information from it, available to any federal agency for the purpose of investigating "
            "or enforcing civil immigration law, except as required by federal law or by order of a "
            "court.\n"
            "(b) Subsection (a) does not restrict the transmission of records to the Federal Bureau "
            "of Investigation for the purposes of a criminal investigation or prosecution.\n"
            "(c) Each agency shall adopt a written policy implementing this section within ninety "
            "days after the effective date of this act, and shall publish the policy on its website."
        ),
    ),
    (
        "p20",
        "federal-records",
        "partial",
        (
            "Section 1. Definitions. In this article:\n"
            '(1) "Immigration authority" means any officer, employee or contractor of a federal, '
            "state or local agency, including United States Immigration and Customs Enforcement, "
            "while performing functions relating to the enforcement of federal civil immigration "
            "law.\n"
            '(2) "Judicial warrant" means a warrant issued and signed by a judge of a court of the '
            "United States or of this State, but does not include an administrative warrant issued "
            "by an immigration authority.\n"
            '(3) "Protected record" means criminal history record information, including information '
            "about a conviction that has been sealed, expunged or vacated.\n"
            "Section 2. Restriction. Notwithstanding any other provision of law, and subject to "
            "section 3, no agency of this State or of any political subdivision shall provide a "
            "protected record, or access to any database that contains one, to an immigration "
            "authority.\n"
            "Section 3. Exception. Section 2 does not apply where the immigration authority presents "
            "a judicial warrant that names the person to whom the protected record relates."
        ),
    ),
    (
        "p22",
        "record-access",
        "present",
        (
            "Section 22-5-307. Dissemination of criminal history record information.\n"
            "(a) Criminal history record information, including information relating to a conviction "
            "that has been set aside or sealed, may be disseminated only to:\n"
            "(1) criminal justice agencies of this State, of any other state, or of the United "
            "States, for the administration of criminal justice;\n"
            "(2) agencies of the United States, including the Department of Homeland Security and "
            "United States Immigration and Customs Enforcement, for any purpose authorized by "
            "federal law or by a written agreement with the department;\n"
            "(3) employers authorized by state law to request a criminal history check; and\n"
            "(4) the individual who is the subject of the record, upon proof of identity.\n"
            "(b) Dissemination under subsection (a)(2) shall be made upon request and without notice "
            "to the subject."
        ),
    ),
    (
        "p22",
        "federal-records",
        "contrary",
        (
            "Section 22-5-307. Dissemination of criminal history record information.\n"
            "(a) Criminal history record information, including information relating to a conviction "
            "that has been set aside or sealed, may be disseminated only to:\n"
            "(1) criminal justice agencies of this State, of any other state, or of the United "
            "States, for the administration of criminal justice;\n"
            "(2) agencies of the United States, including the Department of Homeland Security and "
            "United States Immigration and Customs Enforcement, for any purpose authorized by "
            "federal law or by a written agreement with the department;\n"
            "(3) employers authorized by state law to request a criminal history check; and\n"
            "(4) the individual who is the subject of the record, upon proof of identity.\n"
            "(b) Dissemination under subsection (a)(2) shall be made upon request and without notice "
            "to the subject."
        ),
    ),
    (
        "p23",
        "federal-records",
        "contrary",
        (
            "SECTION 1. Chapter 752 is amended by adding Subchapter C to read:\n"
            "Sec. 752.053. POLICIES AND ACTIONS REGARDING IMMIGRATION ENFORCEMENT.\n"
            "(a) A local entity or campus police department may not adopt, enforce, or endorse a "
            "policy under which the entity or department prohibits or materially limits the "
            "enforcement of immigration laws.\n"
            "(b) In compliance with Subsection (a), a local entity or campus police department may "
            "not prohibit or materially limit a person who is a commissioned peace officer, a "
            "corrections officer, a booking clerk, or another employee from doing any of the "
            "following: (1) inquiring into the immigration status of a person under a lawful "
            "detention or under arrest; (2) sending information about a person's criminal history "
            "record, immigration status, or identity to, or requesting or receiving such information "
            "from, United States Immigration and Customs Enforcement or another relevant federal "
            "agency; or (3) maintaining such information.\n"
            "(c) Subsection (b) does not apply to information held by a school district in an "
            "educational record."
        ),
    ),
    (
        "p24",
        "federal-records",
        "absent",
        (
            "Sec. 11. Reports.\n"
            "(a) On or before January 31 of each year, the administrative office of the courts shall "
            "report to the legislature the number of petitions for expungement filed, granted and "
            "denied in the preceding year, by county and by class of offense.\n"
            "(b) The administrative office shall also submit to the United States Department of "
            "Justice, Bureau of Justice Statistics, such aggregate data on petitions under this act "
            "as is required as a condition of federal grant funds received by this State for "
            "criminal records improvement.\n"
            "(c) No report under this section shall contain the name, date of birth, or any other "
            "information that identifies a petitioner, and no report shall be transmitted to any "
            "federal agency other than as provided in subsection (b)."
        ),
    ),
    (
        "p25",
        "federal-records",
        "absent",
        (
            "Sec. 26-39-404. Background checks for child care licensure.\n"
            "(1) Each applicant for a child care license, and each employee of a licensed child care "
            "program, shall submit fingerprints to the department, which shall forward them to the "
            "bureau for a state criminal history check and to the Federal Bureau of Investigation "
            "for a national criminal history record check.\n"
            "(2) The department may use the results of a check under subsection (1) only to "
            "determine whether the applicant or employee is qualified to provide care, and shall not "
            "release the results to any other person, except that the applicant or employee may "
            "obtain a copy of the results upon request.\n"
            "(3) In making a determination under subsection (2), the department may not consider an "
            "arrest that did not result in a conviction or a conviction that has been expunged."
        ),
    ),
    (
        "p26",
        "record-access",
        "absent",
        (
            "Section 8. Use of sealed records.\n"
            "(a) A sealed record shall not be disclosed to any person, agency or entity for the "
            "purposes of employment, occupational licensing, housing, credit, or admission to an "
            "educational institution.\n"
            "(b) An application for employment, housing, licensure or admission shall not ask "
            "whether the applicant has a sealed record, and the applicant may answer any such "
            "question as though the sealed conviction had not occurred.\n"
            "(c) This section does not limit the use of a sealed record by a criminal justice agency "
            "in the performance of its duties."
        ),
    ),
    (
        "p26",
        "federal-records",
        "absent",
        (
            "Section 8. Use of sealed records.\n"
            "(a) A sealed record shall not be disclosed to any person, agency or entity for the "
            "purposes of employment, occupational licensing, housing, credit, or admission to an "
            "educational institution.\n"
            "(b) An application for employment, housing, licensure or admission shall not ask "
            "whether the applicant has a sealed record, and the applicant may answer any such "
            "question as though the sealed conviction had not occurred.\n"
            "(c) This section does not limit the use of a sealed record by a criminal justice agency "
            "in the performance of its duties."
        ),
    ),
    (
        "p28",
        "federal-records",
        "contrary",
        (
            "Section 1. Section 2953.38 of the Revised Code is amended to read:\n"
            "Sec. 2953.38. (A) Upon receipt of an order of expungement, the bureau shall delete the "
            "expunged record from the state criminal history file.\n"
            "(B) [The bureau shall notify the federal bureau of investigation of the expungement and "
            "request the removal of the record from the interstate identification index.] THE BUREAU "
            "MAY SHARE AN EXPUNGED RECORD WITH ANY FEDERAL LAW ENFORCEMENT AGENCY, INCLUDING THE "
            "UNITED STATES DEPARTMENT OF HOMELAND SECURITY, UPON THAT AGENCY'S WRITTEN REQUEST.\n"
            "(C) [No expunged record shall be provided to any federal immigration authority.] THE "
            "BUREAU SHALL KEEP A LOG OF EACH DISCLOSURE MADE UNDER DIVISION (B) OF THIS SECTION.\n"
            "Section 2. This act takes effect on the ninety-first day after it is filed with the "
            "secretary of state."
        ),
    ),
    (
        "p30",
        "court-jurisdiction",
        "present",
        (
            "Sec. 6. Effect of sealing.\n"
            "(a) Upon the entry of an order under section 5, the conviction is deemed not to have "
            "occurred, and the person may so state in answer to any inquiry, except as provided in "
            "subsection (d).\n"
            "(b) The clerk shall place the court file in a sealed envelope and shall not open it "
            "except on order of the court.\n"
            "(c) The sealing of a record under this section does not divest the court that entered "
            "the judgment of its authority to hear and determine any motion, petition or application "
            "thereafter filed that challenges the validity of the conviction or sentence, and for "
            "that purpose the court may order the sealed file opened to the court and the parties.\n"
            "(d) The person shall disclose the sealed conviction in any application for employment "
            "as a peace officer."
        ),
    ),
    (
        "p31",
        "court-jurisdiction",
        "present",
        (
            "Section 12. Construction.\n"
            "(a) This chapter shall be liberally construed to accomplish its remedial purposes.\n"
            "(b) Nothing in this chapter shall be construed to bar, limit or otherwise affect the "
            "right of a person whose record has been expunged to seek, or the power of any court of "
            "competent jurisdiction to grant, relief from the underlying judgment under the "
            "Post-Conviction Procedure Act, by writ of habeas corpus, or by writ of error coram "
            "nobis, and the fact that the record has been expunged shall not be a ground for "
            "dismissing any such proceeding.\n"
            "(c) If any provision of this chapter is held invalid, the invalidity does not affect "
            "other provisions that can be given effect without it."
        ),
    ),
    (
        "p31",
        "record-access",
        "absent",
        (
            "Section 12. Construction.\n"
            "(a) This chapter shall be liberally construed to accomplish its remedial purposes.\n"
            "(b) Nothing in this chapter shall be construed to bar, limit or otherwise affect the "
            "right of a person whose record has been expunged to seek, or the power of any court of "
            "competent jurisdiction to grant, relief from the underlying judgment under the "
            "Post-Conviction Procedure Act, by writ of habeas corpus, or by writ of error coram "
            "nobis, and the fact that the record has been expunged shall not be a ground for "
            "dismissing any such proceeding.\n"
            "(c) If any provision of this chapter is held invalid, the invalidity does not affect "
            "other provisions that can be given effect without it."
        ),
    ),
    (
        "p32",
        "court-jurisdiction",
        "contrary",
        (
            "Sec. 21. Effect of order of expungement.\n"
            "(a) Upon the entry of an order of expungement, the proceedings in the matter shall be "
            "deemed never to have occurred, and all index references shall be deleted.\n"
            "(b) The person may deny the existence of the expunged record in response to any "
            "inquiry, except an inquiry by a criminal justice agency.\n"
            "(c) After an order of expungement has been entered, the court shall have no "
            "jurisdiction to entertain any motion or petition relating to the expunged conviction, "
            "other than a motion to unseal the record under section 23, and any such motion or "
            "petition shall be dismissed."
        ),
    ),
    (
        "p33",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 4.15. Termination of probation.\n"
            "(a) When the term of probation expires, or when the court earlier discharges the "
            "defendant from probation under subsection (b), the jurisdiction of the court over the "
            "defendant for purposes of probation terminates, and the defendant shall be released "
            "from all conditions of supervision.\n"
            "(b) The court may at any time discharge the defendant from probation if it finds that "
            "the defendant has complied with the conditions and that the ends of justice will be "
            "served.\n"
            "(c) A discharge under this section does not affect the conviction, which remains of "
            "record."
        ),
    ),
    (
        "p34",
        "vacatur-for-cause",
        "absent",
        (
            "Sec. 9. Corrections; clerical errors.\n"
            "(a) After an order of sealing has been entered, the court may at any time, on its own "
            "motion or on the motion of any party or of the repository, correct clerical mistakes in "
            "the order, or in the records that are the subject of it, arising from oversight or "
            "omission.\n"
            "(b) An order under subsection (a) shall be served on every agency to which the order of "
            "sealing was sent.\n"
            "(c) Subject to subsection (a), an order of sealing is final thirty days after its entry "
            "and may not thereafter be modified except on a showing of fraud in obtaining it."
        ),
    ),
    (
        "p34",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 9. Corrections; clerical errors.\n"
            "(a) After an order of sealing has been entered, the court may at any time, on its own "
            "motion or on the motion of any party or of the repository, correct clerical mistakes in "
            "the order, or in the records that are the subject of it, arising from oversight or "
            "omission.\n"
            "(b) An order under subsection (a) shall be served on every agency to which the order of "
            "sealing was sent.\n"
            "(c) Subject to subsection (a), an order of sealing is final thirty days after its entry "
            "and may not thereafter be modified except on a showing of fraud in obtaining it."
        ),
    ),
    (
        "p36",
        "court-jurisdiction",
        "present",
        (
            "Section 8. Sealed records; later proceedings.\n"
            "(a) A record sealed under section 7 is confidential and may be opened only as provided "
            "in this section.\n"
            "(b) Notwithstanding the sealing of the record under section 7, the court that entered "
            "the conviction retains jurisdiction to hear and decide a petition for post-conviction "
            "relief or a motion to vacate the judgment concerning that conviction, and may order the "
            "sealed record produced for that purpose.\n"
            "(c) The sealing of a record shall not be a bar to relief in any proceeding under "
            "subsection (b), and the State may not rely on the sealing as a ground for dismissal."
        ),
    ),
    (
        "p37",
        "court-jurisdiction",
        "absent",
        (
            "Sec. 16. Successive petitions.\n"
            "(a) If a petition for sealing under this chapter is denied, the petitioner may not file "
            "another petition under this chapter for the same conviction until two years after the "
            "denial.\n"
            "(b) The denial of a petition under this chapter shall not preclude the petitioner from "
            "filing a petition for a certificate of rehabilitation under section 19 or a petition "
            "for a pardon, and shall not be admissible in any proceeding on such a petition.\n"
            "(c) The court that denies a petition under this chapter retains jurisdiction to "
            "consider a renewed petition filed after the period in subsection (a)."
        ),
    ),
    (
        "p38",
        "court-jurisdiction",
        "contrary",
        (
            "Section 1. Section 54-142e is amended to read:\n"
            "Sec. 54-142e. (a) An order of erasure entered under this chapter shall direct every "
            "agency holding a record of the case to destroy it.\n"
            "(b) [The erasure of a record under this chapter does not deprive the court that entered "
            "the judgment of jurisdiction to consider any later motion to vacate the conviction or "
            "petition for a new trial.] AFTER A RECORD IS ERASED UNDER THIS CHAPTER, NO COURT SHALL "
            "ENTERTAIN A MOTION TO VACATE THE CONVICTION OR A PETITION FOR A NEW TRIAL, AND ANY SUCH "
            "MOTION OR PETITION SHALL BE DISMISSED FOR WANT OF JURISDICTION.\n"
            "(c) Nothing in this section affects the right of the person to a copy of the order of "
            "erasure.\n"
            "Section 2. This act takes effect October 1."
        ),
    ),
    (
        "p39",
        "record-access",
        "present",
        (
            "Sec. 610.125. Access to sealed records.\n"
            "(1) The person who is the subject of a record sealed under section 610.122 may inspect "
            "the record, and obtain a copy of it, from the clerk of the court or from the central "
            "repository upon presenting proof of identity, without the payment of any fee.\n"
            "(2) All other persons may inspect a sealed record only upon order of the court that "
            "sealed it, entered after notice to the subject and a hearing, for good cause shown.\n"
            "(3) A criminal justice agency may obtain a sealed record for the purpose of a pending "
            "criminal investigation upon the written certification of its chief executive officer."
        ),
    ),
    (
        "p40",
        "record-access",
        "present",
        (
            "Section 5. Confidentiality of expunged records.\n"
            "(a) Upon the entry of an order under section 3, no record of the arrest, charge, or "
            "conviction named in the order shall be disclosed to any person, agency or entity, "
            "whether by the court, a law enforcement agency, the department or any other custodian.\n"
            "(b) Subsection (a) does not apply to a disclosure to a criminal justice agency for use "
            "in a later prosecution of the person, or to the board of pardons.\n"
            "(c) A custodian that receives a request for an expunged record from a person other than "
            "one described in subsection (b) shall reply that there is no record.\n"
            "(d) This section does not prevent the person whose record was expunged from obtaining, "
            "upon written request and without a court order, a copy of that record from any "
            "custodian that holds it, or from disclosing it to anyone."
        ),
    ),
    (
        "p41",
        "record-access",
        "partial",
        (
            "Sec. 13. Inspection of sealed records.\n"
            "(a) Except as provided in this section, a record sealed under this act shall not be "
            "disclosed.\n"
            "(b) The attorney of record for the person who is the subject of a sealed record, or an "
            "attorney whom that person has retained for the purpose, may inspect and copy the record "
            "upon filing with the custodian a written request signed by the attorney and by the "
            "person.\n"
            "(c) The record shall not otherwise be disclosed to the person who is its subject, and "
            "no copy obtained under subsection (b) shall be given to the subject except at the "
            "direction of the court."
        ),
    ),
    (
        "p42",
        "record-access",
        "present",
        (
            "Section 12-1-12.1. Release of expunged records.\n"
            "(a) Except as provided in subsection (b), the division shall not release an expunged "
            "record or any information contained in it, and shall treat the record as if it did not "
            "exist.\n"
            "(b) The division may release an expunged record, or information from it, to:\n"
            "(1) a prosecuting attorney, for use in a later prosecution of the subject for a felony;\n"
            "(2) a court, for the purpose of imposing sentence on the subject;\n"
            "(3) the department of children and families, in connection with an application to adopt "
            "or to provide foster care;\n"
            "(4) the person who is the subject of the record, or that person's designee named in a "
            "notarized writing; and\n"
            "(5) the state board of bar examiners.\n"
            "(c) A release under subsection (b) does not require an order of the court."
        ),
    ),
    (
        "p43",
        "record-access",
        "present",
        (
            "Section 2. Definitions. As used in this section:\n"
            '(a) "Authorized person" means (1) a judge of a court of this state, (2) a prosecuting '
            "attorney, acting in the course of official duties, and (3) the person to whom a record "
            "relates, or that person's attorney.\n"
            '(b) "Record" means any document held by a court or a criminal justice agency that '
            "relates to an arrest, charge, or conviction.\n"
            "Section 3. Sealing. Upon the entry of an order of sealing, the court and every criminal "
            "justice agency holding a record of the case shall seal it.\n"
            "Section 4. Availability. A record sealed under section 3 is available only to an "
            "authorized person, and shall be made available to an authorized person on request "
            "without further order of the court."
        ),
    ),
    (
        "p44",
        "record-access",
        "contrary",
        (
            "Sec. 17-5-203. Access to sealed records.\n"
            "(a) A record sealed under this part is confidential and shall not be released by any "
            "agency except as provided in this section.\n"
            "(b) The person who is the subject of a sealed record may obtain a copy of it by "
            "petitioning the court that ordered the sealing, and the court shall grant the petition "
            "upon a showing of good cause, which may include the need to present the record in an "
            "administrative or judicial proceeding.\n"
            "(c) A criminal justice agency may obtain a sealed record for the purpose of a pending "
            "investigation without a court order."
        ),
    ),
    (
        "p46",
        "record-access",
        "present",
        (
            "Sec. 77-40-404. Access by the petitioner.\n"
            "(1) Subject to Subsection (3), the petitioner may obtain a certified copy of the "
            "expunged record from each agency that holds it.\n"
            "(2) Except as provided in Subsection (1) and in Section 77-40-403, an agency may not "
            "divulge the contents of an expunged record to any person.\n"
            "(3) A request under Subsection (1) shall be made on a form approved by the Judicial "
            "Council, shall be accompanied by the fee established under Section 53-10-108 and a copy "
            "of the order of expungement, and shall be answered within 30 days."
        ),
    ),
    (
        "p47",
        "record-access",
        "partial",
        (
            "Sec. 29-3523. Sealed records; access.\n"
            "(1) Upon the sealing of a record under section 29-3522, the record shall not be "
            "available to the public.\n"
            "(2) A person whose record has been sealed under section 29-3522 may have access to the "
            "sealed record to the extent and in the manner provided in the rules adopted by the "
            "Supreme Court under section 29-3530.\n"
            "(3) A criminal justice agency may have access to a sealed record for the purpose of a "
            "criminal investigation or prosecution."
        ),
    ),
    (
        "p48",
        "record-access",
        "partial",
        (
            "Sec. 8. Viewing and copies.\n"
            "(a) A person whose record has been expunged may view the record, in the office of the "
            "clerk and in the presence of the clerk, upon presenting proof of identity.\n"
            "(b) Notwithstanding subsection (a), no copy of an expunged record, certified or "
            "otherwise, shall be released to any person, including the person who is the subject of "
            "the record, except upon order of the court that entered the order of expungement.\n"
            "(c) A motion for an order under subsection (b) shall be heard in open court."
        ),
    ),
    (
        "p05",
        "vacatur-for-cause",
        "present",
        (
            "Sec. 7. Relief from convictions under void statutes.\n"
            '(a) For purposes of this section, a statute is "void" if the supreme court of this '
            "State or the Supreme Court of the United States has held, in a decision that has become "
            "final, that the statute violates the Constitution of the United States or of this "
            "State, either on its face or as applied to conduct of the kind for which a person was "
            "convicted.\n"
            "(b) A person convicted of an offense under a statute that is void may move the court in "
            "which the conviction was entered for an order vacating the judgment, and the court, "
            "upon finding that the conviction rested on the void statute, shall vacate the judgment "
            "and dismiss the charge with prejudice.\n"
            "(c) The prosecuting attorney shall be served with the motion and may, within sixty "
            "days, file a response limited to the question whether the conviction rested on the void "
            "statute.\n"
            "(d) An order under subsection (b) has the effect of a judgment of acquittal."
        ),
    ),
    (
        "p15",
        "vacatur-for-cause",
        "present",
        (
            "Section 3. Definitions. As used in this chapter:\n"
            '(1) "Record clearance" means the vacatur of a conviction and the sealing of the records '
            "of the case under section 6.\n"
            '(2) "Qualifying defect" means any of the following, if it affected the judgment: (A) '
            "the plea was not knowing, voluntary and intelligent; (B) the defendant was not advised, "
            "by the court or by counsel, of a consequence of the plea under federal immigration law; "
            "(C) the court lacked jurisdiction over the defendant or the offense; or (D) any other "
            "procedural or substantive defect in the underlying proceeding.\n"
            "Section 4. Petition. A person convicted of an offense in this State may petition for "
            "record clearance on equitable grounds under section 5 or, at the person's election, for "
            "a conviction affected by a qualifying defect.\n"
            "Section 6. Order. If the court finds by a preponderance of the evidence that a "
            "qualifying defect affected the judgment, it shall grant record clearance and state in "
            "the order that relief is granted because of that defect."
        ),
    ),
    (
        "p45",
        "record-access",
        "contrary",
        (
            "Section 9. Dissemination prohibited.\n(a) Except as provided in subsection (b), no "
            "official or employee of the State or of any political subdivision shall release or "
            "disclose any record sealed under this chapter to any person, unless ordered by a "
            "court of competent jurisdiction.\n(b) A sealed record may be disclosed to a criminal "
            "justice agency for the performance of its duties and to the department of corrections "
            "for the classification of an inmate.\n(c) Any person who knowingly violates "
            "subsection (a) commits a misdemeanor of the second degree."
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "practice", "status", "text"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES]
)
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


P45 = PROBES[-1][3]


@pytest.mark.parametrize(
    ("subsection_b", "status"),
    [
        (
            "(b) A sealed record may be disclosed to a criminal justice agency for its duties.",
            "contrary",
        ),
        ("(b) A sealed record may be disclosed to the person who is the subject of the record.", "present"),
        ("(b) A sealed record may be disclosed to any person authorized by law to receive it.", "absent"),
    ],
)
def test_an_exception_is_read_with_the_subsection_it_names(tmp_path, subsection_b, status):
    lines = P45.split("\n")
    text = "\n".join(subsection_b if line.startswith("(b)") else line for line in lines)
    assert file_statuses(tmp_path, "exception", text)["record-access"] == status
