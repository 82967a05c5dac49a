"""`billkit check` on a second, critical read of the forty-eighth round's rules: relief named by its noun
("may petition for vacation and expungement", "may apply ... for vacatur"); a conviction sought "on the
basis of race"; a bill that "would allow a writ of habeas corpus to be prosecuted"; criminal history records
exchanged with the federal government for noncriminal justice purposes; a 287(g) agreement's list of
functions; records open "only by" a list and "any other person" sent to the court; and a court's power shut
by a late challenge's dismissal, a court that "retains no authority", a time "the court may not extend",
time limits "of this section" made jurisdictional and relief closed to one who has served the sentence. A
reviewer wrote 46 texts in the reviewer's own words and decided each status before running them; the new
rules read 13 wrong at first, four of them worse than before the round (a parents-only list followed by "any
other person", a court's own deadline it "may not extend", and two civil settings), and the follow-up texts
found more (a bar "no person ... may apply for vacatur" read as a grant, a purpose clause, sharing only with
the person's consent, an exception for a collateral consequence, a motion to vacate kept "at any time"). The
rules were mended in general form: a longer court name and passive race ground; no grant where no person may
apply; a civil action read in the sentence and the sentences before; the court's or the prosecutor's own
time is no bar; a clause for all other persons after a semicolon that names the person is no bar on the
person; the "any other person" guard of the likeness reader holds only where a list names the person;
sharing that excludes cleared records, or needs the person's consent, is not contrary; and the likeness
reader leaves a 287(g) agreement that names no records to the rules. The texts read right are kept here,
with eight of the follow-ups. Of the four left out, none reads worse than before the round: a flat bar on
vacatur for trafficking victims (read absent, the reviewer said contrary), two federal sharing limits read
absent where the reviewer said partial, and access for the parents alone read absent where the reviewer said
partial.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "v01",
        "vacatur-for-cause",
        "present",
        "Sec. 3. A person convicted of prostitution as a direct result of being a victim of human "
        "trafficking may apply to the sentencing court for vacatur of the conviction. The court shall grant "
        "the application upon finding by a preponderance of the evidence that the person was a victim of "
        "trafficking when the offense was committed.",
    ),
    (
        "v02",
        "vacatur-for-cause",
        "present",
        "(b) An individual whose participation in an offense resulted from having been trafficked may "
        "petition for vacation and expungement of the offense in the court in which the individual was "
        "convicted.",
    ),
    (
        "v03",
        "vacatur-for-cause",
        "present",
        "(a) A defendant may move the court for vacatur of a judgment of conviction that was obtained in "
        "violation of the defendant's rights under the Constitution of the United States or of this State.",
    ),
    (
        "v04",
        "vacatur-for-cause",
        "present",
        "This bill would prohibit the state from seeking or obtaining a criminal conviction, or from "
        "imposing a sentence, on the basis of race, ethnicity, or national origin. The bill would allow a "
        "writ of habeas corpus to be prosecuted on the basis of a violation of that prohibition.",
    ),
    (
        "v05",
        "vacatur-for-cause",
        "present",
        "Sec. 2. A person convicted of an offense may petition the court for vacatur of the conviction if "
        "the conviction was sought on the basis of the defendant's race or national origin.",
    ),
    (
        "v07",
        "vacatur-for-cause",
        "absent",
        "Existing law allows a writ of habeas corpus to be prosecuted for various reasons, including that "
        "false evidence was introduced against the person at trial. This bill would make technical, "
        "nonsubstantive changes to those provisions.",
    ),
    (
        "v08",
        "vacatur-for-cause",
        "absent",
        "(1) A person who has successfully completed a term of probation may apply for vacation of the "
        "record of conviction. (2) The court may grant the application if the person has not been convicted "
        "of a new offense since the date of the conviction.",
    ),
    (
        "v09",
        "vacatur-for-cause",
        "absent",
        "Rule 60. A party to a civil action may move the court for vacatur of a judgment entered by default "
        "on the basis of fraud, mistake, or excusable neglect.",
    ),
    (
        "v10",
        "vacatur-for-cause",
        "absent",
        "Sec. 4. The commission shall collect data on whether prosecutors in this state have sought criminal"
        " convictions on the basis of race, ethnicity, or national origin, and shall report its findings to "
        "the Legislature by January 1, 2027.",
    ),
    (
        "v11",
        "vacatur-for-cause",
        "absent",
        "(c) A tenant may petition for vacatur of a judgment of eviction entered against the tenant if the "
        "tenant was a victim of human trafficking and the nonpayment of rent resulted from the trafficking.",
    ),
    (
        "f01",
        "federal-records",
        "contrary",
        "(b) The bureau shall establish procedures for the cooperative exchange of criminal history record "
        "information between this State and other states and with the federal government for use in "
        "noncriminal justice background checks.",
    ),
    (
        "f02",
        "federal-records",
        "contrary",
        "Sec. 12. The department may provide criminal history records to agencies of the United States for "
        "noncriminal justice purposes, including employment, licensing, and immigration determinations.",
    ),
    (
        "f03",
        "federal-records",
        "contrary",
        "(4) For purposes of noncriminal justice background checks, the central repository shall disseminate"
        " criminal history record information to federal agencies authorized by federal law to receive it.",
    ),
    (
        "f04",
        "federal-records",
        "contrary",
        "Sec. 7. The state identification bureau shall share state criminal history information with the "
        "federal government, including the Federal Bureau of Investigation, for non-criminal justice uses "
        "such as immigration and naturalization matters.",
    ),
    (
        "f05",
        "federal-records",
        "contrary",
        "(c) The Department of Public Safety shall furnish to federal agencies, upon request, the criminal "
        "history records of any person for noncriminal justice purposes authorized by federal law.",
    ),
    (
        "f07",
        "federal-records",
        "contrary",
        "Sec. 9. Each sheriff shall enter into an agreement under Section 287(g) of the Immigration and "
        "Nationality Act and shall give federal immigration officers access to the criminal history records "
        "of persons held in the county jail for purposes of detentions, removals, and transportation.",
    ),
    (
        "f06",
        "federal-records",
        "absent",
        "Sec. 9. Each sheriff who operates a county jail shall enter into a written agreement with U.S. "
        "Immigration and Customs Enforcement under 8 U.S.C. 1357(g) to perform the functions of an "
        "immigration officer, including investigations, apprehensions, detentions, removals, and "
        "transportation of aliens.",
    ),
    (
        "f11",
        "federal-records",
        "absent",
        "Sec. 5. The department shall coordinate with the federal government and local law enforcement "
        "agencies on noncriminal justice training programs for records clerks.",
    ),
    (
        "f12",
        "federal-records",
        "absent",
        "(2) The licensing board may receive criminal history records from the federal government for "
        "noncriminal justice background checks of applicants for state professional licenses.",
    ),
    (
        "r01",
        "record-access",
        "present",
        "(a) The records of the juvenile court shall be open to inspection only by the child, the child's "
        "parents or guardian, and their attorneys. (b) Any other person may inspect the records only upon "
        "order of the court.",
    ),
    (
        "r02",
        "record-access",
        "present",
        "Sec. 8. The records of a sealed case are available only to the petitioner, the petitioner's "
        "attorney, and the prosecuting attorney.",
    ),
    (
        "r04",
        "record-access",
        "present",
        "(3) Juvenile adjudication records are confidential. The records may be inspected by the juvenile "
        "and the juvenile's attorney without a court order; all other persons may inspect them only by order"
        " of the court.",
    ),
    (
        "r05",
        "record-access",
        "present",
        "(f) Sealed records shall be open for examination only by the defendant, the defendant's counsel, "
        "and the court. Others may examine them only with leave of the court.",
    ),
    (
        "r06",
        "record-access",
        "present",
        "(g) The following persons may obtain a copy of a sealed conviction record without a court order: "
        "(1) the person who is the subject of the record; and (2) the person's attorney. Any other person "
        "may obtain a copy only upon order of the court.",
    ),
    (
        "r07",
        "record-access",
        "contrary",
        "(a) The records of the juvenile court shall be open to inspection only by the child's parents or "
        "guardian and the attorney for the state. (b) Any other person may have access to the records only "
        "upon order of the court.",
    ),
    (
        "r08",
        "record-access",
        "contrary",
        "(h) Sealed records shall be open to inspection only by law enforcement agencies and the prosecuting"
        " attorney. All other persons, including the subject of the record, may inspect the records only "
        "upon order of the court.",
    ),
    (
        "r13",
        "record-access",
        "contrary",
        "(i) Sealed records may be inspected by the prosecuting attorney and by law enforcement agencies. "
        "Others may inspect the sealed records only upon a court order.",
    ),
    (
        "r14",
        "record-access",
        "contrary",
        "(j) Sealed records shall be open to inspection only by the petitioner, and only upon order of the "
        "court.",
    ),
    (
        "c01",
        "court-jurisdiction",
        "contrary",
        "(a) A person in custody under a sentence of a court of this State may file a petition to vacate a "
        "conviction obtained in violation of law. (b) Any petition to vacate that is not filed within two "
        "years after the judgment becomes final shall be dismissed.",
    ),
    (
        "c02",
        "court-jurisdiction",
        "contrary",
        "(1) A person convicted of a crime may move to vacate the judgment on the ground that it was "
        "obtained in violation of the Constitution. (2) After the time for filing such a motion has expired,"
        " the court retains no jurisdiction to entertain it.",
    ),
    (
        "c03",
        "court-jurisdiction",
        "contrary",
        "(a) A defendant may file a motion for a new trial on the ground that the conviction was obtained in"
        " violation of law. (b) A motion for a new trial must be filed within one year after the verdict, "
        "and the court may not extend that time.",
    ),
    (
        "c04",
        "court-jurisdiction",
        "contrary",
        "Sec. 1. A person convicted of an offense may petition for post-conviction relief on the ground that"
        " the conviction was obtained in violation of law. Sec. 2. The time limits of this section are "
        "jurisdictional and may not be waived or extended by the court.",
    ),
    (
        "c05",
        "court-jurisdiction",
        "contrary",
        "(a) A person may file a petition to vacate a conviction obtained in violation of the person's "
        "constitutional rights. (b) Relief under this section is not available to a person who has completed"
        " the sentence imposed.",
    ),
    (
        "c06",
        "court-jurisdiction",
        "contrary",
        "(a) A person may file a petition for post-conviction relief alleging that the conviction was "
        "obtained in violation of law. (b) The petition shall be filed within three years after sentencing. "
        "A petition that was not timely filed shall be summarily dismissed.",
    ),
    (
        "c08",
        "court-jurisdiction",
        "contrary",
        "(a) A person convicted of a crime may petition to vacate the conviction on the ground that it was "
        "obtained in violation of law. (b) The period for filing a petition under this section is "
        "jurisdictional, and a court has no power to consider a petition filed after it has run.",
    ),
    (
        "c09",
        "court-jurisdiction",
        "absent",
        "(a) A party to a civil action may file a motion to vacate a judgment obtained by fraud. (b) Any "
        "motion to vacate that is not filed within one year after entry of the judgment shall be dismissed.",
    ),
    (
        "c10",
        "court-jurisdiction",
        "absent",
        "(a) A person convicted of an offense may file a petition to vacate a conviction obtained in "
        "violation of law. (b) A petition to seal a record of arrest that is not filed within five years "
        "after the arrest shall be dismissed.",
    ),
    (
        "c11",
        "court-jurisdiction",
        "absent",
        "(a) A person may file a petition to vacate a conviction obtained in violation of law. (b) The "
        "petition shall be filed within two years after the judgment, but the court may extend that time for"
        " good cause shown.",
    ),
    (
        "c12",
        "court-jurisdiction",
        "absent",
        "(a) A person convicted of an offense may petition to vacate a conviction obtained in violation of "
        "law. (b) The petitioner shall file the petition within three years after the conviction becomes "
        "final.",
    ),
    (
        "c13",
        "court-jurisdiction",
        "absent",
        "(a) A person who has successfully completed probation may apply to have the conviction set aside "
        "and the record sealed. (b) Relief under this section is not available to a person who has completed"
        " the sentence for an offense that requires registration as a sex offender.",
    ),
    (
        "c14",
        "court-jurisdiction",
        "absent",
        "(a) A person may file a motion to vacate a conviction obtained in violation of law. (b) The court "
        "shall decide a motion to vacate within 60 days after the hearing, and the court may not extend that"
        " time.",
    ),
    (
        "c17",
        "court-jurisdiction",
        "absent",
        "Sec. 1. This chapter governs civil actions for damages. Sec. 2. The trial court retains no "
        "authority to entertain a motion for a new trial after the time for filing it has expired.",
    ),
    (
        "no-person-may-apply",
        "vacatur-for-cause",
        "absent",
        "(a) No person convicted of a violent felony may apply for vacatur of the conviction. (b) A "
        "conviction obtained in violation of the Constitution is void.",
    ),
    (
        "purpose-to-allow-habeas",
        "vacatur-for-cause",
        "absent",
        "The purpose of this act is to allow a writ of habeas corpus to be prosecuted by any person.",
    ),
    (
        "exchange-with-consent",
        "federal-records",
        "absent",
        "The department shall provide criminal history records to the federal government for noncriminal "
        "justice purposes only with the written consent of the person.",
    ),
    (
        "completed-sentence-unless",
        "court-jurisdiction",
        "absent",
        "(a) A person may file a petition for post-conviction relief alleging that the conviction was "
        "obtained in violation of law. (b) Relief under this section is not available to a person who has "
        "completed the sentence, unless the person remains subject to a collateral consequence of the "
        "conviction.",
    ),
    (
        "new-trial-limit-motion-kept",
        "court-jurisdiction",
        "partial",
        "(a) A person may file a motion to vacate a conviction obtained in violation of law. (b) A motion "
        "for a new trial must be made within 14 days after the verdict, and the court may not extend that "
        "time, but a motion to vacate may be made at any time.",
    ),
    (
        "prosecutor-responds-court-may-not-extend",
        "court-jurisdiction",
        "absent",
        "(a) A person may file a motion to vacate a conviction obtained in violation of law. (b) The "
        "prosecuting attorney shall respond to the motion within 30 days, and the court may not extend that "
        "time.",
    ),
    (
        "semicolon-others-after-juvenile",
        "record-access",
        "present",
        "Juvenile records are confidential. They may be inspected by the juvenile without a court order; all"
        " other persons may inspect the confidential records only by order of the court.",
    ),
    (
        "semicolon-others-after-parents",
        "record-access",
        "contrary",
        "Juvenile records are confidential. They may be inspected by the juvenile's parents without a court "
        "order; all other persons may inspect the confidential records only by order of the court.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_the_reviewer_decided(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
