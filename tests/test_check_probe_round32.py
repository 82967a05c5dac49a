"""A blind probe review (round 32): forty texts in the shape of real law, each modelled on a provision of a
different state or territory and written for billkit in the reviewer's own words, with the status a lawyer
would give before billkit was run (tests/probes/round32). Most are near misses for a vacatur for cause: a
set-aside, dismissal or "vacation" earned by probation or time; relief for a law since changed with no defect
found; pardons; sentence correction; procedure that grants nothing; what follows a vacatur had elsewhere
(compensation, refunds); a vacatur of an order rather than a conviction; harmless-error and waiver rules. The
rest are vacaturs for cause worded unusually. Every row is kept: billkit read two of them otherwise at first
(p16, a compensation petition "only after ... a court has vacated or reversed all convictions"; p19, a
sentence-correction motion that "may not be used to challenge the validity of a conviction"), both read
`present`, and both are mended in general form. One judgement is revised: the reviewer read a39, a harmless-
error rule that "applies to motions to withdraw a plea", as `absent`; it is `contrary`, as the corpus labels
the real harmless-error texts, because such a rule is what closed plea withdrawal for a defective immigration
advisement in State v. Reyes Fuerte, 2017 WI 104, 378 Wis. 2d 504, 904 N.W.2d 773.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the review tries.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round32")
ROWS = REVIEW.rows


def test_the_review_is_mostly_near_misses_and_tries_both_ways():
    counts = REVIEW.counts()
    assert counts["absent"] >= 25 and counts["present"] >= 6 and counts["partial"] >= 3
    assert {practice for _, practice, _ in ROWS} == {"vacatur-for-cause"}
