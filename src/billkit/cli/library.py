"""What billkit knows: ``clauses``, ``clause``, ``states``, and ``init`` for a starter spec."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app, echo_paths, print_json, print_table, reports_errors
from .options import DEFAULT_OUT, AsJson, ClausesDir, Name, OutDir, ReliefTerm, SurveyFormats


@app.command("clauses", short_help="List the clauses: id, title, practice, source.")
@reports_errors
def list_clauses(as_json: AsJson = False, clauses_dir: ClausesDir = None) -> None:
    """List the clauses in the library: id, title, practice and source."""
    from ..load.library import load_library

    clauses = load_library(clauses_dir or ()).ordered()
    if as_json:
        print_json([clause_summary(c) for c in clauses])
    else:
        rows = [(c.id, c.title, c.practice, c.source) for c in clauses]
        print_table("billkit clauses", ("id", "title", "practice", "source"), rows)


@app.command("clause", short_help="Show one clause: text, note, comment, authorities.")
@reports_errors
def show_clause(
    clause_id: Annotated[
        str, typer.Argument(metavar="ID", help="A clause id, as `billkit clauses` lists them.")
    ],
    relief_term: ReliefTerm = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Show one clause: its text with default parameters, its note, comment and authorities."""
    from ..build import build_bill
    from ..load.library import load_library
    from ..spec import BillSpec
    from .textout import clause_text

    library = load_library(clauses_dir or ())
    clause = library.get(clause_id)
    spec = BillSpec(clauses=tuple(with_requirements(library, clause_id)))
    bill = build_bill(spec.merged(relief_term=relief_term), library)
    typer.echo(clause_text(clause, bill.section(clause_id)))


def with_requirements(library, clause_id: str) -> list[str]:
    """``clause_id`` and every clause it requires, directly or through another (belongs on ``Library``)."""
    seen: list[str] = []

    def visit(cid: str) -> None:
        if cid not in seen:
            seen.append(cid)
            for needed in library.get(cid).requires:
                visit(needed)

    visit(clause_id)
    return seen


def clause_summary(clause) -> dict:
    """A clause as ``billkit clauses --json`` lists it (belongs beside ``library.Clause``)."""
    return {
        "id": clause.id,
        "title": clause.title,
        "practice": clause.practice,
        "source": clause.source,
        "order": clause.order,
        "requires": list(clause.requires),
        "excludes": list(clause.excludes),
        "params": [p.model_dump() for p in clause.params],
    }


@app.command("states", short_help="List the jurisdictions, or where one's law stands.")
@reports_errors
def list_states(
    code: Annotated[
        str | None,
        typer.Argument(metavar="STATE", help="One jurisdiction (postal code or name): where its law stands."),
    ] = None,
    as_json: AsJson = False,
    unverified: Annotated[
        bool, typer.Option("--unverified", help="List only the facts that are weak or not verified.")
    ] = False,
) -> None:
    """List the jurisdictions billkit knows; with one, where its law stands on each practice."""
    from ..load.jurisdiction import all_jurisdiction_codes, get_record

    if code is not None:
        _show_standing(get_record(code), as_json)
        return
    records = [get_record(code) for code in all_jurisdiction_codes()]
    if unverified:
        _list_unverified(records, as_json)
    elif as_json:
        print_json([r.model_dump() for r in records])
    else:
        columns = ("code", "name", "legislature", "circuit", "Compact", "verified")
        print_table(f"{len(records)} jurisdictions", columns, [state_row(r) for r in records])


def _show_standing(record, as_json: bool) -> None:
    """One jurisdiction's own law on each practice: status, citations, grade."""
    from ..load.statelaw import standing_rows
    from ..load.words import words

    if as_json:
        print_json(record.model_dump(include={"code", "name", "relief", "practices"}))
        return
    said = words("standing")
    if record.relief is not None:
        for law in (record.relief, *record.relief.also):
            typer.echo(said.fill("relief", statute=law.statute, term=law.term, grade=law.grade))
    columns = tuple(said["columns"][key] for key in ("practice", "status", "law", "grade"))
    print_table(
        said.fill("title", name=record.name), columns, standing_rows(record.practices), show_lines=True
    )


