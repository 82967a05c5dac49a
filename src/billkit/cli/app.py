"""The Typer application: its root options, how billkit's errors are reported, and ``main``."""

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


def reports_errors(command):
    """Turn billkit's errors into one line on stderr and the error's exit status."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from ..errors import BillkitError

        try:
            return command(*args, **kwargs)
        except BillkitError as exc:
            line = f"Error: {exc.message}"
            if exc.hint:
                line += f" Hint: {exc.hint}" + ("" if exc.hint.endswith((".", "?", "!")) else ".")
            typer.echo(line, err=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def echo_paths(paths, *, err: bool = False) -> None:
    """Print the files written, one a line (on stderr when stdout carries a report)."""
    for path in paths:
        typer.echo(str(path), err=err)


def echo_warnings(warnings) -> None:
    for warning in warnings:
        typer.echo(f"Warning: {warning}", err=True)


def print_json(data) -> None:
    import json

    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


def print_table(title: str, columns, rows, *, show_lines: bool = False) -> None:
    """A table on stdout: the first column never wraps.

    A cell that is a string prints as written: a bill's "[State]" or "[90]" is text, not Rich markup
    (which would drop it). A cell that should be styled is a ``rich.text.Text``.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    def plain(cell):
        return Text(cell) if isinstance(cell, str) else cell

    table = Table(title=Text(title), title_justify="left", show_lines=show_lines)
    for i, column in enumerate(columns):
        table.add_column(column, no_wrap=i == 0)
    for row in rows:
        table.add_row(*map(plain, row))
    Console().print(table)


def read_input(path: Path, what: str) -> bytes:
    """A file the user named on the command line, such as a stylesheet or a reference DOCX."""
    from ..load.textfile import read_bytes

    return read_bytes(path, called=f"the {what} {str(path)!r}")


def state_code(state: str | None) -> str | None:
    """The postal code of the jurisdiction a user named (by code or name), or ``None``."""
    from ..load.jurisdiction import get_record

    return get_record(state).code if state else None


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


class _EchoHandler(logging.Handler):
    """Prints the library's warnings as "Warning: ..." on whatever stderr is at the time."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"{record.levelname.capitalize()}: {record.getMessage()}", err=True)


def _configure_logging() -> None:
    # pypdf logs what it finds wrong in a damaged PDF ("EOF marker not found") before it raises;
    # billkit reports that PDF in one line of its own, so pypdf's lines stay off the terminal.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    logger = logging.getLogger("billkit")
    if not any(isinstance(h, _EchoHandler) for h in logger.handlers):
        logger.addHandler(_EchoHandler())
        logger.setLevel(logging.WARNING)
        logger.propagate = False


def main() -> None:
    """Console-script entry point (``billkit.cli:main``; importing ``billkit.cli`` registers the commands)."""
    app(prog_name="billkit")
