"""Reading a text, Markdown or HTML bill for `billkit check`: its lines as printed (see :mod:`.layout`),
struck matter left out of its text and read apart, and each passage located by its line (a web page's by
its paragraph) and the bill's own section label."""

from __future__ import annotations

import re
from pathlib import Path

from ..load.textfile import decode_text
from .layout import as_printed, plain_letters
from .printed import NEW_TEXT_MARK, UNDERLINE_MARK, struck_out, vocabulary
from .reading import (
    Passage,
    UnreadableBillError,
    located_passages,
    struck_passages,
    without_commentary,
    without_front_matter,
)

LINE_BREAK = re.compile("\r\n|[\n\r\v\x1c-\x1e\x85\u2028\u2029]")
"""Where a text's lines break: as :meth:`str.splitlines` breaks them, but at no form feed, which turns a page
and stays in its line for :func:`.layout.as_printed`."""


def read_text(path: Path) -> list[Passage]:
    text = decode_text(path.read_bytes())
    if text is None:
        raise _not_text(path)
    return _read_lines(LINE_BREAK.split(without_front_matter(text)), markdown=path.suffix.lower() == ".md")


def read_html(path: Path) -> list[Passage]:
    from .html_reading import html_lines

    read = html_lines(path)
    if read is None:
        raise _not_text(path)
    return _read_lines(*read, markdown=True)


def _not_text(path: Path) -> UnreadableBillError:
    return UnreadableBillError(
        f"{path}: not UTF-8 text (nor UTF-16 with a byte-order mark, nor Windows-1252).",
        hint="open it in a text editor and save it as UTF-8",
    )


def _read_lines(lines: list[str], places: list[str] | None = None, *, markdown: bool) -> list[Passage]:
    """A text's passages, its lines read as printed; each line's place is its number, or ``places``'s."""
    printed = as_printed([NEW_TEXT_MARK.sub(" ", plain_letters(line)) for line in lines])
    if not printed:
        return []
    places = [places[line.index] if places else f"line {line.index + 1}" for line in printed]
    text = "\n".join(line.text for line in printed)
    whole = struck_out(text, markdown=markdown)
    blocks: list[list[tuple[str, str]]] = [[]]
    for place, before, line in zip(places, printed, whole.split("\n"), strict=True):
        if before.text.strip():  # a line emptied by struck text does not end a paragraph
            blocks[-1].append(
                (
                    place,
                    line.strip().lstrip("#>*- ").replace("**", "")
                    if markdown
                    else UNDERLINE_MARK.sub("", line),
                )
            )
        elif blocks[-1]:
            blocks.append([])
    kept = without_commentary([(block, " ".join(line for _, line in block)) for block in blocks])
    passages = located_passages([block for block, _ in kept], vocabulary(text))
    return passages + struck_passages(text, whole, passages, places)
