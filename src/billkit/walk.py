"""The strings in a value a user gave (a spec's tables and lists), each with the key that holds it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def strings_in(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Each string inside ``value`` (dicts, lists and tuples, however nested) with its key path,
    dotted ("params.findings.0"), in order; ``where`` names ``value`` itself."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from strings_in(item, f"{where}.{index}" if where else str(index))
