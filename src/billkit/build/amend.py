"""Amending existing law: a section that amends a statute, its amended text and its redline.

The redline is a word-level diff (difflib), so exactly the words added and the words removed are
marked; how they are marked is the jurisdiction's convention, kept in its data.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from ..load.jurisdiction import Jurisdiction
from ..load.schema import AmendmentMarks
from ..load.words import words
from ..model import Block, Run, Section
from ..spec import AmendSpec
from .context import Drafting
from .notes import note
from .numbering import section_heading, section_label
from .templating import collapse, render_text

PARAGRAPH = "\n\n"
INS = frozenset({"ins"})
DEL = frozenset({"del"})


def paragraphs_of(text: str) -> list[str]:
    """A statute's paragraphs: blank lines, or a line starting with a label like "(b)", start one."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        current: list[str] = []
        for line in lines:
            if current and re.match(r"^\(?[a-z0-9]{1,4}[.)]\s", line):
                out.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            out.append(" ".join(current))
    return out


def next_labels(paragraphs: list[str], count: int) -> list[str | None]:
    """Labels for paragraphs added at the end: after "(k)" come "(l)", "(m)", ...; none if unlabelled."""
    last = None
    for paragraph in paragraphs:
        match = re.match(r"^\(([a-z])\)", paragraph)
        if match:
            last = match.group(1)
    if last is None:
        return [None] * count
    return [f"({chr(ord(last) + i)})" if ord(last) + i <= ord("z") else None for i in range(1, count + 1)]


def amended_text(current: str, additions: Iterable[str]) -> str:
    """The current text with new paragraphs appended, labelled to follow its last subdivision."""
    paragraphs = paragraphs_of(current)
    additions = list(additions)
    labels = next_labels(paragraphs, len(additions))
    added = [f"{label} {text}" if label else text for label, text in zip(labels, additions, strict=True)]
    return PARAGRAPH.join([*paragraphs, *added])


_TOKEN = re.compile(r"\s*(?:[\w’'-]+|[^\w\s])")


def _tokens(text: str) -> list[str]:
    """Words and punctuation marks, each with the space before it, paragraphs as their own token.

    Punctuation stands apart, so "person." against "person" changes only the full stop.
    """
    out: list[str] = []
    for i, paragraph in enumerate(paragraphs_of(text)):
        if i:
            out.append(PARAGRAPH)
        out += [m.group(0) for m in _TOKEN.finditer(paragraph)]
    return out


def redline(current: str, amended: str) -> list[tuple[Run, ...]]:
    """The amended section as paragraphs of runs, each run marked "ins", "del" or unmarked.

    Deleted words stay in the text, marked, as bills print them.
    """
    old, new = _tokens(current), _tokens(amended)
    words: list[tuple[str, frozenset[str]]] = []
    matcher = difflib.SequenceMatcher(
        None, [t.strip() for t in old], [t.strip() for t in new], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            words += [(t, frozenset()) for t in new[j1:j2]]
            continue
        if op in ("replace", "delete"):
            words += [(t, DEL) for t in old[i1:i2]]
        if op in ("replace", "insert"):
            words += [(t, INS) for t in new[j1:j2]]
    paragraphs: list[list[tuple[str, frozenset[str]]]] = [[]]
    for word, marks in words:
        if word == PARAGRAPH:
            if marks != DEL:  # a removed paragraph break joins what it separated
                paragraphs.append([])
            continue
        paragraphs[-1].append((word, marks))
    return [_runs(p) for p in paragraphs if p]


def _runs(words: list[tuple[str, frozenset[str]]]) -> tuple[Run, ...]:
    """Join tokens into runs of the same mark; the space before a marked word stays unmarked."""
    runs: list[Run] = []
    for index, (token, marks) in enumerate(words):
        space, word = token[: len(token) - len(token.lstrip())], token.lstrip()
        if index == 0:
            space = ""
        if runs and runs[-1].marks == marks:
            runs[-1] = Run(runs[-1].text + space + word, marks)
            continue
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
    drafting: Drafting, amend: AmendSpec, number: int, moved: list[Section], *, annotated: bool
) -> Section:
    """A section amending existing law: the lead ("... is amended to read:") and the redline.

    ``moved`` are the sections whose text the amendment carries into the statute. The clean
    version prints simply the new text.
    """
    jurisdiction = drafting.jurisdiction
    lead = _lead(jurisdiction, amend.citation)
    additions = _relabelled(amend.current_text, moved)
    new_text = amend.amended_text or amended_text(amend.current_text, additions)
    if annotated:
        paragraphs = [_delimit(jurisdiction, runs) for runs in redline(amend.current_text, new_text)]
    else:
        paragraphs = [(Run(text),) for text in paragraphs_of(new_text)]
    title = words("bill")["amendment"].fill("title", citation=amend.citation)
    return Section(
        id=f"amend-{number}",
        number=number,
        label=section_label(jurisdiction, number),
        heading=section_heading(jurisdiction, title),
        title=title,
        lead=(Run(lead),),
        body=tuple(Block(runs=runs, level=0) for runs in paragraphs),
        **(_notes(amend, moved) if annotated else {}),
    )


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


def _relabelled(current: str, moved: list[Section]) -> list[str]:
    """The moved clauses' provisions, their cross-references to their own subsections renumbered.

    A clause's "(a)" becomes, say, "(f)" once appended to a statute ending at "(e)", so its
    "subsection (a)" must become "subsection (f)" too.
    """
    tops = [top for section in moved for top in section.body]
    labels = next_labels(paragraphs_of(current), len(tops))
    out, start = [], 0
    for section in moved:
        count = len(section.body)
        mapping = {
            top.label: label for top, label in zip(section.body, labels[start : start + count], strict=True)
            if top.label and label
        }  # fmt: skip
        start += count

        def renumber(text: str, mapping=mapping) -> str:
            return re.sub(
                r"subsection (\([a-z]\))", lambda m: f"subsection {mapping.get(m.group(1), m.group(1))}", text
            )

        for top in section.body:
            lines = [renumber(top.text)] + [
                f"{child.label} {renumber(child.text)}" for child in top.walk() if child is not top
            ]
            out.append(" ".join(lines))
    return out
