"""`billkit check` on shapes that two blind probe reviews of the thirty-fifth round turned up (a court's power
kept after relief and its near misses, and bills as printed; `tests/probes/round35`): an order that does not
divest the court of its authority to receive, hear and decide a later challenge, a court named by what it did
("the court that entered the judgment") not precluded from hearing one, a court that shall retain no
jurisdiction after expungement, a bill's note that struck text is shown in brackets, a bill's title on
vacating judgments beside a new ground, the advisement presumed given in a sentence about a motion that says
it was not, and a court's power over a deferment or over restitution kept after relief. Every text here is
written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "authority-to-receive-hear-and-decide-kept",
        "court-jurisdiction",
        "present",
        "Subd. 11. (a) The issuance of an expungement order does not divest the district court of its "
        "authority to receive, hear, and decide a petition for postconviction relief, a motion to withdraw "
        "a plea, or any other challenge to the validity of the conviction that was expunged.",
    ),
    (
        "no-jurisdiction-retained-after-expungement",
        "court-jurisdiction",
        "contrary",
        "7. The entry of an order of expungement concludes the case. After the order is entered, the court "
        "shall retain no jurisdiction over the case except to correct a clerical error in the order, and a "
        "motion of any kind that attacks the judgment in an expunged case shall be dismissed.",
    ),
    (
        "struck-fbi-removal-duty",
        "federal-records",
        "contrary",
        "Section 1. Section 77-40 is amended to read:\n(2) [The bureau shall forward a copy of each "
        "expungement order to the Federal Bureau of Investigation, with a request that the records "
        "described in the order be removed from the Interstate Identification Index.] The bureau shall keep "
        "each order in its files.\nNote: struck text is shown in [brackets]; new text is underlined in the "
        "bill as printed.",
    ),
    (
        "title-on-vacating-judgments-with-a-new-ground",
        "vacatur-for-cause",
        "present",
        "AN ACT to amend the criminal procedure law, in relation to vacating judgments entered upon pleas "
        "of noncitizens\nSection 1. Subdivision 1 of section 440.10 is amended by adding a new paragraph "
        "(k):\n(k) The judgment is a conviction upon a plea of guilty by a defendant who was not a citizen, "
        "and the plea was not knowing, intelligent and voluntary because the defendant did not understand "
        "its immigration consequences.",
    ),
    (
        "advisement-presumed-given-in-a-motion-alleging-it-was-not",
        "rebuttable-presumption",
        "contrary",
        "(e) In any motion for appropriate relief alleging that the advisement required by subsection (a) "
        "was not given, it is presumed that the advisement was given, and the defendant must prove by clear "
        "and convincing evidence that it was not.",
    ),
    (
        "advisement-presumed-not-given",
        "rebuttable-presumption",
        "partial",
        "(e) In any motion alleging that the advisement required by subsection (a) was not given, the "
        "absence of a record of the advisement creates a rebuttable presumption that the advisement was not "
        "given.",
    ),
    (
        "jurisdiction-during-deferment",
        "court-jurisdiction",
        "absent",
        "B. During the period of deferment, the court retains jurisdiction over the defendant to modify the "
        "conditions and to accelerate the deferred judgment. C. When the conditions are completed, the "
        "defendant shall be discharged and the record of the case expunged.",
    ),
    (
        "restitution-authority-kept-after-limited-access",
        "court-jurisdiction",
        "absent",
        "(3) At any time the court may change an order of restitution entered under paragraph (2). (4) An "
        "order for limited access relating to the conviction shall not affect the authority of the court "
        "under paragraph (3) or the enforcement of any unpaid restitution.",
    ),
    # a court named by what it did ("the court that entered the judgment") kept able to hear the challenge
    (
        "court-that-entered-the-judgment-not-precluded",
        "court-jurisdiction",
        "present",
        "M. The sealing of a case record under this section does not preclude the court that entered the "
        "judgment from considering and ruling on a petition for post-conviction relief that challenges the "
        "conviction to which the sealed record relates.",
    ),
    # a set-aside that does not bar a later motion to vacate, the court saying in so many words it may hear it
    (
        "set-aside-no-bar-and-court-may-hear",
        "court-jurisdiction",
        "present",
        "(6) An order setting aside a conviction does not bar the person from later moving the court to "
        "vacate the conviction because of a defect in the proceedings, and the court may hear and decide "
        "such a motion as if the order had not been entered.",
    ),
    (
        "set-aside-no-bar-court-unnamed",
        "court-jurisdiction",
        "partial",
        "(6) An order setting aside a conviction does not bar the person from later moving to vacate the "
        "conviction because of a defect in the proceedings.",
    ),
    # a later challenge kept open in words of waiver, no court named: partial
    (
        "sealing-waives-no-claim-of-an-unlawful-plea",
        "court-jurisdiction",
        "partial",
        "(c) Sealing under this section does not waive, release, or extinguish any claim by the person that "
        "the plea or the judgment entered on it was unlawfully obtained.",
    ),
    (
        "expungement-is-not-a-waiver",
        "court-jurisdiction",
        "partial",
        "(5) The expungement of a record under this part is not a waiver by the person of any claim that the "
        "conviction was unlawfully obtained.",
    ),
    # ... but power kept over a later challenge, with restitution named beside it, is still kept
    (
        "authority-kept-beside-restitution",
        "court-jurisdiction",
        "present",
        "(a) A conviction sealed under this section is treated as not having occurred. (b) The sealing of a "
        "conviction under this section does not affect the authority of the court to hear and decide a later "
        "motion to vacate the sealed conviction or to order restitution.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
