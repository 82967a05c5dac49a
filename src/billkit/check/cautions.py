"""A caution `billkit check` adds to public education: the bill lets the person deny a cleared record.

Clean-slate laws often treat a cleared arrest or conviction as if it never happened, and let the person answer
so ("may lawfully deny", "shall be treated as not having been convicted", "need not disclose"). State law can
promise that only for questions state law governs. Federal immigration law does not honour state record relief
given for rehabilitation, and immigration forms ask about every arrest and conviction, cleared or not: a
noncitizen who relies on the promise there may be found to have misrepresented a fact, a ground of
inadmissibility of its own. Such a sentence is no status of any practice; it is what the advisement a bill
needs must correct, so the caution rides on the public-education finding whatever that finding's status.
"""

from __future__ import annotations

import re

from .judge import Finding, quote

TOLD_TO_DENY = re.compile(
    r"\bmay (?:lawfully |legally |properly )?(?:deny|reply|respond|answer)\b(?! to the petition)|"
    r"\bneed not (?:disclose|acknowledge|reveal|report|mention)\b|"
    r"\b(?:is|are|shall be) not (?:required|obligated|obliged|compelled) to "
    r"(?:disclose|acknowledge|reveal|report|answer)\b|"
    r"\b(?:treated|deemed|regarded|considered)\b[^.;]{0,40}\bas (?:if|though)\b[^.;]{0,80}\b(?:never|not)\b"
    r"[^.;]{0,20}\b(?:occurred|happened|taken place|existed|been (?:arrested|charged|convicted|adjudicated))|"
    r"\b(?:treated|deemed|regarded|considered) (?:for all purposes )?(?:as not having been|not to have been|"
    r"never to have been|to have never been|as never having been) (?:previously )?"
    r"(?:arrested|charged|convicted|adjudicated)\b|"
    r"\b(?:deemed|considered|treated) (?:never|not) to have (?:occurred|happened|existed|taken place)\b|"
    r"\bmay state that no (?:such )?record exists\b|"
    r"\brestor\w*[^.;]{0,60}\bstatus\b[^.;]{0,60}\b(?:occupied|held|had) (?:before|prior to)\b",
    re.IGNORECASE,
)
"""The person told to answer as if the record did not exist, or that the law treats it so."""
AN_ANSWER = re.compile(
    r"\b(?:inquir\w*|question\w*|ask\w*|application\w*|form\w*|interview\w*|purposes?|deny|disclose|acknowledge|"
    r"reveal|occurred|convicted|arrested|charged|adjudicated|status)\b",
    re.IGNORECASE,
)
"""Words that tie the sentence to what the person says or what the record is, not to a court's answer to a
petition ("the prosecutor may respond within 30 days")."""
NOT_THE_PERSON = re.compile(
    r"\b(?:prosecut\w*|district attorney|state's attorney|the state|the people|"
    r"the (?:agency|department|court|clerk|custodian|victim)) (?:may|need|is|are|shall)\b",
    re.IGNORECASE,
)
"""An actor other than the person ("The prosecuting attorney may respond"): no answer the person gives."""
CARVED_OUT = re.compile(
    r"\bimmigration\b|\bfederal (?:law|agenc\w*|government|authorit\w*|purposes?)\b|\bunited states\b|"
    r"\b(?:8|eight) u\.?s\.?c\b",
    re.IGNORECASE,
)
"""A sentence that already keeps immigration or federal questions out of the promise."""


def told_to_deny(located: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first sentence, with its location, that lets the person answer as if a cleared record did not
    exist and keeps no immigration or federal question out of that promise; ``None`` when there is none."""
    for sentence, location in located:
        if (
            TOLD_TO_DENY.search(sentence)
            and AN_ANSWER.search(sentence)
            and not NOT_THE_PERSON.search(sentence)
            and not CARVED_OUT.search(sentence)
        ):
            return sentence, location
    return None


def caution(said: str, where: str) -> str:
    """The caution public education carries: the bill's words, where they stand, and what the advisement
    and the bill must say instead."""
    return (
        "Caution: the bill treats the record as if it did not exist, or lets the person answer so "
        f"(“{said}”, {where}). "
        "Federal immigration law does not follow that rule: immigration forms and officers ask about cleared "
        "records too, and a noncitizen who denies one there may be found to have misrepresented a fact. Ask "
        "that the provision except applications to, and proceedings before, federal immigration authorities, "
        "and that the advisement tell people to answer immigration questions truthfully."
    )


def add_to(education: Finding, located: list[tuple[str, str]]) -> None:
    """Add the caution to the public-education finding when the bill tells the person to deny the record."""
    if (denial := told_to_deny(located)) is not None:
        told = caution(quote(denial[0]), denial[1])
        education.missing = " ".join(filter(None, (education.missing, told)))
