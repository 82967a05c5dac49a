"""Drafting for one jurisdiction or many: build, render and write each bill, in parallel for many."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BillkitError

if TYPE_CHECKING:
    from ..load.library import Library
    from ..render.options import RenderOptions
    from ..spec import BillSpec


@dataclass(frozen=True)
class Outcome:
    """What drafting one jurisdiction's bill produced: files written, or why it failed."""

    code: str
    paths: tuple[Path, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BatchReport:
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def files(self) -> int:
        return sum(len(o.paths) for o in self.outcomes)

    def summary(self) -> str:
        done = len(self.outcomes) - len(self.failed)
        return (
            f"Wrote {self.files} files for {done} of {len(self.outcomes)} jurisdictions "
            f"in {self.seconds:.1f} s; {len(self.failed)} failed."
        )


def draft_one(
    spec: BillSpec,
    code: str | None,
    out: Path,
    library: Library,
    options: RenderOptions | None = None,
    *,
    several: bool = False,
    strict: bool = False,
) -> Outcome:
    """Build, render and write one bill; raises ``BillkitError`` on a problem.

    With notes as Word comments, the DOCX carries the notes and the PDF and HTML are clean copies.
    A clean copy's unfilled placeholders are a warning, or with ``strict`` an error (nothing written).
    """
    from ..build import build_bill
    from ..load.jurisdiction import GENERIC, get_jurisdiction
    from . import produce, spec_stem
    from .placeholders import placeholder_warning

    jurisdiction = get_jurisdiction(code) if code else GENERIC
    bill = build_bill(spec, library, jurisdiction)
    overrides = {}
    clean = bill if spec.clean else None
    if options is not None and options.notes == "comments" and not spec.clean:
        clean = build_bill(spec.merged(clean=True, notes="none"), library, jurisdiction)
        overrides = {fmt: clean for fmt in spec.formats if fmt != "docx"}
    written = spec.clean or bool(overrides)  # with comments, a clean copy only beside the DOCX
    missing = placeholder_warning(clean, strict) if clean is not None and written else ""
    stem = spec_stem(spec, jurisdiction.code, several=several)
    paths = produce(bill, spec.formats, out, stem, options, overrides=overrides)
    warnings = []
    if spec.clean and jurisdiction.unverified:
        from ..load.jurisdiction import FACT_LABELS

        facts = ", ".join(FACT_LABELS[fact] for fact, _ in jurisdiction.unverified)
        warnings.append(
            f"the clean copy for {jurisdiction.the_name} uses facts that are not verified ({facts}); "
            "check them before filing (`billkit states --unverified`)."
        )
    warnings.append(missing)
    return Outcome(code=jurisdiction.code or "", paths=tuple(paths), warnings=tuple(w for w in warnings if w))


def _draft_safely(
    spec: BillSpec, code: str, out: Path, library: Library, options: RenderOptions | None, strict: bool
) -> Outcome:
    try:
        return draft_one(spec, code, out, library, options, several=True, strict=strict)
    except BillkitError as exc:
        return Outcome(code=code, error=exc.message)
    except Exception as exc:  # one jurisdiction's failure must not stop the others
        return Outcome(code=code, error=f"{type(exc).__name__}: {exc}")


def draft_many(
    spec: BillSpec,
    codes: Sequence[str],
    out: Path,
    library: Library,
    options: RenderOptions | None = None,
    *,
    workers: int | None = None,
    on_done: Callable[[Outcome], None] | None = None,
    strict: bool = False,
) -> BatchReport:
    """One bill per jurisdiction, using a process per core; failures are reported, not raised."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from ..render.options import RenderOptions

    start = time.perf_counter()
    report = BatchReport()
    codes = list(dict.fromkeys(codes))  # one worker per file: never the same code twice
    workers = max(1, min(workers or os.cpu_count() or 1, len(codes)))
    remove_stale_scratch()
    if workers == 1:
        for code in codes:
            outcome = _draft_safely(spec, code, out, library, options or RenderOptions(), strict)
            report.outcomes.append(outcome)
            if on_done:
                on_done(outcome)
    else:
        _warm_up(spec)
        # Workers end without running exit handlers, so whatever temporary files their renderers
        # keep for the whole run (WeasyPrint's copies of the fonts) go in a folder removed here.
        with (
            scratch_folder() as scratch,
            ProcessPoolExecutor(max_workers=workers, initializer=_use_scratch, initargs=(scratch,)) as pool,
        ):
            futures = [
                pool.submit(_draft_safely, spec, code, out, library, options or RenderOptions(), strict)
                for code in codes
            ]
            for future in as_completed(futures):
                outcome = future.result()
                report.outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
    report.outcomes.sort(key=lambda o: o.code)
    report.seconds = time.perf_counter() - start
    return report


SCRATCH_PREFIX = "billkit-batch-"
"""A batch's scratch folder in the system's temporary folder: ``billkit-batch-<random>``."""
LOCK_NAME = "batch.lock"
"""Held by the batch while it runs; a folder whose lock anyone can take belongs to a dead batch."""


@contextlib.contextmanager
def scratch_folder() -> Iterator[str]:
    """A folder for the batch's workers, locked while the batch runs and removed after it.

    It is made under another name and renamed once locked, so a folder with the batch prefix is
    always either locked by a live batch or left by a dead one.
    """
    making = Path(tempfile.mkdtemp(prefix="billkit-making-"))
    try:
        with open(making / LOCK_NAME, "w") as lock:
            _hold(lock)
            folder = making.with_name(SCRATCH_PREFIX + making.name.removeprefix("billkit-making-"))
            making = making.rename(folder)
            yield str(folder)
    finally:
        shutil.rmtree(making, ignore_errors=True)


def remove_stale_scratch() -> list[Path]:
    """Remove the scratch folders of batches that were killed: nobody holds their lock any more.

    A lock, unlike a process id, also tells apart a live batch run from another container that
    shares the temporary folder. Where locks are not available, nothing is removed.
    """
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        return []
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        try:
            with open(folder / LOCK_NAME, "r+") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # held by a live batch, or not ours to open
            continue
        if not folder.exists():
            removed.append(folder)
    return removed


def _hold(lock) -> None:
    with contextlib.suppress(ImportError):
        import fcntl

        fcntl.flock(lock, fcntl.LOCK_EX)


def _use_scratch(folder: str) -> None:
    tempfile.tempdir = folder


def _warm_up(spec: BillSpec) -> None:
    """Import the renderers before the pool forks, so each worker does not import them again."""
    from ..render import import_writer

    for fmt in dict.fromkeys(spec.formats):
        import_writer(fmt)
