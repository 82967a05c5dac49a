"""``billkit draft``: one bill, or one per jurisdiction in parallel."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app, echo_paths, echo_warnings, read_input, reports_errors
from .options import (
    DEFAULT_OUT,
    BillFormats,
    BillSpecFile,
    Clauses,
    ClausesDir,
    Clean,
    CommentAuthor,
    Css,
    Date,
    LineNumbers,
    Name,
    Notes,
    OptionalValueCommand,
    OutDir,
    PlainAmendments,
    ReferenceDoc,
    ReliefTerm,
    States,
    Strict,
    Without,
)


@app.command(cls=OptionalValueCommand, short_help="Build a bill as DOCX and PDF (default: the model bill).")
@reports_errors
def draft(
    spec: BillSpecFile = None,
    clause: Clauses = None,
    without: Without = None,
    relief_term: ReliefTerm = None,
    formats: BillFormats = None,
    out: OutDir = None,
    name: Name = None,
    clean: Clean = None,
    plain_amendments: PlainAmendments = None,
    notes: Notes = None,
    line_numbers: LineNumbers = None,
    reference_doc: ReferenceDoc = None,
    css: Css = None,
    date: Date = None,
    comment_author: CommentAuthor = None,
    strict: Strict = False,
    state: States = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a bill and write it as DOCX and PDF (by default the full model bill into ./out)."""
    from ..errors import UnknownNameError
    from ..spec import BillSpec, load_spec

    if line_numbers not in (None, "state", "page", "continuous", "off"):
        raise UnknownNameError("line numbering", line_numbers, ("page", "continuous", "off"))
    base = load_spec(spec) if spec is not None else BillSpec()
    request = base.merged(
        clauses=tuple(clause or ()),
        without=tuple(without or ()),
        relief_term=relief_term,
        formats=_check_formats(formats),
        name=name,
        **_notes_overrides(base, clean, notes),
        plain_amendments=plain_amendments,
        line_numbers=SPEC_NUMBERING.get(line_numbers, line_numbers),
        reference_doc=reference_doc,
        css=css,
        date=_parse_date(date),
        out=out,
        comment_author=comment_author,
    )
    if "pdf" in request.formats:
        from ..render.fonts import check_drawable

        check_drawable(request.params, "params")
    options = render_options(request)
    folder = request.out or DEFAULT_OUT
    codes = _jurisdictions(state or ([request.state] if request.state else []))
    if request.line_numbers is True and len(codes) == 1:
        echo_warnings(_unverified_numbering(codes[0]))
    if len(codes) > 1:
        _draft_batch(request, codes, folder, options, clauses_dir, strict)
    else:
        _draft_one(request, codes[0] if codes else None, folder, options, clauses_dir, strict)


SPEC_NUMBERING = {"state": True, "off": False}
"""``--line-numbers`` alone and ``off`` as a spec's ``line_numbers`` says them."""


def _notes_overrides(base, clean: bool | None, notes: str | None) -> dict:
    """``--clean``/``--annotated`` and ``--notes`` as spec fields; either overrides the spec's pair.

    ``--clean`` is ``--notes none``; asking for a clean copy and for notes at once is refused.
    """
    from ..errors import UnknownNameError, UsageError

    if notes is None:
        if clean is None:
            return {}
        kept = base.notes if base.notes in ("inline", "comments") else "inline"
        return {"clean": clean, "notes": "none" if clean else kept}
    if notes not in ("inline", "comments", "none"):
        raise UnknownNameError("notes mode", notes, ("inline", "comments", "none"))
    if clean is not None and clean != (notes == "none"):
        given = "--clean" if clean else "--annotated"
        raise UsageError(
            f"{given} and --notes {notes} ask for different copies: --clean leaves every note out, "
            "--notes inline and --notes comments keep them.",
            hint="give one of them (--clean is the same as --notes none)",
        )
    return {"clean": notes == "none", "notes": notes}


def _check_formats(formats: list[str] | None) -> tuple[str, ...] | None:
    from ..render import check_formats

    return check_formats(formats, "bill") if formats else None


def render_options(request):
    """How ``request``'s files are written: its office settings, each file it names read now."""
    import datetime as dt

    from ..render.options import RenderOptions

    reference = request.reference_doc
    return RenderOptions(
        date=dt.datetime.combine(request.date, dt.time(), tzinfo=dt.UTC) if request.date else None,
        line_numbers=request.line_numbers or False,
        notes="comments" if request.notes == "comments" else "inline",
        reference_doc=read_input(reference, "reference document") if reference else None,
        css=read_input(request.css, "stylesheet").decode("utf-8", "replace") if request.css else "",
        comment_author=request.comment_author or "billkit",
    )


def _parse_date(text: str | None):
    import datetime as dt

    from ..errors import UsageError

    if text is None:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date in the form YYYY-MM-DD.") from None


def _unverified_numbering(code: str) -> list[str]:
    """A note when billkit does not know for sure how the state numbers its bills' lines."""
    from ..load.jurisdiction import get_record

    record = get_record(code)
    known = record.form.line_numbers if record.form else None
    if known is not None and known.verified:
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


def _draft_one(request, code: str | None, out: Path, options, clauses_dir, strict: bool) -> None:
    from ..load.library import load_library
    from ..write import prepare_folder
    from ..write.batch import draft_one

    library = load_library(clauses_dir or ())
    outcome = draft_one(request, code, prepare_folder(out), library, options, strict=strict)
    echo_warnings(outcome.warnings)
    echo_paths(outcome.paths)


def _draft_batch(request, codes: list[str], out: Path, options, clauses_dir, strict: bool) -> None:
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
        report = draft_many(
            request, codes, folder, library, options, on_done=lambda _o: bar.advance(task), strict=strict
        )
    for outcome in report.outcomes:
        echo_warnings(outcome.warnings)
    for outcome in report.failed:
        typer.echo(f"Failed: {outcome.code}: {outcome.error}", err=True)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)
