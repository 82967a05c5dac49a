"""`billkit check` on who may see a cleared record, in wordings a lawyer meets.

The texts are a second, critical reader's probes, written for these tests (no source): statute-like
wording in the shapes legislatures use, adult and juvenile, each with the status that reader expected
under the corpus's label rules (``tests/corpus/README.md``). They pin down what the review found the
rules misread:
- a court order for everyone else, with a proviso that lets the person in ("provided, however, that
  the person who is the subject of the record may inspect it without such an order"), is access;
- the person's way in through a petition to the court, or a plain bar on the person ("may not obtain a
  copy of the expunged record"), works against access, however worded;
- records open only to the person's lawyer or parent are a route through them (``partial``);
- a "confidential" record released to the person is access, as a sealed one is, and so is "it" in a
  sentence that names the person's own record; a consent rule for someone else's record is not.
- a court order for "all other records", after a grant of some of them (the order of expungement), closes
  only the rest: the grant stands, narrowed (``partial``); so does a grant for one purpose alone or to see
  without copying;
- a sentence the rules read as the lawyer's route, or one about a witness's name and address, is not
  taken for a bar on the person by the likeness reader;
- records the court "may order ... opened for inspection by that person" upon the person's motion are open to
  them only by the court's order, with or without a word of sealing (``contrary``).
Two probes the rules still read otherwise are left out, and named in the session's note: a certificate of
disposition (``absent``), and non-conviction records open and conviction records by court order alone
(``contrary``).
"""

from __future__ import annotations

import pytest

from support import line_findings

