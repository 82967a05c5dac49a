"""The model bill as Markdown for pandoc: billkit's HTML with just enough converted to compare."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import ClassVar


class MarkdownWriter(HTMLParser):
    """Just enough HTML to Markdown for billkit's bill HTML: headings, paragraphs, emphasis."""

    BLOCKS = frozenset({"p", "div", "section", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6"})
    SKIP = frozenset({"head", "style", "script", "title"})
    MARKS: ClassVar[dict[str, str]] = {"em": "*", "i": "*", "strong": "**", "b": "**"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.text: list[str] = []
        self.prefix = ""
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()
            if tag[0] == "h":
                self.prefix = "#" * int(tag[1]) + " "
        elif tag in self.MARKS:
            self.text.append(self.MARKS[tag])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.flush()
        elif tag in self.MARKS:
            self.text.append(self.MARKS[tag])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.text.append(re.sub(r"([\\`*_\[\]<>])", r"\\\1", data))

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.text)).strip()
        self.text = []
        if text:
            # A paragraph that merely starts like a list item or a heading must stay a paragraph.
            text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
            text = re.sub(r"^([-+#])", r"\\\1", text)
            self.blocks.append(self.prefix + text)
        self.prefix = ""

    def convert(self, source: str) -> str:
        self.feed(source)
        self.close()
        self.flush()
        return "\n\n".join(self.blocks) + "\n"
