"""billkit check reads a bill copied with its page's layout: the line numbers in its margin, on each line or
on lines of their own, and double spacing.

The bills are real tuning-split texts of ``tests/corpus/`` (each file names its citation and source), laid
out again here the way a legislature prints a bill: numbered lines, 1 to 25 on each page or straight through,
and a blank line after every line. Each must read exactly as its plain copy does.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from billkit.check.layout import as_printed, double_spaced, margin, plain_letters
from billkit.check.reading import read_bill
from billkit.check.rules import check_passages
from corpus_scores import CORPUS
from test_check_reading import write_pdf

READ_RIGHT = (
    "tx-code-crim-proc-art-11-072-secs-1-4.txt",  # vacatur present
    "tn-code-40-19-101-102.txt",  # vacatur contrary
    "pa-42-pacs-6307-a.txt",  # own records present
    "tx-fam-code-58-259.txt",  # own records contrary
    "ut-code-77-40a-403.txt",  # federal records contrary
    "ak-stat-12-72-020-18-month.txt",  # court power contrary
)
"""Tuning texts whose reading matches their labels, and which read as nothing once their lines were numbered,
before the margin was read."""


def corpus_text(name: str) -> tuple[str, str]:
    head, body = (CORPUS / name).read_text(encoding="utf-8").split("\n---\n", 1)
    return head + "\n---\n", body


def as_bill_lines(body: str, width: int = 64) -> list[str]:
    """The excerpt set as a printed bill sets it: each paragraph wrapped to the page's measure."""
    lines: list[str] = []
    for paragraph in body.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False) or [""]
    return lines


def numbered(lines: list[str], per_page: int | None = 25) -> list[str]:
    """Each line with its number at its start, again from 1 on each page, or straight through."""
    return [f"{(i % per_page if per_page else i) + 1:>3} {line}".rstrip() for i, line in enumerate(lines)]


def numbers_apart(lines: list[str], per_page: int = 25) -> list[str]:
    """Each line with its number on a line of its own before it, as a PDF's margin is sometimes copied."""
    return [part for i, line in enumerate(lines) for part in (str(i % per_page + 1), line)]


def double(lines: list[str]) -> list[str]:
    return [part for line in lines for part in (line, "")]


def pdftotext_pages(lines: list[str], per_page: int = 25) -> list[str]:
    """The lines as ``pdftotext`` copies a printed bill: a page feed before each page after the first, the
    bill's name at each page's top and its number at the foot, blank lines beside them."""
    out: list[str] = []
    for start in range(0, len(lines), per_page):
        page = start // per_page + 1
        out += [("\f" if start else "") + "H.B. 2044 - Introduced", "", *lines[start : start + per_page]]
        out += ["", f"Page {page} of {len(lines) // per_page + 1}"]
    return [*out, "\f"]


def ligatures(lines: list[str]) -> list[str]:
    """The lines as a typeset PDF's text gives them: "fi", "fl", "ff", "ffi" and "ffl" each one sign."""
    signs = {"ffi": "\ufb03", "ffl": "\ufb04", "fi": "\ufb01", "fl": "\ufb02", "ff": "\ufb00"}
    joined = []
    for line in lines:
        for letters, sign in signs.items():
            line = line.replace(letters, sign)
        joined.append(line)
    return joined


def statuses(path) -> dict[str, str]:
    return {f.id: f.status for f in check_passages(read_bill(path))}


