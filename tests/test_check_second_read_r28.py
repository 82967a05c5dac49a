"""A second reader's probes of the twenty-eighth round's rules (an engineer and immigration lawyer, blind to
the author's notes; written for these tests, no source), with the statuses a careful lawyer may give each: a
later challenge barred by time, by an earlier application or by grounds left out, and the savings that protect
it ("shall not be considered a successive petition, even if ..."; "may not be the basis for dismissing a later
petition"; "does not mean that no postconviction relief is available"); records closed in one sentence to all
but those named, and exceptions of when or on whose word; a defect that only clears the record, and a vacatur
whose verb is annul, dismiss or declare invalid; a writ of actual innocence the person "may not file"; notices
of what relief does; Illinois's decimal item labels. Probes still read otherwise are left out and named in the
session's note: CL17, RO3, V9, TB21.
"""

from __future__ import annotations

import pytest

from support import file_statuses, passage_status

# (probe id, practice, statuses a lawyer may give, text)
SENTENCES = [
    (
        "TB1",
        "court-jurisdiction",
        ("contrary",),
        "No further collateral relief is available to a defendant once two years have passed from"
        " the date the judgment became final.",
    ),
    (
        "TB3",
        "court-jurisdiction",
        ("contrary",),
        "Any petition for postconviction relief filed thereafter shall be deemed waived and "
        "dismissed unless the petitioner shows that its facts could not have been discovered "
        "earlier.",
    ),
    (
        "TB4",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "A motion to vacate under this section that is filed after that date shall not be "
        "dismissed as untimely if its ground is that the defendant was never advised of the "
        "immigration consequences of the plea.",
    ),
    (
        "TB5",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "Petitions for sealing filed late shall be denied. Nothing in this chapter limits any "
        "postconviction remedy available to the person.",
    ),
    (
        "TB6",
        "court-jurisdiction",
        ("absent",),
        "Compensation claims filed late shall be dismissed. A person whose conviction was vacated"
        " in a postconviction proceeding may apply to the board.",
    ),
    (
        "TB6b",
        "court-jurisdiction",
        ("absent",),
        "Any claim for compensation filed after the two-year deadline shall be dismissed by the "
        "board. Only a person whose conviction was vacated in a postconviction proceeding may "
        "bring such a claim.",
    ),
    (
        "TB7",
        "court-jurisdiction",
        ("contrary",),
        "A petition under this section may not be filed if a prior petition for post-conviction "
        "relief has been filed by the person.",
    ),
    (
        "TB8",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "A motion under this section shall not be considered a successive petition, even if a "
        "prior petition for post-conviction relief has been filed.",
    ),
    (
        "TB8b",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "A motion to vacate based on a failure to advise of immigration consequences may not be "
        "considered barred if an earlier motion has already been filed, whatever the grounds of "
        "that earlier motion.",
    ),
    (
        "TB9",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "A motion to vacate may not be denied because a previous motion has been filed.",
    ),
    (
        "TB10",
        "court-jurisdiction",
        ("absent",),
        "A claim may not be brought under this chapter if the same grounds were raised and "
        "decided in a prior petition.",
    ),
    (
        "TB10b",
        "court-jurisdiction",
        ("contrary",),
        "No claim may be brought under this section, and a motion shall not be entertained, if a "
        "previous application for relief from the judgment has been filed in any court.",
    ),
    (
        "TB11",
        "court-jurisdiction",
        ("contrary",),
        "Any ground not raised in the original petition may not be the basis for a later "
        "petition, unless the court finds good cause why it was not raised.",
    ),
    (
        "TB12",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "A claim that was not raised in an earlier petition may not be the basis for dismissing a"
        " later petition filed under this section.",
    ),
    (
        "TB13",
        "court-jurisdiction",
        ("contrary",),
        "Grounds not presented in the first application for post-conviction relief shall not be "
        "raised in any subsequent proceeding.",
    ),
    (
        "TB14",
        "court-jurisdiction",
        ("absent",),
        "Objections to sealing not raised by the prosecutor at the hearing may not be raised in "
        "any later proceeding on the petition.",
    ),
    (
        "TB14b",
        "court-jurisdiction",
        ("absent",),
        "An issue the State did not raise in opposing the motion may not be the basis of a "
        "subsequent motion by the State to reinstate the conviction.",
    ),
    (
        "TB17",
        "court-jurisdiction",
        ("contrary",),
        "Post-conviction relief is available only if the petitioner is in custody under the "
        "sentence being challenged.",
    ),
    (
        "CL1",
        "record-access",
        ("contrary",),
        "Sealed records are confidential and shall not be disclosed except to criminal justice "
        "agencies and the prosecuting attorney.",
    ),
    (
        "CL2",
        "record-access",
        ("present", "partial"),
        "Sealed records shall not be disclosed to any person other than the petitioner or the "
        "petitioner's attorney.",
    ),
    (
        "CL2b",
        "record-access",
        ("present", "partial"),
        "Sealed records shall not be disclosed to any person except the petitioner.",
    ),
    (
        "CL3",
        "record-access",
        ("present", "partial"),
        "A sealed record shall not be released except at the written request of the person whose "
        "record it is.",
    ),
    (
        "CL4",
        "record-access",
        ("present", "partial"),
        "An expunged record shall not be opened except with the consent of the defendant.",
    ),
    (
        "CL5",
        "record-access",
        ("absent",),
        "Information about a person's immigration or citizenship status obtained by the court is "
        "confidential and shall not be disclosed except to the extent required by federal law.",
    ),
    (
        "CL6",
        "record-access",
        ("present", "partial"),
        "The juvenile's sealed file is closed to all persons other than the juvenile, the "
        "juvenile's parents and counsel.",
    ),
    (
        "CL7",
        "record-access",
        ("contrary",),
        "The sealed file may be inspected by the prosecuting attorney, but by no one else.",
    ),
    (
        "CL8",
        "record-access",
        ("absent",),
        "Sealed records shall not be disclosed except as provided in section 7.",
    ),
    (
        "CL9",
        "record-access",
        ("contrary", "absent"),
        "Sealed records shall not be disclosed except for the purposes of a pending criminal investigation.",
    ),
    (
        "CL10",
        "record-access",
        ("present", "partial"),
        "Sealed records shall not be disclosed except to the person named in the record.",
    ),
    (
        "CL11",
        "record-access",
        ("present", "partial"),
        "Sealed records are confidential and may not be furnished save to the subject of the "
        "record upon written request.",
    ),
    (
        "CL16",
        "record-access",
        ("absent",),
        "The presentence report is confidential and shall not be disclosed except to the "
        "sentencing judge and the probation officer.",
    ),
    (
        "CL12",
        "record-access",
        ("contrary",),
        "An entry of the conviction in the state criminal history system shall be opened only "
        "upon order of the court.",
    ),
    (
        "CL13",
        "record-access",
        ("absent",),
        "Eighteen months after the entry of the order revoking probation the person may petition "
        "again, and no person may be detained except upon a court order.",
    ),
    (
        "CL14",
        "record-access",
        ("contrary",),
        "Docket entries for the sealed case may be viewed only upon court order.",
    ),
    (
        "RO1",
        "vacatur-for-cause",
        ("absent",),
        "If the statute under which the person was convicted has been held unconstitutional, the "
        "court shall order the records of the conviction sealed.",
    ),
    (
        "RO2",
        "vacatur-for-cause",
        ("present",),
        "If the statute under which the person was convicted has been held unconstitutional, the "
        "court shall vacate the conviction and order all records of the case expunged.",
    ),
    (
        "RO4",
        "vacatur-for-cause",
        ("present",),
        "If the conviction was obtained in violation of due process, the court may annul the "
        "conviction and destroy the records.",
    ),
    (
        "RO5",
        "vacatur-for-cause",
        ("absent",),
        "A person whose conviction rested on ineffective assistance of counsel may petition to "
        "have the arrest records sealed.",
    ),
    (
        "V1",
        "vacatur-for-cause",
        ("present",),
        "The court may vacate the judgment if the guilty plea was coerced.",
    ),
    (
        "V2",
        "vacatur-for-cause",
        ("present",),
        "The court may set aside the conviction on any grounds that constitute a proper legal "
        "basis for granting relief.",
    ),
    (
        "V3",
        "vacatur-for-cause",
        ("absent",),
        "On the prosecutor's motion the court may set aside a judgment of expungement entered "
        "without a proper legal basis.",
    ),
    (
        "V5",
        "vacatur-for-cause",
        ("present",),
        "A person convicted of a crime may institute a proceeding to vacate the conviction on the"
        " ground that there exists evidence of material facts, not previously presented and "
        "heard.",
    ),
    (
        "V6",
        "vacatur-for-cause",
        ("present",),
        "The court may grant a new trial and set aside the verdict if the court erred in the "
        "decision of a matter of law during the trial.",
    ),
    (
        "V8",
        "vacatur-for-cause",
        ("absent", "contrary"),
        "The court shall not vacate the conviction if it finds that the plea was not coerced and "
        "was entered knowingly.",
    ),
    (
        "W1",
        "vacatur-for-cause",
        ("present",),
        "A person convicted of a felony may file a petition for a writ of actual innocence in the"
        " circuit court if the person claims newly discovered evidence.",
    ),
    (
        "W2",
        "vacatur-for-cause",
        ("absent", "contrary"),
        "A person who pleaded guilty may not file a petition for a writ of actual innocence based"
        " on newly discovered evidence.",
    ),
    (
        "W3",
        "vacatur-for-cause",
        ("absent",),
        "The Attorney General shall file a response to any petition for a writ of actual "
        "innocence that alleges newly discovered evidence.",
    ),
    (
        "E1",
        "public-education",
        ("partial",),
        "The clerk shall provide each person whose record is sealed with a written notice "
        "explaining the effect of the order.",
    ),
    (
        "E2",
        "public-education",
        ("absent",),
        "The court shall provide the defendant with a written notice of the date of the hearing.",
    ),
    (
        "E3",
        "public-education",
        ("absent",),
        "The court shall give the respondent a written notice that explains the effect of the "
        "order of protection and the penalty for violating it.",
    ),
    (
        "E4",
        "public-education",
        ("absent",),
        "The clerk shall furnish the petitioner with a written statement of the fees owed.",
    ),
    (
        "E5",
        "public-education",
        ("partial",),
        "The department shall mail the individual a written explanation of the effect of the relief granted.",
    ),
    (
        "RO3b",
        "vacatur-for-cause",
        ("present",),
        "Where the conviction was obtained through ineffective assistance of counsel, the court "
        "shall dismiss the charges and expunge the records of the case.",
    ),
    (
        "RO7",
        "vacatur-for-cause",
        ("present",),
        "If the plea was entered in violation of due process, the court shall declare the "
        "conviction invalid and seal all records of it.",
    ),
    (
        "RO8",
        "vacatur-for-cause",
        ("absent",),
        "If the person was convicted under a statute since held unconstitutional, all records of "
        "the arrest and conviction shall be expunged.",
    ),
    (
        "CL19",
        "record-access",
        ("present", "partial"),
        "Sealed records shall not be released to any person except the individual to whom the "
        "record pertains.",
    ),
    (
        "CL22",
        "record-access",
        ("present", "partial"),
        "The sealed record is confidential and is closed to all persons other than the petitioner.",
    ),
    (
        "CL23",
        "record-access",
        ("present", "partial"),
        "The sealed record may be inspected by the petitioner's attorney, but by no one else.",
    ),
    (
        "CL24",
        "record-access",
        ("present", "partial"),
        "Expunged records are confidential and shall not be provided except on the written "
        "application of the person who is their subject.",
    ),
    (
        "TB20",
        "court-jurisdiction",
        ("contrary",),
        "Habeas petitions filed late shall be dismissed unless the petitioner shows good cause "
        "for the delay.",
    ),
    (
        "M1",
        "court-jurisdiction",
        ("present",),
        "The sealing of a record does not divest the court of jurisdiction to hear a later motion"
        " to vacate the conviction. A motion under this section shall not be considered a "
        "successive petition, even if a prior petition for post-conviction relief has been filed.",
    ),
    (
        "M2",
        "record-access",
        ("present", "partial"),
        "A sealed record shall not be released except at the written request of the person whose "
        "record it is. The person may obtain a copy of the sealed record from the clerk without a"
        " court order.",
    ),
    (
        "M3",
        "record-access",
        ("absent",),
        "Information about a person's immigration or citizenship status obtained by the court is "
        "confidential and shall not be disclosed except to the extent required by federal law. "
        "The court shall seal the record of the conviction.",
    ),
    (
        "P1",
        "rebuttable-presumption",
        ("absent",),
        "There is a rebuttable presumption that a confession was not coerced if the defendant was"
        " advised of the right to counsel.",
    ),
    (
        "TB23",
        "court-jurisdiction",
        ("absent", "partial", "present"),
        "Grounds for relief not raised in the first petition may not be the basis for denying a "
        "subsequent petition if the ground is the failure to advise the defendant of immigration "
        "consequences.",
    ),
]
SENTENCES.append(
    (
        "TB2",
        "court-jurisdiction",
        ("present", "partial"),
        "The expungement of a record does not mean that no postconviction relief is available "
        "after the waiting period has run, and a motion to vacate the conviction may be heard at "
        "any time.",
    )
)
IMMIGRATION_ATTORNEY = (
    "The sealed record is confidential and shall not be disclosed to anyone except the defendant's "
    "immigration attorney."
)
SENTENCES.append(("CL15", "record-access", ("present", "partial"), IMMIGRATION_ATTORNEY))
# (probe id, practice, statuses, the lines of a bill as printed, one item a line)
LISTS = [
    (
        "TB15",
        "court-jurisdiction",
        ("contrary",),
        [
            "(a) A petition may not be brought under this section if (1) it rests on a ground already"
            " decided on direct appeal;",
            "(2) it is filed more than one year after sentencing; or",
            "(3) a previous application for post-conviction relief has been filed under this chapter.",
        ],
    ),
    (
        "L1",
        "vacatur-for-cause",
        ("present",),
        [
            "(b) The court shall vacate the conviction when (1) the defendant was not advised of the "
            "immigration consequences of the plea;",
            "(2) the attorney for the defendant misadvised the defendant; or",
            "(3) the plea was otherwise legally invalid.",
        ],
    ),
    (
        "L3",
        "record-access",
        ("contrary",),
        [
            "(c) Sealed records are confidential and the clerk shall release them only for the "
            "following: (1) a criminal investigation;",
            "(2) a background check by a licensing agency; and",
            "(3) a court order.",
        ],
    ),
    (
        "L5",
        "vacatur-for-cause",
        ("absent",),
        [
            "(1) The court shall seal the record when, for the following reasons, (a) the person "
            "completed probation;",
            "(b) five years have passed; and",
            "(c) the person has no new conviction.",
            "(2) If a later conviction was obtained in violation of due process, the sealing order is"
            " not affected.",
        ],
    ),
    (
        "D1",
        "record-access",
        ("present", "partial"),
        [
            "(a) Sealed records may be disclosed only to the following:",
            "(0.05) the petitioner, on request and without charge;",
            "(1) law enforcement agencies;",
            "(2) the court.",
        ],
    ),
    (
        "D2",
        "record-access",
        ("contrary",),
        [
            "(b) Sealed records shall be made available only by court order, except:",
            "(0.5) to law enforcement agencies;",
            "(1) to the prosecutor.",
        ],
    ),
    (
        "D3",
        "record-access",
        ("absent",),
        [
            "(a) The petition shall state:",
            "(1.5) the date of arrest;",
            "(2) the offense charged.",
        ],
    ),
    (
        "V7",
        "vacatur-for-cause",
        ("absent",),
        [
            "(a) The court may set aside the conviction of a person who has completed probation.",
            "(b) Any local ordinance that is inconsistent with this section is void.",
        ],
    ),
    (
        "TB22",
        "court-jurisdiction",
        ("contrary",),
        [
            "(c) A claim may not be brought under this chapter if (1) the claim was decided on the "
            "merits on direct appeal;",
            "(2) the claim could have been raised on direct appeal; or",
            "(3) an earlier petition for post-conviction relief has been filed by the applicant.",
        ],
    ),
]

