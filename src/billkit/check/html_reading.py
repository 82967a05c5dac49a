"""Reading an HTML bill for `billkit check`: a legislature's web page of the bill, saved from the browser.

Many legislatures publish a bill's text as a web page that shows struck matter struck through (``<s>``,
``<strike>``, ``<del>``, a ``line-through`` style, or a class the page's style sheet strikes through or that
names it so, "strikethrough") and new matter underlined. Copied into a text file, the strike-through is lost
and the struck words read as law; read here, they are marked as Markdown marks them and read by the same
reader as a text file, apart from the bill's text. The page's scripts, styles, forms and
navigation are no part of the bill. Each passage is located by the block of the page it stands in
("paragraph 12") and the bill's own section label.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..load.textfile import decode_text

BLOCKS = frozenset(
    "address article aside blockquote body center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main ol p pre section table tbody td tfoot th thead tr ul".split()
)
"""Elements that stand as blocks of their own: each opens and closes a paragraph."""
UNREAD = frozenset("button head iframe input nav noscript object option script select style template".split())
"""Elements whose text is no part of the bill: the page's machinery and its navigation."""
STRUCK_TAGS = frozenset({"s", "strike", "del"})
LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
STYLE_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")
STRUCK_CLASS = re.compile(r"strike|struck|^(?:del|deleted|deletion|removed)$", re.IGNORECASE)
"""A class a page's markup names its struck matter by ("strikethrough", "deleted"), when its style sheet is
not saved with it."""
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")


def html_lines(path: Path) -> tuple[list[str], list[str]] | None:
    """The page's text as lines, struck matter between ``~~`` marks, and each line's place ("paragraph 3");
    None when the file is not text."""
    import lxml.html
    from lxml import etree

    text = decode_text(path.read_bytes())
    if text is None:
        return None
    try:
        root = lxml.html.document_fromstring(XML_DECLARATION.sub("", text))
    except (etree.ParserError, ValueError):
        return [], []
    page = _Page(_struck_classes(root))
    page.walk(root, struck=False, pre=False)
    page.block()
    return page.lines, page.places


class _Page:
    """The lines a page's elements print, built as they are walked."""

    def __init__(self, struck_classes: frozenset[str]) -> None:
        self.struck_classes = struck_classes
        self.lines: list[str] = []
        self.places: list[str] = []
        self.pieces: list[tuple[str, bool]] = []
        self.paragraph = 0
        self.opened = False

    def walk(self, element, *, struck: bool, pre: bool) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag and tag not in UNREAD:
            struck = struck or _strikes(element, self.struck_classes)
            pre = pre or tag == "pre"
            if tag in BLOCKS:
                self.block()
            if tag == "br":
                self.line()
            self.add(element.text, struck=struck, pre=pre)
            for child in element:
                self.walk(child, struck=struck, pre=pre)
            if tag in BLOCKS:
                self.block()
        # (the text after an element, up to its next sibling, stands in its parent, as the parent prints it)
        parent = element.getparent()
        if parent is not None and element.tail:
            self.add(element.tail, struck=_struck(parent, self.struck_classes), pre=_in_pre(parent))

    def add(self, text: str | None, *, struck: bool, pre: bool) -> None:
        if not text:
            return
        if not pre:
            self.pieces.append((re.sub(r"\s+", " ", text), struck))
            return
        first, *rest = text.split("\n")
        self.pieces.append((first, struck))
        for part in rest:
            self.line()
            self.pieces.append((part, struck))

    def line(self) -> None:
        """Ends the line being built: a line break, within the paragraph."""
        written = "".join(_marked(text) if struck else text for text, struck in _runs(self.pieces))
        self.pieces = []
        if written.strip():
            if not self.opened:
                self.paragraph += 1
                self.opened = True
            self.lines.append(" ".join(written.split()))
            self.places.append(f"paragraph {self.paragraph}")

    def block(self) -> None:
        """Ends the paragraph being built: a blank line parts it from the next."""
        self.line()
        if self.opened:
            self.lines.append("")
            self.places.append(f"paragraph {self.paragraph}")
            self.opened = False


def _marked(text: str) -> str:
    """Struck words between ``~~`` marks, the spaces beside them outside."""
    words = text.strip()
    if not words:
        return text
    return text[: len(text) - len(text.lstrip())] + f"~~{words}~~" + text[len(text.rstrip()) :]


def _runs(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Pieces of one kind side by side joined, so that a struck run is marked once."""
    runs: list[tuple[str, bool]] = []
    for text, struck in pieces:
        if runs and runs[-1][1] == struck:
            runs[-1] = (runs[-1][0] + text, struck)
        else:
            runs.append((text, struck))
    return runs


def _struck_classes(root) -> frozenset[str]:
    """The classes the page's own style sheet strikes through: ".gone { text-decoration: line-through }"."""
    sheets = " ".join(style.text_content() for style in root.iter("style"))
    return frozenset(
        name
        for selectors, declarations in STYLE_RULE.findall(sheets)
        if LINE_THROUGH.search(declarations)
        for name in CLASS.findall(selectors)
    )


def _strikes(element, struck_classes: frozenset[str]) -> bool:
    """Whether the element prints its words struck through: by its tag, its own style or its class."""
    tag = element.tag.lower() if isinstance(element.tag, str) else ""
    if not tag:
        return False
    classes = (element.get("class") or "").split()
    return (
        tag in STRUCK_TAGS
        or bool(LINE_THROUGH.search(element.get("style") or ""))
        or any(name in struck_classes or STRUCK_CLASS.search(name) for name in classes)
    )


def _struck(element, struck_classes: frozenset[str]) -> bool:
    while element is not None:
        if _strikes(element, struck_classes):
            return True
        element = element.getparent()
    return False


def _in_pre(element) -> bool:
    return any(isinstance(e.tag, str) and e.tag.lower() == "pre" for e in element.iterancestors()) or (
        isinstance(element.tag, str) and element.tag.lower() == "pre"
    )
