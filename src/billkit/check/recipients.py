"""Who an item of a list of who may see records names: the person the records are about, their lawyer or
parent, a federal body, and the court's leave that may gate any of them.

An item is read phrase by phrase ("the judge, the prosecuting attorney, and the juvenile's attorney"); a gate
at its end governs all of it, a gate inside one recipient's phrase governs that recipient alone.
"""

from __future__ import annotations

import re

from .vocabulary import COURT_ORDER, FBI, FEDERAL, NO_ORDER, OWNER

COURT_LEAVE = re.compile(
    r"\b(?:consent|approval|permission|leave|authoriz\w*) (?:of|from) (?:the |a )?(?:\w+ )?court\b|"
    r"\bwith leave\b|"
    r"\bfinding (?:by|of) (?:the |a )?court\b|"
    r"\b(?:the |a )?court (?:finds|determines|designates?|may designate)\b|"
    r"\bgood cause\b|\bshowing of need\b|\bupon (?:a |an )?(?:written )?(?:petition|motion|application)\b"
    r"(?! (?:made )?to (?:the )?(?:clerk|department|bureau|agency|repository|custodian|division)\b)|"
    + COURT_ORDER
)
"""An item that lets someone in only by the court's leave, however worded."""

GATE_FIRST = (
    r"(?:(?:and|or|but) )?(?:only |but only )?"
    r"(?:upon|on|by|with|pursuant to|after|if|when|unless|subject to)\b"
)
"""A phrase of an item that is only a gate ("upon order of the court"): it governs the phrases before it."""

LEAVE_DEFINED = (
    r"(?:to |by )?(?:any |other |such |those )?"
    r"(?:persons?|individuals?|entities|agenc(?:y|ies)|others|anyone) (?:who (?:are|is|have been|has been) )?"
    r"(?:authorized|allowed|permitted|approved|designated)\b"
)
"""A recipient whom the court's leave defines ("persons authorized by court order"): the leave is theirs
alone, wherever in the item they stand."""

_PERSON_NOUN = (
    r"(?:person|individual|child|juvenile|youth|minor|defendant|petitioner|respondent|accused|offender|"
    r"applicant)"
)
_SUBJECT = (
    r"(?:"
    + OWNER
    + r"|"
    + _PERSON_NOUN
    + r"(?=$|\s+(?:who is the subject|whose (?:\w+ )?(?:records?|case|conviction)|named in))|"
    r"part(?:y|ies)(?!')(?: (?:to|in) the (?:proceedings?|case|action|matter))?$|"
    r"part(?:y|ies) (?:to|in) the (?:proceedings?|case|action|matter),? including (?:a |the )?"
    r"(?:defendant|person|petitioner)\b)"
)
_AGENT = (
    r"(?:"
    + _PERSON_NOUN
    + r"'s (?:attorneys?|counsel|lawyers?|parents?|(?:legal )?guardians?|designated agents?)(?: of record)?$|"
    r"(?:(?:legal )?(?:attorneys?|counsel|lawyers?)|parents?|(?:legal )?guardians?) (?:of record )?"
    r"(?:for|of) the " + _PERSON_NOUN + r"(?: charged| accused| convicted| arrested)?$|"
    # ("an attorney admitted to practice in this State who represents the person who is the subject")
    r"(?:attorneys?|counsel|lawyers?)\b(?: [^,;()]{0,50}?)? "
    r"(?:representing|who represents?|appointed (?:for|to represent)) (?:the |a |an )?"
    + _PERSON_NOUN
    + r"\b|(?:attorneys?|counsel|lawyers?)\b[^,;]{0,80}\b(?:authori[sz]ation|consent)\b[^,;]{0,20}\b"
    r"(?:signed by|of) the (?:person|individual|subject)\b|"
    r"(?:attorneys?|counsel|lawyers?) (?:of record )?(?:for|of) (?:the |a |any |each )?(?:party|parties)"
    r"(?: (?:to|in) the (?:proceedings?|case|action|matter))?$)"
)
_LEAD_IN = (
    r"^(?:to |by |for )?(?:(?:inquir\w*|requests?) (?:received )?(?:from|by|of) )?"
    r"(?:the |such |that |a |an |any |each |either )?"
)
NOT_A_RECIPIENT = re.compile(
    r"^\W*(?:\(\w{1,4}\)\s*)*[^,;:]{0,160}?\b(?:shall|must|will|may)(?: not)? (?!(?:also |then )?(?:be "
    r"(?:given|allowed|permitted|furnished|provided|entitled|granted)|inspect|obtain|receive|see|review|access|"
    r"copy|examine|have|request|get|view)\b)\w+|"
    # (or a body: one whose clause names the person, "(4) any court in which the applicant is later
    # prosecuted", or one named for those it serves, "(2) the Department of Children, Youth and Families")
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:to |by )?(?:any |a |an |the |each |every )?(?:\w+ ){0,3}"
    r"(?:courts?|agenc(?:y|ies)|departments?|offices?|boards?|employers?|prosecutors?) "
    r"(?:in|before|to|by|for) (?:which|whom)\b|"
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:to |by )?(?:any |a |an |the )?(?:state |county )?"
    r"(?:department|division|bureau|agency|commission|cabinet|administration|office) (?:of|for) "
)
"""An item that is a clause with a duty of its own, not a recipient of the list ("(d) A person who was the
subject of records sealed under this section shall not be guilty of perjury ..."), read after the list ends;
nor a body; not an item whose recipient a later clause qualifies ("(5) the person ..., and no court order
shall be required")."""
BY_COURT_LEAVE_LEAD = re.compile(
    r"\b(?:court|judge)\b,? may\b[^.;]{0,80}\b(?:permit|allow|authori[sz]e|order)\b[^.;]{0,40}\b(?:"
    r"disclosure|inspection|access|release)\b[^.;]{0,20}\b(?:to|by)\b:?\s*$"
)
"""A list of whom the court may let in ("except that the court may, on written request and without hearing,
permit disclosure to:"): each entry reaches the records only by the court's leave."""
SUBJECT = re.compile(
    r"^(?!(?:to |by |for )?(?:a|an|any|each|every|either) " + _PERSON_NOUN + r"$)" + _LEAD_IN + _SUBJECT
)
"""A phrase of an item that is the person the records are about, alone ("the juvenile"; "a party to the
proceeding"), never a phrase that goes on to name someone else ("the person against whom the offense was
committed", "the juvenile detention facility", "the parties' insurers"), nor anyone at all ("a person or
public or private entity as part of the agency's administration of criminal justice")."""
AGENT = re.compile(_LEAD_IN + _AGENT)
"""A phrase that is the person's lawyer or parent ("the juvenile's attorney", "counsel for the juvenile")."""
BY_CONSENT = re.compile(
    r"\b(?:written )?(?:consent|authorization|permission) (?:of|by|from|signed by) (?:the )?(?:"
    + OWNER
    + r"|"
    + _PERSON_NOUN
    + r")\b(?!'s| (?:court|justice|probation|department|agency|officer)\b)"
)
"""An item that lets the person decide who else sees the record: the person's own route."""
FEDERAL_BODY = re.compile(
    f"(?:{FEDERAL}|{FBI})"
    + r"|\b(?:armed forces|military) of the united states\b|\bunited states (?:armed forces|military)\b"
)
"""An item that names a federal body."""
PHRASES = re.compile(r"[,;]?\s+(?:and|or|and/or)\s+|[,;]\s*")
"""What parts an item's coordinated phrases."""
BARE_NOUN = r"(?:[a-z]+ )?(?:" + _PERSON_NOUN + r"|ward)"
"""A person named by a bare noun, with no article ("youth", "adjudicated youth")."""