@app.command("survey", short_help="Where every jurisdiction stands: tables, maps, report.")
@reports_errors
def survey(formats: SurveyFormats = None, out: OutDir = None, name: Name = None) -> None:
    """Where every jurisdiction stands on each practice: tables (CSV, JSON, Markdown), maps, a report."""
    from ..build import survey as surveyed
    from ..load.jurisdiction import all_jurisdiction_codes, get_record
    from ..write import prepare_folder, produce

    records = {code: get_record(code) for code in all_jurisdiction_codes()}
    table = surveyed.rows(records)
    practices = tuple(next(iter(records.values())).practices)
    drawn = surveyed.maps(table, practices)
    attachments = {
        ".csv": surveyed.to_csv(table),
        ".json": surveyed.to_json(table),
        "-table.md": surveyed.to_markdown(table, practices),
    }
    for map_name, (svg, png) in drawn.items():
        attachments |= {f"-map-{map_name}.svg": svg.encode("utf-8"), f"-map-{map_name}.png": png}
    document = surveyed.report(records, drawn)
    echo_paths(
        produce(
            document,
            formats or ("pdf",),
            prepare_folder(out or DEFAULT_OUT),
            name or "survey",
            attachments=attachments,
        )
    )


def state_row(record) -> tuple[str, ...]:
    """One jurisdiction as ``billkit states`` lists it, with its verified facts counted."""
    from ..load.jurisdiction import FACT_LABELS

    compact = record.facts.compact
    status = compact.value + (f" {compact.year}" if compact.year else "")
    verified = f"{len(FACT_LABELS) - len(record.unverified_facts())}/{len(FACT_LABELS)}"
    legislature = str(record.facts.legislature.value or "?")
    circuit = str(record.facts.circuit.value or "none")
    return (record.code, record.name, legislature, circuit, status, verified)


def _list_unverified(records, as_json: bool) -> None:
    from ..load.jurisdiction import FACT_LABELS

    rows = [
        {"code": r.code, "name": r.name, "fact": name, "grade": fact.grade, "value": fact.value,
         "note": fact.note}
        for r in records
        for name in r.unverified_facts()
        if (fact := getattr(r.facts, name))
    ]  # fmt: skip
    if as_json:
        print_json(rows)
        return
    table = [(r["code"], FACT_LABELS[r["fact"]], r["grade"], str(r["value"] or "")) for r in rows]
    print_table(f"{len(rows)} facts not verified", ("code", "fact", "grade", "value"), table)


@app.command(short_help="Write a commented starter spec (bill or packet).")
@reports_errors
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="FILE",
            help="Where to write the starter spec (default bill.toml, or packet.toml).",
            show_default=False,
        ),
    ] = None,
    packet: Annotated[bool, typer.Option("--packet", help="Write a testimony packet spec instead.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    clauses_dir: ClausesDir = None,
) -> None:
    """Write a starter spec listing every field, clause and parameter, commented."""
    from ..errors import OutputError
    from ..load.library import load_library
    from ..write import make_folder, prepare_folder, write_files
    from .textout import starter_packet_spec, starter_spec

    path = path or Path("packet.toml" if packet else "bill.toml")
    if path.exists() and not force:
        raise OutputError(f"{str(path)!r} already exists.", hint="use --force to overwrite it")
    library = load_library(clauses_dir or ())
    text = starter_packet_spec(library) if packet else starter_spec(library)
    make_folder(prepare_folder(path.parent))
    write_files({path: text.encode("utf-8")})
    typer.echo(str(path))


@app.command("reference-doc", short_help="Write the reference DOCX for an office's house style.")
@reports_errors
def reference_doc(
    path: Annotated[
        Path,
        typer.Argument(metavar="FILE.docx", help="Where to write the reference document, e.g. house.docx."),
    ],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write billkit's reference DOCX, whose styles an office restyles and gives to --reference-doc."""
    from ..errors import OutputError
    from ..load.content import REFERENCE_DOCX
    from ..write import make_folder, prepare_folder, write_files

    if path.exists() and not force:
        raise OutputError(f"{str(path)!r} already exists.", hint="use --force to overwrite it")
    make_folder(prepare_folder(path.parent))
    write_files({path: REFERENCE_DOCX.read_bytes()})
    typer.echo(str(path))
