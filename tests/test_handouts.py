"""Handouts for trainers and for the community: one page per practice, plain words, two languages."""

from __future__ import annotations

import io
import re

import pytest
import textstat
from pypdf import PdfReader

from billkit.build.handout import build_handout
from billkit.build.templating import collapse, render_text
from billkit.errors import UsageError
from billkit.load.jurisdiction import all_jurisdiction_codes, get_record
from billkit.load.library import PRACTICES, load_community_text
from billkit.render import render
from billkit.spec import HandoutSpec

from support import sheets

ENGLISH_WORDS = {"the", "and", "you", "your", "is", "are", "of", "to", "with", "for", "that", "this",
                 "not", "can", "if", "be", "it", "or", "have", "was", "will", "before", "after"}  # fmt: skip


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def community_text(lang: str, state: str = "", *, outside: bool = False) -> str:
    """Every word of the community handout, as a reader meets it (headings end sentences).

    ``state`` names a Ninth Circuit state; without it the Ninth Circuit section speaks of "some states".
    ``outside`` gives the handout of a state outside that circuit, with the section's one-line version.
    """
    text = load_community_text(lang)
    parts = [text.title, text.subtitle]
    skipped = "ninth-circuit" if outside else "ninth-circuit-elsewhere"
    for section in text.sections:
        if section.id == skipped:
            continue
        parts.append(section.heading)
        parts.extend(section.paragraphs)
        parts.extend(section.bullets)
    parts += [text.help.heading, text.help.generic, text.footer]
    context = {"ninth_circuit_state": state, "vacating_state": state}
    sentences = [s for p in parts if (s := collapse(render_text(p, context, where="handout")))]
    return " ".join(s if s.endswith((".", "?", "!", ":")) else s + "." for s in sentences)


def handout_words(handout) -> str:
    """Every word a built handout prints: titles, headings, paragraphs, bullets and footers."""
    words = []
    for page in sheets(handout):
        words += [page.title, page.subtitle or "", page.footer or ""]
        for section in page.sections:
            words.append(section.heading)
            words += [p.text for p in (*section.paragraphs, *section.bullets)]
    return "\n".join(words)


def community_section(lang: str, section_id: str, state: str | None = None) -> str:
    """The words of one section of a built community handout, found by its id's heading."""
    heading = next(s.heading for s in load_community_text(lang).sections if s.id == section_id)
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
    (section,) = [s for s in sheets(handout)[0].sections if s.heading == heading]
    return " ".join(p.text for p in (*section.paragraphs, *section.bullets))


def _practice_pages(pages: list[str], library) -> dict[str, list[str]]:
    """The pages of a trainer handout, by the practice whose sheet they belong to."""
    out: dict[str, list[str]] = {}
    current = None
    for page in pages:
        text = " ".join(page.split())
        starts = [p for p in PRACTICES if text.startswith(library.get(p).title)]
        if starts:
            current = starts[0]
        if current:
            out.setdefault(current, []).append(text)
    return out


def test_trainer_handout_is_one_sheet_per_practice_plus_an_overview(library):
    handout = build_handout(HandoutSpec(), library)
    pages = pdf_pages(render(handout, "pdf"))
    assert pages[0].lstrip().startswith("Clean Slate and Immigrants")
    sheets = _practice_pages(pages[1:], library)
    assert list(sheets) == list(PRACTICES)
    assert sum(len(s) for s in sheets.values()) == len(pages) - 1
    for practice, sheet in sheets.items():
        assert len(sheet) <= 2, (practice, len(sheet))  # one page, or front and back
        text = " ".join(sheet)
        for heading in ("The problem", "Model language", "Why it matters", "Authorities", "For discussion"):
            assert heading in text, (practice, heading)


