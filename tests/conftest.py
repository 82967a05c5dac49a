"""Shared fixtures: the library, the default model bill, and its renderings (built once)."""

from __future__ import annotations

import pytest

from billkit.build import build_bill
from billkit.library import load_library
from billkit.render import render
from billkit.spec import BillSpec


@pytest.fixture(scope="session")
def library():
    return load_library()


@pytest.fixture(scope="session")
def model_bill(library):
    return build_bill(BillSpec(), library)


@pytest.fixture(scope="session")
def model_docx(model_bill) -> bytes:
    return render(model_bill, "docx")


@pytest.fixture(scope="session")
def model_pdf(model_bill) -> bytes:
    return render(model_bill, "pdf")
