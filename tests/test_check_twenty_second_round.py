"""`billkit check` on the shapes the twenty-second corpus round turned up, in words written for these tests
(no source): the person as one item of a list of who may see closed records, a proviso that opens them to
the child, records "accessed" by the subject of the petition, a court's consent that gates the child, a
repository's records "about whom" it keeps them, a confirmation the person may request, a recipient who
acts under a court order of its own, a duty to tell federal officials what may deport a person, a ban on
local limits to what officials may tell them, and an agreement under 287(g) named with no record.
`tests/corpus/SPLIT.md` ("Twenty-second round") says which tuning files each shape came from.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # the person is an item of their own in the list of who may see the records
    (
        "list-item",
        "record-access",
        "present",
        "(a) Case files of the youth services office are confidential and shall not be disclosed "
        "except to the following:\n(1) The youth;\n(2) The youth's parent or guardian;\n(3) The "
        "prosecuting attorney.",
    ),
    # ... but not the person's parent alone
    (
        "list-item-parent",
        "record-access",
        "partial",
        "(a) Case files of the youth services office are confidential and shall not be disclosed "
        "except to the following:\n(1) The youth's parent or guardian;\n(2) The prosecuting "
        "attorney.",
    ),
    # a proviso that opens the records to the child at any reasonable time
    (
        "proviso",
        "record-access",
        "present",
        "Sec. 12. Records of delinquency cases are withheld from public inspection except by leave "
        "of a judge; provided, however, that the records are open, at all reasonable times, to "
        "inspection by the child concerned and the child's counsel.",
    ),
    # records the subject of the petition may reach, without any order
    (
        "accessed-by-subject",
        "record-access",
        "present",
        "(f) Records shielded under this section are not available to the public but may be accessed at any "
        "time by the subject of the petition and by law enforcement agencies.",
    ),
    # the court's consent comes first: the child's way in is the court
    (
        "consent-first",
        "record-access",
        "absent",
        "(b) With the consent of the court, sealed records of the juvenile court may be inspected by the "
        "child and by persons conducting research.",
    ),
    # a right to review what the repository keeps, not said to reach cleared records
    (
        "about-whom",
        "record-access",
        "partial",
        "Rule 4. An individual about whom the bureau maintains criminal history record information "
        "may review that information and ask that an error be corrected.",
    ),
    # word of the relief the person may ask for, not the records
    (
        "confirmation",
        "record-access",
        "partial",
        "Sec. 3. An agency shall send a written confirmation of the expungement if the individual "
        "who received the expungement requests one.",
    ),
    # a recipient who acts under a court order of its own is no court order as the gate
    (
        "own-order",
        "record-access",
        "absent",
        "(3) A copy of the probation report may be provided only to: (A) the sentencing court; or (B) a "
        "counselor who is treating the defendant pursuant to a court order.",
    ),
    # a duty to tell federal officials what may deport a person
    (
        "report-deportable",
        "federal-records",
        "contrary",
        "Sec. 2. When a person who is not a citizen is convicted of a felony, it is the duty of the district "
        "attorney to advise the proper federal officials of any facts that may support the person's "
        "deportation.",
    ),
    # a ban on local limits to what officials may tell federal agencies, item by item
    (
        "no-local-limits",
        "federal-records",
        "contrary",
        "(b) No city may do any of the following with respect to information about a person's immigration "
        "status:\n(1) Require a warrant before the information is shared;\n(2) Prohibit the communication of "
        "the information to federal agencies.",
    ),
    # an agreement under 287(g), with no record, custody or detention in the sentence
    (
        "agreement-only",
        "federal-records",
        "absent",
        "(D) The state police shall seek an agreement with federal authorities under Section 287(g) of the "
        "Immigration and Nationality Act.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_its_label(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
