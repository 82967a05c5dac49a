"""A list of who may see a closed record, read whole: the person it is about is on it, or is not.

A bill often closes records and then names, item by item, who may still see them ("shall not be
disclosed to anyone except: (1) ...; (2) parties to the proceedings ..."; "Inspection of the records
shall be permitted by: (1) ..."). No item alone says whether the person may see their own record:
the list does, by naming them or by leaving them out. A lawyer reads it so; so does this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ruleset.records import CLOSED
from .vocabulary import COURT_ORDER, OWNER, RELIEF

SEEING = re.compile(
    r"\b(?:inspect\w*|examin\w*|access\w*|disclos\w*|releas\w*|disseminat\w*|divulg\w*|open|available|accessible|"
    r"furnish\w*|shown|permitted)\b"
)
"""A lead about seeing or getting something."""
RECORDS = re.compile(r"\b(?:records?|files?|information|data|reports?|dockets?|contents)\b")
NOT_RECORDS = re.compile(
    r"cop(?:y|ies) of (?:the |an? |such |this )?(?:\w+ )?order\b|\bnotice\b|\bnotif\w*|\bpetition\w*|"
    r"\bmotion\b|\bapplication\b|\brequest\w* (?:for|to)\b|\bdna\b|fingerprint|biometric|" + COURT_ORDER
)
"""A lead that lists who gets an order or a notice, who may ask, or who may see the records by the
court's leave: not a list of who may see them as of right; nor one about samples and prints rather than
the records of a case."""
RECIPIENTS = re.compile(r"\b(?:by|to|except|following)\b(?:(?!\b(?:shall|must|be|is|are)\b)[^:]){0,80}:$")
"""A lead that ends by introducing who may see ("... permitted by:", "... to the following agencies ...:"),
not what the records shall be ("... may not be disclosed to the public and shall be:")."""
SHUT = re.compile(
    CLOSED
    + r"|safeguarded from disclosure|unauthorized persons|\bnot (?:be )?open to (?:public )?inspection|"
    r"\bshall not be (?:disclosed|released|disseminated)\b"
)
"""The records are closed: cleared by relief, confidential, or shut to the public."""
ONLY = re.compile(r"\b(?:only|except|solely|exclusively|limited to|unless)\b")
LABEL = re.compile(r"(?:^|[\s;:])(?:\(\w{1,4}\)|\d{1,3}\.)\s+")
THE_PERSON = re.compile(
    r"^(?:to |by |for )?(?:(?:inquir\w*|requests?) (?:received )?(?:from|by|of) )?(?:the |such |that )?(?:"
    + OWNER
    + r"|(?:person|individual|child|juvenile|youth|minor|defendant|petitioner|respondent|accused|offender|"
    r"applicant)(?:(?:'s|s') (?:attorneys?|counsel|lawyers?|parents?|(?:legal )?guardians?|designated "
    r"agents?)\b|"
    r"\b(?!'s|s'|-)(?! (?:court|justice|officer|probation|services|department|agency|institution)))|"
    r"part(?:y|ies) (?:to|in) the (?:proceedings?|case|action|matter)\b|parties\b)"
)
"""An item that opens with the person the record is about (or their lawyer or parent), or the parties."""
LEAVE = re.compile(
    r"\b(?:consent|approval|permission|leave|authoriz\w*) of (?:the |a )?(?:\w+ )?court\b|" + COURT_ORDER
)
BY_CONSENT = re.compile(
    r"\b(?:consent|authoriz\w*|request|permission|release) (?:of|by|from|signed by) (?:the )?(?:"
    + OWNER
    + r"|person|individual|"
    r"child|juvenile|defendant|petitioner)\b"
)
"""An item that lets the person decide who else sees the record ("any person with the written consent of the
subject"): the person's own route."""

COURT_GATE = re.compile(
    r"\b(?:only|except|unless)\b[^.;]{0,200}\b(?:" + COURT_ORDER + r"|order from (?:a |the )?(?:\w+ )?court)"
)


@dataclass(frozen=True)
class ListReading:
    """What a list says of the person's access: ``present`` (named) or ``against`` (left out)."""

    strength: str
    index: int  # the entry in ``located`` to quote: the item naming the person, or the list's first
    quote: str


def access_lists(located: list[tuple[str, str]], lowered: list[str]) -> list[ListReading]:
    """Each list of who may see closed records, in ``located`` read with its lead (``leads.with_leads``),
    and what it says of the person the records are about."""
    readings = []
    for i, lead in enumerate(lowered):
        if not lead.endswith(":") or not _lists_who_may_see(lead, lowered[max(0, i - 2) : i]):
            continue
        entries = [j for j in range(i + 1, len(lowered)) if lowered[j].startswith(lead + " ")]
        if not entries or entries[0] != i + 1:
            continue
        items = [(j, item) for j in entries for item in _items(lowered[j][len(lead) :])]
        named = [j for j, item in items if _names_the_person(item)]
        if named:  # on the list; but after "only ... with an order of the court", it may list who may ask
            if not _court_gate_before(lowered, i):
                readings.append(ListReading("present", named[0], located[named[0]][0]))
        elif len(items) >= 2 and (ONLY.search(lead) or SHUT.search(lead) or _closed_before(lowered, i)):
            readings.append(ListReading("against", entries[0], located[entries[0]][0]))
    return readings


def _lists_who_may_see(lead: str, before: list[str]) -> bool:
    """Whether ``lead`` opens a list of who may see records that are closed (by it or the sentences
    just before it)."""
    own = re.sub(r"^.*: ", "", lead[:-1]) + ":"  # a nested lead: its own words, after its parent's
    if not SEEING.search(own) or NOT_RECORDS.search(own) or not RECIPIENTS.search(own):
        return False
    if not (RECORDS.search(own) or any(RECORDS.search(s) for s in before)):
        return False
    return bool(re.search(RELIEF, lead) or SHUT.search(lead) or any(SHUT.search(s) for s in before))


def _court_gate_before(lowered: list[str], i: int) -> bool:
    """Whether a sentence just before the list lets the records out only by the court's order: the list
    that follows may then be read as who may ask, and naming the person is no grant of their own."""
    return any(COURT_GATE.search(s) for s in lowered[max(0, i - 2) : i])


def _closed_before(lowered: list[str], i: int) -> bool:
    return any(SHUT.search(s) for s in lowered[max(0, i - 2) : i])


def _items(text: str) -> list[str]:
    """The labelled items of a list's text, each without its label."""
    parts = [p.strip(" ;,.") for p in LABEL.split(text)]
    return [p for p in parts if p and p not in ("and", "or")]


def _names_the_person(item: str) -> bool:
    if LEAVE.search(item):
        return False
    return bool(THE_PERSON.search(item) or BY_CONSENT.search(item))
