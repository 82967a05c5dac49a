"""The DOCX writer: the bill as an editable Word document whose look lives in named styles."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import logging

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..content import REFERENCE_DOCX
from ..errors import RenderError
from ..model import Bill, Block, Handout, Packet, Run
from .ooxml import add_field, number_lines, stable_zip, suppress_line_numbers
from .options import RenderOptions

logger = logging.getLogger("billkit")
SERIF = "Liberation Serif"
INDENT = Inches(0.5)

PARAGRAPH_STYLES = {
    # name: (size pt, bold, italic, alignment, first-line indent, left indent, space after pt)
    "Cover Title": (16, True, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 12),
    "Cover Subtitle": (12, True, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 14),
    "Cover Text": (11, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, None, Inches(0.6), 10),
    "Prefatory Heading": (12, True, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 12),
    "Prefatory Note": (11.5, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, None, None, 8),
    "Sources Note": (10.5, False, False, WD_ALIGN_PARAGRAPH.LEFT, None, None, 6),
    "Act Title": (13, True, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 6),
    "Bill Caption": (12, False, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 4),
    "Long Title": (12, False, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 12),
    "Enacting Clause": (12, False, False, WD_ALIGN_PARAGRAPH.LEFT, INDENT, None, 14),
    "Section Heading": (12, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT, None, 6),
    "Bill Text": (12, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT, None, 6),
    "Bill Text 2": (12, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT, INDENT, 6),
    "Bill Text 3": (12, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT, INDENT * 2, 6),
    "Bill Text 4": (12, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, INDENT, INDENT * 3, 6),
    "Source Note": (10, False, False, WD_ALIGN_PARAGRAPH.LEFT, None, None, 4),
    "Legislative Note": (11, False, True, WD_ALIGN_PARAGRAPH.JUSTIFY, None, None, 6),
    "Comment Heading": (11, True, False, WD_ALIGN_PARAGRAPH.CENTER, None, None, 4),
    "Comment": (11, False, False, WD_ALIGN_PARAGRAPH.JUSTIFY, None, None, 6),
    "Authorities": (10, False, False, WD_ALIGN_PARAGRAPH.LEFT, None, None, 10),
    "Drafter Note": (11, True, False, WD_ALIGN_PARAGRAPH.LEFT, None, None, 6),
    "Marks Explanation": (10, False, True, WD_ALIGN_PARAGRAPH.LEFT, None, None, 10),
}
CHARACTER_STYLES = {
    # name: (bold, italic)
    "Heading Run": (True, False),
    "Note Label": (False, True),
    "Strong": (True, False),
    "Emphasis": (False, True),
}
BILL_TEXT_STYLES = ("Bill Text", "Bill Text 2", "Bill Text 3", "Bill Text 4")
UNNUMBERED_STYLES = (
    "Cover Title", "Cover Subtitle", "Cover Text", "Prefatory Heading", "Prefatory Note", "Sources Note",
    "Source Note", "Legislative Note", "Comment Heading", "Comment", "Authorities", "Drafter Note",
)  # fmt: skip
"""Commentary: never counted by line numbering, which numbers only the bill's own lines."""
ALL_STYLES = (
    *PARAGRAPH_STYLES, *CHARACTER_STYLES, "Header", "Footer",
    "Part Heading", "Packet Heading", "Testimony", "Proposed Text", "Signature", "Cover Fact",
    "Contents Entry", "Authority Entry",
    "Handout Title", "Handout Subtitle", "Handout Heading", "Handout Text", "Handout Bullet",
    "Model Language", "Handout Source", "Handout Footer",
)  # fmt: skip
"""Every style billkit writes; the shipped reference document has them all."""


COMMENT_AUTHOR = "billkit"


