"""Proposed amendments for what a checked bill lacks, drafted from the clause library."""

from __future__ import annotations

import dataclasses

from .check import Finding
from .jurisdiction import GENERIC, get_jurisdiction
from .library import Library
from .model import Bill
from .pending import pending_relief_term, propose
from .relief import DEFAULT_TERM
from .spec import BillSpec


def build_amendments(
    findings: list[Finding],
    library: Library,
    bill_name: str,
    state: str | None,
    *,
    relief_term: str = DEFAULT_TERM,
    pending_text: str | None = None,
) -> Bill | None:
    """A clean, numbered set of new sections supplying every practice that is not present.

    ``bill_name`` is the pending bill's number ("S.B. 5"), ``relief_term`` its word for relief,
    ``pending_text`` its text (to see which terms it defines; ``None``: none). The amendments
    refer to the pending bill's provisions by what they do, never by the model bill's numbers,
    and bring a definitions amendment for terms they use that the bill does not define.
    ``None`` when the bill already has every practice.
    """
    wanted: list[str] = []
    for finding in findings:
        if finding.status != "present":
            for clause_id in finding.suggest or [finding.id]:
                if clause_id not in wanted:
                    wanted.append(clause_id)
    if not wanted:
        return None
    present = {f.id for f in findings if f.status == "present"}
    for clause_id in list(wanted):
        for needed in library.get(clause_id).requires:
            if needed not in wanted and needed not in present:
                wanted.append(needed)
    jurisdiction = get_jurisdiction(state) if state else GENERIC
    proposal = propose(
        wanted,
        library,
        jurisdiction,
        bill=bill_name,
        relief=pending_relief_term(relief_term),
        pending_text=pending_text,
        base=BillSpec(state=state),
        new_reference="the section added by Amendment {n}",
    )
    sections = tuple(
        dataclasses.replace(
            section,
            label=f"AMENDMENT {section.number}.",
            heading=section.title.upper() + ".",
            source_note=None,
            legislative_note=None,
            comment=None,
            authorities=None,
        )
        for section in proposal.sections
    )
    frame = proposal.bill
    title = f"Proposed Amendments to {bill_name}"
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
        long_title=(
            f"Each amendment adds a new section to {bill_name}, to protect noncitizens from the "
            "immigration consequences of record clearance. Renumber the bill’s sections and "
            "cross-references to fit"
            + (
                ", and replace each bracketed description of a section of the bill with its number."
                if proposal.unnamed
                else "."
            )
        ),
        enacting_clause=f"Amend {bill_name} by inserting the following new sections:",
        enacting_caps=False,
        sections=sections,
    )
