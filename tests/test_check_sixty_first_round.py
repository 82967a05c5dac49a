"""`billkit check` on the sixty-first round's tuning files, each quoted from the real text it came from
(citation beside it), each with a neighbour written for these tests that must still read as it did.

The round's seventeen tuning files were read as labelled on arrival but for four partial own-record routes
(through a lawyer, by cross-reference, by the child's consent, and a title), a California digest's partial bar
on federal officials, a Louisiana bar read as closing the records until the child's consent was read as a
route, and a New Hampshire bill reporting how many people were held on immigration detainers read as sharing
records. These pin what was read: a county court's sealed documents open "only by order of the Court" close
them to the person they are about (Pima County (Ariz.) Super. Ct. Local R. Prac. 1.16(B)); and a status check
with the federal government within 24 hours of an arrest sends a record to federal hands (Ala. Code §
31-13-12(b)).
"""

from __future__ import annotations

from support import round_cases_test

PIMA_1_16_B = (
    "(B) Unless otherwise ordered by the Court, sealed documents are not maintained in the court file or on "
    "the Court's Agave filing system but rather are maintained in the Clerk of the Court's Exhibit Unit "
    "subject to retrieval and viewing only by order of the Court."
)
"""Local Rules of Practice, Superior Court of Arizona in Pima County, R. 1.16(B) (as amended through Aug. 22,
2024) (tests/corpus/pima-county-az-super-ct-local-r-1-16.txt)."""

AL_31_13_12_B = (
    "(b) Any alien who is arrested and booked into custody shall have his or her immigration status "
    "determined pursuant to 8 U.S.C. § 1373(c). The alien’s immigration status shall be verified by "
    "contacting the federal government pursuant to 8 U.S.C. § 1373(c) within 24 hours of the time of the "
    "alien’s arrest."
)
"""Ala. Code § 31-13-12(b) (Act 2011-535, § 12) (tests/corpus/al-code-31-13-12.txt)."""

CASES = [
    ("pima-1-16-b", PIMA_1_16_B, "record-access", "contrary"),
    # (the person's own sealed documents open on request)
    (
        "sealed-documents-on-request",
        "Sealed documents are maintained in the Clerk of the Court's Exhibit Unit, and the person who is "
        "the subject of the case may view and copy them on request, without an order of the Court.",
        "record-access",
        "present",
    ),
    ("al-31-13-12-b", AL_31_13_12_B, "federal-records", "contrary"),
    # (a count of people held, reported to the State's attorney general: no record to federal hands)
    (
        "a-count-reported",
        "Any county correctional facility that has detained a person on an immigration detainer shall "
        "report to the attorney general the number of people it has detained in the preceding six months.",
        "federal-records",
        "absent",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
