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
    return Annotated[
        list[str] | None,
        typer.Option("-f", "--format", metavar="FORMAT", help=listed, show_default=False),
    ]


def _option(*names: str, help: str, kind=str | None, metavar: str | None = None):
    return Annotated[kind, typer.Option(*names, help=help, show_default=False, metavar=metavar)]


DEFAULT_OUT = Path("out")
"""Where files go when neither ``-o`` nor the spec's ``out`` says."""


BillFormats = _formats_option("bill")
PacketFormats = _formats_option("packet")
HandoutFormats = _formats_option("handout")
SurveyFormats = _formats_option("survey")
OutDir = _option(
    "-o", "--out", help="The folder to write into (default: out).", kind=Path | None, metavar="DIR"
)
ClausesDir = _option(
    "--clauses-dir",
    help="A folder of extra clause files that add to or override the built-in ones (repeatable).",
    kind=list[Path] | None,
    metavar="DIR",
)
State = _option(
    "--state", help="The jurisdiction whose form and words to use (postal code or name).", metavar="STATE"
)
States = _option(
    "--state",
    help="Draft in this jurisdiction's form (postal code or name; repeatable; `all` for every one).",
    kind=list[str] | None,
    metavar="STATE",
)
Name = _option(
    "--name", help="The file name stem (default: the document's own, after the state's code).", metavar="STEM"
)
ReliefTerm = _option(
    "--relief-term",
    help=(
        "The relief the text names: expungement, sealing, set-aside, record-clearance or the "
        "state's own term (default: the state's own, else expungement; never vacatur, which the "
        "act keeps for legal error, unless the state's law uses the word)."
    ),
    metavar="TERM",
)
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]

# draft
Clauses = _option(
    "-c", "--clause", help="Include only these clauses (repeatable).", kind=list[str] | None, metavar="ID"
)
Without = _option(
    "-x", "--without", help="Leave out this clause (repeatable).", kind=list[str] | None, metavar="ID"
)
Clean = _option(
    "--clean/--annotated",
    help="--clean drops the prefatory note, notes and comments for a filing copy (= --notes none).",
    kind=bool | None,
)
PlainAmendments = _option(
    "--plain-amendments/--marked-amendments",
    help="Print amended statutes as plain new text, without the strike and insert marks an "
    "introduced bill shows (--clean keeps them).",
    kind=bool | None,
)
Notes = _option(
    "--notes",
    help="inline (under each section), comments (Word comments in the DOCX; the PDF is clean), or none.",
    metavar="inline|comments|none",
)
LineNumbers = Annotated[
    str | None,
    typer.Option(
        "--line-numbers",
        metavar="[page|continuous|off]",
        help=(
            "Number the bill's lines: alone, as the state numbers them (Ohio and Florida straight "
            "through the bill, elsewhere again on each page); page, continuous or off to choose "
            "(--no-line-numbers is off; default: the spec's line_numbers, else off)."
        ),
        show_default=False,
    ),
]


class OptionalValueCommand(TyperCommand):
    """A command whose ``--line-numbers`` may stand alone: then it means "as the state does".

    Typer has no option whose value is optional, so a bare ``--line-numbers`` (last, or before
    another option or a file name) is read as ``--line-numbers=state``; a word after it is its
    value, so a misspelt mode is reported as one. ``--no-line-numbers`` is ``--line-numbers=off``.
    """

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        fixed = []
        for i, arg in enumerate(args):
            following = args[i + 1] if i + 1 < len(args) else ""
            if arg == "--line-numbers" and not _is_word(following):
                arg = "--line-numbers=state"
            elif arg == "--no-line-numbers":
                arg = "--line-numbers=off"
            fixed.append(arg)
        return super().parse_args(ctx, fixed)


def _is_word(arg: str) -> bool:
    """True for a bare word (a mode); false for nothing, an option or a path such as bill.toml."""
    return bool(arg) and not arg.startswith("-") and not any(c in arg for c in "./\\")


ReferenceDoc = _option(
    "--reference-doc",
    help="Take styles, page setup, header and footer from this DOCX (see `billkit reference-doc`).",
    kind=Path | None,
    metavar="FILE.docx",
)
Css = _option("--css", help="Add this stylesheet to the PDF and HTML.", kind=Path | None, metavar="FILE.css")
Date = _option(
    "--date",
    help="The date written into the files and Word comments; default SOURCE_DATE_EPOCH or fixed.",
    metavar="YYYY-MM-DD",
)
CommentAuthor = _option(
    "--comment-author", help="Who the Word comments are from (default: billkit).", metavar="NAME"
)
Strict = Annotated[
    bool,
    typer.Option(
        "--strict", help="Refuse to write a clean copy or packet that still has unfilled [placeholders]."
    ),
]
BillSpecFile = Annotated[
    Path | None,
    typer.Argument(
        metavar="SPEC.toml",
        help="A bill spec (bill.toml, see `billkit init`); options given here override it.",
        show_default=False,
    ),
]

# handout
HandoutSpecFile = Annotated[
    Path | None,
    typer.Argument(
        metavar="SPEC.toml", help="A handout spec (TOML); options given here override it.", show_default=False
    ),
]
Practice = _option(
    "--practice", help="One practice's page; without it, every practice and an overview.", metavar="ID"
)
Audience = _option("--audience", help="trainers (default) or community.", metavar="trainers|community")
Lang = _option("--lang", help="en (default) or es; the community handout has both.", metavar="en|es")
Orgs = _option(
    "--org",
    help=(
        "An organization: for the community handout, a local group its help section lists; for "
        "trainer handouts, the one presenting them, named under each sheet (repeatable)."
    ),
    kind=list[str] | None,
    metavar="NAME",
)

# check
FailOn = _option(
    "--fail-on",
    help=(
        "Exit 1 if any practice is contrary (with 'contrary'), contrary or absent ('absent'), or not "
        "present ('partial')."
    ),
    metavar="contrary|absent|partial",
)
Amendments = Annotated[
    bool, typer.Option("--amendments", help="Also write the proposed amendments for what is missing.")
]
BillNumber = _option(
    "--bill-number",
    help="The bill's number for the amendments' title, e.g. \"S.B. 5\" (default: found in the bill, "
    "else the file name).",
    metavar="NUMBER",
)
