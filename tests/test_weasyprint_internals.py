"""What billkit's PDF line numbering takes from WeasyPrint and pydyf beyond their public API.

WeasyPrint has no line numbering, so ``billkit.render.pdf`` reads each page's box tree (the
private ``Page._page_box``) for the baselines of the bill's lines, and draws the numbers in a
finisher that walks pydyf's page list. Both are pinned in pyproject.toml; these tests fail first
when a release changes either, before any drafted bill prints its numbers in the wrong place.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

weasyprint = pytest.importorskip("weasyprint")

HTML = (
    "<style>@page { size: Letter; margin: 1in 1in 1in 1.5in }"
    " p { font-size: 12pt; line-height: 20pt }</style>"
    '<p class="provision">one<br>two<br>three</p><p class="note">aside</p>'
    '<p class="provision" style="break-before: page">four</p>'
)


@pytest.fixture(scope="module")
def laid_out():
    return weasyprint.HTML(string=HTML).render()


def test_a_page_keeps_its_box_tree_where_billkit_reads_it(laid_out):
    from weasyprint.formatting_structure.boxes import LineBox

    page = laid_out.pages[0]
    lines = [box for box in page._page_box.descendants() if isinstance(box, LineBox)]
    assert [box.element.get("class") for box in lines] == ["provision"] * 3 + ["note"]
    assert [box.element_tag for box in lines] == ["p"] * 4
    tops = [box.position_y for box in lines[:3]]
    assert tops == sorted(tops) and tops[1] - tops[0] == pytest.approx(20 / 0.75)  # 20pt, in CSS px
    assert all(0 < box.baseline < box.height for box in lines)
    assert page._page_box.content_box_x() == pytest.approx(1.5 * 96)  # the left margin, in CSS px


def test_line_numbers_land_beside_each_numbered_line(laid_out):
    from billkit.render import pdf

    numbered = pdf._numbered_lines(laid_out)
    assert [len(page) for page in numbered] == [3, 1]
    (left, first), (_, second), _ = numbered[0]
    assert left == pytest.approx(1.5 * 72)  # PDF points
    assert first - second == pytest.approx(20)
    data = laid_out.write_pdf(finisher=pdf._line_number_finisher(numbered))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "1" in text and "3" in text and "one" in text


def test_pydyf_lists_each_page_as_a_reference_of_three_items(laid_out):
    seen = []

    def finisher(_document, pdf) -> None:
        seen.extend(pdf.pages["Kids"])

    laid_out.write_pdf(finisher=finisher)
    assert len(seen) == 3 * len(laid_out.pages)
    assert seen[1::3] == [0] * len(laid_out.pages) and seen[2::3] == ["R"] * len(laid_out.pages)
    assert all(isinstance(number, int) for number in seen[0::3])
