"""`billkit check` on what the forty-ninth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it
did.

A savings clause that keeps open "cooperative efforts with federal law enforcement authorities, including
... immigration and customs enforcement, when such efforts are directed at suspected criminal activity"
names no records, and keeps no sharing of them open (Bellingham, Wash., Mun. Code § 2.25.060(A)); "state or
federal licensing and regulatory agencies" named among those criminal history records may go to are federal
recipients (Ga. Code Ann. § 35-3-35(a)(1), (d)). A bill whose title is "prohibiting second and successive
motions" bars a later challenge (Kan. S.B. 60 (2025)); habeas corpus that "is not permissible to question
the correctness of the action of ... a court or judge when acting within their jurisdiction" is closed to a
challenge to the conviction (Wyo. Stat. Ann. § 1-27-125); a person "entitled to have the person's conviction
vacated" for an offense committed while being trafficked is given a vacatur (Ind. H.B. 1218 (2017), digest).
A report that "must not be disclosed to the public without a court order" bars the public, not the person
(Minn. R. Crim. P. 27.03, subd. 1(B)(5)); a bar on "any person" or on "the public or ... the person" still
bars the person.
"""

from __future__ import annotations

import pytest

from support import file_statuses

BELLINGHAM_2_25_060 = (
    "Nothing in this chapter shall be construed to preclude any city police officer or other employee "
    "from:\n\nA. Participating in cross-designation, task force, deconfliction, or other cooperative "
    "efforts with federal law enforcement authorities, including, but not limited to, customs and border "
    "protection and immigration and customs enforcement, when such efforts are directed at suspected "
    "criminal activity;\n\nB. Performing duties in relation to the consolidated 911 operations center "
    "(What-Comm) which includes the transfer of 911 calls to the Customs and Border Dispatch Center, when "
    "such calls are received from the communities of Blaine, Lynden, and Sumas;"
)
"""Bellingham, Wash., Municipal Code § 2.25.060(A)-(B) (tests/corpus/bellingham-wa-code-2-25-060.txt)."""

GA_35_3_35 = (
    "(d) Local criminal justice agencies may disseminate criminal history records to public agencies, "
    "political subdivisions, authorities, and instrumentalities, including state or federal licensing and "
    "regulatory agencies under the same conditions as set forth in paragraph (1) of subsection (a) of this "
    "Code section and may charge fees as necessary to reimburse such agencies for their direct and indirect "
    "costs associated with providing such disseminations."
)
"""Ga. Code Ann. § 35-3-35(d) (tests/corpus/ga-code-35-3-35.txt)."""

KS_SB_60 = (
    "AN ACT concerning civil procedure; relating to habeas corpus; prohibiting second and successive "
    "motions in certain circumstances; prohibiting claims of ineffective counsel; amending K.S.A. 2024 "
    "Supp. 60-1507 and repealing the existing section.\n\nSection 1. (a) A prisoner in custody under "
    "sentence of a court of general jurisdiction claiming the right to be released upon the ground that the "
    "sentence was imposed in violation of the constitution or laws of the United States ... may ... move "
    "the court which imposed the sentence to vacate, set aside or correct the sentence."
)
"""S.B. 60, 2025-2026 Leg., Reg. Sess. (Kan. 2025), title and § 1(a), cut
(tests/corpus/ks-sb60-2025-introduced.txt)."""

WY_1_27_125 = (
    "§ 1-27-125. Certain proceedings not reviewable.\nHabeas corpus is not permissible to question the "
    "correctness of the action of a grand jury in finding a bill of indictment, or a petit jury in the "
    "trial of a cause nor of a court or judge when acting within their jurisdiction and in a lawful manner."
)
"""Wyo. Stat. Ann. § 1-27-125 (tests/corpus/wy-stat-1-27-125-127.txt)."""

IN_HB_1218 = (
    "Provides that a person who was: (1) the victim of human trafficking; and (2) convicted of a nonviolent "
    "offense committed while the person was being trafficked; is entitled to have the person's conviction "
    "vacated if certain conditions are met."
)
"""H.B. 1218, 120th Gen. Assemb., 1st Reg. Sess. (Ind. 2017), digest
(tests/corpus/in-hb1218-2017-digest.txt)."""

MN_R_CRIM_P_27_03 = (
    "(5) The court, or the probation officer at the court's direction, must forward the guidelines "
    "worksheet and the presentence investigation report to the parties. Confidential sources of information "
    "must not be included in the presentence investigation report unless the court otherwise directs. The "
    "presentence investigation report must not be disclosed to the public without a court order."
)
"""Minn. R. Crim. P. 27.03, subd. 1(B)(5) (tests/corpus/mn-r-crim-p-27-03-1.txt)."""

CASES = [
    ("bellingham-task-forces", BELLINGHAM_2_25_060, "federal-records", "absent"),
    (
        "saving-task-force-records",
        "Nothing in this chapter prohibits any officer from sharing criminal history records with U.S. "
        "Immigration and Customs Enforcement as part of a task force directed at suspected criminal "
        "activity.",
        "federal-records",
        "contrary",
    ),
    ("ga-35-3-35-d", GA_35_3_35, "federal-records", "contrary"),
    (
        "federal-licensing-as-source",
        "The department may obtain criminal history records from federal licensing and regulatory agencies "
        "to complete its files.",
        "federal-records",
        "absent",
    ),
    ("ks-sb60", KS_SB_60, "court-jurisdiction", "contrary"),
    (
        "successive-sealing-petitions",
        "AN ACT relating to sealing; prohibiting second and successive petitions to seal the same record "
        "within one year. Section 1. A person may petition the court to seal the record of a conviction "
        "after five years.",
        "court-jurisdiction",
        "absent",
    ),
    ("wy-1-27-125", WY_1_27_125, "court-jurisdiction", "contrary"),
    ("in-hb1218", IN_HB_1218, "vacatur-for-cause", "present"),
    ("mn-report-not-to-the-public", MN_R_CRIM_P_27_03, "record-access", "absent"),
    (
        "not-to-the-public-or-the-person",
        "Sealed records shall not be open to the public or to the person except upon court order.",
        "record-access",
        "contrary",
    ),
    (
        "any-person-including-the-public",
        "Sealed records shall not be disclosed to any person, including the public, except by order of the "
        "court.",
        "record-access",
        "contrary",
    ),
    (
        "entitled-to-have-record-sealed",
        "A person who has completed probation is entitled to have the person's record of conviction sealed.",
        "vacatur-for-cause",
        "absent",
    ),
]


@pytest.mark.parametrize(("name", "text", "practice", "status"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_its_label(tmp_path, name, text, practice, status):
    assert file_statuses(tmp_path, name, text)[practice] == status
