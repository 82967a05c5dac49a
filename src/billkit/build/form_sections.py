"""The sections a jurisdiction's form adds of its own, each one sentence: the section that enacts
the new code sections (Ohio: "Section 1. That sections ___ of the Revised Code be enacted to read
as follows:") and the one that repeals the existing text of the sections a bill amends ("That
existing section ___ of the Revised Code is hereby repealed.")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..load.words import words
from ..model import Run, Section
from ..spec import AmendSpec
from .context import Drafting
from .notes import note
from .numbering import section_heading, section_label
from .templating import collapse, render_text, series


def enacting_section(drafting: Drafting, number: int, keys: Mapping[str, str], *, annotated: bool) -> Section:
    """Section ``number``, whose one sentence enacts the new sections ``keys`` lists by key."""
    form = drafting.jurisdiction.form.enact
    bracketed = [f"[{key}]" for key in keys.values()]
    context = {"sections": series(bracketed), "count": len(bracketed)}
    said = words("bill")["enactment"]
    first = next(iter(keys.values()))
    explain = said.fill(
        "note", name=drafting.jurisdiction.the_name, first=first, reference=form.reference.format(key=first)
    )
    return _one_sentence(
        drafting, "enact", number, said.fill("title"), (form.lead, context, "enact.lead"), explain, annotated
    )


def codifying_section(
    drafting: Drafting, number: int, codified: Sequence[int], *, annotated: bool
) -> Section:
    """The section that says where the act's new sections, numbered ``codified``, go in the code."""
    jurisdiction = drafting.jurisdiction
    context = {"sections": _span(codified), "count": len(codified)}
    said = words("bill")["codification"]
    lead = (jurisdiction.form.codify, context, "codify")
    explain = said.fill("note", name=jurisdiction.the_name)
    return _one_sentence(drafting, "codify", number, said.fill("title"), lead, explain, annotated)


def _span(numbers: Sequence[int]) -> str:
    """Section numbers as a bill lists them: "3 through 9" when they run on, else "3, 5, and 7"."""
    if len(numbers) > 2 and list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]} through {numbers[-1]}"
    return series([str(n) for n in numbers])


def repealing_section(
    drafting: Drafting, amends: Sequence[AmendSpec], number: int, *, annotated: bool
) -> Section:
    """The section that repeals the existing text of every section the bill amends."""
    jurisdiction = drafting.jurisdiction
    citations = [amend.citation for amend in amends]
    context = {"citations": series(citations), "count": len(citations)}
    said = words("bill")["amendment"]
    explain = said.fill("repeal_note", name=jurisdiction.the_name, source=jurisdiction.form.source)
    lead = (jurisdiction.form.repeal, context, "repeal")
    return _one_sentence(drafting, "repeal", number, said.fill("repeal_title"), lead, explain, annotated)


def _one_sentence(drafting: Drafting, id_: str, number: int, title: str, lead, explain: str, annotated: bool):
    """A section whose whole text is one sentence of the form's (``lead``: template, context, field)."""
    template, context, field = lead
    text = collapse(render_text(template, context, where=f"form: field {field!r}"))
    jurisdiction = drafting.jurisdiction
    return Section(
        id=id_,
        number=number,
        label=section_label(jurisdiction, number),
        heading=section_heading(jurisdiction, title),
        title=title,
        lead=(Run(text[0].upper() + text[1:]),),
        body=(),
        **({"legislative_note": note("legislative", ((Run(explain),),))} if annotated else {}),
    )
