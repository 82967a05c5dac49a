"""Three blind probe reviews (round 85): 111 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round85). The `v`
probes are post-conviction acts and rules with long grounds lists and remedies in many words; the `w` probes
bring federal hands in or keep them out in digests, fiscal notes, bill analyses, regulations and orders; the
`x` probes carry, or shut, the person's way to their own record in the same kinds of text.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round85")


def test_the_review_tries_post_conviction_acts_and_papers_other_than_statutes():
    assert REVIEW.judgements("v", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("w", "federal-records").count("contrary") >= 6
    assert REVIEW.judgements("x", "record-access").count("contrary") >= 6


# Vacatur for cause


@pytest.mark.parametrize(
    "text",
    [
        "(a) A person in custody may petition for relief from a conviction that cannot stand because a "
        "right secured to the petitioner by the state or federal constitution was infringed in obtaining "
        "it. (c) If the court finds that there was such an abridgment, it shall vacate and set aside the "
        "judgment.",
        "(b) The grounds cognizable under this section are the following: (1) that the court rendering "
        "judgment lacked jurisdiction; (2) that the offense was defined by a law which has since been "
        "declared void. (d) If the court finds in favor of the petitioner, it shall grant such relief as "
        "may be appropriate, which may include release, a new trial, or the annulment of the conviction.",
    ],
)
def test_post_conviction_grounds_and_remedies_in_other_words(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # relief in furtherance of justice, with a defect expressly not found
        "1. The court may, upon motion of the defendant, vacate the judgment in furtherance of justice. 2. "
        "An order granting the motion shall not rest upon, and shall not be construed as, a finding that "
        "the judgment was in any respect legally defective.",
        # a certificate for a conviction already vacated
        "The court shall issue the certificate if it finds that the claimant is innocent of the offense. "
        "The certificate shall not itself vacate any conviction.",
    ],
)
def test_words_of_vacatur_without_a_defect_grant_none(text):
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_a_sentence_vacated_with_the_conviction_left_undisturbed_is_vacatur_in_part():
    text = (
        "(b) If the sentence was imposed in violation of the Constitution, the court shall vacate the "
        "sentence and resentence the person. (c) The finding of guilt and the judgment of conviction shall "
        "remain undisturbed."
    )
    assert passage_status("vacatur-for-cause", text) == "partial"


# Court power


@pytest.mark.parametrize(
    "text",
    [
        "(A) A person may move the court to vacate the conviction on the ground that the plea was not "
        "knowing. (C) A motion under this section may be filed after the sentence has been completed. The "
        "fact that the record of the conviction has been sealed under section 2953.32 shall not by itself "
        "be cause for denying the motion.",
        "(3) Notwithstanding the sealing of the records, a defendant may move to withdraw the plea on the "
        "ground that it was not entered knowingly, in the court that received the plea, whose power to rule "
        "on it survives the dismissal and the sealing.",
    ],
)
def test_a_courts_power_kept_past_the_clearing_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "present"


# Federal hands


def test_a_removal_request_with_a_quarterly_count_beside_a_bar_on_ice_is_both_halves():
    text = (
        "1. The State Police shall, for every cleared record, request in writing that the Federal Bureau of "
        "Investigation delete the cleared conviction from the Interstate Identification Index, and shall "
        "report to the Governor each quarter the number of requests made. 2. No executive agency shall "
        "disclose a cleared record to U.S. Immigration and Customs Enforcement."
    )
    assert passage_status("federal-records", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        "This bill would provide that neither the department nor any law enforcement agency that holds a "
        "sealed record shall disclose that record to United States Immigration and Customs Enforcement.",
    ],
)
def test_neither_nor_shall_is_a_bar(text):
    assert passage_status("federal-records", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # an advocates' request the bill does not carry
        "A coalition of legal service providers supports the bill but urges the author to amend it to "
        "require the department to request that the FBI remove sealed convictions from the Interstate "
        "Identification Index.",
        # what the bill does not direct
        "The State Patrol notes that the bill does not direct it to notify the Federal Bureau of "
        "Investigation of an order of nondisclosure.",
        # arrests, not records
        "Members shall not arrest any person on the basis of an administrative warrant of removal or an "
        "entry in the National Crime Information Center immigration violator file.",
        # public resources for enforcement, not records
        "Neither the state nor its agencies shall use or authorize the use of public funds for the purpose "
        "of assisting agents of the federal government in enforcing immigration law.",
    ],
)
def test_texts_that_name_federal_files_without_a_duty_about_them(text):
    assert passage_status("federal-records", text) == "absent"


# Own records


@pytest.mark.parametrize(
    "text",
    [
        "Fiscal note. Under Section 2 of the bill, expunged records could not be released, and the clerk "
        "could not disclose them to any person, including the person who is the subject of the records.",
        "5. Once your record is sealed, the clerk may not give a copy to anyone, including you.",
        "(1) A person who seeks a copy of his or her own expunged record shall submit to the Division: (a) "
        "a completed form; (b) a certified copy of an order of the court that entered the expungement "
        "expressly authorizing the Division to release the record.",
    ],
)
def test_the_person_shut_out_in_papers_other_than_statutes(text):
    assert passage_status("record-access", text) == "contrary"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "3) Allows a person whose conviction has been expunged to obtain a certified copy of the "
            "expunged record, without a court order, solely for the purpose of submitting it to an "
            "immigration court.",
            "partial",
        ),
        (
            "As introduced, Section 4 of the bill would have authorized any person whose conviction is "
            "expunged to obtain a copy of the expunged record without a court order.",
            "absent",
        ),
        (
            "(d) Sealed records shall remain available to criminal justice agencies. (e) Nothing in this "
            "section precludes the person who is the subject of the record from obtaining any record to "
            "which he is otherwise entitled by law.",
            "absent",
        ),
        (
            "(3) The clerk shall furnish the petitioner two certified copies of the order of expungement. "
            "(4) Nothing in this section requires the clerk to furnish to the petitioner any other document "
            "from the expunged file.",
            "partial",
        ),
    ],
)
def test_routes_described_narrowed_or_not_enacted(text, status):
    assert passage_status("record-access", text) == status


def test_an_advisement_laws_harmless_error_clause_is_no_bar_on_sharing():
    text = (
        "(2) A court's failure to give the advisements shall not affect the validity of the plea, and shall "
        "not be a ground for vacating the conviction; nor shall the failure of defense counsel to advise "
        "the defendant of any consequence of a plea under federal immigration law be a ground for relief "
        "from the judgment."
    )
    assert passage_status("federal-records", text) == "absent"