LISTS.append(
    (
        "L4",
        "record-access",
        ("present", "partial"),
        [
            "(d) Subject to (a), the sealed file may be shown, on request, to (1) the person who is its "
            "subject;",
            "(2) the person's attorney; or",
            "(3) a criminal justice agency.",
        ],
    )
)

LISTS.append(
    (
        "TB16",
        "court-jurisdiction",
        ("present", "partial"),
        [
            "(a) A motion to vacate may be filed at any time, including where (1) the sentence has been "
            "fully served;",
            "(2) the record of the conviction has been sealed; or",
            "(3) a prior petition for post-conviction relief has been filed.",
        ],
    )
)


@pytest.mark.parametrize(
    ("name", "practice", "statuses", "text"), SENTENCES, ids=[row[0] for row in SENTENCES]
)
def test_each_sentence_reads_as_the_second_reader_expected(name, practice, statuses, text):
    assert passage_status(practice, text) in statuses


@pytest.mark.parametrize(("name", "practice", "statuses", "lines"), LISTS, ids=[row[0] for row in LISTS])
def test_each_printed_list_reads_as_the_second_reader_expected(tmp_path, name, practice, statuses, lines):
    assert file_statuses(tmp_path, name, "SECTION 1.\n" + "\n".join(lines))[practice] in statuses


def test_the_persons_immigration_attorney_is_no_federal_immigration_agency():
    assert passage_status("federal-records", IMMIGRATION_ATTORNEY) == "absent"
