"""Build a testimony packet: pure functions from a packet spec and the library to the model."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..check.clearance import require_record_clearance
from ..check.deletions import WHY as DELETED
from ..check.judge import AGENT_GATE_WHY
from ..check.likeness import WHY as LIKENESS
from ..check.lists import FEDERAL_WHY, GATED_WHY
from ..check.lists import WHY as LEFT_OUT
from ..check.ruleset.presumptions import REGULARITY_WHY
from ..errors import UnknownNameError
from ..load.jurisdiction import resolve
from ..load.library import PRACTICES, Clause, Library
from ..load.words import Words, words
from ..model import (
    Act,
    AuthoritiesTable,
    Bill,
    Contents,
    Cover,
    Document,
    DocumentMeta,
    Heading,
    PageBreak,
    Para,
    Run,
    Section,
    TableEntry,
)
from ..sentences import first_sentences
from ..spec import PacketSpec
from . import build_bill
from .authorities import block_texts, find_citations, mark_blocks, table_of_authorities
from .citations import italicize
from .front import standing_table
from .pending import Proposal, choose_relief_term, propose, sentence_title
from .relief import relief_for
from .sections import nested_quotes
from .templating import series

if TYPE_CHECKING:
    from ..check.rules import Finding
    from ..load.jurisdiction import Jurisdiction

STRONG = frozenset({"strong"})
TOLD_CLEAN = "told-clean"
"""The id of the findings' provision on noncitizens told their record is clean, which testimony quotes."""
STOP_AFTER_STOP = re.compile(r"(?<=[.?!]”)\.")
"""A full stop after a quotation that ends with its own ("... 18 USC 921 (A) (3).”."): one is enough."""


def _checked(spec: PacketSpec, pending_text: str | None) -> Jurisdiction:
    """The packet's jurisdiction, once the spec's practices and relief term and the pending bill pass."""
    for practice in spec.present:
        if practice not in PRACTICES:
            raise UnknownNameError("practice", practice, PRACTICES)
    if pending_text is not None:
        require_record_clearance(
            pending_text, spec.relief_term, spec.bill_number, override="relief_term in the spec"
        )
    jurisdiction = resolve(spec.state)
    if spec.relief_term:
        relief_for(spec.relief_term, jurisdiction)
    return jurisdiction


def build_packet(
    spec: PacketSpec,
    library: Library,
    findings: Sequence[Finding] | None = None,
    pending_text: str | None = None,
) -> Document:
    """The packet for ``spec``. ``findings``, what ``billkit check`` found in the pending bill,
    override what ``spec.present`` implies: the testimony thanks the committee only for a practice
    the bill has, quoting it, and asks it to strike each provision that works against one.

    ``pending_text`` is the pending bill's text, when known: the language the testimony proposes
    takes the bill's relief term from it (unless ``spec.relief_term`` names one) and brings
    definitions only for the terms it does not define.
    """
    jurisdiction = _checked(spec, pending_text)
    bill_spec = spec.bill.merged(state=spec.state, clean=not spec.annotated_bill)
    bill = build_bill(bill_spec, library, jurisdiction)
    full = build_bill(bill_spec.merged(clean=False), library, jurisdiction)
    practices = [library.get(c) for c in full.meta.clause_ids if library.get(c).practice != "scaffold"]
    found = {f.id: f for f in findings or ()}
    missing = _missing(spec, practices, findings)
    names = library.case_names

    proposal = _proposal(spec, library, jurisdiction, bill_spec, practices, missing, pending_text)
    words = packet_words()
    number = spec.bill_number
    testimony = _testimony(spec, full, practices, (missing, found, jurisdiction), names, proposal)
    analysis = [*_standing(jurisdiction), *_analysis(library, full, names)]
    titles = {
        key: words["parts"].fill(key, short_title=bill.meta.short_title)
        for key in ("contents", "testimony", "analysis", "bill", "authorities")
    }
    body: list = [_part(titles, "testimony"), *testimony, PageBreak(), _part(titles, "analysis"), *analysis]
    body += [PageBreak(), _part(titles, "bill"), Act(bill, standalone=False)]
    body, groups = _cited(body, library, names)
    contents = Contents(tuple((f"part-{key}", titles[key]) for key in titles if key != "contents"))
    cover = Cover(words.fill("cover_title", number=number), _cover_facts(spec, jurisdiction, words))
    blocks = (
        cover,
        PageBreak(),
        _part(titles, "contents"),
        contents,
        PageBreak(),
        *body,
        PageBreak(),
        _part(titles, "authorities"),
        AuthoritiesTable(groups),
    )
    meta = DocumentMeta(
        kind="packet",
        title=words.fill("title", organization=spec.organization, number=number),
        short_title=words.fill("short_title", organization=spec.organization, number=number),
        subject=words.fill("cover_title", number=number),
    )
    return Document(meta, blocks)


