"""Line numbers as each state numbers them: on each page, or straight through the bill (Ohio)."""

from __future__ import annotations

import io

import docx
import pytest
from pydantic import ValidationError
from pypdf import PdfReader
from typer.testing import CliRunner

from billkit.build import build_bill
from billkit.cli import app
from billkit.load.jurisdiction import get_record
from billkit.load.schema import LineNumbering
from billkit.render import render
from billkit.render.options import RenderOptions
from billkit.spec import BillSpec

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def ohio_clean(library):
    return build_bill(BillSpec(state="OH", clean=True), library)


def restarts(data: bytes) -> set[str]:
    document = docx.Document(io.BytesIO(data))
    found = {s._sectPr.find(f"{W}lnNumType") for s in document.sections}
    return {n.get(f"{W}restart") if n is not None else "none" for n in found}


def margin_numbers(data: bytes) -> list[list[int]]:
    """For each page, the line numbers drawn in its margin (in their base-14 font)."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        numbers: list[int] = []

        def visit(text, _cm, _tm, font, _size, numbers=numbers):
            if font and font.get("/BaseFont") == "/Times-Roman" and text.strip().isdigit():
                numbers.append(int(text))

        page.extract_text(visitor_text=visit)
        pages.append(numbers)
    return [numbers for numbers in pages if numbers]


def test_ohio_numbers_its_lines_through_the_bill_and_the_data_says_why():
    ohio, texas = get_record("OH").form.line_numbers, get_record("TX").form
    assert ohio.restart == "continuous" and ohio.grade == "strong" and "line 271" in ohio.source
    assert texas.line_numbers is None  # not verified: billkit numbers each page, its default
    with pytest.raises(ValidationError, match="needs a source"):
        LineNumbering(restart="continuous", source=" ", grade="strong")


def test_docx_line_numbering_follows_the_state_unless_overridden(library, ohio_clean):
    california = build_bill(BillSpec(state="CA", clean=True), library)
    assert restarts(render(ohio_clean, "docx", RenderOptions(line_numbers=True))) == {"continuous"}
    assert restarts(render(california, "docx", RenderOptions(line_numbers="state"))) == {"newPage"}
    assert restarts(render(ohio_clean, "docx", RenderOptions(line_numbers="page"))) == {"newPage"}
    assert restarts(render(california, "docx", RenderOptions(line_numbers="continuous"))) == {"continuous"}
    assert restarts(render(ohio_clean, "docx", RenderOptions(line_numbers="off"))) == {"none"}
    with pytest.raises(ValueError, match="line numbers"):
        RenderOptions(line_numbers="sometimes")


def test_pdf_numbers_run_on_across_pages_in_ohio_and_restart_when_asked(ohio_clean):
    continuous = margin_numbers(render(ohio_clean, "pdf", RenderOptions(line_numbers=True)))
    assert len(continuous) >= 3
    flat = [n for page in continuous for n in page]
    assert flat == list(range(1, len(flat) + 1)), "one run of numbers through the bill"
    per_page = margin_numbers(render(ohio_clean, "pdf", RenderOptions(line_numbers="page")))
    assert [page[0] for page in per_page] == [1] * len(per_page)
    assert sum(map(len, per_page)) == len(flat), "the same lines are numbered either way"


def test_the_cli_flag_alone_means_as_the_state_does_and_takes_a_mode(tmp_path):
    runner = CliRunner()

    def draft(*args):
        return runner.invoke(app, ["draft", "--state", "OH", "-f", "docx", *args], catch_exceptions=False)

    assert draft("-o", str(tmp_path / "a"), "--line-numbers").exit_code == 0
    assert restarts((tmp_path / "a" / "oh-model-bill.docx").read_bytes()) == {"continuous"}
    assert draft("--line-numbers", "page", "-o", str(tmp_path / "b")).exit_code == 0
    assert restarts((tmp_path / "b" / "oh-model-bill.docx").read_bytes()) == {"newPage"}
    wrong = draft("--line-numbers", "contiuous", "-o", str(tmp_path / "c"))
    assert wrong.exit_code == 2 and "Did you mean 'continuous'?" in wrong.output
    assert not (tmp_path / "c").exists()
    spec = tmp_path / "bill.toml"
    spec.write_text('state = "OH"\n', encoding="utf-8")
    args = ["draft", "--line-numbers", str(spec), "-f", "docx", "-o", str(tmp_path / "d")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert restarts((tmp_path / "d" / "oh-model-bill.docx").read_bytes()) == {"continuous"}


def test_a_state_whose_numbering_is_not_verified_is_numbered_by_page_with_a_warning(tmp_path):
    args = ["draft", "--state", "TX", "-f", "docx", "--line-numbers", "-o", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0
    assert "Warning: how Texas numbers the lines of its bills is not verified" in result.output
    assert restarts((tmp_path / "tx-model-bill.docx").read_bytes()) == {"newPage"}
