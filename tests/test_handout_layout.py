"""Handouts as printed: the trainer's organization, the community handout's date, quotes and pages."""

from __future__ import annotations

import io
import re

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from billkit.build.handout import build_handout
from billkit.cli import app
from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.model import Bullets, Heading
from billkit.render import render
from billkit.render.options import RenderOptions
from billkit.render.pdf import lay_out
from billkit.spec import HandoutSpec

runner = CliRunner()


def pdf_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_trainer_handouts_name_the_organization_on_every_sheet_without_a_page_more(tmp_path):
    args = ["handout", "-f", "pdf", "-o"]
    assert runner.invoke(app, [*args, str(tmp_path / "plain")]).exit_code == 0
    named = [*args, str(tmp_path / "named"), "--org", "Friends of Due Process", "--org", "Bay Legal"]
    assert runner.invoke(app, named).exit_code == 0
    plain, pages = pdf_text(tmp_path / "plain" / "handout.pdf"), pdf_text(tmp_path / "named" / "handout.pdf")
    assert len(pages) == len(plain)
    sheets = [page for page in pages if "Practice " in page[:200] or page.startswith("Clean Slate")]
    assert len(sheets) == 7
    assert all("Presented by Friends of Due Process and Bay Legal" in page for page in sheets)
    assert not any("Presented by" in page for page in plain)


def test_the_community_handout_says_when_it_was_made_from_the_given_date(tmp_path, monkeypatch):
    base = ["handout", "--audience", "community", "-f", "pdf", "-o"]
    assert runner.invoke(app, [*base, str(tmp_path / "en"), "--date", "2027-03-04"]).exit_code == 0
    assert (
        "It is not legal advice. Updated March 4, 2027."
        in pdf_text(tmp_path / "en" / "handout-community-en.pdf")[-1]
    )
    es = [*base, str(tmp_path / "es"), "--lang", "es", "--date", "2027-03-04"]
    assert runner.invoke(app, es).exit_code == 0
    assert "Actualizada el 4 de marzo de 2027." in pdf_text(tmp_path / "es" / "handout-community-es.pdf")[-1]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # 15 January 2027
    made = []
    for run in ("a", "b"):
        assert runner.invoke(app, [*base, str(tmp_path / run)]).exit_code == 0
        made.append((tmp_path / run / "handout-community-en.pdf").read_bytes())
    assert made[0] == made[1]
    assert "Updated January 15, 2027." in pdf_text(tmp_path / "a" / "handout-community-en.pdf")[-1]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_community_handouts_use_typographic_quotes_for_every_state(lang):
    straight = {}
    for code in [None, *all_jurisdiction_codes()]:
        handout = build_handout(HandoutSpec(audience="community", lang=lang, state=code), None)
        for block in handout.blocks:
            runs = [r for item in block.items for r in item] if isinstance(block, Bullets) else block.runs
            text = "".join(run.text for run in runs)
            if re.search("[\"']", text):
                straight[code] = text
    assert straight == {}


def sections(handout) -> list[tuple[str, str]]:
    """(heading, the last words of the section) for each section of a community handout."""
    out, heading, last = [], None, ""
    for block in handout.blocks:
        if isinstance(block, Heading) and block.role == "section-title":
            if heading:
                out.append((heading, last))
            heading = block.text
        runs = block.items[-1] if isinstance(block, Bullets) else block.runs
        last = "".join(run.text for run in runs)
    return [*out, (heading, last)]


@pytest.mark.parametrize(("lang", "state"), [("en", None), ("es", None), ("en", "TX"), ("es", "NY")])
def test_community_sections_are_not_split_and_the_back_is_not_mostly_empty(lang, state):
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
    pdf = render(handout, "pdf")
    pages = [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    for heading, last in sections(handout):
        where = [i for i, page in enumerate(pages) if re.sub(r"\s+", "", heading) in page]
        ends = [i for i, page in enumerate(pages) if re.sub(r"\s+", "", last)[-40:] in page]
        assert where and where == ends[-1:], heading
    back = lay_out(handout, RenderOptions()).pages.pages[-1]._page_box
    bottom = max(box.position_y + box.height for box in back.descendants() if box.element_tag == "p")
    assert bottom / back.height > 0.45, "the back of the sheet is more than half empty"


def test_handout_header_and_footer_use_the_body_font(library):
    for spec in (HandoutSpec(), HandoutSpec(audience="community", lang="es")):
        document = docx.Document(io.BytesIO(render(build_handout(spec, library), "docx")))
        assert {document.styles[name].font.name for name in ("Header", "Footer")} == {"Liberation Sans"}


def test_with_no_date_given_the_community_handout_says_when_its_words_were_reviewed(tmp_path, monkeypatch):
    """The blind legal read of 2026-11-30: "Updated January 1, 2026" was the fixed file date, not a review
    date. With no --date and no SOURCE_DATE_EPOCH the line gives the words file's own review date."""
    from billkit.load.library import load_community_text

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    reviewed = load_community_text("en").reviewed
    assert (
        runner.invoke(app, ["handout", "--audience", "community", "-f", "pdf", "-o", str(tmp_path)]).exit_code
        == 0
    )
    last = pdf_text(tmp_path / "handout-community-en.pdf")[-1]
    assert f"Updated {reviewed:%B} {reviewed.day}, {reviewed.year}." in last
    assert "January 1, 2026" not in last
