"""New law printed in capitals, read as if in small letters and quoted as printed.

Maryland's and Colorado's bills, and New York's as its Senate gives their text, print new law in capitals, a
new section or subsection wholly so ("(B) THE DIRECTOR ... MAY REQUEST FROM THE CENTRAL REPOSITORY ..."; "(C)
(1) AS PART OF THE APPLICATION ..., THE DIRECTOR ... SHALL SUBMIT: (I) TWO COMPLETE SETS OF ...
FINGERPRINTS"). Its words are the rules' words in another case, but its labels and abbreviations are not:
"(I)" there is the roman "(i)" of a statute printed in small letters, "(B)" after "(A)" the "(b)" of its own
series or the "(B)" of a list under "(3)" (as Alaska's and federal statutes number), and "13 V.S.A." or "SEC."
no end of a sentence. So where a bill prints law in capitals, the rules read each passage in capitals in small
letters, its labels in the case their series gives them, and every quote taken from such a passage is given
back in the bill's own capitals, for a lawyer cites what the bill prints.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..sentences import abbreviation, next_label
from .likeness import VERB

if TYPE_CHECKING:
    from .judge import Evidence, Finding
    from .reading import Passage

MIN_LETTERS = 40
"""Letters a passage in capitals needs, with a verb, before the bill is taken to print law in capitals (a
heading, "BE IT ENACTED BY THE GENERAL ASSEMBLY", has none of ``COMMAND``'s)."""
SMALL_SHARE = 0.02
"""The share of its letters that may be small (an "e-mail"; a "§§ 10–201 et seq.") in a passage printed in
capitals."""
COMMAND = re.compile(r"\b(?:SHALL|MAY|MUST|IS|ARE|MEANS|INCLUDES)\b")
_LABEL = re.compile(
    r"(?:^|(?<=[:;]\s)|(?<=\))|(?<=\)\s)|(?<=\bAND\s)|(?<=\bOR\s))\(([A-Z]{1,4}|\d{1,3})\)(?=\s|\()"
)
"""A list label in capitals at a passage's head ("(C) (1) AS PART") or after a lead's colon or an item's
semicolon; a label cited ("§ 10–221(B)(7)", "SUBSECTION (B)") is not one."""
LEAD_END = re.compile(r"(?::|—|–|-|\bEXCEPT|\bINCLUDE|;(?:\s*(?:AND|OR))?)\s*$", re.I)
"""The end of a passage that leads a list ("... SHALL SUBMIT TO THE CENTRAL REPOSITORY:", "except—"), or of
an item that the next one follows in the same sentence ("...; OR")."""
_DOTTED_HEAD = re.compile(r"^\W*(?:AND |OR )?([A-Z]|\d{1,3})\.\s")
"""A label with a stop at a passage's head ("A. JUVENILE COURT RECORDS", "1. THE JUDGE", "AND E. SCHOOL")."""
_HEAD_LABELS = re.compile(r"^[^\w(]*(?:\(\w{1,4}\)\s*)*")
_TITLE = re.compile(r"^\W*(?:AN ACT|A BILL|BE IT ENACTED|THE PEOPLE OF THE STATE)\b")
HEADING_LETTERS = 60
"""A passage in capitals shorter than this, with no verb, is a heading ("ACCESS TO EXPUNGED RECORDS")."""
_LABELLED = re.compile(r"^\W*(?:(?:AND|OR) )?(?:\(\w{1,4}\)|[A-Z]\.\s|\d{1,3}\.\s)")
"""A passage a label opens: a provision or a list's item, read in small letters even without a verb ("B. THE
CHILD AND THE CHILD'S COUNSEL."), where a title or a heading in capitals ("AN ACT RELATING TO CRIMINAL
RECORDS; ... TO PROVIDE FOR ACCESS BY THE PETITIONER") is left as printed, as headings are read."""
_ROMAN = re.compile(r"[IVX]{1,4}")
_STOPPED_WORD = re.compile(r"\b[A-Za-z][A-Za-z’']*\.")
_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")
"""Initials with stops ("13 v.s.a.", "u.s.c."), which end no sentence in capitals."""
_SENTENCE_START = re.compile(
    r"(?:^|(?<=[.!?])[\"”’)]?\s+)(?:(?:and|or) (?=[a-z]\.|\d{1,3}\.|\())?"
    r"(?:(?:\(\w{1,4}\)|\d{1,3}\.|[a-z]\.)\s*)*[a-z]"
)
"""The first letter of a sentence, after any labels ("(b) (1) the", "a. the"): a capital, as statutes print it
(the labels stay as their series gives them), unless it opens a list's item (``_capital``)."""
_CUT = re.compile(r"\s*…\s*")


def in_capitals(text: str) -> bool:
    """Whether a passage is printed in capitals: letters, nearly none of them small."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and sum(c.islower() for c in letters) <= SMALL_SHARE * len(letters)


def prints_law_in_capitals(passages: list[Passage]) -> bool:
    """Whether a passage of the bill is a provision in capitals: long, and with a verb that commands or
    declares ("SHALL", "IS WAIVED"); a bill whose capitals are only its headings is read as printed."""
    return any(
        in_capitals(p.text) and sum(c.isalpha() for c in p.text) >= MIN_LETTERS and COMMAND.search(p.text)
        for p in passages
    )


class _Series:
    """The letter series open so far, small ("(a)", "(b)") and capital ("(A)" under "(3)"), to say which a
    label in capitals continues."""

    def __init__(self) -> None:
        self.small: str | None = None
        self.capital: str | None = None
        self.latest = "small"
        self.dotted: str | None = None  # a series of letters with stops ("a.", "b.")
        self.dotted_capital: str | None = None  # ... in capitals, above numbers ("A." ... "1." ... "a.")
        self.numbered = False  # a label with a stop ("1.") has been seen
        self.items_capital = False  # a list item printed in small letters opens with a capital ("(A) To")
        self.roman_capital = False  # a roman label printed in small letters is in capitals ("(II)", Colorado)

    def case(self, label: str) -> str:
        """The label as a statute in small letters prints it."""
        if label.isdigit():
            return label
        small_next = self.small is not None and next_label(self.small) == label.lower()
        capital_next = self.capital is not None and next_label(self.capital) == label
        if capital_next and (self.latest == "capital" or not small_next):
            self.capital, self.latest = label, "capital"
            return label
        if small_next:
            self.small, self.latest = label.lower(), "small"
            return label.lower()
        if _ROMAN.fullmatch(label) and label != "A":
            # (i), (ii): a roman series under a number; (I), (II) where the bill prints them so (Colorado)
            return label if self.roman_capital else label.lower()
        if label == "A" and self.small is not None:
            # a series opening inside a small one ("(a) ... (1) ... (A)", "(b) ... following: (A)") is in
            # capitals, whatever series opens in small letters elsewhere
            self.capital, self.latest = label, "capital"
            return label
        self.small, self.capital, self.latest = label.lower(), None, "small"
        return label.lower()

    def observe(self, text: str, item: bool = False) -> None:
        """Take note of the labels at the head of a passage printed in small letters ("C. The court shall"),
        whose series a passage in capitals after it may go on with ("D. UPON ENTERING AN ORDER"), and, for an
        ``item`` after a lead, whether its first word has a capital."""
        if head := _DOTTED_HEAD.match(text.upper()):
            label = text[head.start(1) : head.end(1)]
            if label.isdigit():
                self.subdivision()
            elif label.isupper():
                self.dotted_capital, self.dotted = label, None
            else:
                self.dotted = label
        labels = _HEAD_LABELS.match(text)[0]
        if item and labels.strip() and (first := re.match(r"[^\W\d_]", text[len(labels) :])):
            self.items_capital = first[0].isupper()
        for roman in re.findall(r"\(([ivxIVX]{2,4})\)", labels):
            self.roman_capital = roman.isupper()
        for label in re.findall(r"\((\w)\)", labels):
            if label.isupper():
                self.capital, self.latest = label, "capital"
            elif label.isalpha():
                self.small, self.capital, self.latest = label, None, "small"

    def subdivision(self) -> None:
        """A numbered subdivision ("4. NOTWITHSTANDING ..."), as New York and Iowa number them: the lists
        under it open their own series ("(a)" again, not an "(A)" inside the last subdivision's "(g)")."""
        self.numbered = True
        self.small, self.capital, self.latest = None, None, "small"

    def dotted_case(self, label: str) -> str:
        """A letter label with a stop as a statute in small letters prints it: small ("a.", under "1."),
        unless it opens a series before any numbered label, as the head of a section does ("A." ... "1."), or
        goes on with such a series."""
        if label.isdigit():
            self.subdivision()
            return label
        if self.dotted is not None and next_label(self.dotted) == label.lower():
            self.dotted = label.lower()
            return self.dotted
        if (label == "A" and not self.numbered) or (
            self.dotted_capital is not None and next_label(self.dotted_capital) == label
        ):
            self.dotted_capital, self.dotted = label, None
            return label
        self.dotted = label.lower()
        return self.dotted


def in_small_letters(text: str, series: _Series, item: bool = False) -> str:
    """A passage in capitals in small letters: a capital opening each sentence (not an ``item`` finishing the
    sentence of a lead before it), its labels in the case of their series, its abbreviations and initials
    as the rules know them. Letter for
    letter as long as the text, so that a quote of it can be found again in the text as printed."""
    labels = {}
    if head := _DOTTED_HEAD.match(text):
        labels[head.start(1)] = series.dotted_case(head[1])
    labels.update({m.start(1): series.case(m[1]) for m in _LABEL.finditer(text)})
    lowered = _SENTENCE_START.sub(lambda m: _capital(m, item), text.lower())
    for at, label in labels.items():
        lowered = lowered[:at] + label + lowered[at + len(label) :]
    lowered = _INITIALS.sub(lambda m: m[0].upper(), lowered)
    lowered = _STOPPED_WORD.sub(_as_abbreviated, lowered)
    return lowered if len(lowered) == len(text) else text


def _capital(match: re.Match, item: bool) -> str:
    """A sentence's first letter as a capital, unless the full stop before it is an abbreviation's ("sub.
    (c) and"), or it opens an ``item`` of a list whose lead ends the passage before ("... SHALL SUBMIT: (I)
    TWO COMPLETE SETS", "(i) two complete sets" in small letters)."""
    before = match.string[: match.start()].rstrip('"”’) \t\n')
    if (
        (before and abbreviation(before.split()[-1]))
        or (item and not before and match[0].startswith("("))
        or re.match(r"(?:and|or) ", match[0])  # the last item of a list ("and e. school records;")
    ):
        return match[0]
    return match[0][:-1] + match[0][-1].upper()


def _as_abbreviated(match: re.Match) -> str:
    word = match[0]
    if abbreviation(word):
        return word
    return next((w for w in (word.capitalize(), word.upper()) if abbreviation(w)), word)


def _heading(text: str) -> bool:
    """Whether a passage in capitals is a bill's title, its enacting clause or a heading: left as printed."""
    return bool(_TITLE.match(text)) or (
        sum(c.isalpha() for c in text) < HEADING_LETTERS and not VERB.search(text)
    )


def as_read(passages: list[Passage]) -> tuple[list[Passage], tuple[str, str] | None]:
    """The passages as the rules read them, and, where any is read in small letters, the bill's words so read
    and as printed (each passage's spaces made single, as sentences are split, and the passages joined by a
    space), letter for letter the same length; ``None`` where the bill prints no law in capitals."""
    if not prints_law_in_capitals(passages):
        return passages, None
    read, series = [], _Series()
    for before, passage in zip([None, *passages], passages, strict=False):
        after_lead = bool(before and LEAD_END.search(before.text))
        if not in_capitals(passage.text):
            series.observe(passage.text, after_lead)
        elif _LABELLED.match(passage.text) or not _heading(passage.text):
            # an item finishing its lead's sentence, printed as the bill prints its items in small letters
            item = after_lead and not series.items_capital
            passage = replace(passage, text=in_small_letters(passage.text, series, item))
        read.append(passage)
    return read, (
        " ".join(" ".join(p.text.split()) for p in read),
        " ".join(" ".join(p.text.split()) for p in passages),
    )


def as_printed(findings: list[Finding], words: tuple[str, str] | None) -> list[Finding]:
    """The findings with each quote of a passage read in small letters given back as the bill prints it."""
    if words is None:
        return findings

    def restored(evidence: Evidence | None) -> Evidence | None:
        if evidence is None:
            return None
        pieces, cuts = _CUT.split(evidence.quote), _CUT.findall(evidence.quote)
        quote = "".join(_restore(p, *words) + c for p, c in zip(pieces, [*cuts, ""], strict=True))
        return replace(evidence, quote=quote)

    return [
        replace(f, evidence=[restored(e) for e in f.evidence], caution=restored(f.caution)) for f in findings
    ]


def _restore(piece: str, read: str, printed: str) -> str:
    """A piece of a quote (the words between its cuts, "…") as the bill prints it: the longest run of its
    words that the bill's words as read hold, given back as printed, then the next run (a list's lead and its
    item are quoted together, and may stand apart), and what no run holds as it was read."""
    out = []
    while piece:
        at = read.find(piece)
        if at >= 0:
            out.append(printed[at : at + len(piece)])
            break
        ends = [m.start() for m in re.finditer(r"\s+", piece)]
        low, high, longest = 0, len(ends) - 1, None
        while low <= high:  # the longest run of words from the start that the bill holds
            middle = (low + high) // 2
            if piece[: ends[middle]] in read:
                longest, low = ends[middle], middle + 1
            else:
                high = middle - 1
        if longest is None:
            out.append(piece)
            break
        at = read.find(piece[:longest])
        out.append(printed[at : at + longest])
        piece = piece[longest:]
        space = len(piece) - len(piece.lstrip())
        out.append(piece[:space])
        piece = piece[space:]
    return "".join(out)
