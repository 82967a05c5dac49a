"""The ``billkit`` command: thin Typer commands that parse, call the library, write and report.

``app`` holds the Typer application and error reporting; the commands live by group in
``draft``, ``library`` (clauses, clause, states, init), ``documents`` (packet, handout) and
``check``, and register themselves on ``app`` when imported here. No module imports python-docx,
lxml, Jinja2, WeasyPrint or pydantic until a command runs, so ``billkit --help`` stays quick.
"""

from __future__ import annotations

from .app import app, main

# The order the commands register in is the order `billkit --help` lists them.
# isort: off
from . import draft, library, documents, check, serve

# isort: on

__all__ = ["app", "check", "documents", "draft", "library", "main", "serve"]
