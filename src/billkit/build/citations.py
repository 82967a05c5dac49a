"""Case names in citations, so commentary can set them in italics as legal writing does."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Run

_CASE = re.compile(r"((?:Matter of [^,;]+)|(?:[A-Z][^,;]*? v\. [^,;]+)), (?:\d+ |No\. \d)")
_SIGNALS = re.compile(r"\b(rev’d on other grounds|overruled by|aff’d|cert\. denied|on reh’g)(?=,)")
EM = frozenset({"em"})


_WORD = r"[A-Z][\w.'’&-]*"
_CASE_IN_PROSE = re.compile(
    rf"(?<![\w.])((?:{_WORD} (?:(?:of|the|and|ex rel\.) )*)+v\. {_WORD}(?: (?:(?:of|the|and) )*{_WORD})*)"
    r"(?=, \d+ [A-Z])"
)
"""A case cited in full inside a sentence of commentary ("which Danforth v. Minnesota, 552 U.S. 264
(2008), leaves"): capitalised words on each side of "v.", then a comma and a reporter's volume; a
lower-case word before the name ends it, so the sentence's own words are never taken in."""


_OPENERS = frozenset(
    "In Under See As And But Also Compare Cf. Following Per After Before Like Unlike Since When While".split()
)
"""Capitalised words that open a sentence before a case name ("In State v. Smith, ..."), not part of it."""


def case_names_in_prose(texts: Iterable[str]) -> tuple[str, ...]:
    """The case names cited in full in ``texts`` (commentary), as ``case_names`` gives them."""
    names = set()
    for text in texts:
        for match in _CASE_IN_PROSE.finditer(text):
            words = match.group(1).split(" ")
            while words and words[0] in _OPENERS:
                words = words[1:]
            names.add(" ".join(words))
    return tuple(names)


def case_names(citations: Iterable[str], prose: Iterable[str] = ()) -> tuple[str, ...]:
    """The case names found in full citations (a reporter's or, for a slip opinion, a docket number's),
    and cited in full in the commentary ``prose``, longest first (so "X v. Y" wins over parts)."""
    names = {match.group(1).strip() for cite in citations for match in _CASE.finditer(cite)}
    names.update(case_names_in_prose(prose))
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
