"""From a document to files: render it in every format asked for, then write them all or none.

``produce`` is the one path every command takes; ``output`` holds the naming rule and the atomic
writes, ``batch`` drafts one bill per jurisdiction in parallel.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from .output import file_stem, make_folder, prepare_folder, spec_stem, write_files

if TYPE_CHECKING:
    from ..render.options import RenderOptions

__all__ = ["file_stem", "make_folder", "prepare_folder", "produce", "spec_stem", "write_files"]


def produce(
    document,
    formats: Iterable[str],
    folder: Path,
    stem: str,
    options: RenderOptions | None = None,
    *,
    overrides: Mapping[str, object] | None = None,
    attachments: Mapping[str, bytes] | None = None,
) -> list[Path]:
    """Render ``document`` in each format and write ``folder/<stem><extension>``; the paths written.

    Every format is rendered before any file is written, and the files are written all or none,
    so a format that fails to render leaves no file behind. ``overrides`` maps a format to another
    document to write in it (a bill's DOCX with its notes as Word comments, the rest clean copies).
    ``attachments`` are files made beside the document, by the end of their name after ``stem``
    (``"-table.csv"``); they are written in the same all-or-none step.
    """
    from ..render import extension, render

    overrides = overrides or {}
    files = {
        folder / f"{stem}{extension(fmt)}": render(overrides.get(fmt, document), fmt, options)
        for fmt in dict.fromkeys(formats)
    }
    files |= {folder / f"{stem}{ending}": data for ending, data in (attachments or {}).items()}
    make_folder(folder)
    return write_files(files)
