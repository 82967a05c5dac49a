"""Jurisdiction data, and a bill in every jurisdiction's own form."""

from __future__ import annotations

import io
import re

import docx
import pytest
from pypdf import PdfReader

from billkit.build import build_bill
from billkit.build.numbering import section_label
from billkit.errors import UnknownNameError
from billkit.load.jurisdiction import all_jurisdiction_codes, get_jurisdiction, get_record
from billkit.load.library import load_jurisdictions
from billkit.load.schema import JurisdictionFacts
from billkit.spec import BillSpec
from billkit.write.batch import draft_many

from support import made_in_shards, made_once, squash

STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()

CIRCUITS_28_USC_41 = {
    1: "ME MA NH RI PR",
    2: "CT NY VT",
    3: "DE NJ PA VI",
    4: "MD NC SC VA WV",
    5: "LA MS TX",
    6: "KY MI OH TN",
    7: "IL IN WI",
    8: "AR IA MN MO NE ND SD",
    9: "AK AZ CA GU HI ID MT NV OR WA",
    10: "CO KS NM OK UT WY",
    11: "AL FL GA",
    "DC": "DC",
}
"""28 U.S.C. § 41, typed from the statute; the Northern Mariana Islands join Guam's circuit
under the Covenant, 48 U.S.C. § 1801 note, § 401."""

STRONG_SOURCE_CLAUSES = {
    # ../shared/research/legal-facts.md, rows graded strong or strong-copy
    "CA": "The people of the State of California do enact as follows:",
    "PA": "The General Assembly of the Commonwealth of Pennsylvania hereby enacts as follows:",
    "NY": "The People of the State of New York, represented in Senate and Assembly, do enact as follows:",
    "TX": "Be it enacted by the Legislature of the State of Texas:",
    "IL": "Be it enacted by the People of the State of Illinois, represented in the General Assembly:",
    "MD": "Be it enacted by the General Assembly of Maryland:",
}

ALL = all_jurisdiction_codes()
NINTH = set(CIRCUITS_28_USC_41[9].split()) | {"MP"}


def test_every_state_dc_and_puerto_rico_has_a_record():
    assert set(STATES) | {"DC", "PR"} <= set(ALL)
    assert len(STATES) == 50


@pytest.mark.parametrize("code", ALL)
def test_every_fact_is_present_with_a_source_or_marked_unverified(code):
    record = get_record(code)
    for name in JurisdictionFacts.model_fields:
        fact = getattr(record.facts, name)
        if fact.grade == "unverified":
            assert fact.value in (None, "not-verified") and fact.note, (code, name)
        else:
            assert fact.source and fact.source.strip(), (code, name)
    # Sources and notes reach drafters (the sources page, `billkit states --json`): they must name
    # what a reader can look up, never a file of billkit's own research (an address on the web, such
    # as a copy of a code kept on GitHub, may end in ".md").
    text = re.sub(r"https?://[^\s\"]+", "", record.model_dump_json())
    assert not re.search(r"[\w-]+\.md(?!\w|\.\w)|research notes|the brief", text), code


def test_a_state_drafts_sources_page_puts_facts_in_words_and_says_what_each_grade_means(library):
    bill = build_bill(BillSpec(state="OH"), library)
    lines = ["".join(run.text for run in paragraph) for paragraph in bill.sources_note.paragraphs]
    assert "Federal circuit: Sixth Circuit — 28 U.S.C. § 41 (strong-copy)" in lines
    ohio = "Compact status: ratified (2004) — Ohio Rev. Code § 109.571"
    assert any(line.startswith(ohio) for line in lines)
    puerto_rico = build_bill(BillSpec(state="PR"), library).sources_note.paragraphs
    assert any("memorandum of understanding (not ratified)" in run.text for p in puerto_rico for run in p)
    last = lines[-1]
    for grade in ("Strong:", "Strong-copy:", "Secondary:", "Weak:", "Unverified:"):
        assert grade in last


def test_circuits_agree_with_28_usc_41():
    records = load_jurisdictions()
    for circuit, codes in CIRCUITS_28_USC_41.items():
        for code in codes.split():
            assert records[code].facts.circuit.value == circuit, code
    assert records["MP"].facts.circuit.value == 9
    assert records["AS"].facts.circuit.value is None


