"""Build a bill: a pure function from (spec, library, jurisdiction) to the document model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import ParameterError
from ..load.jurisdiction import Jurisdiction, resolve
from ..load.library import Library
from ..load.schema import AmendmentMarks, Clause
from ..load.words import words
from ..model import Bill, BillMeta, Section
from ..spec import BillSpec
from .amend import amending_section
from .context import Drafting
from .form_sections import codifying_section, enacting_section, repealing_section
from .front import front_matter
from .params import resolve_params
from .relief import relief_for
from .sections import build_section
from .selection import (
    CODIFY,
    ENACT,
    REPEAL,
    Unit,
    code_keys,
    codified,
    order_units,
    section_numbers,
    select_clauses,
    unit_numbers,
    with_codification,
    with_enactment,
    with_repeal,
)


def build_bill(
    spec: BillSpec,
    library: Library,
    jurisdiction: Jurisdiction | None = None,
    *,
    reference: str | None = None,
) -> Bill:
    """The whole bill for ``spec``: selection, numbering, parameters, notes.

    ``jurisdiction`` defaults to the one ``spec.state`` names, or the generic model bill.
    ``reference`` is how a cross-reference to another section prints, ``{n}`` its number and
    ``{words}`` the number in words; by default the jurisdiction's own form ("Section {n}").
    """
    if jurisdiction is None:
        jurisdiction = resolve(spec.state)
    relief = relief_for(spec.relief_term, jurisdiction)
    placed = frozenset(c for a in spec.amend if a.amended_text is None for c in a.clauses)
    if jurisdiction.code and reference is None:
        _refuse_amendment_by_reference(spec, jurisdiction, placed)
    clauses = select_clauses(spec, library)
    units = _units(spec, clauses, jurisdiction, enact=reference is None)
    keys = code_keys(units)
    values = resolve_params(spec, library, clauses)
    drafting = Drafting(
        library,
        relief,
        jurisdiction,
        section_numbers(units, *_numbering(jurisdiction)),
        aims=tuple(clause.aim for clause in clauses if clause.aim),
        case_names=library.case_names,
        reference=reference or jurisdiction.reference,
        keys=keys,
        enact=jurisdiction.form.enact if keys else None,
        placed=placed,
    )
    sections = _sections(drafting, spec, clauses, units, values)
    short_title = str(values.get("short-title", {}).get("short_title") or _default_short_title(library))
    form = jurisdiction.form
    marks = jurisdiction.marks or AmendmentMarks()
    return Bill(
        meta=BillMeta(
            title=short_title,
            short_title=short_title,
            relief_term=relief.noun,
            jurisdiction=jurisdiction.name,
            jurisdiction_code=jurisdiction.code,
            annotated=not spec.clean,
            clause_ids=tuple(clause.id for clause in clauses),
        ),
        act_title=short_title.upper(),
        marks=(marks.inserted, marks.deleted),
        marks_explanation=_marks_explanation(marks) if spec.amend and not spec.plain_amendments else None,
        enacting_clause=jurisdiction.enacting_clause,
        sections=sections,
        **_form_fields(form),
        **front_matter(drafting, annotated=not spec.clean, amends=spec.amend, codifies=CODIFY in units),
    )


def _form_fields(form) -> dict:
    """What a jurisdiction's own bill form sets on the printed act: the lines around its long title,
    its enacting clause's type and its line numbering; the ULC form's defaults without one."""
    if form is None:
        return {"show_act_title": True}
    return {
        "show_act_title": False,
        "caption": form.caption,
        "after_title": form.after_title,
        "enacting_caps": form.enacting_caps,
        "line_numbering": form.line_numbers.restart if form.line_numbers else "page",
    }


def _refuse_amendment_by_reference(
    spec: BillSpec, jurisdiction: Jurisdiction, placed: frozenset[str]
) -> None:
    """A state's draft never adds words to an existing section by instruction ("The following sentence
    is added at the end of ..."): that amends the section without setting it out in full, which Ohio's
    and California's constitutions, among others, forbid. ``[[amend]]`` sets the section out instead."""
    for clause_id, given in spec.params.items():
        if "relief_statute" in given and clause_id not in placed:
            raise ParameterError(
                f"parameter 'relief_statute' of clause {clause_id!r} would amend "
                f"{given['relief_statute']} by reference in {jurisdiction.the_name}'s draft.",
                hint=f"give the section's current text with an [[amend]] entry that takes {clause_id}",
            )


def _sections(
    drafting: Drafting,
    spec: BillSpec,
    clauses: list[Clause],
    units: list[Unit],
    values: dict[str, dict[str, Any]],
) -> tuple[Section, ...]:
    """Every section in order; a clause that an amendment takes prints inside the amending section."""
    annotated = not spec.clean
    built = {
        clause.id: build_section(drafting, clause, values[clause.id], annotated=annotated)
        for clause in clauses
    }

    numbers = unit_numbers(units, *_numbering(drafting.jurisdiction))
    in_code = [n for n, unit in zip(numbers, units, strict=True) if codified(unit)]

    def section(n: int, unit: Unit) -> Section:
        if unit == ENACT:
            return enacting_section(drafting, n, drafting.keys, annotated=annotated)
        if unit == CODIFY:
            return codifying_section(drafting, n, in_code, annotated=annotated)
        if unit == REPEAL:
            return repealing_section(drafting, spec.amend, n, annotated=annotated)
        if isinstance(unit, tuple):
            moved = [built[c] for c in unit[1:]]
            return amending_section(
                drafting, spec.amend[unit[0]], n, moved, annotated=annotated, marked=not spec.plain_amendments
            )
        return built[unit.id]

    return tuple(section(n, unit) for n, unit in zip(numbers, units, strict=True))


def _numbering(jurisdiction: Jurisdiction) -> tuple[int, Mapping[str, int]]:
    """How the jurisdiction's bills count their sections after the first (Illinois: by fives), and the
    numbers some sections always take (Illinois: 97 and 99)."""
    form = jurisdiction.form
    return (form.numbering_step, form.numbers) if form else (1, {})


def _units(spec: BillSpec, clauses: list[Clause], jurisdiction: Jurisdiction, *, enact: bool) -> list[Unit]:
    """The bill's sections in order, wrapped and closed as the jurisdiction's form wants: its new
    code sections inside one enacting section, a repealing section after the amending ones, a
    section that says where the new sections are codified after the last of them.

    Only a bill printed as itself is wrapped (``enact``); the sections a packet or a proposal
    reuses keep their own numbers."""
    units = order_units(spec, clauses)
    form = jurisdiction.form
    if enact and form is not None and form.enact is not None:
        units = with_enactment(units)
    if spec.amend and form is not None and form.repeal:
        units = with_repeal(units)
    if enact and form is not None and form.codify:
        units = with_codification(units)
    return units


def _marks_explanation(marks: AmendmentMarks) -> str:
    """What the marks on amended law mean, in the jurisdiction's words or billkit's default."""
    return marks.explanation or words("bill")["amendment"].fill("marks_explanation")


def _default_short_title(library: Library) -> str:
    return str(library.get("short-title").param("short_title").default)
