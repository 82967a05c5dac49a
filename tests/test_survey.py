"""billkit survey: the whole table in CSV, JSON and Markdown, a map a practice, and a report."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from billkit.cli import app
from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.load.library import PRACTICES

from support import made_once

pytestmark = pytest.mark.slow  # seven maps and a 29-page report


@pytest.fixture(scope="module")
def surveyed(tmp_path_factory):
    def survey(out):
        result = CliRunner().invoke(app, ["survey", "-o", str(out), "-f", "pdf", "-f", "docx"])
        assert result.exit_code == 0, result.output

    return made_once(tmp_path_factory, "survey", survey)


def test_the_table_round_trips_with_every_jurisdiction(surveyed):
    rows = list(csv.DictReader(io.StringIO((surveyed / "survey.csv").read_text(encoding="utf-8"))))
    assert [row["code"] for row in rows] == sorted(all_jurisdiction_codes())
    data = json.loads((surveyed / "survey.json").read_text(encoding="utf-8"))
    assert [row["code"] for row in data] == [row["code"] for row in rows]
    for row, item in zip(rows, data, strict=True):
        assert int(row["protections"]) == item["protections"]
        for practice in PRACTICES:
            assert row[f"{practice}_status"] == item[f"{practice}_status"]
    ohio = next(row for row in rows if row["code"] == "OH")
    assert (
        ohio["vacatur-for-cause_status"] == "partly" and "2943.031(D)" in ohio["vacatur-for-cause_citations"]
    )
    table = (surveyed / "survey-table.md").read_text(encoding="utf-8").splitlines()
    assert len(table) == 2 + len(rows) and table[0].startswith(
        "| Code | Jurisdiction | Vacatur for legal error"
    )


def test_there_is_a_map_for_each_practice_and_for_the_count(surveyed):
    from PIL import Image

    for name in (*PRACTICES, "protections"):
        png = surveyed / f"survey-map-{name}.png"
        with Image.open(png) as image:
            assert image.size[0] > 600, name
        assert ">OH<" in (surveyed / f"survey-map-{name}.svg").read_text(encoding="utf-8")


def test_the_reports_table_matches_the_csv(surveyed):
    rows = list(csv.DictReader(io.StringIO((surveyed / "survey.csv").read_text(encoding="utf-8"))))
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(surveyed / "survey.pdf").pages
    )
    for row in rows:
        assert row["name"] in text, row["code"]
    ca = next(row for row in rows if row["code"] == "CA")
    assert "Cal. Penal Code § 1473.7" in text and ca["vacatur-for-cause_status"] == "has"
    import docx

    word = docx.Document(surveyed / "survey.docx")
    glance = word.tables[0]
    assert len(glance.rows) == 1 + len(rows)
    assert [cell.text for cell in glance.rows[1].cells][:2] == [rows[0]["code"], rows[0]["name"]]
