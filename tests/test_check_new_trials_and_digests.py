"""`billkit check` on new trials, habeas writs and bill digests that grant vacatur for cause, each quoted from
the real text it came from (citation beside it), with neighbours written for these tests that must not read
so.

A new trial granted, ordered or moved for vacates the verdict it replaces, so it is a vacatur when a ground
of defect or innocence is named: the court "may grant a new trial" with newly discovered evidence open for
two years (N.M. R. Crim. P. 5-614); an appellate court that "must grant the defendant a new trial" on
reversible error that denied a fair trial (N.C. Gen. Stat. § 15A-1447(a)); "order a new trial" as an item of
what the court shall do when DNA results favour the petitioner (Md. Rule 4-711). A window of years for newly
discovered evidence names that ground; a window of days only closes it. A habeas writ that "may be
prosecuted" for false evidence introduced at trial is a route for cause (Cal. Penal Code § 1473). A digest
that "allows juvenile victims of human trafficking to petition to vacate" an adjudication grants one (N.H.
H.B. 189 (2019)).

The neighbours: a new trial in a civil action or on the interest of justice alone; a deadline of days; a
digest about vacating default judgments; a disclaimer that the act allows immigration agents access; a court
that gives the person the option of moving to seal (no record handed over; Frederick, Colo., Mun. Code §
2-163).
"""

from __future__ import annotations

import pytest

from support import file_statuses

NM_5_614 = (
    "A. Motion. When the defendant has been found guilty, the court on motion of the defendant, or on its "
    "own motion, may grant a new trial if required in the interest of justice.\n\nC. Time for making motion "
    "for new trial. A motion for new trial based on the ground of newly discovered evidence may be made "
    "only before final judgment, or within two (2) years thereafter, but if an appeal is pending the court "
    "may grant the motion only on remand of the case."
)
"""N.M. R. Crim. P. Dist. Ct. 5-614(A), (C) (tests/corpus/nm-r-crim-p-5-614.txt), cut."""

NC_15A_1447_A = (
    "(a) If the appellate court finds that there has been reversible error which denied the defendant a "
    "fair trial conducted in accordance with law, it must grant the defendant a new trial."
)
"""N.C. Gen. Stat. § 15A-1447(a) (tests/corpus/nc-gen-stat-15a-1447.txt)."""

FED_R_CRIM_P_33 = (
    "(a) Defendant's Motion. Upon the defendant's motion, the court may vacate any judgment and grant a new "
    "trial if the interest of justice so requires.\n(b) Time to File.\n(1) Newly Discovered Evidence. Any "
    "motion for a new trial grounded on newly discovered evidence must be filed within 3 years after the "
    "verdict or finding of guilty."
)
"""Fed. R. Crim. P. 33(a)-(b)(1) (tests/corpus/us-fed-r-crim-p-33.txt), cut."""

CA_PEN_1473 = (
    "(b) A writ of habeas corpus may be prosecuted for, but not limited to, the following reasons:\n"
    "(1) False evidence that is substantially material or probative on the issue of guilt or punishment was "
    "introduced against a person at a hearing or trial relating to his or her incarceration."
)
"""Cal. Penal Code § 1473(b)(1) (tests/corpus/ca-pen-1473.txt)."""

NH_HB_189_ANALYSIS = (
    "ANALYSIS\nThis bill exempts juvenile victims of human trafficking from prosecution for certain conduct "
    "chargeable as a criminal offense which was committed as a result of being trafficked. The bill also "
    "allows juvenile victims of human trafficking to petition to vacate a delinquency adjudication "
    "resulting from participating in conduct that was the direct result of being trafficked."
)
"""H.B. 189-FN, 2019 Sess. (N.H. 2019), analysis (tests/corpus/nh-hb189-2019-ch151-rsa-633-7-vi.txt)."""

FREDERICK_2_163_A = (
    "(a) Any time a case against a defendant is completely dismissed, when the defendant is acquitted of "
    "all counts in the case, the defendant completes a diversion agreement, or the defendant completes a "
    "deferred judgment and sentence and all counts are dismissed, the Court shall give the defendant "
    "eligible to have his criminal justice records sealed the option of immediately moving to have his "
    "criminal justice records sealed."
)
"""Frederick, Colo., Mun. Code § 2-163(a), first sentence (tests/corpus/frederick-co-code-2-163.txt)."""

AR_12_12_312 = (
    "(a)(1)(A)(i) The records, files, and information kept, obtained, or retained by the State Crime "
    "Laboratory under this subchapter are privileged and confidential.\n(ii) However, the laboratory shall "
    "grant access to records pertaining to a defendant's criminal case to the following persons:\n(a) The "
    "defendant;\n(b) The public defender or other attorney of record for the defendant; and\n(c) The "
    "prosecuting attorney or deputy prosecuting attorney having jurisdiction over the criminal case."
)
"""Ark. Code Ann. § 12-12-312(a)(1)(A)(i)-(ii) (2020) (tests/corpus/ar-code-12-12-312.txt): a list of who may
see records closed in the subsection before, whose label is chained."""

CASES = [
    ("ar-list-after-chained-label", "record-access", "present", AR_12_12_312),
    ("nm-new-trial-two-years", "vacatur-for-cause", "present", NM_5_614),
    ("nc-appellate-new-trial", "vacatur-for-cause", "present", NC_15A_1447_A),
    ("fed-rule-33-three-years", "vacatur-for-cause", "present", FED_R_CRIM_P_33),
    ("ca-habeas-false-evidence", "vacatur-for-cause", "present", CA_PEN_1473),
    ("nh-digest-petition-to-vacate", "vacatur-for-cause", "present", NH_HB_189_ANALYSIS),
    ("frederick-option-to-seal", "record-access", "absent", FREDERICK_2_163_A),
    # written for these tests
    (
        "civil-new-trial",
        "vacatur-for-cause",
        "absent",
        "In a civil action tried to a jury, the court may grant a new trial on motion of a party if the "
        "verdict is against the weight of the evidence or newly discovered evidence is found within one "
        "year.",
    ),
    (
        "interest-of-justice-only",
        "vacatur-for-cause",
        "absent",
        "When the defendant has been found guilty, the court may grant a new trial if required in the "
        "interest of justice. A motion for a new trial shall state the reasons on which it rests.",
    ),
    (
        "days-window-only",
        "vacatur-for-cause",
        "partial",
        "The court may grant a new trial if the defendant was denied a fair trial. A motion for a new trial "
        "shall be filed within fourteen days after the verdict or finding of guilty.",
    ),
    (
        "digest-default-judgments",
        "vacatur-for-cause",
        "absent",
        "This bill establishes procedures in the small claims court for vacating default judgments entered "
        "against tenants who were not served with notice.",
    ),
    (
        "ice-access-disclaimed",
        "federal-records",
        "absent",
        "Sec. 4. Nothing in this act shall be construed to allow United States Immigration and Customs "
        "Enforcement access to records sealed under this act without a judicial warrant.",
    ),
    (
        "ice-bar-and-disclaimer",
        "federal-records",
        "partial",
        "Sec. 4. (a) A law enforcement agency shall not provide any sealed or expunged record to federal "
        "immigration authorities.\n(b) Nothing in this section shall be construed to allow United States "
        "Immigration and Customs Enforcement access to a county jail or to any record described in "
        "subsection (a) without a judicial warrant.",
    ),
    (
        "ice-sharing-saved",
        "federal-records",
        "contrary",
        "Sec. 4. Nothing in this act shall be construed to prohibit a law enforcement agency from sending "
        "sealed records to United States Immigration and Customs Enforcement.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
