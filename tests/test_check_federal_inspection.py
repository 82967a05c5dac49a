"""`billkit check` on cleared records that federal officers may inspect, examine or access: they work against
the federal-records practice, as records kept "available" to a federal agency do. A bar on that inspection, or
an inspection by the person and the prosecutor, is not read so. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from support import passage_status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Sealed juvenile court records may be inspected by federal law enforcement officers in the "
            "course of an investigation.",
            "contrary",
        ),
        (
            "Records of a sealed case may be accessed by federal authorities for immigration purposes.",
            "contrary",
        ),
        ("Sealed records may not be inspected by federal law enforcement officers.", "absent"),
        ("Expunged records may be inspected only by the person and not by any federal officer.", "absent"),
        ("The sealed file may be examined by the person and by the prosecuting attorney.", "absent"),
    ],
    ids=[
        "inspected-by-federal-officers",
        "accessed-by-federal-authorities",
        "barred",
        "kept-out",
        "no-federal",
    ],
)
def test_cleared_records_seen_by_federal_officers(text, status):
    assert passage_status("federal-records", text) == status


def test_an_agencys_initials_with_full_stops_are_its_name():
    dotted = "Sealed records shall not be sent to the F.B.I. or to any other federal agency."
    plain = dotted.replace(".", "", 3)
    assert passage_status("federal-records", dotted) == passage_status("federal-records", plain)
    assert passage_status("federal-records", dotted) == "partial"
