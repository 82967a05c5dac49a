"""Each state's own law lands where it belongs in that state's draft (issue 13).

For each state below, written out by hand from the state's record and its research notes: the
definitions speak the state's word for the relief and cite its clearance statute; the section
carrying one practice the state already gives, in full or in part, cites that law in its
Legislative Note; and the section a contrary provision works against quotes or names the
provision it must override. The expectations are the legal facts, not the code's output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from billkit.build import build_bill
from billkit.load.jurisdiction import resolve
from billkit.render import render
from billkit.spec import BillSpec

from support import docx_paragraphs


@dataclass(frozen=True)
class Expected:
    state: str
    term: str
    """How the definition opens: “Sealing” means ..."""
    statutes: tuple[str, ...]
    protection: tuple[str, str] | None
    """(practice, citation) of law the state already has."""
    conflict: tuple[str, str] | None
    """(practice, citation) of a provision that works against the practice."""


STATES = (
    Expected(
        "OH", "Sealing or expungement", ("Ohio Rev. Code Ann. § 2953.32",),
        ("vacatur-for-cause", "Ohio Rev. Code Ann. § 2943.031(D)"), None,
    ),
    Expected(
        # California's own word, "dismissal", is the act's ordinary word for dismissing a charge
        # (legal read 13, A-8): the draft defines "expungement" and its note names the statute's word
        "CA", "Expungement", ("Cal. Penal Code § 1203.4",),
        ("vacatur-for-cause", "Cal. Penal Code § 1473.7(a)(1)"),
        ("rebuttable-presumption", "Cal. Penal Code § 1016.5(c)"),
    ),
    Expected(
        "IN", "Expungement", ("Ind. Code ch. 35-38-9",),
        None,  # Indiana gives none of the six; its record-access law works against the practice
        ("record-access", "Ind. Code § 35-38-9-6(a)(1)"),
    ),
    Expected(
        "TX", "Order of expunction or nondisclosure",
        ("Tex. Gov't Code Ann. §§ 411.071–.0775", "Tex. Code Crim. Proc. Ann. ch. 55A"),
        ("court-jurisdiction", "Tex. Code Crim. Proc. Ann. art. 11.072, § 2(b)"),
        ("federal-records", "Tex. Gov't Code Ann. § 752.053 (S.B. 4, 85th Leg., 2017)"),
    ),
    Expected(
        "NY", "Sealing", ("N.Y. Crim. Proc. Law § 160.59", "N.Y. Crim. Proc. Law § 160.57"),
        ("vacatur-for-cause", "N.Y. Crim. Proc. Law § 440.10(1)(h), (j)"),
        ("vacatur-for-cause", "N.Y. Crim. Proc. Law § 220.50(7)"),
    ),
    Expected(
        "WA", "Vacation", ("Wash. Rev. Code § 9.94A.640", "Wash. Rev. Code § 9.96.060"),
        ("vacatur-for-cause", "Wash. Rev. Code § 10.40.200(2)"),
        ("federal-records", "Wash. Rev. Code § 9.94A.640"),
    ),
    Expected(
        "IL", "Sealing", ("20 Ill. Comp. Stat. 2630/5.2",),
        ("federal-records", "5 Ill. Comp. Stat. 805"),
        ("court-jurisdiction", "People v. Carrera, 394 Ill. App. 3d 368 (2d Dist. 2009)"),
    ),
    Expected(
        "NC", "Expunction", ("N.C. Gen. Stat. § 15A-145.5",),
        ("record-access", "N.C. Gen. Stat. § 15A-151(2)"),
        ("federal-records", "N.C. Gen. Stat. § 153A-145.5(a)"),
    ),
    Expected(
        "NJ", "Expungement", ("N.J. Stat. Ann. § 2C:52-1 et seq.",),
        ("court-jurisdiction", "N.J. Stat. Ann. § 2C:52-19"),
        ("record-access", "N.J. Stat. Ann. § 2C:52-19"),
    ),
    Expected(
        "MA", "Sealing", ("Mass. Gen. Laws ch. 276, § 100A",),
        ("vacatur-for-cause", "Mass. Gen. Laws ch. 278, § 29D"),
        ("federal-records", "Mass. Gen. Laws ch. 6, § 172(a)(1)"),
    ),
    Expected(
        "FL", "Expunction", ("Fla. Stat. § 943.0585",),
        ("record-access", "Fla. Stat. § 943.059(4)"),
        ("federal-records", "Fla. Stat. ch. 908"),
    ),
    Expected(
        "MI", "Setting aside", ("Mich. Comp. Laws § 780.621",),
        ("record-access", "Mich. Comp. Laws § 780.623"),
        ("federal-records", "Mich. Comp. Laws § 780.623(2)"),
    ),
)  # fmt: skip


def _note(bill, practice: str) -> str:
    section = next(s for s in bill.sections if s.id == practice)
    return " ".join(section.legislative_note.texts)


def _definition(bill, term: str) -> str:
    section = next(s for s in bill.sections if s.id == "definitions")
    texts = [block.text for top in section.body for block in top.walk()]
    return next(t for t in texts if f"“{term}” means" in t)


@pytest.fixture(scope="module")
def drafts(library):
    return {e.state: build_bill(BillSpec(state=e.state), library) for e in STATES}


@pytest.mark.parametrize("expected", STATES, ids=lambda e: e.state)
def test_the_definition_speaks_the_states_word_and_cites_its_statutes(drafts, expected):
    bill = drafts[expected.state]
    definition = _definition(bill, expected.term)
    relief = resolve(expected.state).relief
    in_text = {law.statute: law.in_text or law.statute for law in (relief, *relief.also)}
    for statute in expected.statutes:  # operative text cites as the state's bills do, where billkit knows how
        cite = in_text.get(statute, statute)
        # sections of one code are listed once ("Section 851.93, 1203.4, or 1203.425 of the Penal Code")
        listed = re.match(r"^(?:[Ss]ection|RCW) ([\w.:-]+)(.*)$", cite)
        assert (listed[1] in definition and listed[2] in definition) if listed else cite in definition
    assert bill.meta.relief_term.lower() == expected.term.lower()
    assert expected.statutes[0] in _note(bill, "definitions")


@pytest.mark.parametrize("expected", [e for e in STATES if e.protection], ids=lambda e: e.state)
def test_the_law_a_state_already_has_is_cited_in_that_practices_note(drafts, expected):
    practice, citation = expected.protection
    note = _note(drafts[expected.state], practice)
    assert f"{drafts[expected.state].meta.jurisdiction} today (" in note
    assert citation in note


@pytest.mark.parametrize("expected", [e for e in STATES if e.conflict], ids=lambda e: e.state)
def test_a_provision_working_against_a_practice_is_named_as_one_to_override(drafts, expected):
    practice, citation = expected.conflict
    note = _note(drafts[expected.state], practice)
    if " v. " in citation:  # a decision is answered, never overridden
        assert f"A decision reads the law against this practice: {citation}" in note
        assert f"It must override {citation}" not in note
    else:
        assert f"It must override {citation}" in note


def test_the_states_word_runs_through_the_operative_text(drafts):
    texas = drafts["TX"]
    federal = " ".join(b.text for top in texas.section("federal-records").body for b in top.walk())
    assert "shall disclose a record subject to an order of expunction or nondisclosure" in federal
    assert "subject to an order of expunction or nondisclosure records" not in federal
    ohio = " ".join(b.text for top in drafts["OH"].section("record-access").body for b in top.walk())
    assert (
        "Any individual who has received a sealing or expungement may access information contained"
        " in sealed or expunged records"
    ) in ohio


def test_washington_keeps_its_word_and_says_it_is_not_a_vacatur_for_legal_error(drafts):
    washington = drafts["WA"]
    assert "does not vacate the conviction as legally invalid" in _definition(washington, "Vacation")
    note = _note(washington, "definitions")
    assert "The draft keeps that word" in note and "Matter of Pickering" in note


def test_a_drafter_may_still_choose_billkits_term_or_name_the_states(library):
    chosen = build_bill(BillSpec(state="TX", relief_term="sealing"), library)
    assert chosen.meta.relief_term == "sealing"
    assert "this draft says “sealing” instead" in _note(chosen, "definitions")
    named = build_bill(BillSpec(state="TX", relief_term="Order of Expunction or Nondisclosure"), library)
    assert named.meta.relief_term == "order of expunction or nondisclosure"


def test_a_states_vacatur_word_is_refused_elsewhere_and_never_clashes_with_the_acts(library):
    from billkit.errors import UsageError

    with pytest.raises(UsageError, match="vacatur"):
        build_bill(BillSpec(state="OH", relief_term="vacation"), library)
    # The Northern Mariana Islands' own word is "vacatur", the act's word for relief for error.
    marianas = build_bill(BillSpec(state="MP"), library)
    assert marianas.meta.relief_term == "expungement"
    assert "because the act keeps “vacatur” for relief for legal error" in _note(marianas, "definitions")


def test_a_california_draft_has_the_bill_number_digest_and_notes_a_california_drafter_expects(library):
    """The user review: "CA has no bill-number or Legislative Counsel's Digest slot"; the legal read: no
    word on California's operative dates or state-mandated local programs."""
    draft = build_bill(BillSpec(state="CA"), library)
    assert draft.caption[0] == "[Assembly] Bill No. [___]"
    assert draft.after_title[0] == "LEGISLATIVE COUNSEL’S DIGEST"
    notes = " ".join(draft.drafter_notes)
    assert "Cal. Const. art. IV, § 8(c)(1)" in notes and "Article XIII B" in notes
    clean = build_bill(BillSpec(state="CA", clean=True), library)
    assert clean.after_title == draft.after_title  # the digest's slot is part of the printed form
    assert not any("California" in note for note in clean.drafter_notes)  # notes are for the drafter
    texts = [text for _style, text in docx_paragraphs(render(draft, "docx"))]
    long_title = next(i for i, t in enumerate(texts) if t.startswith("An act "))
    digest = texts.index("LEGISLATIVE COUNSEL’S DIGEST")
    enacting = texts.index("The people of the State of California do enact as follows:")
    assert long_title < digest < enacting


