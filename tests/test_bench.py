"""The benchmark's step-by-step measurement still runs billkit's real steps (no time is asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

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
