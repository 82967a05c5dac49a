"""Amending existing law: the redline reads in phrases, references follow renumbered divisions, and
the divisions of the common schemes are told apart as a drafter tells them."""

from __future__ import annotations

import pytest

from billkit.build import amend_statute, redline
from billkit.build.divisions import format_statute, parse_statute
from billkit.errors import ParameterError, SpecError
from billkit.spec import AmendSpec


def marked(runs) -> str:
    """Runs as text, removed words in [-...-] and added words in {+...+}."""
    out = ""
    for run in runs:
        if "del" in run.marks:
            out += f"[-{run.text}-]"
        elif "ins" in run.marks:
            out += f"{{+{run.text}+}}"
        else:
            out += run.text
    return out


CURRENT = (
    "(a) A person may petition the court to seal the record after five years.\n"
    "(b) The court shall order the record sealed if the person has not been convicted of another offense.\n"
    "(c) A sealed record shall not be disclosed except upon order of the court."
)


def test_a_changed_word_is_struck_and_the_new_one_follows():
    new = CURRENT.replace("five", "three")
    lines = [marked(runs) for _level, runs in redline(CURRENT, new)]
    assert (
        lines[0] == "(a) A person may petition the court to seal the record after [-five-] {+three+} years."
    )
    assert lines[1:] == [CURRENT.splitlines()[1], CURRENT.splitlines()[2]]


def test_changes_a_few_words_apart_read_as_one_phrase():
    before = "(a) The department shall destroy it, unless a court orders otherwise."
    after = "(a) The department shall seal it, unless the person asks otherwise."
    (line,) = [marked(runs) for _level, runs in redline(before, after)]
    assert line == (
        "(a) The department shall [-destroy it, unless a court orders-] {+seal it, unless the person asks+} "
        "otherwise."
    )


def test_a_rewritten_subdivision_is_one_struck_and_one_inserted_run_under_its_label():
    new = CURRENT.replace(
        "The court shall order the record sealed if the person has not been convicted of another offense.",
        "The court shall grant the petition unless the prosecutor shows that sealing would harm safety.",
    )
    line = marked(redline(CURRENT, new)[1][1])
    assert line == (
        "(b) [-The court shall order the record sealed if the person has not been convicted of another "
        "offense.-] {+The court shall grant the petition unless the prosecutor shows that sealing would "
        "harm safety.+}"
    )


def test_an_inserted_subdivision_is_added_whole_and_the_next_is_relabelled():
    new = CURRENT.replace("(c) A sealed", "(c) Arrest records are sealed without a petition.\n(d) A sealed")
    lines = [marked(runs) for _level, runs in redline(CURRENT, new)]
    assert lines[2] == "{+(c) Arrest records are sealed without a petition.+}"
    assert (
        lines[3] == "[-(c)-] {+(d)+} A sealed record shall not be disclosed except upon order of the court."
    )


def test_the_redline_keeps_each_division_at_its_depth():
    levels = [
        level
        for level, _runs in redline("(a) One:\n(1) two; and\n(2) three.", "(a) One:\n(1) two; or\n(2) three.")
    ]
    assert levels == [0, 1, 1]


# Cross-references


def amended(text: str, after: str | None, state: str | None = None, citation: str = "Section 5") -> list[str]:
    from billkit.model import Block, Run, Section

    clause = Section(
        id="c",
        number=1,
        label="",
        heading="",
        title="C",
        body=(Block(runs=(Run("New text under subsection (a)."),), label="(a)"),),
    )
    spec = AmendSpec(citation=citation, current_text=text, after=after, clauses=("c",))
    return format_statute(amend_statute(spec, [clause], state)[1]).split("\n\n")


