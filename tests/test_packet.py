"""Testimony packets: parts in order, contents and authorities with the right pages, positions."""

from __future__ import annotations

import io
import re

import docx
import pytest
from pypdf import PdfReader

from billkit.build.packet import build_packet
from billkit.errors import SpecError, UnknownNameError, UsageError
from billkit.load.library import PRACTICES
from billkit.render import render
from billkit.spec import load_packet_spec

from support import (
    GRANTS_RELIEF,
    GUIDANCE_SAMPLES,
    MODEL_NUMBERING,
    authorities_table,
    part,
    part_titles,
    quoted_act,
    relief_by_this_section,
)
from support import packet_spec as spec

PART_TITLES = [
    "Contents",
    "Testimony",
    "Section-by-Section Analysis",
    "The Bill: Immigrant-Safe Record Clearance Act",
    "Table of Authorities",
]


@pytest.fixture(scope="module")
def packet(library):
    return build_packet(spec(), library)


@pytest.fixture(scope="module")
def packet_pdf(packet) -> bytes:
    return render(packet, "pdf")


@pytest.fixture(scope="module")
def packet_docx(packet) -> bytes:
    return render(packet, "docx")


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_packet_has_its_parts_in_order(packet):
    assert part_titles(packet) == PART_TITLES


def test_pdf_parts_appear_in_order_and_cover_names_everything(packet_pdf):
    pages = pages_text(packet_pdf)
    cover = pages[0]
    for value in ("Testimony on A.B. 1234", "Support if amended", "Assembly Committee on Public Safety",
                  "March 4, 2027", "Ana Ruiz, Policy Director", "Example Immigrant Justice Project",
                  "California"):  # fmt: skip
        assert value in cover
    head = "Example Immigrant Justice Project — A.B. 1234 "
    starts = [
        next(i for i, text in enumerate(pages) if i and text.removeprefix(head).startswith(title))
        for title in PART_TITLES
    ]
    assert starts == sorted(starts) and len(set(starts)) == len(starts) and starts[0] == 1


def test_docx_parts_appear_in_order(packet_docx):
    document = docx.Document(io.BytesIO(packet_docx))
    headings = [p.text for p in document.paragraphs if p.style.name == "Part Heading"]
    assert headings == PART_TITLES


def test_contents_page_numbers_are_the_pages_where_parts_start(packet_pdf):
    pages = pages_text(packet_pdf)
    contents = pages[1]
    for title in PART_TITLES[1:]:
        match = re.search(re.escape(title) + r"[ .]*?(\d+)", contents)
        assert match, title
        page = int(match.group(1))
        assert pages[page - 1].startswith(title) or title in pages[page - 1][:200], (title, page)


def test_pdf_bookmarks_every_part(packet_pdf):
    reader = PdfReader(io.BytesIO(packet_pdf))
    top = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert top == PART_TITLES


def test_authorities_of_the_selected_clauses_are_each_listed_once(library, packet):
    listed = [entry.display for _group, entries in authorities_table(packet) for entry in entries]
    assert len(listed) == len(set(listed))
    bill = quoted_act(packet)
    for clause_id in bill.meta.clause_ids:
        for authority in library.get(clause_id).authorities:
            if authority.when:
                continue  # cited only where the jurisdiction calls for them: checked below
            assert authority.cite in listed, authority.cite
    assert "Lujan-Armendariz v. INS, 222 F.3d 728 (9th Cir. 2000)" in listed  # California: Ninth
    # a Fifth Circuit case, cited everywhere: a detained person's case can be moved there (read 10, A-7)
    assert "Renteria-Gonzalez v. INS, 322 F.3d 804 (5th Cir. 2002)" in listed
    groups = [group for group, _ in authorities_table(packet)]
    assert groups == [g for g in ("Cases", "Statutes", "Regulations", "Other") if g in groups]
    cases = [e.display for g, entries in authorities_table(packet) if g == "Cases" for e in entries]
    assert cases == sorted(cases, key=lambda c: c.removeprefix("Matter of ").casefold())


def test_table_of_authorities_gives_the_pages_that_cite_each_authority(packet_pdf):
    pages = pages_text(packet_pdf)
    start = max(i for i, text in enumerate(pages) if text.lstrip().startswith("Table of Authorities"))
    table = " ".join(pages[start:])  # the table may run over more than one page
    entry = re.search(r"Padilla v\. Kentucky, 559 U\.S\. 356 \(2010\) ([\d, ]+)", table)
    assert entry
    listed = {int(n) for n in entry.group(1).replace(" ", "").split(",") if n}
    actual = {i + 1 for i, text in enumerate(pages[:start]) if "Padilla v. Kentucky" in text}
    assert listed == actual


