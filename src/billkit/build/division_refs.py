"""Adding divisions to a parsed statute: their labels in its scheme, and every cross-reference
("Subsection (a)", "subdivision (b)", "paragraph (2) of subsection (c)", "division (B)(2)")
renumbered to follow, in the words the statute's code uses for its divisions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from ..errors import SpecError
from ..load.jurisdiction import number_words
from ..load.words import words
from ..model import Block
from .divisions import KINDS, Division, Statute, make_label, ordinals

Path = tuple[str, ...]
"""A division's labels from the top of its section down: ("(b)", "(2)")."""

_LABEL = r"\([A-Za-z0-9]{1,4}\)"
_WORD = r"(?:[Ss]ub-?)*(?:[Ss]ection|[Dd]ivision|[Pp]aragraph|[Cc]lause|[Ii]tem)s?"
REFERENCE = re.compile(
    rf"\b(?P<word>{_WORD})\s+(?P<labels>(?:{_LABEL})+)"
    rf"(?P<more>(?:,\s*(?:{_LABEL})+)*,?\s+(?:and|or|through|to)\s+(?:{_LABEL})+)?"
    rf"(?P<of>(?:\s+of\s+{_WORD}\s+(?:{_LABEL})+)*)"
    r"(?P<elsewhere>\s+of\s+[Ss]ection\s+(?P<number>[\dA-Za-z.:-]*\d|\[[A-Z]{1,3}\]))?"
)

_CHAIN = re.compile(
    r"[Ss]ection\s+(\d[\w.]*?)\.?(?:,\s*(?:subdivision|subd\.|paragraph|clause|item)\s+[\w()]+)*,\s*$"
)
"""Minnesota's "section 609A.02, subdivision 3, paragraph (a), clause (2)": what follows such a
chain belongs to the section it names."""


@dataclass(frozen=True)
class Scheme:
    """A code's labels and names for divisions (``words/divisions.en.yaml``)."""

    ladder: tuple[str, ...]
    names: Mapping[str, str]
    joined: bool
    suffix: str
    in_words: bool = False
    definitions: tuple[str, ...] | None = None
    """The series a definitions section's terms take, where the code numbers them apart from its subsections
    (Texas: "In this chapter: (1) ..."); ``None`` where they take the code's own ladder."""

    def name(self, kind: str) -> str:
        return self.names.get(kind) or words("divisions")["default"]["names"][kind]


def scheme_for(code: str | None) -> Scheme:
    """The division scheme of jurisdiction ``code``, or the uniform-act default."""
    said = words("divisions")
    states = said["states"]
    entry = states[code] if code and code in states else said["default"]
    return Scheme(
        ladder=tuple(entry["ladder"]),
        names={kind: entry["names"][kind] for kind in KINDS if kind in entry["names"]},
        joined=bool(entry["joined"]),
        suffix=entry["suffix"] if "suffix" in entry else "",  # noqa: SIM401 (Words has no get)
        in_words="in_words" in entry and bool(entry["in_words"]),
        definitions=tuple(entry["definitions_ladder"]) if "definitions_ladder" in entry else None,
    )


def ladder_for(statute: Statute, scheme: Scheme, depth: int) -> tuple[str, ...]:
    """The series at each depth to ``depth``: the statute's own, continued as its code continues."""
    seen = statute.ladder
    own = scheme.ladder
    at = next((i for i in range(len(own)) if own[i : i + len(seen)] == seen), None)
    rest = own[at + len(seen) :] if at is not None else ()
    fallback = (k for k in (*own, *KINDS) if k not in seen and k not in ("number", "subd"))
    out = list(dict.fromkeys((*seen, *rest, *fallback)))
    return tuple(out[: max(depth, len(seen) + 1)])


def path_of(labels: Iterable[str | None]) -> Path:
    return tuple(label for label in labels if label)


