"""The pages: each form, its submission (parse, call the job, show the result) and the downloads."""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from . import jobs
from .forms import FormErrors, choice, upload
from .guard import same_origin

HERE = Path(__file__).parent
BILL_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".html", ".htm")
MEDIA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".html": "text/html; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".xml": "application/xml",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
}
PREVIEW_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; frame-ancestors 'self'"
)


@functools.cache
def _interface() -> dict:
    import yaml

    return yaml.safe_load((HERE / "interface.yaml").read_text(encoding="utf-8"))


def interface(lang: str = "en") -> dict:
    """The app's own words in ``lang`` (English unless Spanish is asked for)."""
    return _interface()["es" if lang == "es" else "en"]


@functools.cache
def library():
    from ..load.library import load_library

    return load_library()


def lifespan(warm: bool):
    """Load the library and the writers once, and lay out one PDF so fonts and stylesheets are ready."""

    @contextlib.asynccontextmanager
    async def span(app):
        if warm:
            await run_in_threadpool(_warm_up)
        yield

    return span


def _warm_up() -> None:
    from ..build import build_bill
    from ..render import render
    from ..spec import BillSpec

    with jobs.one_at_a_time():
        render(build_bill(BillSpec(clauses=("short-title",)), library()), "pdf")


def _show(request: Request, template: str, status: int = 200, **values) -> Response:
    values.setdefault("t", interface(values.pop("lang", "en")))
    return request.app.state.page(template, status, request=request, **values)


async def _form(request: Request) -> tuple[FormData, dict[str, tuple[str, bytes]]]:
    """The form's fields, and each file sent as (name, bytes), read into memory and closed."""
    same_origin(request)
    async with request.form(max_files=2, max_fields=200) as form:
        files = {}
        for key, item in form.multi_items():
            if isinstance(item, UploadFile) and item.filename:
                files[key] = (item.filename, await item.read())
    return form, files


def _values(form: FormData) -> dict:
    """The form's text values, to fill the form in again; repeated fields as lists."""
    return {key: form.getlist(key) for key in form if not isinstance(form.get(key), UploadFile)}


def _errors_page(request, template, exc: FormErrors, values, **context) -> Response:
    return _show(request, template, 400, errors=exc.errors, values=values, **context)


async def _carry_out(request, template, values, context, job, *args) -> Response:
    """Run a job off the event loop; its result page, or the form again with each error by its field."""
    from ..errors import BillkitError

    try:
        result = await run_in_threadpool(job, *args)
    except FormErrors as exc:
        return _errors_page(request, template, exc, values, **context)
    except BillkitError as exc:
        return _errors_page(request, template, FormErrors({"": exc}), values, **context)
    token = request.app.state.store.add(result)
    return RedirectResponse(f"/results/{token}", status_code=303)


def _read_uploads(files: dict[str, tuple[str, bytes]], fields: dict[str, tuple[str, ...]]):
    """Every upload a form sent, checked; errors (wrong type, empty) are raised by field, all at once."""
    from .forms import Checks

    checks = Checks()
    found = {name: None for name in fields}
    for name, suffixes in fields.items():
        if name in files:
            found[name] = checks.run(name, upload, *files[name], suffixes)
    checks.done()
    return found


def index(request: Request) -> Response:
    return _show(request, "index.html")


# The draft form


def _draft_context() -> dict:
    from ..build.relief import TERMS
    from ..load.jurisdiction import all_jurisdiction_codes, get_record
    from ..render import format_names

    return {
        "states": [(code, get_record(code).name) for code in all_jurisdiction_codes()],
        "clauses": library().ordered(),
        "relief_terms": sorted(TERMS),
        "formats": format_names("bill"),
    }


def draft_form(request: Request) -> Response:
    values = {"clause": [c.id for c in library().ordered()], "format": ["docx", "pdf"], "copy": ["annotated"]}
    return _show(request, "draft.html", values=values, errors={}, **_draft_context())


async def draft_submit(request: Request) -> Response:
    form, files = await _form(request)
    values = _values(form)
    context = _draft_context()
    try:
        uploads = _read_uploads(files, {"reference_doc": (".docx",)})
    except FormErrors as exc:
        return _errors_page(request, "draft.html", exc, values, **context)
    every = [c.id for c in context["clauses"]]
    chosen = tuple(form.getlist("clause"))
    if not chosen:
        from ..errors import UsageError

        error = UsageError("no clause is chosen.", hint="tick at least one clause")
        return _errors_page(request, "draft.html", FormErrors({"clauses": error}), values, **context)
    choices = jobs.DraftChoices(
        state=choice(form.get("state")),
        clauses=None if sorted(chosen) == sorted(every) else chosen,
        relief_term=choice(form.get("relief_term")),
        clean=form.get("copy") == "clean",
        comments=form.get("comments") == "on",
        line_numbers=form.get("line_numbers") == "on",
        formats=tuple(form.getlist("format")) or ("docx", "pdf"),
        name=choice(form.get("name")),
        reference_doc=uploads["reference_doc"],
    )
    return await _carry_out(request, "draft.html", values, context, jobs.draft, choices, library())


