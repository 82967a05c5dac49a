"""`billkit check` on sentences a blind reader took from whole bills of its own (no source), where the rules
read them wrong before: the guidance's own sentence on continuing jurisdiction read alone; a court that "has
jurisdiction to hear and decide a motion ... notwithstanding that the record ... has been expunged"; a
severability clause's "held invalid", which is no ground of relief beside a civil action; a definition that
keeps a sealed record "at all times" available to its subject without an order of court; the court opening
a record for the prosecutor, which says nothing of the person's access; a duty to delete records from a file
federal agencies can see; a legislature's findings about federal immigration authorities; and a defendant
not required to state their own immigration status.
"""

from __future__ import annotations

import pytest

from support import line_findings

PROBES = [
    (
        "r02",
        "court-jurisdiction",
        "present",
        (
            "An expungement performed pursuant to this section shall not preclude the court's "
            "jurisdiction over any subsequently filed motion to amend the record, post-conviction "
            "relief motion or petition, or any other future collateral attack on an expunged "
            "conviction."
        ),
    ),
    (
        "p03",
        "court-jurisdiction",
        "present",
        (
            "(e) Jurisdiction after record relief. The circuit court has jurisdiction to hear and "
            "decide a motion under this Section notwithstanding that the record of the conviction "
            "has been expunged, sealed, or otherwise cleared under the Criminal Identification Act "
            "or any other law, and the expungement or sealing of the record shall not be a ground to "
            "deny or dismiss the motion."
        ),
    ),
    (
        "s05",
        "vacatur-for-cause",
        "absent",
        (
            "Sec. 5. An aggrieved person may bring a civil action for damages and declaratory "
            "relief.\n"
            "Sec. 4. The department shall adopt rules.\n"
            "Sec. 8. If any provision of this act is held invalid, the remainder of the act is not "
            "affected."
        ),
    ),
    (
        "q01",
        "record-access",
        "present",
        (
            '"Sealed." With respect to a record, removed from public view so that the record may not '
            "be disseminated to any noncriminal justice agency or to any member of the public, "
            "except as provided in section 92A04, provided that a sealed record shall at all times "
            "remain available to the individual who is its subject, who may inspect it and obtain a "
            "complete copy from the central repository or the clerk of courts without filing a "
            "petition and without obtaining an order of court."
        ),
    ),
    (
        "p14",
        "record-access",
        "absent",
        (
            "(c) A court may order the opening or review of an expunged record on a verified "
            "petition filed by a State's Attorney that states that the record is needed for a "
            "pending criminal proceeding, after notice to the person who is the subject of the "
            "record."
        ),
    ),
    (
        "p17",
        "federal-records",
        "absent",
        (
            "(a) Delete the record from any file or index that the section maintains and makes "
            "available to federal agencies."
        ),
    ),
    (
        "p15",
        "federal-records",
        "absent",
        (
            "(1) The general assembly finds and declares that: (a) Federal immigration authorities "
            "generally will not give effect to a state order that eliminates a conviction on the "
            "basis of rehabilitation rather than legal error."
        ),
    ),
    (
        "p09",
        "federal-records",
        "absent",
        (
            "C. The defendant may not be required to disclose the defendant's immigration or "
            "citizenship status to the court."
        ),
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), PROBES, ids=[p[0] for p in PROBES])
def test_each_sentence_reads_as_the_reviewer_expected(name, practice, status, text):
    assert line_findings(text)[practice].status == status


def test_a_defined_term_that_takes_in_federal_agencies_is_followed_to_where_records_are_opened_to_it():
    definition = (
        '(a) "Authorized agency" means any court of this state, any criminal justice agency, '
        "including federal agencies."
    )
    opening = "(c) A sealed record shall be made available to an authorized agency upon request."
    assert line_findings(f"{definition}\n{opening}")["federal-records"].status == "contrary"
    # a term that leaves federal agencies out, or a bar on opening records to it, is no federal recipient
    narrow = '(a) "Authorized agency" means any court of this state, but does not include a federal agency.'
    assert line_findings(f"{narrow}\n{opening}")["federal-records"].status == "absent"
    barred = "(c) A sealed record shall not be made available to an authorized agency."
    assert line_findings(f"{definition}\n{barred}")["federal-records"].status != "contrary"


def test_bracketed_old_law_beside_new_law_in_capitals_is_struck_without_a_legend(tmp_path):
    from billkit.check.rules import check_bill

    bill = tmp_path / "bill.txt"
    bill.write_text(
        "(b) [A record that has been expunged may be opened, including by the person who is the subject "
        "of the record, only on order of the court.] A PERSON WHO IS THE SUBJECT OF AN EXPUNGED RECORD "
        "MAY INSPECT IT.\n",
        encoding="utf-8",
    )
    assert {f.id: f.status for f in check_bill(bill)}["record-access"] == "present"
    # a drafter's bracketed placeholder beside ordinary text is read, not struck
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "(b) A sealed record may be opened, including by the person who is the subject of the record, "
        "only on order of the [court].\n",
        encoding="utf-8",
    )
    assert {f.id: f.status for f in check_bill(draft)}["record-access"] == "contrary"


def test_the_person_may_see_it_when_the_sentence_names_their_record():
    text = "The person whose record was sealed may obtain a copy of it from the department upon request."
    assert line_findings(text)["record-access"].status == "present"
    gated = "The person whose record was sealed may obtain a copy of it only upon order of the court."
    assert line_findings(gated)["record-access"].status != "present"


@pytest.mark.parametrize(
    "text",
    [
        # what the legislature finds or intends enacts nothing, however well it describes the protections
        "The Legislature finds all of the following: (d) It is the intent of the Legislature that record "
        "clearance asks the FBI to remove cleared records and bars giving them to federal immigration "
        "authorities.",
        "It is the intent of the General Assembly that a person may obtain a copy of his or her own sealed "
        "record without a court order.",
        # a heading in capitals names a subject; it grants nothing
        "PRESUMPTION OF LEGAL INVALIDITY FOR NONCITIZEN DEFENDANTS.",
    ],
)
def test_findings_intent_and_headings_are_no_provision(text):
    assert {f.status for f in line_findings(text).values()} == {"absent"}


def test_new_law_printed_in_capitals_is_still_read():
    text = (
        "(b) A PERSON WHOSE RECORD HAS BEEN SEALED MAY OBTAIN A COPY OF THE SEALED RECORD WITHOUT A "
        "COURT ORDER."
    )
    assert line_findings(text)["record-access"].status == "present"
