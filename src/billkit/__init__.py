"""billkit: immigrant-safe record-clearance bills from a library of model clauses.

The public API is imported lazily, so that ``billkit --help`` does not pay for pydantic,
Jinja2, python-docx or WeasyPrint.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__ = [
    "Bill",
    "BillSpec",
    "BillkitError",
    "build_bill",
    "load_library",
    "load_spec",
    "render",
]

_EXPORTS = {
    "Bill": "billkit.model",
    "BillSpec": "billkit.spec",
    "BillkitError": "billkit.errors",
    "build_bill": "billkit.build",
    "load_library": "billkit.load.library",
    "load_spec": "billkit.spec",
    "render": "billkit.render",
}

if TYPE_CHECKING:
    from .build import build_bill
    from .errors import BillkitError
    from .load.library import load_library
    from .model import Bill
    from .render import render
    from .spec import BillSpec, load_spec


def __getattr__(name: str):
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'billkit' has no attribute {name!r}") from None
    return getattr(importlib.import_module(module), name)
