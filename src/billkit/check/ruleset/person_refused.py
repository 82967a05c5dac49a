"""A rule for a bar on cleared records that names the person among those refused: "neither the petitioner nor any
other person shall thereafter be furnished any information concerning the expunged matter"; "the petitioner shall
not be furnished" it. The person has no route of their own, which works against own-record access. Not a bar on
the person's being asked about the record, nor one that lasts only until an order or a fee."""

from __future__ import annotations

from ..vocabulary import PERSON, RELIEF, SEE
from .rule import Rule

GIVEN = r"(?:be (?:furnished|given|shown|provided|sent|allowed|permitted)|" + SEE + r"|have access)"
"""What the person is refused: to be given the record, or to see it."""
INFORMATION = r"\b(?:records?|files?|information|cop(?:y|ies)|documents?|entr(?:y|ies)|dockets?)\b"

RULES: tuple[Rule, ...] = (
    Rule("record-access", "against",
         (r"(?:\bneither (?:the |any |a )?" + PERSON + r"[^.;]{0,40}\bnor\b[^.;]{0,40}\b(?:shall|may|will|can) "
          r"|\b(?:the |any |a )" + PERSON + r" (?:shall|may|will) not )(?:thereafter |afterwards? |then |later )?" + GIVEN + r"\b[^.;]{0,60}"
          + INFORMATION,
          RELIEF),
         window=2,
         unless=(r"\b(?:until|unless|except|other than|without (?:a |an )?(?:court )?order)\b", r"\b(?:required|compelled|asked) to\b",
                 r"\bdisclose\b|\backnowledge\b|\bof (?:another|any other)\b")),
)  # fmt: skip
