"""The web app: routes, pages from the package's own templates, and errors shown as pages.

``create_app()`` returns a Starlette application. Nothing it serves comes from outside the
package: its stylesheet and the fonts a preview uses are read once, at start, into memory, and
served by name from that table, so no path in a request reaches the file system.
"""

from __future__ import annotations

import functools
import logging
from http import HTTPStatus
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from . import pages
from .guard import BodyLimit
from .store import ResultStore

HERE = Path(__file__).parent
logger = logging.getLogger("billkit.web")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; "
        "frame-ancestors 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # with "no-referrer" a browser posts forms with Origin: null
    "Cache-Control": "no-store",
}


@functools.cache
def environment() -> Environment:
    """The app's pages: package templates only; what a user typed is a value, never a template."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["interface"] = pages.interface
    return env


def page(template: str, status_code: int = 200, **values) -> HTMLResponse:
    html = environment().get_template(template).render(**values)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


@functools.cache
def assets() -> dict[str, tuple[bytes, str]]:
    """Every file the app serves besides its pages, by URL name: its stylesheet and the fonts."""
    from ..load.content import TEMPLATES_DIR

    served = {"app.css": ((HERE / "static" / "app.css").read_bytes(), "text/css; charset=utf-8")}
    for font in sorted((TEMPLATES_DIR / "fonts").glob("*.ttf")):
        served[f"fonts/{font.name}"] = (font.read_bytes(), "font/ttf")
    return served


def asset(request: Request) -> Response:
    return asset_named(request.path_params["name"])


def preview_font(request: Request) -> Response:
    return asset_named(f"fonts/{request.path_params['name']}")


def asset_named(name: str) -> Response:
    found = assets().get(name)
    if found is None:
        raise HTTPException(404)
    return Response(found[0], media_type=found[1], headers={"Cache-Control": "max-age=3600"})


async def http_error(request: Request, exc: HTTPException) -> Response:
    return error_page(request, exc.status_code, exc.detail)


async def server_error(request: Request, exc: Exception) -> Response:
    # The traceback goes to the server's log, never to the page.
    logger.error("error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_page(request, 500, None)


def error_page(request: Request, status: int, detail: str | None) -> Response:
    words = pages.interface("en")
    phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else None
    own = detail if detail and detail != phrase else None
    message = own or words["errors"].get(status) or phrase or words["errors"][500]
    return page("error.html", status, request=request, t=words, status=status, message=message)


def create_app(*, store: ResultStore | None = None, warm: bool = False) -> Starlette:
    """The app; ``warm`` loads the library and the writers, and lays out one PDF, before serving."""
    routes = [
        Route("/", pages.index),
        Route("/draft", pages.draft_form, methods=["GET"]),
        Route("/draft", pages.draft_submit, methods=["POST"]),
        Route("/check", pages.check_form, methods=["GET"]),
        Route("/check", pages.check_submit, methods=["POST"]),
        Route("/packet", pages.packet_form, methods=["GET"]),
        Route("/packet", pages.packet_submit, methods=["POST"]),
        Route("/handout", pages.handout_form, methods=["GET"]),
        Route("/handout", pages.handout_submit, methods=["POST"]),
        Route("/results/{token}", pages.result),
        Route("/results/{token}/preview", pages.preview),
        Route("/results/{token}/fonts/{name}", preview_font),
        Route("/results/{token}/files/{name}", pages.download),
        Route("/static/{name:path}", asset),
    ]
    app = Starlette(
        routes=routes,
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=pages.lifespan(warm),
    )
    app.state.store = store or ResultStore()
    app.state.page = page
    app.add_middleware(BodyLimit)
    return app
