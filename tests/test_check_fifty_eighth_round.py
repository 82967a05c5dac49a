"""`billkit check` on the fifty-eighth round's tuning files, each quoted from the real text it came from
(citation beside it), each with a neighbour written for these tests that must still read as it did.

Every tuning file of the round was read as labelled on arrival, so these pin what it read: a trafficking
victim who "may apply by motion to the Superior Court to vacate the conviction" has a vacatur for cause (V.I.
Code Ann. tit. 14, § 146(a)); so has the accused who "may petition ... for a new trial on the ground of newly
discovered evidence or fraud on the court" (Neb. Rev. Stat. § 55-447); and a digest under which a bill
"establishes prohibitions concerning restricting the sharing and use of immigration and citizenship
information" forbids limits on sharing with immigration agencies, which works against keeping cleared records
from them (Me. L.D. 1656 (2025)).
"""

from __future__ import annotations

from support import round_cases_test

VI_146_A = (
    "§ 146. (a) An individual convicted of prostitution or other nonviolent offenses committed as a direct "
    "result of being a victim may apply by motion to the Superior Court to vacate the conviction and "
    "expunge the record of conviction."
)
"""V.I. Code Ann. tit. 14, § 146(a) (tests/corpus/vi-code-tit14-142-146-151.txt)."""

NE_55_447 = (
    "At any time within one year after approval by the convening authority of a court-martial sentence, the "
    "accused may petition the State Judge Advocate for a new trial on the ground of newly discovered "
    "evidence or fraud on the court."
)
"""Neb. Rev. Stat. § 55-447 (tests/corpus/ne-rev-stat-55-447.txt)."""

ME_LD1656 = (
    "This bill establishes prohibitions concerning restricting the sharing and use of immigration and "
    "citizenship information. It prohibits restricting the enforcement of federal immigration law."
)
"""Summary of L.D. 1656 (H.P. 1097), 132d Leg., 1st Spec. Sess. (Me. 2025)
(tests/corpus/me-ld1656-132nd-2025.txt)."""

CASES = [
    ("vi-146-a", VI_146_A, "vacatur-for-cause", "present"),
    (
        "a-motion-to-expunge-after-probation",
        "An individual convicted of a nonviolent offense who has completed probation may apply by motion to "
        "the Superior Court to expunge the record of conviction.",
        "vacatur-for-cause",
        "absent",
    ),
    ("ne-55-447", NE_55_447, "vacatur-for-cause", "present"),
    (
        "a-petition-for-clemency",
        "At any time within one year after approval of the sentence, the accused may petition the Governor "
        "for clemency on the ground of good conduct.",
        "vacatur-for-cause",
        "absent",
    ),
    ("me-ld1656", ME_LD1656, "federal-records", "contrary"),
    # (a bar on sharing alone is one half of the practice: federal databases are the other)
    (
        "a-bill-that-restricts-sharing",
        "This bill prohibits state agencies from sharing sealed criminal records with federal immigration "
        "authorities.",
        "federal-records",
        "partial",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
