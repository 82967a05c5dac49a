"""The cheap test each rule pattern passes before it runs (billkit/check/ruleset/rule.py ``needed``): the
strings one of which every match must hold. A gate that refused a sentence the pattern matches would lose a
reading silently, so this checks the gate against every rule's patterns on probe sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from billkit.check.rules import _lower, _matches
from billkit.check.ruleset import RULES
from billkit.check.ruleset.rule import needed, search
from billkit.sentences import sentences

PROBES = Path(__file__).parent / "probes"


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"\b(?:shall|may) not (?:disclose|release)\b", ("release", "disclose")),
        # the longest run of letters a match must hold
        (r"\bsealed\b[^.;]{0,40}\brecords?\b", ("sealed",)),
        # a group repeated at least once still needs its strings; one that may be left out needs none
        (r"(?:court order )+", ("court order ",)),
        (r"(?:court )?order", ("order",)),
    ],
)
def test_the_strings_a_pattern_needs(pattern, strings):
    assert needed(pattern) == strings


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)sealed records",  # case-blind: the strings as written need not be there
        r"(?:a|an) \w+",  # nothing long enough to be worth testing for
        r"(?:sealed|)",  # an empty choice
        r"\w+ s\b",  # the longest string it needs is too short
    ],
)
def test_a_pattern_with_no_telling_string_is_not_gated(pattern):
    assert needed(pattern) is None


def test_search_is_the_pattern_s_own_answer():
    assert search(r"\bshall not disclose\b", "the clerk shall not disclose it")
    assert not search(r"\bshall not disclose\b", "the clerk shall disclose it")


def _probe_sentences() -> list[str]:
    texts = sorted(PROBES.glob("round7*/*.txt"))[::10]
    return [_lower(s) for path in texts for s in sentences(path.read_text(encoding="utf-8"))]


def test_no_gate_refuses_a_sentence_its_pattern_matches():
    lowered = _probe_sentences()
    assert len(lowered) > 500
    patterns = {p for rule in RULES for p in (*rule.patterns, *rule.unless, *rule.elsewhere)}
    refused = 0
    for pattern in patterns:
        need = needed(pattern)
        if need is None:
            continue
        compiled = re.compile(pattern)
        for text in lowered:
            if not any(piece in text for piece in need):
                refused += 1
                assert not compiled.search(text), (pattern[:80], text[:80])
    assert refused > 50_000  # the gate does its work
    # the rules' own test of a sentence agrees with the patterns run one by one
    for rule in RULES[:200]:
        for text in lowered[:50]:
            assert _matches(rule.patterns, text) == all(re.search(p, text) for p in rule.patterns)
