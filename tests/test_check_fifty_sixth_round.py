"""`billkit check` on what the fifty-sixth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A committee statement under which a bill "would provide a process for a person to vacate and expunge ...
convictions" of trafficking victims grants a vacatur (N.J. Senate Judiciary Committee, Statement to A. 5322
(2021)). A paragraph under which "the court shall presume that a conviction by plea ... was not knowing,
voluntary and intelligent" is a ground of vacating the judgment, whether or not the words of the grant are
quoted (N.Y. A. 8605-A (2024), amending Crim. Proc. Law § 440.10(1)(k)). "No further review shall be available
unless a petition is filed ... alleging that" a constitutional violation occurred is a bar with exceptions, no
grant (42 Pa. Cons. Stat. § 9578(a)). A fiscal note's "successive motions would not be filed" bars a later
challenge (Kan. H.B. 2190 (2021)). "An examination of the entire cause" by the supreme court is no one seeing
records (R.I. Gen. Laws § 12-22-13). A title that will "prohibit official resistance or noncooperation of
sharing information regarding immigration status" forbids limits on sharing, and so works against the practice
(Miss. S.B. 2823 (2008)).
"""

from __future__ import annotations

from support import round_cases_test

NJ_A5322 = (
    "This bill would provide a process for a person to vacate and expunge, as applicable, all arrests, "
    "charges, complaints, convictions, or other dispositions, as well as DNA records, for violations of law "
    "committed by the person as a result of the person’s status as a victim of human trafficking, and which "
    "violations were committed as a result of a trafficking scheme or other course of conduct that resulted "
    "in the person’s victimization or done at the direction of an organizer, supervisor, financier, or "
    "manager of that scheme or other course of conduct, with limited exceptions."
)
"""Senate Judiciary Committee, Statement to [Second Reprint] Assembly, No. 5322, 219th Leg. (N.J. Dec. 2,
2021) (tests/corpus/nj-a5322-219th-2021-senate-judiciary-statement.txt)."""

NY_440_10_K = (
    "(k) The judgment occurred prior to the effective date of the laws of two thousand twenty-three that "
    "amended this paragraph and is a conviction for an offense as defined in subparagraphs (i), (ii), "
    "(iii), (iv), or (vii) of paragraph (k) of subdivision three of section 160.50 of this part, in which "
    "case the court shall presume that a conviction by plea for the aforementioned offenses was not "
    "knowing, voluntary and intelligent if it has severe or ongoing consequences, including but not limited "
    "to potential or actual immigration consequences ... The people may rebut these presumptions."
)
"""N.Y. Crim. Proc. Law § 440.10(1)(k) as Assemb. B. 8605-A, 2023–2024 Reg. Sess. (N.Y. 2024) would amend it,
new text in lower case and cut (tests/corpus/ny-a8605a-2024-cpl-440-10-1-k.txt)."""

PA_9578 = (
    "(a) Further review.-- No further review shall be available unless a petition is filed under Subchapter "
    "B (relating to post conviction relief) alleging that:\n(1) the failure to raise the claim previously "
    "was the result of interference by government officials with the presentation of the claim in violation "
    "of the Constitution of the United States or laws of the United States or the Constitution of "
    "Pennsylvania or laws of this Commonwealth;"
)
"""42 Pa. Cons. Stat. § 9578(a)(1) (tests/corpus/pa-42-pacs-9571-9573-9578.txt)."""

KS_HB2190 = (
    "HB 2190 would clarify what is considered a successive habeas corpus motion. The bill would clarify "
    "that a motion is successive if it raises issues previously raised or issues that could have been "
    "raised in the first motion. Also, the bill states that a successive motion would have to be brought "
    "within one year of the district court denying the first motion, the opinion of the last Kansas "
    "appellate court to exercise jurisdiction, or the denial of a petition for review, whichever is latest. "
    "When a prior motion is on appeal, or during the time an appeal could be perfected, successive motions "
    "would not be filed."
)
"""Kan. Div. of the Budget, Fiscal Note for H.B. 2190, 2021–2022 Leg., Reg. Sess. (Kan. 2021)
(tests/corpus/ks-hb2190-2021-fiscal-note.txt)."""

