"""billkit check: reading bills, finding the practices, and what it hands back."""

from __future__ import annotations

import json
import random
import re
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from billkit.build import build_bill
from billkit.build.relief import TERMS
from billkit.check.reading import Passage, UnreadableBillError, read_bill
from billkit.check.rules import check_bill, check_passages, sentences
from billkit.cli import app
from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.load.library import PRACTICES
from billkit.render import render
from billkit.spec import BillSpec

from support import GRANTS_RELIEF, MODEL_NUMBERING, relief_by_this_section

SCAFFOLD = ("short-title", "findings", "definitions", "severability", "implementation", "effective-date")
runner = CliRunner()


def statuses(findings) -> dict[str, str]:
    return {f.id: f.status for f in findings}


def check_text(text: str) -> dict[str, str]:
    return statuses(check_passages([Passage(text, "line 1")]))


def random_subsets(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        chosen = [p for p in PRACTICES if rng.random() < 0.5]
        if "rebuttable-presumption" in chosen and "vacatur-for-cause" not in chosen:
            chosen.append("vacatur-for-cause")
        yield tuple(chosen)


@pytest.mark.parametrize("code", [None, *all_jurisdiction_codes()])
def test_every_drafted_bill_checks_as_exactly_its_clauses(library, tmp_path, code):
    # One bill a jurisdiction: across them the relief terms rotate, clean and annotated drafts alternate,
    # and the clauses are a different random choice each time.
    seed = sum(map(ord, code or "generic"))
    (practices,) = random_subsets(1, seed)
    term = list(TERMS)[seed % len(TERMS)]
    spec = BillSpec(state=code, clauses=SCAFFOLD + practices, relief_term=term, clean=bool(seed % 2))
    path = tmp_path / "bill.docx"
    path.write_bytes(render(build_bill(spec, library), "docx"))
    found = statuses(check_bill(path))
    assert found == {p: "present" if p in practices else "absent" for p in PRACTICES}, (code, term, practices)


@pytest.mark.parametrize("state", [None, "CA", "NY", "TX", "WA", "DC", "OH"])
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_pdf_and_text_round_trip_with_every_protection(library, tmp_path, state, fmt):
    bill = build_bill(BillSpec(state=state), library)
    if fmt == "html":  # the HTML's text, as someone pasting a bill into a .txt file would have it
        import re

        text = re.sub(r"<[^>]+>", "\n", render(bill, "html").decode())
        path = tmp_path / "bill.txt"
        path.write_text("\n\n".join(line.strip() for line in text.splitlines() if line.strip()))
    else:
        path = tmp_path / "bill.pdf"
        path.write_bytes(render(bill, "pdf"))
    assert set(statuses(check_bill(path)).values()) == {"present"}


def test_a_bill_with_every_protection_removed_checks_all_absent(library, tmp_path):
    for fmt in ("docx", "pdf"):
        path = tmp_path / f"bare.{fmt}"
        path.write_bytes(render(build_bill(BillSpec(clauses=SCAFFOLD), library), fmt))
        assert set(statuses(check_bill(path)).values()) == {"absent"}


def test_other_drafting_is_recognised():
    found = check_text(
        "A sealing under this section shall not divest the court of authority to hear a motion for "
        "relief under Section 1473.7. Sealed records shall be made available to the person or the "
        "person's designated agent. The department shall request that the Federal Bureau of "
        "Investigation remove the record from "
        "the Interstate Identification Index. No state agency shall share sealed records with federal "
        "immigration authorities for civil immigration enforcement."
    )
    assert found["court-jurisdiction"] == "present"
    assert found["record-access"] == "present"
    assert found["federal-records"] == "present"


def test_negations_and_exceptions_count_against():
    found = check_text(
        "A person may not open or review an expunged record of the person without a court order. "
        "No agency shall disclose criminal history information for employment purposes."
    )
    assert found["record-access"] == "contrary"
    assert found["federal-records"] == "absent"  # a sharing ban for another purpose is no protection
    assert (
        check_text("Upon expungement, the court shall lose jurisdiction over the case.")["court-jurisdiction"]
        == "contrary"
    )


def test_half_of_federal_records_is_partial():
    found = check_passages(
        [Passage("The bureau shall notify the FBI and request removal of the record.", "line 3")]
    )
    finding = next(f for f in found if f.id == "federal-records")
    assert finding.status == "partial" and "immigration authorities" in finding.missing
    assert finding.evidence[0].location == "line 3"


def test_sentences_keep_citations_whole():
    text = "Relief under 8 U.S.C. § 1101(a)(48)(A) is narrow. See Cal. Penal Code § 1473.7. Next sentence."
    assert sentences(text) == [
        "Relief under 8 U.S.C. § 1101(a)(48)(A) is narrow.",
        "See Cal. Penal Code § 1473.7.",
        "Next sentence.",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.docx", None, "no such file"),
        ("empty.txt", b"", "the file is empty"),
        ("corrupt.docx", b"PK\x03\x04 not really a zip", "not a readable DOCX file"),
        ("corrupt.pdf", b"%PDF-1.7\nrubbish", "not a readable PDF file"),
        ("bill.rtf", b"{\\rtf1}", "cannot read a .rtf"),
        ("utf16.txt", "Sección".encode("utf-16-le"), "not UTF-8 text"),
    ],
)
def test_unreadable_input_is_a_one_line_error(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UnreadableBillError, match=message):
        read_bill(path)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_pdf_without_a_text_layer_and_encrypted_pdf(tmp_path):
    from pypdf import PdfWriter

    blank = PdfWriter()
    blank.add_blank_page(612, 792)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        blank.write(handle)
    with pytest.raises(UnreadableBillError, match="no text layer"):
        read_bill(path)
    locked = PdfWriter()
    locked.add_blank_page(612, 792)
    locked.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        locked.write(handle)
    with pytest.raises(UnreadableBillError, match="encrypted"):
        read_bill(path)


