"""The DOCX writer for testimony packets: parts with a Word table of contents and authorities."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Inches, Pt, RGBColor

from ..model import Packet
from .docx import add_runs, finish, new_document, write_act
from .ooxml import add_bookmark, add_page_reference, ask_to_update_fields
from .options import RenderOptions

PARAGRAPH_STYLES = {"body": "Testimony", "quote": "Proposed Text", "signature": "Signature"}


def render_packet_docx(packet: Packet, options: RenderOptions) -> bytes:
    """The packet as DOCX: each part on new pages, contents and authorities with page references.

    The contents list the parts with ``PAGEREF`` fields to bookmarks on their headings. A Word
    ``TOC`` field would be the obvious choice, but LibreOffice shows a TOC field's stored result
    without recomputing the page numbers inside it, while it does compute a ``PAGEREF`` standing
    on its own; Word updates both. The table of authorities refers, for each authority, to the
    first place each part cites it: parts start on new pages, so those pages never repeat.
    """
    document = new_document(packet.meta.title, packet.cover_title, options)
    define_packet_styles(document)
    ask_to_update_fields(document)
    ids = iter(range(1, 1_000_000))
    cites: dict[str, dict[str, str]] = {}  # authority -> part -> bookmark of its first citation there
    current = {"part": ""}

    def on_cite(paragraph, run, added) -> None:
        by_part = cites.setdefault(run.cite, {})
        if current["part"] not in by_part:
            name = f"_cite_{run.anchor.replace('-', '_')}"
            add_bookmark(paragraph, name, next(ids), around=added)
            by_part[current["part"]] = name

    document.add_paragraph(packet.cover_title, style="Cover Title").paragraph_format.space_before = Pt(150)
    for label, value in packet.cover:
        paragraph = document.add_paragraph(style="Cover Fact")
        paragraph.add_run(label + ": ", style="Strong")
        paragraph.add_run(value)
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.sections[0].different_first_page_header_footer = True

    for index, part in enumerate(packet.parts):
        if index:
            section = document.add_section(WD_SECTION.NEW_PAGE)
            section.different_first_page_header_footer = False
        current["part"] = part.id
        heading = document.add_paragraph(part.title, style="Part Heading")
        add_bookmark(heading, f"_part_{part.id}", next(ids))
        if part.id == "contents":
            _write_contents(document, packet)
        elif part.id == "authorities":
            _write_authorities(document, packet, cites)
        elif part.bill is not None:
            write_act(document, part.bill, on_cite)
        else:
            for paragraph in part.paragraphs:
                if paragraph.style == "heading":
                    add_runs(document.add_paragraph(style="Packet Heading"), paragraph.runs, on_cite)
                else:
                    style = PARAGRAPH_STYLES.get(paragraph.style, "Testimony")
                    add_runs(document.add_paragraph(style=style), paragraph.runs, on_cite)
    return finish(document, packet.meta.short_title)


def _write_contents(document, packet: Packet) -> None:
    for part in packet.parts:
        if part.id != "contents":
            paragraph = document.add_paragraph(style="Contents Entry")
            paragraph.add_run(part.title)
            paragraph.add_run("\t")
            add_page_reference(paragraph, f"_part_{part.id}")


def _write_authorities(document, packet: Packet, cites: dict[str, dict[str, str]]) -> None:
    for group, entries in packet.authorities:
        document.add_paragraph(group, style="Packet Heading")
        for entry in entries:
            paragraph = document.add_paragraph(style="Authority Entry")
            add_runs(paragraph, entry.runs or ())
            paragraph.add_run("\t")
            for i, bookmark in enumerate(cites.get(entry.key, {}).values()):
                if i:
                    paragraph.add_run(", ")
                add_page_reference(paragraph, bookmark)


def define_packet_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER

    styles = document.styles
    normal = styles["Normal"]

    def paragraph_style(name, base=normal, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8):
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = base
        style.font.name = "Liberation Serif"
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.alignment = align
        style.paragraph_format.space_after = Pt(after)
        return style

    # Based on Heading 1, so part titles carry outline level 1 (Word's navigation pane, a TOC field).
    part = paragraph_style("Part Heading", base=styles["Heading 1"], size=14, bold=True,
                           align=WD_ALIGN_PARAGRAPH.CENTER, after=14)  # fmt: skip
    part.paragraph_format.space_before = Pt(0)
    part.font.italic = False
    heading = paragraph_style("Packet Heading", size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=4)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.keep_with_next = True
    paragraph_style("Testimony")
    quote = paragraph_style("Proposed Text", size=11)
    quote.paragraph_format.left_indent = Inches(0.5)
    quote.paragraph_format.right_indent = Inches(0.5)
    paragraph_style("Signature", align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    paragraph_style(
        "Cover Fact", align=WD_ALIGN_PARAGRAPH.LEFT, after=6
    ).paragraph_format.left_indent = Inches(1)
    for name in ("Contents Entry", "Authority Entry"):
        style = paragraph_style(name, align=WD_ALIGN_PARAGRAPH.LEFT, after=6)
        style.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    styles["Authority Entry"].paragraph_format.right_indent = Inches(0)
