"""billkit check reads a bill as printed: mended line breaks, struck text left out, Windows files,
size limits, progress on long PDFs, and locations a lawyer can cite.

The statutory wording is quoted from tests/corpus/ (Cal. Penal Code § 1473.7(a), Md. Code, Crim.
Proc. § 10-302, Minn. Stat. § 609A.01) and laid out the way each state prints its bills.
"""

from __future__ import annotations

import io
import json
import sys

import pytest
from typer.testing import CliRunner

from billkit.check import reading
from billkit.check.printed import Labels, mend, vocabulary
from billkit.check.reading import SECTION_HEAD, UnreadableBillError, read_bill
from billkit.check.rules import check_passages
from billkit.cli import app

runner = CliRunner()

# Cal. Penal Code § 1473.7(a)(1), broken where a printed line would break it.
VACATUR_LINES = (
    "(a) A person who is no longer in criminal custody may file a motion to vacate a con-\n"
    "viction or sentence for any of the following reasons:\n"
    "(1) The conviction or sentence is legally invalid due to prejudi-\n"
    "cial error damaging the moving party's ability to meaning-\n"
    "fully understand, defend against, or knowingly accept the actual or potential adverse immi-\n"
    "gration consequences of a conviction or sentence.\n"
)
# Md. Code, Crim. Proc. § 10-302(b), items (1) and (4).
SHIELDED = "(b) A shielded record shall remain fully accessible by:"
CRIMINAL_JUSTICE = "(1) criminal justice units for legitimate criminal justice purposes;"
SUBJECT = "(4) the person who is the subject of the shielded record and that person's attorney;"
NEW_YORK_EXPLANATION = (
    "EXPLANATION--Matter in italics (underscored) is new; matter in brackets\n"
    "                     [ ] is old law to be omitted.\n"
)


def statuses(passages) -> dict[str, str]:
    return {f.id: f.status for f in check_passages(passages)}


def text_of(path) -> str:
    """The bill's text as it would read if enacted: struck matter is read apart (``Passage.struck``)."""
    return " ".join(p.text for p in read_bill(path) if not p.struck)


def struck_of(path) -> str:
    return " ".join(p.text for p in read_bill(path) if p.struck)


def write_pdf(path, pages: list[str]) -> None:
    """A PDF whose lines break exactly where the given text breaks, one string a page."""
    from html import escape

    from weasyprint import HTML

    body = "".join(f'<pre style="break-after: page">{escape(page)}</pre>' for page in pages)
    page_style = "<style>@page { size: A4; margin: 2cm } pre { font: 9pt serif }</style>"
    path.write_bytes(HTML(string=page_style + body).write_pdf())


# Words hyphenated across line ends


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_words_broken_at_a_line_end_are_joined(tmp_path, suffix):
    path = tmp_path / f"bill{suffix}"
    if suffix == ".pdf":
        write_pdf(path, [VACATUR_LINES])
    else:
        path.write_text(VACATUR_LINES, encoding="utf-8")
    text = text_of(path)
    assert "vacate a conviction or sentence" in text
    assert "legally invalid due to prejudicial error damaging" in text
    assert "ability to meaningfully understand" in text
    assert "adverse immigration consequences" in text
    assert statuses(read_bill(path))["vacatur-for-cause"] == "present"


@pytest.mark.parametrize(
    ("before", "after", "mended"),
    [
        ("for expunge-", "ment of a police record", "for expungement of a police record"),
        ("a non-", "citizen defendant", "a non-citizen defendant"),
        ("an order of set-", "aside", "an order of set-aside"),
        ("a petition for post-", "conviction relief", "a petition for post-conviction relief"),
        ("the Non-", "Citizen", "the Non-Citizen"),
    ],
)
def test_known_compounds_keep_their_hyphen_and_broken_words_lose_it(before, after, mended):
    assert mend([("line 1", before), ("line 2", after)], frozenset())[0] == mended


