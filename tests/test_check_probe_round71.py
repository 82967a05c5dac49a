"""Three blind probe reviews (round 71): 129 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round71). This round's
brief asked for probes written as the codes of many states are (court rules, habeas chapters, repository laws,
digests), long, with the decisive words in the middle. The `m` probes shut or keep a court's power over a
later challenge; the `n` probes open or close a person's own records and send records to federal hands or keep
them out; the `o` probes grant or bar a vacatur and presume a plea invalid or regular.

billkit read 47 of the 774 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 729 it now reads as the reviewers did are kept. The 45 left out are mostly: power kept only
over the records, or only for two years or one kind of motion (judged partial; read present, contrary or not
at all); a case deemed "never filed, including for the purposes of any later motion" through a definition; an
appeal deadline for the relief's own order (the corpus reads such deadlines as a closed court); vacaturs
granted in words the rules do not yet know ("may move to withdraw the plea ... and to vacate any finding of
guilt") or barred ("shall not afford a ground ... for vacating"); federal recipients named by a definition or
a deleted list item; and plea advisements judged public education.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round71")


def test_the_review_tries_courts_own_records_federal_files_and_vacaturs():
    assert REVIEW.judgements("m", "court-jurisdiction").count("contrary") >= 5
    assert REVIEW.judgements("m", "court-jurisdiction").count("present") >= 8
    assert REVIEW.judgements("n", "record-access").count("present") >= 8
    assert REVIEW.judgements("n", "federal-records").count("contrary") >= 4
    assert REVIEW.judgements("o", "vacatur-for-cause").count("present") >= 18


def test_an_expunged_judgment_put_past_every_writ_and_motion():
    text = (
        "When the judge has entered the order of expunction, the proceedings in the cause shall be at an "
        "end, and no writ of error coram nobis, of habeas corpus or other writ shall thereafter lie, nor "
        "shall any court of this State be possessed of jurisdiction to entertain any motion or petition, "
        "whereby the judgment so expunged might be examined, corrected or annulled; but nothing herein "
        "contained shall be taken to prevent the State from pleading and proving the prior offense in any "
        "subsequent prosecution."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a presumption "that" the person was unaware and the plea invalid, the clause between long
        "In determining a motion to withdraw a plea and vacate the conviction entered upon it, the court "
        "shall apply a rebuttable presumption that a defendant who is not a citizen of the United States, "
        "and who entered a plea of guilty without having been advised by counsel of the specific "
        "immigration consequences of that plea, was by reason of that legal error unaware of those "
        "consequences, and that the plea is for that reason legally invalid; and the court shall grant the "
        "motion unless the presumption is overcome.",
    ],
)
def test_a_vacatur_on_a_presumption_stated_as_a_that_clause(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_report_of_how_many_were_held_sends_no_record_to_federal_hands():
    text = (
        "Any state or county correctional facility that has detained a person for a civil immigration "
        "violation (including pursuant to an immigration detainer or a federal 287(g) program) shall "
        "semi-annually submit a report to the attorney general indicating the number of people it has "
        "detained for such violations."
    )
    assert passage_status("federal-records", text) == "absent"


def test_records_closed_but_by_the_child_s_consent_are_not_closed_to_the_child():
    text = (
        "The confidentiality of Family in Need of Services records, including the existence of such "
        "records, shall be preserved and shall not be disclosed by any record custodian without the consent "
        "of the child or order of the court."
    )
    assert passage_status("record-access", text) != "contrary"


def test_a_petition_the_bill_refuses_grants_no_vacatur():
    # (found by reading a bill with these shapes as its user would: the time bar was quoted as a vacatur's
    # grant, the exception's "challenges the validity" as its ground)
    text = (
        "(b) Upon the entry of an order of sealing, all proceedings in the case are terminated, except "
        "that the court may (1) enforce the order; or (2) hear and determine any motion or petition that "
        "challenges the validity of the sealed conviction.\n\nNo petition for post-conviction relief shall "
        "be entertained by any court of this State where the petition is presented more than two years "
        "after the judgment became final."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"
    assert passage_status("court-jurisdiction", text) == "contrary"


def test_a_time_counted_from_the_notice_to_appear_shuts_no_door():
    text = (
        "The court shall vacate the judgment upon a finding that counsel misadvised the defendant about "
        "removal: Provided, That no motion shall be entertained under this subsection more than two years "
        "after the defendant has been served with a notice to appear in removal proceedings."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_digest_that_authorizes_a_person_to_ask_the_court_to_vacate():
    text = (
        "The bill authorizes a person who has completed a sentence to ask the sentencing court to vacate a "
        "conviction on the ground that the plea was entered in violation of the right to the effective "
        "assistance of counsel."
    )
    assert passage_status("vacatur-for-cause", text) == "present"
