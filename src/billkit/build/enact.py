"""The section that enacts a bill's new code sections, where the jurisdiction's form wraps them in
one (Ohio: "Section 1. That sections ___ of the Revised Code be enacted to read as follows:")."""

from __future__ import annotations

from collections.abc import Mapping

from ..load.words import words
from ..model import Run, Section
from .context import Drafting
from .notes import note
from .numbering import section_heading, section_label
from .templating import collapse, render_text


def enacting_section(drafting: Drafting, number: int, keys: Mapping[str, str], *, annotated: bool) -> Section:
    """Section ``number``, whose one sentence enacts the new sections ``keys`` lists by key."""
    jurisdiction = drafting.jurisdiction
    form = jurisdiction.form.enact
    bracketed = [f"[{key}]" for key in keys.values()]
    listed = (
        " and ".join(bracketed)
        if len(bracketed) < 3
        else ", ".join(bracketed[:-1]) + ", and " + bracketed[-1]
    )
    text = collapse(
        render_text(
            form.lead, {"sections": listed, "count": len(bracketed)}, where="form: field 'enact.lead'"
        )
    )
    said = words("bill")["enactment"]
    title = said.fill("title")
    first = next(iter(keys.values()))
    explain = said.fill(
        "note",
        name=jurisdiction.the_name,
        first=first,
        reference=form.reference.format(key=first),
    )
    return Section(
        id="enact",
        number=number,
        label=section_label(jurisdiction, number),
        heading=section_heading(jurisdiction, title),
        title=title,
        lead=(Run(text[0].upper() + text[1:]),),
        body=(),
        **({"legislative_note": note("legislative", ((Run(explain),),))} if annotated else {}),
    )
