"""Page layout: nothing that introduces what follows ends a page, and headings are Word headings."""

from __future__ import annotations

import io
import itertools
import re

import docx
import pytest
from pypdf import PdfReader

from billkit.build import build_bill
from billkit.build.handout import build_handout
from billkit.build.packet import build_packet
from billkit.model import Act, Document, DocumentMeta, Heading, Para, Run
from billkit.render import render
from billkit.render.docx_styles import HEADING_STYLES
from billkit.render.options import RenderOptions
from billkit.spec import BillSpec, HandoutSpec

from support import packet_spec

FURNITURE = re.compile(r"^(Page \d+ of \d+|\d+ / \d+|\d+)$")
LEADER = re.compile(r"(\. ){3,}.*\d$")  # a contents line, which repeats a heading's words


def introductions(document: Document) -> set[str]:
    """The words that head what follows them: headings and the bold run-in headings of paragraphs."""
    out = set()
    for block in document.blocks:
        if isinstance(block, Heading):
            out.add(" ".join(block.text.split()))
        elif isinstance(block, Para) and block.runs and "strong" in block.runs[0].marks:
            out.add(" ".join(block.runs[0].text.split()))
        elif isinstance(block, Act):
            out |= {s.comment.heading for s in block.bill.sections if s.comment}
    return {text for text in out if text}


def stranded_page_feet(document: Document, pdf: bytes) -> list[tuple[int, str]]:
    """(page, last line) for each page but the last whose last line introduces what is overleaf:
    it ends in a colon, or it is a heading, or the first line of a paragraph with a run-in heading,
    or it is a one-line paragraph that ends in a comma (a letter's close, "Respectfully submitted,")."""
    heads = introductions(document)
    whole = {" ".join(b.text.split()) for b in document.blocks if isinstance(b, Para)}
    found = []
    pages = PdfReader(io.BytesIO(pdf)).pages
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        lines = [line for line in lines if not FURNITURE.match(line) and line != document.meta.short_title]
        last = lines[-1] if lines else ""
        # A contents entry, or a one-line paragraph with its run-in heading, may end a page.
        headed = not LEADER.search(last) and last not in whole and any(map(last.startswith, heads))
        closing = last in whole and last.endswith(",")
        if last and (last.endswith(":") or headed or closing):
            found.append((number, last))
    return found


@pytest.fixture(scope="module")
def documents(library):
    return {
        "California packet": build_packet(packet_spec(), library),
        "New York packet, nothing present": build_packet(packet_spec(state="NY", present=()), library),
        "model bill": Document.of_bill(build_bill(BillSpec(), library)),
        "trainer handouts": build_handout(HandoutSpec(), library),
    }


def test_no_page_ends_with_a_heading_or_a_lead_in(documents):
    stranded = {name: stranded_page_feet(d, render(d, "pdf")) for name, d in documents.items()}
    assert stranded == {name: [] for name in documents}


def test_the_checker_sees_a_lead_in_left_at_a_page_foot():
    """The check above can fail: without the stylesheet's rule, this lead-in ends page 1."""
    quote = "The committee heard how a cleared record still counted against them in immigration court. "
    blocks = [Heading((Run("Testimony"),), "part-title")]
    blocks += [Para((Run(f"Witness {i} spoke."),), "testimony") for i in range(25)]
    blocks += [Para((Run("We propose this language:"),), "testimony"), Para((Run(quote * 4),), "quote")]
    packet = Document(DocumentMeta(kind="packet", title="T", short_title="T"), tuple(blocks))
    loose = RenderOptions(css=".lead-in, .keep-next { break-after: auto; }")
    assert stranded_page_feet(packet, render(packet, "pdf", loose)) == [(1, "We propose this language:")]
    assert stranded_page_feet(packet, render(packet, "pdf")) == []