def test_support_if_amended_proposes_text_exactly_for_the_missing_practices(library, packet):
    testimony = part(packet, "testimony")
    proposed = " ".join(p.text for p in testimony if p.role == "quote")
    bill = quoted_act(packet)
    missing = [p for p in PRACTICES if p not in ("record-access", "public-education")]
    for practice in PRACTICES:
        opening = " ".join(bill.section(practice).body[-1].text.split()[:6])  # before any reference
        assert (opening in proposed) == (practice in missing), practice


def proposed_text(packet) -> str:
    return " ".join(p.text for p in part(packet, "testimony") if p.role == "quote")


def proposed_sections(packet) -> list[str]:
    """The text of each proposed section: the quoted paragraphs that stand together."""
    groups, current = [], []
    for paragraph in part(packet, "testimony"):
        if paragraph.role == "quote":
            current.append(paragraph.text)
        elif current:
            groups.append(" ".join(current))
            current = []
    return groups


def letter(packet) -> str:
    return " ".join(p.text for p in part(packet, "testimony"))


def test_proposed_language_refers_to_the_pending_bill_not_the_model_bill(library):
    # The pending bill already grants relief for legal error; everything proposed grants none.
    packet = build_packet(spec(bill_number="S. 4321", present=("vacatur-for-cause",)), library)
    proposed = proposed_text(packet)
    assert proposed and not MODEL_NUMBERING.search(proposed)
    for section in proposed_sections(packet):
        if not GRANTS_RELIEF.search(section):
            assert not relief_by_this_section(section, "expungement"), section
    assert "[the section of S. 4321 on relief for legal error and on equitable grounds]" in proposed
    # The model bill in the packet keeps its own numbering.
    assert MODEL_NUMBERING.search(" ".join(b.text for s in quoted_act(packet).sections for b in s.body))


def test_the_guidances_sentence_is_added_to_the_pending_bill_and_amends_no_law_by_reference(library):
    # Adding words to sections of existing law without setting them out is an amendment by reference,
    # which Virginia's Constitution (art. IV, § 12) and others forbid (legal read 7, A-3).
    proposed = proposed_text(build_packet(spec(bill_number="HB 1234", present=()), library))
    assert re.search(r"is added at the end of \[the section of HB 1234 that provides for \w+\]: “", proposed)
    assert "each other provision of the law" not in proposed


def test_proposed_sections_refer_to_each_other_by_title(library):
    proposed = proposed_text(build_packet(spec(present=()), library))
    assert not MODEL_NUMBERING.search(proposed)
    assert "the new section titled “" in proposed


def test_proposed_language_uses_the_pending_bills_relief_term(library):
    given = proposed_text(build_packet(spec(relief_term="sealing", present=()), library))
    pending = "A court may order the sealing of a conviction. Sealed records may not be opened. " * 3
    found = proposed_text(build_packet(spec(present=()), library, pending_text=pending))
    for proposed in (given, found):
        assert re.search(r"\bseal(?:ing|ed)\b", proposed) and not re.search(
            r"(?i)\bexpunge(?:ments?|d)\b", proposed
        )
    with pytest.raises(UsageError):
        build_packet(spec(relief_term="vacatur"), library)


def test_definitions_are_proposed_for_terms_the_bill_does_not_define(library):
    packet = build_packet(spec(present=()), library)
    proposed = proposed_text(packet)
    assert "“Noncitizen” means" in proposed and "“Federal immigration authority” means" in proposed
    assert "Definitions." in letter(packet)
    # Legal read 15, B-11: they govern the proposed sections alone, which the pending bill's (or its code's)
    # own definitions of the same words do not reach.
    assert "In the sections that these amendments add to " in proposed
    assert "In this [act]" not in proposed
    defining = (
        "“Noncitizen” means a person who is not a citizen. “Federal immigration authority” means ICE. "
        "“Expungement” means an order. “Record” means a record. “Order of vacatur” means an order. "
        "“Conviction” includes a diversion. “Prosecuting agency” means the district attorney."
    )
    packet = build_packet(spec(present=()), library, pending_text=defining)
    assert "“Noncitizen” means" not in proposed_text(packet)
    assert "Definitions." not in letter(packet)


