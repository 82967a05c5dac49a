"""A printed bill's page as a copy of it keeps it: the line numbers in its margin and its double spacing.

Most legislatures number the lines of a printed bill, on each page ("1" to "25", again on the next page)
or straight through the bill (Ohio, Florida). A copy of such a bill carries each number at the start of its
line ("12 the court shall vacate the judgment"), or on a line of its own beside the text. Read as words, the
numbers cut every sentence that runs over a line ("shall 13 vacate"), and the rules find nothing. This module
finds them by their run (each the last one plus one, or 1 again where a page turns) and takes them away.

Many bills are printed double-spaced, and a copy keeps a blank line after every line, where a blank line
otherwise parts paragraphs. Such a copy is known by its lines: hardly any two stand together, most stand one
blank line apart (more part its paragraphs), and many stop in the middle of a sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from .printed import OPENS

LIGATURES = re.compile("[\ufb00-\ufb06]")
"""The letters a typeset PDF joins into one sign (the "fi" of "file", the "ff" of "offense"), as its text
keeps them."""
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
"""Signs of no width (a zero-width space or joiner, a stray byte-order mark) that split a word unseen."""
NUMBERED = re.compile(r"[ \t]*(\d{1,4})(?:[ \t]+(?=\S)|[ \t]*$)")
"""A line that opens with a bare number and a space ("12 the court shall"), or holds only a number. A
number followed by a full stop or a bracket ("1.", "1)") is a list item's, not the margin's."""
RUN = 5
"""The fewest numbered lines, one after another in order, that are taken for the margin's. A list of items
numbered without stops, or a line that happens to open with a number, rarely makes a run this long."""


@dataclass(frozen=True)
class Margin:
    """What a copy's margin held: each line's text without its number, the margin's number for each line that
    had one, and the lines that held nothing but the number, which a copy of a bill printed with its numbers
    on lines of their own interleaves with the text (such a line is no break between paragraphs)."""

    lines: list[str]
    numbers: dict[int, int]
    bare: frozenset[int]


def margin(lines: list[str]) -> Margin:
    """``lines`` without the line numbers printed in their margin, if the margin is numbered."""
    found = [(i, int(m.group(1)), m.end()) for i, line in enumerate(lines) if (m := NUMBERED.match(line))]
    runs: list[list[tuple[int, int, int]]] = []
    for item in found:
        if runs and item[1] == runs[-1][-1][1] + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    counted = [len(run) >= RUN for run in runs]
    # (a page's short last run, or a first page of a few lines, counts beside a full run it turns to or from)
    for k, run in enumerate(runs):
        after = k + 1 < len(runs) and counted[k + 1] and runs[k + 1][0][1] == 1
        before = k > 0 and counted[k - 1] and run[0][1] == 1
        counted[k] = counted[k] or (len(run) >= 2 and (after or before))
    numbered = [item for run, kept in zip(runs, counted, strict=True) if kept for item in run]
    if not numbered:
        return Margin(lines, {}, frozenset())
    out = list(lines)
    for i, _, end in numbered:
        out[i] = lines[i][end:]
    empty = [i for i, _, _ in numbered if not out[i].strip()]
    # Numbers on lines of their own, beside unnumbered text, are the margin's column read apart from the text:
    # the lines they held are no blank lines. Where most numbered lines carry text, a bare number numbers a
    # blank line, which parts paragraphs as any blank line does.
    apart = len(empty) * 2 > len(numbered)
    return Margin(out, {i: n for i, n, _ in numbered}, frozenset(empty) if apart else frozenset())


OPEN_END = re.compile(r"[\w,-]$(?<![;:] and)(?<![;:] or)(?<![;:] and/or)")
"""A line that stops on a word, a comma or a hyphen, but not on a list's "; and" or "; or"."""
OPENS_PARAGRAPH = re.compile(r"\s*(?:\(|\d+\.|§|sec\b|section\b|art\b|article\b)", re.IGNORECASE)
"""A line that opens a paragraph of its own: "(b)", "2.", "§ 4", "Sec. 3"."""


