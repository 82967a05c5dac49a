"""Four blind probe reviews (round 69): 164 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round69). The `e`
probes shut or keep a court's power over a later challenge in the forms real codes use (time limits declared
jurisdictional, custody and exhaustion rules, successive-petition and default bars, leave gates); the `f`
probes grant, narrow or bar a vacatur; the `g` probes open or close a person's own sealed records; the `h`
probes send criminal records to federal files and immigration agencies or keep them out.

billkit read 80 of the 984 judgements otherwise at first, the most of any recent round: the reviewers were
asked for the hardest shapes. The rules were mended in general form (the tests below), and the 917 it now
reads as the reviewers did are kept. The 67 left out are mostly bars that are arguable either way (an
exhaustion rule, an appellate leave gate, a court told not to consider a missing advisement when the record
shows one), power kept for one kind of motion with every other barred (read contrary, judged partial), a
list of what the court keeps that is printed inline in one sentence with semicolons (e32; its items are not
read apart), grounds of relief listed the same way (f01), sharing bars judged partial, and anti-sanctuary
funding conditions. Under these rules two more judgements of rounds 64 and 67 are kept.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round69")


def test_the_review_tries_courts_vacaturs_own_records_and_federal_files():
    assert REVIEW.judgements("e", "court-jurisdiction").count("contrary") >= 10
    assert REVIEW.judgements("f", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("g", "record-access").count("present") >= 6
    assert REVIEW.judgements("h", "federal-records").count("contrary") >= 6


@pytest.mark.parametrize(
    "text",
    [
        # a time limit made a limit on the court's power, in other words than "jurisdictional"
        "(a) A person convicted of a crime may petition the court of conviction to vacate the judgment. (b) "
        "A petition under subsection (a) shall be filed within one year after the judgment becomes final. "
        "(c) The period stated in subsection (b) is a limit on the jurisdiction of the court to grant "
        "relief; it is not a statute of limitations subject to waiver or tolling.",
        # the writ refused to anyone no longer held, the relief deemed to end the restraint
        "The writ shall not lie, nor shall any court be possessed of jurisdiction to grant it, on behalf of "
        "any person who is not imprisoned or otherwise restrained under the judgment complained of; and an "
        "order expunging the conviction shall be deemed to have terminated the restraint.",
        # a default bar and a late motion, the court told not to reach the merits
        "Relief under this rule shall be denied, and the court shall not reach the merits of the claim, "
        "where the claim could have been raised on direct appeal and was not, or is asserted in a motion "
        "filed after the time stated in Rule 37.2.",
        # a second writ barred whatever its ground
        "No second or subsequent writ of habeas corpus shall issue on behalf of a person whose detention "
        "under a judgment of conviction has been adjudged lawful, whatever ground may be assigned.",
        # a later motion barred but for a new retroactive decision or proof of innocence
        "Once a motion under this rule has been decided on its merits, a further motion under this rule may "
        "not be filed, and the court may not consider it, unless the further motion rests on evidence of "
        "innocence.",
        # a custody rule, and the sentence's end taking the court's power
        "An application for relief under this section shall be denied, without a hearing, if it is filed by "
        "a person who is not serving a sentence of imprisonment, probation or post-release supervision, and "
        "the completion of that sentence shall divest the court of authority to grant any relief on it.",
    ],
)
def test_a_court_shut_out_of_a_later_challenge_in_the_forms_of_real_codes(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a second application barred only on the same grounds
        "No second or subsequent application for a writ of habeas corpus shall be entertained on the same "
        "grounds as a prior application that was decided on the merits.",
        # a further petition for the record's relief
        "A further petition for the sealing of the same offense may not be filed until two years after the "
        "denial of the first.",
    ],
)
def test_the_same_words_that_leave_new_grounds_open_are_no_bar(text):
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_petition_not_to_be_dismissed_because_the_record_was_cleared_keeps_the_court_s_power():
    text = (
        "A person whose judgment of conviction has been sealed, set aside or expunged shall be deemed to "
        "remain in the constructive custody of the State, and no petition brought by such a person under "
        "this chapter shall be dismissed for want of jurisdiction on the ground that the record has been "
        "sealed or expunged."
    )
    assert passage_status("court-jurisdiction", text) == "present"


def test_a_vacatur_after_sentence_is_not_narrowed_by_the_withdrawal_before_it():
    text = (
        "(c) (1) Before sentence is imposed, the court may permit the defendant to withdraw a plea of "
        "guilty for any fair and just reason. (2) After sentence is imposed, the court shall vacate the "
        "judgment and permit withdrawal of the plea if the defendant establishes that the plea was not "
        "knowing, intelligent and voluntary."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_plea_taken_from_someone_neither_represented_nor_told_of_the_right_to_counsel():
    text = (
        "A person convicted in a municipal court may petition that court to vacate the conviction where the "
        "petitioner alleges that, before pleading guilty, the petitioner was neither represented by counsel "
        "nor advised of the right to counsel, and the court shall grant the petition if it finds the "
        "allegation proved."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # the person an item of what a bar does not reach, no order "required"
        "(b) No custodian shall open a sealed file to inspection to any person.\n(c) Subsection (b) does "
        "not apply to: (1) a criminal justice agency; (2) the record subject, who shall be given inspection "
        "and copies on request, and of whom no petition, motion, or order of court shall be required.",
        # the person the last item of the exceptions to a bar on everyone
        "The central repository shall not disclose a shielded record to any person except (i) a criminal "
        "justice agency for a criminal justice purpose, (ii) an employer that is required by a statute of "
        "this state to conduct a background check, or (iii) the person to whom the record pertains, and no "
        "court order shall be required of a person requesting disclosure under clause (iii).",
    ],
)
def test_the_person_let_into_their_own_sealed_file_through_a_list_of_exceptions(text):
    assert passage_status("record-access", text) == "present"


def test_a_grant_held_to_a_judge_s_order_in_its_own_proviso_is_not_the_practice():
    text = (
        "Records sealed pursuant to this section shall be available to the defendant and to no other "
        "person; provided, however, that the clerk shall release such records to the defendant only upon "
        "the written order of a judge of the court in which the conviction was entered."
    )
    assert passage_status("record-access", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        "The Director shall make all criminal history records of the State, including records of "
        "convictions that have been set aside or expunged, available through the Interstate Identification "
        "Index to the Federal Bureau of Investigation for any noncriminal justice purpose authorized by "
        "federal statute.",
        "Each sheriff shall, upon receipt of a detainer issued by United States Immigration and Customs "
        "Enforcement, notify that agency of the scheduled release date of the person named and shall make "
        "the person's booking and criminal history records available to that agency on request.",
    ],
)
def test_criminal_records_sent_to_federal_files_or_an_immigration_agency(text):
    assert passage_status("federal-records", text) == "contrary"
