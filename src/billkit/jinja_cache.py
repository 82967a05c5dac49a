"""Compiled templates kept between runs: Jinja's own bytecode cache, made safe to lose.

Jinja turns every template into Python code before it renders it, and for billkit's hundred-odd
clause texts that step costs more than the rendering. Jinja can keep the compiled code in a
cache folder, keyed by the template's name and checked against its source, so a changed
template is compiled afresh. The folder is Jinja's default (a private ``_jinja2-cache-<uid>``
folder in the system's temporary directory) or the one ``BILLKIT_CACHE_DIR`` names; setting that
variable to an empty string turns the cache off.

A cache is an optimization, never a reason to fail: a folder that cannot be made or written is
skipped, and drafting goes on compiling in memory.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os

from jinja2 import BytecodeCache, Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

CACHE_VARIABLE = "BILLKIT_CACHE_DIR"

logger = logging.getLogger("billkit")


class _ForgivingCache(FileSystemBytecodeCache):
    """Jinja's folder cache, except that a write that fails is dropped rather than raised."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError as exc:
            logger.debug("template cache not written: %s", exc)


@functools.cache
def bytecode_cache(settings: str = "") -> BytecodeCache | None:
    """The cache for environments with ``settings`` (see ``compiled_with``), or None when it is off.

    Jinja checks a cached template against its source and its own version, but not against the
    environment that compiled it: an environment that escapes, trims or finalizes differently
    compiles the same source to different code. So the file names carry the settings, and an
    environment whose settings change (in a new billkit, say) never loads the old code.
    """
    folder = os.environ.get(CACHE_VARIABLE)
    if folder == "":
        return None
    tag = hashlib.sha1(settings.encode("utf-8")).hexdigest()[:12]
    try:
        if folder is not None:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        return _ForgivingCache(folder, pattern=f"billkit-{tag}-%s.cache")
    except (OSError, RuntimeError) as exc:  # Jinja raises RuntimeError for an unsafe folder
        logger.debug("template cache off: %s", exc)
        return None


def compiled_with(env: Environment) -> str:
    """What in ``env`` changes the code Jinja compiles a template to, as one string."""
    return repr(
        (
            type(env).__name__,
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            env.optimized,
            env.autoescape if isinstance(env.autoescape, bool) else "by template name",
            sorted(env.extensions),
            sorted(env.filters),  # a filter unknown when compiling is compiled to an error
            sorted(env.tests),
            getattr(env.finalize, "__qualname__", None),
        )
    )


def use_cache(env: Environment) -> Environment:
    """``env``, its filters and tests in place, with the bytecode cache for its settings."""
    env.bytecode_cache = bytecode_cache(compiled_with(env))
    return env
