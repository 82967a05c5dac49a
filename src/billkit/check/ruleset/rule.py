"""One rule of `billkit check`: word patterns that together show, or contradict, a practice."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """Word patterns that together show (or contradict) a practice.

    ``patterns`` must all match one sentence (or, with ``window=2``, a sentence and the next);
    ``elsewhere`` must each match some sentence anywhere in the bill (a ground listed apart from
    the grant of relief). ``unless`` patterns veto the sentence.
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
