"""The clause library as content: complete, sourced, verbatim where it quotes the guidance."""

from __future__ import annotations

import re

import pytest

from billkit.build.templating import collapse
from billkit.load.library import PRACTICES

from support import GUIDANCE_FILE, GUIDANCE_SAMPLES, squash

SLIP_OPINION = re.compile(
    r"^[A-Z][^,]* v\. [^,]+, No\. [\d-]+ \((?:\d(?:st|d|th) Cir\.|[A-Z][^)]*?) "
    r"(?:Jan|Feb|Mar|Apr|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? \d{1,2}, (?:19|20)\d\d\)$"
)
"""A Bluebook slip-opinion citation (case, docket number, court and exact date), for a decision whose
reporter citation was not read."""
STATUTE = re.compile(
    r"^(\d+ U\.S\.C\. §§? [\d()a-zA-Z–-]+"
    r"|\d+ C\.F\.R\. (§§? [\d.]+|pt\. \d+, subpt\. [A-Z]$)"
    r"|Cal\. (Penal|Gov’t) Code § [\d.]+"
    r"|N\.Y\. Crim\. Proc\. Law § [\d.()a-z]+"
    r"|Md\. Code Ann\., Crim\. Proc\. § [\d-]+(\([a-z\d]+\))*"
    r"|\d+ Ill\. Comp\. Stat\. [\d/]+"
    r"|Wash\. Rev\. Code § [\d.]+"
    r"|Ohio Rev\. Code Ann\. § [\d.]+"
    r"|Tex\. Gov’t Code Ann\. § [\d.]+"
    r"|Mass\. Gen\. Laws ch\. \d+, § \w+"
    r"|Vt\. Stat\. Ann\. tit\. \d+, § \d+)$"
)


def test_every_practice_has_a_clause_with_its_id(library):
    for practice in PRACTICES:
        assert library.get(practice).practice == practice


def test_scaffold_clauses_exist(library):
    scaffold = ("short-title", "findings", "definitions", "severability", "implementation", "effective-date")
    for clause_id in scaffold:
        assert library.get(clause_id).practice == "scaffold"


def test_federal_records_and_public_education_are_original(library):
    assert library.get("federal-records").source == "original"
    assert library.get("public-education").source == "original"


@pytest.mark.skipif(not GUIDANCE_FILE.exists(), reason="shared/guidance is not beside the checkout")
def test_the_samples_in_these_tests_are_the_guidance_s_own_words():
    guidance = squash(GUIDANCE_FILE.read_text(encoding="utf-8"))
    for sentence in GUIDANCE_SAMPLES.values():
        assert sentence in guidance


@pytest.mark.parametrize("clause_id", sorted(GUIDANCE_SAMPLES))
def test_guidance_sample_is_in_the_library_verbatim_and_marked_as_the_guidance_s(library, clause_id):
    clause = library.get(clause_id)
    assert clause.source == "guidance"
    sources = [
        source
        for item, source in clause.items()
        if "rebuttable presumption that" in item.text
        or "equitable factors or to correct" in item.text
        or "performed pursuant to this section" in item.text
        or "without first obtaining" in item.text
    ]
    assert sources and set(sources) == {"guidance"}


@pytest.mark.parametrize("clause_id", sorted(GUIDANCE_SAMPLES))
def test_guidance_sample_prints_verbatim_in_the_default_bill(model_bill, clause_id):
    section = model_bill.section(clause_id)
    assert any(GUIDANCE_SAMPLES[clause_id] in block.text for block in section.body)
    assert "verbatim" in section.source_note


def test_every_clause_has_a_comment_of_80_to_250_words(library):
    for clause in library.clauses.values():
        words = len(collapse(clause.comment).split())
        assert 80 <= words <= 250, f"{clause.id}: comment has {words} words"


def test_every_clause_has_a_legislative_note(library):
    for clause in library.clauses.values():
        assert len(collapse(clause.legislative_note).split()) >= 20, clause.id


def test_every_practice_clause_cites_authority(library):
    for practice in PRACTICES:
        assert library.get(practice).authorities, practice


def test_every_authority_is_a_case_citation_or_a_statute(library):
    from eyecite import get_citations
    from eyecite.models import FullCaseCitation

    for clause in library.clauses.values():
        for authority in clause.citations:
            if STATUTE.match(authority):
                continue
            if SLIP_OPINION.match(authority):  # no reporter citation was read: the docket form
                continue
            found = [c for c in get_citations(authority) if isinstance(c, FullCaseCitation)]
            assert found, f"{clause.id}: {authority!r} is neither a case citation nor a known statute form"
            first = found[0]
            assert first.metadata.year, f"{authority!r}: a full case citation needs its year"
            assert first.metadata.plaintiff or "Matter of" in authority, authority


def test_authorities_named_in_the_research_are_cited_exactly(library):
    cited = {a for clause in library.clauses.values() for a in clause.citations}
    assert any(a.startswith("Matter of Pickering, 23 I. & N. Dec. 621 (B.I.A. 2003)") for a in cited)
    assert "Padilla v. Kentucky, 559 U.S. 356 (2010)" in cited
    assert "34 U.S.C. §§ 40311–40316" in cited
    assert "Nunez-Reyes v. Holder, 646 F.3d 684 (9th Cir. 2011) (en banc)" in cited


def test_federal_records_note_names_the_compact(model_bill):
    note = " ".join(model_bill.section("federal-records").legislative_note.texts)
    assert "National Crime Prevention and Privacy Compact, 34 U.S.C. §§ 40311–40316" in note


def test_rebuttable_presumption_requires_vacatur_for_cause(library):
    assert "vacatur-for-cause" in library.get("rebuttable-presumption").requires


def test_a_value_ending_in_an_abbreviation_ends_the_sentence_with_one_full_stop():
    from billkit.load.words import Words

    said = Words({"beside": "It would stand beside {{ law }}.", "cut": "It says {{ law }}..."}, "test")
    assert said.fill("beside", law="§ 19.2-392.5 et seq.") == "It would stand beside § 19.2-392.5 et seq."
    assert said.fill("beside", law="§ 19.2-392.5") == "It would stand beside § 19.2-392.5."
    assert said.fill("cut", law="no") == "It says no..."


def test_a_displaced_law_cited_with_a_closing_abbreviation_ends_the_clause_with_one_full_stop(library):
    # Colorado cites its statutes "section 16-5-402, C.R.S."; the motion's sentence ends on it.
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    bill = build_bill(BillSpec(state="CO"), library)
    text = " ".join(b.text for s in bill.sections for b in s.body)
    assert "may be filed, heard, and granted notwithstanding section 16-5-402, C.R.S. " in text
    assert "C.R.S.." not in text and "seq.." not in text
