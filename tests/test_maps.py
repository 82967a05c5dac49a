"""Tile-grid maps: every jurisdiction on the grid, the same picture for the same data."""

from __future__ import annotations

import io
import zipfile

import pytest

from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.model import Document, DocumentMeta, Figure
from billkit.render import render
from billkit.render.maps import STATUS_LEGEND, TILES, count_legend, tile_map

pytest.importorskip("matplotlib")


def test_every_jurisdiction_has_a_tile_of_its_own():
    assert set(TILES) == set(all_jurisdiction_codes())
    assert len(set(TILES.values())) == len(TILES)


def test_a_map_colours_each_tile_by_its_status_and_is_the_same_each_time():
    values = {code: "against" if code == "TX" else "has" for code in TILES}
    svg, png = tile_map(values, STATUS_LEGEND, "Vacatur for legal error")
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert ">TX<" in svg and "works against" in svg and "Vacatur for legal error" in svg
    assert STATUS_LEGEND.colour("against") in svg and STATUS_LEGEND.colour("has") in svg
    assert tile_map(values, STATUS_LEGEND, "Vacatur for legal error") == (svg, png)
    from PIL import Image

    assert Image.open(io.BytesIO(png)).size[0] > 600


def test_count_maps_get_a_shade_for_every_count():
    legend = count_legend(6)
    assert [value for value, _label, _fill in legend.entries] == [str(n) for n in range(7)]
    assert len({fill for *_, fill in legend.entries}) == 7


def test_a_figure_goes_into_every_format_with_its_words():
    svg, png = tile_map({"OH": "partly"}, STATUS_LEGEND, "A map")
    document = Document(
        DocumentMeta(kind="survey", title="S", short_title="S"), (Figure(svg, png, "Ohio partly", "Fig."),)
    )
    html = render(document, "html").decode()
    assert '<figure class="figure" role="img" aria-label="Ohio partly">' in html and "<?xml" not in html
    body = zipfile.ZipFile(io.BytesIO(render(document, "docx"))).read("word/document.xml")
    assert b'descr="Ohio partly"' in body
    assert "[Ohio partly]" in render(document, "md").decode()
    assert render(document, "pdf").startswith(b"%PDF")