def test_a_sheet_names_each_provision_it_leaves_out_of_the_model_language(library):
    handout = build_handout(HandoutSpec(practice="vacatur-for-cause", state="TX"), library)
    paragraphs = [p for s in sheets(handout)[0].sections for p in s.paragraphs]
    model = " ".join(p.text for p in paragraphs if p.role == "model")
    assert "set aside the verdict or finding of guilt" in model  # (g) is there
    assert "the case stands as it did before the plea" not in model  # (i) is not
    notes = [p.text for p in paragraphs if p.role == "source"]
    assert "whether or not another law lists the order" not in model  # nor (h), on appeals
    left_out = "Subsections (h) (appeals from the order) and (i) (what becomes of the case after a vacatur)"
    assert left_out in " ".join(notes)


@pytest.mark.parametrize("practice", PRACTICES)
def test_each_practice_alone_fits_on_one_sheet(library, practice):
    handout = build_handout(HandoutSpec(practice=practice, state="TX"), library)
    pages = pdf_pages(render(handout, "pdf"))
    assert 1 <= len(pages) <= 2
    assert " ".join(pages[0].split()).startswith(library.get(practice).title)


def test_trainer_model_language_follows_the_relief_term_and_state(library):
    handout = build_handout(HandoutSpec(practice="record-access", relief_term="sealing", state="NY"), library)
    model = " ".join(p.text for s in sheets(handout)[0].sections for p in s.paragraphs if p.role == "model")
    assert "information contained in sealed records" in model
    assert "[the central repository]" not in model


# The generic handout, a Ninth Circuit state's, and one for a state outside that circuit.
KINDS = {"generic": {}, "ninth": {"state": "California"}, "outside": {"outside": True}}


@pytest.mark.parametrize("kind", KINDS)
def test_english_community_handout_reads_at_eighth_grade_or_below(kind):
    grade = textstat.flesch_kincaid_grade(community_text("en", **KINDS[kind]))
    assert grade <= 8


@pytest.mark.parametrize("kind", KINDS)
def test_spanish_community_handout_is_easy_to_read(kind):
    textstat.set_lang("es")
    try:
        score = textstat.fernandez_huerta(community_text("es", **KINDS[kind]))
    finally:
        textstat.set_lang("en_US")
    assert score >= 70


@pytest.mark.parametrize("kind", ["ninth", "outside"])
def test_spanish_handout_has_no_english_sentences(kind):
    text = community_text("es", **KINDS[kind])
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


def _community_words(state, lang="en", library=None):
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), library)
    return " ".join(p.text for s in sheets(handout)[0].sections for p in s.paragraphs)


def test_ninth_circuit_section_is_keyed_to_where_the_immigration_case_is_decided(library):
    def text(state, lang="en"):
        return _community_words(state, lang, library)

    assert "July 14, 2011" in text("CA") and "California is in the Ninth Circuit" in text("CA")
    # Without a state the section still prints (review N8): the rule follows the immigration case.
    assert "Some states are in the Ninth Circuit" in text(None)
    assert "Algunos estados están en el Noveno Circuito" in text(None, "es")
    assert "California está en el Noveno Circuito" in text("CA", "es")
    for state in (None, "CA"):
        english, spanish = text(state), text(state, "es")
        # Review N10: the rule reaches applications decided by USCIS, not only immigration courts.
        assert "where your immigration case is decided, not where your record was cleared" in english
        assert "dónde se decide su caso de inmigración, no dónde limpiaron sus antecedentes" in spanish
        assert "first case" in english and "under the influence" in english and "diversion" in english
        assert "primer caso" in spanish and "bajo los efectos" in spanish and "diversion" in spanish
        assert "14 de julio de 2011" in spanish
    for state in (None, "CA", "TX"):
        for lang, court in (("en", "immigration court"), ("es", "corte de inmigración")):
            words = handout_words(
                build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
            )
            assert court not in words, (lang, state)


