"""Wall time of billkit's main commands, each as a fresh process (median of N runs).

    python bench/run.py                 # prints a Markdown table
    python bench/run.py --write docs/PERFORMANCE.md

Run it with the Python of an environment where billkit is installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {"billkit --help": 0.25, "draft, DOCX only": None, "draft, DOCX + PDF": 2.0}


def billkit() -> list[str]:
    script = Path(sys.executable).with_name("billkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "billkit"]


def time_command(args: list[str], runs: int, cwd: Path) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
    return times


def measure(runs: int) -> list[tuple[str, float, float, float]]:
    cmd = billkit()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cases = {
            "billkit --help": [*cmd, "--help"],
            "draft, DOCX only": [*cmd, "draft", "-f", "docx"],
            "draft, DOCX + PDF": [*cmd, "draft"],
        }
        for label, args in cases.items():
            subprocess.run(args, cwd=work, check=True, capture_output=True)  # warm the file cache
            times = time_command(args, runs, work)
            rows.append((label, statistics.median(times), min(times), max(times)))
    return rows


def table(rows, runs: int) -> str:
    lines = [
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}. Median of {runs} fresh processes.",
        "",
        "| command | median (s) | min (s) | max (s) | target (s) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, median, low, high in rows:
        target = TARGETS.get(label)
        lines.append(
            f"| {label} | {median:.3f} | {low:.3f} | {high:.3f} | {'' if target is None else f'< {target}'} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", type=Path, help="also write the table to this Markdown file")
    options = parser.parse_args()
    text = table(measure(options.runs), options.runs)
    print(text, end="")
    if options.write:
        options.write.write_text("# Performance\n\nMeasured with `python bench/run.py`.\n\n" + text)


if __name__ == "__main__":
    main()
