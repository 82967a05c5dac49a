"""Plain-text views for the terminal: one clause for reading, and the starter spec file."""

from __future__ import annotations

import json
import shutil
import textwrap

from .library import Clause, Library
from .model import Note, Section
from .render import DEFAULT_FORMATS, format_list


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
    out = [
        "# billkit bill spec: `billkit draft bill.toml` builds it.",
        "# Options on the command line override what is set here.",
        "",
        "# The file name stem of the outputs (out/<name>.docx, out/<name>.pdf).",
        'name = "model-bill"',
        "",
        "# The relief the bill speaks of: expungement, sealing, set-aside, record-clearance.",
        'relief_term = "expungement"',
        "",
        "# true drops the prefatory note, legislative notes and comments (a filing copy).",
        "clean = false",
        "",
        f"# Formats to write: {format_list('bill', 'and')}.",
        f"formats = {json.dumps(list(DEFAULT_FORMATS))}",
        "",
        "# The clauses to include, in any order (the bill prints them in its own order).",
        "# Delete a line to leave a clause out, or list ids under `without = [...]` instead.",
        "clauses = [",
    ]
    clauses = library.ordered()
    for clause in clauses:
        out.append(f"  {json.dumps(clause.id)},  # {clause.title} ({clause.practice}, {clause.source})")
    out += ["]", "without = []", ""]
    from .build import default_values

    defaults = default_values(library)
    out.append(
        "# Parameters, by clause. The values shown are the defaults; [brackets] mark drafter's choices."
    )
    for clause in clauses:
        if not clause.params:
            continue
        out += ["", f"[params.{clause.id}]"]
        for param in clause.params:
            out.append(f"# {param.description}")
            if param.default is None:
                out.append(f'# {param.name} = ""  # required')
            else:
                value = defaults[clause.id][param.name]
                out.append(f"# {param.name} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def starter_packet_spec(library: Library) -> str:
    """A commented ``packet.toml`` with every field of a testimony packet."""
    from .library import PRACTICES

    practices = "\n".join(f"#   {p}" for p in PRACTICES)
    return f"""# billkit testimony packet: `billkit packet packet.toml` builds it.
# Fields marked "required" must be filled in; the rest may be left as they are.

# The file name stem: out/<name>-packet.pdf and .docx.
name = "testimony"

# Who testifies (required: organization, witness).
organization = "[Organization]"
witness = "[Name of witness]"
witness_title = ""                 # e.g. "Policy Director"
contact = ""                       # e.g. an e-mail address or telephone number

# Where and when (required: committee, hearing_date).
committee = "[Committee]"
hearing_date = "[Date of hearing]" # text, or a TOML date such as 2027-03-04

# The pending bill (required: bill_number, bill_title).
bill_number = "[Bill number]"
bill_title = "[Title of the bill]"

# Your position (required): "support", "oppose" or "support-if-amended".
position = "support-if-amended"

# The jurisdiction, by postal code or name; leave it out for the generic model bill.
# state = "CA"

# The practices the pending bill already has. With "support-if-amended" the testimony
# proposes model text for every practice not listed here. The practices are:
{practices}
present = []

# The pending bill's word for relief, used in the language the testimony proposes: expungement,
# sealing, set-aside or record-clearance. Left out, it is the word the bill given with
# `billkit packet --bill` uses most, or else the model bill's relief_term below.
# relief_term = "sealing"

# Print the model bill with its Legislative Notes and Comments (true) or as a clean copy (false).
annotated_bill = false

# Formats to write: {format_list("packet", "and")}.
formats = {json.dumps(list(DEFAULT_FORMATS))}

# The model bill's own options, as in bill.toml (see `billkit init`).
[bill]
relief_term = "expungement"
# without = ["severability"]
"""
