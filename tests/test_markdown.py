"""The Markdown writer: every kind, the same words as the DOCX and HTML, text that reads back exactly."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from billkit.build import build_bill
from billkit.build.handout import build_handout
from billkit.build.packet import build_packet
from billkit.cli import app
from billkit.model import Run
from billkit.render import render
from billkit.render.md import inline
from billkit.spec import AmendSpec, BillSpec, HandoutSpec

from support import docx_words, packet_spec, sheets

PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
INLINE_TAGS = re.compile(r"</?(?:em|strong|ins|del|s|a|code|span)\b[^>]*>")
BLOCK_TAGS = re.compile(r"<[^>]+>")


def md_text(data: bytes) -> str:
    """What a Markdown reader shows: the HTML it makes, without its tags."""
    rendered = PARSER.render(data.decode("utf-8"))
    return html.unescape(BLOCK_TAGS.sub(" ", INLINE_TAGS.sub("", rendered)))


def md_words(data: bytes) -> list[str]:
    return md_text(data).split()


def html_body_words(data: bytes) -> list[str]:
    body = data.decode("utf-8").split("<body", 1)[1]
    body = body.split(">", 1)[1].rsplit("</body>", 1)[0]
    return html.unescape(BLOCK_TAGS.sub(" ", INLINE_TAGS.sub("", body))).split()


def test_model_bill_in_markdown_has_the_words_of_the_docx(model_bill, model_docx):
    data = render(model_bill, "md")
    assert md_words(data) == docx_words(model_docx)
    text = data.decode()
    assert text.startswith("# IMMIGRANT-SAFE RECORD CLEARANCE ACT\n\n")
    assert "\n\n**SECTION 1. SHORT TITLE.** This [act] may be cited as" in text
    assert "\n\n> **Legislative Note:** " in text and "\n\n> **Comment**\n>\n> " in text
    assert re.search(r"\n> \*\*Authorities:\*\* .+\.\n", text)
    assert "\n\n(b) " in text and "*Matter of Pickering*" in text


def test_california_bill_in_markdown_has_the_words_of_the_docx_and_html(library):
    bill = build_bill(BillSpec(state="CA"), library)
    words = md_words(render(bill, "md"))
    assert words == docx_words(render(bill, "docx"))
    assert words == html_body_words(render(bill, "html"))
    assert "The people of the State of California do enact as follows:" in " ".join(words)


@pytest.mark.parametrize(
    ("state", "inserted", "deleted"),
    [
        (None, "<ins>three</ins>", "~~five~~"),
        ("CA", "*three*", "~~five~~"),
        ("NY", "<ins>three</ins>", "[five]"),
    ],
)
def test_changes_to_existing_law_are_marked_as_the_jurisdiction_marks_them(library, state, inserted, deleted):
    current = "(a) A person may petition the court to seal the record after five years."
    spec = BillSpec(
        state=state,
        clauses=("short-title",),
        amend=(AmendSpec(citation="Section 10 of the Code", current_text=current,
                         amended_text=current.replace("five", "three")),),
    )  # fmt: skip
    bill = build_bill(spec, library)
    text = render(bill, "md").decode()
    assert f"after {deleted} {inserted} years" in text
    assert md_words(text.encode()) == docx_words(render(bill, "docx"))


def test_packet_in_markdown_has_the_words_of_the_html(library):
    packet = build_packet(packet_spec(), library)
    data = render(packet, "md")
    assert md_words(data) == html_body_words(render(packet, "html"))
    text = data.decode()
    assert "\n| Witness | Ana Ruiz, Policy Director |\n" in text
    assert "\n\n# Table of Authorities\n\n## Cases\n\n- *" in text
    # California's form: the bill's number and author, then the long title, then the digest's slot
    number = "[Assembly] Bill No. [\\_\\_\\_]"
    assert f"\n\n# The Bill: Immigrant-Safe Record Clearance Act\n\n{number}\n\n" in text
    assert "\n\n## An act " in text and "\n\nLEGISLATIVE COUNSEL’S DIGEST\n\n" in text
    assert "\n\n**SECTION 1.** " in text


@pytest.mark.parametrize("spec", [HandoutSpec(), HandoutSpec(audience="community", lang="es", state="CA")])
def test_handouts_in_markdown_have_the_words_of_the_docx(library, spec):
    handout = build_handout(spec, library)
    data = render(handout, "md")
    assert md_words(data) == docx_words(render(handout, "docx"))
    text = data.decode()
    assert text.startswith(f"# {sheets(handout)[0].title}\n\n")
    assert "\n\n## " in text and "\n- " in text
    assert text.count("\n---\n") == len(sheets(handout)) - 1


def test_markdown_special_characters_in_a_name_print_as_written(library):
    organization = "# Org *one* _two_ [a](b) [c]: d `e` <b>f</b> &amp; ~~g~~ h|i \\j"
    witness = "1. Ana [Ruiz] > - + ="
    packet = build_packet(packet_spec(organization=organization, witness=witness), library)
    data = render(packet, "md")
    rendered = PARSER.render(data.decode())
    assert not re.search(r"<h1>[^<]*Org|<a |<code>|<b>f|<s>g|<ol|<blockquote>\s*<p>\s*Ruiz", rendered)
    text = " ".join(md_text(data).split())
    assert organization in text and witness in text
    assert md_words(data) == html_body_words(render(packet, "html"))


SPECIAL = st.text(alphabet="ab #*_[]()!:<>&;`~|\\-+=.1", max_size=30)
MARKS = st.sampled_from([frozenset(), frozenset({"em"}), frozenset({"strong"}), frozenset({"ins"}),
                         frozenset({"del"}), frozenset({"del", "delimiter"})])  # fmt: skip


@given(st.lists(st.tuples(SPECIAL, MARKS), min_size=1, max_size=4))
def test_any_runs_read_back_as_their_own_characters(pairs):
    runs = tuple(Run(text, marks) for text, marks in pairs)
    line = inline(runs)
    rendered = PARSER.render(line)
    shown = html.unescape(BLOCK_TAGS.sub("", INLINE_TAGS.sub("", rendered)))
    assert " ".join(shown.split()) == " ".join("".join(t for t, _ in pairs).split())
    if any(t.strip() and m and "delimiter" not in m for t, m in pairs):
        assert re.search(r"<(?:em|strong|ins|s|del)>", rendered)


# The command line

runner = CliRunner()


def test_draft_writes_markdown(in_tmp):
    result = runner.invoke(app, ["draft", "-f", "md"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/model-bill.md"]
    assert (in_tmp / "out/model-bill.md").read_text(encoding="utf-8").startswith("# IMMIGRANT-SAFE")


def test_handout_and_packet_write_markdown(in_tmp):
    result = runner.invoke(app, ["handout", "-f", "md", "--audience", "community"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/handout-community-en.md"]
    assert runner.invoke(app, ["init", "--packet"]).exit_code == 0
    result = runner.invoke(app, ["packet", "packet.toml", "-f", "md", "-f", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.split() == ["out/testimony-packet.md", "out/testimony-packet.html"]
    assert (in_tmp / "out/testimony-packet.md").read_text(encoding="utf-8").startswith("# Testimony on ")
