"""Finished results kept in memory for a while, so a results page can link to its downloads.

A result is found by a random token, never by a path: nothing a request names reaches the file
system. The store holds at most ``limit`` results and forgets each after ``ttl`` seconds.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Result:
    """What one job made: its files by name, the one shown as a preview, and what to tell the user."""

    kind: str
    files: dict[str, bytes]
    preview: str | None = None
    warnings: tuple[str, ...] = ()
    findings: tuple = ()
    source: str = ""
    lang: str = "en"
    made: float = field(default_factory=time.monotonic)


class ResultStore:
    """A bounded, thread-safe map from random tokens to results."""

    def __init__(self, limit: int = 64, ttl: float = 3600.0) -> None:
        self._items: OrderedDict[str, Result] = OrderedDict()
        self._lock = threading.Lock()
        self.limit = limit
        self.ttl = ttl

    def add(self, result: Result) -> str:
        token = secrets.token_urlsafe(18)
        with self._lock:
            self._forget_old()
            self._items[token] = result
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Result | None:
        with self._lock:
            self._forget_old()
            return self._items.get(token)

    def _forget_old(self) -> None:
        now = time.monotonic()
        while self._items:
            token, oldest = next(iter(self._items.items()))
            if now - oldest.made < self.ttl:
                break
            del self._items[token]
