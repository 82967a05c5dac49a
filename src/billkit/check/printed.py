"""A bill's text as printed: struck matter left out, lines joined where a word breaks, and each
paragraph's place in the bill's own numbering ("Sec. 3(b)", "§ 160.59(9)(a)").

These are the habits of printed bills that :mod:`billkit.check.reading` undoes for every format.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import zip_longest

BRACKETS_OMITTED = re.compile(
    r"bracket[^.]{0,160}?\b(?:omitted|deleted|deletions?|repealed|stricken|struck|removed|not enacted)\b"
    r"|\b(?:(?:deleted|omitted|repealed|stricken)\b|(?:struck|removed) )[^.]{0,40}\bbracket"
    r"|\b(?:is|are) (?:hereby )?repealed\b[^\[\].]{0,80}\[",
    re.IGNORECASE,
)
"""A bill's explanation line saying that [brackets] mark deleted matter, as New York's does: "matter in
brackets [ ] is old law to be omitted" (Maryland, Nevada, New Jersey, Oregon and Alaska say it in their own
words), or a repeal printed in brackets ("Sections 67.307 and 285.550, RSMo, are repealed, to read as
follows: [67.307. ..."). Without it, brackets are a drafter's placeholders and are read."""
A_CHOICE = re.compile(r"\boptional\b|\b(?:may|can|could|might)(?: \w+)? be\b", re.IGNORECASE)
"""A note that brackets mark a drafter's choice ("Bracketed language is optional and may be deleted"), not
matter a bill strikes."""
UNCLOSED = re.compile(r"\[[^\[\]\n]*$", re.MULTILINE)
"""Struck matter whose closing bracket the copy does not reach (an excerpt that stops inside it): struck to
the end of its line."""
CAPS_BESIDE_BRACKETS = re.compile(
    r"\[([^\[\]\n]*)\](?:[^\w\[\]\n]{0,3}|[ \t]*\n\s*\(\w{1,4}\)[ \t]*)"
    r"(?:[A-Z][A-Z'’-]*[,;.]?[ \t]+){3,}[A-Z]{2}|"
    r"[A-Z]{2}(?:[,;.]?[ \t]+[A-Z][A-Z'’-]*){3,}[^\w\[\]\n:]{0,3}\[([^\[\]\n]*)"
)
"""New law in CAPITALS printed right beside bracketed old law ("[may be opened only on order of the court.] A
PERSON WHO IS THE SUBJECT ... MAY INSPECT IT"), or as the next paragraph ("[(6) Upon the entry of an order
...]" over "(6) AN ORDER OF EXPUNCTION ... SHALL NOT BAR", the new paragraph labelled as the old one was; a
capitalised heading on the next line is no new law): the bill marks deletions so though it prints no
legend."""
PLACEHOLDER = re.compile(
    r"^\W*(?:insert|name|title|date|number|cite|citation|specify|appropriate|relevant|applicable|state|"
    r"agency|court|amount|year|section|chapter|code)\b|^[\W_\d]*$",
    re.IGNORECASE,
)
"""A drafter's blank in brackets ("[insert name of state]", "[date]", "[____]"), which a capitalised title
beside it ("[STATE] CLEAN SLATE ACT OF 2027") does not make old law."""


def _brackets_strike(text: str) -> bool:
    """Whether the bill says that its [brackets] mark matter it strikes, not a drafter's choice."""
    return any(not A_CHOICE.search(m.group()) for m in BRACKETS_OMITTED.finditer(text))


AMENDED = re.compile(r"\bamended (?:(?:by|and) [^.:]{0,160}?)?to read\b|\bamended as follows\b")
"""A section amended in place ("is amended to read"; "is amended by amending subsections (1) through (4) to
read as follows", as Hawaii prints it; "is amended and the section is amended by adding a subsection to read",
as Pennsylvania does), whose new words may be a single capitalised word beside the old."""
ONE_CAPITAL_BESIDE = re.compile(r"\[([^\[\]\n]*)\][ \t]*[A-Z]{3,}\b|\b[A-Z]{3,}[ \t]*\[([^\[\]\n]*)\]")
"""Bracketed old law with one new word in CAPITALS beside it ("[has entered] ENTERS into"), read as a
mark only in a section amended to read."""


BRACKETS_A_CHOICE = re.compile(
    r"\bbracket\w*[^.]{0,120}?\b(?:optional|alternatives?|(?:may|can) (?:\w+ )?be "
    r"(?:included|omitted|used|chosen|adopted|changed)|at the (?:\w+ )?discretion)",
    re.IGNORECASE,
)
"""A model act's note that its brackets offer the enacting state a choice ("Bracketed language is optional and
may be included at the discretion of the enacting state"): then brackets in a section amended to read are no
deletion."""
BRACKETED_CLAUSE = re.compile(r"\[([^\[\]]*\b(?i:shall|may|must|will|is|are|was|were)\b[^\[\]]*)\]")
"""Bracketed words that say something as law does ("[The defendant may obtain a copy of the file upon
request.]"; "[; provided, that the person whose records were sealed may inspect them]"; in capitals, as Alaska
prints what it deletes: "[A PERSON MAY OBTAIN ... ONLY UPON AN ORDER OF THE SUPERIOR COURT]"), on one line or
over a list's items ("[defendant's participation ... was the result of ...: (a) ...; or (b) ...]")."""


def _clauses_struck_from_amended_section(text: str, flat: str) -> bool:
    """Whether a section amended to read prints a whole clause in [brackets]: there brackets strike old law,
    whether or not the copy carries the bill's legend; a drafter's blank ("[insert the court that may hear
    it]") is no clause. ``flat``: the text on one line, its spaces single."""
    if not AMENDED.search(flat) or BRACKETS_A_CHOICE.search(flat):
        return False
    return any(
        len(inside.split()) >= 4 and not PLACEHOLDER.search(inside)
        for inside in BRACKETED_CLAUSE.findall(text)
    )


def _old_law_beside_capitals(text: str, flat: str) -> bool:
    """Whether the text prints bracketed old law, in lower case and no drafter's blank, beside new law in
    CAPITALS: old law beside new capitals is always in lower case, and a blank is not old law."""
    matches = list(CAPS_BESIDE_BRACKETS.finditer(text))
    if AMENDED.search(flat):
        matches += ONE_CAPITAL_BESIDE.finditer(text)
    for match in matches:
        inside = match.group(1) if match.group(1) is not None else match.group(2)
        blank = PLACEHOLDER.search(inside) and len(inside.split()) <= 6
        if re.search(r"[a-z]", inside) and not blank:
            return True
    return False


BRACKETED = re.compile(r"\[[^\[\]]*\]")
PARENTHESES_OMITTED = re.compile(
    r"double parenthes[ie]s\)*[^.]{0,60}?\b(?:removed|deleted|omitted|struck)\b|amended to read",
    re.IGNORECASE,
)
"""Washington's mark for deleted matter, ((double parentheses)): declared, or in a section amended to read."""
DOUBLE_PARENTHESES = re.compile(r"\(\((?:[^()]|\([^()]*\))*\)\)")
UNDERLINE_MARK = re.compile(r"(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
"""An underscore that marks new words as underlined ("[(4)] _(3)_ The person whose arrest was expunged, _who
may examine the record_"): no word of the bill, and in the way of the label that opens a line. A drafter's
blank ("____") and a name joined by underscores are left alone."""
SPACE_BEFORE_STOP = re.compile(r"[ \t]+(?=[.;,:](?:\s|$))")
"""The space struck matter leaves before a full stop ("... from the Bureau [only upon an order of the
court]."): closed, so that the sentence ends there."""
STRUCK_BY_WORDS = re.compile(
    r"(\b(?:[Ss]trik(?:e|es|ing)|STRIKE|[Dd]elet(?:e|es|ing)|DELETE)(?: out)?"
    r"(?: the (?:words?|language|phrase|sentence|text|clause))?,?\s*)([\"“][^\"”]{2,2000}[\"”])"
)
"""Words an amending section strikes by quoting them ('In subdivision (F), strike the words "Inspection ...
may be made only upon order of the court" and insert in lieu thereof the words "..."'): struck matter,
though printed in plain type; the words it inserts are new law and are read."""
DELETED_TEXT = re.compile(r"\bdeleted text begin\b.*?(?:\bdeleted text end\b|\Z)", re.IGNORECASE | re.DOTALL)
"""Struck matter as a copy of Minnesota's bills marks it in words for a screen reader: "deleted text begin any
of the following deleted text end" (the words the page strikes through)."""
NEW_TEXT_MARK = re.compile(r"[ \t]*\bnew text (?:begin|end)\b[ \t]*", re.IGNORECASE)
"""The words such a copy puts about new matter ("new text begin under section 152.025 new text end"): the
matter is law, the words no part of it."""
MARKDOWN_STRUCK = re.compile(r"~~.+?~~|<(del|s|strike)>.*?</\1>", re.DOTALL)


def struck_out(text: str, *, markdown: bool) -> str:
    """The text without its struck matter, keeping every line break so that lines keep their numbers."""

    def breaks(match: re.Match[str]) -> str:
        return _line_breaks(match.group())

    if markdown:
        text = MARKDOWN_STRUCK.sub(breaks, text)
    if "deleted text begin" in text.lower():
        text = DELETED_TEXT.sub(breaks, text)
    # (words struck by quoting them are shown as "…", so that the sentence still reads as the bill prints it)
    text = STRUCK_BY_WORDS.sub(lambda match: match.group(1) + "“…”" + _line_breaks(match.group(2)), text)
    flat = " ".join(text.split())
    if (
        _brackets_strike(flat)
        or _old_law_beside_capitals(text, flat)
        or _clauses_struck_from_amended_section(text, flat)
    ):
        while (struck := BRACKETED.sub(breaks, text)) != text:  # inner brackets first: [[...]]
            text = struck
        text = UNCLOSED.sub(breaks, text)  # every bracket left is one the copy never closes
    if "((" in text and PARENTHESES_OMITTED.search(" ".join(text.split())):
        text = DOUBLE_PARENTHESES.sub(breaks, text)
    return text


def _line_breaks(piece: str) -> str:
    """Only the line breaks of ``piece``, so that struck matter leaves every line its number."""
    return "".join(c for c in piece if c in "\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")


def struck_matter(text: str, printed: str) -> list[list[str]]:
    """Each line's struck matter (what ``struck_out`` took from ``text`` to print ``printed``): its pieces,
    each apart (the kept words between two pieces are no part of either), without the marks that struck
    them."""
    lines = []
    for before, after in zip_longest(text.splitlines(), printed.splitlines(), fillvalue=""):
        if before == after:  # most lines strike nothing, and comparing long ones costs time
            lines.append([])
            continue
        cuts = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
        gone = [_unbracketed(before[i:j]) for op, i, j, _, _ in cuts if op in ("delete", "replace")]
        lines.append([piece for piece in gone if piece])
    return lines


def _unbracketed(piece: str) -> str:
    """Struck matter without the marks that struck it: [brackets], ((double parentheses)), ~~, <del>."""
    piece = (
        re.sub(r"</?(?:del|s|strike)>|(?i:\bdeleted text (?:begin|end)\b)", "", piece)
        .strip()
        .strip("[]~")
        .strip()
    )
    return piece.removeprefix("((").removesuffix("))").strip()


NEW_SECTION = r"(?:NEW\s+SECTION\.\s+)?"
"""Washington's mark before the label of a section that adds law ("NEW SECTION. Sec. 2.")."""
SECTION_NUMBER = r"\d+[A-Za-z]?(?:[.\-–]\d+[A-Za-z]?)*"
"""A section's number: "4", "55A.051", "160.59", "2953.32"."""
CATCHLINE = (
    r"(?!(?:OF|IN|TO|AS|AT|ON|BY|FOR|FROM|WITH|AND|OR|NOR|THE|A|AN|IS|ARE|WAS|SHALL|MAY|MUST|UNDER|WHICH|THAT|"
    r"THIS|SUCH|ET|SEQ|U)\b)[A-Z][A-Za-z'’]+\b(?!\.)"
)
"""The first word of a catchline printed after a section's number without a stop between ("§ 160.57 AUTOMATIC
SEALING ..."), not the words that go on from a cited section ("SECTION 40.10 OF THE PENAL LAW")."""
HEADING = re.compile(
    r"^[\s*_#>]*"
    + NEW_SECTION
    + r"(SECTION|Section|SEC\.|Sec\.|§+)\s*("
    + SECTION_NUMBER
    + r")((?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*)(?:\.(?=[\s*_]|$)|(?=[*_]*\s*$)|(?=\s+\d{1,3}\.\s)|(?=\s+"
    + CATCHLINE
    + r"))[*_]*"
)
"""A section heading that opens a paragraph: "Sec. 3.", "SECTION 4.", "§ 160.59." (its number), one that
names its subsection too ("Sec. 3(b).", its labels), and Washington's "NEW SECTION. Sec. 2." for a section
that adds law; also one printed without its stop, on a line of its own, before its first numbered
subsection ("## Section 5" over "1. Upon a determination ...") or before its catchline, as New York's bills
print a section they add ("§ 160.57 AUTOMATIC SEALING OF CERTAIN MISDEMEANOR RECORDS.")."""
TITLE = re.compile(r"\s*[A-Z][^.]{0,120}\.[*_]*")
"""A section's catchline after its number, skipped when a subsection label follows it."""
LABEL = re.compile(r"\s*[\"“]?(?:\(([A-Za-z]{1,4}|\d{1,3})\)|(\d{1,3})\.(?=\s))")
"""A subsection label that opens a paragraph: "(b)", "(2)", "(iv)", or New York's "9."; after the quotation
mark that opens an amended section's text ("“(d) Records placed ...")."""
OPENS = re.compile(HEADING.pattern + "|" + r"^\s*\((?:[A-Za-z]{1,4}|\d{1,3})\)\s|^\s*\d{1,3}\.\s+[A-Z]")
ENDS_CLAUSE = (".", ":", ";", " and", " or", "*", "--", "\u2014")
DANGLING = re.compile(
    r"\b(?:only|to|by|for|from|with|that|including|except|unless|following)$", re.IGNORECASE
)
"""A lead that stops, with no colon, at a word that needs its object ("... may be provided to another person
or agency only" over "(1) for record management purposes; ..."): the labelled lines under it are its list."""
FIRST_ITEM = re.compile(r"^\s*\((?:1|a|A|i)\)\s(?!of\b)")
"""The first item of a list ("(1) for ..."), not a cross-reference wrapped onto a new line ("(a) of this
section")."""
BROKEN = re.compile(r"([A-Za-z]+)[-\u2010]$")
COMPOUNDS = frozenset(
    "set-aside post-conviction post-judgment post-plea post-sentence pre-plea pre-trial pre-sentence "
    "non-citizen non-citizens co-defendant in-person so-called data-sharing community-based "
    "plain-language law-enforcement first-time low-level long-term follow-up".split()
)
"""Compounds printed with a hyphen even when a line breaks at it, unless the bill writes them whole."""
PREFIXES = frozenset({"non", "self", "quasi"})


class Labels:
    """The bill's own label for each paragraph in turn: the section heading last seen and the
    subsection labels under it ("§ 160.59(9)(a)"); the levels nest in the order the bill uses them."""

    def __init__(self) -> None:
        self.section = ""
        self.levels: list[tuple[str, str]] = []

    def read(self, text: str, *, headings: bool = True) -> tuple[str, int]:
        """The label of a paragraph or sentence that opens with ``text``, and where its labels end."""
        at = 0
        heading = HEADING.match(text) if headings else None
        if heading:
            word = heading.group(1)
            word = word.capitalize() if word.isupper() else word
            self.section, self.levels, at = f"{word} {heading.group(2)}", [], heading.end()
            for value in re.findall(r"\(([^()]*)\)", heading.group(3)):
                self._add(value, dotted=False)
            title = TITLE.match(text, at)
            if title and LABEL.match(text, title.end()):
                at = title.end()
        while label := LABEL.match(text, at):
            self._add(label.group(1) or label.group(2), dotted=bool(label.group(2)))
            at = label.end()
        if not self.section:
            return "", at
        return self.section + "".join(f"({value})" for _, value in self.levels), at

    def _add(self, value: str, *, dotted: bool) -> None:
        kind = (
            "dotted" if dotted else "number" if value.isdigit() else "lower" if value.islower() else "upper"
        )
        letter = next((v for k, v in self.levels if k == kind), "")
        follows = len(value) == 1 and len(letter) == 1 and ord(value) == ord(letter) + 1
        if kind in ("lower", "upper") and re.fullmatch(r"[ivxlc]+", value.lower()) and not follows:
            kind = "roman-" + kind  # "(i)" after "(h)" is a letter; anywhere else, a numeral
        kinds = [k for k, _ in self.levels]
        depth = kinds.index(kind) if kind in kinds else len(kinds)
        self.levels[depth:] = [(kind, value)]


def label_after(label: str, text: str) -> str:
    """The label of ``text`` read where ``label`` ("Sec. 3(b)") stands: its own when it opens with one (the
    matter a bill strikes after "(b)" may be a whole "(c)", cited "Sec. 3(c)"), else ``label``."""
    labels = Labels()
    section, levels = re.fullmatch(r"(.*?)((?:\([^()]*\))*)", label).groups()
    if section:
        labels.read(f"{section}. " + "".join(f"({value}) " for value in re.findall(r"\(([^()]*)\)", levels)))
    return labels.read(text, headings=False)[0] or label


def located(label: str, place: str) -> str:
    return f"{label}, {place}" if label else place


PLACE = re.compile(r"(?:^|, )(?:line|paragraph) (\d+)$")
"""The line of a text or the paragraph of a DOCX or web page that a location ends with ("Sec. 3(b), line 42"),
which only the file billkit read knows, and by which the passages of one file stand in order."""


def without_line(location: str) -> str:
    """A location's own label or page, without the file's line or paragraph, which mean nothing to a reader of
    the printed bill: "Sec. 3(b), line 42" -> "Sec. 3(b)", "Sec. 3(b), paragraph 7" -> "Sec. 3(b)"."""
    return PLACE.sub("", location)


def vocabulary(text: str) -> frozenset[str]:
    """Every word and hyphenated compound the bill prints whole, to mend the ones broken at a line's end; and,
    marked by a closing hyphen ("applica-"), each piece that stands only before a hyphen at a line's end,
    which is no word the bill prints whole."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)}
    whole = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*\b(?![-\u2010][ \t]*\n)", text)}
    return frozenset(words | {f"{w}-" for w in words - whole})


def units(blocks: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Paragraphs: blocks of lines split where a line opens a section or subsection after a clause ends."""
    units: list[list[tuple[str, str]]] = []
    for block in blocks:
        current: list[tuple[str, str]] = []
        for place, line in block:
            line = " ".join(line.split())
            if not line:
                continue
            if current and (
                HEADING.match(line)
                or (OPENS.match(line) and current[-1][1].lower().endswith(ENDS_CLAUSE))
                or (FIRST_ITEM.match(line) and DANGLING.search(current[-1][1]))
            ):
                units.append(current)
                current = []
            current.append((place, line))
        if current:
            units.append(current)
    return units


def mend(lines: list[tuple[str, str]], vocabulary: frozenset[str]) -> tuple[str, list[tuple[int, str]]]:
    """One paragraph's lines as one text, with words hyphenated at a line's end joined, and where each
    line starts in it. A compound keeps its hyphen ("set-aside") when the bill prints it whole so, or
    when it is a known compound the bill never prints joined up."""
    text, starts = "", []
    for place, line in lines:
        broken = BROKEN.search(text) if text else None
        if text.endswith("\u00ad"):
            text = text[:-1]
        elif broken and line[:1].isalpha():
            head, tail = broken.group(1), re.match(r"[A-Za-z]*", line).group()
            compound, whole = f"{head}-{tail}".lower(), (head + tail).lower()
            # (a capital after the break keeps the hyphen, "Anti-Terrorism", unless the whole word is in
            # capitals, as new matter is in some states' bills: "AN INDIVID-" + "UAL'S RECORDS")
            capitals = head.isupper() and tail.isupper()
            kept = compound in vocabulary or (not tail[:1].islower() and not capitals)
            # (but "IMMIGRATION-" + "RELATED" keeps it: its first half is a word the bill uses, and not only
            # where it breaks a word, as "APPLICA-" over "TION" is)
            kept = kept or (
                capitals
                and whole not in vocabulary
                and head.lower() in vocabulary
                and f"{head.lower()}-" not in vocabulary
            )
            kept = kept or (whole not in vocabulary and (compound in COMPOUNDS or head.lower() in PREFIXES))
            text = text[:-1] + ("-" if kept else "")
        elif text:
            text += " "
        starts.append((len(text), place))
        text += line
    return text, starts
