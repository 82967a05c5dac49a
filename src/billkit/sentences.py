"""Splitting legal prose into sentences, keeping abbreviations ("U.S.C.", "v.", "Sec.") whole."""

from __future__ import annotations

import re

_ABBREVIATIONS = re.compile(
    r"\b(?:U\.S\.C|C\.F\.R|U\.S|s|ss|Sec|Secs|Sub|Subs|Subd|Subsec|sub|subs|subd|subsec|Para|para|No|Nos|Cal|Stat|Ann|Proc|Crim|Gov[’']t|Rev|Dec|Supp|Pen|Civ|"
    r"Ch|ch|Art|art|Const|Inc|Co|Dept|Mr|Mrs|Ms|Dr|St|vs|v|et al|seq|e\.g|i\.e|Pa\.C\.S|Md|Va|"
    r"Wash|Ill|N\.Y|Minn|Colo|Conn|Del|Or|Utah|Okla|Mich|Mass|Tex|Fla|Ga|Ariz|Nev|N\.J|P\.L|H\.B|S\.B|A\.B)\.$"
)


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
    return out
