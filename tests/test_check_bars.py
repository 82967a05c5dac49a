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


# Real wording from the fourth round of the corpus (tests/corpus/SPLIT.md, "Fourth round"); each text
# is quoted from the file named, which gives its citation and source.
MARYLAND = (  # md-crim-proc-8-301-1.txt (Md. Code Ann., Crim. Proc. § 8-301.1(a)): only the State moves
    "(a) On a motion of the State, at any time after the entry of a probation before judgment or "
    "judgment of conviction in a criminal case, the court with jurisdiction over the case may vacate "
    "the probation before judgment or conviction on the ground that the State's Attorney received new "
    "information that calls into question the integrity of the conviction."
)
KENTUCKY = (  # ky-r-crim-p-11-42.txt (Ky. R. Crim. P. 11.42(1))
    "(1) A prisoner in custody under sentence or a defendant on probation, parole or conditional "
    "discharge who claims a right to be released on the ground that the sentence is subject to "
    "collateral attack may at any time proceed directly by motion in the court that imposed the "
    "sentence to vacate, set aside or correct it."
)
CALIFORNIA = (  # ca-health-safety-11361-8.txt (Cal. Health & Safety Code § 11361.8(b))
    "If the petitioner satisfies the criteria in subdivision (a), the court shall grant the petition to "
    "recall the sentence or dismiss the sentence because it is legally invalid unless the court "
    "determines that granting the petition would pose an unreasonable risk of danger to public safety."
)
TENNESSEE = (  # tn-sup-ct-r-28-sec-2.txt (Tenn. Sup. Ct. R. 28, § 2(D))
    "A rebuttable presumption of waiver arises if a ground for relief was not raised before a court of "
    "competent jurisdiction in which it could have been raised."
)
NEAR_MISS = (  # billkit's own: the defendant may move too
    "On a motion of the State or of the defendant, the court may vacate the conviction on the ground "
    "that the plea was not knowing and voluntary."
)


@pytest.mark.parametrize(
    ("practice", "text", "expected"),
    [
        ("vacatur-for-cause", MARYLAND, "partial"),
        ("vacatur-for-cause", NEAR_MISS, "present"),
        ("vacatur-for-cause", KENTUCKY, "present"),
        # a sentence recalled under a later law is not a conviction vacated for a defect
        ("vacatur-for-cause", CALIFORNIA, "absent"),
        # a presumption that runs against the person
        ("rebuttable-presumption", TENNESSEE, "contrary"),
    ],
)
def test_real_narrowed_and_reversed_provisions_read_for_what_they_do(practice, text, expected):
    assert status(practice, text) == expected


def test_a_petition_for_an_order_reads_its_listed_orders_with_it():
    """nv-rev-stat-179-247.txt (Nev. Rev. Stat. § 179.247(1), (4)): "for an order: (a) Vacating ..."."""
    text = (
        "1. If a person has been convicted of any offense listed in subsection 2, the person may "
        "petition the court in which he or she was convicted for an order:\n(a) Vacating the judgment; "
        "and\n(b) Sealing all documents, papers and exhibits in the person's record.\n\n4. The court may "
        "grant a petition filed pursuant to subsection 1 if:\n(a) The participation of the petitioner in "
        "the offense was the result of the petitioner having been a victim of trafficking in persons."
    )
    passages = [Passage(block, f"block {i}") for i, block in enumerate(text.split("\n\n"), 1)]
    found = {f.id: f.status for f in check_passages(passages)}
    assert found["vacatur-for-cause"] == "present"


BAR_WITH_OTHERS_EXCEPTED = (  # billkit's own wording
    "Records of an expunged conviction shall not be disclosed to any person except a criminal justice "
    "agency for the purpose of a criminal investigation."
)
GRANT = (
    "The person whose record was expunged may inspect and obtain a copy of the record without a court order."
)


def test_a_bar_whose_exceptions_leave_the_person_out_works_against_access_unless_a_grant_stands_elsewhere():
    """The last stop's gap: "to any person except ..." with no route for the person is `contrary`; the same
    bar beside a grant to the person is not read against the grant, and an exception for the person is one."""
    assert status("record-access", BAR_WITH_OTHERS_EXCEPTED) == "contrary"
    assert status("record-access", f"{BAR_WITH_OTHERS_EXCEPTED} {GRANT}") == "present"
    for_the_person = BAR_WITH_OTHERS_EXCEPTED.replace(
        "a criminal justice agency", "the person who is the subject of the record"
    )
    assert status("record-access", for_the_person) == "present"
