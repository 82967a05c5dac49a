"""The PDF writer: the HTML rendering laid out by WeasyPrint, fetching nothing from outside."""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import BillkitError, RenderError
from ..load.content import TEMPLATES_DIR, is_content
from ..model import AuthoritiesTable, Document
from .fonts import warn_undrawable
from .html import package_css, render_html, running_head_css, stylesheets
from .options import RenderOptions

logger = logging.getLogger("billkit")
BASE_URL = TEMPLATES_DIR.as_uri() + "/"


def _make_fetcher():
    from weasyprint import URLFetcher

    class PackageOnlyFetcher(URLFetcher):
        """Serves files inside billkit's content folders and refuses every other URL."""

        def fetch(self, url, headers=None):
            if url.startswith("file://"):
                from urllib.parse import unquote, urlparse

                path = Path(unquote(urlparse(url).path)).resolve()
                if is_content(path):
                    return super().fetch(url, headers)
            logger.warning("refused to fetch %s: billkit never loads outside resources", url)
            raise ValueError(f"billkit does not fetch {url}")

    return PackageOnlyFetcher()


class LaidOut(NamedTuple):
    """A document in pages, ready to be written: WeasyPrint's document and what the PDF adds."""

    pages: Any  # weasyprint.Document
    identifier: bytes
    finisher: Callable | None


def render_pdf(document: Document, options: RenderOptions) -> bytes:
    """PDF bytes: Letter pages, running head, "Page N of M", bookmarks for parts and sections."""
    try:
        return write(lay_out(document, options), options)
    except BillkitError:
        raise
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one message
        raise RenderError(f"the PDF could not be laid out: {exc}") from exc


SHEETS = {"community": 2}
"""The pages a kind's variant must fit on: the community handout is one sheet, front and back."""
LOOSE_GROUPS = ".group { break-inside: auto !important; }"
"""What lets a handout's sections break across pages when, kept whole, they would need more."""
TIGHT_LEADING = ".community html, .community { line-height: 1.28 !important; }"
"""The last resort for a handout that still runs past its sheet: the same type, closer lines."""


def lay_out(document: Document, options: RenderOptions) -> LaidOut:
    """The document laid out in pages by WeasyPrint.

    A document with a table of authorities is laid out twice: first to learn on which pages each
    authority is cited, then with those pages printed in the table (its last part, so nothing
    before it moves). A community handout whose sections, each kept on one page, would run past
    its sheet is laid out again with its sections free to break, and, if it still runs past, with
    its lines set closer (the type keeps its size).
    """
    styles = _styles(document, options.css)
    tables = [block for block in document.blocks if isinstance(block, AuthoritiesTable)]
    if tables:
        first = _layout(_html(document, options, _placeholder_pages(tables)), styles)
        html = _html(document, options, citation_pages(first, document))
    else:
        html = _html(document, options)
    warn_undrawable(html)
    pages = _layout(html, styles)
    limit = SHEETS.get(document.meta.variant)
    for fallback in (LOOSE_GROUPS, f"{LOOSE_GROUPS}\n{TIGHT_LEADING}"):
        if not limit or len(pages.pages) <= limit:
            break
        # whole sections overflow: let them break instead, and then set the lines closer
        styles = _styles(document, f"{fallback}\n{options.css}")
        pages = _layout(html, styles)
    # The identifier is derived from everything that makes the pages, so the same document gets
    # the same one: the stylesheets, the page and the numbering added after layout.
    restart = options.numbering(document.act) if document.act is not None else None
    content = "\0".join((*styles.texts, html, f"line numbers: {restart}"))
    identifier = hashlib.sha256(content.encode("utf-8")).hexdigest()[:32].encode("ascii")
    finisher = None
    if restart:
        finisher = _line_number_finisher(_numbered_lines(pages), continuous=restart == "continuous")
    return LaidOut(pages, identifier, finisher)


