"""`billkit check` on wording from states' main record-clearance and post-conviction statutes (issue 14,
seventeenth round).

Each case quotes a real statute or rule as it stands in ``tests/corpus/`` (citation and source in the file's
header), with a variation beside it that shows the reading turns on the words it should.
"""

from __future__ import annotations

from support import passage_finding, passage_status

# Plea withdrawal "to correct manifest injustice".

KS_22_3210_D_2 = (
    "(2) To correct manifest injustice the court after sentence may set aside the judgment of conviction and "
    "permit the defendant to withdraw the plea."
)  # Kan. Stat. Ann. § 22-3210(d)(2)


def test_relief_whose_only_ground_is_manifest_injustice_is_partial_and_says_why():
    finding = passage_finding("vacatur-for-cause", KS_22_3210_D_2)
    assert finding.status == "partial"
    assert "manifest injustice" in finding.missing
    # the same relief for a named legal defect is vacatur for cause
    defect = KS_22_3210_D_2.replace(
        "To correct manifest injustice",
        "Where the plea was entered without the effective assistance of counsel,",
    )
    assert passage_status("vacatur-for-cause", defect) == "present"


def test_manifest_injustice_defined_by_legal_defects_is_vacatur_for_cause():
    defined = (
        "A manifest injustice exists where the defendant was denied the effective assistance of counsel, or "
        "the plea was not entered knowingly, intelligently and voluntarily."
    )
    assert passage_status("vacatur-for-cause", KS_22_3210_D_2, defined) == "present"


# Post-conviction relief on a constitutional ground, and the petition's deadline.

TN_40_30_102 = (
    "§ 40-30-102. Except as provided in subsections (b) and (c), a person in custody under a sentence "
    "of a court of this state must petition for post-conviction relief under this part within one (1) "
    "year of the date of the final action of the highest state appellate court to which an appeal is "
    "taken"
)  # Tenn. Code Ann. § 40-30-102(a), opening words
TN_40_30_103 = (
    "§ 40-30-103. Relief under this part shall be granted when the conviction or sentence is void or "
    "voidable because of the abridgment of any right guaranteed by the Constitution of Tennessee or "
    "the Constitution of the United States."
)  # Tenn. Code Ann. § 40-30-103


def test_relief_for_the_abridgment_of_a_constitutional_right_is_vacatur_for_cause():
    finding = passage_finding("vacatur-for-cause", TN_40_30_102, TN_40_30_103)
    assert finding.status == "present"
    # the deadline is not quoted as a grant of relief
    assert [e.quote for e in finding.evidence] == [TN_40_30_103.removeprefix("§ 40-30-103. ")]


def test_a_filing_deadline_alone_grants_no_vacatur():
    assert passage_status("vacatur-for-cause", TN_40_30_102) == "absent"


# Who confirms that relief was granted.

OK_18_A_7 = (
    "A. Persons authorized to file a motion for expungement, as provided herein, must be within one of "
    "the following categories: 7. The person was charged with one or more misdemeanor or felony "
    "crimes, all charges have been dismissed, the person has never been convicted of a felony, no "
    "misdemeanor or felony charges are pending against the person and the statute of limitations for "
    "refiling the charge or charges has expired or the prosecuting agency confirms that the charge or "
    "charges will not be refiled;"
)  # Okla. Stat. tit. 22, § 18(A)(7)


def test_an_agency_confirming_a_fact_is_not_the_person_confirming_relief():
    assert passage_status("record-access", OK_18_A_7) == "absent"
    own = "The person may confirm in writing whether the record has been expunged."
    assert passage_status("record-access", own) == "partial"


# A repository's list of who may receive criminal history at all.

UT_53_10_108_1 = (
    "(1) Dissemination of information from a criminal history record or warrant of arrest information from "
    "division files is limited to:\n"
    "(a) criminal justice agencies for purposes of administration of criminal justice and for employment "
    "screening by criminal justice agencies;\n"
    "(b) noncriminal justice agencies or individuals for any purpose authorized by statute, executive order, "
    "court rule, court order, or local ordinance;\n"
    "(e) agencies or individuals for the purpose of a preplacement adoptive study, in accordance with the "
    "requirements of Sections 78B-6-128 and 78B-6-130;"
)  # Utah Code § 53-10-108(1)(a), (b), (e) (c. 2010)


