"""Which characters the fonts billkit ships can draw, read from their character maps by fontTools.

A PDF draws every character with those fonts; one they lack (an emoji in an organization's name)
would leave a gap on the page. billkit refuses such a character in what a user types, naming the
field, when a PDF is to be made (a DOCX is fine: Word finds a font of its own), and warns about any
it meets in a PDF's text all the same.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

from ..errors import UsageError
from ..load.content import FONTS_DIR
from ..walk import strings_in

logger = logging.getLogger("billkit")
FACES = ("LiberationSerif-Regular.ttf", "LiberationSans-Regular.ttf")
"""The faces whose character maps count: the body type of bills and of handouts (their bold and
italic faces cover the same characters)."""


@functools.cache
def drawable() -> frozenset[int]:
    """The code points every shipped face can draw."""
    from fontTools.ttLib import TTFont

    maps = []
    for name in FACES:
        with TTFont(FONTS_DIR / name, lazy=True) as font:
            maps.append(set(font.getBestCmap()))
    return frozenset(set.intersection(*maps))


def _invisible(char: str) -> bool:
    """Characters drawn as nothing anyway: spaces, controls, format marks, variation selectors."""
    return char.isspace() or (unicodedata.category(char) in ("Cc", "Cf", "Mn", "Me") and not char.isalnum())


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` the shipped fonts cannot draw, each once, in order."""
    fonts = drawable()
    found = (c for c in text if ord(c) not in fonts and not _invisible(c))
    return list(dict.fromkeys(found))


def describe(char: str) -> str:
    """ "U+1F5FD (🗽, STATUE OF LIBERTY)" """
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} ({char}{', ' + name if name else ''})"


def check_drawable(value, where: str = "") -> None:
    """Refuse a character the PDF's fonts cannot draw in ``value`` (a string, or dicts and lists
    of them), naming the key that holds it: a name must not lose a character without a word."""
    for key, text in strings_in(value, where):
        missing = undrawable(text)
        if missing:
            raise UsageError(
                f"{key} contains {describe(missing[0])}, a character the PDF's fonts cannot draw.",
                hint="remove it, or make only the DOCX (-f docx), where Word draws it",
            )


def warn_undrawable(html: str) -> None:
    """Log each character of a page's text that its fonts cannot draw, with the words around it."""
    text = re.sub(r"<[^>]*>", " ", html)
    for char in undrawable(text):
        at = text.index(char)
        context = " ".join(text[max(0, at - 30) : at + 30].split())
        logger.warning("the PDF cannot draw %s in %r; it is left out of the page", describe(char), context)
