"""Two blind probe reviews (round 43): eighty texts written for billkit in the reviewers' own words, with the
status a lawyer would give before billkit was run (tests/probes/round43). The `n` probes are on what is
and is not a vacatur for cause: grants in varied words and in several languages' styles (one in Spanish),
near misses built to look like one (dismissal after probation, a deferred judgment, "vacate" used of a
warrant, a fine, a protective order or a sealing, a pardon, a change in the law, compensation after a
vacatur), and refusals (harmless-error clauses, grounds struck by a bill, claims "not cognizable"). The
`o` probes are on how laws end, narrow or keep a court's power over a conviction ("lacks jurisdiction",
"loses all authority", "in custody under the sentence", "the remedy is exclusive", "retains jurisdiction",
"at any time") and its near misses.

billkit read 20 of the 121 `n` judgements and 22 of the 83 `o` judgements otherwise at first; the rules
were then mended in general form (tests/test_check_fortieth_round.py), and the 166 rows it now reads as
the reviewers did are kept. Of the 38 rows left out, most are shapes the corpus reads otherwise or no rule
reads yet: grounds set in a list beside a grant in another sentence (n24, n33, o23, o28, o31), a Spanish
text (n10), presumptions of regularity and of advice read as absent by the paraphrase suites (n03, n15), a
narrow class's presumption (n13), a new trial after a verdict and a habeas that only discharges (n18,
n36), carve-outs the corpus reads as narrowing (n28, n31), a withdrawal for "manifest injustice" defined
elsewhere (n19), time bars and custody rules addressed to the court in words no rule reads (n18, o12, o27,
o29, o35), a sealing order made final or a different relief kept (o26, o30), powers narrowed to a motion
or to records (o03, o13, o18, o20, o24, o36), and single readings of notices and federal reports (n14,
n23, n30, n37, n39).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round43")


def test_the_review_tries_grants_near_misses_and_refusals_of_vacatur():
    vacatur = REVIEW.judgements("n", "vacatur-for-cause")
    assert vacatur.count("present") >= 8 and vacatur.count("absent") >= 12 and vacatur.count("contrary") >= 3


def test_the_review_tries_kept_ended_and_near_miss_powers():
    power = REVIEW.judgements("o", "court-jurisdiction")
    assert power.count("present") >= 6 and power.count("contrary") >= 8 and power.count("absent") >= 6
