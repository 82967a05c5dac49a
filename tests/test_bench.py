"""The benchmark's step-by-step measurement still runs billkit's real steps (no time is asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_stages_time_every_step_of_a_real_bill(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import stages

    spent = stages.measure(["OH", "CA"])
    assert spent.bills == 2
    assert set(spent.seconds) == {stage for stage, _ in stages.STAGES}
    assert all(seconds > 0 for seconds in spent.seconds.values())
    report = stages.table(spent, cores=2)
    assert "WeasyPrint: lay out the pages" in report and "spread over 2 cores" in report
    sys.modules.pop("stages", None)
