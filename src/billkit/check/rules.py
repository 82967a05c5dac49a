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
from dataclasses import replace

from ..load.library import PRACTICES
from ..sentences import sentences
from . import capitals, cautions, crossrefs, defined, deletions
from .enacting import NO_DEFECT_RE, enacting
from .idioms import modern
from .judge import REST, REST_RE, Evidence, Finding, by_likeness, judge
from .leads import unmarked, with_leads
from .lists import (
    FEDERAL_TERM_WHY,
    FEDERAL_WHY,
    FoundList,
    ListReading,
    federal_recipients,
    find_lists,
    read_access_lists,
)
from .overrides import overlap
from .quoting import quote
from .reading import Passage
from .ruleset import RULES, Rule
from .ruleset.rule import compiled, needed
from .vocabulary import SEVERABILITY


def _matches(patterns: tuple[str, ...], text: str) -> bool:
    """Whether every pattern matches ``text``: first whether the text holds a string each pattern needs, then
    the patterns, the cheapest first, so most sentences fail fast."""
    gates = _compiled(patterns)
    return all(any(piece in text for piece in need) for need, _ in gates if need) and all(
        pattern.search(text) for _, pattern in gates
    )


@functools.cache
def _compiled(patterns: tuple[str, ...]) -> tuple[tuple[tuple[str, ...] | None, re.Pattern[str]], ...]:
    return tuple((needed(p), compiled(p)) for p in sorted(patterns, key=len))


_VERB_THEN_ITEM = re.compile(r"\b(shall|may|must|will)( not)?:\s+(?:(?:\(\w{1,4}\)|\d{1,3}\.)\s+)?")
"""A lead's verb and the label of the item that finishes it ("the court shall: (b) inform"), read as one."""


_UNITED_STATES = re.compile(r"\bu\.\s?s\.(?!\s?c\b|c\.)")
""""U.S." as words, so that a pattern that stops at a full stop reads past it ("U.S. Immigration and ...")."""


_HYPHENED_ADVERB = re.compile(r"\b(\w+ly)-(?=[a-z])")
"""An adverb joined to the word it qualifies ("newly-discovered evidence", "legally-invalid"): read as two
words."""


_CITED_CODE = re.compile(r"\b(?:[a-z]{1,2}\.){2,}(?=\s?(?:\d|§))")
"""A code's initials before a section number ("K.S.A. 60-1507", "R.C. 2953.32"): no full stops."""
_CITED_PART = re.compile(r"\b(?:subs?|ss?|subd|subdiv|pars?|para|ch|art|secs?)\.(?= ?[(\d])")
"""A cited part's abbreviation before its number ("the statement required by sub. (1)"; "under s. 800.035"):
no full stop."""


_AGENCY_INITIALS = re.compile(r"\b(?:f\.b\.i|d\.h\.s|i\.n\.s|i\.c\.e|n\.c\.i\.c)\.?(?![a-z])")
"""A federal agency's initials written with full stops ("the F.B.I. for storage"): read as its name is."""


_NUMBERED_ITEM = re.compile(r"(^|: |; (?:and |or )?)(\d{1,3}|[a-z])\.\s")
"""A list item numbered "1." or lettered "b." after its lead's colon or the item before it ("available to the
following: 1. the courts of this state; 2. the United States department of homeland security"; "any of the
following: ... b. Sending to ... a federal immigration agency"), read as "(1)" so that a pattern that stops at
a full stop reads into it."""


_DECIMAL_POINT = re.compile(r"(?<=[\da-z])\.(?=\d)")
"""The point inside a section number ("610.122"), which is no full stop."""