def test_references_in_any_case_follow_the_divisions_they_name():
    text = (
        "(a) A person may apply.\n(b) The court shall hear the application.\n"
        "(c) The court may order:\n(1) sealing; or\n(2) destruction.\n"
        "(d) Subsection (b) applies to an order under paragraph (2) of subsection (c), and subdivision (c) "
        "to any other; subsections (b) and (c) do not apply to an order under subsection (b) of Section 9."
    )
    out = amended(text, "(a)")
    assert out[1] == "(b) New text under subsection (b)."
    assert out[-1] == (
        "(e) Subsection (c) applies to an order under paragraph (2) of subsection (d), and subdivision (d) "
        "to any other; subsections (c) and (d) do not apply to an order under subsection (b) of Section 9."
    )


def test_a_range_of_divisions_is_renumbered_at_both_ends():
    text = (
        "(a) A person may apply.\n(b) The court shall hear it.\n(c) The court shall decide it.\n"
        "(d) The clerk shall report what was done under subsections (b) through (c), and under "
        "subsections (a) to (b)."
    )
    assert amended(text, "(a)")[-1] == (
        "(e) The clerk shall report what was done under subsections (c) through (d), and under "
        "subsections (a) to (c)."
    )


def test_ohio_divisions_are_renumbered_as_ohio_writes_them():
    text = (
        "(A) A person may apply.\n(B) The court shall hear the application:\n(1) promptly; and\n"
        "(2) in private.\n(C) Division (B)(2) of this section does not apply to a hearing under "
        "division (B)(1) of this section."
    )
    out = amended(text, "(A)", "OH", "section 2953.32 of the Revised Code")
    assert out[1] == "(B) New text under division (B) of this section."
    assert out[-1] == (
        "(D) Division (C)(2) of this section does not apply to a hearing under division (C)(1) of this "
        "section."
    )


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # (i) after (h) is a letter; under a letter with no (h) before it, a roman numeral.
        ("(g) G.\n(h) H.\n(i) I.", ["(g) lower", "(h) lower", "(i) lower"]),
        ("(a) A:\n(i) one;\n(ii) two.", ["(a) lower", "  (i) roman", "  (ii) roman"]),
        (
            "(A) A:\n(1) one:\n(a) x;\n(i) y.",
            ["(A) upper", "  (1) arabic", "    (a) lower", "      (i) roman"],
        ),
        (
            "1. One:\n(a) x.\n1-a. Inserted.\n2. Two.",
            ["1. number", "  (a) lower", "1-a. number", "2. number"],
        ),
        (
            "Subdivision 1. One.\nSubd. 2. Two:\n(1) x.",
            ["Subdivision 1. subd", "Subd. 2. subd", "  (1) arabic"],
        ),
        # A label inside a citation is not a division: "RCW 46.61.504 (6)".
        ("(1) A class C felony under RCW 46.61.504 (6) is not eligible.", ["(1) arabic"]),
    ],
)
def test_labels_are_read_from_their_neighbours(text, labels):
    statute = parse_statute(text)
    assert [f"{'  ' * d.level}{d.label} {d.kind}" for d in statute.walk()] == labels


def test_inserting_after_a_division_the_statute_lacks_is_refused_with_what_it_has():
    with pytest.raises(SpecError, match=r"after = '\(x\)': the statute has no such division") as caught:
        amended(CURRENT, "(x)")
    assert "(a), (b), (c)" in caught.value.hint


# The bill around an amendment


def amending_bill(library, state: str, citation: str, current: str = CURRENT, **spec):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    amend = AmendSpec(citation=citation, current_text=current, clauses=("record-access",))
    return build_bill(BillSpec(state=state, clauses=("short-title",), amend=(amend,), **spec), library)


