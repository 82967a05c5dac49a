"""Train `billkit check`'s likeness reader and write src/billkit/check/likeness.npz.

Run from the repository root after the paraphrase suites, the tuning split or the blind probe reviews change:

    python scripts/train_likeness.py

It learns from paraphrase suites 1 to 4 and 6 (tests/corpus/paraphrases/; suites 5 and 7 stay held out, to
measure the reader), from every sentence of the tuning split's real texts labelled ``absent`` for a practice,
and, for the practices in ``QUOTED_PRACTICES``, from the sentences of the tuning split's texts labelled
``contrary`` that their notes quote as the reason for that label (tests/corpus/; the test split is never
read). It also learns from the blind probe reviews (tests/probes/round*/): every sentence of a probe
judged ``absent`` for a practice, and the sentences whose words a judgement quotes as the reason for any other
status, for the practices in ``PROBED_PRACTICES``.
tests/test_likeness.py checks that the shipped file matches what this script gives.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from billkit.check import likeness  # noqa: E402
from billkit.load.library import PRACTICES  # noqa: E402
from billkit.sentences import sentences  # noqa: E402
from corpus_scores import load_corpus, load_split  # noqa: E402

NOTE_NAMES = {
    "vacatur-for-cause": r"vacatur(?:[- ]for[- ]cause)?",
    "rebuttable-presumption": r"(?:rebuttable[- ])?presumption",
    "court-jurisdiction": r"court[- ](?:jurisdiction|power)",
    "record-access": r"record[- ]access|own[- ]records?(?: access)?",
    "federal-records": r"federal[- ]records?",
    "public-education": r"public[- ]education",
}
"""How a label's notes name each practice ("Federal-records contrary: ...", "Court-jurisdiction contrary
(judgement call): ...")."""
NOTE_LABEL = re.compile(
    r"(?i)\b(?:" + "|".join(f"(?P<{p.replace('-', '_')}>{name})" for p, name in NOTE_NAMES.items()) + r")\b"
    r"[^.:'\"]{0,40}?\b(?P<status>present|partial|absent|contrary)\b"
)
NOTE_QUOTE = re.compile(r"(?:(?<=[\s(\[])|^)'(.{12,}?)'(?=[\s,.;:)\]]|$)")
"""A quotation in single quotes, not an apostrophe ("the court's")."""
REASON_CHARS = 400
"""How far after a label's name its reason is read: the decisive words are quoted first, before the precedents
and the arguments against, whose quotes may be of other texts or of what the text does not do."""
REASON_QUOTES = 2
QUOTED_PRACTICES = ("vacatur-for-cause", "rebuttable-presumption", "court-jurisdiction", "federal-records")
"""The practices whose real contrary provisions the reader learns. Not own-record access: a bar on access
"except to the defendant" and a grant "only with the permission of the person" share every word with the
corpus's bars, and a reader of words alone took both for bars."""
PROBED_PRACTICES = ("federal-records",)
"""The practices the reader learns from the probe reviews. Not own-record access (as for the corpus: bars and
grants share their words), nor the court's power: its clauses turn on a negation or an exception ("None of the
deadlines in this article is jurisdictional"; "no further jurisdiction of the appeal" once the mandate
issues), which words alone do not see; a reader taught by the probes' closed courts took such near misses for
bars."""
LAST_TAUGHT_ROUND = 79
"""The last probe round the reader learns from. Later rounds are held out from it, so that what it reads in
them (without the rules) measures it on texts it was not taught; the rules are tested on every round."""
FRAGMENT_CHARS = 15
"""A quoted piece shorter than this ("only by court order") could match a sentence that does not decide."""

SUITES = tuple(ROOT / "tests" / "corpus" / "paraphrases" / f"suite-{n}.tsv" for n in (1, 2, 3, 4, 6))
PROBES = ROOT / "tests" / "probes"
JUDGEMENT_QUOTE = re.compile(
    r"""(?:(?<=[\s(\[])|^)(?:'(.{12,}?)'|"(.{12,}?)"|“(.{12,}?)”)(?=[\s,.;:)\]]|$)"""
)
"""A quotation in a probe's judgement, in single, double or curly quotes (not an apostrophe)."""


