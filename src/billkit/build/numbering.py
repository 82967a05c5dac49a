"""How a bill numbers things: the label ladders of provisions, and each section's label and heading."""

from __future__ import annotations

from ..load.jurisdiction import Jurisdiction
from .templating import render_text

LADDERS = {
    "subsections": ("lower", "arabic", "upper", "roman"),
    "definitions": ("arabic", "upper", "roman"),
}
"""How provisions are labelled at each depth: (a)/(1)/(A)/(i), or (1)/(A)/(i) in definitions."""


def label(style: str, n: int) -> str:
    """The label of the ``n``-th provision (from 0) at a depth labelled in ``style``: "(c)", "(3)"."""
    if style == "lower":
        return f"({letters(n).lower()})"
    if style == "upper":
        return f"({letters(n)})"
    if style == "roman":
        return f"({roman(n + 1)})"
    return f"({n + 1})"


def letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the drafting convention for long lists."""
    return chr(ord("A") + n % 26) * (n // 26 + 1)


def roman(n: int) -> str:
    """``n`` in lower-case roman numerals: 4 -> "iv"."""
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, symbols in numerals:
        while n >= value:
            out += symbols
            n -= value
    return out


def section_label(jurisdiction: Jurisdiction, number: int, *, amends: bool = False) -> str:
    """How section ``number`` opens: "SECTION 1.", or the jurisdiction's own form ("Section 1.";
    Washington's "NEW SECTION. Sec. 3." for a section that does not amend the code)."""
    form = jurisdiction.form
    pattern = "SECTION {{ n }}."
    if form is not None:
        pattern = form.first_section if number == 1 else form.section
        if form.new_section and not amends:
            pattern = form.new_section
    return render_text(pattern, {"n": number}, where="section label")


def code_label(jurisdiction: Jurisdiction, key: str) -> str:
    """How a new code section inside an enacting section opens: "Sec. [A]." (Ohio)."""
    return render_text(jurisdiction.form.enact.label, {"key": key}, where="form: field 'enact.label'")


def section_heading(jurisdiction: Jurisdiction, title: str, *, codified: bool = False) -> str:
    """The heading printed after the label, or nothing where the jurisdiction's sections have none;
    a new code section (``codified``) follows the enact form's own rule where it has one."""
    form = jurisdiction.form
    headed = form.headings if form is not None else True
    if codified and form is not None and form.enact is not None and form.enact.headings is not None:
        headed = form.enact.headings
    if not headed:
        return ""
    return (title if form is not None and form.heading_case == "sentence" else title.upper()) + "."
