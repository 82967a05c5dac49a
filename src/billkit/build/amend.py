"""Amending existing law: a section that amends a statute, its amended text and its redline.

The redline is a word-level diff (difflib), so exactly the words added and the words removed are
marked; how they are marked is the jurisdiction's convention, kept in its data.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from ..load.jurisdiction import Jurisdiction
from ..load.schema import AmendmentMarks
from ..load.words import words
from ..model import Block, Run, Section
from ..spec import AmendSpec
from .context import Drafting
from .division_refs import (
    Path,
    adopt,
    insert,
    ladder_for,
    paths,
    renumber_subdivisions,
    resolver,
    rewrite,
    scheme_for,
    this_division,
)
from .divisions import Division, Statute, last_ordinal, paragraphs, parse_statute, with_divisions
from .notes import note
from .numbering import section_heading, section_label
from .templating import collapse, render_text

PARAGRAPH = "\n\n"
INS = frozenset({"ins"})
DEL = frozenset({"del"})
SHORT = 3
"""An unchanged stretch of at most this many words between two changes is struck and reinserted
with them, so the change reads as one phrase ("[five years] three months"), not as fragments."""
MOSTLY = 0.5
"""A provision less than this share of whose words survive prints as one struck run and one
inserted run."""


def paragraphs_of(text: str) -> list[str]:
    """A statute's paragraphs as printed, one a division (see ``divisions.parse_statute``)."""
    return [line for _level, line in paragraphs(parse_statute(text))]


def amend_statute(amend: AmendSpec, moved: list[Section], code: str | None) -> tuple[Statute, Statute]:
    """The statute ``amend`` names as it reads now and as amended: ``amended_text`` when given,
    otherwise the current text with the ``moved`` sections' provisions added, labelled in the
    statute's scheme, their cross-references in its words, after the division ``amend.after``
    (the later ones relabelled and every reference to them renumbered) or at the end."""
    current = parse_statute(amend.current_text)
    if amend.amended_text is not None:
        return current, parse_statute(amend.amended_text)
    scheme = scheme_for(code)
    own = _section_number(amend.citation)
    depth = max((_depth(top) for s in moved for top in s.body), default=1)
    ladder = ladder_for(current, scheme, len(current.ladder) + depth)
    added: list[Division] = []
    fresh: set[int] = set()

    def added_of(level: int, kind: str, start: int) -> tuple[Division, ...]:
        series = ladder[ladder.index(kind) :] if kind in ladder else (kind, *ladder[level + 1 :])
        for section in moved:
            divisions, mapping = adopt(section.body, series, 0, start)
            added.extend(_clause_words(d, mapping, scheme, own) for d in divisions)
            start += len(divisions)
        placed = tuple(_at_level(d, level) for d in added)
        fresh.update(id(d) for top in placed for d in top.walk())
        return placed

    if not amend.after:
        kind = (current.ladder or ladder)[0]
        return current, with_divisions(current, added_of(0, kind, last_ordinal(current.divisions, kind) + 1))
    new, mapping = insert(current, amend.after, lambda level, kind, n: added_of(level, kind, n))
    return current, _renumbered(new, current, mapping, fresh, scheme, own)


def _renumbered(new: Statute, current: Statute, mapping, fresh: set[int], scheme, own: str) -> Statute:
    """``new`` with the statute's own references to the divisions ``mapping`` moved renumbered,
    in the statute's own words; the added divisions (``fresh``) are already worded."""
    old_paths = list(paths(current))

    def fix(text: str, path: Path) -> str:
        found = resolver(old_paths, mapping, _old(path, mapping), always=False)
        return renumber_subdivisions(rewrite(text, found, scheme, own, reword=False), mapping, own)

    divisions = tuple(d if id(d) in fresh else _retexted(d, (), fix, skip=fresh) for d in new.divisions)
    return Statute(tuple(fix(text, ()) for text in new.intro), divisions)


def _clause_words(division: Division, mapping: dict[Path, Path], scheme, own: str) -> Division:
    """An added division with the clause's references to its own provisions renumbered and
    worded as the statute words them."""
    inverse = {new: old for old, new in mapping.items()}

    def fix(text: str, path: Path) -> str:
        return rewrite(text, resolver(mapping, mapping, inverse.get(path, ()), always=True), scheme, own)

    worded = _retexted(division, (), fix)
    return replace(worded, text=this_division(worded.text, division.kind, scheme))


def _depth(block: Block) -> int:
    return 1 + max((_depth(child) for child in block.children), default=0)


def _section_number(citation: str) -> str:
    """The section's own number in its citation ("1203.425"), to tell its references from others'."""
    match = re.search(r"\d[\w.:-]*\d|\d", citation)
    return match.group(0) if match else ""