# The check form


def check_form(request: Request) -> Response:
    return _show(request, "check.html", values={}, errors={})


async def check_submit(request: Request) -> Response:
    from ..errors import UsageError

    _, files = await _form(request)
    try:
        uploads = _read_uploads(files, {"bill": BILL_SUFFIXES})
        if uploads["bill"] is None:
            raise FormErrors({"bill": UsageError("no file is chosen.", hint="choose the pending bill")})
    except FormErrors as exc:
        return _errors_page(request, "check.html", exc, {})
    return await _carry_out(request, "check.html", {}, {}, jobs.check, uploads["bill"])


# The packet form

PACKET_TEXT = (
    "organization",
    "witness",
    "witness_title",
    "committee",
    "hearing_date",
    "bill_number",
    "bill_title",
    "position",
    "contact",
)


def _packet_context() -> dict:
    from ..load.library import PRACTICES
    from ..render import format_names

    return {**_draft_context(), "practices": PRACTICES, "formats": format_names("packet")}


def packet_form(request: Request) -> Response:
    values = {"format": ["docx", "pdf"], "position": ["support-if-amended"]}
    return _show(request, "packet.html", values=values, errors={}, **_packet_context())


async def packet_submit(request: Request) -> Response:
    form, files = await _form(request)
    values = _values(form)
    context = _packet_context()
    try:
        uploads = _read_uploads(files, {"bill": BILL_SUFFIXES})
    except FormErrors as exc:
        return _errors_page(request, "packet.html", exc, values, **context)
    data: dict = {key: str(form.get(key) or "") for key in PACKET_TEXT}
    data |= {
        "state": choice(form.get("state")),
        "relief_term": choice(form.get("relief_term")),
        "present": form.getlist("present"),
        "annotated_bill": form.get("annotated_bill") == "on",
        "formats": form.getlist("format") or ["docx", "pdf"],
    }
    data = {key: value for key, value in data.items() if value not in (None, "")}
    job = (jobs.packet, data, uploads["bill"], library())
    return await _carry_out(request, "packet.html", values, context, *job)


# The handout form


def _handout_context(lang: str) -> dict:
    from ..load.library import PRACTICES
    from ..render import format_names

    return {**_draft_context(), "practices": PRACTICES, "formats": format_names("handout"), "lang": lang}


def handout_form(request: Request) -> Response:
    ui = "es" if request.query_params.get("ui") == "es" else "en"
    values = {"format": ["docx", "pdf"], "audience": ["community"], "lang": [ui], "ui": [ui]}
    return _show(request, "handout.html", values=values, errors={}, **_handout_context(ui))


async def handout_submit(request: Request) -> Response:
    form, _ = await _form(request)
    values = _values(form)
    ui = "es" if form.get("ui") == "es" or form.get("lang") == "es" else "en"
    orgs = str(form.get("orgs") or "").splitlines()
    fields = {
        "practice": choice(form.get("practice")),
        "audience": choice(form.get("audience")),
        "lang": choice(form.get("lang")),
        "state": choice(form.get("state")),
        "organizations": tuple(line.strip() for line in orgs if line.strip()),
    }
    formats = tuple(form.getlist("format")) or ("docx", "pdf")
    context = _handout_context(ui)
    return await _carry_out(
        request, "handout.html", values, context, jobs.handout, fields, formats, library()
    )


# Results


def _result(request: Request):
    found = request.app.state.store.get(request.path_params["token"])
    if found is None:
        raise HTTPException(404, interface("en")["gone"])
    return found


def result(request: Request) -> Response:
    found = _result(request)
    token = request.path_params["token"]
    return _show(request, "result.html", result=found, token=token, lang=found.lang)


def preview(request: Request) -> Response:
    found = _result(request)
    if found.preview is None:
        raise HTTPException(404)
    headers = {"Content-Security-Policy": PREVIEW_POLICY, "X-Content-Type-Options": "nosniff"}
    return Response(found.files[found.preview], media_type="text/html; charset=utf-8", headers=headers)


def download(request: Request) -> Response:
    name = request.path_params["name"]
    data = _result(request).files.get(name)
    if data is None:
        raise HTTPException(404)
    media_type = next((t for end, t in MEDIA_TYPES.items() if name.endswith(end)), "application/octet-stream")
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff"}
    return Response(data, media_type=media_type, headers=headers)
