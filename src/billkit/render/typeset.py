"""Typesetting shared by the paged formats (DOCX, and HTML on its way to PDF).

A section sign belongs on the line of the number it introduces: "§" at the end of one line and
"19.2-296" at the start of the next is the break a drafting office corrects by hand. The writers
join the two with a no-break space. Only the paged formats do: Markdown and Akoma Ntoso keep the
plain space, for pasting and for machines.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"

_SIGN_THEN_NUMBER = re.compile(r"(§§?|¶¶?) (?=[\[(\dA-Za-z])")
"""A section or paragraph sign, single or doubled, and the space before what it numbers."""


def bind_signs(text: str) -> str:
    """``text`` with each "§ 12" (also "§§", "¶", and a bracketed "§ [B]") joined by a no-break space."""
    if "§" not in text and "¶" not in text:
        return text
    return _SIGN_THEN_NUMBER.sub(rf"\1{NO_BREAK_SPACE}", text)