def _old(path: Path, mapping: dict[Path, Path]) -> Path:
    inverse = {new: old for old, new in mapping.items()}
    return inverse.get(path, path)


def _retexted(division: Division, above: Path, fix, skip=frozenset()) -> Division:
    """``division`` with ``fix(text, path)`` applied to its words and its children's."""
    if id(division) in skip:
        return division
    here = (*above, division.label) if division.label else above
    return replace(
        division,
        text=fix(division.text, here),
        children=tuple(_retexted(c, here, fix, skip) for c in division.children),
    )


def _at_level(division: Division, level: int) -> Division:
    return replace(division, level=level, children=tuple(_at_level(c, level + 1) for c in division.children))


_TOKEN = re.compile(r"\s*(?:\([A-Za-z0-9]{1,4}(?:[-.][A-Za-z0-9]{1,2})?\)|[\w’'-]+|[^\w\s])")


def _tokens(text: str) -> list[str]:
    """Labels, words and punctuation marks, each with the space before it.

    A label such as "(c)" is one token, so a relabelled division reads "[(c)] (d)". Punctuation
    stands apart, so "person." against "person" changes only the full stop.
    """
    return [m.group(0) for m in _TOKEN.finditer(text)]


Marked = list[tuple[str, frozenset[str]]]


def redline(current: str | Statute, amended: str | Statute) -> list[tuple[int, tuple[Run, ...]]]:
    """The amended section as (depth, runs) paragraphs, each run marked "ins", "del" or unmarked.

    Paragraphs are paired first (a provision with most of its words kept is the same provision
    changed), then the words of each pair are compared. Deleted words stay in the text, marked,
    as bills print them.
    """
    old = paragraphs(current if isinstance(current, Statute) else parse_statute(current))
    new = paragraphs(amended if isinstance(amended, Statute) else parse_statute(amended))
    out: list[tuple[int, tuple[Run, ...]]] = []
    matcher = difflib.SequenceMatcher(None, [t for _, t in old], [t for _, t in new], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [(level, (Run(text),)) for level, text in new[j1:j2]]
            continue
        for before, after in _pairs(old[i1:i2], new[j1:j2]):
            level = (after or before)[0]
            out.append((level, _runs(_changes(before[1] if before else "", after[1] if after else ""))))
    return out


def _pairs(old: list[tuple[int, str]], new: list[tuple[int, str]]):
    """Old and new paragraphs of a changed stretch, paired where most words match, or where the
    next new paragraph keeps the old one's label; ``None`` on the other side of a paragraph only
    removed or only added."""
    j = 0
    for before in old:
        words = _tokens(before[1])
        hit = next((k for k in range(j, len(new)) if _similar(words, _tokens(new[k][1])) >= MOSTLY), None)
        if hit is None and j < len(new) and _label(new[j][1]) and _label(new[j][1]) == _label(before[1]):
            hit = j
        if hit is None:
            yield before, None
            continue
        yield from ((None, after) for after in new[j:hit])
        yield before, new[hit]
        j = hit + 1
    yield from ((None, after) for after in new[j:])


def _label(text: str) -> str | None:
    match = re.match(r"\([A-Za-z0-9.-]+\)|\d+(?:-[a-z])?\.|Subd\. \d+\w?\.", text)
    return match.group(0) if match else None


def _similar(a: list[str], b: list[str]) -> float:
    return difflib.SequenceMatcher(
        None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False
    ).ratio()


def _changes(before: str, after: str) -> Marked:
    """The words of ``after`` and the removed words of ``before``, marked, changes merged into phrases."""
    old, new = _tokens(before), _tokens(after)
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old], [t.strip() for t in new], autojunk=False
    )
    raw = matcher.get_opcodes()
    ops = _merged(raw)
    kept = sum(i2 - i1 for op, i1, i2, _j1, _j2 in raw if op == "equal")
    if old and new and kept < MOSTLY * max(len(old), len(new)):
        lead = 1 if _label(before) and _label(before) == _label(after) else 0
        ops = [("equal", 0, lead, 0, lead)] if lead else []
        ops.append(("replace", lead, len(old), lead, len(new)))
    words: Marked = []
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            words += [(t, frozenset()) for t in new[j1:j2]]
            continue
        words += [(t, DEL) for t in old[i1:i2]]
        words += [(t, INS) for t in new[j1:j2]]
    return words


def _merged(opcodes: list[tuple]) -> list[tuple]:
    """Opcodes with each short unchanged stretch between two changes folded into one change."""
    out: list[list] = []
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        between = 0 < index < len(opcodes) - 1
        if op == "equal" and between and i2 - i1 <= SHORT:
            op = "replace"
        if out and op != "equal" and out[-1][0] != "equal":
            out[-1] = ["replace", out[-1][1], i2, out[-1][3], j2]
        else:
            out.append([op, i1, i2, j1, j2])
    return [tuple(o) for o in out]


