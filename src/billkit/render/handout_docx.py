"""The DOCX writer for handouts: each handout page starts a page of the document."""

from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..model import Handout
from .docx import PAGE_WORDS, _header_footer, add_runs, finish, new_document
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
    language = handout.meta.language
    if language != "en":
        # The running head and page numbers go in first, so that their runs are tagged too;
        # ``finish`` then keeps them, as it keeps any header that already has words.
        _header_footer(document.sections[0], handout.meta.short_title, PAGE_WORDS[language])
        tag_language(document, LANGUAGE_TAGS[language])
    return finish(document, handout.meta.short_title, language)


LANGUAGE_TAGS = {"es": "es-US"}
"""The Word language tag for each handout language other than English (whose defaults stay)."""

# The elements that may follow <w:lang> in a run's properties (CT_RPr's sequence), so that a new
# <w:lang> goes in before them and the XML stays valid.
_AFTER_LANG = tuple(qn(f"w:{name}") for name in ("eastAsianLayout", "specVanish", "oMath"))


def tag_language(document, tag: str) -> None:
    """Mark the whole document as written in ``tag`` (such as "es-US") for spelling and speech.

    Word takes a run's language from the run, then its styles, then the document defaults, so all
    three are set: the defaults, every paragraph and character style, and every run in the body,
    headers and footers. The theme's font language is set too, so no "en-US" is left.
    """
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for rpr in defaults.iter(qn("w:rPr")):
            _set_lang(rpr, tag)
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            _set_lang(style.get_or_add_rPr(), tag)
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            _set_lang(run.get_or_add_rPr(), tag)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def _set_lang(rpr, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        following = next((child for child in rpr if child.tag in _AFTER_LANG), None)
        if following is None:
            rpr.append(lang)
        else:
            following.addprevious(lang)
    lang.set(qn("w:val"), tag)
    if lang.get(qn("w:eastAsia")) is not None:
        lang.set(qn("w:eastAsia"), tag)


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
