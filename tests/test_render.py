"""DOCX, HTML and PDF renderings: reopened and read, and carrying the same words."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from pypdf import PdfReader

from billkit.build import build_bill
from billkit.errors import UnknownNameError
from billkit.render import render
from billkit.render.html import css_string, render_html
from billkit.spec import BillSpec

from support import GUIDANCE_SAMPLES, docx_paragraphs, docx_words, pdf_pages, pdf_words, same_words


def section_paragraphs(data: bytes) -> list[str]:
    return [text for style, text in docx_paragraphs(data) if style == "Section Heading"]


def test_docx_has_every_section_in_order_numbered_with_its_heading(model_bill, model_docx):
    starts = section_paragraphs(model_docx)
    assert len(starts) == len(model_bill.sections)
    for number, (section, text) in enumerate(zip(model_bill.sections, starts, strict=True), start=1):
        assert text.startswith(f"SECTION {number}. {section.heading} ")


def test_docx_carries_every_provision_in_the_named_styles(model_bill, model_docx):
    paragraphs = docx_paragraphs(model_docx)
    styles = {style for style, _ in paragraphs}
    assert {
        "Act Title",
        "Long Title",
        "Enacting Clause",
        "Section Heading",
        "Bill Text",
        "Legislative Note",
        "Comment Heading",
        "Comment",
        "Prefatory Heading",
        "Prefatory Note",
    } <= styles
    everything = "\n".join(text for _, text in paragraphs)
    for section in model_bill.sections:
        for top in section.body:
            for block in top.walk():
                assert block.text in everything, block.text
    bill_text = [text for style, text in paragraphs if style == "Bill Text"]
    assert (
        "(c) Within [30] days after receiving a request, [the central repository] and each court"
        in "\n".join(bill_text)
    )


def test_docx_sets_notes_apart_from_the_statutory_text(model_docx):
    document = docx.Document(io.BytesIO(model_docx))
    note = document.styles["Legislative Note"]
    text = document.styles["Bill Text"]
    assert note.font.italic and not text.font.italic
    assert note.font.size < text.font.size
    notes = [p for p in document.paragraphs if p.style.name == "Legislative Note"]
    assert notes[0].runs[0].text == "Legislative Note:"


def test_docx_guidance_samples_appear_verbatim(model_docx):
    text = "\n".join(t for _, t in docx_paragraphs(model_docx))
    for sentence in GUIDANCE_SAMPLES.values():
        assert sentence in text


def test_docx_footer_numbers_pages_and_header_names_the_act(model_docx):
    document = docx.Document(io.BytesIO(model_docx))
    footer_xml = document.sections[0].footer._element.xml
    assert 'w:instr="PAGE"' in footer_xml and 'w:instr="NUMPAGES"' in footer_xml
    assert document.sections[0].header.paragraphs[0].text == "Immigrant-Safe Record Clearance Act"
    assert document.core_properties.title == "Immigrant-Safe Record Clearance Act"


def test_docx_bytes_are_the_same_for_the_same_bill(model_bill, model_docx):
    assert render(model_bill, "docx") == model_docx
    times = {info.date_time for info in zipfile.ZipFile(io.BytesIO(model_docx)).infolist()}
    assert times == {(1980, 1, 1, 0, 0, 0)}


def test_pdf_has_the_same_words_as_the_docx(model_bill, model_docx, model_pdf):
    assert same_words(pdf_words(model_pdf, model_bill.meta.short_title), docx_words(model_docx))


def test_clean_pdf_has_the_same_words_as_the_clean_docx(library):
    bill = build_bill(BillSpec(clean=True, relief_term="sealing"), library)
    words = docx_words(render(bill, "docx"))
    assert same_words(pdf_words(render(bill, "pdf"), bill.meta.short_title), words)
    assert "Comment" not in words and "Legislative" not in words


def test_pdf_pages_are_letter_with_page_numbers_and_running_head(model_pdf):
    reader = PdfReader(io.BytesIO(model_pdf))
    pages = pdf_pages(model_pdf)
    total = len(pages)
    assert total >= 5
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Page" not in pages[0]  # the cover carries no furniture: no page number, no running head
    assert "Immigrant-Safe Record Clearance Act" not in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert "Immigrant-Safe Record Clearance Act" in text


def test_pdf_metadata_title_and_bookmarks_for_every_section(model_bill, model_pdf):
    reader = PdfReader(io.BytesIO(model_pdf))
    assert reader.metadata.title == "Immigrant-Safe Record Clearance Act"

    def titles(outline):
        for entry in outline:
            if isinstance(entry, list):
                yield from titles(entry)
            else:
                yield entry.title

    marks = list(titles(reader.outline))
    for section in model_bill.sections:
        assert f"{section.label} {section.heading}" in marks
    assert "Prefatory Note" in marks


def test_html_escapes_text_and_declares_its_language(library):
    spec = BillSpec(params={"short-title": {"short_title": "Fish & <Chips> Act"}})
    html = render_html(build_bill(spec, library))
    assert "Fish &amp; &lt;Chips&gt; Act" in html and "<Chips>" not in html
    assert '<html lang="en">' in html


@pytest.mark.parametrize("value", ['a "b" \\ é', "[Organization] — [Bill number]", "</style> & 'x'", "é1 2"])
def test_css_strings_escape_quotes_and_non_ascii_and_read_back_unchanged(value):
    import tinycss2

    literal = css_string(value)
    assert literal.isascii() and not set("<>&'") & set(literal[1:-1])
    [token] = [t for t in tinycss2.parse_component_value_list(literal) if t.type != "whitespace"]
    assert token.type == "string" and token.value == value


def test_unknown_format_is_refused(model_bill):
    with pytest.raises(UnknownNameError, match="Did you mean 'docx'"):
        render(model_bill, "doc")


def test_word_comparison_notices_a_changed_word():
    assert same_words(["data-", "sharing", "x"], ["data-sharing", "x"])
    assert not same_words(["data-sharing", "y"], ["data-sharing", "x"])


def test_docx_pages_after_the_cover_keep_the_running_head_and_page_numbers(library):
    document = docx.Document(io.BytesIO(render(build_bill(BillSpec(state="TX"), library), "docx")))
    first, *rest = document.sections
    assert first.different_first_page_header_footer
    assert rest and not any(section.different_first_page_header_footer for section in rest)
    assert all(section.header.is_linked_to_previous for section in rest)


@pytest.mark.parametrize(
    "text",
    ["", "plain words", " leading space", "trailing space ", "a\ttab", "two\nlines", "“quoted” § 1", "\t"],
)
@pytest.mark.parametrize("style", [None, "Strong"])
def test_a_fast_run_writes_the_same_xml_as_python_docx_add_run(text, style):
    """``add_text_run`` skips python-docx's walk over each character; the XML must not change.

    If python-docx changes how ``Run.text`` or ``CT_R.add_t`` writes a run, this fails first.
    """
    from billkit.render.ooxml import add_text_run

    document = docx.Document()
    slow, fast = document.add_paragraph(), document.add_paragraph()
    slow.add_run(text, style)
    add_text_run(fast, text, style)
    assert [run.element.xml for run in fast.runs] == [run.element.xml for run in slow.runs]


def test_remembered_style_ids_are_the_ones_python_docx_gives():
    """The per-document style cache must answer as python-docx does: id, None for a default, error.

    If python-docx changes how it resolves a style, this fails before any DOCX does.
    """
    from docx.enum.style import WD_STYLE_TYPE

    from billkit.render.docx import _remember_style_ids

    plain, cached = docx.Document(), docx.Document()
    _remember_style_ids(cached)
    asked = [(style.name, style.type) for style in plain.styles if style.type != WD_STYLE_TYPE.LIST]
    asked += [("Normal", WD_STYLE_TYPE.PARAGRAPH), ("Default Paragraph Font", WD_STYLE_TYPE.CHARACTER)]
    for name, kind in asked * 2:  # twice: the second answer comes from the cache
        assert cached.part.get_style_id(name, kind) == plain.part.get_style_id(name, kind)
        style = cached.styles[name]
        assert cached.part.get_style_id(style, kind) == plain.part.get_style_id(plain.styles[name], kind)
    assert cached.part.get_style_id(None, WD_STYLE_TYPE.PARAGRAPH) is None
    for document in (plain, cached):
        with pytest.raises(ValueError, match="need type"):
            document.part.get_style_id("Strong", WD_STYLE_TYPE.PARAGRAPH)
        with pytest.raises(KeyError):
            document.part.get_style_id("No Such Style", WD_STYLE_TYPE.PARAGRAPH)
