"""WeasyPrint alone on billkit's own HTML, and the issue's speed targets measured against it.

    python bench/weasy.py                   # one bill: billkit's PDF against bare WeasyPrint

The comparison is fair only if WeasyPrint does the same work billkit asks of it, so the bare run
takes the page billkit lays out (``billkit draft -f html``: the same markup, the same stylesheets
inlined, the same fonts loaded from billkit's templates folder) and writes it with the same PDF
variant (PDF/UA-1). Both run as fresh processes, so both pay for starting Python and importing
WeasyPrint; what is left between them is billkit's own share: its imports, building the bill,
making the HTML and any work around WeasyPrint's calls.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import run

TARGETS = {
    "docx": 0.30,  # s, `billkit draft -f docx`, fresh process
    "pdf": 1.15,  # billkit's one-bill PDF over bare WeasyPrint's, both fresh processes
    "batch": 1.10,  # `draft --state all` over WeasyPrint's layout + write time summed, per core
}
BARE = (
    "import sys, weasyprint; "
    "html = open(sys.argv[1], encoding='utf-8').read(); "
    "weasyprint.HTML(string=html, base_url=sys.argv[2]).write_pdf(sys.argv[3], pdf_variant='pdf/ua-1')"
)


def templates_url() -> str:
    """Where billkit's stylesheets find their fonts: the templates folder, as a URL with a slash."""
    from billkit.load.content import TEMPLATES_DIR

    return TEMPLATES_DIR.as_uri() + "/"


def measure_pdf(runs: int) -> tuple[float, float]:
    """Medians (s) of ``billkit draft -f pdf`` and of bare WeasyPrint on the same bill's HTML."""
    cmd = run.billkit()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run([*cmd, "draft", "-f", "html"], cwd=work, check=True, capture_output=True)
        html = work / "out" / "model-bill.html"
        bare = [sys.executable, "-c", BARE, str(html), templates_url(), str(work / "bare.pdf")]
        billkit = [*cmd, "draft", "-f", "pdf", "-o", "pdf"]
        for args in (billkit, bare):
            subprocess.run(args, cwd=work, check=True, capture_output=True)  # warm the file cache
        # Turn about, so that whatever else the machine is doing weighs on both alike.
        times: tuple[list[float], list[float]] = ([], [])
        for _ in range(runs):
            for args, kept in zip((billkit, bare), times, strict=True):
                kept.extend(run.time_command(args, 1, work)[0])
    return statistics.median(times[0]), statistics.median(times[1])


def targets_table(docx: float, pdf: tuple[float, float], batch: float, floor: float, imports: float) -> str:
    """The issue's three targets: billkit's own share of the time, measured.

    ``imports`` is a fresh Python importing only the libraries a DOCX draft needs: the floor under
    the DOCX target, which billkit's own work adds to.
    """

    def verdict(ok: bool) -> str:
        return "met" if ok else "**not met**"

    billkit_pdf, bare_pdf = pdf
    lines = [
        "| target (from the issue) | measured (median) | result |",
        "| --- | --- | --- |",
        f"| `billkit draft -f docx`, cold, ≤ {TARGETS['docx']:.2f} s | {docx:.3f} s (the libraries' "
        f"import alone: {imports:.3f} s; billkit's share: {docx - imports:.3f} s) "
        f"| {verdict(docx <= TARGETS['docx'])} |",
        f"| one bill's PDF, cold, ≤ {TARGETS['pdf']:.2f} × bare WeasyPrint on the same HTML "
        f"| billkit {billkit_pdf:.3f} s, WeasyPrint {bare_pdf:.3f} s: {billkit_pdf / bare_pdf:.2f} × "
        f"| {verdict(billkit_pdf <= TARGETS['pdf'] * bare_pdf)} |",
        f"| `draft --state all` ≤ {TARGETS['batch']:.2f} × WeasyPrint's layout + write, summed, per core "
        f"| billkit {batch:.3f} s, WeasyPrint {floor:.3f} s: {batch / floor:.2f} × "
        f"| {verdict(batch <= TARGETS['batch'] * floor)} |",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    billkit_pdf, bare_pdf = measure_pdf(5)
    print(f"billkit draft -f pdf: {billkit_pdf:.3f} s; bare WeasyPrint: {bare_pdf:.3f} s; "
          f"ratio {billkit_pdf / bare_pdf:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
