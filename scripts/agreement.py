"""How far a second, blind reader of the test split agrees with the corpus's labels, and how `billkit check`
does on the same texts.

Run from the repository root:

    python scripts/agreement.py

It reads docs/research/check-corpus/second-reading.tsv (a second reader's labels for a sample of
test-split files, gathered as that folder's second-reading.md says), keeps the files marked independent, and
prints, per practice, how often the two readers agree (and Cohen's kappa), then the second reader's and
billkit's precision and recall for `present` and `contrary` measured against the corpus's labels.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from billkit.load.library import PRACTICES  # noqa: E402
from corpus_scores import Score, load_corpus, predict  # noqa: E402

READING = ROOT / "docs" / "research" / "check-corpus" / "second-reading.tsv"
MEASURED = ("present", "contrary")


def second_reading() -> dict[str, dict[str, str]]:
    """File name → practice → the second reader's label, for the files read independently."""
    found = {}
    for line in READING.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, *labels, independent = line.split("\t")
        if independent == "yes":
            found[name] = dict(zip(PRACTICES, labels, strict=True))
    return found


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two readers' labels."""
    observed = sum(a == b for a, b in pairs) / len(pairs)
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / len(pairs) ** 2
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def score(pairs: list[tuple[str, str]], status: str) -> Score:
    """A reading's (the second item's) precision and recall for ``status`` against the labels (the first)."""
    return Score(
        true_pos=sum(a == status and b == status for a, b in pairs),
        false_pos=sum(b == status and a != status for a, b in pairs),
        false_neg=sum(a == status and b != status for a, b in pairs),
    )


def main() -> None:
    reading = second_reading()
    cases = [case for case in load_corpus() if case.name in reading]
    labels = {case.name: case.labels for case in cases}
    checked = predict(cases)
    print(f"{len(cases)} test-split files read twice\n")
    for practice in PRACTICES:
        pairs = [(labels[name][practice], reading[name][practice]) for name in labels]
        observed, k = kappa(pairs)
        print(f"{practice}: agree {observed:.2f}, kappa {k:.2f}")
    for reader, read in (("second reader", reading), ("billkit check", checked)):
        print(f"\n{reader}, against the corpus's labels:")
        for status in MEASURED:
            pairs = [(labels[n][p], read[n][p]) for n in labels for p in PRACTICES]
            print(f"  {status}: {score(pairs, status)}")


if __name__ == "__main__":
    main()
