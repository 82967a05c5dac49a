"""Which clauses a bill holds, and in what order its sections stand."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import SelectionError, UnknownNameError
from ..load.library import Library
from ..load.schema import Clause
from ..spec import BillSpec
from .numbering import letters

REPEAL = "repeal"
"""The unit of the section that repeals the existing text of the sections the bill amends, in a
jurisdiction whose bills have one (Ohio)."""

ENACT = "enact"
"""The unit of the section that enacts the new code sections, in a form that wraps them (Ohio)."""

CODIFY = "codify"
"""The unit of the section that says where the new sections go in the code (Washington)."""

Unit = Clause | tuple[int, ...] | str
"""One section of the bill: a clause, ``(amend index, clause ids...)`` for an amending section,
``ENACT``, ``REPEAL`` or ``CODIFY``."""


def select_clauses(spec: BillSpec, library: Library) -> list[Clause]:
    """The clauses a spec asks for, checked against requires/excludes, in printing order."""
    wanted = list(spec.clauses) if spec.clauses is not None else list(library.clauses)
    for clause_id in (*wanted, *spec.without):
        library.get(clause_id)
    wanted += [c for c in _amended_clauses(spec, library) if c not in wanted]
    chosen = {clause_id for clause_id in wanted if clause_id not in set(spec.without)}
    if not chosen:
        raise SelectionError("no clauses are selected.", hint="drop some --without options")
    for clause_id in sorted(chosen):
        clause = library.get(clause_id)
        for needed in clause.requires:
            if needed not in chosen:
                raise SelectionError(
                    f"clause {clause_id!r} requires {needed!r}, which is not selected.",
                    hint=f"add -c {needed}, or leave out {clause_id}",
                )
        for barred in clause.excludes:
            if barred in chosen:
                raise SelectionError(
                    f"clause {clause_id!r} cannot be combined with {barred!r}.",
                    hint=f"leave out one of {clause_id} and {barred}",
                )
    return sorted((library.get(c) for c in chosen), key=lambda c: (c.order, c.id))


def _amended_clauses(spec: BillSpec, library: Library) -> list[str]:
    """The clauses the ``[[amend]]`` entries carry into statutes: each joins the bill, since its
    text must be drafted; an unknown id is refused with the closest known ones."""
    out = []
    for amend in spec.amend:
        for clause_id in amend.clauses:
            if clause_id not in library.clauses:
                unknown = UnknownNameError("clause", clause_id, library.clauses)
                raise SelectionError(
                    f"[[amend]] {amend.citation!r} takes clause {clause_id!r}, which billkit does not know."
                    + unknown.message.removeprefix(f"unknown clause {clause_id!r}."),
                    hint=unknown.hint and "`billkit clauses` lists them",
                )
            out.append(clause_id)
    return out


def order_units(spec: BillSpec, clauses: list[Clause]) -> list[Unit]:
    """The bill's sections in order: a clause, or (amend index, clause ids...) for an amendment.

    An amendment stands where the first of its clauses would have; one without clauses goes last.
    """
    moved = _moved_clauses(spec, {clause.id for clause in clauses})
    units: list[Unit] = []
    placed: set[int] = set()
    for clause in clauses:
        if clause.id not in moved:
            units.append(clause)
        elif moved[clause.id] not in placed:
            index = moved[clause.id]
            placed.add(index)
            units.append((index, *(c.id for c in clauses if moved.get(c.id) == index)))
    units += [(index,) for index in range(len(spec.amend)) if index not in placed]
    return units


def codified(unit: Unit) -> bool:
    """Whether ``unit`` is a clause that becomes a section of the state's code."""
    return isinstance(unit, Clause) and unit.codified


def with_enactment(units: list[Unit]) -> list[Unit]:
    """``units`` with the enacting section first and the new code sections it wraps after it."""
    sections = [u for u in units if codified(u)]
    if not sections:
        return units
    return [ENACT, *sections, *(u for u in units if not codified(u))]


def code_keys(units: list[Unit]) -> dict[str, str]:
    """The bracketed key of each new code section an enacting section wraps: "A", "B", ..."""
    if ENACT not in units:
        return {}
    return {unit.id: letters(i) for i, unit in enumerate(u for u in units if codified(u))}


def with_codification(units: list[Unit]) -> list[Unit]:
    """``units`` with the codification section right after the last codified clause, if any."""
    places = [i for i, unit in enumerate(units) if codified(unit)]
    if not places:
        return units
    return [*units[: places[-1] + 1], CODIFY, *units[places[-1] + 1 :]]


def with_repeal(units: list[Unit]) -> list[Unit]:
    """``units`` with the repealing section right after the last amending one."""
    last = max(i for i, unit in enumerate(units) if isinstance(unit, tuple))
    return [*units[: last + 1], REPEAL, *units[last + 1 :]]


def _moved_clauses(spec: BillSpec, selected: set[str]) -> dict[str, int]:
    """Each clause an ``[[amend]]`` entry takes, with the entry's index."""
    moved: dict[str, int] = {}
    for index, amend in enumerate(spec.amend):
        for clause_id in amend.clauses:
            if clause_id not in selected:
                raise SelectionError(
                    f"[[amend]] {amend.citation!r} takes clause {clause_id!r}, which the bill leaves out.",
                    hint=f"drop -x {clause_id}, or remove it from the amendment",
                )
            if clause_id in moved:
                raise SelectionError(f"clause {clause_id!r} is in two [[amend]] entries.")
            moved[clause_id] = index
    return moved


def unit_numbers(units: list[Unit], step: int = 1, fixed: Mapping[str, int] | None = None) -> list[int]:
    """The number each unit's section prints: a code section an enacting section wraps has its
    wrapper's number (it prints under its own key). With a ``step`` above one, the sections after
    the first count by it, as Illinois numbers them (Section 1, Section 5, Section 10, ...); a clause
    in ``fixed`` prints the number given there wherever it stands (Illinois: 99 for the effective
    date)."""
    keys = code_keys(units)
    fixed = fixed or {}
    out: list[int] = []
    n = 0
    for unit in units:
        if isinstance(unit, Clause) and unit.id in fixed:
            out.append(fixed[unit.id])
            continue
        if not (isinstance(unit, Clause) and unit.id in keys):
            n += 1
        out.append(n if n == 1 or step == 1 else (n - 1) * step)
    return out


def section_numbers(
    units: list[Unit], step: int = 1, fixed: Mapping[str, int] | None = None
) -> dict[str, int]:
    """The number of the section each clause prints in (a moved clause: its amending section's)."""
    numbers: dict[str, int] = {}
    for n, unit in zip(unit_numbers(units, step, fixed), units, strict=True):
        if unit in (REPEAL, ENACT, CODIFY):
            continue
        for clause_id in unit if isinstance(unit, tuple) else (unit.id,):
            numbers[clause_id] = n
    return numbers
