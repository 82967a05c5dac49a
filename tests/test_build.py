"""Building a bill: selection, order, numbering, parameters, relief terms, notes."""

from __future__ import annotations

import os

import pytest

from billkit.build import build_bill, select_clauses
from billkit.build.relief import TERMS, get_relief_term
from billkit.errors import ParameterError, SelectionError, UnknownNameError, UsageError
from billkit.jinja_cache import bytecode_cache
from billkit.spec import BillSpec

from support import GUIDANCE_SAMPLES


def body_text(section) -> list[str]:
    return [block.text for top in section.body for block in top.walk()]


def test_the_default_bill_has_every_clause_in_library_order(library, model_bill):
    assert [s.id for s in model_bill.sections] == [c.id for c in library.ordered()]
    assert [s.number for s in model_bill.sections] == list(range(1, len(library.clauses) + 1))
    assert model_bill.sections[0].label == "SECTION 1."
    assert model_bill.section("record-access").heading == "ACCESS TO ONE’S OWN RECORDS."


def test_generic_bill_keeps_ulc_brackets(model_bill):
    # ULC usage (review N1): "[State]" where the name goes, "this [state]" in text, no nested brackets.
    assert model_bill.enacting_clause == "Be it enacted by the [Legislature] of [State]:"
    text = " ".join(body_text(model_bill.section("federal-records")))
    assert "[the central repository]" in text and "this [state]" in text


def test_subdivisions_are_lettered_and_definitions_numbered(model_bill):
    labels = [b.label for b in model_bill.section("record-access").body]
    assert labels == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert [b.label for b in model_bill.section("definitions").body] == [f"({n})" for n in range(1, 8)]
    order = model_bill.section("vacatur-for-cause").body[6]
    assert order.label == "(g)" and [c.label for c in order.children] == ["(1)", "(2)", "(3)", "(4)"]
    assert [b.label for b in model_bill.section("severability").body] == [None]


def test_definitions_are_alphabetical_for_every_relief_term(library):
    for term in TERMS:
        bill = build_bill(BillSpec(relief_term=term, clauses=("definitions",)), library)
        terms = [b.text.split("”")[0].lstrip("“").casefold() for b in bill.sections[0].body]
        assert terms == sorted(terms), term


def test_only_and_without_select_and_renumber(library):
    bill = build_bill(BillSpec(clauses=("record-access", "short-title")), library)
    assert [(s.number, s.id) for s in bill.sections] == [(1, "short-title"), (2, "record-access")]
    bill = build_bill(BillSpec(without=("findings", "definitions")), library)
    assert bill.section("vacatur-for-cause").number == 2


def test_requires_is_enforced_and_names_both(library):
    with pytest.raises(SelectionError, match="'rebuttable-presumption' requires 'vacatur-for-cause'"):
        select_clauses(BillSpec(clauses=("rebuttable-presumption",)), library)
    with pytest.raises(SelectionError, match="requires 'vacatur-for-cause'"):
        select_clauses(BillSpec(without=("vacatur-for-cause",)), library)


def test_unknown_clause_suggests_the_closest(library):
    with pytest.raises(UnknownNameError) as caught:
        select_clauses(BillSpec(clauses=("recrod-access",)), library)
    assert str(caught.value) == "unknown clause 'recrod-access'. Did you mean 'record-access'?"


def test_cross_reference_follows_the_printed_number(library):
    full = build_bill(BillSpec(), library)
    short = build_bill(BillSpec(clauses=("vacatur-for-cause", "rebuttable-presumption")), library)
    assert (
        f"under Section {full.section('vacatur-for-cause').number} by"
        in body_text(full.section("rebuttable-presumption"))[1]
    )
    assert "under Section 1 by" in body_text(short.section("rebuttable-presumption"))[1]


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("sealing", "A sealing performed pursuant to this section will not preclude"),
        ("set-aside", "A set-aside performed pursuant to this section"),
        ("record clearance", "A record clearance performed pursuant to this section"),
    ],
)
def test_relief_term_reads_correctly_in_the_guidance_sentences(library, term, expected):
    bill = build_bill(BillSpec(relief_term=term), library)
    relief = get_relief_term(term)
    jurisdiction = body_text(bill.section("court-jurisdiction"))[-1]
    assert jurisdiction.startswith("The following sentence is added at the end of [insert citation")
    assert f"“{expected}" in jurisdiction
    assert jurisdiction.endswith(f"collateral attack on {relief.a_adj} conviction.”")
    access = body_text(bill.section("record-access"))[0]
    assert access == (
        f"Any individual who has received {relief.a_noun} may access information contained in "
        f"{relief.adj} records without first obtaining a court order."
    )
    assert "adapted" in bill.section("record-access").source_note
    assert "expungement" not in " ".join(
        t
        for s in bill.sections
        for t in body_text(s)
        if "expung" in t and "expunges, seals" not in t and "Deferred Action" not in t
    )


