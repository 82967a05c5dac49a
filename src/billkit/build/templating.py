"""Jinja2 in its sandbox, set up once: how clause text turns parameters into words."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from ..errors import ContentError


def capfirst(value: Any) -> str:
    """Capitalize the first letter, looking past opening brackets: "[the x]" -> "[The x]"."""
    text = str(value)
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
        if char not in "[(“\"'":
            break
    return text


def series(items: Sequence[Any]) -> str:
    """Join phrases as a list in a sentence, with a serial comma: "a, b, and c"."""
    words = [str(item) for item in items]
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + ", and " + words[-1]


@functools.cache
def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters["capfirst"] = capfirst
    env.filters["series"] = series
    return env


@functools.lru_cache(maxsize=4096)
def _compile(source: str):
    return _environment().from_string(source)


@functools.lru_cache(maxsize=1024)
def _compile_expression(source: str):
    return _environment().compile_expression(source)


def render_text(source: str, context: Mapping[str, Any], *, where: str) -> str:
    """Render one template; ``where`` names the file and field for error messages."""
    try:
        return _compile(source).render(context)
    except SecurityError as exc:
        raise ContentError(f"{where}: refused by the template sandbox: {exc}.") from None
    except TemplateError as exc:
        raise ContentError(f"{where}: {exc.message or type(exc).__name__}.") from None


def evaluate(source: str, context: Mapping[str, Any], *, where: str) -> Any:
    """Evaluate a template expression such as a ``when`` condition."""
    try:
        return _compile_expression(source)(**context)
    except SecurityError as exc:
        raise ContentError(f"{where}: refused by the template sandbox: {exc}.") from None
    except TemplateError as exc:
        raise ContentError(f"{where}: {exc.message or type(exc).__name__}.") from None


def collapse(text: str) -> str:
    """Fold the line breaks and runs of spaces that YAML block text leaves."""
    return " ".join(text.split())


def paragraphs(text: str) -> list[str]:
    """Split commentary on blank lines (YAML's folded newlines) into collapsed paragraphs."""
    return [collapse(p) for p in text.split("\n") if p.strip()]
