"""`billkit check` on what the forty-fifth round's tuning files and its real-bill audit turned up, each quoted
from the real text it came from (citation beside it), each with a neighbour written for these tests that must
still read as it did.

A flaw in the making of a conviction that the law declares harmless unless it prejudiced the person, or
declares to undo nothing, works against vacatur for cause (``ruleset/forfeiture.py``): the rule the Wisconsin
Supreme Court applied to a missing immigration advisement in State v. Reyes Fuerte, 2017 WI 104, 378 Wis. 2d
504, 904 N.W.2d 773. Not a rule that spares the person the showing, a civil judgment, or a notice of relief
left unsent.

A conviction "vacated as unconstitutional" is vacated for a defect, and an offense the court "rules
unconstitutional" is a ground (Wash. 2SHB 1492 (2023), the State v. Blake vacatur); a refund for such a
vacatur, had under another law, is not one.

The evidence a lawyer would cite: a grant that states its own ground is quoted, not a discretionary vacatur of
another subsection read with that ground (Wash. HB 2227 (2024)); a heading printed without its stop ("Section
5" over "1. Upon ...") is the section's label, and its first subsection's lead is not spliced onto the third;
a word broken at a line's end in a bill's capitals is joined ("AN INDIVID-" over "UAL'S RECORDS", N.Y. S. 2403
(2023)); a custodian barred from giving a vacated record "to any person", however many custodians the sentence
names, keeps it from the person. Review of a conviction open only at the appellate court's discretion ("It
shall be within the discretion of the Crow Court of Appeals to entertain appeals in the following cases: 1)
Conviction of any traffic offense") or only "by application" (Ga. Code Ann. § 5-6-35(b)) is a leave gate
against the court's power; not a late appeal heard in the court's discretion, the State's appeal, or an appeal
from a sealing order."""

from __future__ import annotations

import pytest

from support import file_findings, file_statuses

NEB_2308 = (
    "No judgment shall be set aside, new trial granted, or judgment rendered in any criminal case on the "
    "grounds of misdirection of the jury or the improper admission or rejection of evidence or for error as "
    "to any matter of pleading or procedure if the appellate court, after an examination of the entire "
    "cause, considers that no substantial miscarriage of justice has actually occurred."
)
"""Neb. Rev. Stat. § 29-2308(1) (tests/corpus/ne-rev-stat-29-2308.txt)."""

MONT_701 = (
    "A cause may not be reversed by reason of any error committed by the trial court against the convicted "
    "person unless the record shows that the error was prejudicial."
)
"""Mont. Code Ann. § 46-20-701(1) (tests/corpus/mt-code-46-20-701.txt)."""

IOWA_814_29 = (
    "If a defendant challenges a guilty plea based on an alleged defect in the plea proceedings, the plea "
    "shall not be vacated unless the defendant demonstrates that the defendant more likely than not would "
    "not have pled guilty if the defect had not occurred."
)
"""Iowa Code § 814.29 (2019 Iowa Acts ch. 140, § 33) (tests/corpus/ia-code-814-6-814-29.txt)."""

MO_546_570 = (
    "The provisions of section 546.570 shall be deemed directory, and the omission to comply with it shall "
    "not invalidate the judgment or sentence of the court."
)
"""Mo. Rev. Stat. § 546.580 (tests/corpus/mo-rev-stat-546-570-580.txt)."""

VA_19_2_226 = (
    "No indictment or other accusation shall be quashed or deemed invalid:\n(1) For omitting to set forth "
    "that it is upon the oaths of the jurors or upon their oaths and affirmations;"
)
"""Va. Code Ann. § 19.2-226 (opening words and (1)) (tests/corpus/va-code-19-2-226-19-2-227.txt)."""

