"""`billkit check` on shapes that two blind probe reviews of the thirty-fourth round turned up (a person's own
access to records, and presumptions with vacatur for cause; `tests/probes/round34`): a list led by a pointer
to another section, a subsection that withholds records as privileged before the list in the next, bare nouns
after the person's lawyer, a child named only as one referred elsewhere, an exception that lets the person in
or has the record handed to them, records a sentence calls "they", records sealed to all but the agencies
named; a court that did not give the notice, a plea presumed not to have been knowing, presumptions that run
for the State (the court presumed to have advised, the presumption of regularity applied to the advisement),
and relief for hardship that disclaims any defect. Every text here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

ADVISEMENT = (
    "(A) Before accepting a plea of guilty, the court shall tell the defendant on the record: "
    '"If you are not a citizen, this conviction may lead to your removal from the United States." '
)
"""A plea advisement, so that what follows is read beside the duty it enforces."""
CASE_FILE = (
    "Sec. 12.4. (a)(1) Except as provided in Section 12.6, a juvenile case file, which is confidential, may "
    "be inspected only by the following:\n(A) Court personnel.\n(B) The prosecuting attorney.\n"
)
"""A closed list led by a pointer to another section's exceptions."""

CASES = [
    # a list led by a pointer to another section is still a list of who may see the records
    (
        "pointer-led-list-names-the-minor",
        "record-access",
        "present",
        CASE_FILE + "(C) The minor who is the subject of the proceeding.\n(D) The minor's parents.",
    ),
    (
        "pointer-led-list-leaves-the-minor-out",
        "record-access",
        "contrary",
        CASE_FILE + "(C) The probation officer assigned to the case.",
    ),
    (
        "code-pointer-led-list-names-the-childs-lawyer",
        "record-access",
        "partial",
        "(b) Except as provided by Article 15.27, Code of Criminal Procedure, the records of a juvenile "
        "court relating to a child may be inspected or copied only by:\n(1) the judge;\n(2) a prosecuting "
        "attorney;\n(3) an attorney representing the child.",
    ),
    # a closed list whose items name the child only as one referred elsewhere, or a court's permission: the
    # child's lawyer is the child's only route
    (
        "referred-child-and-court-permission",
        "record-access",
        "partial",
        "(b) The records of a juvenile court relating to a child, which are confidential, may be inspected "
        "only by:\n(1) the judge;\n(2) an attorney representing the child;\n(3) an individual to whom the "
        "child is referred for treatment;\n(4) with permission from the juvenile court, any other "
        "individual having a legitimate interest in the work of the court.",
    ),
    # records withheld as privileged in one subsection, a list of who may see them in the next; the bare nouns
    # after the lawyer are more of whom the lawyer acts for
    (
        "privileged-reports-lawyer-for-the-youth",
        "record-access",
        "partial",
        "(1) Reports on the history of a child, ward or youth in the confidential file are privileged and "
        "shall be withheld from public inspection.\n(2) The youth authority may disclose the reports, if "
        "needed for its duties, to the following:\n(a) The court;\n(b) Service providers in the case;\n(c) "
        "Attorneys of record for the child, ward, youth or adjudicated youth;\n(d) The district attorney.",
    ),
    # an exception that has the record handed to the person, after a closure to all but agencies
    (
        "exception-furnishes-the-record-to-the-person",
        "record-access",
        "present",
        "(6) The nonpublic record is open to the courts, law enforcement agencies and prosecuting attorneys "
        "only for the purposes in subsection (7); except that the department shall, upon written request "
        "and without the necessity of a court order, furnish a copy of the nonpublic record to the person "
        "whose adjudication was set aside.",
    ),
    # records the sentence calls "they", closed but by the court's order
    (
        "they-closed-except-by-order",
        "record-access",
        "contrary",
        "(2)(a) Records of the juvenile court shall be kept in files kept for that purpose only. They shall "
        "not be open to inspection or their contents disclosed except by order of that court.",
    ),
    # sealed to all but the agencies named, the person not among them; a grant elsewhere outweighs it
    (
        "sealed-to-all-but-agencies",
        "record-access",
        "contrary",
        "(a) Records expunged under this chapter shall be sealed to all persons outside the law enforcement "
        "agencies of the Territory.",
    ),
    (
        "sealed-to-all-but-agencies-with-a-grant",
        "record-access",
        "present",
        "(a) Records expunged under this chapter shall be sealed to all persons outside the law enforcement "
        "agencies of the Territory. (b) The person whose records were expunged may inspect and copy them "
        "without a court order.",
    ),
    # vacatur because the court did not give the notice the law requires
    (
        "set-aside-when-notice-not-given",
        "vacatur-for-cause",
        "present",
        ADVISEMENT + "(C) On motion of the defendant, the court shall set aside the judgment and allow the "
        "defendant to withdraw the plea if the court did not give the notice in division (A) and the "
        "defendant shows that he or she is not a citizen.",
    ),
    # a noncitizen's plea presumed not to have been knowing, the vacatur following when it is not overcome
    (
        "plea-presumed-not-knowing",
        "rebuttable-presumption",
        "present",
        "(a) A plea of guilty entered by a defendant who was not a citizen of the United States is "
        "rebuttably presumed not to have been knowing and voluntary. (b) Where the presumption is not "
        "overcome, the court shall grant the motion and vacate the judgment of conviction.",
    ),
    (
        "vacatur-where-presumption-not-overcome",
        "vacatur-for-cause",
        "present",
        "(a) A plea of guilty entered by a defendant who was not a citizen of the United States is "
        "rebuttably presumed not to have been knowing and voluntary. (b) Where the presumption is not "
        "overcome, the court shall grant the motion and vacate the judgment of conviction.",
    ),
    # presumptions that run for the State
    (
        "court-presumed-to-have-advised-in-a-list",
        "rebuttable-presumption",
        "contrary",
        "Sec. 9. In a proceeding to withdraw a plea of guilty, it is presumed that:\n(1) a document bears "
        "its true date;\n(2) public officers, including the court, did what their offices required of them, "
        "and in particular that the court gave the advice required by section 4 about removal from the "
        "United States.",
    ),
    (
        "regularity-applied-to-the-advisement",
        "rebuttable-presumption",
        "contrary",
        "(a) A judge is presumed to have carried out the duties of the office in the regular way. (b) In a "
        "motion to vacate a judgment entered on a plea, the presumption in subdivision (a) applies to each "
        "advisement the court was required to give, including the advisement of immigration consequences.",
    ),
    # a bar on giving immigration agents the use of a place, not records (Mounds View, Minn., proposed Code
    # § 2-158, a tuning file of the thirty-fourth round, is of this shape)
    (
        "no-enhanced-access-to-city-property",
        "federal-records",
        "absent",
        "Sec. 2. Federal, state, or local personnel will not receive special or enhanced access to City "
        "property for operations enforcing federal immigration law.",
    ),
    # relief for hardship after clean years, the law disclaiming any defect
    (
        "hardship-vacatur-disclaims-defect",
        "vacatur-for-cause",
        "absent",
        "(1) A person convicted of a misdemeanor may petition the court to vacate the conviction after "
        "completing the sentence. (2) The court may vacate the conviction if the conviction causes the "
        "person undue hardship. (3) The order shall not be construed to find any defect in the proceedings "
        "that led to the conviction.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_an_exception_that_gives_the_child_the_right_to_inspect_is_the_childs_way_in(tmp_path):
    text = (
        "(2) Official records under this part are not open to inspection by the public, but may be "
        "inspected only upon order of the court by persons deemed by the court to have a proper interest, "
        "except that a child and the parents of the child and their attorneys, law enforcement agencies, "
        "and the department shall always have the right to inspect and copy any official record pertaining "
        "to the child."
    )
    assert file_statuses(tmp_path, "child-excepted", text)["record-access"] == "present"
