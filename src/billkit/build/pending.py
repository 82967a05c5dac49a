"""Fitting proposed language to a pending bill: its number, its relief term, its definitions.

Testimony and ``check --amendments`` propose text for someone else's bill. That text must not
point at the model bill's numbering ("Section 4"), must use the pending bill's word for the
relief (a sealing bill gets "sealing"), and must bring definitions the pending bill lacks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from ..check.clearance import RELIEF_WORDS, detect_relief_term
from ..load.jurisdiction import Jurisdiction
from ..load.library import Library
from ..load.words import words
from ..model import Bill, Block, Run, Section
from ..spec import BillSpec
from . import build_bill
from .references import MARKER, name_references
from .relief import ReliefTerm, relief_for, state_term

# ---------------------------------------------------------------------------------------------
# What a pending bill's text tells us

_SPELLED = (
    r"\b(?:Senate|House|Assembly|Legislative)\s+(?:Bill|File|Joint\s+Resolution|Resolution)"
    r"\s+(?:No\.?\s*|Number\s+)?\d+[A-Z]?\b"
)
_DOTTED = r"(?<![\w.])(?:S|H|A|L)\.\s?(?:B|F|R|J\.R)\.\s?(?:No\.\s?)?\d+[A-Z]?\b"
_SQUEEZED = r"\b(?:SB|HB|AB|LB|SF|HF|HR)\s?(?:No\.\s?)?\d+[A-Z]?\b"
_LETTER = r"(?<![\w.])(?:S|A|H)\.\s?\d+[A-Z]?\b"
BILL_NUMBER_PATTERNS = (
    re.compile(_SPELLED, re.IGNORECASE),
    re.compile(_DOTTED),
    re.compile(_SQUEEZED),
    re.compile(_LETTER),
)
"""A bill's number as bills print it: "Senate Bill No. 5", "S.B. 123", "H.B. No. 45", "AB 1228", "S. 4321"."""


def detect_bill_number(text: str) -> str | None:
    """The first bill number in ``text``, as printed (spelled-out numbers in title case), or ``None``."""
    found = [m for pattern in BILL_NUMBER_PATTERNS if (m := pattern.search(text))]
    if not found:
        return None
    first = min(found, key=lambda m: (m.start(), -len(m.group())))
    number = " ".join(first.group().split())
    if re.match(r"[A-Z]{4,} [A-Z]{4,}", number):  # "SENATE BILL NO. 5", "ASSEMBLY BILL No. 12"
        number = " ".join(
            word.capitalize() if word.isalpha() or word == "NO." else word for word in number.split()
        )
    return number


def choose_relief_term(
    given: str | None, text: str | None, default: ReliefTerm, jurisdiction: Jurisdiction
) -> tuple[ReliefTerm, str]:
    """The relief term to propose text in, and where it came from ("given", "found" or "default").

    A term given or found is read as :func:`relief.relief_for` reads it for ``jurisdiction``: the
    state's own word is accepted, a vacatur word that is not the state's is refused.
    """
    if given:
        return relief_for(given, jurisdiction), "given"
    found = detect_relief_term(text) if text else None
    own = state_term(jurisdiction.relief) if jurisdiction is not None and jurisdiction.relief else None
    if (
        text
        and own is not None
        and _count(text, own) > (len(RELIEF_WORDS[found].findall(text)) if found else 0)
    ):
        return own, "found"  # the state's own word, which may be one billkit never detects ("vacation")
    if found:
        return relief_for(found, jurisdiction), "found"
    return default, "default"


