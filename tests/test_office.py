"""A drafting office's routine: settings kept in bill.toml, placeholders never silent, house style,
reproducible Word comments, and the mistakes a new user makes (issue 15)."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from billkit.cli import app
from billkit.load.content import REFERENCE_DOCX
from billkit.render import render
from billkit.render.options import RenderOptions

from support import files_in

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def comments(path: Path) -> list[dict[str, str]]:
    """Each Word comment's attributes, without the namespace."""
    xml = zipfile.ZipFile(path).read("word/comments.xml").decode("utf-8")
    return [dict(re.findall(r'w:(\w+)="([^"]*)"', tag)) for tag in re.findall(r"<w:comment [^>]*>", xml)]


# Office settings in the spec


def test_the_spec_keeps_an_offices_settings_relative_to_its_folder_and_options_override_them(in_tmp):
    from billkit.cli.draft import render_options
    from billkit.spec import load_spec

    office = in_tmp / "office"
    office.mkdir()
    assert run("reference-doc", "office/house.docx").exit_code == 0
    (office / "house.css").write_text("p { color: black; }")
    (office / "bill.toml").write_text(
        'clauses = ["short-title", "record-access"]\nformats = ["docx"]\nnotes = "comments"\n'
        'line_numbers = "continuous"\nreference_doc = "house.docx"\ncss = "house.css"\n'
        'date = 2027-01-15\nout = "drafts"\ncomment_author = "Office of Legislative Counsel"\n'
    )
    result = run("draft", "office/bill.toml")
    assert result.exit_code == 0, result.stderr
    assert files_in(office / "drafts") == ["model-bill.docx"] and not (in_tmp / "out").exists()
    written = comments(office / "drafts/model-bill.docx")
    assert written and {(c["author"], c["initials"], c["date"]) for c in written} == {
        ("Office of Legislative Counsel", "OLC", "2027-01-15T00:00:00Z")
    }
    options = render_options(load_spec(office / "bill.toml"))
    assert options.line_numbers == "continuous" and options.css == "p { color: black; }"
    assert options.reference_doc == REFERENCE_DOCX.read_bytes() and options.notes == "comments"

    again = run(
        "draft", "office/bill.toml", "-o", "mine", "--comment-author", "Ana Ruiz", "--date", "2027-02-01"
    )
    assert again.exit_code == 0, again.stderr
    assert {(c["author"], c["date"]) for c in comments(in_tmp / "mine/model-bill.docx")} == {
        ("Ana Ruiz", "2027-02-01T00:00:00Z")
    }


def test_init_writes_the_office_settings_state_and_an_amend_example_commented(in_tmp):
    from billkit.spec import load_spec

    assert run("init").exit_code == 0
    text = (in_tmp / "bill.toml").read_text()
    keys = ("state", "line_numbers", "notes", "reference_doc", "css", "date", "out", "comment_author")
    for key in keys:
        assert re.search(rf"^# {key} = ", text, re.MULTILINE), key
    assert "# [[amend]]" in text and "# current = " in text and "# citation = " in text
    assert load_spec(in_tmp / "bill.toml").line_numbers is None  # commented: nothing is set
    chosen = re.sub(rf"^# ((?:{'|'.join(keys)}) = )", r"\1", text, flags=re.MULTILINE)
    (in_tmp / "office.toml").write_text(chosen)
    spec = load_spec(in_tmp / "office.toml")
    assert spec.state == "OH" and spec.line_numbers is True and spec.notes == "inline"
    assert spec.date == dt.date(2027, 1, 15) and spec.out == in_tmp / "drafts"
    assert spec.reference_doc == in_tmp / "house.docx"


# Placeholders are never silent


def test_a_clean_copy_lists_its_unfilled_placeholders_by_section(in_tmp):
    result = run("draft", "--clean", "-c", "record-access", "-f", "md")
    assert result.exit_code == 0
    warning = result.stderr.split("Warning: ")[-1]
    count = int(re.search(r"has (\d+) unfilled \[placeholders\]", warning).group(1))
    listed = re.findall(r"^  (.+?): (\d+) \(", warning, re.MULTILINE)
    assert sum(int(n) for _, n in listed) == count and count >= 3
    assert ("SECTION 3", "4") in listed or any(place.startswith("SECTION") for place, _ in listed)
    assert "[30]" in warning and "[30]" in (in_tmp / "out/model-bill.md").read_text()

    (in_tmp / "bill.toml").write_text("[params.record-access]\ncopy_days = 30\n")
    filled = run("draft", "bill.toml", "--clean", "-c", "record-access", "-f", "md")
    assert "[30]" not in filled.stderr and "has " + str(count - 1) + " unfilled" in filled.stderr


