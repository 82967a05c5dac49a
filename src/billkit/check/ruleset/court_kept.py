"""A court's power to hear a later challenge kept, in words the rules of :mod:`.jurisdiction` do not know.

Two shapes keep it. One ends the court's power over the case but excepts a later challenge, often as the last of a
list of what the court may still do ("all proceedings in the case are terminated ..., except that the court may (A)
enforce the order, (B) correct a clerical error ..., or (C) hear and determine any motion or petition that challenges
the validity of the expunged conviction"). The other lets the challenge go on although the record was cleared ("A
motion under this rule may be filed, heard and granted although the record of the conviction has been sealed"; the
writ "shall so lie notwithstanding that ... the record of the conviction has been expunged or sealed"; "the
expungement ... shall work no abatement of the court's power to hear and determine the writ"; the court "must not
dismiss the motion ... because the record has been cleared").

Not read so: an exception that keeps only the relief's own order (to enforce, correct or rescind it), which the
challenge words leave out; and a challenge kept from a bar other than the record's clearing.
"""

from __future__ import annotations

from ..vocabulary import CLEARED, LATER_CHALLENGE, RELIEF
from .court_power import EXCEPTED_CHALLENGE
from .rule import Rule
from .time_bars import POST_CONVICTION_LAW

CLEARED_RECORD = (
    r"[^.;]{0,120}?\b(?:records?|convictions?|judgments?)\b[^.;]{0,60}?\b(?:has|have|had|is|are|was|were) (?:been )?"
    r"(?:\w+,? )?(?:or )?" + CLEARED + r"\b"
)
"""The record or conviction cleared ("the record of the conviction has been expunged or sealed"), not a sentence
served or a judgment the writ itself may set aside."""
POWER_ENDED = (
    r"\b(?:terminat\w*|ends?|ceases?|concluded|closed|no further (?:action|jurisdiction|power|authority))\b"
)
"""The court's power over the case, or the case itself, at an end."""
CHALLENGE_EXCEPTED = POWER_ENDED + r"[^.;]{0,80}" + EXCEPTED_CHALLENGE
"""The court's power ended but for a later challenge, however far down the list of what the exception keeps."""
DESPITE_CLEARING = (
    r"\b(?:may|shall|must) (?:(?:so|still|nonetheless|nevertheless) )?(?:be (?:filed|heard|granted|entertained|brought)\b"
    r"(?:,? (?:and |or )?(?:filed|heard|granted|entertained|decided|determined))*|lie|issue|proceed)\b"
    r"[^.;]{0,60}\b(?:although|even though|even if|notwithstanding(?: that)?|despite)\b"
    + CLEARED_RECORD
    + "|"
    r"\bwork no abatement of (?:the )?(?:court'?s )?(?:power|jurisdiction|authority)\b|"
    r"\b(?:must|shall|may) not (?:dismiss|decline to (?:hear|consider|entertain)|refuse to (?:hear|consider|entertain))\b"
    r"[^.;]{0,80}\b(?:because|on the ground that|by reason (?:of the fact )?that|solely because)\b"
    + CLEARED_RECORD
)
"""A later challenge that goes on, or may not be dismissed, although the record was cleared (not a cleared
conviction that "may be considered" in a later sentencing)."""
CHALLENGE_FILED = r"\b(?:motions?|petitions?|applications?|writs?)\b"
"""The challenge itself, named in the sentence that keeps it."""

RULES: tuple[Rule, ...] = (
    Rule("court-jurisdiction", "present", (CHALLENGE_EXCEPTED,), elsewhere=(RELIEF,)),
    Rule(
        "court-jurisdiction",
        "present",
        (DESPITE_CLEARING, CHALLENGE_FILED),
        elsewhere=(POST_CONVICTION_LAW + "|" + LATER_CHALLENGE,),
    ),
)
