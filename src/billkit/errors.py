"""The one family of errors billkit raises; the CLI turns each into a one-line message."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class BillkitError(Exception):
    """Base of every error billkit raises on purpose.

    ``hint`` is a short suggestion the CLI prints after the message.
    ``exit_code`` is 2 for a user's mistake in what they asked for, 1 otherwise.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(BillkitError):
    """The user asked for something that does not exist or cannot be combined."""

    exit_code = 2


class UnknownNameError(UsageError):
    """A clause id, format, relief term or other name that is not known."""

    def __init__(self, kind: str, name: str, known: Iterable[str], *, list_hint: str | None = None) -> None:
        known = sorted(known)
        # Capitals do not make a name further from its match: "calfornia" is close to "California".
        by_fold = {k.casefold(): k for k in known}
        folded = difflib.get_close_matches(name.strip().casefold(), by_fold, n=3, cutoff=0.6)
        close = [by_fold[k] for k in folded]
        message = f"unknown {kind} {name!r}."
        if close:
            message += " Did you mean " + " or ".join(repr(c) for c in close) + "?"
        hint = None if close else (list_hint or f"known {kind}s: {', '.join(known)}")
        super().__init__(message, hint=hint)
        self.name = name
        self.close_matches = close


class SelectionError(UsageError):
    """The selected clauses break a requires/excludes rule."""


class ParameterError(UsageError):
    """A parameter is missing, unknown, or has a value of the wrong kind."""


class SpecError(UsageError):
    """A bill spec file (TOML) cannot be read or does not validate."""


class ContentError(UsageError):
    """A clause or jurisdiction file is malformed; the message names the file and the field."""


class OutputError(BillkitError):
    """An output file or folder cannot be written."""


class RenderError(BillkitError):
    """A renderer failed on a document model it was given."""
