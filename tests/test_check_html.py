"""billkit check reads a bill saved from a legislature's web page (.html): struck-through words are read
apart as what the bill takes away, underlined words as law, and the page's scripts, styles and navigation not
at all.

The statutory wording is Md. Code, Crim. Proc. § 10-302(b) and Cal. Penal Code § 1473.7(a)(1), as quoted in
tests/corpus/ and tests/test_check_reading.py, set in the markup legislatures' sites use.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from billkit.check.printed import without_line
from billkit.check.reading import UnreadableBillError, read_bill
from billkit.check.rules import check_passages
from billkit.cli import app
from test_check_reading import CRIMINAL_JUSTICE, SHIELDED, SUBJECT, VACATUR_LINES

runner = CliRunner()
CHROME = (
    "<head><title>SB 512 Bill Text</title><style>p { margin: 0 }</style>"
    "<script>var menu = 'the court shall vacate the conviction';</script></head>"
)
NAVIGATION = "<nav><a href='/'>Home</a> | <a href='/bills'>Bills</a> | <a href='/law'>Sealed records</a>"
NAVIGATION += "</nav>"


def page(body: str) -> str:
    return f"<!DOCTYPE html><html>{CHROME}<body>{NAVIGATION}{body}</body></html>"


def statuses(path) -> dict[str, str]:
    return {f.id: f.status for f in check_passages(read_bill(path))}


def enacted(path) -> str:
    return " ".join(p.text for p in read_bill(path) if not p.struck)


def struck(path) -> str:
    return " ".join(p.text for p in read_bill(path) if p.struck)


@pytest.mark.parametrize(
    "strike",
    [
        "<strike>{}</strike>",
        "<s>{}</s>",
        "<del>{}</del>",
        '<span style="text-decoration: line-through">{}</span>',
        '<font style="TEXT-DECORATION-LINE:LINE-THROUGH">{}</font>',
        # a class the page's own style sheet strikes through, and one whose name says so (its sheet not saved)
        "<style>p.note {{ color: gray }} .gone, .old {{ color: red; text-decoration: line-through }}</style>"
        '<span class="old">{}</span>',
        '<span class="bill-text strikethrough">{}</span>',
    ],
)
def test_struck_through_words_are_read_apart_and_a_struck_protection_is_contrary(tmp_path, strike):
    path = tmp_path / "sb512.html"
    body = f"<p>{SHIELDED}</p><p>{CRIMINAL_JUSTICE}</p><p>{strike.format(SUBJECT)}</p>"
    path.write_text(page(body), encoding="utf-8")
    assert "criminal justice units" in enacted(path)
    assert "subject of the shielded record" not in enacted(path)
    assert "subject of the shielded record" in struck(path)
    assert statuses(path)["record-access"] == "contrary"


def test_underlined_new_words_are_law(tmp_path):
    path = tmp_path / "sb512.htm"
    new = f"<strike>(4) the court;</strike> <u>{SUBJECT}</u>"
    body = f"<p>{SHIELDED}</p><p>{CRIMINAL_JUSTICE}</p><p>{new}</p>"
    path.write_text(page(body), encoding="utf-8")
    assert "the court;" not in enacted(path)
    assert statuses(path)["record-access"] == "present"


def test_the_page_s_machinery_and_navigation_are_no_part_of_the_bill(tmp_path):
    path = tmp_path / "bill.html"
    path.write_text(page("<p>SECTION 1. This act is the Records Act.</p>"), encoding="utf-8")
    text = enacted(path)
    assert text == "SECTION 1. This act is the Records Act."
    assert statuses(path)["vacatur-for-cause"] == "absent"


def test_a_sentence_broken_by_line_breaks_reads_on_and_is_cited_by_section_and_paragraph(tmp_path):
    path = tmp_path / "ab813.html"
    lines = "<br>\n".join(VACATUR_LINES.splitlines())
    amending = "<p>Section 1473.7 of the Penal Code is amended:</p>"
    path.write_text(page(f"<h3>SEC. 2.</h3>{amending}<p>{lines}</p>"), encoding="utf-8")
    passages = read_bill(path)
    vacatur = next(p for p in passages if "meaningfully understand" in p.text)
    assert "motion to vacate a conviction or sentence for any of the following reasons" in enacted(path)
    assert vacatur.location == "Sec. 2(a)(1), paragraph 3"
    # (testimony cites the bill's own label: the page's paragraph, like a text file's line, means nothing to a
    # committee reading the printed bill)
    assert without_line(vacatur.location) == "Sec. 2(a)(1)" and without_line("paragraph 3") == ""
    assert statuses(path)["vacatur-for-cause"] == "present"


def test_preformatted_text_keeps_its_lines_and_loses_its_margin_numbers(tmp_path):
    path = tmp_path / "hb2044.html"
    numbered = "\n".join(f"{n:>2} {line}" for n, line in enumerate(VACATUR_LINES.splitlines() * 2, start=1))
    path.write_text(page(f"<pre>{numbered}</pre>"), encoding="utf-8")
    assert not any(p.text[:2].strip().isdigit() for p in read_bill(path))
    assert statuses(path)["vacatur-for-cause"] == "present"


def test_a_page_in_windows_1252_is_read(tmp_path):
    path = tmp_path / "bill.html"
    subject = SUBJECT.replace("'", "\u2019")
    path.write_bytes(page(f"<p>{SHIELDED}</p><p>{subject}</p>").encode("cp1252"))
    assert "person\u2019s attorney" in enacted(path)


def test_the_cli_checks_an_html_bill_and_refuses_an_empty_page(tmp_path):
    path = tmp_path / "sb512.html"
    path.write_text(page(f"<p>{SHIELDED}</p><p>{CRIMINAL_JUSTICE}</p><p>{SUBJECT}</p>"), encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 0, result.output
    found = {p["id"]: p["status"] for p in json.loads(result.stdout)["practices"]}
    assert found["record-access"] == "present"
    empty = tmp_path / "empty.html"
    empty.write_text(page(""), encoding="utf-8")
    with pytest.raises(UnreadableBillError, match="no text found"):
        read_bill(empty)
    result = runner.invoke(app, ["check", str(empty)])
    assert result.exit_code == 2 and result.output.startswith("Error: ")


def test_a_class_that_only_looks_like_a_strike_is_read(tmp_path):
    path = tmp_path / "sb512.html"
    style = "<style>.district { font-weight: bold }</style>"
    body = f"{style}<p>{SHIELDED}</p><p>{CRIMINAL_JUSTICE}</p><p class='district restricted'>{SUBJECT}</p>"
    path.write_text(page(body), encoding="utf-8")
    assert "subject of the shielded record" in enacted(path)
    assert statuses(path)["record-access"] == "present"
