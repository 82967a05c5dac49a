"""`billkit check` on what the fifty-third round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A digest under which a bill "would allow for prosecution of a writ of habeas corpus to be prosecuted on the
additional bases of the discovery of new evidence ... discovered after trial" grants relief on a ground of
innocence (Cal. S.B. 97 (2023), digest). A summary that "allows a withdrawal of a plea of guilty by an alien
if ... such alien is not so advised" vacates for a missing warning, and one that "Requires the court to advise
a defendant that if he or she is an alien ... such conviction may result in his or her deportation" is a plea
advisement (N.Y. A. 2189 (2019)). A duty on employees "to provide information requested by ICE" hands records
to immigration authorities (N.C. S. 153 (2025), summary). A waiver of sovereign immunity for a locality whose
ordinance "impedes the ability of law-enforcement officers ... to communicate or cooperate with U.S.
Immigration and Customs Enforcement" punishes limits on sharing (Va. H.B. 2623 (2025), summary). A pardon that
"shall waive all collateral consequences" waives no challenge (Colo. Rev. Stat. § 16-17-103(1)). A page that
tells the reader "The conviction remains on your record for many purposes, including ... immigration
consequences" is itself education on what relief leaves in place (San Diego County Public Defender). An
ordinance "restricting the use of County resources to assist or cooperate with immigration authorities" limits
cooperation; it is no ban on limits (San Mateo County File 23-266).
"""

from __future__ import annotations

from support import round_cases_test

CA_SB_97 = (
    "Existing law allows a writ of habeas corpus to be prosecuted on several bases, including on the basis "
    "of the discovery of new evidence discovered after trial that could not have been discovered prior to "
    "trial by the exercise of due diligence. This bill would allow for prosecution of a writ of habeas "
    "corpus to be prosecuted on the additional bases of the discovery of new evidence that has not been "
    "previously presented and heard at trial and has been discovered after trial."
)
"""S.B. 97, 2023-2024 Reg. Sess. (Cal. 2023) (ch. 381), Legislative Counsel's digest, cut
(tests/corpus/ca-sb97-2023-digest.txt)."""

NY_A_2189 = (
    "Requires the court to advise a defendant that if he or she is an alien and he or she is convicted of a "
    "crime, whether by plea or trial, such conviction may result in his or her deportation; allows a "
    "withdrawal of a plea of guilty by an alien if such alien is threatened with deportation and such alien "
    "is not so advised of such threat of deportation."
)
"""Assemb. B. 2189, 2019-2020 Reg. Sess. (N.Y. 2019), Assembly bill summary
(tests/corpus/ny-a2189-2019-summary-memo.txt)."""

NC_S_153 = (
    "Senate Bill 153 would have directed the Secretary of the Department of Public Safety ... to do all the "
    "following:\n• Develop policies requiring employees of each agency to do all the following:\n• If an "
    "employee determines that the person is not a legal resident or citizen of the United States, then the "
    "employee would be required to provide information requested by ICE."
)
"""S. 153, Gen. Assemb., 2025-2026 Sess. (N.C. 2025), summary of the ratified bill, cut
(tests/corpus/nc-s153-2025-ratified-summary.txt)."""

VA_HB_2623 = (
    "Failure of Commonwealth or locality to communicate or cooperate with U.S. Immigration and Customs "
    "Enforcement; waiver of sovereign immunity. Provides that when (i) the Commonwealth adopts any rule, "
    "regulation, or policy or passes any law or (ii) any locality adopts any ordinance, resolution, or "
    "motion that impedes the ability of law-enforcement officers, corrections officers, or jail officers to "
    "communicate or cooperate with U.S. Immigration and Customs Enforcement about a person in the United "
    "States illegally, the Commonwealth or such locality waives sovereign immunity as it relates to any "
    "injuries or damages sustained by victims of crimes committed by such person."
)
"""H.B. 2623, 2025 Reg. Sess. (Va. 2025), summary as introduced (tests/corpus/va-hb2623-2025-summary.txt)."""

CO_16_17_103 = (
    "(1) A pardon issued by the governor shall waive all collateral consequences associated with each "
    "conviction for which the person received a pardon unless the pardon limits the scope of the pardon "
    "regarding collateral consequences."
)
"""Colo. Rev. Stat. § 16-17-103(1) (tests/corpus/co-rev-stat-16-17-103.txt)."""

SAN_DIEGO = (
    "The first thing that someone who wants to apply for an expungement needs to understand is that if your "
    "petition is granted under Penal Code 1203.4, your case is not sealed. A criminal record is not "
    'actually "expunged" under this statute. ... The conviction remains on your record for many purposes, '
    "including sex offender registration and immigration consequences."
)
"""San Diego County (Cal.) Public Defender, "Expungement (PC1203.4/1203.4a)" web page, cut
(tests/corpus/san-diego-county-ca-public-defender-expungement-page.txt)."""

SAN_MATEO = (
    "Approve an amendment to introduced version of ordinance restricting the use of County resources to "
    "assist or cooperate with immigration authorities, previously introduced on April 11, 2023."
)
"""San Mateo County (Cal.) Bd. of Supervisors, File No. 23-266, recommendation
(tests/corpus/san-mateo-county-ca-file-23-266-2023.txt)."""

CASES = [
    ("ca-sb97", CA_SB_97, "vacatur-for-cause", "present"),
    (
        "a-writ-for-a-sentence-credit",
        "This bill would allow for prosecution of a writ of habeas corpus to be prosecuted to correct the "
        "calculation of credits for time served.",
        "vacatur-for-cause",
        "absent",
    ),
    ("ny-a2189", NY_A_2189, "vacatur-for-cause", "present"),
    ("ny-a2189-advice", NY_A_2189, "public-education", "partial"),
    ("nc-s153", NC_S_153, "federal-records", "contrary"),
    (
        "information-requested-by-a-court",
        "The employee would be required to provide information requested by the sentencing court.",
        "federal-records",
        "absent",
    ),
    ("va-hb2623", VA_HB_2623, "federal-records", "contrary"),
    ("co-16-17-103", CO_16_17_103, "court-jurisdiction", "absent"),
    (
        "a-waiver-of-any-challenge",
        "Upon the grant of the pardon, the person waives any further challenge to the conviction, and no "
        "court shall entertain a motion to vacate it.",
        "court-jurisdiction",
        "contrary",
    ),
    ("san-diego", SAN_DIEGO, "public-education", "present"),
    (
        "a-page-on-what-it-does",
        "If your petition is granted, your case is dismissed and you may answer that you have not been "
        "convicted on most job applications.",
        "public-education",
        "absent",
    ),
    ("san-mateo", SAN_MATEO, "federal-records", "absent"),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
