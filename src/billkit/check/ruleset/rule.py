"""One rule of `billkit check`: word patterns that together show, or contradict, a practice."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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
        if any(compiled(p).search(text) for p in self.unless):
            return True
        after = lowered[i + 1] if i + 1 < len(lowered) else ""
        if any(compiled(p).search(after) for p in self.unless_after):
            return True
        before = lowered[max(0, i - LOOKBACK) : i] if self.unless_before else ()
        return any(compiled(p).search(sentence) for p in self.unless_before for sentence in before)


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once: the rules use more patterns than the ``re`` module's own cache keeps."""
    return re.compile(pattern)