@pytest.mark.parametrize(("code", "clause"), sorted(STRONG_SOURCE_CLAUSES.items()))
def test_enacting_clauses_match_the_strong_sources(code, clause):
    assert get_record(code).facts.enacting_clause.value == clause


def test_commonwealths_are_styled_so():
    for code in ("KY", "MA", "PA", "VA"):
        assert get_jurisdiction(code).style.startswith("Commonwealth of")
        assert get_jurisdiction(code).this_state == "this Commonwealth"
    assert get_jurisdiction("TX").this_state == "this state"
    assert get_jurisdiction("DC").this_state == "the District"


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("VA", "Virginia"),
        ("WV", "West Virginia"),
        ("VI", "the United States Virgin Islands"),
        ("DC", "the District of Columbia"),
    ],
)
def test_a_name_takes_an_article_only_when_english_gives_it_one(code, said):
    # "Virginia" once began with "Virgin" and drafts said "Drafted for the Virginia" (legal read 7, B-5).
    assert get_jurisdiction(code).the_name == said


@pytest.mark.parametrize("name", ["tx", "TX", "Texas", "  texas ", "TEXAS"])
def test_names_and_codes_are_case_insensitive(name):
    assert get_record(name).code == "TX"


def test_unknown_jurisdiction_suggests_the_closest():
    with pytest.raises(UnknownNameError, match="Did you mean 'Texas'"):
        get_record("Texsa")
    with pytest.raises(UnknownNameError) as caught:
        get_record("Atlantis")
    assert caught.value.hint == "`billkit states` lists the jurisdictions"


def test_compact_status_shapes_the_federal_records_note(library):
    def note(code):
        bill = build_bill(BillSpec(state=code, clauses=("federal-records",)), library)
        return " ".join(bill.section("federal-records").legislative_note.texts)

    assert "Georgia ratified the National Crime Prevention and Privacy Compact" in note("GA")
    assert "in 1999" in note("GA")
    assert "memorandum of understanding" in note("IL")
    assert "could not confirm whether Texas has ratified" in note("TX")


@pytest.mark.parametrize("code", ["IL", "GU"])
def test_the_mou_note_says_what_binds_the_state_and_what_subsection_a_adds(library, code):
    bill = build_bill(BillSpec(state=code, clauses=("federal-records",)), library)
    note = " ".join(bill.section("federal-records").legislative_note.texts)
    assert "memorandum of understanding with the Compact Council" in note
    assert "follows the Council’s rules" in note
    assert "take part in the FBI’s Interstate Identification Index, whether or not" in note
    assert "28 C.F.R. § 20.37" in note
    assert "Subsection (a) adds a specific duty" in note and "within a set number of days" in note
    # The review's finding: the old note said the Compact's duties "do not bind" the state and that
    # nothing in federal law makes its relief reach the Index.
    assert not re.search(r"do(es)? not bind|nothing in federal law", note, re.IGNORECASE)


@pytest.mark.parametrize("code", ALL)
def test_every_compact_note_says_what_subsection_a_adds_and_has_no_stray_comma(code):
    note = get_jurisdiction(code).compact_note
    assert "40311–40316, (" not in note and ",," not in note and " ," not in note
    assert "Subsection (a) adds" in note and "Interstate Identification Index" in note
    assert note[0].isupper() or note.startswith("billkit"), note[:40]


def test_a_ratified_state_without_a_year_has_no_stray_comma():
    note = get_jurisdiction("DE").compact_note
    compact = "National Crime Prevention and Privacy Compact, 34 U.S.C. §§ 40311–40316"
    assert f"Delaware ratified the {compact} (source:" in note


def test_washington_and_ohio_compact_facts_after_the_review():
    washington = get_record("WA").facts.compact
    assert washington.value == "not-verified" and washington.grade == "unverified"
    assert "43.43.8325" in washington.note and "6719" in washington.note and "6714" in washington.note
    assert "could not confirm whether Washington" in get_jurisdiction("WA").compact_note
    ohio = get_record("OH").facts.compact
    assert ohio.value == "ratified" and ohio.year == 2004 and "§ 109.571" in ohio.source
    assert "Apr. 7, 2004" in ohio.source and "January 7, 2004" in ohio.note


