"""The PDF writer: the HTML rendering laid out by WeasyPrint, fetching nothing from outside."""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import RenderError
from ..model import Bill
from .html import TEMPLATES_DIR, render_html

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


def render_pdf(bill: Bill) -> bytes:
    """The bill as PDF bytes: Letter pages, running head, "Page N of M", section bookmarks."""
    import weasyprint

    html = render_html(bill)
    try:
        document = weasyprint.HTML(
            string=html, base_url=TEMPLATES_DIR.as_uri() + "/", url_fetcher=_make_fetcher()
        )
        return document.write_pdf(pdf_identifier=b"billkit", uncompressed_pdf=False)
    except Exception as exc:  # WeasyPrint raises many kinds; the user needs one message
        raise RenderError(f"the PDF could not be laid out: {exc}") from exc
