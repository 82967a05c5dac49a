"""Two blind probe reviews (round 48): sixty texts written for billkit in the reviewers' own words, with the
status a lawyer would give before billkit was run (tests/probes/round48). The `y` probes name a legal defect
beside a court's power to act without giving a vacatur of the conviction (grounds only for direct appeal, a
new-trial motion limited to days, an illegal sentence corrected, a plea withdrawn before sentence, civil,
probate and bail-forfeiture judgments set aside, DNA testing, time limits, an advisement with no remedy)
beside real vacaturs in unusual structures. The `z` probes end, narrow or keep a court's power over a
conviction in words a reader may not expect (remedies made exclusive, writs that shall not lie, courts
"divested", cases closed by sealing, finality "for all purposes", powers ended with probation) beside near
misses (custody limits, probation, restitution, civil suits, the sealing order, venue).

billkit read 16 of the 180 `y` judgements and 23 of the 72 `z` judgements otherwise at first; the rules were
then mended in general form (tests/test_check_forty_fourth_round.py, and after a critical second read
tests/test_check_second_read_r48.py), and the 234 rows it now reads as the reviewers did are kept. Of the 18
left out: a sentence-only correction and an arrest of judgment before it is entered that the reviewer read as
partial (y03, y20); a civil rule's void-judgment ground that its own subsection keeps from criminal cases
(y05); an advisement failure that "is not a ground on which a court may vacate" (y16, no rule reads it);
powers kept in words no rule reads or read only in part ("does not take away", "continues after any order
vacating the record", "available even where the conviction has been expunged", a bill that strikes a bar, y17,
y22, y28, z18); a petition's dismissal "as moot", a late motion the court "shall not entertain", limits that
"are jurisdictional" (z05, z10, z19); powers kept for a year or for one ground read as full or as barred (z14,
z15, z16); an erasure law read as a vacatur and a set-aside for a constitutional denial missed (z07, z21); and
a file open to the parties only for a proceeding (z23).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round48")


def test_the_review_tries_defects_beside_powers_and_real_vacaturs():
    vacatur = REVIEW.judgements("y", "vacatur-for-cause")
    assert vacatur.count("absent") >= 12 and vacatur.count("present") >= 6


def test_the_review_tries_powers_ended_narrowed_and_kept():
    power = REVIEW.judgements("z", "court-jurisdiction")
    assert power.count("contrary") >= 10 and power.count("absent") >= 4
