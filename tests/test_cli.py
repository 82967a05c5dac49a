"""The billkit command, driven as a user would: exit codes, messages, and files (or none)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from billkit.cli import app

from support import files_in, write_clause

runner = CliRunner()


def run(*args: str, cwd: Path | None = None):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_draft_with_no_arguments_writes_the_model_bill(in_tmp):
    result = run("draft")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/model-bill.docx", "out/model-bill.pdf"]
    assert (in_tmp / "out/model-bill.docx").read_bytes()[:2] == b"PK"
    assert (in_tmp / "out/model-bill.pdf").read_bytes()[:5] == b"%PDF-"


def test_draft_options_choose_clauses_format_name_and_folder(in_tmp):
    result = run(
        "draft",
        "-c",
        "record-access",
        "-c",
        "short-title",
        "-f",
        "html",
        "-o",
        "drafts",
        "--name",
        "access",
        "--clean",
        "--relief-term",
        "sealing",
    )
    assert result.exit_code == 0, result.output
    assert files_in(in_tmp) == ["drafts/access.html"]
    html = (in_tmp / "drafts/access.html").read_text()
    assert "information contained in sealed records" in html
    assert "SECTION 2. ACCESS TO ONE’S OWN RECORDS." in html
    assert "Legislative Note" not in html


def test_draft_without_leaves_a_clause_out(in_tmp):
    assert run("draft", "-x", "findings", "-f", "html").exit_code == 0
    html = (in_tmp / "out/model-bill.html").read_text()
    assert "LEGISLATIVE FINDINGS" not in html and "SECTION 2. DEFINITIONS." in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-c", "recrod-access"), "Error: unknown clause 'recrod-access'. Did you mean 'record-access'?"),
        (("-x", "findngs"), "Error: unknown clause 'findngs'. Did you mean 'findings'?"),
        (("-f", "doc"), "Error: unknown format 'doc'. Did you mean 'docx'?"),
        (("--relief-term", "sealng"), "Error: unknown relief term 'sealng'. Did you mean 'sealing'?"),
        (
            ("-c", "rebuttable-presumption"),
            "Error: clause 'rebuttable-presumption' requires 'vacatur-for-cause', which is not selected. "
            "Hint: add -c vacatur-for-cause, or leave out rebuttable-presumption.",
        ),
        (("--name", "../escape"), "Error: command line: key 'name': String should match pattern"),
    ],
)
def test_draft_usage_errors_exit_2_with_one_line_and_write_nothing(in_tmp, args, message):
    result = run("draft", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert files_in(in_tmp) == []


def test_spec_file_is_built_and_options_override_it(in_tmp):
    (in_tmp / "bill.toml").write_text(
        'name = "ny"\nrelief_term = "sealing"\nformats = ["html"]\n'
        'clauses = ["short-title", "federal-records"]\n'
        "[params.federal-records]\nnotify_days = 10\n"
    )
    assert run("draft", "bill.toml").exit_code == 0
    html = (in_tmp / "out/ny.html").read_text()
    assert "Within 10 days after [the central repository] receives the copy or notice" in html
    assert "any other agency that grants a sealing, on a request or without one" in html
    assert run("draft", "bill.toml", "--relief-term", "set-aside", "--name", "other").exit_code == 0
    assert "or after it grants a set-aside itself" in (in_tmp / "out/other.html").read_text()


@pytest.mark.parametrize("term", ["vacatur", "Vacation", "vacate"])
def test_a_relief_term_that_would_call_rehabilitation_a_vacatur_is_refused(in_tmp, term):
    result = run("draft", "--relief-term", term, "-f", "html")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(
        f"Error: the relief term {term!r} would call relief for rehabilitation a vacatur"
    )
    assert "Matter of Pickering" in lines[0] and len(lines) <= 2
    assert not (in_tmp / "out").exists() or not any((in_tmp / "out").iterdir())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('name = "x"\nclauses = ["a"\n', "Error: bill.toml: invalid TOML: "),
        ('name = "x"\nrelief = 3\n', "Error: bill.toml: key 'relief': unknown key."),
        ("clean = 5\n", "Error: bill.toml: key 'clean': "),
        (
            "[params.federal-records]\nnotify_dayz = 3\n",
            "Error: clause 'federal-records' has no parameter 'notify_dayz'. "
            "Hint: did you mean 'notify_days'?",
        ),
        ('formats = ["pdf", "odt"]\n', "Error: bill.toml: key 'formats.1': "),
    ],
)
def test_malformed_spec_is_one_line_naming_file_and_key(in_tmp, content, message):
    (in_tmp / "bill.toml").write_text(content)
    result = run("draft", "bill.toml")
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert files_in(in_tmp) == ["bill.toml"]


def test_toml_syntax_error_gives_the_line(in_tmp):
    (in_tmp / "bill.toml").write_text('name = "x"\nclean = tru\n')
    result = run("draft", "bill.toml")
    assert "line 2" in result.stderr


def test_missing_spec_file(in_tmp):
    result = run("draft", "nope.toml")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: spec file 'nope.toml' does not exist."


def test_unwritable_output_folder_is_an_error_and_leaves_nothing(in_tmp):
    (in_tmp / "blocked").write_text("a file where the folder should be")
    result = run("draft", "-o", "blocked/out")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: output folder 'blocked/out' cannot be created")
    assert files_in(in_tmp) == ["blocked"]


def test_a_failing_render_leaves_no_partial_file(in_tmp, monkeypatch):
    from billkit import render as render_module
    from billkit.errors import RenderError

    real = render_module.render

    def failing(bill, fmt, options=None):
        if fmt == "pdf":
            raise RenderError("the PDF could not be laid out: simulated")
        return real(bill, fmt, options)

    monkeypatch.setattr(render_module, "render", failing)
    result = run("draft")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: the PDF could not be laid out: simulated"
    assert files_in(in_tmp) == []


def test_a_failing_write_removes_its_temporary_file(in_tmp, monkeypatch):
    import os

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    result = run("draft", "-f", "html")
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert files_in(in_tmp) == []


def test_malformed_clause_pack_names_file_and_field(in_tmp):
    pack = in_tmp / "pack"
    pack.mkdir()
    (pack / "extra.yaml").write_text(
        "id: extra\ntitle: Extra\npractice: scaffold\nsource: original\n"
        "order: 5\ntext: [Hello.]\nlegislative_note: n\n"
    )
    result = run("draft", "--clauses-dir", "pack")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: pack/extra.yaml: field 'comment': Field required."
    (pack / "extra.yaml").write_text("id: extra\ntitle: [unclosed\n")
    result = run("clauses", "--clauses-dir", "pack")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: pack/extra.yaml: line 3: ")
    assert files_in(in_tmp) == ["pack/extra.yaml"]


def test_clause_pack_can_add_a_clause(in_tmp):
    write_clause(in_tmp / "pack", "legal-aid", "Counsel shall be appointed for {{ relief.a_noun }} petition.")
    result = run("draft", "--clauses-dir", "pack", "-f", "html")
    assert result.exit_code == 0, result.output
    html = (in_tmp / "out/model-bill.html").read_text()
    assert "SECTION 10. LEGAL AID.</h2> Counsel shall be appointed for an expungement petition." in html


def test_clause_pack_template_with_an_unknown_variable_is_an_error(in_tmp):
    write_clause(in_tmp / "pack", "bad", "{{ nothing }}")
    result = run("draft", "--clauses-dir", "pack")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: bad.yaml: field 'text.0': 'nothing' is undefined."
    assert files_in(in_tmp) == ["pack/bad.yaml"]


def test_clauses_lists_the_library_as_a_table_and_as_json(in_tmp):
    result = run("clauses")
    assert result.exit_code == 0
    for clause_id in ("vacatur-for-cause", "rebuttable-presumption", "federal-records"):
        assert clause_id in result.stdout
    rows = json.loads(run("clauses", "--json").stdout)
    assert rows[0]["id"] == "short-title"
    assert {r["id"]: r["source"] for r in rows}["record-access"] == "guidance"
    assert {"id", "title", "practice", "source"} <= set(rows[0])


def test_clause_shows_text_note_comment_and_authorities(in_tmp):
    result = run("clause", "rebuttable-presumption")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "There is a rebuttable presumption that due to legal error" in out
    assert "Legislative Note:" in out and "Comment:" in out
    assert "Padilla v. Kentucky, 559 U.S. 356 (2010)" in out
    assert "Requires: vacatur-for-cause" in out
    assert run("clause", "recrod-access").stderr.startswith("Error: unknown clause 'recrod-access'.")


def test_init_writes_a_spec_that_drafts_and_refuses_to_overwrite(in_tmp):
    result = run("init")
    assert result.exit_code == 0
    text = (in_tmp / "bill.toml").read_text()
    import tomllib

    data = tomllib.loads(text)
    assert len(data["clauses"]) == 12
    assert '# notify_days = 30  # a whole number; the default is "[30]"' in text
    assert "{{" not in text
    assert run("draft", "bill.toml", "-f", "html").exit_code == 0
    again = run("init")
    assert again.exit_code == 1 and "already exists" in again.stderr
    assert run("init", "--force").exit_code == 0


def test_version_and_help_for_every_command():
    from importlib.metadata import version

    assert run("--version").stdout.strip() == f"billkit {version('billkit')}"
    for command in ("draft", "clauses", "clause", "init"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert len(result.stdout.split("\n\n")[1].strip()) > 20, command


def test_python_dash_m_billkit_runs():
    result = subprocess.run(
        [sys.executable, "-m", "billkit", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("billkit ")


def test_help_does_not_import_the_heavy_libraries():
    code = (
        "import sys; from billkit.cli import app; "
        "print(sorted(m for m in ('docx', 'weasyprint', 'jinja2', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_state_option_drafts_in_that_form_with_a_prefixed_name(in_tmp):
    result = run("draft", "--state", "texas", "-f", "html")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/tx-model-bill.html"]
    html = (in_tmp / "out/tx-model-bill.html").read_text()
    assert (
        "A BILL TO BE ENTITLED" in html and "Be it enacted by the Legislature of the State of Texas:" in html
    )


def test_spec_can_name_the_state(in_tmp):
    (in_tmp / "bill.toml").write_text('state = "ca"\nformats = ["html"]\nclean = true\n')
    result = run("draft", "bill.toml")
    assert result.exit_code == 0
    assert result.stderr.startswith("Warning: the clean copy for California uses facts that are not verified")
    assert "SEC. 2." in (in_tmp / "out/ca-model-bill.html").read_text()


def test_unknown_state_exits_2_with_the_closest(in_tmp):
    result = run("draft", "--state", "Texsa")
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: unknown jurisdiction 'Texsa'. Did you mean 'Texas'?"
    assert files_in(in_tmp) == []


def test_repeated_state_drafts_each_and_one_failure_does_not_stop_the_others(in_tmp):
    write_clause(in_tmp / "pack", "local", '{% if j.code == "NV" %}{{ missing }}{% endif %}Local rule.')
    result = run(
        "draft", "--state", "NV", "--state", "or", "--state", "UT", "-f", "html", "--clauses-dir", "pack"
    )
    assert result.exit_code == 1
    assert "Failed: NV: local.yaml: field 'text.0': 'missing' is undefined." in result.stderr
    assert result.stdout.strip().startswith("Wrote 2 files for 2 of 3 jurisdictions in ")
    assert result.stdout.strip().endswith("; 1 failed.")
    assert files_in(in_tmp / "out") == ["or-model-bill.html", "ut-model-bill.html"]


def test_batch_shares_mistakes_fail_once_before_any_work(in_tmp):
    result = run("draft", "--state", "all", "-c", "rebuttable-presumption")
    assert result.exit_code == 2
    assert "requires 'vacatur-for-cause'" in result.stderr
    assert files_in(in_tmp) == []


def test_states_lists_table_json_and_unverified(in_tmp):
    table = run("states")
    assert table.exit_code == 0 and "Texas" in table.stdout and "Compact" in table.stdout
    rows = json.loads(run("states", "--json").stdout)
    assert {r["code"] for r in rows} >= {"TX", "DC", "PR"}
    texas = next(r for r in rows if r["code"] == "TX")
    assert texas["facts"]["circuit"]["value"] == 5
    unverified = json.loads(run("states", "--unverified", "--json").stdout)
    assert {"code": "GU", "fact": "enacting_clause"}.items() <= next(
        r for r in unverified if r["code"] == "GU" and r["fact"] == "enacting_clause"
    ).items()
    assert all(r["grade"] in ("weak", "unverified") for r in unverified)


def test_init_packet_then_packet_writes_docx_and_pdf(in_tmp):
    assert run("init", "--packet").exit_code == 0
    text = (in_tmp / "packet.toml").read_text()
    assert "position = " in text and "present = []" in text
    result = run("packet", "packet.toml")
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/testimony-packet.docx", "out/testimony-packet.pdf"]


def test_packet_missing_field_is_one_line_and_writes_nothing(in_tmp):
    (in_tmp / "p.toml").write_text('organization = "X"\nwitness = "Y"\n')
    result = run("packet", "p.toml")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: p.toml: key 'committee': missing, and it is required.")
    assert files_in(in_tmp) == ["p.toml"]


def test_handout_commands_write_the_named_files(in_tmp):
    assert run("handout", "--practice", "record-access", "-f", "pdf").stdout.split() == [
        "out/handout-record-access.pdf"
    ]
    result = run(
        "handout", "--audience", "community", "--lang", "es", "--org", "Example Legal Aid", "-f", "html"
    )
    assert result.stdout.split() == ["out/handout-community-es.html"]
    assert "Example Legal Aid" in (in_tmp / "out/handout-community-es.html").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--practice", "record-acess"),
            "Error: unknown clause 'record-acess'. Did you mean 'record-access'?",
        ),
        (("--practice", "findings"), "Error: unknown practice 'findings'."),
        (("--lang", "fr"), "Error: --lang: 'fr' is not one of the choices, 'en' or 'es'."),
        (("--lang", "es"), "Error: trainer handouts are written in English only."),
    ],
)
def test_handout_mistakes_exit_2(in_tmp, args, message):
    result = run("handout", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert files_in(in_tmp) == []


def test_one_naming_rule_prefixes_the_state_only_to_billkit_s_default_names(in_tmp):
    """Review: `--name oh-lines --state OH` wrote oh-oh-lines.*; a TX handout overwrote the CA one."""
    assert run("draft", "--state", "OH", "--name", "oh-lines", "-f", "html").exit_code == 0
    assert run("draft", "--state", "OH", "-f", "html").exit_code == 0
    assert run("handout", "--audience", "community", "--state", "CA", "-f", "html").exit_code == 0
    assert run("handout", "--audience", "community", "--state", "TX", "-f", "html").exit_code == 0
    assert run("handout", "--audience", "community", "-f", "html").exit_code == 0
    assert (
        run("handout", "--audience", "community", "--name", "flyer", "--state", "TX", "-f", "html").exit_code
        == 0
    )
    assert sorted(p.name for p in (in_tmp / "out").iterdir()) == [
        "ca-handout-community-en.html",
        "flyer-community-en.html",
        "handout-community-en.html",
        "oh-lines.html",
        "oh-model-bill.html",
        "tx-handout-community-en.html",
    ]


def test_a_name_given_for_several_jurisdictions_still_gets_their_prefixes(in_tmp):
    assert run("draft", "--state", "OH", "--state", "TX", "--name", "safe", "-f", "html").exit_code == 0
    assert sorted(p.name for p in (in_tmp / "out").iterdir()) == ["oh-safe.html", "tx-safe.html"]


HEAVY = (
    "docx",
    "lxml",
    "jinja2",
    "weasyprint",
    "yaml",
    "eyecite",
    "pypdf",
    "billkit.load.library",
    "starlette",
    "uvicorn",
)
COMMANDS = (
    "draft",
    "clauses",
    "clause",
    "states",
    "survey",
    "init",
    "packet",
    "handout",
    "check",
    "reference-doc",
    "serve",
)


@pytest.mark.parametrize("command", COMMANDS)
def test_each_commands_help_imports_no_heavy_library(command):
    # Typer itself validates option values with pydantic, so pydantic is not on this list.
    code = (
        "import sys; from billkit.cli import app\n"
        f"try: app([{command!r}, '--help'], prog_name='billkit')\n"
        "except SystemExit: pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Usage: billkit" in result.stdout
    assert result.stderr.strip() == "[]"


def test_every_command_module_registers_its_commands_and_imports_nothing_heavy():
    code = (
        "import sys, billkit.cli.draft, billkit.cli.library, billkit.cli.documents, billkit.cli.check\n"
        "from billkit.cli import app\n"
        "print(sorted(c.name or c.callback.__name__ for c in app.registered_commands))\n"
        f"print(sorted(m for m in {(*HEAVY, 'pydantic')!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    names, heavy = result.stdout.strip().splitlines()
    assert names == str(sorted(COMMANDS))
    assert heavy == "[]"


@pytest.mark.parametrize("said", ["trainer", "Trainers", " COMMUNITY "])
def test_handout_takes_the_audience_as_a_person_says_it(in_tmp, said):
    """Legal read 13, C-1: `--audience trainer` failed although the meaning was plain."""
    result = run("handout", "--audience", said, "-f", "md")
    assert result.exit_code == 0, result.output
    expected = "handout-community-en.md" if "community" in said.lower() else "handout.md"
    assert [p.name for p in (in_tmp / "out").iterdir()] == [expected]


def test_handout_still_refuses_an_audience_it_does_not_write(in_tmp):
    result = run("handout", "--audience", "judges")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --audience: 'judges' is not one of the choices")
    assert files_in(in_tmp) == []