BLAKE = (
    "## Section 1\n"
    '9. "Qualifying offense" includes:\n\n'
    "    e. Any offense that the state supreme court rules unconstitutional in light of State v. Blake, No. "
    "96873-0 (decided February 25, 2021).\n\n## Section 5\n1. Upon a determination by the court to vacate "
    "any qualifying conviction under this chapter, the court shall:\n\n    a. Set aside each guilty plea or "
    "verdict, dismiss with prejudice the count or counts in the information, indictment, complaint, or "
    "citation that relates to the qualifying conviction or convictions, and vacate the judgment and "
    "sentence;\n\n    i. Include in the order a statement that the defendant's conviction is vacated as "
    "unconstitutional pursuant to State v. Blake, 197 Wn.2d 170, 481 P.3d 521 (2021).\n\n2. Upon receipt of "
    "a court order to vacate a qualifying conviction under this section, the clerk shall transmit notice of "
    "the vacate order to the Washington state patrol identification section.\n\n3. Upon receipt of notice "
    "of a court order to vacate a qualifying conviction under this section, the Washington state patrol "
    "shall have no more than seven working days to update their records to reflect the vacation of the "
    "qualifying conviction, and shall transmit the order vacating the conviction to the federal bureau of "
    "investigation. A qualifying conviction that has been vacated under this section may not be "
    "disseminated or disclosed by the state patrol, prosecuting authority, or local law enforcement agency "
    "to any person, except other criminal justice enforcement agencies.\n"
)
"""Second Substitute H.B. 1492, 68th Leg., 2023 Reg. Sess. (Wash. 2023), §§ 1(9)(e), 5(1)(a), (i), (2), (3),
as rendered by the tannewt/wa-law.org copy of lawfilesext.leg.wa.gov (tests/corpus/wa-hb1492-2023.txt)."""

HB_2227 = (
    "2. Every person convicted of a misdemeanor or gross misdemeanor offense may apply to the sentencing "
    "court for a vacation of the applicant's record of conviction for the offense. If the court finds the "
    "applicant meets the requirements of this subsection, the court may in its discretion vacate the record "
    "of conviction.\n\n3. If the applicant is a victim of sex trafficking, prostitution, or commercial "
    "sexual abuse of a minor; sexual assault; or domestic violence as defined in RCW 9.94A.030, or the "
    "prosecutor applies on behalf of the state, the sentencing court may vacate the record of conviction if "
    "the application satisfies the requirements of RCW 9.96.080.\n"
)
"""Wash. Rev. Code § 9.96.060(2) (first two sentences), (3) (first sentence), as amended by H.B. 2227, 68th
Leg., 2024 Reg. Sess. (Wash. 2024) (tests/corpus/wa-hb2227-2024.txt)."""

NY_S2403 = (
    "  4.  NOTWITHSTANDING  ANY OTHER PROVISIONS OF THIS SECTION, AN INDIVID-\n"
    "UAL'S RECORDS THAT HAVE BEEN SEALED PURSUANT TO THIS  SECTION  SHALL  BE\n"
    "MADE AVAILABLE TO:\n"
    "  (A) SUCH INDIVIDUAL OR SUCH INDIVIDUAL'S DESIGNATED AGENT;\n"
)
"""N.Y. S. 2403, 2023-2024 Reg. Sess. (N.Y. 2023), proposed Crim. Proc. Law § 160.57(4) (opening words and
(A)), as printed, line breaks kept (tests/corpus/ny-s2403-2023.txt)."""

