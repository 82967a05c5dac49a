"""`billkit check` on what the fifty-first round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A court that "shall vacate the adjudication" of a "trafficked child" rests it on the trafficking ground (Ind.
Code § 31-37-22-11). A digest's "the court may grant relief if" forensic evidence "was not ascertainable ...
before the date of entry of a plea" and would likely have changed the result (Del. S.B. 58 (2025), synopsis),
and "a trial court shall order appropriate relief if testing demonstrates a person did not commit an offense"
(Idaho H.B. 242 (2001), digest), grant relief on a ground of innocence. A court that may relieve a defendant
from final judgment only "within a reasonable time but not more than one year after final judgment" is closed
after the year, whoever moves (S.D. Codified Laws § 23A-27-4.1). A cut printed between a list's lead and its
items ("... may inspect juvenile case records: ... (2) Family Court case participants: ... (B) The
respondent") does not end the list (D.C. Code § 16-2331). A bill's title that requires a court "to inform a
defendant before accepting a guilty plea ... of the circumstances under which the official records ... may be
sealed" is a notice of relief in part (Ohio S.B. 291 (2009), title). A petition "to restrict access to his
or her criminal history records" opens nothing to the person (W. Va. S.B. 105 (2026)).
"""

from __future__ import annotations

from support import round_cases_test

IN_31_37_22_11 = (
    'Sec. 11. (a) As used in this section, "trafficked child" means a child who was the victim of human '
    "trafficking (IC 35-42-3.5), regardless of whether the person who committed the human trafficking "
    "offense was charged, tried, or convicted. The term includes a person who is now an adult.\n(b) Upon "
    "the written motion of a trafficked child, or any person acting on behalf of a trafficked child, the "
    "court that adjudicated the trafficked child a delinquent child shall vacate the adjudication issued "
    "with respect to the trafficked child, if the movant proves by a preponderance of the evidence "
    "that:\n(1) the child was a trafficked child at the time the child performed the delinquent act that "
    "resulted in the adjudication;"
)
"""Ind. Code § 31-37-22-11(a), (b)(1), cut (tests/corpus/in-code-31-37-22-11.txt)."""

DE_SB_58 = (
    "This Act provides a remedy for convicted persons relating to changes in forensic scientific or "
    "technical information. ... The court may grant relief if (1) the convicted person files an application "
    "asserting that the relevant forensic evidence is currently available and was not ascertainable through "
    "the exercise of reasonable diligence by the convicted person before or during trial or before the date "
    "of entry of a plea, and (2) the court determines that, had the evidence been presented at a trial, "
    "there is a reasonable likelihood that the result at trial would have been different or that the "
    "convicted person would not have been convicted."
)
"""S.B. 58, 153d Gen. Assemb. (Del. 2025), synopsis, cut (tests/corpus/de-sb58-153rd-2025-synopsis.txt)."""

ID_HB_242 = (
    "DNA TESTING - Amends existing law relating to post-conviction appeals to provide a petition for "
    "special procedures for fingerprint and DNA testing; to provide additional conditions for filing a "
    "petition for fingerprint and DNA testing; to provide that a trial court shall order appropriate relief "
    "if testing demonstrates a person did not commit an offense; and to provide for payment of testing."
)
"""H.B. 242, 56th Leg., 1st Reg. Sess. (Idaho 2001), digest (tests/corpus/id-hb242-2001-digest.txt)."""

SD_23A_27_4_1 = (
    "Within a reasonable time but not more than one year after final judgment, a court on motion of a "
    "defendant or upon its own motion may relieve a defendant from final judgment if required in the "
    "interest of justice."
)
"""S.D. Codified Laws § 23A-27-4.1, first sentence (tests/corpus/sd-codified-laws-23a-27-4-1.txt)."""

DC_16_2331 = (
    "(b) Except as otherwise provided in this section and in section 16-2333.01, juvenile case records "
    "shall be kept confidential and shall not be open to inspection, nor shall information from records "
    "inspected be divulged to unauthorized persons.\n(c) Subject to the limitations of subsection (f) of "
    "this section, the following entities and persons may inspect juvenile case records:\n...\n(2) Family "
    "Court case participants:\n(A) The Attorney General and his assistants assigned to the Family "
    "Court;\n(B) The respondent and any attorney for the respondent without regard to the age of the "
    "respondent at the time of the inspection and without regard to the existence of a pending Family Court "
    "case;"
)
"""D.C. Code § 16-2331(b), (c), cut (tests/corpus/dc-code-16-2331.txt)."""

OH_SB_291 = (
    "To amend sections 2937.06, 2947.07, 2953.32 ... of the Revised Code, ... to require a court to inform "
    "a defendant before accepting a guilty plea and before sentencing of the circumstances under which the "
    "official records in the case may be sealed; ..."
)
"""S.B. 291, 128th Gen. Assemb., Reg. Sess. (Ohio 2009-2010) (as introduced), title, cut
(tests/corpus/oh-sb291-128th-2009-title.txt)."""

WV_SB_105 = (
    "(a) Notwithstanding any provision of this code to the contrary, any person charged with and convicted "
    "of a criminal offense under the laws of this state may petition the circuit court in the county, where "
    "the conviction occurred, to restrict access to his or her criminal history records as provided in this "
    "section, if the person:"
)
"""S.B. 105, 2026 Reg. Sess. (W. Va. 2026) (as introduced), proposed § 61-11-28(a), cut
(tests/corpus/wv-sb105-2026.txt)."""

CASES = [
    ("in-31-37-22-11", IN_31_37_22_11, "vacatur-for-cause", "present"),
    (
        "a-child-who-was-not-trafficked",
        "Upon the written motion of a child, the court that adjudicated the child a delinquent child may "
        "set aside the adjudication if the child has completed every term of probation.",
        "vacatur-for-cause",
        "absent",
    ),
    ("de-sb58", DE_SB_58, "vacatur-for-cause", "present"),
    ("id-hb242", ID_HB_242, "vacatur-for-cause", "present"),
    (
        "relief-from-a-registration-duty",
        "The court may grant relief from the registration requirement if the person did not commit an "
        "offense after release.",
        "vacatur-for-cause",
        "absent",
    ),
    ("sd-23a-27-4-1", SD_23A_27_4_1, "court-jurisdiction", "contrary"),
    (
        "a-window-to-reduce-a-sentence",
        "Within 120 days after the sentence is imposed, the court may reduce the sentence.",
        "court-jurisdiction",
        "absent",
    ),
    ("dc-16-2331", DC_16_2331, "record-access", "present"),
    ("oh-sb291", OH_SB_291, "public-education", "partial"),
    ("wv-sb105", WV_SB_105, "record-access", "absent"),
    (
        "a-person-who-may-review-their-own-history",
        "Any person may review his or her criminal history records held by the central repository, "
        "including records that have been sealed, upon proof of identity.",
        "record-access",
        "present",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