def test_the_long_title_names_the_sections_amended(library):
    ca = amending_bill(library, "CA", "Section 1203.425 of the Penal Code")
    assert ca.long_title.startswith(
        "An act [to add Sections ___ to, and] to amend Section 1203.425 of[,] the"
    )
    assert "Section ___" not in ca.long_title
    oh = amending_bill(library, "OH", "section 2953.36 of the Revised Code")
    assert oh.long_title.startswith("To amend section 2953.36 of the Revised Code with respect to record")
    wa = amending_bill(library, "WA", "RCW 9.96.060")
    assert "; amending RCW 9.96.060; [adding a new section" in wa.long_title
    ny = amending_bill(library, "NY", "section 160.59 of the criminal procedure law")
    assert ny.long_title.startswith("AN ACT to amend the criminal procedure law, in relation to")
    generic = amending_bill(library, None, "Section 10 of the Code")
    assert generic.long_title.endswith("; amending Section 10 of the Code.")


def test_a_clause_an_amendment_takes_joins_the_bill_and_is_labelled_as_the_statute_labels(library):
    # Ohio's own capital divisions; the statute's scheme, not the state's, decides (CURRENT's
    # lower-case letters would continue as (d)).
    ohio = CURRENT.replace("(a)", "(A)").replace("(b)", "(B)").replace("(c)", "(C)")
    oh = amending_bill(library, "OH", "section 2953.36 of the Revised Code", ohio)
    amend = next(s for s in oh.sections if s.id.startswith("amend-"))
    texts = [b.text for b in amend.body]
    assert texts[0] == "Sec. 2953.36."  # the section's number on a line of its own, as Ohio prints it
    assert texts[4].startswith("(D) Any individual who has received a sealing or expungement may access")
    assert texts[5].startswith("(E) Division (D) of this section reaches the records of the individual’s own")
    assert any("a copy given under division (F) of this section" in text for text in texts)
    assert not any("subsection (" in text for text in texts[4:])


def test_the_amendment_note_starts_each_sentence_with_a_capital(library):
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    bare = AmendSpec(citation="Section 5 of the Code", current_text=CURRENT)
    bill = build_bill(BillSpec(clauses=("short-title",), amend=(bare,)), library)
    note = bill.sections[-1].legislative_note.texts[0]
    assert note == (
        "This section amends Section 5 of the Code rather than adding a new section. Check the current "
        "text against the official code before filing."
    )


def test_draft_keeps_the_marks_in_a_clean_copy_and_drops_them_only_when_asked(tmp_path):
    from typer.testing import CliRunner

    from billkit.cli import app

    (tmp_path / "current.txt").write_text(CURRENT)
    (tmp_path / "bill.toml").write_text(
        'clauses = ["short-title"]\n[[amend]]\ncitation = "Section 5 of the Code"\n'
        'current = "current.txt"\nclauses = ["record-access"]\n'
    )
    runner = CliRunner()
    for options, marked in (([], True), (["--clean"], True), (["--clean", "--plain-amendments"], False)):
        out = tmp_path / ("out" + "".join(options))
        result = runner.invoke(
            app, ["draft", str(tmp_path / "bill.toml"), "-f", "html", "-o", str(out), *options]
        )
        assert result.exit_code == 0, result.output
        html = (out / "model-bill.html").read_text()
        assert ("<ins>" in html) is marked, options
        assert "AMENDMENT OF SECTION 5 OF THE CODE.</h2> Section 5 of the Code is amended" in html


def test_an_amend_entry_without_its_current_text_names_the_key_a_user_writes(tmp_path):
    from billkit.spec import load_spec

    (tmp_path / "bill.toml").write_text('[[amend]]\ncitation = "Section 5"\nclauses = ["record-access"]\n')
    with pytest.raises(SpecError, match=r"key 'amend\.0\.current': missing, and it is required\."):
        load_spec(tmp_path / "bill.toml")


def test_a_statute_without_labels_takes_the_first_label_of_its_state(library):
    bill = amending_bill(library, "OH", "section 2953.36 of the Revised Code", "A person may apply.")
    amend = next(s for s in bill.sections if s.id.startswith("amend-"))
    assert [b.text[:3] for b in amend.body][1:3] == ["A p", "(A)"]