def test_a_docx_that_is_a_zip_of_something_else(tmp_path):
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(UnreadableBillError, match="not a readable DOCX"):
        read_bill(path)


@pytest.fixture
def partial_bill(library, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pending.docx"
    path.write_bytes(render(build_bill(BillSpec(clauses=("short-title", "record-access")), library), "docx"))
    return path


def test_cli_json_has_exactly_the_documented_shape(partial_bill):
    result = runner.invoke(app, ["check", str(partial_bill), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"file", "practices"}
    assert [p["id"] for p in data["practices"]] == list(PRACTICES)
    for practice in data["practices"]:
        assert set(practice) == {"id", "status", "evidence", "missing", "suggest"}
        for evidence in practice["evidence"]:
            assert set(evidence) == {"quote", "location"}
    access = data["practices"][PRACTICES.index("record-access")]
    assert access["status"] == "present" and access["missing"] is None and access["suggest"] == []
    assert "without first obtaining a court order" in access["evidence"][0]["quote"]
    assert re.fullmatch(r"Section 2\(a\), paragraph \d+", access["evidence"][0]["location"])
    presumption = data["practices"][PRACTICES.index("rebuttable-presumption")]
    assert presumption["suggest"] == ["vacatur-for-cause", "rebuttable-presumption"]


def test_cli_markdown_table_and_fail_on(partial_bill):
    markdown = runner.invoke(app, ["check", str(partial_bill), "--markdown"]).stdout
    assert "| record-access | present |" in markdown and "| federal-records | absent |" in markdown
    table = runner.invoke(app, ["check", str(partial_bill)])
    assert table.exit_code == 0 and "record-access" in table.stdout
    assert runner.invoke(app, ["check", str(partial_bill), "--fail-on", "absent"]).exit_code == 1
    assert runner.invoke(app, ["check", str(partial_bill), "--fail-on", "sometimes"]).exit_code == 2


def test_cli_amendments_supply_exactly_what_is_missing(library, partial_bill, tmp_path):
    import docx

    result = runner.invoke(app, ["check", str(partial_bill), "--amendments", "--state", "TX", "-f", "docx"])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "out/pending-amendments.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Section Heading"]
    # record-access is present; the rest are supplied, with definitions of the terms they use
    wanted = ("definitions", "vacatur-for-cause", "rebuttable-presumption", "court-jurisdiction",
              "federal-records", "public-education")  # fmt: skip
    assert [h.split(". ", 1)[1].split(".")[0] for h in headings] == [
        library.get(c).title.upper() for c in wanted
    ]
    assert headings[0].startswith("AMENDMENT 1.")
    assert "Texas Department of Public Safety" in "\n".join(p.text for p in document.paragraphs)


def test_packet_takes_the_missing_practices_from_the_checked_bill(partial_bill, tmp_path):
    assert runner.invoke(app, ["init", "--packet"]).exit_code == 0
    result = runner.invoke(app, ["packet", "packet.toml", "--bill", str(partial_bill), "-f", "html"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out/testimony-packet.html").read_text()
    assert "We are glad the bill lets people obtain their own records without a court order." in html
    assert "The bill does not yet include a provision that asks the FBI to remove cleared records" in html


def test_amendments_refer_to_each_other_by_amendment_number(library):
    from billkit.build.amendments import build_amendments

    document = build_amendments(("vacatur-for-cause", "rebuttable-presumption"), library, "S.B. 5", None)
    relief = document.section("vacatur-for-cause").number
    presumption = document.section("rebuttable-presumption")
    assert f"under the section added by Amendment {relief} by a moving party" in section_text(presumption)


def section_text(section) -> str:
    return " ".join(b.text for top in section.body for b in top.walk())


def test_amendments_never_point_at_the_model_bill_or_at_themselves(library):
    from billkit.build.amendments import build_amendments

    for present in ((), ("vacatur-for-cause",)):  # the pending bill may already grant relief for error
        missing = [p for p in PRACTICES if p not in present]
        document = build_amendments(missing, library, "S.B. 5", None, present=present, relief_term="sealing")
        assert [s.number for s in document.sections] == list(range(1, len(document.sections) + 1))
        for section in document.sections:
            text = section_text(section)
            assert not MODEL_NUMBERING.search(text), section.id
            if not GRANTS_RELIEF.search(text):
                assert not relief_by_this_section(text, "sealing"), section.id
        if present:
            assert "vacatur-for-cause" not in document.meta.clause_ids
            assert (
                "[the section of S.B. 5 on relief for legal error and on equitable grounds]"
                in section_text(document.section("rebuttable-presumption"))
            )


SEALING_BILL = (
    "SENATE BILL No. 5\n\n"
    "An act to amend the criminal procedure law, in relation to the sealing of records.\n\n"
    "Section 1. A person convicted of a misdemeanor may apply to the court for an order of sealing. "
    "If the court grants the application, the court shall seal the records of the conviction. "
    "The court may not seal a conviction for a sex offense.\n"
)


def amendments_html(tmp_path, bill, *options) -> str:
    result = runner.invoke(app, ["check", str(bill), "--amendments", "-f", "html", *options])
    assert result.exit_code == 0, result.output
    html = (tmp_path / f"out/{bill.stem}-amendments.html").read_text()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_amendments_are_titled_by_the_bills_number(partial_bill, tmp_path):
    sealing = tmp_path / "sb5.txt"
    sealing.write_text(SEALING_BILL)
    assert "PROPOSED AMENDMENTS TO SENATE BILL NO. 5" in amendments_html(tmp_path, sealing).upper()
    text = amendments_html(tmp_path, sealing, "--bill-number", "S.B. 77")
    assert "Proposed Amendments to S.B. 77" in text and "Amend S.B. 77 by inserting" in text
    assert "Proposed Amendments to pending" in amendments_html(tmp_path, partial_bill)  # no number in it


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("S.B. 123 An act", "S.B. 123"),
        ("ASSEMBLY BILL No. 1228\nAn act", "Assembly Bill No. 1228"),
        ("H.B. No. 45", "H.B. No. 45"),
        ("The Senate\nS. 4321\nAN ACT", "S. 4321"),
        ("Senate Bill 5 amends 8 U.S.C. 1101", "Senate Bill 5"),
        ("See 559 U.S. 356 (2010). AB 1228", "AB 1228"),
        ("Relief under 8 U.S.C. § 1101(a)(48)(A) only.", None),
    ],
)
def test_bill_numbers_are_found_in_the_text(text, number):
    from billkit.build.pending import detect_bill_number

    assert detect_bill_number(text) == number


def test_amendments_use_the_bills_relief_term(partial_bill, tmp_path):
    expunged = re.compile(r"(?i)\bexpunge(?:ments?|d)\b")
    sealing = tmp_path / "sb5.txt"
    sealing.write_text(SEALING_BILL)
    for text in (
        amendments_html(tmp_path, sealing),
        amendments_html(tmp_path, partial_bill, "--relief-term", "sealing"),
    ):
        assert re.search(r"\bA sealing\b", text) and not expunged.search(text)
    assert expunged.search(amendments_html(tmp_path, partial_bill))  # the draft's own word
    refused = runner.invoke(app, ["check", str(partial_bill), "--amendments", "--relief-term", "vacatur"])
    assert refused.exit_code == 2


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The court may seal the record. Sealed records are closed. An expungement is different.", "sealing"),
        (
            "A petition to set aside the conviction. A set-aside is granted. The records are sealed.",
            "set-aside",
        ),
        ("An order of nondisclosure.", "record-clearance"),
        ("The court may vacate the conviction. A vacatur is granted. Vacated. Vacatur.", None),
    ],
)
def test_the_relief_term_is_the_one_the_bill_uses_most_and_never_vacatur(text, term):
    from billkit.build.pending import detect_relief_term

    assert detect_relief_term(text) == term