def test_the_guidances_sample_language_is_attributed(library):
    paragraphs = part(build_packet(spec(present=()), library), "testimony")
    attributed = 0
    for i, paragraph in enumerate(paragraphs):
        if paragraph.role != "quote":
            continue
        if not any(" ".join(sample.split()[2:9]) in paragraph.text for sample in GUIDANCE_SAMPLES.values()):
            continue
        after = next(p for p in paragraphs[i:] if p.role != "quote")
        assert "Immigrant Legal Resource Center" in after.text and "sample language" in after.text
        attributed += 1
    assert attributed >= 2


def test_a_title_that_begins_an_act_is_lowercased_mid_sentence(library):
    packet = build_packet(spec(bill_title="An act to amend Section 1203.4 of the Penal Code"), library)
    assert "A.B. 1234, an act to amend Section 1203.4" in letter(packet)
    assert ("Bill", "A.B. 1234, an act to amend Section 1203.4 of the Penal Code") in packet.blocks[0].facts


def test_support_and_oppose_shape_the_letter(library):
    support = build_packet(spec(position="support", present=PRACTICES), library)
    letter = " ".join(p.text for p in part(support, "testimony"))
    assert "in support of A.B. 1234" in letter and "urges you to support A.B. 1234" in letter
    assert not [p for p in part(support, "testimony") if p.role == "quote"]
    oppose = build_packet(spec(position="oppose", present=()), library)
    letter = " ".join(p.text for p in part(oppose, "testimony"))
    assert "respectfully opposes A.B. 1234" in letter and "What the bill lacks" in letter


def test_missing_practices_can_come_from_elsewhere(library):
    from billkit.check.rules import Finding

    findings = [Finding(p, "absent" if p == "federal-records" else "present") for p in PRACTICES]
    packet = build_packet(spec(present=()), library, findings=findings)
    proposed = " ".join(p.text for p in part(packet, "testimony") if p.role == "quote")
    assert "Interstate Identification Index" in proposed and "court order" not in proposed


def test_unknown_practice_in_present_is_refused(library):
    with pytest.raises(UnknownNameError, match="Did you mean 'record-access'"):
        build_packet(spec(present=("record-acess",)), library)


def test_missing_required_field_is_named(tmp_path):
    path = tmp_path / "packet.toml"
    path.write_text('organization = "X"\nwitness = "Y"\nhearing_date = 2027-03-04\n')
    with pytest.raises(SpecError, match=r"packet\.toml: key 'committee': missing, and it is required\."):
        load_packet_spec(path)


def test_toml_dates_print_as_a_hearing_notice_would(tmp_path):
    path = tmp_path / "packet.toml"
    path.write_text(
        'organization = "X"\nwitness = "Y"\ncommittee = "Z"\nhearing_date = 2027-03-04\n'
        'bill_number = "S.B. 1"\nbill_title = "T"\nposition = "support"\n'
    )
    assert load_packet_spec(path).hearing_date == "March 4, 2027"


def test_the_bills_headings_sit_under_its_part_heading(packet):
    html = render(packet, "html").decode()
    assert '<h1 class="part-title" id="part-bill">The Bill' in html
    # a California packet: the bill opens with its long title, in the state's form
    assert '<h2 class="long-title">' in html and '<h3 class="section-heading"' in html


def test_the_cover_title_is_centred_on_its_page(packet_pdf):
    """The packet's own paragraphs are justified; the cover's title keeps the cover's centring."""
    page = PdfReader(io.BytesIO(packet_pdf)).pages[0]
    starts = []

    def visit(text, _cm, tm, _font, _size):
        if text.startswith("Testimony on"):
            starts.append(tm[4])

    page.extract_text(visitor_text=visit)
    (left,) = starts
    assert 200 < left < 300, left  # a Letter page is 612 points wide; flush left would be 72


def test_a_state_packet_says_where_the_state_stands_before_its_analysis(library):
    from billkit.model import Table

    packet = build_packet(spec(state="OH"), library)
    blocks = part(packet, "analysis")
    (table,) = [b for b in packet.blocks if isinstance(b, Table)]
    assert blocks[0].text == "Where Ohio stands"
    assert [cell[0].text for cell in table.rows[0]][:2] == ["Vacatur for legal error", "partly"]
    pages = pages_text(render(packet, "pdf"))
    page = next(text for text in pages if "Where Ohio stands" in text)
    assert "This analysis describes each section" in page  # the table does not push the rest away
    assert not [b for b in build_packet(spec(state=None), library).blocks if isinstance(b, Table)]


