"""`billkit check` on a written notice, handed to the person, that explains what the relief does: part of
public education (it tells the person, but not that relief may leave immigration consequences). A notice
to a party of a hearing, or a copy of the order, tells the person nothing of its effect, nor does a law that
forbids an institution "of higher education" to act "formally or informally". The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from support import passage_status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The clerk shall provide each person whose record is sealed with a written notice explaining the "
            "effect of the order.",
            "partial",
        ),
        ("The clerk shall provide the prosecuting attorney with a written notice of the hearing.", "absent"),
        ("The court shall provide the petitioner with a copy of the order.", "absent"),
        # words that hold "inform" or "education" and tell no one anything
        (
            "No institution of higher education may adopt, formally or informally, an order that limits "
            "cooperation with immigration officials, and no policy may limit the sharing of any record.",
            "absent",
        ),
    ],
    ids=["notice-of-effect", "notice-of-hearing", "copy-of-order", "informally-higher-education"],
)
def test_a_notice_of_what_relief_does(text, status):
    assert passage_status("public-education", text) == status
