"""Each jurisdiction's own law, as data: every status sourced and graded, every relief term with
its grammar, a plain sentence in English and in Spanish for every practice."""

from __future__ import annotations

import io

import docx
import pytest
from pydantic import ValidationError

from billkit.load.library import PRACTICES, load_jurisdictions
from billkit.load.statelaw import STATUSES, PracticeLaw, ReliefLaw

RECORDS = load_jurisdictions()
NO_STATUTE_FOUND = {"AS"}  # American Samoa: no clearance statute found (docs/research/state-law)


@pytest.mark.parametrize("code", sorted(RECORDS))
def test_every_record_says_where_it_stands_on_every_practice(code):
    record = RECORDS[code]
    assert set(record.practices) == set(PRACTICES)
    for practice, law in record.practices.items():
        assert law.status in STATUSES
        assert law.summary.strip() and law.plain.en.strip() and law.plain.es.strip(), practice
        if law.citations:
            assert law.source or law.grade == "unverified", practice
        for contrary in law.contrary:
            assert contrary.source or contrary.grade == "unverified", contrary.citation
    if code in NO_STATUTE_FOUND:
        assert record.relief is None
    else:
        assert record.relief is not None and record.relief.statute and record.relief.forms.verb


def test_the_plain_sentences_name_the_jurisdiction_in_each_language():
    for code, record in RECORDS.items():
        for practice, law in record.practices.items():
            assert " the " not in f" {law.plain.es.lower()} ", (code, practice)  # Spanish, not English
            assert not law.plain.en.startswith("En "), (code, practice)


def test_a_relief_term_without_its_grammar_is_refused():
    with pytest.raises(ValidationError, match="forms"):
        ReliefLaw.model_validate(
            {"term": "sealing", "statute": "X § 1", "grade": "strong", "source": "https://x"}
        )
    with pytest.raises(ValidationError, match="a_noun"):
        ReliefLaw.model_validate({
            "term": "sealing", "statute": "X § 1", "grade": "strong", "source": "https://x",
            "forms": {"noun": "sealing", "verb": "seal", "participle": "sealed", "adj": "sealed"},
        })  # fmt: skip
    with pytest.raises(ValidationError, match="plural"):  # "This act applies to sealings granted ..."
        ReliefLaw.model_validate({
            "term": "sealing", "statute": "X § 1", "grade": "strong", "source": "https://x",
            "forms": {"noun": "sealing", "a_noun": "a sealing", "verb": "seal", "participle": "sealed",
                      "adj": "sealed"},
        })  # fmt: skip


def test_a_status_must_rest_on_something():
    plain = {"en": "x", "es": "y"}
    with pytest.raises(ValidationError, match="needs the citation or source"):
        PracticeLaw.model_validate({"status": "has", "summary": "s", "grade": "strong", "plain": plain})
    with pytest.raises(ValidationError, match="needs a source"):
        PracticeLaw.model_validate(
            {"status": "has", "summary": "s", "citations": ["A § 1"], "grade": "strong", "plain": plain}
        )
    with pytest.raises(ValidationError, match="contrary provision"):
        PracticeLaw.model_validate(
            {
                "status": "against",
                "summary": "s",
                "citations": ["A § 1"],
                "grade": "unverified",
                "plain": plain,
            }
        )


def test_the_states_the_review_named_carry_their_own_law():
    ohio, california, indiana = RECORDS["OH"], RECORDS["CA"], RECORDS["IN"]
    assert ohio.relief.term == "sealing or expungement" and "2953.32" in ohio.relief.statute
    assert "2943.031" in " ".join(ohio.practices["vacatur-for-cause"].citations)
    assert "1473.7" in " ".join(california.practices["vacatur-for-cause"].citations)
    assert california.practices["vacatur-for-cause"].status == "has"
    assert indiana.practices["federal-records"].status == "against"
    assert RECORDS["WA"].relief.vacatur_word and RECORDS["KY"].relief.vacatur_word


