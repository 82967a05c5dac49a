"""Writing files so that a reader never sees half of one: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..errors import OutputError

TEMP_PREFIX = ".billkit-"
TEMP_SUFFIX = ".part"
"""Temporary files are named ``.billkit-<pid>-<random>.part``: the pid tells a stale one apart."""


def file_stem(name: str, *, given: bool, code: str | None, several: bool = False, suffix: str = "") -> str:
    """The one naming rule for every kind of document.

    A name the user gave is kept as given; billkit's default name ("model-bill", "handout") is
    prefixed by the jurisdiction's code ("tx-model-bill"), and so is every name when several
    jurisdictions are written at once, so that no file overwrites another. ``suffix`` names the
    kind or part after the stem ("testimony-packet", "handout-community-es").
    """
    stem = f"{name}-{suffix}" if suffix else name
    if code is None or (given and not several):
        return stem
    return f"{code.lower()}-{stem}"


def spec_stem(spec, code: str | None, *, several: bool = False, suffix: str = "") -> str:
    """:func:`file_stem` for a bill, packet or handout spec: its ``name``, and whether the user set it."""
    given = "name" in spec.model_fields_set
    return file_stem(spec.name, given=given, code=code, several=several, suffix=suffix)


def prepare_folder(folder: Path) -> Path:
    """Check that files can be written in ``folder`` before any work is done; create nothing.

    A folder that does not exist yet is made when the files are ready (``make_folder``),
    so a run that fails before then leaves no empty folder behind.
    """
    if folder.exists():
        if not folder.is_dir():
            raise OutputError(f"output folder {str(folder)!r} is a file, not a folder.")
        _check_writable(folder, folder)
        remove_stale_temporaries(folder)
        return folder
    parent = folder.absolute().parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise OutputError(f"output folder {str(folder)!r} cannot be created (Not a directory).")
    _check_writable(parent, folder)
    return folder


def _check_writable(existing: Path, folder: Path) -> None:
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"output folder {str(folder)!r} is not writable.", hint="choose another with -o")


def make_folder(folder: Path) -> Path:
    """Create ``folder`` (checked by ``prepare_folder``) now that its files are ready to write."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"output folder {str(folder)!r} is a file, not a folder.") from None
    except OSError as exc:
        raise OutputError(f"output folder {str(folder)!r} cannot be created ({exc.strerror}).") from None
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
    return write_files({path: data})[0]


def write_files(files: dict[Path, bytes]) -> list[Path]:
    """Write several finished files, all or none: every one is written to a temporary file first,
    and only when all of them are complete are they renamed into place.
    """
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_stage(path, data), path))
        for temporary, path in staged:
            try:
                os.replace(temporary, path)
            except OSError as exc:
                raise OutputError(f"cannot write {str(path)!r} ({exc.strerror}).") from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # only those not renamed into place are still there
    return list(files)


def _stage(path: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file beside ``path``; its name."""
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
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise OutputError(f"cannot write {str(path)!r} ({exc.strerror}).") from None
    return handle.name
