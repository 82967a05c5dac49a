"""Every blind probe review kept in tests/probes/ (one folder a round): each probe reads as its reviewer
expected before billkit was run. What each round tried, and the rows it leaves out, are in that round's own
test module (tests/test_check_probe_round27.py, tests/test_check_probe_round29.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import ProbeReview, made_in_shards

REVIEWS = {
    folder.name: ProbeReview.load(folder) for folder in sorted((Path(__file__).parent / "probes").iterdir())
}
ROWS = [(review, *row) for review, probes in REVIEWS.items() for row in probes.rows]


SHARDS = 2
"""The reviews are read in this many parts, each by one test worker (tests/support.py, ``made_in_shards``)."""


@pytest.fixture(scope="module")
def statuses(tmp_path_factory) -> dict[str, dict[str, dict[str, str]]]:
    """What `billkit check` says of every probe: review to probe to practice to status."""

    def write(folder, shard):
        read = {review: REVIEWS[review].statuses() for review in sorted(REVIEWS)[shard::SHARDS]}
        (folder / "statuses.json").write_text(json.dumps(read), encoding="utf-8")

    found = {}
    for folder in made_in_shards(tmp_path_factory, "probe-statuses", SHARDS, write):
        found.update(json.loads((folder / "statuses.json").read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize(
    ("review", "name", "practice", "status"), ROWS, ids=[f"{r}-{n}-{p}" for r, n, p, _ in ROWS]
)
def test_each_probe_reads_as_the_reviewer_expected(statuses, review, name, practice, status):
    assert statuses[review][name][practice] == status, REVIEWS[review].expected[name][practice]["why"]
