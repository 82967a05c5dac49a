"""`billkit check` on what the forty-sixth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it
did.

A time to appeal a conviction that no court may extend works against a court's power over the conviction
(Navajo Nation R. App. P. 2(c)); an appellate court whose hold on one appeal ends when its judgment is
sent back down does not (N.D. Cent. Code § 29-28-33). Standing access for immigration agents to a jail's
records works against keeping records from them (the Salt Lake County Jail's ICE page). A title that lets
trafficking victims ask the court to vacate a conviction for crimes "directly resulting from human
trafficking" grants vacatur for cause (W. Va. H.B. 2161 (2015)). Information on the relief that the court
must give the person when the case ends, or a notice of the relief's process handed out at sentence, is
notice of the right, not education about its limits (N.C. Gen. Stat. § 7B-2512; Conn. Gen. Stat. §
54-130f)."""

from __future__ import annotations

import pytest

from support import file_statuses

NAVAJO_2 = (
    "b) The Clerk shall not accept any appeal for filing and no appeal shall be considered filed until the "
    "fee has been paid and a copy of the final judgment has been attached. No filing fee shall be required "
    "for an appeal from a criminal conviction or from a judgment of the Juvenile Court which would have "
    "constituted a criminal conviction in the case of an adult.\nc) The Notice of Appeal, the brief, the "
    "fee and the copy of the final judgment shall be filed with the Clerk within thirty calendar days of "
    "the date of the final judgment or order being appealed was entered in the record by the District "
    "Court. No extension of time within which to file the appeal shall be granted, ..."
)
"""Navajo Nation R. App. P. 2(b)-(c) (tests/corpus/navajo-nation-r-app-p-1-2.txt)."""

ND_29_28_33 = (
    "29-28-33. After the certificate of the judgment has been remitted to the court below, the appellate "
    "court has no further jurisdiction of the appeal or of the proceedings therein, and all orders "
    "necessary to carry the judgment into effect must be made by the district court to which the "
    "certificate is remitted."
)
"""N.D. Cent. Code § 29-28-33 (tests/corpus/nd-cent-code-29-28-06-31-33.txt)."""

SALT_LAKE_JAIL = (
    "The Salt Lake County Jail interacts with Immigration and Customs Enforcement (ICE) by:\n"
    "1. providing access to inmate information regarding citizenship status and country of origin;\n"
    "2. accepting properly documented ICE detainer requests; and\n"
    "3. releasing individuals subject to ICE detainer to federal custody once criminal charges are resolved."
)
"""Salt Lake County Jail, "Policy and Practice Regarding Immigration and Customs Enforcement (ICE)"
(tests/corpus/salt-lake-county-ut-jail-ice-policy.txt)."""

WV_HB_2161_TITLE = (
    "AN ACT to amend the Code of West Virginia, 1931, as amended, ... all relating to adopting the Uniform "
    "Act on Prevention of and Remedies for Human Trafficking; ... and allowing victims to petition the "
    "circuit court to vacate and expunge a conviction for certain crimes directly resulting from human "
    "trafficking."
)
"""W. Va. H.B. 2161 (2015), enrolled title, cut (tests/corpus/wv-hb2161-2015-enrolled-title.txt)."""

NC_7B_2512 = (
    "The court shall include information at the time of issuing the dispositional order, either orally in "
    "court or in writing, on the expunction of juvenile records as provided for in G.S. 7B-3200 that are "
    "applicable to the dispositional order."
)
"""N.C. Gen. Stat. § 7B-2512, last paragraph (tests/corpus/nc-gen-stat-7b-2512.txt)."""

CT_54_130F = (
    "Not later than January 1, 2016, the Board of Pardons and Paroles shall develop a pardon eligibility "
    "notice containing written explanatory text of the pardons process set forth in this chapter. The "
    "board, in conjunction with the Judicial Department and Department of Correction, shall ensure that "
    "such notice is provided to a person at the time such person (1) is sentenced, (2) is released by the "
    "Department of Correction, including any pretrial release pursuant to section 18-100f, (3) has "
    "completed or been discharged from a period of parole, and (4) has completed a period of probation or "
    "conditional discharge pursuant to section 53a-29 or 53a-33."
)
"""Conn. Gen. Stat. § 54-130f (tests/corpus/ct-gen-stat-54-130f.txt)."""

CASES = [
    ("navajo-no-extension", "court-jurisdiction", "contrary", NAVAJO_2),
    # (written for these tests) a civil appeal; a bar on access is the sharing half of the practice
    (
        "civil-no-extension",
        "court-jurisdiction",
        "absent",
        "In a civil action, no extension of time within which to file the appeal shall be granted. This "
        "section does not apply to a criminal conviction.",
    ),
    ("nd-remittitur", "court-jurisdiction", "absent", ND_29_28_33),
    ("salt-lake-jail-access", "federal-records", "contrary", SALT_LAKE_JAIL),
    (
        "access-refused",
        "federal-records",
        "partial",
        "No county jail shall give Immigration and Customs Enforcement access to inmate records except "
        "under a judicial warrant.",
    ),
    ("wv-trafficking-title", "vacatur-for-cause", "present", WV_HB_2161_TITLE),
    (
        "trafficking-named-only",
        "vacatur-for-cause",
        "absent",
        "The department shall report each year the number of convictions vacated for crimes directly "
        "resulting from human trafficking.",
    ),
    ("nc-information-on-expunction", "public-education", "partial", NC_7B_2512),
    ("ct-pardon-notice", "public-education", "partial", CT_54_130F),
    (
        "victim-notice",
        "public-education",
        "absent",
        "The prosecuting attorney shall include information at the time of the hearing on the victim's "
        "rights to restitution.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
