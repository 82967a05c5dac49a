"""`billkit check` on the fifty-ninth round's tuning files, each quoted from the real text it came from
(citation beside it), each with a neighbour written for these tests that must still read as it did.

The round's tuning files were read as labelled on arrival but for two (a Vermont bar on "a second or
successive motion for similar relief", which the corpus labels both ways, and an Illinois habeas cause read as
no vacatur), so these pin what it read: a proposed court rule under which "No judgment or verdict shall be set
aside or reversed or a new trial granted by any court of this state in any criminal case on any motion or
other request for relief filed more than 1 year from" finality closes the courts to a late challenge (Mich.
Sup. Ct. Order No. 00-31 (2000)); and a repository statute that makes conviction information available "(1) To
any local, state, or federal governmental agency that requests the conviction information for the enforcement
of a local, state, or federal law" names a federal recipient (Ark. Code Ann. § 12-12-1009(a)).
"""

from __future__ import annotations

from support import round_cases_test

MI_6_502_H = (
    "No judgment or verdict shall be set aside or reversed or a new trial granted by any court of this "
    "state in any criminal case on any motion or other request for relief filed more than 1 year from the "
    "latest of (1) the date on which the judgment of conviction becomes final."
)
"""Proposed Mich. Ct. R. 6.502(H), Mich. Sup. Ct. Order No. 00-31 (Dec. 6, 2000)
(tests/corpus/mi-adm-2000-31-proposed-mcr-6-502-h.txt)."""

AR_12_12_1009_A = (
    "(a) Conviction information shall be made available for the following noncriminal justice "
    "purposes:\n(1) To any local, state, or federal governmental agency that requests the conviction "
    "information for the enforcement of a local, state, or federal law;"
)
"""Ark. Code Ann. § 12-12-1009(a)(1) (tests/corpus/ar-code-12-12-1009.txt)."""

CASES = [
    ("mi-6-502-h", MI_6_502_H, "court-jurisdiction", "contrary"),
    (
        "a-motion-for-a-new-trial-in-time",
        "A motion for a new trial may be filed within 1 year from the date on which the judgment of "
        "conviction becomes final.",
        "court-jurisdiction",
        "absent",
    ),
    ("ar-12-12-1009-a", AR_12_12_1009_A, "federal-records", "contrary"),
    # (a state recipient only)
    (
        "a-state-agency",
        "Conviction information shall be made available to any state licensing board that requests the "
        "conviction information for the licensing of a profession.",
        "federal-records",
        "absent",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
