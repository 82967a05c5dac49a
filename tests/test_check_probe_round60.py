"""Four more blind probe reviews (round 60), written to be hard: long sentences with the operative words in
the middle, exceptions inside exceptions, provisos, definitions that decide a later section, old code
language, bills with their own legends, and digests of present and proposed law. 175 texts written for billkit
in the reviewers' own words, from no real statute, with the status a lawyer would give before billkit was run
(tests/probes/round60). The `t` probes keep or end a court's power over a later challenge ("Jurisdiction to
hear ... shall be retained by the court of conviction notwithstanding that the record ... has been expunged";
"shall continue to exercise jurisdiction"; "the jurisdiction of the court over the case ... shall terminate";
"shall be without power thereafter to revise, modify, vacate or otherwise disturb the judgment"); the `u`
probes open or close the person's own record ("save to the person named therein"; "No person other than the
individual who is the subject of the record shall have access"; "may not condition the disclosure on the
production of a court order"); the `v` probes send records to federal agencies or keep them away (a query "to
the United States Department of Homeland Security" that the bureau "shall not thereafter" answer; prints sent
to the FBI "for a national criminal history record check"); the `w` probes grant, narrow or refuse a vacatur
for a defect and presume a plea invalid with the words apart ("it shall be presumed, subject to rebuttal ...,
that the plea was not entered knowingly"; "the court must treat the advisement as not having been given").

billkit read 68 of the 1,050 judgements otherwise at first; the rules were mended in general form, and the
1,012 it now reads as the reviewers did are kept. The 38 left out are mostly partial against present or
absent: power kept for one named kind of motion (t06, t24) or only for an appeal already pending (t39),
own-record routes narrowed to a letter, a viewing without copies or copies of the order (u08, u15, u26), a
vacatur narrowed to the sentence or to a sealing (w11, w13); a lettered list in one sentence with no colon
before it, read whole (v25); a presumption for the State made in a bill's bracketed deletions (w47); and a bar
on vacatur "for the sole purpose" of immigration relief whose proviso grants it for a defect, read as a bar
(w29).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round60")


def test_the_review_tries_courts_kept_and_closed():
    courts = REVIEW.judgements("t", "court-jurisdiction")
    assert courts.count("present") >= 10 and courts.count("contrary") >= 8 and courts.count("absent") >= 10


def test_the_review_tries_own_records_and_federal_sharing():
    assert REVIEW.judgements("u", "record-access").count("present") >= 10
    assert REVIEW.judgements("u", "record-access").count("contrary") >= 8
    federal = REVIEW.judgements("v", "federal-records")
    assert federal.count("contrary") >= 6 and federal.count("partial") >= 6 and federal.count("present") >= 5


def test_the_review_tries_vacaturs_and_presumptions():
    assert REVIEW.judgements("w", "vacatur-for-cause").count("present") >= 18
    assert REVIEW.judgements("w", "rebuttable-presumption").count("present") >= 4


def test_a_digest_s_current_law_counts_unless_the_bill_replaces_it():
    replaced = (
        "Under current law, a person whose record has been sealed may inspect the record at the clerk's "
        "office on request. The bill eliminates that provision and instead requires the person, like any "
        "other requester, to petition the court that ordered the sealing and to show that access is "
        "necessary."
    )
    assert passage_status("record-access", replaced) == "contrary"
    kept = (
        "Under current law, a person whose record has been sealed may inspect the record at the clerk's "
        "office on request. The bill also requires the clerk to keep a log of each inspection."
    )
    assert passage_status("record-access", kept) == "present"


def test_a_presumption_with_its_words_apart_grounds_the_vacatur():
    text = (
        "When a noncitizen defendant moves to vacate a conviction and no advisement record exists, the "
        "court must presume that the plea was entered without knowledge of its immigration consequences and "
        "is void for that reason. If the presumption is not rebutted, the court must vacate the conviction."
    )
    assert passage_status("vacatur-for-cause", text) == "present"
    assert passage_status("rebuttable-presumption", text) == "present"
