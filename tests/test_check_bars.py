"""`billkit check` reads bars, waivers and narrowed grants for what they do (issue 14, paraphrase suite 6).

The provisions below are billkit's own wording of patterns that suite 6's drafter wrote (see
tests/corpus/paraphrases/suite-6-notes.md): a court barred from vacating, a missing advisement declared
harmless, relief that ends jurisdiction or waives a later challenge, access only through another agency's
procedure, a presumption about the advisement alone, notices in English only, a ban on telling people
what relief does not do. Each reads as the practice's label says, and its near-miss does not.
"""

from __future__ import annotations

import pytest

from billkit.check.reading import Passage
from billkit.check.rules import check_passages


def status(practice: str, text: str) -> str:
    return next(f.status for f in check_passages([Passage(text, "line 1")]) if f.id == practice)


@pytest.mark.parametrize(
    ("practice", "text", "expected"),
    [
        ("vacatur-for-cause",
         "No court shall vacate a conviction that has been expunged under this chapter on the ground that "
         "counsel gave ineffective assistance.", "contrary"),
        ("vacatur-for-cause",
         "A conviction may not thereafter be set aside because of any legal defect in the proceedings.",
         "contrary"),
        ("vacatur-for-cause",
         "If the court did not advise the defendant of the immigration consequences of the plea, the "
         "omission shall not affect the validity of the plea or of the conviction.", "contrary"),
        # a conditional grant is a grant
        ("vacatur-for-cause",
         "A conviction shall not be vacated under this section unless the court finds that the plea was not "
         "knowing and voluntary because of a legal defect in the proceeding.", "present"),
        ("court-jurisdiction",
         "An order sealing the record terminates the jurisdiction of the court over the case for every "
         "purpose.", "contrary"),
        ("court-jurisdiction",
         "A person who asks for an expungement under this chapter waives any right to file a petition for a "
         "writ of habeas corpus attacking the conviction.", "contrary"),
        ("court-jurisdiction",
         "An order of expungement bars any later motion for postconviction relief concerning the offense.",
         "contrary"),
        ("court-jurisdiction",
         "A motion for appropriate relief may not be filed concerning a conviction that has been expunged.",
         "contrary"),
        ("court-jurisdiction",
         "A person who asks for an expungement does not waive any right to file a petition for a writ of "
         "habeas corpus attacking the conviction.", "partial"),  # kept open: a savings clause, not a bar
        # jurisdiction over the sentence is not jurisdiction over a later challenge
        ("court-jurisdiction",
         "The court shall retain jurisdiction to hear a motion to reduce the sentence for three years after "
         "sentencing.", "absent"),
        ("record-access",
         "The person whose record is sealed may obtain a copy of it only by applying to the bureau under the "
         "record-review procedure established by section 12 of this act.", "partial"),
        ("record-access",
         "Sealed records shall not be released to anyone, and no exception in this chapter shall be "
         "construed to allow their release to the petitioner.", "contrary"),
        ("rebuttable-presumption",
         "If the record does not show the advisement, it shall be presumed that a defendant who is not a "
         "citizen was not advised of the risk of removal.", "partial"),
        ("rebuttable-presumption",
         "It shall be presumed that the conviction of a defendant who is not a citizen was obtained "
         "unlawfully if the record does not show that the defendant was warned of its immigration "
         "consequences.", "present"),
        ("public-education",
         "The court administrator shall post a notice in English that an expungement may not remove the "
         "immigration consequences of a conviction.", "partial"),
        ("public-education",
         "No clerk or court employee shall give any information or advice about the immigration consequences "
         "of sealing.", "contrary"),
        # narrowed grants are partial
        ("vacatur-for-cause",
         "On the motion of the district attorney, and not otherwise, the court may vacate a conviction that "
         "was obtained through a legal defect in the proceeding.", "partial"),
        ("vacatur-for-cause",
         "The court may vacate a conviction for ineffective assistance of counsel, but only for convictions "
         "entered after the effective date of this section.", "partial"),
        ("record-access",
         "On request, the repository shall give a person whose record has been sealed a summary of the "
         "sealed record showing each charge and its disposition.", "partial"),
        ("federal-records",
         "The department may release an expunged record to a licensing board, to a court for sentencing, and "
         "to any agency of the United States on written request.", "contrary"),
    ],
)  # fmt: skip
def test_bars_waivers_and_narrowed_grants(practice, text, expected):
    assert status(practice, text) == expected
