"""``billkit check``: score a pending bill for the practices, and draft amendments for what it lacks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from .app import app, echo_paths, print_json, print_table, reports_errors
from .options import (
    DEFAULT_OUT,
    Amendments,
    AsJson,
    BillFormats,
    BillNumber,
    ClausesDir,
    FailOn,
    OutDir,
    ReliefTerm,
    State,
)


@app.command("check", short_help="Check a pending bill for the practices, quoting it.")
@reports_errors
def check(
    bill: Annotated[
        Path,
        typer.Argument(
            metavar="BILL", help="The pending bill: .docx, .pdf, .txt, .md, or a web page saved as .html."
        ),
    ],
    as_json: AsJson = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the findings as Markdown.")] = False,
    fail_on: FailOn = None,
    amendments: Amendments = False,
    state: State = None,
    relief_term: ReliefTerm = None,
    bill_number: BillNumber = None,
    formats: BillFormats = None,
    out: OutDir = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Check a pending bill for the immigrant-safe practices, quoting the bill as evidence.

    With --amendments, also write amendments that add what is missing, in the bill's own word for
    relief unless --relief-term names another.
    """
    from ..check.clearance import no_relief_note, require_record_clearance
    from ..check.reading import printed_text, read_bill
    from ..check.rules import check_passages, failing_statuses, fails
    from ..render import check_formats

    failing_statuses(fail_on)  # an unknown level is refused before the bill is read
    chosen = check_formats(formats, "bill") if formats else None
    if relief_term is not None:
        from ..build.relief import relief_for
        from ..load.jurisdiction import resolve

        relief_for(relief_term, resolve(state))
    passages = read_bill(bill)
    text = printed_text(passages)
    if amendments:  # refused before anything is printed
        require_record_clearance(text, relief_term, str(bill), override="--relief-term")
    findings = check_passages(passages)
    note = no_relief_note([p.text for p in passages], str(bill))
    _report(str(bill), findings, "json" if as_json else "markdown" if markdown else "table", note)
    if note:
        typer.echo(f"Note: {note}", err=True)
    if amendments:
        request = _AmendmentRequest(bill, state, relief_term, bill_number, chosen, clauses_dir)
        _write_amendments(request, findings, text, out=out, quiet=as_json or markdown)
    if fails(findings, fail_on):
        raise typer.Exit(1)


def _report(file: str, findings, form: str, note: str | None = None) -> None:
    """Print the findings as JSON, Markdown (with ``note`` under its heading) or a table."""
    from ..check.rules import as_markdown

    if form == "json":
        print_json({"file": file, "practices": [f.as_json() for f in findings]})
    elif form == "markdown":
        typer.echo(as_markdown(file, findings, note), nl=False)
    else:
        _print_table(file, findings)


def _print_table(file: str, findings) -> None:
    from rich.text import Text

    colours = {"present": "green", "partial": "yellow", "absent": "red", "contrary": "bold red"}
    rows = []
    for f in findings:
        evidence = "\n".join(f"“{e.quote}” ({e.location})" for e in f.evidence[:3]) or "—"
        missing = (f.missing or "") + (f"\nadd: {', '.join(f.suggest)}" if f.suggest else "")
        rows.append((f.id, Text(f.status, style=colours[f.status]), evidence, missing.strip() or "—"))
    columns = ("practice", "status", "evidence", "missing / add")
    print_table(f"Immigrant-safe practices in {file}", columns, rows, show_lines=True)


@dataclass(frozen=True)
class _AmendmentRequest:
    """What ``check --amendments`` was asked for, beside the findings."""

    bill: Path
    state: str | None
    relief_term: str | None
    bill_number: str | None
    formats: tuple[str, ...] | None
    clauses_dir: list[Path] | None


def _write_amendments(request: _AmendmentRequest, findings, text: str, *, out: Path, quiet: bool) -> None:
    from ..build.amendments import build_amendments
    from ..build.pending import choose_relief_term, detect_bill_number
    from ..build.relief import relief_for
    from ..check.rules import amendment_targets
    from ..load.jurisdiction import resolve
    from ..load.library import load_library
    from ..render import DEFAULT_FORMATS
    from ..write import file_stem, prepare_folder, produce

    given = (request.bill_number or "").strip()
    number = given or detect_bill_number(text) or request.bill.stem
    jurisdiction = resolve(request.state)
    relief, origin = choose_relief_term(
        request.relief_term, text, relief_for(None, jurisdiction), jurisdiction
    )
    library = load_library(request.clauses_dir or ())
    missing, present = amendment_targets(findings)
    document = build_amendments(
        missing, library, number, request.state, present=present, relief_term=relief.key, pending_text=text
    )
    if document is None:
        if not quiet:
            typer.echo("No amendments to write: every practice is present.")
        return
    stem = file_stem(request.bill.stem, given=True, code=None, suffix="amendments")
    formats = request.formats or DEFAULT_FORMATS
    echo_paths(produce(document, formats, prepare_folder(out or DEFAULT_OUT), stem), err=quiet)
    if origin != "given":
        where = "the term the bill uses most" if origin == "found" else "no term was found in the bill"
        typer.echo(f"Note: the amendments say “{relief.noun}” ({where}); --relief-term changes it.", err=True)
