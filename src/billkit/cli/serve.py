"""``billkit serve``: the same jobs as web forms, for people who do not use a terminal.

The web stack (Starlette, uvicorn, python-multipart) is an optional extra, imported only here and
only when the command runs; without it the command says how to install it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from .app import app, reports_errors


@app.command("serve")
@reports_errors
def serve(
    host: Annotated[str, typer.Option("--host", help="The address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="The port (default: a free one, printed).")] = 0,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the app in the web browser.")] = False,
) -> None:
    """Open billkit's forms in a web browser.

    Drafts, checks, testimony packets and handouts, for people who do not use a terminal.
    """
    import ipaddress
    import socket

    from ..errors import BillkitError, UsageError

    try:
        import python_multipart  # noqa: F401 - which Starlette needs for uploads
        import uvicorn

        from ..web.app import create_app
    except ImportError as exc:
        raise BillkitError(
            f"billkit serve needs the web extra, which is not installed ({exc.name} is missing).",
            hint="pip install 'billkit[web]'",
        ) from None
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as exc:
        listener.close()
        raise UsageError(
            f"cannot listen on {host}:{port} ({exc.strerror}).", hint="choose another --port"
        ) from None
    listener.listen(128)
    bound = listener.getsockname()[1]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    url = f"http://{shown}:{bound}/"
    if not _loopback(host, ipaddress):
        typer.echo(
            f"Warning: billkit serve has no login: anyone who can reach {shown}:{bound} can use it "
            "and read what others make while it is kept.",
            err=True,
        )
    typer.echo(f"billkit is serving on {url} (Ctrl+C stops it)")
    if open_browser:
        import webbrowser

        webbrowser.open(url)  # the socket already listens: the browser's request waits for the server
    config = uvicorn.Config(create_app(warm=True), log_level="warning", server_header=False)
    with listener:
        uvicorn.Server(config).run(sockets=[listener])


def _loopback(host: str, ipaddress) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