def test_a_state_whose_own_relief_is_vacation_keeps_its_word_for_a_pending_bill_that_uses_it():
    # Wash. H.B. 2227, 68th Leg., 2024 Reg. Sess., amending RCW 9.96.060 (tests/corpus/wa-hb2227-2024.txt):
    # the bill says "vacate" and "vacation" throughout and "setting aside" once, of a verdict; the
    # amendments took "set-aside" (a second legal read, 2026-12-06) and now take Washington's own word.
    from billkit.build.pending import choose_relief_term
    from billkit.build.relief import relief_for
    from billkit.load.jurisdiction import resolve

    text = (
        "(2) Every person convicted of a misdemeanor or gross misdemeanor offense who has completed all of "
        "the terms of the sentence for the offense may apply to the sentencing court for a vacation of the "
        "applicant's record of conviction for the offense. If the court finds the applicant meets the "
        "requirements of this subsection, the court may in its discretion vacate the record of conviction. "
        "... a motion for a new trial or for setting aside the verdict."
    )
    washington, ohio = resolve("WA"), resolve("OH")
    term, origin = choose_relief_term(None, text, relief_for(None, washington), washington)
    assert (term.noun, origin) == ("vacation", "found")
    # a state whose own word the bill does not use keeps the word the bill uses
    assert choose_relief_term(None, text, relief_for(None, ohio), ohio)[0].key == "set-aside"


