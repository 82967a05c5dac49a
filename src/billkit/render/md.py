"""The Markdown writer: any document as plain text to paste into an e-mail or a wiki.

CommonMark with GitHub's tables and strikethrough. Every character of the document's text that
Markdown would read as markup is escaped, so the words come out as written. Changes to existing
law print as ``<ins>`` and ``~~struck~~`` text, or in the jurisdiction's own italic or bold.
"""

from __future__ import annotations

import re

from ..model import (
    Act,
    AuthoritiesTable,
    Bill,
    Block,
    Bullets,
    Contents,
    Cover,
    Document,
    Figure,
    Heading,
    Note,
    PageBreak,
    Para,
    Run,
    Section,
    Table,
)
from ..roles import role
from .options import RenderOptions

ALWAYS_ESCAPED = frozenset("\\`*_~<#")
"""Characters that are markup wherever they stand (``#`` closes a heading at a line's end)."""
BLOCK_START = re.compile(r"^(?:[>+=-]|\d{1,9}(?=[.)]))")
"""What turns a line into a quotation, a list item or a heading underline when it comes first."""
ENTITY = re.compile(r"&(?=#?\w+;)")
BREAK = "---"
"""A thematic break: between a cover, notes, the act, the parts of a packet or handout pages."""


def escape(text: str, after: str = "", *, start: bool = False, cell: bool = False) -> str:
    """``text`` as Markdown that reads back as exactly these characters.

    ``after`` is the character that follows in the paragraph (a ``]`` before ``(`` makes a
    link, and one before ``:`` defines a link when its ``[`` opens the block); ``start`` says
    the text opens a block; in a table ``cell`` ``|`` is escaped too. Brackets elsewhere stay
    bare, so a bill's ``[State]`` and "the [Committee]:" read as written when pasted as text.
    """
    text = " ".join(text.split("\n"))
    opens_definition = start and text.lstrip().startswith("[")
    out = []
    for index, char in enumerate(text):
        following = text[index + 1 : index + 2] or after
        definition = following == ":" and opens_definition and "]" not in text[:index]
        link = char == "]" and (following == "(" or definition)
        if char in ALWAYS_ESCAPED or link or (cell and char == "|"):
            out.append("\\" + char)
        else:
            out.append(char)
    escaped = ENTITY.sub(r"\\&", "".join(out))
    if start:
        escaped = escaped.lstrip()
        if BLOCK_START.match(escaped):
            digits = len(re.match(r"\d*", escaped).group())
            escaped = escaped[:digits] + "\\" + escaped[digits:]
    return escaped


def inline(runs: tuple[Run, ...], marks: tuple[str, str] = ("underline", "strike"), *, cell=False) -> str:
    """Runs as one line of Markdown, their emphasis and amendment marks as Markdown marks."""
    runs = _merged(runs)
    delimiters = [_marks(run.marks, marks) if run.text.strip() else ("", "") for run in runs]
    out: list[str] = []
    for index, run in enumerate(runs):
        after = next((r.text[0] for r in runs[index + 1 :] if r.text), "")
        text = escape(run.text, after, start=not out, cell=cell)
        opening, closing = delimiters[index]
        if opening:
            following = delimiters[index + 1][0] if index + 1 < len(runs) else ""
            if following and not after.isspace():
                after = following[0]
            text = _wrap(text, opening, closing, out[-1][-1:] if out else "", after)
        out.append(text)
    return "".join(out).strip()


def _merged(runs: tuple[Run, ...]) -> list[Run]:
    """Neighbouring runs with the same marks as one, so no two delimiters meet."""
    out: list[Run] = []
    for run in runs:
        if out and out[-1].marks == run.marks:
            out[-1] = Run(out[-1].text + run.text, run.marks)
        elif run.text:
            out.append(Run(run.text, run.marks))
    return out


def _marks(names: frozenset[str], marks: tuple[str, str]) -> tuple[str, str]:
    """The Markdown (or HTML) that opens and closes a run with these mark names."""
    inserted, deleted = marks
    if "ins" in names:
        return {"italic": ("*", "*"), "bold-caps": ("**", "**")}.get(inserted, ("<ins>", "</ins>"))
    if "del" in names and "delimiter" not in names and deleted != "brackets":
        return "~~", "~~"
    if "strong" in names:
        return "**", "**"
    if "em" in names:
        return "*", "*"
    return "", ""


