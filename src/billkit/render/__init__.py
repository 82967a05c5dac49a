"""Renderers: one module per format, each a function from the document model to bytes.

Modules are imported only when their format is asked for, so ``billkit --help`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..errors import UnknownNameError
from .options import RenderOptions

if TYPE_CHECKING:
    from ..model import Bill, Handout, Packet

RENDERERS: dict[str, dict[str, tuple[str, str]]] = {
    "Bill": {
        "docx": ("billkit.render.docx", "render_docx"),
        "html": ("billkit.render.html", "render_html_bytes"),
        "pdf": ("billkit.render.pdf", "render_pdf"),
        "akn": ("billkit.render.akn", "render_akn"),
    },
    "Packet": {
        "docx": ("billkit.render.packet_docx", "render_packet_docx"),
        "html": ("billkit.render.html", "render_html_bytes"),
        "pdf": ("billkit.render.pdf", "render_pdf"),
    },
    "Handout": {
        "docx": ("billkit.render.handout_docx", "render_handout_docx"),
        "html": ("billkit.render.html", "render_html_bytes"),
        "pdf": ("billkit.render.pdf", "render_pdf"),
    },
}
"""Document kind -> format name -> (module, function). Adding a format is adding a module and lines here."""

EXTENSIONS = {"docx": ".docx", "html": ".html", "pdf": ".pdf", "akn": ".akn.xml"}


def render(document: Bill | Packet | Handout, fmt: str, options: RenderOptions | None = None) -> bytes:
    """Render a bill, packet or handout in format ``fmt`` ("docx", "html" or "pdf") as file bytes."""
    writers = RENDERERS[type(document).__name__]
    try:
        module_name, function_name = writers[fmt]
    except KeyError:
        raise UnknownNameError("format", fmt, writers) from None
    function = getattr(importlib.import_module(module_name), function_name)
    return function(document, options or RenderOptions())
