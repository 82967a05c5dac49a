"""`billkit check` on the shapes the twenty-sixth corpus round (and the tuning files and review probes read
again before it) turned up, in words written for these tests (no source): a new trial for legal error that
must be sought within days of the verdict, a window the court may widen, a vacatur only the prosecutor may
start, a court that maintains its power to vacate, an agency that retains a record for a court of competent
jurisdiction, and the twenty-sixth round's tuning files' shapes (records shut to public scrutiny, a federal
officer in a closed list, writs abolished, a knowing failure presumed, a new trial barred after a time, a
victim's motion, records open to the parent or attorney). `tests/corpus/SPLIT.md` ("Twenty-sixth round") says
which tuning file or probe each shape came from.

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
    # juvenile police records shut to public scrutiny, then made available to the child
    (
        "public-scrutiny-then-child",
        "record-access",
        "present",
        "(2) Police records about a child shall not be opened to scrutiny by the public. Otherwise, the "
        "police records shall be made available to the child or the child's lawyer.",
    ),
    # a closed list whose item opens the records "when disclosure is to" a federal officer
    (
        "disclosure-to-federal-officer",
        "federal-records",
        "contrary",
        "(a) Police records about juveniles may not be inspected or disclosed to the public, except:\n(1) By "
        "order of the court;\n(2) When disclosure is to a state, federal, or tribal officer who shows a need "
        "for the information.",
    ),
    # the old writs abolished, nothing in their place
    (
        "writs-abolished",
        "court-jurisdiction",
        "contrary",
        "(4) Except for habeas corpus, the writ of coram nobis and the motion to vacate a judgment are "
        "abolished in criminal cases.",
    ),
    # ... or abolished because a motion now does their work
    (
        "writs-replaced",
        "court-jurisdiction",
        "absent",
        "(4) The writ of coram nobis is abolished, and the relief it gave shall be sought by motion under "
        "this rule.",
    ),
    # a presumption that a failure to raise a claim was knowing
    (
        "presumed-knowing-failure",
        "rebuttable-presumption",
        "contrary",
        "(3) If a petitioner could have raised a claim of error on appeal but did not, there is a rebuttable "
        "presumption that the petitioner knowingly failed to raise it.",
    ),
    # a court barred from granting a new trial after a time
    (
        "new-trial-not-granted-after",
        "court-jurisdiction",
        "contrary",
        "§ 8. A new trial shall not be granted unless the petition is filed within two years after the "
        "judgment.",
    ),
    # a victim's motion for the juvenile's name is no access for the juvenile
    (
        "victims-motion",
        "record-access",
        "absent",
        "§ 9. Victim's request. Upon written motion by the victim of an offense, the court may disclose the "
        "name of the juvenile to the victim, and the victim may not disclose it further without further "
        "order of the court.",
    ),
    # records withheld from the public but open, on payment of costs, to the juvenile's parent or attorney
    (
        "open-to-parent-after-costs",
        "record-access",
        "partial",
        "(a) Police records of juveniles shall be withheld from public inspection, but the arrest report "
        "shall be open to inspection upon request and upon payment of the costs of copying by the parent or "
        "attorney of the juvenile involved.",
    ),
    # a saving addressed to the court, the relief named first (a lawyer's read of the advocate's Kansas bill)
    (
        "relief-does-not-prevent-the-court",
        "court-jurisdiction",
        "present",
        "(b) An order of sealing does not prevent the court from later hearing a petition for "
        "post-conviction relief that challenges the sealed conviction.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_its_tuning_file_or_probe_does(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