def _runs(words: Marked) -> tuple[Run, ...]:
    """Join tokens into runs of the same mark; the space before a marked word stays unmarked."""
    runs: list[Run] = []
    for index, (token, marks) in enumerate(words):
        space, word = token[: len(token) - len(token.lstrip())], token.lstrip()
        if index == 0:
            space = ""
        if runs and runs[-1].marks == marks:
            runs[-1] = Run(runs[-1].text + space + word, marks)
            continue
        if not space and runs and runs[-1].marks == DEL and marks == INS:
            space = " "  # "[(c)] (d)": the struck and the new words never touch
        if space:
            runs.append(Run(space))
        runs.append(Run(word, marks))
    merged: list[Run] = []
    for run in runs:
        if merged and not run.marks and not merged[-1].marks:
            merged[-1] = Run(merged[-1].text + run.text)
        else:
            merged.append(run)
    return tuple(merged)


DELIMITERS = {
    "brackets": ("[", "]"),
    "struck-brackets": ("[", "]"),
    "struck-double-parentheses": ("((", "))"),
}
"""What a jurisdiction prints around removed words, by its way of marking them."""
DELIMITER = frozenset({"del", "delimiter"})


def amending_section(
    drafting: Drafting,
    amend: AmendSpec,
    number: int,
    moved: list[Section],
    *,
    annotated: bool,
    marked: bool = True,
) -> Section:
    """A section amending existing law: the lead ("... is amended to read:") and the statute.

    ``moved`` are the sections whose text the amendment carries into the statute. The statute
    prints with its changes marked as the jurisdiction marks them (``marked``, as an introduced
    bill must show them, clean copy or not), or as plain amended text.
    """
    jurisdiction = drafting.jurisdiction
    current, new = amend_statute(amend, moved, jurisdiction.code)
    if marked:
        paragraphs_ = [(level, _delimit(jurisdiction, runs)) for level, runs in redline(current, new)]
    else:
        paragraphs_ = [(level, (Run(text),)) for level, text in paragraphs(new)]
    heading = _number_line(jurisdiction.code, amend.citation, current)
    if heading:
        paragraphs_.insert(0, (0, (Run(heading),)))
    title = words("bill")["amendment"].fill("title", citation=amend.citation)
    return Section(
        id=f"amend-{number}",
        number=number,
        label=section_label(jurisdiction, number, amends=True),
        heading=section_heading(jurisdiction, title),
        title=title,
        lead=(Run(_lead(jurisdiction, amend.citation)),),
        body=tuple(Block(runs=runs, level=level) for level, runs in paragraphs_),
        **(_notes(amend, moved) if annotated else {}),
    )


def _number_line(code: str | None, citation: str, current: Statute) -> str | None:
    """The line with the section's number that the jurisdiction prints before an amended text
    ("1203.425."), unless the text already opens with its number."""
    states = words("divisions")["states"]
    number = _section_number(citation)
    if not (code and code in states and "number_line" in states[code] and number):
        return None
    if current.intro and number in current.intro[0]:
        return None
    return states[code].fill("number_line", number=number)


def _lead(jurisdiction: Jurisdiction, citation: str) -> str:
    """The words that open the amending section, in the jurisdiction's form, as a sentence."""
    form = jurisdiction.form
    if form is not None and form.amend_lead:
        lead = collapse(render_text(form.amend_lead, {"citation": citation}, where="amend_lead"))
    else:
        lead = words("bill")["amendment"].fill("lead", citation=citation)
    return lead[0].upper() + lead[1:]


def _notes(amend: AmendSpec, moved: list[Section]) -> dict[str, object]:
    """The amending section's notes: what it does, then the moved sections' own notes."""
    explain = words("bill")["amendment"].fill(
        "note", citation=amend.citation, titles=[f"“{s.title}”" for s in moved]
    )
    notes = [p for s in moved if s.legislative_note for p in s.legislative_note.paragraphs]
    comments = tuple(p for s in moved if s.comment for p in s.comment.paragraphs)
    cited = tuple(p for s in moved if s.authorities for p in s.authorities.paragraphs)
    return {
        "legislative_note": note("legislative", ((Run(explain),), *notes)),
        "comment": note("comment", comments) if comments else None,
        "authorities": note("authorities", cited) if cited else None,
    }


def _delimit(jurisdiction: Jurisdiction, runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Put the jurisdiction's brackets or double parentheses around removed words."""
    deleted = (jurisdiction.marks or AmendmentMarks()).deleted
    opening, closing = DELIMITERS.get(deleted, ("", ""))
    if not opening:
        return runs
    out: list[Run] = []
    for run in runs:
        if "del" in run.marks:
            out += [Run(opening, DELIMITER), run, Run(closing, DELIMITER)]
        else:
            out.append(run)
    return tuple(out)
