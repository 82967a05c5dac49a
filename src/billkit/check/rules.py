"""Check a pending bill for the immigrant-safe practices, with the bill's own words as evidence.

Detection works sentence by sentence. Each practice has rules: a rule fires when a sentence holds
every one of its word patterns (so "legal error" alone is not enough: the sentence must also give
relief, with "may" or "shall"). Rules carry a strength: ``present``, ``partial`` (half of a
practice, or a weaker form of it), or ``against`` (the opposite: a court order is required to see
one's own record, cleared records may go to immigration authorities, relief ends the court's
jurisdiction). A practice with a provision against it is ``contrary``, whatever else the bill
says: an advocate must ask the committee to strike that provision, not thank it. Rules look for
the ideas, in the many words real bills use (sealing, set-aside, shielding, vacatur, orders of
limited relief), not for billkit's own sentences; and they read negations, exceptions and
savings clauses ("may not ... without a court order", "except to ...", "nothing in this act shall
be construed to prohibit ... sharing", a sharing ban "for employment purposes").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..load.library import PRACTICES
from ..sentences import sentences
from . import defined
from .leads import with_leads
from .lists import WHY as LEFT_OUT
from .lists import read_access_lists
from .reading import Passage
from .ruleset import DESCRIPTIONS, RULES, Rule
from .ruleset.rule import NARROWS
from .vocabulary import SEVERABILITY


@dataclass
class Evidence:
    quote: str
    location: str
    strength: str
    part: str = ""
    why: str = ""
    yields: bool = False  # from a rule that gives way to a grant found elsewhere


@dataclass
class Finding:
    """One practice's result: status, evidence, what is missing, and the clauses that supply it."""

    id: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    missing: str | None = None
    suggest: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "evidence": [{"quote": e.quote, "location": e.location} for e in self.evidence],
            "missing": self.missing,
            "suggest": self.suggest,
        }


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    """Whether every pattern matches ``text``: the cheapest first, so most sentences fail fast."""
    return all(p.search(text) for p in _compiled(patterns))


@functools.cache
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in sorted(patterns, key=len))


_VERB_THEN_ITEM = re.compile(r"\b(shall|may|must|will)( not)?:\s+(?:(?:\(\w{1,4}\)|\d{1,3}\.)\s+)?")
"""A lead's verb and the label of the item that finishes it ("the court shall: (b) inform"), read as one."""


_UNITED_STATES = re.compile(r"\bu\.\s?s\.(?!\s?c\b|c\.)")
""""U.S." as words, so that a pattern that stops at a full stop reads past it ("U.S. Immigration and ...")."""


def _lower(text: str) -> str:
    """The text as the rules match it: lower case, straight apostrophes, and a verb read straight into
    the list item that finishes its sentence."""
    text = _UNITED_STATES.sub("united states", text.lower().replace("’", "'"))
    return _VERB_THEN_ITEM.sub(r"\1\2 ", text)


REVERSING = re.compile(
    r"\b(?:except|unless|provided|however|but|only|notwithstanding|not|without|other than|subject to)\b",
    re.IGNORECASE,
)
"""Words that can turn a provision around: a quote never cuts them off."""
QUOTE_LIMIT = 600
"""The length past which a quote is cut at a clause break, with "…" for what is left out."""


def _quote(sentence: str, limit: int = QUOTE_LIMIT) -> str:
    """The sentence, or its opening clauses up to ``limit`` characters with "…" marking the cut, but
    never cut where the words left out could reverse what the quote says."""
    if len(sentence) <= limit:
        return sentence
    cut = max(sentence.rfind(mark, 0, limit) for mark in ("; ", ", ", ": "))
    if cut <= 0 or REVERSING.search(sentence[cut:]):
        return sentence
    return sentence[: cut + 1].rstrip(",;: ") + " …"


