"""Documents built around a bill: ``packet`` (testimony) and ``handout`` (trainers, community)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import app, echo_paths, echo_warnings, reports_errors, state_code
from .options import (
    DEFAULT_OUT,
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
    Strict,
)


@app.command("packet", short_help="Build a testimony packet for a committee hearing.")
@reports_errors
def make_packet(
    spec: Annotated[
        Path, typer.Argument(metavar="SPEC.toml", help="A packet spec (see `billkit init --packet`).")
    ],
    formats: PacketFormats = None,
    out: OutDir = None,
    bill: Annotated[
        Path | None,
        typer.Option(
            "--bill",
            metavar="BILL",
            help="The pending bill: what it lacks, by `billkit check`, replaces `present`.",
            show_default=False,
        ),
    ] = None,
    strict: Strict = False,
    clauses_dir: ClausesDir = None,
) -> None:
    """Build a testimony packet: cover, contents, testimony, analysis, the bill, table of authorities."""
    from ..build.packet import build_packet
    from ..load.library import load_library
    from ..render import check_formats
    from ..render.fonts import check_drawable
    from ..spec import load_packet_spec
    from ..write import prepare_folder, produce, spec_stem
    from ..write.placeholders import placeholder_warning

    request = load_packet_spec(spec)
    unfilled = _unfilled_fields(request, spec, strict)  # refused before the slow build
    chosen = check_formats(formats, "packet") if formats else request.formats
    if "pdf" in chosen:
        for key, value in request.model_dump(exclude={"bill"}).items():
            check_drawable(value, f"{spec}: key {key!r}")
    findings, pending_text = _pending_bill(bill) if bill is not None else (None, None)
    library = load_library(clauses_dir or ())
    packet = build_packet(request, library, findings=findings, pending_text=pending_text)
    warnings = [unfilled, placeholder_warning(packet, strict, "the packet")]
    stem = spec_stem(request, state_code(request.state), suffix="packet")
    paths = produce(packet, chosen, prepare_folder(out or DEFAULT_OUT), stem)
    echo_warnings(w for w in warnings if w)
    echo_paths(paths)


def _unfilled_fields(request, path: Path, strict: bool) -> str:
    """A warning naming the required fields still holding the starter's placeholder (with ``strict``,
    an error)."""
    from ..errors import SpecError

    unfilled = request.unfilled()
    if not unfilled:
        return ""
    named = ", ".join(unfilled)
    if strict:
        raise SpecError(f"{path}: the required fields {named} are still placeholders.", hint="fill them in")
    return f"{path}: the required fields {named} are still the starter's placeholders; fill them in."


def _pending_bill(path: Path):
    """What ``billkit check`` finds in a pending bill, and its text."""
    from ..check.reading import printed_text, read_bill
    from ..check.rules import check_passages

    passages = read_bill(path)
    return check_passages(passages), printed_text(passages)


@app.command("handout", short_help="Write handouts for trainers or the community.")
@reports_errors
def make_handout(
    spec: HandoutSpecFile = None,
    practice: Practice = None,
    audience: Audience = None,
    lang: Lang = None,
    state: State = None,
    org: Orgs = None,
    formats: HandoutFormats = None,
    out: OutDir = None,
    name: Name = None,
    date: Date = None,
    clauses_dir: ClausesDir = None,
) -> None:
    """Write handouts: one page per practice for trainers, or a plain-language community handout."""
    import datetime as dt

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
    day = _parse_date(date)  # the date the community handout prints, and its files' date
    options = RenderOptions(date=dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) if day else None)
    given = options.given_date()
    handout = build_handout(request, load_library(clauses_dir or ()), updated=given.date() if given else None)
    stem = spec_stem(request, state_code(request.state), suffix=request.file_suffix)
    echo_paths(produce(handout, chosen, prepare_folder(out or DEFAULT_OUT), stem, options))
