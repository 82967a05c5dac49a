"""Reading a pending bill for `billkit check`: DOCX, PDF, plain text or Markdown, as located passages.

A billkit draft's own commentary (the prefatory note, Legislative Notes, Comments, source lines
and drafter's notes) is left out, so that what is checked is the statutory text alone.
"""

from __future__ import annotations

import functools
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..load.words import words
from ..roles import commentary_styles

SUFFIXES = (".docx", ".pdf", ".txt", ".md")
COMMENTARY_STYLES = commentary_styles()
"""The Word styles of a billkit draft's commentary, from the table the DOCX writer uses."""
SECTION_HEAD = re.compile(r"^\s*(?:SECTION|SEC\.|Sec\.|Section|§)\s*\d+[A-Za-z]?\.")
ENACTING = re.compile(r"\benact", re.IGNORECASE)
LABELLED = re.compile(r"^\s*[*_]*[\w ,’'()-]+:[*_]*\s+\S")
"""A line that opens with a label ("Enacting clause: BE IT ENACTED ..."): a fact about the law."""


class UnreadableBillError(UsageError):
    """The bill to check cannot be read: missing, empty, corrupt, encrypted or without text."""


@dataclass(frozen=True)
class Passage:
    """A stretch of the bill's text and where it stands: "paragraph 12" or "page 3"."""

    text: str
    location: str


def read_bill(path: Path) -> list[Passage]:
    """The bill's statutory text as located passages; a one-line error if it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableBillError(
            f"{path}: cannot read a {suffix or 'file without an extension'}.",
            hint="give a .docx, .pdf, .txt or .md file",
        )
    if not path.exists():
        raise UnreadableBillError(f"{path}: no such file.")
    if path.is_dir():
        raise UnreadableBillError(f"{path}: is a folder, not a file.")
    if path.stat().st_size == 0:
        raise UnreadableBillError(f"{path}: the file is empty.")
    reader = {".docx": _read_docx, ".pdf": _read_pdf}.get(suffix, _read_text)
    passages = [p for p in reader(path) if p.text.strip()]
    if not passages:
        raise UnreadableBillError(f"{path}: no text found to check.")
    return passages


def _read_docx(path: Path) -> list[Passage]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableBillError(f"{path}: not a readable DOCX file ({type(exc).__name__}).") from None
    except Exception as exc:  # lxml and zip errors of many kinds: all mean a damaged file
        raise UnreadableBillError(f"{path}: not a readable DOCX file ({type(exc).__name__}).") from None
    paragraphs = [(p.style.name if p.style is not None else "", p.text) for p in document.paragraphs]
    if any(style in COMMENTARY_STYLES for style, _ in paragraphs):
        kept = [
            (i, text) for i, (style, text) in enumerate(paragraphs, start=1) if style not in COMMENTARY_STYLES
        ]
    else:
        kept = _without_commentary([(i, text) for i, (_, text) in enumerate(paragraphs, start=1)])
    return [Passage(text, f"paragraph {i}") for i, text in kept]


def _read_pdf(path: Path) -> list[Passage]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise UnreadableBillError(
                f"{path}: the PDF is encrypted; save an unprotected copy and check that."
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except UnreadableBillError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise UnreadableBillError(f"{path}: not a readable PDF file ({type(exc).__name__}).") from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise UnreadableBillError(f"{path}: not a readable PDF file ({type(exc).__name__}).") from None
    if not any(text.strip() for text in pages):
        raise UnreadableBillError(
            f"{path}: the PDF has no text layer (a scanned image?).",
            hint="run it through OCR first, or check the DOCX or text version",
        )
    lines = [(number, line) for number, text in enumerate(pages, start=1) for line in text.splitlines()]
    kept = _without_commentary(lines)
    by_page: dict[int, list[str]] = {}
    for number, line in kept:
        by_page.setdefault(number, []).append(line)
    return _mend_page_breaks([(number, _join_lines(page)) for number, page in by_page.items()])


_SENTENCE_END = re.compile(r"[.:](?=\s|$)")


def _mend_page_breaks(pages: list[tuple[int, str]]) -> list[Passage]:
    """Passages that never cut a sentence at a page break; each sentence keeps the page it starts on."""
    passages: list[Passage] = []
    carry, carry_page = "", 0
    for number, text in pages:
        if carry:
            first = _SENTENCE_END.search(text)
            cut = first.end() if first else len(text)
            passages.append(Passage(f"{carry} {text[:cut]}".strip(), f"page {carry_page}"))
            text = text[cut:].strip()
            carry = ""
        ends = list(_SENTENCE_END.finditer(text))
        cut = ends[-1].end() if ends else 0
        if text[:cut].strip():
            passages.append(Passage(text[:cut].strip(), f"page {number}"))
        if text[cut:].strip():
            carry, carry_page = text[cut:].strip(), number
    if carry:
        passages.append(Passage(carry, f"page {carry_page}"))
    return passages


def _read_text(path: Path) -> list[Passage]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableBillError(f"{path}: not UTF-8 text.") from None
    blocks: list[tuple[int, str]] = []
    line_number, start, current = 0, 1, []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if not current:
                start = line_number
            current.append(line.strip().lstrip("#>*- ").strip() if path.suffix == ".md" else line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    kept = _without_commentary(blocks)
    return [Passage(text, f"line {number}") for number, text in kept]


def _join_lines(lines: list[str]) -> str:
    """Join PDF lines, mending words hyphenated at a line's end."""
    out = ""
    for line in lines:
        line = line.strip()
        if out.endswith("-") and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


@functools.cache
def commentary_starts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a billkit draft's commentary begins on a line, in the words the draft prints.

    The headings come from ``words/bill.en.yaml`` and the "[Verify: …]" notes from
    ``words/jurisdiction.en.yaml``, and the cover's subtitle from ``clauses/_act.yaml``, so a
    reworded heading is still recognised. The first pattern opens a note under a section, the
    second a page of front matter.
    """
    from ..load.library import load_library

    bill, verify = words("bill"), words("jurisdiction")["verify"]["missing"].split(" ")[0]
    headings = bill["headings"]
    notes = (
        re.escape(headings["legislative"]) + ":",
        re.escape(headings["comment"]) + r"\s*$",
        re.escape(bill["source_note"]["opening"]) + " ",
        re.escape(headings["authorities"]) + ": ",
        re.escape(verify) + " ",
    )
    sources = headings["sources"].split("{{")[0].strip()
    fixed = [s for s in load_library().act.cover_subtitles if "{" not in s]
    front = (re.escape(headings["prefatory"]), re.escape(sources) + r"\s.+", *map(re.escape, fixed))
    markup = r"^\s*(?:[#>*_]+\s*)*"  # a Markdown heading, quotation or emphasis before the words
    return (
        re.compile(markup + "(?:" + "|".join(notes) + ")"),
        re.compile(markup + "(?:" + "|".join(front) + r")[*_]*\s*$"),
    )


def _without_commentary(items):
    """Drop a billkit draft's commentary from located lines or paragraphs, keeping the law."""
    kept = []
    skipping = False
    for where, text in items:
        if any(start.match(text) for start in commentary_starts()):
            skipping = True
            continue
        enacting = ENACTING.search(text) and len(text) < 200 and not LABELLED.match(text)
        if skipping and (SECTION_HEAD.match(text) or enacting):
            skipping = False
        if not skipping:
            kept.append((where, text))
    return kept
