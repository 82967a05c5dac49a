"""Build a bill: pure functions from (spec, library, jurisdiction) to the document model."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .amend import amended_text, next_labels, paragraphs_of, redline
from .citations import case_names, italicize
from .errors import ParameterError, SelectionError, UnknownNameError
from .jurisdiction import (
    DEFAULT_REFERENCE,
    GENERIC,
    GRADES_EXPLAINED,
    Jurisdiction,
    cross_reference,
    get_jurisdiction,
)
from .library import AmendmentMarks, Clause, Item, Library
from .model import Bill, BillMeta, Block, Note, Run, Section
from .relief import DEFAULT_TERM, ReliefTerm, get_relief_term
from .spec import AmendSpec, BillSpec
from .templating import collapse, evaluate, paragraphs, render_text, series

LADDERS = {
    "subsections": ("lower", "arabic", "upper", "roman"),
    "definitions": ("arabic", "upper", "roman"),
}
"""How provisions are labelled at each depth: (a)/(1)/(A)/(i), or (1)/(A)/(i) in definitions."""

LEVEL_NAMES = {"lower": "subsection", "arabic": "paragraph", "upper": "subparagraph", "roman": "clause"}


def select_clauses(spec: BillSpec, library: Library) -> list[Clause]:
    """The clauses a spec asks for, checked against requires/excludes, in printing order."""
    wanted = list(spec.clauses) if spec.clauses is not None else list(library.clauses)
    for clause_id in (*wanted, *spec.without):
        library.get(clause_id)
    chosen = {clause_id for clause_id in wanted if clause_id not in set(spec.without)}
    if not chosen:
        raise SelectionError("no clauses are selected.", hint="drop some --without options")
    for clause_id in sorted(chosen):
        clause = library.get(clause_id)
        for needed in clause.requires:
            if needed not in chosen:
                raise SelectionError(
                    f"clause {clause_id!r} requires {needed!r}, which is not selected.",
                    hint=f"add -c {needed}, or leave out {clause_id}",
                )
        for barred in clause.excludes:
            if barred in chosen:
                raise SelectionError(
                    f"clause {clause_id!r} cannot be combined with {barred!r}.",
                    hint=f"leave out one of {clause_id} and {barred}",
                )
    return sorted((library.get(c) for c in chosen), key=lambda c: (c.order, c.id))


def build_bill(
    spec: BillSpec,
    library: Library,
    jurisdiction: Jurisdiction | None = None,
    *,
    reference: str | None = None,
) -> Bill:
    """The whole bill for ``spec``: selection, numbering, parameters, notes.

    ``jurisdiction`` defaults to the one ``spec.state`` names, or the generic model bill.
    ``reference`` is how a cross-reference to another section prints, ``{n}`` its number and
    ``{words}`` the number in words; by default the jurisdiction's own form ("Section {n}").
    """
    if jurisdiction is None:
        jurisdiction = get_jurisdiction(spec.state) if spec.state else GENERIC
    relief = get_relief_term(spec.relief_term)
    clauses = select_clauses(spec, library)
    units = _units(spec, clauses)
    numbers = {}
    for n, unit in enumerate(units, start=1):
        for clause_id in unit if isinstance(unit, tuple) else (unit.id,):
            numbers[clause_id] = n
    values = _resolve_params(spec, library, clauses)
    aims = [clause.aim for clause in clauses if clause.aim]
    names = case_names(a for clause in library.clauses.values() for a in clause.citations)
    reference = reference or jurisdiction.reference
    builder = _SectionBuilder(library, relief, jurisdiction, numbers, aims, names, reference)
    built = {
        clause.id: builder.section(clause, values[clause.id], annotated=not spec.clean) for clause in clauses
    }
    sections = tuple(
        builder.amendment(spec.amend[unit[0]], n, [built[c] for c in unit[1:]], annotated=not spec.clean)
        if isinstance(unit, tuple)
        else built[unit.id]
        for n, unit in enumerate(units, start=1)
    )

    short_title = str(values.get("short-title", {}).get("short_title") or _default_short_title(library))
    act = library.act
    base = builder.context("act", {"subject": act.subject})
    where = "clauses/_act.yaml"
    form = jurisdiction.form
    title_source = form.long_title if form else act.long_title
    long_title = collapse(render_text(title_source, base, where=f"{where}: field 'long_title'"))
    prefatory = sources = None
    cover: tuple[str, ...] = ()
    cover_subtitles: tuple[str, ...] = ()
    drafter_notes: tuple[str, ...] = ()
    if not spec.clean:
        drafter_notes = tuple(note for _fact, note in jurisdiction.unverified)
        if jurisdiction.sources:
            sources = Note(
                kind="sources",
                heading=f"Sources for {jurisdiction.name}",
                paragraphs=(
                    *(
                        (Run(what[0].upper() + what[1:] + ":", frozenset({"strong"})), Run(" " + text))
                        for what, text in jurisdiction.sources
                    ),
                    (Run(GRADES_EXPLAINED, frozenset({"em"})),),
                ),
            )
        prefatory = Note(
            kind="prefatory",
            heading="Prefatory Note",
            paragraphs=tuple(
                (
                    *((Run(part.heading + ".", frozenset({"strong"})), Run(" ")) if part.heading else ()),
                    *italicize(
                        collapse(render_text(part.text, base, where=f"{where}: field 'prefatory_note'")),
                        names,
                    ),
                )
                for part in act.prefatory_note
            ),
        )
        cover = _render_lines(act.cover, base, f"{where}: field 'cover'")
        cover_subtitles = _render_lines(act.cover_subtitles, base, f"{where}: field 'cover_subtitles'")
    meta = BillMeta(
        title=short_title,
        short_title=short_title,
        relief_term=relief.noun,
        jurisdiction=jurisdiction.name,
        jurisdiction_code=jurisdiction.code,
        annotated=not spec.clean,
        clause_ids=tuple(clause.id for clause in clauses),
    )
    marks = jurisdiction.marks or AmendmentMarks()
    return Bill(
        meta=meta,
        act_title=short_title.upper(),
        marks=(marks.inserted, marks.deleted),
        marks_explanation=marks.explanation if spec.amend and not spec.clean else None,
        long_title=long_title,
        enacting_clause=jurisdiction.enacting_clause,
        sections=sections,
        show_act_title=form is None,
        caption=form.caption if form else (),
        enacting_caps=bool(form and form.enacting_caps),
        cover_subtitles=cover_subtitles,
        cover_lines=cover,
        prefatory_note=prefatory,
        sources_note=sources,
        drafter_notes=drafter_notes,
    )


def _units(spec: BillSpec, clauses: list[Clause]) -> list:
    """The bill's sections in order: a clause, or (amend index, clause ids...) for an amendment.

    An amendment stands where the first of its clauses would have; one without clauses goes last.
    """
    selected = {clause.id for clause in clauses}
    moved: dict[str, int] = {}
    for index, amend in enumerate(spec.amend):
        for clause_id in amend.clauses:
            if clause_id not in selected:
                raise SelectionError(
                    f"[[amend]] {amend.citation!r} takes clause {clause_id!r}, which is not in the bill.",
                    hint=f"add -c {clause_id}, or remove it from the amendment",
                )
            if clause_id in moved:
                raise SelectionError(f"clause {clause_id!r} is in two [[amend]] entries.")
            moved[clause_id] = index
    units: list = []
    placed: set[int] = set()
    for clause in clauses:
        if clause.id not in moved:
            units.append(clause)
        elif moved[clause.id] not in placed:
            index = moved[clause.id]
            placed.add(index)
            units.append((index, *(c.id for c in clauses if moved.get(c.id) == index)))
    units += [(index,) for index in range(len(spec.amend)) if index not in placed]
    return units


def _render_lines(lines, context, where: str) -> tuple[str, ...]:
    """Render each template line, dropping the ones that come out empty."""
    rendered = (collapse(render_text(line, context, where=where)) for line in lines)
    return tuple(line for line in rendered if line)


def default_values(library: Library, jurisdiction: Jurisdiction = GENERIC) -> dict[str, dict[str, str]]:
    """Every parameter's default as it would print in a bill for ``jurisdiction``."""
    relief = get_relief_term(DEFAULT_TERM)
    builder = _SectionBuilder(library, relief, jurisdiction, {}, [], (), jurisdiction.reference)
    out: dict[str, dict[str, str]] = {}
    for clause in library.ordered():
        defaults = {p.name: _Default(str(p.default)) for p in clause.params if p.default is not None}
        out[clause.id] = builder._params(clause, defaults, builder.context(clause.id, {}))
    return out


