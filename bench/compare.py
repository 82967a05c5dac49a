"""billkit against what a user would do instead (pandoc, LibreOffice), each as fresh processes.

    python bench/compare.py                 # prints the whole report as Markdown
    python bench/compare.py --write docs/PERFORMANCE.md

Run it with the Python of an environment where billkit is installed. It first takes run.py's
measurements (billkit's own commands, including the one-bill and batch drafts compared here),
then times the alternatives on the same bill, as fresh processes, median of N:

- pandoc, one bill: Markdown to DOCX. The Markdown is billkit's HTML rendering of the model bill
  (``billkit draft -f html``, made once before timing) converted here with ``html.parser``.
- LibreOffice, one bill: billkit's own DOCX to PDF, ``soffice --headless --convert-to pdf``.
- LibreOffice, batch: the DOCX files of ``billkit draft --state all`` to PDF in one soffice.

Every LibreOffice run gets a private profile directory of its own (``-env:UserInstallation``), so
runs never share one or collide with a LibreOffice already running. A profile's first run creates
it, which is slower, so each conversion is timed twice: with a new, empty profile and with a copy
(made before the clock starts) of a profile that has converted once, as a regular user's would
have. Every case runs once untimed first to warm the file cache, as in run.py. A competitor that
is not installed is skipped and the report says so. Nothing asserts a time: the issue's targets
are reported as met or not.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import run
import stages
import weasy
from pandoc_input import MarkdownWriter

# run.py's labels for the rows this report reuses.
DOCX_ONLY, ONE_BILL, BATCH = (
    "draft, DOCX only",
    "draft, DOCX + PDF",
    "draft --state all (DOCX + PDF, every jurisdiction)",
)
NEW, WARM = "new profile", "warmed profile"


@dataclass(frozen=True)
class Row:
    """One line of the comparison; ``median`` is None when the tool is not installed."""

    label: str
    median: float | None = None
    low: float | None = None
    high: float | None = None
    peak_kib: int | None = None
    compared: bool = True  # whether to show its ratio to the group's billkit row

    @classmethod
    def of(cls, label: str, times: Sequence[float], peak_kib: int, compared: bool = True) -> Row:
        return cls(label, statistics.median(times), min(times), max(times), peak_kib, compared)


def competitors() -> tuple[str | None, str | None]:
    """The pandoc and soffice executables, None where one is not installed."""
    return shutil.which("pandoc"), shutil.which("soffice") or shutil.which("libreoffice")


def timed(
    label: str,
    make_args: Callable[[int], list[str]],
    runs: int,
    cwd: Path,
    check: Callable[[int], None] = lambda i: None,
    compared: bool = True,
) -> Row:
    """One untimed run (-1), then ``runs`` timed ones; ``make_args(i)`` builds run i's command."""
    subprocess.run(make_args(-1), cwd=cwd, check=True, capture_output=True)
    check(-1)
    times, peak = [], 0
    for i in range(runs):
        [seconds], kib = run.time_command(make_args(i), 1, cwd)
        check(i)
        times.append(seconds)
        peak = max(peak, kib)
    return Row.of(label, times, peak, compared)


def soffice_args(soffice: str, profile: Path, outdir: Path, files: Sequence[Path]) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]


def soffice_row(
    label: str,
    soffice: str,
    files: Sequence[Path],
    runs: int,
    work: Path,
    warm: Path | None,
    compared: bool = True,
) -> Row:
    """LibreOffice converting ``files`` to PDF in one soffice per run, each run in its own profile."""
    name = f"{len(files)}-{'warm' if warm else 'new'}"

    def make_args(i: int) -> list[str]:
        profile = work / f"profile-{name}-{i}"
        if warm:
            shutil.copytree(warm, profile)
        return soffice_args(soffice, profile, work / f"pdf-{name}-{i}", files)

    def check(i: int) -> None:
        # soffice exits 0 when a conversion fails: a missing PDF must not pass for a fast run.
        missing = [f.name for f in files if not (work / f"pdf-{name}-{i}" / f"{f.stem}.pdf").is_file()]
        if missing:
            raise SystemExit(f"LibreOffice did not convert {', '.join(missing)}")

    return timed(label, make_args, runs, work, check, compared)


