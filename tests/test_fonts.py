"""A character the shipped fonts cannot draw is refused in what a user types, or warned about."""

from __future__ import annotations

import logging

import pytest
from typer.testing import CliRunner

from billkit.cli import app
from billkit.errors import UsageError
from billkit.model import Document, DocumentMeta, Para, Run
from billkit.render import render
from billkit.render.fonts import check_drawable, undrawable

runner = CliRunner()


def test_the_fonts_draw_what_bills_print_and_not_an_emoji():
    assert undrawable("§ 1203.425 — “sealing” ¿Qué? ñ é ü ½ … ’ ¶") == []
    assert undrawable("Friends 🗽\ufe0f of Liberty ✓") == ["🗽", "✓"]
    with pytest.raises(UsageError, match=r"organization contains U\+1F5FD \(🗽, STATUE OF LIBERTY\)"):
        check_drawable({"organization": "Friends 🗽 of Liberty"})


def test_an_emoji_in_an_organization_is_an_error_naming_it_when_a_pdf_is_made(tmp_path):
    out = tmp_path / "out"
    args = ["handout", "--audience", "community", "--org", "Friends 🗽 of Liberty", "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.startswith("Error: --org 'Friends 🗽 of Liberty' contains U+1F5FD")
    assert "-f docx" in result.output and not out.exists()
    assert runner.invoke(app, [*args, "-f", "docx"]).exit_code == 0  # Word finds a font for it


def test_a_packet_field_with_an_emoji_is_named(tmp_path):
    spec = tmp_path / "packet.toml"
    assert runner.invoke(app, ["init", "--packet", str(spec)]).exit_code == 0
    text = spec.read_text(encoding="utf-8").replace('"[Name of witness]"', '"Ana 🗽 Ruiz"')
    spec.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["packet", str(spec), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "key 'witness' contains U+1F5FD" in result.output


def test_a_pdf_warns_about_a_character_it_cannot_draw(caplog):
    document = Document(
        DocumentMeta(kind="handout", title="T", short_title="T"), (Para((Run("Call ☎ us"),)),)
    )
    with caplog.at_level(logging.WARNING, logger="billkit"):
        render(document, "pdf")
    assert any("U+260E" in message and "Call ☎ us" in message for message in caplog.messages)