def test_unverified_facts_show_as_drafter_notes_and_clean_copies_keep_the_text(library):
    guam = build_bill(BillSpec(state="GU"), library)
    assert guam.enacting_clause == "[insert the enacting clause of Guam]"
    assert any(n.startswith("[Verify: the enacting clause of Guam") for n in guam.drafter_notes)
    clean = build_bill(BillSpec(state="GU", clean=True), library)
    assert clean.drafter_notes == () and clean.enacting_clause == guam.enacting_clause


def test_state_forms_follow_the_research(library):
    ca = build_bill(BillSpec(state="CA"), library)
    assert [s.label for s in ca.sections[:3]] == ["SECTION 1.", "SEC. 2.", "SEC. 3."]
    assert ca.long_title.startswith("An act [to add Sections ___ to, and to amend Section ___ of,")
    assert ca.sections[0].heading == "" and not ca.show_act_title
    ny = build_bill(BillSpec(state="NY"), library)
    assert [s.label for s in ny.sections[:2]] == ["Section 1.", "§ 2."]
    assert ny.long_title.startswith("AN ACT [to amend the criminal procedure law,] in relation to")
    tx = build_bill(BillSpec(state="TX"), library)
    assert tx.caption == ("A BILL TO BE ENTITLED", "AN ACT") and tx.long_title.startswith("relating to")
    assert tx.enacting_caps
    wa = build_bill(BillSpec(state="WA"), library)
    # a section that adds law is marked "NEW SECTION." (House Bill 2461 of 2016); one that amends is not
    assert wa.sections[1].label == "NEW SECTION. Sec. 2." and wa.long_title.startswith("AN ACT Relating to")
    assert section_label(get_jurisdiction("WA"), 7, amends=True) == "Sec. 7."
    me = build_bill(BillSpec(state="ME"), library)
    assert me.sections[1].label == "SECTION 2." and me.sections[1].heading == "LEGISLATIVE FINDINGS."


def _all_text(bill) -> str:
    parts = [bill.long_title, *bill.caption]
    for section in bill.sections:
        parts += [run.text for run in section.lead]
        parts += [block.text for top in section.body for block in top.walk()]
        parts += list(section.legislative_note.texts) if section.legislative_note else []
    return " ".join(parts)


def test_long_titles_bracket_the_codification_a_freestanding_act_leaves_out(library):
    # Review S12: the body is a freestanding act, so the words claiming a code section are optional.
    # A code section the bill amends ([[amend]]) is not optional: see test_amend.py.
    ca = build_bill(BillSpec(state="CA"), library).long_title
    assert re.fullmatch(r"An act \[to add Sections ___ to, [^\]]*Penal Code,\] relating to .+\.", ca)
    assert re.sub(r"\[[^\]]*\] ", "", ca).startswith("An act relating to record clearance")
    ny = build_bill(BillSpec(state="NY"), library).long_title
    assert re.sub(r"\[[^\]]*\] ", "", ny).startswith("AN ACT in relation to record clearance")


def test_texas_says_this_act_with_a_capital_and_cites_its_sections_so(library):
    bill = build_bill(BillSpec(state="TX"), library)
    assert get_jurisdiction("TX").act_word == "Act"
    text = _all_text(bill)
    assert "This Act may be cited as" in text and "This Act takes effect" in text
    assert not re.search(r"\b[Tt]his act\b", text)
    # the new law is a chapter of the Code of Criminal Procedure, its articles cited by number alone
    lead = "".join(run.text for run in bill.sections[0].lead)
    assert lead.startswith("Title 1, Code of Criminal Procedure, is amended by adding Chapter")
    assert "Article [B]" in text and "In this chapter:" in text
    assert "An order of vacatur is not an order of expunction or nondisclosure." in text
    # Into a subsection of another new article, in the code's words (the carve-out is printed only
    # where the relief term is the guidance's own "expungement").
    expungement = _all_text(build_bill(BillSpec(state="TX", relief_term="expungement"), library))
    assert "In Subsection (a) of Article [B], the term also includes an order of vacatur" in expungement
    # Texas numbers a definitions article's terms as subdivisions ("In this chapter: (1) ..."; Tex. Gov't Code
    # § 311.006), its other articles' provisions as subsections (legal read 2026-12-04, 11)
    definitions = bill.section("definitions")
    assert [b.label for b in definitions.body][:3] == ["(1)", "(2)", "(3)"]
    assert bill.section("vacatur-for-cause").body[0].label == "(a)"
    assert not re.search(r"Section \d+ of this Act", text)