def write(laid_out: LaidOut, options: RenderOptions) -> bytes:
    """The PDF bytes of a laid-out document: painted, fonts subset, tagged as PDF/UA-1."""
    with _font_timestamps(options):
        # PDF/UA-1: tagged, with title and language, so screen readers can follow it.
        return laid_out.pages.write_pdf(
            pdf_identifier=laid_out.identifier, finisher=laid_out.finisher, pdf_variant="pdf/ua-1"
        )


@contextlib.contextmanager
def _font_timestamps(options: RenderOptions):
    """Make fontTools stamp subset fonts with the document's date instead of the clock.

    WeasyPrint subsets fonts with fontTools, which writes the current time into each font's
    ``head`` table unless ``SOURCE_DATE_EPOCH`` is set; without this, no two PDFs are the same.
    """
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(options.document_date().timestamp()))
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _html(document: Document, options: RenderOptions, pages=None) -> str:
    return render_html(document, options, pages, inline_css=False)


class Styles(NamedTuple):
    """What WeasyPrint lays a document out with, and the CSS it was parsed from."""

    fonts: Any  # weasyprint.text.fonts.FontConfiguration
    sheets: list
    texts: tuple[str, ...]
    counter_style: Any = None  # a user's @counter-style rules, which WeasyPrint keeps apart
    color_profiles: dict | None = None


def _styles(document: Document, user_css: str) -> Styles:
    """The fonts and the parsed stylesheets, in order: the package's, the running head, the user's.

    WeasyPrint gives stylesheets handed to it the user origin, below anything in the page itself;
    so the page carries none, and the order here alone decides. Without a user stylesheet the
    package's fonts and stylesheets are made once per process and shared by every document:
    parsing the CSS and loading the fonts would otherwise be repeated for each bill of a batch.
    (The shared font configuration is one Pango font map: render from one thread at a time.)
    A user's stylesheet may declare fonts, counter styles and colour profiles, so it gets a
    configuration of its own and shares nothing.
    """
    sheets = stylesheets(document)
    texts = tuple(css for css in (package_css(sheets), running_head_css(document), user_css) if css)
    if user_css:
        from weasyprint.css.counters import CounterStyle

        counters, profiles = CounterStyle(), {}
        fonts, sheets = _parse_styles(*texts, counter_style=counters, color_profiles=profiles)
        return Styles(fonts, sheets, texts, counters, profiles)
    fonts, parsed = _package_styles(sheets)
    return Styles(fonts, [*parsed, *_parse_styles(*texts[1:], fonts=fonts)[1]], texts)


@functools.cache
def _package_styles(sheets: tuple[str, ...]):
    return _parse_styles(package_css(sheets))


def _parse_styles(*stylesheets: str, fonts=None, **where):
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    fonts = fonts or FontConfiguration()
    where |= {"base_url": BASE_URL, "url_fetcher": _make_fetcher(), "font_config": fonts}
    return fonts, [CSS(string=css, **where) for css in stylesheets]


# The font configuration copies the fonts into a temporary folder that it removes when it is
# dropped; drop the shared ones before the interpreter winds down.
atexit.register(_package_styles.cache_clear)


def _layout(html: str, styles: Styles):
    import weasyprint

    return weasyprint.HTML(string=html, base_url=BASE_URL, url_fetcher=_make_fetcher()).render(
        stylesheets=styles.sheets,
        font_config=styles.fonts,
        counter_style=styles.counter_style,
        color_profiles=styles.color_profiles,
    )


NUMBERED_CLASSES = frozenset(
    {"act-title", "long-title", "caption", "enacting-clause", "provision", "section-start"}
)
"""The blocks whose lines are the bill's own text; notes, comments and covers go unnumbered."""
PX_TO_PT = 0.75