def test_an_illinois_draft_counts_its_sections_by_fives_in_sentence_case_and_says_this_state(library):
    """Illinois bills number sections 1, 5, 10, ... with run-in headings in sentence case ("Section 1.
    Short title."), and its statutes write "State" with a capital; a cross-reference follows the
    printed numbers."""
    draft = build_bill(BillSpec(state="IL"), library)
    texts = [text for _style, text in docx_paragraphs(render(draft, "docx"))]
    labels = [m.group(1) for t in texts if (m := re.match(r"Section (\d+)\. [A-Z][a-z]", t))]
    assert labels[:4] == ["1", "5", "10", "15"]
    assert "Section 1. Short title." in " ".join(texts)
    assert not any(re.match(r"Section \d+\. [A-Z]{4,}", t) for t in texts)  # no capitals headings
    number = draft.section("vacatur-for-cause").number
    assert number == 15
    presumption = " ".join(b.text for top in draft.section("rebuttable-presumption").body for b in top.walk())
    assert f"Section {number}" in presumption
    operative = " ".join(b.text for s in draft.sections for top in s.body for b in top.walk())
    assert "this State" in operative and "this state" not in operative
    last = [(s.id, s.number) for s in draft.sections][-2:]
    assert last == [("severability", 97), ("effective-date", 99)]  # Illinois's closing numbers


