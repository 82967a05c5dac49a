"""Jinja2 in its sandbox, set up once: how clause text turns parameters into words."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from jinja2 import DictLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from ..errors import ContentError
from ..jinja_cache import use_cache


def capfirst(value: Any) -> str:
    """Capitalize the first letter, looking past opening brackets: "[the x]" -> "[The x]"."""
    text = str(value)
    for i, char in enumerate(text):
        if char.isalpha():
            return text[:i] + char.upper() + text[i + 1 :]
        if char not in "[(“\"'":
            break
    return text


def series(items: Sequence[Any], conjunction: str = "and") -> str:
    """Join phrases as a list in a sentence, with a serial comma: "a, b, and c" (or "a, b, or c")."""
    words = [str(item) for item in items]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return ", ".join(words[:-1]) + f", {conjunction} " + words[-1]


def or_any(named: Sequence[Any]) -> str:
    """The provisions a section names before "any other law": "A, or ", "A and B, or ", or nothing."""
    text = series(named)
    if not text:
        return ""
    return text + ("," if "," in text or " and " in text else "") + " or "


_SOURCES: dict[str, str] = {}
"""Every template text compiled so far, by a digest of it: the name the bytecode cache keys on."""


@functools.cache
def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=DictLoader(_SOURCES),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.filters["capfirst"] = capfirst
    env.filters["series"] = series
    env.filters["or_any"] = or_any
    return use_cache(env)


class _Literal:
    """A text with no template syntax in it, which renders as itself."""

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, context: Mapping[str, Any]) -> str:
        return self.text


def literal_output(source: str) -> str:
    r"""What Jinja makes of a text without ``{``: line ends as ``\n``, one final line end dropped."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return text[:-1] if text.endswith("\n") else text


@functools.lru_cache(maxsize=4096)
def _compile(source: str):
    if "{" not in source:  # every Jinja delimiter starts with one
        return _Literal(literal_output(source))
    name = hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()
    _SOURCES[name] = source
    return _environment().get_template(name)


@functools.lru_cache(maxsize=1024)
def _compile_expression(source: str):
    return _environment().compile_expression(source)


ONE_STOP = re.compile(r"(?<=[A-Za-z]\.)\.(?!\.)")
"""A second full stop right after an abbreviation's ("et seq..", "C.R.S.."), never one of an
ellipsis's dots."""


def render_text(source: str, context: Mapping[str, Any], *, where: str) -> str:
    """Render one template; ``where`` names the file and field for error messages. A value that ends
    in an abbreviation ("§ 19.2-392.5 et seq.", "section 16-5-402, C.R.S.") and also ends the
    sentence leaves one full stop."""
    try:
        return ONE_STOP.sub("", _compile(source).render(context))
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
