"""Finding the authorities a document cites, for its table of authorities.

Cases are found with eyecite (the Free Law Project's citation extractor); so are most statutes,
and patterns catch the statute and regulation forms eyecite does not know (ranges, ILCS).
A case cited once in full is also found where the text later names it alone ("Matter of
Pickering"), as a table of authorities counts short references too.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Act, Block, Heading, Note, Para, Run, Section

GROUPS = ("Cases", "Statutes", "Regulations", "Other")

_LAW_TAIL = re.compile(r"(?:\([0-9A-Za-z]+\))+|\s*[–-]\s*[\d.]+(?:\([0-9A-Za-z]+\))*")
_PATTERNS = (
    ("Statutes", re.compile(r"\b\d+ U\.S\.C\. §§? [\d.]+(?:\([0-9A-Za-z]+\))*(?:\s*[–-]\s*[\d.]+)?")),
    (
        "Regulations",
        re.compile(r"\b\d+ C\.F\.R\. (?:§§? [\d.]+(?:\([0-9A-Za-z]+\))*|pt\. \d+(?:, subpt\. [A-Z]\b)?)"),
    ),
    ("Statutes", re.compile(r"\b\d+ Ill\. Comp\. Stat\. [\d/.-]+")),
    ("Statutes", re.compile(r"\b\d+ ILCS [\d/.-]+")),
    # Codes cited by chapter or title before the section: "Mass. Gen. Laws ch. 278, § 29D",
    # "Vt. Stat. Ann. tit. 13, § 7606".
    (
        "Statutes",
        re.compile(
            r"\b(?:[A-Z][a-z]*\. )+(?:Gen\. Laws ch\.|Stat\. Ann\. tit\.) \d+[A-Z]?, §§? [\dA-Za-z.-]+"
        ),
    ),
)

_SLIP_OPINION = re.compile(
    r"(?<![\w.’'])(?!(?:See|Cf|But|Compare|Accord|Contra)\b)(?:[A-Z][\w’'-]*\s){0,3}?[A-Z][\w’'-]* v\. "
    r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)*?, No\. ([\w:-]+) \([^()]*?\b\d{4}\)"
)
"""A case cited by its docket number before a reporter prints it ("Peguero Vasquez v. Garland, No. 21-6380 (2d
Cir. Sept. 13, 2023)"), which eyecite, knowing only reporters, does not find."""


@dataclass(frozen=True)
class Found:
    """One citation in a text: where it is, which authority, and how the table prints it."""

    start: int
    end: int
    key: str
    group: str
    display: str


@dataclass(frozen=True)
class Authority:
    key: str
    group: str
    display: str


def _case_key(citation) -> str:
    groups = citation.groups
    return f"case:{groups.get('volume')} {groups.get('reporter')} {groups.get('page')}"


def find_citations(text: str, known: Iterable[str] = ()) -> list[Found]:
    """Every citation in ``text``, without overlaps, in order.

    ``known`` are full citations in their preferred form (the library's authorities); a case found
    in the text is displayed in that form, subsequent history included, and later mentions of
    its name alone are found too.
    """
    if not text.strip():
        return []
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation, FullLawCitation

    plain = text.replace("’", "'")  # eyecite knows "Gov't", not "Gov’t"; same length, same offsets
    canon = _canonical(tuple(known))
    found: list[Found] = []
    for citation in get_citations(plain):
        if isinstance(citation, FullCaseCitation):
            key = _case_key(citation)
            start, end = citation.span()
            closing = text.find(")", end)
            if 0 <= closing - end <= 40:
                end = closing + 1
            display, name = canon.get(key, (None, None))
            if name and text.rfind(name, 0, start) == start - len(name) - 2:
                start -= len(name) + 2
            elif not name:
                start = min(start, citation.full_span()[0])
            history = _HISTORY.search(text, 0, start)
            if found and history and history.end() == start and found[-1].group == "Cases":
                previous = found.pop()  # "rev’d on other grounds, X v. Y, ..." belongs to the case before
                found.append(Found(previous.start, end, previous.key, "Cases", previous.display))
                continue
            found.append(Found(start, end, key, "Cases", display or text[start:end]))
        elif isinstance(citation, FullLawCitation):
            start, end = citation.span()
            tail = _LAW_TAIL.match(text, end)
            end = tail.end() if tail else end
            found.append(_law(text, start, end))
    for _group, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            found.append(_law(text, match.start(), match.end()))
    for match in _SLIP_OPINION.finditer(text):
        found.append(Found(match.start(), match.end(), f"case:No. {match[1]}", "Cases", match[0]))
    for key, (display, name) in canon.items():
        if name:
            for match in re.finditer(re.escape(name), text):
                found.append(Found(match.start(), match.end(), key, "Cases", display))
    return _without_overlaps(found)