def _default_short_title(library: Library) -> str:
    return str(library.get("short-title").param("short_title").default)


def _resolve_params(spec: BillSpec, library: Library, clauses: list[Clause]) -> dict[str, dict[str, Any]]:
    """Each selected clause's parameter values: the spec's value, else the (templated) default."""
    for clause_id, given in spec.params.items():
        clause = library.get(clause_id)
        known = [p.name for p in clause.params]
        for name in given:
            if name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else (f"its parameters are: {', '.join(known)}" if known else "it takes no parameters")
                )
                raise ParameterError(f"clause {clause_id!r} has no parameter {name!r}.", hint=hint)
    values: dict[str, dict[str, Any]] = {}
    for clause in clauses:
        given = spec.params.get(clause.id, {})
        resolved: dict[str, Any] = {}
        for param in clause.params:
            if param.name in given:
                value = given[param.name]
                if isinstance(value, str) and not value.strip():
                    raise ParameterError(
                        f"parameter {param.name!r} of clause {clause.id!r} is empty.",
                        hint=f"give it a value: {param.description}",
                    )
                resolved[param.name] = _Literal(str(value))
            elif param.default is None:
                raise ParameterError(
                    f"clause {clause.id!r} needs a value for parameter {param.name!r} ({param.description}).",
                    hint=f"set it under [params.{clause.id}] in the spec",
                )
            else:
                resolved[param.name] = _Default(str(param.default))
        values[clause.id] = resolved
    return values


