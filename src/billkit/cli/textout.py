"""Plain-text views for the terminal: one clause for reading, and ``billkit init``'s starter specs.

The starter specs' words are templates in ``templates/init/``; only the values come from here.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import TYPE_CHECKING

from ..render import DEFAULT_FORMATS, format_list

if TYPE_CHECKING:
    from ..load.library import Clause, Library
    from ..model import Note, Section


def clause_text(clause: Clause, section: Section) -> str:
    """A clause as a drafter reads it in a terminal: text, source, note, comment, authorities."""
    width = min(shutil.get_terminal_size((88, 24)).columns, 100) - 2
    fill = _filler(width)
    lines = [f"{clause.id}  ({clause.practice}; source: {clause.source})", ""]
    lead = "".join(r.text for r in section.lead)
    lines.append(fill(f"{section.heading} {lead}".strip()))
    for block in section.body:
        for part in block.walk():
            indent = "    " * (part.level + 1)
            label = f"{part.label} " if part.label else ""
            lines.append(
                textwrap.fill(
                    label + part.text,
                    width,
                    initial_indent=indent,
                    subsequent_indent=indent,
                    break_on_hyphens=False,
                )
            )
    if section.source_note:
        lines += ["", fill(section.source_note)]
    for note in (section.legislative_note, section.comment):
        lines += _note(note, fill)
    if section.authorities:
        lines += ["", "Authorities:"] + [f"  - {text}" for text in section.authorities.texts]
    if clause.params:
        lines += ["", "Parameters:"]
        for param in clause.params:
            default = "required" if param.default is None else f"default {str(param.default).strip()!r}"
            lines.append(
                textwrap.fill(
                    f"{param.name} ({default}): {param.description}",
                    width,
                    initial_indent="  - ",
                    subsequent_indent="    ",
                )
            )
    if clause.requires:
        lines += ["", "Requires: " + ", ".join(clause.requires)]
    if clause.excludes:
        lines += ["", "Cannot be combined with: " + ", ".join(clause.excludes)]
    return "\n".join(lines)


def _filler(width: int):
    return lambda text: textwrap.fill(text, width, break_on_hyphens=False)


def _note(note: Note | None, fill) -> list[str]:
    if note is None:
        return []
    return ["", f"{note.heading}:"] + [fill(text) for text in note.texts]


def starter_spec(library: Library) -> str:
    """A commented ``bill.toml`` that lists every clause and every parameter with its default."""
    from ..build import default_values

    return _starter("bill.toml.j2", "bill", clauses=library.ordered(), defaults=default_values(library))


def starter_packet_spec(library: Library) -> str:
    """A commented ``packet.toml`` with every field of a testimony packet."""
    from ..load.library import PRACTICES

    return _starter("packet.toml.j2", "packet", practices=PRACTICES)


def _starter(template: str, kind: str, **values) -> str:
    """A starter spec from ``templates/init/``; the format lists come from the render registry."""
    import jinja2

    from ..load.content import TEMPLATES_DIR

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR / "init"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    environment.filters["toml"] = lambda value: json.dumps(value, ensure_ascii=False)
    formats = format_list(kind, "and")
    return environment.get_template(template).render(
        formats=formats, default_formats=list(DEFAULT_FORMATS), **values
    )
