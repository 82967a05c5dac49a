"""Unfilled placeholders: the [bracketed] drafter's choices left in a built document.

The rule, applied to the built ``Document`` (never to files):

- A placeholder is a span in square brackets, outermost brackets only
  ("[Be it enacted by the [Legislature] of [State]:]" is one), in the words billkit and its
  clauses wrote: titles, enacting clause, section text, notes, and a packet's own paragraphs.
- Statute text a user quoted is not billkit's and its brackets are the law's own. So in a section
  that amends existing law (an ``[[amend]]`` entry, section id ``amend-*``) only the inserted
  text (runs marked ``ins``) is read, and the brackets that mark struck text (New York's
  ``[old words]``) never count.
- A packet quotes the pending bill between curly quotation marks (“...”); outside an act, text
  so quoted is the bill's, and is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Act, Bill, Bullets, Document, Heading, Para, Run, Table

BRACKETED = re.compile(r"\[(?:[^\[\]\x00]|\[[^\[\]\x00]*\])*\]")
"""An outermost bracket span, allowing one level of brackets inside; ``\\x00`` ends a span."""
FRONT = "title and enacting clause"
"""Where placeholders outside any section are listed."""


@dataclass(frozen=True)
class Placeholders:
    """The placeholders of a document, by where they stand, in reading order."""

    by_place: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def count(self) -> int:
        return sum(len(found) for _, found in self.by_place)

    def summary(self) -> str:
        """Where they are, in one line: "SEC. 4 (2), SEC. 7 (2)"."""
        return "; ".join(f"{place} ({len(found)})" for place, found in self.by_place)

    def lines(self, limit: int = 3) -> list[str]:
        """One line a place: "Section 4: 2 ([30], [180])", at most ``limit`` examples each."""
        out = []
        for place, found in self.by_place:
            shown = ", ".join(_short(text) for text in found[:limit])
            more = f", and {len(found) - limit} more" if len(found) > limit else ""
            out.append(f"{place}: {len(found)} ({shown}{more})")
        return out


def find_placeholders(document: Document | Bill) -> Placeholders:
    """Every unfilled placeholder in ``document``, grouped by section (or part of a packet)."""
    found: dict[str, list[str]] = {}
    for place, text in _texts(document):
        for match in BRACKETED.finditer(text):
            found.setdefault(place, []).append(match.group())
    return Placeholders(tuple((place, tuple(items)) for place, items in found.items()))


def placeholder_warning(document, strict: bool, what: str = "the clean copy") -> str:
    """A warning listing ``document``'s unfilled placeholders by section ("" when there are none).

    With ``strict`` they are an error instead, raised before anything is written.
    """
    from ..errors import UsageError

    found = find_placeholders(document)
    if not found.count:
        return ""
    if strict:
        raise UsageError(
            f"{what} has {found.count} unfilled placeholders: {found.summary()}.",
            hint="fill them (`billkit init` lists the parameters), or leave out --strict for a draft",
        )
    return "\n  ".join(
        [f"{what} has {found.count} unfilled [placeholders]; fill them before filing:", *found.lines()]
    )


def _texts(document: Document | Bill):
    """(place, text) for every stretch of text the rule reads; ``\\x00`` stands for skipped runs."""
    if isinstance(document, Bill):
        yield from _bill_texts(document)
        return
    place = FRONT
    for block in document.blocks:
        if isinstance(block, Act):
            within = "" if block.standalone else "the bill, "
            for where, text in _bill_texts(block.bill):
                yield within + where, text
        elif isinstance(block, Heading):
            place = block.text or place
            yield place, block.text
        elif isinstance(block, Para):
            yield place, _unquoted(_joined(block.runs))
        elif isinstance(block, Bullets):
            for item in block.items:
                yield place, _unquoted(_joined(item))
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    yield place, _unquoted(_joined(cell))


def _bill_texts(bill: Bill):
    for text in (*bill.caption, bill.long_title, bill.enacting_clause):
        yield FRONT, text
    if bill.prefatory_note:
        for paragraph in bill.prefatory_note.paragraphs:
            yield FRONT, _joined(paragraph)
    for section in bill.sections:
        place = section.label.strip().rstrip(".") or section.title
        quoted = section.id.startswith("amend-")
        yield place, section.heading
        yield place, _joined(section.lead)
        for top in section.body:
            for block in top.walk():
                yield place, _joined(block.runs, inserted_only=quoted)
        for note in (section.legislative_note, section.comment):
            for paragraph in note.paragraphs if note else ():
                yield place, _joined(paragraph)


def _joined(runs: tuple[Run, ...], *, inserted_only: bool = False) -> str:
    """The runs' text; a run the rule skips becomes ``\\x00``, which no placeholder crosses."""
    parts = []
    for run in runs:
        skip = "delimiter" in run.marks or (inserted_only and "ins" not in run.marks)
        parts.append("\x00" if skip else run.text)
    return "".join(parts)


QUOTED = re.compile("“[^”]*”")


def _unquoted(text: str) -> str:
    """``text`` with each “quotation” (of a pending bill, in a packet) made unreadable."""
    return QUOTED.sub("\x00", text)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 2] + "…]"
