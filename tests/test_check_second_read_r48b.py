"""`billkit check` on a second, shorter critical read of the forty-fourth round's last changes: the vetoes
every rule against a court's power now carries (a power kept in a bar's words, a civil matter, the
relief's own waiting period) and the rule on a court that may not extend the time for a motion to vacate.
A reviewer wrote 38 texts in the reviewer's own words; billkit read 15 as a lawyer would at first. Mended
in general form: each veto now reaches only the bar's own clause and object (a court "barred" only from
correcting a clerical error keeps no power over a motion to vacate; a civil matter is a judgment of
divorce, adoption or forfeiture, not any mention of a civil action; a wait is the barred act's own "until
three years after"); a court the sentence refuses power ("no court may entertain") keeps none, whatever a
grant's words inside the bar say; the time rule reads only the time for making the motion, not the court's
own time to rule, the State's to answer, a petition to seal or an extension for good cause. The 36 texts
read right are kept here, two of them (a court that "may not deny" the challenge "merely because" the record
was sealed; a court "that entered the judgment" that "loses all jurisdiction") after a last fix."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "t01",
        "court-jurisdiction",
        "contrary",
        "Upon entry of an order of expungement, the conviction shall be treated as if it had never been "
        "entered, and no court shall thereafter entertain any motion or petition to vacate it.",
    ),
    (
        "t02",
        "court-jurisdiction",
        "contrary",
        "Once sealed, the record shall be treated as though the conviction had never been entered, and the "
        "court that entered the judgment loses all jurisdiction to hear any later motion to withdraw the "
        "plea.",
    ),
    (
        "t03",
        "court-jurisdiction",
        "contrary",
        "After an order of expungement becomes final, no court shall have jurisdiction to hear any motion or "
        "petition challenging the expunged conviction, and the person shall have no civil action against any "
        "agency that released the record before the order.",
    ),
    (
        "t04",
        "court-jurisdiction",
        "contrary",
        "Entry of the sealing order ends the jurisdiction of the sentencing court over any later motion to "
        "vacate the conviction. Nothing in this section creates a civil action for damages.",
    ),
    (
        "t05",
        "court-jurisdiction",
        "contrary",
        "A sealed record may be opened for use in an adoption or guardianship proceeding, but no court may "
        "thereafter entertain a petition for post-conviction relief directed at the sealed conviction.",
    ),
    (
        "t06",
        "court-jurisdiction",
        "contrary",
        "When the expungement order is entered, any bail bond posted in the case is exonerated and the court "
        "is divested of jurisdiction to hear any later motion to vacate the judgment of conviction.",
    ),
    (
        "t07",
        "court-jurisdiction",
        "contrary",
        "Upon entry of the sealing order the court is divested of jurisdiction over any later motion to "
        "vacate the conviction; the clerk shall keep the file open until each agency holding the record has "
        "been served with the order.",
    ),
    (
        "t08",
        "court-jurisdiction",
        "contrary",
        "Once a conviction is expunged, no court may entertain any petition to vacate it, and the person may "
        "not apply for another expungement until five years after the first order.",
    ),
    (
        "t09",
        "court-jurisdiction",
        "contrary",
        "An order of expunction divests the court of jurisdiction to hear any later motion to vacate the "
        "conviction, and a court may not reopen the case solely because the person later faces immigration "
        "consequences.",
    ),
    (
        "t10",
        "court-jurisdiction",
        "contrary",
        "No court is barred from correcting a clerical error in a sealed record, but no court may entertain a"
        " motion to vacate a conviction after its record has been sealed.",
    ),
    (
        "t11",
        "court-jurisdiction",
        "contrary",
        "An expunged conviction may not be used as evidence in a divorce or custody proceeding, and no court "
        "shall have jurisdiction to consider any motion to set aside the expunged conviction.",
    ),
    (
        "t12",
        "court-jurisdiction",
        "contrary",
        "After an order of expungement becomes final, no court shall have jurisdiction to hear any motion or "
        "petition challenging the expunged conviction.",
    ),
    (
        "t13",
        "court-jurisdiction",
        "contrary",
        "Upon entry of the sealing order the court is divested of jurisdiction over any later motion to "
        "vacate the conviction.",
    ),
    (
        "p01",
        "court-jurisdiction",
        "present",
        "An order sealing a record under this section does not strip any court of its power to hear a later "
        "motion to vacate the sealed conviction.",
    ),
    (
        "p02",
        "court-jurisdiction",
        "present",
        "Expungement under this section shall not be read to divest the sentencing court of jurisdiction over"
        " a later petition for post-conviction relief or any other collateral attack on the expunged "
        "conviction.",
    ),
    (
        "p03",
        "court-jurisdiction",
        "present",
        "A court may not refuse to hear a motion to vacate a conviction on the ground that the record of the "
        "conviction has been expunged.",
    ),
    (
        "p04",
        "court-jurisdiction",
        "present",
        "A court may not deny a petition for post-conviction relief merely because the conviction has been "
        "sealed, and it shall decide the petition as though the record had not been sealed.",
    ),
    (
        "p06",
        "court-jurisdiction",
        "present",
        "Expungement does not deprive the court of jurisdiction over a later motion to vacate the expunged "
        "conviction. Nothing in this section creates a civil action for damages against any person.",
    ),
    (
        "p07",
        "court-jurisdiction",
        "present",
        "The court retains jurisdiction to hear any later motion to vacate a conviction sealed under this "
        "section, and the sealing does not affect any civil action pending against the defendant.",
    ),
    (
        "p08",
        "court-jurisdiction",
        "present",
        "A sealing order shall not preclude the court's jurisdiction over any subsequently filed post-"
        "conviction motion or other collateral attack on the sealed conviction, nor bar a claim for damages "
        "by the victim.",
    ),
    (
        "p09",
        "court-jurisdiction",
        "present",
        "No court shall lose jurisdiction to hear a petition for a writ of coram nobis because the conviction"
        " was expunged.",
    ),
    (
        "x01",
        "court-jurisdiction",
        "contrary",
        "A court may not extend the time for filing a motion to vacate judgment or a motion for a new trial.",
    ),
    (
        "x02",
        "court-jurisdiction",
        "absent",
        "The court may not extend the time for ruling on a motion to vacate beyond ninety days after the "
        "motion is filed.",
    ),
    (
        "x03",
        "court-jurisdiction",
        "absent",
        "The court may not extend the term of probation at any time after a motion to vacate the judgment has"
        " been denied.",
    ),
    (
        "x04",
        "court-jurisdiction",
        "absent",
        "The court may not extend the time for filing a motion to vacate judgment except for good cause "
        "shown.",
    ),
    (
        "x05",
        "court-jurisdiction",
        "contrary",
        "Judges may not, for any reason, enlarge the time to move for a new trial or to vacate the judgment.",
    ),
    (
        "x06",
        "court-jurisdiction",
        "contrary",
        "A court may not extend the time for filing a petition for a writ of coram nobis or habeas corpus "
        "attacking a conviction.",
    ),
    (
        "x07",
        "court-jurisdiction",
        "absent",
        "The court may not extend the time for the prosecuting attorney to answer a motion to vacate beyond "
        "thirty days.",
    ),
    (
        "x08",
        "court-jurisdiction",
        "absent",
        "A court may extend the time for filing a motion to vacate judgment when the person shows that the "
        "defect was not known earlier.",
    ),
    (
        "x09",
        "court-jurisdiction",
        "absent",
        "The court may not extend the time for filing a petition to seal a record under this section, and the"
        " petition may be refiled after a motion to vacate is decided.",
    ),
    (
        "r01",
        "court-jurisdiction",
        "absent",
        "Once an eviction case is sealed, no further motion or pleading in that case shall be accepted or "
        "acted upon. The clerk may not charge a fee for the sealing.",
    ),
    (
        "r03",
        "court-jurisdiction",
        "contrary",
        "Once a charge is expunged, no motion, petition or other paper referring to the expunged charge shall"
        " be received or acted upon by any court.",
    ),
    (
        "p10",
        "court-jurisdiction",
        "present",
        "A court may not treat an expungement as a reason to decline a later motion to vacate the expunged "
        "conviction, and no court shall lose jurisdiction over such a motion because of the expungement.",
    ),
    (
        "p11",
        "court-jurisdiction",
        "present",
        "A sealing order does not end the court's jurisdiction over the case; any later petition for post-"
        "conviction relief shall be heard as if the record had not been sealed.",
    ),
    (
        "p12",
        "court-jurisdiction",
        "present",
        "Although a court may not extend the time for filing a motion for a new trial, a motion to vacate a "
        "conviction sealed under this section may be filed at any time, and the court retains jurisdiction to"
        " hear it.",
    ),
    (
        "t14",
        "court-jurisdiction",
        "contrary",
        "Expungement terminates the jurisdiction of the court over the case, which may not be reopened only "
        "because the person later files a motion to vacate the conviction.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_the_short_second_read_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
