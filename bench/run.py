"""Wall time of billkit's main commands, each as a fresh process (median of N runs).

    python bench/run.py                 # prints a Markdown table
    python bench/run.py --write docs/PERFORMANCE.md

Run it with the Python of an environment where billkit is installed. bench/compare.py takes these
measurements too, adds billkit against pandoc and LibreOffice, and writes the full
docs/PERFORMANCE.md; ``--write`` here writes this table alone.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGETS = {
    "billkit --help": 0.25,
    "draft, DOCX only": 0.30,
    "draft, DOCX + PDF": 2.0,
    "draft --state all (DOCX + PDF, every jurisdiction)": 20.0,
}
BATCH_RUNS = 3
# What no DOCX draft can go below: Python starting and importing the libraries a DOCX draft needs
# (Typer builds a pydantic TypeAdapter for every option; python-docx), and nothing of billkit's.
IMPORT_FLOOR = "import only: Typer with pydantic, python-docx (no billkit)"
FLOOR_CODE = "import docx, typer; from pydantic import TypeAdapter"

# A user's Python keeps the bytecode it compiles (and pip compiles an installed package's modules),
# so a measured process must not compile billkit from source on every run: a shell that sets
# PYTHONDONTWRITEBYTECODE (this sandbox does) would make each run pay ~0.3 s that no user pays.
# Every case's untimed first run writes the bytecode; the timed runs read it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Runs a command and prints its wall time (s) and the peak resident memory of the largest process
# in its tree (KiB). Timing inside this wrapper leaves the wrapper's own start-up (~20 ms) out.
PEAK = (
    "import resource, subprocess, sys, time; start = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def billkit() -> list[str]:
    script = Path(sys.executable).with_name("billkit")
    return [str(script)] if script.exists() else [sys.executable, "-m", "billkit"]


def time_command(args: list[str], runs: int, cwd: Path) -> tuple[list[float], int]:
    """Wall times of ``runs`` fresh processes, and the largest peak memory seen (KiB)."""
    times, peak = [], 0
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", PEAK, *args], cwd=cwd, check=True, capture_output=True, text=True
        )
        seconds, kib = result.stdout.split()
        times.append(float(seconds))
        peak = max(peak, int(kib))
    return times, peak


def measure(runs: int) -> list[tuple[str, float, float, float, int]]:
    cmd = billkit()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cases = {
            "billkit --help": ([*cmd, "--help"], runs),
            IMPORT_FLOOR: ([sys.executable, "-c", FLOOR_CODE], runs),
            "draft, DOCX only": ([*cmd, "draft", "-f", "docx"], runs),
            "draft, DOCX + PDF": ([*cmd, "draft"], runs),
            "draft --state all (DOCX + PDF, every jurisdiction)": (
                [*cmd, "draft", "--state", "all"],
                BATCH_RUNS,
            ),
        }
        for label, (args, count) in cases.items():
            subprocess.run(args, cwd=work, check=True, capture_output=True)  # warm the file cache
            times, peak = time_command(args, count, work)
            rows.append((label, statistics.median(times), min(times), max(times), peak))
    return rows


def machine() -> str:
    """The machine and the date, in one line: cores, CPU model, memory, Python, OS."""
    cpu = memory = "unknown"
    with contextlib.suppress(OSError):
        cpuinfo = Path("/proc/cpuinfo").read_text()
        models = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line]
        cpu = models[0] if models else cpu
    with contextlib.suppress(OSError, StopIteration, ValueError):
        meminfo = Path("/proc/meminfo").read_text().splitlines()
        kib = int(next(line for line in meminfo if line.startswith("MemTotal:")).split()[1])
        memory = f"{kib / 1024**2:.1f} GiB"
    system = f"{platform.system()} {platform.release()}"
    with contextlib.suppress(OSError, KeyError):
        system = f"{platform.freedesktop_os_release()['PRETTY_NAME']}, {system}"
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory} memory, "
        f"Python {platform.python_version()}, {system}. Measured {datetime.date.today().isoformat()}."
    )


def table(rows, runs: int) -> str:
    lines = [
        f"Median of {runs} fresh processes ({BATCH_RUNS} for the batch); peak memory is the largest "
        "single process.",
        "",
        "| command | median (s) | min (s) | max (s) | peak memory (MiB) | target (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, median, low, high, peak in rows:
        target = TARGETS.get(label)
        goal = "" if target is None else f"< {target}"
        lines.append(f"| {label} | {median:.3f} | {low:.3f} | {high:.3f} | {peak / 1024:.0f} | {goal} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", type=Path, help="also write the table to this Markdown file")
    options = parser.parse_args()
    text = machine() + "\n\n" + table(measure(options.runs), options.runs)
    print(text, end="")
    if options.write:
        options.write.write_text("# Performance\n\nMeasured with `python bench/run.py`.\n\n" + text)


if __name__ == "__main__":
    main()
