"""The Akoma Ntoso writer: a bill as an OASIS LegalDocML (Akoma Ntoso 3.0) ``<bill>`` document.

Each section's ``eId`` comes from its stable clause id (``sec_record-access``), so identifiers
survive renumbering; notes and comments travel as ``authorialNote``s on the section heading.
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import RenderError
from ..model import Bill, Block, Document, Note, Run, Section
from .options import RenderOptions

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
LEVELS = ("subsection", "paragraph", "subparagraph", "clause")
LANGUAGES = {"en": "eng", "es": "spa"}


def _el(parent, tag: str, text: str | None = None, **attributes):
    element = etree.SubElement(parent, f"{{{AKN}}}{tag}", {k.rstrip("_"): v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "bill"


def render_document(document: Document, options: RenderOptions) -> bytes:
    """A document that is one act, as Akoma Ntoso; the registry refuses any other kind."""
    bill = document.act
    if bill is None:
        raise RenderError("Akoma Ntoso holds one act; this document holds more than an act.")
    return render_akn(bill, options)


def render_akn(bill: Bill, options: RenderOptions) -> bytes:
    """The bill as Akoma Ntoso 3.0 XML bytes, valid against the OASIS schema."""
    date = options.document_date().strftime("%Y-%m-%d")
    country = (bill.meta.jurisdiction_code or "us").lower()
    country = "us" if country == "us" else f"us-{country}"
    work = f"/akn/{country}/bill/{date}/{_slug(bill.meta.short_title)}"
    language = LANGUAGES.get(bill.meta.language, "eng")
    expression = f"{work}/{language}@{date}"

    root = etree.Element(f"{{{AKN}}}akomaNtoso", nsmap={None: AKN})
    document = _el(root, "bill", name="bill")
    meta = _el(document, "meta")
    identification = _el(meta, "identification", source="#billkit")
    for level, this, uri in (
        ("FRBRWork", f"{work}/!main", work),
        ("FRBRExpression", f"{expression}/!main", expression),
        ("FRBRManifestation", f"{expression}/!main.xml", f"{expression}.akn"),
    ):
        frbr = _el(identification, level)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=date, name="Generation")
        _el(frbr, "FRBRauthor", href="#billkit")
        if level == "FRBRWork":
            _el(frbr, "FRBRcountry", value=country)
        if level == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language=language)
    references = _el(meta, "references", source="#billkit")
    _el(references, "TLCOrganization", eId="billkit", href="/ontology/organization/billkit", showAs="billkit")

    preface = _el(document, "preface")
    if bill.show_act_title:
        _el(_el(preface, "p"), "docTitle", bill.act_title)
    for line in bill.caption:
        _el(preface, "p", line)
    _el(_el(preface, "longTitle"), "p", bill.long_title)
    for line in bill.after_title:
        _el(preface, "p", line)
    preamble = _el(document, "preamble")
    _el(_el(preamble, "formula", name="enactingFormula"), "p", bill.enacting_clause)

    body = _el(document, "body")
    for section in bill.sections:
        _section(body, section)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _section(body, section: Section) -> None:
    eid = f"sec_{section.id}"
    element = _el(body, "section", eId=eid)
    _el(element, "num", section.label)
    heading = _el(element, "heading", section.heading.rstrip(".") or section.title)
    notes = [n for n in (section.legislative_note, section.comment, section.authorities) if n]
    if section.source_note or notes:
        note = _el(heading, "authorialNote", eId=f"{eid}__authorialNote_1", marker="*", placement="bottom")
        if section.source_note:
            _el(note, "p", section.source_note)
        for each in notes:
            _note(note, each)
    for text in section.drafter_notes:
        _el(_el(element, "intro"), "p", text)
    if section.lead:
        _runs(_el(_el(element, "intro"), "p"), section.lead)
    if len(section.body) == 1 and not section.body[0].label and not section.body[0].children:
        _runs(_el(_el(element, "content"), "p"), section.body[0].runs)
        return
    for index, block in enumerate(section.body):
        _block(element, block, eid, index)


def _block(parent, block: Block, parent_eid: str, index: int) -> None:
    tag = LEVELS[min(block.level, len(LEVELS) - 1)]
    label = (block.label or str(index + 1)).strip("()")
    eid = f"{parent_eid}__{tag[:6] if tag != 'clause' else 'clause'}_{label}"
    element = _el(parent, tag, eId=eid)
    if block.label:
        _el(element, "num", block.label)
    if block.children:
        _runs(_el(_el(element, "intro"), "p"), block.runs)
        for i, child in enumerate(block.children):
            _block(element, child, eid, i)
    else:
        _runs(_el(_el(element, "content"), "p"), block.runs)


def _note(parent, note: Note) -> None:
    for i, paragraph in enumerate(note.paragraphs):
        p = _el(parent, "p")
        if i == 0:
            _el(p, "b", f"{note.heading}:").tail = " "
        _runs(p, paragraph)


def _runs(p, runs: tuple[Run, ...]) -> None:
    """Append runs to a ``<p>``: plain text, or ``<i>``, ``<b>``, ``<ins>``, ``<del>`` for marks."""
    for run in runs:
        tag = next((t for mark, t in (("ins", "ins"), ("del", "del"), ("em", "i"), ("strong", "b"))
                    if mark in run.marks and "delimiter" not in run.marks), None)  # fmt: skip
        if tag is None:
            if len(p):
                p[-1].tail = (p[-1].tail or "") + run.text
            else:
                p.text = (p.text or "") + run.text
        else:
            _el(p, tag, run.text)


FORMAT = "akn"
EXTENSION = ".akn.xml"
WRITES = "act"
WRITER = render_document
"""Akoma Ntoso has a place for an act, not for a packet or a handout."""
