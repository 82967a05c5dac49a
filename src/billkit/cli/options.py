"""The options several commands share, declared once each as ``Annotated`` aliases.

A command's signature then reads as a list of names (``state: State = None``); the help text of an
option lives here, once. Format lists come from the render registry, which reads each writer's
declaration without importing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand


def _formats_option(kind: str):
    """The repeatable ``-f`` option, listing the formats that can write ``kind``."""
    from ..render import DEFAULT_FORMATS, format_list

    default = format_list(names=DEFAULT_FORMATS, conjunction="and")
    listed = f"{format_list(kind)} (repeatable; default: {default})."
    return Annotated[list[str] | None, typer.Option("-f", "--format", help=listed, show_default=False)]


def _option(*names: str, help: str, kind=str | None):
    return Annotated[kind, typer.Option(*names, help=help, show_default=False)]


BillFormats = _formats_option("bill")
PacketFormats = _formats_option("packet")
HandoutFormats = _formats_option("handout")
SurveyFormats = _formats_option("survey")
OutDir = Annotated[Path, typer.Option("-o", "--out", help="The folder to write into.")]
ClausesDir = _option(
    "--clauses-dir",
    help="A folder of extra clause files that add to or override the built-in ones (repeatable).",
    kind=list[Path] | None,
)
State = _option("--state", help="The jurisdiction whose form and words to use (postal code or name).")
States = _option(
    "--state",
    help="Draft in this jurisdiction's form (postal code or name; repeatable; `all` for every one).",
    kind=list[str] | None,
)
Name = _option("--name", help="The file name stem (default: the document's own, after the state's code).")
ReliefTerm = _option(
    "--relief-term",
    help=(
        "The relief the text names: expungement, sealing, set-aside, record-clearance or the "
        "state's own term (default: the state's own, else expungement; never vacatur, which the "
        "act keeps for legal error, unless the state's law uses the word)."
    ),
)
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

# draft
Clauses = _option("-c", "--clause", help="Include only these clauses (repeatable).", kind=list[str] | None)
Without = _option("-x", "--without", help="Leave out this clause (repeatable).", kind=list[str] | None)
Clean = _option(
    "--clean/--annotated",
    help="--clean drops the prefatory note, notes and comments for a filing copy.",
    kind=bool | None,
)
Notes = _option(
    "--notes", help="inline (under each section), comments (Word comments in the DOCX), or none (= --clean)."
)
LineNumbers = Annotated[
    str | None,
    typer.Option(
        "--line-numbers",
        metavar="[page|continuous|off]",
        help=(
            "Number the bill's lines: alone, as the state numbers them (Ohio and Florida straight "
            "through the bill, elsewhere again on each page); page, continuous or off to choose."
        ),
        show_default=False,
    ),
]


class OptionalValueCommand(TyperCommand):
    """A command whose ``--line-numbers`` may stand alone: then it means "as the state does".

    Typer has no option whose value is optional, so a bare ``--line-numbers`` (last, or before
    another option or a file name) is read as ``--line-numbers=state``; a word after it is its
    value, so a misspelt mode is reported as one.
    """

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        fixed = []
        for i, arg in enumerate(args):
            following = args[i + 1] if i + 1 < len(args) else ""
            if arg == "--line-numbers" and not _is_word(following):
                arg = "--line-numbers=state"
            fixed.append(arg)
        return super().parse_args(ctx, fixed)


def _is_word(arg: str) -> bool:
    """True for a bare word (a mode); false for nothing, an option or a path such as bill.toml."""
    return bool(arg) and not arg.startswith("-") and not any(c in arg for c in "./\\")


ReferenceDoc = _option(
    "--reference-doc", help="Take styles, page setup, header and footer from this DOCX.", kind=Path | None
)
Css = _option("--css", help="Add this stylesheet to the PDF and HTML.", kind=Path | None)
Date = _option(
    "--date", help="The date written into the files (YYYY-MM-DD); default SOURCE_DATE_EPOCH or fixed."
)
BillSpecFile = Annotated[
    Path | None,
    typer.Argument(
        help="A bill spec (bill.toml, see `billkit init`); options given here override it.",
        show_default=False,
    ),
]

# handout
HandoutSpecFile = Annotated[
    Path | None,
    typer.Argument(help="A handout spec (TOML); options given here override it.", show_default=False),
]
Practice = _option("--practice", help="One practice's page; without it, every practice and an overview.")
Audience = _option("--audience", help="trainers (default) or community.")
Lang = _option("--lang", help="en (default) or es; the community handout has both.")
Orgs = _option(
    "--org",
    help=(
        "An organization: for the community handout, a local group its help section lists; for "
        "trainer handouts, the one presenting them, named under each sheet (repeatable)."
    ),
    kind=list[str] | None,
)

# check
FailOn = _option(
    "--fail-on",
    help=(
        "Exit 1 if any practice is contrary (with 'contrary'), contrary or absent ('absent'), or not "
        "present ('partial')."
    ),
)
Amendments = Annotated[
    bool, typer.Option("--amendments", help="Also write the proposed amendments for what is missing.")
]
BillNumber = _option(
    "--bill-number",
    help="The bill's number for the amendments' title, e.g. \"S.B. 5\" (default: found in the bill, "
    "else the file name).",
)
