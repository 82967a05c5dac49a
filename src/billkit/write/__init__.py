"""From a document to files: render it in every format asked for, then write them all or none.

``produce`` is the one path every command takes; ``output`` holds the naming rule and the atomic
writes, ``batch`` drafts one bill per jurisdiction in parallel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .output import file_stem, prepare_folder, spec_stem, write_files

if TYPE_CHECKING:
    from ..render.options import RenderOptions

__all__ = ["file_stem", "prepare_folder", "produce", "spec_stem", "write_files"]


def produce(
    document,
    formats: Iterable[str],
    folder: Path,
    stem: str,
    options: RenderOptions | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
) -> list[Path]:
    """Render ``document`` in each format and write ``folder/<stem><extension>``; the paths written.

    Every format is rendered before any file is written, and the files are written all or none,
    so a format that fails to render leaves no file behind. ``overrides`` maps a format to another
    document to write in it (a bill's DOCX with its notes as Word comments, the rest clean copies).
    """
    from ..render import extension, render

    overrides = overrides or {}
    files = {
        folder / f"{stem}{extension(fmt)}": render(overrides.get(fmt, document), fmt, options)
        for fmt in dict.fromkeys(formats)
    }
    return write_files(files)