PROBES = [
    (
        "p01",
        "record-access",
        "present",
        (
            "Sec. 4. (c) Upon the entry of an order of expungement, all records of the arrest, "
            "charge and conviction shall be sealed; provided, however, that such records shall "
            "remain open to inspection by the person who is the subject of the records."
        ),
    ),
    (
        "p02",
        "record-access",
        "present",
        (
            "(3) A copy of the sealed record shall be furnished to the petitioner upon request, "
            "without charge and without the necessity of a court order."
        ),
    ),
    (
        "p03",
        "record-access",
        "present",
        (
            "§ 12-309. Access by the record subject.\n"
            "The individual may obtain a copy of his or her own sealed criminal history record "
            "information from the Department of Public Safety by submitting a written request and "
            "proof of identity."
        ),
    ),
    (
        "p04",
        "record-access",
        "present",
        (
            "(d) Nothing in this section prohibits the person whose conviction was set aside from "
            "inspecting or obtaining copies of the records of the case."
        ),
    ),
    (
        "p05",
        "record-access",
        "present",
        (
            "(2) Records sealed under this section shall not be disclosed to any person, except to "
            "the subject of the record."
        ),
    ),
    (
        "p06",
        "record-access",
        "present",
        (
            "(f) Sealed juvenile records shall be available only to:\n"
            "(1) the juvenile court;\n"
            "(2) the person named in the record;\n"
            "(3) the attorney for the person named in the record; and\n"
            "(4) the prosecuting attorney, for the purpose of a later juvenile proceeding."
        ),
    ),
    (
        "p07",
        "record-access",
        "present",
        (
            "Section 9. Confidential records described in section 8 may be released to the subject "
            "or the subject's attorney upon written request to the custodian."
        ),
    ),
    (
        "p08",
        "record-access",
        "present",
        (
            "(e) After an order is entered under subsection (a), the clerk shall seal the court "
            "file. The defendant may access the sealed court file at the office of the clerk upon "
            "presentation of valid identification."
        ),
    ),
    (
        "p09",
        "record-access",
        "present",
        (
            "(4) Notwithstanding the sealing, the person may request and receive from the bureau a "
            "copy of the sealed record at any time."
        ),
    ),
    (
        "p10",
        "record-access",
        "present",
        (
            "§ 32A-2-26. Confidentiality of sealed juvenile records.\n"
            "(a) Juvenile records sealed under this chapter are confidential.\n"
            "(b) Subsection (a) does not apply to inspection by the juvenile who is the subject of "
            "the record, or by the juvenile's parent or guardian while the juvenile is a minor."
        ),
    ),
    (
        "p11",
        "record-access",
        "present",
        (
            "Sec. 12-4. Sealed municipal court records.\n"
            "The Municipal Clerk shall, upon the written request of a person whose municipal court "
            "record has been sealed, provide that person with a certified copy of the sealed record. "
            "No fee shall be charged for the first copy."
        ),
    ),
    (
        "p12",
        "record-access",
        "present",
        (
            "(g) Sealing under this section does not limit the right of the person to whom the "
            "record relates to review and obtain copies of that record."
        ),
    ),
    (
        "p13",
        "record-access",
        "present",
        (
            "(b) Except as provided in subsection (c), no agency shall disclose a record sealed "
            "under this Act.\n"
            "(c) Subsection (b) does not prohibit disclosure of a sealed record to the person who is "
            "its subject, upon his or her request."
        ),
    ),
    (
        "p14",
        "record-access",
        "present",
        (
            "(5) A juvenile whose record has been expunged may, upon reaching the age of eighteen, "
            "inspect and copy the records of the juvenile court pertaining to him or her."
        ),
    ),
    (
        "p15",
        "record-access",
        "present",
        (
            "(h) Sealed records may be opened to any other person only upon order of the court; "
            "provided, however, that the person who is the subject of the record may inspect it "
            "without such an order."
        ),
    ),
    (
        "p16",
        "record-access",
        "present",
        (
            "(7) Nothing in this chapter shall be construed to require a person to obtain a court "
            "order before receiving a copy of his or her own expunged record from the repository."
        ),
    ),
    (
        "p17",
        "record-access",
        "present",
        (
            "2. The records so sealed shall be made available to the person to whom they pertain, "
            "upon request and payment of the fee for copies prescribed by rule of the Supreme Court."
        ),
    ),
    (
        "p18",
        "record-access",
        "present",
        (
            "(i) Neither the department nor any law enforcement agency shall disclose a sealed "
            "record to U.S. Immigration and Customs Enforcement or any other federal immigration "
            "authority. The person whose record was sealed may obtain a copy of it from the "
            "department upon request."
        ),
    ),
    (
        "p20",
        "record-access",
        "partial",
        (
            "(4) The records of a child adjudicated under this article shall be open to inspection "
            "only by the child's parent, guardian or custodian, and by the court."
        ),
    ),
    (
        "p26",
        "record-access",
        "partial",
        (
            "(f) Provided, however, that the prosecuting attorney shall make the sealed file "
            "available to defense counsel representing the person in any subsequent criminal "
            "proceeding."
        ),
    ),
    (
        "p27",
        "record-access",
        "contrary",
        (
            "(e) Records sealed under this section may be unsealed only upon a showing of good cause "
            "to the court that ordered the sealing."
        ),
    ),
    (
        "p28",
        "record-access",
        "contrary",
        ("Sec. 11. The sealed file shall not be opened except by order of the court."),
    ),
    (
        "p29",
        "record-access",
        "contrary",
        (
            "(b) Expunged records shall be available only to criminal justice agencies for the "
            "administration of criminal justice."
        ),
    ),
    (
        "p30",
        "record-access",
        "contrary",
        (
            "(6) The court may, in its discretion, permit inspection of the sealed records by any "
            "person having a legitimate interest therein."
        ),
    ),
    (
        "p31",
        "record-access",
        "contrary",
        (
            "(c) Sealed juvenile records may be inspected only by:\n"
            "(1) the judge of the juvenile court;\n"
            "(2) the prosecuting attorney;\n"
            "(3) juvenile probation officers; and\n"
            "(4) a law enforcement agency investigating a crime."
        ),
    ),
    (
        "p32",
        "record-access",
        "contrary",
        ("§ 5. No record sealed under this chapter shall be disclosed to any person."),
    ),
    (
        "p33",
        "record-access",
        "contrary",
        (
            "(8) The person who is the subject of the record may, upon petition to the court and a "
            "showing of need, inspect the sealed record."
        ),
    ),
    (
        "p35",
        "record-access",
        "contrary",
        (
            "(j) The department shall not release a sealed record to any person or agency, including "
            "the person who is the subject of the record, except pursuant to an order of a court of "
            "competent jurisdiction."
        ),
    ),
    (
        "p36",
        "record-access",
        "contrary",
        (
            "(2) The records of a juvenile shall be kept confidential and may be released only as "
            "provided by order of the juvenile court."
        ),
    ),
    (
        "p37",
        "record-access",
        "contrary",
        (
            "Sec. 2-118. The City Clerk shall not furnish a copy of any sealed municipal court "
            "record except upon receipt of an order signed by a judge of the Municipal Court."
        ),
    ),
    (
        "p38",
        "record-access",
        "contrary",
        (
            "(g) Inspection of the sealed files by the petitioner shall be permitted only upon the "
            "filing of a petition with the court which ordered the records sealed."
        ),
    ),
    (
        "p39",
        "record-access",
        "contrary",
        (
            "(4) Sealed records shall not be made available to the defendant or to the defendant's "
            "counsel except upon order of the court."
        ),
    ),
    (
        "p40",
        "record-access",
        "contrary",
        (
            "(c) Expunged records shall be available only to criminal justice agencies, including "
            "United States Immigration and Customs Enforcement."
        ),
    ),
    (
        "p41",
        "record-access",
        "contrary",
        (
            "(5) Records expunged under this Act shall be destroyed; provided, however, that the "
            "court may retain a nonpublic record of the case, accessible only upon order of the "
            "court."
        ),
    ),
    (
        "p42",
        "record-access",
        "absent",
        (
            "(a) Records identifying the victim of a sexual offense are confidential; provided, "
            "however, that the victim may obtain a copy of any such record upon request."
        ),
    ),
    (
        "p44",
        "record-access",
        "absent",
        ("(3) Sealed records shall not be open to public inspection."),
    ),
    (
        "p45",
        "record-access",
        "absent",
        (
            "Sec. 7. An employer may not ask an applicant for employment to disclose an arrest or "
            "conviction record that has been sealed or expunged."
        ),
    ),
    (
        "p46",
        "record-access",
        "absent",
        ("(h) A law enforcement agency may access sealed records for the purpose of investigating a crime."),
    ),
    (
        "p47",
        "record-access",
        "absent",
        (
            "(2) Upon the sealing of the record, the person may state that no record exists and may "
            "answer any inquiry as though the arrest or conviction had not occurred."
        ),
    ),
    (
        "p48",
        "record-access",
        "absent",
        (
            "§ 9-114. Any person who believes that criminal history record information maintained by "
            "the Bureau about him or her is inaccurate may request that the Bureau correct the "
            "information. The Bureau shall correct any error within thirty days."
        ),
    ),
    (
        "p49",
        "record-access",
        "absent",
        (
            "(e) No person may obtain a copy of a sealed record of another person without the "
            "written consent of the person named in the record."
        ),
    ),
    (
        "p50",
        "record-access",
        "absent",
        (
            "(6) Nothing in this section prohibits the person from disclosing his or her own sealed "
            "record to any other person."
        ),
    ),
    (
        "p51",
        "record-access",
        "contrary",
        (
            "(9) The person who is the subject of the record may, upon petition to the court that "
            "ordered the sealing, inspect the sealed record."
        ),
    ),
    (
        "p52",
        "record-access",
        "contrary",
        ("(3) The person whose conviction has been expunged may not obtain a copy of the expunged record."),
    ),
    (
        "p53",
        "record-access",
        "present",
        (
            "(k) The person may inspect the sealed record upon application to the clerk of the "
            "court, and no order of the court shall be required."
        ),
    ),
    (
        "p54",
        "record-access",
        "contrary",
        (
            "(2) A person whose record has been sealed may inspect the sealed record upon petition "
            "to the court."
        ),
    ),
    (
        "p19",
        "record-access",
        "partial",
        (
            "(c) Sealed records may be inspected by the attorney of record for the person named "
            "therein, but by no other person except upon order of the court."
        ),
    ),
    (
        "p21",
        "record-access",
        "partial",
        (
            "Sec. 6. Upon request, the clerk shall provide the petitioner with a certified copy of "
            "the order of expungement. All other records of the case shall remain sealed and shall "
            "not be disclosed except by order of the court."
        ),
    ),
    (
        "p23",
        "record-access",
        "partial",
        (
            "(k) A person whose record has been sealed may obtain a copy of the sealed record from "
            "the Department, without fee, solely for the purpose of an application for "
            "naturalization or another immigration benefit."
        ),
    ),
    (
        "p25",
        "record-access",
        "partial",
        (
            "(2) Notwithstanding subsection (1), the subject of a sealed record may review, but not "
            "copy, the record at the office of the central repository for the sole purpose of "
            "verifying its accuracy."
        ),
    ),
    (
        "p43",
        "record-access",
        "absent",
        (
            "(b) The name and address of any witness shall be kept confidential and shall not be "
            "disclosed to the defendant except upon order of the court."
        ),
    ),
    (
        "p34",
        "record-access",
        "contrary",
        (
            "(d) Upon motion of the person named in the record, the court may order the records opened "
            "for inspection by that person."
        ),
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), PROBES, ids=[p[0] for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(name, practice, status, text):
    assert line_findings(text)[practice].status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the order alone, then the rest by court order: a grant, narrowed
        (
            "(a) The clerk shall give the person a certified copy of the expungement order. (b) Any other "
            "records of the case shall not be released except upon order of the court.",
            "partial",
        ),
        # no grant before it: "all other records" closes everything the person could see
        (
            "(a) Expunged records shall be kept by the department. (b) All other records of the case shall "
            "not be released except upon order of the court.",
            "contrary",
        ),
        # word that relief was granted is no record: the rest is all of them
        (
            "(a) The court shall notify the person that the record has been sealed. (b) All other records "
            "of the case shall not be released except upon order of the court.",
            "contrary",
        ),
    ],
)
def test_a_court_order_for_the_other_records_narrows_only_a_grant_of_records(text, status):
    assert line_findings(text)["record-access"].status == status
