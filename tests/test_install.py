"""The built wheel carries its content and runs from any folder, in a virtual environment of its own."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("billkit-*.whl")
    return built


def test_wheel_carries_clauses_and_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    clauses = {Path(n).name for n in names if n.startswith("billkit/clauses/")}
    assert {"_act.yaml", "record-access.yaml", "federal-records.yaml"} <= clauses
    assert "billkit/templates/bill.html.j2" in names and "billkit/templates/bill.css" in names


def test_fresh_venv_install_drafts_the_model_bill_from_any_folder(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The wheel goes into the new environment on its own; its dependencies come from this one,
    # which `pip install '.[test]'` has just installed from the same pyproject.toml.
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", target, str(wheel)],
        check=True,
        capture_output=True,
    )
    Path(target, "_billkit_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(python), "-m", "billkit", "draft"], cwd=elsewhere, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["out/model-bill.docx", "out/model-bill.pdf"]
    imported_from = subprocess.run(
        [str(python), "-c", "import billkit; print(billkit.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert imported_from.startswith(target)
    assert (elsewhere / "out/model-bill.pdf").stat().st_size > 10_000
