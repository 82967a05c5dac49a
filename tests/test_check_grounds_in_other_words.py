"""`billkit check` on grounds of vacatur in words the rules did not have: the law of conviction itself void
("the statute under which the petitioner was convicted is unconstitutional"), a plea "that was coerced", and
the uniform post-conviction act's "evidence of material facts, not previously presented"; and a defect that
clears only the record, which is no vacatur (a sealed conviction still counts in immigration law). The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from support import passage_status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The petitioner is entitled to relief if the statute under which the petitioner was convicted is "
            "unconstitutional.",
            "present",
        ),
        (
            "Post-conviction relief shall be available when the conviction was obtained through a guilty "
            "plea that was coerced.",
            "present",
        ),
        (
            "A person may file a petition under this chapter. The judgment shall be vacated if there exists "
            "evidence of material facts, not previously presented, that requires vacation of the conviction.",
            "present",
        ),
        (
            "If the court finds that no reasonable juror would have convicted the petitioner in light of the "
            "new evidence, the court shall vacate the conviction.",
            "present",
        ),
        (
            "A person who has been convicted may begin a proceeding for appropriate relief on the ground "
            "that the court that rendered the judgment had no jurisdiction.",
            "present",
        ),
        (
            "The court's failure to give the advisement shall render the plea unknowing and involuntary, "
            "requiring vacatur.",
            "present",
        ),
        (
            "A court may grant a convicted person relief on an application for a writ of habeas corpus if "
            "the court finds that, had the new evidence been presented at trial, the person would not have "
            "been convicted.",
            "present",
        ),
        ("If the law was held void, the record shall be sealed.", "absent"),
        (
            "Where the conviction was obtained in violation of the Constitution, the court shall order the "
            "arrest records expunged.",
            "absent",
        ),
        (
            "Where the conviction was obtained in violation of the Constitution, the court shall vacate the "
            "conviction and order the records expunged.",
            "present",
        ),
    ],
    ids=[
        "void-statute",
        "coerced-plea",
        "material-facts",
        "no-reasonable-juror",
        "appropriate-relief",
        "render-the-plea-involuntary",
        "habeas-relief-new-evidence",
        "record-sealed",
        "records-expunged",
        "vacated-too",
    ],
)
def test_a_ground_of_defect_and_what_it_clears(text, status):
    assert passage_status("vacatur-for-cause", text) == status
