"""`billkit check` on what the fifty-fifth round's tuning files turned up, each quoted from the real text it
came from (citation beside it), each with a neighbour written for these tests that must still read as it did.

A repository that "shall furnish" records of identification and history "to any similar governmental bureau,
sheriff, ..., or any officer of similar rank and description of the federal government" names federal
recipients (S.D. Codified Laws § 23-6-9). An evidence code whose disputable presumptions include "That
official duty has been performed regularly" presumes the warning given (N.D. Cent. Code § 31-11-03). An
application to extend the time to appeal that "shall be deemed denied" when not granted in fourteen days ends
the court's power to hear the appeal (Wyo. R. App. P. 2.01(a)(1)). A page under which jail "information ...
may be obtained by federal immigration authorities" opens it to them, and one under which agencies "will not
share this information with ICE absent a court order" is no court-order gate on the person's own record
(Boulder County District Attorney).
"""

from __future__ import annotations

from billkit.check.reading import Passage
from billkit.check.rules import check_passages

from support import round_cases_test

SD_23_6_9 = (
    "23-6-9. Upon request therefor and payment of the reasonable cost, the director shall furnish a copy of "
    "all available information and of records pertaining to the identification and history of any person or "
    "persons of whom the bureau has a record, to any similar governmental bureau, sheriff, chief of police, "
    "prosecuting attorney, attorney general, or any officer of similar rank and description of the federal "
    "government, or of any state or territory of the United States."
)
"""S.D. Codified Laws § 23-6-9, cut (tests/corpus/sd-codified-laws-23-6-8-1-23-6-9.txt)."""

ND_31_11_03 = (
    "All presumptions other than those set forth in section 31-11-02 are satisfactory if uncontradicted. "
    "They are denominated disputable presumptions and may be contradicted by other evidence. The following "
    "are of that kind:\n1. That a person is innocent of crime or wrong.\n...\n15. That official duty has "
    "been performed regularly."
)
"""N.D. Cent. Code § 31-11-03, cut (tests/corpus/nd-cent-code-31-11-03.txt)."""

WY_R_APP_P_2_01 = (
    "(1) Upon a showing of excusable neglect, the trial court in any action may extend the time for filing "
    "the notice of appeal, provided the application for extension of time is filed prior to the expiration "
    "of 45 days from entry of the appealable order. ... If the district court does not enter an order "
    "granting the application for extension within 14 days of filing of the application, the application "
    "shall be deemed denied."
)
"""Wyo. R. App. P. 2.01(a)(1), cut (tests/corpus/wy-r-app-p-2-01-a-2019.txt)."""

BOULDER = (
    "- Information about all individuals in-custody at the Boulder County Jail is public information and "
    "may be obtained by federal immigration authorities.\n- Boulder County law enforcement agencies do not "
    "seek to obtain information about the immigration status of individuals contacted and will not share "
    "this information with ICE absent a court order."
)
"""Boulder County (Colo.) District Attorney's Office, "Immigrant Rights in the Boulder County Justice System",
items cut (tests/corpus/boulder-county-co-da-immigrant-rights-page.txt)."""

CASES = [
    ("sd-23-6-9", SD_23_6_9, "federal-records", "contrary"),
    (
        "state-officers-only",
        "Upon request, the director shall furnish a copy of all available records of identification and "
        "history to any similar governmental bureau, sheriff, chief of police, prosecuting attorney, or "
        "attorney general of this state.",
        "federal-records",
        "absent",
    ),
    ("nd-31-11-03", ND_31_11_03, "rebuttable-presumption", "contrary"),
    (
        "a-presumption-of-innocence-alone",
        "All presumptions are disputable and may be contradicted by other evidence. The following are of "
        "that kind: 1. That a person is innocent of crime or wrong.",
        "rebuttable-presumption",
        "absent",
    ),
    ("wy-r-app-p-2-01", WY_R_APP_P_2_01, "court-jurisdiction", "contrary"),
    (
        "a-sealing-application-deemed-denied",
        "An application for an order sealing the record that the court has not decided within 60 days shall "
        "be deemed denied.",
        "court-jurisdiction",
        "absent",
    ),
    ("boulder-federal", BOULDER, "federal-records", "contrary"),
    ("boulder-own-records", BOULDER, "record-access", "absent"),
]


test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would = round_cases_test(CASES)


def test_a_presumption_of_regularity_is_carved_not_struck():
    finding = next(
        f for f in check_passages([Passage(ND_31_11_03, "test")]) if f.id == "rebuttable-presumption"
    )
    assert finding.status == "contrary"
    assert "except plea advisements from it, not to strike it" in finding.missing