NY_S2403_LIST = NY_S2403 + (
    "  (D) ANY PROSPECTIVE EMPLOYER OF A POLICE OFFICER OR PEACE OFFICER,  AS\n"
    " THOSE  TERMS ARE DEFINED IN SUBDIVISIONS THIRTY-THREE AND THIRTY-FOUR OF\n"
    " SECTION 1.20 OF THIS CHAPTER, IN  RELATION TO SUCH INDIVIDUAL'S APPLICA-\n"
    " TION FOR EMPLOYMENT AS A POLICE  OFFICER  OR  PEACE  OFFICER;  PROVIDED,\n"
    " HOWEVER, THAT EVERY SUCH APPLICANT FOR THE POSITION OF POLICE OFFICER OR\n"
    " PEACE  OFFICER  SHALL  BE  FURNISHED WITH A COPY OF ALL RECORDS OBTAINED\n"
    " UNDER THIS PARAGRAPH AND  SHALL BE AFFORDED AN OPPORTUNITY  TO  MAKE  AN\n"
    " EXPLANATION THERETO; AND\n"
    "  (E)  THE CRIMINAL JUSTICE INFORMATION SERVICES DIVISION OF THE FEDERAL\n"
    " BUREAU OF INVESTIGATION, FOR THE PURPOSES OF RESPONDING  TO  QUERIES  TO\n"
    " THE NATIONAL INSTANT CRIMINAL BACKGROUND CHECK SYSTEM REGARDING ATTEMPTS\n"
    " TO  PURCHASE  OR OTHERWISE TAKE POSSESSION OF FIREARMS, AS DEFINED IN 18\n"
    " USC 921 (A) (3).\n"
)
"""The same bill's § 160.57(4)(A), (D) and (E), as printed ((B) and (C) left out), line breaks kept
(tests/corpus/ny-s2403-2023.txt)."""

KY_RAP_2 = (
    "(1) Appeals in criminal proceedings shall be taken to the next higher court, except that an appeal "
    "from a judgment imposing a sentence of death, life imprisonment, or imprisonment for 20 years or more "
    "shall be taken directly to the Supreme Court. (2) The timely filing of a notice of appeal is "
    "jurisdictional."
)
"""Ky. R. App. P. 2(1) (third sentence) and (2) (third sentence) (2023) (tests/corpus/ky-rap-2-1-2.txt)."""

FLA_924_059 = (
    "(1) No amendment of a defendant's capital postconviction action shall be allowed by the court after the "
    "expiration of the time periods provided by statute for the filing of capital postconviction claims."
)
"""Fla. Stat. § 924.059(1) (2010) (tests/corpus/fl-stat-924-059-2010.txt)."""

KY_439_510 = (
    "All information obtained in the discharge of official duty by any probation or parole officer shall be "
    "privileged and shall not be received as evidence in any court. Such information shall not be disclosed "
    "directly or indirectly to any person other than the court, board, cabinet, or others entitled under "
    "KRS 439.250 to 439.560 to receive such information, unless otherwise ordered by such court, board or "
    "cabinet."
)
"""Ky. Rev. Stat. Ann. § 439.510 (first two sentences) (tests/corpus/ky-rev-stat-439-510.txt)."""

WIS_AB_331 = (
    "This bill also requires the sentencing court to inform an eligible person of the process to petition "
    "for an expungement order."
)
"""Assemb. B. 331, 2017-2018 Leg. (Wis. 2017), Legislative Reference Bureau analysis
(tests/corpus/wi-ab331-2017-973-015.txt)."""

CROW_RULE_2 = (
    "a) Appeals of right. Any party to an action in the Crow Tribal Court shall have the right to appeal "
    "any criminal conviction or any judgment or order in a civil case before the court, except as provided "
    "in part (b.) of this rule and Title 6, Rule 22.\nb) Discretionary appeals. It shall be within the "
    "discretion of the Crow Court of Appeals to entertain appeals in the following cases:\n1) Conviction of "
    "any traffic offense\n"
)
"""Crow Tribal Code tit. 7, R. App. P. 2(a) and (b) (opening words and (1))
(tests/corpus/crow-tribal-code-tit7-r-1-3.txt)."""

GA_5_6_35 = (
    "(a) Appeals in the following cases shall be taken as provided in this Code section:\n(7) Appeals, when "
    "separate from an original appeal, from the denial of an extraordinary motion for new trial;\n(b) All "
    "appeals taken in cases specified in subsection (a) of this Code section shall be by application in the "
    "nature of a petition enumerating the errors to be urged on appeal and stating why the appellate court "
    "has jurisdiction.\n"
)
"""Ga. Code Ann. § 5-6-35(a) (opening words, (7)) and (b) (first sentence)
(tests/corpus/ga-code-5-6-35-a-b-d-f-g-i.txt)."""

