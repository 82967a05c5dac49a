"""Words real codes use for one another, read alike by every rule.

One state asks for relief by "petition", its neighbour by "motion", for the same thing before the same court
("may petition the court to vacate the conviction"; "may move ... by motion to vacate the conviction"). A rule
written from one code's words names one of them, and on a bill in the other words it reads nothing. Rather than
each rule listing both, every rule is widened here before it is applied: wherever a pattern names one of a set
of kindred words, it is given the others as well.

Measured by putting one word for the other throughout the tuning split's files that the rules read right
(`scripts/kindred_rewrites.py`; tests/test_check_kindred_words.py keeps a sample): before this, "motion" for "petition" changed 18 readings,
"petition" for "motion" 7, and "the judge" for "the court" 11; after it, 5, 2 and 4, all of them the likeness
reader's, which weighs words as written. The test split was not used to choose the words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rule import Rule

KINDRED: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("petition", "motion"), ("petition", "motion")),
    (("court",), ("court", "judge")),
)
"""Words a pattern may name (first), and the words that do the same work in the codes of other states (second):
the paper that asks a court for relief, and the court that acts through its judge ("the judge shall advise the
defendant"; "the judge shall lose jurisdiction"). Tried and left out, for what they read wrongly in the tuning
split or the blind probe reviews: "movant" or "applicant" for "petitioner" (a movant who was not given notice of a
will's probate is no one shut out of a record; an applicant for a licence is not the person whose record it is);
"application" (a post-conviction "application" whose remedy lies outside the text read as a vacatur); "set aside"
for "vacate" (a court that "may set aside any judgment of conviction" on a ground read as keeping its power over
later challenges; a bar on granting a motion for want of an immigration advisement read as closing it); and "is"
or "are" for "shall be" (a petition that "shall be dismissed" is a bar; one dismissed "if it is denied" is
not)."""


def _either(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word in a pattern's source: after a ``\\b`` or a character that is not a
    letter, and before a plural ``s`` or no letter ("petitions?", "(?:petition|application)"; not "petitioner",
    nor the "motion" in "promotion")."""
    return re.compile(rf"(?:(?<=\\b)|(?<![A-Za-z]))(?:{'|'.join(words)})(?=s?(?![a-z]))")


_KINDRED = tuple((_either(named), f"(?:{'|'.join(kin)})") for named, kin in KINDRED)


@functools.cache
def widened(pattern: str) -> str:
    """``pattern`` with each word of a ``KINDRED`` pair matched by either word of the pair (but in a look-behind,
    which must keep its fixed width: "(?<!motion )"). Cached: many rules share one long vocabulary pattern."""
    for word, either in _KINDRED:
        if not word.search(pattern):
            continue
        behind = _look_behinds(pattern)
        pattern = word.sub(
            lambda m, either=either, behind=behind: (
                m.group() if any(a <= m.start() < b for a, b in behind) else either
            ),
            pattern,
        )
    return pattern


def _look_behinds(pattern: str) -> list[tuple[int, int]]:
    """Where ``pattern``'s look-behind groups begin and end."""
    spans, opened, depth = [], [], 0
    for i, char in enumerate(pattern):
        if char == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i):
                opened.append((i, depth))
        elif char == ")" and (i == 0 or pattern[i - 1] != "\\"):
            if opened and opened[-1][1] == depth:
                spans.append((opened.pop()[0], i))
            depth -= 1
    return spans


def widened_rule(rule: Rule) -> Rule:
    """``rule`` with every pattern, veto and ground ``widened``."""

    def each(patterns: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(map(widened, patterns))

    return replace(
        rule,
        patterns=each(rule.patterns),
        unless=each(rule.unless),
        elsewhere=each(rule.elsewhere),
        unless_before=each(rule.unless_before),
        unless_after=each(rule.unless_after),
    )
