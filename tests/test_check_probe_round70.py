"""Four blind probe reviews (round 70): 168 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round70). The `i`
probes shut or keep a court's power over a later challenge (old writ language, custody and "restraint" rules,
exceptions that keep one kind of motion, a power kept although the record was cleared); the `j` probes open or
close a person's own sealed records (bars "to any person" with the person's route in a later clause,
definitions, inline lists); the `k` probes grant or bar a vacatur and presume a plea invalid or regular; the
`l` probes send criminal records to federal files and immigration agencies, keep them out, or teach the
public.

billkit read 70 of the 1,008 judgements otherwise at first. The rules were mended in general form (the tests
below; ruleset/court_bars.py and ruleset/court_kept.py are new), and the 949 it now reads as the reviewers did
are kept. The 59 left out are mostly calls the corpus makes otherwise or leaves open: a direct-appeal deadline
(the corpus reads one as a closed court), a conclusive presumption of invalidity (not rebuttable), partial
own-record routes (a summary, a lawyer, a certified order), a definition that names the person among those
"entitled" to records read later, bars whose exceptions for the person come by court order only in a later
sentence or list item, federal recipients in inline lists, and plea advisements read as public education. A
list printed inside one sentence ("... retains jurisdiction to hear (1) ...; (2) ...; and (3) ...") was tried
read item by item, each item with its lead: it changed no corpus reading and read three probes worse, so it
was withdrawn; the exception is read whole instead.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round70")


def test_the_review_tries_courts_own_records_vacaturs_and_federal_files():
    assert REVIEW.judgements("i", "court-jurisdiction").count("contrary") >= 8
    assert REVIEW.judgements("i", "court-jurisdiction").count("present") >= 6
    assert REVIEW.judgements("j", "record-access").count("present") >= 6
    assert REVIEW.judgements("k", "vacatur-for-cause").count("present") >= 10
    assert REVIEW.judgements("l", "federal-records").count("contrary") >= 4


@pytest.mark.parametrize(
    "text",
    [
        # an old writ and every court shut after three years
        "Except as otherwise provided in section 27-1186, no writ of error coram nobis, or other writ in "
        "the nature of a collateral attack upon a judgment of conviction, shall lie, nor shall any court of "
        "this State entertain an application for such a writ, where the application is presented more than "
        "three years after the judgment became final.",
        # a remedy open only while the sentence runs
        "A defendant may move the court to vacate the conviction on the ground that it was obtained in "
        "violation of the Constitution. The remedy provided by this rule is available only while the "
        "defendant is in custody under that sentence, and the court must dismiss a motion filed after the "
        "sentence has expired.",
        # an application by one no longer held, dismissed for want of jurisdiction
        "An application for a writ of habeas corpus by one who is no longer confined, or on probation or "
        "parole, under the sentence shall be dismissed for want of jurisdiction, whatever the merit of the "
        "claim.",
    ],
)
def test_a_later_challenge_shut_out_in_words_of_refusal_filing_and_door(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a deadline addressed to the filer
        "A motion to vacate under this section may not be filed more than three years after the judgment of "
        "conviction becomes final.",
        # the writ kept whatever the time served
        "The writ of error coram nobis shall lie to vacate a judgment of conviction, notwithstanding that "
        "the sentence has been fully served; but no such writ shall lie to review any question that was or "
        "might have been raised on appeal.",
        # a prosecution's statute of limitations, named among grounds to dismiss a charge
        "Before trial the court shall dismiss the indictment on any of the following grounds: (a) that the "
        "prosecution is barred by the statute of limitations; or (b) that the court lacks jurisdiction of "
        "the offense charged.",
    ],
)
def test_a_deadline_on_the_filer_a_door_kept_or_a_prosecution_s_limit_is_no_bar(text):
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # the power ended but for a later challenge, the last item of what the exception keeps
        "Upon the entry of an order of expungement, all proceedings in the case are terminated and the "
        "court shall take no further action in it, except that the court may (A) enforce the order, (B) "
        "correct a clerical error in the order, or (C) hear and determine any motion or petition that "
        "challenges the validity of the expunged conviction.",
        # a long list of what neither the order nor the removal is construed to do
        "Neither an order sealing records under subsection (c) nor the removal from public indexes of every "
        "reference to the arrest, charge, plea and judgment shall be construed to vacate the judgment, to "
        "discharge the case from the docket, or to deprive that court of jurisdiction to hear and determine "
        "a motion to vacate the judgment or a petition for post-conviction relief later filed by the "
        "person.",
        # the writ lies although the record was sealed
        "The writ of error coram nobis shall lie for the denial of a right secured by the Constitution, and "
        "it shall so lie notwithstanding that the record of the conviction has been expunged or sealed; and "
        "the expungement or sealing of the record shall work no abatement of the court's power to hear and "
        "determine the writ.",
    ],
)
def test_a_court_s_power_kept_past_the_record_s_clearing(text):
    assert passage_status("court-jurisdiction", text) == "present"


def test_a_cleared_conviction_considered_in_a_later_sentencing_keeps_no_power():
    text = (
        "A conviction that has been set aside under this section may be considered as a prior conviction in "
        "sentencing for a later offense, even though the conviction has been set aside."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # a presumption whose rebuttal is named with its subsection
        "(b) A covered plea is presumed, subject to rebuttal under subsection (c), to be legally invalid. "
        "(d) On a motion showing that the plea is a covered plea, the court shall vacate the conviction "
        "unless the presumption under subsection (b) has been rebutted.",
        # the plea presumed made without what the law requires, the State to rebut it
        "Where the movant was not a citizen when the plea was entered, the plea shall be presumed to have "
        "been entered without knowledge of its immigration consequences, and unless the State rebuts that "
        "presumption by a preponderance of the evidence, the court shall vacate the plea and the judgment.",
    ],
)
def test_a_vacatur_on_a_presumption_for_the_person(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # old code: a bar on everyone, then "but" the person, without application to any court
        "The record of any proceeding so sealed shall not thereafter be examined by any officer, clerk, or "
        "person whomsoever, save as in this section provided; but the person to whom such record relates "
        "shall at all times be entitled, as of right and without application to any court or judge, to "
        "examine the same and to have a certified copy thereof.",
        # access never refused to the person, who need not obtain an order of court
        "Access to a record sealed under subsection (1) shall not be refused to the person to whom the "
        "record pertains, nor shall any such person be required, as a condition of access, to obtain an "
        "order of court.",
    ],
)
def test_the_person_s_own_sealed_record_open_in_older_and_passive_words(text):
    assert passage_status("record-access", text) == "present"