ELSEWHERE = {
    "en": "If your immigration case is ever decided in a western state in the Ninth Circuit, ask a "
    "lawyer about a special rule for some old drug cases.",
    "es": "Si alguna vez su caso de inmigración se decide en un estado del oeste que esté en el Noveno "
    "Circuito, pregúntele a un abogado sobre una regla especial para algunos casos viejos de drogas.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("state", ["TX", "NY"])
def test_states_outside_the_ninth_circuit_keep_a_one_line_ninth_circuit_box(lang, state):
    """Review S9: the rule follows where the immigration case is decided, so a Texas handout keeps it."""
    assert community_section(lang, "ninth-circuit-elsewhere", state) == ELSEWHERE[lang]
    words = _community_words(state, lang)
    assert words.count(ELSEWHERE[lang]) == 1
    assert {"en": "July 14, 2011", "es": "14 de julio de 2011"}[lang] not in words
    for other in (None, "CA"):
        assert ELSEWHERE[lang] not in _community_words(other, lang)
        assert community_section(lang, "ninth-circuit", other)


@pytest.mark.parametrize("state", [None, "CA", "TX", "NY", "WA"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_community_handouts_fit_on_two_pages(lang, state):
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
    assert 1 <= len(pdf_pages(render(handout, "pdf"))) <= 2


FLAGGED = {
    # A finished program may be pre-plea diversion, which is no conviction (review S16); "erase"
    # and "borrar" feed the belief that cleared records vanish for immigration (S19).
    "en": (r"\bprogram", r"\berase", r"\berasing", r"\bwiped?\b", r"\bexpunged\b", r'"'),
    "es": (r"programa", r"\bborr", r"\beliminad", r"terminó un", r'"', "«", "»"),
}


@pytest.mark.parametrize("state", [None, "CA", "TX"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_community_handouts_avoid_the_flagged_phrases(lang, state):
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
    words = handout_words(handout)
    for pattern in FLAGGED[lang]:
        assert not re.search(pattern, words, re.IGNORECASE), (pattern, re.search(pattern, words, re.I))
    pleaded = {"en": "after you pleaded guilty", "es": "después de que usted se declaró culpable"}[lang]
    assert pleaded in community_section(lang, "immigration-rule", state)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_vacatur_words_are_kept_for_legal_error(lang):
    """Only the legal-error section says "vacate" ("anular"), and the English never "erases"."""
    text = load_community_text(lang)
    # a vacatur counts when the order names the error (Pickering; the model's Section 4(g)(2))
    named = {"en": "order says what the mistake was", "es": "la orden del juez dice cuál fue"}[lang]
    assert named in community_section(lang, "legal-error")
    # where the immigration case is heard decides it, and a detained person can be moved to the Fifth
    # Circuit, which counts vacated convictions (legal read 10, A-7)
    fifth = {"en": "Texas, Louisiana, or Mississippi", "es": "Texas, Luisiana o Misisipi"}[lang]
    assert fifth in community_section(lang, "legal-error")
    word = {"en": r"\bvacat|\bcancel", "es": r"\banul"}[lang]
    for section in text.sections:
        found = re.search(word, " ".join((section.heading, *section.paragraphs)), re.IGNORECASE)
        assert bool(found) == (section.id == "legal-error"), section.id
    spanish = community_section("es", "immigration-rule")
    # "libertad condicional" is parole; probation is "libertad a prueba" (legal read 9, C-8)
    assert "libertad a prueba (probation)" in spanish and "libertad condicional" not in spanish
    assert "limpieza de antecedentes" in load_community_text("es").title.lower()


def test_daca_section_warns_of_the_litigation_and_of_sharing_with_dhs():
    english, spanish = community_section("en", "daca"), community_section("es", "daca")
    assert "court case" in english and "rules may change" in english
    assert "Department of Homeland Security" in english and "lawyer before you apply" in english
    assert "demanda en la corte" in spanish and "reglas pueden cambiar" in spanish
    assert "Departamento de Seguridad Nacional" in spanish and "abogado antes de pedirlo" in spanish


@pytest.mark.parametrize("state", [None, "TX"])
def test_daca_section_warns_that_first_time_requests_may_not_be_decided(state):
    """Review S8: a first-time applicant may hand DHS their data and get no decision. The blind legal
    read of 2026-11-30 (6-D2): how requests are handled today is not a verified fact, so the handout
    says only what the litigation may do, and sends the reader to check."""
    english, spanish = community_section("en", "daca", state), community_section("es", "daca", state)
    assert "Because of that case, first-time requests may be accepted but not decided." in english
    assert "For years" not in english and "Right now" not in english
    assert "you could give DHS your information and get nothing back" in english
    assert (
        "Talk to a lawyer before you apply. Also check if first-time requests are being decided now."
        in english
    )
    assert "las solicitudes nuevas pueden recibirse sin decidirse." in spanish
    assert "Hace años" not in spanish
    assert "podría dar sus datos y no recibir nada" in spanish
    assert (
        "Hable con un abogado antes de pedirlo, y averigüe si ya se deciden las solicitudes nuevas."
        in spanish
    )
    # The warning is hedged, not a promise that no request will be decided.
    assert not re.search(r"\bwill not\b|\bwon.t\b|\bcannot\b|\bnever\b", english)
    assert not re.search(r"\bnunca\b|no se van a|no se pueden", spanish)


def test_spanish_wording_has_antecedents_and_no_gendered_reader():
    """Review N9: "esa condena" had no antecedent, "lo declarara" took the reader for a man, and the
    hard time must be why the record was cleared; legal read 15 (C-6): say plainly that the hardship
    spared is the reason, immigration trouble among it, not "a hard moment in your life"."""
    daca, rule = community_section("es", "daca"), community_section("es", "immigration-rule")
    assert "Una condena que se limpió no le cierra por sí sola la puerta a DACA." in daca
    assert "esa condena" not in daca
    assert "lo declarara" not in rule and "de que un juez decidió que usted era culpable" in rule
    assert "Tal vez se limpiaron porque cumplió" in rule
    assert "o solo para evitarle dificultades, como problemas con inmigración" in rule
    assert "pasaba por un momento difícil" not in rule


def test_records_section_says_records_can_be_asked_for_by_mail():
    assert "by mail" in community_section("en", "records")
    assert "por correo" in community_section("es", "records")


def test_records_section_says_to_get_copies_before_the_record_is_cleared():
    """The blind legal read of 2026-11-30 (6-D3): once cleared, some records open only by court order
    (New Jersey), so the copies are worth getting first."""
    assert "Before your record is cleared" in community_section("en", "records")
    assert "antes de limpiar sus antecedentes" in community_section("es", "records")


def test_records_section_gets_the_copies_without_a_trip_to_the_courthouse():
    """A second legal read (2026-12-06): the advice to get copies came before the warning that a courthouse
    can be risky, and read as advice to go there; the copies can come by mail or through a lawyer."""
    for lang, words in (
        ("en", ("do not have to go to the courthouse", "by mail")),
        ("es", ("No tiene que ir", "por correo")),
    ):
        first = community_section(lang, "records").split("Going to a courthouse")[0].split("Ir a la corte")[0]
        assert all(word in first for word in words), lang


def test_local_organizations_replace_the_generic_help_line(library):
    orgs = ("Example Legal Aid, (555) 010-0100", "Sample Immigrant Services")
    handout = build_handout(HandoutSpec(audience="community", organizations=orgs), library)
    help_section = sheets(handout)[0].sections[-1]
    assert [b.text for b in help_section.bullets] == list(orgs)
    generic = sheets(build_handout(HandoutSpec(audience="community"), library))[0].sections[-1]
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


@pytest.mark.parametrize("state", [None, "CA"])
def test_spanish_docx_is_tagged_spanish_throughout(state):
    import zipfile

    from docx.oxml.ns import qn
    from lxml import etree

    handout = build_handout(HandoutSpec(audience="community", lang="es", state=state), None)
    package = zipfile.ZipFile(io.BytesIO(render(handout, "docx")))
    for name in package.namelist():
        assert b"en-US" not in package.read(name), name
    lang, val = qn("w:lang"), qn("w:val")
    parts = [n for n in package.namelist() if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", n)]
    assert "word/document.xml" in parts and any("footer" in n for n in parts)
    for name in parts:
        runs = list(etree.fromstring(package.read(name)).iter(qn("w:r")))
        assert runs or "header" in name, name  # a handout has no running head
        for run in runs:
            tags = [e.get(val) for e in run.iterfind(f"{qn('w:rPr')}/{lang}")]
            assert tags == ["es-US"], (name, etree.tostring(run)[:200])
    styles = etree.fromstring(package.read("word/styles.xml"))
    default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{lang}")
    assert default is not None and default.get(val) == "es-US"
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            tag = style.find(f"{qn('w:rPr')}/{lang}")
            assert tag is not None and tag.get(val) == "es-US", style.get(qn("w:styleId"))


def test_english_docx_keeps_its_english_defaults():
    handout = build_handout(HandoutSpec(audience="community", lang="en"), None)
    assert b'w:val="en-US"' in _part(render(handout, "docx"), "word/styles.xml")


def _part(docx: bytes, name: str) -> bytes:
    import zipfile

    return zipfile.ZipFile(io.BytesIO(docx)).read(name)


@pytest.mark.parametrize("state", [None, "TX", "NY", "CA"])
def test_trainer_model_language_names_no_section_number(library, state):
    """A page shows one section of the model act, so a "Section 4" would point at nothing (N2)."""
    handout = build_handout(HandoutSpec(state=state), library)
    words = handout_words(handout)
    # another code's section ("Section 5, Article 11.07, ..."; "Section 1016.5 of ...") is not the act's
    own = r"\b(Section|SECTION|Sec\.) ?\d+\b(?!\.\d|(\(\w+\))*, Article)"
    assert not re.search(own, words), re.search(r".{60}Section \d.{20}", words)
    assert "\ue000" not in words and "\ue001" not in words
    presumption = handout_words(
        build_handout(HandoutSpec(practice="rebuttable-presumption", state=state), library)
    )
    relief = library.get("vacatur-for-cause").title
    assert f"the section of the model act titled “{relief}”" in presumption


def test_trainer_overview_keys_the_exceptions_correctly(library):
    overview = sheets(build_handout(HandoutSpec(), library))[0]
    (exceptions,) = [s for s in overview.sections if s.heading == "Exceptions and limits to know"]
    text = " ".join(p.text for p in exceptions.paragraphs)
    assert "8 C.F.R. pt. 236, subpt. C" in text and "litigation" in text and "Texas v. United States" in text
    assert "Department of Homeland Security" in text
    assert (
        "if the immigration case is heard within the Ninth Circuit, whatever state cleared the record" in text
    )
    # ... and the limits of the relief that Pickering honours (legal read 8, B-11)
    assert "It reopens the case, so the charge can return" in text
    assert "Renteria-Gonzalez v. INS, 322 F.3d 804 (5th Cir. 2002)" in text
    for limit in ("first conviction for simple possession", "paraphernalia", "under the influence",
                  "pre-plea diversion", "on or before July 14, 2011"):  # fmt: skip
        assert limit in text, limit
    italic = {r.text for p in exceptions.paragraphs for r in p.runs if "em" in r.marks}
    assert {
        "Texas v. United States",
        "Lujan-Armendariz v. INS",
        "Nunez-Reyes v. Holder",
        "Renteria-Gonzalez v. INS",
    } <= italic


def _state_law_section(lang: str, state: str | None) -> str | None:
    """The words of a community handout's section on the state's own law, or None if it has none."""
    heading = next(s.heading for s in load_community_text(lang).sections if s.id == "state-law")
    handout = build_handout(HandoutSpec(audience="community", lang=lang, state=state), None)
    found = [s for s in sheets(handout)[0].sections if s.heading == heading]
    return " ".join(p.text for p in (*found[0].paragraphs, *found[0].bullets)) if found else None


def test_a_states_community_handout_says_what_its_law_does_in_plain_words():
    ohio = get_record("OH").practices
    for lang in ("en", "es"):
        text = _state_law_section(lang, "OH")
        # Ohio's court must cancel a plea taken without the immigration warning (R.C. 2943.031(D)).
        assert getattr(ohio["vacatur-for-cause"].plain, lang) in text
        # What happens to cleared records is told whatever the status; Ohio's is "none found".
        assert ohio["federal-records"].status == "none"
        assert getattr(ohio["federal-records"].plain, lang) in text
        # Ohio's own-record access is unknown: the reader is not told a guess.
        assert getattr(ohio["record-access"].plain, lang) not in text
        # The lawyer's matters stay in the bill's notes.
        assert getattr(ohio["public-education"].plain, lang) not in text
    assert _state_law_section("en", "OH").startswith("Here is what we found in your state’s law.")
    assert _state_law_section("en", None) is None  # the generic handout has no state to speak of


def test_a_law_that_works_against_a_practice_is_told_too():
    indiana = get_record("IN").practices
    assert indiana["record-access"].status == "against"
    assert indiana["record-access"].plain.en in _state_law_section("en", "IN")


@pytest.mark.slow
def test_every_states_community_handout_is_front_and_back_in_both_languages():
    long = []
    for lang in ("en", "es"):
        for code in all_jurisdiction_codes():
            pdf = render(build_handout(HandoutSpec(audience="community", lang=lang, state=code), None), "pdf")
            if len(PdfReader(io.BytesIO(pdf)).pages) > 2:
                long.append(f"{code}-{lang}")
    assert not long


def _state_texts(lang: str) -> dict[str, list[str]]:
    from billkit.build.handout import state_sentences
    from billkit.load.jurisdiction import get_jurisdiction

    return {code: state_sentences(get_jurisdiction(code), lang) for code in all_jurisdiction_codes()}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_states_plain_sentences_avoid_the_flagged_phrases(lang):
    for code, sentences in _state_texts(lang).items():
        for sentence in sentences:
            for pattern in FLAGGED[lang]:
                assert not re.search(pattern, sentence, re.IGNORECASE), (code, pattern, sentence)


def test_every_states_plain_sentences_read_at_eighth_grade_or_below():
    english = _state_texts("en")
    for code, sentences in english.items():
        assert textstat.flesch_kincaid_grade(" ".join(sentences)) <= 8, code
    assert textstat.flesch_kincaid_grade(" ".join(" ".join(s) for s in english.values())) <= 7.5
    spanish = _state_texts("es")
    textstat.set_lang("es")
    try:
        for code, sentences in spanish.items():
            assert textstat.fernandez_huerta(" ".join(sentences)) >= 65, code
        assert textstat.fernandez_huerta(" ".join(" ".join(s) for s in spanish.values())) >= 70
    finally:
        textstat.set_lang("en_US")
    for code, sentences in spanish.items():
        for sentence in re.split(r"(?<=[.?!:])\s+", " ".join(sentences)):
            words = re.findall(r"[a-záéíóúñü]+", sentence.lower())
            assert len([w for w in words if w in ENGLISH_WORDS]) <= 1, (code, sentence)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_where_clearing_is_called_vacating_the_reader_is_told_it_is_not_the_legal_error_kind(lang):
    """The blind legal read of 2026-11-30: Washington calls its usual clearance "vacation" and lets the
    person say "never convicted"; a reader holding such an order must not take it for relief for a legal
    mistake, nor answer "no" on an immigration form."""
    warning = {
        "en": (
            "In Washington, clearing a record for good conduct is also called “vacating,”",
            "immigration will usually still count that conviction.",
            "Even if state law lets you say you were never convicted, tell immigration about every arrest",
        ),
        "es": (
            "En Washington, limpiar los antecedentes por buena conducta también se llama “vacating”,",
            "por lo general inmigración seguirá contando esa condena.",
            "Aunque la ley del estado le permita decir que nunca tuvo una condena, informe a inmigración",
        ),
    }[lang]
    washington = community_section(lang, "legal-error", "WA")
    assert all(sentence in washington for sentence in warning)
    assert "“vacating” a conviction" not in washington and "En inglés se dice" not in washington
    for elsewhere in (None, "OR", "CA"):
        assert warning[0].split(",")[0] not in community_section(lang, "legal-error", elsewhere)


@pytest.mark.parametrize("state", [None, "WA", "TX"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_legal_error_section_warns_that_the_case_reopens(lang, state):
    """The blind legal read of 2026-11-30 (D3): a vacatur for a legal mistake reopens the case, so
    the charge can come back; the reader hears that before the state's own words about vacating."""
    reopens = {
        "en": "But the case is then open again, and the charge can come back.",
        "es": "Pero el caso se abre de nuevo, y la acusación puede volver.",
    }[lang]
    section = community_section(lang, "legal-error", state)
    assert reopens in section
    if state == "WA":
        assert section.index(reopens) < section.index("Washington")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_courthouse_caution_never_reads_as_leave_to_miss_a_court_date(lang):
    """Legal read 13, B-9: a reader with a pending case who skips a court date risks a warrant, the
    worst outcome for a noncitizen; the caution about courthouses says so where it is given, and says
    that a missed immigration hearing can end in a removal order (legal read 14, A-4)."""
    records = community_section(lang, "records")
    caution, required, removal = {
        "en": (
            "Going to a courthouse can be risky",
            "never miss a hearing you must go to",
            "missing an immigration hearing can get you ordered deported",
        ),
        "es": (
            "Ir a la corte puede ser un riesgo",
            "nunca falte a una audiencia obligatoria",
            "si es de inmigración, ordenar su deportación",
        ),
    }[lang]
    assert caution in records and required in records and removal in records
    assert records.index(required) > records.index(caution)


def test_a_states_trainer_sheet_says_where_that_states_law_stands(library):
    """Legal read 13, B-11: a New York sheet cited only the model's authorities (California's among
    them); a trainer there needs New York's own law, and what in it works against the practice."""
    handout = build_handout(HandoutSpec(practice="rebuttable-presumption", state="NY"), library)
    sections = {s.heading: " ".join(p.text for p in s.paragraphs) for s in sheets(handout)[0].sections}
    today = sections["New York today"]
    assert today.startswith("Partly (N.Y. Crim. Proc. Law § 440.10(1)(j), (k)).")
    assert "Works against it: N.Y. Crim. Proc. Law § 220.50(7)." in today
    assert list(sections).index("New York today") == list(sections).index("Why it matters") - 1
    generic = build_handout(HandoutSpec(practice="rebuttable-presumption"), library)
    assert not [s for s in sheets(generic)[0].sections if s.heading.endswith(" today")]


def test_a_state_limit_on_sharing_with_immigration_never_reads_as_cover():
    """Legal read 15, A-6: "agents need a court warrant to use state and local police databases" is true of
    Maryland and reads to a noncitizen as "my arrest stays hidden". Wherever a state's plain sentence tells
    of a limit on what police give immigration, it also says that arrest fingerprints reach immigration
    through the FBI."""
    from billkit.load.jurisdiction import get_jurisdiction

    limit = re.compile(
        r"\b(?:limits?|warrant|TRUST Act)\b[^.]*\b(?:immigration|ICE)\b|"
        r"\b(?:immigration|ICE)\b[^.]*\b(?:limits?|warrant)\b",
        re.I,
    )
    checked = []
    for code in all_jurisdiction_codes():
        law = get_jurisdiction(code).practices.get("federal-records")
        if law is None or not limit.search(law.plain.en) or "may not limit" in law.plain.en:
            continue
        assert "FBI" in law.plain.en and "FBI" in law.plain.es, code
        checked.append(code)
    assert {"MD", "DC", "WA", "IL", "OR", "CT", "CO", "CA"} <= set(checked)


def test_a_disposition_the_state_does_not_call_a_conviction_is_named_as_one_for_immigration():
    """Legal read 15, B-12: Maryland's probation before judgment is no conviction under state law, but after a
    guilty plea or finding of guilt immigration usually counts it; the Maryland handout says so first."""
    from billkit.build.handout import state_sentences
    from billkit.load.jurisdiction import get_jurisdiction

    maryland = get_jurisdiction("MD")
    english, spanish = state_sentences(maryland, "en")[0], state_sentences(maryland, "es")[0]
    assert "probation before judgment (PBJ)" in english and "counts it as a conviction" in english
    assert "probation before judgment, PBJ" in spanish and "cuenta como condena" in spanish
