"""Laws a section must displace by name: judged per provision in the jurisdiction data, named in
the operative "notwithstanding" only when they are statutes or court rules read in their own words,
cited as the state's bills cite them; everything else stays in the Legislative Note."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from billkit.build import build_bill
from billkit.load.jurisdiction import resolve
from billkit.load.library import load_jurisdictions
from billkit.load.statelaw import Contrary
from billkit.spec import BillSpec

RECORDS = load_jurisdictions()
PRACTICES = ("vacatur-for-cause", "rebuttable-presumption")
BRACKET = "[insert citation of any law of this state that makes a failure to advise harmless]"


def operative(bill, clause_id: str) -> str:
    return " ".join(block.text for top in bill.section(clause_id).body for block in top.walk())


def note(bill, clause_id: str) -> str:
    return " ".join(bill.section(clause_id).legislative_note.texts)


@pytest.fixture(scope="module")
def drafts(library):
    return {code: build_bill(BillSpec(state=code), library) for code in ("TX", "OH", "CA", "NY", "WA", "NC")}


def test_the_texas_presumption_names_article_26_13_c_as_texas_cites_it(drafts):
    text = operative(drafts["TX"], "rebuttable-presumption")
    named = "notwithstanding Article 26.13(c), Code of Criminal Procedure, [insert citation of any other"
    assert named in text
    assert "Ann." not in text
    said = note(drafts["TX"], "rebuttable-presumption")
    assert "It must override Tex. Code Crim. Proc. Ann. art. 26.13(c)" in said


@pytest.mark.parametrize("code", ["OH", "WA"])
def test_a_state_with_no_judged_override_keeps_the_bracket(drafts, code):
    text = operative(drafts[code], "rebuttable-presumption")
    assert f"applies notwithstanding {BRACKET} or any other law" in text


def test_the_model_bill_keeps_the_bracket_and_adds_no_override_to_the_motion(model_bill):
    assert "notwithstanding [insert citation of any law of this [state] that makes" in operative(
        model_bill, "rebuttable-presumption"
    )
    assert "notwithstanding" not in operative(model_bill, "vacatur-for-cause")


def test_california_names_its_pre_1978_clause_only_in_the_presumption(drafts):
    california = drafts["CA"]
    assert "notwithstanding subdivision (c) of Section 1016.5 of the Penal Code," in operative(
        california, "rebuttable-presumption"
    )
    assert "1016.5" not in operative(california, "vacatur-for-cause")
    said = note(california, "vacatur-for-cause")
    assert "It works against this practice: Cal. Penal Code § 1016.5(c)" in said


def test_texas_displaces_the_exclusive_felony_habeas_remedy_by_name(drafts):
    texas = drafts["TX"]
    assert "notwithstanding Section 5, Article 11.07, Code of Criminal Procedure." in operative(
        texas, "vacatur-for-cause"
    )
    said = note(texas, "vacatur-for-cause")
    assert "It must override Tex. Code Crim. Proc. Ann. art. 11.07, § 5, which reads: “After" in said
    assert "shall be exclusive and any other proceeding shall be void" in said
    assert "returnable to the Court of Criminal Appeals after final conviction (§ 3(a))" in said
    assert "jurisdiction over final felony convictions rests on Tex. Const. art. V" in said
    # Art. 26.13(c) is the presumption's to displace, not the motion's
    assert "26.13" not in operative(texas, "vacatur-for-cause")
    assert "It works against this practice: Tex. Code Crim. Proc. Ann. art. 26.13(c)" in said


def test_community_supervision_habeas_is_left_beside_the_motion():
    texas = RECORDS["TX"].practices["vacatur-for-cause"]
    assert "Tex. Code Crim. Proc. Ann. art. 11.072, §§ 1, 2" in texas.citations
    assert not any("11.072" in c.citation for c in texas.contrary)
    assert "no such exclusivity clause" in texas.summary


def test_ohio_keeps_crim_r_32_1_out_of_the_text_and_explains_article_iv_5_b(drafts):
    ohio = drafts["OH"]
    assert "32.1" not in operative(ohio, "vacatur-for-cause")
    # the statute that recasts such a motion as a late postconviction petition is displaced by name
    # and so is the division that makes the postconviction petition the only collateral attack
    displaced = (
        "notwithstanding division (A) of section 2953.23 of the Revised Code and division (K) of section "
        "2953.21 of the Revised Code."
    )
    assert displaced in operative(ohio, "vacatur-for-cause")
    said = note(ohio, "vacatur-for-cause")
    assert "It works against this practice: Ohio Crim. R. 32.1, which reads: “A motion to withdraw" in said
    assert "to correct manifest injustice the court after sentence may set aside" in said
    assert "The section does not override it by name." in said
    assert "Ohio Const. art. IV, § 5(B)" in said
    assert "[Verify: whether Ohio courts hold a statutory motion" in said


def test_north_carolina_names_its_bar_on_late_review_as_the_general_statutes_do(drafts):
    assert "notwithstanding G.S. 15A-1027." in operative(drafts["NC"], "vacatur-for-cause")


def test_washingtons_plea_form_presumption_is_judged_not_to_be_overridden(drafts):
    washington = drafts["WA"]
    assert "10.40.200" not in operative(washington, "rebuttable-presumption")
    said = note(washington, "rebuttable-presumption")
    assert "It works against this practice: Wash. Rev. Code § 10.40.200(2)" in said
    assert "It must override Wash. Rev. Code § 10.40.200(2)" not in said


def test_a_provision_not_read_in_its_own_words_stays_out_of_the_text(drafts):
    """California's § 11142 is known only as the Department of Justice describes it."""
    (unread,) = [
        c
        for c in RECORDS["CA"].practices["record-access"].contrary
        if c.citation == "Cal. Penal Code § 11142"
    ]
    assert unread.override is None and unread.quote is None
    assert "11142" not in operative(drafts["CA"], "record-access")
    assert "It must override Cal. Penal Code § 11142." in note(drafts["CA"], "record-access")


