"""An exception that points to another subsection, read with what that subsection says.

A bar often opens "Except as provided in subsection (b), no official shall release any record sealed under
this chapter to any person, unless ordered by a court". Whether the exception softens the bar for the person
the record is about depends on subsection (b): if it opens the records to the person, the bar does not reach
them; if it names only agencies ("A sealed record may be disclosed to a criminal justice agency ..."), the
person is left with the court's order alone. The rules read one sentence at a time, so this module reads the
subsection the exception names and, where that subsection names no person at all, takes the exception out of
the sentence, leaving the bar as it works on the person. An exception whose subsection cannot be found, or
names anyone who could be the person, is left in place.
"""

from __future__ import annotations

import re

from .vocabulary import PERSON

NEAR = 12
"""How many sentences either side of the exception its subsection may stand."""

EXCEPTION = re.compile(
    r"\b(?:except|unless otherwise) (?:as )?(?:otherwise )?(?:provided (?:in|by|under) (?:this )?"
    r"(?:subsection|paragraph|subdivision|subparagraph|division) (\(\w{1,4}\))|"
    r"(?:subsection|paragraph|subdivision|subparagraph|division) (\(\w{1,4}\)) (?:otherwise )?"
    r"(?:provides|permits|allows))"
    r"(?: of this (?:section|rule|article))?,?\s*"
)
"""An exception naming one subsection ("Except as provided in subsection (b), ..."; "Except as subsection (b)
provides, ..."); group 1 or 2 is the label."""
LABEL = re.compile(r"^\s*\(\w{1,4}\)")
"""A sentence that opens a subsection of its own."""
MORE = 3
"""How many unlabelled sentences after a subsection's label are read as its text."""
NAMES_ANYONE = re.compile(
    PERSON
    + r"|\b(?:persons?|individuals?|anyone|public|parties|party)\b"
    + r"|\bthe subject\b(?! (?:of|to) (?:this|that)\b)"
)
"""Words by which a subsection could open the records to the person (or to anyone, the person among them)."""
OPENS_TO_PERSON = re.compile(
    r"\b(?:person|individual|petitioner|defendant|subject)\b"
    r"(?:(?!\b(?:agenc\w*|prosecut\w*|courts?|bureau|department|officers?|attorneys?|employers?)\b)[^.;]){0,160}\b"
    r"(?:may|shall be (?:permitted|allowed|entitled) to|(?:is|are) entitled to)\b[^.;]{0,40}\b"
    r"(?:obtain|inspect|access|see|review|examine|copy|receive)"
)
"""A subsection that lets the person see the records ("The person whose record has been sealed may obtain
access to the sealed record ...")."""


CLAUSE = re.compile(r"[,;]|\b(?:for|when|if|upon|in|who|whose|that|which)\b(?! (?:is|was) the subject)")
"""Where a list item's recipient ends and what it is for, or when, begins."""


COURT_ROUTE = re.compile(
    r"\b(?:court|judge)\b[^.;]{0,40}?(?:,[^,.;]{0,80},)?\s*\bmay\b[^.;]{0,20}?"
    r"\b(?:direct|order|authori[sz]e|permit|allow)\w*\b[^.;]{0,120}"
    r"\b(?:disseminat|disclos|releas|open|inspect|furnish|provid)\w*|"
    # a motion to the court for leave ("Any person, including a party, may move the court that ordered the
    # sealing to permit inspection")
    r"\b(?:move|petition|apply to)\b (?:the |a |any )?(?:\w+ )?court\b[^.;]{0,60}\bto "
    r"(?:permit|allow|order|authori[sz]e)\b[^.;]{0,40}\b(?:inspection|access|disclosure|release|unseal\w*)"
)
"""A subsection that opens the records by a court's leave alone, which the court may give or withhold
("(c) Order of court.--A court of common pleas, upon petition and for cause shown, may direct that a sealed
record be disseminated to an individual named in the order"); not the relief's own order that the court must
enter ("the court shall order the clerk to provide a certified copy ... to the petitioner")."""


def resolve(lowered: list[str], places: list[str]) -> list[str]:
    """``lowered`` with each exception taken out whose subsection, found among the sentences of the same place
    (``places``, one per sentence), names no one who could be the person the records are about; each one whose
    subsection opens the records by a court's order alone said as that order; and each one marked "for the
    person" whose subsection lets the person see the records."""
    out = list(lowered)
    for i, text in enumerate(lowered):
        for match in EXCEPTION.finditer(text):
            label = match.group(1) or match.group(2)
            target = _subsection(lowered, places, i, label)
            if target is not None and not NAMES_ANYONE.search(target):
                out[i] = out[i].replace(match.group(0), "", 1)
            elif target is not None and COURT_ROUTE.search(target) and not OPENS_TO_PERSON.search(target):
                # the exception is a court's order: say so, as a bar that names the order says it
                out[i] = out[i].replace(match.group(0), "except upon an order of the court, ", 1)
            elif target is not None and OPENS_TO_PERSON.search(target):
                # the bar's exception is the person's own route: say so where the rules read exceptions
                marked = f"except as provided in subsection {label} for the person, "
                out[i] = out[i].replace(match.group(0), marked, 1)
    return out


def _subsection(lowered: list[str], places: list[str], i: int, label: str) -> str | None:
    """The words of the subsection labelled ``label`` near sentence ``i`` in the same place (its labelled
    sentence, the items of a list it opens, and the unlabelled sentences after it, so that a catchline such as
    "(f) Access by the subject." brings its text), or ``None``."""
    start = re.compile(r"^(?:.*?: )?" + re.escape(label) + r"\s")
    for j in range(max(0, i - NEAR), min(len(lowered), i + NEAR + 1)):
        if j != i and _section(places[j]) == _section(places[i]) and (found := start.match(lowered[j])):
            words, more = [lowered[j][found.end() :]], MORE
            for k in range(j + 1, len(lowered)):
                if k == i or _section(places[k]) != _section(places[i]):
                    break
                if lowered[k].startswith(lowered[j] + " "):  # an item of the list the subsection opens
                    words.append(_head(lowered[k][len(lowered[j]) :]))
                    continue
                if LABEL.match(lowered[k]) or not more:
                    break
                words.append(lowered[k])
                more -= 1
            return " ".join(words)
    return None


def _section(place: str) -> str:
    """The section a location names, without its subsection or line ("Section 9(b), line 3" -> "Section 9"); a
    bare line number ("line 3") names none."""
    return re.sub(r"(?:\(.*|,.*|^line \d+.*)$", "", place)


def _head(item: str) -> str:
    """An item's recipient: its words up to the first comma or clause ("(c) a court, for the purpose of
    sentencing the person" -> "(c) a court"), so that a person named only in a purpose is no recipient."""
    return CLAUSE.split(item, maxsplit=1)[0]
