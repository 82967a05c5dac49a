"""What a bill takes away: words it strikes that did a practice its new text no longer does.

A bill that amends a statute prints the words it deletes (in [brackets], ((double parentheses)) or
strike-through) beside the words it adds. The deleted words are no law once the bill passes, so the rules read
the bill without them; but when they gave a protection the amended text lacks, deleting them works against the
practice as surely as a new bar would. Such a practice is ``contrary``, with the struck words quoted in
brackets: first when nothing else works against the practice, after the provision that does when one does.
"""

from __future__ import annotations

from .judge import MAX_EVIDENCE, Evidence, Finding, what_works_against
from .likeness import WHY as LIKENESS
from .ruleset import DESCRIPTIONS
from .ruleset.rule import NARROWS

WHY = "the bill strikes these words, which protect people"
"""The ``why`` of a quote of struck matter: what tells a packet to ask the committee to keep them."""
RANK = {"contrary": 0, "absent": 1, "partial": 2, "present": 3}
"""How much of a practice a status gives; a contrary finding ranks lowest, so it still gains the deletion."""


def weigh(findings: list[Finding], struck: list[Finding]) -> list[Finding]:
    """``findings`` for the bill as it would read, with each practice that its ``struck`` matter did better
    than its new text does (wholly or in part) made ``contrary``."""
    return [_weighed(finding, gone) for finding, gone in zip(findings, struck, strict=True)]


def _weighed(finding: Finding, gone: Finding) -> Finding:
    """``finding``, made ``contrary`` by the deletion of what ``gone`` (the struck words' reading) found."""
    if gone.status not in ("present", "partial") or RANK[gone.status] <= RANK[finding.status]:
        return finding
    # the struck words that gave the practice, not a limit struck beside them
    grants = [
        e for e in gone.evidence if e.strength == "present" or (e.strength == "partial" and e.part != NARROWS)
    ]
    given = (grants or gone.evidence)[0]
    deleted = Evidence(f"[{given.quote}]", given.location, "against", why=WHY)
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
