"""The notes a bill prints: the prefatory note, each section's Legislative Note, Comment and Authorities."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..load.words import words
from ..model import Note, Run
from .context import Drafting
from .templating import paragraphs, render_text


def note(kind: str, texts: tuple[tuple[Run, ...], ...], **context: Any) -> Note:
    """A note of ``kind`` holding the paragraphs ``texts``, under its heading from the bill words."""
    return Note(kind=kind, heading=words("bill")["headings"].fill(kind, **context), paragraphs=texts)


def commentary(drafting: Drafting, kind: str, source: str, ctx: Mapping[str, Any], where: str) -> Note:
    """A note whose text is a clause's template ``source``, case names in italics."""
    texts = paragraphs(render_text(source, ctx, where=where))
    return note(kind, tuple(drafting.italicize(p) for p in texts))