def test_after_without_clauses_to_place_is_refused(tmp_path):
    from billkit.spec import load_spec

    (tmp_path / "now.txt").write_text(CURRENT)
    (tmp_path / "bill.toml").write_text(
        '[[amend]]\ncitation = "Section 5"\ncurrent = "now.txt"\nafter = "(b)"\n'
    )
    with pytest.raises(
        SpecError, match=r"key 'amend\.0': 'after' places the clauses' text, so it needs 'clauses'"
    ):
        load_spec(tmp_path / "bill.toml")


@pytest.mark.parametrize(
    ("state", "text", "after", "expected"),
    [
        (
            "MN",
            "Subdivision 1. Scope. A person may petition.\nSubd. 2. Records. Records under subdivision 3 of "
            "this section and section 299C.11, subdivision 3, are sealed.\nSubd. 3. Notice. Notice is given.",
            "subdivision 1",
            "Subd. 3. Records. Records under subdivision 4 of this section and section 299C.11, "
            "subdivision 3, are sealed.",
        ),
        (
            "NY",
            "1. A person may apply.\n2. An application is heard.\n3. Subdivision two applies; "
            "subdivision two of section 40.10 of this chapter does not.",
            "1",
            "3. An application is heard.",
        ),
    ],
)
def test_numbered_subdivisions_are_renumbered_in_figures_or_words(state, text, after, expected):
    out = amended(text, after, state, citation="Section 609A.02")
    assert out[2] == expected
    if state == "NY":
        assert (
            out[3]
            == "4. Subdivision three applies; subdivision two of section 40.10 of this chapter does not."
        )
    assert out[1].startswith(("Subd. 2. New text under subdivision 2", "2. New text under subdivision two"))


def test_an_inserted_label_keeps_its_suffix_when_the_divisions_before_it_move_on():
    out = amended("1. One.\n1-a. Inserted earlier.\n2. Two.", "1", "NY")
    assert [p.split(" ")[0] for p in out] == ["1.", "2.", "2-a.", "3."]


