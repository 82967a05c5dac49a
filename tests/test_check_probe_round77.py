"""Four blind probe reviews (round 77): 168 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round77). The `j`
probes keep or shut the way back to court in appeal, new-trial, arrest-of-judgment and plea rules; the `k`
probes are state habeas and post-conviction chapters in older and plainer styles; the `l` probes are
committee reports, digests, synopses and fact sheets; the `m` probes are repository and dissemination
statutes and grounds lists.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try, and the
readings they led to (the rows left out are named in tests/corpus/SPLIT.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round77")


def test_the_review_tries_appeal_rules_habeas_chapters_digests_and_repositories():
    assert REVIEW.judgements("j", "court-jurisdiction").count("contrary") >= 10
    assert REVIEW.judgements("k", "court-jurisdiction").count("present") >= 6
    assert REVIEW.judgements("k", "vacatur-for-cause").count("present") >= 15
    assert len([name for name in REVIEW.expected if name.startswith("l")]) >= 40
    assert REVIEW.judgements("m", "federal-records").count("contrary") >= 8


@pytest.mark.parametrize(
    "text",
    [
        # a motion deemed denied on a named day, the court's power lost with it
        "(b) A motion for new trial not decided by written order within that period is deemed denied on the "
        "seventy-fifth day, and upon that day the trial court loses all authority to grant the motion.",
        # a time for review the law calls jurisdictional, the late petition dismissed
        "(1) A party aggrieved by a decision of the Court of Appeals in a criminal matter may petition for "
        "a writ of certiorari. (2) This time is jurisdictional: it may not be enlarged by any court, and a "
        "petition filed after it has run shall be dismissed for want of jurisdiction.",
        # no court given power to undo a judgment on a plea
        "Every judgment of conviction entered upon a plea of guilty shall be final when sentence is "
        "pronounced, and no court of this State shall have jurisdiction thereafter to review, vacate or set "
        "aside such judgment on any ground other than a want of jurisdiction.",
        # an arrest of judgment whose time the court may not extend, in the passive
        "(a) The court shall arrest judgment if the indictment fails to charge an offense. (b) The time to "
        "move under this rule may not be extended by the court once it has expired, and the rule permitting "
        "enlargement of time for excusable neglect shall not apply.",
    ],
)
def test_a_court_door_shut_in_the_words_round_77_tried(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a digest's bill that keeps the court's power "from" being taken
        "This bill would provide that an expungement under its provisions does not take from the court "
        "jurisdiction over any later motion or petition for post-conviction relief, or any other collateral "
        "attack on the expunged conviction.",
        # power kept after sealing, with the section named between
        "B. The municipal court retains authority, after a case has been sealed under section 2.44.300, to "
        "hear and decide a motion to withdraw a plea and vacate the conviction.",
        # relief "available although" the judgment was set aside, the same power as before
        "(a) A person may move to vacate a judgment obtained in violation of the Constitution. (b) Relief "
        "under this section is available although the moving party has had the judgment set aside, and the "
        "court shall have the same power to hear the motion as it would have had before the judgment was "
        "set aside.",
        # not dismissed as moot because the record was cleared
        "(2) A petition to vacate a conviction shall not be dismissed as moot, and relief shall not be "
        "denied, on the ground that the conviction has been expunged or sealed, and the court shall decide "
        "it as though no such relief had been granted.",
    ],
)
def test_a_court_s_power_kept_in_the_words_round_77_tried(text):
    assert passage_status("court-jurisdiction", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a digest's existing law that the bill keeps
        "Existing law authorizes a person no longer in custody to move to vacate a conviction that is "
        "legally invalid due to prejudicial error damaging the person's ability to understand the "
        "immigration consequences of a plea. This bill would retain the motion to vacate and would add a "
        "presumption.",
        # ... or amends
        "Existing law authorizes a person to file a motion to vacate a conviction on the ground that it is "
        "legally invalid due to prejudicial error. This bill would provide that such a motion shall be "
        "deemed timely if filed within one year after a notice to appear.",
        # a court's power kept, and relief granted where the ground is proven
        "(b) Notwithstanding the sealing of the records, the juvenile court shall retain jurisdiction to "
        "hear any motion to vacate the adjudication, including a motion alleging that the admission was not "
        "knowingly and voluntarily made, and shall grant relief where the ground is proven.",
    ],
)
def test_a_vacatur_in_the_words_round_77_tried(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_digest_s_existing_law_alone_still_reads_as_no_provision():
    text = (
        "Existing law authorizes a person no longer in custody to move to vacate a conviction that is "
        "legally invalid due to prejudicial error. This bill would instead limit relief to persons in "
        "custody."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # a request of a federal agency, the record furnished to it
        "The bill would also require the Department of Justice, upon request of a federal immigration "
        "agency, to furnish a sealed record to that agency.",
        # a list whose lead ends with the form of the request
        "(3) The repository may furnish criminal history record information to the following, upon a "
        "request in the form the superintendent prescribes:\n(a) courts of record;\n(b) agencies of the "
        "United States for purposes of immigration or naturalization.",
        # the order and the record both sent
        "(b) The department shall furnish a copy of the order, and of the record of the conviction to which "
        "it relates, upon request to any agency of the United States, including the Department of Homeland "
        "Security.",
    ],
)
def test_federal_hands_round_77_found(text):
    assert passage_status("federal-records", text) == "contrary"


def test_a_record_kept_from_immigration_queries_is_no_duty_to_query():
    text = (
        "Within sixty days after an arrest is expunged, the bureau shall ensure that the expunged arrest is "
        "not available, through any interface or query service, to United States Immigration and Customs "
        "Enforcement."
    )
    assert passage_status("federal-records", text) != "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a court that unseals the record to decide the petition before it
        "(a) The sealing of a conviction record does not divest the court of jurisdiction to hear a "
        "petition for post-conviction relief that attacks the sealed conviction, and the court may order "
        "the record unsealed to the extent necessary to decide it.",
        # sharing with immigration agents barred save by a court's order
        "(a) No city employee shall share any criminal history record information, including information "
        "about an expunged conviction, with United States Immigration and Customs Enforcement, except by "
        "order of a court.",
        # a contract that gives DHS access, barred
        "(3) A state agency shall not enter into any contract that provides the United States Department of "
        "Homeland Security with access to information about sealed convictions, except in compliance with a "
        "judicial warrant.",
        # the child named among those who may see the record
        "(c) Sealed juvenile records shall not be open to inspection except by the court, the child named "
        "in the record, or the child's parent or counsel.",
    ],
)
def test_no_bar_on_the_person_s_own_record_in_what_round_77_tried(text):
    assert passage_status("record-access", text) != "contrary"