def check_passages(passages: list[Passage]) -> list[Finding]:
    """The finding for each practice, in the fixed practice order."""
    located = with_leads([(s, passage.location) for passage in passages for s in sentences(passage.text)])
    lowered = [_lower(s) for s, _ in located]
    hits: dict[str, list[Evidence]] = {p: [] for p in PRACTICES}

    def add(rule: Rule, quote: str, location: str) -> None:
        keep(
            rule.practice, Evidence(_quote(quote), location, rule.strength, rule.part, rule.why, rule.yields)
        )

    def keep(practice: str, evidence: Evidence) -> None:
        # one sentence may show both halves of a two-part practice: keep it once per half
        same = (e for e in hits[practice] if e.strength == evidence.strength and e.part == evidence.part)
        if not any(e.quote == evidence.quote for e in same):
            hits[practice].append(evidence)

    for rule in RULES:
        support = None
        if rule.elsewhere:
            # a severability clause ("If any provision ... is held invalid") names no ground of relief
            support = next(
                (
                    i
                    for i, text in enumerate(lowered)
                    if _matches(rule.elsewhere, text) and not SEVERED_RE.search(text)
                ),
                None,
            )
            if support is None:
                continue
        for i, text in enumerate(lowered):
            span = 1
            after = lowered[i + 1] if rule.window > 1 and i + 1 < len(lowered) else None
            if after is not None and not _matches(rule.patterns, text) and not NEW_DIVISION.match(after):
                span, text = 2, f"{text} {after}"
            if not _matches(rule.patterns, text) or rule.vetoes(text, lowered, i):
                continue
            quote, location = _window_quote(rule, located[i : i + span], lowered[i : i + span])
            add(rule, quote, location)
            # the ground found elsewhere is quoted too, unless the sentence states it itself
            if support is not None and support != i and not _matches(rule.elsewhere, text):
                add(rule, located[support][0], located[support][1])
    for opening in defined.openings(lowered):
        why = f"the defined term “{opening.term}” takes in federal agencies"
        keep(
            "federal-records",
            Evidence(_quote(located[opening.index][0]), located[opening.index][1], "against", why=why),
        )
    read = _read_lists(located, lowered, hits["record-access"])
    findings = _by_likeness(
        [_judge(practice, hits[practice]) for practice in PRACTICES],
        [(s, passage.location) for passage in passages for s in sentences(passage.text)],
        read,
    )
    by_id = {f.id: f for f in findings}
    if by_id["rebuttable-presumption"].status != "present" and by_id["vacatur-for-cause"].status != "present":
        by_id["rebuttable-presumption"].suggest = ["vacatur-for-cause", "rebuttable-presumption"]
    return findings


def _window_quote(rule: Rule, located: list[tuple[str, str]], lowered: list[str]) -> tuple[str, str]:
    """The quote and location for a rule matched over one sentence or two: an item that already carries
    its list's lead is quoted alone; two sentences are located at the one with more of the rule's words."""
    if len(located) == 1:
        return located[0]
    first, second = lowered
    if second.startswith(first.rstrip(": ")):
        return located[1]
    here = (
        1
        if sum(bool(re.search(p, second)) for p in rule.patterns)
        > sum(bool(re.search(p, first)) for p in rule.patterns)
        else 0
    )
    return " ".join(s for s, _ in located), located[here][1]


def _read_lists(located: list[tuple[str, str]], lowered: list[str], evidence: list[Evidence]) -> list[str]:
    """Put each list of who may see closed records, read whole, in place of what the sentence rules made
    of its sentences (``lists``); return the sentences read so."""
    read: list[str] = []
    for reading in read_access_lists(located, lowered):
        inside = [located[j][0] for j in reading.span]
        read += inside
        evidence[:] = [e for e in evidence if not any(_overlap(e.quote, text) for text in inside)]
        where = located[reading.span.start][1]
        against = reading.strength == "against"
        evidence.append(
            Evidence(_quote(reading.quote), where, reading.strength, why=reading.why, yields=against)
        )
    return read


