"""The PDF writer: the HTML rendering laid out by WeasyPrint, fetching nothing from outside."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

from ..errors import BillkitError, RenderError
from ..model import Bill, Handout, Packet
from .html import TEMPLATES_DIR, render_html
from .options import RenderOptions

logger = logging.getLogger("billkit")
PACKAGE_DIR = TEMPLATES_DIR.parent


def _make_fetcher():
    from weasyprint import URLFetcher

    class PackageOnlyFetcher(URLFetcher):
        """Serves files inside the package's own folders and refuses every other URL."""

        def fetch(self, url, headers=None):
            if url.startswith("file://"):
                from urllib.parse import unquote, urlparse

                path = Path(unquote(urlparse(url).path)).resolve()
                if path.is_relative_to(PACKAGE_DIR) and path.is_file():
                    return super().fetch(url, headers)
            logger.warning("refused to fetch %s: billkit never loads outside resources", url)
            raise ValueError(f"billkit does not fetch {url}")

    return PackageOnlyFetcher()


def render_pdf(document: Bill | Packet | Handout, options: RenderOptions) -> bytes:
    """PDF bytes: Letter pages, running head, "Page N of M", bookmarks for parts and sections.

    A packet is laid out twice: first to learn on which pages each authority is cited, then with
    those pages printed in its table of authorities (the last part, so nothing before it moves).
    """
    try:
        with _font_timestamps(options):
            if isinstance(document, Packet):
                first = _layout(render_html(document, options, _placeholder_pages(document)))
                html = render_html(document, options, citation_pages(first, document))
            else:
                html = render_html(document, options)
            # The identifier is derived from the content, so the same document gets the same one.
            identifier = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
            return _layout(html).write_pdf(pdf_identifier=identifier)
    except BillkitError:
        raise
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one message
        raise RenderError(f"the PDF could not be laid out: {exc}") from exc


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


def _layout(html: str):
    import weasyprint

    return weasyprint.HTML(
        string=html, base_url=TEMPLATES_DIR.as_uri() + "/", url_fetcher=_make_fetcher()
    ).render()


def _placeholder_pages(packet: Packet) -> dict[str, str]:
    return {entry.key: "00, 00" for _group, entries in packet.authorities for entry in entries}


def citation_pages(laid_out, packet: Packet) -> dict[str, str]:
    """For each authority, the pages of the laid-out packet that cite it: "3, 5, 12"."""
    page_of = {}
    for number, page in enumerate(laid_out.pages, start=1):
        for anchor in page.anchors:
            page_of.setdefault(anchor, number)
    pages: dict[str, set[int]] = {}
    for anchor, key in packet.citation_anchors():
        if anchor in page_of:
            pages.setdefault(key, set()).add(page_of[anchor])
    return {key: ", ".join(str(n) for n in sorted(numbers)) for key, numbers in pages.items()}