def test_the_bill_s_own_spelling_decides_a_compound():
    joined_elsewhere = vocabulary("A postconviction motion.")
    assert (
        mend([("l", "a post-"), ("l", "conviction motion")], joined_elsewhere)[0] == "a postconviction motion"
    )
    hyphenated_elsewhere = vocabulary("A pre-plea diversion program.")
    assert mend([("l", "pre-"), ("l", "plea")], hyphenated_elsewhere)[0] == "pre-plea"
    assert mend([("l", "record-"), ("l", "clearance")], vocabulary("record-clearance law"))[0] == (
        "record-clearance"
    )


def test_a_word_in_capitals_broken_twice_is_joined_though_its_first_piece_is_in_the_vocabulary():
    # N.Y. S. 2403, 2023-2024 Reg. Sess. (N.Y. 2023), proposed Crim. Proc. Law § 160.57(4)(C)-(D)
    # (tests/corpus/ny-s2403-2023.txt): "AN APPLICA-" over "TION" twice; "APPLICA" is printed only where
    # it breaks the word
    printed = (
        "OF  LICENSES  TO POSSESS GUNS, WHEN SUCH INDIVIDUAL HAS MADE AN APPLICA-\n"
        "TION FOR SUCH A LICENSE;\n"
        "SECTION 1.20 OF THIS CHAPTER, IN  RELATION TO SUCH INDIVIDUAL'S APPLICA-\n"
        "TION FOR EMPLOYMENT AS A POLICE  OFFICER  OR  PEACE  OFFICER;"
    )
    words = vocabulary(printed)
    assert "applica-" in words and "immigration-" not in words
    assert mend([("l", "AN APPLICA-"), ("l", "TION FOR")], words)[0] == "AN APPLICATION FOR"
    # a first half the bill prints whole keeps the hyphen
    words = vocabulary("IMMIGRATION STATUS; AN IMMIGRATION-\nRELATED CONSEQUENCE")
    assert mend([("l", "AN IMMIGRATION-"), ("l", "RELATED CONSEQUENCE")], words)[0] == (
        "AN IMMIGRATION-RELATED CONSEQUENCE"
    )


# Struck text


def new_york_bill(*lines: str) -> str:
    return "\n".join(lines) + "\n\n" + NEW_YORK_EXPLANATION


def test_bracketed_old_law_is_left_out_when_the_bill_says_so(tmp_path):
    path = tmp_path / "a1234.txt"
    path.write_text(new_york_bill(SHIELDED, CRIMINAL_JUSTICE, f"[{SUBJECT}]"), encoding="utf-8")
    text = text_of(path)
    assert "criminal justice units" in text and "subject of the shielded record" not in text
    assert "subject of the shielded record" in struck_of(path)  # read apart, for what the bill takes away
    # (the struck item is read after the printed lead it finishes: striking the person from those who may see
    # the record takes their access away)
    assert statuses(read_bill(path))["record-access"] == "contrary"


def test_new_matter_in_capitals_counts(tmp_path):
    path = tmp_path / "a1234.txt"
    new = SUBJECT.upper().replace("(4) ", "(4) ")
    path.write_text(new_york_bill(SHIELDED, CRIMINAL_JUSTICE, "[(4) the court;]", new), encoding="utf-8")
    assert "the court;" not in text_of(path)
    assert statuses(read_bill(path))["record-access"] == "present"


