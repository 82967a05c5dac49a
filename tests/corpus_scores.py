"""Score `billkit check` on the labelled corpus: confusion tables, precision and recall, per split.

Run as a script from the repository root (``python tests/corpus_scores.py``) to print, for the test
split and the tuning split (see ``tests/corpus/SPLIT.md``), each practice's confusion table and the
precision and recall of ``present`` and of ``contrary``. ``tests/test_corpus.py`` uses the same
functions for its ratchets.

Statuses are compared as they are: a ``contrary`` prediction counts only once the checker reports
that status. Precision and recall are pooled over the six practices (every file × practice pair is
one decision). A measure whose denominator is zero (no predictions of the status, or no labels of
it) is 0.0: nothing was found, so nothing is credited.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from billkit.check.reading import Passage, read_bill
from billkit.check.rules import check_passages
from billkit.load.library import PRACTICES

CORPUS = Path(__file__).parent / "corpus"
SPLIT_FILE = CORPUS / "split.yaml"
STATUSES = ("present", "partial", "absent", "contrary")
MEASURED = ("present", "contrary")


@dataclass(frozen=True)
class Case:
    name: str
    meta: dict
    passages: list[Passage]

    @property
    def labels(self) -> dict[str, str]:
        return self.meta["labels"]


def load_case(path: Path) -> Case:
    """A labelled file, read as `billkit check` reads a bill (its header skipped, struck matter left out, each
    paragraph with its own label), so that the scores are those a user gets."""
    head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    return Case(path.name, yaml.safe_load(head), read_bill(path))


def load_corpus() -> list[Case]:
    return [load_case(path) for path in sorted(CORPUS.glob("*.txt"))]


WAVES = {
    "test": "test, first 22",
    "test_2026_11_30": "test, added 2026-11-30",
    "test_2026_11_30_e": "test, third wave",
    "test_neighbours": "test, neighbours",
    "test_2026_12_01": "test, added 2026-12-01",
    "test_2026_12_01_b": "test, tenth round",
    "test_2026_12_01_c": "test, eleventh round",
    "test_2026_12_01_d": "test, twelfth round",
    "test_2026_12_01_e": "test, thirteenth round",
    "test_2026_12_01_f": "test, fourteenth round",
    "test_2026_12_01_g": "test, fifteenth round",
    "test_2026_12_01_h": "test, fifteenth round, second twelve",
    "test_2026_12_01_i": "test, sixteenth round",
    "test_2026_12_01_j": "test, sixteenth round, second twelve",
    "test_2026_12_01_k": "test, seventeenth round",
    "test_2026_12_01_l": "test, seventeenth round, second twelve",
    "test_2026_12_01_m": "test, eighteenth round",
    "test_2026_12_01_n": "test, nineteenth round",
    "test_2026_12_01_o": "test, nineteenth round, second twelve",
    "test_2026_12_01_p": "test, twentieth round",
    "test_2026_12_02": "test, twenty-first round",
    "test_2026_12_02b": "test, twenty-second round",
    "test_2026_12_03": "test, twenty-third round",
    "test_2026_12_03b": "test, twenty-fourth round",
    "test_2026_12_04": "test, twenty-fifth round",
    "test_2026_12_05": "test, twenty-sixth round",
    "test_2026_12_06": "test, twenty-seventh round",
    "test_2026_12_07": "test, twenty-eighth round",
    "test_2026_12_08": "test, twenty-ninth round",
    "test_2026_12_09": "test, thirtieth round",
    "test_2026_12_10": "test, thirty-first round",
    "test_2026_12_11": "test, thirty-second round",
    "test_2026_12_12": "test, thirty-third round",
    "test_2026_12_13": "test, thirty-fourth round",
    "test_2026_12_14": "test, thirty-fifth round",
    "test_2026_12_15": "test, thirty-sixth round",
    "test_2026_12_16": "test, thirty-seventh round",
    "test_2026_12_17": "test, thirty-eighth round",
    "test_2026_12_18": "test, thirty-ninth round",
    "test_2026_12_19": "test, fortieth round",
    "test_2026_12_20": "test, forty-first round",
    "test_2026_12_21": "test, forty-second round",
    "test_2026_12_22": "test, forty-third round",
    "test_2026_12_23": "test, forty-fourth round",
    "test_2026_12_24": "test, forty-fifth round",
    "test_2026_12_25": "test, forty-sixth round",
    "test_2026_12_26": "test, forty-seventh round",
    "test_2026_12_27": "test, forty-eighth round",
    "test_2026_12_28": "test, forty-ninth round",
    "test_2026_12_29": "test, fiftieth round",
    "test_2026_12_30": "test, fifty-first round",
    "test_2026_12_31": "test, fifty-second round",
    "test_2027_01_01": "test, fifty-third round",
    "test_2027_01_02": "test, fifty-fourth round",
    "test_2027_01_03": "test, fifty-fifth round",
    "test_2027_01_04": "test, fifty-sixth round",
    "test_2027_01_05": "test, fifty-seventh round",
    "test_2027_01_06": "test, fifty-eighth round",
    "test_2027_01_07": "test, fifty-ninth round",
    "test_2027_01_08": "test, sixtieth round",
    "test_2027_01_09": "test, sixty-first round",
    "test_2027_01_10": "test, sixty-second round",
}
"""Each list of ``split.yaml`` and the name its measures are reported under."""


def split_waves() -> dict[str, list[str]]:
    """The test split's waves, each as ``split.yaml`` lists it: the first 22 files, the 15 added blind on
    2026-11-30, the 17 a researcher then gathered for the test split alone, 5 later texts from the
    same chapters as test files, and the test files of each round gathered blind on 2026-12-01. Every
    list the file holds is a wave, named or not, so a new one can never be left out of the split."""
    listed = yaml.safe_load(SPLIT_FILE.read_text(encoding="utf-8"))
    return {WAVES.get(key, f"test, {key}"): names for key, names in listed.items()}


def load_split() -> dict[str, str]:
    """File name → ``test`` or ``tune``: the files ``split.yaml`` lists in a test wave, and every other."""
    test = {name for wave in split_waves().values() for name in wave}
    return {path.name: "test" if path.name in test else "tune" for path in sorted(CORPUS.glob("*.txt"))}


def predict(cases: list[Case]) -> dict[str, dict[str, str]]:
    """File name → practice → the status `billkit check` gives."""
    return {case.name: {f.id: f.status for f in check_passages(case.passages)} for case in cases}


@dataclass(frozen=True)
class Score:
    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 0.0

    def __str__(self) -> str:
        # A measure with nothing to measure prints as "-" (it counts as 0.0 in the ratchets).
        precision = f"{self.precision:.2f}" if self.true_pos + self.false_pos else "-"
        recall = f"{self.recall:.2f}" if self.true_pos + self.false_neg else "-"
        return (
            f"precision {precision}, recall {recall} "
            f"(tp {self.true_pos}, fp {self.false_pos}, fn {self.false_neg})"
        )


@dataclass(frozen=True)
class Scores:
    files: int
    confusion: dict[str, Counter]  # practice → Counter of (label, predicted)
    overall: dict[str, Score]  # status → pooled over the practices
    by_practice: dict[str, dict[str, Score]]  # practice → status → score


def _score(pairs: list[tuple[str, str]], status: str) -> Score:
    return Score(
        sum(label == status and found == status for label, found in pairs),
        sum(label != status and found == status for label, found in pairs),
        sum(label == status and found != status for label, found in pairs),
    )


def score(cases: list[Case], predictions: dict[str, dict[str, str]]) -> Scores:
    pairs = {p: [(c.labels[p], predictions[c.name][p]) for c in cases] for p in PRACTICES}
    pooled = [pair for practice in PRACTICES for pair in pairs[practice]]
    return Scores(
        files=len(cases),
        confusion={p: Counter(pairs[p]) for p in PRACTICES},
        overall={s: _score(pooled, s) for s in MEASURED},
        by_practice={p: {s: _score(pairs[p], s) for s in MEASURED} for p in PRACTICES},
    )


def report(title: str, scores: Scores) -> str:
    """The confusion table of each practice (rows: label, columns: predicted) and the measures."""
    width = max(len(s) for s in STATUSES) + 2
    lines = [f"== {title} ({scores.files} files) =="]
    for practice in PRACTICES:
        table = scores.confusion[practice]
        lines.append("")
        lines.append(f"{practice}: label ↓ / predicted →")
        lines.append(" " * width + "".join(s.rjust(width) for s in STATUSES))
        for label in STATUSES:
            row = "".join(str(table[label, found]).rjust(width) for found in STATUSES)
            lines.append(label.ljust(width) + row)
        for status in MEASURED:
            lines.append(f"  {status}: {scores.by_practice[practice][status]}")
    lines.append("")
    for status in MEASURED:
        lines.append(f"{status} (all practices): {scores.overall[status]}")
    return "\n".join(lines)


def split_scores() -> dict[str, Scores]:
    """Scores of the test split, the tuning split and the whole corpus (both splits together)."""
    cases = load_corpus()
    split = load_split()
    predictions = predict(cases)
    scores = {
        name: score([c for c in cases if split[c.name] == name], predictions) for name in ("test", "tune")
    }
    for wave, names in split_waves().items():
        scores[wave] = score([c for c in cases if c.name in names], predictions)
    scores["whole corpus"] = score(cases, predictions)
    return scores


def main() -> int:
    for name, scores in split_scores().items():
        print(report(name if name in ("whole corpus",) or "," in name else f"{name} split", scores))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
