"""The DOCX writer for an act: its cover and front matter, its sections and their notes."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from ..model import Bill, Block, Run, Section, Table
from ..roles import style
from .ooxml import add_text_run, mark_header_row

COMMENT_AUTHOR = "billkit"
PROVISION_ROLES = ("provision", "provision-2", "provision-3", "provision-4")
"""The role of a provision at each level: a subdivision, a paragraph, ..."""


def write_front_matter(document, bill: Bill) -> None:
    """What comes before a standalone act: its cover, the prefatory note, where the jurisdiction
    stands on each practice, and the sources."""
    if bill.cover_lines:
        _write_cover(document, bill)
    if bill.prefatory_note:
        _add_note_page(document, bill.prefatory_note, style("prefatory-heading"), style("prefatory-note"))
    if bill.standing:
        document.add_paragraph(bill.standing.caption, style=style("prefatory-heading"))
        write_table(document, bill.standing, caption=False)
        document.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False
    if bill.sources_note:
        _add_note_page(document, bill.sources_note, style("prefatory-heading"), style("sources-note"))


def write_table(document, table: Table, on_cite=None, *, caption: bool = True) -> None:
    """A table in Word's Table Grid, its header row repeated atop each page it runs over."""
    if table.caption and caption:
        document.add_paragraph(table.caption, style=style("table-caption"))
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    cell_style = document.styles[style(table.role)]
    # Row by row: python-docx finds ``grid.cell(r, c)`` by walking the whole table each time.
    for r, (row, cells) in enumerate(zip(grid.rows, (table.header, *table.rows), strict=True)):
        for cell, runs in zip(row.cells, cells, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.style = cell_style
            add_runs(paragraph, runs, on_cite)
            if r == 0:
                for run in paragraph.runs:
                    run.bold = True
    mark_header_row(grid.rows[0])


def _write_cover(document, bill: Bill) -> None:
    title = document.add_paragraph(bill.act_title, style=style("cover-title"))
    title.paragraph_format.space_before = Pt(150)
    for line in bill.cover_subtitles:
        paragraph = document.add_paragraph(line, style=style("cover-subtitle"))
    for line in bill.cover_lines:
        paragraph = document.add_paragraph(line, style=style("cover-line"))
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.sections[0].different_first_page_header_footer = True


def write_act(document, bill: Bill, on_cite=None, *, notes_as_comments: bool = False) -> None:
    """The act itself: titles, enacting clause, and every section with its notes.

    ``on_cite(paragraph, run, added)`` is called for each run that cites an authority.
    """
    if bill.show_act_title:
        title = document.add_paragraph(style=style("act-title"))
        title_run = add_text_run(title, bill.act_title)
        if notes_as_comments and bill.prefatory_note:
            _comment(document, title_run, [bill.prefatory_note])
    for line in bill.caption:
        document.add_paragraph(line, style=style("caption"))
    document.add_paragraph(bill.long_title, style=style("long-title"))
    for line in bill.after_title:
        document.add_paragraph(line, style=style("caption"))
    enacting = document.add_paragraph(style=style("enacting-clause"))
    add_text_run(enacting, bill.enacting_clause).font.all_caps = bill.enacting_caps or None
    if bill.marks_explanation:
        document.add_paragraph(bill.marks_explanation, style=style("marks-explanation"))
    for note in bill.drafter_notes:
        document.add_paragraph(note, style=style("drafter-note"))
    for section in bill.sections:
        _write_section(document, section, bill.marks, on_cite, notes_as_comments)


def _write_section(document, sec: Section, marks, on_cite, notes_as_comments: bool) -> None:
    """A section: its heading run in to its first words, its provisions, then its notes."""
    start = document.add_paragraph(style=style("section-heading"))
    heading = add_text_run(start, f"{sec.label} {sec.heading}".strip(), style="Heading Run")
    add_text_run(start, " ")
    if notes_as_comments:
        _comment(document, heading, [sec.legislative_note, sec.comment, sec.authorities], sec.source_note)
    if sec.lead:
        add_runs(start, sec.lead, on_cite, marks)
        rest = sec.body
    else:
        first = sec.body[0]
        if first.label:
            add_text_run(start, first.label + " ")
        add_runs(start, first.runs, on_cite, marks)
        rest = (*first.children, *sec.body[1:])
    for block in rest:
        _add_block(document, block, on_cite, marks)
    for note in sec.drafter_notes:
        document.add_paragraph(note, style=style("drafter-note"))
    if not notes_as_comments:
        _write_notes(document, sec, on_cite)


def _write_notes(document, sec: Section, on_cite) -> None:
    """A section's source line, Legislative Note, Comment and authorities, set off from the act."""
    if sec.source_note:
        document.add_paragraph(sec.source_note, style=style("source-note"))
    if sec.legislative_note:
        for i, runs in enumerate(sec.legislative_note.paragraphs):
            paragraph = document.add_paragraph(style=style("legislative-note"))
            if i == 0:
                add_text_run(paragraph, sec.legislative_note.heading + ":", style="Note Label")
                add_text_run(paragraph, " ")
            add_runs(paragraph, runs, on_cite)
    if sec.comment:
        document.add_paragraph(sec.comment.heading, style=style("comment-heading"))
        for runs in sec.comment.paragraphs:
            add_runs(document.add_paragraph(style=style("comment")), runs, on_cite)
        if sec.authorities:
            paragraph = document.add_paragraph(style=style("authorities"))
            add_text_run(paragraph, sec.authorities.heading + ":", style="Note Label")
            for i, runs in enumerate(sec.authorities.paragraphs):
                add_text_run(paragraph, "; " if i else " ")
                add_runs(paragraph, runs, on_cite)
            add_text_run(paragraph, ".")


def _comment(document, anchor, notes, first_line: str | None = None) -> None:
    """A Word comment on ``anchor`` holding the notes, each paragraph labelled as in print."""
    notes = [note for note in notes if note is not None]
    if not notes and not first_line:
        return
    comment = document.add_comment(anchor, text=first_line or "", author=COMMENT_AUTHOR, initials="bk")
    first = comment.paragraphs[0]
    for note in notes:
        if note.kind == "authorities":
            texts = [f"{note.heading}: " + "; ".join(note.texts) + "."]
        else:
            texts = [f"{note.heading}: {note.texts[0]}", *note.texts[1:]] if note.texts else []
        for text in texts:
            if not first.text:
                add_text_run(first, text)
            else:
                comment.add_paragraph(text)


def _add_note_page(document, note, heading_style: str, text_style: str) -> None:
    """A note on pages of its own (the prefatory note, the sources), ending with a page break."""
    document.add_paragraph(note.heading, style=heading_style)
    for runs in note.paragraphs:
        add_runs(document.add_paragraph(style=text_style), runs)
    # A new section copies the last one's settings, the cover's "different first page" among them;
    # turn it off so every later page carries the running head and the page number.
    document.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False


def _add_block(document, block: Block, on_cite=None, marks=("underline", "strike")) -> None:
    paragraph = document.add_paragraph(style=style(PROVISION_ROLES[min(block.level, 3)]))
    if block.label:
        add_text_run(paragraph, block.label + " ")
    add_runs(paragraph, block.runs, on_cite, marks)
    for child in block.children:
        _add_block(document, child, on_cite, marks)


def add_runs(paragraph, runs: tuple[Run, ...], on_cite=None, marks=("underline", "strike")) -> None:
    """Append runs to a paragraph, their marks as character styles and formatting.

    ``marks`` says how changes to existing law print: (inserted, deleted), as in ``Bill.marks``.
    They are real formatting, not tracked changes, as bills print them.
    """
    inserted, deleted = marks
    for run in runs:
        added = add_text_run(paragraph, run.text)
        if run.anchor and on_cite:
            on_cite(paragraph, run, added)
        if "ins" in run.marks:
            added.font.underline = inserted == "underline" or None
            added.font.italic = inserted == "italic" or None
            if inserted == "bold-caps":
                added.font.bold = added.font.all_caps = True
        if "del" in run.marks and "delimiter" not in run.marks and deleted != "brackets":
            added.font.strike = True
        if "strong" in run.marks:
            added.style = "Strong"
        elif "em" in run.marks:
            added.style = "Emphasis"