def test_texas_names_expunction_and_nondisclosure_in_one_defined_term(drafts):
    """The legal read: an expunction is not an order of nondisclosure. One defined term reaches both, and the
    note gives each statute its own word."""
    texas = drafts["TX"]
    definition = _definition(texas, "Order of expunction or nondisclosure")
    assert "Subchapter E-1, Chapter 411, Government Code" in definition and "Chapter 55A" in definition
    note = _note(texas, "definitions")
    assert "which calls it “order of nondisclosure”, and also under Tex. Code Crim. Proc. Ann. ch. 55A" in (
        note
    )
    assert "neither kind of relief is called by the other’s name" in note


def test_no_draft_grants_an_order_by_an_order(library):
    """A relief term that is itself an order (Texas, Michigan, Pennsylvania) reads "each order of ...", never
    "an order granting an order of ..." (the legal reads of 2026-11-30)."""
    from billkit.load.jurisdiction import all_jurisdiction_codes

    circular = re.compile(r"\border (?:of a court )?(?:granting|that grants) an order\b", re.IGNORECASE)
    for code in all_jurisdiction_codes():
        bill = build_bill(BillSpec(state=code), library)
        text = " ".join(b.text for s in bill.sections for top in s.body for b in top.walk())
        assert not circular.search(text), (code, circular.search(text))