_TAGS = {"*": ("<em>", "</em>"), "**": ("<strong>", "</strong>"), "~~": ("<del>", "</del>")}


def _wrap(text: str, opening: str, closing: str, before: str, after: str) -> str:
    """``text`` between delimiters, its outer spaces outside them.

    ``*`` and ``~~`` count as emphasis only where they touch a word the right way round (the
    CommonMark flanking rules); where they would not, the HTML element says the same thing.
    """
    core = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    before, after = (lead[-1:] or before), (trail[:1] or after)
    if opening in _TAGS:
        opens = core[0].isalnum() or not before or before.isspace() or _punctuation(before)
        closes = core[-1].isalnum() or not after or after.isspace() or _punctuation(after)
        if not (opens and closes) or (before and before in "*~") or (after and after in "*~"):
            opening, closing = _TAGS[opening]
    return f"{lead}{opening}{core}{closing}{trail}"


def _punctuation(char: str) -> bool:
    return not char.isalnum() and not char.isspace()


def _join(blocks: list[str]) -> bytes:
    """Blocks separated by blank lines, with one newline at the end."""
    return ("\n\n".join(block for block in blocks if block) + "\n").encode("utf-8")


def _quote(lines: list[str]) -> str:
    """Paragraphs as one block quotation."""
    return "\n>\n".join("> " + line for line in lines)


def _heading(level: int, runs: tuple[Run, ...]) -> str:
    plain = tuple(Run(r.text, r.marks - {"strong"}) for r in runs)
    return "#" * min(level, 6) + " " + inline(plain)


def _text(text: str) -> tuple[Run, ...]:
    return (Run(text),)


# A bill


def _bill(bill: Bill) -> list[str]:
    """A bill: cover, prefatory note, where the state stands and sources when annotated, then the act."""
    blocks: list[str] = []
    if bill.cover_lines:
        blocks.append(_heading(1, _text(bill.act_title)))
        blocks += [inline(_text(line)) for line in (*bill.cover_subtitles, *bill.cover_lines)]
        blocks.append(BREAK)
    if bill.prefatory_note:
        blocks += [*_note_page(bill.prefatory_note), BREAK]
    if bill.standing:
        blocks += [_heading(2, _text(bill.standing.caption)), _table(bill.standing)[-1], BREAK]
    if bill.sources_note:
        blocks += [*_note_page(bill.sources_note), BREAK]
    blocks += act(bill, level=1)
    return blocks


def _note_page(note: Note) -> list[str]:
    return [_heading(2, _text(note.heading or "")), *(inline(p) for p in note.paragraphs)]


def act(bill: Bill, level: int) -> list[str]:
    """The act: title, caption, long title, enacting clause, then every section."""
    blocks: list[str] = []
    if bill.show_act_title:
        blocks.append(_heading(level, _text(bill.act_title)))
    blocks += [inline(_text(line), cell=False) for line in bill.caption]
    long_title = _text(bill.long_title)
    blocks.append(inline(long_title) if bill.show_act_title else _heading(level, long_title))
    blocks += [inline(_text(line), cell=False) for line in bill.after_title]
    blocks.append(inline(_text(bill.enacting_clause)))
    if bill.marks_explanation:
        blocks.append(inline(_text(bill.marks_explanation)))
    blocks += [_quote([inline(_text(note))]) for note in bill.drafter_notes]
    for section in bill.sections:
        blocks += _section(section, bill.marks)
    return blocks


