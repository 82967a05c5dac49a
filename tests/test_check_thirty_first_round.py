"""`billkit check` on shapes that two blind probe reviews of the thirty-first round (record access and vacatur
across the states, `tests/probes/round31`) and sentences written for these tests turned up: a court's power
over a later challenge kept in words of a new trial, late petitions dismissed in a law on challenges to the
conviction, a list of who may see a database that reaches sealed records, a bracketed strike beside one
capitalised word, a recipient's duty not to pass records on, and a defect named only to be disclaimed; then
shapes of the round's tuning files (`tests/corpus/SPLIT.md`, "Thirty-first round"): a judgment arrested for a
defect, grounds of a new trial, every arrest's prints sent to the FBI, and a general right to see one's own
criminal history; and shapes of the thirty-second round's tuning files and its probe review of vacatur near
misses ("Thirty-second round"). Every text here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

SEALING = "(a) A person whose conviction was sealed under section 3 is treated as not having been convicted. "
"""A sealing law's opening, so that what follows is read after the record's clearing."""
PETITION = (
    "(a) A person convicted of a crime who claims that the conviction was obtained in violation of the "
    "constitution of this state may file a petition in the court that imposed the sentence to vacate it. "
)
"""A post-conviction law's opening, so that what follows is read as a rule on challenges to the conviction."""