def paths(statute: Statute) -> dict[Path, Division]:
    """Every labelled division by its path."""
    out: dict[Path, Division] = {}

    def visit(division: Division, above: Path) -> None:
        here = (*above, division.label) if division.label else above
        if division.label:
            out.setdefault(here, division)
        for child in division.children:
            visit(child, here)

    for division in statute.divisions:
        visit(division, ())
    return out


def adopt(
    blocks: Iterable[Block], ladder: tuple[str, ...], level: int, start: int
) -> tuple[tuple[Division, ...], dict[Path, Path]]:
    """Clause provisions as divisions of the statute at depth ``level``, the first numbered
    ``start``, with the map from each provision's own path to its new one."""
    mapping: dict[Path, Path] = {}

    def convert(block: Block, depth: int, n: int, old: Path, new: Path) -> Division:
        kind = ladder[min(depth, len(ladder) - 1)]
        label = make_label(kind, n)
        old, new = (*old, block.label or ""), (*new, label)
        mapping[path_of(old)] = new
        children = tuple(
            convert(child, depth + 1, i, old, new) for i, child in enumerate(block.children, start=1)
        )
        return Division(label, kind, depth, block.text, children)

    added = tuple(convert(block, level, start + i, (), ()) for i, block in enumerate(blocks))
    return added, mapping


def rewrite(
    text: str,
    resolve: Callable[[list[Path]], list[Path] | None],
    scheme: Scheme,
    own: str,
    *,
    reword: bool = True,
) -> str:
    """``text`` with each reference to a division of this section (not "of Section 411.074",
    unless that is ``own``) printed anew: ``resolve`` gives the new paths, or ``None`` to keep it.
    With ``reword`` the reference is written in the scheme's words (a clause's "subsection (a)"
    becomes "division (D) of this section"); without, only its labels change, in its own words."""

    def one(match: re.Match) -> str:
        chain = _CHAIN.search(match.string, 0, match.start())
        number = match.group("number") or (chain.group(1) if chain else None)
        if number and number.rstrip(".") != own:
            return match.group(0)
        outer = [re.findall(_LABEL, part) for part in re.split(r"\s+of\s+", match.group("of"))[1:]]
        base = [label for part in reversed(outer) for label in part]
        first = tuple(base + re.findall(_LABEL, match.group("labels")))
        more = [
            (*base, *re.findall(_LABEL, part))
            for part in re.split(r",|\b(?:and|or|through|to)\b", match.group("more") or "")
        ]
        wanted = [first, *(p for p in more[1:] if len(p) > len(base))]
        found = resolve(wanted)
        if found is None:
            return match.group(0)
        if not reword:
            return _relabel_in_place(match, found, len(base))
        printed = _say(found, match, scheme)
        return printed[0].upper() + printed[1:] if match.group(0)[0].isupper() else printed

    return REFERENCE.sub(one, text)


_NUMBERED = re.compile(
    r"\b(?P<word>[Ss]ubdivisions?)\s+(?P<n>\d{1,3}[a-z]?|[a-z]+(?:-[a-z]+)?)\b"
    r"(?P<elsewhere>\s+of\s+[Ss]ection\s+(?P<number>[\dA-Za-z.:-]*\d|\[[A-Z]{1,3}\]))?"
)
"""A reference to a numbered subdivision: Minnesota's "subdivision 2", New York's "subdivision two"."""


def renumber_subdivisions(text: str, mapping: Mapping[Path, Path], own: str) -> str:
    """``text`` with each reference to a numbered subdivision of this section that moved renumbered,
    in figures or in words as it was written."""
    moved = {_cited(old[0]): _cited(new[0]) for old, new in mapping.items() if len(old) == 1}
    if not moved:
        return text
    spelled = {
        number_words(int(k)): number_words(int(v)) for k, v in moved.items() if k.isdigit() and v.isdigit()
    }

    def one(match: re.Match) -> str:
        chain = _CHAIN.search(match.string, 0, match.start())
        number = match.group("number") or (chain.group(1) if chain else None)
        if number and number.rstrip(".") != own:
            return match.group(0)
        n = match.group("n")
        new = moved.get(n) or spelled.get(n)
        if new is None:
            return match.group(0)
        return match.group(0).replace(n, new, 1)

    return _NUMBERED.sub(one, text)