def _section(section: Section, marks: tuple[str, str]) -> list[str]:
    """A section: the heading run in to its first words, provisions, then its notes."""
    heading = f"{section.label} {section.heading}".strip()
    if section.lead:
        start, rest = section.lead, section.body
    else:
        first = section.body[0]
        start = ((Run(first.label + " "),) if first.label else ()) + first.runs
        rest = (*first.children, *section.body[1:])
    blocks = [inline((Run(heading, frozenset({"strong"})), Run(" "), *start), marks)]
    for block in rest:
        blocks += _provisions(block, marks)
    blocks += [_quote([inline(_text(note))]) for note in section.drafter_notes]
    if section.source_note:
        blocks.append(inline((Run(section.source_note, frozenset({"em"})),)))
    if section.legislative_note:
        blocks.append(_labelled_note(section.legislative_note))
    if section.comment:
        blocks.append(_comment(section.comment, section.authorities))
    return blocks


def _provisions(block: Block, marks: tuple[str, str]) -> list[str]:
    """A provision and those under it, one paragraph each, labelled as printed."""
    label = (Run(block.label + " "),) if block.label else ()
    out = [inline(label + block.runs, marks)]
    for child in block.children:
        out += _provisions(child, marks)
    return out


def _labelled_note(note: Note) -> str:
    """A note whose first paragraph opens with its bold label ("Legislative Note:")."""
    label = (Run((note.heading or "") + ":", frozenset({"strong"})), Run(" "))
    return _quote([inline(label + p if i == 0 else p) for i, p in enumerate(note.paragraphs)])


def _comment(comment: Note, authorities: Note | None) -> str:
    """The comment under its heading, ending with the section's authorities in one line."""
    lines = [inline((Run(comment.heading or "", frozenset({"strong"})),))]
    lines += [inline(p) for p in comment.paragraphs]
    if authorities:
        runs: list[Run] = [Run((authorities.heading or "") + ":", frozenset({"strong"}))]
        for i, paragraph in enumerate(authorities.paragraphs):
            runs += [Run("; " if i else " "), *paragraph]
        lines.append(inline((*runs, Run("."))))
    return _quote(lines)


# Any document


def render_markdown(document: Document, options: RenderOptions) -> bytes:
    """A document block by block; page breaks become thematic breaks."""
    out: list[str] = []
    for block in document.blocks:
        out += _block_text(block)
    return _join(out)


def _block_text(block) -> list[str]:
    if isinstance(block, PageBreak):
        return [BREAK]
    if isinstance(block, Heading):
        return [_heading(int(role(block.role).tag[1:]), block.runs)]
    if isinstance(block, Para):
        text = inline(block.runs)
        return [_quote([text]) if role(block.role).quoted else text]
    if isinstance(block, Bullets):
        return ["\n".join("- " + inline(item) for item in block.items)]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):  # Markdown pasted into an e-mail carries no picture: its words
        return [inline((Run(f"[{block.alt}]", frozenset({"em"})),))]
    if isinstance(block, Cover):
        return [_heading(1, _text(block.title)), _cover(block.facts)]
    if isinstance(block, Contents):
        return ["\n".join("- " + inline(_text(title)) for _anchor, title in block.entries)]
    if isinstance(block, AuthoritiesTable):
        out = []
        for group, entries in block.groups:
            out.append(_heading(2, _text(group)))
            out.append("\n".join("- " + inline(e.runs or _text(e.display)) for e in entries))
        return out
    if isinstance(block, Act):
        return _bill(block.bill) if block.standalone else act(block.bill, level=2)
    raise TypeError(f"no Markdown for a {type(block).__name__}")


def _table(table: Table) -> list[str]:
    """A table as a GitHub table, under its caption in bold."""

    def row(cells) -> str:
        return "| " + " | ".join(inline(cell, cell=True) for cell in cells) + " |"

    lines = [row(table.header), "| " + " | ".join("---" for _ in table.header) + " |"]
    lines += [row(cells) for cells in table.rows]
    caption = [inline((Run(table.caption, frozenset({"strong"})),))] if table.caption else []
    return [*caption, "\n".join(lines)]


def _cover(facts: tuple[tuple[str, str], ...]) -> str:
    """The cover's facts as a two-column table with an empty header row."""
    rows = ["| | |", "| --- | --- |"]
    for label, value in facts:
        rows.append(f"| {inline(_text(label), cell=True)} | {inline(_text(value), cell=True)} |")
    return "\n".join(rows)


FORMAT = "md"
EXTENSION = ".md"
WRITES = "any"
WRITER = render_markdown
