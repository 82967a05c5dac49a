"""A new section of a state's code, worded as that code words its own: labels, references between its
divisions, and what it calls itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Block
from .division_refs import Path, adopt, resolver, rewrite, scheme_for, this_division
from .divisions import Division, make_label


def _other_new_section(reference: str) -> re.Pattern[str]:
    """A reference into another section the same enacting section adds ("subsection (a) of section
    [B] of the Revised Code", "subsection (a) of Article [B]"), which that section's own relabelling
    renames alike; ``reference`` is the form's way of citing a new section ("section [{key}] ...")."""
    cited = re.escape(reference.split("[", 1)[0])
    return re.compile(r"\b[Ss]ubsection \(([a-z])\)(?= of " + cited + r"\[)")


_THIS_SECTION = re.compile(r"\b([Tt])his section\b")
"""A provision speaking of itself as a section, in a code whose unit has another name."""
_QUOTED = re.compile(r"(“[^”]*”)")


def _as_unit(text: str, unit: str) -> str:
    """``text`` with "this section" as "this <unit>", except inside quotation marks (a note that quotes
    the guidance's “… performed pursuant to this section” quotes its words)."""

    def reworded(part: str) -> str:
        return _THIS_SECTION.sub(lambda m: f"{m[1]}his {unit}", part)

    return "".join(part if i % 2 else reworded(part) for i, part in enumerate(_QUOTED.split(text)))


def in_code_scheme(
    body: tuple[Block, ...],
    code: str | None,
    unit: str = "section",
    reference: str = "section [{key}]",
    definitions: bool = False,
) -> tuple[tuple[Block, ...], Callable[[str], str]]:
    """A new code section's provisions labelled, and their references to one another worded, as
    jurisdiction ``code``'s code does its own ("(A)" and "division (B)(2) of this section" in
    Ohio), for a section that an enacting section adds to the code; and the function that words
    the section's own commentary alike. A section whose provisions are not all labelled is left
    as it is; references to other laws are never touched. ``unit`` is the code's word for the new
    provision ("this article" in Texas's Code of Criminal Procedure); ``reference`` how the bill cites
    a new section, so that references into the others are worded alike. A section of ``definitions``
    numbers its terms as the code numbers definitions, where that differs from its subsections."""
    if not body or not all(block.label for block in body):
        return body, lambda text: text
    scheme = scheme_for(code)
    ladder = scheme.definitions if definitions and scheme.definitions else scheme.ladder
    divisions, mapping = adopt(body, ladder, 0, 1)
    inverse = {new: old for old, new in mapping.items()}
    top, other_top = ladder[0], scheme.ladder[0]
    other_new_section = _other_new_section(reference)

    def other(match: re.Match) -> str:
        """A subsection of another new section, which keeps the code's own ladder though this one may number
        definitions."""
        return f"{scheme.name(other_top)} {make_label(other_top, ord(match.group(1)) - ord('a') + 1)}"

    def reword(text: str, here: Path = ()) -> str:
        resolve = resolver(mapping, mapping, inverse.get(here, ()), always=True)
        text = rewrite(text, resolve, scheme, "")
        text = this_division(text, top, scheme)
        if unit != "section":
            text = _as_unit(text, unit)
        return other_new_section.sub(other, text)

    def convert(block: Block, division: Division, above: Path) -> Block:
        here = (*above, division.label)
        runs = tuple(replace(run, text=reword(run.text, here)) for run in block.runs)
        children = tuple(convert(b, d, here) for b, d in zip(block.children, division.children, strict=True))
        return replace(block, runs=runs, label=division.label, children=children)

    return tuple(convert(b, d, ()) for b, d in zip(body, divisions, strict=True)), reword
