"""Where a bill's time goes, in one warm process: build, DOCX, HTML, WeasyPrint's layout and PDF.

    python bench/stages.py                  # every jurisdiction's bill, a Markdown table

Run it with the Python of an environment where billkit is installed. Each jurisdiction's bill
goes through the same steps as ``billkit draft`` (DOCX + PDF), timed one by one after a bill
drafted untimed to warm the process. The two WeasyPrint steps set a floor under the batch: short
of changing what the PDFs contain, nothing in billkit's own code makes ``draft --state all``
faster than their sum spread over the cores (``os.cpu_count()``, which a shared machine may not
fully give). bench/compare.py puts this table in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass

STAGES = (
    ("build", "build the bill (clauses, jurisdiction, numbering)"),
    ("docx", "DOCX (python-docx)"),
    ("html", "HTML for WeasyPrint (Jinja2)"),
    ("layout", "WeasyPrint: lay out the pages"),
    ("pdf", "WeasyPrint: paint, subset fonts, write the PDF"),
)
WEASYPRINT = ("layout", "pdf")


@dataclass
class Stages:
    bills: int
    seconds: dict[str, float]  # stage -> total over all bills
    font_subsetter: str

    def per_bill(self, stage: str) -> float:
        return self.seconds[stage] / self.bills

    def floor(self, cores: int) -> float:
        """The batch's lower bound: WeasyPrint's own work for every bill, spread over ``cores``."""
        return sum(self.seconds[stage] for stage in WEASYPRINT) / cores


def measure(codes: Sequence[str] | None = None) -> Stages:
    from billkit.build import build_bill
    from billkit.load.jurisdiction import all_jurisdiction_codes, get_jurisdiction
    from billkit.load.library import load_library
    from billkit.model import Document
    from billkit.render import pdf, render
    from billkit.render.options import RenderOptions
    from billkit.spec import BillSpec

    library, spec, options = load_library(), BillSpec(), RenderOptions()
    codes = list(codes or all_jurisdiction_codes())
    seconds = dict.fromkeys((stage for stage, _ in STAGES), 0.0)

    def one(code: str) -> dict[str, float]:
        marks = [time.perf_counter()]
        bill = Document.of_bill(build_bill(spec, library, get_jurisdiction(code)))
        marks.append(time.perf_counter())
        render(bill, "docx", options)
        marks.append(time.perf_counter())
        pdf.render_html(bill, options, inline_css=False)
        marks.append(time.perf_counter())
        laid_out = pdf.lay_out(bill, options)  # makes the HTML again; taken out below
        marks.append(time.perf_counter())
        pdf.write(laid_out, options)
        marks.append(time.perf_counter())
        spans = dict(zip(seconds, (b - a for a, b in itertools.pairwise(marks)), strict=True))
        spans["layout"] = max(0.0, spans["layout"] - spans["html"])
        return spans

    one(codes[0])  # warm: imports, fonts, stylesheets
    for code in codes:
        for stage, spent in one(code).items():
            seconds[stage] += spent
    return Stages(len(codes), seconds, font_subsetter())


def font_subsetter() -> str:
    """Which library subsets fonts in WeasyPrint here: HarfBuzz if its subset library loads."""
    from weasyprint.text.ffi import harfbuzz_subset

    return "HarfBuzz (libharfbuzz-subset)" if harfbuzz_subset else "fontTools (no libharfbuzz-subset found)"


def table(stages: Stages, cores: int | None = None) -> str:
    cores = cores or os.cpu_count() or 1
    lines = [
        f"One warm process, {stages.bills} bills (every jurisdiction, DOCX + PDF); fonts subset by "
        f"{stages.font_subsetter}.",
        "",
        "| stage | per bill (ms) | all bills (s) | share |",
        "| --- | ---: | ---: | ---: |",
    ]
    total = sum(stages.seconds.values())
    for stage, label in STAGES:
        spent = stages.seconds[stage]
        lines.append(f"| {label} | {1000 * stages.per_bill(stage):.0f} | {spent:.2f} | {spent / total:.0%} |")
    lines += [
        f"| **all steps** | **{1000 * total / stages.bills:.0f}** | **{total:.2f}** | |",
        "",
        f"WeasyPrint's two steps alone, spread over {cores} cores: **{stages.floor(cores):.2f} s** for the "
        "batch, before billkit does anything of its own.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    print(table(measure()), end="")


if __name__ == "__main__":
    main()