CASES = [
    ("review-of-a-conviction-at-the-court-s-discretion", "court-jurisdiction", "contrary", CROW_RULE_2),
    ("an-appeal-only-by-application", "court-jurisdiction", "contrary", GA_5_6_35),
    (
        "a-late-appeal-heard-in-the-court-s-discretion",
        "court-jurisdiction",
        "absent",
        "The Court of Appeals may, in its discretion, hear an appeal from a criminal conviction filed after "
        "the deadline for good cause.",
    ),
    (
        "the-state-s-appeal-by-application",
        "court-jurisdiction",
        "absent",
        "An appeal by the State from an order granting a new trial shall be by application for leave to "
        "appeal.",
    ),
    (
        "a-discretionary-appeal-from-a-sealing-order",
        "court-jurisdiction",
        "absent",
        "A defendant convicted of a misdemeanor has an appeal of right. It shall be within the discretion "
        "of the court of appeals to entertain an appeal from an order denying a motion to seal.",
    ),
    ("a-bill-that-requires-the-court-to-inform", "public-education", "partial", WIS_AB_331),
    (
        "a-person-told-of-a-right-that-is-not-relief",
        "public-education",
        "absent",
        "Nothing in this subsection limits the ability of a law enforcement agency to notify a person in "
        "its custody about that person's right to communicate with consular officers.",
    ),
    ("a-filing-deadline-made-jurisdictional", "court-jurisdiction", "contrary", KY_RAP_2),
    (
        "a-deadline-said-not-to-be-jurisdictional",
        "court-jurisdiction",
        "absent",
        "A motion to vacate a judgment of conviction shall be filed within two years. The time limit is not "
        "jurisdictional, and the court may hear a late motion for good cause.",
    ),
    ("no-amendment-allowed-by-the-court-after-the-time", "court-jurisdiction", "contrary", FLA_924_059),
    (
        "a-filer-s-deadline-addressed-to-the-filer",
        "court-jurisdiction",
        "absent",
        "A claim for postconviction relief based on newly discovered evidence shall not be filed more than "
        "2 years after the expiration of the time for filing a motion for postconviction relief.",
    ),
    ("privileged-probation-information-kept-from-the-person", "record-access", "contrary", KY_439_510),
    # (the corpus would call this route to records that are not cleared ones `partial`; billkit reads no grant
    # in it, a known miss, and must read no bar)
    (
        "privileged-information-open-to-the-person",
        "record-access",
        "absent",
        "All information gathered by a probation officer about a person on probation is privileged and "
        "shall not be disclosed directly or indirectly to anyone other than the court and the person who is "
        "its subject.",
    ),
    ("harmless-unless-a-miscarriage-of-justice", "vacatur-for-cause", "contrary", NEB_2308),
    ("not-reversed-unless-prejudicial", "vacatur-for-cause", "contrary", MONT_701),
    ("a-plea-kept-unless-it-would-not-have-been-made", "vacatur-for-cause", "contrary", IOWA_814_29),
    ("an-omission-that-invalidates-nothing", "vacatur-for-cause", "contrary", MO_546_570),
    ("an-indictment-not-quashed-for-listed-flaws", "vacatur-for-cause", "contrary", VA_19_2_226),
    (
        "prejudice-presumed-protects-the-vacatur",
        "vacatur-for-cause",
        "present",
        "(a) The court shall vacate a judgment of conviction entered on a plea of guilty if the court "
        "failed to advise the defendant of the immigration consequences of the plea. (b) No conviction "
        "shall be set aside under another law for such an error unless it prejudiced the defendant, but "
        "under this section prejudice is presumed.",
    ),
    (
        "a-civil-judgment-kept-despite-harmless-error",
        "vacatur-for-cause",
        "absent",
        "In a civil action, no judgment shall be set aside for any error in the admission of evidence "
        "unless the error affected the substantial rights of a party.",
    ),
    (
        "a-notice-of-relief-left-unsent",
        "vacatur-for-cause",
        "absent",
        "The clerk shall mail notice of the right to petition for expungement. A failure to give the notice "
        "shall not invalidate the judgment.",
    ),
    ("a-conviction-vacated-as-unconstitutional", "vacatur-for-cause", "present", BLAKE),
    (
        "a-refund-after-a-vacatur-had-elsewhere",
        "vacatur-for-cause",
        "absent",
        "A person whose conviction was vacated as unconstitutional under another law may apply to the "
        "administrative office of the courts for a refund of legal financial obligations.",
    ),
    ("custodians-named-before-any-person", "record-access", "contrary", BLAKE),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_forty_fifth_round_shapes(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_a_grant_that_states_its_ground_is_quoted_not_one_that_leans_on_it(tmp_path):
    finding = file_findings(tmp_path, "hb2227", HB_2227)["vacatur-for-cause"]
    assert finding.status == "present"
    quotes = [e.quote for e in finding.evidence]
    assert quotes and quotes[0].startswith("3. If the applicant is a victim of sex trafficking")
    assert not any("may in its discretion vacate" in q for q in quotes)


def test_a_heading_without_its_stop_labels_its_subsections_and_closes_their_leads(tmp_path):
    findings = file_findings(tmp_path, "hb1492", BLAKE)
    federal = findings["federal-records"].evidence
    assert [e.location.split(",")[0] for e in federal] == ["Section 5(3)"]
    assert federal[0].quote.startswith("3. Upon receipt of notice")
    vacatur = findings["vacatur-for-cause"].evidence
    assert vacatur[0].location.startswith("Section 5(1)")
    assert "vacated as unconstitutional" in vacatur[0].quote


def test_a_word_broken_in_capitals_is_joined(tmp_path):
    quotes = [e.quote for e in file_findings(tmp_path, "s2403", NY_S2403)["record-access"].evidence]
    assert quotes and "AN INDIVIDUAL'S RECORDS" in quotes[0] and "INDIVID-" not in " ".join(quotes)


def test_a_list_item_in_capitals_after_and_is_read_and_quoted_as_an_item_of_its_own(tmp_path):
    # "...; AND" in capitals ends an item as "; and" does: the FBI's item is quoted, not the one before it
    federal = file_findings(tmp_path, "s2403", NY_S2403_LIST)["federal-records"]
    assert federal.status == "contrary"
    quotes = [e.quote for e in federal.evidence]
    assert any("(E) THE CRIMINAL JUSTICE INFORMATION SERVICES DIVISION" in q for q in quotes)
    assert not any("PROSPECTIVE EMPLOYER" in q for q in quotes)


def test_a_list_printed_inline_in_capitals_breaks_at_and():
    from billkit.sentences import sentences

    text = "RECORDS SHALL BE MADE AVAILABLE TO: (A) SUCH INDIVIDUAL; AND (B) THE COURT."
    assert sentences(text) == [
        "RECORDS SHALL BE MADE AVAILABLE TO:",
        "(A) SUCH INDIVIDUAL; AND",
        "(B) THE COURT.",
    ]


def test_a_section_added_with_its_catchline_and_no_stop_labels_its_subdivisions(tmp_path):
    # New York prints a section its bill adds as "§ 160.57 AUTOMATIC SEALING ..." (no stop after the number);
    # quotes are cited by that section's own labels, not by a line of the file
    added = " § 160.57 AUTOMATIC SEALING OF CERTAIN MISDEMEANOR RECORDS.\n" + NY_S2403_LIST
    federal = file_findings(tmp_path, "s2403", added)["federal-records"]
    assert [e.location.split(",")[0] for e in federal.evidence] == ["§ 160.57(4)(E)"]
    # the words that go on from a section cited at a line's start are no catchline
    cited = " SECTION 40.10 OF THE PENAL LAW.\n" + NY_S2403_LIST
    assert file_findings(tmp_path, "cited", cited)["federal-records"].evidence[0].location.startswith("line ")