def test_brackets_are_read_when_the_bill_does_not_say_they_strike(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("\n".join([SHIELDED, CRIMINAL_JUSTICE, f"[{SUBJECT}]"]), encoding="utf-8")
    assert "subject of the shielded record" in text_of(path)
    assert statuses(read_bill(path))["record-access"] == "present"


@pytest.mark.parametrize(
    "heading",
    [
        # a model act's capitalised title beside a drafter's blank (words written for this test)
        "[STATE] CLEAN SLATE AND IMMIGRANT PROTECTION ACT OF 2027",
        "[insert name of state] RECORD CLEARANCE AND FAIRNESS ACT",
        # a drafter's note that bracketed words are a choice, not struck law
        "Bracketed language is optional and may be deleted by the enacting state.",
    ],
)
def test_a_drafters_blanks_and_choices_in_brackets_are_read(tmp_path, heading):
    path = tmp_path / "model.txt"
    path.write_text("\n".join([heading, SHIELDED, CRIMINAL_JUSTICE, f"[{SUBJECT}]"]), encoding="utf-8")
    assert "subject of the shielded record" in text_of(path)
    assert statuses(read_bill(path))["record-access"] == "present"


def test_old_law_in_brackets_beside_new_capitals_is_struck_without_a_legend(tmp_path):
    path = tmp_path / "hb12.txt"
    new = "THE PERSON WHO IS THE SUBJECT OF THE SHIELDED RECORD MAY INSPECT IT."
    path.write_text("\n".join([SHIELDED, CRIMINAL_JUSTICE, f"[{SUBJECT}] {new}"]), encoding="utf-8")
    assert "subject of the shielded record and that" not in text_of(path)
    assert new in text_of(path)


def test_a_billkit_draft_keeps_its_bracketed_placeholders(library, tmp_path):
    from billkit.build import build_bill
    from billkit.render import render
    from billkit.spec import BillSpec

    bill = build_bill(BillSpec(clauses=("short-title", "record-access")), library)
    for fmt in ("md", "docx"):
        path = tmp_path / f"draft.{fmt}"
        path.write_bytes(render(bill, fmt))
        text = text_of(path)
        assert "Within [30] days after receiving a request, [the central repository]" in text


def test_struck_old_law_spanning_lines_keeps_the_line_numbers(tmp_path):
    path = tmp_path / "s5678.txt"
    body = [
        "§ 10-302. Shielded records.",
        SHIELDED,
        "[(2) the State Police;",
        "(3) the county sheriff;]",
        SUBJECT,
    ]
    path.write_text(new_york_bill(*body), encoding="utf-8")
    passages = read_bill(path)
    assert "State Police" not in text_of(path) and "county sheriff" not in text_of(path)
    subject = next(p for p in passages if "subject of the shielded record" in p.text)
    assert subject.location == "§ 10-302(b)(4), line 5"


def test_strike_through_in_a_docx_is_left_out_and_tracked_insertions_are_read(tmp_path):
    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    document.add_paragraph(SHIELDED)
    document.add_paragraph(CRIMINAL_JUSTICE)
    struck = document.add_paragraph("(4) ")
    struck.add_run(SUBJECT.removeprefix("(4) ")).font.strike = True
    double = document.add_paragraph("(5) ")
    double.add_run(SUBJECT.removeprefix("(4) ")).font.double_strike = True
    path = tmp_path / "struck.docx"
    document.save(path)
    assert "subject of the shielded record" not in text_of(path)
    assert statuses(read_bill(path))["record-access"] == "absent"

    inserted = document.add_paragraph("(6) ")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "Counsel")
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = SUBJECT.removeprefix("(4) ")
    run.append(words)
    ins.append(run)
    inserted._p.append(ins)
    document.save(path)
    assert statuses(read_bill(path))["record-access"] == "present"


def test_markdown_strike_through_is_left_out(tmp_path):
    path = tmp_path / "bill.md"
    path.write_text(f"{SHIELDED}\n\n{CRIMINAL_JUSTICE}\n\n~~{SUBJECT}~~\n", encoding="utf-8")
    assert "subject of the shielded record" not in text_of(path)
    assert statuses(read_bill(path))["record-access"] == "contrary"  # the person struck from the list


