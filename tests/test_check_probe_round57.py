"""Two blind probe reviews (round 57), asked for hard forms as round 56 was: 82 texts written for billkit
in the reviewers' own words, from no real statute, with the status a lawyer would give before billkit was
run (tests/probes/round57). The `e` probes close a court to a later challenge in the shapes of older codes
and post-conviction acts (writs that "shall not lie" once a term or a sentence has run, acts that take "the
place of all other remedies" under time limits, grounds "waived" for any later proceeding, one-petition
rules, custody conditions, limits made "a condition of the court's authority", petitions after the record
is cleared dismissed unheard) beside near misses; the `f` probes grant a vacatur for a defect in many words
(a plea "without a meaningful understanding" of its immigration consequences, a statute "repugnant to the
Constitution", a court "without jurisdiction", a conviction "void for want of jurisdiction", an
uncounselled adjudication, an order "annulling" a conviction for a defect, a defined "defective
conviction") beside relief for rehabilitation, and test bars on the person's own records against bars on
others.

billkit read 31 of the 492 judgements otherwise at first; the rules were mended in general form
(ruleset/closed_courts.py, the vocabulary of grounds and grants, and bars on other defendants or on an
agency "which may obtain the sealed record only upon order" read as no bar on the person). The 478 it now
reads as the reviewers did are kept. Of the 14 left out, none reads worse than before the round: a digest
of a new one-year limit read as partial (e10), a plea form whose signer "gives up any right to file" a
later challenge (e18), a duty to vacate for a missing advisement read as partial (e26), "at any time" read
as partial (e33), coram nobis for new evidence (f09), "manifest injustice" defined as an unknowing plea
(f17), a time bar with an exception for fraud and suppressed evidence read contrary where the reviewer said
absent (f13), a drug court's "shall not vacate the plea" read as a bar on the court (f19, as before the
round), and own-record probes read otherwise: agencies' use without an order read as the person's (f30),
routes for the person beside an order for others read as partial or missed (f31, f33, f42), a route through
another section missed (f35), and inspection without copies read as contrary (f36).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round57")


def test_the_review_tries_courts_closed_in_older_shapes():
    power = REVIEW.judgements("e", "court-jurisdiction")
    assert power.count("contrary") >= 20 and power.count("absent") >= 10


def test_the_review_tries_vacaturs_in_many_words():
    vacatur = REVIEW.judgements("f", "vacatur-for-cause")
    assert vacatur.count("present") >= 10 and vacatur.count("absent") >= 5
