"""What a bill takes away: matter it strikes from current law that did a practice its new text no longer does.

A bill that amends a statute prints the words it deletes (in [brackets], ((double parentheses)) or
strike-through) beside the words it adds. The deleted words are no law once the bill passes, so the rules read
the bill without them; but when they gave a protection the amended text lacks, deleting them works against the
practice as surely as a new bar would. Such a practice is ``contrary``, with the struck words quoted first, in
brackets, as the bill prints them.
"""

from __future__ import annotations

from .judge import MAX_EVIDENCE, Evidence, Finding, what_works_against
from .likeness import WHY as LIKENESS
from .lists import WHY as LEFT_OUT
from .ruleset import DESCRIPTIONS

WHY = "the bill strikes this protection from current law"
"""The ``why`` of a quote of struck matter: what tells a packet to ask the committee to keep it."""


RANK = {"contrary": 0, "absent": 1, "partial": 2, "present": 3}
"""How much of a practice a status gives; a contrary finding ranks lowest, so it still gains the deletion."""


def weigh(findings: list[Finding], struck: list[Finding]) -> list[Finding]:
    """``findings`` for the bill as it would read, with each practice that its ``struck`` matter did better
    than its new text does (wholly or in part) made ``contrary``; a practice already ``contrary`` keeps its
    quotes and gains the deletion after them."""
    out = []
    for finding, gone in zip(findings, struck, strict=True):
        if gone.status not in ("present", "partial") or RANK[gone.status] <= RANK[finding.status]:
            out.append(finding)
            continue
        deleted = Evidence(f"[{gone.evidence[0].quote}]", gone.evidence[0].location, "against", why=WHY)
        if finding.status == "contrary":
            evidence = [*finding.evidence, deleted][:MAX_EVIDENCE]
            first = finding.evidence[0]
            said = (
                finding.missing
                if first.why == LIKENESS
                else what_works_against(
                    finding.id, any(e.strength != "against" for e in evidence), first.why == LEFT_OUT, True
                )
            )
            also = " It also strikes from current law the words quoted in brackets, which protect people now:"
            missing = f"{said}{also} ask the committee to keep them."
            out.append(Finding(finding.id, "contrary", evidence, missing, finding.suggest))
            continue
        kept = " What the amended text still has is quoted after it." if finding.evidence else ""
        missing = (
            "The bill strikes from current law the quoted language (in brackets, as the bill prints struck "
            "matter), which does this: ask the committee to keep it. The bill needs "
            f"{DESCRIPTIONS[finding.id]}.{kept}"
        )
        evidence = [deleted, *finding.evidence][:MAX_EVIDENCE]
        out.append(Finding(finding.id, "contrary", evidence, missing, [finding.id]))
    return out
