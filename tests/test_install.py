"""The built wheel carries its content and runs from any folder, in a virtual environment of its own."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # builds a wheel and a fresh virtual environment

REPO = Path(__file__).resolve().parent.parent


# What a build leaves behind (build/lib keeps files a wheel would carry again) stays out of the copy.
_LEFT_BEHIND = shutil.ignore_patterns(
    ".git", ".venv*", "dist", "out", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)


def LEFT_BEHIND(folder: str, names: list[str]) -> set[str]:
    """What not to copy: setuptools' build/ at the top, but never the billkit.build package."""
    ignored = set(_LEFT_BEHIND(folder, names))
    if Path(folder).resolve() == REPO and "build" in names:
        ignored.add("build")
    return ignored


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy of the work tree, links kept as links, as a fresh clone would build it.
    source = tmp_path_factory.mktemp("source") / "billkit"
    shutil.copytree(REPO, source, symlinks=True, ignore=LEFT_BEHIND)
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(folder), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = folder.glob("billkit-*.whl")
    return built


def test_wheel_carries_the_content_folders_as_files(wheel):
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())

    def folder(name: str) -> set[str]:
        prefix = f"billkit/_content/{name}/"
        return {n.removeprefix(prefix) for n in names if n.startswith(prefix)}

    assert {"_act.yaml", "record-access.yaml", "federal-records.yaml"} <= folder("clauses")
    templates = folder("templates")
    assert {"document.html.j2", "document.css", "bill.css", "fonts.css", "reference.docx"} <= templates
    assert {"init/bill.toml.j2", "init/packet.toml.j2"} <= templates
    assert {"fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSans-Bold.ttf"} <= templates
    assert {"ca.yaml", "ny.yaml", "pr.yaml"} <= folder("jurisdictions")
    assert {"community.en.yaml", "community.es.yaml", "bill.en.yaml", "jurisdiction.en.yaml"} <= folder(
        "words"
    )
    assert {
        "billkit/build/bill.py",
        "billkit/load/schema.py",
        "billkit/check/rules.py",
        "billkit/cli/app.py",
    } <= names
    assert archive.getinfo("billkit/_content/templates/reference.docx").file_size > 1_000
    assert archive.getinfo("billkit/_content/templates/fonts/LiberationSerif-Regular.ttf").file_size > 100_000
    # Nothing else of the repository rides along, and the old places inside the package are gone.
    assert not {
        n for n in names if n.startswith(("billkit/clauses/", "billkit/templates/", "src/", "tests/"))
    }


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
