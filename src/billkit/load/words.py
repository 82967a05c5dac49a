"""The prose of each document kind, kept in ``words/<kind>.<lang>.yaml`` rather than in code.

A words file maps names to texts, or to further mappings of names to texts. A text may hold Jinja
placeholders (``{{ organization }}``), which :meth:`Words.fill` fills. Builders ask for words by
name, so a drafter can reword a testimony letter or a heading without reading Python; a name the
file lacks is a content error that names the file and the entry, never a ``KeyError``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from ..errors import ContentError
from .content import WORDS_DIR, show


class Words:
    """One words file, or one mapping inside it; ``where`` names it in messages."""

    def __init__(self, data: Mapping[str, Any], where: str) -> None:
        self._data = data
        self.where = where

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._data[key]
        except KeyError:
            raise ContentError(f"{self.where}: no entry {key!r}.") from None
        return Words(value, f"{self.where}.{key}") if isinstance(value, Mapping) else value

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def fill(self, key: str, **context: Any) -> str:
        """The text called ``key`` with its placeholders filled from ``context``, on one line."""
        from ..build.templating import collapse, render_text

        return collapse(render_text(self[key], context, where=f"{self.where}: entry {key!r}"))


@functools.cache
def words(kind: str, lang: str = "en") -> Words:
    """The words of document kind ``kind`` ("packet", "trainers", ...) in language ``lang``."""
    from .library import read_yaml

    path = WORDS_DIR / f"{kind}.{lang}.yaml"
    if not path.is_file():
        raise ContentError(f"{show(path)}: there are no {kind} words in {lang!r}.")
    data = read_yaml(path)
    if not isinstance(data, Mapping):
        raise ContentError(f"{show(path)}: expected a mapping of names to texts.")
    return Words(data, show(path))
