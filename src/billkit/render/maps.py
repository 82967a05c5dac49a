"""Tile-grid maps of the United States: one square a jurisdiction, coloured by its status.

A tile grid gives every state the same area, so small states with large immigrant populations
(New Jersey, Rhode Island, the District of Columbia) are as easy to read as Texas. The territories
stand in a row below the states. matplotlib draws the maps; it is imported only when a map is
drawn, so no other command pays for it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass

# (row, column) of each jurisdiction on an 11-column grid, in the layout newsrooms use; the
# territories stand apart, a row below.
TILES: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (0, 10),
    "WI": (1, 5), "VT": (1, 9), "NH": (1, 10),
    "WA": (2, 0), "ID": (2, 1), "MT": (2, 2), "ND": (2, 3), "MN": (2, 4), "IL": (2, 5), "MI": (2, 6),
    "NY": (2, 8), "MA": (2, 9),
    "OR": (3, 0), "NV": (3, 1), "WY": (3, 2), "SD": (3, 3), "IA": (3, 4), "IN": (3, 5), "OH": (3, 6),
    "PA": (3, 7), "NJ": (3, 8), "CT": (3, 9), "RI": (3, 10),
    "CA": (4, 0), "UT": (4, 1), "CO": (4, 2), "NE": (4, 3), "MO": (4, 4), "KY": (4, 5), "WV": (4, 6),
    "VA": (4, 7), "MD": (4, 8), "DE": (4, 9),
    "AZ": (5, 1), "NM": (5, 2), "KS": (5, 3), "AR": (5, 4), "TN": (5, 5), "NC": (5, 6), "SC": (5, 7),
    "DC": (5, 8),
    "OK": (6, 3), "LA": (6, 4), "MS": (6, 5), "AL": (6, 6), "GA": (6, 7),
    "HI": (7, 0), "TX": (7, 3), "FL": (7, 8),
    "GU": (9, 0), "MP": (9, 1), "AS": (9, 2), "PR": (9, 9), "VI": (9, 10),
}  # fmt: skip
ROWS = 1 + max(row for row, _ in TILES.values())
COLUMNS = 1 + max(column for _, column in TILES.values())


@dataclass(frozen=True)
class Legend:
    """What the colours mean: (value, label, fill colour), in the order the legend lists them."""

    title: str
    entries: tuple[tuple[str, str, str], ...]

    def colour(self, value: str) -> str:
        return next(fill for key, _label, fill in self.entries if key == value)


# Colours a reader can tell apart in print and with the common colour-vision deficiencies
# (blue for what protects, orange for what works against, greys for nothing and not known).
STATUS_LEGEND = Legend(
    "Status",
    (
        ("has", "has it", "#1f5fa8"),
        ("partly", "partly", "#8db8e3"),
        ("none", "none found", "#f2f2f2"),
        ("against", "works against", "#e08214"),
        ("unknown", "unknown", "#bdbdbd"),
    ),
)


def count_legend(most: int) -> Legend:
    """A legend for counts from 0 to ``most``: darker for more."""
    shades = ("#f2f2f2", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
    return Legend(
        "Protections",
        tuple((str(n), str(n), shades[min(n, len(shades) - 1)]) for n in range(most + 1)),
    )


def tile_map(values: Mapping[str, str], legend: Legend, title: str) -> tuple[str, bytes]:
    """The map as (SVG text, PNG bytes): each jurisdiction in ``values`` coloured by its value.

    Jurisdictions missing from ``values`` are drawn as "unknown" would be, in grey with no fill
    colour of their own, so a gap in the data shows on the map rather than vanishing from it.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.patches import Patch, Rectangle

    pyplot.rcParams["svg.hashsalt"] = "billkit"  # the same map, the same SVG ids
    pyplot.rcParams["svg.fonttype"] = "none"  # words stay words, readable and searchable
    figure, axes = pyplot.subplots(figsize=(8, 6.4))
    try:
        for code, (row, column) in TILES.items():
            value = values.get(code)
            fill = legend.colour(value) if value is not None else "#ffffff"
            axes.add_patch(Rectangle((column, -row), 0.92, 0.92, facecolor=fill, edgecolor="#555555"))
            dark = value is not None and _is_dark(fill)
            axes.text(column + 0.46, -row + 0.46, code, ha="center", va="center", fontsize=9,
                      color="white" if dark else "black", family="DejaVu Sans")  # fmt: skip
        axes.set_xlim(-0.2, COLUMNS + 0.1)
        axes.set_ylim(-ROWS + 0.8, 1.1)
        axes.set_aspect("equal")
        axes.axis("off")
        axes.set_title(title, fontsize=12, family="DejaVu Sans", loc="left")
        handles = [
            Patch(facecolor=fill, edgecolor="#555555", label=label) for _v, label, fill in legend.entries
        ]
        axes.legend(handles=handles, title=legend.title, loc="lower center", ncol=len(handles),
                    bbox_to_anchor=(0.5, -0.08), frameon=False, fontsize=8, title_fontsize=8)  # fmt: skip
        return _svg(figure, prefix=_slug(title)), _png(figure)
    finally:
        pyplot.close(figure)


def _is_dark(colour: str) -> bool:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * red + 0.587 * green + 0.114 * blue < 128


def _svg(figure, prefix: str) -> str:
    """The figure as SVG whose ids all start with ``prefix``, so several maps can share one page."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": "billkit"})
    svg = buffer.getvalue()
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    return re.sub(r'(url\(#|href="#)([^")]+)', rf"\1{prefix}-\2", svg)


def _slug(title: str) -> str:
    return "map-" + re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight", metadata={"Software": "billkit"})
    return buffer.getvalue()
