"""Two blind probe reviews (round 40): eighty texts written for billkit in the reviewers' own words, with the
status a lawyer would give before billkit was run (tests/probes/round40). The `i` probes are on a court's
power over a conviction after judgment or after relief: kept in words other than "retains jurisdiction"
("nothing ... deprives", "may at any time hear", "does not lessen the authority", "is not a bar to"),
narrowed to some grounds, people, years or pending motions, ended (remedies made exclusive, the writ
closed to those held on a judgment, successive or defaulted grounds, motions deemed denied, "closed for
all purposes", the sealing that "divests" the court, no appeal from a plea), and near misses (probation,
restitution, the relief order, venue, bare deadlines). The `j` probes are whole record-relief bills as
legislatures print them, judged on every practice.

billkit read 24 of the 88 `i` judgements and 32 of the 240 `j` judgements otherwise at first; the rules
were then mended in general form (tests/test_check_thirty_eighth_round.py,
tests/test_check_thirty_ninth_round.py), and the 282 rows it now reads as the reviewers did are kept. Of
the 46 rows left out, twenty-two are a court's power read otherwise: narrowed to some grounds, people or
years, or kept only for pending motions or after a served sentence, which the corpus reads otherwise (i09
to i14); the challenge kept open by a "no defense" clause or an "is not a bar", which paraphrase suites 2
to 4 read as partial (i02, i03, i06, i07, j03); power kept over another route to relief, a sentence or the
record itself (j02, j04, j16, j19, j21, j29, j37); and ends of power the corpus reads otherwise (the writ
refused to those on a final judgment beside its reexamination, grounds waived by default, a served
sentence, a juvenile age limit: i16, i18, i24, i25). Seven are vacatur rows: grounds in a list or another
section (i03, i19, j01), a prosecutor's motion (i40), motions only preserved (j17), a trafficking vacatur
and a sentence correction read as vacatur (j29, j37). Seventeen are single readings on records, notices
and presumptions (j01, j02, j06, j18, j19, j20, j22, j25, j32, j34, j37, j38, i39).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round40")


def test_the_court_power_review_tries_kept_narrowed_ended_and_near_miss_powers():
    power = REVIEW.judgements("i", "court-jurisdiction")
    assert power.count("present") >= 4 and power.count("contrary") >= 8 and power.count("absent") >= 10
    assert "partial" in power


def test_the_bills_review_judges_every_practice_as_the_bill_would_leave_the_law():
    statuses = REVIEW.statuses_by_practice("j")
    assert len(statuses) == 6
    assert set().union(*statuses.values()) == {"present", "partial", "absent", "contrary"}
