"""Every blind probe review kept in tests/probes/ (one folder a round): each probe reads as its reviewer
expected before billkit was run. What each round tried, and the rows it leaves out, are in that round's own
test module (tests/test_check_probe_round27.py, tests/test_check_probe_round29.py)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from support import ProbeReview

REVIEWS = {
    folder.name: ProbeReview.load(folder) for folder in sorted((Path(__file__).parent / "probes").iterdir())
}
ROWS = [(review, *row) for review, probes in REVIEWS.items() for row in probes.rows]


@functools.cache
def statuses(review: str) -> dict[str, dict[str, str]]:
    return REVIEWS[review].statuses()


@pytest.mark.parametrize(
    ("review", "name", "practice", "status"), ROWS, ids=[f"{r}-{n}-{p}" for r, n, p, _ in ROWS]
)
def test_each_probe_reads_as_the_reviewer_expected(review, name, practice, status):
    assert statuses(review)[name][practice] == status, REVIEWS[review].expected[name][practice]["why"]