def test_the_letter_quotes_the_findings_warning_by_its_id_whatever_its_words(tmp_path):
    from billkit.load.content import CLAUSES_DIR
    from billkit.load.library import load_library

    text = (CLAUSES_DIR / "findings.yaml").read_text(encoding="utf-8")
    reworded = text.replace(
        "Noncitizens who are told that their records", "People who hear that their records"
    )
    assert reworded != text
    (tmp_path / "findings.yaml").write_text(reworded, encoding="utf-8")
    letter = " ".join(b.text for b in part(build_packet(spec(), load_library([tmp_path])), "testimony"))
    assert "We see the consequence in practice. People who hear that their records" in letter


def test_the_testimony_sets_the_bill_s_own_quotation_marks_as_single_ones(library):
    # (an amending bill quotes the words it inserts; inside the testimony's double marks they read as single
    # ones, as a lawyer sets a quotation within a quotation)
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    inserts = (
        '(B) In division (G), insert: "Post-conviction relief under this chapter is not available to a '
        "person whose conviction has been sealed, and any petition filed by such a person shall be "
        'dismissed for want of jurisdiction."'
    )
    findings = check_passages([Passage(inserts, "Sec. 1(B)")])
    text = letter(build_packet(spec(bill_number="H.B. 212"), library, findings=findings))
    assert "The bill provides: “(B) In division (G), insert: ‘Post-conviction relief under this" in text
    assert "for want of jurisdiction.’” (Sec. 1(B))" in text


def test_the_testimony_never_thanks_the_committee_for_what_the_bill_denies(library):
    # The advocate's bill of ../shared/reviews/2026-11-user-review.md, (b) B: record access only by
    # court order, with an exception for criminal justice agencies; and a vacatur it does give
    # (Cal. Penal Code § 1016.5(b)'s words).
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    denies = (
        "Sealed records may not be opened or made available to any person, including the person who is "
        "the subject of the record, without a court order, except that sealed records shall remain "
        "available to any criminal justice agency for law enforcement purposes."
    )
    gives = (
        "If the court fails to advise the defendant as required by this section, the court, on "
        "defendant’s motion, shall vacate the judgment and permit the defendant to withdraw the plea."
    )
    findings = check_passages([Passage(denies, "Sec. 3(b)"), Passage(gives, "Sec. 4(a)")])
    status = {f.id: f.status for f in findings}
    assert status["record-access"] == "contrary" and status["vacatur-for-cause"] == "present"
    text = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings))
    assert "glad the bill lets people obtain their own records" not in text
    assert "What the committee must strike" in text
    assert f"The bill provides: “{denies}” (Sec. 3(b)). This provision keeps the person the records" in text
    assert "the bill should instead include a provision that lets people obtain their own records" in text
    # striking the bar would open the sealed records to everyone (a second legal read, 2026-12-06): the
    # person is let in, and the bar kept for others
    assert "We ask the committee to keep what it says about everyone else, but to let the person" in text
    assert "We ask the committee to strike it." not in text
    # The practice the bill has is credited with its own words.
    assert "We are glad the bill offers relief for legal error" in text
    assert "(Sec. 4(a))." in text
    # ... and for no more than the check can see: the bill's vacatur is one sentence, not a motion with
    # its own procedure, so the thanks do not say it is.
    assert "We are glad the bill offers relief for legal error, not only for rehabilitation." in text
    assert "motion with its own procedure" not in text.split("What the committee must strike")[0]
    # ... nor does the label over the thanks name the model clause's equitable grounds, which the bill lacks
    thanks = text.split("What the committee must strike")[0]
    assert "Relief for legal error; motion to vacate." in thanks
    assert "equitable" not in thanks


REPOSITORY_GRANT = (
    "The Department shall provide a copy of the sealed record to the person who is the subject of it."
)
CLERKS_BAR = (
    "If the clerk of the court determines that the court record has been sealed, such record shall not be "
    "provided to the requestor without an order from the court."
)
"""A grant of the State repository's record to the person beside a court file closed without an order (the
shape of Va. Code Ann. § 19.2-392.13(C)–(D), tests/corpus/va-code-19-2-392-13.txt)."""