def test_a_bill_without_definitions_gets_a_definitions_amendment(partial_bill, tmp_path):
    assert "“Noncitizen” means" in amendments_html(tmp_path, partial_bill)
    defining = tmp_path / "defines.txt"
    defining.write_text(
        SEALING_BILL + '"Noncitizen" means a person who is not a citizen or national of the United States. '
        '"Federal immigration authority" means a federal agency. "Sealing" means an order. '
        '"Record" means a record. "Order of vacatur" means an order. "Conviction" includes a deferred '
        'adjudication. "Prosecuting agency" means the district attorney.\n'
    )
    text = amendments_html(tmp_path, defining)
    assert "“Noncitizen” means" not in text and "DEFINITIONS" not in text.upper().split("AMENDMENT 2")[0]


def test_check_amendments_read_the_clauses_dir(partial_bill, tmp_path):
    from billkit.load.content import CLAUSES_DIR

    pack = tmp_path / "pack"
    pack.mkdir()
    source = (CLAUSES_DIR / "public-education.yaml").read_text(encoding="utf-8")
    (pack / "public-education.yaml").write_text(
        re.sub(r"(?m)^title: .*$", "title: Public education (from the pack)", source), encoding="utf-8"
    )
    text = amendments_html(tmp_path, partial_bill, "--clauses-dir", str(pack))
    assert "PUBLIC EDUCATION (FROM THE PACK)" in text.upper()


def test_a_state_drafts_front_matter_is_not_read_as_its_law(library, tmp_path):
    """The sources page ("Sources for Ohio") and the prefatory note are commentary, in any format."""
    bill = build_bill(BillSpec(state="OH"), library)
    path = tmp_path / "oh.md"
    path.write_bytes(render(bill, "md"))
    text = " ".join(p.text for p in read_bill(path))
    assert "Be it enacted" in text or "BE IT ENACTED" in text.upper()
    sources = bill.sources_note.texts
    assert sources and not any(line[:40] in text for line in sources)
    assert not any(line[:40] in text for line in bill.prefatory_note.texts)


