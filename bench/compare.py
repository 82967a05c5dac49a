"""billkit against what a user would do instead (pandoc, LibreOffice), each as fresh processes.

    python bench/compare.py                 # prints the whole report as Markdown
    python bench/compare.py --write docs/PERFORMANCE.md

Run it with the Python of an environment where billkit is installed. It first takes run.py's
measurements (billkit's own commands), then times the alternatives on the same bill:

- pandoc, one bill: Markdown to DOCX. The Markdown is billkit's HTML rendering of the model bill
  (``billkit draft -f html``, made once before timing) converted here with ``html.parser``.
- LibreOffice, one bill: billkit's own DOCX to PDF, ``soffice --headless --convert-to pdf``.
- LibreOffice, batch: the 56 DOCX files of ``billkit draft --state all`` to PDF in one soffice.

Every LibreOffice run gets a private profile directory of its own (``-env:UserInstallation``), so
runs never share or collide with a running LibreOffice. A profile's first run creates it, so each
conversion is timed twice: with a new, empty profile and with a copy of a profile made by one
untimed run, which is what someone who has used LibreOffice before has. Each case is run once
untimed to warm the file cache, as run.py does. A competitor that is not installed is skipped and
the report says so. Nothing here asserts a time: the targets are reported as met or not.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import run

ISSUE_HELP_TARGET = 0.15  # s, `billkit --help`
ISSUE_ONE_BILL_TARGET = 1.5  # s, `billkit draft` (DOCX + PDF) as a fresh process
ONE_BILL = "draft, DOCX + PDF"
BATCH = "draft --state all (DOCX + PDF, every jurisdiction)"
HELP = "billkit --help"


@dataclass(frozen=True)
class Row:
    label: str
    times: list[float] | None  # None: the tool is not installed
    peak_kib: int = 0

    @property
    def median(self) -> float:
        assert self.times is not None
        return statistics.median(self.times)


class MarkdownWriter(HTMLParser):
    """Just enough HTML to Markdown for billkit's bill HTML: headings, paragraphs, emphasis."""

    BLOCKS = frozenset({"p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br"})
    SKIP = frozenset({"head", "style", "script", "title"})
    MARKS = {"em": "*", "i": "*", "strong": "**", "b": "**"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.prefix = "#" * int(tag[1:]) + " "
        elif tag in self.MARKS:
            self.current.append(self.MARKS[tag])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.flush()
        elif tag in self.MARKS:
            self.current.append(self.MARKS[tag])

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(re.sub(r"([\\`*_\[\]<>])", r"\\\1", data))

    def flush(self) -> None:
        text = re.sub(r"\s+", " ", "".join(self.current)).strip()
        # Emphasis marks must hug their text: "** The problem.**" would not be bold.
        text = re.sub(r"(\*+) (?=\S)", r"\1", text) if text.startswith("*") else text
        if text.strip("*"):
            # A paragraph that starts like a list item or a heading must stay a paragraph.
            text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)
            text = re.sub(r"^([-+#])", r"\\\1", text)
            self.blocks.append(self.prefix + text)
        self.current, self.prefix = [], ""

    def markdown(self, source: str) -> str:
        self.feed(source)
        self.close()
        self.flush()
        return "\n\n".join(self.blocks) + "\n"


def html_to_markdown(source: str) -> str:
    return MarkdownWriter().markdown(html.unescape("") + source)


def timed(make_args: Callable[[int], list[str]], runs: int, cwd: Path, check: Callable[[int], None]) -> Row:
    """One untimed run, then ``runs`` timed ones; ``make_args(i)`` builds run i's command line."""
    subprocess.run(make_args(-1), cwd=cwd, check=True, capture_output=True)
    check(-1)
    times, peak = [], 0
    for i in range(runs):
        (seconds,), kib = run.time_command(make_args(i), 1, cwd)
        check(i)
        times.append(seconds)
        peak = max(peak, kib)
    return Row("", times, peak)


