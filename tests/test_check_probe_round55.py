"""Two blind probe reviews (round 55): 86 texts written for billkit in the reviewers' own words, from no real
statute, with the status a lawyer would give before billkit was run (tests/probes/round55). The `a` probes
end, narrow or keep a court's power over a later challenge to a conviction (time limits made jurisdictional,
successive-petition bars, custody made a condition of jurisdiction, remedies made exclusive, waivers,
sealing that closes the case, an expungement made "a bar to any later proceeding", power kept for one kind
of motion only) beside near misses (deadlines on the filer, sealing petitions, probation, re-raising what
was decided). The `b` probes let cleared records go to federal or immigration authorities or keep them from
them, and open them to the person, only through a lawyer or parent, or only by court order, beside near
misses.

billkit read 20 of the 516 judgements otherwise at first; the rules were then mended in general form: a
court that "shall entertain" no "second or successive application"; jurisdiction "only of a petition filed
by a person who ... is imprisoned", and a petition by one "whose sentence has been fully discharged"
dismissed; relief that "operates as a bar to any later proceeding" questioning the conviction; power kept
"only to consider a motion ... based on" one ground, or with "no other motion ... may be filed", read as
partial; power kept over a petition for sealing is no power over a later challenge; "without going through
the court" and "without a motion" are routes without a court order; "no person may inspect ... without a
court order" is a bar, and "Without a court order, no person may ..." no grant; a copy "only through an
attorney" is a route through a lawyer; "permit the juvenile's parent" names the parent, not the juvenile; a
saving that leaves the person free to disclose their own record keeps no sharing open. The 506 judgements it
now reads as the reviewers did are kept. Of the ten left out, none is read worse than before the round:
powers kept only for clerical and enforcement matters, or for a year (a09, a21, read absent and contrary
where the reviewer said partial); a motion "at any time" and "not untimely because ... no longer in custody"
(a23, read partial, the reviewer said absent); a DNA-innocence motion read as a vacatur (a37); a parent-only
route, a summary letter and a certified copy of the order read absent where the reviewer said partial (b06,
b12, b18); a motion to unseal as the only route, across three subsections (b16, contrary missed); custody
holds read as half of the federal practice (b11); and a general right to one's own rap sheet read partial
(b40).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round55")


def test_the_review_tries_powers_ended_narrowed_and_kept():
    power = REVIEW.judgements("a", "court-jurisdiction")
    assert power.count("contrary") >= 15 and power.count("present") >= 6 and power.count("absent") >= 10


def test_the_review_tries_records_shared_kept_and_opened():
    assert REVIEW.judgements("b", "federal-records").count("contrary") >= 5
    access = REVIEW.judgements("b", "record-access")
    assert access.count("present") >= 6 and access.count("contrary") >= 3