SEVERED_RE = re.compile(SEVERABILITY)
"""A severability clause, whose "held invalid" is no ground of relief found elsewhere in the bill."""
NEW_DIVISION = re.compile(
    r"\(\w{1,4}\)\s+(?:(?!\b(?:shall|may|must|is|are|does|do|will|has|have)\b)[^.;:]){1,60}\.$"
)
"""The next provision's heading ("(2) Sealed Court Records."), which a window must not borrow words from;
a provision that goes on ("(2) A request ... does not require a court order") may finish the one before."""
MAX_EVIDENCE = 3
"""Quotes a finding keeps: the decisive ones, strongest first."""


def _judge(practice: str, evidence: list[Evidence]) -> Finding:
    present = [e for e in evidence if e.strength == "present"]
    partial = [e for e in evidence if e.strength == "partial"]
    against = [e for e in evidence if e.strength == "against" and not (e.yields and present)]
    parts = {e.part for e in partial if e.part}
    if against:
        kept = _strongest(against, present, partial)
        missing = _what_works_against(
            practice, any(e.strength != "against" for e in kept), kept[0].why == LEFT_OUT
        )
        return Finding(practice, "contrary", kept, missing, [practice])
    if practice == "federal-records" and parts == {"federal databases", "immigration authorities"}:
        return Finding(practice, "present", _strongest(partial))
    narrowing = [e for e in partial if e.part == NARROWS]
    if present and narrowing:
        missing = _what_is_missing(practice, narrowing, parts)
        return Finding(practice, "partial", _strongest(narrowing, present), missing, [practice])
    if present:
        return Finding(practice, "present", _strongest(present))
    if partial:
        missing = _what_is_missing(practice, partial, parts)
        return Finding(practice, "partial", _strongest(partial), missing, [practice])
    missing = DESCRIPTIONS[practice]
    return Finding(practice, "absent", [], missing[0].upper() + missing[1:] + ".", [practice])


def _by_likeness(findings: list[Finding], located: list[tuple[str, str]], read: list[str]) -> list[Finding]:
    """Where the rules found a practice absent or partly there, ask the likeness reader whether a
    sentence works against it; such a sentence makes the practice ``contrary``, quoted first. A
    sentence of a list ``lists`` has ``read`` whole is not asked about own-record access."""
    from . import likeness

    open_ = [f.id for f in findings if f.status in ("absent", "partial")]
    apart = ["record-access"] if read and "record-access" in open_ else []  # asked without the lists read
    rest = [p for p in open_ if p not in apart]
    found = likeness.contrary_sentences(located, rest) if rest else {}
    if apart:
        unread = [(s, where) for s, where in located if not any(s in text for text in read)]
        found.update(likeness.contrary_sentences(unread, apart) if unread else {})
    out = []
    for f in findings:
        if f.id not in found:
            out.append(f)
            continue
        sentence, location, _ = found[f.id]
        evidence = Evidence(_quote(sentence), location, "against", why=likeness.WHY)
        kept = _strongest([evidence], f.evidence)
        also = (
            " The bill also has language for the practice (quoted after it), which that provision may"
            " undercut."
            if len(kept) > 1
            else ""
        )
        missing = (
            "The first quoted provision reads like provisions that work against the practice. A model "
            "trained on labelled examples found it, not a rule: read it before you rely on this, and if it "
            f"does work against the practice, ask the committee to strike or override it. The bill needs "
            f"{DESCRIPTIONS[f.id]}.{also}"
        )
        out.append(Finding(f.id, "contrary", kept, missing, [f.id]))
    return out


def _strongest(*groups: list[Evidence]) -> list[Evidence]:
    """The first ``MAX_EVIDENCE`` quotes of ``groups`` in order, none quoted twice or inside another."""
    kept: list[Evidence] = []
    for e in (e for group in groups for e in group):
        if any(_overlap(e.quote, k.quote) for k in kept):
            continue
        kept.append(e)
    return kept[:MAX_EVIDENCE]


def _overlap(one: str, other: str) -> bool:
    """Whether two quotes print the same words: one holds the other (a cut quote counts without its "…"),
    or they share a sentence (two readings of overlapping pairs of sentences)."""
    one, other = one.removesuffix(" …"), other.removesuffix(" …")
    if one in other or other in one:
        return True
    return bool(_sentence_set(one) & _sentence_set(other))


