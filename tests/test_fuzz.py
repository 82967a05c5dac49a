"""Hostile input: every spec field and parameter filled with arbitrary Unicode.

Each build either writes a DOCX that reopens and a PDF that parses and holds the value, or
stops with a one-line error and exit status 2; never a traceback, never a file that will not open.
Run many more examples locally with ``pytest --hypothesis-profile=long tests/test_fuzz.py``.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import docx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pypdf import PdfReader
from typer.testing import CliRunner

from billkit.cli import app

pytestmark = pytest.mark.slow  # 200 full drafts with PDF

runner = CliRunner()

nasty = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=120).filter(
        str.strip
    ),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.sampled_from(
        [
            "\u202eRTL override", "שלום עולם", "e\u0301\u0301\u0301", "👩🏽‍⚖️ Act", "<b>&amp;", "{{ j }}",
            "{% raw %}", "100%", "x" * 600, "\x00", "\ud800", "\x0b", "\u2028line", "Fish & <Chips>", "]]>",
            "'\"\\",
        ]
    ),
)  # fmt: skip


def toml_string(value: str) -> str:
    out = []
    for char in value:
        code = ord(char)
        if char in '"\\' or code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


FIELDS = {
    "name": "bill",
    "relief_term": "sealing",
    "state": "NY",
    "short_title": "Clean Slate Act",
    "notify_days": "45",
    "education_agency": "the Judicial Council",
}
"""Each example puts a hostile value in one field and sensible values in the rest, so it reaches
the renderers whenever that one value is acceptable."""
PARAMS = {
    "short_title": "short-title",
    "notify_days": "federal-records",
    "education_agency": "public-education",
}


def fold(text: str) -> str:
    """Spaces collapsed and case ignored, the way a sentence's capital letter may change a value:
    "ı" begins a sentence as "I", which case-folds to "i", so both sides go to capitals first."""
    return " ".join(text.split()).upper().casefold()


@given(field=st.sampled_from(sorted(FIELDS)), value=nasty)
@example(field="education_agency", value="ı")  # found by a run: starts a sentence, so printed "I"
def test_any_unicode_in_the_spec_builds_valid_files_or_fails_cleanly(field, value):
    values = {**FIELDS, field: value}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        spec = folder / "bill.toml"
        lines = [f"{key} = {toml_string(values[key])}" for key in ("name", "relief_term", "state")]
        lines += ["clean = true", 'clauses = ["short-title", "federal-records", "public-education"]']
        for param, clause in PARAMS.items():
            lines += [f"[params.{clause}]", f"{param} = {toml_string(values[param])}"]
        spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = runner.invoke(app, ["draft", str(spec), "-o", str(folder / "out")])
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        if result.exit_code != 0:
            assert result.exit_code == 2, result.output
            assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
            assert not (folder / "out").exists() or not list((folder / "out").iterdir())
            return
        (docx_path,) = (folder / "out").glob("*.docx")
        (pdf_path,) = (folder / "out").glob("*.pdf")
        document = docx.Document(str(docx_path))
        text = "\n".join(p.text for p in document.paragraphs)
        shown = [values[param] for param in PARAMS]
        for each in shown:
            assert fold(each) in fold(text)
        # pypdf may read a page set in a fallback font as two-byte codes, NULs between letters.
        pages = PdfReader(pdf_path).pages
        pdf_text = "".join("".join(page.extract_text().replace("\x00", "").split()) for page in pages)
        for each in shown:
            for word in re.findall(r"[A-Za-z0-9]{3,}", each)[:5]:
                # right-to-left marks reorder what follows them on the page: either order will do
                assert word.casefold() in pdf_text.casefold() or word[::-1].casefold() in pdf_text.casefold()
