"""Two blind probe reviews (round 56), asked for hard cases: 85 texts written for billkit in the reviewers'
own words, from no real statute, long or unusual in form (operative words mid-sentence, exceptions inside
exceptions, provisos, definitions read later, lettered lists whose decisive item is not the first, old code
language, bills with bracketed deletions, digests of present and proposed law), with the status a lawyer
would give before billkit was run (tests/probes/round56). The `c` probes end, narrow or keep a court's
power over a later challenge and grant, narrow or bar a vacatur for cause; the `d` probes open cleared
records to the person or shut them, and send them to federal or immigration authorities or keep them back.

billkit read 33 of the 510 judgements otherwise at first; the rules were then mended in general form: a
court that "loses jurisdiction over the case" once the conviction is set aside; a digest that "authorizes a
person ... to move the court of conviction to vacate" grants a vacatur, and one "authorizing the bureau to
provide an expunged record to the United States Department of Homeland Security" works against federal
records; relief for a defect that "does not vacate the judgment" is partial, not present; "no court shall
dismiss the petition for want of jurisdiction" keeps a sealing petition, it shuts nothing; "save only upon
the written order of a judge" is a court-order gate; "authorities of the United States" are a federal
recipient; a victim's copy "without obtaining a court order" is no route for the person; a list's lead read
alone ("may be released only to the following:") is no bar, and its last item "Any other person, upon order
of the court" bars only those the list left out. The 487 judgements it now reads as the reviewers did are
kept. The 23 left out (none read worse than before the round) are mostly partial against absent or present:
powers kept for clerical matters (c07), a motion to withdraw a plea for a missing advisement kept after
expungement (c21, read present for the court's power, the reviewer said partial, and its vacatur missed), a
bar on vacating a discharged judgment (c18), a trafficking victim's sealing that does not vacate (c29,
absent; the corpus is split on it), own-record routes through a lawyer with leave, a summary, a purpose,
another section or copies of the order (d03, d04, d05, d15, d16), a child's route through a parent while a
minor (d10), a digest's court-order route and one that keeps present law (d06, d29), a definition-based bar
(d21), a proviso on public statistics read as a bar (d20), a general right to one's rap sheet (d19), plea
advisements (c24, d01), a presumption of victim status (c28), a bar on asking status (d32), and a sharing
bar beside the 8 U.S.C. § 1373 saving read as contrary (d37).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round56")


def test_the_review_tries_powers_and_vacaturs_in_hard_forms():
    assert REVIEW.judgements("c", "court-jurisdiction").count("present") >= 6
    vacatur = REVIEW.judgements("c", "vacatur-for-cause")
    assert vacatur.count("present") >= 7 and vacatur.count("contrary") >= 2


def test_the_review_tries_records_in_hard_forms():
    access = REVIEW.judgements("d", "record-access")
    assert access.count("present") >= 4 and access.count("contrary") >= 3
    assert REVIEW.judgements("d", "federal-records").count("contrary") >= 4
