"""The relief term a bill uses everywhere (expungement, sealing, ...), in all its grammatical forms.

A state draft speaks the state's own word (Ohio's "sealing", California's "dismissal", Texas's
"order of nondisclosure") unless the drafter names another; the model bill says "expungement".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import UnknownNameError, UsageError

if TYPE_CHECKING:
    from ..load.jurisdiction import Jurisdiction
    from ..load.statelaw import ReliefLaw


@dataclass(frozen=True)
class ReliefTerm:
    """Every form of one relief term that clause templates need.

    Templates write ``{{ relief.noun }}`` ("sealing"), ``{{ relief.a_noun }}`` ("a sealing"),
    ``{{ relief.plural }}``, ``{{ relief.verb }}`` ("seal"), ``{{ relief.participle }}`` ("the
    record was sealed") and, before or after a noun as the language needs,
    ``{{ relief.adj_noun("records") }}`` ("sealed records"; "records subject to an order of
    nondisclosure") and ``{{ relief.a_adj_noun("conviction") }}`` ("an expunged conviction").
    """

    key: str
    noun: str
    a_noun: str
    plural: str
    verb: str
    participle: str
    adj: str
    adj_after: bool = False
    statutory: bool = False
    """Whether the term names a state's own relief, under its own statute (New Jersey's expungement,
    Washington's vacation), rather than a word of the act's choosing."""

    def __str__(self) -> str:
        return self.noun

    @property
    def order(self) -> str | None:
        """The order itself, without its article, where the term names one ("order of nondisclosure";
        Michigan's "order setting aside a conviction"), so that a template says "each order of
        nondisclosure", not "each order that grants an order of nondisclosure"; else ``None``."""
        phrase = self.a_noun.split(" ", 1)[-1]
        return phrase if phrase.lower().startswith("order ") else None

    @property
    def in_guidance_sentence(self) -> bool:
        """Whether the guidance's sample sentence on the two grounds of relief ("An expungement may be
        based on equitable factors or to correct a ... defect") keeps this term. Only the guidance's own
        word, as the act's word, does: a state's own relief (New Jersey's expungement, Washington's
        vacation) rests on equitable grounds alone, and a sentence saying it may correct a defect
        would invite the rehabilitative label for relief from legal error, so that sentence speaks of
        "relief from a conviction" instead."""
        return self.noun == DEFAULT_TERM and not self.statutory

    @property
    def a_adj(self) -> str:
        """The adjective with its article, before a noun: "an expunged"."""
        return f"{_article(self.adj)} {self.adj}"

    def adj_noun(self, noun: str) -> str:
        """``noun`` described as cleared: "sealed records", "records subject to limited access"."""
        return f"{noun} {self.adj}" if self.adj_after else f"{self.adj} {noun}"

    def a_adj_noun(self, noun: str) -> str:
        """The same with its article: "an expunged conviction", "a conviction subject to ..."."""
        phrase = self.adj_noun(noun)
        return f"{_article(phrase)} {phrase}"


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def _term(key: str, noun: str, plural: str, verb: str, participle: str, adj: str) -> ReliefTerm:
    return ReliefTerm(key, noun, f"{_article(noun)} {noun}", plural, verb, participle, adj)


TERMS: dict[str, ReliefTerm] = {
    term.key: term
    for term in (
        _term("expungement", "expungement", "expungements", "expunge", "expunged", "expunged"),
        _term("sealing", "sealing", "sealings", "seal", "sealed", "sealed"),
        _term("set-aside", "set-aside", "set-asides", "set aside", "set aside", "set-aside"),
        _term("record-clearance", "record clearance", "record clearances", "clear", "cleared", "cleared"),
    )
}

DEFAULT_TERM = "expungement"

REFUSED = frozenset({"vacatur", "vacation", "vacate", "vacated"})
"""Words that may not name relief for rehabilitation unless the state's own law uses them.

Under Matter of Pickering a vacatur is relief for a legal defect, the one kind immigration law
honours; an act that called rehabilitative relief a vacatur would tell noncitizens that a
conviction was vacated when, for immigration, it still stands. The act grants vacatur for legal
error as a separate order, under its own name, whatever the relief term. A state whose statute
already says "vacation" (Washington) keeps its word, and the draft says what it is.
"""

CLASHES = frozenset({"vacatur", "order of vacatur", "dismissal"})
"""Nouns a bill cannot give its rehabilitative relief: the act's own name for relief for error, and
"dismissal", which the act uses in its ordinary sense (a charge or a reopened case is dismissed):
defined as record relief, it would make "when every charge is dismissed" ask for record relief."""


def _key(name: str) -> str:
    return "-".join(name.strip().lower().replace("_", " ").replace("-", " ").split())


def get_relief_term(name: str) -> ReliefTerm:
    """The relief term called ``name``; spaces, hyphens and capitals do not matter."""
    key = _key(name)
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


def state_term(law: ReliefLaw) -> ReliefTerm | None:
    """The jurisdiction's own word, or ``None`` where it is the act's word for relief for error."""
    forms = law.forms
    if forms.noun.lower() in CLASHES:
        return None
    return ReliefTerm(_key(law.term), **forms.model_dump(), statutory=True)


def relief_for(name: str | None, jurisdiction: Jurisdiction) -> ReliefTerm:
    """The relief term a bill for ``jurisdiction`` uses: ``name`` if given, else the state's own.

    ``name`` may also be the state's own term ("order of nondisclosure" for Texas). A jurisdiction
    without a usable word of its own gets the model bill's "expungement".
    """
    own = state_term(jurisdiction.relief) if jurisdiction.relief else None
    if name is None:
        return own or TERMS[DEFAULT_TERM]
    if own is not None and _key(name) in (own.key, _key(own.noun)):
        return own
    return get_relief_term(name)
