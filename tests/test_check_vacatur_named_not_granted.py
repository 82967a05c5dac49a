"""`billkit check` on a vacatur named but not granted, and on a bar whose only requester is another.

A sentence that names a vacatur for cause as a past event ("a person whose conviction was vacated on the
ground of actual innocence may bring an action for compensation"), or as what an officer records, reports,
notifies or counts ("The clerk shall record ... any order vacating a judgment of conviction on the ground of
ineffective assistance"), grants no vacatur: the vacatur rules now need a verb that acts on relief (the court
may vacate, the person may move to vacate, the conviction shall be set aside, the petitioner is entitled to
relief). Twelve grants in other words keep reading ``present``. A bar on opening cleared records whose only
requester is someone else (a victim, an employer, a law enforcement agency) is not a bar on the person's
own access, for the rules or for the likeness reader. The texts were written for these tests in the
session's own words (no source); the status was decided before the first run.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "v01",
        "vacatur-for-cause",
        "absent",
        "(a) Upon the defendant's successful completion of probation, the court may set aside the "
        "conviction and dismiss the charge. (b) The order shall be sent to the department of public safety.",
    ),
    (
        "v03",
        "vacatur-for-cause",
        "absent",
        "If a conviction is reversed or vacated on appeal for any reason, the clerk shall seal all records "
        "of the arrest and prosecution within thirty days.",
    ),
    (
        "v04",
        "vacatur-for-cause",
        "absent",
        "A person whose conviction was vacated because the statute under which the person was convicted was "
        "held unconstitutional may apply to the court for a refund of any fine paid.",
    ),
    (
        "v05",
        "vacatur-for-cause",
        "absent",
        "The clerk shall record in the docket any order vacating a judgment of conviction on the ground of "
        "ineffective assistance of counsel and shall transmit a copy to the central repository.",
    ),
    (
        "v06",
        "vacatur-for-cause",
        "absent",
        '"Wrongfully convicted person" means a person whose conviction was vacated on the ground of '
        "actual innocence and who was thereafter not retried.",
    ),
    (
        "v07",
        "vacatur-for-cause",
        "absent",
        "A person whose conviction was set aside because of newly discovered evidence of innocence may "
        "bring an action against the state for compensation within two years after the order.",
    ),
    (
        "v08",
        "vacatur-for-cause",
        "absent",
        "The bureau shall remove from its files the DNA profile of any person whose conviction has been "
        "reversed or vacated and the charge dismissed.",
    ),
    (
        "v09",
        "vacatur-for-cause",
        "absent",
        "A person is eligible to petition for sealing of a conviction that was vacated, reversed or set "
        "aside, or of an arrest that did not result in a conviction.",
    ),
    (
        "v10",
        "vacatur-for-cause",
        "absent",
        "The court may grant a new trial to the defendant if required in the interest of justice. The "
        "motion shall be made within ten days after the verdict.",
    ),
    (
        "v11",
        "vacatur-for-cause",
        "absent",
        "The prosecuting attorney shall notify the victim of any hearing on a motion to vacate the "
        "conviction, including a motion alleging that the conviction was obtained in violation of the "
        "constitution.",
    ),
    (
        "v12",
        "vacatur-for-cause",
        "absent",
        "The judicial council shall report annually the number of petitions filed under this chapter "
        "alleging ineffective assistance of counsel and the number in which the conviction was vacated.",
    ),
    (
        "v13",
        "vacatur-for-cause",
        "absent",
        "A conviction that has been vacated on the ground that it was obtained in violation of the "
        "constitution shall not be counted as a prior conviction for purposes of sentencing enhancement.",
    ),
    (
        "v14",
        "vacatur-for-cause",
        "absent",
        "The public defender shall represent an indigent person in any proceeding to vacate a conviction on "
        "the ground of actual innocence if the court appoints the office.",
    ),
    (
        "v15",
        "vacatur-for-cause",
        "absent",
        "After the defendant has completed the conditions of deferred adjudication, the court shall dismiss "
        "the proceedings and discharge the defendant; the dismissal is not a conviction for purposes of "
        "state law.",
    ),
    (
        "v16",
        "vacatur-for-cause",
        "absent",
        "Any fee paid for a petition to vacate a conviction for a violation of the former marijuana "
        "possession statute shall be refunded by the clerk.",
    ),
    (
        "v17",
        "vacatur-for-cause",
        "absent",
        "The licensing board may not deny a license on the basis of a conviction that has been vacated "
        "because the person was a victim of human trafficking.",
    ),
    (
        "v18",
        "vacatur-for-cause",
        "absent",
        "An application for a certificate of rehabilitation shall state whether any conviction of the "
        "applicant was vacated as unconstitutional and, if so, the court that vacated it.",
    ),
    (
        "v19",
        "vacatur-for-cause",
        "present",
        "On motion of the defendant, the court shall vacate a judgment of conviction that was obtained in "
        "violation of the constitution of this state or of the United States, and may order a new trial.",
    ),
    (
        "v20",
        "vacatur-for-cause",
        "present",
        "A person convicted of an offense may at any time file a motion to vacate the conviction on the "
        "ground that the plea was not knowing, intelligent and voluntary because the person was not advised "
        "of its immigration consequences, and the court shall grant the motion if the ground is shown.",
    ),
    (
        "g01",
        "vacatur-for-cause",
        "present",
        "A court that finds the plea was entered without the advisement required by section 3 shall permit "
        "the defendant to withdraw the plea and enter a plea of not guilty.",
    ),
    (
        "g02",
        "vacatur-for-cause",
        "present",
        "Relief under this section is available to any person whose conviction rests on a statute later "
        "held unconstitutional.",
    ),
    (
        "g03",
        "vacatur-for-cause",
        "present",
        "The court, upon finding that the conviction was obtained in violation of the Constitution of the "
        "United States, must vacate it and dismiss the charge.",
    ),
    (
        "g04",
        "vacatur-for-cause",
        "present",
        "Any person convicted of a crime who claims that the conviction was obtained in violation of the "
        "constitution of this state may petition the court that imposed the sentence to set aside the "
        "judgment.",
    ),
    (
        "g05",
        "vacatur-for-cause",
        "present",
        "A petitioner who establishes that his plea was involuntary is entitled to have the judgment of "
        "conviction vacated.",
    ),
    (
        "g06",
        "vacatur-for-cause",
        "present",
        "Where the defendant shows by a preponderance of the evidence that counsel was ineffective, the "
        "judgment shall be vacated and a new trial ordered.",
    ),
    (
        "g07",
        "vacatur-for-cause",
        "present",
        "A motion to vacate a judgment on the ground that the plea was not knowing, intelligent and "
        "voluntary may be filed at any time after the entry of judgment.",
    ),
    (
        "g08",
        "vacatur-for-cause",
        "present",
        "Section 2. Grounds. A conviction obtained in violation of due process is void, and the court in "
        "which it was entered shall set it aside on the defendant's application.",
    ),
    (
        "g09",
        "vacatur-for-cause",
        "present",
        "If the court determines that the defendant was not advised of the possible immigration "
        "consequences of the plea, the court shall, on the defendant's motion, vacate the judgment and "
        "permit the defendant to withdraw the plea.",
    ),
    (
        "g10",
        "vacatur-for-cause",
        "present",
        "A person convicted of prostitution may move to vacate the conviction on the ground that the "
        "person's participation in the offense was a result of having been a victim of human trafficking.",
    ),
    (
        "g11",
        "vacatur-for-cause",
        "present",
        "The petition shall be granted, and the conviction set aside, upon a showing that the conviction "
        "was obtained without jurisdiction.",
    ),
    (
        "g12",
        "vacatur-for-cause",
        "present",
        "Notwithstanding any other provision of law, a judgment of conviction resting on a statute held "
        "unconstitutional by the supreme court of this state is void, and the court shall, upon application "
        "of the person convicted, vacate the judgment.",
    ),
    ("r01", "record-access", "absent", "Sealed records shall not be open to public inspection."),
    (
        "r02",
        "record-access",
        "absent",
        "The clerk shall not disclose the contents of a sealed record to any employer or landlord.",
    ),
    (
        "r06",
        "record-access",
        "absent",
        "Information in a sealed file shall not be used against the person in any civil proceeding.",
    ),
    ("r07", "record-access", "absent", "No employer may ask an applicant to disclose a sealed record."),
    (
        "r08",
        "record-access",
        "absent",
        "The records of a sealed case may not be disclosed in response to a request under the public "
        "records act.",
    ),
    (
        "r09",
        "record-access",
        "absent",
        "A victim may not inspect the sealed record of the offender except by order of the court.",
    ),
    (
        "r10",
        "record-access",
        "absent",
        "A person whose records have been sealed may not be required to produce them to an employer or "
        "licensing board.",
    ),
    (
        "r11",
        "record-access",
        "absent",
        "Sealed records remain available to the prosecuting attorney and may not be destroyed before the "
        "end of the retention period.",
    ),
    (
        "r13",
        "record-access",
        "absent",
        "The department may not release the sealed record of a person to a news organization without the "
        "person's written consent.",
    ),
    (
        "r14",
        "record-access",
        "absent",
        "No person shall willfully disclose information from a sealed record knowing it to be sealed.",
    ),
    (
        "r17",
        "record-access",
        "absent",
        "An agency that receives an inquiry about a sealed record shall respond that no record exists, "
        "unless the inquiry comes from a criminal justice agency.",
    ),
    (
        "r18",
        "record-access",
        "absent",
        "The court may not order the sealing of the record of a person who has a pending criminal charge.",
    ),
    (
        "r20",
        "record-access",
        "absent",
        "Expunged records shall be kept in a separate confidential file and shall not be open to inspection "
        "by any law enforcement agency except by order of the court.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_named_or_granted(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
