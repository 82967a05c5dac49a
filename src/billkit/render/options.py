"""How a document is rendered, as opposed to what it says: one frozen set of options for every writer."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Literal

LineNumbering = bool | Literal["page", "continuous"]
"""``True`` numbers as the jurisdiction does; "page" restarts on each page, "continuous" does not."""
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The date written into files when neither ``--date`` nor ``SOURCE_DATE_EPOCH`` gives one."""


@dataclass(frozen=True)
class RenderOptions:
    """Options every renderer understands; each ignores what does not apply to its format."""

    date: dt.datetime | None = None
    """The date written into file metadata; ``None`` means ``SOURCE_DATE_EPOCH`` or a fixed date."""
    line_numbers: LineNumbering = False
    """Number the lines of the bill text (not the notes); see ``LineNumbering``."""
    notes: Literal["inline", "comments"] = "inline"
    """Where an annotated bill's notes go in a DOCX: under each section, or in Word comments."""
    reference_doc: bytes | None = None
    """A Word file whose styles, page setup, header and footer the DOCX takes (pandoc-style)."""
    css: str = ""
    """A stylesheet added after billkit's own, for the HTML and PDF."""
    comment_author: str = "billkit"
    """The author of the Word comments that hold the notes (``--notes comments``)."""

    def document_date(self) -> dt.datetime:
        """The creation and modification date of the files, so the same input gives the same bytes."""
        if self.date is not None:
            return self.date if self.date.tzinfo else self.date.replace(tzinfo=dt.UTC)
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        return FIXED_DATE
