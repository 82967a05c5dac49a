"""`billkit check` on lists of who may see records, in words written for these tests (no source): a list in
one subsection of records a subsection before it closed, a list whose entries are captions over groups,
a lead that says which records it holds or until when, and a federal body named among those who may see
closed records. `tests/corpus/SPLIT.md` ("Thirtieth
round") names the tuning files the shapes came from.
"""

from __future__ import annotations

import pytest

from support import file_findings, file_statuses

CLOSED_THEN_LISTED = (
    "(a) Law enforcement records concerning a child shall be kept apart from adult arrest records.\n"
    "(b) The records shall not be open to public inspection, and their contents shall not be disclosed "
    "to the public.\n"
    "(c) Inspection of the records shall be permitted by:\n"
    "(1) A juvenile court having the child before it;\n"
    "(2) The attorney for a party to the proceeding, with the consent of the court;\n"
    "(3) A parole board considering the child's release."
)

CASES = [
    # the list of (c) is of who may see the records (b) closed, and the child is not on it: against access
    ("closed-then-listed", "record-access", "contrary", CLOSED_THEN_LISTED),
    # the same list with the child on it gives access
    (
        "closed-then-listed-child",
        "record-access",
        "present",
        CLOSED_THEN_LISTED.replace(
            "(3) A parole board", "(3) The child who is the subject of the records; or\n(4) A parole board"
        ),
    ),
    # a list under a new section's heading is not tied to a closure in the section before
    (
        "new-section",
        "record-access",
        "absent",
        "(b) The records of the board shall not be open to public inspection.\n"
        "Sec. 4. Inspection of the records of the commission shall be permitted by:\n"
        "(1) The commission's auditors;\n(2) The state archivist.",
    ),
    # captions over groups, none of them the person, after the records were closed: against access
    (
        "captioned-groups-without-the-person",
        "record-access",
        "contrary",
        "(a) Records of a sealed juvenile case shall be confidential.\n"
        "(b) Inspection of the records shall be permitted by:\n(1) Courts:\n(A) The juvenile court;\n"
        "(2) Agencies:\n(A) The department of corrections;\n(B) The parole board.",
    ),
    # an entry that sets conditions on the person is no caption: the person, let in only by the court's leave
    (
        "conditions-not-caption",
        "record-access",
        "contrary",
        "(a) Sealed records shall be confidential.\n"
        "(b) Inspection of the sealed records shall be permitted only by:\n(1) The prosecuting attorney;\n"
        "(2) The person who is the subject of the records, but only:\n(A) upon an order of the court.",
    ),
    # a federal body among those who may see records closed to the public works against keeping them from it
    (
        "federal-on-the-list",
        "federal-records",
        "contrary",
        "(a) Records of the juvenile court are confidential.\n"
        "(b) The records may be disclosed only to:\n(1) The juvenile court;\n"
        "(2) Any agency of the United States, for an official purpose.",
    ),
    (
        "federal-officers-on-the-list",
        "federal-records",
        "contrary",
        CLOSED_THEN_LISTED.replace(
            "(3) A parole board considering the child's release.",
            "(3) Law enforcement officers of this state, the United States, or any other jurisdiction, when "
            "needed for their official duties.",
        ),
    ),
    # an entry that keeps a federal body out opens nothing to it
    (
        "federal-kept-off-the-list",
        "federal-records",
        "absent",
        "(a) Records of the juvenile court are confidential.\n"
        "(b) The records may be disclosed only to:\n(1) The juvenile court;\n"
        "(2) The child's parent, but not to any federal agency.",
    ),
    # a lead that says which records the list holds, and until when, is still a lead of who may see them
    (
        "records-described-in-the-lead",
        "record-access",
        "partial",
        "(a) Records of a complaint that was dismissed when no petition is filed shall not be available to "
        "the public and may only be inspected by or disclosed to the following:\n(1) The prosecuting "
        "attorney;\n(2) The child's counsel;\n(3) The juvenile court.",
    ),
    (
        "until-an-order-is-entered",
        "federal-records",
        "contrary",
        "(3) Juvenile court records shall be confidential. Unless an order sealing the records has been "
        "entered under section 12, the records may be inspected by the following without court order, "
        "provided that no one who inspects them shall disclose them further:\n(a) The child;\n(b) A member "
        "of the armed forces of the United States conducting a background investigation under federal law.",
    ),
    # who may see what a victim gave is no list of who may see the person's record
    (
        "victim-sheet",
        "record-access",
        "absent",
        "(b) A sealed file under subsection (a) shall not be open to public inspection.\n(c) A victim's "
        "address shall be filed in a separate confidential victim information sheet, and inspection of the "
        "sheet shall be permitted only by:\n(1) the judge;\n(2) the prosecuting attorney; and\n(3) the "
        "victim.",
    ),
    # a subsection that only counts sealed records closes nothing a list after it could be read against
    (
        "records-counted",
        "record-access",
        "absent",
        "(a) The office shall publish each year the number of records sealed under Sec. 3.\n"
        "(c) Inspection of the data set from which the report is compiled shall be permitted by:\n"
        "(1) members of the General Assembly;\n(2) the Sentencing Commission.",
    ),
    # the lawyer "for the person charged" and the parent: a route through them
    (
        "attorney-for-the-person-charged",
        "record-access",
        "partial",
        "(b) A dismissed-case record shall not be open to inspection by the public.\n(c) Inspection of a "
        "dismissed-case record shall be permitted by:\n(1) judges and court staff;\n(2) the attorney of "
        "record for the person charged; and\n(3) the prosecuting attorney.",
    ),
    # a list led "notwithstanding any order" is still of who may see the records
    (
        "notwithstanding-any-order",
        "record-access",
        "present",
        "4. Notwithstanding any order entered under section 610.140, the central repository may release a "
        "closed record of arrest or conviction to:\n(1) a criminal justice agency of this state;\n(2) the "
        "person who is the subject of the record.",
    ),
    # a list of who may receive notice of an order names no one who may see records
    (
        "federal-told-of-the-order",
        "federal-records",
        "absent",
        "(a) Records of the juvenile court are confidential.\n"
        "(b) The clerk shall send notice of the order to:\n(1) The juvenile court;\n"
        "(2) The state repository.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_list_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_the_federal_entry_is_quoted_and_explained(tmp_path):
    text = (
        "(a) Juvenile law enforcement records are confidential.\n"
        "(b) Inspection and copying of the records shall be restricted to the following:\n"
        "(1) The minor's probation officer;\n"
        "(2) Any local, State, or federal law enforcement officer, when needed to investigate a crime."
    )
    (evidence,) = file_findings(tmp_path, "federal", text)["federal-records"].evidence
    assert evidence.quote.endswith(
        "(2) Any local, State, or federal law enforcement officer, when needed to investigate a crime."
    )
    assert evidence.why == "the list of who may see the records names a federal body"
