"""The benchmark's step-by-step measurement still runs billkit's real steps (no time is asserted)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

STAGES = Path(__file__).resolve().parent.parent / "bench" / "stages.py"


def test_stages_time_every_step_of_a_real_bill(monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_stages", STAGES)
    stages = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_stages", stages)  # dataclasses look their module up
    spec.loader.exec_module(stages)

    spent = stages.measure(["OH", "CA"])
    assert spent.bills == 2
    assert set(spent.seconds) == {stage for stage, _ in stages.STAGES}
    assert all(seconds > 0 for seconds in spent.seconds.values())
    report = stages.table(spent, cores=2)
    assert "WeasyPrint: lay out the pages" in report and "spread over 2 cores" in report


def _bench_module(name: str, monkeypatch):
    folder = STAGES.parent
    monkeypatch.syspath_prepend(str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


def test_targets_table_reports_each_target_against_its_measure(monkeypatch):
    weasy = _bench_module("weasy", monkeypatch)
    table = weasy.targets_table(0.25, (1.30, 1.20), 10.0, 8.0, imports=0.2)
    rows = table.splitlines()[2:]
    assert len(rows) == 3
    assert "0.250 s" in rows[0] and rows[0].endswith("| met |")
    assert "import alone: 0.200 s; billkit's share: 0.050 s" in rows[0]
    assert "1.08 ×" in rows[1] and rows[1].endswith("| met |")
    assert "1.25 ×" in rows[2] and rows[2].endswith("| **not met** |")


@pytest.mark.slow
def test_bare_weasyprint_lays_out_the_same_pages_billkit_does(monkeypatch, tmp_path):
    """The comparison is fair only if the bare run does the same work: same pages, same fonts."""
    import subprocess

    from pypdf import PdfReader

    from billkit.build import build_bill
    from billkit.load.library import load_library
    from billkit.render import render
    from billkit.spec import BillSpec

    weasy = _bench_module("weasy", monkeypatch)
    bill = build_bill(BillSpec(), load_library())
    html = tmp_path / "bill.html"
    html.write_bytes(render(bill, "html"))
    bare = tmp_path / "bare.pdf"
    subprocess.run(
        [sys.executable, "-c", weasy.BARE, str(html), weasy.templates_url(), str(bare)], check=True
    )
    ours, theirs = PdfReader(io.BytesIO(render(bill, "pdf"))), PdfReader(str(bare))
    assert len(ours.pages) == len(theirs.pages)
    assert ours.pages[3].extract_text() == theirs.pages[3].extract_text()

    def fonts(reader):
        return {
            str(f["/BaseFont"]).split("+")[-1]
            for p in reader.pages
            for f in p["/Resources"]["/Font"].values()
        }

    assert fonts(ours) == fonts(theirs)
