"""Writers: one module per format, each declaring its name, extension and the kinds it writes.

A format module says, at its top level::

    FORMAT = "md"
    EXTENSION = ".md"
    WRITERS = {Bill: render_bill, Packet: render_packet, Handout: render_handout}

and ``MODULES`` below lists the modules. That is the only place a format is named. Modules are
imported only when their format is written: listing the formats (for ``--help``, a spec's
validation or ``init``'s comments) reads the three declarations from the module's source, so
``billkit --help`` never imports python-docx, Jinja2 or lxml. A test checks that what the source
says is what the imported module holds.
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
    """A format as its module declares it. ``kinds`` are lower-case model class names ("bill")."""

    name: str
    extension: str
    module: str
    kinds: tuple[str, ...]

    def writes(self, kind: str) -> bool:
        return kind in self.kinds


_DECLARATION = re.compile(r'^(FORMAT|EXTENSION) = "([^"]+)"$', re.MULTILINE)
_WRITERS = re.compile(r"^WRITERS = \{([^}]*)\}", re.MULTILINE)
_KEY = re.compile(r"(\w+)\s*:")


def _declared(module: str) -> Format:
    """The format a module declares, read from its source; imported only if there is no source."""
    qualified = f"{__name__}.{module}"
    try:
        source = (Path(__file__).parent / f"{module}.py").read_text(encoding="utf-8")
        found = dict(_DECLARATION.findall(source))
        keys = _WRITERS.search(source)
        kinds = tuple(key.lower() for key in _KEY.findall(keys.group(1))) if keys else ()
        if "FORMAT" in found and "EXTENSION" in found and kinds:
            return Format(found["FORMAT"], found["EXTENSION"], qualified, kinds)
    except OSError:
        pass
    return imported_format(qualified)


def imported_format(qualified: str) -> Format:
    """The format a module declares, by importing it."""
    loaded = importlib.import_module(qualified)
    kinds = tuple(kind.__name__.lower() for kind in loaded.WRITERS)
    return Format(loaded.FORMAT, loaded.EXTENSION, qualified, kinds)


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
        can = " or ".join(f"{k}s" for k in found.kinds)
        raise UsageError(
            f"the {name} format cannot write a {kind}; it writes {can} only.",
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
    """Render a document (a bill, packet or handout) in format ``fmt`` as file bytes."""
    from .options import RenderOptions

    kind = type(document).__name__.lower()
    found = get_format(fmt, kind)
    writers = importlib.import_module(found.module).WRITERS
    return writers[type(document)](document, options or RenderOptions())


def import_writer(fmt: str) -> None:
    """Import a format's module now (before a process pool forks, say)."""
    importlib.import_module(get_format(fmt).module)
