"""A caution `billkit check` adds to public education: the bill lets the person deny a cleared record.

Clean-slate laws often treat a cleared arrest or conviction as if it never happened, and let the person answer
so ("may lawfully deny", "shall be treated as not having been convicted", "need not disclose"). State law can
make that promise only for questions that state law governs. Federal immigration forms and officers ask about
every arrest, charge and conviction, cleared or not, and a noncitizen who leaves one out may be found to have
lied to immigration authorities, which can bar the benefit sought and later ones and put the person's status
at risk. This is no status of any practice: it is
something the advisement a bill needs must correct, so the caution is added to public education whatever its
status.
"""

from __future__ import annotations

import re

from .judge import CAUTION_LEAD, Evidence, Finding
from .quoting import quote

WHY = "told-to-deny"
"""The ``why`` of a caution's quote: the bill lets the person deny the record."""
TOLD_TO_DENY = re.compile(
    r"\bmay (?:thereafter )?(?:lawfully |legally |properly )?(?:deny|fail to acknowledge) "
    r"(?:that|the existence|having|ever|its|their|any (?:arrest|charge|conviction)|"
    r"the (?:arrest|charge|conviction|record|adjudication|proceeding|occurrence)s?)|"
    r"\bmay (?:thereafter )?(?:lawfully |properly )?(?:reply|respond|answer)\b[^.;]{0,30}"
    r"\b(?:inquir\w*|questions?|accordingly|that no (?:such )?record|as (?:if|though)|in the negative)|"
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
"""The person told to answer as if the record did not exist, or that the law treats it so; never another's
denial ("No employer may deny employment ...") or a reply to a petition."""
NOT_THE_PERSON = re.compile(
    r"\b(?:prosecut\w*(?: attorney)?|district attorney|state's attorney|the state|the people|"
    r"the (?:agency|department|bureau|repository|clerk|custodian|victim))(?:'s office)? "
    r"(?:may|need|is|are|shall)\b|"
    r"^(?:\(\w{1,4}\)\s*)*nothing\b|\bnothing in this\b",
    re.IGNORECASE,
)
"""An actor other than the person ("The prosecuting attorney may respond"), or a sentence that says what the
section does not do ("Nothing in this section means that ... is not required to disclose"): no answer the
person gives."""
CARVED_OUT = re.compile(
    r"\bimmigration\b|\b8 u\.?s\.?c\b|"
    r"\bfederal (?:agenc\w*|government|authorit\w*|forms?|applications?|questions?|inquir\w*|officers?|"
    r"officials?)\b|"
    r"\bfor (?:the )?purposes? of (?:\d|§|sections?\b)",
    re.IGNORECASE,
)
"""A sentence that already keeps immigration or federal questions out of the promise, or holds it to the
purposes of named sections ("deemed not to have occurred for purposes of 18 U.S.C. § 922(d)(4)")."""


def told_to_deny(located: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first sentence, with its location, that lets the person answer as if a cleared record did not
    exist and keeps no immigration or federal question out of that promise; ``None`` when there is none."""
    for sentence, location in located:
        if (
            TOLD_TO_DENY.search(sentence)
            and not NOT_THE_PERSON.search(sentence)
            and not CARVED_OUT.search(sentence)
        ):
            return sentence, location
    return None


def caution(said: str, where: str) -> str:
    """The caution public education carries: the bill's words, where they stand, and what the advisement
    and the bill must say instead."""
    return (
        f"{CAUTION_LEAD}the bill treats the record as if it did not exist, or lets the person answer so "
        f"(“{said}”, {where}). A state law cannot make that promise for federal questions: federal "
        "immigration forms and officers ask about sealed and expunged records too, and a noncitizen who "
        "leaves one out there may be found to have lied to immigration authorities, which can bar the "
        "benefit sought and later ones and put the person's status, or a citizenship granted on that "
        "answer, at risk. Ask that the bill say that nothing in it lets a person leave a sealed or expunged "
        "record out of an answer to a federal immigration form or officer (without narrowing the relief in "
        "any other way), and that the advisement tell people to answer those questions truthfully and "
        "completely, to keep certified copies of their court records, and to talk with an immigration "
        "lawyer before they answer."
    )


def add_to(education: Finding, located: list[tuple[str, str]]) -> None:
    """Add the caution to the public-education finding when the bill tells the person to deny the record."""
    if (denial := told_to_deny(located)) is not None:
        education.caution = Evidence(quote(denial[0]), denial[1], "caution", why=WHY)
        told = caution(education.caution.quote, denial[1])
        education.missing = " ".join(filter(None, (education.missing, told)))
