"""The format registry: each writer module declares its format once, and every list comes from it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from billkit.cli import app
from billkit.cli.textout import starter_packet_spec, starter_spec
from billkit.errors import UnknownNameError, UsageError
from billkit.render import MODULES, format_names, formats, imported_format, render

from support import REPO

runner = CliRunner()


@pytest.mark.parametrize("module", MODULES)
def test_what_a_module_declares_is_what_the_registry_reads_without_importing_it(module):
    listed = next(f for f in formats() if f.module.endswith(f".{module}"))
    assert imported_format(listed.module) == listed
    loaded = sys.modules[listed.module]
    assert loaded.WRITES in ("any", "act") and callable(loaded.WRITER)


def test_formats_are_named_once_each_with_their_own_extension():
    names = format_names()
    assert len(set(names)) == len(names) == len(MODULES)
    assert {f.name: f.extension for f in formats()}["akn"] == ".akn.xml"
    assert "md" in format_names("packet") and "akn" not in format_names("handout")


def test_listing_the_formats_imports_no_writer():
    code = (
        "import sys, billkit.cli; from billkit.render import formats; formats();"
        "print(sorted(m for m in ('docx', 'jinja2', 'lxml', 'billkit.render.docx', 'billkit.render.md')"
        " if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_format_that_cannot_write_a_kind_is_refused_in_one_line(library):
    from billkit.build.handout import build_handout
    from billkit.spec import HandoutSpec

    with pytest.raises(UsageError) as caught:
        render(build_handout(HandoutSpec(practice="record-access"), library), "akn")
    assert caught.value.message == "the akn format cannot write a handout; it writes bills only."
    assert caught.value.hint == "a handout can be written as docx, pdf, html or md"
    with pytest.raises(UnknownNameError, match="Did you mean 'md'"):
        render(build_handout(HandoutSpec(practice="record-access"), library), "mdx")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("handout", "-f", "akn"), "Error: the akn format cannot write a handout; it writes bills only. "
                                   "Hint: a handout can be written as docx, pdf, html or md."),
        (("draft", "-f", "mdd"), "Error: unknown format 'mdd'. Did you mean 'md'?"),
    ],
)  # fmt: skip
def test_the_cli_refuses_a_format_for_a_kind_with_exit_2(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, list(args))
    assert result.exit_code == 2
    assert result.stderr.strip() == message
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_packet_spec_refuses_a_format_that_cannot_write_a_packet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init", "--packet"]).exit_code == 0
    spec = tmp_path / "packet.toml"
    spec.write_text(re.sub(r"(?m)^formats = .*$", 'formats = ["md", "akn"]', spec.read_text()))
    result = runner.invoke(app, ["packet", "packet.toml"])
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "Error: packet.toml: key 'formats.1': the akn format cannot write a packet; it writes bills only"
    )


@pytest.mark.parametrize(("command", "kind"), [("draft", "bill"), ("check", "bill"), ("packet", "packet"),
                                               ("handout", "handout")])  # fmt: skip
def test_each_command_lists_the_formats_that_can_write_its_kind(command, kind):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    line = next(line for line in result.stdout.splitlines() if "--format" in line)
    listed = re.findall(r"\b(\w+)\b(?=,| or )", line.split("--format", 1)[1].split("(repeatable")[0])
    listed += [line.split(" or ", 1)[1].split()[0]]
    assert listed == list(format_names(kind))


def test_starter_specs_list_the_formats_of_their_kind(library):
    assert "# Formats to write: docx, pdf, html, akn and md.\n" in starter_spec(library)
    assert "# Formats to write: docx, pdf, html and md.\n" in starter_packet_spec(library)


def test_readme_lists_exactly_the_registry_formats():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    [line] = [line for line in readme.splitlines() if line.startswith("Formats (`-f`")]
    assert re.findall(r"`(\w+)`", line.split(":", 1)[1]) == list(format_names())
    assert "`akn` (Akoma Ntoso XML, bills only)" in line
    assert format_names("packet") == format_names("handout") == ("docx", "pdf", "html", "md")


def test_starter_specs_are_templates_in_the_content(library, tmp_path, monkeypatch):
    from billkit.load import content

    shipped = content.TEMPLATES_DIR / "init"
    assert starter_spec(library).startswith((shipped / "bill.toml.j2").read_text().split("\n", 1)[0])
    (tmp_path / "init").mkdir()
    (tmp_path / "init/bill.toml.j2").write_text("# {{ formats }}: {{ clauses | length }} clauses\n")
    monkeypatch.setattr(content, "TEMPLATES_DIR", tmp_path)
    assert starter_spec(library) == f"# docx, pdf, html, akn and md: {len(library.ordered())} clauses\n"