CASES = [
    # the court's power over a new trial kept after sealing; a ground list naming fraud and want of
    # jurisdiction is a list of grounds, not power kept over the sealing order
    (
        "new-trial-power-kept",
        "court-jurisdiction",
        "present",
        "Rule 9. New trial. The court may grant a new trial if required in the interest of justice. A "
        "motion on any other ground shall be made within ten days after the verdict. The sealing of the "
        "record under section 40, or the setting aside of a conviction under that section, shall not "
        "affect the power of the court under this rule, and in no event shall an order sealing a record "
        "be construed to limit the right of a defendant to apply for a new trial on the ground of fraud, "
        "lack of jurisdiction, or the denial of a constitutional right.",
    ),
    # a later challenge kept open after sealing, the court's power not said: partial
    (
        "new-trial-right-kept",
        "court-jurisdiction",
        "partial",
        SEALING + "(b) In no event shall an order of sealing be construed to limit the right of a "
        "defendant to seek a new trial.",
    ),
    (
        "move-against-sealed-conviction",
        "court-jurisdiction",
        "partial",
        SEALING + "(b) The person may at any time move the court to vacate the sealed conviction on the "
        "ground that the plea was not knowing and voluntary.",
    ),
    # late petitions dismissed, the law being one on challenges to the conviction ...
    (
        "late-petition-dismissed",
        "court-jurisdiction",
        "contrary",
        PETITION + "(b) Any petition filed more than two years after the entry of judgment is untimely "
        "and shall be dismissed.",
    ),
    (
        "court-may-not-grant-relief",
        "court-jurisdiction",
        "contrary",
        PETITION + "(b) The court shall not grant relief under this section unless the petition is filed "
        "within one year after sentencing.",
    ),
    # ... not a late claim for money
    (
        "late-compensation-claim",
        "court-jurisdiction",
        "absent",
        PETITION + "(b) Compensation claims filed more than two years after the conviction was vacated "
        "shall be dismissed.",
    ),
    # who may see a database, the list reaching sealed records and leaving the person out
    (
        "database-list-reaches-sealed",
        "record-access",
        "contrary",
        "Section 12. (a) The bureau shall keep criminal record information in a database. Except as "
        "otherwise provided in this chapter, access to the database shall be limited as follows:\n"
        "(1) criminal justice agencies may obtain all criminal record information, including sealed "
        "records, for their duties;\n"
        "(2) the licensing board may obtain all criminal record information, including sealed records, "
        "for firearms licensing; and\n"
        "(3) an employer may obtain conviction information for ten years after disposition.",
    ),
    # ... and the same list with no entry that reaches cleared records: nothing about them
    (
        "database-list-open-records",
        "record-access",
        "absent",
        "Section 12. (a) The bureau shall keep criminal record information in a database. Except as "
        "otherwise provided in this chapter, access to the database shall be limited as follows:\n"
        "(1) criminal justice agencies may obtain criminal record information for their duties;\n"
        "(2) an employer may obtain conviction information for ten years after disposition.",
    ),
    # a section amended to read, old words in brackets beside one new word in capitals: the bracketed
    # exception for the petitioner is struck, leaving the court's order as the only way in
    (
        "struck-petitioner-exception",
        "record-access",
        "contrary",
        "Section 1. Section 5-17 is amended to read:\n"
        "5-17. (1) An agency may not divulge information in an expunged record to any person[, other than "
        "the petitioner,] without a court order.\n"
        "(2) A research body that [has signed] SIGNS a data agreement with the agency may receive "
        "information from an expunged record.",
    ),
    # a recipient told not to pass the record on, except to the person: no access of the person's own
    (
        "recipient-may-tell-person",
        "record-access",
        "contrary",
        "(a) A record retained by the department is confidential and is not available to any person or "
        "entity except upon order of a court of competent jurisdiction.\n"
        "(b) An employee of an entity receiving information under subsection (c) may not disclose the "
        "existence of an expunged record except to the person to whom the record relates.",
    ),
    # a set-aside after probation that disclaims any defect grants no vacatur for cause
    (
        "defect-disclaimed",
        "vacatur-for-cause",
        "absent",
        "B. If the court finds that probation was satisfactory, the court may set the conviction aside and "
        "dismiss the prosecution.\n"
        "C. The setting aside of a conviction under this Article shall not be construed as a finding that "
        "the conviction was in any respect defective, and the defendant may not rely on it in any proceeding "
        "to challenge the validity of the plea.",
    ),
    # a missed immigration advisement declared no ground for vacating the judgment
    (
        "omitted-advice-no-ground",
        "vacatur-for-cause",
        "contrary",
        "(c) Before accepting a plea of guilty, the court shall advise the defendant that a conviction may "
        "lead to deportation.\n"
        "(d) The omission of the advice required by section (c) does not of itself render the plea invalid, "
        "and shall not of itself be a ground for vacating the judgment or permitting the plea to be "
        "withdrawn.",
    ),
    # from the round's tuning files: a judgment arrested for want of jurisdiction or a charge that states no
    # offence, and grounds in words of a new trial
    (
        "arrest-of-judgment",
        "vacatur-for-cause",
        "present",
        "Sec. 8. A motion in arrest of judgment may be granted by the court for either of the following "
        "causes: (1) that the grand jury had no legal authority to inquire into the offense, it not being "
        "within the jurisdiction of the court; or (2) that the facts stated in the indictment do not "
        "constitute an offense.",
    ),
    (
        "new-trial-newly-discovered",
        "vacatur-for-cause",
        "present",
        "Rule 5. New trial. A motion for a new trial based on the ground of newly-discovered evidence may be "
        "made at any time, and the court may grant the defendant a new trial if required in the interest of "
        "justice.",
    ),
    (
        "ground-for-appellate-reversal",
        "vacatur-for-cause",
        "present",
        "(B) On the defendant's motion, the court may order a new trial on any ground that would support "
        "appellate reversal of the conviction.",
    ),
    # every arrest's prints sent on to the FBI in a law that clears records: contrary, unless a duty to have
    # cleared records removed stands beside it; an applicant's background check is no such channel
    (
        "arrest-prints-to-fbi",
        "federal-records",
        "contrary",
        "Sec. 4. The arresting officer shall take the fingerprints of every person arrested. A copy of the "
        "fingerprints of the person arrested shall be transmitted forthwith by the arresting officer to the "
        "Federal Bureau of Investigation.\n"
        "Sec. 5. When the charge is dismissed, the arrest record shall be expunged from the state "
        "repository.",
    ),
    (
        "arrest-prints-to-fbi-removal-duty",
        "federal-records",
        "partial",
        "Sec. 4. A copy of the fingerprints of the person arrested shall be transmitted forthwith by the "
        "arresting officer to the Federal Bureau of Investigation.\n"
        "Sec. 5. When a record is expunged, the bureau shall notify the Federal Bureau of Investigation and "
        "request that the record be removed from its files.",
    ),
    (
        "applicant-prints-to-fbi",
        "federal-records",
        "absent",
        "Sec. 4. The fingerprints of each applicant for a license shall be submitted to the Federal Bureau "
        "of Investigation for a search of its files.",
    ),
    # a general right to see one's own criminal history, not said to reach cleared records: partial
    (
        "own-history-on-application",
        "record-access",
        "partial",
        "(b) The bureau shall make an individual's criminal history records available for inspection by that "
        "individual upon written application to the bureau.",
    ),
    (
        "information-concerning-them",
        "record-access",
        "partial",
        "All individuals desiring to review information concerning them maintained in the criminal offender "
        "information system shall be entitled to review such information and obtain a copy of it.",
    ),
    # from the thirty-second round's tuning files and its probe review of vacatur near misses
    (
        "habeas-denied-on-final-judgment",
        "court-jurisdiction",
        "contrary",
        "Sec. 2. Application to prosecute the writ shall be denied in the following cases:\n"
        "(1) Where no probable ground for relief is shown in the application;\n"
        "(2) Where the person is detained by virtue of the final judgment of a competent tribunal of "
        "criminal jurisdiction.",
    ),
    (
        "new-trial-for-unfair-trial",
        "vacatur-for-cause",
        "present",
        "(1) Upon motion of a defendant, the court may grant a new trial for any cause which prevented the "
        "defendant from having a fair trial.",
    ),
    (
        "relief-to-petitioner-for-listed-reasons",
        "vacatur-for-cause",
        "present",
        "(a) The court will grant appropriate relief to a petitioner if the restraint is unlawful for one of "
        "the reasons in subsection (c).\n"
        "(c) The restraint is unlawful if: (1) the conviction was obtained in violation of the Constitution "
        "of the United States; or (2) the court was without jurisdiction.",
    ),
    (
        "access-only-by-court-process",
        "record-access",
        "contrary",
        '(2) Investigative records "shall not be open to inspection by members of the public." Access to '
        "investigative records may be gained only in compliance with process from a court of record.",
    ),
    (
        "person-required-to-obtain-verifications",
        "record-access",
        "absent",
        "(b) Upon the filing of a petition to expunge, the clerk shall give notice to the prosecuting "
        "attorney. The petitioner may be required to obtain and file verifications from local law "
        "enforcement agencies stating whether the petitioner has a criminal record.",
    ),
    (
        "vacatur-had-elsewhere",
        "vacatur-for-cause",
        "absent",
        "(1) A person wrongly convicted may petition for compensation.\n"
        "(2) A petition may be filed only after a court has vacated or reversed the conviction on grounds "
        "that the conviction was obtained in violation of the Constitution.",
    ),
    (
        "motion-not-for-the-conviction",
        "vacatur-for-cause",
        "absent",
        "(c) Scope. This rule addresses the sentence only. A motion under this rule may not be used to "
        "challenge the validity of a conviction or the manner in which the plea proceedings were conducted.",
    ),
    (
        "purpose-led-list-names-the-child",
        "record-access",
        "present",
        "1. Juvenile justice information is confidential and may be released only as this section provides.\n"
        "2. For the purpose of ensuring the safety and well-being of a child, a juvenile justice agency may "
        "release juvenile justice information to:\n"
        "(a) A district attorney;\n"
        "(b) The child to whom the juvenile justice information pertains, if the child has reached the age "
        "of majority.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