def _missing(spec: PacketSpec, practices: list[Clause], findings) -> tuple[str, ...]:
    """The practices the pending bill lacks: by ``billkit check`` when it read the bill, else
    every practice the spec does not say is present."""
    if findings is None:
        return tuple(c.practice for c in practices if c.practice not in spec.present)
    return tuple(f.id for f in findings if f.status != "present")


def _proposal(spec, library, jurisdiction, bill_spec, practices, missing, pending_text) -> Proposal | None:
    """The language a support-if-amended letter proposes for the missing practices, if any."""
    wanted = [c.id for c in practices if c.practice in missing]
    if spec.position != "support-if-amended" or not wanted:
        return None
    default = relief_for(spec.bill.relief_term, jurisdiction)
    relief, _ = choose_relief_term(spec.relief_term, pending_text, default, jurisdiction)
    return propose(
        wanted,
        library,
        jurisdiction,
        bill=spec.bill_number,
        relief=relief,
        pending_text=pending_text,
        base=bill_spec,
        annotated=True,
    )


def _cited(body: list, library: Library, names) -> tuple[list, tuple]:
    """The body with every citation marked, and the table of authorities' groups it yields."""
    known = tuple(a for clause in library.clauses.values() for a in clause.citations)
    body = mark_blocks(body, known)
    found = [f for block in body for text in block_texts(block) for f in find_citations(text, known)]
    groups = tuple(
        (group, tuple(TableEntry(a.key, a.display, italicize(a.display, names)) for a in items))
        for group, items in table_of_authorities(found).items()
    )
    return body, groups


def packet_words() -> Words:
    return words("packet")


def _part(titles: dict[str, str], key: str) -> Heading:
    return Heading((Run(titles[key]),), "part-title", anchor=f"part-{key}")


def _cover_facts(spec: PacketSpec, jurisdiction, words: Words) -> tuple[tuple[str, str], ...]:
    labels = words["cover"]
    facts = (
        ("bill", f"{spec.bill_number}, {sentence_title(spec.bill_title)}"),
        ("position", words["positions"][spec.position]),
        ("committee", spec.committee),
        ("hearing", spec.hearing_date),
        ("witness", ", ".join(v for v in (spec.witness, spec.witness_title) if v)),
        ("organization", spec.organization),
        ("jurisdiction", jurisdiction.name if spec.state else ""),
        ("contact", spec.contact),
    )
    return tuple((labels[key], value) for key, value in facts if value)


def _p(text: str, names, role: str = "testimony") -> Para:
    return Para(italicize(STOP_AFTER_STOP.sub("", text), names), role)


def _labelled(label: str, text: str, names) -> Para:
    return Para((Run(label, STRONG), Run(" "), *italicize(STOP_AFTER_STOP.sub("", text), names)), "testimony")


def _heading(text: str) -> Heading:
    return Heading((Run(text),), "packet-heading")


