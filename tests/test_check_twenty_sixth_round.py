"""`billkit check` on the shapes the twenty-sixth corpus round (and the tuning files and review probes read
again before it) turned up, in words written for these tests (no source): a new trial for legal error that
must be sought within days of the verdict, a window the court may widen, a vacatur only the prosecutor may
start, a court that maintains its power to vacate, and an agency that retains a record for a court of
competent jurisdiction. `tests/corpus/SPLIT.md` ("Twenty-sixth round") says which tuning file or probe each
shape came from.

"""

from __future__ import annotations

import pytest

from support import file_statuses

GROUNDS = (
    "(a) On the defendant's motion the court may set aside a guilty verdict and order a new trial if the "
    "court made an error of law at trial or the defendant was denied a fair trial by misconduct of the "
    "prosecutor.\n"
)
CASES = [
    # a new trial for legal error, but only within days of the verdict
    (
        "new-trial-within-days",
        "vacatur-for-cause",
        "partial",
        GROUNDS
        + "(b) A motion under subsection (a) must be filed no later than seven days after the verdict.",
    ),
    # ... or only before sentence
    (
        "new-trial-before-sentence",
        "vacatur-for-cause",
        "partial",
        GROUNDS + "(b) A motion under subsection (a) shall be made before sentencing.",
    ),
    # a window the court may widen narrows nothing
    (
        "new-trial-window-extended",
        "vacatur-for-cause",
        "present",
        GROUNDS + "(b) A motion under subsection (a) shall be filed within ten days after the verdict or "
        "within such further time as the court allows.",
    ),
    # a vacatur for a defect that only the prosecutor may start, "at any time"
    (
        "prosecutor-moves-at-any-time",
        "vacatur-for-cause",
        "partial",
        "(1) The district attorney for the county of conviction may at any time move the court to vacate a "
        "conviction that was obtained in violation of the defendant's right to the effective assistance of "
        "counsel.",
    ),
    # ... or that only the prosecutor may initiate
    (
        "only-prosecutor-initiates",
        "vacatur-for-cause",
        "partial",
        "(1) The court shall vacate a conviction that rests on a plea that was not knowing and voluntary.\n"
        "(2) Only the prosecuting attorney may initiate a proceeding to vacate a conviction under this "
        "section.",
    ),
    # a court that maintains its power to vacate, without tying it to the record's clearing
    (
        "court-maintains-power",
        "court-jurisdiction",
        "partial",
        "(c) A petition under this section may be filed after the sentence is complete. The court in which "
        "the petitioner was convicted shall maintain the jurisdiction and authority to vacate the "
        "conviction.",
    ),
    # an agency that retains a record for a court of competent jurisdiction keeps no court's power
    (
        "agency-retains-record",
        "court-jurisdiction",
        "absent",
        "(8) The central repository shall retain a confidential copy of each expunged record and shall "
        "release it only to a court of competent jurisdiction or a prosecuting attorney upon request.",
    ),
    # ... nor does a court that maintains a filing system
    (
        "court-maintains-system",
        "court-jurisdiction",
        "absent",
        "(9) A court that maintains an electronic filing system need not keep paper copies of sealed orders. "
        "Sealed orders shall be released only in response to an order of a court with proper jurisdiction "
        "or upon request of the person whose records were sealed.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_its_tuning_file_or_probe_does(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
