"""Four blind probe reviews (round 72): 168 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round72). The `p`
probes shut, narrow or keep a court's power over a later challenge (successive petitions "whether or not" the
record was sealed, writs that lie for no one after the term, waived grounds, a court that may not extend the
time for "a motion under this Rule"); the `q` probes grant or bar a vacatur in many vocabularies (an old writ
that "lies", a set-aside that may cure "a defect of procedure", a presumption the court must see overcome
before it may refuse); the `r` probes send records to federal hands or keep them out (bans that name
immigration officers far from their verb, lists of whom a release may go to); the `s` probes open or close a
person's own records and teach what relief leaves in place.

billkit read 93 of the 1,008 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 934 it now reads as the reviewers did are kept. The 74 left out are mostly calls the corpus
makes otherwise or leaves open: an 8 U.S.C. § 1373 saving alone (the corpus reads it as contrary), a direct
appeal denied to a plea conviction with collateral relief kept (the corpus reads the denial as contrary),
routine fingerprints sent to the FBI, routes through a lawyer or by the person's designation, power kept only
over the record or through a section the text does not quote, a motion granted "if it finds" a ground of
defect (a finding is read as no grant, lest a prosecutor's motion granted so read as the person's), digests
that describe existing law, trafficking relief that only seals, and plea advisements that also speak of later
relief.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round72")


def test_the_review_tries_courts_vacaturs_federal_files_and_own_records():
    assert REVIEW.judgements("p", "court-jurisdiction").count("contrary") >= 10
    assert REVIEW.judgements("p", "court-jurisdiction").count("present") >= 6
    assert REVIEW.judgements("q", "vacatur-for-cause").count("present") >= 15
    assert REVIEW.judgements("r", "federal-records").count("contrary") >= 8
    assert REVIEW.judgements("s", "record-access").count("present") >= 10
    assert REVIEW.judgements("s", "public-education").count("present") >= 8


@pytest.mark.parametrize(
    "text",
    [
        # a successive petition refused whatever became of the record
        "(c) No court shall entertain a second or successive application by the same applicant attacking the "
        "same judgment, whether or not the record of that judgment has since been expunged, unless the "
        "application rests on a new rule of constitutional law.",
        # an old writ that lies for no one once the term is over, the list before the verb long
        "No appeal, writ of error, writ of habeas corpus, petition to vacate or other review by any court of "
        "this Commonwealth, whether by motion, petition or writ, shall lie to question a judgment entered on "
        "a plea of guilty after the term of court at which it was entered.",
        # the record's clearing ends the restraint the writ needs
        "(c) The expiration of the sentence or the sealing of the record of the judgment ends the "
        "restraint, and "
        "the writ of habeas corpus shall not thereafter be granted, nor the petition entertained, by any "
        "court.",
        # grounds not raised before are waived, and the court may not hear them
        "(a) A ground for relief is waived if the petitioner could have raised it on direct appeal and did "
        "not. "
        "(b) The court shall not consider, and shall dismiss without a hearing, any ground that has been "
        "waived.",
    ],
)
def test_a_court_door_shut_after_the_record_or_the_term(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_a_court_that_may_not_extend_the_time_for_a_motion_under_this_rule():
    text = (
        "(a) On motion filed within ten days after the verdict or the plea, the court may order a new trial "
        "or "
        "permit the plea to be withdrawn. (b) The court may not extend the time for filing a motion under "
        "this "
        "rule, and a motion filed late shall be stricken."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_jurisdiction_over_a_petition_to_expunge_keeps_no_power_over_a_challenge():
    text = (
        "A person whose record was not expunged automatically may petition the court at any time to order "
        "the "
        "expungement, and the court shall have jurisdiction to decide the petition notwithstanding that the "
        "date for automatic expungement has passed."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # an old writ that "lies" for an error of law
        "(b) The writ lies to correct an error of fact or of law of a fundamental character that does not "
        "appear on the face of the record, including counsel's failure to tell the person of the risk of "
        "deportation.",
        # a set-aside that may rest on curing a defect, beside equitable grounds
        "(A) An order setting aside a conviction may rest on the petitioner's conduct since the offense, or "
        "on "
        "the need to cure a defect of procedure or of substance in the proceeding that led to the "
        "conviction.",
    ],
)
def test_a_vacatur_granted_in_words_the_rules_did_not_know(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_vacatur_the_court_must_grant_unless_the_presumption_is_overcome():
    text = (
        "(a) A plea of guilty entered by a noncitizen without the advisement shall be presumed to be legally "
        "invalid. (b) On the defendant's motion, and unless evidence is offered that is sufficient to "
        "overcome the presumption in subsection (a), the court shall vacate the plea and the judgment."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_motion_no_court_may_entertain_is_no_grant():
    text = (
        "(3) Where the record shows that the advisement was given, no motion to vacate the judgment, to "
        "withdraw the plea or for any writ on the ground that the defendant was not told of the "
        "immigration consequences shall be entertained by any court of this State."
    )
    assert passage_status("vacatur-for-cause", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        # the immigration agency named well past the verb of the ban
        "(b) An agency that holds a record sealed under this act shall not furnish that record, a copy of it "
        "or any fact contained in it, whether orally, in writing or by electronic means, to United States "
        "Immigration and Customs Enforcement or to any officer acting under an agreement made pursuant to "
        "8 U.S.C. § 1357(g).",
        # an item of a list of what the city forbids its staff to do
        "(a) No officer or employee of the City shall use City resources to assist in the enforcement of "
        "federal immigration law, including by: (1) entering into an agreement under 8 U.S.C. § 1357(g); or "
        "(2) responding to a request from a federal immigration authority for an individual's criminal "
        "history.",
        # a power withheld
        "(3) Nothing in this section authorizes an officer to inquire into the immigration status of any "
        "person or to communicate with any federal immigration agency.",
        # the federal-law route of the corpus, a statute of the United States named
        "Sealed records shall not be disseminated except to criminal justice agencies, to the person who is "
        "the subject of the record, and to such other governmental agencies as are authorized by a statute "
        "of "
        "the United States to receive them.",
    ],
)
def test_a_ban_or_a_withheld_power_is_not_read_as_sharing(text):
    assert passage_status("federal-records", text) != "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a ban whose exception, far down, lets immigration agencies in
        "(c) Expunged records shall not be disclosed except to the person who is the subject of the record, "
        "to "
        "a criminal justice agency of this State and, notwithstanding any other law, to United States "
        "Immigration and Customs Enforcement upon its written request.",
        # a list of whom a release may go to, in one sentence, federal authorities among them
        "(2) The agency may release the expunged record (a) to the petitioner, on proof of identity; (b) to "
        "a "
        "prosecutor, where the petitioner is charged again; (c) to federal authorities, where a federal "
        "statute requires the disclosure; and (d) to the licensing board.",
    ],
)
def test_federal_hands_named_among_those_a_cleared_record_may_reach(text):
    assert passage_status("federal-records", text) == "contrary"


def test_an_online_view_of_ones_own_history_including_sealed_entries():
    text = (
        "(2) The system shall allow any individual, after verifying the individual's identity in the manner "
        "the department prescribes, to view and print online the individual's own criminal history, "
        "including every entry sealed under this act, free of charge."
    )
    assert passage_status("record-access", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # the court's record the advisement is given on
        "Before accepting a plea of guilty, the court shall give the defendant, on the record, the following "
        'advisement: "If you are not a citizen, this conviction could lead to your removal."',
        # records kept from the public, and the person free to deny the arrest
        "(1) A record sealed under this part shall not be available to the public, and the person whose "
        "record "
        "has been sealed may lawfully deny the arrest and the conviction in answer to any inquiry.",
    ],
)
def test_words_that_give_the_person_no_record(text):
    assert passage_status("record-access", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        "B. The letter shall also state in plain language that sealing does not erase the conviction for "
        "purposes of federal immigration law and that a person who is not a citizen should see an "
        "immigration lawyer before traveling.",
        "The office shall give the client written advice that relief under this chapter rests on the passage "
        "of time, and for that reason may not be given effect by federal immigration authorities.",
    ],
)
def test_a_notice_of_what_relief_leaves_in_place_for_immigration(text):
    assert passage_status("public-education", text) == "present"