@pytest.mark.parametrize(
    "text",
    [
        # the court failed to address the defendant (Conn. Gen. Stat. § 54-1j(c) style)
        "If the court fails to address the defendant personally and determine that the defendant fully "
        "understands the possible consequences of the plea, the court, on the defendant's motion, shall "
        "vacate the judgment, and permit the defendant to withdraw the plea of guilty.",
        # "sub. (c)" does not end the sentence (Wis. Stat. § 971.08(2) style)
        "If a court fails to advise a defendant as required by sub. (c) and a defendant later shows that "
        "the plea is likely to result in deportation, the court on the defendant's motion shall vacate "
        "any applicable judgment and permit the defendant to withdraw the plea and enter another plea.",
        "If the court did not so advise the defendant, the court may allow the defendant to withdraw the "
        "plea of guilty.",
    ],
)
def test_a_vacatur_for_a_missing_advisement_is_present(text):
    assert check_text(text)["vacatur-for-cause"] == "present"


def test_sub_and_subd_do_not_end_a_sentence():
    assert sentences("As required by sub. (c) and subd. 2, the court shall act. Next.") == [
        "As required by sub. (c) and subd. 2, the court shall act.",
        "Next.",
    ]


def test_a_challenge_to_a_plea_on_constitutional_grounds_and_jurisdiction_to_decide_it():
    found = check_text(
        "Many defendants were deprived of the opportunity to challenge guilty pleas entered in violation "
        "of the constitution. At any time following the dismissal of the charges upon completion of a "
        "deferred judgment, a defendant may challenge the guilty plea. The court in which the plea was "
        "entered has jurisdiction and authority to decide the motion."
    )
    assert found["vacatur-for-cause"] == "present"
    assert found["court-jurisdiction"] == "present"
    # jurisdiction to hear the first petition for relief is not jurisdiction kept after it
    first = check_text(
        "A person may petition for expungement. The court has jurisdiction to hear the petition."
    )
    assert first["court-jurisdiction"] == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # the advisement's words in an item of a list (Or. Rev. Stat. § 135.385(2)(d))
        "The court shall inform the defendant: (d) That if the defendant is not a citizen of the United "
        "States conviction of a crime may result, under the laws of the United States, in deportation.",
        "Before accepting a plea of guilty, the court shall admonish the defendant of: (4) the fact that if "
        "the defendant is not a citizen of the United States, a plea of guilty may result in deportation;",
        "If you are not a citizen of the United States, you are advised that a plea of guilty may result in "
        "deportation.",
        # notice of eligibility for relief, and of what relief does (Vt. § 8006, Wyo. § 14-6-241)
        "The court shall provide either oral or written notice that the conviction may be eligible for "
        "expungement or sealing.",
        "The prosecuting attorney shall inform the juvenile of the order of expungement and of the practical "
        "effects of the expungement.",
    ],
)
def test_advisements_and_notices_of_relief_are_partial_public_education(text):
    assert check_text(text)["public-education"] == "partial"