# Legal read 9: each state's operative text names the law that would defeat it, read on its source.
OVERRIDES = (
    ("CO", "federal-records", "Notwithstanding section 24-72-703 (2)(a)(I), C.R.S., or any other law"),
    ("CO", "vacatur-for-cause", "may be filed, heard, and granted notwithstanding section 16-5-402, C.R.S. "),
    ("PA", "federal-records", "Notwithstanding 18 Pa.C.S. § 9122.1(a) (relating to petition for limited"),
    ("MA", "federal-records", "Notwithstanding clause (1) of subsection (a) of section 172 of chapter 6"),
    ("VA", "vacatur-for-cause", "§ 19.2-296, § 16.1-133.1, and Rule 1:1 of the Rules of Supreme Court"),
    # Legal read 15, A-5: the Post Conviction Relief Act's waiver rule and its jurisdictional one-year bar.
    ("PA", "vacatur-for-cause", "(relating to previous litigation and waiver), and 42 Pa.C.S. § 9545(b)"),
)  # fmt: skip


@pytest.mark.parametrize(("state", "practice", "words"), OVERRIDES, ids=[f"{s}-{p}" for s, p, _ in OVERRIDES])
def test_the_operative_text_displaces_the_law_that_would_defeat_it(library, state, practice, words):
    section = next(s for s in build_bill(BillSpec(state=state), library).sections if s.id == practice)
    assert words in " ".join(b.text for top in section.body for b in top.walk())


def test_a_states_own_procedure_is_explained_to_the_drafter(library):
    georgia = _note(build_bill(BillSpec(state="GA"), library), "vacatur-for-cause")
    assert "Davis v. State, 274 Ga. 865, 561 S.E.2d 119 (2002)" in georgia
    assert "the trial court lacks jurisdiction to let a defendant withdraw a guilty plea" in georgia
    massachusetts = _note(build_bill(BillSpec(state="MA"), library), "federal-records")
    assert "made by the commissioner of probation, on the person's written request" in massachusetts
    # legal read 15, A-2: the State Police already owe the FBI each sealing order (G.L. c. 22C, § 36)
    assert "An FBI-notice duty exists" in massachusetts and "Mass. Gen. Laws ch. 22C, § 36" in massachusetts
    assert "No FBI-notice duty was found" not in massachusetts


def test_colorados_definition_reaches_every_sealing_route(library):
    # Automatic sealing on the court administrator's list, and sealing of dismissed, acquitted,
    # diverted and deferred-judgment cases, where most noncitizens' cases sit (legal read 9, A-10).
    sealing = _definition(build_bill(BillSpec(state="CO"), library), "Sealing")
    for law in ("section 24-72-706, C.R.S.", "section 13-3-117, C.R.S.", "section 24-72-705, C.R.S."):
        assert law in sealing, law


def test_a_section_that_must_stand_apart_from_a_states_law_is_never_offered_as_its_amendment(library):
    """Legal read 15, A-5: set out as amendments to 42 Pa.C.S. § 9543, the motion would be a petition under
    the Post Conviction Relief Act, bound by its custody rule, one-year bar and waiver rule."""
    from billkit.build.packet import build_packet

    from support import packet_spec, part

    note = _note(build_bill(BillSpec(state="PA"), library), "vacatur-for-cause")
    assert "This section must stand apart from 42 Pa. Cons. Stat. § 9543, not amend it." in note
    assert "Commonwealth v. Fahy, 737 A.2d 214, 222 (Pa. 1999)" in note
    packet = build_packet(packet_spec(state="PA", present=()), library)
    text = " ".join(p.text for p in part(packet, "testimony"))
    assert "as a section of its own that stands apart from 42 Pa. Cons. Stat. § 9543" in text
    assert "amendments to 42 Pa. Cons. Stat. § 9543" not in text


def test_marylands_definition_reaches_non_conviction_and_automatic_expungement(library):
    # Legal read 15, A-4 and C-2: § 10-105 (acquittals, dismissals, stets, probation before judgment) and the
    # automatic § 10-105.1 beside § 10-110, cited in Maryland's own form and in the code's order.
    expungement = _definition(build_bill(BillSpec(state="MD"), library), "Expungement")
    assert "under §§ 10-105, 10-105.1, or 10-110 of the Criminal Procedure Article" in expungement


def test_massachusetts_and_pennsylvania_definitions_reach_expungement(library):
    # Legal read 15, A-4: the relief that destroys records (and the order with them, in Massachusetts) is
    # the one the record-access section's certified copy is written for.
    sealing = _definition(build_bill(BillSpec(state="MA"), library), "Sealing")
    assert "sections 100F to 100H, inclusive, of chapter 276 of the General Laws" in sealing
    limited = _definition(build_bill(BillSpec(state="PA"), library), "Order for limited access")
    assert "18 Pa.C.S. § 9122 (relating to expungement)" in limited
