"""`billkit check` on what the fiftieth round's tuning files turned up, each quoted from the real text it came
from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A motion to vacate open when the person's part in the offense "was the result of the person having been a
victim of:" a list whose later item is "A severe form of trafficking in persons" rests on the trafficking
ground (Haw. H.B. 2235 (2012)); the same ground printed in [brackets] by a bill that amends the section "by
amending subsections (1) through (4) to read as follows" is struck, and the vacatur that is left rests on a
clean record (Haw. H.B. 1518 (2019)). A petition "required to allege ... that the person is actually in
custody" shuts out anyone whose sentence is served (La. H.B. 572 (2025), digest). A bill that "authorizes
the court to disclose" sealed court records "to the person who is the subject of the order" opens them to
the person (Tex. S.B. 107 (2013), committee analysis). A federal court's page on papers sealed while a
prosecution is pending, which lets the U.S. Attorney's Office have "a certified copy of a sealed
indictment", gives no cleared record to a federal body (D. Md., Sealed Criminal Document Procedures).
"""

from __future__ import annotations

import pytest

from support import file_statuses

HI_HB_2235 = (
    "SECTION 2. Chapter 712, Hawaii Revised Statutes, is amended by adding a new section to be "
    "appropriately "
    'designated and to read as follows:\n\n"§712-    Prostitution; motion to vacate judgment. (1) A person '
    "convicted of committing the offense of prostitution under section 712-1200 ... may file a motion to "
    "vacate the conviction if the defendant's participation in the offense was the result of the person "
    "having been a victim of:\n\n(a) Promoting prostitution in the first degree under section 712-1202 or "
    "promoting prostitution in the second degree under section 712-1203;\n\n(b) A severe form of "
    "trafficking in persons as defined in title 22 United States Code section 7102(13); or\n\n(c) A crime "
    "as set forth in title 18 United States Code section 2422, section 2423(a), or section 2425."
)
"""H.B. 2235, 26th Leg., Reg. Sess. (Haw. 2012) (as introduced), § 2, cut
(tests/corpus/hi-hb2235-26th-2012.txt)."""

HI_HB_1518 = (
    "SECTION 1. Section 712-1209.6, Hawaii Revised Statutes, is amended by amending subsections (1) through "
    "(4) "
    'to read as follows:\n\n"(1) A person convicted of committing the offense of prostitution under section '
    "712-1200 ... may file a motion to vacate the conviction if the [defendant's participation in the "
    "offense was the result of the person having been a victim of:\n\n(a) Sex trafficking under section "
    "712-1202 or promoting prostitution under section 712-1203; or\n\n(b) A severe form of trafficking in "
    "persons as defined in title 22 United States Code section 7102(9)(A).] defendant is not subsequently "
    "convicted of any offense under the penal code within twelve months after the date of conviction for "
    "the offense the defendant is attempting to vacate."
)
"""H.B. 1518, 30th Leg., Reg. Sess. (Haw. 2019) (as introduced), § 1, cut
(tests/corpus/hi-hb1518-30th-2019.txt)."""

LA_HB_572_DIGEST = (
    "Present law (C.Cr.P. Art. 926) provides relative to petitions for post conviction relief. Proposed law "
    "retains present law generally. Proposed law provides that one of the items a petition is required to "
    "allege is that the person is actually in custody ..."
)
"""La. House Legislative Services, Digest, H.B. 572, 2025 Reg. Sess. (La. 2025) (original), cut
(tests/corpus/la-hb572-2025-digest.txt)."""

TX_SB_107_ANALYSIS = (
    "S.B. 107 amends the Government Code to prohibit a court from disclosing to the public any information "
    "contained in the court records that is the subject of an order of nondisclosure issued for a person "
    "who was placed on deferred adjudication community supervision and subsequently received a discharge "
    "and dismissal. The bill authorizes the court to disclose information contained in the court records "
    "that is the subject of an order of nondisclosure only to criminal justice agencies for criminal "
    "justice or regulatory licensing purposes, to certain specified noncriminal justice agencies and "
    "entities, or to the person who is the subject of the order."
)
"""House Comm. on Criminal Jurisprudence, Bill Analysis, S.B. 107, 83d Leg., Reg. Sess. (Tex. 2013)
(tests/corpus/tx-sb107-83r-2013-house-analysis.txt)."""

D_MD_SEALED_DOCUMENTS = (
    "Even if you represent the party who filed the sealed document, you must have a court order to obtain a "
    "copy from the Clerk's Office. For example, if the U.S. Attorney's Office wants a certified copy of a "
    "sealed indictment, either the order sealing the indictment or a separate order must give the Clerk's "
    "Office permission to provide the U.S. Attorney's Office with a copy."
)
"""U.S. District Court for the District of Maryland, "Sealed Criminal Document Procedures" (court web page)
(tests/corpus/us-d-md-sealed-criminal-document-procedures-page.txt)."""

CASES = [
    ("hi-hb2235", HI_HB_2235, "vacatur-for-cause", "present"),
    ("hi-hb1518-ground-struck", HI_HB_1518, "vacatur-for-cause", "absent"),
    (
        "victim-of-a-list-without-trafficking",
        "A person convicted of loitering may file a motion to vacate the conviction if the person's "
        "participation in the offense was the result of the person having been a victim of:\n\n(a) Domestic "
        "abuse; or\n\n(b) Theft of the person's identity.",
        "vacatur-for-cause",
        "absent",
    ),
    ("la-hb572-digest", LA_HB_572_DIGEST, "court-jurisdiction", "contrary"),
    (
        "custody-need-not-be-alleged",
        "A petition for post-conviction relief need not allege that the petitioner is in custody, and a "
        "person whose sentence has been served may file one at any time.",
        "court-jurisdiction",
        "absent",
    ),
    ("tx-sb107-analysis", TX_SB_107_ANALYSIS, "record-access", "present"),
    (
        "digest-authorizes-disclosure-to-agencies",
        "The bill authorizes the department to disclose sealed criminal history record information to "
        "criminal justice agencies for criminal justice purposes.",
        "record-access",
        "absent",
    ),
    (
        "employer-requires-applicant-to-disclose",
        "Any employer that requires an applicant to disclose information concerning a sealed record shall be "
        "liable to the applicant for actual damages.",
        "record-access",
        "absent",
    ),
    (
        "no-person-without-a-court-order",
        "No person may inspect a sealed record without a court order.",
        "record-access",
        "contrary",
    ),
    (
        "without-a-court-order-no-person",
        "Without a court order, no person may inspect the sealed file.",
        "record-access",
        "contrary",
    ),
    (
        "without-a-court-order-none-but-the-subject",
        "Without a court order, no person other than the subject of the record may inspect the sealed file.",
        "record-access",
        "present",
    ),
    ("d-md-sealed-indictment", D_MD_SEALED_DOCUMENTS, "federal-records", "absent"),
    (
        "expunged-case-papers-to-the-united-states-attorney",
        "After an expungement order, the clerk may provide the sealed indictment and the record of "
        "conviction to the United States Attorney.",
        "federal-records",
        "contrary",
    ),
]


@pytest.mark.parametrize(("name", "text", "practice", "status"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_its_label(tmp_path, name, text, practice, status):
    assert file_statuses(tmp_path, name, text)[practice] == status
