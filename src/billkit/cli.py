"""The ``billkit`` command: thin Typer commands that parse, call the library, write and report."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="billkit",
    help="Draft immigrant-safe record-clearance bills: model clauses with commentary, as DOCX and PDF.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ClausesDir = Annotated[
    list[Path] | None,
    typer.Option(
        "--clauses-dir",
        help="A folder of extra clause files that add to or override the built-in ones (repeatable).",
        show_default=False,
    ),
]


def _formats_option(kind: str):
    """The repeatable ``-f`` option, listing the formats that can write ``kind``."""
    from .render import DEFAULT_FORMATS, format_list

    default = format_list(names=DEFAULT_FORMATS, conjunction="and")
    listed = f"{format_list(kind)} (repeatable; default: {default})."
    return Annotated[list[str] | None, typer.Option("-f", "--format", help=listed, show_default=False)]


BillFormats = _formats_option("bill")
PacketFormats = _formats_option("packet")
HandoutFormats = _formats_option("handout")
OutDir = Annotated[Path, typer.Option("-o", "--out", help="The folder to write into.")]


def reports_errors(command):
    """Turn billkit's errors into one line on stderr and the error's exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .errors import BillkitError

        try:
            return command(*args, **kwargs)
        except BillkitError as exc:
            line = f"Error: {exc.message}"
            if exc.hint:
                line += f" Hint: {exc.hint}" + ("" if exc.hint.endswith((".", "?", "!")) else ".")
            typer.echo(line, err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"billkit {version('billkit')}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Draft immigrant-safe record-clearance bills: model clauses with commentary, as DOCX and PDF."""
    _configure_logging()


@app.command()
@reports_errors
def draft(
    spec: Annotated[
        Path | None,
        typer.Argument(
            help="A bill spec (bill.toml, see `billkit init`); options given here override it.",
            show_default=False,
        ),
    ] = None,
    clause: Annotated[
        list[str] | None,
        typer.Option("-c", "--clause", help="Include only these clauses (repeatable).", show_default=False),
    ] = None,
    without: Annotated[
        list[str] | None,
        typer.Option("-x", "--without", help="Leave out this clause (repeatable).", show_default=False),
    ] = None,
    relief_term: Annotated[
        str | None,
        typer.Option(
            "--relief-term",
            help=(
                "The relief the bill names: expungement, sealing, set-aside or record-clearance "
                "(never vacatur, which the act keeps for legal error)."
            ),
            show_default=False,
        ),
    ] = None,
    formats: BillFormats = None,
    out: OutDir = Path("out"),
    name: Annotated[
        str | None,
        typer.Option("--name", help="The file name stem (default: model-bill).", show_default=False),
    ] = None,
    clean: Annotated[
        bool | None,
        typer.Option(
            "--clean/--annotated",
            help="--clean drops the prefatory note, notes and comments for a filing copy.",
            show_default=False,
        ),
    ] = None,
    notes: Annotated[
        str | None,
        typer.Option(
            "--notes",
            help="inline (under each section), comments (Word comments in the DOCX), or none (= --clean).",
            show_default=False,
        ),
    ] = None,
    line_numbers: Annotated[
        bool, typer.Option("--line-numbers", help="Number the bill's lines, restarting on each page.")
    ] = False,
    reference_doc: Annotated[
        Path | None,
        typer.Option(
            "--reference-doc",
            help="Take styles, page setup, header and footer from this DOCX.",
            show_default=False,
        ),
    ] = None,
    css: Annotated[
        Path | None,
        typer.Option("--css", help="Add this stylesheet to the PDF and HTML.", show_default=False),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="The date written into the files (YYYY-MM-DD); default SOURCE_DATE_EPOCH or fixed.",
            show_default=False,
        ),
    ] = None,
    state: Annotated[
        list[str] | None,
        typer.Option(
            "--state",
            help="Draft in this jurisdiction's form (postal code or name; repeatable; `all` for every one).",
            show_default=False,
        ),
    ] = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a bill and write it as DOCX and PDF (by default the full model bill into ./out)."""
    from .batch import draft_one
    from .build import select_clauses
    from .errors import UnknownNameError
    from .jurisdiction import all_jurisdiction_codes, get_record
    from .library import load_library
    from .output import prepare_folder
    from .relief import get_relief_term
    from .render import check_formats
    from .render.options import RenderOptions
    from .spec import BillSpec, load_spec

    base = load_spec(spec) if spec is not None else BillSpec()
    if notes not in (None, "inline", "comments", "none"):
        raise UnknownNameError("notes mode", notes, ("inline", "comments", "none"))
    request = base.merged(
        clauses=tuple(clause) if clause else None,
        without=tuple(without) if without else None,
        relief_term=relief_term,
        formats=check_formats(formats, "bill") if formats else None,
        name=name,
        clean=True if notes == "none" else clean,
    )
    options = RenderOptions(
        date=_parse_date(date),
        line_numbers=line_numbers,
        notes="comments" if notes == "comments" else "inline",
        reference_doc=_read_input(reference_doc, "reference document") if reference_doc else None,
        css=_read_input(css, "stylesheet").decode("utf-8", "replace") if css else "",
    )
    wanted = list(state) if state else ([request.state] if request.state else [])
    if any(w.strip().lower() == "all" for w in wanted):
        codes = all_jurisdiction_codes()
    else:
        codes = [get_record(w).code for w in wanted]
    library = load_library(clauses_dir or ())
    if len(codes) > 1:
        get_relief_term(request.relief_term)
        select_clauses(request, library)  # mistakes every jurisdiction would share fail once, first
        _draft_batch(request, codes, prepare_folder(out), library, options)
        return
    outcome = draft_one(request, codes[0] if codes else None, prepare_folder(out), library, options)
    for warning in outcome.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    for path in outcome.paths:
        typer.echo(str(path))


def _parse_date(text: str | None):
    import datetime as dt

    from .errors import UsageError

    if text is None:
        return None
    try:
        return dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date in the form YYYY-MM-DD.") from None


def _read_input(path: Path, what: str) -> bytes:
    from .errors import UsageError

    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"the {what} {str(path)!r} cannot be read ({exc.strerror}).") from None


def _draft_batch(request, codes: list[str], folder: Path, library, options) -> None:
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .batch import draft_many

    console = Console(stderr=True)
    columns = (TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("draft", total=len(codes))
        report = draft_many(request, codes, folder, library, options, on_done=lambda _o: bar.advance(task))
    for outcome in report.outcomes:
        for warning in outcome.warnings:
            typer.echo(f"Warning: {warning}", err=True)
    for outcome in report.failed:
        typer.echo(f"Failed: {outcome.code}: {outcome.error}", err=True)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


@app.command("clauses")
@reports_errors
def list_clauses(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    clauses_dir: ClausesDir = None,
) -> None:
    """List the clauses in the library: id, title, practice and source."""
    from .library import load_library

    library = load_library(clauses_dir or ())
    clauses = library.ordered()
    if as_json:
        import json

        rows = [
            {
                "id": c.id,
                "title": c.title,
                "practice": c.practice,
                "source": c.source,
                "order": c.order,
                "requires": list(c.requires),
                "excludes": list(c.excludes),
                "params": [p.model_dump() for p in c.params],
            }
            for c in clauses
        ]
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="billkit clauses", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("title")
    table.add_column("practice", no_wrap=True)
    table.add_column("source", no_wrap=True)
    for c in clauses:
        table.add_row(c.id, c.title, c.practice, c.source)
    Console().print(table)


@app.command("clause")
@reports_errors
def show_clause(
    clause_id: Annotated[
        str, typer.Argument(metavar="ID", help="A clause id, as `billkit clauses` lists them.")
    ],
    relief_term: Annotated[
        str, typer.Option("--relief-term", help="The relief term to show the text with.")
    ] = "expungement",
    clauses_dir: ClausesDir = None,
) -> None:
    """Show one clause: its text with default parameters, its note, comment and authorities."""
    from .build import build_bill
    from .library import load_library
    from .spec import BillSpec
    from .textout import clause_text

    library = load_library(clauses_dir or ())
    clause = library.get(clause_id)
    needed = _with_requirements(library, clause_id)
    bill = build_bill(BillSpec(clauses=tuple(needed), relief_term=relief_term), library)
    typer.echo(clause_text(clause, bill.section(clause_id)))


def _with_requirements(library, clause_id: str) -> list[str]:
    seen: list[str] = []

    def visit(cid: str) -> None:
        if cid not in seen:
            seen.append(cid)
            for needed in library.get(cid).requires:
                visit(needed)

    visit(clause_id)
    return seen


@app.command("states")
@reports_errors
def list_states(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    unverified: Annotated[
        bool, typer.Option("--unverified", help="List only the facts that are weak or not verified.")
    ] = False,
) -> None:
    """List the jurisdictions billkit knows: legislature, circuit, Compact status, facts verified."""
    from .jurisdiction import FACT_LABELS, all_jurisdiction_codes, get_record

    records = [get_record(code) for code in all_jurisdiction_codes()]
    if unverified:
        rows = [
            {"code": r.code, "name": r.name, "fact": name, "grade": fact.grade, "value": fact.value,
             "note": fact.note}
            for r in records
            for name in r.unverified_facts()
            if (fact := getattr(r.facts, name))
        ]  # fmt: skip
        if as_json:
            _print_json(rows)
            return
        _print_table(
            f"{len(rows)} facts not verified",
            ("code", "fact", "grade", "value"),
            [(r["code"], FACT_LABELS[r["fact"]], r["grade"], str(r["value"] or "")) for r in rows],
        )
        return
    if as_json:
        _print_json([r.model_dump() for r in records])
        return
    rows = []
    for r in records:
        compact = r.facts.compact
        status = compact.value + (f" {compact.year}" if compact.year else "")
        verified = f"{len(FACT_LABELS) - len(r.unverified_facts())}/{len(FACT_LABELS)}"
        rows.append((
            r.code, r.name, str(r.facts.legislature.value or "?"), str(r.facts.circuit.value or "none"),
            status, verified,
        ))  # fmt: skip
    _print_table(
        f"{len(records)} jurisdictions",
        ("code", "name", "legislature", "circuit", "Compact", "verified"),
        rows,
    )


def _print_json(data) -> None:
    import json

    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def _print_table(title: str, columns, rows) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        table.add_column(column, no_wrap=i == 0)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


@app.command()
@reports_errors
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the starter spec (default bill.toml, or packet.toml).", show_default=False
        ),
    ] = None,
    packet: Annotated[bool, typer.Option("--packet", help="Write a testimony packet spec instead.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    clauses_dir: ClausesDir = None,
) -> None:
    """Write a starter spec listing every field, clause and parameter, commented."""
    from .errors import OutputError
    from .library import load_library
    from .output import prepare_folder, write_atomic
    from .textout import starter_packet_spec, starter_spec

    path = path or Path("packet.toml" if packet else "bill.toml")
    if path.exists() and not force:
        raise OutputError(f"{str(path)!r} already exists.", hint="use --force to overwrite it")
    library = load_library(clauses_dir or ())
    text = starter_packet_spec(library) if packet else starter_spec(library)
    prepare_folder(path.parent if str(path.parent) else Path("."))
    write_atomic(path, text.encode("utf-8"))
    typer.echo(str(path))


@app.command("packet")
@reports_errors
def make_packet(
    spec: Annotated[Path, typer.Argument(help="A packet spec (see `billkit init --packet`).")],
    formats: PacketFormats = None,
    out: OutDir = Path("out"),
    bill: Annotated[
        Path | None,
        typer.Option(
            "--bill",
            help="The pending bill: what it lacks, by `billkit check`, replaces `present`.",
            show_default=False,
        ),
    ] = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a testimony packet: cover, contents, testimony, analysis, the bill, table of authorities."""
    from .library import load_library
    from .output import prepare_folder, write_files
    from .packet import build_packet
    from .render import check_formats, extension, render
    from .spec import load_packet_spec

    request = load_packet_spec(spec)
    chosen = check_formats(formats, "packet") if formats else request.formats
    missing = pending_text = None
    if bill is not None:
        from .check import check_passages, missing_practices
        from .reading import read_bill

        passages = read_bill(bill)
        missing = missing_practices(check_passages(passages))
        pending_text = "\n".join(p.text for p in passages)
    packet = build_packet(
        request, load_library(clauses_dir or ()), missing=missing, pending_text=pending_text
    )
    from .jurisdiction import get_record
    from .output import file_stem

    code = get_record(request.state).code if request.state else None
    stem = file_stem(request.name, given="name" in request.model_fields_set, code=code)
    folder = prepare_folder(out)
    files = {folder / f"{stem}-packet{extension(fmt)}": render(packet, fmt) for fmt in dict.fromkeys(chosen)}
    for path in write_files(files):
        typer.echo(str(path))


@app.command("handout")
@reports_errors
def make_handout(
    spec: Annotated[
        Path | None,
        typer.Argument(help="A handout spec (TOML); options given here override it.", show_default=False),
    ] = None,
    practice: Annotated[
        str | None,
        typer.Option(
            "--practice",
            help="One practice's page; without it, every practice and an overview.",
            show_default=False,
        ),
    ] = None,
    audience: Annotated[
        str | None,
        typer.Option("--audience", help="trainers (default) or community.", show_default=False),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help="en (default) or es; the community handout has both.", show_default=False
        ),
    ] = None,
    state: Annotated[
        str | None,
        typer.Option(
            "--state", help="Fit the handout to this jurisdiction (postal code or name).", show_default=False
        ),
    ] = None,
    org: Annotated[
        list[str] | None,
        typer.Option(
            "--org",
            help="A local organization for the community handout's help section (repeatable).",
            show_default=False,
        ),
    ] = None,
    formats: HandoutFormats = None,
    out: OutDir = Path("out"),
    name: Annotated[
        str | None, typer.Option("--name", help="The file name stem.", show_default=False)
    ] = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Write handouts: one page per practice for trainers, or a plain-language community handout."""
    from .errors import SpecError
    from .handout import build_handout
    from .library import load_library
    from .output import prepare_folder, write_files
    from .render import DEFAULT_FORMATS, check_formats, extension, render
    from .spec import HandoutSpec, load_handout_spec

    base = load_handout_spec(spec) if spec is not None else HandoutSpec()
    changes = {"practice": practice, "audience": audience, "lang": lang, "state": state, "name": name}
    changes = {k: v for k, v in changes.items() if v is not None}
    if org:
        changes["organizations"] = tuple(org)
    try:
        request = HandoutSpec.model_validate({**base.model_dump(exclude_unset=True), **changes})
    except Exception as exc:
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        error = exc.errors()[0]
        raise SpecError(f"--{error['loc'][0]}: {error['msg']}.") from None
    chosen = check_formats(formats, "handout") if formats else DEFAULT_FORMATS
    handout = build_handout(request, load_library(clauses_dir or ()))
    from .jurisdiction import get_record
    from .output import file_stem

    code = get_record(request.state).code if request.state else None
    stem = file_stem(request.name, given="name" in request.model_fields_set, code=code)
    if request.audience == "community":
        stem = f"{stem}-community-{request.lang}"
    elif request.practice:
        stem = f"{stem}-{request.practice}"
    folder = prepare_folder(out)
    files = {folder / f"{stem}{extension(fmt)}": render(handout, fmt) for fmt in chosen}
    for path in write_files(files):
        typer.echo(str(path))


@app.command("check")
@reports_errors
def check(
    bill: Annotated[Path, typer.Argument(help="The pending bill: .docx, .pdf, .txt or .md.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the findings as Markdown.")] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if any practice is absent (or, with 'partial', not present).",
            show_default=False,
        ),
    ] = None,
    amendments: Annotated[
        bool, typer.Option("--amendments", help="Also write the proposed amendments for what is missing.")
    ] = False,
    state: Annotated[
        str | None,
        typer.Option(
            "--state", help="Draft the amendments in this jurisdiction's words.", show_default=False
        ),
    ] = None,
    relief_term: Annotated[
        str | None,
        typer.Option(
            "--relief-term",
            help="The amendments' word for relief: expungement, sealing, set-aside or record-clearance "
            "(default: the one the bill uses most).",
            show_default=False,
        ),
    ] = None,
    bill_number: Annotated[
        str | None,
        typer.Option(
            "--bill-number",
            help="The bill's number for the amendments' title, e.g. \"S.B. 5\" (default: found in the "
            "bill, else the file name).",
            show_default=False,
        ),
    ] = None,
    formats: BillFormats = None,
    out: OutDir = Path("out"),
    clauses_dir: ClausesDir = None,
) -> None:
    """Check a pending bill for the immigrant-safe practices, quoting the bill as evidence."""
    from .check import as_markdown, check_passages
    from .errors import UnknownNameError
    from .reading import read_bill
    from .render import check_formats

    if fail_on not in (None, "absent", "partial"):
        raise UnknownNameError("--fail-on level", fail_on, ("absent", "partial"))
    chosen = check_formats(formats, "bill") if formats else None
    if relief_term is not None:
        from .pending import pending_relief_term

        pending_relief_term(relief_term)
    passages = read_bill(bill)
    findings = check_passages(passages)
    if as_json:
        import json

        typer.echo(json.dumps({"file": str(bill), "practices": [f.as_json() for f in findings]}, indent=2,
                              ensure_ascii=False))  # fmt: skip
    elif markdown:
        typer.echo(as_markdown(str(bill), findings), nl=False)
    else:
        _print_findings(str(bill), findings)
    if amendments:
        _write_amendments(
            bill,
            findings,
            "\n".join(p.text for p in passages),
            state=state,
            formats=chosen,
            out=out,
            quiet=as_json or markdown,
            relief_term=relief_term,
            bill_number=bill_number,
            clauses_dir=clauses_dir,
        )
    failing = {"absent": {"absent"}, "partial": {"absent", "partial"}}.get(fail_on or "", set())
    if any(f.status in failing for f in findings):
        raise typer.Exit(1)


def _print_findings(file: str, findings) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Immigrant-safe practices in {file}", title_justify="left", show_lines=True)
    table.add_column("practice", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("evidence")
    table.add_column("missing / add")
    colours = {"present": "green", "partial": "yellow", "absent": "red"}
    for f in findings:
        evidence = "\n".join(f"“{e.quote}” ({e.location})" for e in f.evidence[:3]) or "—"
        missing = (f.missing or "") + (f"\nadd: {', '.join(f.suggest)}" if f.suggest else "")
        table.add_row(f.id, f"[{colours[f.status]}]{f.status}[/]", evidence, missing.strip() or "—")
    Console().print(table)


def _write_amendments(
    bill: Path,
    findings,
    text: str,
    *,
    state,
    formats,
    out: Path,
    quiet: bool,
    relief_term: str | None,
    bill_number: str | None,
    clauses_dir,
) -> None:
    from .amendments import build_amendments
    from .library import load_library
    from .output import prepare_folder, write_files
    from .pending import choose_relief_term, detect_bill_number
    from .relief import DEFAULT_TERM
    from .render import DEFAULT_FORMATS, extension, render

    number = bill_number.strip() if bill_number and bill_number.strip() else None
    number = number or detect_bill_number(text) or bill.stem
    relief, origin = choose_relief_term(relief_term, text, DEFAULT_TERM)
    missing = [c for f in findings if f.status != "present" for c in f.suggest or [f.id]]
    present = [f.id for f in findings if f.status == "present"]
    document = build_amendments(
        missing,
        load_library(clauses_dir or ()),
        number,
        state,
        present=present,
        relief_term=relief.key,
        pending_text=text,
    )
    if document is None:
        if not quiet:
            typer.echo("No amendments to write: every practice is present.")
        return
    folder = prepare_folder(out)
    files = {
        folder / f"{bill.stem}-amendments{extension(fmt)}": render(document, fmt)
        for fmt in dict.fromkeys(formats or DEFAULT_FORMATS)
    }
    for path in write_files(files):
        typer.echo(str(path), err=quiet)
    if origin != "given":
        where = "the term the bill uses most" if origin == "found" else "no term was found in the bill"
        typer.echo(f"Note: the amendments say “{relief.noun}” ({where}); --relief-term changes it.", err=True)


class _EchoHandler(logging.Handler):
    """Prints the library's warnings as "Warning: ..." on whatever stderr is at the time."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"{record.levelname.capitalize()}: {record.getMessage()}", err=True)


def _configure_logging() -> None:
    logger = logging.getLogger("billkit")
    if not any(isinstance(h, _EchoHandler) for h in logger.handlers):
        logger.addHandler(_EchoHandler())
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def main() -> None:
    """Console-script entry point."""
    app(prog_name="billkit")
