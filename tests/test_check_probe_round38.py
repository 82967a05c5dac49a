"""Two blind probe reviews (round 38): eighty texts written for billkit in the reviewers' own words, modelled
on the shapes of laws of smaller states, territories, tribal nations, cities and counties, with the status
a lawyer would give before billkit was run (tests/probes/round38). The `e` probes are on a court's power
over a conviction after judgment or after relief: clauses that keep it, narrow it to some grounds, people
or years, or end it (remedies abolished or made exclusive, the writ kept from a criminal judgment,
finality after a plea, a case "closed for all purposes"), and near misses (power over probation,
restitution or the order itself, bare deadlines, venue). The `f` probes are whole bills as legislatures
print them ([brackets], capitals, "amended to read", titles), each judged on every practice as the bill
would leave the law.

billkit read 25 of the 78 `e` judgements and 34 of the 240 `f` judgements otherwise at first; the rules
were then mended in general form (tests/test_check_thirty_seventh_round.py), and the 271 rows it now reads
as the reviewers did are kept. Of the 47 rows left out, 16 are a court's power narrowed to some grounds,
people or years, or a time bar with exits, which the corpus reads otherwise (e04, e08, e12, e16, e20, e24,
e28, e31, f07, f14, f20, f22, f23), power kept "at any time" (f06), or power to enforce or reconsider the
relief itself read as power kept (f09, f34); three are a vacatur the reviewer reads `contrary` beside a
bar on later motions, where the corpus labels vacatur `absent` and the bar court power `contrary` (e30,
e33, e37); seven are grants of vacatur whose ground sits in another sentence or in words no rule reads
("without first satisfying itself"; a motion "granted" after a lead that names the ground: e12, e15, e24,
e31, f16, f21, f22); and 21 are single readings: a presumption of non-advisement (e13), a set-aside after
probation read as vacatur (e14), notices of a right to relief or of what an order did (e14, f02, f06, f26,
f31), a certificate and a struck warning read as notices (f28, f38), a judgment "presumed valid" (f07:
suites of drafters' paraphrases label it `absent`), records produced when the defendant asks (e18, f24),
narrowed own-record routes (f14, f16, f18, f28, f34) and federal recipients and bars read otherwise (f19,
f25, f30, f33).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round38")


def test_the_court_power_review_tries_kept_ended_and_near_miss_powers():
    power = REVIEW.judgements("e", "court-jurisdiction")
    assert power.count("present") >= 5 and power.count("contrary") >= 10 and power.count("absent") >= 10
    vacatur = set(REVIEW.judgements("e", "vacatur-for-cause"))
    assert {"present", "absent", "contrary"} <= vacatur


def test_the_bills_review_judges_every_practice_as_the_bill_would_leave_the_law():
    statuses = REVIEW.statuses_by_practice("f")
    assert len(statuses) == 6
    assert set().union(*statuses.values()) == {"present", "partial", "absent", "contrary"}
