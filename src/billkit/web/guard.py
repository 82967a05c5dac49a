"""Limits on what a request may send: the size of its body, and where a form may be posted from."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request

from .forms import MAX_BODY


class BodyLimit:
    """Refuses (413) a request whose body is larger than ``limit`` bytes, before it is all read.

    The check is made as the route reads the body, so the refusal is a page like any other error.
    """

    def __init__(self, app, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or ()).get(b"content-length", b"0")
        total = int(declared) if declared.isdigit() else 0
        received = 0

        async def limited_receive():
            nonlocal received
            if total > self.limit:
                raise HTTPException(413)
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise HTTPException(413)
            return message

        return await self.app(scope, limited_receive, send)


def same_origin(request: Request) -> None:
    """Refuse (403) a form posted by a page from another site, which a browser names in ``Origin``.

    Without a login, this keeps a web page elsewhere from using the app through its visitor's browser.
    """
    origin = request.headers.get("origin")
    if origin is None:
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403)