LAYOUTS = {
    "numbered on each page": numbered,
    "numbered straight through": lambda lines: numbered(lines, per_page=None),
    "numbers on lines of their own": numbers_apart,
    "double-spaced": double,
    "numbered and double-spaced": lambda lines: numbered(double(lines)),
    "copied by pdftotext": lambda lines: pdftotext_pages(lines),
    "numbered and copied by pdftotext": lambda lines: pdftotext_pages(numbered(lines)),
    "typeset ligatures": ligatures,
    "zero-width spaces": lambda lines: [line.replace("ex", "e\u200bx") for line in lines],
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", READ_RIGHT)
def test_a_bill_reads_the_same_in_its_printed_layout(tmp_path, name, layout):
    head, body = corpus_text(name)
    plain, laid_out = tmp_path / "plain.txt", tmp_path / "laid-out.txt"
    lines = as_bill_lines(body)
    plain.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    laid_out.write_text(head + "\n".join(LAYOUTS[layout](lines)) + "\n", encoding="utf-8")
    assert statuses(laid_out) == statuses(plain)
    wanted = [p.text for p in read_bill(plain)]
    assert [p.text for p in read_bill(laid_out)] == wanted


def test_the_margin_s_numbers_leave_the_text_and_its_line_locations_stand(tmp_path):
    head, body = corpus_text("ut-code-77-40a-403.txt")
    lines = as_bill_lines(body)
    path = tmp_path / "bill.txt"
    path.write_text(head + "\n".join(numbered(lines)) + "\n", encoding="utf-8")
    passages = read_bill(path)
    assert not any(p.text[:1].isdigit() and " " in p.text[:4] for p in passages)
    first = next(p for p in passages if not p.struck)
    line = int(first.location.rsplit("line ", 1)[1])
    assert first.text.startswith(numbered(lines)[line - 1 - head.count("\n")].split(None, 1)[1][:20])


def test_a_pdf_with_numbered_lines_reads_as_one_without(tmp_path):
    _, body = corpus_text("tx-code-crim-proc-art-11-072-secs-1-4.txt")
    lines = as_bill_lines(body, width=80)
    pages = [lines[i : i + 25] for i in range(0, len(lines), 25)]
    plain, laid_out = tmp_path / "plain.pdf", tmp_path / "numbered.pdf"
    write_pdf(plain, ["\n".join(page) for page in pages])
    write_pdf(laid_out, ["\n".join(numbered(page)) for page in pages])
    assert statuses(laid_out) == statuses(plain)
    assert statuses(plain)["vacatur-for-cause"] == "present"
    assert [p.text for p in read_bill(laid_out)] == [p.text for p in read_bill(plain)]
    # (each sentence is cited by its page and the margin's number of the line it starts on, as an amendment
    # cites it: "Sec. 2(b), page 1, line 6")
    cited = 0
    for passage in read_bill(laid_out):
        page, line = re.search(r"page (\d+), line (\d+)$", passage.location).groups()
        printed = pages[int(page) - 1][int(line) - 1]
        assert passage.text.split()[0] in printed.split()  # the sentence starts on the line cited
        cited += passage.text.startswith(printed[:30])
    assert cited >= 10
    assert read_bill(plain)[0].location == "Sec. 1, page 1"  # no margin, no line to cite


def test_a_run_of_numbers_goes_on_from_page_to_page():
    page_one = [f"{n} the court shall vacate" for n in range(1, 26)]
    page_two = ["1 the judgment of", "2 conviction."]
    found = margin(page_one + page_two)
    assert found.lines[-2:] == ["the judgment of", "conviction."]
    assert found.numbers[len(page_one)] == 1


@pytest.mark.parametrize(
    "lines",
    [
        # Three items numbered without stops are a list, not a margin.
        ["1 year after the judgment;", "2 years after the sentence;", "3 years after release."],
        # A sentence that runs over a line onto a number.
        ["The petition shall be filed within", "30 days after the judgment.", "The court shall rule."],
        # Items numbered with full stops are a list's.
        [f"{n}. The court shall vacate the judgment." for n in range(1, 9)],
    ],
)
def test_numbers_that_are_no_margin_stay(lines):
    assert margin(lines).lines == lines


def test_a_bare_number_numbers_a_blank_line_where_the_numbered_lines_carry_text():
    lines = [
        "1 Sec. 1. The court shall vacate",
        "2 the judgment.",
        "3",
        "4 Sec. 2. The clerk shall",
        "5 notify.",
    ]
    assert [line.text for line in as_printed(lines)] == [
        "Sec. 1. The court shall vacate",
        "the judgment.",
        "",
        "Sec. 2. The clerk shall",
        "notify.",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "elgin-il-res-25-196.txt",  # WHEREAS clauses, each ending "; and"
        "la-code-crim-proc-arts-351-362-369.txt",  # headings that stop on a word: "HABEAS CORPUS"
        "mn-sf204-94th-2025-609a-06.txt",  # lines that open "deleted text begin"
        "tn-code-40-19-101-102.txt",
    ],
)
def test_a_statute_copied_one_paragraph_a_line_with_blank_lines_between_is_not_double_spaced(name):
    _, body = corpus_text(name)
    lines = body.split("\n")
    assert not double_spaced(lines)
    assert [line.text for line in as_printed(lines)] == lines


def test_a_wrapped_copy_with_a_blank_line_after_each_line_is_double_spaced():
    _, body = corpus_text("tn-code-40-19-101-102.txt")
    assert double_spaced(double(as_bill_lines(body)))
    assert not double_spaced(as_bill_lines(body))


def test_joined_letters_are_written_out_in_every_format(tmp_path):
    from docx import Document

    assert plain_letters("o\ufb00ense con\ufb01dential \ufb02ag su\ufb03cient ba\ufb04e") == (
        "offense confidential flag sufficient baffle"
    )
    path = tmp_path / "bill.docx"
    document = Document()
    document.add_paragraph(ligatures(["The court shall vacate the conviction for a legal defect."])[0])
    document.add_paragraph("The records are con\ufb01dential and shall not be shared with ICE.")
    document.save(path)
    assert "confidential" in " ".join(p.text for p in read_bill(path))


def test_a_sentence_runs_on_over_a_page_turn_in_a_pdftotext_copy(tmp_path):
    from test_check_reading import VACATUR_LINES  # Cal. Penal Code § 1473.7(a)(1)

    lines = VACATUR_LINES.splitlines()
    pages = [
        ["Assembly Bill No. 813", "", *lines[:3], "", "- 1 -"],
        ["\fAssembly Bill No. 813", "", *lines[3:], "", "- 2 -"],
    ]
    path = tmp_path / "ab813.txt"
    path.write_text("\n".join(line for page in pages for line in page) + "\n\f", encoding="utf-8")
    text = " ".join(p.text for p in read_bill(path))
    assert "prejudicial error damaging the moving party's ability to meaningfully understand" in text
    assert "Assembly Bill" not in text and "- 2 -" not in text
    assert statuses(path)["vacatur-for-cause"] == "present"
