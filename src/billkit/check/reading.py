"""Reading a pending bill for `billkit check`: DOCX, PDF, plain text, Markdown or a saved web page, as located
passages (the DOCX reader is :mod:`.docx_reading`, the text and web page readers :mod:`.text_reading`).

The text is read as it will stand once enacted: words hyphenated at a line's end are joined, and
struck text (strike-through in a DOCX, ``~~struck~~`` in Markdown, and [brackets] in a bill whose
explanation line says that brackets mark old law to be omitted) is left out. Each passage is located
by the bill's own section label when it has one ("Sec. 3(b), line 42"). A billkit draft's own
commentary (the prefatory note, Legislative Notes, Comments, source lines and drafter's notes) is
left out, so that what is checked is the statutory text alone; its [bracketed] placeholders stay.
"""

from __future__ import annotations

import functools
import logging
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..load.words import words
from ..roles import commentary_styles
from .layout import Line, as_printed, plain_letters
from .printed import (
    NEW_SECTION,
    PLACE,
    SECTION_NUMBER,
    SPACE_BEFORE_STOP,
    Labels,
    label_after,
    located,
    mend,
    struck_matter,
    struck_out,
    units,
    vocabulary,
)

SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".html", ".htm")
MB = 1024 * 1024
MAX_DOCUMENT_MB = 20
"""The largest PDF or DOCX bill read, in MB: an omnibus bill with its tables is a few MB."""
MAX_TEXT_MB = 5
"""The largest text or Markdown bill read, in MB: some thousand pages of text."""
PROGRESS_PAGES = 20
"""A PDF with more pages than this shows its progress on stderr while they are read."""
COMMENTARY_STYLES = commentary_styles()
"""The Word styles of a billkit draft's commentary, from the table the DOCX writer uses."""
SECTION_HEAD = re.compile(
    r"^\s*[*_]*" + NEW_SECTION + r"(?:SECTION|SEC\.|Sec\.|Section|Art\.|ARTICLE|Article|§)\s*"
    r"(?:" + SECTION_NUMBER + r"|\[\w{1,3}\])\.(?=[\s*_]|$)"
)
"""A section's label: "SEC. 4.", Texas's "Art. 55A.051.", a new code section's key ("Sec. [A].") and
Washington's "NEW SECTION. Sec. 2.", followed by a space; never a note's line that opens with a
citation ("§ 9.94A.640, which calls it ...")."""
ENACTING = re.compile(r"\benact", re.IGNORECASE)
LABELLED = re.compile(r"^\s*[*_]*[\w ,’'()-]+:[*_]*\s+\S")
"""A line that opens with a label ("Enacting clause: BE IT ENACTED ..."): a fact about the law."""


_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
"""Spaces other than the plain one (no-break, thin, em ...): a bill's "§ 12" may hold any of them."""


class UnreadableBillError(UsageError):
    """The bill to check cannot be read: missing, empty, corrupt, encrypted, too large or without text."""


@dataclass(frozen=True)
class Passage:
    """A stretch of the bill's text and where it stands: "Sec. 3(b), line 42", "paragraph 12", "page 3"."""

    text: str
    location: str
    struck: bool = False  # matter the bill strikes: read apart, for what the bill takes away


def printed_text(passages: list[Passage]) -> str:
    """The bill's text as it would read if enacted: its passages without the matter it strikes."""
    return "\n".join(p.text for p in passages if not p.struck)