def _lower(text: str) -> str:
    """The text as the rules match it: lower case, straight apostrophes, old idioms in today's words, and a
    verb read straight into the list item that finishes its sentence."""
    text = modern(_UNITED_STATES.sub("united states", unmarked(text).lower().replace("’", "'")))
    text = _HYPHENED_ADVERB.sub(r"\1 ", _CITED_CODE.sub(lambda m: m.group().replace(".", ""), text))
    text = _CITED_PART.sub(lambda m: m.group()[:-1], text)
    text = _AGENCY_INITIALS.sub(lambda m: m.group().replace(".", ""), text)
    return _NUMBERED_ITEM.sub(r"\1(\2) ", _VERB_THEN_ITEM.sub(r"\1\2 ", text))


def check_passages(passages: list[Passage]) -> list[Finding]:
    """The finding for each practice, in the fixed practice order: the bill as it would read if enacted, and
    what the matter it strikes took away (``deletions``)."""
    passages, words = capitals.as_read(passages)
    printed = [p for p in passages if not p.struck]
    struck = [p for p in passages if p.struck]
    findings = _findings(printed)
    if struck:
        struck, leads = deletions.in_their_lists(struck, printed)
        findings = deletions.weigh(findings, _findings(struck), leads)
    cautions.add_to(findings[PRACTICES.index("public-education")], [(p.text, p.location) for p in printed])
    return capitals.as_printed(findings, words)


def _findings(passages: list[Passage]) -> list[Finding]:
    """The finding for each practice in ``passages`` (the printed text, or the struck matter), in order."""
    located = with_leads([(s, passage.location) for passage in passages for s in sentences(passage.text)])
    lowered = crossrefs.resolve([_lower(s) for s, _ in located], [place for _, place in located])
    lowered = defined.with_motions_named(defined.with_person_named(defined.with_agencies_named(lowered)))
    hits: dict[str, list[Evidence]] = {p: [] for p in PRACTICES}
    # every rule reads past the point of a section number ("the subject of a record sealed under section
    # 610.122 may inspect it"; "relief ... granted under Section 851.93 or 1203.4 to any federal agency")
    matched = [_DECIMAL_POINT.sub("·", text) for text in lowered]
    found = find_lists(located, lowered)
    readings = read_access_lists(found, located, lowered)
    # (sentences of a list read whole below, where a grant's ground quoted apart would outlive the reading)
    listed = {j for reading in readings for j in reading.span}

    def add(rule: Rule, said: str, location: str, text: str = "", leans: bool = False) -> None:
        rest = rule.practice == "record-access" and rule.strength == "against" and REST_RE.match(text)
        part = REST if rest else rule.part
        evidence = Evidence(quote(said), location, rule.strength, part, rule.why, rule.yields, leans)
        _keep(hits[rule.practice], evidence)

    silent, disclaimed = enacting(matched, [s for s, _ in located])
    supports = _supports(lowered)
    for rule in RULES:
        support = supports.get(rule.elsewhere)
        if rule.elsewhere and support is None:
            continue
        # (not the relief a bar is tied to: testimony asks the committee to strike a bar's quotes)
        ground = support if rule.strength != "against" else None
        granting = rule.practice == "vacatur-for-cause" and rule.strength != "against"
        alone = [_matches(rule.patterns, text) for text in matched]
        for i, text in enumerate(matched):
            if silent[i] or (granting and disclaimed[i]):
                continue
            span, text = _span(rule, matched, i, alone)
            whole = alone[i] if span == 1 else span and _matches(rule.patterns, text)
            # (the sentence after a pair is the one after its second)
            if not whole or rule.vetoes(text, matched, i + max(span, 1) - 1):
                continue
            said, location = _window_quote(rule, located[i : i + span], lowered[i : i + span])
            leans = ground not in (None, i) and not _matches(rule.elsewhere, text)
            add(rule, said, location, lowered[i], leans)
            # the ground found elsewhere is quoted too, unless the sentence states it itself
            if leans and not (rule.practice == "record-access" and i in listed):
                add(rule, located[ground][0], located[ground][1], leans=True)
    for practice, index, strength, why in _by_reference(lowered, found):
        _keep(hits[practice], Evidence(quote(located[index][0]), located[index][1], strength, why=why))
    read = _read_lists(readings, located, hits["record-access"])
    # (nor does the likeness reader ask about a sentence that enacts nothing)
    plain = [(s, passage.location) for passage in passages for s in sentences(passage.text)]
    quiet, _ = enacting([_DECIMAL_POINT.sub("·", _lower(s)) for s, _ in plain], [s for s, _ in plain])
    findings = by_likeness(
        [judge(practice, hits[practice]) for practice in PRACTICES],
        [pair for pair, hushed in zip(plain, quiet, strict=True) if not hushed],
        read,
    )
    by_id = {f.id: f for f in findings}
    if by_id["rebuttable-presumption"].status != "present" and by_id["vacatur-for-cause"].status != "present":
        by_id["rebuttable-presumption"].suggest = ["vacatur-for-cause", "rebuttable-presumption"]
    return findings


