"""Reading one input file: a size limit, and one way of saying why a file cannot be read.

Every file billkit reads on a user's behalf (a spec, an amended statute's text, a stylesheet, a
reference DOCX) and every content file goes through :func:`read_bytes` or :func:`read_text`, so a
missing, unreadable, oversized or non-UTF-8 file is reported the same way everywhere.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import BillkitError, UsageError

MAX_TEXT_BYTES = 1_000_000
"""The largest text file read by default: far more than any spec or clause needs."""


def read_bytes(
    path: Path, *, called: str | None = None, error: type[BillkitError] = UsageError, limit: int | None = None
) -> bytes:
    """The bytes of ``path``; raises ``error`` saying why the file cannot be read.

    ``called`` is how the message names the file ("spec file 'bill.toml'"; default: the path,
    quoted). ``limit``, when given, refuses a file larger than that many bytes.
    """
    called = called or repr(str(path))
    try:
        if limit is not None and path.stat().st_size > limit:
            raise error(f"{called} is larger than {limit} bytes.")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{called} does not exist.") from None
    except IsADirectoryError:
        raise error(f"{called} is a folder, not a file.") from None
    except OSError as exc:
        raise error(f"{called} cannot be read ({exc.strerror}).") from None


def read_text(
    path: Path,
    *,
    called: str | None = None,
    error: type[BillkitError] = UsageError,
    limit: int | None = MAX_TEXT_BYTES,
) -> str:
    """The text of a UTF-8 file; raises ``error`` as :func:`read_bytes` does, or for other encodings."""
    raw = read_bytes(path, called=called, error=error, limit=limit)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"{called or repr(str(path))} is not UTF-8 text.") from None


_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")
"""Bytes that text never holds but binary files and UTF-16 without a byte-order mark do."""


def decode_text(raw: bytes) -> str | None:
    """Text saved the ways Windows and Word save it, or None when it is not text in any of them.

    A byte-order mark names the encoding (UTF-8 or UTF-16); without one, UTF-8 is tried and then
    Windows-1252 (Notepad's "ANSI"), which is what a Windows file that is not UTF-8 usually is.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if _CONTROL.search(raw):
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