def _what_to_strike_of_partial_access(library, *passages: tuple[str, str]) -> str:
    """The letter's "What the committee must strike" part for a bill of ``passages`` (text, location), once
    it is checked that own-record access reads partial and that the letter does not thank the committee for
    it."""
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    findings = check_passages([Passage(text, where) for text, where in passages])
    access = next(f for f in findings if f.id == "record-access")
    assert access.status == "partial"
    text = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings))
    assert "glad the bill lets people obtain their own records" not in text
    return text.split("What the committee must strike")[1]


def test_the_testimony_asks_to_strike_a_bar_that_keeps_a_grant_of_records_partial(library):
    # A grant of the State repository's record to the person beside a court file closed without an order
    # (the shape of Va. Code Ann. § 19.2-392.13(C)–(D), tests/corpus/va-code-19-2-392-13.txt): the
    # practice is partial, the letter does not thank the committee for it, and it asks to strike the bar.
    grant, bar = REPOSITORY_GRANT, CLERKS_BAR
    strike = _what_to_strike_of_partial_access(library, (grant, "Sec. 2(c)"), (bar, "Sec. 2(d)"))
    assert f"The bill provides: “{bar}” (Sec. 2(d))." in strike
    assert "records that the bill opens to them elsewhere (Sec. 2(c))" in strike
    assert "We ask the committee to strike it." in strike
    assert grant not in strike


def test_the_testimony_asks_that_the_person_see_what_their_lawyer_may_see(library):
    # The person's own lawyer may see the sealed records without a court order, the person only with one
    # (words written for this test): the practice is partial, the letter does not thank the committee for it,
    # and it asks that the person see the records on the lawyer's terms, not that the lawyer's route go.
    lawyer = "Sealed records may be inspected by the defendant's attorney of record without a court order."
    gate = "The defendant may obtain a copy of the sealed records only by order of the court."
    strike = _what_to_strike_of_partial_access(library, (lawyer, "Sec. 2(b)"), (gate, "Sec. 2(c)"))
    assert f"The bill provides: “{gate}” (Sec. 2(c))." in strike
    assert "lawyer may see these records without a court order (Sec. 2(b)), but the person may not" in strike
    assert "on the same terms as their lawyer" in strike
    assert lawyer not in strike


def test_the_testimony_asks_to_strike_every_provision_that_works_against_a_practice(library):
    # Two bars on the court's power in one bill (words written for this test): the letter quotes both under
    # "What the committee must strike", not only the first.
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    successive = "A second or successive motion under this section shall not be entertained."
    final = (
        "Neither the judgment of conviction nor the order sealing its record is thereafter open to "
        "collateral attack in any court of this state."
    )
    findings = check_passages(
        [
            Passage("A person may begin a proceeding for post-conviction relief.", "Sec. 1(a)"),
            Passage(successive, "Sec. 1(b)"),
            Passage(final, "Sec. 2(c)"),
        ]
    )
    court = next(f for f in findings if f.id == "court-jurisdiction")
    assert court.status == "contrary" and len(court.evidence) == 2
    strike = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings)).split(
        "What the committee must strike"
    )[1]
    assert f"“{successive}” (Sec. 1(b))" in strike and f"“{final}” (Sec. 2(c))" in strike
    assert "we ask the committee to strike it as well." in strike


def test_the_testimony_asks_to_add_the_person_to_a_list_that_leaves_them_out(library, tmp_path):
    # A list of who may see records a subsection before it closed, the person not on it (words written for
    # this test): striking the list would shut out the courts too, so the letter asks the committee to add
    # the person to it.
    from billkit.check.reading import read_bill
    from billkit.check.rules import check_passages

    path = tmp_path / "left-out.txt"
    path.write_text(
        "(b) The records shall not be open to public inspection.\n"
        "(c) Inspection of the records shall be permitted by:\n"
        "(1) A juvenile court having the child before it;\n"
        "(2) A parole board considering the child's release.",
        encoding="utf-8",
    )
    findings = check_passages(read_bill(path))
    assert next(f for f in findings if f.id == "record-access").status == "contrary"
    strike = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings)).split(
        "What the committee must strike"
    )[1]
    assert "This list of who may see the records leaves out the person the records are about" in strike
    assert "We ask the committee to add that person to the list, with no court order needed." in strike
    assert "Inspection of the records shall be permitted by:" in strike


