"""Shapes of the sentences around a list of who may see records (read by :mod:`billkit.check.lists`): a
sentence before it that lets the records out only by a court's order, a lead whose list is of conditions, and
an entry that only captions the entries under it."""

from __future__ import annotations

import re

from .vocabulary import COURT_ORDER

COURT_GATE = re.compile(
    r"\b(?:obtain\w*|inspect\w*|access\w*|disclos\w*|releas\w*|opened|available|see|examin\w*)\b[^.;]{0,40}"
    r"\bonly\b[^.;]{0,200}\b(?:" + COURT_ORDER + r"|order from (?:a |the )?(?:\w+ )?court)"
)
"""A sentence before a list that lets the records out only by the court's order: the list after it may name
who may ask, and naming the person there is no grant of their own (705 Ill. Comp. Stat. 405/1-8(A))."""

CONDITIONS_LEAD = re.compile(
    r"\b(?:if|when|where|whenever|provided(?:,? however,?)? that|on (?:the )?conditions? that|after|"
    r"once|(?:agreement|contract|memorandum|plan|protocol|terms?)s? (?:that|which))\s*:$"
)
"""A lead whose list is of conditions, not of who may see ("The administrator may permit a researcher to
examine records sealed under this part if:"; "... by a bona fide researcher under a written agreement
that:")."""
CAPTION = re.compile(
    r"(?:\(\w{1,4}\)|\d{1,3}\.|[a-z]\.)\s+(?:(?!\b(?:only|if|when|unless|upon|provided|but|shall|may|must)\b)[a-z,'-]+\s?){1,4}:"
)
"""An entry that only captions a group of entries under it ("(2) Case participants:"), not one that sets
conditions on whom it names ("(3) the person, but only:")."""