def _count(text: str, term: ReliefTerm) -> int:
    """How often ``text`` uses the noun, verb or participle of ``term`` ("vacation", "vacate", "vacated")."""
    forms = sorted({term.noun, term.verb, term.participle}, key=len, reverse=True)
    return len(re.findall(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", text, re.IGNORECASE))


def defines(text: str, term: str) -> bool:
    """True when ``text`` defines ``term`` (“Noncitizen” means ..., "noncitizen" includes ...)."""
    pattern = (
        r"[“\"‘']\s*" + re.escape(term) + r"s?\s*[,.]?\s*[”\"’']\s*,?\s*"
        r"(?:means|includes|refers to|has the meaning|shall mean)"
    )
    return re.search(pattern, text, re.IGNORECASE) is not None


def sentence_title(title: str) -> str:
    """A bill's title as it reads after a comma mid-sentence: "An act to ..." -> "an act to ..."."""
    match = re.match(r"(An?)\s+(act|Act|ACT|bill|Bill|BILL)\b", title)
    if not match:
        return title
    return f"{match.group(1).lower()} {match.group(2).lower()}" + title[match.end() :]


# ---------------------------------------------------------------------------------------------
# Proposed sections


@dataclasses.dataclass(frozen=True)
class Proposal:
    """Sections proposed for a pending bill, numbered 1, 2, ... in printing order.

    ``bill`` is the draft they were built in, holding only them. ``defined`` lists the terms the
    proposal's definitions section defines (empty without one). ``unnamed`` is true when some
    reference describes a section of the pending bill, in brackets, for the drafter to number.
    ``provision`` names the pending bill's relief provision ("the section of S. 5 that provides for
    sealing"), to which proposed language is added at the end.
    """

    bill: Bill
    relief: ReliefTerm
    defined: tuple[str, ...] = ()
    unnamed: bool = False
    provision: str = ""

    @property
    def sections(self) -> tuple[Section, ...]:
        return self.bill.sections


def propose(
    clause_ids: Sequence[str],
    library: Library,
    jurisdiction: Jurisdiction,
    *,
    bill: str,
    relief: ReliefTerm,
    pending_text: str | None = None,
    base: BillSpec | None = None,
    annotated: bool = False,
    new_reference: str | None = None,
) -> Proposal:
    """The clauses ``clause_ids`` drafted as new sections of the pending bill ``bill``.

    A clause they require that is not proposed is taken to be in the pending bill already; a
    reference to it names it by what it does ("[the section of S.B. 5 on relief for legal
    error]"), a reference to a proposed section by ``new_reference`` (``{n}``: its number
    here, ``{title}``: its title; by default the pending words' ``new_section``). When the
    proposed text uses a term the pending bill does not define (``pending_text`` of ``None``:
    defines nothing), a definitions section comes with it, holding only the definitions needed.
    """
    w = words("pending")
    wanted = list(dict.fromkeys(clause_ids))
    context = _required(wanted, library)
    with_definitions = "definitions" in library.clauses and "definitions" not in wanted
    provision = w.fill("relief_provision", bill=bill, relief=relief.noun)
    base = base or BillSpec()
    spec = base.model_copy(
        update={
            "clauses": (*wanted, *context, *(["definitions"] if with_definitions else [])),
            "without": (),
            "amend": (),
            "relief_term": relief.key,
            "params": _relief_statutes(base, (*wanted, *context), library, jurisdiction, relief, provision),
            "clean": not annotated,
        }
    )
    draft = build_bill(spec, library, jurisdiction, reference=MARKER)
    keep, defined = _kept_sections(draft, wanted, with_definitions, relief, pending_text or "", bill)
    numbers = {s.id: n for n, s in enumerate(keep, start=1)}
    by_number = {s.number: s.id for s in draft.sections}
    unnamed = []

    def reference(number: int) -> str:
        target = by_number[number]
        clause = library.get(target)
        if target in numbers:
            return (new_reference or w["new_section"]).format(n=numbers[target], title=clause.title)
        unnamed.append(target)
        what = clause.title.split(";")[0].strip()
        return w.fill("section_on", bill=bill, subject=what[0].lower() + what[1:])

    sections = tuple(name_references(dataclasses.replace(s, number=numbers[s.id]), reference) for s in keep)
    meta = dataclasses.replace(draft.meta, clause_ids=tuple(s.id for s in sections))
    left_unnamed = bool(unnamed) or f"[{provision}" in " ".join(_section_text(s) for s in sections)
    bill_only = dataclasses.replace(draft, meta=meta, sections=sections)
    return Proposal(bill=bill_only, relief=relief, defined=defined, unnamed=left_unnamed, provision=provision)


def _required(wanted: list[str], library: Library) -> list[str]:
    """The clauses the wanted ones require, directly or not, that are not wanted themselves."""
    context: list[str] = []

    def visit(clause_id: str) -> None:
        for needed in library.get(clause_id).requires:
            if needed not in wanted and needed not in context:
                context.append(needed)
                visit(needed)

    for clause_id in list(wanted):
        visit(clause_id)
    return context


def _relief_statutes(
    base: BillSpec,
    clause_ids: Sequence[str],
    library: Library,
    jurisdiction: Jurisdiction,
    relief: ReliefTerm,
    provision: str,
) -> dict[str, dict]:
    """The spec's parameters, with the relief statute of each clause that takes one set.

    The provisions that grant relief, to which the guidance's sentence is added, are here the
    pending bill's own, before any other law of the state.
    """
    params = {k: dict(v) for k, v in base.params.items()}
    for clause_id in clause_ids:
        if any(p.name == "relief_statute" for p in library.get(clause_id).params):
            params.setdefault(clause_id, {}).setdefault(
                "relief_statute",
                words("pending").fill(
                    "relief_statute",
                    provision=provision,
                    this_state=jurisdiction.this_state,
                    a_relief=relief.a_noun,
                ),
            )
    return params


def _kept_sections(
    draft: Bill, wanted: list[str], with_definitions: bool, relief: ReliefTerm, pending: str, bill: str
) -> tuple[list[Section], tuple[str, ...]]:
    """The wanted sections in the draft's order, with the definitions the proposal needs, which govern
    the sections proposed for ``bill`` alone (the pending bill may define the same words otherwise).

    Also returns the terms those definitions define (none without a definitions section).
    """
    keep = [s for s in draft.sections if s.id in wanted]
    defined: tuple[str, ...] = ()
    if "definitions" in wanted or with_definitions:
        used = " ".join(_section_text(s) for s in keep if s.id != "definitions")
        definitions = draft.section("definitions")
        blocks = _needed_definitions(definitions.body, used, relief, pending)
        scope = words("pending").fill("definitions_scope", bill=bill)
        definitions = dataclasses.replace(definitions, lead=_scoped(definitions.lead, scope))
        if blocks and with_definitions:
            keep.append(dataclasses.replace(definitions, body=blocks))
        elif "definitions" in wanted:
            keep = [
                dataclasses.replace(s, body=blocks or s.body) if s.id == "definitions" else s for s in keep
            ]
        if blocks:
            defined = tuple(_defined_term(b.text) for b in blocks)
    order = [s.id for s in draft.sections]
    keep.sort(key=lambda s: order.index(s.id))
    return keep, defined


def _scoped(lead: tuple[Run, ...], scope: str) -> tuple[Run, ...]:
    """A definitions lead that names the proposed sections, not "this act", as what it governs."""
    if not lead:
        return lead
    first = re.sub(r"^In this \[?\w+\]?", scope, lead[0].text, count=1)
    return (dataclasses.replace(lead[0], text=first), *lead[1:])


def _section_text(section: Section) -> str:
    lead = "".join(r.text for r in section.lead)
    return " ".join([lead, *(b.text for top in section.body for b in top.walk())])


def _defined_term(definition: str) -> str:
    return definition.lstrip('“"[').split("”")[0].split('"')[0]


def _needed_definitions(blocks: Iterable[Block], used: str, relief: ReliefTerm, pending: str) -> tuple:
    """The definitions the proposed text uses and the pending bill lacks, labelled afresh."""
    kept = []
    for block in blocks:
        term = _defined_term(block.text)
        forms = {term}
        if term.casefold() == relief.noun.casefold():
            forms |= {relief.noun, relief.plural, relief.adj, relief.verb, relief.participle}
        pattern = r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")s?\b"
        if not re.search(pattern, used, re.IGNORECASE):
            continue
        if any(defines(pending, f) for f in forms):
            continue
        kept.append(block)
    if not kept:
        return ()
    labels = [b.label for b in blocks]
    return tuple(dataclasses.replace(block, label=label) for block, label in zip(kept, labels, strict=False))
