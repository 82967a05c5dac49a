"""`billkit check` on shapes that the forty-third corpus round's tuning files and the blind probe reviews
(tests/probes/round44 and round45) turned up, each written here in general form, each with a neighbour that
must still read as it did. Every text here is written for these tests (no source).

A court's power: a court with "no power" to grant a new trial on a late motion has lost it; a sealing that "is
not a defense to" a postconviction petition keeps the challenge open. A vacatur: a motion named with what it
asks in one sentence, and granted on a legal defect in the next ("The court may grant the motion if it finds
..."), is read as one grant. Own records: a list of who may inspect, in one sentence after a colon, that names
the person; a clerk's copy of the set-aside judgment and the complaint for "that individual" on written
request; and a savings clause that gives the person "no right to inspect" the archive. Federal records: an
elimination order communicated to the FBI is the notice half of the practice."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "no-power-to-grant-a-new-trial-on-a-late-motion",
        "court-jurisdiction",
        "contrary",
        "(b) A motion under this section shall be made within ten days after the verdict. The court has no "
        "power to extend that period or to grant a new trial on a motion made after it expires.",
    ),
    (
        "no-power-to-grant-an-expungement-to-one-not-eligible",
        "court-jurisdiction",
        "absent",
        "(b) The court has no power to grant a petition for expungement to a person convicted of a class A "
        "felony.",
    ),
    (
        "a-sealing-that-is-not-a-defense-to-a-postconviction-petition",
        "court-jurisdiction",
        "partial",
        "(A) The sealing of the record of a conviction shall not be pleaded by the state in bar of, and is "
        "not a defense to, a petition for postconviction relief that concerns the sealed conviction.",
    ),
    (
        "a-sealing-that-is-not-a-defense-to-a-civil-action",
        "court-jurisdiction",
        "absent",
        "(A) The sealing of a conviction shall not be pleaded by the defendant in bar of, and is not a "
        "defense to, a civil action for damages.",
    ),
    (
        "a-motion-named-then-granted-on-a-legal-defect",
        "vacatur-for-cause",
        "present",
        "(b) At any time after the sealing, the defendant may move the court to permit withdrawal of the "
        "plea or to vacate the conviction. The court may grant the motion if it finds that the defendant "
        "was not represented by counsel and did not validly waive counsel.",
    ),
    (
        "a-motion-named-then-granted-for-rehabilitation",
        "vacatur-for-cause",
        "absent",
        "(b) At any time after the sentence ends, the defendant may move the court to set aside the "
        "conviction. The court may grant the motion if it finds that the defendant has completed probation "
        "and has not been convicted of another offense.",
    ),
    (
        "a-petition-named-then-kept-from-dismissal",
        "court-jurisdiction",
        "present",
        "(c) The expunction of records under this section shall not deprive the court of jurisdiction over "
        "a petition for post-conviction relief that attacks the plea. No such petition shall be dismissed "
        "on the ground that the records of the plea have been expunged.",
    ),
    (
        "a-list-in-one-sentence-that-names-the-person",
        "record-access",
        "present",
        "(b) The following may inspect and copy a sealed record without further order: the attorney "
        "general; a judge ruling on a pending matter; the person whose arrest or charge is the subject of "
        "the record; and a law enforcement agency investigating a later offense.",
    ),
    (
        "a-list-in-one-sentence-behind-a-court-order",
        "record-access",
        "contrary",
        "(b) The following may inspect and copy a sealed record only upon order of the court: the attorney "
        "general; the person whose arrest or charge is the subject of the record; and a law enforcement "
        "agency.",
    ),
    (
        "a-clerks-copy-for-that-individual-on-written-request",
        "record-access",
        "present",
        "(2) Upon the written request of the individual against whom the judgment was entered, the clerk "
        "shall furnish that individual, within ten business days, a complete copy of the set-aside "
        "judgment, the complaint and the docket sheet.",
    ),
    (
        "a-clerks-copy-for-the-victim",
        "record-access",
        "absent",
        "(2) Upon the written request of the victim, the clerk shall furnish that individual, within ten "
        "business days, a complete copy of the set-aside judgment and the complaint.",
    ),
    (
        "a-saving-that-gives-the-person-no-right-to-inspect",
        "record-access",
        "contrary",
        "(c) Nothing in this chapter shall be construed to give the person whose conviction has been "
        "eliminated, or any other person, a right to inspect, copy or obtain a certificate of the contents "
        "of the closed archive.",
    ),
    (
        "a-saving-that-denies-the-person-no-right-to-inspect",
        "record-access",
        "present",
        "(c) Nothing in this chapter shall be construed to deny the person whose record was sealed a right "
        "to inspect it.",
    ),
    (
        "an-elimination-order-communicated-to-the-fbi",
        "federal-records",
        "partial",
        "(d) The Police Bureau shall communicate each elimination order to the Federal Bureau of "
        "Investigation.",
    ),
    (
        "an-elimination-order-communicated-to-the-prosecutor",
        "federal-records",
        "absent",
        "(d) The Police Bureau shall communicate each elimination order to the prosecuting attorney.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
