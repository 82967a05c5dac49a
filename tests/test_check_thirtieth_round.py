"""`billkit check` on two shapes of the thirtieth corpus round's tuning files, in words written for these
tests (no source): a court-order closure that lets the person in by a proviso set off with commas, a
post-conviction remedy open only to one in custody, and later challenges shut in words a blind probe
review of the round (tests/probes/round30) turned up. `tests/corpus/SPLIT.md` ("Thirtieth round") names the
tuning files.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # the person excepted from a court-order closure, the proviso set off with commas
    (
        "movant-excepted",
        "record-access",
        "present",
        "(s) Records sealed under this section shall be opened only on order of the court upon a showing of "
        "compelling need, except that, upon request, the movant shall be entitled to a copy of the sealed "
        "records.",
    ),
    (
        "entitled-without-charge",
        "record-access",
        "present",
        "(a) Sealed records shall be opened only on order of the court, except that, upon request, the "
        "movant shall be entitled without charge to a copy of the sealed records.",
    ),
    # ... and without the proviso the court's order is the only way in
    (
        "no-one-excepted",
        "record-access",
        "contrary",
        "(s) Records sealed under this section shall be opened only on order of the court upon a showing of "
        "compelling need.",
    ),
    # a remedy against the conviction open only to one held under it: shut once the sentence ends
    (
        "custody-only",
        "court-jurisdiction",
        "contrary",
        "(a) A motion to vacate, set aside, or correct a sentence under section 60-9 is the remedy for a "
        "judgment obtained in violation of the constitution.\n(b) The remedy may be invoked only by a "
        "person in custody claiming the right to be released.",
    ),
    (
        "only-a-prisoner",
        "court-jurisdiction",
        "contrary",
        "Sec. 4. Only a prisoner in custody under a sentence of a court of this state may move the court "
        "that imposed the sentence to vacate the conviction on the ground that it was obtained in violation "
        "of the constitution.",
    ),
    # one in custody who may move, with no "only", keeps the remedy for those out of custody too
    (
        "custody-may-move",
        "court-jurisdiction",
        "absent",
        "Sec. 4. A prisoner in custody under a sentence of a court of this state may move the court that "
        "imposed the sentence to vacate the conviction on the ground that it was obtained in violation of "
        "the constitution.",
    ),
    # a remedy barred, in the law's own words, to one whose sentence is served
    (
        "construed-not-to-permit",
        "court-jurisdiction",
        "contrary",
        "(a) A person whose rights under the Constitution of this State were violated in the case that led "
        "to the conviction may file a petition under this Article.\n(c) Nothing in this Section shall be "
        "construed to permit a petition by a person who has completed the sentence imposed for the "
        "conviction and is no longer in custody under it.",
    ),
    (
        "currently-serving",
        "court-jurisdiction",
        "contrary",
        "Sec. 3. This chapter is the only means of obtaining collateral relief from a conviction, including "
        "by habeas corpus and coram nobis.\nSec. 4. To be eligible for relief the petitioner must prove "
        "that, at the time relief is granted, the petitioner is currently serving a sentence for the crime.",
    ),
    # a writ of habeas corpus for one held on civil immigration process is no challenge to a conviction
    (
        "immigration-habeas",
        "court-jurisdiction",
        "absent",
        "(a) Any person held solely on a civil immigration detainer may petition the superior court for a "
        "writ of habeas corpus.\n(b) This section may be invoked only by a person who is in custody in a "
        "facility in the commonwealth when the petition is filed.",
    ),
    # later challenges shut in other words: one motion only, a bar to a second, consideration barred,
    # a plea motion no court may hear after judgment
    (
        "one-and-only-one",
        "court-jurisdiction",
        "contrary",
        "(1) One and only one motion for relief from judgment may be filed with regard to a conviction. The "
        "court shall return without filing any successive motion for relief from judgment.",
    ),
    (
        "bar-to-a-second",
        "court-jurisdiction",
        "contrary",
        "(6) An order denying relief under this article is a final judgment. It shall be a bar to a second "
        "or successive motion under this article, unless the petitioner shows an intervening decision of "
        "the Supreme Court.\n(2) A motion for post-conviction relief shall be made within two years after "
        "entry of the judgment.",
    ),
    (
        "consideration-barred",
        "court-jurisdiction",
        "contrary",
        "(a) A person in custody under a sentence of a court of this state must petition for post-conviction "
        "relief under this part within one (1) year of the date on which the judgment became final, or "
        "consideration of the petition shall be barred.",
    ),
    (
        "no-court-after-judgment",
        "court-jurisdiction",
        "contrary",
        "(a) Before entry of judgment, the court may allow the defendant to withdraw a plea of guilty to "
        "correct a manifest injustice.\n(b) A plea of guilty may not be withdrawn under this rule after "
        "entry of judgment, and no court shall entertain a motion under this rule once judgment has been "
        "entered.",
    ),
    # a bar that points to its exceptions still shuts the door when none of them keeps it open
    (
        "except-as-provided-alone",
        "court-jurisdiction",
        "contrary",
        "Subd. 1. Except as provided in subdivision 2, no court shall hear a petition for postconviction "
        "relief filed more than two years after the entry of judgment.\nSubd. 2. A court may hear a late "
        "petition that rests on newly discovered evidence.",
    ),
    # one petition to seal is no bar on a challenge to the conviction
    (
        "one-sealing-petition",
        "court-jurisdiction",
        "absent",
        "(d) Only one petition to seal a record of conviction may be filed under this section in any "
        "ten-year period, and a second petition to seal shall be summarily dismissed.",
    ),
    # custody words in a sealing law are no bar on a challenge to the conviction
    (
        "custody-for-sealing",
        "court-jurisdiction",
        "absent",
        "(c) A petition to seal the record under this section may be filed only by a person who is no "
        "longer in custody and who has paid all restitution.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
