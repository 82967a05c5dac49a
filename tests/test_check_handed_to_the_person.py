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
    ],
    ids=["to-the-person", "bare-copy", "to-a-requester", "to-a-checker", "copy-of-the-law", "court-order"],
)
def test_a_record_handed_to_the_person(text, status):
    assert passage_status("record-access", text) == status
