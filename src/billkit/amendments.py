"""Proposed amendments for what a checked bill lacks, drafted from the clause library."""

from __future__ import annotations

import dataclasses

from .build import build_bill
from .check import Finding
from .library import Library
from .model import Bill
from .spec import BillSpec


def build_amendments(
    findings: list[Finding], library: Library, bill_name: str, state: str | None
) -> Bill | None:
    """A clean, numbered set of new sections supplying every practice that is not present.

    ``None`` when the bill already has them all.
    """
    wanted: list[str] = []
    for finding in findings:
        if finding.status != "present":
            for clause_id in finding.suggest or [finding.id]:
                if clause_id not in wanted:
                    wanted.append(clause_id)
    if not wanted:
        return None
    for clause_id in list(wanted):
        for needed in library.get(clause_id).requires:
            if needed not in wanted and not any(f.id == needed and f.status == "present" for f in findings):
                wanted.append(needed)
    spec = BillSpec(clauses=tuple(wanted), clean=True, state=state)
    draft = build_bill(spec, library, reference="the section added by Amendment {n}")
    sections = tuple(
        dataclasses.replace(
            section, label=f"AMENDMENT {section.number}.", heading=section.title.upper() + "."
        )
        for section in draft.sections
    )
    title = f"Proposed Amendments to {bill_name}"
    return dataclasses.replace(
        draft,
        meta=dataclasses.replace(draft.meta, title=title, short_title=title),
        act_title=title.upper(),
        show_act_title=True,
        caption=(),
        long_title=(
            "Each amendment adds a new section to the bill, to protect noncitizens from the immigration "
            "consequences of record clearance. Renumber the bill’s sections and cross-references to fit."
        ),
        enacting_clause="Amend the bill by inserting the following new sections:",
        enacting_caps=False,
        sections=sections,
    )