def _keep(hits: list[Evidence], evidence: Evidence) -> None:
    """Add ``evidence`` to a practice's ``hits`` once: one sentence may show both halves of a two-part
    practice (kept once per half), and a sentence found again keeps the reason the second reader gave, if
    the first gave none (a federal body on a list, read by the list reader after the sentence rules), and
    stands on its own ground if either reading found it there (a ground quoted for another grant, then read as
    a grant itself)."""
    same = [e for e in hits if e.strength == evidence.strength and e.part == evidence.part]
    twin = next((e for e in same if e.quote == evidence.quote), None)
    if twin is None:
        hits.append(evidence)
        return
    if evidence.why and not twin.why:
        hits[hits.index(twin)] = twin = replace(evidence, leans=twin.leans)
    twin.leans = twin.leans and evidence.leans


def _by_reference(lowered: list[str], found: list[FoundList]) -> list[tuple[str, int, str, str]]:
    """Sentences that show a practice by what they refer to (practice, sentence, strength, why): a defined
    term that takes in federal agencies, a federal body on a list of who may see records, a vacatur granted
    in a defined term's words."""
    named = federal_recipients(found)
    return [
        *(
            ("federal-records", o.index, "against", f"the defined term “{o.term}” takes in federal agencies")
            for o in defined.openings(lowered)
        ),
        *(("federal-records", j, "against", FEDERAL_WHY) for j in named),
        *(
            ("federal-records", j, "against", FEDERAL_TERM_WHY)
            for j in federal_recipients(found, defined.term_pattern(lowered))
            if j not in named
        ),
        *(("vacatur-for-cause", g.index, "present", "") for g in defined.vacatur_grants(lowered)),
    ]


def _span(rule: Rule, read: list[str], i: int, alone: list[bool]) -> tuple[int, str]:
    """How many sentences from ``i`` the rule reads, and their text: the next one too when the rule takes two
    and sentence ``i`` alone does not match (``alone``: whether each sentence matches by itself); none when
    the next one says it alone (it is quoted alone when the loop reaches it, not stitched to this one)."""
    text = read[i]
    after = read[i + 1] if rule.window > 1 and i + 1 < len(read) else None
    if after is None or alone[i] or NEW_DIVISION.match(after):
        return 1, text
    if alone[i + 1] and not rule.vetoes(after, read, i + 1):
        return 0, text
    return 2, f"{text} {after}"


_PROVIDES = re.compile(r"\b(?:shall|may|must|is|are|will|has|have|does|do)\b")
"""A verb that makes a sentence a provision, not a catchline ("Motion to vacate, set aside, or correct
sentence.")."""


_GROUNDS = tuple(dict.fromkeys(rule.elsewhere for rule in RULES if rule.elsewhere))
"""The grounds rules need from another sentence, each once."""


def _supports(lowered: list[str]) -> dict[tuple[str, ...], int | None]:
    """The sentence that states each ground some rule needs elsewhere (many rules share one ground, which is
    looked for once)."""
    return {elsewhere: _support(elsewhere, lowered) for elsewhere in _GROUNDS}


