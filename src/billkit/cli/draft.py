"""``billkit draft``: one bill, or one per jurisdiction in parallel."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app, echo_paths, echo_warnings, read_input, reports_errors
from .options import (
    BillFormats,
    BillSpecFile,
    Clauses,
    ClausesDir,
    Clean,
    Css,
    Date,
    LineNumbers,
    Name,
    Notes,
    OptionalValueCommand,
    OutDir,
    ReferenceDoc,
    ReliefTerm,
    States,
    Without,
)


@app.command(cls=OptionalValueCommand)
@reports_errors
def draft(
    spec: BillSpecFile = None,
    clause: Clauses = None,
    without: Without = None,
    relief_term: ReliefTerm = None,
    formats: BillFormats = None,
    out: OutDir = Path("out"),
    name: Name = None,
    clean: Clean = None,
    notes: Notes = None,
    line_numbers: LineNumbers = None,
    reference_doc: ReferenceDoc = None,
    css: Css = None,
    date: Date = None,
    state: States = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a bill and write it as DOCX and PDF (by default the full model bill into ./out)."""
    from ..errors import UnknownNameError
    from ..spec import BillSpec, load_spec

    if notes not in (None, "inline", "comments", "none"):
        raise UnknownNameError("notes mode", notes, ("inline", "comments", "none"))
    if line_numbers not in (None, "state", "page", "continuous", "off"):
        raise UnknownNameError("line numbering", line_numbers, ("page", "continuous", "off"))
    request = (load_spec(spec) if spec is not None else BillSpec()).merged(
        clauses=tuple(clause or ()),
        without=tuple(without or ()),
        relief_term=relief_term,
        formats=_check_formats(formats),
        name=name,
        clean=True if notes == "none" else clean,
    )
    if "pdf" in request.formats:
        from ..render.fonts import check_drawable

        check_drawable(request.params, "params")
    options = _render_options(date, line_numbers, notes, reference_doc, css)
    codes = _jurisdictions(state or ([request.state] if request.state else []))
    if line_numbers == "state" and len(codes) == 1:
        echo_warnings(_unverified_numbering(codes[0]))
    if len(codes) > 1:
        _draft_batch(request, codes, out, options, clauses_dir)
    else:
        _draft_one(request, codes[0] if codes else None, out, options, clauses_dir)


def _check_formats(formats: list[str] | None) -> tuple[str, ...] | None:
    from ..render import check_formats

    return check_formats(formats, "bill") if formats else None


def _render_options(date, line_numbers: str | None, notes, reference_doc: Path | None, css: Path | None):
    from ..render.options import RenderOptions

    return RenderOptions(
        date=_parse_date(date),
        line_numbers=line_numbers or "off",
        notes="comments" if notes == "comments" else "inline",
        reference_doc=read_input(reference_doc, "reference document") if reference_doc else None,
        css=read_input(css, "stylesheet").decode("utf-8", "replace") if css else "",
    )


def _parse_date(text: str | None):
    import datetime as dt

    from ..errors import UsageError

    if text is None:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date in the form YYYY-MM-DD.") from None


def _unverified_numbering(code: str) -> list[str]:
    """A note when billkit does not know for sure how the state numbers its bills' lines."""
    from ..load.jurisdiction import get_record
    from ..load.statelaw import VERIFIED_GRADES

    record = get_record(code)
    known = record.form.line_numbers if record.form else None
    if known is not None and known.grade in VERIFIED_GRADES:
        return []
    return [
        f"how {record.name} numbers the lines of its bills is not verified; they are numbered "
        "again on each page (--line-numbers continuous numbers them through the bill)."
    ]


def _jurisdictions(wanted: list[str]) -> list[str]:
    """The postal codes of the jurisdictions asked for; ``all`` is every one billkit knows."""
    from ..load.jurisdiction import all_jurisdiction_codes, get_record

    if any(w.strip().lower() == "all" for w in wanted):
        return list(all_jurisdiction_codes())
    return [get_record(w).code for w in wanted]


def _draft_one(request, code: str | None, out: Path, options, clauses_dir) -> None:
    from ..load.library import load_library
    from ..write import prepare_folder
    from ..write.batch import draft_one

    library = load_library(clauses_dir or ())
    outcome = draft_one(request, code, prepare_folder(out), library, options)
    echo_warnings(outcome.warnings)
    echo_paths(outcome.paths)


def _draft_batch(request, codes: list[str], out: Path, options, clauses_dir) -> None:
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..build import select_clauses
    from ..build.relief import relief_for
    from ..load.jurisdiction import generic
    from ..load.library import load_library
    from ..write import prepare_folder
    from ..write.batch import draft_many

    library = load_library(clauses_dir or ())
    if request.relief_term:  # a state's own word is one state's: a batch takes billkit's terms
        relief_for(request.relief_term, generic())
    select_clauses(request, library)  # mistakes every jurisdiction would share fail once, first
    folder = prepare_folder(out)
    columns = (TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    console = Console(stderr=True)
    with Progress(*columns, console=console, transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("draft", total=len(codes))
        report = draft_many(request, codes, folder, library, options, on_done=lambda _o: bar.advance(task))
    for outcome in report.outcomes:
        echo_warnings(outcome.warnings)
    for outcome in report.failed:
        typer.echo(f"Failed: {outcome.code}: {outcome.error}", err=True)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)
