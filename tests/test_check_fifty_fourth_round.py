"""`billkit check` on what the fifty-fourth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A rule under which agencies "may disseminate CHRI to ... other entities, including state or federal licensing
and regulatory agencies" names federal recipients of criminal history, late in a long list and by the FBI's
own initials (Ga. Comp. R. & Regs. 140-2-.04). A bill under which the State "shall not do any of the following
...: c. Prohibit the communication of such information to federal law enforcement agencies" bans limits on
sharing; its two negatives are no sharing bar (Iowa H.F. 265 (2017)). A summary under which no law "may
restrict any government entity from (1) providing DHS with access to databases" bans limits too (H.R. 506
(2021)). An expungement that "vacates the underlying delinquency proceeding" of a trafficking victim is a
vacatur (S.D. Codified Laws § 26-7A-115.1). A court of appeals that "shall not have jurisdiction over any
cases or proceedings described in this subsection", which sends them to the supreme court, is a rule of venue
(Va. Code Ann. § 17.1-406(B)).
"""

from __future__ import annotations

from support import round_cases_test

GA_140_2_04 = (
    "(b) Criminal justice agencies may disseminate CHRI to private persons, businesses, public agencies, "
    "political subdivisions, authorities and other entities, including state or federal licensing and "
    "regulatory agencies or their designated representatives."
)
"""Ga. Comp. R. & Regs. 140-2-.04(1)(b), first sentence (tests/corpus/ga-comp-r-regs-140-2-04.txt)."""

IA_HF_265 = (
    "2. The state and any state agency, officer, or employee shall not do any of the following related to "
    "information regarding the citizenship or immigration status, whether lawful or unlawful, of any "
    "individual:\na. Prohibit law enforcement officials or agencies from gathering such information.\nb. "
    "Direct law enforcement officials or agencies not to gather such information.\nc. Prohibit the "
    "communication of such information to federal law enforcement agencies."
)
"""H.F. 265, 87th Gen. Assemb., 1st Sess. (Iowa 2017) (as introduced), § 1 (proposed Iowa Code § 70A.41(2))
(tests/corpus/ia-hf265-87th-2017.txt)."""

US_HR_506 = (
    "No provision of federal, state, or local law may restrict any government entity from (1) providing DHS "
    "with access to databases with information relating to issued detainers, or (2) holding an individual "
    "subject to a detainer."
)
"""Congressional Research Service, Bill Summary of H.R. 506, 117th Cong. (2021)
(tests/corpus/us-hr506-117th-2021-crs-summary.txt)."""

SD_26_7A_115_1 = (
    "26-7A-115.1. A victim of human trafficking may petition the court directly or through a parent, "
    "guardian, or guardian ad litem, for the expungement of a delinquency record that resulted from being a "
    "victim of human trafficking, as defined in §22-49-1, or sexual exploitation, as defined in "
    "§22-22-24.3. An expungement under this section vacates the underlying delinquency proceeding."
)
"""S.D. Codified Laws § 26-7A-115.1 (tests/corpus/sd-codified-laws-26-7a-110-115-1.txt)."""

VA_17_1_406 = (
    "B. In accordance with other applicable provisions of law, appeals lie directly to the Supreme Court "
    "from a final decision, judgment, or order of a circuit court involving a petition for a writ of habeas "
    "corpus; from any action collaterally attacking a criminal conviction, including a motion filed under § "
    "8.01-428; ... The Court of Appeals shall not have jurisdiction over any cases or proceedings described "
    "in this subsection."
)
"""Va. Code Ann. § 17.1-406(B), cut (tests/corpus/va-code-17-1-406.txt)."""

CASES = [
    ("ga-140-2-04", GA_140_2_04, "federal-records", "contrary"),
    (
        "state-licensing-boards-only",
        "(b) Criminal justice agencies may disseminate CHRI to private persons, businesses, public "
        "agencies, political subdivisions, authorities and other entities, including state licensing "
        "boards.",
        "federal-records",
        "absent",
    ),
    ("ia-hf265", IA_HF_265, "federal-records", "contrary"),
    ("us-hr506", US_HR_506, "federal-records", "contrary"),
    (
        "a-limit-on-holding-only",
        "No provision of state or local law may restrict any government entity from holding an individual "
        "subject to a detainer.",
        "federal-records",
        "absent",
    ),
    ("sd-26-7a-115-1", SD_26_7A_115_1, "vacatur-for-cause", "present"),
    (
        "an-expungement-for-clean-years",
        "A person who has had no further adjudication for five years may petition the court for the "
        "expungement of a delinquency record. An expungement under this section seals the record of the "
        "proceeding.",
        "vacatur-for-cause",
        "absent",
    ),
    ("va-17-1-406", VA_17_1_406, "court-jurisdiction", "absent"),
    (
        "no-court-after-the-sentence",
        "No court shall have jurisdiction over any motion that collaterally attacks a criminal conviction "
        "after the sentence has been served.",
        "court-jurisdiction",
        "contrary",
    ),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)
