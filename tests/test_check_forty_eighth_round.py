"""`billkit check` on what the forty-eighth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), and on shapes of the same ideas written for these tests, each with a
neighbour that must still read as it did.

A trafficking victim who "may petition for vacation and expungement of an offense" is given a vacatur, named
by its noun (Ill. H.B. 2418 (2023)). A bill that lets "a writ of habeas corpus ... be prosecuted on the
basis of" a ban on seeking convictions on the basis of race gives relief for a legal defect (Cal. A.B. 2542
(2020)). A state's "cooperative exchange of criminal history records ... with the federal government for the
use in noncriminal justice background checks" keeps cleared records open to federal uses that include
immigration (Haw. Rev. Stat. § 846-17(b)); a duty to make a 287(g) agreement "for the enforcement of federal
immigration and customs laws, detentions, removals and investigations" names functions, not records (Wyo.
H.B. 276 (2025)).

Written for these tests: records open "only by the child, the child's parents and their attorneys", with
"any other person" sent to the court, are open to the person, and the bar on others is not read as one on
the person; where the person's lawyer may see the records and the person only by court order, the access is
partial, not contrary; a petition to the court to vacate a conviction is no gate on the person's records, a
petition to inspect them is; a late challenge "that is not filed within one year ... shall be dismissed", a
court that "retains no authority to entertain" a late motion, a time "the court may not extend", time limits
"of this section" that "are jurisdictional", and relief "not available to a person who has completed the
sentence" work against the court's power over a conviction.
"""

from __future__ import annotations

import pytest

from support import file_statuses

IL_HB_2418 = (
    "Amends the Criminal Identification Act. Provides that a trafficking victim may petition for vacation "
    "and expungement of an offense (rather than shall be eligible to petition for immediate sealing) upon "
    "the completion of his or her last sentence if his or her participation in the underlying offense was "
    "proximately caused by the human trafficking (rather than a direct result of human trafficking)."
)
"""H.B. 2418, 103d Gen. Assemb. (Ill. 2023), synopsis as introduced
(tests/corpus/il-hb2418-103rd-2023-introduced.txt)."""

CA_AB_2542 = (
    "This bill would prohibit the state from seeking a criminal conviction or sentence on the basis of "
    "race, ethnicity, or national origin, as specified. The bill would allow a writ of habeas corpus to be "
    "prosecuted on the basis of that prohibition, and would require the defendant to appear at the "
    "evidentiary hearing by video unless their presence in court is needed."
)
"""Assemb. B. 2542, 2019-2020 Reg. Sess. (Cal. 2020), Legislative Counsel's digest
(tests/corpus/ca-ab2542-2020-chaptered-digest.txt)."""

HI_846_17 = (
    "(b) The administrator of the Hawaii criminal justice data center, or the administrator's designee, is "
    "the State's compact officer and shall administer the compact within the State. The administrator may "
    "adopt rules and establish procedures for the cooperative exchange of criminal history records between "
    "this State and other state governments and with the federal government for the use in noncriminal "
    "justice background checks."
)
"""Haw. Rev. Stat. § 846-17(b) (tests/corpus/hi-rev-stat-846-17.txt)."""

WY_HB_276 = (
    "(a) Each county sheriff, in consultation with the board of county commissioners, shall negotiate the "
    "terms of and enter into a written agreement between the county and the United States attorney general "
    "or department of justice, as provided by 8 U.S.C. § 1357(g), for the enforcement of federal "
    "immigration and customs laws, detentions, removals and investigations in Wyoming."
)
"""H.B. 276, 68th Leg., Gen. Sess. (Wyo. 2025), § 1 (W.S. 18-3-612(a)) (tests/corpus/wy-hb0276-2025.txt)."""

POST_CONVICTION = (
    "(a) A person convicted of a crime may file a petition for post-conviction relief to vacate the "
    "judgment on the ground that it was obtained in violation of law. (b) "
)
"""An opening written for these tests, put before each court-jurisdiction case: it makes the case part of a
law on challenges to a conviction."""

