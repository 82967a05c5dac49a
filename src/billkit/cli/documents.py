"""Documents built around a bill: ``packet`` (testimony) and ``handout`` (trainers, community)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app, echo_paths, reports_errors, state_code
from .options import (
    Audience,
    ClausesDir,
    Date,
    HandoutFormats,
    HandoutSpecFile,
    Lang,
    Name,
    Orgs,
    OutDir,
    PacketFormats,
    Practice,
    State,
)


@app.command("packet")
@reports_errors
def make_packet(
    spec: Annotated[Path, typer.Argument(help="A packet spec (see `billkit init --packet`).")],
    formats: PacketFormats = None,
    out: OutDir = Path("out"),
    bill: Annotated[
        Path | None,
        typer.Option(
            "--bill",
            help="The pending bill: what it lacks, by `billkit check`, replaces `present`.",
            show_default=False,
        ),
    ] = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a testimony packet: cover, contents, testimony, analysis, the bill, table of authorities."""
    from ..build.packet import build_packet
    from ..load.library import load_library
    from ..render import check_formats
    from ..render.fonts import check_drawable
    from ..spec import load_packet_spec
    from ..write import prepare_folder, produce, spec_stem

    request = load_packet_spec(spec)
    chosen = check_formats(formats, "packet") if formats else request.formats
    if "pdf" in chosen:
        for key, value in request.model_dump(exclude={"bill"}).items():
            check_drawable(value, f"{spec}: key {key!r}")
    findings, pending_text = _pending_bill(bill) if bill is not None else (None, None)
    library = load_library(clauses_dir or ())
    packet = build_packet(request, library, findings=findings, pending_text=pending_text)
    stem = spec_stem(request, state_code(request.state), suffix="packet")
    echo_paths(produce(packet, chosen, prepare_folder(out), stem))


def _pending_bill(path: Path):
    """What ``billkit check`` finds in a pending bill, and its text."""
    from ..check.reading import read_bill
    from ..check.rules import check_passages

    passages = read_bill(path)
    return check_passages(passages), "\n".join(p.text for p in passages)


@app.command("handout")
@reports_errors
def make_handout(
    spec: HandoutSpecFile = None,
    practice: Practice = None,
    audience: Audience = None,
    lang: Lang = None,
    state: State = None,
    org: Orgs = None,
    formats: HandoutFormats = None,
    out: OutDir = Path("out"),
    name: Name = None,
    date: Date = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Write handouts: one page per practice for trainers, or a plain-language community handout."""
    from ..build.handout import build_handout
    from ..load.library import load_library
    from ..render import DEFAULT_FORMATS, check_formats
    from ..render.fonts import check_drawable
    from ..render.options import RenderOptions
    from ..spec import HandoutSpec, load_handout_spec
    from ..write import prepare_folder, produce, spec_stem
    from .draft import _parse_date

    base = load_handout_spec(spec) if spec is not None else HandoutSpec()
    orgs = tuple(org or ())
    request = base.merged(
        practice=practice, audience=audience, lang=lang, state=state, name=name, organizations=orgs
    )
    chosen = check_formats(formats, "handout") if formats else DEFAULT_FORMATS
    if "pdf" in chosen:
        for value in orgs:
            check_drawable(value, f"--org {value!r}")
    options = RenderOptions(date=_parse_date(date))  # the date the community handout prints, too
    handout = build_handout(request, load_library(clauses_dir or ()), updated=options.document_date().date())
    stem = spec_stem(request, state_code(request.state), suffix=request.file_suffix)
    echo_paths(produce(handout, chosen, prepare_folder(out), stem, options))
