"""What every part of one bill is drafted with: library, relief term, jurisdiction, numbers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import SelectionError, UnknownNameError
from ..load.jurisdiction import DEFAULT_REFERENCE, Jurisdiction, cross_reference
from ..load.library import Library
from ..load.schema import EnactForm
from .citations import italicize
from .relief import ReliefTerm


@dataclass(frozen=True)
class Drafting:
    """One bill's drafting choices, and the template context its clauses render in.

    ``numbers`` maps each clause id to the number of the section it prints in; ``aims`` are the
    selected clauses' aims (for the findings); ``case_names`` are set in italics in commentary.
    ``keys`` maps each new code section an enacting section wraps to its bracketed key; ``enact`` is
    the jurisdiction's form for such sections, which words references to them ("section [{key}] of
    the Revised Code") and what they call the law they belong to.
    ``placed`` are the clauses whose text an ``[[amend]]`` puts into an existing statute: a
    clause that would otherwise tell where its words go says them there instead.
    """

    library: Library
    relief: ReliefTerm
    jurisdiction: Jurisdiction
    numbers: Mapping[Any, int]
    aims: tuple[str, ...] = ()
    case_names: tuple[str, ...] = ()
    reference: str = DEFAULT_REFERENCE
    keys: Mapping[str, str] = field(default_factory=dict)
    enact: EnactForm | None = None
    placed: frozenset[str] = frozenset()

    def context(
        self, clause_id: str, params: Mapping[str, Any], relief: ReliefTerm | None = None
    ) -> dict[str, Any]:
        """The variables clause ``clause_id``'s templates see, its parameters ``params`` among them."""

        def ref(target: str) -> str:
            if target not in self.library.clauses:
                raise UnknownNameError("clause", target, self.library.clauses)
            if target not in self.numbers:
                raise SelectionError(
                    f"clause {clause_id!r} refers to {target!r}, which is not in the bill.",
                    hint=f"add -c {target}, or leave out {clause_id}",
                )
            if target in self.keys and self.enact:
                return self.enact.reference.format(key=self.keys[target])
            return cross_reference(self.reference, self.numbers[target])

        return {
            "relief": relief or self.relief,
            "j": self.jurisdiction,
            "act": self.jurisdiction.act_word,
            "aims": list(self.aims),
            "selected": tuple(self.numbers),
            "placed": tuple(sorted(self.placed)),
            "scope": self._in_code(clause_id, self.enact.scope if self.enact else None),
            "this_law": self._in_code(clause_id, self.enact.whole if self.enact else None)
            or f"this {self.jurisdiction.act_word}",
            "its_effective_date": "the effective date of this "
            + (self.enact.unit if self.enact and clause_id in self.keys else self.jurisdiction.act_word),
            "ref": ref,
            **params,
        }

    def _in_code(self, clause_id: str, words: str | None) -> str | None:
        """``words`` of the enact form, for a clause that is a new code section, with ``{first}`` and
        ``{last}`` the first and last new sections' keys; ``None`` for any other clause."""
        if clause_id not in self.keys or not words:
            return None
        keys = sorted(self.keys.values())
        return words.format(first=keys[0], last=keys[-1])

    def origin(self, clause_id: str) -> str:
        """The file clause ``clause_id`` came from, as error messages name it."""
        return str(self.library.origins[clause_id].name)

    def italicize(self, text: str):
        """``text`` as runs, with the library's case names in italics."""
        return italicize(text, self.case_names)