def test_findings_about_noncitizens_and_a_state_entity_are_not_public_education():
    assert (
        check_text(
            "Many noncitizen defendants did not understand that the plea would result in adverse immigration "
            "consequences."
        )["public-education"]
        == "absent"
    )
    # "state" as in "a state entity" is not a duty to state anything
    assert (
        check_text(
            "A state entity may not prohibit a law enforcement agency from recording information regarding "
            "a person's immigration status."
        )["public-education"]
        == "absent"
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # closed to everyone but the person (1998 Kan. Sess. Laws ch. 131, § 1)
        (
            (
                "Expungement means the sealing of records such that they are unavailable except to the "
                "petitioner and criminal justice agencies."
            ),
            "present",
        ),
        # a closed list of recipients that names the person (Tex. Gov't Code § 411.0765(a))
        (
            (
                "A criminal justice agency may disclose criminal history record information that is the "
                "subject of an order of nondisclosure only: (1) to other criminal justice agencies; (2) "
                "to the person who is the subject of the order."
            ),
            "present",
        ),
        # one's own criminal history, not said to include cleared records (Alaska, Georgia, Nevada)
        (
            (
                "A person shall have the right to inspect criminal justice information that refers to the"
                " person."
            ),
            "partial",
        ),
        (
            (
                "The center shall make a person's criminal records available for inspection by such "
                "person upon written application to the center."
            ),
            "partial",
        ),
        # a certified copy of the order, to the agencies and to the person (N.C. Gen. Stat. § 15A-150(b))
        (
            (
                "The clerk shall send a certified copy of an order granting an expunction to (i) all of "
                "the agencies listed in this subsection and (ii) the person granted the expunction."
            ),
            "partial",
        ),
        (
            (
                "The office shall implement a procedure allowing persons to verify whether automatic "
                "expungement has occurred."
            ),
            "partial",
        ),
        # only the court opens them, and the person must petition it (Nev. Rev. Stat. § 62H.170(2)(a))
        (
            (
                "The juvenile court may order the inspection of records that are sealed if: (a) The "
                "person who is the subject of the records petitions the juvenile court to permit the "
                "inspection of the records by the persons named in the petition;"
            ),
            "contrary",
        ),
    ],
)
def test_record_access_in_real_wording(text, status):
    assert check_text(text)["record-access"] == status


def test_a_copy_of_the_order_or_the_prosecutors_review_is_not_access_to_the_records():
    assert (
        check_text("The clerk shall provide a copy of the sealing order to the defendant.")["record-access"]
        == "partial"
    )
    assert (
        check_text(
            "The petition shall include the person's criminal history record and copies of the judgment."
        )["record-access"]
        == "absent"
    )


def test_declining_immigration_enforcement_requests_is_half_of_federal_records():
    found = check_passages(
        [
            Passage(
                "If a public body receives a communication or request from a federal agency that relates to "
                "immigration enforcement, the public body shall decline the request and document it.",
                "line 1",
            )
        ]
    )
    finding = next(f for f in found if f.id == "federal-records")
    assert finding.status == "partial" and "federal databases" in finding.missing
    refusal_barred = check_text("No agency shall refuse a request from federal immigration authorities.")
    assert refusal_barred["federal-records"] != "partial"


def test_a_bill_that_clears_no_records_is_said_so_and_gets_no_amendments(tmp_path):
    # N.Y. S. 2241 (2025), an anti-sanctuary bill (tests/corpus/ny-s2241-2025.txt): its ban on
    # limiting cooperation is contrary to the federal-records practice, but the bill clears no record,
    # so "add vacatur-for-cause" is no fault of it and amendments written into it would be nonsense
    # (legal read 8, A-2).
    bill = Path(__file__).parent / "corpus" / "ny-s2241-2025.txt"
    result = runner.invoke(app, ["check", str(bill), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["practices"][4]["status"] == "contrary"
    assert "names no record-clearance relief" in result.stderr
    memo = runner.invoke(app, ["check", str(bill), "--markdown"]).stdout  # a saved memo keeps the note too
    assert memo.split("\n")[2].startswith(f"> Note: {bill} names no record-clearance relief")
    out = tmp_path / "out"
    refused = runner.invoke(app, ["check", str(bill), "--amendments", "-o", str(out)])
    assert refused.exit_code == 2 and not out.exists() and refused.stdout == ""
    assert refused.stderr.startswith("Error: ") and "--relief-term" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    given = runner.invoke(
        app, ["check", str(bill), "--amendments", "--relief-term", "sealing", "-o", str(out)]
    )
    assert given.exit_code == 0 and list(out.glob("*amendments*"))


def test_cli_table_prints_brackets_as_written(tmp_path, monkeypatch):
    """A draft's "[State]" or "[90]" is text: Rich must not read it as markup and drop it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")
    bill = tmp_path / "[draft] pending.txt"
    bill.write_text(
        "Sec. 2. (a) A person may obtain a copy of the person's own sealed record from the "
        "[State Police] within [30] days, without first obtaining a court order.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(bill)])
    assert result.exit_code == 0, result.output
    assert "[State Police]" in result.stdout and "[30]" in result.stdout
    assert "[draft] pending.txt" in result.stdout
