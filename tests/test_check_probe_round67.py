"""Four blind probe reviews (round 67): 167 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round67). The `i`
probes grant or refuse a person's own records through lists, definitions, counsel and letters; the `j` probes
end or keep a court's power in the terse forms of post-conviction acts; the `k` probes send cleared records to
federal files or keep them out, and tell people what relief does for immigration; the `m` probes grant, narrow
or refuse a vacatur and presume a plea invalid or regular.

billkit read 85 of the 1,002 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 928 it now reads as the reviewers did are kept (929 after round 68's rules read i13). The 74
left out are mostly partial against present or absent (access through counsel only, a letter instead of the
record, power kept over the records or for a year), grants reached only through a definition (i13), plea
advisements read as education, a vacatur for a laboratory's tainted work (m38), and bills that strike a ground
of vacatur, which billkit reads as the amended text alone (m22).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round67")


def test_the_review_tries_own_records_courts_federal_files_and_vacaturs():
    assert REVIEW.judgements("i", "record-access").count("present") >= 6
    assert REVIEW.judgements("j", "court-jurisdiction").count("present") >= 6
    assert REVIEW.judgements("k", "federal-records").count("contrary") >= 4
    assert REVIEW.judgements("m", "vacatur-for-cause").count("present") >= 12


@pytest.mark.parametrize(
    "text",
    [
        # a missing warning named by the subsection that requires it
        "If the defendant proves that the information required by subsection (a) was not given, the court "
        "shall vacate the conviction and permit the defendant to plead again.",
        # a conviction for what a trafficking scheme made the person do
        "If the court finds that the offense was a direct result of the trafficking, it must vacate the "
        "conviction and dismiss the charge.",
        # the old writ, kept to vacate on a fact unknown at trial
        "The writ of error coram nobis shall lie, notwithstanding that the sentence has been served, to "
        "vacate a judgment of conviction upon a showing of a fact, unknown at the time of the plea, which "
        "if known would probably have prevented the rendition of the judgment.",
        # a digest's grant, with the court named between
        "The bill allows a person to move, in the court of conviction, to vacate a conviction entered on a "
        "plea if the plea was legally invalid.",
        # what granting the motion does
        "A motion for a new trial based on newly discovered evidence may be filed at any time after "
        "judgment; when the motion is granted, the judgment of conviction is vacated.",
    ],
)
def test_a_vacatur_for_cause_in_other_words(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_rehabilitative_set_aside_in_the_same_words_is_no_vacatur_for_cause():
    text = (
        "The bill allows a person to move, in the court of conviction, to set aside a conviction once five "
        "years have passed without a new offense."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "Neither the sealing of a record nor any act of the clerk in carrying it out, whether by closing "
        "the file, removing the case from every public index, or sending the papers to the archive kept "
        "under section 9, shall be construed to exhaust or diminish the authority of the court to hear a "
        "later motion to vacate the judgment.",
        "Nothing in this section shall be construed to limit the authority of any court to grant relief "
        "from a judgment that has been set aside or sealed, in any proceeding alleging that the judgment "
        "was obtained in violation of the constitution.",
    ],
)
def test_a_court_kept_able_to_hear_a_later_challenge_in_long_sentences(text):
    assert passage_status("court-jurisdiction", text) == "present"


def test_a_challenge_dismissed_for_want_of_jurisdiction_once_the_conviction_is_cleared():
    text = (
        "A petition under this section shall not be filed, and if filed shall be dismissed for want of "
        "jurisdiction, where the conviction it challenges has been set aside or expunged."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        "The clerk shall furnish to a person whose conviction has been set aside, on request and without "
        "cost, a copy of every document in the record of the case.",
        "A person who is the subject of a sealed record shall be entitled, upon request, to receive a "
        "complete copy of it, and no clerk shall require a court order as a condition of the request.",
        "Access to an expunged record shall be afforded by the custodian to the person named therein upon "
        "written request.",
    ],
)
def test_the_person_handed_their_own_sealed_record_in_other_orders_of_words(text):
    assert passage_status("record-access", text) == "present"


def test_a_copy_furnished_to_someone_else_is_no_grant_to_the_person():
    text = (
        "The clerk shall furnish to a prosecuting attorney, on request, a copy of every document in the "
        "sealed record of the case."
    )
    assert passage_status("record-access", text) != "present"