@pytest.mark.parametrize(
    ("code", "whole", "unit"),
    [
        ("OH", "sections [A] to [G] of the Revised Code", "section"),
        ("TX", "this chapter", "article"),
        ("VA", "this chapter", "section"),
    ],
)
def test_a_new_code_section_never_speaks_of_this_act(library, code, whole, unit):
    """Once codified, "this act" names nothing: a new section names the law the bill adds by the code's
    words for it, and dates itself by its own effective date; the uncodified sections keep "this act"."""
    bill = build_bill(BillSpec(state=code), library)
    labels = ("Sec. [", "Art. [", "§ [")
    codified = [s for s in bill.sections if s.id != "enact" and s.label.startswith(labels)]
    assert len(codified) == 7
    for section in codified:
        text = " ".join(
            [run.text for run in section.lead] + [b.text for top in section.body for b in top.walk()]
        )
        assert not re.search(r"\b[Tt]his [Aa]ct\b", text), section.id
    definitions = " ".join(b.text for top in bill.section("definitions").body for b in top.walk())
    # the relief is the state's, granted under its own law: the act grants none (legal read 9, C-3)
    assert "that expunges, seals, sets aside" in definitions
    assert f"or {whole}, that expunges" not in definitions
    dated = " ".join(b.text for top in bill.section("court-jurisdiction").body for b in top.walk())
    assert f"before, on, or after the effective date of this {unit}," in dated
    assert "This subsection applies" in dated or "This division applies" in dated
    report = " ".join(b.text for top in bill.section("federal-records").body for b in top.walk())
    ranges = {
        "OH": "divisions (A) through (C) of this section.",
        "TX": "Subsections (a) through (c).",
        "VA": "subsections (a) through (c).",
    }
    assert f"what has been done under {ranges[code]}" in report
    severability = " ".join(b.text for top in bill.section("severability").body for b in top.walk())
    assert f"any provision of this {get_jurisdiction(code).act_word}," in severability


def test_new_york_cites_its_sections_in_words(library):
    bill = build_bill(BillSpec(state="NY"), library)
    number = bill.section("vacatur-for-cause").number
    assert number == 4
    text = _all_text(bill)
    assert "under section four of this act" in text and "This act may be cited as" in text
    assert not re.search(r"\b[Ss]ection 4\b", text)


def test_ohio_bill_form(library):
    bill = build_bill(BillSpec(state="OH"), library)
    assert bill.caption == ("A BILL",) and not bill.show_act_title
    assert bill.long_title.startswith(
        "To enact sections [A], [B], [C], [D], [E], [F], and [G] of the Revised Code with respect to"
    )
    alone = build_bill(BillSpec(state="OH", without=("court-jurisdiction",)), library)
    assert alone.long_title.startswith(
        "To enact sections [A], [B], [C], [D], [E], and [F] of the Revised Code"
    )
    one = build_bill(BillSpec(state="OH", clauses=("short-title", "record-access")), library)
    assert one.long_title.startswith("To enact section [A] of the Revised Code with respect to record")
    assert bill.enacting_clause == "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF OHIO:"
    # Section 1 enacts the new code sections, each under its bracketed key; the uncodified
    # sections (short title, findings, severability, effective date) follow as Section 2, 3, ...
    labels = [s.label for s in bill.sections]
    codified = [s.id for s in bill.sections if s.label.startswith("Sec. [")]
    assert labels[0] == "Section 1." and bill.sections[0].id == "enact"
    assert labels[1:3] == ["Sec. [A].", "Sec. [B]."] and codified[:2] == ["definitions", "vacatur-for-cause"]
    assert bill.section("short-title").label == "Section 2."
    assert bill.section("findings").label == "Section 3."
    listed = "That sections [A], [B], [C], [D], [E], [F], and [G] of the Revised Code be enacted"
    assert bill.sections[0].lead[0].text.startswith(listed) and len(codified) == 7
    assert all(s.heading == "" for s in bill.sections)
    text = _all_text(bill)
    expungement = _all_text(build_bill(BillSpec(state="OH", relief_term="expungement"), library))
    assert "In division (A) of section [B] of the Revised Code, the term also includes" in expungement
    assert "The presumption in division (A) of this section applies" in text  # the code's own words
    assert not re.search(r"\bSection [4-9]\b", text)  # no reference to a numbering it does not print
    # A packet or a proposal reuses the sections unwrapped, with their own numbers.
    plain = build_bill(BillSpec(state="OH"), library, reference="Section {n}")
    assert "enact" not in [s.id for s in plain.sections] and plain.sections[0].label == "Section 1."
    form = get_record("OH").form
    assert form.amend_lead == "That {{ citation }} be amended to read as follows:"
    assert "Legislative Service Commission" in form.source
    assert "archives.legislature.state.oh.us" in form.source


