"""`billkit check` on what the fifty-seventh round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A federal court that "shall only consider a claim or claims that have been raised and decided on the merits in
the State courts, unless the failure to raise the claim properly is (1) the result of State action in
violation of the Constitution" is barred, not given a ground of relief (28 U.S.C. § 2264(a)). "No amendment to
an application for a writ of habeas corpus under this chapter shall be permitted after the filing of the
answer to the application, except on the grounds specified in section 2244(b)" closes the court to a later
claim (28 U.S.C. § 2266(b)(3)(B)).
"""

from __future__ import annotations

from support import round_cases_test

USC_2264_A = (
    "(a) Whenever a State prisoner under capital sentence files a petition for habeas corpus relief to "
    "which this chapter applies, the district court shall only consider a claim or claims that have been "
    "raised and decided on the merits in the State courts, unless the failure to raise the claim properly "
    "is\n(1) the result of State action in violation of the Constitution or laws of the United States;"
)
"""28 U.S.C. § 2264(a)(1) (tests/corpus/us-28-usc-2264.txt)."""

USC_2266_B_3_B = (
    "(B) No amendment to an application for a writ of habeas corpus under this chapter shall be permitted "
    "after the filing of the answer to the application, except on the grounds specified in section 2244(b)."
)
"""28 U.S.C. § 2266(b)(3)(B) (tests/corpus/us-28-usc-2266-a-b.txt)."""

CASES = [
    ("usc-2264-a", USC_2264_A, "vacatur-for-cause", "absent"),
    (
        "a-petition-on-a-constitutional-ground",
        "A person in custody under a capital sentence may petition the court to vacate the judgment on the "
        "ground that it was obtained in violation of the Constitution or laws of the United States.",
        "vacatur-for-cause",
        "present",
    ),
    ("usc-2266-b-3-b", USC_2266_B_3_B, "court-jurisdiction", "contrary"),
    (
        "an-amended-sealing-petition",
        "A petition for sealing may be amended at any time before the hearing on the petition.",
        "court-jurisdiction",
        "absent",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
