"""`billkit check` on the sixty-second round's tuning files, each quoted from the real text it came from
(citation beside it), each with a neighbour written for these tests that must still read as it did.

The round's four tuning files were read as labelled on arrival but for one: North Carolina's juvenile
fingerprints taken "in a proper format for transfer to ... the Federal Bureau of Investigation", which the
likeness reader, retrained with the round's tuning files, now finds. These pin what the rules read: a bill
whose title prohibits "second and successive motions" on habeas corpus closes a court's door to a later
challenge (Kan. H.B. 2241 (2025)).
"""

from __future__ import annotations

from support import round_cases_test

KS_HB2241_TITLE = (
    "AN ACT concerning civil procedure; relating to habeas corpus; prohibiting second and successive motions "
    "in certain circumstances; prohibiting claims of ineffective counsel; providing appeals to the supreme "
    "court as a matter of right in claims filed by inmates sentenced to death; amending K.S.A. 2024 Supp. "
    "60-1507 and 60-2102 and repealing the existing sections."
)
"""H.B. 2241, 2025–2026 Leg., Reg. Sess. (Kan. 2025) (as introduced), title
(tests/corpus/ks-hb2241-2025-introduced.txt)."""

CASES = [
    ("ks-hb2241-title", KS_HB2241_TITLE, "court-jurisdiction", "contrary"),
    # (a title that keeps such motions open shuts no door)
    (
        "title-allowing-successive-motions",
        "AN ACT concerning civil procedure; relating to habeas corpus; allowing a second motion where the "
        "conviction has been expunged; amending K.S.A. 60-1507.",
        "court-jurisdiction",
        "absent",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
