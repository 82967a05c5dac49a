"""A provision quoted as evidence: the whole decisive sentence, or its opening clauses with "…" where it is
cut, never cut where the words left out could turn it around."""

from __future__ import annotations

import re

REVERSING = re.compile(
    r"\b(?:except|unless|provided|however|but|only|notwithstanding|not|without|other than|subject to)\b",
    re.IGNORECASE,
)
"""Words that can turn a provision around: a quote never cuts them off."""
QUOTE_LIMIT = 600
"""The length past which a quote is cut at a clause break, with "…" for what is left out."""


LIST_LINK = re.compile(r"\s*[;,]\s*(?:and|or)\s*$")
"""The word that joins a list item to the next ("... for any lawful purpose; and"): no part of what the item
says."""


def quote(sentence: str, limit: int = QUOTE_LIMIT) -> str:
    """The sentence, or its opening clauses up to ``limit`` characters with "…" marking the cut, but
    never cut where the words left out could reverse what the quote says; a list item's closing "; and" is cut
    too, and marked."""
    sentence = LIST_LINK.sub(" …", sentence)
    if len(sentence) <= limit:
        return sentence
    cut = max(sentence.rfind(mark, 0, limit) for mark in ("; ", ", ", ": "))
    if cut <= 0 or REVERSING.search(sentence[cut:]):
        return sentence
    return sentence[: cut + 1].rstrip(",;: ") + " …"
