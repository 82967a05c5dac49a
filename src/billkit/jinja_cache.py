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
import logging
import os

from jinja2 import BytecodeCache, FileSystemBytecodeCache
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
def bytecode_cache() -> BytecodeCache | None:
    """The cache every billkit Jinja environment shares, or None when it is off or unusable."""
    folder = os.environ.get(CACHE_VARIABLE)
    if folder == "":
        return None
    try:
        if folder is not None:
            os.makedirs(folder, mode=0o700, exist_ok=True)
        return _ForgivingCache(folder, pattern="billkit-%s.cache")
    except (OSError, RuntimeError) as exc:  # Jinja raises RuntimeError for an unsafe folder
        logger.debug("template cache off: %s", exc)
        return None
