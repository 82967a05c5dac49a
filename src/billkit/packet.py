"""Build a testimony packet: pure functions from a packet spec and the library to the model."""

from __future__ import annotations

import dataclasses

from .authorities import find_citations, mark_runs, table_of_authorities
from .build import build_bill
from .citations import case_names, italicize
from .errors import UnknownNameError
from .jurisdiction import GENERIC, get_jurisdiction
from .library import PRACTICES, Clause, Library
from .model import Bill, Block, DocumentMeta, Note, Packet, Paragraph, Part, Run, Section, TableEntry
from .pending import Proposal, choose_relief_term, pending_relief_term, propose, sentence_title
from .spec import PacketSpec
from .templating import series

STRONG = frozenset({"strong"})
POSITION_NAMES = {"support": "Support", "oppose": "Oppose", "support-if-amended": "Support if amended"}


def build_packet(
    spec: PacketSpec,
    library: Library,
    missing: tuple[str, ...] | None = None,
    pending_text: str | None = None,
) -> Packet:
    """The packet for ``spec``. ``missing`` (practice ids) overrides what ``spec.present`` implies.

    ``pending_text`` is the pending bill's text, when known: the language the testimony proposes
    takes the bill's relief term from it (unless ``spec.relief_term`` names one) and brings
    definitions only for the terms it does not define.
    """
    for practice in spec.present:
        if practice not in PRACTICES:
            raise UnknownNameError("practice", practice, PRACTICES)
    if spec.relief_term:
        pending_relief_term(spec.relief_term)
    jurisdiction = get_jurisdiction(spec.state) if spec.state else GENERIC
    bill_spec = spec.bill.merged(state=spec.state, clean=not spec.annotated_bill)
    bill = build_bill(bill_spec, library, jurisdiction)
    full = build_bill(bill_spec.merged(clean=False), library, jurisdiction)
    practices = [library.get(c) for c in full.meta.clause_ids if library.get(c).practice != "scaffold"]
    if missing is None:
        missing = tuple(c.practice for c in practices if c.practice not in spec.present)
    names = case_names(a for clause in library.clauses.values() for a in clause.citations)

    proposal = None
    wanted = [c.id for c in practices if c.practice in missing]
    if spec.position == "support-if-amended" and wanted:
        relief, _ = choose_relief_term(spec.relief_term, pending_text, spec.bill.relief_term)
        proposal = propose(
            wanted,
            library,
            jurisdiction,
            bill=spec.bill_number,
            relief=relief,
            pending_text=pending_text,
            base=bill_spec,
            annotated=True,
        )
    parts = [
        Part("contents", "Contents"),
        Part("testimony", "Testimony", _testimony(spec, library, full, practices, missing, names, proposal)),
        Part("analysis", "Section-by-Section Analysis", _analysis(library, full, names)),
        Part("bill", f"The Bill: {bill.meta.short_title}", bill=bill),
    ]
    known = tuple(a for clause in library.clauses.values() for a in clause.citations)
    counter = [0]
    parts = [_mark_part(part, known, counter) for part in parts]
    found = [f for part in parts for text in _texts(part) for f in find_citations(text, known)]
    table = table_of_authorities(found)
    parts.append(Part("authorities", "Table of Authorities"))
    where = spec.state and jurisdiction.name
    cover = tuple(
        (label, value)
        for label, value in (
            ("Bill", f"{spec.bill_number}, {sentence_title(spec.bill_title)}"),
            ("Position", POSITION_NAMES[spec.position]),
            ("Committee", spec.committee),
            ("Hearing", spec.hearing_date),
            ("Witness", ", ".join(v for v in (spec.witness, spec.witness_title) if v)),
            ("Organization", spec.organization),
            ("Jurisdiction", where or ""),
            ("Contact", spec.contact),
        )
        if value
    )
    return Packet(
        meta=DocumentMeta(
            title=f"Testimony of {spec.organization} on {spec.bill_number}",
            short_title=f"{spec.organization} — {spec.bill_number}",
        ),
        cover_title=f"Testimony on {spec.bill_number}",
        cover=cover,
        parts=tuple(parts),
        authorities=tuple(
            (group, tuple(TableEntry(a.key, a.display, italicize(a.display, names)) for a in items))
            for group, items in table.items()
        ),
    )


def _p(text: str, names, style: str = "body") -> Paragraph:
    return Paragraph(italicize(text, names), style)


def _labelled(label: str, text: str, names) -> Paragraph:
    return Paragraph((Run(label, STRONG), Run(" "), *italicize(text, names)))


