"""The relief term a bill uses everywhere (expungement, sealing, ...), in all its grammatical forms."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import UnknownNameError, UsageError


@dataclass(frozen=True)
class ReliefTerm:
    """Every form of one relief term that clause templates need.

    Templates write ``{{ relief.a_noun }}`` ("an expungement"), ``{{ relief.adj }}``
    ("expunged", before a noun), ``{{ relief.a_adj }}`` ("an expunged"), ``{{ relief.participle }}``
    ("has been expunged"), ``{{ relief.verb }}`` ("expunge") and ``{{ relief.plural }}``.
    """

    key: str
    noun: str
    a_noun: str
    plural: str
    adj: str
    a_adj: str
    participle: str
    verb: str

    def __str__(self) -> str:
        return self.noun


TERMS: dict[str, ReliefTerm] = {
    term.key: term
    for term in (
        ReliefTerm(
            "expungement",
            "expungement",
            "an expungement",
            "expungements",
            "expunged",
            "an expunged",
            "expunged",
            "expunge",
        ),
        ReliefTerm(
            "sealing",
            "sealing",
            "a sealing",
            "sealings",
            "sealed",
            "a sealed",
            "sealed",
            "seal",
        ),
        ReliefTerm(
            "set-aside",
            "set-aside",
            "a set-aside",
            "set-asides",
            "set-aside",
            "a set-aside",
            "set aside",
            "set aside",
        ),
        ReliefTerm(
            "record-clearance",
            "record clearance",
            "a record clearance",
            "record clearances",
            "cleared",
            "a cleared",
            "cleared",
            "clear",
        ),
    )
}

DEFAULT_TERM = "expungement"

REFUSED = frozenset({"vacatur", "vacation", "vacate", "vacated"})
"""Words that may not name relief for rehabilitation.

Under Matter of Pickering a vacatur is relief for a legal defect, the one kind immigration law
honours; an act that called rehabilitative relief a vacatur would tell noncitizens that a
conviction was vacated when, for immigration, it still stands. The act grants vacatur for legal
error as a separate order, under its own name, whatever the relief term.
"""


def get_relief_term(name: str) -> ReliefTerm:
    """The relief term called ``name``; spaces, hyphens and capitals do not matter."""
    key = "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
    if key in REFUSED:
        raise UsageError(
            f"the relief term {name!r} would call relief for rehabilitation a vacatur, the name "
            "immigration law keeps for relief for legal error (Matter of Pickering); the act already "
            "grants vacatur for legal error as a separate order.",
            hint=f"choose one of {', '.join(sorted(TERMS))}",
        )
    try:
        return TERMS[key]
    except KeyError:
        raise UnknownNameError("relief term", name, TERMS) from None