def suite_rows() -> list[tuple[str, str, str]]:
    """(label, practice, provision) from the training suites, in file order."""
    rows = []
    for suite in SUITES:
        for line in suite.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, practice, text = line.split("\t")
                rows.append((label, practice, text))
    return rows


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def quoted_as_contrary(notes: str, practice: str, text_sentences: list[str]) -> list[str]:
    """The sentences of a text that its notes quote as the reason it works against ``practice``: a quote
    within ``REASON_CHARS`` after the notes name the practice and ``contrary``, each piece between ellipses
    matched to the sentence that holds it."""
    labels = list(NOTE_LABEL.finditer(notes))
    pieces = []
    for label, after in zip(labels, [*labels[1:], None], strict=False):
        if label.group(practice.replace("-", "_")) is None or label.group("status").lower() != "contrary":
            continue
        reason = notes[label.end() : after.start() if after else len(notes)][:REASON_CHARS]
        pieces += [piece for quote in NOTE_QUOTE.findall(reason)[:REASON_QUOTES] for piece in _pieces(quote)]
    return _holding(text_sentences, pieces)


def _pieces(quote: str) -> list[str]:
    """A quotation's pieces between ellipses, flattened, each long enough to pick out one sentence."""
    pieces = (piece.strip(" .,;") for piece in re.split(r"\s*(?:\.\.\.|…)\s*", quote))
    return [_flat(piece) for piece in pieces if len(piece) >= FRAGMENT_CHARS]


def _holding(text_sentences: list[str], pieces: list[str]) -> list[str]:
    """The sentences that hold any of the quoted pieces."""
    return [s for s in text_sentences if any(piece in _flat(s) for piece in pieces)]


def taught_rounds() -> list[Path]:
    """The probe rounds the reader learns from, in order."""
    rounds = sorted(PROBES.glob("round*"), key=lambda path: int(path.name.removeprefix("round")))
    return [folder for folder in rounds if int(folder.name.removeprefix("round")) <= LAST_TAUGHT_ROUND]


def probe_rows() -> list[tuple[str, str, str]]:
    """(label, practice, sentence) from the blind probe reviews, in round and probe order: each sentence of a
    probe judged ``absent`` for a practice, and for any other status the sentences holding the words its
    judgement quotes (a judgement that quotes nothing of the probe teaches nothing); only for
    ``PROBED_PRACTICES``."""
    rows = []
    for folder in taught_rounds():
        judged = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
        for name, judgements in judged.items():
            text = (folder / f"{name}.txt").read_text(encoding="utf-8")
            read = [s for s in sentences(text) if len(s) > likeness.MIN_CHARS]
            for practice, judgement in judgements.items():
                if practice not in PROBED_PRACTICES:
                    continue
                status = judgement["status"]
                if status == "absent":
                    rows += [(status, practice, s) for s in read]
                    continue
                quotes = (
                    q for match in JUDGEMENT_QUOTE.finditer(judgement.get("why", "")) for q in match.groups()
                )
                pieces = [piece for quote in quotes if quote for piece in _pieces(quote)]
                rows += [(status, practice, s) for s in _holding(read, pieces)]
    return rows


def examples() -> tuple[dict[str, list[tuple[str, str]]], list[str]]:
    """Each practice's (text, label) pairs, and the texts the vocabulary comes from."""
    rows = suite_rows()
    vocabulary = [text for _, _, text in rows]
    split = load_split()
    tuning = [case for case in load_corpus() if split[case.name] == "tune"]
    pairs: dict[str, list[tuple[str, str]]] = {}
    for practice in PRACTICES:
        pairs[practice] = [(text, label) for label, p, text in rows if p == practice]
        for case in tuning:
            label = case.labels.get(practice, "absent")
            if label != "absent" and (label != "contrary" or practice not in QUOTED_PRACTICES):
                continue
            read = [
                s for passage in case.passages for s in sentences(passage.text) if len(s) > likeness.MIN_CHARS
            ]
            if label == "absent":
                pairs[practice] += [(s, "absent") for s in read]
            else:
                decisive = quoted_as_contrary(str(case.meta.get("notes", "")), practice, read)
                pairs[practice] += [(s, "contrary") for s in decisive]
                vocabulary += decisive
    for label, practice, text in probe_rows():
        pairs[practice].append((text, label))
        if label != "absent":
            vocabulary.append(text)
    return pairs, vocabulary


def provenance() -> dict:
    import sklearn

    digest = hashlib.sha256()
    for suite in SUITES:
        digest.update(suite.read_bytes())
    for folder in sorted(taught_rounds()):
        digest.update((folder / "expected.yaml").read_bytes())
    names = [s.name for s in SUITES]
    return {"suites": names, "suites_sha256": digest.hexdigest(), "sklearn": sklearn.__version__}


def main() -> None:
    pairs, vocabulary = examples()
    likeness.save(likeness.fit(pairs, vocabulary), likeness.MODEL, provenance())
    print(f"wrote {likeness.MODEL.relative_to(ROOT)} ({likeness.MODEL.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
