"""Four blind probe reviews (round 75): 143 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round75). The `b`
probes are whole post-conviction acts of 650 to 800 words, a court's door decided by one clause among many;
the `c` probes shut or keep the door in the words of habeas, appeal, new-trial and arrest-of-judgment rules;
the `d` probes grant, describe or bar a vacatur in new-trial rules, grounds lists, digests, summaries and
fiscal notes; the `e` probes open or close a person's own juvenile or cleared file, and send it to federal
hands, as juvenile codes, court rules and self-help pages do.

billkit read 74 of the 858 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 802 it now reads as the reviewers did are kept. The 56 left out are mostly calls the corpus
makes otherwise or leaves open: a filing deadline that says no more than that late petitions "shall be
dismissed" (read as a closed court here, as the corpus reads such time bars); a presumption that favours the
State; habeas for custody "in violation of the constitution" read as a ground of defect; a grant made "if it
finds" a ground; a new trial sought before judgment; power kept over the court's own records; and routes to
one's own record through a lawyer or for one purpose only.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round75")


def test_the_review_tries_whole_acts_court_doors_vacaturs_and_own_records():
    assert len([name for name in REVIEW.expected if name.startswith("b")]) >= 15
    assert REVIEW.judgements("c", "court-jurisdiction").count("contrary") >= 12
    assert REVIEW.judgements("c", "court-jurisdiction").count("present") >= 7
    assert REVIEW.judgements("d", "vacatur-for-cause").count("present") >= 21
    assert REVIEW.judgements("e", "record-access").count("present") >= 11
    assert REVIEW.judgements("e", "federal-records").count("contrary") >= 10


@pytest.mark.parametrize(
    "text",
    [
        # a time limit the law calls jurisdictional, late motions dismissed whatever the record's state
        "(2) On the defendant's motion the court shall vacate the judgment and permit the defendant to "
        "withdraw the plea if the immigration advisement was not given. (3) The motion shall be filed "
        "within one year. The limit is jurisdictional; the court shall dismiss any motion not filed within "
        "it.",
        # an arrest of judgment whose time the court may not extend
        "Rule 12. Arresting judgment. (a) The court shall arrest judgment if the charging document states "
        "no offense. (b) The court may not extend the time to file a motion under this rule.",
        # a writ that shall not issue once the record is sealed
        "(a) The writ of coram nobis may be granted for an error of fact unknown at trial. (b) No such "
        "writ shall issue after the record of the conviction has been sealed, and any petition filed in "
        "such a case shall be dismissed.",
    ],
)
def test_a_court_door_shut_in_the_words_of_rules_and_writs(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # the relief's own order made final
        "The prosecutor may appeal the order of expungement within 30 days; if no appeal is taken, the "
        "order shall be conclusive and shall not be subject to collateral attack.",
        # a bar on repeating grounds already decided, new grounds left open
        "(d) A petition may be filed at any time. The court shall not grant a second application upon a "
        "ground that was raised and determined on the merits in a prior application for post-conviction "
        "relief.",
    ],
)
def test_finality_of_the_relief_or_of_decided_grounds_shuts_no_door(text):
    assert passage_status("court-jurisdiction", text) != "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # the clearing named far before the words that keep the court's power
        "A motion to vacate on the ground of ineffective assistance may be filed at any time, and the "
        "prior sealing, expungement, pardon or dismissal of the record of the conviction under chapter 9 "
        "or any other law shall not bar the court from hearing and determining the motion.",
        # power kept over the case for later challenges, heard as if the record had not been cleared
        "(c) The court that ordered an expungement keeps its authority over the case for the purpose of "
        "any petition for post-conviction relief later brought against the expunged conviction, and shall "
        "hear it as if the record had not been expunged.",
    ],
)
def test_a_court_s_power_kept_in_the_words_round_75_tried(text):
    assert passage_status("court-jurisdiction", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a new-trial rule whose listed causes include errors of law
        "(a) On the defendant's motion filed within thirty days after judgment, the court may vacate the "
        "judgment and grant a new trial. (b) The motion may be granted for any of the following causes: "
        "(1) the jury received evidence not admitted; (2) the court erred in the decision of a question of "
        "law to the defendant's prejudice.",
        # rights violated so that the judgment is void
        "(A) A person who claims that his or her rights were violated in a way that makes the judgment "
        "void may petition the sentencing court to vacate the judgment.",
        # a summary's bullet, the bill its unstated subject
        "- Lets any person, whether or not in custody, ask the sentencing court to vacate the conviction "
        "because it is legally invalid.",
    ],
)
def test_a_vacatur_in_the_words_of_new_trial_rules_and_summaries(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_failure_to_advise_that_shall_not_be_a_ground_for_setting_aside():
    text = (
        "(c) The court shall give the immigration advisement before taking a plea. Nothing in this section "
        "creates a right of action, nor shall the failure to give the advisement be a ground for setting "
        "aside a conviction."
    )
    assert passage_status("vacatur-for-cause", text) == "contrary"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the person among those a sealed record stays open to, after a bar on the public
        (
            "(6) Sealed records shall not be open to public inspection, but shall remain available, "
            "without order of the court, to prosecutors, and to the person who is the subject of the "
            "records on written request.",
            "present",
        ),
        # the parties, the defendant named among them, without a motion or an order
        (
            "(b) A sealed case record remains accessible, without the necessity of a motion or order, to: "
            "(1) the judges; (2) the parties to the case, including a defendant whose conviction has been "
            "sealed; and (3) persons authorised by statute.",
            "present",
        ),
        # a self-help page that says a judge must let the reader see the record
        (
            "If you need to see your sealed record, you will need a court order. File a motion with the "
            "court where your case was heard.",
            "contrary",
        ),
        # a list that names the child's lawyer and parent, and the child only as whom others act for
        (
            "The following may inspect the records of a delinquency proceeding without order of the court: "
            "the judge; the attorney for the child; the legal custodian of the child; and the director of "
            "the institution to which the child was committed. Any other person may inspect the records "
            "only with leave of the court.",
            "absent",
        ),
        # a lawyer who brings the person's signed authorisation
        (
            "(4) Records sealed under this section shall be released only to the following: (a) the court; "
            "(b) an attorney who presents a written authorisation signed by the person whose record was "
            "sealed.",
            "partial",
        ),
    ],
)
def test_a_person_s_own_record_in_the_words_round_75_tried(text, status):
    assert passage_status("record-access", text) == status


@pytest.mark.parametrize(
    "text",
    [
        # a list given by an active verb, a federal agency one of its items
        "(2) The division may disseminate a sealed record: (a) to the person who is its subject; (b) to a "
        "prosecutor; (c) to a federal agency authorised by federal law to receive criminal history "
        "information.",
        # the agency of the federal government named, whatever law requires it
        "(2) The bureau shall release information in an expunged record: (a) to the court; (b) to any "
        "agency of the federal government, when required by federal law.",
    ],
)
def test_federal_hands_named_in_a_list_given_by_an_active_verb(text):
    assert passage_status("federal-records", text) == "contrary"


def test_a_rule_that_spares_the_defendant_from_stating_a_status_keeps_no_sharing_open():
    text = (
        "(c) The advisement shall not be construed to require the defendant to disclose immigration "
        "status, and the court shall not ask about it."
    )
    assert passage_status("federal-records", text) == "absent"
