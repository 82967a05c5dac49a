"""Amending existing law: the amended text of a statute section, and its redline against the current one.

The redline is a word-level diff (difflib), so exactly the words added and the words removed are
marked; how they are marked is the jurisdiction's convention, kept in its data.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from .model import Run

PARAGRAPH = "\n\n"
INS = frozenset({"ins"})
DEL = frozenset({"del"})


def paragraphs_of(text: str) -> list[str]:
    """A statute's paragraphs: blank lines, or a line starting with a label like "(b)", start one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        current: list[str] = []
        for line in lines:
            if current and re.match(r"^\(?[a-z0-9]{1,4}[.)]\s", line):
                out.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            out.append(" ".join(current))
    return out


def next_labels(paragraphs: list[str], count: int) -> list[str | None]:
    """Labels for paragraphs added at the end: after "(k)" come "(l)", "(m)", ...; none if unlabelled."""
    last = None
    for paragraph in paragraphs:
        match = re.match(r"^\(([a-z])\)", paragraph)
        if match:
            last = match.group(1)
    if last is None:
        return [None] * count
    return [f"({chr(ord(last) + i)})" if ord(last) + i <= ord("z") else None for i in range(1, count + 1)]


def amended_text(current: str, additions: Iterable[str]) -> str:
    """The current text with new paragraphs appended, labelled to follow its last subdivision."""
    paragraphs = paragraphs_of(current)
    additions = list(additions)
    labels = next_labels(paragraphs, len(additions))
    added = [f"{label} {text}" if label else text for label, text in zip(labels, additions, strict=True)]
    return PARAGRAPH.join([*paragraphs, *added])


_TOKEN = re.compile(r"\s*(?:[\w’'-]+|[^\w\s])")


def _tokens(text: str) -> list[str]:
    """Words and punctuation marks, each with the space before it, paragraphs as their own token.

    Punctuation stands apart, so "person." against "person" changes only the full stop.
    """
    out: list[str] = []
    for i, paragraph in enumerate(paragraphs_of(text)):
        if i:
            out.append(PARAGRAPH)
        out += [m.group(0) for m in _TOKEN.finditer(paragraph)]
    return out


def redline(current: str, amended: str) -> list[tuple[Run, ...]]:
    """The amended section as paragraphs of runs, each run marked "ins", "del" or unmarked.

    Deleted words stay in the text, marked, as bills print them.
    """
    old, new = _tokens(current), _tokens(amended)
    words: list[tuple[str, frozenset[str]]] = []
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old], [t.strip() for t in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            words += [(t, frozenset()) for t in new[j1:j2]]
            continue
        if op in ("replace", "delete"):
            words += [(t, DEL) for t in old[i1:i2]]
        if op in ("replace", "insert"):
            words += [(t, INS) for t in new[j1:j2]]
    paragraphs: list[list[tuple[str, frozenset[str]]]] = [[]]
    for word, marks in words:
        if word == PARAGRAPH:
            if marks != DEL:  # a removed paragraph break joins what it separated
                paragraphs.append([])
            continue
        paragraphs[-1].append((word, marks))
    return [_runs(p) for p in paragraphs if p]


def _runs(words: list[tuple[str, frozenset[str]]]) -> tuple[Run, ...]:
    """Join tokens into runs of the same mark; the space before a marked word stays unmarked."""
    runs: list[Run] = []
    for index, (token, marks) in enumerate(words):
        space, word = token[: len(token) - len(token.lstrip())], token.lstrip()
        if index == 0:
            space = ""
        if runs and runs[-1].marks == marks:
            runs[-1] = Run(runs[-1].text + space + word, marks)
            continue
        if space:
            runs.append(Run(space))
        runs.append(Run(word, marks))
    merged: list[Run] = []
    for run in runs:
        if merged and not run.marks and not merged[-1].marks:
            merged[-1] = Run(merged[-1].text + run.text)
        else:
            merged.append(run)
    return tuple(merged)