def read_bill(path: Path) -> list[Passage]:
    """The bill's statutory text as located passages; a one-line error if it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UnreadableBillError(
            f"{path}: cannot read a {suffix or 'file without an extension'}.",
            hint="give a .docx, .pdf, .txt, .md or .html file",
        )
    if not path.exists():
        raise UnreadableBillError(f"{path}: no such file.")
    if path.is_dir():
        raise UnreadableBillError(f"{path}: is a folder, not a file.")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableBillError(f"{path}: the file is empty.")
    limit = MAX_DOCUMENT_MB if suffix in (".docx", ".pdf") else MAX_TEXT_MB
    if size > limit * MB:
        raise UnreadableBillError(
            f"{path}: the file is {size / MB:.1f} MB; billkit reads a {suffix} bill of at most {limit} MB.",
            hint="check the bill's text alone, without attachments or scanned pages",
        )
    from .docx_reading import read_docx
    from .text_reading import read_html, read_text

    reader = {".docx": read_docx, ".pdf": _read_pdf, ".html": read_html, ".htm": read_html}.get(
        suffix, read_text
    )
    # (a DOCX's joined letters are written out here, a PDF's and a text's before their lines are mended; the
    # space struck matter leaves before a full stop is closed up, on its line or, when the struck
    # matter ran over lines, where the lines join)
    passages = [
        Passage(SPACE_BEFORE_STOP.sub("", _SPACES.sub(" ", plain_letters(p.text))), p.location, p.struck)
        for p in reader(path)
        if p.text.strip()
    ]
    if all(p.struck for p in passages):
        raise UnreadableBillError(f"{path}: no text found to check.")
    return passages


@contextmanager
def _pypdf_quiet():
    """Keep pypdf's notes on what it repairs in a damaged file ("invalid pdf header", "EOF marker not
    found") off the terminal while a bill is read: a file it cannot read gets one ``Error:`` line."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _read_pdf(path: Path) -> list[Passage]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _pypdf_quiet():
            reader = PdfReader(str(path))
            if reader.is_encrypted:
                raise UnreadableBillError(
                    f"{path}: the PDF is encrypted; save an unprotected copy and check that."
                )
            pages = _page_texts(reader.pages, path.name)
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
    by_page: list[list[Line]] = [[] for _ in pages]
    for line in as_printed("\n\f".join(plain_letters(page) for page in pages).split("\n"), paged=True):
        by_page[line.page].append(line)
    text = "\f".join("\n".join(line.text for line in page) for page in by_page)
    printed = struck_out(text, markdown=False)
    # (a line the margin numbers is cited by its page and that number, as an amendment cites it)
    lines = [
        (f"page {n}, line {line.number}" if line.number else f"page {n}", words)
        for n, (page, enacted) in enumerate(zip(by_page, printed.split("\f"), strict=True), start=1)
        for line, words in zip(page, enacted.split("\n"), strict=False)
    ]
    kept = without_commentary([((i, place), line) for i, (place, line) in enumerate(lines)])
    blocks: list[list[tuple[str, str]]] = []
    last = -2
    for (i, place), line in kept:  # what the commentary interrupted is not one paragraph
        if not blocks or i != last + 1:
            blocks.append([])
        blocks[-1].append((place, line))
        last = i
    return located_passages(blocks, vocabulary(text)) + struck_passages(
        text, printed, [], _pages_of_lines(text)
    )


def _pages_of_lines(text: str) -> list[str]:
    """The page each line of ``text`` (pages apart by form feeds) stands on, as a location: "page 3"."""
    places, page = [], 1
    for line in text.splitlines(keepends=True):
        places.append(f"page {page}")
        page += line.endswith("\f")
    return places


