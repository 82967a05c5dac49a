"""A person's own cleared record in the words of a self-help page or a notice that speaks to the person as "you".

Court pages and the notices a law requires tell the reader what they may do: "If your record has been sealed, you still
have the right to see it and to get a copy"; "You can get a copy of your sealed record from the clerk." Either gives the
person a way in of their own. (The page that says "you will need a court order to see your record" is read by the
closures: the court's leave, no way in.)
"""

from __future__ import annotations

from ..vocabulary import RELIEF
from .rule import Rule

YOU_MAY_SEE = (
    r"\byou\b(?: (?:still|also))? (?:may|can|(?:still |also )?have (?:the|a) right to|are (?:entitled|allowed|permitted) to)\b(?! not\b)"
    r"[^.;]{0,20}\b(?:see|inspect|review|get|obtain|receive|ask for|request) (?:it|them|a copy|copies|(?:a copy of )?your (?:\w+ ){0,2}"
    r"(?:records?|files?|history))\b"
)
"""The reader told they may see or get the record ("you still have the right to see it and to get a copy"; "You can get
a copy of your sealed record")."""

RULES: tuple[Rule, ...] = (
    Rule("record-access", "present", (YOU_MAY_SEE, RELIEF), window=2, unless=(r"\bonly\b",)),
)
