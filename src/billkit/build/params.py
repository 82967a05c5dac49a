"""A bill's parameters: the drafter's values, checked against each clause, and the library's defaults."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ..errors import ParameterError
from ..load.jurisdiction import Jurisdiction, resolve
from ..load.library import Library
from ..load.schema import Clause
from ..spec import BillSpec
from .context import Drafting
from .relief import relief_for
from .templating import collapse, render_text


class Given(str):
    """A user's parameter value: printed as given, never evaluated as a template."""


class Default(str):
    """A library default: may itself use template variables such as ``{{ j.this_state }}``."""


def defaults(clause: Clause) -> dict[str, Default]:
    """The defaults of ``clause``'s parameters that have one."""
    return {p.name: Default(str(p.default)) for p in clause.params if p.default is not None}


def resolve_params(spec: BillSpec, library: Library, clauses: list[Clause]) -> dict[str, dict[str, Any]]:
    """Each selected clause's parameter values: the spec's value, else the (templated) default."""
    _check_names(spec, library)
    values: dict[str, dict[str, Any]] = {}
    for clause in clauses:
        given = spec.params.get(clause.id, {})
        resolved: dict[str, Any] = {}
        for param in clause.params:
            if param.name in given:
                value = given[param.name]
                if isinstance(value, str) and not value.strip():
                    raise ParameterError(
                        f"parameter {param.name!r} of clause {clause.id!r} is empty.",
                        hint=f"give it a value: {param.description}",
                    )
                resolved[param.name] = Given(str(_checked(clause, param, value)))
            elif param.default is None:
                raise ParameterError(
                    f"clause {clause.id!r} needs a value for parameter {param.name!r} ({param.description}).",
                    hint=f"set it under [params.{clause.id}] in the spec",
                )
            else:
                resolved[param.name] = Default(str(param.default))
        values[clause.id] = resolved
    return values


def _checked(clause: Clause, param, value):
    """A count (of days, say) is a whole number of at least 1: a law cannot say "within -3 days"."""
    if param.type != "count":
        return value
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1:
        raise ParameterError(
            f"parameter {param.name!r} of clause {clause.id!r} must be a whole number of at least 1, "
            f"not {value!r}.",
            hint=f"it is {param.description}",
        )
    return int(text)


def _check_names(spec: BillSpec, library: Library) -> None:
    """Refuse a parameter the clause does not take, suggesting the closest one."""
    for clause_id, given in spec.params.items():
        clause = library.get(clause_id)
        known = [p.name for p in clause.params]
        for name in given:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else (f"its parameters are: {', '.join(known)}" if known else "it takes no parameters")
                )
                raise ParameterError(f"clause {clause_id!r} has no parameter {name!r}.", hint=hint)


def fill_params(where: str, values: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, str]:
    """The values as they print: each default rendered in ``base``, a user's value as given."""
    done: dict[str, str] = {}
    for name, value in values.items():
        if isinstance(value, Default):
            value = collapse(render_text(value, base, where=f"{where}: default of {name!r}"))
        done[name] = str(value)
    return done


def default_values(library: Library, jurisdiction: Jurisdiction | None = None) -> dict[str, dict[str, str]]:
    """Every parameter's default as it would print in a bill for ``jurisdiction`` (default: generic)."""
    jurisdiction = jurisdiction or resolve(None)
    drafting = Drafting(
        library, relief_for(None, jurisdiction), jurisdiction, {}, reference=jurisdiction.reference
    )
    return {
        clause.id: fill_params(drafting.origin(clause.id), defaults(clause), drafting.context(clause.id, {}))
        for clause in library.ordered()
    }