def _testimony(
    spec, library: Library, bill: Bill, practices: list[Clause], missing, names, proposal: Proposal | None
) -> tuple:
    number = spec.bill_number
    title = sentence_title(spec.bill_title)
    out = [
        Paragraph((Run(f"Dear Chair and Members of the {spec.committee}:"),)),
    ]
    intro = {
        "support": (
            f"{spec.organization} submits this testimony in support of {number}, {title}. "
            "Clearing old records opens doors to work, housing and school. We write to make sure that "
            "the promise holds for noncitizens too, because for them a record-clearance law that "
            "overlooks immigration can do harm."
        ),
        "oppose": (
            f"{spec.organization} respectfully opposes {number}, {title}, as it is now "
            "written. We share the goal of clearing old records. But without the protections described "
            "below, the bill would tell noncitizens that their convictions are gone when, for "
            "immigration purposes, they are not."
        ),
        "support-if-amended": (
            f"{spec.organization} supports the goals of {number}, {title}, and asks the "
            "committee to amend it. With the amendments we propose below, we would support the bill."
        ),
    }[spec.position]
    out.append(_p(intro, names))
    findings = (
        bill.sections[[s.id for s in bill.sections].index("findings")]
        if "findings" in [s.id for s in bill.sections]
        else None
    )
    if findings is not None:
        first, *_ = findings.body
        out.append(_p("Our concern rests on a settled rule. " + first.text, names))
        warning = [b for b in findings.body if b.text.startswith("Noncitizens who are told")]
        if warning:
            out.append(_p("We see the consequence in practice. " + warning[0].text, names))
    present = [c for c in practices if c.practice not in missing]
    absent = [c for c in practices if c.practice in missing]
    if present:
        heading = "What the bill does well" if spec.position != "oppose" else "What the bill already does"
        out.append(Paragraph((Run(heading, STRONG),), "heading"))
        for clause in present:
            out.append(
                _labelled(f"{clause.title}.", f"We are glad the bill {clause.aim}. {clause.why}", names)
            )
    if absent:
        heading = {
            "support": "What would make the bill stronger",
            "oppose": "What the bill lacks",
            "support-if-amended": "The amendments we ask for",
        }[spec.position]
        out.append(Paragraph((Run(heading, STRONG),), "heading"))
        for clause in absent:
            out.append(
                _labelled(
                    f"{clause.title}.", f"The bill does not yet include a provision that {clause.aim}.", names
                )
            )
            out.append(_p(_first_sentences(clause.comment, 3), names))
            if proposal is not None:
                out.append(_p("We propose this language:", names))
                out.extend(_proposed(proposal.bill.section(clause.id), library))
        if proposal is not None and "definitions" in proposal.bill.meta.clause_ids:
            terms = series([f"“{term[0].lower() + term[1:]}”" for term in proposal.defined])
            out.append(
                _labelled(
                    "Definitions.",
                    f"The language we propose uses terms that {number} does not define: {terms}. "
                    "We propose these definitions:",
                    names,
                )
            )
            out.extend(_proposed(proposal.bill.section("definitions"), library))
    closing = {
        "support": f"For these reasons, {spec.organization} urges you to support {number}.",
        "oppose": (
            f"For these reasons, {spec.organization} urges you to oppose {number} unless it is amended "
            "to protect noncitizens."
        ),
        "support-if-amended": (
            f"For these reasons, {spec.organization} urges you to adopt these amendments "
            f"and then to pass {number}."
        ),
    }[spec.position]
    out.append(_p(closing + " Thank you for the opportunity to testify.", names))
    out.append(Paragraph((Run("Respectfully submitted,"),), "signature"))
    for line in (spec.witness, spec.witness_title, spec.organization, spec.contact):
        if line:
            out.append(Paragraph((Run(line),), "signature"))
    return tuple(out)


def _proposed(section: Section, library: Library) -> list[Paragraph]:
    """A proposed section as quoted paragraphs, followed by the source of any guidance language."""
    out = []
    if section.lead:
        out.append(Paragraph(tuple(section.lead), "quote"))
    for top in section.body:
        for b in top.walk():
            out.append(Paragraph(tuple(b.runs) if not b.label else (Run(b.label + " "), *b.runs), "quote"))
    if section.source_note:
        out.append(Paragraph((Run(_attribution(section.source_note), frozenset({"em"})),)))
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


def _analysis(library: Library, bill: Bill, names) -> tuple:
    out = [
        _p(
            "This analysis describes each section of the model bill that follows: what it does, and why "
            "it matters for people who are not U.S. citizens.",
            (),
        )
    ]
    for section in bill.sections:
        clause = library.get(section.id)
        label = section.label.rstrip(".")
        out.append(Paragraph((Run(f"{label}. {clause.title}", STRONG),), "heading"))
        out.append(_labelled("What it does.", clause.summary or _first_sentences(clause.comment, 2), ()))
        out.append(_labelled("Why it matters.", clause.why or _first_sentences(clause.comment, 1), ()))
        cited = section.authorities.texts if section.authorities else ()
        if cited:
            out.append(_labelled("Authorities.", "; ".join(cited) + ".", names))
    return tuple(out)


def _first_sentences(text: str, n: int) -> str:
    sentences = " ".join(text.split()).split(". ")
    chosen = ". ".join(sentences[:n])
    return chosen if chosen.endswith(".") else chosen + "."


def _texts(part: Part):
    for paragraph in part.paragraphs:
        yield paragraph.text
    if part.bill is not None:
        for section in part.bill.sections:
            yield "".join(r.text for r in section.lead)
            for top in section.body:
                for block in top.walk():
                    yield block.text
            for note in (section.legislative_note, section.comment, section.authorities):
                if note:
                    yield from note.texts


def _mark_part(part: Part, known, counter) -> Part:
    """Give every citation in the part a run of its own, so the PDF can find its page."""
    paragraphs = tuple(
        dataclasses.replace(p, runs=mark_runs(p.runs, known, counter)) for p in part.paragraphs
    )
    bill = part.bill
    if bill is not None:
        bill = dataclasses.replace(
            bill, sections=tuple(_mark_section(s, known, counter) for s in bill.sections)
        )
    return dataclasses.replace(part, paragraphs=paragraphs, bill=bill)


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
