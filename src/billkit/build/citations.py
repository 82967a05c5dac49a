"""Case names in citations, so commentary can set them in italics as legal writing does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Run

_CASE = re.compile(r"((?:Matter of [^,;]+)|(?:[A-Z][^,;]*? v\. [^,;]+)), (?:\d+ |No\. \d)")
_SIGNALS = re.compile(r"\b(rev’d on other grounds|overruled by|aff’d|cert\. denied|on reh’g)(?=,)")
EM = frozenset({"em"})


def case_names(citations: Iterable[str]) -> tuple[str, ...]:
    """The case names found in full citations (a reporter's or, for a slip opinion, a docket number's),
    longest first (so "X v. Y" wins over parts)."""
    names = {match.group(1).strip() for cite in citations for match in _CASE.finditer(cite)}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def italicize(text: str, names: tuple[str, ...]) -> tuple[Run, ...]:
    """Split ``text`` into runs with the given case names and history phrases in italics."""
    patterns = [re.escape(name) for name in names]
    pattern = re.compile("|".join([*patterns, _SIGNALS.pattern])) if names else _SIGNALS
    runs: list[Run] = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() > last:
            runs.append(Run(text[last : match.start()]))
        runs.append(Run(match.group(0), EM))
        last = match.end()
    if last < len(text):
        runs.append(Run(text[last:]))
    return tuple(runs)
