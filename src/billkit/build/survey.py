"""Where every jurisdiction stands on the six practices: a table, maps and a report.

``rows`` flattens the jurisdiction records into one row each; ``to_csv``, ``to_json`` and
``to_markdown`` write those rows for a spreadsheet, a program and a wiki; ``maps`` draws one
tile-grid map a practice and one of the count of protections; ``report`` is the Document the PDF
and DOCX are made from: the maps, the table, and every status with its citations and grade.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from ..load.statelaw import PROTECTIONS, standing_rows
from ..load.words import words
from ..model import Document, DocumentMeta, Figure, Heading, PageBreak, Para, Run, Table


def rows(records: Mapping[str, object]) -> list[dict]:
    """One row a jurisdiction, in code order: its relief, each practice's status, its protections."""
    out = []
    for code in sorted(records):
        record = records[code]
        row = {
            "code": code,
            "name": record.name,
            "relief_term": record.relief.term if record.relief else "",
            "clearance_statute": record.relief.statute if record.relief else "",
        }
        for practice, law in record.practices.items():
            row[f"{practice}_status"] = law.status
            row[f"{practice}_citations"] = "; ".join(law.citations)
            row[f"{practice}_contrary"] = "; ".join(c.citation for c in law.contrary)
            row[f"{practice}_grade"] = law.grade
            row[f"{practice}_source"] = law.source or ""
        row["protections"] = sum(law.status in PROTECTIONS for law in record.practices.values())
        out.append(row)
    return out


def to_csv(table: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(table[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8")


def to_json(table: list[dict]) -> bytes:
    return (json.dumps(table, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_markdown(table: list[dict], practices: tuple[str, ...]) -> bytes:
    """The statuses at a glance: a row a jurisdiction, a column a practice."""
    said = words("standing")
    header = ["Code", "Jurisdiction", *(said["practices"][p] for p in practices), "Protections"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for row in table:
        cells = [row["code"], row["name"], *(said["statuses"][row[f"{p}_status"]] for p in practices)]
        lines.append("| " + " | ".join([*cells, str(row["protections"])]) + " |")
    return ("\n".join(lines) + "\n").encode("utf-8")


def maps(table: list[dict], practices: tuple[str, ...]) -> dict[str, tuple[str, bytes]]:
    """A map a practice, and one of the count of protections: name -> (SVG, PNG)."""
    from ..render.maps import STATUS_LEGEND, count_legend, tile_map

    said = words("standing")
    out = {}
    for practice in practices:
        values = {row["code"]: row[f"{practice}_status"] for row in table}
        out[practice] = tile_map(values, STATUS_LEGEND, said["practices"][practice])
    counts = {row["code"]: str(row["protections"]) for row in table}
    out["protections"] = tile_map(counts, count_legend(len(practices)), words("survey")["protections_map"])
    return out


def report(records: Mapping[str, object], drawn: Mapping[str, tuple[str, bytes]]) -> Document:
    """The survey as a document: what it is, the maps, the table, every status with its sources."""
    said = words("survey")
    table = rows(records)
    practices = tuple(next(iter(records.values())).practices)
    blocks: list = [
        Heading((Run(said["title"]),), "part-title"),
        Para((Run(said.fill("intro")),), "testimony"),
        Heading((Run(said["maps_heading"]),), "packet-heading"),
        *_figures(table, practices, drawn),
        PageBreak(),
        Heading((Run(said["table_heading"]),), "packet-heading"),
        _glance(table, practices),
        PageBreak(),
        Heading((Run(said["details_heading"]),), "packet-heading"),
        _details(records),
    ]
    meta = DocumentMeta(kind="survey", title=said["title"], short_title=said["short_title"])
    return Document(meta, tuple(blocks))


def _cells(values) -> tuple[tuple[Run, ...], ...]:
    return tuple((Run(str(value)),) for value in values)


def _figures(table: list[dict], practices: tuple[str, ...], drawn) -> list[Figure]:
    names = words("standing")["practices"]
    out = []
    for name, (svg, png) in drawn.items():
        title = names[name] if name in practices else words("survey")["protections_map"]
        out.append(Figure(svg, png, alt=_alt(table, name, title), caption=title))
    return out


def _glance(table: list[dict], practices: tuple[str, ...]) -> Table:
    """A row a jurisdiction, a column a practice, and the count of protections."""
    columns, standing = words("survey")["columns"], words("standing")
    header = (columns["code"], columns["name"], *(standing["practices"][p] for p in practices))
    body = (
        (row["code"], row["name"], *(standing["statuses"][row[f"{p}_status"]] for p in practices),
         row["protections"])
        for row in table
    )  # fmt: skip
    return Table(_cells((*header, columns["protections"])), tuple(_cells(cells) for cells in body))


def _details(records: Mapping[str, object]) -> Table:
    """Every status of every jurisdiction, with the law it rests on and that law's grade."""
    columns = words("survey")["columns"]
    header = _cells(columns[key] for key in ("name", "practice", "status", "law", "grade"))
    body = tuple(
        _cells((records[code].name, *line))
        for code in sorted(records)
        for line in standing_rows(records[code].practices)
    )
    return Table(header, body)


def _alt(table: list[dict], name: str, title: str) -> str:
    """The map in words, for a reader who cannot see it: each value and the jurisdictions with it."""
    key = "protections" if name == "protections" else f"{name}_status"
    groups: dict[str, list[str]] = {}
    for row in table:
        groups.setdefault(str(row[key]), []).append(row["code"])
    return f"{title}. " + "; ".join(f"{value}: {', '.join(codes)}" for value, codes in sorted(groups.items()))