CASES = [
    ("il-hb2418", IL_HB_2418, "vacatur-for-cause", "present"),
    (
        "vacation-for-rehabilitation",
        "A person who has completed probation may petition for vacation and expungement of an offense after "
        "five years without a new conviction.",
        "vacatur-for-cause",
        "absent",
    ),
    ("ca-ab2542", CA_AB_2542, "vacatur-for-cause", "present"),
    (
        "existing-law-habeas",
        "Existing law allows a person who is unlawfully imprisoned to prosecute a writ of habeas corpus. "
        "This bill would change the fee for certified copies of court records.",
        "vacatur-for-cause",
        "absent",
    ),
    ("hi-846-17", HI_846_17, "federal-records", "contrary"),
    (
        "exchange-excluding-sealed",
        "The administrator may establish procedures for the exchange of criminal history records with the "
        "federal government for noncriminal justice purposes, excluding sealed and expunged records.",
        "federal-records",
        "absent",
    ),
    ("wy-hb276", WY_HB_276, "federal-records", "absent"),
    (
        "agreement-detention-records",
        "The sheriff shall enter into an agreement under 8 U.S.C. § 1357(g) and shall give the federal "
        "officers the detention records of each person booked into the jail.",
        "federal-records",
        "contrary",
    ),
    (
        "open-only-to-the-child",
        "Records of the juvenile court shall be open to inspection only by the child, the child's parents "
        "and their attorneys. Any other person may inspect the records only upon order of the court.",
        "record-access",
        "present",
    ),
    (
        "open-only-to-the-parents",
        "Records of the juvenile court shall be open to inspection only by the child's parents and their "
        "attorneys. Any other person may inspect the records only upon order of the court.",
        "record-access",
        "contrary",
    ),
    (
        "others-by-court-order-alone",
        "The records shall be available only to parties to the proceeding and authorized agencies. Any "
        "other person may have access to the records only upon permission by the court.",
        "record-access",
        "absent",
    ),
    (
        "lawyer-sees-person-by-court-order",
        "Sealed records may be inspected by the defendant's attorney of record. The defendant may obtain a "
        "copy of the sealed records only by order of the court.",
        "record-access",
        "partial",
    ),
    (
        "subject-by-court-order",
        "Sealed records may be inspected by the person who is the subject of the records only upon order of "
        "the court.",
        "record-access",
        "contrary",
    ),
    (
        "petition-to-vacate-is-no-gate",
        "A person whose conviction has been sealed may petition the court to vacate the conviction if it was "
        "obtained in violation of the constitution.",
        "record-access",
        "absent",
    ),
    (
        "petition-to-inspect-is-a-gate",
        "A person whose record has been sealed may petition the court to inspect the sealed record.",
        "record-access",
        "contrary",
    ),
    (
        "late-motion-dismissed",
        "Any motion to vacate a judgment of conviction that is not filed within one year after "
        "the judgment becomes final shall be dismissed.",
        "court-jurisdiction",
        "contrary",
    ),
    (
        "bare-deadline",
        "A motion to vacate a judgment of conviction shall be filed within one year after the "
        "judgment becomes final.",
        "court-jurisdiction",
        "absent",
    ),
    (
        "retains-no-authority",
        "The trial court retains no authority to entertain a motion for a new trial after the "
        "time for filing a notice of appeal has expired.",
        "court-jurisdiction",
        "contrary",
    ),
    (
        "may-not-extend-that-time",
        "A motion for a new trial based on newly discovered evidence must be made within two "
        "years after the verdict, and the court may not extend that time.",
        "court-jurisdiction",
        "contrary",
    ),
    (
        "may-extend-that-time",
        "A motion for a new trial based on newly discovered evidence must be made within two "
        "years after the verdict, and the court may extend that time for good cause.",
        "court-jurisdiction",
        "absent",
    ),
    (
        "limits-of-this-section-jurisdictional",
        "The time limits of this section are jurisdictional and may not be waived or extended by the court.",
        "court-jurisdiction",
        "contrary",
    ),
    (
        "limits-not-jurisdictional",
        "The time limits of this section are not jurisdictional, and the court may excuse a late "
        "filing for good cause.",
        "court-jurisdiction",
        "absent",
    ),
    (
        "completed-sentence",
        "Relief under this section is not available to a person who has completed the sentence imposed.",
        "court-jurisdiction",
        "contrary",
    ),
]


@pytest.mark.parametrize(("name", "text", "practice", "status"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_its_label(tmp_path, name, text, practice, status):
    if practice == "court-jurisdiction":
        text = POST_CONVICTION + text
    assert file_statuses(tmp_path, name, text)[practice] == status
