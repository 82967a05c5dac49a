"""`billkit check` on a later challenge shut out by time or by an earlier challenge, whatever the record's
relief: post-conviction review "no longer available" once a time has run, a late petition that "shall be
dismissed", and a claim that "may not be brought" once any earlier application was filed, including when
that bar is an item of a list whose lead shares a sentence with its first item. Near misses: a bare filing
deadline, a bar on repeating the same grounds, and a late petition the court may still accept.

The real texts are quoted with their citations from the corpus files named; the other sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from billkit.check.leads import with_leads

from support import file_statuses, passage_status

# Alaska Stat. § 12.72.020(a) (tests/corpus/ak-stat-12-72-020-18-month.txt; touchngo.com mirror), items cut
ALASKA = (
    "AS 12.72.020. Limitations On Applications For Post-Conviction Relief.\n"
    "(a) A claim may not be brought under AS 12.72.010 or the Alaska Rules of Criminal Procedure if\n"
    "(1) the claim is based on the admission or exclusion of evidence at trial or on the ground that the "
    "sentence is excessive;\n"
    "(2) the claim was, or could have been but was not, raised in a direct appeal from the proceeding that "
    "resulted in the conviction;\n"
    "(5) the claim was decided on its merits or on procedural grounds in any previous proceeding; or\n"
    "(6) a previous application for post-conviction relief has been filed under this chapter or under the "
    "Alaska Rules of Criminal Procedure."
)
# Colo. Rev. Stat. § 16-12-209(1) (tests/corpus/co-rev-stat-16-12-206-209.txt; Public.Resource.Org release)
COLORADO = (
    "(1) No further postconviction review is available to the defendant after the time specified by supreme "
    "court rule for filing a petition for postconviction review has expired. Any claim or petition filed "
    "thereafter shall be deemed waived and shall be dismissed summarily unless the defendant establishes "
    "that:\n(a) The failure to raise the claim within the time limit was the direct result of interference "
    "by government officials with the presentation of the claim in a manner which violated the constitution "
    "or laws of the United States or Colorado; or"
)


@pytest.mark.parametrize("text", [ALASKA, COLORADO], ids=["alaska-earlier-application", "colorado-late"])
def test_a_real_bar_on_a_later_challenge_works_against_the_court_practice(tmp_path, text):
    statuses = file_statuses(tmp_path, "bar", text)
    assert statuses["court-jurisdiction"] == "contrary"
    # the item's "court order revoking probation" kind of words opens no one's records
    assert statuses["record-access"] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        "No further collateral relief shall be available to a petitioner once three years have passed from "
        "the date of final judgment.",
        "A petition for post-conviction relief filed after the deadline shall be dismissed unless the "
        "petitioner shows good cause.",
        "An application for post-conviction relief may not be considered if a prior petition has been filed "
        "in any court of this state.",
        "A petition for post-conviction relief filed more than one year after the judgment shall be "
        "dismissed.",
    ],
    ids=["no-longer-available", "late-dismissed", "any-earlier-petition", "years-late-dismissed"],
)
def test_the_same_bars_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        "A motion to vacate must be filed within three years after the judgment becomes final.",
        "No further post-conviction relief is available for claims that were raised on direct appeal.",
        "An application under this chapter may not be filed if a previous application for post-conviction "
        "relief has been filed and decided on the same grounds.",
        "Any petition filed late shall be accepted if the court finds good cause for the delay.",
        "Any answer filed more than twenty days after service shall be dismissed.",
        "A motion to vacate filed late shall be dismissed only if the prosecution proves that the delay was "
        "unreasonable and caused it actual prejudice.",
    ],
    ids=[
        "bare-deadline",
        "grounds-raised-on-appeal",
        "same-grounds",
        "late-accepted",
        "civil-answer",
        "prejudice-shown",
    ],
)
def test_a_deadline_or_a_bar_on_repeating_grounds_is_not_read_as_one(text):
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_lead_printed_with_its_first_item_is_read_with_each_later_item():
    located = [
        ("(a) A claim may not be brought under this chapter if (1) the claim is untimely; or", "line 1"),
        ("(2) a previous application has been filed.", "line 2"),
        ("(b) The court shall hear a timely claim.", "line 3"),
    ]
    read = [text for text, _ in with_leads(located)]
    assert read[1] == (
        "(a) A claim may not be brought under this chapter if … (2) a previous application has been filed."
    )
    assert read[2] == "(b) The court shall hear a timely claim."


def test_a_sentence_that_mentions_an_item_label_in_passing_opens_no_list():
    located = [
        ("(a) The clerk shall send notice to the person named in (1) of this section.", "line 1"),
        ("(2) The person may respond.", "line 2"),
    ]
    assert [text for text, _ in with_leads(located)] == [text for text, _ in located]