def render_docx(bill: Bill, options: RenderOptions) -> bytes:
    """The bill as DOCX bytes: named styles, page numbers in the footer, notes set off.

    With ``options.notes == "comments"`` the body is the clean text and each section's notes
    become a Word comment anchored on its heading (the prefatory note, on the act's title).
    """
    document = new_document(bill.meta.title, bill.long_title, options)
    as_comments = options.notes == "comments" and bill.meta.annotated
    if not as_comments:
        if bill.cover_lines:
            _write_cover(document, bill)
        if bill.prefatory_note:
            _add_note_page(document, bill.prefatory_note, "Prefatory Heading", "Prefatory Note")
        if bill.sources_note:
            _add_note_page(document, bill.sources_note, "Prefatory Heading", "Sources Note")
    write_act(document, bill, notes_as_comments=as_comments)
    if options.line_numbers:
        for section in document.sections:
            number_lines(section)
    return finish(document, bill.meta.short_title)


"""billkit's own reference document: every style billkit uses, on Letter paper with 1-inch margins.

Made by ``build_reference_document`` (``python scripts/make-reference-docx.py`` rewrites it).
"""


def new_document(title: str, subject: str, options: RenderOptions):
    """An empty document with billkit's styles (or the user's house styles) and fixed properties.

    With ``options.reference_doc`` the document starts from the user's Word file: its styles,
    page size, margins, header and footer. A style billkit needs that the file lacks is taken
    from billkit's own reference document, with a warning naming it.
    """
    if options.reference_doc is not None:
        document = _open_reference(options.reference_doc)
        _add_missing_styles(document, Document(io.BytesIO(_reference_bytes())))
    else:
        document = Document(io.BytesIO(_reference_bytes()))
    _clear_body(document)
    _set_properties(document, title, subject, options.document_date())
    return document


@functools.cache
def _reference_bytes() -> bytes:
    """The shipped reference document, read once per process."""
    return REFERENCE_DOCX.read_bytes()


def _open_reference(data: bytes):
    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a DOCX
        raise RenderError(
            f"the reference document is not a readable DOCX file ({type(exc).__name__})."
        ) from None


def _clear_body(document) -> None:
    """Remove the body's content, keeping the final section properties (page size, margins)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _add_missing_styles(document, default) -> None:
    styles = document.styles
    for name in ALL_STYLES:
        if name not in styles:
            logger.warning("the reference document has no style %r; using billkit's", name)
            styles.element.append(copy.deepcopy(default.styles[name].element))


def build_reference_document():
    """billkit's reference document, built from the style definitions in code."""
    from .handout_docx import define_handout_styles
    from .packet_docx import define_packet_styles

    document = Document()
    _define_styles(document)
    define_packet_styles(document)
    define_handout_styles(document, large=False)
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    for name in ("Header", "Footer"):
        document.styles[name].font.name = SERIF
    _prune_styles(document.styles.element, {*ALL_STYLES, *WORD_STYLES})
    _drop_template_leftovers(document)
    props = document.core_properties
    props.title, props.author, props.last_modified_by, props.revision = (
        "billkit reference",
        "billkit",
        "billkit",
        1,
    )
    return document


WORD_STYLES = ("Normal", "Default Paragraph Font", "Normal Table", "No List", "Table Grid")
"""Word's own styles a document is expected to define, kept beside billkit's."""


