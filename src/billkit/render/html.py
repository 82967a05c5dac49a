"""The HTML writer: the bill through Jinja templates, with the print stylesheet inlined."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..jinja_cache import use_cache
from ..load.content import TEMPLATES_DIR
from ..model import Act, Bill, Document, PageBreak
from ..roles import role
from .options import RenderOptions
from .typeset import bind_signs


@functools.cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_typeset,
    )
    return use_cache(env)


def _typeset(value):
    """Every printed value that is text (not markup already made) with its section signs bound."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return bind_signs(value)
    return value


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


def stylesheets(document: Document) -> tuple[str, ...]:
    """The package stylesheets a document is laid out with, in order.

    Every document takes the fonts and the shared rules; one holding an act takes the bill's
    stylesheet; a kind takes ``<kind>.css`` when the templates folder has one. A new kind of
    document needs no change here, only its stylesheet.
    """
    sheets = ["fonts.css", "document.css"]
    if any(isinstance(block, Act) for block in document.blocks):
        sheets.append("bill.css")
    own = f"{document.meta.kind}.css"
    if own not in sheets and (TEMPLATES_DIR / own).is_file():
        sheets.append(own)
    return tuple(sheets)


@functools.cache
def _stylesheet(name: str) -> str:
    """A package stylesheet, read once per process (a batch renders dozens of documents)."""
    return (TEMPLATES_DIR / name).read_text(encoding="utf-8")


def package_css(sheets: tuple[str, ...]) -> str:
    """The package's stylesheets, joined."""
    return "\n".join(_stylesheet(sheet) for sheet in sheets)


def running_head_css(document: Document) -> str:
    """The rule that prints the short title atop each page, for a document that has a running head."""
    if not document.meta.running_head:
        return ""
    title = css_string(document.meta.short_title)
    return f"@page :left, :right {{ @top-center {{ content: {title}; }} }}"


def pages(blocks) -> list[list]:
    """The blocks in stretches between page breaks."""
    out: list[list] = [[]]
    for block in blocks:
        if isinstance(block, PageBreak):
            out.append([])
        else:
            out[-1].append(block)
    return [page for page in out if page]


def render_html(
    document: Document | Bill,
    options: RenderOptions | None = None,
    cited_pages: Mapping[str, str] | None = None,
    *,
    inline_css: bool = True,
) -> str:
    """A document as one standalone HTML page (what WeasyPrint lays out).

    ``cited_pages`` maps an authority's key to the pages that cite it, for a table of authorities.
    With ``inline_css`` false the page has no stylesheet at all (the package's, the running head,
    the user's), for a caller that hands them to WeasyPrint already parsed.
    """
    if isinstance(document, Bill):
        document = Document.of_bill(document)
    options = options or RenderOptions()
    css = ""
    if inline_css:
        css = package_css(stylesheets(document)) + "\n" + running_head_css(document)
        if options.css:
            css += "\n/* The user's stylesheet (--css). */\n" + options.css
    created = options.document_date().strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = document.meta
    body_class = " ".join(filter(None, (meta.kind, meta.variant, _annotation(document))))
    return (
        _environment()
        .get_template("document.html.j2")
        .render(
            doc=document,
            pages=pages(document.blocks),
            body_class=body_class,
            css=css,
            cited_pages=cited_pages or {},
            created=created,
            block_type=lambda block: type(block).__name__,
            inline_svg=inline_svg,
            role=role,
        )
    )


def inline_svg(svg: str) -> Markup:
    """A picture billkit drew itself, as an ``<svg>`` element in the page (no prolog, no doctype)."""
    start = svg.find("<svg")
    if start < 0:
        raise ValueError("not an SVG picture")
    return Markup(svg[start:])


def _annotation(document: Document) -> str:
    bill = document.act
    if bill is None:
        return ""
    return "annotated" if bill.meta.annotated else "clean"


def render_html_bytes(document: Document, options: RenderOptions) -> bytes:
    return render_html(document, options).encode("utf-8")


FORMAT = "html"
EXTENSION = ".html"
WRITES = "any"
WRITER = render_html_bytes
