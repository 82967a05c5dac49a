"""Train `billkit check`'s likeness reader and write src/billkit/check/likeness.npz.

Run from the repository root after the paraphrase suites or the tuning split change:

    python scripts/train_likeness.py

It learns from paraphrase suites 1 to 4 and 6 (tests/corpus/paraphrases/; suites 5 and 7 stay held out, to
measure the reader) and from every sentence of the tuning split's real texts labelled ``absent`` for a
practice (tests/corpus/; the test split is never read). tests/test_likeness.py checks that the
shipped file matches what this script gives.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from billkit.check import likeness  # noqa: E402
from billkit.load.library import PRACTICES  # noqa: E402
from billkit.sentences import sentences  # noqa: E402
from corpus_scores import load_corpus, load_split  # noqa: E402

SUITES = tuple(ROOT / "tests" / "corpus" / "paraphrases" / f"suite-{n}.tsv" for n in (1, 2, 3, 4, 6))


def suite_rows() -> list[tuple[str, str, str]]:
    """(label, practice, provision) from the training suites, in file order."""
    rows = []
    for suite in SUITES:
        for line in suite.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, practice, text = line.split("\t")
                rows.append((label, practice, text))
    return rows


def examples() -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """Each practice's (text, label) pairs, and the texts the vocabulary comes from."""
    rows = suite_rows()
    split = load_split()
    tuning = [case for case in load_corpus() if split[case.name] == "tune"]
    pairs: dict[str, list[tuple[str, str]]] = {}
    for practice in PRACTICES:
        pairs[practice] = [(text, label) for label, p, text in rows if p == practice]
        for case in tuning:
            if case.labels.get(practice, "absent") == "absent":
                pairs[practice] += [
                    (s, "absent")
                    for passage in case.passages
                    for s in sentences(passage.text)
                    if len(s) > likeness.MIN_CHARS
                ]
    return pairs, [text for _, _, text in rows]


def provenance() -> dict:
    import sklearn

    digest = hashlib.sha256()
    for suite in SUITES:
        digest.update(suite.read_bytes())
    names = [s.name for s in SUITES]
    return {"suites": names, "suites_sha256": digest.hexdigest(), "sklearn": sklearn.__version__}


def main() -> None:
    pairs, vocabulary = examples()
    likeness.save(likeness.fit(pairs, vocabulary), likeness.MODEL, provenance())
    print(f"wrote {likeness.MODEL.relative_to(ROOT)} ({likeness.MODEL.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
