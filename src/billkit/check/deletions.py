"""What a bill takes away: words it strikes that did a practice its new text no longer does.

A bill that amends a statute prints the words it deletes (in [brackets], ((double parentheses)) or
strike-through) beside the words it adds. The deleted words are no law once the bill passes, so the rules read
the bill without them; but when they gave a protection the amended text lacks, deleting them works against the
practice as surely as a new bar would. Such a practice is ``contrary``, with the struck words quoted in
brackets: first when nothing else works against the practice, after the provision that does when one does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..sentences import sentences
from .judge import MAX_EVIDENCE, Evidence, Finding, what_works_against
from .leads import AMENDING
from .likeness import WHY as LIKENESS
from .printed import PLACE
from .reading import Passage
from .ruleset import DESCRIPTIONS
from .ruleset.rule import NARROWS

WHY = "the bill strikes these words, which protect people"
"""The ``why`` of a quote of struck matter: what tells a packet to ask the committee to keep them."""
RANK = {"contrary": 0, "absent": 1, "partial": 2, "present": 3}
"""How much of a practice a status gives; a contrary finding ranks lowest, so it still gains the deletion."""


ITEM = re.compile(r"^\s*(?:\(\w{1,4}\)|\w{1,3}\.)\s")
"""A struck passage that is an item of a list ("(d) that sealing ... does not remove a conviction ...")."""
LOOKBACK = 6
"""How many printed passages before a struck item are searched for the lead it finishes."""


def in_their_lists(struck: list[Passage], printed: list[Passage]) -> tuple[list[Passage], list[str]]:
    """The ``struck`` passages, each struck item of a list read after the printed lead it finishes ("the court
    shall give the defendant a written notice that states in plain language: [(d) that sealing ... does not
    remove a conviction for purposes of federal immigration law]"), and the leads so added."""
    out, leads = [], []
    for passage in struck:
        lead = _lead_of(passage, printed) if ITEM.match(passage.text) else None
        if lead is None:
            out.append(passage)
            continue
        out.append(replace(passage, text=f"{lead} {passage.text}"))
        leads.append(lead)
    return out, leads


def _lead_of(item: Passage, printed: list[Passage]) -> str | None:
    """The last printed sentence before ``item`` that ends where a list must finish it; not a bill's
    instruction to amend a section "to read as follows:"."""
    line = PLACE.search(item.location)
    if line is None:
        return None
    before = [p for p in printed if (m := PLACE.search(p.location)) and int(m[1]) <= int(line[1])][-LOOKBACK:]
    for passage in reversed(before):
        for sentence in reversed(sentences(passage.text)):
            if sentence.endswith(":"):
                return None if AMENDING.search(sentence) else sentence
    return None


def weigh(findings: list[Finding], struck: list[Finding], leads: list[str] = ()) -> list[Finding]:
    """``findings`` for the bill as it would read, with each practice that its ``struck`` matter did better
    than its new text does (wholly or in part) made ``contrary``. ``leads`` are printed words read before
    struck items (``in_their_lists``): quoted outside the brackets."""
    return [_weighed(finding, gone, leads) for finding, gone in zip(findings, struck, strict=True)]


def _bracketed(quote: str, leads: list[str]) -> str:
    """The struck words of ``quote`` in brackets, a printed lead read before them left outside."""
    for lead in leads:
        if quote.startswith(lead + " "):
            return f"{lead} [{quote[len(lead) + 1 :]}]"
    return f"[{quote}]"


NONCITIZENS = re.compile(
    r"\b(?:immigration|deport\w*|naturali[sz]\w*|not a citizen|noncitizen|alien)\b", re.IGNORECASE
)
"""Words that make a ground of vacatur the one noncitizens rely on (the advice on a plea's immigration
consequences)."""


def _noncitizens_ground_struck(finding: Finding, gone: Finding) -> bool:
    """Whether the bill strikes a ground of vacatur about immigration ("[(3) that defense counsel failed to
    advise the defendant ... of the specific immigration consequences of the plea]") while the grounds it
    keeps say nothing of it: a vacatur is still there, but not the one noncitizens need."""
    return (
        finding.id == "vacatur-for-cause"
        and any(e.strength != "against" and NONCITIZENS.search(e.quote) for e in gone.evidence)
        and not any(NONCITIZENS.search(e.quote) for e in finding.evidence)
    )


def _weighed(finding: Finding, gone: Finding, leads: list[str] = ()) -> Finding:
    """``finding``, made ``contrary`` by the deletion of what ``gone`` (the struck words' reading) found."""
    if gone.status not in ("present", "partial") or (
        RANK[gone.status] <= RANK[finding.status] and not _noncitizens_ground_struck(finding, gone)
    ):
        return finding
    # the struck words that gave the practice, not a limit struck beside them
    grants = [
        e for e in gone.evidence if e.strength == "present" or (e.strength == "partial" and e.part != NARROWS)
    ]
    given = (grants or gone.evidence)[0]
    deleted = Evidence(_bracketed(given.quote, leads), given.location, "against", why=WHY)
    if finding.status == "present":  # a vacatur kept, its ground for noncitizens struck
        missing = (
            "The bill strikes the ground quoted first, in brackets: the one noncitizens rely on, a plea made "
            "without advice on its immigration consequences. The grounds it keeps (quoted after it) do not "
            "reach that defect: ask the committee to keep the struck ground."
        )
        return Finding(
            finding.id, "contrary", [deleted, *finding.evidence][:MAX_EVIDENCE], missing, [finding.id]
        )
    if finding.status != "contrary":
        kept = " The other quotes are what the amended text says on the point." if finding.evidence else ""
        missing = (
            "The bill strikes the words quoted first, in brackets, and they do this: ask the committee to "
            "keep them. "
            f"The bill needs {DESCRIPTIONS[finding.id]}.{kept}"
        )
        return Finding(
            finding.id, "contrary", [deleted, *finding.evidence][:MAX_EVIDENCE], missing, [finding.id]
        )
    first = finding.evidence[0]
    said = (
        finding.missing
        if first.why == LIKENESS
        else what_works_against(
            finding.id,
            any(e.strength != "against" for e in finding.evidence),
            first.why,
            several=True,
        )
    )
    evidence = [*finding.evidence[: MAX_EVIDENCE - 1], deleted]
    also = (
        " It also strikes the words quoted in brackets, which protect people on this point: ask the committee"
    )
    missing = f"{said}{also} to keep them."
    return Finding(finding.id, "contrary", evidence, missing, finding.suggest)