def test_a_generic_or_formless_bill_keeps_the_ulc_words(library):
    assert get_jurisdiction("ME").form is None and get_jurisdiction("ME").act_word == "act"
    for state in (None, "ME"):
        text = _all_text(build_bill(BillSpec(state=state), library))
        assert (
            "applies on a motion under Section 4 by a moving party" in text
            and "Section 4 of this" not in text
        )


def test_a_caller_s_reference_form_wins_over_the_jurisdiction_s(library):
    bill = build_bill(BillSpec(state="TX"), library, reference="[see {n}/{words}]")
    assert "[see 4/four]" in _all_text(bill)


@pytest.mark.parametrize("pattern", ["Section {num}", "Section {}", "Section {n", "Section 4"])
def test_a_reference_pattern_must_use_n_or_words(pattern):
    from pydantic import ValidationError

    from billkit.load.schema import BillForm

    with pytest.raises(ValidationError):
        BillForm(name="X", source="s", long_title="t", reference=pattern)


SHARDS = 2
"""The 56 bills are drafted in this many parts, each by one pytest-xdist worker in one process
(tests/support.py, ``made_in_shards``): a worker never waits idle for the other's drafts, and the
machine's cores are not asked for more processes than they have."""
WHOLE = ("CA", "TX", "CO")
"""The bills whose annotated PDF is read whole (one in the Ninth Circuit, two outside it, two with a
capitalised enacting clause)."""


@pytest.fixture(scope="module")
def batch(tmp_path_factory, library):
    # Each jurisdiction's annotated bill as a DOCX, read whole below, and its clean copy as a PDF, where the
    # enacting clause is looked for: a clean PDF is about a third of the pages and of the time to lay out.
    def draft_shard(folder, shard):
        for spec in (BillSpec(formats=("docx",)), BillSpec(formats=("pdf",), clean=True)):
            report = draft_many(spec, ALL[shard::SHARDS], folder, library, workers=1)
            assert not report.failed, report.failed

    # every file each part wrote, seen in one folder (a stray file in either part shows there too)
    seen = tmp_path_factory.mktemp("all-jurisdictions")
    for folder in made_in_shards(tmp_path_factory, "all-jurisdictions", SHARDS, draft_shard):
        for path in folder.iterdir():
            (seen / path.name).symlink_to(path)
    return seen


@pytest.fixture(scope="module")
def annotated_pdfs(tmp_path_factory, library):
    def draft(folder):
        report = draft_many(BillSpec(formats=("pdf",)), WHOLE, folder, library, workers=1)
        assert not report.failed, report.failed

    return made_once(tmp_path_factory, "annotated-pdfs", draft)