def test_a_list_of_who_may_get_criminal_history_says_nothing_of_cleared_records_by_leaving_the_person_out():
    assert passage_status("record-access", UT_53_10_108_1) == "absent"
    # the same list over expunged records shuts the person out
    expunged = UT_53_10_108_1.replace(
        "Dissemination of information from a criminal history record",
        "Dissemination of information from an expunged criminal history record",
    )
    assert passage_status("record-access", expunged) == "contrary"


# An application that must challenge the legal validity of a conviction.

TX_11_072_2_B = (
    "(b) At the time the application is filed, the applicant must be, or have been, on community "
    "supervision, and the application must challenge the legal validity of:\n(1) the conviction for "
    "which or order in which community supervision was imposed; or\n(2) the conditions of community "
    "supervision."
)  # Tex. Code Crim. Proc. Ann. art. 11.072, § 2(b)
IA_822_3 = (
    "An allegation of ineffective assistance of counsel in a prior case under this chapter shall not "
    "toll or extend the limitation periods in this section nor shall such claim relate back to a prior "
    "filing to avoid the application of the limitation periods."
)  # Iowa Code § 822.3


def test_an_application_that_must_challenge_a_conviction_s_legal_validity_is_vacatur_for_cause():
    assert passage_status("vacatur-for-cause", TX_11_072_2_B) == "present"


def test_the_application_of_a_limitation_period_is_no_application_for_relief():
    assert passage_status("vacatur-for-cause", IA_822_3) == "absent"


WA_10_73_090_1 = (
    "(1) No petition or motion for collateral attack on a judgment and sentence in a criminal case may be "
    "filed more than one year after the judgment becomes final if the judgment and sentence is valid on its "
    "face and was rendered by a court of competent jurisdiction."
)  # Wash. Rev. Code § 10.73.090(1)


def test_a_deadline_for_filing_a_collateral_attack_does_not_end_jurisdiction():
    assert passage_status("court-jurisdiction", WA_10_73_090_1) == "absent"
    after_sealing = "(1) Once a record is sealed, no petition or motion for collateral attack may be filed."
    assert passage_status("court-jurisdiction", after_sealing) == "contrary"


MO_547_360_12 = "12. The circuit court shall not entertain successive motions."
# Mo. Rev. Stat. § 547.360(12)
VA_8_01_654_B_2 = (
    "No writ shall be granted on the basis of any allegation the facts of which petitioner had knowledge "
    "at the time of filing any previous petition."
)  # Va. Code Ann. § 8.01-654(B)(2)


def test_a_bar_on_successive_motions_works_against_a_later_challenge():
    assert passage_status("court-jurisdiction", MO_547_360_12) == "contrary"
    assert passage_status("court-jurisdiction", VA_8_01_654_B_2) == "contrary"
    allowed = MO_547_360_12.replace("shall not", "shall")
    assert passage_status("court-jurisdiction", allowed) == "absent"


UT_77_13_6_2 = (
    "(2) (a) A defendant may withdraw a plea of guilty or no contest only upon: (i) leave of the court; "
    "and (ii) a showing that the plea of guilty or no contest was not knowingly and voluntarily made.",
    "(b) (i) A defendant shall request to withdraw a plea of guilty or no contest, except for a plea held in "
    "abeyance, by filing a motion before any sentence is announced.",
)  # Utah S.B. 252, 2020 Gen. Sess., § 1 (amending Utah Code Ann. § 77-13-6(2)), new text, brackets left out


def test_a_plea_withdrawn_for_a_defect_only_by_a_motion_before_sentence_is_partial():
    finding = passage_finding("vacatur-for-cause", *UT_77_13_6_2)
    assert finding.status == "partial"
    assert "only before sentence" in finding.missing
    # with no deadline beside it, the withdrawal for an unknowing plea is relief for a legal defect
    assert passage_status("vacatur-for-cause", UT_77_13_6_2[0]) == "present"