def test_the_testimony_asks_to_take_a_federal_body_off_a_list_of_who_may_see_records(library, tmp_path):
    # A list of who may see closed records that names officers of the United States among them (words written
    # for this test): striking the list would shut out the state's courts too, so the letter asks the
    # committee to keep what the list opens from federal immigration authorities, and asks the same of each
    # other federal reader, never to strike it.
    from billkit.check.reading import read_bill
    from billkit.check.rules import check_passages

    path = tmp_path / "federal-listed.txt"
    path.write_text(
        "(b) The records shall not be open to public inspection.\n"
        "(c) Inspection of the records shall be permitted by:\n"
        "(1) The child and the child's attorney;\n"
        "(2) Law enforcement officers of this state or of the United States, for their official duties; and\n"
        "(3) The Federal Bureau of Investigation, for background checks on the purchase of firearms.",
        encoding="utf-8",
    )
    findings = check_passages(read_bill(path))
    federal = next(f for f in findings if f.id == "federal-records")
    assert len(federal.evidence) == 2
    assert federal.status == "contrary"
    assert "from passing the records to federal immigration" in federal.missing
    strike = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings)).split(
        "What the committee must strike"
    )[1]
    assert "names a federal agency or officer among those who may see them" in strike
    assert "no one on this list may pass cleared records to federal immigration authorities" in strike
    assert "The Federal Bureau of Investigation, for background checks" in strike
    assert "We ask the same of this item." in strike
    assert "We ask the committee to strike it" not in strike and "strike it as well" not in strike


def test_the_testimony_asks_to_carve_the_plea_warning_out_of_a_presumption_of_regularity(library, tmp_path):
    # An evidence code's presumption that official duty was performed regularly (words written for this test):
    # striking it would reach every official act, so the letter asks the committee to except the warning.
    from billkit.check.reading import read_bill
    from billkit.check.rules import check_passages

    path = tmp_path / "regularity.txt"
    path.write_text(
        "SECTION 1. A person convicted of a misdemeanor may petition the court for an order of expungement.\n"
        "SECTION 2. In a proceeding under section 1, the following disputable presumptions apply: "
        "1. That a person is innocent of crime or wrong. 2. That official duty has been performed regularly.",
        encoding="utf-8",
    )
    findings = check_passages(read_bill(path))
    strike = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings)).split(
        "What the committee must strike"
    )[1]
    assert "does not apply to the advice about immigration consequences" in strike
    assert "We ask the committee to strike it." not in strike


def test_the_testimony_cites_the_bill_by_its_own_labels_never_by_a_line_of_the_file(library):
    # "(line 12)" counts lines of whatever file the witness fed to billkit, which means nothing to a
    # committee reading the bill; the testimony gives the bill's own label, and nothing when it has none.
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    grant, bar = REPOSITORY_GRANT, CLERKS_BAR
    findings = check_passages([Passage(grant, "line 4"), Passage(bar, "Sec. 2(d), line 9")])
    text = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings))
    assert f"The bill provides: “{bar}” (Sec. 2(d))." in text
    assert "records that the bill opens to them elsewhere." in text
    assert "line 4" not in text and "line 9" not in text


def test_a_quotation_that_ends_the_testimony_s_sentence_ends_it_with_one_stop(library):
    # N.Y. S. 2403, 2023-2024 Reg. Sess. (N.Y. 2023), proposed Crim. Proc. Law § 160.57(4)(E)
    # (tests/corpus/ny-s2403-2023.txt): the item ends with its own stop, and no label follows the quotation
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    item = (
        "(e) the criminal justice information services division of the federal bureau of investigation, for "
        "the purposes of responding to queries to the national instant criminal background check system."
    )
    passages = [Passage("Records that have been sealed shall be made available to:", "line 1")]
    findings = check_passages([*passages, Passage(item, "line 2")])
    text = letter(build_packet(spec(bill_number="S. 2403"), library, findings=findings))
    assert "background check system.”" in text
    assert ".”." not in text
    cited = check_passages([*passages, Passage(item, "Sec. 4(e), line 2")])
    text = letter(build_packet(spec(bill_number="S. 2403"), library, findings=cited))
    assert "background check system.” (Sec. 4(e))." in text