def _relabel_in_place(match: re.Match, found: list[Path], outer: int) -> str:
    """The reference as written with its labels replaced by ``found``'s, in the same places."""
    first, *others = found
    spans = {"labels": [first[outer:]], "of": [], "more": [path[outer:] for path in others]}
    new_outer = list(first[:outer])
    parts = re.split(r"\s+of\s+", match.group("of"))[1:]
    for part in reversed(parts):
        count = len(re.findall(_LABEL, part))
        spans["of"].insert(0, tuple(new_outer[:count]))
        del new_outer[:count]
    text, start = match.group(0), match.start()
    for name in ("more", "of", "labels"):  # right to left, so earlier offsets hold
        if match.group(name) is None:
            continue
        a, b = match.span(name)
        piece = _replace_labels(text[a - start : b - start], spans[name])
        text = text[: a - start] + piece + text[b - start :]
    return text


def _replace_labels(text: str, new: list[Path]) -> str:
    """``text`` with its runs of labels ("(b)(2)") replaced, in order, by ``new``'s."""
    groups = iter(new)
    return re.sub(rf"(?:{_LABEL})+", lambda _m: "".join(next(groups, ())), text)


def _say(found: list[Path], match: re.Match, scheme: Scheme) -> str:
    """References to ``found`` in the scheme's words: "division (E)(1) of this section"."""
    more = match.group("more") or ""
    joiner = next((f" {w} " for w in ("through", "to", "and") if f" {w} " in more), " or ")
    kinds = [_kind_at(label, depth, scheme) for depth, label in enumerate(found[0])]
    found = [tuple(_cited(label, scheme.in_words) for label in path) for path in found]
    if scheme.joined:
        word = scheme.name(kinds[0])
        labels = ["".join(path) for path in found]
    else:
        word = scheme.name(kinds[-1])
        labels = [path[-1] for path in found]
    plural = "s" if len(found) > 1 else ""
    listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + joiner + labels[-1]
    outer = (
        ""
        if scheme.joined
        else "".join(
            f" of {scheme.name(kind)} {label}"
            for kind, label in zip(reversed(kinds[:-1]), reversed(found[0][:-1]), strict=True)
        )
    )
    return f"{word}{plural} {listed}{outer}{scheme.suffix}"


def _kind_at(label: str, depth: int, scheme: Scheme) -> str:
    """The series of ``label`` at ``depth`` of a path. A section's top divisions are in the scheme's
    first series when the label can be read in it ("(I)" after "(H)" is Ohio's division I, not a
    roman subclause); deeper, where statutes differ, the label's last reading."""
    readings = [kind for kind, _ordinal in ordinals(label)]
    top = scheme.ladder[0]
    return top if depth == 0 and top in readings else readings[-1]


def this_division(text: str, kind: str, scheme: Scheme) -> str:
    """A provision's words for itself ("This subsection applies") in the scheme's word for its
    series ("This division applies"), in lower case even where the code capitalizes the word before a
    label (Texas: "Subsection (a)", but "this subsection")."""
    return _THIS_SUBSECTION.sub(lambda m: f"{m.group(1)}his {scheme.name(kind).lower()}", text)


def resolver(known: Iterable[Path], mapping: Mapping[Path, Path], context: Path, *, always: bool):
    """How ``rewrite`` finds what a reference made from within ``context`` now points to: the
    nearest division whose path ends in the labels written, as a reader resolves "subparagraph
    (B)". ``None`` (print it as it was) unless a label changed, or ``always``."""
    known = list(known)

    def resolve(wanted: list[Path]) -> list[Path] | None:
        out, changed = [], always
        for partial in wanted:
            fits = [p for p in known if p[-len(partial) :] == partial]
            if not fits:
                return None
            full = max(fits, key=lambda p: (_common(p, context), -len(p)))
            new = mapping.get(full, full)
            changed = changed or new != full
            out.append(new if always else new[-len(partial) :])
        return out if changed else None

    return resolve


