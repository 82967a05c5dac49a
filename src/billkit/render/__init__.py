"""Renderers: one module per format, each a function from the document model to bytes.

Modules are imported only when their format is asked for, so ``billkit --help`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ..errors import UnknownNameError

if TYPE_CHECKING:
    from ..model import Bill

RENDERERS: dict[str, tuple[str, str]] = {
    "docx": ("billkit.render.docx", "render_docx"),
    "html": ("billkit.render.html", "render_html_bytes"),
    "pdf": ("billkit.render.pdf", "render_pdf"),
}
"""Format name -> (module, function). Adding a format is adding a module and a line here."""

EXTENSIONS = {"docx": ".docx", "html": ".html", "pdf": ".pdf"}


def render(bill: Bill, fmt: str) -> bytes:
    """Render ``bill`` in format ``fmt`` ("docx", "html" or "pdf") and return the file's bytes."""
    try:
        module_name, function_name = RENDERERS[fmt]
    except KeyError:
        raise UnknownNameError("format", fmt, RENDERERS) from None
    function = getattr(importlib.import_module(module_name), function_name)
    return function(bill)