def test_the_testimony_asks_the_committee_to_keep_a_protection_the_bill_deletes(library):
    # A saving for later motions that the bill strikes from current law (the advocate's Kansas bill deletes
    # one, ../shared/reviews/2026-11-user-review.md; words written for this test): the letter names the
    # deletion and asks that current law be kept, never that the struck words be struck.
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    saving = (
        "An order of sealing does not end the jurisdiction of the court to hear a later motion to vacate."
    )
    findings = check_passages(
        [
            Passage("THE ORDER IS A FINAL DISPOSITION.", "Sec. 4(c), line 3"),
            Passage(saving, "Sec. 4(c), line 3", True),
        ]
    )
    text = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings))
    strike = text.split("What the committee must strike")[1]
    assert f"The bill strikes these words: “[{saving}]” (Sec. 4(c))." in strike
    assert "strike the deletion and keep these words" in strike


def test_the_testimony_asks_to_qualify_a_promise_that_the_person_may_deny_the_record(library):
    # A sealing section that lets the person answer as if the record never existed (words written for this
    # test, in the shape of many clean-slate acts): the letter quotes it under its own heading and asks for
    # a rule for federal immigration questions, not that the relief be struck.
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    deny = "Upon sealing, the person may lawfully deny that the arrest or conviction occurred."
    findings = check_passages(
        [
            Passage("A court may seal a record of conviction on petition.", "Sec. 5(a), line 2"),
            Passage(deny, "Sec. 5(c), line 8"),
        ]
    )
    text = letter(build_packet(spec(bill_number="S. 4321"), library, findings=findings))
    asked = text.split("What the bill cannot promise")[1]
    assert asked.startswith(f" The bill provides: “{deny}” (Sec. 5(c)).")
    assert "federal immigration form or officer" in asked and "truthfully and completely" in asked
    assert "without narrowing the relief in any other way" in asked
    assert "lied to immigration authorities" in asked
    assert deny not in text.split("What the bill cannot promise")[0]


def test_no_caution_is_written_when_the_bill_makes_no_such_promise(library):
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    findings = check_passages([Passage("A court may seal a record of conviction on petition.", "line 2")])
    assert "What the bill cannot promise" not in letter(
        build_packet(spec(bill_number="S. 4321"), library, findings=findings)
    )


NO_RELIEF = (
    # N.Y. S. 2241, 2025–2026 Leg., Reg. Sess. (N.Y. 2025) (as introduced), § 1 (new Exec. Law § 13(2)),
    # https://www.nysenate.gov/legislation/bills/2025/S2241 (tests/corpus/ny-s2241-2025.txt).
    "2. THE GOVERNOR SHALL NOT, THROUGH EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER, PREVENT OR INHIBIT "
    "STATE AGENCIES AND THEIR EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, FROM WORKING WITH FEDERAL "
    "AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT, NOR SHALL THE GOVERNOR PROHIBIT "
    "INFORMATION GATHERING OR OTHER FORMS OF ASSISTANCE THAT AIDS IN SUCH ENFORCEMENT."
)


@pytest.mark.parametrize("position", ["support", "oppose", "support-if-amended"])
def test_no_testimony_is_written_for_a_bill_that_clears_no_records(library, position):
    # Every position's letter speaks of clearing records ("We share the goal of clearing old
    # records"); said of a bill on cooperation with immigration enforcement, it misdescribes it
    # (legal read 8, A-2). Naming the bill's relief term overrides the refusal.
    with pytest.raises(UsageError, match=r"S\. 2241 names no record-clearance relief") as refused:
        build_packet(spec(bill_number="S. 2241", position=position), library, pending_text=NO_RELIEF)
    assert "relief_term in the spec" in refused.value.hint
    packet = build_packet(
        spec(bill_number="S. 2241", position=position, relief_term="sealing"), library, pending_text=NO_RELIEF
    )
    assert "S. 2241" in letter(packet)


@pytest.mark.parametrize(
    "text",
    [
        "The court shall order the record sealed.",
        "An order of nondisclosure may be issued.",
        "The court shall vacate the judgment and permit the defendant to withdraw the plea.",
        "a conviction that is vacated under this section",
    ],
)
def test_a_bill_that_clears_records_by_any_name_gets_its_testimony(library, text):
    assert build_packet(spec(bill_number="S. 1"), library, pending_text=text)


