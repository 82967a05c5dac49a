"""Splitting legal prose into sentences, keeping abbreviations ("U.S.C.", "v.", "Sec.") whole."""

from __future__ import annotations

import re

_ABBREVIATIONS = re.compile(
    r"\b(?:U\.S\.C|C\.F\.R|U\.S|s|ss|Sec|Secs|Sub|Subs|Subd|Subsec|sub|subs|subd|subsec|Para|para|No|Nos|Cal|Stat|Ann|Proc|Crim|Gov[’']t|Rev|Dec|Supp|Pen|Civ|"
    r"Ch|ch|Art|art|Const|Inc|Co|Dept|Mr|Mrs|Ms|Dr|St|vs|v|et al|seq|e\.g|i\.e|Pa\.C\.S|Md|Va|"
    r"Wash|Ill|N\.Y|Minn|Colo|Conn|Del|Or|Utah|Okla|Mich|Mass|Tex|Fla|Ga|Ariz|Nev|N\.J|P\.L|H\.B|S\.B|A\.B)\.$"
)


def abbreviation(text: str) -> bool:
    """Whether ``text`` ends with an abbreviation's full stop ("U.S.C.", "Sec."), which ends no sentence."""
    return bool(_ABBREVIATIONS.search(text))


def sentences(text: str, colons: bool = True) -> list[str]:
    """Split a passage into sentences, keeping abbreviations such as "U.S.C." and "v." whole.

    With ``colons`` (how `billkit check` reads a bill), a colon also ends a piece: a lead ("the court
    shall:") apart from its items. Without, only full stops do, as a reader counts sentences.
    """
    out: list[str] = []
    current = ""
    # An ellipsis marks a cut, and ends a sentence only where a new one starts ("R.S. 14:82 ... when the").
    # A closing quotation mark may follow the stop ("... by members of the public." Access ...).
    stop = r"(?:(?<=[.:])|(?<=\.[\"”’]))" if colons else r"(?:(?<=[.])|(?<=\.[\"”’]))"
    # "c." before a number is a chapter ("St. 2022, c. 81, § 7"), not a list's label.
    ends = stop + r"(?<!\.\.\.)(?<!\bc\.)\s+|(?<=\bc\.)\s+(?!\d)|(?<=\.\.\.)\s+(?![a-z])"
    for piece in re.split(ends, " ".join(text.split())):
        current = f"{current} {piece}" if current else piece
        # "...; b." or "...; 2." ends with the next item's label, and so does a heading printed without a stop
        # ("Section 5 1. Upon ..."): the label goes with the words after it.
        label = re.search(
            r"^(.*[;,])\s+((?:and |or )?[a-z]\.)$|^(.*;)\s+((?:and |or )?\d{1,3}\.)$|"
            r"^(.*\b(?:[Ss]ection|SECTION|§)\s*\d{1,4}[A-Za-z]?)\s+(\d{1,3}\.)$",
            current,
        )
        if label:
            out.append(label[1] or label[3] or label[5])
            current = label[2] or label[4] or label[6]
            continue
        # "5." or "A." alone is a list label printed before its words, not a sentence.
        if not _ABBREVIATIONS.search(current) and not re.search(r"\b[A-Z]\.$|^\d{1,3}\.$|^[a-z]\.$", current):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    leads = [colons and i > 0 and out[i - 1].endswith(":") for i in range(len(out))]
    return [item for i, piece in enumerate(out) for item in _items_after_lead(piece, leads[i])]


def first_sentences(text: str, n: int) -> str:
    """The first ``n`` sentences of ``text``, ending with a stop; a case name's "v." or "U.S." ends none."""
    chosen = " ".join(sentences(text, colons=False)[:n])
    return chosen if chosen.endswith(".") else chosen + "."


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ITEM_BREAK = re.compile(r"(?<=;)(?:\s+(?i:and|or)\b)?\s+(?=\((\w{1,4})\)\s)")
"""Where a list printed inline may break: after an item's semicolon, before the next item's label."""


def next_label(label: str, roman: bool = False) -> str | None:
    """The label after ``label`` in its series ("2" after "1", "b" after "a", "ii" after "i" if roman)."""
    if roman:
        return _ROMAN[_ROMAN.index(label) + 1] if label in _ROMAN[:-1] else None
    if label.isdigit():
        return str(int(label) + 1)
    if len(label) == 1 and label.isalpha() and label not in "zZ":
        return chr(ord(label) + 1)
    return None


def _items_after_lead(piece: str, after_lead: bool) -> list[str]:
    """A list printed inline after its lead ("... available to: (1) the courts ...; (2) prosecuting
    attorneys ...; and (3) the person ..."), split into its items as if each were printed on a line of its
    own, so that each is read with its lead, as a list printed one item to a line is. Only the first
    item's series, in order, breaks items ("(a) ...; (b) ..."), not an "(A)" inside an item."""
    first = re.match(r"\((\w{1,4})\)\s", piece)
    # (not a list whose items lead lists of their own: "(C) ...; (2) the department shall:")
    if not after_lead or not first or piece.endswith(":"):
        return [piece]
    items, start, label = [], 0, first.group(1)
    roman = label == "i"
    for m in _ITEM_BREAK.finditer(piece):
        if m.group(1) != next_label(label, roman):
            continue
        items.append(piece[start : m.start()] + m.group(0).rstrip())
        start, label = m.end(), m.group(1)
    return [*items, piece[start:]]