def test_strict_refuses_a_clean_copy_with_placeholders_and_writes_nothing(in_tmp):
    result = run("draft", "--clean", "--strict", "-c", "record-access", "-f", "md")
    assert result.exit_code == 2
    assert re.match(r"Error: the clean copy has \d+ unfilled placeholders: .*SECTION", result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1
    assert files_in(in_tmp) == [] and not (in_tmp / "out").exists()


@pytest.mark.parametrize("state", [None, "NY"])  # New York marks struck words with [brackets]
def test_brackets_of_quoted_statute_text_are_not_placeholders(library, state):
    from billkit.build import build_bill
    from billkit.spec import AmendSpec, BillSpec
    from billkit.write.placeholders import find_placeholders

    current = "(a) A record shall be sealed within ninety days [as provided in Section 851.91].\n"
    amend = AmendSpec(
        citation="Section 851.8 of the Penal Code",
        current_text=current,
        amended_text=current.replace("ninety", "sixty") + "(b) The agency shall act within [30] days.\n",
    )
    bill = build_bill(BillSpec(clauses=("short-title",), amend=(amend,), state=state), library)
    section = next(s for s in bill.sections if s.id.startswith("amend-"))
    struck = [r.text for top in section.body for r in top.runs if "del" in r.marks]
    assert "ninety" in "".join(struck)
    found = dict(find_placeholders(bill).by_place)
    assert found[section.label.strip().rstrip(".")] == ("[30]",), "only the added bracket is a placeholder"


def test_a_packet_names_required_fields_left_as_placeholders_and_strict_refuses(in_tmp):
    assert run("init", "--packet").exit_code == 0
    refused = run("packet", "packet.toml", "-f", "md", "--strict")
    assert refused.exit_code == 2 and not (in_tmp / "out").exists()
    assert "bill_number, bill_title, committee, hearing_date, organization, witness" in refused.stderr
    warned = run("packet", "packet.toml", "-f", "md")
    assert warned.exit_code == 0
    assert "Warning: packet.toml: the required fields bill_number, bill_title" in warned.stderr
    assert re.search(r"Warning: the packet has \d+ unfilled \[placeholders\]", warned.stderr)
    assert "Testimony: " in warned.stderr and "[Committee]" in warned.stderr


# House style


def test_reference_doc_writes_the_shipped_reference_document_and_keeps_an_existing_file(in_tmp):
    assert run("reference-doc", "house.docx").exit_code == 0
    assert (in_tmp / "house.docx").read_bytes() == REFERENCE_DOCX.read_bytes()
    (in_tmp / "house.docx").write_bytes(b"restyled")
    again = run("reference-doc", "house.docx")
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert (in_tmp / "house.docx").read_bytes() == b"restyled"


def test_a_house_style_warns_once_and_only_about_styles_the_document_uses(model_bill, caplog):
    house = docx.Document(str(REFERENCE_DOCX))
    for name in ("Bill Text", "Cover Fact"):  # the bill uses the first; only packets the second
        element = house.styles[name].element
        element.getparent().remove(element)
    buffer = io.BytesIO()
    house.save(buffer)
    with caplog.at_level(logging.WARNING, logger="billkit"):
        render(model_bill, "docx", RenderOptions(reference_doc=buffer.getvalue()))
    warnings = [r.getMessage() for r in caplog.records if "reference document" in r.getMessage()]
    assert warnings == ["the reference document has no style 'Bill Text'; using billkit's"]


# Same input, same bytes


def test_word_comments_take_the_document_date_and_author_not_the_clock(model_bill, monkeypatch):
    import docx.comments

    clock = iter(dt.datetime(2030, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=s) for s in range(10**6))

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return next(clock)

    monkeypatch.setattr(docx.comments.dt, "datetime", Clock)
    options = RenderOptions(
        notes="comments", date=dt.datetime(2027, 3, 4, tzinfo=dt.UTC), comment_author="A B"
    )
    first, second = render(model_bill, "docx", options), render(model_bill, "docx", options)
    assert first == second
    xml = zipfile.ZipFile(io.BytesIO(first)).read("word/comments.xml").decode("utf-8")
    assert set(re.findall(r'w:date="([^"]+)"', xml)) == {"2027-03-04T00:00:00Z"}
    assert set(re.findall(r'w:author="([^"]+)"', xml)) == {"A B"}


# The rest of the review's list


@pytest.mark.parametrize("value", ["-3", "0", '"soon"', '"[30]"'])
def test_a_count_of_days_must_be_a_whole_number_of_at_least_one(in_tmp, value):
    (in_tmp / "bill.toml").write_text(f"[params.federal-records]\nnotify_days = {value}\n")
    result = run("draft", "bill.toml", "-f", "md")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "Error: parameter 'notify_days' of clause 'federal-records' must be a whole number of at least 1"
    )
    assert not (in_tmp / "out").exists()


def test_a_count_of_days_given_as_a_number_prints(library):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    bill = build_bill(BillSpec(params={"federal-records": {"notify_days": 14}}), library)
    text = " ".join(block.text for s in bill.sections for top in s.body for block in top.walk())
    assert "14 days" in text and "-3 days" not in text


@pytest.mark.parametrize(
    ("command", "formats"),
    [("draft", "docx, pdf, html, akn or md"), ("packet", "docx, pdf, html or md"), ("handout", None)],
)
def test_help_shows_real_metavars_and_only_the_formats_a_command_writes(command, formats):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert not re.search(r"<(list\[|str>|Path)", result.stdout), result.stdout
    assert re.search(r"-f, --format FORMAT", result.stdout)
    if formats:
        assert formats in result.stdout
    if command != "draft":
        assert "akn" not in result.stdout


