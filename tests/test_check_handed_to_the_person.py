"""`billkit check` on a cleared record handed "to the person": in a law about the person's own relief, "the
person" after "to" is the one the record concerns, and "a copy" needs no "of the record" when the sentence
has named the record already. A copy handed to whoever asks ("to the person requesting it"), to someone named
by a task, or a copy of the law itself, is no grant. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from support import passage_status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Upon request, the department shall furnish a copy of the sealed record to the person.", "present"),
        (
            "Expunged records shall not be disclosed to any agency other than the department, but the "
            "department shall furnish a copy to the person upon request.",
            "present",
        ),
        ("The department shall furnish a copy of the expunged record to the person requesting it.", "absent"),
        (
            "The department shall furnish a copy of the expunged record to the person conducting the "
            "background check.",
            "absent",
        ),
        (
            "A court entering a dismissal after a conviction has been vacated shall provide a copy of this "
            "chapter to the defendant.",
            "absent",
        ),
        (
            "The department shall furnish information on expunged records to the person only upon court "
            "order.",
            "contrary",
        ),
        (
            "The department shall, on request and without a further order, deliver a copy of the sealed "
            "record to the applicant.",
            "present",
        ),
        (
            "Upon sealing, the department shall send any records relating to the person to the archive.",
            "absent",
        ),
        # a bar on the very person a grant would name (read `present` before: the verb and the person,
        # without the "not" before them)
        ("Sealed records shall not be furnished to the person who is the subject of the record.", "contrary"),
        (
            "Sealed records shall not be furnished to any person except to the person who is the subject of "
            "the record.",
            "present",
        ),
        (
            "No such sealed record shall be disclosed to any person or agency, save that the clerk keeping "
            "it shall, on request and without further order, furnish it to the person who was accused.",
            "present",
        ),
        # ... and in the active
        (
            "The department shall not furnish the sealed record to the person who is the subject of the "
            "record.",
            "contrary",
        ),
        ("The clerk may not give a copy of the expunged record to the petitioner.", "contrary"),
        (
            "The department shall not furnish the sealed record to any person except the person who is the "
            "subject of the record.",
            "present",
        ),
        (
            "No copy of the sealed record shall be provided to the person who is the subject of the record.",
            "contrary",
        ),
        ("The agency shall refuse to release the expunged record to the petitioner.", "contrary"),
    ],
    ids=[
        "to-the-person",
        "bare-copy",
        "to-a-requester",
        "to-a-checker",
        "copy-of-the-law",
        "court-order",
        "delivered-to-the-applicant",
        "relating-to-the-person",
        "furnished-not-to-the-person",
        "furnished-to-none-but-the-person",
        "save-that-furnish-it",
        "shall-not-furnish-to-the-person",
        "may-not-give-a-copy",
        "shall-not-furnish-except-to-the-person",
        "no-copy-to-the-person",
        "refuse-to-release",
    ],
)
def test_a_record_handed_to_the_person(text, status):
    assert passage_status("record-access", text) == status


def test_a_notice_sent_at_the_persons_request_to_others_gives_them_nothing():
    text = (
        "Upon the request of the person whose record was sealed, the clerk shall send written notice of the "
        "sealing order to any employer or landlord that the person identifies."
    )
    assert passage_status("record-access", text) == "absent"


def test_a_right_to_contest_ones_own_criminal_history_is_part_of_access():
    text = (
        "After inspection of criminal history record information, an individual may contest the accuracy or "
        "completeness of the information about that individual."
    )
    assert passage_status("record-access", text) == "partial"


def test_a_notice_of_eligibility_for_relief_gives_no_record():
    text = (
        "Notice of collateral consequences and eligibility for expungement. When an individual is charged "
        "with an offense, the court shall provide written notice to the individual."
    )
    assert passage_status("record-access", text) == "absent"
