"""Writers: one module per format, each declaring its name, extension and the kinds it writes.

A format module says, at its top level::

    FORMAT = "md"
    EXTENSION = ".md"
    WRITES = "any"  # or "act": only a document that is one act (``model.ACT_KINDS``)
    WRITER = render_markdown  # (Document, RenderOptions) -> bytes

and ``MODULES`` below lists the modules. That is the only place a format is named. A writer
knows the blocks of ``model.Document``, never the kinds of document, so a new kind needs no
writer. Modules are imported only when their format is written: listing the formats (for
``--help``, a spec's validation or ``init``'s comments) reads the declarations from the module's
source, so ``billkit --help`` never imports python-docx, Jinja2 or lxml. A test checks that what
the source says is what the imported module holds.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .options import RenderOptions

MODULES = ("docx", "pdf", "html", "akn", "md")
"""The format modules of this package, in the order formats are listed."""
DEFAULT_FORMATS = ("docx", "pdf")
"""What a command writes when not told: an editable copy and a print-ready one."""


@dataclass(frozen=True)
class Format:
    """A format as its module declares it; ``writes`` is "any" or "act"."""

    name: str
    extension: str
    module: str
    writes_only: str

    def writes(self, kind: str) -> bool:
        """Whether this format can write a document of ``kind`` ("bill", "packet", ...)."""
        from ..model import ACT_KINDS

        return self.writes_only == "any" or kind in ACT_KINDS


_DECLARATION = re.compile(r'^(FORMAT|EXTENSION|WRITES) = "([^"]+)"$', re.MULTILINE)


def _declared(module: str) -> Format:
    """The format a module declares, read from its source; imported only if there is no source."""
    qualified = f"{__name__}.{module}"
    try:
        source = (Path(__file__).parent / f"{module}.py").read_text(encoding="utf-8")
        found = dict(_DECLARATION.findall(source))
        if {"FORMAT", "EXTENSION", "WRITES"} <= found.keys():
            return Format(found["FORMAT"], found["EXTENSION"], qualified, found["WRITES"])
    except OSError:
        pass
    return imported_format(qualified)


def imported_format(qualified: str) -> Format:
    """The format a module declares, by importing it."""
    loaded = importlib.import_module(qualified)
    return Format(loaded.FORMAT, loaded.EXTENSION, qualified, loaded.WRITES)


@functools.cache
def formats() -> tuple[Format, ...]:
    """Every format, in ``MODULES`` order."""
    return tuple(_declared(module) for module in MODULES)


def format_names(kind: str | None = None) -> tuple[str, ...]:
    """The names of the formats that can write ``kind`` ("bill", "packet", ...), or of all."""
    return tuple(f.name for f in formats() if kind is None or f.writes(kind))


def format_list(kind: str | None = None, conjunction: str = "or", names=None) -> str:
    """The format names as prose: "docx, pdf, html or md" (``names``, or those writing ``kind``)."""
    names = tuple(names or format_names(kind))
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1] if len(names) > 1 else names[0]


def get_format(name: str, kind: str | None = None) -> Format:
    """The format called ``name``; with ``kind``, refused unless it can write that kind."""
    from ..errors import UnknownNameError, UsageError

    by_name = {f.name: f for f in formats()}
    if name not in by_name:
        raise UnknownNameError("format", name, by_name)
    found = by_name[name]
    if kind is not None and not found.writes(kind):
        raise UsageError(
            f"the {name} format cannot write a {kind}; it writes bills only.",
            hint=f"a {kind} can be written as {format_list(kind)}",
        )
    return found


def check_formats(names, kind: str) -> tuple[str, ...]:
    """``names`` without repeats, once every one is known and can write ``kind``."""
    for name in names:
        get_format(name, kind)
    return tuple(dict.fromkeys(names))


def extension(name: str) -> str:
    """The file extension for format ``name``, with its dot (".akn.xml")."""
    return get_format(name).extension


def render(document, fmt: str, options: RenderOptions | None = None) -> bytes:
    """Render a document (``model.Document``, or a bill alone) in format ``fmt`` as file bytes."""
    from ..model import Bill, Document
    from .options import RenderOptions

    if isinstance(document, Bill):
        document = Document.of_bill(document)
    found = get_format(fmt, document.meta.kind)
    writer = importlib.import_module(found.module).WRITER
    return writer(document, options or RenderOptions())


def import_writer(fmt: str) -> None:
    """Import a format's module now (before a process pool forks, say)."""
    importlib.import_module(get_format(fmt).module)