_HISTORY = re.compile(r"(?:rev[’']d|aff[’']d|overruled|vacated)[^,;.]*,\s*$")


def _law(text: str, start: int, end: int) -> Found:
    cite = text[start:end].strip().rstrip(".,;")
    group = "Regulations" if "C.F.R." in cite else "Statutes"
    return Found(start, start + len(cite), f"law:{cite}", group, cite)


@functools.lru_cache(maxsize=32)
def _canonical(known: tuple[str, ...]) -> dict[str, tuple[str, str | None]]:
    """Each known case by its key (volume, reporter, page): its full form and its name."""
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation

    out: dict[str, tuple[str, str | None]] = {}
    for full in known:
        cases = [c for c in get_citations(full.replace("’", "'")) if isinstance(c, FullCaseCitation)]
        if cases:
            name = full[: cases[0].span()[0]].rstrip(", ") or None
            out.setdefault(_case_key(cases[0]), (full, name))
    return out


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Keep the longest citation where two overlap; the result is in reading order."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def mark_runs(runs: tuple[Run, ...], known: Iterable[str], counter: list[int]) -> tuple[Run, ...]:
    """Split runs so each citation is a run of its own, with its key and a unique anchor."""
    known = tuple(known)
    out: list[Run] = []
    for run in runs:
        last = 0
        for hit in find_citations(run.text, known):
            if hit.start > last:
                out.append(Run(run.text[last : hit.start], run.marks))
            counter[0] += 1
            out.append(
                Run(run.text[hit.start : hit.end], run.marks, cite=hit.key, anchor=f"cite-{counter[0]}")
            )
            last = hit.end
        if last < len(run.text):
            out.append(Run(run.text[last:], run.marks))
    return tuple(out)


def table_of_authorities(found: Iterable[Found]) -> dict[str, list[Authority]]:
    """The authorities found, once each, grouped and sorted as a table of authorities lists them."""
    best: dict[str, Found] = {}
    for item in found:
        if item.key not in best or len(item.display) > len(best[item.key].display):
            best[item.key] = item
    groups: dict[str, list[Authority]] = {group: [] for group in GROUPS}
    for item in best.values():
        groups[item.group].append(Authority(item.key, item.group, item.display))
    for group, items in groups.items():
        items.sort(key=lambda a: _sort_key(group, a.display))
    return {group: items for group, items in groups.items() if items}


def _sort_key(group: str, display: str):
    """Cases by name; laws federal first, then by code, title or chapter, section number, and subsection,
    so that 8 U.S.C. comes before 18 U.S.C. and a section before its subsections."""
    if group == "Cases":
        return (0, display.removeprefix("Matter of ").casefold())
    federal = "U.S.C." in display or "C.F.R." in display
    head, _, section = display.partition("§")
    main, _, subsection = section.lstrip("§ ").partition("(")
    code = re.sub(r"[\d,]", "", head).split()
    numbers = [int(n) for n in re.findall(r"\d+", head)], [int(n) for n in re.findall(r"\d+", main)]
    return (0 if federal else 1, code, *numbers, subsection)


def block_texts(block):
    """The plain texts of a block, an act's sections included."""
    if isinstance(block, (Heading, Para)):
        yield block.text
    elif isinstance(block, Act):
        for section in block.bill.sections:
            yield "".join(r.text for r in section.lead)
            for top in section.body:
                for b in top.walk():
                    yield b.text
            for note in (section.legislative_note, section.comment, section.authorities):
                if note:
                    yield from note.texts


def mark_blocks(blocks, known) -> list:
    """The blocks with every citation in a run of its own, so the PDF can find its page."""
    counter = [0]
    out = []
    for block in blocks:
        if isinstance(block, (Heading, Para)):
            block = dataclasses.replace(block, runs=mark_runs(block.runs, known, counter))
        elif isinstance(block, Act):
            bill = block.bill
            sections = tuple(_mark_section(s, known, counter) for s in bill.sections)
            block = dataclasses.replace(block, bill=dataclasses.replace(bill, sections=sections))
        out.append(block)
    return out


def _mark_section(section: Section, known, counter) -> Section:
    def block(b: Block) -> Block:
        return dataclasses.replace(
            b, runs=mark_runs(b.runs, known, counter), children=tuple(block(c) for c in b.children)
        )

    def note(n: Note | None) -> Note | None:
        if n is None:
            return None
        return dataclasses.replace(n, paragraphs=tuple(mark_runs(p, known, counter) for p in n.paragraphs))

    return dataclasses.replace(
        section,
        lead=mark_runs(section.lead, known, counter),
        body=tuple(block(b) for b in section.body),
        legislative_note=note(section.legislative_note),
        comment=note(section.comment),
        authorities=note(section.authorities),
    )
