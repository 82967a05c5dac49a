"""billkit check against real statutes and other drafting: precision and recall for each practice.

The corpus (tests/corpus/) holds excerpts of enacted laws, quoted exactly with their citations,
and drafts written for these tests in other styles, each labelled for every practice.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from billkit.check.reading import Passage
from billkit.check.rules import check_passages
from billkit.load.library import PRACTICES

CORPUS = Path(__file__).parent / "corpus"
STATUSES = {"present", "partial", "absent"}


def load_corpus():
    items = []
    for path in sorted(CORPUS.glob("*.txt")):
        head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
        meta = yaml.safe_load(head)
        passages = [
            Passage(block.strip(), f"{path.name} block {i}") for i, block in enumerate(body.split("\n\n"), 1)
        ]
        items.append((path.name, meta, [p for p in passages if p.text]))
    return items


CASES = load_corpus()


def test_the_corpus_is_big_enough_and_cites_its_sources():
    real = [meta for name, meta, _ in CASES if not name.startswith("draft-")]
    drafts = [meta for name, meta, _ in CASES if name.startswith("draft-")]
    assert len(real) >= 12 and len(drafts) >= 6
    for meta in real:
        assert meta["citation"] and meta["source"].startswith("http")
    for name, meta, _ in CASES:
        assert set(meta["labels"]) == set(PRACTICES), name
        assert set(meta["labels"].values()) <= STATUSES, name


def test_the_corpus_has_the_negative_cases():
    names = {name for name, _, _ in CASES}
    negatives = {
        "md-crim-proc-10-108.txt",
        "va-code-19-2-392-14.txt",
        "draft-negative-court-order.txt",
        "draft-negative-employment-sharing.txt",
        "draft-negative-divest-jurisdiction.txt",
    }
    assert negatives <= names


@pytest.fixture(scope="module")
def predictions():
    return {name: {f.id: f.status for f in check_passages(passages)} for name, _, passages in CASES}


@pytest.mark.parametrize("practice", PRACTICES)
def test_precision_and_recall_are_at_least_0_9(predictions, practice):
    true_pos = false_pos = false_neg = 0
    for name, meta, _ in CASES:
        wanted = meta["labels"][practice] != "absent"
        found = predictions[name][practice] != "absent"
        true_pos += wanted and found
        false_pos += found and not wanted
        false_neg += wanted and not found
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    print(f"{practice}: precision {precision:.2f}, recall {recall:.2f} ({true_pos} found)")
    assert true_pos >= 2, "the corpus must exercise every practice"
    assert precision >= 0.9 and recall >= 0.9


def test_present_and_partial_are_told_apart(predictions):
    exact = sum(
        predictions[name][practice] == meta["labels"][practice]
        for name, meta, _ in CASES
        for practice in PRACTICES
    )
    total = len(CASES) * len(PRACTICES)
    assert exact / total >= 0.9, f"{exact} of {total} statuses exact"