@pytest.mark.parametrize("term", ["vacatur", "vacation", "Vacate"])
def test_vacatur_cannot_name_relief_for_rehabilitation(library, term):
    with pytest.raises(UsageError, match="Matter of Pickering") as caught:
        build_bill(BillSpec(relief_term=term), library)
    assert caught.value.exit_code == 2


@pytest.mark.parametrize("term", sorted(TERMS))
@pytest.mark.parametrize("state", [None, "CA", "TX", "NY", "OH", "WA"])
def test_the_two_orders_keep_their_names_under_every_relief_term(library, term, state):
    bill = build_bill(BillSpec(relief_term=term, state=state), library)
    relief = get_relief_term(term)
    relief_section = " ".join(body_text(bill.section("vacatur-for-cause")))
    assert "is an order of vacatur, which vacates the conviction as legally invalid" in relief_section
    # relief for a defect under other law keeps its own grounds and effect (legal read 10, A-4)
    assert "Relief under other law keeps its own grounds, standard, and effect, but" in relief_section
    # ... and its order states the defect as an order of vacatur does (legal read 2026-12-04, 1)
    assert "an order granting it shall also state the defect found" in relief_section
    # the code's own words, in a new section of Ohio's code or a new article of Texas's
    first = {"OH": "division (A) of this section", "TX": "Subsection (a)"}.get(state, "subsection (a)")
    if relief.in_guidance_sentence:
        assert f"Except in {first}, an order of vacatur is not {relief.a_noun}" in relief_section
    else:
        # The blind legal read of 2026-11-30 (A3): a state's own relief is never said to correct a
        # defect, so the guidance's sentence speaks of "relief from a conviction" and no carve-out
        # is needed in the definition or in subsection (b).
        assert relief_section.startswith("Relief from a conviction may be based on equitable factors")
        assert f"An order of vacatur is not {relief.a_noun}" in relief_section
        assert "Except in" not in relief_section
        definitions = " ".join(body_text(bill.section("definitions")))
        assert "The term does not include an order of vacatur." in definitions
        assert "Except in" not in definitions and "Outside that subsection" not in definitions
    text = " ".join(t for s in bill.sections for t in body_text(s))
    commentary = " ".join(
        t for s in bill.sections for note in (s.legislative_note, s.comment) if note for t in note.texts
    )
    for phrase in ("vacated records", "a vacated conviction", "vacated conviction"):
        assert phrase not in text and phrase not in commentary, (term, state, phrase)


def test_sealing_reads_as_the_issue_describes(library):
    bill = build_bill(BillSpec(relief_term="sealing"), library)
    text = " ".join(t for s in bill.sections for t in body_text(s))
    assert "A sealing performed pursuant to this section" in text
    assert "information contained in sealed records" in text
    assert "“Sealing” means" in text


def test_default_relief_term_gives_the_guidance_sentences_exactly(model_bill):
    for clause_id, sentence in GUIDANCE_SAMPLES.items():
        assert any(sentence in text for text in body_text(model_bill.section(clause_id))), clause_id


def test_relief_term_names_are_forgiving_and_errors_suggest():
    assert get_relief_term("Set Aside").key == "set-aside"
    assert get_relief_term("record_clearance").key == "record-clearance"
    with pytest.raises(UnknownNameError, match="Did you mean 'sealing'"):
        get_relief_term("sealng")


def test_parameters_fill_text_and_user_values_are_never_templates(library):
    spec = BillSpec(
        params={"federal-records": {"notify_days": 14}, "short-title": {"short_title": "{{ j }}"}}
    )
    bill = build_bill(spec, library)
    assert (
        "Within 14 days after [the central repository] receives the copy"
        in body_text(bill.section("federal-records"))[0]
    )
    assert bill.act_title == "{{ J }}"
    assert body_text(bill.section("short-title")) == ["This [act] may be cited as the {{ j }}."]


