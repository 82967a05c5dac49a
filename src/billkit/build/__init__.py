"""Build: pure functions from (spec, library, jurisdiction) to the document model.

``bill`` assembles a bill from ``selection`` (which clauses, in what order), ``params`` (the
drafter's values and the defaults), ``sections`` (one clause as a section, with its notes),
``amend`` (sections that amend existing law, with their redline), ``front`` (cover, prefatory
note, sources) and ``numbering`` (labels and section headings).
"""

from __future__ import annotations

from .amend import amend_statute, paragraphs_of, redline
from .bill import build_bill
from .numbering import LADDERS
from .params import default_values
from .selection import select_clauses

__all__ = [
    "LADDERS",
    "amend_statute",
    "build_bill",
    "default_values",
    "paragraphs_of",
    "redline",
    "select_clauses",
]
