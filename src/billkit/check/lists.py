"""A list of who may see closed records, read whole: the person it is about is on it, or is not.

A bill often closes records and then names, item by item, who may still see them ("shall not be
disclosed to anyone except: (1) ...; (2) parties to the proceedings ..."; "Inspection of the records
shall be permitted by: (1) ..."). No item alone says whether the person may see their own record: the
list does, by naming them or by leaving them out. A lawyer reads it so, and so does this module:

- a list that names the person (or a party to the proceeding), with no leave of the court for them, gives
  access: ``present``;
- a list that names only the person's lawyer or parent gives a route through them: ``partial``;
- an exclusive list ("only", "except", or a list of who may see records the provision has just closed)
  that leaves the person out, or admits them only by the court's leave, works against access:
  ``against``, which gives way to a grant made elsewhere in the bill.

"Just closed" means in the lead's own passage, or in the lettered subsection before it when that one shuts
records in so many words ("(b) ... shall not be open to public inspection." then "(c) Inspection of the
records shall be permitted by:"). A federal body named on such a list, or on a list of who may see
criminal records at all, is a channel to federal hands (``federal_recipients``).

Only a list of who may *see records* counts: not one of who gets an order or a notice, who may ask the
court, which records or offenses a rule covers, for what purposes records may be used, nor a list of who
may not see them. Where this module reads a list, its reading replaces what the sentence rules made of
the list's own sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from .leads import unmarked
from .list_shapes import CAPTION, CONDITIONS_LEAD, COURT_GATE
from .recipients import (
    AGENT,
    BY_CONSENT,
    BY_COURT_LEAVE_LEAD,
    COURT_LEAVE,
    FEDERAL_BODY,
    NOT_A_RECIPIENT,
    SUBJECT,
    names,
    open_part,
    ungated,
)
from .ruleset.closures import OTHERS_DATA
from .ruleset.routes import CLOSED, THROUGH_PROCEDURE
from .vocabulary import CLEARED, COURT_ORDER, DENIAL, KEPT_OFF, RELIEF

SUBSECTION = re.compile(r"^(?:(?:\((?:[a-z]{1,4}|\d{1,3})\))+|[a-z]\.|\d{1,3}\.)\s")
"""A sentence that opens a lettered or numbered subsection, its labels perhaps chained ("(a)(1)(A)(i) The
records ...")."""
SHUT = re.compile(
    r"\bnot (?:be )?open to (?:public )?inspection|\bclosed to the public\b|"
    r"\b(?:is|are|be|remain) confidential\b|\bshall not be (?:disclosed|released|disseminated|made public)\b|"
    r"\bwithheld from (?:\w+ )?(?:public )?inspection\b|\b(?:are|is|be) privileged\b|"
    r"\bnot (?:be )?(?:available|accessible) to the public\b"
)
"""A subsection before the list's that shuts records in so many words, not one that only names relief ("the
number of records sealed"): what a list in the next subsection may be read against."""
GAP = 8
"""Sentences an item's own further sentences may take before the list's next item ("3. Members of review
boards ... Statutes. In addition ..., any member may inspect ...: a. ...; 4. A district attorney ...")."""
LOOKBACK = 3
"""Sentences of the same provision before a lead that may close the records its list opens."""

CRIMINAL = re.compile(
    r"\b(?:crim\w*|arrests?|convict\w*|offen[cs]es?|offenders?|charges?|juveniles?|delinquen\w*|police|courts?|"
    r"cases?|inmates?|prisons?|correction\w*|probation\w*|parole\w*|history|law enforcement|proceedings?|"
    r"adjudicat\w*|sentenc\w*|defendants?|petitioners?|youths?|child(?:ren)?|minors?|dockets?)\b|" + RELIEF
)
"""Words that tie a list to a criminal or court record: without one, the list is about records of another
kind."""
ACCUSED = re.compile(
    r"\b(?:juveniles?|defendants?|offenders?|petitioners?|child(?:ren)?|youths?|minors?|inmates?|probationers?|accused|"
    r"(?:person|individual) (?:whose|who is the subject)|subject of the record)\b"
)
"""A person in a list's entries that only a criminal or juvenile court's record is about."""
OTHER_RECORDS = re.compile(
    r"\b(?:driver'?s?'? licen[cs]es?|motor vehicles?|tax(?:payer)? (?:returns?|information)|medical|health|"
    r"archiv\w*|librar(?:y|ies)|vital records?|birth|adoption|personnel|student|voters?|informant|grand jury|"
    r"applicants? for (?:an? |the )?(?:\w+ ){0,3}(?:licen[cs]e|permit|benefits?))\b"
)
"""Records of another kind, named in a list's lead: its entries' criminal justice agencies do not make it a
list of who may see criminal records."""

SEEING = re.compile(
    r"\b(?:inspect\w*|examin\w*|access\w*|disclos\w*|releas\w*|disseminat\w*|divulg\w*|open|available|accessible|viewed|copied|"
    r"furnish\w*|shown|permitted|restricted|limited)\b"
)
"""A lead about seeing or getting something."""
RECORDS = re.compile(
    r"\b(?:records?|files?|information|data(?:base)?|reports?|dockets?|contents|cop(?:y|ies)|they|them)\b"
)
"""What is seen must be records (or stand for them)."""
NOT_WHO_MAY_SEE = re.compile(
    r"\b(?:orders?|judgments?|decisions?|decrees?|certificates?|notices?|notif\w*|petition\w*|motions?|"
    r"applications?|apply|applies|move|seek\w*|ask|include[sd]?|including|means|purposes?|also|"
    r"additionally|as well|dna|fingerprints?|biometric)\b|in addition|(?:does|shall) not apply|"
    r"relating to the following|except as (?:otherwise )?provided|" + COURT_ORDER
)
"""Leads whose list is not of who may see the records as of right: who gets an order or a notice, who may
ask the court, which records or purposes a rule covers, who may see them besides others, or what
is done with samples and prints."""
WHO_OR_PURPOSES = re.compile(
    r"(\bfollowing (?:persons|individuals|entities|agencies)),? or (?:for )?the following purposes\b"
)
EXCLUSIVE = re.compile(
    r"\b(?:only|solely|exclusively|(?:limited|restricted) (?:to|as follows))\b|"
    r"\b(?:shall|may|must) not\b[^:]*\b(?:except|other than|unless)\b|\bexcept\b[^:]*(?:to|by)\s*:?$|"
    r"\bno\b[^:]*\b(?:shall|may|must)\b[^:]*\b(?:except|other than|save)\s*:$"
)
"""A list that shuts out whoever it does not name."""
CLOSURE = re.compile(
    CLOSED + r"|safeguarded from disclosure|unauthorized persons|\bnon-?public cop(?:y|ies)\b|"
    r"\bnot (?:be )?open to (?:public )?inspection|"
    r"\bshall not be (?:disclosed|released|disseminated)\b"
)
"""The records are closed: cleared by relief, confidential, or shut to the public."""
PERMITTED_BY = re.compile(
    r"\b(?:permitted|open to inspection|available|restricted|limited|released|disclosed|furnished|inspected|"
    r"examined)\b[^:]{0,60}\b(?:by|to|following)\b"
)
"""A list after a closure that names who may see ("Inspection ... shall be permitted by:")."""
RECIPIENTS = re.compile(
    r"\b(?:by|to|except|following)\b(?:(?!\b(?:shall|must|be|is|are)\b)[^:]){0,80}:$|"
    r"\bavailable for\b[^:]{0,60}:$|\b(?:limited|restricted) as follows:$|\bonly:$"
)
"""A lead that ends by introducing who may see, not what the records shall be."""
LABEL = re.compile(
    r"(?:^|(?<=[;:.,\[]))\s*(?:(?:and|or)\s+)?(?:\(\w{1,4}\)|\(\d{1,3}\.\d{1,3}\)|\d{1,3}\.)\s+|(?:^|(?<=[;:]))\s*(?:(?:and|or)\s+)?[a-z]\.\s+"
)
"""A label that opens an item, at its start or after a break ("; and (3) ..."), never a cross-reference
("subsection (d)")."""
DESCRIBED_BY_ORDER = re.compile(
    r"\b(?:(?:included|named|listed|described|specified|covered|identified) (?:in|by)|subject (?:to|of)) "
    r"(?:the |an? |such |that )?(?:\w+ )?order\b"
    r"(?: of (?:\w+ ){1,3}?(?=under|shall|is|are|that|which|and|,))?|"
    r"\b(?:records?|files?) (?:of|in) (?:a |an |the |any |each )?(?:\w+ )?(?:judgments?|decrees?)\b"
)
"""Records described by the order that closed them ("the records included in the sealing order"; "Records that
are the subject of an order of expungement under this article"): the lead is still about who may see them, not
about who gets an order; so too "Records of a judgment that has been set aside")."""
WITHOUT_ORDER = re.compile(
    r"\bwithout (?:the necessity of |(?:the )?need (?:of|for) )?(?:a |an |the |any )?(?:prior |further )?(?:"
    + COURT_ORDER
    + r")(?=,? (?:to|by)\b|:$|,? provided\b)"
)
"""Records seen "without a court order to the following persons" (or "without court order, provided that
..."): the lead is still about who may see them as of right (not "... without a court order unless:", whose
list is of conditions)."""
CONDITION = re.compile(
    r"\b(?:when|where|if) no (?:\w+ )?(?:petition|complaint|charges?) (?:is|was|has been|have been) filed\b|"
    r"\b(?:unless|until|before) (?:an?|the) (?:\w+ )?order\b[^,:;]{0,120}\b(?:has been|is|was) "
    r"(?:entered|issued|granted)\b[^,:;]*|\bnotwithstanding (?:any|an?|the) (?:\w+ )?order\b[^,:;]*|"
    r"^(?:\(\w{1,4}\)\s*)*except as (?:otherwise )?provided (?:in|by|under) (?:(?:this|that|the) "
    r"(?:chapter|article|act|title|part)\b|"
    r"(?:sections?|subsections?|§+|rules?|articles?|paragraphs?|chapters?) [\w.()-]+"
    r"(?:,? (?:and|or) [\w.()-]+)?(?:, [\w ]{1,40}?\b(?:code|act|rules|statutes)\b[\w ]{0,30})?),?|"
    r"^(?:\(\w{1,4}\)\s*)?for the purposes? of\b[^:]*,\s(?=[^,:]*\b(?:may|shall)\b[^,:]*:$)"
)
"""A clause that says which records, or until when, the list holds ("when no petition is filed"; "Unless
an order sealing ... has been entered"; "notwithstanding any order entered under section 610.140"), a pointer
to the rest of the law ("Except as otherwise provided in this chapter, access ... shall be limited as
follows:"; "Except as provided in Section 612.6, a juvenile case file may be inspected only by the
following:"), or a lead's opening purpose ("For the purpose of ensuring the safety ..., a juvenile justice
agency may release juvenile justice information to:"): not who gets an order or who may petition."""
PROVISO = re.compile(r",? provided,? (?:however,? )?that\b[^:]*:$")
"""A proviso at the end of a lead, on what those who see the records may do with them ("..., provided that no
one who inspects them shall disclose them further:"): not part of whom the list is of."""
ASIDE = re.compile(r",\s*(?:including|such as|whether or not)\b[^,:;]*,")
"""A phrase set off by commas that says which records ("Criminal history record information, including
information relating to a conviction that has been set aside or sealed, may be disseminated only to:"), not
what the list is."""
REACHES_CLEARED = re.compile(rf"\b{CLEARED} (?:\w+ )?(?:records?|information|files?)\b")
"""An entry that says it reaches cleared records ("... may obtain all ..., including sealed records")."""
WHY = "the list of who may see the closed records leaves out the person they are about"
GATED_WHY = "the list of who may see the closed records lets the person in only by the court's leave"
AGENT_WHY = "the list of who may see the closed records names the person's lawyer or parent, not the person"
THROUGH_WHY = "the list lets the person in only by another section's procedure, which the text does not quote"
FEDERAL_WHY = "the list of who may see the records names a federal body"
FEDERAL_TERM_WHY = "the list of who may see the records names a term defined to take in federal agencies"


@dataclass(frozen=True)
class ListReading:
    """What one list says of the person's access, the entries it spans, and the entry to quote."""

    strength: Literal["present", "partial", "against"]
    span: range  # the lead and every entry of its list, in ``located``
    quote: str
    why: str = ""


@dataclass(frozen=True)
class FoundList:
    """A list of who may see records: its kind (``_kind_of_list``), the lead and entries it spans, and its
    items as (entry, words)."""

    kind: str
    span: range
    items: list[tuple[int, str]]


def read_access_lists(
    found: list[FoundList], located: list[tuple[str, str]], lowered: list[str]
) -> list[ListReading]:
    """What each list ``find_lists`` found in ``located`` (sentences read with their leads by
    ``leads.with_leads``) says of the person the records are about."""
    readings = (_reading(f.kind, f.span, f.items, located, lowered) for f in found)
    return [reading for reading in readings if reading is not None]


def federal_recipients(found: list[FoundList], federal_term: str | None = None) -> list[int]:
    """The entries of lists of who may see closed records, or criminal records at all, that name a federal
    body among them ("(4) Law enforcement officers and prosecuting attorneys of this state, the United States,
    or any other jurisdiction"), or a term the law defines to take one in (``federal_term``: "(1) criminal
    justice agencies", where a criminal justice agency is one "of this state, of another state, or of the
    United States"): a channel to federal hands."""
    body = FEDERAL_BODY.pattern + (f"|{federal_term}" if federal_term else "")
    return [
        j
        for f in found
        for j, item in f.items
        if re.search(body, item) and not re.search(f"{DENIAL}|{KEPT_OFF}", item)
    ]


def find_lists(located: list[tuple[str, str]], lowered: list[str]) -> list[FoundList]:
    """Each list of who may see records in ``located``, read once for both practices it bears on."""
    return list(_lists(located, lowered))


def _lists(located: list[tuple[str, str]], lowered: list[str]) -> Iterator[FoundList]:
    """Each list of who may see records, as ``find_lists`` gives them."""
    for i, lead in enumerate(lowered):
        if not lead.endswith(":") or (kind := _kind_of_list(lead, _before(located, lowered, i))) is None:
            continue
        last, end = i, i + 1
        while end < len(lowered) and end - last <= GAP:
            if lowered[end].startswith(lead + " "):
                last = end
            end += 1
        if last == i:
            continue
        span = range(i, last + 1)
        outer = [j for j in span[1:] if lowered[j].startswith(lead + " ") and not _nested(j, span, lowered)]
        yield FoundList(
            kind, span, [(k, item) for j in outer for k, item in _entry_items(j, lead, span, lowered)]
        )


def _criminal(lead: str, before: list[str], entries: list[str]) -> bool:
    """Whether a list is about criminal or court records: said in its lead or the sentences before, or by a
    person its entries name ("(e) ... to the juvenile")."""
    if any(CRIMINAL.search(s) for s in (lead, *before)) or any(
        ACCUSED.search(e[len(lead) :]) for e in entries
    ):
        return True
    return not OTHER_RECORDS.search(lead) and any(CRIMINAL.search(e[len(lead) :]) for e in entries)


def _entry_items(j: int, lead: str, span: range, lowered: list[str]) -> list[tuple[int, str]]:
    """The items of the list's entry ``j``: its own words, or, for a caption over a group ("(2) Case
    participants:"), the items of the entries under it."""
    own = lowered[j]
    if not CAPTION.fullmatch(own[len(lead) :].strip()):
        return [(j, item) for item in _items(own[len(lead) :])]
    under = [k for k in span if k > j and lowered[k].startswith(own + " ")]
    return [(k, item) for k in under for item in _items(lowered[k][len(own) :])]


def _reading(kind, span, items, located, lowered) -> ListReading | None:
    """What the list's ``items`` (entry, words) say of the person; ``None`` when they say nothing, or when the
    records are of another kind (a licence applicant's papers)."""
    lead, before = lowered[span.start], _before(located, lowered, span.start)
    if not _criminal(lead, before, [lowered[j] for j in span[1:]]):
        return None
    open_ = [
        (j, part)
        for j, item in items
        if (part := open_part(item)) is not None and not _gated_below(j, item, lowered)
    ]
    subject = [
        j
        for j, item in open_
        if (names(item, SUBJECT) and not NOT_A_RECIPIENT.search(item)) or BY_CONSENT.search(item)
    ]
    if subject and not FEDERAL_BODY.search(lead):
        if BY_COURT_LEAVE_LEAD.search(lead):
            return ListReading("against", span, located[subject[0]][0], GATED_WHY)
        if any(COURT_GATE.search(s) for s in before):
            return None  # after "... may be obtained only ... with an order of the court", who may ask
        if all(re.search(THROUGH_PROCEDURE, item) for j, item in open_ if j in subject):
            # ("(d) to the person who is the subject of the record, in the manner ... provided in section 4")
            return ListReading("partial", span, located[subject[0]][0], THROUGH_WHY)
        return ListReading("present", span, located[subject[0]][0])
    agent = [j for j, item in open_ if names(item, AGENT)]
    if agent:
        return ListReading("partial", span, located[agent[0]][0], AGENT_WHY)
    gated = [j for j, item in items if (j, item) not in open_ and names(ungated(item), SUBJECT)]
    if gated:  # the list itself names the person, and lets them in only by the court's leave
        return ListReading("against", span, located[gated[0]][0], GATED_WHY)
    cleared = any(REACHES_CLEARED.search(item) for _, item in items)
    if (kind == "exclusive" or (kind == "limited" and cleared)) and len(items) >= 2:
        lead = located[span.start][0]
        listed = " ".join(unmarked(located[j][0])[len(unmarked(lead)) :].strip() for j in span[1:])
        return ListReading("against", span, f"{lead} {listed}", WHY)
    # An "open" list (some who may see records closed to the public), or a "limited" one (who may see criminal
    # history at all) none of whose entries reaches cleared records, says nothing of the person's access.
    return None


def _kind_of_list(lead: str, before: list[str]) -> str | None:
    """``exclusive`` or ``open`` for a lead that opens a list of who may see closed records; ``None``
    for any other lead. ``before`` are the sentences of the same provision just before it."""
    own = re.sub(r"^.*: ", "", lead[:-1]) + ":"  # a nested lead: its own words, after its parent's
    own = re.sub(r"^.*; (?:but |and |however,? )?", "", own)  # "...; but inspection ... is permitted by:"
    # (the records named before the turn: "Sealed records shall not be disclosed ..., but shall remain
    # available, without court order, to:")
    whole = own
    own = re.sub(r"^.*, but (?=(?:shall|may|must|will|are|is) )", "", own)
    own = PROVISO.sub(":", own)
    own = WHO_OR_PURPOSES.sub(r"\1", own)  # who may see them, each with its purpose
    if re.search(OTHERS_DATA, lead) and not re.search(r"\b(?:files?|records?|dockets?)\b", lead):
        return None  # who may see what a victim or witness gave, not the person's own record
    seen = SEEING.search(own) and _records(whole, before) and RECIPIENTS.search(own)
    if not seen or NOT_WHO_MAY_SEE.search(
        ASIDE.sub(",", WITHOUT_ORDER.sub("", DESCRIBED_BY_ORDER.sub("", CONDITION.sub("", own))))
    ):
        return None
    if re.search(DENIAL + r"|\bat no time\b|\bnever\b", own) and not re.search(
        r"\b(?:except|unless|other than|only)\b", own
    ):
        return None  # a list of who may not see them
    if CONDITIONS_LEAD.search(own):
        return None  # conditions on one who may see them ("may permit a researcher to examine ... if:")
    closed_before = any(CLOSURE.search(s) for s in (*before, lead[: -len(own)]))
    closed = re.search(RELIEF, own) or CLOSURE.search(own) or closed_before
    if not (closed or EXCLUSIVE.search(own)):
        return None  # records open to all, with a list of some who may see them
    if EXCLUSIVE.search(own) and not closed:
        return "limited"  # who may see criminal records at all: a list that names the person grants, one that
        # leaves them out says nothing of cleared records
    if EXCLUSIVE.search(own) or (closed_before and PERMITTED_BY.search(own)):
        return "exclusive"
    return "open"


def _records(lead: str, before: list[str]) -> bool:
    """Whether a lead is about records, in its own words or as "it" after a sentence that names them ("A
    set-aside record is confidential. An agency may use or release it only:")."""
    return bool(RECORDS.search(lead) or (re.search(r"\bit\b", lead) and before and RECORDS.search(before[0])))


def _before(located: list[tuple[str, str]], lowered: list[str], i: int) -> list[str]:
    """Up to ``LOOKBACK`` sentences before sentence ``i`` in the same provision: its passage, and the passage
    before when both are lettered or numbered subsections ("(b) ... shall not be open to public inspection."
    then "(c) Inspection of the records shall be permitted by:")."""
    out, where, crossed = [], located[i][1], False
    for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
        if located[j][1] != where:
            if not (SUBSECTION.match(lowered[i]) and SUBSECTION.match(_passage_start(located, lowered, j))):
                break
            where, crossed = located[j][1], True
        if not crossed or SHUT.search(lowered[j]):
            out.append(lowered[j])
    return out


def _passage_start(located: list[tuple[str, str]], lowered: list[str], j: int) -> str:
    """The first sentence of the passage that sentence ``j`` is in."""
    while j > 0 and located[j - 1][1] == located[j][1]:
        j -= 1
    return lowered[j]


def _nested(j: int, span: range, lowered: list[str]) -> bool:
    """Whether entry ``j`` is an item of a nested list inside the list (the conditions of one of its items),
    not an item of the list itself."""
    return any(
        lowered[j].startswith(lowered[k] + " ") for k in span[1:] if k < j and lowered[k].endswith(":")
    )


def _gated_below(j: int, item: str, lowered: list[str]) -> bool:
    """Whether ``item`` (of entry ``j``) opens a nested list whose conditions include the court's leave ("the
    person ..., but only: (A) upon an order of the court")."""
    own = lowered[j]
    if not (own.endswith(":") and own.endswith(item + ":")):
        return False
    below = (s for s in lowered[j + 1 :] if s.startswith(own + " "))
    return any(COURT_LEAVE.search(s[len(own) :]) for s in below)


def _items(text: str) -> list[str]:
    """The labelled items of a list's text, each without its label."""
    parts = [p.strip(" ;,.:[]") for p in LABEL.split(text)]
    return [p for p in parts if p and p not in ("and", "or")]
