"""`billkit check` cautions, under public education, against a bill that lets the person deny a cleared
record: the promise holds for state questions only, and a noncitizen who relies on it on an immigration form
may be found to have misrepresented a fact. The sentences are written for these tests (no source)."""

from __future__ import annotations

import pytest

from billkit.check.reading import Passage
from billkit.check.rules import check_passages

DENIALS = [
    "(d) A person whose record is sealed under this section may lawfully deny that the arrest occurred.",
    "(4) Upon the order, the proceedings in the case shall be deemed never to have occurred.",
    "(b) After expungement, the petitioner shall be treated as not having been convicted of the offense.",
    "(e) A person granted relief under this section need not disclose the arrest in answer to any question.",
    "(2) The court's order restores the person to the status the person occupied before the arrest.",
]
NOT_DENIALS = [
    # the promise already keeps immigration questions out
    "(d) A person whose record is sealed may deny that the arrest occurred, except in an application to a "
    "federal immigration authority.",
    # someone else answers a petition
    "(3) The prosecuting attorney may respond to the petition within thirty days.",
    # the person must disclose
    "(5) A person whose record is sealed shall disclose the arrest when asked by a licensing board.",
    # from a critical read: an employer's denial, a prosecutor's reply, a saving that requires disclosure
    "(6) No employer may deny employment to an applicant because of a sealed conviction.",
    "(7) The prosecuting attorney may respond to the application within thirty days.",
    "(8) Nothing in this section means that a person whose record is expunged is not required to disclose "
    "the arrest on an application to be a peace officer.",
]


def _education(text: str):
    return next(f for f in check_passages([Passage(text, "Sec. 4")]) if f.id == "public-education")


@pytest.mark.parametrize("text", DENIALS)
def test_a_promise_that_the_record_did_not_exist_is_quoted_with_a_caution(text):
    education = _education(text)
    caution = "Caution: the bill treats the record as if it did not exist, or lets the person answer so"
    assert f"{caution} (“{text}”, Sec. 4)" in education.missing
    assert "answer those questions truthfully and completely" in education.missing
    assert education.status == "absent"  # a caution, not a status


@pytest.mark.parametrize("text", NOT_DENIALS)
def test_no_caution_where_the_promise_is_carved_out_or_not_the_persons(text):
    assert "Caution" not in (_education(text).missing or "")


def test_a_present_practice_prints_its_caution_as_a_caution_not_as_missing(tmp_path):
    from typer.testing import CliRunner

    from billkit.cli import app

    path = tmp_path / "bill.txt"
    path.write_text(
        "Sec. 2. (a) The agency shall publish, with community organizations and in English and Spanish, a "
        "plain-language notice that a sealed conviction may still have immigration consequences.\n"
        "(b) A person whose record is sealed may lawfully deny that the arrest occurred.\n",
        encoding="utf-8",
    )
    memo = CliRunner().invoke(app, ["check", str(path), "--markdown"]).stdout
    education = memo.split("### public-education: present")[1]
    assert "\nCaution: the bill treats the record" in education and "Missing:" not in education


def test_an_absent_practice_prints_what_is_missing_and_the_caution_as_two_paragraphs():
    from billkit.check.rules import as_markdown

    findings = check_passages([Passage(DENIALS[0], "Sec. 4")])
    education = as_markdown("bill.txt", findings).split("### public-education: absent")[1]
    missing, caution = education.strip().split("\n\n")
    assert missing.startswith("Missing: ") and "Caution" not in missing
    assert caution.startswith("Caution: the bill treats the record") and DENIALS[0] in caution


def test_the_finding_keeps_the_sentence_it_cautions_against_for_the_testimony():
    caution = _education(DENIALS[2]).caution
    assert (caution.quote, caution.place) == (DENIALS[2], "Sec. 4")


def test_a_finding_gives_what_is_missing_and_the_caution_apart():
    education = _education(DENIALS[0])
    lacking, caution = education.lacking_and_caution()
    assert lacking == education.missing.split(" Caution:")[0] and "Caution" not in lacking
    assert caution.startswith("Caution: the bill treats the record") and DENIALS[0] in caution
    assert (
        _education("(3) The prosecuting attorney may respond to the petition.").lacking_and_caution()[1] == ""
    )
