"""A statute section as a tree of divisions: parse its labels in whatever scheme its code uses.

Codes label their divisions differently: California and Texas (a)/(1)/(A)/(i), Ohio
(A)/(1)/(a)/(i), New York 1./(a)/(i), Minnesota "Subd. 2." then (a)/(1), Washington and Michigan
(1)/(a)/(i). The parser does not need to know which: a label either continues a list already open
(the next in its series, or an inserted "1-a") or opens a new list one level down, as a reader of
the statute would take it. "(i)" is the letter after "(h)" when a list of letters has reached
"(h)", and otherwise the roman numeral one; "(v)" and "(x)" likewise. A label that fits neither
(the "(6)" of "RCW 46.61.504 (6)") is ordinary text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from .numbering import letters, roman

KINDS = ("lower", "upper", "arabic", "roman", "upper-roman", "number", "subd")
"""Label series: (a), (A), (1), (i), (I), "1.", "Subd. 1."."""

_PAREN = r"\((?:[a-z]{1,3}|[A-Z]{1,3}|\d{1,3})(?:[-.](?:\d{1,2}|[a-z]))?\)"
_START = re.compile(rf"(?:{_PAREN}|(?:Subdivision|Subd\.) \d{{1,3}}[a-z]?\.|\d{{1,3}}(?:-[a-z])?\.)(?=\s)")
_RUN_IN = re.compile(rf"(?<=[:;.])\s+(?:(?:and|or)\s+)?({_PAREN})\s+(?=\S)")
_AFTER_LABEL = re.compile(rf"\s*({_PAREN})\s+(?=\S)")
_ROMAN = re.compile(r"^(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})$")


@dataclass(frozen=True)
class Division:
    """One division: its printed label ("(a)", "1-a.", "Subd. 2."), the series it belongs to
    (``kind``, one of ``KINDS``, or "text" for an unlabelled paragraph), its depth (0 for the
    section's top divisions), its own words before its children, and its children.

    ``run_in`` is true when the label prints on its parent's line ("(a) (1) (A) Commencing")."""

    label: str | None
    kind: str
    level: int
    text: str
    children: tuple[Division, ...] = ()
    run_in: bool = False

    def walk(self) -> Iterator[Division]:
        """This division and every division under it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Statute:
    """A parsed section: unlabelled paragraphs before its first division (a catchline, a lead-in),
    then its divisions."""

    intro: tuple[str, ...]
    divisions: tuple[Division, ...]

    def walk(self) -> Iterator[Division]:
        for division in self.divisions:
            yield from division.walk()

    @property
    def ladder(self) -> tuple[str, ...]:
        """The label series at each depth, as far down as the section goes: ("upper", "arabic")."""
        kinds: dict[int, str] = {}
        for division in self.walk():
            if division.kind != "text":
                kinds.setdefault(division.level, division.kind)
        out: list[str] = []
        while len(out) in kinds:
            out.append(kinds[len(out)])
        return tuple(out)


@dataclass
class _Open:
    """A list being read: its series, its last ordinal, and the divisions read so far."""

    kind: str
    ordinal: tuple[int, str]
    items: list[dict] = field(default_factory=list)


def ordinals(label: str) -> list[tuple[str, tuple[int, str]]]:
    """Each (series, ordinal) ``label`` may be: "(i)" is the letter i or the roman one."""
    core = re.sub(r"^\(|\)$|\.$", "", label.removeprefix("Subdivision ").removeprefix("Subd. "))
    base, suffix = re.match(r"([A-Za-z]+|\d+)[-.]?(.*)$", core).groups()
    if label.startswith("Sub"):
        return [("subd", (int(base), suffix))]
    if not label.startswith("("):
        return [("number", (int(base), suffix))]
    if base.isdigit():
        return [("arabic", (int(base), suffix))]
    out = []
    if len(set(base)) == 1:
        ordinal = (len(base) - 1) * 26 + ord(base[0].lower()) - 96
        out.append(("lower" if base.islower() else "upper", (ordinal, suffix)))
    if _ROMAN.match(base.lower()):
        out.append(("roman" if base.islower() else "upper-roman", (_roman_value(base.lower()), suffix)))
    return out


def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for i, ch in enumerate(text):
        value = values[ch]
        total += -value if i + 1 < len(text) and values[text[i + 1]] > value else value
    return total


def _follows(new: tuple[int, str], last: tuple[int, str]) -> bool:
    """True when ``new`` comes next after ``last``: (c) after (b), or an inserted 1-a after 1."""
    return (new[0] == last[0] + 1 and not new[1]) or (new[0] == last[0] and new[1] > last[1])


def _place(stack: list[_Open], label: str) -> tuple[int, str, tuple[int, str]] | None:
    """Where ``label`` goes: (depth, series, ordinal), or ``None`` if it is not a label here."""
    readings = ordinals(label)
    for depth in range(len(stack) - 1, -1, -1):
        for kind, ordinal in readings:
            if stack[depth].kind == kind and _follows(ordinal, stack[depth].ordinal):
                return depth, kind, ordinal
    open_kinds = {frame.kind for frame in stack}
    for kind, ordinal in readings:
        if kind not in open_kinds and (ordinal[0] == 1 or not stack):
            return len(stack), kind, ordinal
    return None


def _physical_paragraphs(text: str) -> list[str]:
    """Paragraphs as laid out: a blank line, a line that starts with a label, or a line after one
    that ends a sentence or a lead-in, starts one; other lines wrap the paragraph before."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        for line in (line.strip() for line in block.splitlines()):
            if not line:
                continue
            if line.strip("* ") == "" or (out and out[-1].rstrip().strip("* ") == ""):
                out.append(line)  # "* * *", text left out, stands alone
            elif out and not _START.match(line) and not re.search(r"[.:;]\n?$", out[-1]):
                out[-1] += " " + line
            else:
                out.append(line)
        if out:
            out[-1] += "\n"
    return [" ".join(p.split()) for p in out]


def parse_statute(text: str) -> Statute:
    """The tree of divisions of a statute section given as plain text."""
    stack: list[_Open] = []
    root: list[dict] = []
    intro: list[str] = []
    for paragraph in _physical_paragraphs(text):
        pieces = _pieces(paragraph)
        if pieces[0][0] is None:
            words = pieces.pop(0)[1]
            if not stack:
                intro.append(words)
            elif words.strip("* ") == "":  # "* * *": text left out, at the section's own level
                root.append(_node(None, "text", words))
                stack.clear()
            else:  # flush text after a list belongs to the division that holds the list
                stack[-1].items[-1]["children"].append(_node(None, "text", words))
        _read(pieces, stack, root, intro)
    return Statute(tuple(intro), tuple(_freeze(node, 0) for node in root))


def _node(label: str | None, kind: str, text: str) -> dict:
    return {"label": label, "kind": kind, "text": text, "children": [], "run_in": False}


def _pieces(paragraph: str) -> list[tuple[str | None, str]]:
    """The paragraph cut at every candidate label: (label or None, the words after it)."""
    spots = []
    at = _START.match(paragraph)
    position = 0
    if at:
        spots.append((0, at.end(), at.group()))
        position = at.end()
        while (more := _AFTER_LABEL.match(paragraph, position)) is not None:
            spots.append((more.start(1), more.end(1), more.group(1)))
            position = more.end(1)
    for match in _RUN_IN.finditer(paragraph, position):
        spots.append((match.start(1), match.end(1), match.group(1)))
    pieces: list[tuple[str | None, str]] = []
    if not spots or spots[0][0] > 0:
        pieces.append((None, paragraph[: spots[0][0] if spots else len(paragraph)].strip()))
    for i, (_start, end, label) in enumerate(spots):
        stop = spots[i + 1][0] if i + 1 < len(spots) else len(paragraph)
        pieces.append((label, paragraph[end:stop].strip()))
    return pieces


def _read(pieces, stack: list[_Open], root: list[dict], intro: list[str]) -> None:
    """Place each labelled piece in the tree; a piece whose label does not fit joins the text before."""
    previous: dict | None = None
    for label, words in pieces:
        where = _place(stack, label) if label is not None else None
        if where is None:
            joined = f"{label} {words}".strip() if label else words
            if previous is not None:
                previous["text"] = f"{previous['text']} {joined}".strip()
            elif stack:
                stack[-1].items[-1]["text"] += " " + joined
            else:
                intro.append(joined)
            continue
        depth, kind, ordinal = where
        node = _node(label, kind, words)
        node["run_in"] = previous is not None and not previous["text"] and depth > 0
        del stack[depth + 1 :]
        if depth == len(stack):
            (stack[-1].items[-1]["children"] if stack else root).append(node)
            stack.append(_Open(kind, ordinal, [node]))
        else:
            parent = stack[depth - 1].items[-1]["children"] if depth else root
            parent.append(node)
            stack[depth].ordinal = ordinal
            stack[depth].items.append(node)
        previous = node


def _freeze(node: dict, level: int) -> Division:
    return Division(
        label=node["label"],
        kind=node["kind"],
        level=level,
        text=node["text"],
        children=tuple(_freeze(child, level + 1) for child in node["children"]),
        run_in=node["run_in"],
    )


def paragraphs(statute: Statute) -> list[tuple[int, str]]:
    """The section as printed: (depth, text) for each paragraph, labels in front, run-in labels on
    their parent's line."""
    out: list[tuple[int, str]] = [(0, line) for line in statute.intro]
    for division in statute.walk():
        text = f"{division.label} {division.text}".strip() if division.label else division.text
        if division.run_in and out:
            level, before = out[-1]
            out[-1] = (level, f"{before} {text}")
        else:
            out.append((division.level, text))
    return out


def format_statute(statute: Statute) -> str:
    """The section as plain text, one paragraph a line, a blank line between paragraphs."""
    return "\n\n".join(text for _level, text in paragraphs(statute))


def make_label(kind: str, n: int, like: str | None = None) -> str:
    """The ``n``-th label (from 1) of series ``kind``, written as ``like`` writes its own."""
    if kind == "subd":
        return f"Subd. {n}."
    if kind == "number":
        return f"{n}."
    core = {
        "lower": lambda: letters(n - 1).lower(),
        "upper": lambda: letters(n - 1),
        "roman": lambda: roman(n),
        "upper-roman": lambda: roman(n).upper(),
    }.get(kind, lambda: str(n))()
    return f"({core})"


def last_ordinal(divisions: tuple[Division, ...], kind: str) -> int:
    """The highest ordinal among ``divisions`` of series ``kind`` (0 if none)."""
    numbers = [o[0] for d in divisions if d.label for k, o in ordinals(d.label) if k == kind]
    return max(numbers, default=0)


def with_divisions(statute: Statute, added: tuple[Division, ...]) -> Statute:
    """``statute`` with ``added`` appended after its last division."""
    return replace(statute, divisions=(*statute.divisions, *added))
