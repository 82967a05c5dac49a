"""The four jobs the forms ask for, each made of the library calls its command makes.

A job writes through ``produce`` (or ``draft_one``) exactly as the command does, into a private
temporary folder that is read back and removed, so a download has the bytes the command writes
for the same choices and the same file name. Documents are built and rendered one at a time:
WeasyPrint keeps its fonts in process-wide state, and one lock keeps two requests out of it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .forms import Checks, FormErrors, Upload, private_copy
from .store import Result

PREVIEW = "html"
"""The format every job also writes, shown as the preview (billkit's own HTML writer)."""

_RENDERING = threading.Lock()


@contextlib.contextmanager
def one_at_a_time() -> Iterator[list[str]]:
    """Hold the render lock; collect the warnings billkit logs meanwhile in this thread."""
    warnings: list[str] = []
    this_thread = threading.get_ident()

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.thread == this_thread and record.levelno >= logging.WARNING:
                warnings.append(record.getMessage())

    handler = Collect()
    logger = logging.getLogger("billkit")
    with _RENDERING:
        logger.addHandler(handler)
        previous = logger.level
        if logger.getEffectiveLevel() > logging.WARNING:
            logger.setLevel(logging.WARNING)
        try:
            yield warnings
        finally:
            logger.removeHandler(handler)
            logger.setLevel(previous)


def _read_back(paths) -> dict[str, bytes]:
    return {Path(p).name: Path(p).read_bytes() for p in paths}


def _with_preview(formats) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*formats, PREVIEW)))


def _preview_name(files: dict[str, bytes]) -> str | None:
    return next((name for name in files if name.endswith(".html")), None)


@dataclass(frozen=True)
class DraftChoices:
    """The draft form, as ``billkit draft``'s options."""

    state: str | None = None
    clauses: tuple[str, ...] | None = None
    relief_term: str | None = None
    clean: bool = False
    comments: bool = False
    line_numbers: bool = False
    formats: tuple[str, ...] = ("docx", "pdf")
    name: str | None = None
    reference_doc: Upload | None = None


def draft(choices: DraftChoices, library) -> Result:
    """``billkit draft``: one bill, in the formats chosen and HTML for the preview."""
    from ..build import select_clauses
    from ..build.relief import relief_for
    from ..load.jurisdiction import get_record, resolve
    from ..render import check_formats
    from ..render.options import RenderOptions
    from ..spec import BillSpec
    from ..write.batch import draft_one

    checks = Checks()
    record = checks.run("state", get_record, choices.state) if choices.state else None
    code = record.code if record else None
    if choices.relief_term:  # against the generic act when the jurisdiction is unknown
        checks.run("relief_term", relief_for, choices.relief_term, resolve(code))
    formats = checks.run("formats", check_formats, choices.formats, "bill")
    spec = checks.run(
        "name",
        BillSpec().merged,
        clauses=choices.clauses,
        relief_term=choices.relief_term,
        formats=_with_preview(formats or ()),
        name=choices.name,
        clean=choices.clean,
    )
    if spec is not None:
        checks.run("clauses", select_clauses, spec, library)
    checks.done()
    options = RenderOptions(
        line_numbers=choices.line_numbers,
        notes="comments" if choices.comments else "inline",
        reference_doc=choices.reference_doc.data if choices.reference_doc else None,
    )
    with one_at_a_time() as warnings, tempfile.TemporaryDirectory(prefix="billkit-web-") as folder:
        outcome = _rendering(choices, lambda: draft_one(spec, code, Path(folder), library, options))
        files = _read_back(outcome.paths)
    return Result("draft", files, _preview_name(files), (*warnings, *outcome.warnings))


def _rendering(choices: DraftChoices, call):
    """Run a render; an error about the reference document belongs beside its field."""
    from ..errors import BillkitError

    try:
        return call()
    except BillkitError as exc:
        about_reference = choices.reference_doc is not None and "reference document" in exc.message
        raise FormErrors({"reference_doc" if about_reference else "": exc}) from None


def read_pending(item: Upload):
    """``billkit check``'s reading of a pending bill: its passages, from a private copy of the upload."""
    from ..check.reading import read_bill

    with private_copy(item) as path:
        return read_bill(path)


def check(item: Upload) -> Result:
    """``billkit check``: the scorecard, with its JSON (as ``--json`` prints it) and Markdown."""
    from ..check.clearance import no_relief_note
    from ..check.rules import as_markdown, check_passages

    checks = Checks()
    passages = checks.run("bill", read_pending, item)
    checks.done()
    findings = check_passages(passages)
    note = no_relief_note([p.text for p in passages], item.name)
    report = {"file": item.name, "practices": [f.as_json() for f in findings]}
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(item.name).stem).strip("-.") or "bill"
    files = {
        f"{stem}-check.json": (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode(),
        f"{stem}-check.md": as_markdown(item.name, findings, note).encode(),
    }
    return Result("check", files, None, (), tuple(findings), item.name)


def packet(data: dict, pending: Upload | None, library) -> Result:
    """``billkit packet``: the spec's fields from the form, and the pending bill's findings if given."""
    from ..build.packet import build_packet
    from ..build.relief import relief_for
    from ..check.clearance import require_record_clearance
    from ..check.reading import printed_text
    from ..check.rules import check_passages
    from ..load.jurisdiction import get_record, resolve
    from ..spec import validate_packet_spec
    from ..write import produce, spec_stem

    checks = Checks()
    record = checks.run("state", get_record, data["state"]) if data.get("state") else None
    if data.get("relief_term") and "state" not in checks.errors:
        checks.run("relief_term", relief_for, data["relief_term"], resolve(record.code if record else None))
    request = checks.run("", validate_packet_spec, data, origin="form")
    passages = checks.run("bill", read_pending, pending) if pending is not None else None
    pending_text = printed_text(passages) if passages else None
    if pending_text is not None:
        checks.run(
            "bill",
            require_record_clearance,
            pending_text,
            data.get("relief_term"),
            pending.name,
            override="the Relief term",
        )
    checks.done()
    findings = check_passages(passages) if passages else None
    stem = spec_stem(request, record.code if record else None, suffix="packet")
    with one_at_a_time() as warnings, tempfile.TemporaryDirectory(prefix="billkit-web-") as folder:
        document = build_packet(request, library, findings=findings, pending_text=pending_text)
        files = _read_back(produce(document, _with_preview(request.formats), Path(folder), stem))
    return Result("packet", files, _preview_name(files), tuple(warnings))


def handout(fields: dict, formats: tuple[str, ...], library) -> Result:
    """``billkit handout``: the community handout or the trainers' pages, in the language chosen."""
    from ..build.handout import build_handout
    from ..load.jurisdiction import get_record
    from ..render import check_formats
    from ..render.options import RenderOptions
    from ..spec import HandoutSpec
    from ..write import produce, spec_stem

    checks = Checks()
    record = checks.run("state", get_record, fields["state"]) if fields.get("state") else None
    chosen = checks.run("formats", check_formats, formats, "handout")
    request = checks.run("", HandoutSpec().merged, **fields)
    checks.done()
    stem = spec_stem(request, record.code if record else None, suffix=request.file_suffix)
    with one_at_a_time() as warnings, tempfile.TemporaryDirectory(prefix="billkit-web-") as folder:
        given = RenderOptions().given_date()  # as the CLI dates it: same bytes
        document = build_handout(request, library, updated=given.date() if given else None)
        files = _read_back(produce(document, _with_preview(chosen), Path(folder), stem))
    return Result("handout", files, _preview_name(files), tuple(warnings), lang=request.lang)
