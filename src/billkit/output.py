"""Writing files so that a reader never sees half of one: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from .errors import OutputError

TEMP_PREFIX = ".billkit-"
TEMP_SUFFIX = ".part"
"""Temporary files are named ``.billkit-<pid>-<random>.part``: the pid tells a stale one apart."""


def file_stem(name: str, *, given: bool, code: str | None, several: bool = False) -> str:
    """The one naming rule for every kind of document.

    A name the user gave is kept as given; billkit's default name ("model-bill", "handout") is
    prefixed by the jurisdiction's code ("tx-model-bill"), and so is every name when several
    jurisdictions are written at once, so that no file overwrites another.
    """
    if code is None or (given and not several):
        return name
    return f"{code.lower()}-{name}"


def prepare_folder(folder: Path) -> Path:
    """Create ``folder`` if needed and check that files can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"output folder {str(folder)!r} is a file, not a folder.") from None
    except OSError as exc:
        raise OutputError(f"output folder {str(folder)!r} cannot be created ({exc.strerror}).") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {str(folder)!r} is not writable.", hint="choose another with -o")
    remove_stale_temporaries(folder)
    return folder


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files left by a billkit process that no longer runs (killed mid-write)."""
    removed = []
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        pid = path.name[len(TEMP_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` completely or not at all."""
    folder = path.parent
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed into place
            dir=folder, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=TEMP_SUFFIX, delete=False
        )
    except OSError as exc:
        raise OutputError(
            f"cannot write in {str(folder)!r} ({exc.strerror}).", hint="choose another folder with -o"
        ) from None
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise OutputError(f"cannot write {str(path)!r} ({exc.strerror}).") from None
    return path


def write_files(files: dict[Path, bytes]) -> list[Path]:
    """Write several finished files; each one appears whole or not at all."""
    return [write_atomic(path, data) for path, data in files.items()]
