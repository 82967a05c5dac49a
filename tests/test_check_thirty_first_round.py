"""`billkit check` on shapes that two blind probe reviews of the thirty-first round (record access and
vacatur across the states, `tests/probes/round31`) and sentences written for these tests turned up: a court's
power over a later challenge kept in words of a new trial, late petitions dismissed in a law on challenges
to the conviction, a list of who may see a database that reaches sealed records, a bracketed strike beside
one capitalised word, a recipient's duty not to pass records on, and a defect named only to be disclaimed.
Every text here is written for these tests (no source).
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
        "the conviction was in any respect defective.",
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
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