class _Literal(str):
    """A user's parameter value: printed as given, never evaluated as a template."""


class _Default(str):
    """A library default: may itself use template variables such as ``{{ j.this_state }}``."""


@dataclass
class _SectionBuilder:
    library: Library
    relief: ReliefTerm
    jurisdiction: Jurisdiction
    numbers: Mapping[str, int]
    aims: list[str]
    case_names: tuple[str, ...]
    reference: str = DEFAULT_REFERENCE

    def context(self, clause_id: str, params: Mapping[str, Any], relief: ReliefTerm | None = None):
        def ref(target: str) -> str:
            if target not in self.library.clauses:
                raise UnknownNameError("clause", target, self.library.clauses)
            if target not in self.numbers:
                raise SelectionError(
                    f"clause {clause_id!r} refers to {target!r}, which is not in the bill.",
                    hint=f"add -c {target}, or leave out {clause_id}",
                )
            return cross_reference(self.reference, self.numbers[target])

        return {
            "relief": relief or self.relief,
            "j": self.jurisdiction,
            "act": self.jurisdiction.act_word,
            "aims": self.aims,
            "selected": tuple(self.numbers),
            "ref": ref,
            **params,
        }

    def _params(self, clause: Clause, values: Mapping[str, Any], base: Mapping[str, Any]):
        where = str(self.library.origins[clause.id].name)
        done: dict[str, str] = {}
        for name, value in values.items():
            if isinstance(value, _Default):
                value = collapse(render_text(value, base, where=f"{where}: default of {name!r}"))
            done[name] = str(value)
        return done

    def section(self, clause: Clause, values: Mapping[str, Any], *, annotated: bool) -> Section:
        where = str(self.library.origins[clause.id].name)
        base = self.context(clause.id, {})
        ctx = self.context(clause.id, self._params(clause, values, base))
        ladder = LADDERS[clause.ladder]

        def render(item: Item, path: str) -> str:
            return collapse(render_text(item.text, ctx, where=f"{where}: field '{path}'"))

        top: dict[int, Block] = {}

        def blocks(items, level: int, path: str, labelled: bool) -> list[Block]:
            out = []
            kept = [
                (i, item)
                for i, item in enumerate(items)
                if item.when is None or evaluate(item.when, ctx, where=f"{where}: field '{path}.{i}.when'")
            ]
            texts = {i: render(item, f"{path}.{i}") for i, item in kept}
            if clause.ladder == "definitions" and level == 0:
                kept.sort(key=lambda pair: _defined_term(texts[pair[0]]))
            for n, (i, item) in enumerate(kept):
                label = _label(ladder[level], n) if labelled else None
                children = tuple(blocks(item.items, level + 1, f"{path}.{i}.items", True))
                block = Block(runs=(Run(texts[i]),), label=label, level=level, children=children)
                if level == 0:
                    top[i] = block
                out.append(block)
            return out

        labelled = clause.lead is not None or len(clause.text) > 1 or bool(clause.text[0].items)
        body = tuple(blocks(clause.text, 0, "text", labelled))
        lead = ()
        if clause.lead:
            lead = (Run(collapse(render_text(clause.lead, ctx, where=f"{where}: field 'lead'"))),)

        source_note = note = comment = authorities = None
        if annotated:
            source_note = self._source_note(clause, top, ladder)
            note = self._note(
                "legislative",
                "Legislative Note",
                clause.legislative_note,
                ctx,
                f"{where}: field 'legislative_note'",
            )
            comment = self._note("comment", "Comment", clause.comment, ctx, f"{where}: field 'comment'")
            cited = [
                a.cite
                for i, a in enumerate(clause.authorities)
                if a.when is None or evaluate(a.when, ctx, where=f"{where}: field 'authorities.{i}.when'")
            ]
            if cited:
                authorities = Note(
                    kind="authorities",
                    heading="Authorities",
                    paragraphs=tuple(italicize(a, self.case_names) for a in cited),
                )
        number = self.numbers[clause.id]
        form = self.jurisdiction.form
        pattern = (
            "SECTION {{ n }}." if form is None else (form.first_section if number == 1 else form.section)
        )
        label = render_text(pattern, {"n": number}, where="section label")
        return Section(
            id=clause.id,
            number=number,
            label=label,
            heading=clause.title.upper() + "." if form is None or form.headings else "",
            title=clause.title,
            lead=lead,
            body=body,
            source_note=source_note,
            legislative_note=note,
            comment=comment,
            authorities=authorities,
        )

    def amendment(self, amend: AmendSpec, number: int, moved: list[Section], *, annotated: bool) -> Section:
        """A section amending existing law: the lead ("... is amended to read:") and the redline."""
        form = self.jurisdiction.form
        pattern = "SECTION {{ n }}."
        if form is not None:
            pattern = form.first_section if number == 1 else form.section
        lead_source = form.amend_lead if form is not None else "{{ citation }} is amended to read:"
        lead = collapse(render_text(lead_source, {"citation": amend.citation}, where="amend_lead"))
        lead = lead[0].upper() + lead[1:]
        additions = _relabelled(amend.current_text, moved)
        new_text = amend.amended_text or amended_text(amend.current_text, additions)
        paragraphs = redline(amend.current_text, new_text)
        if annotated:
            paragraphs = [self._delimit(runs) for runs in paragraphs]
        else:  # the clean version is simply the new text
            paragraphs = [(Run(text),) for text in paragraphs_of(new_text)]
        note = comment = authorities = None
        if annotated:
            explain = (
                f"This section amends {amend.citation} rather than adding a new section. "
                + (f"It carries the text of {series([f'“{s.title}”' for s in moved])}; " if moved else "")
                + "check the current text against the official code before filing."
            )
            notes = [p for s in moved if s.legislative_note for p in s.legislative_note.paragraphs]
            note = Note(kind="legislative", heading="Legislative Note", paragraphs=((Run(explain),), *notes))
            comment_parts = [p for s in moved if s.comment for p in s.comment.paragraphs]
            comment = (
                Note(kind="comment", heading="Comment", paragraphs=tuple(comment_parts))
                if comment_parts
                else None
            )
            cited = [p for s in moved if s.authorities for p in s.authorities.paragraphs]
            authorities = (
                Note(kind="authorities", heading="Authorities", paragraphs=tuple(cited)) if cited else None
            )
        citation_title = f"Amendment of {amend.citation}"
        return Section(
            id=f"amend-{number}",
            number=number,
            label=render_text(pattern, {"n": number}, where="section label"),
            heading=citation_title.upper() + "." if form is None or form.headings else "",
            title=citation_title,
            lead=(Run(lead),),
            body=tuple(Block(runs=runs, level=0) for runs in paragraphs),
            legislative_note=note,
            comment=comment,
            authorities=authorities,
        )

    def _delimit(self, runs: tuple[Run, ...]) -> tuple[Run, ...]:
        """Put the jurisdiction's brackets or double parentheses around removed words."""
        deleted = (self.jurisdiction.marks or AmendmentMarks()).deleted
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

    def _note(self, kind: str, heading: str, source: str, ctx: Mapping[str, Any], where: str) -> Note:
        texts = paragraphs(render_text(source, ctx, where=where))
        return Note(
            kind=kind, heading=heading, paragraphs=tuple(italicize(p, self.case_names) for p in texts)
        )

    def _source_note(self, clause: Clause, top: Mapping[int, Block], ladder) -> str | None:
        """Which provisions are the guidance's sample language, and whether they were adapted.

        A provision is "verbatim" when it reads exactly as it does with the guidance's own
        choices (the relief term "expungement" and the default parameters).
        """
        where = str(self.library.origins[clause.id].name)
        guidance = [
            (i, item)
            for i, item in enumerate(clause.text)
            if i in top and (item.source or clause.source) == "guidance"
        ]
        if not guidance:
            return None
        standard = get_relief_term(DEFAULT_TERM)
        defaults = {p.name: _Default(str(p.default)) for p in clause.params if p.default is not None}
        base = self.context(clause.id, {}, relief=standard)
        plain = self.context(clause.id, self._params(clause, defaults, base), relief=standard)
        guide = f"the sample language of the guidance ({self.library.act.guidance_name})"
        sentences = []
        for quoting in (False, True):
            chosen = [(i, item) for i, item in guidance if item.quotes_guidance is quoting]
            if not chosen:
                continue
            labels = [top[i].label for i, _ in chosen]
            adapted = any(
                _sample(top[i].text, quoting)
                != _sample(
                    collapse(render_text(item.text, plain, where=f"{where}: field 'text.{i}'")), quoting
                )
                for i, item in chosen
            )
            how = "adapted to this draft’s choices" if adapted else "verbatim"
            if labels == [None]:
                what = "The text of this section"
            else:
                name = LEVEL_NAMES[ladder[0]]
                names = " and ".join(map(str, labels))
                what = f"{name.capitalize()}{'s' if len(labels) > 1 else ''} {names}"
            if quoting:
                sentences.append(
                    f"{what} add{'s' if len(labels) == 1 else ''} {guide} to existing law, {how}."
                )
            else:
                sentences.append(f"{what} {'are' if len(labels) > 1 else 'is'} {guide}, {how}.")
        return "Source: " + " ".join(sentences)


def _sample(text: str, quoting: bool) -> str:
    """The guidance's words in a provision: all of it, or what an amending one puts in quotes."""
    if not quoting:
        return text
    start, end = text.find("“"), text.rfind("”")
    return text[start + 1 : end] if 0 <= start < end else text


DELIMITERS = {
    "brackets": ("[", "]"),
    "struck-brackets": ("[", "]"),
    "struck-double-parentheses": ("((", "))"),
}
DELIMITER = frozenset({"del", "delimiter"})


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


def _defined_term(definition: str) -> str:
    """The term a definition defines ("“Record” means ..." -> "record"), for alphabetical order."""
    return definition.lstrip('“"[').split("”")[0].split('"')[0].casefold()


def _label(style: str, n: int) -> str:
    if style == "lower":
        return f"({_letters(n).lower()})"
    if style == "upper":
        return f"({_letters(n)})"
    if style == "roman":
        return f"({_roman(n + 1)})"
    return f"({n + 1})"


def _letters(n: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the drafting convention for long lists."""
    return chr(ord("A") + n % 26) * (n // 26 + 1)


def _roman(n: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out