def test_washington_double_parentheses_are_left_out_in_an_amended_section(tmp_path):
    path = tmp_path / "sb5000.txt"
    lines = [
        "Sec. 2. RCW 10.97.060 and 2012 c 125 s 2 are each amended to read as follows:",
        SHIELDED,
        f"(({SUBJECT}))",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "subject of the shielded record" not in text_of(path)


def test_words_an_amending_section_strikes_by_quoting_them_are_struck(tmp_path):
    # (an amending section in plain type, as many states print one: the quoted words it strikes are struck
    # matter, shown as "…" where they stood; the words it inserts are read)
    path = tmp_path / "hb212.txt"
    path.write_text(
        "SECTION 1. Section 2961.14 of the Revised Code is amended as follows:\n"
        '(A) In division (F), strike the words "Inspection of the sealed records may be made only upon\n'
        'order of the court" and insert in lieu thereof the words "The person who is the subject of\n'
        'the sealed records may inspect them upon written request".\n',
        encoding="utf-8",
    )
    assert "only upon order" not in text_of(path) and "strike the words “…” and insert" in text_of(path)
    assert "Inspection of the sealed records may be made only upon order" in struck_of(path)
    assert "may inspect them upon written request" in text_of(path)


# Windows text files


@pytest.mark.parametrize(
    "encoding", ["cp1252", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-8-sig", "utf-8"]
)
def test_windows_text_files_are_read(tmp_path, encoding):
    text = "§ 10-302. “Shielding”.\r\n" + SUBJECT.replace("person's", "person’s") + "\r\n"
    boms = {"utf-16-le-bom": (b"\xff\xfe", "utf-16-le"), "utf-16-be-bom": (b"\xfe\xff", "utf-16-be")}
    bom, codec = boms.get(encoding, (b"", encoding))
    path = tmp_path / "bill.txt"
    path.write_bytes(bom + text.encode(codec))
    read = text_of(path)
    assert "“Shielding”" in read and "that person’s attorney" in read
    assert "\ufeff" not in read


@pytest.mark.parametrize(
    "content",
    ["Sección 10-302".encode("utf-16-le"), b"Secci\x81n 10-302 \xff\xfe", b"\x00\x01binary"],
    ids=["utf-16-without-bom", "not-windows-1252", "binary"],
)
def test_undecodable_text_is_a_one_line_error_with_a_hint(tmp_path, content):
    path = tmp_path / "bill.txt"
    path.write_bytes(content)
    with pytest.raises(UnreadableBillError, match="not UTF-8 text") as caught:
        read_bill(path)
    assert "save it as UTF-8" in caught.value.hint
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "save it as UTF-8" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# Size limits


@pytest.mark.parametrize(
    ("suffix", "limit"), [(".txt", reading.MAX_TEXT_MB), (".pdf", reading.MAX_DOCUMENT_MB)]
)
def test_a_file_over_the_size_limit_is_refused(tmp_path, suffix, limit):
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as handle:
        handle.truncate(limit * reading.MB + 1)
    with pytest.raises(UnreadableBillError, match=f"at most {limit} MB"):
        read_bill(path)
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"at most {limit} MB" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_the_limits_are_the_ones_the_readme_states():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert reading.MAX_DOCUMENT_MB == 20 and reading.MAX_TEXT_MB == 5
    assert "20 MB" in readme and "5 MB" in readme


# Progress on a long PDF


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("long") / "long.pdf"
    filler = f"{SHIELDED}\n{CRIMINAL_JUSTICE}\n"
    write_pdf(path, [f"Sec. {n}. Records.\n{filler}" for n in range(1, reading.PROGRESS_PAGES + 4)])
    return path


def test_a_long_pdf_shows_progress_on_a_terminal_s_stderr(long_pdf, monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    read_bill(long_pdf)
    assert "Reading long.pdf" in terminal.getvalue()
    assert capsys.readouterr().out == ""


def test_progress_is_not_shown_when_stderr_is_not_a_terminal(long_pdf, monkeypatch):
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    passages = read_bill(long_pdf)
    assert quiet.getvalue() == ""
    last = reading.PROGRESS_PAGES + 3
    assert passages[-1].location == f"Sec. {last}(b)(1), page {last}"
    result = runner.invoke(app, ["check", str(long_pdf), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["file"] == str(long_pdf)


def test_a_short_pdf_shows_no_progress_even_on_a_terminal(tmp_path, monkeypatch):
    path = tmp_path / "short.pdf"
    write_pdf(path, [VACATUR_LINES])
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    read_bill(path)
    assert terminal.getvalue() == ""


# Locations a lawyer can cite


def location_of(passages, words: str) -> str:
    return next(p.location for p in passages if words in p.text)


def test_a_new_york_subdivision_and_paragraph_are_cited_with_the_section(tmp_path):
    path = tmp_path / "s1056.txt"
    lines = [
        "Section 1. Section 160.59 of the criminal procedure law is amended to read as follows:",
        "§ 160.59. Sealing after a delayed period. 1. Definitions. As used in this section, the",
        "following terms shall have the following meanings:",
        '(a) "Eligible offense" shall mean any crime defined in the laws of this state.',
        "9. Where the court orders sealing pursuant to this section:",
        "(a) all official records shall be sealed;",
        "(b) the records shall be made available to the person accused or to such person's",
        "designated agent.",
        "§ 2. This act shall take effect immediately.",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    passages = read_bill(path)
    assert location_of(passages, "Section 160.59 of the") == "Section 1, line 1"
    assert location_of(passages, "As used in this section") == "§ 160.59(1), line 2"
    assert location_of(passages, "Eligible offense") == "§ 160.59(1)(a), line 4"
    assert location_of(passages, "all official records") == "§ 160.59(9)(a), line 6"
    assert location_of(passages, "designated agent") == "§ 160.59(9)(b), line 7"
    assert location_of(passages, "take effect") == "§ 2, line 9"


def test_the_location_is_the_line_of_the_sentence_itself(tmp_path):
    path = tmp_path / "mn.txt"
    statute = (
        "609A.01 EXPUNGEMENT OF CRIMINAL RECORDS.\n\n"
        "This chapter provides the grounds and procedures for expungement of criminal\n"
        "records under section 13.82; 152.18, subdivision 1; or other applicable law. The\n"
        "remedy available is limited to a court order or grant of expungement under section\n"
        "609A.015 sealing the records and prohibiting the disclosure of their existence or\n"
        "their opening except under court order or statutory authority. Nothing in this\n"
        "chapter authorizes the destruction of records or their return to the subject of\n"
        "the records.\n"
    )
    path.write_text(statute, encoding="utf-8")
    passages = read_bill(path)
    assert location_of(passages, "The remedy available") == "line 4"
    assert location_of(passages, "Nothing in this chapter") == "line 7"
    assert location_of(passages, "This chapter provides") == "line 3"


def test_docx_paragraphs_are_cited_by_section_and_subsection(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph(
        "Sec. 3. (a) This subtitle does not apply to a conviction of a domestically related crime."
    )
    document.add_paragraph(SHIELDED)
    document.add_paragraph(CRIMINAL_JUSTICE)
    document.add_paragraph(SUBJECT)
    path = tmp_path / "hb12.docx"
    document.save(path)
    passages = read_bill(path)
    assert location_of(passages, "domestically related") == "Sec. 3(a), paragraph 1"
    assert location_of(passages, "subject of the shielded record") == "Sec. 3(b)(4), paragraph 4"
    access = next(f for f in check_passages(passages) if f.id == "record-access")
    assert access.evidence[0].location.startswith("Sec. 3(b)")


def test_pdf_sentences_are_cited_by_section_and_page(tmp_path):
    path = tmp_path / "sb5.pdf"
    write_pdf(path, ["SECTION 1. SHORT TITLE. This act is the Records Act.", f"SECTION 4.\n{VACATUR_LINES}"])
    passages = read_bill(path)
    assert location_of(passages, "Records Act") == "Section 1, page 1"
    assert location_of(passages, "prejudicial error") == "Section 4(a)(1), page 2"


@pytest.mark.parametrize(
    ("labels", "cited"),
    [
        (["(h) Eighth.", "(i) Ninth."], "Sec. 1(i)"),
        (["(a) First.", "(1) One.", "(i) Roman one.", "(ii) Roman two."], "Sec. 1(a)(1)(ii)"),
        (["(a) First.", "(1) One.", "(A) Capital.", "(b) Second."], "Sec. 1(b)"),
    ],
)
def test_subsection_levels_nest_in_the_order_the_bill_uses(tmp_path, labels, cited):
    path = tmp_path / "bill.txt"
    path.write_text("\n".join(["Sec. 1. Levels.", *labels]), encoding="utf-8")
    assert read_bill(path)[-1].location == f"{cited}, line {len(labels) + 1}"


def test_a_heading_that_names_its_subsection_is_read_as_its_label(tmp_path):
    """Some bills head each paragraph with its whole cite ("Sec. 3(b). The person ..."); the quote is
    cited there, not by the line alone or under the section before it."""
    path = tmp_path / "bill.txt"
    path.write_text(
        "Sec. 5. This act takes effect July 1.\n"
        "Sec. 3(b). The person who is the subject of a sealed record may inspect it.\n"
        "§ 160.59(9)(a). Records shall be sealed.\n"
        "(b) Records of the court shall be sealed.\n",
        encoding="utf-8",
    )
    passages = read_bill(path)
    assert location_of(passages, "subject of a sealed record") == "Sec. 3(b), line 2"
    assert location_of(passages, "Records shall be sealed") == "§ 160.59(9)(a), line 3"
    assert location_of(passages, "Records of the court") == "§ 160.59(9)(b), line 4"
    assert Labels().read("Sec. 3(b) of this act applies.")[0] == ""  # a cross-reference, not a heading


def test_without_a_section_heading_the_location_is_the_line(tmp_path):
    path = tmp_path / "bill.txt"
    path.write_text(f"{SHIELDED}\n{CRIMINAL_JUSTICE}\n{SUBJECT}\n", encoding="utf-8")
    assert location_of(read_bill(path), "subject of the shielded") == "line 3"


def test_a_washington_new_section_is_read_as_a_section():
    """Washington marks a section that adds law "NEW SECTION. Sec. 2."; the reader takes its label,
    and a billkit note before it does not swallow it."""
    labels = Labels()
    assert labels.read("NEW SECTION. Sec. 2. (1) The department shall ...")[0] == "Sec. 2(1)"
    assert SECTION_HEAD.match("NEW SECTION. Sec. 12. This act may be cited as ...")
    assert SECTION_HEAD.match("NEW  SECTION.  Sec.  6. (a) The court")  # as pypdf spaces a justified line
    # A note's line that opens with a citation does not end the note (a Washington draft's note read
    # as law until this was fixed).
    assert not SECTION_HEAD.match("§ 9.94A.640, which calls it “vacation”, and also under")
    assert SECTION_HEAD.match("Art. 55A.051. Definitions.")


# A header of YAML keys above the bill


FRONT_MATTER = (
    'citation: "S. 2241, 2025–2026 Leg., Reg. Sess. (N.Y. 2025)"\n'
    "notes: 'The corpus note quotes the bill: \"THE GOVERNOR SHALL NOT ... PREVENT OR INHIBIT\"'\n"
)


@pytest.mark.parametrize("opening", ["", "---\n"])
def test_a_header_of_yaml_keys_is_not_read_as_the_bill(tmp_path, opening):
    # The corpus's files and Markdown's front matter carry a citation and notes above the text;
    # legal read 8 saw a note's quotation of the bill quoted as the bill's own words.
    path = tmp_path / "bill.md"
    path.write_text(opening + FRONT_MATTER + "---\n" + NEW_YORK_EXPLANATION + "\n" + VACATUR_LINES, "utf-8")
    passages = read_bill(path)
    assert not any("corpus note" in p.text or "citation" in p.text for p in passages)
    first_body_line = opening.count("\n") + FRONT_MATTER.count("\n") + 2
    assert passages[0].location.endswith(f"line {first_body_line}")
    assert statuses(passages)["vacatur-for-cause"] == "present"


def test_a_bill_whose_first_line_only_looks_like_a_key_is_read_whole(tmp_path):
    # "Sec. 1: ..." is no YAML name; a line of dashes later in the bill is only a rule.
    path = tmp_path / "bill.txt"
    path.write_text("Sec. 1: Short title.\n---\n" + VACATUR_LINES, "utf-8")
    assert "Short title" in text_of(path)


def test_no_break_and_thin_spaces_read_as_plain_spaces(tmp_path):
    """Word and statute sites print "§ 1473.7" with a no-break space; the rules must not miss it."""
    import docx

    lines = [*VACATUR_LINES.replace("-\n", "").splitlines(), SHIELDED, CRIMINAL_JUSTICE, SUBJECT]
    paths = {}
    for name, odd in (("plain", " "), ("no-break", "\u00a0"), ("thin", "\u202f")):
        document = docx.Document()
        for line in lines:
            document.add_paragraph(line.replace(" ", odd))
        paths[name] = tmp_path / f"{name}.docx"
        document.save(paths[name])
    for name in ("no-break", "thin"):
        assert text_of(paths[name]) == text_of(paths["plain"])
        assert statuses(read_bill(paths[name])) == statuses(read_bill(paths["plain"]))
    assert statuses(read_bill(paths["thin"]))["vacatur-for-cause"] == "present"


def test_a_form_with_long_lines_of_blanks_is_read(tmp_path):
    # A plea form's signature lines: a commentary reader that nested "(?:[_]+\s*)*" backtracked without end
    # on them (found on a real Arkansas plea form in the corpus).
    blanks = "_" * 120
    path = tmp_path / "plea-form.txt"
    path.write_text(
        f"{blanks}\nDefendant's signature\n{blanks} Date\n"
        "(a) If the court did not advise the defendant of the immigration consequences, the court shall "
        "vacate the judgment and permit the defendant to withdraw the plea.\n"
        f"Attorney's signature: {blanks}\n",
        encoding="utf-8",
    )
    assert statuses(read_bill(path))["vacatur-for-cause"] == "present"


# H.F. 705, 91st Leg. (Minn. 2019) (as introduced), § 1, amending Minn. Stat. § 638.02, subd. 3, as the
# Revisor's web page copies it: https://www.revisor.mn.gov/bills/text.php?number=HF0705&session=ls91
MINNESOTA_COPY = (
    "Upon granting a pardon extraordinary new text begin , new text end the Board of Pardons shall "
    "file a copy of it with the district court of the county in which the conviction occurred deleted"
    " text begin , and the court shall order the conviction set aside and include a copy of the "
    "pardon in the court file deleted text end . new text begin The court shall order all records "
    "wherever held relating to the arrest, indictment or information, trial, verdict, and pardon "
    "sealed and prohibit the disclosure of the existence of the records or the opening of the records"
    " except under court order or pursuant to section 609A.03, subdivision 7a, paragraph (b), clause "
    "(1). new text end"
)


def test_a_minnesota_copy_s_deleted_text_is_struck_and_its_new_text_marks_are_no_words(tmp_path):
    path = tmp_path / "hf705.txt"
    amending = "Sec. 1. Minnesota Statutes 2018, section 638.02, subdivision 3, is amended:"
    path.write_text(f"{amending}\n{MINNESOTA_COPY}\n", encoding="utf-8")
    text = text_of(path)
    assert "set aside" not in text and "text begin" not in text and "text end" not in text
    assert "pardon extraordinary, the Board of Pardons" in text
    assert "The court shall order all records wherever held" in text
    struck = struck_of(path)
    assert "the court shall order the conviction set aside and include a copy of the pardon" in struck
    assert "text begin" not in struck and "text end" not in struck
