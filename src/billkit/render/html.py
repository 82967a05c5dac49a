"""The HTML writer: the bill through Jinja templates, with the print stylesheet inlined."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..content import TEMPLATES_DIR
from ..model import Bill, Handout, Packet
from .options import RenderOptions


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def css_string(value: str) -> str:
    """A CSS string literal for ``value``, safe inside a ``<style>`` element.

    Quotes, backslashes, markup characters and everything outside printable ASCII are
    escaped, so no value can end the string or the element. Each escape ends with a space, which
    CSS takes as the escape's end: a space in the value after it then survives.
    """
    out = []
    for char in value:
        if char.isascii() and char.isprintable() and char not in "\"\\<>&'":
            out.append(char)
        else:
            out.append(f"\\{ord(char):06x} ")
    return '"' + "".join(out) + '"'


TEMPLATES = {
    "Bill": ("bill.html.j2", ("fonts.css", "bill.css")),
    "Packet": ("packet.html.j2", ("fonts.css", "bill.css", "packet.css")),
    "Handout": ("handout.html.j2", ("fonts.css", "handout.css")),
}
"""Document kind -> (page template, stylesheets inlined in order)."""


@functools.cache
def _stylesheet(name: str) -> str:
    """A package stylesheet, read once per process (a batch renders dozens of documents)."""
    return (TEMPLATES_DIR / name).read_text(encoding="utf-8")


def package_css(kind: str) -> str:
    """The package's stylesheets for a kind of document ("Bill", "Packet", "Handout"), joined."""
    return "\n".join(_stylesheet(sheet) for sheet in TEMPLATES[kind][1])


def running_head_css(document: Bill | Packet | Handout) -> str:
    """The rule that prints a bill's or packet's short title atop its pages; handouts have none."""
    if isinstance(document, Handout):
        return ""
    title = css_string(document.meta.short_title)
    return f"@page :left, :right {{ @top-center {{ content: {title}; }} }}"


def render_html(
    document: Bill | Packet | Handout,
    options: RenderOptions | None = None,
    pages: Mapping[str, str] | None = None,
    *,
    inline_css: bool = True,
) -> str:
    """A bill, packet or handout as one standalone HTML page (what WeasyPrint lays out).

    ``pages`` maps an authority's key to the pages that cite it, for a packet's table of authorities.
    With ``inline_css`` false the page has no stylesheet at all (the package's, the running head,
    the user's), for a caller that hands them to WeasyPrint already parsed.
    """
    options = options or RenderOptions()
    kind = type(document).__name__
    css = ""
    if inline_css:
        css = package_css(kind) + "\n" + running_head_css(document)
        if options.css:
            css += "\n/* The user's stylesheet (--css). */\n" + options.css
    created = options.document_date().strftime("%Y-%m-%dT%H:%M:%SZ")
    return (
        _environment()
        .get_template(TEMPLATES[kind][0])
        .render(bill=document, doc=document, css=css, pages=pages or {}, created=created)
    )


def render_html_bytes(document: Bill | Packet | Handout, options: RenderOptions) -> bytes:
    return render_html(document, options).encode("utf-8")


FORMAT = "html"
EXTENSION = ".html"
WRITERS = {Bill: render_html_bytes, Packet: render_html_bytes, Handout: render_html_bytes}
