"""Handouts for trainers and for the community: one page per practice, plain words, two languages."""

from __future__ import annotations

import io
import re

import pytest
import textstat
from pypdf import PdfReader

from billkit.errors import UsageError
from billkit.handout import build_handout
from billkit.library import PRACTICES, load_community_text
from billkit.render import render
from billkit.spec import HandoutSpec
from billkit.templating import collapse, render_text

ENGLISH_WORDS = {"the", "and", "you", "your", "is", "are", "of", "to", "with", "for", "that", "this",
                 "not", "can", "if", "be", "it", "or", "have", "was", "will", "before", "after"}  # fmt: skip


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def community_text(lang: str, state: str = "", ninth: bool = False) -> str:
    """Every word of the community handout, as a reader meets it (headings end sentences)."""
    text = load_community_text(lang)
    parts = [text.title, text.subtitle]
    for section in text.sections:
        if section.when == "ninth_circuit" and not ninth:
            continue
        parts.append(section.heading)
        parts.extend(section.paragraphs)
        parts.extend(section.bullets)
    parts += [text.help.heading, text.help.generic, text.footer]
    sentences = [collapse(render_text(p, {"state": state}, where="handout")) for p in parts]
    return " ".join(s if s.endswith((".", "?", "!", ":")) else s + "." for s in sentences)


def test_trainer_handout_is_one_page_per_practice_plus_an_overview(library):
    handout = build_handout(HandoutSpec(), library)
    pages = pdf_pages(render(handout, "pdf"))
    assert len(pages) == len(PRACTICES) + 1
    assert pages[0].lstrip().startswith("Clean Slate and Immigrants")
    for page, practice in zip(pages[1:], PRACTICES, strict=True):
        clause = library.get(practice)
        text = " ".join(page.split())
        assert text.startswith(clause.title)
        for heading in ("The problem", "Model language", "Why it matters", "Authorities", "For discussion"):
            assert heading in text, (practice, heading)


@pytest.mark.parametrize("practice", PRACTICES)
def test_each_practice_alone_fits_on_one_page(library, practice):
    handout = build_handout(HandoutSpec(practice=practice, state="TX"), library)
    assert len(pdf_pages(render(handout, "pdf"))) == 1


def test_trainer_model_language_follows_the_relief_term_and_state(library):
    handout = build_handout(HandoutSpec(practice="record-access", relief_term="sealing", state="NY"), library)
    model = " ".join(p.text for s in handout.pages[0].sections for p in s.paragraphs if p.style == "model")
    assert "information contained in sealed records" in model
    assert "[the central repository]" not in model


@pytest.mark.parametrize("ninth", [False, True])
def test_english_community_handout_reads_at_eighth_grade_or_below(ninth):
    grade = textstat.flesch_kincaid_grade(community_text("en", "California" if ninth else "", ninth))
    assert grade <= 8


@pytest.mark.parametrize("ninth", [False, True])
def test_spanish_community_handout_is_easy_to_read(ninth):
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(community_text("es", "California" if ninth else "", ninth))
    finally:
        textstat.set_lang("en_US")
    assert score >= 70


def test_spanish_handout_has_no_english_sentences():
    text = community_text("es", "California", ninth=True)
    for sentence in re.split(r"(?<=[.?!:])\s+", text):
        words = re.findall(r"[a-záéíóúñü]+", sentence.lower())
        english = [w for w in words if w in ENGLISH_WORDS]
        assert len(english) <= 1, sentence


def test_both_languages_render_and_declare_their_language(library):
    for lang, phrase in (("en", "immigration"), ("es", "inmigración")):
        handout = build_handout(HandoutSpec(audience="community", lang=lang), library)
        pdf = render(handout, "pdf")
        pages = pdf_pages(pdf)
        assert 1 <= len(pages) <= 2
        assert phrase in " ".join(pages)
        assert PdfReader(io.BytesIO(pdf)).trailer["/Root"].get("/Lang") == lang
        assert f'<html lang="{lang}">' in render(handout, "html").decode()


def test_ninth_circuit_section_only_where_it_applies(library):
    def text(state):
        handout = build_handout(HandoutSpec(audience="community", state=state), library)
        return " ".join(p.text for s in handout.pages[0].sections for p in s.paragraphs)

    assert "July 14, 2011" in text("CA") and "California is in the Ninth Circuit" in text("CA")
    assert "July 14, 2011" not in text("TX")
    assert "July 14, 2011" not in text(None)


def test_local_organizations_replace_the_generic_help_line(library):
    orgs = ("Example Legal Aid, (555) 010-0100", "Sample Immigrant Services")
    handout = build_handout(HandoutSpec(audience="community", organizations=orgs), library)
    help_section = handout.pages[0].sections[-1]
    assert [b.text for b in help_section.bullets] == list(orgs)
    generic = build_handout(HandoutSpec(audience="community"), library).pages[0].sections[-1]
    assert not generic.bullets and "accredited representative" in generic.paragraphs[-1].text


def test_trainer_handouts_are_english_only(library):
    with pytest.raises(UsageError, match="English only"):
        build_handout(HandoutSpec(lang="es"), library)


def test_spanish_docx_numbers_its_pages_in_spanish(library):
    import docx

    handout = build_handout(HandoutSpec(audience="community", lang="es"), library)
    document = docx.Document(io.BytesIO(render(handout, "docx")))
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("Página") and " de " in footer.text
    assert document.core_properties.language == "es"
