"""`billkit check` on the sixtieth round's tuning files, each quoted from the real text it came from (citation
beside it), each with a neighbour written for these tests that must still read as it did.

Of the round's thirteen tuning files, one holds a court power bar and it was read on arrival; three partial
labels were not (an Oregon late-appeal route, a Maryland repository statement, a Maine bill known only by its
title). These pin what was read: a bill under which "a court may not consider the merits of or grant relief
based on the subsequent application unless" one of three narrow showings is made closes the courts to a second
habeas application whatever its ground (Tex. H.B. 247, 88th Leg. (2023)); and expungement for clean years and
rehabilitation "to the court's satisfaction" is no vacatur, though an order goes "to any law enforcement
agency" (R.I. Gen. Laws § 12-1.3-3).
"""

from __future__ import annotations

from support import round_cases_test

TX_HB247_11_07_4_A = (
    "(a) If a subsequent application for writ of habeas corpus is filed after final disposition of an "
    "initial application challenging the same conviction, a court may not consider the merits of or grant "
    "relief based on the subsequent application unless [the application contains sufficient specific facts "
    "establishing that]:\n(1) the application contains sufficient specific facts establishing that the "
    "current claims and issues have not been and could not have been presented previously in an original "
    "application or in a previously considered application filed under this article because the factual or "
    "legal basis for the claim was unavailable on the date the applicant filed the previous application; "
    "[or]"
)
"""H.B. 247, 88th Leg., Reg. Sess. (Tex. 2023) (as introduced), § 1, amending Tex. Code Crim. Proc. art.
11.07, § 4(a) (tests/corpus/tx-hb247-88r-2023-ccp-11-07-sec-4.txt)."""

RI_12_1_3_3_B_2 = (
    "(b) The court, after the hearing at which all relevant testimony and information shall be considered, "
    "may, in its discretion, order the expungement of the records of conviction of the person filing the "
    "motion if it finds: ...\n(2) That the petitioner’s rehabilitation has been attained to the court’s "
    "satisfaction and the expungement of the records of his or her conviction is consistent with the public "
    "interest."
)
"""R.I. Gen. Laws § 12-1.3-3(b)(2) (Release 74, 2022) (tests/corpus/ri-gen-laws-12-1-3-3.txt)."""

CASES = [
    ("tx-hb247-11-07-4-a", TX_HB247_11_07_4_A, "court-jurisdiction", "contrary"),
    # (the same words with the court's power kept: no bar)
    (
        "a-subsequent-application-heard",
        "If a subsequent application for writ of habeas corpus is filed after final disposition of an "
        "initial application challenging the same conviction, the court shall consider the merits of the "
        "subsequent application and may grant relief on any ground that the law allows.",
        "court-jurisdiction",
        "absent",
    ),
    ("ri-12-1-3-3-b-2", RI_12_1_3_3_B_2, "vacatur-for-cause", "absent"),
    # (a ground of legal defect in the same frame: a vacatur)
    (
        "a-defect-found",
        "The court, after the hearing, shall vacate the judgment of conviction of the person filing the "
        "motion if it finds that the plea was entered without the advice about immigration consequences "
        "that the law requires.",
        "vacatur-for-cause",
        "present",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