def _docx_text(path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _pdf_reaches(path, words: str) -> bool:
    """Whether the PDF shows ``words``, reading page by page (pages run together, as a sentence can cross
    a page) and stopping where they are found: pypdf takes about a tenth of a second a page, and the
    enacting clause comes a few pages in, after the prefatory note."""
    text = ""
    for page in PdfReader(str(path)).pages:
        text = f"{text} {squash(page.extract_text())}"
        if words in text:
            return True
    return False


FINDING = "In immigration proceedings held within the Ninth Circuit, wherever the conviction was entered"
HEARD_HERE = "fall within the Ninth Circuit, so the rule can matter to people whose cases are heard here"


def _says_where_the_ninth_circuit_rule_applies(words: str, code: str) -> None:
    # The finding on the Ninth Circuit's rule is law only where immigration cases are heard in that
    # circuit; the prefatory note explains the rule everywhere, keyed to where a case is heard.
    assert (FINDING in words) == (code in NINTH), code
    assert "Lujan-Armendariz" in words and "depends on where the immigration case is heard" in words
    assert (HEARD_HERE in words) == (code in NINTH), code


@pytest.mark.parametrize("code", ALL)
@pytest.mark.slow
def test_every_jurisdiction_drafts_with_its_enacting_clause_and_circuit(batch, code):
    jurisdiction = get_jurisdiction(code)
    docx_path = batch / f"{code.lower()}-model-bill.docx"
    document = docx.Document(str(docx_path))
    enacting = [p for p in document.paragraphs if p.style.name == "Enacting Clause"]
    assert [p.text for p in enacting] == [jurisdiction.enacting_clause]
    expected = squash(jurisdiction.enacting_clause)
    if get_record(code).form and get_record(code).form.enacting_caps:
        expected = expected.upper()
    assert _pdf_reaches(batch / f"{code.lower()}-model-bill.pdf", expected)
    text = _docx_text(docx_path)
    _says_where_the_ninth_circuit_rule_applies(squash(text), code)
    for bracket in ("[State]", "[state]", "[Legislature]", "[act]"):
        assert bracket not in text, (code, bracket)
    record = get_record(code)
    assert ("[the central repository]" in text) == (not record.facts.central_repository.value)
    assert jurisdiction.name in text


@pytest.mark.parametrize("code", WHOLE)
@pytest.mark.slow
def test_a_whole_pdf_says_what_its_docx_says_about_the_ninth_circuit(annotated_pdfs, code):
    # Every bill's DOCX is read whole above; the PDF comes from the same document, so three annotated
    # bills are read whole as PDFs too.
    _says_where_the_ninth_circuit_rule_applies(
        squash(_pdf_text(annotated_pdfs / f"{code.lower()}-model-bill.pdf")), code
    )


@pytest.mark.slow
def test_batch_writes_exactly_one_docx_and_pdf_per_jurisdiction(batch):
    names = sorted(p.name for p in batch.iterdir())
    assert names == sorted(f"{c.lower()}-model-bill.{ext}" for c in ALL for ext in ("docx", "pdf"))


@pytest.mark.slow
def test_pdf_of_a_state_bill_declares_its_title(batch):
    reader = PdfReader(io.BytesIO((batch / "tx-model-bill.pdf").read_bytes()))
    assert reader.metadata.title == "Immigrant-Safe Record Clearance Act"


def test_a_state_long_title_claims_no_amendment_the_bill_does_not_make(library):
    """The legal read of 2026-11-30: with the continuing-jurisdiction section adding nothing to a
    clearance statute in a state draft, no long title may still say it amends one."""
    indiana = build_bill(BillSpec(state="IN"), library).long_title
    assert "amending" not in indiana and "35-38-9" not in indiana


@pytest.mark.parametrize(
    ("state", "statutes"),
    [
        # automatic and arrest relief, the same dismissal for other sentences (legal read 13, B-3) and
        # deferred entry of judgment (legal read 14, B-2), in the code's order (1203.4a before 1203.41),
        # then another code's section: Proposition 64's dismissal and sealing
        (
            "CA",
            "Section 851.93, 1000.4, 1203.4, 1203.4a, 1203.41, 1203.42, or 1203.425 of the Penal Code "
            "or Section 11361.8 of the Health and Safety Code",
        ),
        ("OH", "section 2953.32 or 2953.33 of the Revised Code"),  # no conviction
        # favorable end, noncriminal offense, drug diversion
        ("NY", "section 160.50, 160.55, 160.57, 160.58, or 160.59 of the criminal procedure law"),
        ("WA", "RCW 9.94A.640, 9.95.240, or 9.96.060"),  # pre-Sentencing Reform Act dismissal
        # court-ordered and automatic sealing beside expunction, in decimal order and Florida's "ss."
        ("FL", "ss. 943.0585, 943.059, or 943.0595"),
    ],
)
def test_the_definition_reaches_automatic_and_non_conviction_relief(library, state, statutes):
    bill = build_bill(BillSpec(state=state, clauses=("short-title", "definitions")), library)
    text = " ".join(b.text for s in bill.sections for top in s.body for b in top.walk())
    assert f"under {statutes}[, or any other law of this state" in text


# What marks a quote as someone's description of a law rather than its words, and a citation that
# names a description (the quote audit of 2026-11-30: a case summary, a clearinghouse sentence, a
# catchline and a court's description were printed as statutes' own words).
_DESCRIBED = re.compile(r"\b(?:S\.B\.|H\.B\.|N\.J\.S\.A\.|the statute|under these laws|Under [A-Z]\w+ law)\b")
_DESCRIBED_CITATION = re.compile(
    r"\((?:as (?:described|summari[sz]ed|recited)|heading only|[^)]*\b(?:news|summary)\b)[^)]*\)", re.I
)


@pytest.mark.parametrize("code", ALL)
def test_a_quoted_provision_is_quoted_in_its_own_words(code):
    """A note prints a contrary provision's quote as what the law "reads"; a description of the law
    goes in the entry's ``why``, in billkit's words, with the quote left out."""
    for practice, law in get_record(code).practices.items():
        for entry in (*law.contrary, *law.notes):
            assert not _DESCRIBED_CITATION.search(entry.citation), (code, practice, entry.citation)
            if entry.quote:
                assert not _DESCRIBED.search(entry.quote), (code, practice, entry.citation)


def test_washington_says_where_its_new_sections_are_codified(library):
    """Washington bills place their new sections in the code in a section of their own ("Sections 1
    through 3 of this act constitute a new chapter in Title 70A RCW.") and say so in the title; the
    short title, findings and the other session-law sections are left out of the list."""
    wa = build_bill(BillSpec(state="WA"), library)
    codify = wa.section("codify")
    codified = [
        s.number for s in wa.sections if s.id in {c.id for c in library.clauses.values() if c.codified}
    ]
    assert codify.number == codified[-1] + 1 and codify.label == f"NEW SECTION. Sec. {codify.number}."
    text = "".join(run.text for run in codify.lead)
    listed = f"Sections {codified[0]} through {codified[-1]} of this act"
    assert text == f"{listed} constitute a new chapter in Title [__] RCW."
    assert "adding a new chapter to Title [__] RCW" in wa.long_title
    # one codified section; none at all (everything moved into an amendment) prints no such section
    one = build_bill(BillSpec(state="WA", clauses=("short-title", "record-access")), library)
    assert "".join(r.text for r in one.section("codify").lead).startswith("Section 2 of this act constitutes")
    assert all(
        s.id != "codify" for s in build_bill(BillSpec(state="WA", clauses=("short-title",)), library).sections
    )


def test_virginia_adds_its_sections_to_the_code_under_catchlines(library):
    # Virginia bills add Code sections in one enactment and print each under its number and a
    # catchline in sentence case (H.B. 1309 (2016); S.B. 1339 (2021), lis.virginia.gov).
    bill = build_bill(BillSpec(state="VA"), library)
    assert bill.long_title.startswith(
        "A BILL to amend the Code of Virginia by adding in Chapter [___] of Title 19.2 sections numbered [A],"
    )
    enact = bill.section("enact")
    assert enact.label == "1." and not enact.heading
    lead = " ".join(run.text for run in enact.lead)
    assert lead.startswith("That the Code of Virginia is amended by adding in Chapter [___] of Title 19.2")
    relief = bill.section("vacatur-for-cause")
    assert relief.label.startswith("§ [") and relief.heading.startswith("Relief for legal error")
    assert not bill.section("findings").heading  # the act's own sections keep Virginia's bare numbers