def test_pypdf_warnings_never_reach_the_terminal(tmp_path):
    # a real process: under pytest, logging's capture would hide pypdf's lines either way
    (tmp_path / "damaged.pdf").write_bytes(b"<not a pdf>" * 300)
    result = subprocess.run(
        [sys.executable, "-m", "billkit", "check", "damaged.pdf"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: damaged.pdf: not a readable PDF file"), lines


@pytest.mark.parametrize(
    ("args", "spec"),
    [
        (("--clean", "--notes", "inline"), ""),
        (("--annotated", "--notes", "none"), ""),
        (("bill.toml",), 'clean = true\nnotes = "comments"\n'),
    ],
)
def test_a_clean_copy_with_notes_is_refused(in_tmp, args, spec):
    (in_tmp / "bill.toml").write_text(spec)
    result = run("draft", *args)
    assert result.exit_code == 2
    assert "different copies" in result.stderr or "clean = true leaves out" in result.stderr
    assert files_in(in_tmp) == ["bill.toml"]


def test_handout_language_choices_are_said_in_billkits_words(in_tmp):
    result = run("handout", "--lang", "fr")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --lang: 'fr' is not one of the choices, 'en' or 'es'."


def test_a_packet_specs_toml_error_points_at_init_packet(in_tmp):
    (in_tmp / "packet.toml").write_text('name = "a"\nname = "b"\n')
    result = run("packet", "packet.toml")
    assert result.exit_code == 2
    assert "Hint: `billkit init --packet` writes a commented example." in result.stderr


def test_an_amend_entry_without_its_text_names_the_users_keys(in_tmp):
    (in_tmp / "bill.toml").write_text('[[amend]]\ncitation = "Section 5 of the Code"\n')
    result = run("draft", "bill.toml")
    assert result.exit_code == 2
    assert "key 'amend.0.current': missing" in result.stderr and "_text" not in result.stderr


def test_a_failed_run_leaves_no_empty_output_folder(in_tmp):
    (in_tmp / "bill.toml").write_text("[params.federal-records]\nnotify_dayz = 14\n")
    result = run("draft", "bill.toml", "-o", "drafts/new")
    assert result.exit_code == 2 and "did you mean 'notify_days'" in result.stderr
    assert not (in_tmp / "drafts").exists()


def test_a_corrupt_reference_doc_exits_2_like_a_missing_one(in_tmp):
    (in_tmp / "house.docx").write_bytes(b"PK\x03\x04 not really a Word file")
    corrupt = run("draft", "--reference-doc", "house.docx", "-f", "docx")
    missing = run("draft", "--reference-doc", "nowhere.docx", "-f", "docx")
    assert corrupt.exit_code == missing.exit_code == 2
    assert corrupt.stderr.startswith("Error: the reference document is not a readable DOCX file")
    assert files_in(in_tmp) == ["house.docx"]


def test_the_readme_says_how_to_run_billkit_and_links_only_inside_the_repository():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text[: text.index("## Using it")]
    assert ".venv/bin/billkit" in setup and "source .venv/bin/activate" in setup
    for target in re.findall(r"\]\(([^)]+)\)", text):
        assert not re.match(r"[a-z]+:", target), f"links outside the repository: {target}"
        assert (ROOT / target.split("#")[0]).resolve().is_relative_to(ROOT), target
        assert (ROOT / target.split("#")[0]).exists(), target


def test_the_command_list_is_not_cut_off():
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "80"})
    listed = result.stdout[result.stdout.index("Commands:") :]
    assert "reference-doc" in listed and "..." not in listed and "…" not in listed


def test_a_packets_quotations_of_the_pending_bill_are_not_placeholders():
    from billkit.model import Document, DocumentMeta, Heading, Para, Run
    from billkit.write.placeholders import find_placeholders

    said = "The bill provides: “Records [so sealed] may not be opened” (Sec. 3). Dear [Committee],"
    document = Document(DocumentMeta(kind="packet", title="t", short_title="t"), (
        Heading((Run("Testimony"),)), Para((Run(said),)),
    ))  # fmt: skip
    assert find_placeholders(document).by_place == (("Testimony", ("[Committee]",)),)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            'line_numbers = "pages"',
            """key 'line_numbers': 'pages' is not one of the choices, true, false, "page" or""",
        ),
        (
            'notes = "comment"',
            "key 'notes': 'comment' is not one of the choices, 'inline', 'comments' or 'none'.",
        ),
        ("colour = 1", "key 'colour': unknown key."),
    ],
)
def test_an_office_setting_out_of_range_is_named_in_billkits_words(in_tmp, line, message):
    (in_tmp / "bill.toml").write_text(line + "\n")
    result = run("draft", "bill.toml")
    assert result.exit_code == 2 and message in result.stderr
    assert files_in(in_tmp) == ["bill.toml"]
