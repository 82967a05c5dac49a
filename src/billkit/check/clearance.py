"""Whether a pending bill clears records at all, and under which of billkit's relief terms.

Kept apart from ``build.pending``, which fits proposed text to a bill, so that ``billkit check`` can
say a bill clears no record without loading the bill builder.
"""

from __future__ import annotations

import re

from ..errors import UsageError

RELIEF_WORDS: dict[str, re.Pattern[str]] = {
    "expungement": re.compile(r"\bexpung\w*|\bexpunct\w*", re.IGNORECASE),
    "sealing": re.compile(r"\bseal(?:s|ed|ing)?\b", re.IGNORECASE),
    "set-aside": re.compile(
        r"\bset[- ]asides?\b|\bsets aside\b|\bsetting aside\b|\bset (?:the |a |such |that )?"
        r"(?:conviction|judgment|verdict|plea)s? aside\b",
        re.IGNORECASE,
    ),
    "record-clearance": re.compile(r"\brecord[- ]clearance\b", re.IGNORECASE),
}
"""How a bill names each relief term billkit supports. Vacatur is never a pending bill's relief term:
calling rehabilitative relief a vacatur would tell immigrants it counts when it does not."""
OTHER_RELIEF = re.compile(
    r"\bnon-?disclosure\b|\bshield(?:s|ed|ing)?\b|\border of limited relief\b|\bannul\w*", re.IGNORECASE
)
"""Relief terms billkit has no forms for; a bill that uses only these gets "record clearance"."""


def detect_relief_term(text: str) -> str | None:
    """The relief term (a key of ``relief.TERMS``) the bill uses most, or ``None`` if it names none.

    Ties go to the term the bill uses first. A bill that speaks only of relief billkit has no
    forms for (nondisclosure, shielding, ...) gets the neutral "record-clearance".
    """
    counts = {}
    for key, pattern in RELIEF_WORDS.items():
        hits = [m.start() for m in pattern.finditer(text)]
        if hits:
            counts[key] = (len(hits), -hits[0])
    if counts:
        return max(counts, key=counts.__getitem__)
    if OTHER_RELIEF.search(text):
        return "record-clearance"
    return None


VACATUR = re.compile(
    r"\bvacat(?:e|es|ed|ing|ur|ion)\b[^.;]{0,80}\b(?:convictions?|judgments?|pleas?|sentences?)\b"
    r"|\b(?:convictions?|judgments?|pleas?)\b[^.;]{0,40}\bvacat(?:e|ed|ur|ion)\b",
    re.IGNORECASE,
)
"""A conviction, judgment or plea vacated: relief too, though never a pending bill's relief term."""


OTHER_CLEARANCE = re.compile(
    r"\b(?:eras(?:e|es|ed|ing|ure)|purg\w+|obliterat\w+|destr(?:oy|oys|oyed|uction))\b[^.;]{0,60}\brecords?\b|"
    r"\brecords?\b[^.;]{0,60}\b(?:eras(?:ed|ure)|purged|obliterated|destroyed)\b|"
    r"\blimited[- ]access\b|\bclean slate\b|\b(?:conviction|arrest) record relief\b|"
    r"\bcertificates? of (?:rehabilitation|relief|good conduct|employability|recovery)\b|"
    r"\bdismiss\w*\b[^.;]{0,60}\b(?:accusations?|informations?|complaints?|charges?|indictments?)\b",
    re.IGNORECASE,
)
"""Other words for clearing a record: Connecticut's erasure, Pennsylvania's limited access, California's
dismissal of the accusation after probation, certificates of rehabilitation, destroyed records."""


def no_relief_note(texts: list[str], name: str) -> str | None:
    """What a reader of ``check``'s findings must know first when the text clears no records; ``None`` when
    it does. ``texts`` are the bill's passages, struck matter too: a bill that strikes record clearance from
    the law is about it as much as one that grants it."""
    if clears_records("\n".join(texts)):
        return None
    return (
        f"{name} names no record-clearance relief; the practices are what a record-clearance bill needs, not "
        "faults of this text, but a provision marked contrary still works against them."
    )


def clears_records(text: str) -> bool:
    """Whether ``text`` grants, limits or changes any record-clearance relief: it names one of the
    relief terms (expungement, sealing, set-aside, nondisclosure, ...), vacates a conviction, or
    clears a record in other words (:data:`OTHER_CLEARANCE`).

    A bill that does neither (a bill on cooperation with immigration enforcement, say) is no
    record-clearance bill: the practices are not faults of it, and testimony written for a
    record-clearance bill would misdescribe it.
    """
    return any(
        found is not None
        for found in (detect_relief_term(text), VACATUR.search(text), OTHER_CLEARANCE.search(text))
    )


def require_record_clearance(
    text: str, relief_term: str | None, name: str, *, override: str = "the relief term"
) -> None:
    """Refuse to write testimony or amendments for a bill that :func:`clears_records` says clears
    none, unless the user named the bill's relief term (billkit may have missed an unusual one);
    ``override`` says where the user names it ("--relief-term")."""
    if relief_term or clears_records(text):
        return
    raise UsageError(
        f"{name} names no record-clearance relief (expungement, sealing, set-aside, nondisclosure, "
        "erasure, limited access, vacatur); billkit's testimony and amendments are written for a "
        "record-clearance bill.",
        hint=f"if the bill clears records under another name, give that name as {override}",
    )
