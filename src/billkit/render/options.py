"""How a document is rendered, as opposed to what it says: one frozen set of options for every writer."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Literal, get_args

LineNumbers = Literal["off", "state", "page", "continuous"]
LINE_NUMBERS: tuple[str, ...] = get_args(LineNumbers)

FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The date written into files when neither ``--date`` nor ``SOURCE_DATE_EPOCH`` gives one."""


@dataclass(frozen=True)
class RenderOptions:
    """Options every renderer understands; each ignores what does not apply to its format."""

    date: dt.datetime | None = None
    """The date written into file metadata; ``None`` means ``SOURCE_DATE_EPOCH`` or a fixed date."""
    line_numbers: LineNumbers | bool = "off"
    """Number the lines of the bill text (not the notes): "state" as the bill's jurisdiction does
    (``Bill.line_numbering``), "page" again on each page, "continuous" through the bill, or "off".
    ``True`` means "state" and ``False`` "off"."""
    notes: Literal["inline", "comments"] = "inline"
    """Where an annotated bill's notes go in a DOCX: under each section, or in Word comments."""
    reference_doc: bytes | None = None
    """A Word file whose styles, page setup, header and footer the DOCX takes (pandoc-style)."""
    css: str = ""
    """A stylesheet added after billkit's own, for the HTML and PDF."""
    comment_author: str = "billkit"
    """The author of the Word comments that hold the notes (``--notes comments``)."""

    def __post_init__(self) -> None:
        value = self.line_numbers
        if isinstance(value, bool):
            object.__setattr__(self, "line_numbers", "state" if value else "off")
        elif value not in LINE_NUMBERS:
            raise ValueError(f"line numbers {value!r}: one of {', '.join(LINE_NUMBERS)}")

    def numbering(self, bill) -> str | None:
        """How ``bill``'s lines are numbered: "page", "continuous", or ``None`` for not at all."""
        if self.line_numbers == "off":
            return None
        if self.line_numbers == "state":
            return bill.line_numbering
        return self.line_numbers

    def document_date(self) -> dt.datetime:
        """The creation and modification date of the files, so the same input gives the same bytes."""
        return self.given_date() or FIXED_DATE

    def given_date(self) -> dt.datetime | None:
        """The date the user gave (``--date``, or ``SOURCE_DATE_EPOCH``), or ``None``: a document that
        prints a date prints its own content's date then, never the fixed file date."""
        if self.date is not None:
            return self.date if self.date.tzinfo else self.date.replace(tzinfo=dt.UTC)
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        return None
