"""`billkit check` on a later challenge to the conviction shut out in the shapes post-conviction laws use: a
petition "under this subtitle" barred by time, in a law whose other words make it a law on challenges to the
conviction; a second or successive motion barred; a motion open only while the sentence lasts; a judgment
closed to any collateral attack; the old writ refused to anyone held on a court's judgment. Each works
against the court-jurisdiction practice. A wait before a sealing application, an order of relief kept safe
from attack, or a bar on a second sealing petition is none of these. The sentences are written for these
tests.
"""

from __future__ import annotations

import pytest

from support import file_findings, file_statuses, passage_status

CONTEXT = (
    "This chapter governs petitions claiming that a conviction or sentence was imposed in violation of law.\n"
)
"""A first sentence that makes the law one on challenges to the conviction."""


@pytest.mark.parametrize(
    "text",
    [
        CONTEXT
        + "(b) A court may not entertain a petition under this subtitle that is filed more than ten years "
        "after the sentence was imposed.",
        CONTEXT
        + "(c) The court may not entertain a petition under section 5 that is filed once the period set in "
        "that section has run.",
        CONTEXT + "(d) A second or successive motion under this article shall not be entertained.",
        CONTEXT
        + "(e) The court shall dismiss any second or later application that fails to show good reason.",
        CONTEXT
        + "(f) Once the sentence has been discharged, or the record of the conviction has been expunged, the "
        "person is not in custody and may not move under this rule.",
        CONTEXT + "(g) A ground left out of the first application cannot support a later application.",
    ],
    ids=[
        "late-under-this-subtitle",
        "period-has-run",
        "successive",
        "second-or-later",
        "sentence-over",
        "left-out",
    ],
)
def test_a_later_challenge_shut_in_a_law_on_challenges(tmp_path, text):
    assert file_statuses(tmp_path, "law", text)["court-jurisdiction"] == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        "Neither the judgment of conviction nor the order setting it aside is thereafter open to collateral "
        "attack in any court of this state.",
        "If the person is held by virtue of the judgment of a court that had jurisdiction to render it, the "
        "writ of habeas corpus shall not be allowed.",
        "No court under this act shall have power to inquire into the legality of the judgment of any court.",
    ],
    ids=["no-collateral-attack", "writ-refused", "no-power-to-inquire"],
)
def test_a_judgment_closed_to_challenge(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        "(1) A person convicted of an eligible offense may apply to the court for an order sealing the "
        "record.\n(2) No court shall entertain an application under this section unless ten years have "
        "passed since the sentence was imposed.",
        "An order granting expungement is conclusive and is not subject to collateral attack by any party.",
        CONTEXT
        + "A second or subsequent petition for sealing shall not be considered within two years of a denial.",
        "A person may petition for the sealing of the record. A person whose probation has not been "
        "completed is not eligible for relief.",
        "(a) A person may request the agency to correct its records. (b) The appeal may not be used to "
        "collaterally attack a court judgment.",
        # set-aside and dismissal statutes that reward rehabilitation, whose words ("set aside the
        # conviction", "withdraw the plea") are no challenge to the conviction
        "(1) A person who completed probation may apply to the convicting court to set aside the "
        "conviction.\n"
        "(2) A second or subsequent application under this section shall not be considered by the court.",
        "(a) After probation, the court shall permit the defendant to withdraw the plea of guilty and shall "
        "dismiss the accusations.\n(b) A second petition under this section shall not be considered.",
    ],
    ids=[
        "sealing-wait",
        "relief-order-safe",
        "second-sealing-petition",
        "probation-unfinished",
        "other-route",
        "set-aside-second-application",
        "dismissal-second-petition",
    ],
)
def test_a_bar_on_something_else_is_not_read_as_one(tmp_path, text):
    assert file_statuses(tmp_path, "law", text)["court-jurisdiction"] == "absent"


def test_power_kept_in_a_clause_interrupted_by_whose_request():
    text = (
        "Notwithstanding section 6, the court that entered the judgment may, at the request of the person, "
        "hear and decide a motion to vacate the judgment after the record of the conviction has been "
        "expunged."
    )
    assert passage_status("court-jurisdiction", text) == "present"


def test_two_bars_are_each_named_as_working_against_the_practice(tmp_path):
    text = (
        CONTEXT + "(b) A second or successive motion under this article shall not be entertained.\n"
        "(c) Neither the judgment of conviction nor the order setting it aside is thereafter open to "
        "collateral attack in any court of this state."
    )
    finding = file_findings(tmp_path, "law", text)["court-jurisdiction"]
    assert finding.status == "contrary" and len(finding.evidence) == 2
    assert finding.missing.startswith("Each quoted provision works against the practice")