def _page_texts(pages, name: str) -> list[str]:
    """Each page's text; a long PDF shows a progress bar on stderr (never stdout) when it is a terminal."""
    if len(pages) <= PROGRESS_PAGES:
        return [page.extract_text() or "" for page in pages]
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=sys.stderr)
    texts = []
    with Progress(console=console, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task(f"Reading {name}", total=len(pages))
        for page in pages:
            texts.append(page.extract_text() or "")
            progress.advance(task)
    return texts


def struck_passages(
    text: str, printed: str, passages: list[Passage], places: list[str] | None = None
) -> list[Passage]:
    """The matter the bill strikes, as passages of its own (a piece that runs on to the next line's first
    piece read as one with it; two pieces of one line apart), each under the section label of the printed
    text it stood in. ``places`` names each line's place when it is not the line itself (a PDF's page)."""
    blocks: list[list[tuple[str, str]]] = [[]]
    for number, pieces in enumerate(struck_matter(text, printed), start=1):
        place = places[min(number, len(places)) - 1] if places else f"line {number}"
        for k, piece in enumerate(pieces):
            if k and blocks[-1]:
                blocks.append([])
            blocks[-1].append((place, piece))
        if not pieces and blocks[-1]:
            blocks.append([])
    found = located_passages([block for block in blocks if block], vocabulary(text)) if any(blocks) else []
    return [Passage(p.text, _under(p, passages), struck=True) for p in found]


def _under(struck: Passage, passages: list[Passage]) -> str:
    """The struck passage's location ("line 4") under the label of the last printed passage at or before its
    line ("Sec. 3(b), line 4"), when it has no label of its own; a struck subsection that opens with its own
    label is cited by it ("Sec. 3(c), line 4")."""
    location = struck.location
    line = PLACE.search(location)
    if line is None or PLACE.sub("", location):
        return location
    labels = [
        PLACE.sub("", p.location)
        for p in passages
        if (m := PLACE.search(p.location)) and int(m[1]) <= int(line[1])
    ]
    label = labels[-1] if labels else ""
    return located(label_after(label, struck.text), location)


FRONT_MATTER = re.compile(
    r"\A(?:---[ \t]*\n)?(?=[A-Za-z_][\w-]*:[ \t\n])(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
"""A header of YAML keys closed by a line of ``---`` (or ``...``), opened by one or not: Markdown's
front matter, and the citation and labels a corpus file keeps above the text it quotes."""


def without_front_matter(text: str) -> str:
    """``text`` with a leading header of YAML keys blanked, line for line, so that line numbers hold.

    The header is metadata about the bill (its title, citation, source), not the bill; quoting it as
    evidence would credit the bill with a note's words. Only a header that YAML reads as a mapping
    of names counts, so a bill that opens "Section 1:" and later has a line of dashes is kept whole.
    """
    import yaml

    match = FRONT_MATTER.match(text)
    if match is None:
        return text
    try:
        header = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text
    if not isinstance(header, dict) or not all(isinstance(key, str) and key.isidentifier() for key in header):
        return text
    return "\n" * match.group(0).count("\n") + text[match.end() :]


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
    # a Markdown heading, quotation or emphasis before the words, one character at a time (a nested
    # "(?:[_]+\s*)*" backtracks without end on a form's long line of blanks, "__________")
    markup = r"^[\s#>*_]*"
    return (
        re.compile(markup + "(?:" + "|".join(notes) + ")"),
        re.compile(markup + "(?:" + "|".join(front) + r")[*_]*\s*$"),
    )


def without_commentary(items):
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


def located_passages(blocks: list[list[tuple[str, str]]], words: frozenset[str]) -> list[Passage]:
    """Sentences located by the line or page they start on and by the bill's own section label.

    A section's number and catchline ("SEC. 4. RELIEF.") go with the sentence they open.
    """
    from ..sentences import sentences  # the checker's own sentences: each passage is one of them

    labels, passages = Labels(), []
    for unit in units(blocks):
        text, starts = mend(unit, words)
        label, opened = labels.read(text)
        cursor, carried, carried_at = 0, "", 0
        for sentence in sentences(text):
            at = text.find(sentence, cursor)
            at = cursor if at < 0 else at
            cursor = at + len(sentence)
            if at >= opened:
                label = labels.read(sentence, headings=False)[0] or label
            elif cursor <= opened:
                carried, carried_at = f"{carried} {sentence}".lstrip(), carried_at if carried else at
                continue
            begin = carried_at if carried else at
            place = next(place for offset, place in reversed(starts) if offset <= begin)
            passages.append(Passage(f"{carried} {sentence}".lstrip(), located(label, place)))
            carried = ""
        if carried:
            passages.append(Passage(carried, located(label, starts[0][1])))
    return passages