def _testimony(spec, bill: Bill, practices: list[Clause], check, names, proposal: Proposal | None) -> list:
    """The letter. ``check`` is (the practices the pending bill lacks, the findings by practice, the
    jurisdiction)."""
    missing, found, jurisdiction = check
    words = packet_words()
    who = _who(spec)
    out = [Para((Run(words.fill("salutation", **who)),), "testimony")]
    out.append(_p(words["opening"].fill(spec.position, **who), names))
    out += _concern(bill, words, names)
    present = [c for c in practices if c.practice not in missing]
    absent = [c for c in practices if c.practice in missing]
    if present:
        out.append(_heading(words["present_heading"][spec.position]))
        for clause in present:
            thanks = words.fill("present", aim=clause.credit or clause.aim, why=clause.why)
            evidence = found[clause.practice].evidence if clause.practice in found else []
            if evidence:
                thanks += " " + words.fill(
                    "quoted", quote=nested_quotes(evidence[0].quote), location=evidence[0].place
                )
            out.append(_labelled(f"{clause.credit_title or clause.title}.", thanks, names))
    out += _to_strike(words, practices, found, names)
    out += _caution(words, found.get("public-education"), names)
    if absent:
        out.append(_heading(words["absent_heading"][spec.position]))
        for clause in absent:
            out.append(_labelled(f"{clause.title}.", words.fill("absent", aim=clause.aim), names))
            out += _existing_law(jurisdiction, clause, words, names, proposal)
            out.append(_p(first_sentences(clause.comment, 3), names))
            if proposal is not None:
                out.append(_p(words["propose"], names))
                out.extend(_proposed(proposal.bill.section(clause.id)))
        if proposal is not None and "definitions" in proposal.bill.meta.clause_ids:
            terms = series([f"“{term[0].lower() + term[1:]}”" for term in proposal.defined])
            out.append(
                _labelled(words["definitions_label"], words.fill("definitions", terms=terms, **who), names)
            )
            out.extend(_proposed(proposal.bill.section("definitions")))
    closing = words["closing"].fill(spec.position, **who)
    out.append(_p(f"{closing} {words['thanks']}", names))
    out.append(Para((Run(words["signature"]),), "signature"))
    for line in (spec.witness, spec.witness_title, spec.organization, spec.contact):
        if line:
            out.append(Para((Run(line),), "signature"))
    return out


def _existing_law(jurisdiction, clause: Clause, words: Words, names, proposal: Proposal | None) -> list:
    """What the state's law already does toward ``clause``'s practice, cited, when it does any of it, and
    where the proposed language goes: the pending bill's own relief provision, if the proposal adds to it."""
    law = jurisdiction.practices.get(clause.practice) if jurisdiction is not None else None
    if law is None or law.status not in ("has", "partly"):
        return []
    if not (cited := "; ".join(law.own_citations)):
        return []
    placed = proposal is not None and any(p.name == "relief_statute" for p in clause.params)
    beside, apart = (proposal.provision, False) if placed else (law.beside or "", bool(law.apart))
    said = words["existing"].fill(
        law.status, name=jurisdiction.name, citations=cited, beside=beside, apart=apart
    )
    return [_p(said, names)]


LIST_REQUESTS = {
    LEFT_OUT: "left_out",
    GATED_WHY: "left_out",
    FEDERAL_WHY: "federal_listed",
    REGULARITY_WHY: "regularity",
}
"""What the letter asks of a list of who may see records, or of an evidence code's presumption of regularity,
by the reason `billkit check` gave for reading it ``contrary``: a words key of its own, not a request to
strike the whole list or the presumption."""
NARROWING_REQUESTS = {AGENT_GATE_WHY: "lawyer_only"}
"""What the letter asks of a provision that keeps the person from records their lawyer may see, by the reason
`billkit check` gave for reading the practice ``partial``."""


