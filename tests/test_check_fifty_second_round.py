"""`billkit check` on what the fifty-second round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A rule under which "neither the appellate court nor a single justice may enlarge the time for filing a notice
of appeal beyond one year", in a criminal case too, closes late review whatever kept the person from filing
(Mass. R. App. P. 14(b)). A court that "shall order the appropriate relief" once test results show "that the
petitioner is not the person who committed the offense" grants relief on a ground of innocence (Idaho Code §
19-4902(f)). A digest that "limits the dissemination of confidential criminal history record information to
criminal justice agencies ... and pursuant to court order" leaves the person no route of their own (Me. H.P.
569 (2019), summary). A clerk who "shall furnish" the judgment and "any other record" of the case "upon the
official request of the United States immigration officer" hands the record to immigration authorities (N.D.
Cent. Code § 44-04-05). A bar on any official of the state "or a county, city, or other political subdivision"
who would "prohibit or in any way restrict the sending" of immigration-status information (Neb. L.B. 48
(2011)), and a digest's ban on "policies of non-cooperation with federal immigration authorities" (N.J. S.
2560 (2024)), forbid limits on sharing with immigration agencies.
"""

from __future__ import annotations

from support import round_cases_test

MA_R_APP_P_14 = (
    "(b) Enlargement of time\nThe appellate court or a single justice for good cause shown may upon motion "
    "enlarge the time prescribed by these rules or by its order for doing any act, or may permit an act to "
    "be done after the expiration of such time; but neither the appellate court nor a single justice may "
    "enlarge the time for filing a notice of appeal beyond one year from the date of entry of the judgment "
    "or order sought to be reviewed, or, in a criminal case, from the date of the verdict or finding of "
    "guilt or the date of imposition of sentence, whichever date is later."
)
"""Mass. R. App. P. 14(b) (tests/corpus/ma-r-app-p-14.txt)."""

ID_19_4902_F = (
    "(f) In the event the fingerprint or forensic DNA test results demonstrate, in light of all admissible "
    "evidence, that the petitioner is not the person who committed the offense, the court shall order the "
    "appropriate relief."
)
"""Idaho Code § 19-4902(f) (tests/corpus/id-code-19-4902-b-f.txt)."""

ME_HP_569 = (
    "This bill amends the Criminal History Record Information Act in the following ways:\n1. Makes "
    "confidential all juvenile adjudications and related records after 3 years from the date of "
    "disposition;\n...\n5. Limits the dissemination of confidential criminal history record information to "
    "criminal justice agencies for the purpose of the administration of criminal justice and criminal "
    "justice agency employment and pursuant to court order."
)
"""H.P. 569, 129th Leg. (Me. 2019), summary, cut (tests/corpus/me-hp569-129th-2019-summary.txt)."""

ND_44_04_05 = (
    "Upon the official request of the United States immigration officer in charge of the territory or "
    "district in which is located any court committing an alien, for the commission of a felony, to any "
    "state institution supported wholly or in part by public funds, the clerk of such court shall furnish, "
    "without charge, a certified copy of the complaint, information, or indictment, and the judgment and "
    "sentence, and any other record pertaining to the case of the convicted alien."
)
"""N.D. Cent. Code § 44-04-05 (tests/corpus/nd-cent-code-44-04-05.txt)."""

NE_LB_48 = (
    "Sec. 3. (1) No official or agency of this state or a county, city, or other political subdivision of "
    "this state may limit or restrict the enforcement of federal immigration laws to less than the full "
    "extent permitted by federal law. Furthermore, except as provided in federal law, no official or agency "
    "of this state or a county, city, or other political subdivision of this state shall prohibit or in any "
    "way restrict the sending, receiving, or maintaining of information related to a person's immigration "
    "status for the following official purposes:"
)
"""L.B. 48, 102d Leg., 1st Sess. (Neb. 2011) (as introduced), § 3(1), opening words
(tests/corpus/ne-lb48-102nd-2011-introduced.txt)."""

NJ_S_2560 = (
    "This bill is intended to make certain that State and local officials in New Jersey cooperate with "
    "federal authorities with respect to immigration and customs enforcement requests. The bill prohibits "
    "counties and municipalities from establishing formal or informal policies of non-cooperation with "
    "federal immigration authorities."
)
"""S. 2560, 221st Leg. (N.J. 2024), sponsor's statement, cut
(tests/corpus/nj-s2560-221st-2024-statement.txt)."""

CASES = [
    ("ma-r-app-p-14", MA_R_APP_P_14, "court-jurisdiction", "contrary"),
    (
        "an-enlargement-for-good-cause",
        "The appellate court or a single justice for good cause shown may upon motion enlarge the time for "
        "filing a notice of appeal, in a criminal case, from the date of the verdict.",
        "court-jurisdiction",
        "absent",
    ),
    ("id-19-4902-f", ID_19_4902_F, "vacatur-for-cause", "present"),
    (
        "a-sentence-carried-out",
        "If the petitioner is shown to be the person who committed the offense, the court shall order the "
        "appropriate sentence to be carried out.",
        "vacatur-for-cause",
        "absent",
    ),
    ("me-hp569", ME_HP_569, "record-access", "contrary"),
    (
        "the-person-among-those-who-may-see-it",
        "The bill limits the dissemination of confidential criminal history record information to the "
        "person who is the subject of the record, to criminal justice agencies and pursuant to court order.",
        "record-access",
        "absent",
    ),
    ("nd-44-04-05", ND_44_04_05, "federal-records", "contrary"),
    (
        "a-request-refused",
        "Upon the official request of the United States immigration officer, the clerk of the court shall "
        "not furnish any record of a case that has been sealed.",
        "federal-records",
        "partial",
    ),
    ("ne-lb48", NE_LB_48, "federal-records", "contrary"),
    (
        "a-bar-on-sending-sealed-records",
        "No official or agency of this state or a county, city, or other political subdivision of this "
        "state shall send information related to a person's sealed criminal record to federal immigration "
        "authorities.",
        "federal-records",
        "partial",
    ),
    ("nj-s2560", NJ_S_2560, "federal-records", "contrary"),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
