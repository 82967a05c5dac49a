"""Two blind probe reviews (round 30): texts in the shape of real law, written for billkit by two reviewers
in their own words, each with the status a lawyer would give before billkit was run (tests/probes/round30).
The `a` probes, written after this round's rules by a second reader told only the shapes they read, try
those shapes both ways: lists of who may see records read with the subsection before them, lists in
captioned groups, a federal body on such a list, a court-order closure that lets the person in, a remedy
open only to one in custody; with near misses that share their words. The `b` probes try a court's power
over a conviction, each modelled on a provision of a different state or territory.

Twenty rows billkit still reads otherwise are left out here (the probe texts stay in the folder only
where another of their rows is kept):
- court power, where the reviewer's reading and the corpus's differ: a court that "need not entertain" (or
  "shall not be required to entertain") a second motion "for similar relief", and a remedy for "a prisoner
  in custody under sentence" with no "only" (b08, b10, b13), which the corpus labels `absent` in five
  tuning files (D.C. Code § 22-4135, Kan. Stat. Ann. § 60-1507, Neb. Rev. Stat. § 29-3001 twice, N.M.
  Stat. Ann. § 31-11-6); "No other motion shall be filed or considered" after a time (b06), which the
  corpus labels `absent` in Fla. R. Crim. P. 3.850;
- court power, shapes not yet read: eligibility "currently serving" a sentence set out as a list item
  apart from the words of eligibility (a27); relief that
  "shall not be granted" on grounds previously ruled on or waived (b15), or a court that "must deny" them
  (b28), both bars on grounds not raised, which the corpus labels both ways; a final disposition that
  concludes every issue that could have been raised (b17); a plea withdrawn only before sentence beside a
  later route for those in custody (b33); a court of appeals that "will not consider" a repeat petition
  (b35); a presumption of delay and a dismissal on show-cause (b38); power kept in words unlike "retains
  jurisdiction" (b07, b20 `partial`);
- own records: a certified copy of the order alone beside a court-order closure (a07 `contrary`, a12
  `partial`); records the person may reach only "upon order of the court for good cause" inside a list of
  users (a22);
- federal records: a bar on any agency "of the United States" beside a list (a02, a39, read `contrary` and
  `absent` where the reviewer reads `partial`); an FBI deletion request beside a bar on release to any
  federal agency (a20, `present` read `contrary`); a defined term that takes in federal agencies on a
  list of who may receive sealed records (a24).

A twenty-first, b12 (power kept over a new trial after sealing, `present`), reads as expected since round 31
and is kept. Each kept row is read by tests/test_check_probe_reviews.py; this module checks what the reviews
try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round30")
ROWS = REVIEW.rows


def test_the_reviews_try_each_new_shape_both_ways():
    counts = REVIEW.counts()
    assert counts["contrary"] >= 15 and counts["present"] >= 5 and counts["absent"] >= 20
    by_practice = {practice for _, practice, _ in ROWS}
    assert {"record-access", "federal-records", "court-jurisdiction"} <= by_practice


def test_the_court_power_review_spans_many_jurisdictions():
    court = [name for name, practice, _ in ROWS if name.startswith("b") and practice == "court-jurisdiction"]
    assert len(court) >= 25