def test_naming_the_statute_keeps_the_guidance_sentence_verbatim(library):
    spec = BillSpec(params={"court-jurisdiction": {"relief_statute": "Section 1203.425 of the Penal Code"}})
    section = build_bill(spec, library).section("court-jurisdiction")
    last = body_text(section)[-1]
    assert last.startswith("The following sentence is added at the end of Section 1203.425 of the Penal Code")
    assert GUIDANCE_SAMPLES["court-jurisdiction"] in last
    assert section.source_note.endswith("to existing law, verbatim.")
    sealing = build_bill(BillSpec(relief_term="sealing"), library).section("court-jurisdiction")
    assert sealing.source_note.endswith("to existing law, adapted to this draft’s choices.")


def test_unknown_or_empty_parameter_is_an_error(library):
    with pytest.raises(ParameterError, match="has no parameter 'notify_dayz'"):
        build_bill(BillSpec(params={"federal-records": {"notify_dayz": 3}}), library)
    with pytest.raises(ParameterError, match="is empty"):
        build_bill(BillSpec(params={"federal-records": {"notify_days": "  "}}), library)
    with pytest.raises(UnknownNameError):
        build_bill(BillSpec(params={"federal-record": {"notify_days": 3}}), library)


def test_clean_copy_drops_all_commentary(library):
    bill = build_bill(BillSpec(clean=True), library)
    assert bill.prefatory_note is None and bill.cover_lines == ()
    for section in bill.sections:
        assert section.legislative_note is None and section.comment is None
        assert section.source_note is None and section.authorities is None


def test_annotated_bill_has_a_note_and_comment_under_every_section(model_bill):
    assert model_bill.prefatory_note is not None
    assert "Matter of Pickering" in " ".join(model_bill.prefatory_note.texts)
    for section in model_bill.sections:
        assert section.legislative_note.texts and section.comment.texts


def test_findings_state_only_the_aims_of_the_selected_clauses(library):
    bill = build_bill(BillSpec(clauses=("findings", "record-access")), library)
    intent = body_text(bill.section("findings"))[-1]
    assert intent.endswith("lets people obtain their own records without a court order.")
    assert "legal error" not in intent


def test_generic_bill_prints_the_ninth_circuit_finding_as_optional(model_bill):
    ninth = [t for t in body_text(model_bill.section("findings")) if "Ninth Circuit" in t]
    assert len(ninth) == 1 and ninth[0].startswith("[") and ninth[0].endswith("]")


def test_case_names_in_commentary_are_italic(model_bill):
    runs = [r for p in model_bill.section("vacatur-for-cause").authorities.paragraphs for r in p]
    italic = {r.text for r in runs if "em" in r.marks}
    assert {"Matter of Pickering", "Pickering v. Gonzales", "rev’d on other grounds"} <= italic


def test_a_case_cited_in_full_in_a_note_is_italic_though_not_among_the_authorities(model_bill):
    note = model_bill.section("rebuttable-presumption").legislative_note
    italic = {r.text for p in note.paragraphs for r in p if "em" in r.marks}
    assert {"Danforth v. Minnesota", "Lee v. United States"} <= italic
    from billkit.build.citations import case_names_in_prose

    assert case_names_in_prose(
        ["In State v. Smith, 12 N.W.2d 4 (1940), and Chaidez v. United States held"]
    ) == ("State v. Smith",)


def test_a_later_history_on_rehearing_is_italic(library):
    texas = build_bill(BillSpec(state="TX"), library).section("vacatur-for-cause")
    runs = [r for p in texas.authorities.paragraphs for r in p]
    assert {"Gaona-Romero v. Gonzales", "on reh’g"} <= {r.text for r in runs if "em" in r.marks}


_OPENING = {"armed": False}


def _refuse_opening(event: str, args) -> None:
    if _OPENING["armed"] and event == "open" and not _in_template_cache(args[0]):
        raise AssertionError(f"build opened a file: {args[0]!r}")


def _in_template_cache(path) -> bool:
    cache = bytecode_cache()
    # (the folder itself too: Jinja opens it to check that it is safe before it caches into it)
    if cache is None:
        return False
    return str(path) == cache.directory or str(path).startswith(cache.directory + os.sep)