def _common(a: Path, b: Path) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _cited(label: str, in_words: bool = False) -> str:
    """A label as a reference writes it: "(b)", but "3" for "Subd. 3." or "3." ("three" where the
    code writes subdivision numbers in words)."""
    if label.startswith("("):
        return label
    bare = re.sub(r"^Sub(?:d\.|division) |\.$", "", label)
    return number_words(int(bare)) if in_words and bare.isdigit() else bare


def _find(statute: Statute, after: str) -> Path:
    """The path of the division ``after`` names: "(c)", "(B)(2)", "2" or "subdivision 2"."""
    wanted = tuple(re.findall(r"\([A-Za-z0-9.-]+\)|\d+(?:-[a-z])?", after))
    by_cited = {tuple(_cited(label) for label in path): path for path in paths(statute)}
    if wanted in by_cited:
        return by_cited[wanted]
    known = ", ".join("".join(path) for path in list(by_cited)[:12])
    raise SpecError(f"[[amend]] after = {after!r}: the statute has no such division.", hint=f"it has {known}")


def _shifted(division: Division, shift: int) -> str:
    """The division's label ``shift`` places on; an inserted label keeps its suffix ("1-a." after
    two new subdivisions is "3-a.", still after the new "3.")."""
    ordinal, suffix = next(o for kind, o in ordinals(division.label or "") if kind == division.kind)
    label = make_label(division.kind, ordinal + shift)
    return f"{label[:-1]}-{suffix}{label[-1]}" if suffix else label


def ordinal_of(division: Division) -> int:
    """The division's place in its series: 3 for "(c)", 1 for "(i)" read as a roman numeral."""
    return next(o for kind, o in ordinals(division.label or "") if kind == division.kind)[0]


def insert(
    statute: Statute, after: str, added_of: Callable[[int, str, int], tuple[Division, ...]]
) -> tuple[Statute, dict[Path, Path]]:
    """``statute`` with divisions put after the one at path ``after`` ("(c)", "(B)(2)"), and the
    map of every division after them to its new label. ``added_of(level, kind, first)`` makes the
    new divisions, numbered from ``first``."""
    target = _find(statute, after)
    mapping: dict[Path, Path] = {}

    def place(siblings: tuple[Division, ...], above: Path, depth: int) -> tuple[Division, ...]:
        out: list[Division] = []
        shift = 0
        for division in siblings:
            here = (*above, division.label) if division.label else above
            if shift and division.label:
                label = _shifted(division, shift)
                division = _relabelled(division, label, here, (*above, label), mapping)
            elif target[: len(here)] == here and len(here) < len(target):
                division = replace(division, children=place(division.children, here, depth + 1))
            out.append(division)
            if here == target:
                new = added_of(depth, division.kind, ordinal_of(division) + 1)
                out += new
                shift = len(new)
        return tuple(out)

    return replace(statute, divisions=place(statute.divisions, (), 0)), mapping


def _relabelled(division: Division, label: str, old: Path, new: Path, mapping: dict[Path, Path]) -> Division:
    mapping[old] = new

    def descend(child: Division, old_above: Path, new_above: Path) -> Division:
        if child.label:
            mapping[(*old_above, child.label)] = (*new_above, child.label)
            old_above, new_above = (*old_above, child.label), (*new_above, child.label)
        return replace(child, children=tuple(descend(c, old_above, new_above) for c in child.children))

    return replace(division, label=label, children=tuple(descend(c, old, new) for c in division.children))


_THIS_SUBSECTION = re.compile(r"\b([Tt])his subsection\b")
"""A provision speaking of itself by the model's word for its top level ("This subsection applies")."""