def double_spaced(lines: list[str]) -> bool:
    """Whether ``lines`` are a double-spaced copy: a blank line after nearly every line, one after most, and
    many of the lines stopping mid-sentence. A statute copied as one line per paragraph, blank lines
    between, ends its lines on a full stop or a semicolon; its headings stop on a word but fall short of the
    measure."""
    written = [i for i, line in enumerate(lines) if line.strip()]
    if len(written) < 6:
        return False
    gaps = [b - a for a, b in pairwise(written)]
    measure = sorted(len(lines[i].strip()) for i in written)[len(written) * 9 // 10]
    open_ends = sum(
        bool(OPEN_END.search(lines[a].rstrip()))
        and len(lines[a].strip()) >= 0.7 * measure
        and not OPENS_PARAGRAPH.match(lines[b])
        for a, b in pairwise(written)
    )
    together, apart = gaps.count(1), gaps.count(2)
    return together <= 0.1 * len(gaps) and apart >= 0.5 * len(gaps) and open_ends >= 0.3 * len(written)


PAGE_NUMBER = re.compile(r"\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*")
"""A line that holds only a page's number ("3", "- 3 -")."""
EDGE = 3
"""How many lines at a page's top and at its foot may be running heads."""


class Line(NamedTuple):
    """A line as the bill prints it: its page (from 0), its index among the lines read, its text, and the
    number the margin gives it (None when the margin numbers none)."""

    page: int
    index: int
    text: str
    number: int | None = None


def as_printed(lines: list[str], *, paged: bool = False) -> list[Line]:
    """``lines`` as the bill prints them, each with its page, its index in ``lines`` and its margin number.

    A form feed in a line turns the page (a PDF's pages, or a copy of one made by ``pdftotext``). Left out:
    the numbers in the margin and the lines that held only such a number; in a copy with pages (``paged``,
    or a form feed in it), lines that hold only a page number, the lines printed at the top or foot of most
    pages (the bill's name, "Page 3 of 20"; a section's opening line stays) and the blank lines at a page's
    edges, so that a sentence reads on over the page; and the blank lines a double-spaced copy puts between
    lines (a blank line that stands beside another still parts paragraphs)."""
    pages, page = [], 0
    for line in lines:
        turns = line.count("\f")
        opens = line.lstrip(" \t").startswith("\f")
        page += turns if opens else 0
        pages.append(page)
        page += 0 if opens else turns
    numbered = margin([line.replace("\f", "") for line in lines])
    kept = [
        Line(pages[i], i, line, numbered.numbers.get(i))
        for i, line in enumerate(numbered.lines)
        if i not in numbered.bare
    ]
    if paged or any("\f" in line for line in lines):
        kept = _without_page_edges([line for line in kept if not PAGE_NUMBER.fullmatch(line.text)])
    if not double_spaced([line.text for line in kept]):
        return kept
    return [
        line
        for k, line in enumerate(kept)
        if line.text.strip()
        or not (0 < k < len(kept) - 1 and kept[k - 1].text.strip() and kept[k + 1].text.strip())
    ]


def _without_page_edges(kept: list[Line]) -> list[Line]:
    """The lines without running heads and feet, and without blank lines at a page's top or foot."""
    pages: dict[int, list[Line]] = {}
    for line in kept:
        pages.setdefault(line.page, []).append(line)
    edges = {
        number: {line.index for line in written[:EDGE] + written[-EDGE:]}
        for number, lines in pages.items()
        if (written := [line for line in lines if line.text.strip()])
    }
    counts: dict[str, int] = {}
    for number, lines in pages.items():
        for shape in {_shape(line.text) for line in lines if line.index in edges.get(number, ())}:
            counts[shape] = counts.get(shape, 0) + 1
    # (on more than half the pages that print anything: a copy's last page feed opens an empty one)
    running = {shape for shape, n in counts.items() if n > len(edges) / 2 and len(shape) > 3}
    if len(edges) < 2:
        running = set()
    out = []
    for number, lines in pages.items():
        page = [
            line
            for line in lines
            if line.index not in edges.get(number, ())
            or OPENS.match(line.text)
            or _shape(line.text) not in running
        ]
        while page and not page[0].text.strip():
            page.pop(0)
        while page and not page[-1].text.strip():
            page.pop()
        out += page
    return out


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def plain_letters(text: str) -> str:
    """``text`` with a typesetter's joined letters written out ("\ufb01le" as "file") and signs of no width
    taken away, so that a word reads as the word it prints."""
    return INVISIBLE.sub("", LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text))
