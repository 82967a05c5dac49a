"""What a bill prints before its sections: the long title and, in an annotated draft, the cover,
the prefatory note and the page of sources for the jurisdiction's facts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..load.jurisdiction import Jurisdiction, grades_explained
from ..load.statelaw import standing_rows
from ..load.words import words
from ..model import Note, Run, Table
from ..spec import AmendSpec
from .context import Drafting
from .notes import note
from .templating import collapse, render_text, series

ACT_FILE = "clauses/_act.yaml"
STRONG = frozenset({"strong"})
EM = frozenset({"em"})


def front_matter(
    drafting: Drafting, *, annotated: bool, amends: Sequence[AmendSpec] = (), codifies: bool = False
) -> dict[str, Any]:
    """The ``Bill`` fields before the sections; the clean copy gets the long title alone.

    ``amends`` are the sections the bill amends (``[[amend]]``), whose citations the long title
    names; ``codifies`` says whether a section places new sections in the code, which the long
    title of a jurisdiction with such a section announces (Washington's "adding a new chapter")."""
    act = drafting.library.act
    enacted = series([f"[{key}]" for key in drafting.keys.values()]) if drafting.keys else ""
    context = {
        "subject": act.subject,
        "enacted": enacted,
        "amended": cited_sections([amend.citation for amend in amends]),
        "codifies": codifies,
    }
    base = drafting.context("act", context)
    form = drafting.jurisdiction.form
    title_source = form.long_title if form else act.long_title
    fields: dict[str, Any] = {
        "long_title": collapse(render_text(title_source, base, where=f"{ACT_FILE}: field 'long_title'"))
    }
    if annotated:
        form_notes = form.notes if form else ()
        fields["drafter_notes"] = (*(note for _fact, note in drafting.jurisdiction.unverified), *form_notes)
        fields["sources_note"] = sources_note(drafting.jurisdiction)
        fields["standing"] = standing_table(drafting.jurisdiction)
        fields["prefatory_note"] = prefatory_note(drafting, base)
        fields["cover_lines"] = _render_lines(act.cover, base, f"{ACT_FILE}: field 'cover'")
        fields["cover_subtitles"] = _render_lines(
            act.cover_subtitles, base, f"{ACT_FILE}: field 'cover_subtitles'"
        )
    return fields


_CITED = re.compile(
    r"^(?:[Ss]ections?|§+|RCW|[Aa]rticle|Art\.)\s*(?P<number>\d[\w.:-]*?)\.?(?:,?\s+(?:of\s+)?(?:the\s+)?(?P<code>.+?))?$"
)


def cited_sections(citations: Sequence[str]) -> list[dict[str, str]]:
    """Each citation as a long title needs it: its section number and its code ("Section 1203.425
    of the Penal Code": "1203.425", "Penal Code"); a citation of another shape keeps only itself."""
    out = []
    for citation in citations:
        match = _CITED.match(citation.strip())
        number, code = (match.group("number"), match.group("code") or "") if match else ("", "")
        out.append({"citation": citation, "number": number, "code": code})
    return out


def standing_table(jurisdiction: Jurisdiction, lang: str = "en") -> Table | None:
    """Where the jurisdiction's law stands on each practice, with citations and grades."""
    if not jurisdiction.practices:
        return None
    said = words("standing", lang)
    columns = said["columns"]
    header = tuple((Run(columns[key]),) for key in ("practice", "status", "law", "grade"))
    rows = tuple(tuple((Run(cell),) for cell in row) for row in standing_rows(jurisdiction.practices, lang))
    return Table(header, rows, caption=said.fill("title", name=jurisdiction.the_name), role="standing")


def sources_note(jurisdiction: Jurisdiction) -> Note | None:
    """The jurisdiction's facts with their sources and grades, then what the grades mean."""
    if not jurisdiction.sources:
        return None
    facts = (
        (Run(what[0].upper() + what[1:] + ":", STRONG), Run(" " + text))
        for what, text in jurisdiction.sources
    )
    return note("sources", (*facts, (Run(grades_explained(), EM),)), name=jurisdiction.name)


def prefatory_note(drafting: Drafting, base: Mapping[str, Any]) -> Note:
    """The act's prefatory note, each part under its run-in heading, case names in italics."""
    where = f"{ACT_FILE}: field 'prefatory_note'"
    return note(
        "prefatory",
        tuple(
            (
                *((Run(part.heading + ".", STRONG), Run(" ")) if part.heading else ()),
                *drafting.italicize(collapse(render_text(part.text, base, where=where))),
            )
            for part in drafting.library.act.prefatory_note
        ),
    )


def _render_lines(lines: Iterable[str], context: Mapping[str, Any], where: str) -> tuple[str, ...]:
    """Render each template line, dropping the ones that come out empty."""
    rendered = (collapse(render_text(line, context, where=where)) for line in lines)
    return tuple(line for line in rendered if line)
