"""Three blind probe reviews (round 45): ninety texts written for billkit in the reviewers' own words, with
the status a lawyer would give before billkit was run (tests/probes/round45). The `s` probes end or narrow a
court's power over a later challenge to a conviction in words other than "jurisdiction" (writs that "shall not
issue" or "do not lie", custody gates, forfeited objections, summary dismissal, second petitions, time limits
addressed to the court, finality "for all purposes", courts "powerless", review confined to the record),
beside powers kept and near misses (good-cause exits, deadlines on the filer, power over probation,
restitution, bail or the sealing order, appellate procedure, venue). The `t` probes are on a person's own
access to a closed record: full, partial (through a lawyer, a fee, a purpose, a notice of existence, an
official's discretion, another section), bars that shut the person out, and near misses (employers, victims,
researchers, a right to correct without a right to see). The `u` probes are on cleared records and federal
databases or immigration authorities: removal requests, bars in unusual words, permissions and duties that
send records to federal bodies, savings for 8 U.S.C. § 1373, and near misses.

billkit read 17 of the 65 `s` judgements, 15 of the 66 `t` and 10 of the 63 `u` judgements otherwise at first
(as of the round's first rules, which came from the round-44 probes); the rules were then mended in general
form (tests/test_check_forty_third_round.py: `ruleset/refusals.py`, a court "of this state" under a time bar,
an expungement order vacated for fraud, a section that "does not authorize" disclosure to the person, a list
of conditions, a lawyer's or an official's route, a duty not laid to send records to federal agencies, a bar
that "applies to the person named in the record", a request that "need not be approved by a court"), and the
171 rows it now reads as the reviewers did are kept. Of the 23 left out, most are shapes the corpus reads
otherwise or no rule reads yet: an exclusive remedy beside a late-motion bar (s20), a presumption against the
petitioner (s13), a relief that discharges without vacating (s15), a bar whose one exception is lack of
jurisdiction read as a vacatur (s18), power kept over the expungement order (s27), an order-only copy (s07);
for own records, a purpose-bound copy, a notice of existence, a licence statement, a fee never waived, a
saving that presupposes a right elsewhere, a route through another section (t06, t07, t17, t16, t23, t22,
u21), a court's leave read as partial (u03), an inspection without copies (u12); and for federal records, an
expungement that does not reach FBI files, a 1373-style saving with no bar beside it, and a bar with a warrant
exception, which the corpus labels otherwise (t08, t30, u15), records sent to the FBI or answered to DHS in
words no rule reads (t20, u06, u14, u22), and a sanctuary ordinance (u09).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round45")


def test_the_review_tries_powers_ended_in_other_words_and_near_misses():
    power = REVIEW.judgements("s", "court-jurisdiction")
    assert power.count("contrary") >= 10 and power.count("absent") >= 4


def test_the_review_tries_full_and_partial_routes_bars_and_near_misses_for_own_records():
    access = REVIEW.judgements("t", "record-access")
    assert access.count("present") >= 4 and access.count("partial") >= 2 and access.count("absent") >= 4


def test_the_review_tries_federal_bars_permissions_and_near_misses():
    federal = REVIEW.judgements("u", "federal-records")
    assert federal.count("absent") >= 6 and federal.count("contrary") >= 2 and federal.count("partial") >= 4