def test_the_letter_says_what_the_states_law_already_does_before_asking_for_more(library):
    """Legal read 13, A-7: a California packet asked for a motion to vacate without a word about
    Cal. Penal Code § 1473.7; the first thing a committee's analyst says is that the state has it.
    Legal read 14, A-3: saying the state "already provides for this" concedes the amendment, so the
    letter says the law offers relief of this kind, and the witness says what it lacks."""
    letter = " ".join(b.text for b in part(build_packet(spec(state="CA"), library), "testimony"))
    has = (
        "California law already offers relief of this kind "
        "(Cal. Penal Code § 1473.7(a)(1); Cal. Penal Code § 1016.5(b)), but not all of what the language "
        "below provides: [Before you testify: say what that law lacks"
    )
    assert has in letter
    assert "already provides for this" not in letter
    assert (
        "be added to Cal. Penal Code § 1473.7; the language below can be set out as amendments to it"
        in letter
    )
    assert (
        "California law does part of this today (Cal. Penal Code § 1016.5(b)). [Before you testify:" in letter
    )
    # said once for each practice it concerns, before the language proposed for it
    assert letter.count("law already offers relief of this kind") == 1
    assert letter.index(has) < letter.index("We propose this language:")
    # what works against the practice is not cited as what the law does (New York's CPL 220.50(7))
    york = " ".join(b.text for b in part(build_packet(spec(state="NY"), library), "testimony"))
    assert "New York law does part of this today (N.Y. Crim. Proc. Law § 440.10(1)(h), (j))." in york
    # a state whose law has none of a practice, and the model bill, say nothing of the kind
    generic = " ".join(b.text for b in part(build_packet(spec(state=None), library), "testimony"))
    assert "law already offers" not in generic and "does part of this today" not in generic
    # language the proposal adds to the pending bill's own relief provision is set out there, not in the
    # code (a second legal read, 2026-12-06: the letter sent the court-power sentence to CPL 160.59 while the
    # proposed text added it to S. 2403's own section)
    court = york.split("Continuing jurisdiction")[1].split("We propose this language:")[0]
    assert "can be set out as amendments to the section of A.B. 1234 that provides for sealing." in court
    assert "§ 160.59" not in court


def test_the_table_of_authorities_lists_a_case_cited_by_its_docket_number():
    # A second legal read: the Second Circuit's slip opinion, cited in the analysis of the vacatur section
    # for New York, was missing from the table; eyecite finds only cases cited to a reporter.
    from billkit.build.authorities import find_citations

    text = (
        "Authorities. 8 C.F.R. § 1003.55; Peguero Vasquez v. Garland, No. 21-6380 (2d Cir. Sept. 13, 2023); "
        "Nelson v. Colorado, 137 S. Ct. 1249 (2017)."
    )
    cases = [f.display for f in find_citations(text) if f.group == "Cases"]
    assert cases == [
        "Peguero Vasquez v. Garland, No. 21-6380 (2d Cir. Sept. 13, 2023)",
        "Nelson v. Colorado, 137 S. Ct. 1249 (2017)",
    ]


def test_the_table_of_authorities_lists_laws_by_title_and_section():
    # Legal read 15, C-5: 18 U.S.C. § 911 had printed between two sections of title 8, and a subsection of one
    # section before another section.
    from billkit.build.authorities import _sort_key

    laws = [
        "42 Pa. Cons. Stat. § 9543(a)(2)", "18 U.S.C. § 911", "18 Pa. Cons. Stat. § 9152(b)",
        "8 U.S.C. § 1644", "42 Pa. Cons. Stat. § 9543", "8 U.S.C. § 1101(a)(48)(A)",
        "18 Pa. Cons. Stat. § 9122.5(c)",
        "Cal. Penal Code § 1203.4", "Cal. Penal Code § 1016.5", "18 Pa. Cons. Stat. § 9152",
    ]  # fmt: skip
    assert sorted(laws, key=lambda law: _sort_key("Statutes", law)) == [
        "8 U.S.C. § 1101(a)(48)(A)", "8 U.S.C. § 1644", "18 U.S.C. § 911", "Cal. Penal Code § 1016.5",
        "Cal. Penal Code § 1203.4", "18 Pa. Cons. Stat. § 9122.5(c)", "18 Pa. Cons. Stat. § 9152",
        "18 Pa. Cons. Stat. § 9152(b)", "42 Pa. Cons. Stat. § 9543", "42 Pa. Cons. Stat. § 9543(a)(2)",
    ]  # fmt: skip
