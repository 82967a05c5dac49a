"""Four blind probe reviews (round 73): 164 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round73). This round's
brief asked for the words real codes use: the `t` probes shut or keep a court's door (relief "not available"
to one whose conviction was expunged, an old writ that "shall not lie in favour of" one discharged, an
exclusive remedy that bars grounds that "could have been raised"); the `u` probes grant or bar a vacatur in
grounds lists, digests and fiscal notes; the `v` probes send records to federal hands in long lists and
through enlisted officers, or keep them out; the `w` probes open or close a person's own records (bars "to any
person" with or without a route for the person, savings, amendments that strike a court-order rule).

billkit read 68 of the 978 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 929 it now reads as the reviewers did are kept. The 49 left out are mostly calls the corpus
makes otherwise or leaves open: laches, a keeping clause with a two-year limit, power kept for one kind of
motion only, routine fingerprints sent to the FBI, routes through a lawyer, by consent or by cross-reference,
a grant made "if it finds" a ground, presumptions about trafficking, and notices of a right to relief.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, file_statuses, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round73")


def test_the_review_tries_courts_vacaturs_federal_files_and_own_records():
    assert REVIEW.judgements("t", "court-jurisdiction").count("contrary") >= 12
    assert REVIEW.judgements("t", "court-jurisdiction").count("present") >= 7
    assert REVIEW.judgements("u", "vacatur-for-cause").count("present") >= 14
    assert REVIEW.judgements("v", "federal-records").count("contrary") >= 12
    assert REVIEW.judgements("w", "record-access").count("present") >= 12
    assert REVIEW.judgements("w", "record-access").count("contrary") >= 6


@pytest.mark.parametrize(
    "text",
    [
        # relief refused to one whose conviction has been cleared
        "(h) Post-conviction relief under this article is not available (1) to a person who has been "
        "pardoned; or (2) to a "
        "person whose conviction has been expunged or sealed under chapter 17, and any petition filed by "
        "such a person shall be dismissed for want of jurisdiction.",
        # an old writ that lies for no one discharged or whose conviction was expunged
        "The court may, upon petition, recall and vacate a judgment procured by fraud or duress; provided, "
        "however, that the writ shall not lie in favour of any person who hath been discharged from the "
        "sentence, or whose conviction hath been pardoned or expunged.",
        # eligibility denied once the record is cleared
        "(a) A petitioner is entitled to post-conviction relief only on proving that the petitioner remains "
        "under the "
        "sentence, "
        "and a petitioner whose record has been expunged or set aside shall not be eligible.",
        # grounds that could have been raised before, refused outright
        "(c) No ground that could have been raised on direct appeal or in an earlier application, and was "
        "not, shall be considered in a later application, and the court shall summarily dismiss any "
        "application that rests on such a ground.",
    ],
)
def test_a_court_door_shut_in_the_words_real_codes_use(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a ground forfeited, but kept where its facts could not have been known
        "(c) Relief may not be granted upon any ground that could have been raised on direct appeal and was "
        "not, unless the ground rests on facts that were not reasonably available to the petitioner at "
        "that time.",
        # a limit on this section's own remedy, another route named
        "The judgment shall be vacated upon motion where the court was without jurisdiction; but the court "
        "shall be without power under this section to vacate a judgment for an error of law that could have "
        "been raised on direct appeal, which shall be reviewable only as chapter 12 provides.",
        # a defective petition dismissed without prejudice to a later one
        "(b) If the petition is not verified, the court shall dismiss it without prejudice to the filing of "
        "a later petition for post-conviction relief that corrects the defect.",
    ],
)
def test_a_ground_kept_open_or_a_route_named_elsewhere_shuts_no_door(text):
    assert passage_status("court-jurisdiction", text) != "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # jurisdiction that goes on after the records are sealed
        "(1) The juvenile court shall vacate an adjudication if the child was not afforded counsel. (2) The "
        "court's jurisdiction to hear a petition under subsection (1) continues after the records of the "
        "adjudication have been sealed, and the sealing shall not be a reason to decline the petition.",
        # the court that keeps its power to take up a motion after the dismissal and sealing
        "(1) A defendant whose case was dismissed after a deferred judgment may move to withdraw the plea. "
        "(2) The court that accepted the plea keeps the power, after the dismissal and sealing, to take up "
        "the motion and to rule on it.",
        # a later challenge kept as an item of a one-sentence list
        "An order of expungement shall not be construed (1) to require the destruction of a prosecutor's "
        "file; (2) to restore a suspended license; or (3) to prevent any court from hearing a petition for "
        "post-conviction relief or a motion to withdraw a plea concerning the expunged conviction.",
        # sealing that shall not prevent the court from deciding the motion
        "(A) The court shall vacate an adjudication entered without counsel. (B) A motion under this rule "
        "may be filed at any time, and the sealing of the records shall not prevent the court from hearing "
        "and deciding the motion.",
    ],
)
def test_a_court_s_power_that_goes_on_after_the_clearing(text):
    assert passage_status("court-jurisdiction", text) == "present"


def test_power_kept_for_the_prosecutor_s_motion_alone_is_not_kept_for_the_person():
    text = (
        "a. At any time after an order of expungement, the county prosecutor may move in the Superior Court "
        "to vacate the expunged conviction. b. The expungement shall not prevent the court from hearing "
        "and deciding a motion under subsection a."
    )
    assert passage_status("court-jurisdiction", text) != "present"


def test_a_fiscal_note_s_account_of_what_the_bill_authorizes():
    text = (
        "Summary of legislation. The bill authorizes a person convicted of an offense in a court of this "
        "state to file a motion in the court of conviction to vacate the conviction on the ground that it "
        "is legally invalid due to a procedural or substantive defect."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # present law described, the bill's own change elsewhere
        "Present law (C.Cr.P. Art. 927.5) permits a petitioner in custody to seek post-conviction relief on "
        "grounds including that the conviction was obtained in violation of the constitution. Proposed law "
        "does not amend Art. 927.5.",
        # a digest that repeals the grant
        "Repeals the provision permitting a defendant to move to vacate a judgment on the ground that the "
        "court failed to advise the defendant of the immigration consequences of a plea.",
    ],
)
def test_a_grant_described_or_repealed_is_not_the_bill_s(text):
    assert passage_status("vacatur-for-cause", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        # an enlisted officer who sends records to the Department of Homeland Security
        "Pursuant to such an agreement, a designated officer may enter into federal immigration databases "
        "and "
        "transmit to the Department of Homeland Security the arrest records, fingerprints and criminal "
        "histories of persons held in the jail.",
        # federal hands among recipients set off by semicolons
        "The expunged record shall be retained and shall remain available, without further order, to the "
        "courts of this state; to prosecuting attorneys; to federal law enforcement agencies, including "
        "those "
        "charged with enforcing the immigration laws; and to the department of corrections.",
    ],
)
def test_federal_hands_reached_by_an_enlisted_officer_or_a_list(text):
    assert passage_status("federal-records", text) == "contrary"


def test_a_department_that_shall_not_permit_immigration_authorities_access():
    text = (
        "(e) The Department shall not transmit cleared records to any federal agency, shall not permit "
        "federal immigration authorities to access them, and shall request the Federal Bureau of "
        "Investigation to remove each cleared conviction from the Interstate Identification Index."
    )
    assert passage_status("federal-records", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a saving for the person, the clause between long
        "(a) The sealed record shall not be made available to any person, except as provided in this "
        "subchapter. (d) Nothing in this section or in any order entered under this subchapter shall "
        "prevent the person whose record has been sealed from inspecting, and receiving a complete copy "
        "of, his or her own sealed record.",
        # the person last in a series of recipients
        "(b) The central repository shall furnish the expunged record, upon request, to any criminal justice "
        "agency for a criminal justice purpose, and to the person who is the subject of the record upon "
        "presentation of identification, without a court order.",
        # the record called "it"
        "(4) The person who is the subject of an expunged or sealed record may obtain a certified copy of it "
        "from the clerk upon written request.",
    ],
)
def test_a_person_s_own_record_reached_in_words_the_rules_did_not_know(text):
    assert passage_status("record-access", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a bar on everyone, its one exception the federal-law route
        "(a) Upon the entry of an order of expungement, every record of the arrest and conviction shall be "
        "confidential and shall not be released, disclosed or made available to any person, except as "
        "otherwise provided by law, including disclosure to federal authorities where required by federal "
        "law.",
        # neither the bureau nor any agency may tell anyone
        "(2) Except as provided in subsection (3), neither the bureau nor any criminal justice agency "
        "holding "
        "an entry sealed by an order of nondisclosure shall disclose or acknowledge the existence of that "
        "entry to any person. (3) An entry may be disclosed to a criminal justice agency or a court.",
    ],
)
def test_a_bar_on_everyone_that_leaves_the_person_no_route(text):
    assert passage_status("record-access", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # the person only as the one a federal request concerns
        "(3) A sealed record shall be made available, without further order, to: (a) a court of this state; "
        "and (b) any agency of the United States, when the request concerns the lawful status of the person "
        "named in the record.",
        # a confirmation sent to the court and to the person
        "Upon receipt of an order of expungement, the Bureau shall send written confirmation of the actions "
        "taken to the court and to the person who is the subject of the record.",
    ],
)
def test_words_that_name_the_person_but_give_no_record(text):
    assert passage_status("record-access", text) != "present"


def test_an_amendment_that_strikes_the_court_order_rule_and_inserts_the_person_s_right(tmp_path):
    # (the words struck by quoting them are struck matter, though printed in plain type)
    text = (
        'In subdivision (F), strike the words "Inspection of the sealed records may be made only upon order '
        'of the court" and insert in lieu thereof the words "The person who is the subject of the sealed '
        'records may inspect and obtain copies of them upon written request to the clerk".'
    )
    assert file_statuses(tmp_path, "amendment", text)["record-access"] == "present"


def test_words_an_amendment_strikes_by_quoting_them_give_nothing(tmp_path):
    text = (
        'In subdivision (F), strike the words "The person who is the subject of the sealed records may '
        'inspect and obtain copies of them upon written request" and insert in lieu thereof the words '
        '"Inspection of the sealed records may be made only upon order of the court".'
    )
    assert file_statuses(tmp_path, "amendment", text)["record-access"] != "present"
