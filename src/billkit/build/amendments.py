"""Proposed amendments that supply what a checked bill lacks, drafted from the clause library."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence

from ..load.jurisdiction import resolve
from ..load.library import Library
from ..load.words import words
from ..model import Bill, Section
from ..spec import BillSpec
from .pending import Proposal, propose
from .relief import relief_for


def build_amendments(
    clause_ids: Sequence[str],
    library: Library,
    bill_name: str,
    state: str | None,
    *,
    present: Collection[str] = (),
    relief_term: str | None = None,
    pending_text: str | None = None,
) -> Bill | None:
    """A clean, numbered set of new sections: the clauses ``clause_ids`` and what they require.

    ``present`` names what the pending bill already has (practice ids, which are also the ids of
    their clauses): a clause it requires is not proposed again. ``bill_name`` is the pending
    bill's number ("S.B. 5"), ``relief_term`` its word for relief, ``pending_text`` its text (to
    see which terms it defines; ``None``: none). The amendments refer to the pending bill's
    provisions by what they do, never by the model bill's numbers, and bring a definitions
    amendment for terms they use that the bill does not define. ``None`` when there is nothing
    to propose.
    """
    wanted = _with_requirements(list(dict.fromkeys(clause_ids)), present, library)
    if not wanted:
        return None
    w = words("amendments")
    jurisdiction = resolve(state)
    proposal = propose(
        wanted,
        library,
        jurisdiction,
        bill=bill_name,
        relief=relief_for(relief_term, jurisdiction),
        pending_text=pending_text,
        base=BillSpec(state=state),
        new_reference=w["reference"],
    )
    sections = tuple(_as_amendment(section) for section in proposal.sections)
    return _amendments_bill(proposal, sections, bill_name)


def _with_requirements(wanted: list[str], present: Collection[str], library: Library) -> list[str]:
    """``wanted`` and, after it, each clause a wanted clause requires that the bill lacks."""
    for clause_id in list(wanted):
        for needed in library.get(clause_id).requires:
            if needed not in wanted and needed not in present:
                wanted.append(needed)
    return wanted


def _as_amendment(section: Section) -> Section:
    """A proposed section as an amendment: "AMENDMENT n.", its heading, and no commentary."""
    return dataclasses.replace(
        section,
        label=words("amendments").fill("label", n=section.number),
        heading=section.title.upper() + ".",
        source_note=None,
        legislative_note=None,
        comment=None,
        authorities=None,
    )


def _amendments_bill(proposal: Proposal, sections: tuple[Section, ...], bill_name: str) -> Bill:
    """The proposal's draft, retitled as amendments to ``bill_name`` and holding ``sections``."""
    w = words("amendments")
    frame = proposal.bill
    title = w.fill("title", bill=bill_name)
    return dataclasses.replace(
        frame,
        meta=dataclasses.replace(
            frame.meta,
            title=title,
            short_title=title,
            relief_term=proposal.relief.noun,
            clause_ids=tuple(s.id for s in sections),
        ),
        act_title=title.upper(),
        show_act_title=True,
        caption=(),
        long_title=w.fill("long_title", bill=bill_name, unnamed=proposal.unnamed),
        enacting_clause=w.fill("enacting", bill=bill_name),
        enacting_caps=False,
        sections=sections,
    )
