"""Cross-references named after the bill is built: a marker now, the right words later.

A bill printed whole says "Section 4". A section shown alone (a trainer's sheet) or proposed for
another bill (testimony, amendments) cannot: its neighbours are elsewhere or numbered afresh. Such
a caller builds the bill with ``MARKER`` as the jurisdiction's reference form, so each reference
prints as a marker holding the target's number, and then names each target in its own words with
``name_references``. A reference that opens a sentence is capitalised.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..model import Block, Note, Run, Section
from .templating import capfirst

MARKER = "\u27e6ref:{n}\u27e7"
"""The reference form to build with: ``{n}`` is the number of the section referred to."""
_MARKED = re.compile("\u27e6ref:(\\d+)\u27e7")


def name_references(section: Section, name: Callable[[int], str]) -> Section:
    """``section`` with each marked reference written as ``name(number)``."""

    def text(value: str) -> str:
        def one(match: re.Match[str]) -> str:
            words = name(int(match.group(1)))
            before = value[: match.start()].rstrip()
            return capfirst(words) if not before or before.endswith((".", "!", "?")) else words

        return _MARKED.sub(one, value)

    def runs(items: tuple[Run, ...]) -> tuple[Run, ...]:
        return tuple(
            dataclasses.replace(r, text=text(r.text)) if _MARKED.search(r.text) else r for r in items
        )

    def block(b: Block) -> Block:
        return dataclasses.replace(b, runs=runs(b.runs), children=tuple(block(c) for c in b.children))

    def note(n: Note | None) -> Note | None:
        if n is None:
            return None
        return dataclasses.replace(n, paragraphs=tuple(runs(p) for p in n.paragraphs))

    return dataclasses.replace(
        section,
        lead=runs(section.lead),
        body=tuple(block(b) for b in section.body),
        legislative_note=note(section.legislative_note),
        comment=note(section.comment),
        authorities=note(section.authorities),
        source_note=text(section.source_note) if section.source_note else None,
    )
