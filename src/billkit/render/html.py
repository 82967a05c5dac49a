"""The HTML writer: the bill through Jinja templates, with the print stylesheet inlined."""

from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..model import Bill

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    return env


def css_string(value: str) -> str:
    """A CSS string literal for ``value``, safe inside a ``<style>`` element.

    Quotes, backslashes, markup characters and everything outside printable ASCII are
    escaped, so no value can end the string or the element.
    """
    out = []
    for char in value:
        if char.isascii() and char.isprintable() and char not in "\"\\<>&'":
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x}")
    return '"' + "".join(out) + '"'


def render_html(bill: Bill) -> str:
    """The bill as a standalone HTML page (what WeasyPrint lays out for the PDF)."""
    env = _environment()
    css = (TEMPLATES_DIR / "bill.css").read_text(encoding="utf-8")
    return env.get_template("bill.html.j2").render(bill=bill, css=css)


def render_html_bytes(bill: Bill) -> bytes:
    return render_html(bill).encode("utf-8")
