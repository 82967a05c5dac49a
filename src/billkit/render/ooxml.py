"""The few raw WordprocessingML pieces python-docx has no API for: fields, a stable ZIP, fast runs."""

from __future__ import annotations

import io
import zipfile

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from ..roles import style as role_style
from .typeset import bind_signs

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """Append a simple field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice fill in."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


# Characters python-docx's ``Run.text`` turns into elements of their own (``<w:tab/>``, ``<w:br/>``).
_SPECIAL = frozenset("\t\n\r")


def add_text_run(paragraph, text: str = "", style: str | None = None):
    """``paragraph.add_run(text, style)``, without python-docx's walk over every character.

    ``Run.text`` appends a bill's text one character at a time, looking for tabs and breaks: half
    of a bill's DOCX time; and setting a run's style places ``<w:rPr>`` by searching the run's
    children for where it belongs. Text with no tab or break is one ``<w:t>``, which ``CT_R.add_t``
    writes whole, in a new run whose only property is its style: the same XML, built directly
    (``tests/test_render.py`` compares the two).
    """
    if _SPECIAL.intersection(text):
        return paragraph.add_run(text, style)
    r = OxmlElement("w:r")
    if style is not None:
        style_id = paragraph.part.get_style_id(style, WD_STYLE_TYPE.CHARACTER)
        if style_id is not None:
            properties = OxmlElement("w:rPr")
            properties.append(OxmlElement("w:rStyle", {qn("w:val"): style_id}))
            r.append(properties)
    if text:
        r.add_t(text)
    paragraph._p.append(r)
    return Run(r, paragraph)


def bind_signs_in(element) -> None:
    """Join every section sign in ``element``'s text to its number (``typeset.bind_signs``)."""
    for text in element.iter(qn("w:t")):
        if text.text and ("§" in text.text or "¶" in text.text):
            text.text = bind_signs(text.text)


def stable_zip(data: bytes) -> bytes:
    """Rewrite a DOCX package with fixed entry times, so the same document gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def add_bookmark(paragraph, name: str, bookmark_id: int, around=None) -> None:
    """Put a bookmark around ``around`` (a run), or around the paragraph's whole content."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    if around is not None:
        around._r.addprevious(start)
        around._r.addnext(end)
    else:
        paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
        paragraph._p.append(end)


def _fld_char(kind: str):
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _instruction(text: str):
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text} "
    run.append(instr)
    return run


def begin_field(paragraph, instruction: str) -> None:
    """Open a complex field (``TOC``): what follows, up to ``end_field``, is its current result."""
    paragraph._p.append(_fld_char("begin"))
    paragraph._p.append(_instruction(instruction))
    paragraph._p.append(_fld_char("separate"))


def end_field(paragraph) -> None:
    paragraph._p.append(_fld_char("end"))


def add_page_reference(paragraph, bookmark: str, placeholder: str = "0") -> None:
    """A ``PAGEREF`` field: the number of the page where ``bookmark`` stands."""
    begin_field(paragraph, f"PAGEREF {bookmark} \\h")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    paragraph._p.append(run)
    end_field(paragraph)


def ask_to_update_fields(document) -> None:
    """Ask Word to refresh fields (the table of contents) when the file is opened."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def number_lines(section, restart: str = "page", distance_twips: int = 360) -> None:
    """Turn on Word's line numbering for a document section: again from 1 on each page
    (``restart="page"``) or on from the section before ("continuous", through the document)."""
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:lnNumType")):
        sect_pr.remove(old)
    numbering = OxmlElement("w:lnNumType")
    numbering.set(qn("w:countBy"), "1")
    numbering.set(qn("w:restart"), "continuous" if restart == "continuous" else "newPage")
    numbering.set(qn("w:distance"), str(distance_twips))
    # The schema fixes the order of a section's properties: lnNumType comes before these.
    later = ("pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
             "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")  # fmt: skip
    anchor = next((el for el in sect_pr if el.tag in {qn(f"w:{name}") for name in later}), None)
    if anchor is not None:
        anchor.addprevious(numbering)
    else:
        sect_pr.append(numbering)


_AFTER_SUPPRESS = tuple(
    f"w:{name}"
    for name in (
        "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
        "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
        "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
        "rPr sectPr pPrChange"
    ).split()
)
"""What follows <w:suppressLineNumbers> in a paragraph's properties (CT_PPr's sequence)."""


def suppress_line_numbers(style) -> None:
    """Keep a paragraph style's lines out of the line numbering (notes, comments, covers)."""
    p_pr = style.element.get_or_add_pPr()
    if p_pr.find(qn("w:suppressLineNumbers")) is None:
        # In the schema's place (after numPr, before pBdr ... jc), or Word may call the file damaged.
        p_pr.insert_element_before(OxmlElement("w:suppressLineNumbers"), *_AFTER_SUPPRESS)


def set_outline_level(style, level: int) -> None:
    """Give a paragraph style an outline level (1 is the top), so its paragraphs are headings in
    Word's navigation pane and in a table of contents built from outline levels."""
    style.element.get_or_add_pPr().get_or_add_outlineLvl().val = level - 1


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


def mark_header_row(row) -> None:
    """Make a table row Word's header row, repeated atop each page the table runs over."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def keep_introductions_with_next(document, headings: frozenset[str]) -> None:
    """Keep each body paragraph that introduces the next one on the same page as it.

    That is a paragraph ending in a colon ("We propose this language:", a provision's "the court
    shall:"), each before a letter's close or a signer's line ("Respectfully submitted,"), and one
    that opens with a bold run-in heading (a packet's "Relief for legal error.") when a plain
    paragraph follows it; a run-in one before another run-in one or a heading (a style in
    ``headings``) may end a page, or a section's whole analysis would be one block.
    Headings themselves keep with the next paragraph through their styles.
    """
    paragraphs = document.paragraphs
    for paragraph, following in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        # the letter's last paragraph and the signer's lines move overleaf together, but not the last of those
        # lines, or the chain would reach the next part's page break
        signed = following is not None and following.style.name == role_style("signature")
        if signed or _text(paragraph._p).rstrip().endswith(":"):
            paragraph.paragraph_format.keep_with_next = True
        elif _opens_with_strong(paragraph._p) and following is not None:
            plain = not _opens_with_strong(following._p) and following.style.name not in headings
            if plain:
                paragraph.paragraph_format.keep_with_next = True


def _text(p) -> str:
    """A paragraph's text, read from its ``<w:t>`` elements alone (``Paragraph.text`` is slow)."""
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _opens_with_strong(p) -> bool:
    run = p.find(qn("w:r"))
    if run is None or run.rPr is None:
        return False
    return run.rPr.find(qn("w:rStyle")) is not None and run.rPr.rStyle.val == "Strong"