def test_new_york_names_the_sentence_of_cpl_220_50_7_once_it_was_read(drafts):
    """Read in A.1863 (2023), which quotes it (legal read 13, A-2): both sections now name it."""
    # named as New York's new matter names a subdivision, and by what the sentence says, so that an
    # amendment that moves the sentence does not leave the reference pointing elsewhere (legal read 14, B-3)
    # the whole sentence, both its halves: the second denies any right in a later deportation proceeding
    # (legal read 2026-12-04, 3)
    named = (
        "notwithstanding the provision of subdivision seven of section 220.50 of the criminal procedure law "
        "that a failure to advise the defendant shall not be deemed to affect the voluntariness of a plea "
        "of guilty or the validity of a conviction, nor afford the defendant any rights in a subsequent "
        "proceeding relating to the defendant's deportation, exclusion or denial of naturalization"
    )
    assert named in operative(drafts["NY"], "rebuttable-presumption")
    assert named in operative(drafts["NY"], "vacatur-for-cause")
    assert "[insert citation of any other law of this state that makes a failure to advise harmless,]" in (
        operative(drafts["NY"], "rebuttable-presumption")
    )
    # CPL 160.59(9)(b), read in S.3046 (2023): sealed convictions open to "federal and state law
    # enforcement agencies", which the bar on giving records to immigration authorities names
    federal = operative(drafts["NY"], "federal-records")
    assert (
        "Notwithstanding paragraph (b) of subdivision nine of section 160.59 of the criminal procedure law"
        in federal
    )


CASES = {
    code: [c.citation for p in PRACTICES for c in record.practices[p].contrary if " v. " in c.citation]
    for code, record in RECORDS.items()
}


@pytest.mark.parametrize("code", sorted(code for code, cases in CASES.items() if cases))
def test_a_case_never_reaches_operative_text(library, code):
    bill = build_bill(BillSpec(state=code), library)
    text = " ".join(operative(bill, p) for p in PRACTICES)
    for case in CASES[code]:
        assert case not in text
        assert case.split(",")[0] not in text


@pytest.mark.parametrize("code", sorted(RECORDS))
def test_every_named_override_is_a_quoted_statute_or_rule_without_ann(code):
    jurisdiction = resolve(code)
    for practice in PRACTICES:
        for entry in RECORDS[code].practices[practice].contrary:
            if entry.override:
                assert entry.quote and entry.why
                assert entry.operative in jurisdiction.overrides(practice)
                assert "Ann." not in entry.operative


GOOD = {"citation": "Tex. Code Crim. Proc. Ann. art. 26.13(c)", "quote": "substantial", "source": "x"}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"quote": None}, "needs the provision's own words"),
        ({"citation": "State v. Kona, 2016-Ohio-7796"}, "is a case"),
        ({"citation": "Daramy v. United States, 750 A.2d 552 (D.C. 2000)"}, "is a case"),
        ({"citation": "State v. Reyes Fuerte, 2017 WI 104"}, "is a case"),
        ({"citation": "Utah R. Crim. P. 11(e) advisory committee note"}, "not cited as a statute"),
        ({"citation": "P.A. 97-256, § 6 (history note to § 54-1j)"}, "not cited as a statute"),
        ({"grade": "weak"}, "needs a verified grade"),
        ({"grade": "unverified", "source": None}, "needs a verified grade"),
    ],
)
def test_the_schema_refuses_an_override_it_cannot_stand_behind(changes, message):
    with pytest.raises(ValidationError, match=message):
        Contrary(**{**GOOD, "grade": "secondary", "override": True, **changes})


def test_the_schema_accepts_statutes_and_rules_and_any_entry_not_overridden():
    assert Contrary(**GOOD, grade="secondary", override=True).operative == GOOD["citation"]
    rule = Contrary(citation="Ohio Crim. R. 32.1", quote="…", source="x", grade="strong-copy", override=True)
    assert rule.override
    case = Contrary(citation="State v. Kona, 2016-Ohio-7796", source="x", grade="secondary", override=False)
    assert case.operative == "State v. Kona, 2016-Ohio-7796"
    # Illinois cites its statutes without a section sign (the quote audit of 2026-11-30).
    illinois = Contrary(
        citation="725 Ill. Comp. Stat. 5/113-8(b)", quote="…", source="x", grade="strong", override=True
    )
    assert illinois.override


def test_texas_sharing_ban_names_the_law_that_bars_limiting_immigration_enforcement(drafts):
    texas = drafts["TX"]
    text = operative(texas, "federal-records")
    assert "Notwithstanding Section 752.053, Government Code, or any other law of this state, no" in text
    assert "The section names it in its operative text." in note(texas, "federal-records")
    # a disclosure federal law requires is never overridden
    assert "Section 411.0765" not in text
    generic = operative(drafts["CA"], "federal-records")
    assert "Notwithstanding any other law of this state, no agency" in generic
