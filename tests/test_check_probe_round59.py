"""Four more blind probe reviews (round 59), in the forms real post-conviction acts, digests and access lists
take: 168 texts written for billkit in the reviewers' own words, from no real statute, with the status a
lawyer would give before billkit was run (tests/probes/round59). The `n` probes close or keep a court's power
as habeas chapters and coram nobis statutes do (a writ refused to one "discharged from custody", an
application "received, docketed, or acted upon" by no court once the record is expunged, a late petition
the court "shall dismiss without a hearing"); the `p` probes say the same in digests and fiscal notes (a
motion that "may be filed, heard, and decided notwithstanding that the record ... has been sealed", present
law that the proposed law "repeals" or keeps); the `q` probes grant or refuse a vacatur for a missing
advisement (a plea "taken without that statement", "accepted without compliance with paragraph (c)", "no
court of this State shall vacate ... on the ground that the defendant was not informed") and presume the
advisement not given; the `s` probes open records to the person or to federal agencies ("without the
necessity of petitioning any court", "need not file a motion or obtain an order", a "criminal justice
agency" defined to take in the Department of Homeland Security).

billkit read 72 of the 1,008 judgements otherwise at first; the rules were mended in general form (power kept
only for the prosecutor's motion or for a motion to correct an illegal sentence is kept in part, and power
kept to rule on motions to unseal or correct the sealed record keeps nothing). The 967 it now reads as the
reviewers did are kept. The 41 left out are mostly partial against present or absent (power kept only for
pending motions or only after the relief is undone, n15, n29, n30, p24; power kept "to enforce" the sealing
order, read absent where the reviewer said partial, p08, p28), grounds waived by procedural default (n22, as
the corpus has it), a "harmless unless" rule the reviewer read as a presumption for the State and billkit as a
bar on the vacatur (q21), and own-record routes narrowed to a statement or a court-gated copy (s01, s09, s13,
s27).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round59")


def test_the_review_tries_courts_closed_in_acts_and_digests():
    acts = REVIEW.judgements("n", "court-jurisdiction")
    assert acts.count("contrary") >= 15 and acts.count("absent") >= 10
    digests = REVIEW.judgements("p", "court-jurisdiction")
    assert digests.count("present") >= 8 and digests.count("contrary") >= 5


def test_the_review_tries_vacaturs_for_a_missing_advisement():
    assert REVIEW.judgements("q", "vacatur-for-cause").count("present") >= 15
    assert REVIEW.judgements("q", "rebuttable-presumption").count("partial") >= 3


def test_the_review_tries_own_records_and_federal_definitions():
    assert REVIEW.judgements("s", "record-access").count("present") >= 8
    assert REVIEW.judgements("s", "federal-records").count("contrary") >= 3


def test_a_digest_s_present_law_counts_unless_the_proposed_law_replaces_it():
    replaced = (
        "Present law provides that a person may obtain a copy of an expunged record only upon an order of "
        "the court. Proposed law repeals that provision and provides instead that the person may obtain a "
        "copy from the clerk upon request, without a court order."
    )
    assert passage_status("record-access", replaced) == "present"
    kept = (
        "Present law requires a court order before the person may obtain a copy of an expunged record. "
        "Proposed law changes the fee for a copy."
    )
    assert passage_status("record-access", kept) == "contrary"
