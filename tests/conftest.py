"""Shared fixtures: the library, the default model bill, and its renderings (built once).

Also the Hypothesis profiles, here so that ``--hypothesis-profile`` can find them: the option is
read before any test module is imported.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from billkit.build import build_bill
from billkit.load.library import load_library
from billkit.render import render
from billkit.spec import BillSpec

# CI runs the same 200 examples every time (a landing never fails on a new draw); `long` explores.
settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci")  # the default; `--hypothesis-profile=long` loads after this


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


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
