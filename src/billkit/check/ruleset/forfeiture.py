"""Rules for defects forfeited when they are not raised in time: a ground of legal defect that may never support a
vacatur afterwards, which works against vacatur for cause. (A claim defaulted because it could have been raised on
appeal is a rule of procedure on particular claims, read by :mod:`.time_bars` and :mod:`.conviction`.)"""

from __future__ import annotations

from .rule import Rule

DEFECT_NAMED = r"\b(?:defects?|errors?|irregularit(?:y|ies)|advisements?|warnings?|admonitions?)\b"
"""The flaw the clause speaks of: in the charge, or in the advice given before a plea."""

RULES: tuple[Rule, ...] = (
    # A defect not objected to before trial, or at the plea, barred from every later proceeding ("If the defendant does
    # not object to a defect ... in an indictment ... before the date on which the trial on the merits commences, he
    # waives and forfeits the right to object ... and he may not raise the objection on appeal or in any other
    # postconviction proceeding"; "nor shall any conviction be set aside ... on account of any defect in form or
    # substance of the indictment, unless the objection ... be made prior to the commencement of the trial"; "Any
    # error in the advisement is waived if no objection is made at the time of the plea").
    Rule("vacatur-for-cause", "against",
         (r"\b(?:waives?|forfeits?)\b[^.;]{0,120}\b(?:may|shall) not (?:thereafter )?(?:raise|assert|present|urge)\b[^.;]{0,40}"
          r"\b(?:on appeal|in any (?:other )?(?:post-?conviction|collateral|habeas)\b)|"
          r"\bconvictions?\b[^.;]{0,20}\bbe (?:set aside|reversed|vacated)\b[^.;]{0,80}\b(?:on account of|because of|by reason of|for) "
          r"(?:any )?(?:defect|error|irregularit)\w*\b[^.;]{0,250}\bunless\b[^.;]{0,160}\b(?:prior to|before) (?:the )?"
          r"(?:commencement of (?:the )?)?trial\b|"
          r"\b(?:is|are|shall be) (?:deemed )?waived (?:if|unless) (?:no )?objection\b[^.;]{0,60}\b(?:at the time of|before|during) "
          r"(?:the )?(?:plea|trial|sentencing)\b",
          DEFECT_NAMED),),
)  # fmt: skip