def _support(elsewhere: tuple[str, ...], lowered: list[str]) -> int | None:
    """The sentence that states a ground a rule needs from another sentence (``elsewhere``); a severability
    clause ("If any provision ... is held invalid") names no ground of relief, nor a sentence that disclaims
    one ("is not a finding that the conviction was obtained in violation of law")."""
    found = [
        i
        for i, text in enumerate(lowered)
        if _matches(elsewhere, text) and not SEVERED_RE.search(text) and not NO_DEFECT_RE.search(text)
    ]
    # (a provision before a section's catchline, which names the ground but says nothing of it)
    return next((i for i in found if _PROVIDES.search(lowered[i])), found[0] if found else None)


def _window_quote(rule: Rule, located: list[tuple[str, str]], lowered: list[str]) -> tuple[str, str]:
    """The quote and location for a rule matched over one sentence or two: an item that already carries
    its list's lead is quoted alone; a bar is quoted alone when the other sentence only ties it to the
    relief (testimony asks the committee to strike what is quoted, and the sentence that grants the
    sealing must not be struck with it); two sentences are located at the one with more of the rule's
    words."""
    if len(located) == 1:
        return located[0]
    first, second = lowered
    if second.startswith(first.rstrip(": ")):
        return located[1]
    if rule.strength == "against":
        bar = [bool(compiled(rule.patterns[0]).search(text)) for text in (first, second)]
        if bar[0] != bar[1]:
            return located[bar.index(True)]
    # the sentence with more of the rule's words, or on a tie the one that says what the rule is about
    # (its first pattern: the bar, not the relief it is tied to)
    weight = [
        (
            sum(bool(compiled(p).search(text)) for p in rule.patterns),
            bool(compiled(rule.patterns[0]).search(text)),
        )
        for text in (first, second)
    ]
    here = 1 if weight[1] > weight[0] else 0
    return " ".join(s for s, _ in located), located[here][1]


def _read_lists(
    readings: list[ListReading], located: list[tuple[str, str]], evidence: list[Evidence]
) -> list[str]:
    """Put each list of who may see closed records, read whole (``lists``), in place of what the sentence
    rules made of its sentences; return the sentences read so."""
    read: list[str] = []
    for reading in readings:
        inside = [located[j][0] for j in reading.span]
        read += inside
        evidence[:] = [e for e in evidence if not any(overlap(e.quote, text) for text in inside)]
        where = located[reading.span.start][1]
        against = reading.strength == "against"
        evidence.append(
            Evidence(quote(reading.quote), where, reading.strength, why=reading.why, yields=against)
        )
    return read


SEVERED_RE = re.compile(SEVERABILITY)
"""A severability clause, whose "held invalid" is no ground of relief found elsewhere in the bill."""
NEW_DIVISION = re.compile(
    r"\(\w{1,4}\)\s+(?:(?!\b(?:shall|may|must|is|are|does|do|will|has|have)\b)[^.;:]){1,60}\.$"
)
"""The next provision's heading ("(2) Sealed Court Records."), which a window must not borrow words from;
a provision that goes on ("(2) A request ... does not require a court order") may finish the one before."""


def check_bill(path) -> list[Finding]:
    """Read the bill at ``path`` and check it for every practice."""
    from .reading import read_bill

    return check_passages(read_bill(path))


def missing_practices(findings: list[Finding]) -> tuple[str, ...]:
    """The practices a bill lacks in whole or in part: what a packet's testimony should propose."""
    return tuple(f.id for f in findings if f.status != "present")


def as_markdown(file: str, findings: list[Finding], note: str | None = None) -> str:
    """The findings as a Markdown memo section; ``note``, what a reader must know first, under the heading."""
    lines = [
        f"## Immigrant-safe practices in `{file}`",
        "",
        *([f"> Note: {note}", ""] if note else []),
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
        lacking, caution = f.lacking_and_caution()
        if lacking:
            lines.append(f"Missing: {lacking}")
        if caution:  # on its own line: a present finding may carry a caution alone, which is nothing missing
            lines += [""] * bool(lacking) + [caution]
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
