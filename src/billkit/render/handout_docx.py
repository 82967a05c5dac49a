"""The DOCX writer for handouts: each handout page starts a page of the document."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt, RGBColor

from ..model import Handout
from .docx import add_runs, finish, new_document
from .options import RenderOptions

SANS = "Liberation Sans"


def render_handout_docx(handout: Handout, options: RenderOptions) -> bytes:
    """Handout pages as an editable DOCX, in styles a trainer can restyle in one place."""
    document = new_document(handout.meta.title, handout.meta.title, options)
    define_handout_styles(document, large=handout.audience == "community")
    core = document.core_properties
    core.language = handout.meta.language
    for section in document.sections:
        section.left_margin = section.right_margin = Inches(0.8)
        section.top_margin = Inches(0.75)
    for index, page in enumerate(handout.pages):
        if index:
            document.add_section(WD_SECTION.NEW_PAGE)
        document.add_paragraph(page.title, style="Handout Title")
        if page.subtitle:
            document.add_paragraph(page.subtitle, style="Handout Subtitle")
        for part in page.sections:
            document.add_paragraph(part.heading, style="Handout Heading")
            for paragraph in part.paragraphs:
                style = {"model": "Model Language", "source": "Handout Source"}.get(
                    paragraph.style, "Handout Text"
                )
                add_runs(document.add_paragraph(style=style), paragraph.runs)
            for bullet in part.bullets:
                add_runs(document.add_paragraph(style="Handout Bullet"), bullet.runs)
        if page.footer:
            document.add_paragraph(page.footer, style="Handout Footer")
    return finish(document, handout.meta.short_title, handout.meta.language)


def define_handout_styles(document, *, large: bool) -> None:
    styles = document.styles
    base = 12 if large else 10.5

    def paragraph_style(name, size, *, bold=False, italic=False, after=4, parent="Normal"):
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[parent]
        style.font.name = SANS
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        return style

    paragraph_style("Handout Title", base + 8, bold=True, after=2)
    paragraph_style("Handout Subtitle", base + 0.5, italic=True, after=10)
    heading = paragraph_style("Handout Heading", base + 1, bold=True, after=2)
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    paragraph_style("Handout Text", base)
    bullet = paragraph_style("Handout Bullet", base, parent="List Bullet")
    bullet.paragraph_format.left_indent = Inches(0.3)
    model = paragraph_style("Model Language", base)
    model.font.name = "Liberation Serif"
    model.paragraph_format.left_indent = Inches(0.3)
    paragraph_style("Handout Source", base - 2, italic=True).paragraph_format.left_indent = Inches(0.3)
    footer = paragraph_style("Handout Footer", base - 1.5, italic=True)
    footer.paragraph_format.space_before = Pt(10)