def _prune_styles(styles, keep: set[str]) -> None:
    """Drop every style outside ``keep`` and the styles those are based on or linked to.

    python-docx's template defines about 200 styles, half of them table styles billkit never uses;
    python-docx looks through all of them for every paragraph it styles, so fewer is faster.
    """
    from docx.styles import BabelFish  # Word stores some names in lower case: "header"

    keep = {BabelFish.ui2internal(name) for name in keep}
    by_id = {style.styleId: style for style in styles.findall(qn("w:style"))}
    wanted = {style_id for style_id, style in by_id.items() if style.name_val in keep}
    pending = list(wanted)
    while pending:
        style = by_id[pending.pop()]
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.find(qn(tag))
            target = ref.get(qn("w:val")) if ref is not None else None
            if target in by_id and target not in wanted:
                wanted.add(target)
                pending.append(target)
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def _drop_template_leftovers(document) -> None:
    """Remove what python-docx's template carries and no bill needs.

    Its thumbnail (a picture of another document), its custom XML, and the Word 2010 copy of
    every style with effects (430 KB that later Word ignores and every bill would carry), and the
    list definitions' links to styles pruned away.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    for part, dropped in (
        (document.part.package, {RT.THUMBNAIL}),
        (document.part, {STYLES_WITH_EFFECTS, RT.CUSTOM_XML}),
    ):
        for rel_id, rel in list(part.rels.items()):
            if rel.reltype in dropped:
                del part.rels[rel_id]
    kept = {style.styleId for style in document.styles.element.findall(qn("w:style"))}
    for link in document.part.numbering_part.element.iter(qn("w:pStyle")):
        if link.get(qn("w:val")) not in kept:
            link.getparent().remove(link)


PAGE_WORDS = {"en": ("Page ", " of "), "es": ("Página ", " de ")}


def finish(document, running_head: str, language: str = "en") -> bytes:
    """Add the running head and "Page N of M" (in the document's language), and return the bytes.

    A header or footer that already has words (from a reference document) is kept as it is.
    """
    _header_footer(document.sections[0], running_head, PAGE_WORDS.get(language, PAGE_WORDS["en"]))
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def _write_cover(document, bill: Bill) -> None:
    document.add_paragraph(bill.act_title, style="Cover Title").paragraph_format.space_before = Pt(150)
    for line in bill.cover_subtitles:
        paragraph = document.add_paragraph(line, style="Cover Subtitle")
    for line in bill.cover_lines:
        paragraph = document.add_paragraph(line, style="Cover Text")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.sections[0].different_first_page_header_footer = True


def write_act(document, bill: Bill, on_cite=None, *, notes_as_comments: bool = False) -> None:
    """The act itself: titles, enacting clause, and every section with its notes.

    ``on_cite(paragraph, run, added)`` is called for each run that cites an authority.
    """
    if bill.show_act_title:
        title = document.add_paragraph(style="Act Title")
        title_run = title.add_run(bill.act_title)
        if notes_as_comments and bill.prefatory_note:
            _comment(document, title_run, [bill.prefatory_note])
    for line in bill.caption:
        document.add_paragraph(line, style="Bill Caption")
    document.add_paragraph(bill.long_title, style="Long Title")
    enacting = document.add_paragraph(style="Enacting Clause")
    enacting.add_run(bill.enacting_clause).font.all_caps = bill.enacting_caps or None
    if bill.marks_explanation:
        document.add_paragraph(bill.marks_explanation, style="Marks Explanation")
    for note in bill.drafter_notes:
        document.add_paragraph(note, style="Drafter Note")

    for sec in bill.sections:
        start = document.add_paragraph(style="Section Heading")
        heading = start.add_run(f"{sec.label} {sec.heading}".strip(), style="Heading Run")
        start.add_run(" ")
        if notes_as_comments:
            _comment(document, heading, [sec.legislative_note, sec.comment, sec.authorities], sec.source_note)
        if sec.lead:
            add_runs(start, sec.lead, on_cite, bill.marks)
            rest = sec.body
        else:
            first = sec.body[0]
            if first.label:
                start.add_run(first.label + " ")
            add_runs(start, first.runs, on_cite, bill.marks)
            rest = (*first.children, *sec.body[1:])
        for block in rest:
            _add_block(document, block, on_cite, bill.marks)
        for note in sec.drafter_notes:
            document.add_paragraph(note, style="Drafter Note")
        if notes_as_comments:
            continue
        if sec.source_note:
            document.add_paragraph(sec.source_note, style="Source Note")
        if sec.legislative_note:
            for i, runs in enumerate(sec.legislative_note.paragraphs):
                paragraph = document.add_paragraph(style="Legislative Note")
                if i == 0:
                    paragraph.add_run(sec.legislative_note.heading + ":", style="Note Label")
                    paragraph.add_run(" ")
                add_runs(paragraph, runs, on_cite)
        if sec.comment:
            document.add_paragraph(sec.comment.heading, style="Comment Heading")
            for runs in sec.comment.paragraphs:
                add_runs(document.add_paragraph(style="Comment"), runs, on_cite)
            if sec.authorities:
                paragraph = document.add_paragraph(style="Authorities")
                paragraph.add_run(sec.authorities.heading + ":", style="Note Label")
                for i, runs in enumerate(sec.authorities.paragraphs):
                    paragraph.add_run("; " if i else " ")
                    add_runs(paragraph, runs, on_cite)
                paragraph.add_run(".")


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
                first.add_run(text)
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
    paragraph = document.add_paragraph(style=BILL_TEXT_STYLES[min(block.level, 3)])
    if block.label:
        paragraph.add_run(block.label + " ")
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
        added = paragraph.add_run(run.text)
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


def _header_footer(section, running_head: str, words: tuple[str, str]) -> None:
    has_words = any(p.text.strip() for p in section.header.paragraphs)
    if not has_words:
        header = section.header.paragraphs[0]
        header.text = running_head
        header.style = "Header"
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if any(p.text.strip() for p in section.footer.paragraphs):
        return
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(words[0])
    add_field(footer, "PAGE")
    footer.add_run(words[1])
    add_field(footer, "NUMPAGES")
    if section.different_first_page_header_footer:
        first = section.first_page_footer.paragraphs[0]
        first.style = "Footer"


def _define_styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = SERIF
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.name = SERIF
        style.font.size = Pt(10)
    styles["Header"].font.italic = True
    styles["Header"].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    for name, (size, bold, italic, align, first, left, after) in PARAGRAPH_STYLES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.space_after = Pt(after)
        fmt.widow_control = True
        if first is not None:
            fmt.first_line_indent = first
        if left is not None:
            fmt.left_indent = left
        if name in BILL_TEXT_STYLES or name == "Section Heading":
            fmt.line_spacing = 1.4
    for name in UNNUMBERED_STYLES:
        suppress_line_numbers(styles[name])
    styles["Comment Heading"].paragraph_format.keep_with_next = True
    styles["Comment Heading"].paragraph_format.space_before = Pt(6)
    styles["Cover Text"].paragraph_format.right_indent = Inches(0.6)
    styles["Source Note"].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    styles["Act Title"].paragraph_format.keep_with_next = True
    styles["Prefatory Heading"].paragraph_format.keep_with_next = True
    for name, (bold, italic) in CHARACTER_STYLES.items():
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.font.bold = bold
        style.font.italic = italic


def _fit(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _set_properties(document, title: str, subject: str, when: dt.datetime) -> None:
    props = document.core_properties
    props.title = _fit(title)  # Word's document properties hold at most 255 characters
    props.subject = _fit(subject)
    props.author = "billkit"
    props.last_modified_by = "billkit"
    props.comments = ""
    props.keywords = "record clearance; immigration; model bill"
    props.revision = 1
    when = when.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = when
    props.modified = when
    props.last_printed = when


def _render_packet(packet: Packet, options: RenderOptions) -> bytes:
    from .packet_docx import render_packet_docx

    return render_packet_docx(packet, options)


def _render_handout(handout: Handout, options: RenderOptions) -> bytes:
    from .handout_docx import render_handout_docx

    return render_handout_docx(handout, options)


FORMAT = "docx"
EXTENSION = ".docx"
WRITERS = {Bill: render_docx, Packet: _render_packet, Handout: _render_handout}
"""What this format writes; packets and handouts have writers of their own, imported when used."""