def test_states_shows_where_one_jurisdiction_stands():
    from typer.testing import CliRunner

    from billkit.cli import app

    result = CliRunner().invoke(app, ["states", "ohio"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    statute = "Clearance statute: Ohio Rev. Code Ann. § 2953.32 (sealing or expungement; graded strong)."
    assert statute in result.output
    assert "Where Ohio stands" in result.output and "2943.031(D)" in result.output
    assert "Vacatur for legal error" in result.output and "partly" in result.output
    data = CliRunner().invoke(app, ["states", "TX", "--json"])
    assert data.exit_code == 0
    import json

    record = json.loads(data.output)
    assert record["relief"]["term"] == "order of expunction or nondisclosure"
    assert len(record["practices"]) == 6
    wrong = CliRunner().invoke(app, ["states", "Ohoi"])
    assert wrong.exit_code == 2 and "Error:" in wrong.output and "Traceback" not in wrong.output


def test_a_state_draft_says_what_the_state_already_has(library):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    def note(bill, clause_id):
        return " ".join(bill.section(clause_id).legislative_note.texts)

    ohio = build_bill(BillSpec(state="OH"), library)
    assert "Ohio today (partly, graded strong-copy):" in note(ohio, "vacatur-for-cause")
    assert "Existing law: Ohio Rev. Code Ann. § 2943.031(D)" in note(ohio, "vacatur-for-cause")
    assert "Ohio today (partly, graded secondary):" in note(ohio, "rebuttable-presumption")
    assert "[Verify: what this note says of Ohio’s law" in note(ohio, "court-jurisdiction")
    california = build_bill(BillSpec(state="CA"), library)
    assert "a drafter may drop the section" in note(california, "vacatur-for-cause")
    indiana = build_bill(BillSpec(state="IN"), library)
    assert "It must override Ind. Code § 35-38-9-6" in note(indiana, "federal-records")
    assert "today (" not in " ".join(note(build_bill(BillSpec(), library), c) for c in PRACTICES)
    assert (
        build_bill(BillSpec(state="OH", clean=True), library).section("record-access").legislative_note
        is None
    )


def test_a_state_draft_opens_with_where_the_state_stands(library, tmp_path):
    from billkit.build import build_bill
    from billkit.check.reading import read_bill
    from billkit.render import render
    from billkit.spec import BillSpec

    from support import pdf_words

    ohio = build_bill(BillSpec(state="OH"), library)
    assert ohio.standing.caption == "Where Ohio stands" and len(ohio.standing.rows) == len(PRACTICES)
    row = [cell[0].text for cell in ohio.standing.rows[0]]
    assert row == ["Vacatur for legal error", "partly", row[2], "strong-copy"] and "2943.031(D)" in row[2]
    word = docx.Document(io.BytesIO(render(ohio, "docx")))
    assert "Where Ohio stands" in [p.text for p in word.paragraphs]
    assert [cell.text.replace("\u00a0", " ") for cell in word.tables[0].rows[1].cells] == row
    pdf = " ".join(pdf_words(render(ohio, "pdf"), ohio.meta.short_title))
    assert "Where Ohio stands" in pdf and "Presumption of legal invalidity" in pdf
    assert build_bill(BillSpec(), library).standing is None
    assert build_bill(BillSpec(state="OH", clean=True), library).standing is None
    path = tmp_path / "oh.docx"
    path.write_bytes(render(ohio, "docx"))
    assert "Vacatur for legal error" not in " ".join(p.text for p in read_bill(path))


def test_a_severability_statute_is_cited_with_its_source_or_marked_unverified():
    from billkit.load.statelaw import Severability

    with pytest.raises(ValidationError, match="needs a source"):
        Severability(citation="Ohio Rev. Code Ann. § 1.50", grade="strong")
    with pytest.raises(ValidationError, match="needs its citation"):
        Severability(quote="The provisions of every statute are severable.", grade="unverified")
    assert not Severability(citation="Minn. Stat. § 645.20", grade="unverified").verified
    assert not Severability(grade="unverified", note="none found").verified


@pytest.mark.parametrize(
    ("code", "said"),
    [
        # codified law only, and the draft codifies
        ("OH", "Ohio already has a general severability statute, Ohio Rev. Code Ann. § 1.50: “If any"),
        ("WI", "It reaches every statute that does not say otherwise, so this section restates its rule."),
        ("CA", "billkit did not find a general severability statute in California (California's codes"),
        ("IL", "[Verify: Illinois may have a general severability statute, 5 Ill. Comp. Stat. 70/1.31, but"),
        # not researched: the general advice
        ("NY", "Include this section only if this state has no general severability statute"),
    ],
)
def test_the_severability_note_names_the_states_own_statute(library, code, said):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    note = " ".join(build_bill(BillSpec(state=code), library).section("severability").legislative_note.texts)
    assert said in note
    if code == "OH":
        assert "It governs sections of the codified law only, which is what this act enacts" in note
    assert ".”." not in note  # a quote that ends its own sentence takes no second full stop


@pytest.mark.parametrize(
    ("code", "pleas"),
    [
        ("NY", "guilty"),
        ("IL", "guilty, guilty but mentally ill, or nolo contendere"),
        (None, "guilty or nolo contendere"),
    ],
)
def test_the_pleas_are_the_states_own(library, code, pleas):
    """New York has no plea of nolo contendere (CPL 220.10); Illinois has guilty but mentally ill (725 ILCS
    5/113-8). The definition of "conviction" keeps federal law's words (8 U.S.C. § 1101(a)(48)(A))."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    bill = build_bill(BillSpec(state=code), library)

    def said(clause: str) -> str:
        return " ".join(b.text for top in bill.section(clause).body for b in top.walk())

    assert f"set aside each plea of {pleas}, and each admission of facts" in said("vacatur-for-cause")
    presumption = said("rebuttable-presumption")
    assert f"the proceeding the motion concerns, entered a plea of {pleas}, admitted facts" in presumption
    assert "after a plea of guilty or nolo contendere" in said("definitions")


def test_a_quoted_provision_keeps_its_own_quotation_marks_single(library):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    note = " ".join(build_bill(BillSpec(state="IL"), library).section("record-access").legislative_note.texts)
    assert "which reads: “‘Sealed’ means a document or case that is accessible only upon order" in note


def test_texas_notes_the_federal_notice_it_already_has_for_both_kinds_of_relief(library):
    """Expunctions (art. 55A.352(b)) and orders of nondisclosure (Gov't Code § 411.075(b)(2)) already go to
    central federal depositories; the note says what the section adds (the second legal read)."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    section = build_bill(BillSpec(state="TX"), library).section("federal-records")
    note = " ".join(section.legislative_note.texts)
    assert "No duty to notify the FBI was found" not in note
    assert "must already send an expunction to any central federal depository" in note
    assert "55A.352(b)" in note
    assert "411.075(b)(2)" in note and "is new for nondisclosure orders" not in note


def test_a_section_the_state_already_has_names_the_sections_that_lean_on_it(library):
    """California's Penal Code § 1473.7 already gives the vacatur motion, so the draft says the section may be
    dropped; the definitions and the presumption refer to it, and the note says they would need repointing."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    bill = build_bill(BillSpec(state="CA"), library)
    note = " ".join(bill.section("vacatur-for-cause").legislative_note.texts)
    definitions = bill.section("definitions").number
    presumption = bill.section("rebuttable-presumption").number
    jurisdiction = bill.section("court-jurisdiction").number  # its subsection (b) names the motion too
    assert "a drafter may drop the section" in note
    pointing = (
        f"Dropping it means pointing Section {definitions}, Section {presumption}, and "
        f"Section {jurisdiction}, which refer"
    )
    assert pointing in note


@pytest.mark.parametrize(
    ("code", "said", "cited"),
    [
        # a retroactive cap with a way to apply, and the Board's decision on it
        (
            "CA",
            "Cal. Penal Code § 18.5(a) already caps the jail term for a misdemeanor at 364 days, and its"
            " words reach sentences imposed before it (Cal. Penal Code § 18.5(b) lets a person sentenced",
            "Matter of Velasquez-Rios, 27 I. & N. Dec. 470 (B.I.A. 2018)",
        ),
        ("NY", "N.Y. Penal Law § 70.15(1-a) already caps", "Peguero Vasquez v. Garland, No. 21-6380"),
        # the model bill names the caps as examples; a state without a cap gets the general rule alone
        (None, "Some states cap the jail term for a misdemeanor at 364 days", "Peguero Vasquez v. Garland"),
        ("TX", "", "Matter of Thomas & Thompson, 27 I. & N. Dec. 674 (A.G. 2019)"),
        # a cap whose words do not reach earlier sentences
        ("OR", "so the cap helps only convictions entered after it took effect, in 2017", "Peguero Vasquez"),
        # a cap that governs by the date of the offense
        ("CO", "so the cap helps only offenses committed after it took effect, in 2022", "Velasquez-Rios"),
    ],
)
def test_the_vacatur_note_says_what_sentence_relief_does_and_names_the_states_cap(library, code, said, cited):
    """Matter of Thomas & Thompson: a later change to a sentence counts only if it corrects a defect, and a
    cap on misdemeanor sentences is read at the time of conviction (legal review §7.4)."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    section = build_bill(BillSpec(state=code), library).section("vacatur-for-cause")
    (sentences,) = [t for t in section.legislative_note.texts if t.startswith("Sentences.")]
    assert "rests on a procedural or substantive defect in the underlying proceeding" in sentences
    assert "requested on or before October 25, 2019" in sentences
    assert "(8 C.F.R. § 1003.55, a rule of the Executive Office for Immigration Review" in sentences
    assert said in sentences
    assert ("already caps" in sentences) == (code in ("CA", "NY", "OR", "CO"))
    assert any(cited in t for t in section.authorities.texts)
    assert "Matter of Thomas & Thompson, 27 I. & N. Dec. 674 (A.G. 2019)" in section.authorities.texts


def test_a_sentence_cap_is_cited_with_its_source_or_marked_unverified(library):
    import dataclasses

    from billkit.build import build_bill
    from billkit.load.jurisdiction import get_jurisdiction
    from billkit.load.statelaw import SentenceCap
    from billkit.spec import BillSpec

    with pytest.raises(ValidationError, match="needs a source"):
        SentenceCap(citation="Wash. Rev. Code § 9A.20.021(2)", grade="strong")
    unread = SentenceCap(citation="Wash. Rev. Code § 9A.20.021(2)", grade="unverified")
    assert not unread.verified
    state = dataclasses.replace(get_jurisdiction("WA"), sentence_cap=unread)
    section = build_bill(BillSpec(state="WA"), library, state).section("vacatur-for-cause")
    note = " ".join(section.legislative_note.texts)
    assert "[Verify: Wash. Rev. Code § 9A.20.021(2) may cap the jail term for a misdemeanor" in note
    assert "already caps" not in note
    assert "Matter of Velasquez-Rios, 27 I. & N. Dec. 470 (B.I.A. 2018)" in section.authorities.texts


def test_a_provision_the_section_must_fit_is_quoted_with_what_it_means(library):
    """New York appeals a denied CPL 440.10 motion only by permission; the model's motion is appealed as of
    right. The note quotes § 450.15 and says what to decide; an unread provision is bracketed to verify."""
    import dataclasses

    from billkit.build import build_bill
    from billkit.load.jurisdiction import get_jurisdiction
    from billkit.load.statelaw import LawNote
    from billkit.spec import BillSpec

    def note(state) -> str:
        bill = build_bill(BillSpec(state="NY"), library, state)
        return " ".join(bill.section("vacatur-for-cause").legislative_note.texts)

    ny = get_jurisdiction("NY")
    said = note(ny)
    assert "N.Y. Crim. Proc. Law § 450.15(1) reads: “If an appeal by defendant is not authorized" in said
    assert "appeals the denial of a CPL 440.10 motion only with leave" in said
    unread = LawNote(citation="N.Y. Crim. Proc. Law § 450.20", says="It may matter.", grade="unverified")
    law = ny.practices["vacatur-for-cause"].model_copy(update={"notes": (unread,)})
    said = note(dataclasses.replace(ny, practices={**ny.practices, "vacatur-for-cause": law}))
    assert "[Verify: N.Y. Crim. Proc. Law § 450.20. It may matter. The provision was not read" in said


def test_a_quoted_sentence_cut_short_is_marked_so(library):
    # Ga. Code Ann. § 42-8-60(a) goes on past "defer further proceedings" (legal read 9, C-11); a
    # quoted fragment that is no sentence ("currently serving a sentence ...") takes no mark.
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    def notes(code):
        return " ".join(
            t for s in build_bill(BillSpec(state=code), library).sections for t in s.legislative_note.texts
        )

    assert "with the consent of the defendant, defer further proceedings …”." in notes("GA")
    assert "“currently serving a sentence of imprisonment, probation or parole for the crime”." in notes("PA")


def test_a_disposition_that_is_no_conviction_under_state_law_names_its_source():
    """Maryland's probation before judgment (legal read 15, B-12) is a state-law fact like any other: it names
    the statute and where it was read, or it is graded unverified."""
    from billkit.load.statelaw import Disposition

    plain = {"en": "A sentence.", "es": "Una oración."}
    with pytest.raises(ValueError, match="needs a source"):
        Disposition.model_validate(
            {"statute": "Md. Code Ann., Crim. Proc. § 6-220", "grade": "strong", "plain": plain}
        )
    unverified = {"statute": "X § 1", "grade": "unverified", "plain": plain}
    assert not Disposition.model_validate(unverified).verified


def test_marylands_probation_before_judgment_is_graded_and_sourced():
    disposition = load_jurisdictions()["MD"].relief.disposition
    assert disposition.statute == "Md. Code Ann., Crim. Proc. § 6-220"
    assert disposition.verified and disposition.source.startswith("https://")


def test_the_standing_table_marks_a_law_that_works_against_a_practice():
    # A second legal read (2026-12-06): Washington's row for vacatur listed RCW 10.73.090, the one-year bar on
    # collateral attack that the draft must override, as if it were law the state already has.
    from billkit.load.jurisdiction import resolve
    from billkit.load.statelaw import standing_rows

    practices = resolve("WA").practices
    vacatur = standing_rows(practices)[list(practices).index("vacatur-for-cause")]
    assert vacatur[2] == "Wash. Rev. Code § 10.40.200(2); Wash. Rev. Code § 10.73.090 (works against)"
    assert (
        "§ 10.73.090 (en contra)"
        in standing_rows(practices, "es")[list(practices).index("vacatur-for-cause")][2]
    )