RI_12_22_13 = (
    "§ 12-22-13. No judgment, verdict, or decision shall be set aside, reversed, or new trial granted, in "
    "any criminal proceedings, for error as to any matter of pleading, unless in the opinion of the supreme "
    "court, after an examination of the entire cause, it shall appear that the error complained of has "
    "resulted in a miscarriage of justice."
)
"""R.I. Gen. Laws § 12-22-13 (tests/corpus/ri-gen-laws-12-22-11-12-22-13.txt)."""

MS_SB2823 = (
    "Senate Bill 2823\n\n(As Passed the Senate)\n\nAN ACT TO ENACT A STATEMENT OF LEGISLATIVE INTENT; TO "
    "CREATE SECTION 97-1-11, MISSISSIPPI CODE OF 1972, TO CREATE THE CRIME OF AIDING AND ABETTING AN "
    "IMMIGRATION OFFENSE AND TO PROVIDE PENALTIES THEREFOR; TO PROHIBIT OFFICIAL RESISTANCE OR "
    "NONCOOPERATION OF SHARING INFORMATION REGARDING IMMIGRATION STATUS; TO PROVIDE FOR COOPERATIVE LAW "
    "ENFORCEMENT BY STATE AND LOCAL LAW ENFORCEMENT AGENCIES ON IMMIGRATION MATTERS; TO REQUIRE "
    "VERIFICATION OF CITIZENSHIP OR IMMIGRATION STATUS OF PERSONS WHO ARE ARRESTED; AND FOR RELATED "
    "PURPOSES.\n\nBE IT ENACTED BY THE LEGISLATURE OF THE STATE OF MISSISSIPPI:"
)
"""S.B. 2823, 2008 Reg. Sess. (Miss. 2008) (as passed the Senate), heading, title and enacting clause
(tests/corpus/ms-sb2823-2008-passed-senate.txt)."""

CASES = [
    ("nj-a5322", NJ_A5322, "vacatur-for-cause", "present"),
    (
        "a-process-to-expunge",
        "This bill would provide a process for a person to expunge all arrests and convictions for offenses "
        "committed more than ten years ago, if the person has committed no later offense.",
        "vacatur-for-cause",
        "absent",
    ),
    ("ny-440-10-k", NY_440_10_K, "vacatur-for-cause", "present"),
    (
        "a-rehabilitation-presumed",
        "In deciding the petition, the court shall presume that a person who has completed the sentence and "
        "committed no offense for five years has been rehabilitated.",
        "vacatur-for-cause",
        "absent",
    ),
    ("pa-9578", PA_9578, "vacatur-for-cause", "absent"),
    ("ks-hb2190", KS_HB2190, "court-jurisdiction", "contrary"),
    (
        "successive-fees",
        "The bill would clarify that a successive motion is docketed in the case of the first motion and is "
        "charged no new filing fee.",
        "court-jurisdiction",
        "absent",
    ),
    ("ri-12-22-13", RI_12_22_13, "record-access", "absent"),
    (
        "a-record-shown-only-by-order",
        "A sealed record shall not be examined by any person except upon order of the court that sealed it.",
        "record-access",
        "contrary",
    ),
    ("ms-sb2823", MS_SB2823, "federal-records", "contrary"),
    (
        "a-title-barring-the-sharing",
        "Senate Bill 9\n\nAN ACT TO PROHIBIT THE SHARING OF SEALED RECORDS WITH FEDERAL IMMIGRATION "
        "AUTHORITIES; AND FOR RELATED PURPOSES.\n\nBE IT ENACTED BY THE LEGISLATURE OF THE STATE OF "
        "MISSISSIPPI:",
        "federal-records",
        "absent",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