def measure_competitors(runs: int, billkit_rows: dict[str, Row]) -> tuple[list[Row], list[Row], list[str]]:
    """The one-bill and batch groups, each led by its billkit row, and a note per skipped tool."""
    cmd = run.billkit()
    pandoc, soffice = competitors()
    skipped = [
        f"{name} is not installed: its rows were skipped."
        for name, path in (("pandoc", pandoc), ("LibreOffice (soffice)", soffice))
        if not path
    ]
    one, batch = [billkit_rows[ONE_BILL]], [billkit_rows[BATCH]]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # The inputs, made once before timing: the model bill's DOCX and HTML, every state's DOCX.
        for args in (["-f", "docx", "-f", "html"], ["--state", "all", "-f", "docx", "-o", "states"]):
            subprocess.run([*cmd, "draft", *args], cwd=work, check=True, capture_output=True)
        bill = work / "out" / "model-bill.docx"
        states = sorted((work / "states").glob("*.docx"))
        markdown = MarkdownWriter().convert((work / "out" / "model-bill.html").read_text(encoding="utf-8"))
        (work / "bill.md").write_text(markdown, encoding="utf-8")

        batch.append(
            timed(
                "billkit draft --state all -f docx (DOCX only, for reference)",
                lambda i: [*cmd, "draft", "--state", "all", "-f", "docx", "-o", f"docx-{i}"],
                run.BATCH_RUNS,
                work,
                compared=False,
            )
        )

        label = "pandoc, Markdown → DOCX"
        if pandoc:
            args = [pandoc, "-f", "markdown", "-t", "docx", "bill.md", "-o"]
            pandoc_row = timed(label, lambda i: [*args, f"pandoc-{i}.docx"], runs, work, compared=False)
        else:
            pandoc_row = Row(label)
        one.append(pandoc_row)

        warm = None
        if soffice:  # a profile that has converted once, copied for every "warmed profile" run
            warm = work / "profile-warm"
            subprocess.run(
                soffice_args(soffice, warm, work / "pdf-warm", [bill]), check=True, capture_output=True
            )
        office_one, office_batch = {}, {}
        for profile, tag in ((None, NEW), (warm, WARM)):
            label = f"LibreOffice, billkit's DOCX → PDF ({tag})"
            office_one[tag] = (
                soffice_row(label, soffice, [bill], runs, work, profile, compared=False)
                if soffice
                else Row(label)
            )
            label = f"LibreOffice, the {len(states)} DOCX → PDF in one soffice ({tag})"
            office_batch[tag] = (
                soffice_row(label, soffice, states, run.BATCH_RUNS, work, profile) if soffice else Row(label)
            )
    one.extend(office_one.values())
    batch.extend(office_batch.values())

    # What a user needs for one bill in both formats: pandoc's DOCX, then LibreOffice's PDF.
    for tag, office in office_one.items():
        label = f"pandoc DOCX + LibreOffice PDF, {tag} (sum of medians)"
        if pandoc_row.median is None or office.median is None:
            one.append(Row(label))
        else:
            peak = max(pandoc_row.peak_kib or 0, office.peak_kib or 0)
            one.append(Row(label, pandoc_row.median + office.median, peak_kib=peak))
    return one, batch, skipped


def seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def comparison_table(one: list[Row], batch: list[Row]) -> str:
    lines = [
        "| case | command | median (s) | min (s) | max (s) | peak memory (MiB) | competitor / billkit |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for case, group in (("one bill", one), ("batch", batch)):
        base = group[0].median
        for index, row in enumerate(group):
            label = row.label if index else f"**billkit {row.label}**"
            if row.median is None:
                lines.append(f"| {case} | {label} | not installed, skipped | | | | |")
                continue
            ratio = f"{row.median / base:.2f}" if index and row.compared and base else ""
            peak = "" if row.peak_kib is None else f"{row.peak_kib / 1024:.0f}"
            lines.append(
                f"| {case} | {label} | {seconds(row.median)} | {seconds(row.low)} | {seconds(row.high)} "
                f"| {peak} | {ratio} |"
            )
    return "\n".join(lines) + "\n"


def revision() -> str:
    """The commit measured, and whether billkit's sources had uncommitted changes (read-only git)."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        status = subprocess.run(
            [
                "git",
                "--no-optional-locks",
                "-C",
                str(root),
                "status",
                "--porcelain",
                "--untracked-files=no",
                "src",
                "clauses",
                "templates",
                "jurisdictions",
                "words",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "billkit: revision unknown."
    changed = " with uncommitted changes in its code or content." if status.strip() else "."
    return f"billkit at commit {head}{changed}"


def version(args: list[str]) -> str:
    """The first line a tool prints for ``--version``."""
    try:
        out = subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown version"
    return out.splitlines()[0].strip() if out.strip() else "unknown version"


def report(runs: int) -> str:
    measured = run.measure(runs)
    billkit_rows = {label: Row(label, median, low, high, peak) for label, median, low, high, peak in measured}
    one, batch, skipped = measure_competitors(runs, billkit_rows)
    tools = [version([path, "--version"]) for path in competitors() if path]
    spent = stages.measure()
    cores = os.cpu_count() or 1
    pdf = weasy.measure_pdf(runs)
    targets = weasy.targets_table(
        billkit_rows[DOCX_ONLY].median,
        pdf,
        billkit_rows[BATCH].median,
        spent.floor(cores),
        imports=billkit_rows[run.IMPORT_FLOOR].median,
    )
    return "\n".join(
        [
            "# Performance",
            "",
            "Measured with `python bench/compare.py --write docs/PERFORMANCE.md`, which takes "
            "`bench/run.py`'s measurements and adds the comparison with pandoc and LibreOffice. "
            "Wall time of fresh processes; peak memory is the largest single process in the command's "
            "process tree.",
            "",
            f"{run.machine()} {revision()}" + (f" Competitors: {'; '.join(tools)}." if tools else ""),
            "",
            "## billkit's commands",
            "",
            run.table(measured, runs).rstrip("\n"),
            "",
            "The target column is `bench/run.py`'s own; the issue's targets are in the last table.",
            "",
            "## Against what a user would do instead",
            "",
            f"Median of {runs} fresh processes for one bill, {run.BATCH_RUNS} for the batch. "
            "*competitor / billkit* is the competitor's median over billkit's: above 1, billkit is faster.",
            "",
            *(f"- **{note}**" for note in skipped),
            "- pandoc gets the same bill as Markdown: billkit's HTML rendering (`billkit draft -f html`, "
            "made once before timing) converted to Markdown with Python's `html.parser` (headings, "
            "paragraphs, emphasis; billkit's layout and styles do not carry over). It writes DOCX only.",
            "- LibreOffice converts billkit's own DOCX files (`soffice --headless --convert-to pdf`), "
            "all of the batch's in one soffice. Each run has a private profile "
            "(`-env:UserInstallation`): *new profile* starts from an empty one, which LibreOffice "
            "creates on its first run; *warmed profile* starts from a copy, made before the "
            "clock starts, of a profile that has converted once, as a regular user's would.",
            "- The one-bill sums add pandoc's median DOCX and LibreOffice's median PDF: what a user "
            "needs for both formats, in two commands. billkit's batch uses a process pool over all "
            "cores; soffice converts one file after another in one process.",
            "",
            comparison_table(one, batch).rstrip("\n"),
            "",
            "## Targets from the issue",
            "",
            "billkit's own share of the time: WeasyPrint's layout sets the floor for PDFs, so the PDF "
            "targets compare billkit with WeasyPrint alone doing the same work (`bench/weasy.py`).",
            "",
            targets.rstrip("\n"),
            "",
            "## Where the batch's time goes",
            "",
            "From `bench/stages.py`: every jurisdiction's bill, step by step, in one process. The batch "
            f"spreads the same work over {cores} processes.",
            "",
            stages.table(spent, cores),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per one-bill case (batch: run.BATCH_RUNS)")
    parser.add_argument("--write", type=Path, help="also write the report to this Markdown file")
    options = parser.parse_args()
    text = report(options.runs)
    print(text, end="")
    if options.write:
        options.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
