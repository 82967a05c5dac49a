"""Reading a submitted form: uploads checked for size and type, and errors tied to the field they concern.

An error is always one of billkit's own (``BillkitError``), raised by the same library call the
command line makes; :class:`Checks` only remembers which field the call was checking, so the page
can print the message beside that field.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TypeVar

from ..errors import BillkitError, UsageError

T = TypeVar("T")

MB = 1024 * 1024
MAX_BODY = 21 * MB
"""The largest request read: a 20 MB bill (``billkit check``'s own limit) and the form around it."""
MAGIC = {".docx": (b"PK\x03\x04",), ".pdf": (b"%PDF-",)}
"""How each binary type begins; a file whose bytes disagree with its name is refused."""


class FormErrors(Exception):
    """A form that cannot be carried out: each field's error (the key ``""`` is the whole form's)."""

    def __init__(self, errors: dict[str, BillkitError]) -> None:
        super().__init__("; ".join(e.message for e in errors.values()))
        self.errors = errors


class Checks:
    """Runs library calls, each on behalf of one field, and keeps the first error for each field."""

    def __init__(self) -> None:
        self.errors: dict[str, BillkitError] = {}

    def run(self, field: str, call: Callable[..., T], /, *args, **kwargs) -> T | None:
        try:
            return call(*args, **kwargs)
        except BillkitError as exc:
            # A spec's validation names the key it refused; that is the field.
            self.errors.setdefault(getattr(exc, "key", None) or field, exc)
            return None

    def done(self) -> None:
        """Raise every error found so far, to be shown beside its field."""
        if self.errors:
            raise FormErrors(dict(self.errors))


@dataclass(frozen=True)
class Upload:
    """An uploaded file, in memory: its base name (shown, never used as a path), type and bytes."""

    name: str
    suffix: str
    data: bytes


def display_name(filename: str | None) -> str:
    """The last part of an uploaded file's name, whatever folders or slashes the browser sent."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name.strip()
    return name or "upload"


def upload(filename: str | None, data: bytes, suffixes: tuple[str, ...], limit: int = MAX_BODY) -> Upload:
    """An upload once its name's type is one of ``suffixes``, its bytes match it and it is not too big."""
    name = display_name(filename)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in suffixes:
        kinds = ", ".join(suffixes[:-1]) + " or " + suffixes[-1] if len(suffixes) > 1 else suffixes[0]
        raise UsageError(f"{name!r} is not a {kinds} file.", hint=f"choose a {kinds} file")
    if not data:
        raise UsageError(f"{name!r} is empty.")
    if len(data) > limit:
        raise UsageError(f"{name!r} is {len(data) / MB:.1f} MB; the largest accepted is {limit // MB} MB.")
    if suffix in MAGIC and not data.startswith(MAGIC[suffix]):
        raise UsageError(f"{name!r} is not really a {suffix} file: its contents are of another kind.")
    return Upload(name, suffix, data)


@contextlib.contextmanager
def private_copy(item: Upload) -> Iterator[Path]:
    """The upload as a file in a new folder only this user can read, removed afterwards.

    The file's name is billkit's own; an error that names it names the upload instead.
    """
    with tempfile.TemporaryDirectory(prefix="billkit-web-") as folder:
        path = Path(folder) / f"upload{item.suffix}"
        path.write_bytes(item.data)
        try:
            yield path
        except BillkitError as exc:
            if str(path) not in exc.message:
                raise
            renamed = type(exc).__new__(type(exc))
            BillkitError.__init__(renamed, exc.message.replace(str(path), item.name), hint=exc.hint)
            raise renamed from None


def choice(value: str | None) -> str | None:
    """A text field's value, or ``None`` when it was left empty."""
    value = (value or "").strip()
    return value or None