def test_the_checker_sees_a_close_left_at_a_page_foot():
    """Without the stylesheet's rule, "Respectfully submitted," ends page 1 and its signer is overleaf."""
    blocks = [Heading((Run("Testimony"),), "part-title")]
    blocks += [Para((Run(f"Witness {i} spoke."),), "testimony") for i in range(25)]
    blocks += [Para((Run("For these reasons we ask you to pass the bill."),), "testimony")]
    signed = ("Respectfully submitted,", "Ana Ruiz", "Director")
    blocks += [Para((Run(line),), "signature") for line in signed]
    packet = Document(DocumentMeta(kind="packet", title="T", short_title="T"), tuple(blocks))
    loose = RenderOptions(css=".packet p.signature { break-before: auto; }")
    assert stranded_page_feet(packet, render(packet, "pdf", loose)) == [(1, "Respectfully submitted,")]
    assert stranded_page_feet(packet, render(packet, "pdf")) == []


@pytest.mark.parametrize("state", [None, "CA"])
def test_the_prefatory_note_ends_on_its_own_page(library, state):
    """The note of the model bill and of a state draft fits its page: no page of two lines before the act."""
    bill = build_bill(BillSpec(state=state), library)
    pdf = render(Document.of_bill(bill), "pdf")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]
    start = next(n for n, text in enumerate(pages) if "Prefatory Note" in text)
    assert " ".join(bill.prefatory_note.texts[-1].split()[-4:]) in pages[start]


def test_docx_keeps_lead_ins_and_run_in_headings_with_what_follows(documents):
    packet = docx.Document(io.BytesIO(render(documents["New York packet, nothing present"], "docx")))
    paragraphs = packet.paragraphs
    lead_ins = [p for p in paragraphs if p.text == "We propose this language:"]
    assert lead_ins and all(p.paragraph_format.keep_with_next for p in lead_ins)
    # the letter's last paragraph, its close and the signer's lines move together; the last line keeps nothing
    signed = [p for p, after in itertools.pairwise(paragraphs) if after.style.name == "Signature"]
    assert len(signed) >= 3 and all(p.paragraph_format.keep_with_next for p in signed)
    pairs = itertools.pairwise(paragraphs)
    last = next(p for p, after in pairs if p.style.name == "Signature" != after.style.name)
    assert not last.paragraph_format.keep_with_next
    for name in ("Packet Heading", "Part Heading", "Comment Heading", "Handout Heading"):
        style = packet.styles[name]
        assert style.paragraph_format.keep_with_next or style.base_style.paragraph_format.keep_with_next
    run_ins = [
        (p, after)
        for p, after in itertools.pairwise(paragraphs)
        if p.runs and p.runs[0].style.name == "Strong"
    ]
    assert run_ins
    for paragraph, after in run_ins:
        plain = (
            not (after.runs and after.runs[0].style.name == "Strong")
            and after.style.name not in HEADING_STYLES
        )
        assert bool(paragraph.paragraph_format.keep_with_next) == plain, paragraph.text[:40]


OUTLINE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl"


def outline_levels(data: bytes) -> dict[str, int]:
    """Each style used in the body that carries an outline level, with it (1 is the top)."""
    document = docx.Document(io.BytesIO(data))
    levels = {}
    for paragraph in document.paragraphs:
        style = paragraph.style
        while style is not None:
            p_pr = style.element.pPr
            level = p_pr.find(OUTLINE) if p_pr is not None else None
            if level is not None:
                levels[paragraph.style.name] = int(level.get(OUTLINE.replace("outlineLvl", "val"))) + 1
                break
            style = style.base_style
    return levels


def test_headings_carry_outline_levels_in_every_kind(documents, library):
    community = build_handout(HandoutSpec(audience="community", lang="es"), library)
    assert outline_levels(render(documents["model bill"], "docx")) == {
        "Prefatory Heading": 1, "Act Title": 1, "Section Heading": 2,
    }  # fmt: skip
    assert outline_levels(render(documents["California packet"], "docx")) == {
        "Part Heading": 1, "Packet Heading": 2, "Section Heading": 2,
    }  # fmt: skip
    for handout in (documents["trainer handouts"], community):
        assert outline_levels(render(handout, "docx")) == {"Handout Title": 1, "Handout Heading": 2}
