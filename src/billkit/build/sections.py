"""One section of the bill from one clause: its provisions, labelled and rendered, and its notes."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from ..load.schema import Clause, Item
from ..load.words import words
from ..model import Block, Run, Section
from .context import Drafting
from .in_code import in_code_scheme
from .notes import commentary, note
from .numbering import LADDERS, code_label, label, section_heading, section_label
from .params import fill_params
from .source_note import source_note
from .templating import collapse, evaluate, render_text, series


def build_section(
    drafting: Drafting, clause: Clause, values: Mapping[str, Any], *, annotated: bool
) -> Section:
    """Clause ``clause`` as a section, its parameters set to ``values``; notes only if ``annotated``."""
    where = drafting.origin(clause.id)
    ctx = drafting.context(clause.id, fill_params(where, values, drafting.context(clause.id, {})))
    body, top = _provisions(clause, ctx, where)
    key = drafting.keys.get(clause.id)
    reword = None
    if key and drafting.enact:  # a new section of the state's code speaks as that code does
        enact = drafting.enact
        definitions = clause.ladder == "definitions"
        body, reword = in_code_scheme(
            body, drafting.jurisdiction.code, enact.unit, enact.reference, definitions=definitions
        )
    lead = ()
    if clause.lead:
        lead = (Run(collapse(render_text(clause.lead, ctx, where=f"{where}: field 'lead'"))),)
    notes = _notes(drafting, clause, ctx, top, where, reword) if annotated else {}
    number = drafting.numbers[clause.id]
    return Section(
        id=clause.id,
        number=number,
        label=code_label(drafting.jurisdiction, key) if key else section_label(drafting.jurisdiction, number),
        heading=section_heading(drafting.jurisdiction, clause.title, codified=bool(key)),
        title=clause.title,
        lead=lead,
        body=body,
        **notes,
    )


def _provisions(
    clause: Clause, ctx: Mapping[str, Any], where: str
) -> tuple[tuple[Block, ...], dict[int, Block]]:
    """The section's provisions, labelled down the clause's ladder, and its top-level ones by index.

    A provision whose ``when`` is false is left out, and the labels close up over it.
    Definitions stand in alphabetical order of the terms they define.
    """
    ladder = LADDERS[clause.ladder]
    top: dict[int, Block] = {}

    def blocks(items: tuple[Item, ...], level: int, path: str, labelled: bool) -> list[Block]:
        out = []
        kept = [
            (i, item)
            for i, item in enumerate(items)
            if item.when is None or evaluate(item.when, ctx, where=f"{where}: field '{path}.{i}.when'")
        ]
        texts = {
            i: collapse(render_text(item.text, ctx, where=f"{where}: field '{path}.{i}'")) for i, item in kept
        }
        if clause.ladder == "definitions" and level == 0:
            kept.sort(key=lambda pair: _defined_term(texts[pair[0]]))
        for n, (i, item) in enumerate(kept):
            children = tuple(blocks(item.items, level + 1, f"{path}.{i}.items", True))
            block = Block(
                runs=(Run(texts[i]),),
                label=label(ladder[level], n) if labelled else None,
                level=level,
                children=children,
                id=item.id,
            )
            if level == 0:
                top[i] = block
            out.append(block)
        return out

    labelled = clause.lead is not None or len(clause.text) > 1 or bool(clause.text[0].items)
    return tuple(blocks(clause.text, 0, "text", labelled)), top


def _notes(
    drafting: Drafting,
    clause: Clause,
    ctx: Mapping[str, Any],
    top: Mapping[int, Block],
    where: str,
    reword=None,
) -> dict[str, Any]:
    """The section's source note, Legislative Note, Comment and Authorities, as ``Section`` fields.

    ``reword`` words the notes' references to the section's provisions as its body does (a new
    section of a state's code); the state-law paragraphs, about other laws, are left alone."""
    fields: dict[str, Any] = {"source_note": _reworded(source_note(drafting, clause, top), reword)}
    legislative = commentary(
        drafting, "legislative", clause.legislative_note, ctx, f"{where}: field 'legislative_note'"
    )
    fields["legislative_note"] = _reworded(legislative, reword)
    law = drafting.jurisdiction.practices.get(clause.practice)
    referrers = _referrers(drafting, clause.id) if law is not None and law.status == "has" else ""
    standing = state_law(drafting.jurisdiction, clause.practice, referrers)
    if standing:
        legislative = fields["legislative_note"]
        paragraphs = (*legislative.paragraphs, *(drafting.italicize(p) for p in standing))
        fields["legislative_note"] = dataclasses.replace(legislative, paragraphs=paragraphs)
    fields["comment"] = _reworded(
        commentary(drafting, "comment", clause.comment, ctx, f"{where}: field 'comment'"), reword
    )
    cited = [
        a.cite
        for i, a in enumerate(clause.authorities)
        if a.when is None or evaluate(a.when, ctx, where=f"{where}: field 'authorities.{i}.when'")
    ]
    fields["authorities"] = (
        note("authorities", tuple(drafting.italicize(a) for a in cited)) if cited else None
    )
    return fields


def _reworded(found, reword):
    """Note ``found`` (a ``Note``, a text or None) with ``reword`` applied to its words."""
    if found is None or reword is None:
        return found
    if isinstance(found, str):
        return reword(found)
    paragraphs = tuple(
        tuple(dataclasses.replace(run, text=reword(run.text)) for run in paragraph)
        for paragraph in found.paragraphs
    )
    return dataclasses.replace(found, paragraphs=paragraphs)


def _referrers(drafting: Drafting, clause_id: str) -> str:
    """The bill's other sections whose text refers to clause ``clause_id`` ("Section 5 and Section 6"), in the
    bill's order; empty when none does."""
    wanted = re.compile(r"""ref\(\s*["']""" + re.escape(clause_id) + r"""["']\s*\)""")

    def texts(items) -> list[str]:
        return [t for item in items for t in (item.text, *texts(item.items))]

    referring = [
        other
        for other in sorted(drafting.numbers, key=lambda c: drafting.numbers[c])
        if other != clause_id
        and other in drafting.library.clauses
        and any(wanted.search(t) for t in texts(drafting.library.clauses[other].text))
    ]
    if not referring:
        return ""
    refer = drafting.context(referring[0], {})["ref"]
    return series([refer(other) for other in referring], "and")


def state_law(jurisdiction, practice: str, referrers: str = "") -> list[str]:
    """What the jurisdiction's law already provides for ``practice``, for the Legislative Note; ``referrers``
    names the sections that refer to this one, which dropping it would leave pointing at nothing."""
    law = jurisdiction.practices.get(practice)
    if law is None:
        return []
    said = words("standing")
    note = said["note"]
    name = jurisdiction.name
    status = said["statuses"][law.status]
    first = " ".join(
        filter(None, (note.fill("lead", name=name, status=status, grade=law.grade), law.summary))
    )
    out = [" ".join(first.split())]
    if law.status == "has":
        out.append(note.fill("has", name=name, referrers=referrers))
    details = []
    if law.citations:
        details.append(note.fill("cited", citations="; ".join(law.citations)))
    if law.beside:
        details.append(note.fill("apart" if law.apart else "beside", beside=law.beside, why=law.apart or ""))
    details += [
        note.fill(
            "contrary",
            citation=c.citation,
            quote=nested_quotes(c.quote or ""),
            judged={True: "named", False: "kept"}.get(c.override, "case" if c.is_case else ""),
            why=c.why or "",
        )
        for c in law.contrary
    ]
    details += [
        note.fill(
            "law_note",
            citation=n.citation,
            quote=nested_quotes(n.quote or ""),
            says=n.says,
            verified=n.verified,
        )
        for n in law.notes
    ]
    if details:
        out.append(" ".join(details))
    if not law.verified and law.status != "none":
        out.append(note.fill("unconfirmed", name=name, grade=law.grade))
    return out


def _defined_term(definition: str) -> str:
    """The term a definition defines ("“Record” means ..." -> "record"), for alphabetical order."""
    return definition.lstrip('“"[').split("”")[0].split('"')[0].casefold()


_INNER = re.compile(r'"([^"]*)"|“([^”]*)”')


def nested_quotes(quote: str) -> str:
    """A quotation's own quotation marks as single ones, since the note or the testimony sets the whole in
    double marks (“"Sealed" means ...” reads ‘Sealed’)."""
    return _INNER.sub(lambda m: f"‘{m[1] if m[1] is not None else m[2]}’", quote)