def _to_strike(words: Words, practices: list[Clause], found, names) -> list:
    """Each provision of the pending bill that works against a practice, or keeps the person from part of
    their records, quoted, to be struck; and each protection the bill strikes from the law, quoted, the
    deletion to be struck."""
    against = [(c, f) for c in practices if (f := found.get(c.practice)) is not None and f.to_strike()]
    out: list = [_heading(words["contrary_heading"])] if against else []
    for clause, finding in against:
        first, *rest = finding.evidence
        kind = "contrary" if finding.status == "contrary" or not rest else "narrows"
        kind = "deleted" if first.why == DELETED else kind
        # a list of who may see the records that leaves the person out, or names a federal body among its
        # readers: the list kept, the person added or the federal body taken off
        kind = (
            LIST_REQUESTS.get(first.why, kind)
            if kind == "contrary"
            else NARROWING_REQUESTS.get(first.why, kind)
        )
        # (a bar that keeps the person out keeps others out too: the person let in, the bar kept)
        kind = "closed_to_person" if kind == "contrary" and clause.practice == "record-access" else kind
        said = words.fill(
            kind,
            quote=nested_quotes(first.quote),
            location=first.place,
            aim=clause.aim,
            grant=(rest or [first])[0].place,
        )
        said += f" {words['contrary_by_likeness']}" if first.why == LIKENESS else ""
        for also in (e for e in rest if e.why == DELETED and first.why != DELETED):
            said += " " + words.fill("also_deleted", quote=nested_quotes(also.quote), location=also.place)
        if kind in ("contrary", "closed_to_person", *LIST_REQUESTS.values()):
            for also in (e for e in rest if e.strength == "against" and e.why not in (DELETED, LIKENESS)):
                key = (
                    "also_federal_listed"
                    if kind == "federal_listed" and also.why == FEDERAL_WHY
                    else "also_contrary"
                )
                said += " " + words.fill(key, quote=nested_quotes(also.quote), location=also.place)
        out.append(_labelled(f"{clause.title}.", said, names))
    return out


def _caution(words: Words, education, names) -> list:
    """The bill's sentence that lets the person deny a cleared record, quoted, with what the committee must
    add so that no one relies on it before a federal immigration form or officer."""
    if education is None or (told := education.caution) is None:
        return []
    said = words.fill("caution", quote=nested_quotes(told.quote), location=told.place)
    return [_heading(words["caution_heading"]), _p(said, names)]


def _who(spec) -> dict[str, str]:
    return {
        "organization": spec.organization,
        "number": spec.bill_number,
        "title": sentence_title(spec.bill_title),
        "committee": spec.committee,
    }


def _concern(bill: Bill, words: Words, names) -> list[Para]:
    """The settled rule and its consequence, quoted from the bill's findings when it has them."""
    if "findings" not in bill.meta.clause_ids:
        return []
    findings = bill.section("findings")
    first, *_ = findings.body
    out = [_p(f"{words['rule_lead']} {first.text}", names)]
    warning = [b for b in findings.body if b.id == TOLD_CLEAN]
    if warning:
        out.append(_p(f"{words['warning_lead']} {warning[0].text}", names))
    return out


def _proposed(section: Section) -> list[Para]:
    """A proposed section as quoted paragraphs, followed by the source of any guidance language."""
    out = []
    if section.lead:
        out.append(Para(tuple(section.lead), "quote"))
    for top in section.body:
        for b in top.walk():
            out.append(Para(tuple(b.runs) if not b.label else (Run(b.label + " "), *b.runs), "quote"))
    if section.source_note:
        out.append(Para((Run(_attribution(section.source_note), frozenset({"em"})),), "testimony"))
    return out


def _attribution(note: str) -> str:
    """The bill's source line ("Source: Subsection (a) is the sample language ...") for testimony."""
    return (
        note.replace("The text of this section is", "The proposed text above is")
        .replace("this draft’s choices", "this proposal")
        .replace(" is the sample language", " above is the sample language", 1)
        .replace(" are the sample language", " above are the sample language", 1)
        .replace("above above", "above")
    )


def _standing(jurisdiction) -> list:
    """Where the state's law stands on each practice, with citations, before the analysis."""
    table = standing_table(jurisdiction)
    return [] if table is None else [_heading(table.caption), dataclasses.replace(table, caption="")]


def _analysis(library: Library, bill: Bill, names) -> list:
    words = packet_words()
    out: list = [_p(words["analysis_intro"], ())]
    for section in bill.sections:
        if section.id not in library.clauses:  # a section of the form's own (enacting, repealing)
            continue
        clause = library.get(section.id)
        label = section.label.rstrip(".")
        out.append(_heading(f"{label}. {clause.title}"))
        does = clause.summary or first_sentences(clause.comment, 2)
        out.append(_labelled(words["what_it_does"], does, ()))
        out.append(_labelled(words["why_it_matters"], clause.why or first_sentences(clause.comment, 1), ()))
        cited = section.authorities.texts if section.authorities else ()
        if cited:
            out.append(_labelled(words["authorities_label"], "; ".join(cited) + ".", names))
    return out