@functools.lru_cache(maxsize=4096)
def _sentence_set(quote: str) -> frozenset[str]:
    return frozenset(sentences(quote))


def _what_works_against(practice: str, also_quoted: bool, left_out: bool = False) -> str:
    """Why a practice is ``contrary``: what to strike (or, for a list that ``left_out`` the person, whom to
    add), what the bill needs, and (``also_quoted``: a quote of language for the practice is printed after
    it) what it also has."""
    also = " The bill also has language for the practice (quoted after it), which that provision undercuts."
    ask = (
        "The first quoted provision lists who may see the closed records and leaves out the person they are "
        "about: ask the committee to add the person to that list, or to grant the access elsewhere."
        if left_out
        else "The first quoted provision works against the practice: ask the committee to strike or override "
        "it."
    )
    return f"{ask} The bill needs {DESCRIPTIONS[practice]}.{also if also_quoted else ''}"


def _what_is_missing(practice: str, partial, parts) -> str:
    if practice == "federal-records":
        lacking = {"federal databases", "immigration authorities"} - parts
        if lacking == {"immigration authorities"}:
            return (
                "It has the half on federal databases (quoted). It lacks a bar on sharing cleared records "
                "with federal immigration authorities, by any route."
            )
        return (
            "It has the half on immigration authorities (quoted). It lacks a duty to have cleared records "
            "removed from federal databases (the Interstate Identification Index)."
        )
    reasons = sorted({e.why for e in partial if e.why})
    detail = f" What is there is {'; '.join(reasons)}." if reasons else " What is there is quoted."
    return f"It needs {DESCRIPTIONS[practice]}.{detail}"


def check_bill(path) -> list[Finding]:
    """Read the bill at ``path`` and check it for every practice."""
    from .reading import read_bill

    return check_passages(read_bill(path))


def missing_practices(findings: list[Finding]) -> tuple[str, ...]:
    """The practices a bill lacks in whole or in part: what a packet's testimony should propose."""
    return tuple(f.id for f in findings if f.status != "present")


def as_markdown(file: str, findings: list[Finding]) -> str:
    """The findings as a Markdown memo section."""
    lines = [
        f"## Immigrant-safe practices in `{file}`",
        "",
        "| practice | status | add |",
        "| --- | --- | --- |",
    ]
    for f in findings:
        lines.append(f"| {f.id} | {f.status} | {', '.join(f.suggest) or '—'} |")
    for f in findings:
        lines += ["", f"### {f.id}: {f.status}"]
        for e in f.evidence:
            lines.append(f"> {e.quote} ({e.location})")
            lines.append("")
        if f.missing:
            lines.append(f"Missing: {f.missing}")
    return "\n".join(lines).rstrip() + "\n"


STATUSES = ("present", "partial", "absent", "contrary")
"""What ``check`` says of each practice: the bill has it, has part of it, lacks it, or works against it."""

FAIL_ON = {
    "contrary": ("contrary",),
    "absent": ("contrary", "absent"),
    "partial": ("contrary", "absent", "partial"),
}
"""``--fail-on`` levels, and the statuses that fail at each: each level fails on it and on anything
worse (``contrary`` is worse than ``absent``); ``partial`` fails on anything not present."""


def failing_statuses(level: str | None) -> tuple[str, ...]:
    """The statuses that fail a check run with ``--fail-on level``: none without a level."""
    if level is None:
        return ()
    if level not in FAIL_ON:
        from ..errors import UnknownNameError

        raise UnknownNameError("--fail-on level", level, FAIL_ON)
    return FAIL_ON[level]


def fails(findings: list[Finding], level: str | None) -> bool:
    """Whether the findings fail a check run with ``--fail-on level`` (an unknown level is refused)."""
    failing = failing_statuses(level)
    return any(f.status in failing for f in findings)


def amendment_targets(findings) -> tuple[list[str], list[str]]:
    """(the clauses amendments should add, the practices already present) from the findings."""
    missing = [clause for f in findings if f.status != "present" for clause in f.suggest or [f.id]]
    present = [f.id for f in findings if f.status == "present"]
    return missing, present