def test_the_guidance_sentence_placed_in_a_statute_is_said_there_not_sent_elsewhere(library):
    """Put into an existing section, court-jurisdiction's last provision is the sentence itself, and
    the long title names that section alone."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    ohio = CURRENT.replace("(a)", "(A)").replace("(b)", "(B)").replace("(c)", "(C)")
    amend = AmendSpec(
        citation="section 2953.36 of the Revised Code", current_text=ohio, clauses=("court-jurisdiction",)
    )
    bill = build_bill(BillSpec(state="OH", clauses=("short-title",), amend=(amend,)), library)
    section = next(s for s in bill.sections if s.id.startswith("amend-"))
    texts = [b.text for b in section.body]
    assert texts[-1].startswith("(G) A sealing or expungement performed pursuant to this section")
    moot = "(E) A proceeding described in division (D) of this section is not moot"
    assert any(t.startswith(moot) for t in texts)
    assert not any("The following sentence is added" in t for t in texts)
    assert bill.long_title.startswith("To amend section 2953.36 of the Revised Code")


def test_a_state_draft_never_amends_a_section_by_adding_a_sentence_to_it_unless_asked(library):
    """Review item 18: "the following sentence is added at the end of § 2953.32" amends a section
    without setting it out in full (Ohio Const. art. II, § 15(D) and other states' like rules). A
    state draft leaves the instruction out and says how to place the sentence, and refuses a named
    statute with a hint to set it out with [[amend]]."""
    from billkit.build import build_bill
    from billkit.spec import BillSpec

    clauses = ("short-title", "court-jurisdiction")
    unplaced = build_bill(BillSpec(state="OH", clauses=clauses), library)
    section = unplaced.section("court-jurisdiction")
    assert not any("The following sentence" in b.text for s in unplaced.sections for b in s.body)
    assert [b.label for b in section.body] == ["(A)", "(B)", "(C)"]
    assert section.body[0].text.startswith("The court in which a conviction was entered or, if that court")
    assert "This division applies" in section.body[0].text
    assert "amend section" not in unplaced.long_title
    note = " ".join(section.legislative_note.texts)
    assert "amendment by reference" in note and "Ohio Rev. Code Ann. § 2953.32" in note
    named = "section 2953.32 of the Revised Code"
    asked = BillSpec(state="OH", clauses=clauses, params={"court-jurisdiction": {"relief_statute": named}})
    with pytest.raises(ParameterError, match="by reference") as refused:
        build_bill(asked, library)
    assert "[[amend]]" in refused.value.hint
    # The model bill, a template for any state, keeps the instruction and its bracket.
    model = build_bill(BillSpec(clauses=clauses), library).section("court-jurisdiction")
    assert model.body[-1].text.startswith("The following sentence is added at the end of [insert citation")


def test_a_new_section_of_ohios_code_is_labelled_and_cross_referenced_as_the_code_does():
    from billkit.build.in_code import in_code_scheme
    from billkit.model import Block, Run

    body = (
        Block((Run("A person may move the court."),), "(a)"),
        Block(
            (Run("A motion under subsection (a) is decided under § 2943.031(E) and Section 4(b)."),),
            "(b)",
            children=(
                Block((Run("as paragraph (2) requires;"),), "(1)", 1),
                Block((Run("notice."),), "(2)", 1),
            ),
        ),
    )
    relabelled, reword = in_code_scheme(body, "OH")
    assert [b.label for b in relabelled] == ["(A)", "(B)"]
    assert [c.label for c in relabelled[1].children] == ["(1)", "(2)"]
    text = relabelled[1].text
    assert text.startswith("A motion under division (A) of this section is decided")
    assert "§ 2943.031(E) and Section 4(b)" in text  # other laws' divisions keep their own words
    assert reword("Subsection (b) says so.") == "Division (B) of this section says so."
    assert (
        reword("subsection (a) of section [B] of the Revised Code")
        == "division (A) of section [B] of the Revised Code"
    )
    plain = (Block((Run("This act takes effect."),)),)
    assert in_code_scheme(plain, "OH")[0] == plain  # unlabelled text stays as it is


def test_a_clause_placed_after_division_h_of_an_ohio_section_speaks_of_division_i(library):
    """The legal read of 2026-11-30: placed after (A)-(H) of R.C. 2953.36, court-jurisdiction's
    references read "division (I) of this section", not "subclause (I)" (the roman reading of "(I)"),
    and its "This subsection applies" reads "This division applies"."""
    from pathlib import Path

    from billkit.build import build_bill
    from billkit.spec import BillSpec

    source = Path(__file__).parent / "corpus" / "statutes" / "oh-rc-2953.36.txt"
    current = source.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    amend = AmendSpec(
        citation="section 2953.36 of the Revised Code", current_text=current, clauses=("court-jurisdiction",)
    )
    bill = build_bill(BillSpec(state="OH", clauses=("short-title",), amend=(amend,)), library)
    text = " ".join(b.text for s in bill.sections if s.id.startswith("amend-") for b in s.body)
    assert "described in division (I) of this section" in text and "subclause" not in text
    assert "This division applies" in text and "This subsection" not in text


def test_a_new_texas_article_speaks_of_itself_as_an_article_but_quotes_stay_as_written():
    """Texas's Code of Criminal Procedure is made of articles: a new one says "this article", except
    where a note quotes words ("… performed pursuant to this section")."""
    from billkit.build.in_code import in_code_scheme
    from billkit.model import Block, Run

    body = (Block(label="(a)", runs=(Run("This section applies to relief granted before this act."),)),)
    relabelled, reword = in_code_scheme(body, "TX", "article")
    assert relabelled[0].runs[0].text == "This article applies to relief granted before this act."
    quoted = "so there “an expungement performed pursuant to this section” would name nothing in this section"
    assert reword(quoted) == (
        "so there “an expungement performed pursuant to this section” would name nothing in this article"
    )
