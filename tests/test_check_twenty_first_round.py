"""`billkit check` on the shapes the twenty-first corpus round and its two reviews turned up, in words written
for these tests (no source): how a printed bill is read (a repeal printed in brackets, a list whose lead
stops without a colon, the United States Code's "shall--"), trafficking vacatur in a law that says only
"victim", a notice's contents, and near misses on both sides (a court kept able to hear another petition for
sealing, an expungement order vacated for fraud, a notice that a record was sealed). `tests/corpus/SPLIT.md`
("Twenty-first round") says which tuning files each shape came from.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # a court kept able to hear another petition for the relief itself keeps no power over a challenge
    (
        "later-sealing",
        "court-jurisdiction",
        "absent",
        "(c) An order sealing a record under this section does not limit the jurisdiction of the "
        "court to consider a later petition for sealing of another offense.",
    ),
    # the relief order undone for fraud is no vacatur of the conviction
    (
        "order-undone",
        "vacatur-for-cause",
        "absent",
        "(e) Nothing in this section shall be construed to limit the court's authority to vacate "
        "the order of expungement if the petitioner obtained it by fraud.",
    ),
    # open to the person; the court's order is the way in for the others
    (
        "opened-to-person",
        "record-access",
        "present",
        "(c) Records sealed under this section shall be opened only to the person whose record was "
        "sealed, or to the person's attorney with the person's written consent, or by order of the "
        "court upon a showing of good cause.",
    ),
    (
        "opened-by-order",
        "record-access",
        "contrary",
        "(c) Records sealed under this section shall be opened only to the person whose record was "
        "sealed upon order of the court.",
    ),
    # a notice that the record was sealed, not the record
    (
        "notice-of-sealing",
        "record-access",
        "partial",
        "Sec. 7. Within 30 days after a record is sealed under this act, the court shall mail to "
        "the person a notice stating that the record has been sealed and describing the effect of "
        "sealing.",
    ),
    # the person's own application to the court is a court order as the gate
    (
        "apply-for-order",
        "record-access",
        "contrary",
        "(b) After the record is expunged, the petitioner may apply to the court that granted the "
        "expungement for an order allowing the petitioner to examine the file, and the court may "
        "grant the application for good cause.",
    ),
    # a repeal printed in brackets strikes what it prints, even where the excerpt stops inside the bracket
    (
        "repeal-in-brackets",
        "federal-records",
        "absent",
        "AN ACT to repeal section 12.340, relating to local immigration policies.\nSection 1. "
        "Section 12.340 is repealed, to read as follows: [12.340. No county or city shall adopt "
        "any policy that limits or prohibits its officers from sharing information about the "
        "immigration status of any person with federal immigration authorities. Any county that "
        "adopts such a policy shall ...",
    ),
    # a list whose lead stops at "only", with no colon
    (
        "lead-without-colon",
        "record-access",
        "present",
        "(d) Records sealed under this section may be released by the bureau only\n"
        "(1) to a criminal justice agency for a criminal investigation;\n"
        "(2) to an employer required by federal law to check criminal history; or\n"
        "(3) to the person who is the subject of the record, on written request.",
    ),
    # the United States Code's "shall--"
    (
        "dash-lead",
        "federal-records",
        "contrary",
        "(a) Notwithstanding the sealing of a record under this chapter, the state identification "
        "bureau shall--\n(1) keep the sealed record in a separate file; and\n(2) send the sealed "
        "record, on request, to United States Immigration and Customs Enforcement.",
    ),
    # a trafficking law that names only "a victim", and a motion to the court with jurisdiction over the
    # offense
    (
        "victim-only",
        "vacatur-for-cause",
        "present",
        "(5) On motion of the defendant, the court in which a conviction for prostitution was "
        "entered may vacate the conviction if it finds that the defendant's participation in the "
        "offense was the result of being a victim.",
    ),
    (
        "court-having-jurisdiction",
        "vacatur-for-cause",
        "present",
        "(a) A person convicted of loitering, committed as a direct result of being a victim of "
        "human trafficking, may apply by motion to the court having jurisdiction over the offense "
        "to vacate the conviction.",
    ),
    # what a notice must say, in a paragraph of its own
    (
        "notice-contents",
        "public-education",
        "partial",
        "(a) Before a person is discharged from supervision, the supervising officer shall give "
        "the person the notice described in paragraph (b).\n(b) The notice shall contain the "
        "following information:\n(I) That a person convicted of certain offenses has the right to "
        "ask the court to seal the record;\n(II) Where the person may find the forms.",
    ),
    # the court's power kept in other words
    (
        "abrogate-or-constrain",
        "court-jurisdiction",
        "present",
        "(f) Nothing in this section shall abrogate or constrain the authority of a judge to "
        "vacate a judgment of conviction in a record that has been sealed.",
    ),
    # an agency that sees the record itself grants the person nothing, unless it must hand the record over
    (
        "agency-inspects",
        "record-access",
        "absent",
        "(c) A licensed child-placing agency that has custody of a child may inspect the sealed "
        "record of that child's case without application to the court.",
    ),
    (
        "agency-reviews-and-furnishes",
        "record-access",
        "present",
        "(e) The department may review the sealed record and shall furnish the sealed record to "
        "the person named in the order upon request.",
    ),
    # an ending of jurisdiction that only counts time is no provision against the practice
    (
        "time-from-end",
        "court-jurisdiction",
        "absent",
        "(b) Two years after the juvenile court's jurisdiction over a child terminates, the court "
        "shall order the child's records sealed.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