def soffice_case(
    soffice: str, docx: list[Path], runs: int, work: Path, name: str, warm_profile: Path | None
) -> Row:
    """LibreOffice converting ``docx`` to PDF in one soffice per run, each run with its own profile."""

    def outdir(i: int) -> Path:
        return work / f"{name}-pdf-{i}"

    def make_args(i: int) -> list[str]:
        profile = work / f"{name}-profile-{i}"
        if warm_profile is not None:
            shutil.copytree(warm_profile, profile)
        return [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir(i)),
            *map(str, docx),
        ]

    def check(i: int) -> None:
        # soffice exits 0 even when a conversion fails: a missing PDF must not pass as a fast run.
        missing = [p.name for p in docx if not (outdir(i) / p.with_suffix(".pdf").name).is_file()]
        if missing:
            raise SystemExit(f"LibreOffice did not convert {', '.join(missing)}")

    return timed(make_args, runs, work, check)


def make_warm_profile(soffice: str, docx: Path, work: Path) -> Path:
    """A LibreOffice profile that has already converted one document."""
    profile = work / "warm-profile"
    args = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*args, "--outdir", str(work / "warm-pdf"), str(docx)], check=True, capture_output=True)
    return profile


def measure(runs: int, billkit_rows: dict[str, Row]) -> tuple[list[tuple[str, Row]], list[str]]:
    """The competitors' rows, grouped as (case, row), and notes on anything skipped."""
    cmd = run.billkit()
    pandoc, soffice = shutil.which("pandoc"), shutil.which("soffice") or shutil.which("libreoffice")
    skipped = [f"{tool} is not installed: skipped." for tool, path in (("pandoc", pandoc), ("LibreOffice (soffice)", soffice)) if not path]
    rows: list[tuple[str, Row]] = [("one", billkit_rows[ONE_BILL])]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # The inputs, made once and untimed: the model bill's DOCX and HTML, and every state's DOCX.
        subprocess.run([*cmd, "draft", "-f", "docx", "-f", "html"], cwd=work, check=True, capture_output=True)
        subprocess.run(
            [*cmd, "draft", "--state", "all", "-f", "docx", "-o", "states"],
            cwd=work,
            check=True,
            capture_output=True,
        )
        bill_docx = work / "out" / "model-bill.docx"
        states = sorted((work / "states").glob("*.docx"))
        (work / "bill.md").write_text(html_to_markdown((work / "out" / "model-bill.html").read_text()))

        if pandoc:
            row = timed(
                lambda i: [pandoc, "-f", "markdown", "-t", "docx", "-o", f"pandoc-{i}.docx", "bill.md"],
                runs,
                work,
                lambda i: None,
            )
            rows.append(("one", Row("pandoc, Markdown → DOCX", row.times, row.peak_kib)))
        else:
            rows.append(("one", Row("pandoc, Markdown → DOCX", None)))

        warm = make_warm_profile(soffice, bill_docx, work) if soffice else None
        for profile, tag in ((None, "new profile"), (warm, "warmed profile")):
            label = f"LibreOffice, billkit's DOCX → PDF ({tag})"
            if soffice:
                row = soffice_case(soffice, [bill_docx], runs, work, f"one-{tag[:3]}", profile)
                rows.append(("one", Row(label, row.times, row.peak_kib)))
            else:
                rows.append(("one", Row(label, None)))

        rows.append(("batch", billkit_rows[BATCH]))
        docx_only = timed(
            lambda i: [*cmd, "draft", "--state", "all", "-f", "docx", "-o", f"docx-{i}"],
            run.BATCH_RUNS,
            work,
            lambda i: None,
        )
        rows.append(("batch", Row("billkit draft --state all -f docx (DOCX only, for reference)", docx_only.times, docx_only.peak_kib)))
        for profile, tag in ((None, "new profile"), (warm, "warmed profile")):
            label = f"LibreOffice, the {len(states)} DOCX → PDF in one soffice ({tag})"
            if soffice:
                row = soffice_case(soffice, states, run.BATCH_RUNS, work, f"batch-{tag[:3]}", profile)
                rows.append(("batch", Row(label, row.times, row.peak_kib)))
            else:
                rows.append(("batch", Row(label, None)))
    return rows, skipped
