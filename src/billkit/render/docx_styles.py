"""Word styles: the look of every document billkit writes, and the reference document holding them.

Which style prints which part of a document is decided in ``billkit.roles``; this module says what
each style looks like. ``build_reference_document`` makes the shipped ``reference.docx`` from these
definitions (``python scripts/make-reference-docx.py`` rewrites it).
"""

from __future__ import annotations

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from ..roles import all_styles, commentary_styles
from .ooxml import set_outline_level, suppress_line_numbers

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
CHARACTER_FORMATS = {
    # name: (bold, italic)
    "Heading Run": (True, False),
    "Note Label": (False, True),
    "Strong": (True, False),
    "Emphasis": (False, True),
}
BILL_TEXT_STYLES = ("Bill Text", "Bill Text 2", "Bill Text 3", "Bill Text 4")
UNNUMBERED_STYLES = tuple(sorted(commentary_styles()))
"""Commentary: never counted by line numbering, which numbers only the bill's own lines."""
OUTLINE_LEVELS = {
    "Act Title": 1, "Prefatory Heading": 1, "Part Heading": 1, "Handout Title": 1,
    "Section Heading": 2, "Packet Heading": 2, "Handout Heading": 2,
}  # fmt: skip
"""The heading styles of every kind and their levels in Word's navigation pane, as in the PDF's
outline: a part, the act or a handout's title; then each section or subhead. A bill's section
heading runs in to its text, so the pane shows the section's opening words after it."""
HEADING_STYLES = frozenset({*OUTLINE_LEVELS, "Comment Heading", "Cover Title", "Table Caption"})
"""Every style that heads what follows it (and keeps with it)."""
ALL_STYLES = all_styles()
"""Every style billkit writes; the shipped reference document has them all."""


def build_reference_document():
    """billkit's reference document, built from the style definitions in code."""
    document = Document()
    define_bill_styles(document)
    define_packet_styles(document)
    define_handout_styles(document, large=False)
    define_table_styles(document)
    for name in UNNUMBERED_STYLES:
        suppress_line_numbers(document.styles[name])
    for name, level in OUTLINE_LEVELS.items():
        set_outline_level(document.styles[name], level)
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


def define_bill_styles(document) -> None:
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
    styles["Comment Heading"].paragraph_format.keep_with_next = True
    styles["Comment Heading"].paragraph_format.space_before = Pt(6)
    styles["Cover Text"].paragraph_format.right_indent = Inches(0.6)
    styles["Source Note"].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    styles["Act Title"].paragraph_format.keep_with_next = True
    styles["Prefatory Heading"].paragraph_format.keep_with_next = True
    for name, (bold, italic) in CHARACTER_FORMATS.items():
        style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.font.bold = bold
        style.font.italic = italic


def _paragraph_style(document, name, *, size, font=SERIF, base="Normal", bold=False, italic=False,
                     align=WD_ALIGN_PARAGRAPH.LEFT, after=8, color=(0, 0, 0)):  # fmt: skip
    """The paragraph style ``name``, added if the document lacks it, with this look."""
    styles = document.styles
    style = styles[name] if name in styles else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.font.name = font
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = RGBColor(*color)
    style.paragraph_format.alignment = align
    style.paragraph_format.space_after = Pt(after)
    return style


def define_packet_styles(document) -> None:
    """A testimony packet's styles: part titles, the letter, quoted proposals, contents, authorities."""
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    # Based on Heading 1, so part titles carry outline level 1 (Word's navigation pane, a TOC field).
    part = _paragraph_style(document, "Part Heading", base="Heading 1", size=14, bold=True,
                            align=WD_ALIGN_PARAGRAPH.CENTER, after=14)  # fmt: skip
    part.paragraph_format.space_before = Pt(0)
    part.font.italic = False
    heading = _paragraph_style(document, "Packet Heading", size=12, bold=True, after=4)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.keep_with_next = True
    _paragraph_style(document, "Testimony", size=12, align=justify)
    quote = _paragraph_style(document, "Proposed Text", size=11, align=justify)
    quote.paragraph_format.left_indent = Inches(0.5)
    quote.paragraph_format.right_indent = Inches(0.5)
    _paragraph_style(document, "Signature", size=12, after=0)
    _paragraph_style(document, "Cover Fact", size=12, after=6).paragraph_format.left_indent = Inches(1)
    for name in ("Contents Entry", "Authority Entry"):
        style = _paragraph_style(document, name, size=12, after=6)
        style.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    document.styles["Authority Entry"].paragraph_format.right_indent = Inches(0)


def define_table_styles(document) -> None:
    """The text of table cells and a table's caption, in any document."""
    cell = _paragraph_style(document, "Table Text", size=9.5, after=0)
    cell.paragraph_format.keep_together = True
    standing = _paragraph_style(document, "Standing Text", size=9.5, after=0)
    standing.paragraph_format.keep_together = True
    caption = _paragraph_style(document, "Table Caption", size=11, bold=True, after=4)
    caption.paragraph_format.keep_with_next = True


SANS = "Liberation Sans"


def define_handout_styles(document, *, large: bool) -> None:
    """Handout styles, in a sans-serif face; ``large`` type for the community handout."""
    base = 12 if large else 10.5
    grey = (0x11, 0x11, 0x11)

    def handout_style(name, size, **look):
        return _paragraph_style(document, name, size=size, font=SANS, color=grey, **{"after": 4, **look})

    handout_style("Handout Title", base + 8, bold=True, after=2)
    handout_style("Handout Subtitle", base + 0.5, italic=True, after=10)
    heading = handout_style("Handout Heading", base + 1, bold=True, after=2)
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    handout_style("Handout Text", base)
    handout_style("Handout Bullet", base, base="List Bullet").paragraph_format.left_indent = Inches(0.3)
    model = handout_style("Model Language", base)
    model.font.name = SERIF
    model.paragraph_format.left_indent = Inches(0.3)
    handout_style("Handout Source", base - 2, italic=True).paragraph_format.left_indent = Inches(0.3)
    handout_style("Handout Footer", base - 1.5, italic=True).paragraph_format.space_before = Pt(10)


def use_running_font(document, font: str) -> None:
    """Print the header and footer in ``font``, the body's family (a handout's sans serif)."""
    for name in ("Header", "Footer"):
        document.styles[name].font.name = font
