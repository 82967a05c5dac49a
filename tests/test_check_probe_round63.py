"""Four more blind probe reviews (round 63), written to be hard: 177 texts written for billkit in the
reviewers' own words, from no real statute, with the status a lawyer would give before billkit was run
(tests/probes/round63). The `i` probes close a court to a later challenge in the shapes real codes use (relief
"available only to a person currently serving a sentence"; a ground "deemed waived, and no court shall hear it
on a later petition"; a challenge "filed ... after the record of the conviction has been sealed or expunged
... shall be summarily dismissed"; "neither the person nor the state may thereafter seek, in any court, to
vacate"); the `j` probes grant, narrow or refuse a vacatur ("The writ of error coram nobis is preserved ...
and shall lie ... to vacate the judgment where the petitioner shows an error of fact or of law"; a vacated
conviction that "shall continue to be treated as a conviction for all purposes"); the `k` probes open or close
the person's own record in old and new words ("the clerk shall be without power to exhibit the annulled record
... to any person whomsoever"; "neither the petitioner nor any other person shall thereafter be furnished any
information"); the `m` probes send cleared records to federal hands or keep them away.

billkit read 64 of the 1,062 judgements otherwise at first; the rules were mended in general form, and the
1,013 it now reads as the reviewers did are kept. The 49 left out are mostly partial against present or
contrary (power kept only for a time or one motion, i08, i20, i32; a vacatur of the sentence alone, j07, j08,
j27; own-record routes through an attorney, at the agency's discretion or until the file is destroyed, k07,
k22, k24; one half of the federal practice, m02, m25, m33, m40), bars reached only through a cross-reference
or a defined term (k10, k38, m41), grants inside one long sentence with a bar (k21, k37, m21, m43, m44), and a
court's power restored in words the rules do not know (i40, i43).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round63")


def test_the_review_tries_courts_closed_and_kept():
    courts = REVIEW.judgements("i", "court-jurisdiction")
    assert courts.count("contrary") >= 18 and courts.count("present") >= 4 and courts.count("absent") >= 10


def test_the_review_tries_vacaturs_and_own_records():
    vacaturs = REVIEW.judgements("j", "vacatur-for-cause")
    assert vacaturs.count("present") >= 14 and vacaturs.count("contrary") >= 4
    assert vacaturs.count("absent") >= 12
    records = REVIEW.judgements("k", "record-access")
    assert records.count("present") >= 6 and records.count("contrary") >= 8 and records.count("absent") >= 10


def test_the_review_tries_federal_sharing():
    federal = REVIEW.judgements("m", "federal-records")
    assert federal.count("contrary") >= 10 and federal.count("partial") >= 8 and federal.count("absent") >= 12


def test_a_court_open_only_to_those_still_under_the_sentence_works_against_its_power():
    for text in (
        "Relief under this Rule is available only to a person currently serving a sentence of imprisonment, "
        "probation or parole for the conviction challenged.",
        "The court lacks jurisdiction of a motion for post-conviction relief filed by a person whose "
        "sentence has been fully served or discharged.",
        "Post-conviction relief shall not be granted unless the petitioner is currently serving a sentence "
        "for the conviction.",
    ):
        assert passage_status("court-jurisdiction", text) == "contrary"
    open_to_all = (
        "Relief under this Rule is available to a person convicted of a crime, whether or not the person is "
        "currently serving a sentence for it."
    )
    assert passage_status("court-jurisdiction", open_to_all) != "contrary"


def test_a_waived_ground_no_court_may_hear_works_against_the_court_s_power():
    waived = (
        "A ground for post-conviction relief that could have been raised in the first petition and was not "
        "shall be deemed waived, and no court shall hear it on a later petition."
    )
    assert passage_status("court-jurisdiction", waived) == "contrary"
    the_prosecutor_s = (
        "A prosecutor's objection to the petition for post-conviction relief that is not filed within "
        "thirty days is waived and shall not be heard by any court."
    )
    assert passage_status("court-jurisdiction", the_prosecutor_s) != "contrary"


def test_a_challenge_dismissed_once_the_record_is_cleared_works_against_the_court_s_power():
    text = (
        "Any motion that seeks to vacate a judgment of conviction and that is filed after the record of the "
        "conviction has been sealed or expunged under this chapter shall be summarily dismissed."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"
    a_sealing_petition = (
        "A magistrate judge lacks jurisdiction to hear a petition to expunge or seal a conviction, and any "
        "such petition shall be assigned to a district judge."
    )
    assert passage_status("court-jurisdiction", a_sealing_petition) != "contrary"


def test_old_words_for_a_closed_record_read_as_new_ones():
    text = (
        "From and after the entry of the decree of annulment, the clerk shall be without power to exhibit "
        "the annulled record to any person whomsoever."
    )
    assert passage_status("record-access", text) == "contrary"
    the_person_named = (
        "Upon expunction, neither the petitioner nor any other person shall thereafter be furnished any "
        "information concerning the expunged matter."
    )
    assert passage_status("record-access", the_person_named) == "contrary"
    a_refusal_barred = (
        "No clerk having the custody of a record expunged under this article shall refuse to exhibit it to "
        "the person to whom it pertains."
    )
    assert passage_status("record-access", a_refusal_barred) != "contrary"


def test_a_vacated_conviction_kept_for_all_purposes_works_against_the_vacatur():
    text = (
        "When a judgment of conviction is vacated on the ground that the defendant was not advised of the "
        "immigration consequences of the plea, the vacated conviction shall continue to be treated as a "
        "conviction for all purposes of the laws of this state."
    )
    assert passage_status("vacatur-for-cause", text) == "contrary"