def _numbered_lines(laid_out) -> list[list[tuple[float, float]]]:
    """For each page, the (left edge, baseline) in PDF points of each line of bill text."""
    from weasyprint.formatting_structure.boxes import LineBox

    pages = []
    for page in laid_out.pages:
        # WeasyPrint keeps a page's boxes in the private ``_page_box`` (pinned in pyproject.toml;
        # tests/test_weasyprint_internals.py fails when a release changes what is used here).
        box_tree = page._page_box
        left = box_tree.content_box_x()
        lines = []
        for box in box_tree.descendants():
            if not isinstance(box, LineBox) or box.element is None:
                continue
            classes = set((box.element.get("class") or "").split())
            if classes & NUMBERED_CLASSES and not box.element_tag.startswith("h2"):
                baseline = box.position_y + (box.baseline or box.height * 0.8)
                lines.append((left, page.height - baseline))
        pages.append([(x * PX_TO_PT, y * PX_TO_PT) for x, y in lines])
    return pages


def _line_number_finisher(pages: list[list[tuple[float, float]]], *, continuous: bool = False):
    """Draw each page's line numbers in its left margin, as marked artifacts in a base-14 font.

    WeasyPrint has no line numbering, so the numbers are drawn after layout, at the baseline of
    each line of bill text: from 1 on every page, or (``continuous``) on from the page before.
    """
    firsts = [1] * len(pages)
    if continuous:
        for i in range(1, len(pages)):
            firsts[i] = firsts[i - 1] + len(pages[i - 1])
    import pydyf

    def finisher(_document, pdf) -> None:
        font = pydyf.Dictionary({
            "Type": "/Font", "Subtype": "/Type1", "BaseFont": "/Times-Roman", "Encoding": "/WinAnsiEncoding",
        })  # fmt: skip
        pdf.add_object(font)
        # pydyf lists each page as three items, "n 0 R" (pinned; see the internals test).
        kids = list(pdf.pages["Kids"])
        for number, lines, first in zip(kids[0::3], pages, firsts, strict=False):
            if not lines:
                continue
            page = pdf.objects[number]
            resources = _resolve(pdf, page["Resources"])
            fonts = resources.get("Font")
            if fonts is None:
                fonts = resources["Font"] = pydyf.Dictionary()
            else:
                fonts = _resolve(pdf, fonts)
            fonts["BillkitLineNumber"] = font.reference
            # WeasyPrint leaves its own transformation (CSS pixels, y downwards) in force at the
            # end of the page's content; save the state before it and restore it before drawing.
            save = pydyf.Stream()
            save.push_state()
            pdf.add_object(save)
            stream = pydyf.Stream()
            stream.pop_state()
            stream.begin_marked_content("Artifact")
            stream.begin_text()
            stream.set_font_size("BillkitLineNumber", 9)
            for index, (left, baseline) in enumerate(lines, start=first):
                label = str(index)
                width = 4.5 * len(label)  # Times-Roman digits are half an em wide
                stream.set_text_matrix(1, 0, 0, 1, left - 30 - width, baseline)
                stream.show_text_string(label)
            stream.end_text()
            stream.end_marked_content()
            pdf.add_object(stream)
            page["Contents"] = pydyf.Array([save.reference, page["Contents"], stream.reference])

    return finisher


def _resolve(pdf, value):
    """The object a PDF reference (b"12 0 R") points to, or the value itself."""
    if isinstance(value, bytes) and value.endswith(b" R"):
        return pdf.objects[int(value.split()[0])]
    return value


def _placeholder_pages(tables: list[AuthoritiesTable]) -> dict[str, str]:
    return {entry.key: "00, 00" for table in tables for _group, entries in table.groups for entry in entries}


def citation_pages(laid_out, document: Document) -> dict[str, str]:
    """For each authority, the pages of the laid-out packet that cite it: "3, 5, 12"."""
    page_of = {}
    for number, page in enumerate(laid_out.pages, start=1):
        for anchor in page.anchors:
            page_of.setdefault(anchor, number)
    pages: dict[str, set[int]] = {}
    for anchor, key in document.citation_anchors():
        if anchor in page_of:
            pages.setdefault(key, set()).add(page_of[anchor])
    return {key: ", ".join(str(n) for n in sorted(numbers)) for key, numbers in pages.items()}


FORMAT = "pdf"
EXTENSION = ".pdf"
WRITES = "any"
WRITER = render_pdf