def open_part(item: str) -> str | None:
    """The phrases of ``item`` open without the court's leave: all of it when nothing gates it, ``None``
    when a gate governs the whole item ("the juvenile and the juvenile's parents, upon order of the court"),
    and the other phrases when the gate belongs to one recipient ("persons authorized by court order after
    notice and a hearing, to the juvenile, and to the custodian of the record")."""
    if not COURT_LEAVE.search(re.sub(NO_ORDER, "", item)):
        return item
    phrases = [p.strip() for p in PHRASES.split(item) if p.strip()]
    gated = [p for p in phrases if COURT_LEAVE.search(re.sub(NO_ORDER, "", p))]
    governing = [p for p in gated if not re.match(LEAVE_DEFINED, p)]
    if len(phrases) < 2 or any(p == phrases[-1] or re.match(GATE_FIRST, p) for p in governing):
        return None
    return ", ".join(p for p in phrases if p not in gated)


def ungated(item: str) -> str:
    """An item without the court's leave that closes it ("an individual who is the subject of the record
    upon court order" -> "an individual who is the subject of the record")."""
    gate = (
        r"(?<=\w)\s*,?\s+(?:only |but only )?(?:upon|on|by|with|pursuant to|after)\b"
        r"(?=[^,;]*\b(?:court|judge|order|petition|motion|application|leave|consent|approval|finding|cause)\b)[^,;]*$"
    )
    return re.sub(gate, "", item, count=1)


def names(item: str, who: re.Pattern[str]) -> bool:
    """Whether one of the item's coordinated phrases ("the judge, the prosecuting attorney, and the
    juvenile's attorney") is ``who``. Bare nouns after the person's lawyer or parent are more of whom the
    lawyer acts for ("attorneys of record for the child, ward, youth or adjudicated youth"), not the
    person."""
    after_agent = False
    for phrase in (p.strip() for p in PHRASES.split(item)):
        if after_agent and re.fullmatch(BARE_NOUN, phrase):
            continue
        if who.search(phrase):
            return True
        after_agent = bool(AGENT.search(phrase))
    return False
