"""One rule of `billkit check`: word patterns that together show, or contradict, a practice."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from re import _constants as sre
from re import _parser

LOOKBACK = 8
"""How many sentences before a sentence ``unless_before`` reads: a list of who may see a record, item by item."""


NARROWS = "narrows"
"""The ``part`` of a ``partial`` rule whose limit ("only the prosecutor may move") narrows whatever the bill grants
for the practice: the practice is then ``partial``, even where another sentence grants it in full."""

STATUS_ONLY = "status only"
"""The ``part`` of a federal-records ``against`` reading that keeps only a person's citizenship or immigration status
open to immigration authorities (the 8 U.S.C. § 1373 saving): beside a bar on sharing records with them, the bar
stands and the practice is partly there (tests/corpus/README.md); alone, it works against the practice."""


@dataclass(frozen=True)
class Rule:
    """Word patterns that together show (or contradict) a practice.

    ``patterns`` must all match one sentence (or, with ``window=2``, a sentence and the next);
    ``elsewhere`` must each match some sentence anywhere in the bill (a ground listed apart from
    the grant of relief). ``unless`` patterns veto the sentence; ``unless_before`` patterns veto it
    when they match one of the ``LOOKBACK`` sentences before it (a residual "Otherwise, ..." that follows
    a list naming the person); ``unless_after`` ones when they match the sentence right after it (a writ
    abolished, and the next sentence putting a motion in its place).
    """

    practice: str
    strength: str  # present | partial | against
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
    elsewhere: tuple[str, ...] = ()
    window: int = 1
    part: str = ""  # for practices with halves: which half this rule shows
    why: str = ""
    yields: bool = False
    """An ``against`` rule that gives way to a grant of the practice anywhere in the bill: a bar whose
    exceptions leave the person out says nothing against a grant to the person made elsewhere."""
    unless_before: tuple[str, ...] = ()
    unless_after: tuple[str, ...] = ()

    def vetoes(self, text: str, lowered: list[str], i: int) -> bool:
        """Whether an ``unless`` pattern matches ``text`` (sentence ``i`` of ``lowered``, perhaps with the next),
        an ``unless_before`` one matches one of the ``LOOKBACK`` sentences before it, or an ``unless_after`` one
        the sentence after it."""
        if any(search(p, text) for p in self.unless):
            return True
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        if any(search(p, after) for p in self.unless_after):
            return True
        before = lowered[max(0, i - LOOKBACK) : i] if self.unless_before else ()
        return any(search(p, sentence) for p in self.unless_before for sentence in before)


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once: the rules use more patterns than the ``re`` module's own cache keeps."""
    return re.compile(pattern)


def search(pattern: str, text: str) -> bool:
    """Whether ``pattern`` matches ``text``; a text that holds none of the strings every match needs is
    refused before the pattern runs (most sentences, for most rules)."""
    need = needed(pattern)
    return (need is None or any(piece in text for piece in need)) and compiled(pattern).search(
        text
    ) is not None


NEEDED_CHARS = 3
"""The shortest string worth testing for: shorter ones (" ", "s ") are in nearly every sentence."""


@functools.cache
def needed(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, read off the pattern's parse tree (``re``'s
    own parser): for "(?:shall|may) not (?:disclose|release)", ("disclose", "release"). None where no such
    strings of ``NEEDED_CHARS`` or more are found, or the pattern ignores case (a case-blind match need not
    hold the strings as written)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _needed(parsed.data)
    if not found or min(map(len, found)) < NEEDED_CHARS:
        return None
    return tuple(sorted(found, key=len))


def _needed(items: list) -> frozenset[str] | None:
    """For a sequence of parsed items, the most telling of the string sets that some part of it needs: a run
    of literal characters, or what a group, a choice among alternatives or a repeat of at least once needs."""
    best, run = None, []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best, run = _telling(best, frozenset({"".join(run)})), []
        if op is sre.SUBPATTERN:
            found = None if av[1] & re.IGNORECASE else _needed(av[3].data)
        elif op is sre.ATOMIC_GROUP:
            found = _needed(av.data)
        elif op is sre.BRANCH:
            choices = [_needed(choice.data) for choice in av[1]]
            found = None if None in choices else frozenset().union(*choices)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found = _needed(av[2].data) if av[0] >= 1 else None
        else:  # a class, an anchor, a look-around or a back-reference needs no string of its own here
            found = None
        best = _telling(best, found)
    return _telling(best, frozenset({"".join(run)})) if run else best


def _telling(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """The set that refuses more texts: the longer shortest string, then the fewer strings."""
    if one is None or other is None:
        return one if other is None else other
    return max(one, other, key=lambda found: (min(map(len, found)), -len(found)))
