"""Four blind probe reviews (round 58), asked for hard forms as rounds 56 and 57 were: 161 texts written for
billkit in the reviewers' own words, from no real statute, with the status a lawyer would give before
billkit was run (tests/probes/round58). The `g` probes end or keep a court's power over a later challenge
(a court that "loses jurisdiction over the criminal case", "no jurisdiction is conferred upon any circuit
court", jurisdiction "exhausted", a definition that makes a "collateral proceeding" unheard, an amendment
that strikes a saving clause, a subsection that keeps power "notwithstanding" the one before) beside near
misses on probation, sentence modification and damages suits; the `h` probes grant or take away a vacatur
for a defect (counsel who "did not advise", a plea "without the advice required", a judgment "voidable",
"no writ of error coram nobis ... shall lie", a conviction that "shall not be vacated ... on any ground");
the `k` probes open cleared records to the person or shut them (a proviso "without the necessity of first
obtaining an order", "no order of any court shall be a condition precedent", "not excepting the party to
whom the record relates", a copy that "shall not issue until ... approved by the judge"); the `m` probes
send records to federal or immigration agencies or keep them back (an inline list whose fourth item is the
Department of Homeland Security, a digest's "repeals that prohibition and instead requires", a bar on any
"contract, memorandum of understanding ... or other arrangement").

billkit read 76 of the 966 judgements otherwise at first; the rules were mended in general form (above, and
a list printed inline after its lead read item by item, as one printed a line to an item is). The 923 it
now reads as the reviewers did are kept. The 43 left out are mostly partial against present or absent
(power kept for one motion or one kind of ground, g15, g17, g41; relief confined to the sentence, h10; a
defect weighed as one factor, h25; a written statement in place of the record, k18; a copy for one use,
k37), or calls the corpus makes otherwise (a time bar on the court's power to vacate read as contrary for
the court's power, which the corpus's rules say, where the reviewer said absent, h14; fingerprints sent to
the FBI for a licence check beside relief, m05, m37).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
inline lists the round led to.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round58")


def test_the_review_tries_courts_closed_and_kept():
    power = REVIEW.judgements("g", "court-jurisdiction")
    assert power.count("contrary") >= 15 and power.count("present") >= 5 and power.count("absent") >= 10


def test_the_review_tries_vacaturs_granted_and_taken_away():
    vacatur = REVIEW.judgements("h", "vacatur-for-cause")
    assert vacatur.count("present") >= 15 and vacatur.count("contrary") >= 3 and vacatur.count("absent") >= 10


def test_the_review_tries_own_records_and_federal_sharing():
    access = REVIEW.judgements("k", "record-access")
    assert access.count("present") >= 10 and access.count("contrary") >= 8
    federal = REVIEW.judgements("m", "federal-records")
    assert federal.count("contrary") >= 8 and federal.count("present") >= 4


def test_a_list_printed_inline_is_read_item_by_item():
    from billkit.sentences import sentences

    lead = "A sealed record shall remain available, without court order, to:"
    items = "(1) the courts of this state; (2) prosecuting attorneys; and (3) the person who is its subject."
    assert sentences(f"{lead} {items}") == [
        lead,
        "(1) the courts of this state;",
        "(2) prosecuting attorneys; and",
        "(3) the person who is its subject.",
    ]
    # an "(A)" inside an item, or a list whose items lead lists of their own, is not broken
    assert len(sentences("It applies to: (a) a conviction under (A) or (B); and (b) an arrest.")) == 3
    assert len(sentences("The following shall act: (A) seal it; (B) send notice; (2) the board shall:")) == 2


def test_a_federal_agency_inside_an_inline_list_is_a_recipient():
    text = (
        "A record closed under this chapter shall remain available, without court order, to: (1) the courts "
        "of this state, for sentencing; (2) the United States Department of Homeland Security, in deciding "
        "any application for an immigration benefit; and (3) the person who is the subject of the record."
    )
    assert passage_status("federal-records", text) == "contrary"
    assert passage_status("record-access", text) == "present"