def test_building_reads_no_files_after_loading(library):
    """An audit hook sees every open, whether through builtins, io or pathlib.

    Only Jinja's compiled-template cache may be opened: it holds code, not content.
    """
    import sys

    build_bill(BillSpec(state="TX"), library)  # loads the jurisdictions once
    sys.addaudithook(_refuse_opening)  # hooks cannot be removed, so this one is armed by a flag
    _OPENING["armed"] = True
    try:
        build_bill(BillSpec(relief_term="sealing", state="OH"), library)
        with pytest.raises(AssertionError, match="build opened a file"):
            open(__file__, encoding="utf-8").close()
    finally:
        _OPENING["armed"] = False


def test_prefatory_note_describes_only_the_practices_included(library):
    some = build_bill(BillSpec(clauses=("short-title", "record-access")), library)
    text = some.prefatory_note.texts[3]
    assert "some of the guidance’s best practices" in text and "own cleared records" in text
    assert "FBI" not in text and "legal error" not in text
    none = build_bill(BillSpec(clauses=("short-title",)), library)
    assert "includes none of the guidance’s practices" in none.prefatory_note.texts[3]


def test_a_bill_s_headings_come_from_its_words_file(library, model_bill):
    """Every note kind has its heading in words/bill.en.yaml, and the bill prints that heading."""
    from billkit.load.words import words
    from billkit.model import NOTE_KINDS

    headings = words("bill")["headings"]
    assert all(kind in headings for kind in NOTE_KINDS)
    section = model_bill.section("record-access")
    assert section.legislative_note.heading == headings.fill("legislative")
    assert section.comment.heading == headings.fill("comment")
    assert model_bill.prefatory_note.heading == headings.fill("prefatory")
    texas = build_bill(BillSpec(state="TX"), library)
    assert texas.sources_note.heading == headings.fill("sources", name="Texas") == "Sources for Texas"


def test_the_generic_jurisdiction_s_brackets_come_from_its_words_file():
    from billkit.load.jurisdiction import GENERIC, resolve
    from billkit.load.words import words

    generic = words("jurisdiction")["generic"]
    assert resolve(None) is GENERIC
    assert (
        (GENERIC.name, GENERIC.this_state)
        == (generic["name"], generic["this_state"])
        == ("[State]", "this [state]")
    )
    assert resolve("tx").name == "Texas"


def test_the_build_package_has_no_import_circle():
    """Each module of billkit.build imports only modules that do not import it back, directly or not."""
    import ast
    import pathlib

    import billkit.build

    folder = pathlib.Path(billkit.build.__file__).parent
    imports = {
        path.stem: {
            node.module.split(".")[0]
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        }
        for path in folder.glob("*.py")
    }

    def reaches(start: str, target: str, seen: frozenset[str] = frozenset()) -> bool:
        return any(
            m == target or (m not in seen and reaches(m, target, seen | {m})) for m in imports.get(start, ())
        )

    assert not [name for name in imports if reaches(name, name)]


def test_the_presumption_reaches_every_motion_for_an_order_of_vacatur(library):
    """California lawyers move under Penal Code § 1473.7, not under the model's section: where the bill
    defines "order of vacatur" to take in such laws, the presumption follows the motion, not the section."""
    with_definitions = build_bill(BillSpec(), library).section("rebuttable-presumption")
    text = " ".join(b.text for top in with_definitions.body for b in top.walk())
    assert "The presumption applies in the same way on any other motion or petition for an order of" in text
    assert "(or, on another motion or petition, under the law on which it rests)" in text
    alone = build_bill(
        BillSpec(clauses=("short-title", "vacatur-for-cause", "rebuttable-presumption")), library
    ).section("rebuttable-presumption")
    assert "any other motion or petition" not in " ".join(b.text for top in alone.body for b in top.walk())


@pytest.mark.parametrize("state", ["NJ", "WA", "PA"])
def test_a_states_own_relief_is_never_said_to_correct_a_defect(library, state):
    """The blind legal reads of 2026-11-30 (5-A3, 6-A1): even where the state's statute says
    "expungement" (New Jersey), the state's relief rests on equitable grounds, so the guidance's
    sentence speaks of "relief from a conviction" and the definition carves nothing out; the model
    bill keeps the guidance's sentence word for word."""
    bill = build_bill(BillSpec(state=state), library)
    section = " ".join(body_text(bill.section("vacatur-for-cause")))
    assert section.startswith("Relief from a conviction may be based on equitable factors")
    assert "Except in" not in section
    model = build_bill(BillSpec(), library)
    assert " ".join(body_text(model.section("vacatur-for-cause"))).startswith(
        "An expungement may be based on equitable factors"
    )
