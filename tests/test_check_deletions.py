"""A bill that strikes a protection from current law works against the practice (`billkit check`'s
``deletions``): the struck words are no law once it passes, so they are not read as the bill's, but their
loss is reported, quoted in brackets as the bill prints them, and the testimony asks the committee to keep
them. The bills are written for these tests (no source), in the shape of a lawyer's read of the advocate's
Kansas bill (../shared/reviews/2026-11-user-review.md) and of N.Y. A. 5427 (2023),
tests/corpus/ny-a5427-2023-cpl-440-10.txt."""

from __future__ import annotations

from billkit.check.reading import printed_text, read_bill
from billkit.check.rules import check_bill

LEGEND = "Explanation: Matter in brackets [ ] is existing law to be deleted; CAPITALS are new law.\n\n"
SAVING = (
    "An order of sealing does not end the jurisdiction of the court to hear a later motion to vacate the "
    "conviction."
)


def _finding(tmp_path, text: str, practice: str):
    path = tmp_path / "bill.txt"
    path.write_text(LEGEND + text + "\n", encoding="utf-8")
    return next(f for f in check_bill(path) if f.id == practice), path


def test_a_struck_protection_is_contrary_and_quoted_in_brackets(tmp_path):
    found, _ = _finding(
        tmp_path, f"Sec. 4. (c) [{SAVING}] THE ORDER IS A FINAL DISPOSITION.", "court-jurisdiction"
    )
    assert found.status == "contrary"
    assert found.evidence[0].quote == f"[{SAVING}]"
    assert found.evidence[0].location.startswith("Sec. 4(c)")
    assert "The bill strikes the words quoted first, in brackets" in found.missing
    assert "ask the committee to keep them" in found.missing


def test_a_protection_struck_and_restated_as_new_law_is_kept(tmp_path):
    text = f"Sec. 4. (c) [{SAVING}] {SAVING.upper()}"
    found, _ = _finding(tmp_path, text, "court-jurisdiction")
    assert found.status == "present"


def test_the_struck_words_are_not_the_bills_text(tmp_path):
    _, path = _finding(
        tmp_path, f"Sec. 4. (c) [{SAVING}] THE ORDER IS A FINAL DISPOSITION.", "court-jurisdiction"
    )
    text = printed_text(read_bill(path))
    assert "FINAL DISPOSITION" in text and "later motion" not in text


def test_a_struck_word_that_protects_nothing_changes_nothing(tmp_path):
    found, _ = _finding(
        tmp_path,
        "Sec. 4. (c) A record [expunged] SEALED under this section is confidential.",
        "court-jurisdiction",
    )
    assert found.status == "absent"


def test_the_struck_grant_is_quoted_not_the_limit_struck_with_it(tmp_path):
    # a critical read of the change: the struck words hold a grant and a limit; the protection to keep is the
    # grant
    grant = "The person whose record is sealed may inspect it without a court order."
    limit = "No copy shall be given to the person except upon order of the court."
    found, _ = _finding(
        tmp_path, f"Sec. 5. (a) [{grant} {limit}] THE CLERK SHALL KEEP THE RECORD.", "record-access"
    )
    assert found.status == "contrary"
    assert found.evidence[0].quote == f"[{grant}]"


def test_two_struck_pieces_of_one_line_are_not_read_as_one_sentence(tmp_path):
    # the kept "not" between two struck pieces belongs to neither: an old bar is no struck grant
    text = "Sec. 6. (a) The person whose record is sealed [shall] MAY not [inspect] OBTAIN a copy of it."
    found, _ = _finding(tmp_path, text, "record-access")
    assert found.status != "contrary" or not found.evidence[0].quote.startswith("[")


def test_a_bill_that_strikes_record_clearance_is_no_bill_that_names_none(tmp_path):
    # a critical read of the change: a repeal prints the relief only as struck words, and a repeal is the
    # worst fault a clearance bill can have, not a text outside the practices
    from typer.testing import CliRunner

    from billkit.cli import app

    path = tmp_path / "repeal.txt"
    path.write_text(
        LEGEND + f"Sec. 4. [{SAVING} A person may petition for sealing of a conviction.]\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["check", str(path), "--markdown"])
    assert result.exit_code == 0 and "names no record-clearance relief" not in result.stdout + result.stderr


def test_a_protection_struck_through_in_a_docx_is_read_for_what_the_bill_takes_away(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Sec. 4. Sealing.")
    paragraph = document.add_paragraph("(c) ")
    paragraph.add_run(SAVING).font.strike = True
    paragraph.add_run(" The order is a final disposition.")
    path = tmp_path / "bill.docx"
    document.save(path)
    assert SAVING not in printed_text(read_bill(path))
    found = next(f for f in check_bill(path) if f.id == "court-jurisdiction")
    assert found.status == "contrary"
    assert (found.evidence[0].quote, found.evidence[0].location) == (f"[{SAVING}]", "Sec. 4(c), paragraph 2")


def test_a_protection_struck_in_brackets_in_a_pdf_is_read_for_what_the_bill_takes_away(tmp_path):
    from html import escape

    from weasyprint import HTML

    page = f"{LEGEND}Sec. 4. Sealing.\n(c) [{SAVING}]\nTHE ORDER IS A FINAL DISPOSITION."
    html = f"<style>pre {{ font: 8pt serif; white-space: pre-wrap }}</style><pre>{escape(page)}</pre>"
    path = tmp_path / "bill.pdf"
    path.write_bytes(HTML(string=html).write_pdf())
    assert "hear a later motion" not in printed_text(read_bill(path))
    found = next(f for f in check_bill(path) if f.id == "court-jurisdiction")
    assert found.status == "contrary"
    assert found.evidence[0].quote.startswith("[An order of sealing does not end the jurisdiction")
    assert found.evidence[0].location == "page 1"


def test_a_struck_subsection_is_cited_by_its_own_label(tmp_path):
    # The struck "(c)" stands after the printed "(b)": cited "Sec. 4(c)", never under the label before it.
    text = f"Sec. 4. Sealing.\n(b) THE ORDER IS A FINAL DISPOSITION.\n[(c) {SAVING}]"
    found, _ = _finding(tmp_path, text, "court-jurisdiction")
    assert found.status == "contrary"
    assert found.evidence[-1].quote == f"[(c) {SAVING}]"
    assert found.evidence[-1].location == "Sec. 4(c), line 5"
