"""A section sign stays on the line of its number, in the paged formats only."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from billkit.build import build_bill
from billkit.render import render
from billkit.render.typeset import NO_BREAK_SPACE, bind_signs
from billkit.spec import BillSpec

NB = NO_BREAK_SPACE


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("Va. Code Ann. § 19.2-296 (2024)", f"Va. Code Ann. §{NB}19.2-296 (2024)"),
        ("18 U.S.C. §§ 1421–1429", f"18 U.S.C. §§{NB}1421–1429"),
        ("§ [B] of this chapter", f"§{NB}[B] of this chapter"),
        ("Cal. Gov't Code § (a)", f"Cal. Gov't Code §{NB}(a)"),
        ("see ¶ 3 and ¶¶ 4–5", f"see ¶{NB}3 and ¶¶{NB}4–5"),
        ("8 U.S.C. § 1101(a)(48)(A)", f"8 U.S.C. §{NB}1101(a)(48)(A)"),
    ],
)
def test_a_sign_is_joined_to_what_it_numbers(text, bound):
    assert bind_signs(text) == bound


@pytest.mark.parametrize("text", ["no sign here", "a sign at the end §", "§ — a dash is not a number", ""])
def test_text_with_nothing_to_join_is_left_as_it_is(text):
    assert bind_signs(text) == text


def test_the_space_before_a_sign_may_still_break():
    """ "U.S.C." at the end of a line and "§ 1101" on the next is how a citation breaks."""
    assert bind_signs("8 U.S.C. § 1101").startswith("8 U.S.C. §")


@pytest.fixture(scope="module")
def virginia(library):
    return build_bill(BillSpec(state="VA"), library)


def test_no_section_sign_in_the_virginia_docx_can_end_a_line(virginia):
    xml = zipfile.ZipFile(io.BytesIO(render(virginia, "docx"))).read("word/document.xml").decode("utf-8")
    assert xml.count(f"§{NB}") > 50
    assert not re.search(r"§§? [\[(\dA-Za-z]", xml)


def test_no_section_sign_in_the_virginia_html_can_end_a_line(virginia):
    html = render(virginia, "html").decode("utf-8")
    assert html.count(f"§{NB}") > 50
    assert not re.search(r"§§? [\[(\dA-Za-z]", html)


def test_markdown_keeps_plain_spaces_for_pasting(virginia):
    markdown = render(virginia, "md").decode("utf-8")
    assert "§ 19.2-" in markdown
    assert NB not in markdown
