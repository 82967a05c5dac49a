"""Trust: same input same bytes, nothing fetched, sandboxed clause packs, no partial files, tagged PDFs."""

from __future__ import annotations

import http.server
import io
import itertools
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from billkit.cli import app

from support import packet_spec, write_clause

runner = CliRunner()
CLEAN_ENV = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}


def billkit(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "billkit", *args],
        cwd=cwd,
        env=env or CLEAN_ENV,
        capture_output=True,
        text=True,
    )


# Same input, same bytes


@pytest.mark.slow
def test_every_format_is_byte_identical_across_processes(tmp_path):
    runs = []
    for index, tz in enumerate(("UTC", "America/Los_Angeles")):
        folder = tmp_path / f"run{index}"
        folder.mkdir()
        (folder / "house.css").write_text("p { letter-spacing: 0.01em; }")
        env = {**CLEAN_ENV, "TZ": tz}
        for args in (
            ("draft", "-f", "docx", "-f", "pdf", "-f", "html", "-f", "akn", "-f", "md", "--state", "NY"),
            ("reference-doc", "house.docx"),
            # every office option, Word comments included (their dates once followed the clock)
            (
                *"draft --notes comments --line-numbers --reference-doc house.docx --css house.css".split(),
                *"--name office -f docx -f pdf -f html --state OH --comment-author".split(),
                "Office of Legislative Counsel",
            ),
            ("draft", "--clean", "--date", "2027-03-04", "--name", "dated", "-f", "docx", "-f", "md"),
            ("handout", "--audience", "community", "--lang", "es", "-f", "docx", "-f", "pdf", "-f", "md"),
            ("init", "--packet"),
            ("packet", "packet.toml", "-f", "docx", "-f", "pdf", "-f", "md"),
        ):
            result = billkit(*args, cwd=folder, env=env)
            assert result.returncode == 0, result.stderr
        time.sleep(1.1)  # a clock second passes between the two runs' files
        runs.append({p.name: p.read_bytes() for p in sorted((folder / "out").iterdir())})
    assert runs[0].keys() == runs[1].keys() and len(runs[0]) == 16
    for name, data in runs[0].items():
        assert data == runs[1][name], f"{name} differs between runs"


def test_pdf_dates_come_from_source_date_epoch_or_the_date_option(tmp_path):
    epoch = billkit("draft", "-f", "pdf", cwd=tmp_path, env={**CLEAN_ENV, "SOURCE_DATE_EPOCH": "1700000000"})
    assert epoch.returncode == 0
    reader = PdfReader(tmp_path / "out/model-bill.pdf")
    assert reader.metadata["/CreationDate"].startswith("D:20231114")
    dated = billkit("draft", "-f", "pdf", "-f", "docx", "--date", "2027-03-04", cwd=tmp_path)
    assert dated.returncode == 0
    assert PdfReader(tmp_path / "out/model-bill.pdf").metadata["/ModDate"].startswith("D:20270304")
    assert docx.Document(str(tmp_path / "out/model-bill.docx")).core_properties.created.year == 2027
    fixed = billkit("draft", "-f", "pdf", cwd=tmp_path)
    assert PdfReader(tmp_path / "out/model-bill.pdf").metadata["/CreationDate"].startswith("D:20260101")
    assert fixed.returncode == 0


def test_pdf_identifier_is_derived_from_the_content(library):
    from billkit.build import build_bill
    from billkit.render import render
    from billkit.spec import BillSpec

    one = PdfReader(io.BytesIO(render(build_bill(BillSpec(), library), "pdf"))).trailer["/ID"][0]
    other = PdfReader(
        io.BytesIO(render(build_bill(BillSpec(relief_term="sealing"), library), "pdf"))
    ).trailer["/ID"][0]
    assert one != other and len(one) == 32


# Nothing is fetched


@pytest.fixture
def loopback_server():
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def test_no_url_in_a_clause_or_a_stylesheet_is_ever_fetched(tmp_path, monkeypatch, loopback_server):
    base, requests = loopback_server
    monkeypatch.chdir(tmp_path)
    clause = f'<img src="{base}/clause.png"><link rel=stylesheet href="{base}/clause.css">'
    write_clause(tmp_path / "pack", "picture", clause)
    (tmp_path / "house.css").write_text(
        f'@import url("{base}/import.css");\n'
        f'.act-title {{ background: url("{base}/background.png"); }}\n'
        '.long-title { background: url("file:///etc/hostname"); }\n'
        f'@font-face {{ font-family: Remote; src: url("{base}/font.ttf"); }}\n'
        ".enacting-clause { font-family: Remote; }\n"
    )
    result = runner.invoke(
        app, ["draft", "--clauses-dir", "pack", "--css", "house.css", "-f", "pdf", "-f", "html"]
    )
    assert result.exit_code == 0, result.output
    assert requests == []
    assert result.stderr.count("refused to fetch") >= 3
    html = (tmp_path / "out/model-bill.html").read_text()
    assert "&lt;img src=" in html and "<img" not in html


# Clause packs from other people

ESCAPES = [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ relief.__class__.__init__ }}",
    "{{ ref.__globals__ }}",
    "{{ j.__dict__ }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
]


@pytest.mark.parametrize("payload", ESCAPES)
def test_known_template_escapes_are_refused(tmp_path, monkeypatch, payload):
    monkeypatch.chdir(tmp_path)
    write_clause(tmp_path / "pack", "evil", payload)
    result = runner.invoke(app, ["draft", "--clauses-dir", "pack", "-f", "html"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: evil.yaml: field 'text.0': ")
    assert "sandbox" in result.stderr or "unsafe" in result.stderr or "undefined" in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_yaml_tags_and_oversized_files_are_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "tagged.yaml").write_text("id: !!python/object/apply:os.system ['echo owned']\n")
    result = runner.invoke(app, ["clauses", "--clauses-dir", "pack"])
    assert result.exit_code == 2 and "pack/tagged.yaml" in result.stderr and "owned" not in result.output
    (pack / "tagged.yaml").unlink()
    (pack / "huge.yaml").write_text("id: huge\ncomment: '" + "x" * 1_100_000 + "'\n")
    result = runner.invoke(app, ["clauses", "--clauses-dir", "pack"])
    assert result.exit_code == 2 and "larger than" in result.stderr


def test_overriding_a_built_in_clause_is_announced(tmp_path, monkeypatch, library):
    monkeypatch.chdir(tmp_path)
    pack = tmp_path / "pack"
    pack.mkdir()
    text = (
        Path(library.origins["record-access"])
        .read_text()
        .replace("Access to one’s own records", "Own records")
    )
    (pack / "record-access.yaml").write_text(text)
    result = runner.invoke(app, ["draft", "--clauses-dir", "pack", "-f", "html"])
    assert result.exit_code == 0
    assert (
        "Warning: clause pack pack/record-access.yaml overrides the built-in clause 'record-access'"
        in result.stderr
    )
    assert "OWN RECORDS." in (tmp_path / "out/model-bill.html").read_text()


# No partial files, even when killed


def test_a_killed_batch_leaves_only_whole_files_and_the_next_run_cleans_up(tmp_path):
    scratch = tmp_path / "tmp"  # the system's temporary folder, for these runs
    scratch.mkdir()
    env = {**CLEAN_ENV, "TMPDIR": str(scratch)}
    process = subprocess.Popen(
        [sys.executable, "-m", "billkit", "draft", "--state", "all", "-f", "docx", "-f", "pdf"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    out = tmp_path / "out"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.pdf"))) < 4:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = [p for p in out.iterdir() if not p.name.startswith(".billkit-")]
    assert len(finished) >= 4
    for path in finished:
        if path.suffix == ".docx":
            docx.Document(str(path))
        else:
            assert len(PdfReader(path).pages) >= 1
    leftovers = list(out.glob(".billkit-*.part"))
    assert len(leftovers) <= os.cpu_count()  # at most the file each worker was writing
    # the batch's scratch folder, orphaned (a one-core machine drafts in one process, without one)
    assert len(list(scratch.glob("billkit-batch-*"))) == (1 if (os.cpu_count() or 1) > 1 else 0)
    result = billkit("draft", "-f", "html", "--state", "OH", "--state", "IN", cwd=tmp_path, env=env)
    assert result.returncode == 0
    assert list(out.glob(".billkit-*.part")) == []
    assert list(scratch.iterdir()) == []


def test_a_batch_leaves_no_temporary_folders_behind(tmp_path, monkeypatch, library):
    """Workers end without exit handlers; the fonts WeasyPrint copies for them must still go."""
    import tempfile

    from billkit.render import pdf
    from billkit.spec import BillSpec
    from billkit.write.batch import draft_many

    pdf._package_styles.cache_clear()  # else the workers inherit this process's fonts, folder and all
    scratch, out = tmp_path / "tmp", tmp_path / "out"
    scratch.mkdir()
    out.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    spec = BillSpec(clauses=("definitions",), formats=("pdf",))
    report = draft_many(spec, ["OH", "IN", "MI"], out, library, workers=2)
    assert not report.failed and report.files == 3
    assert list(scratch.iterdir()) == []


def test_only_the_scratch_folders_of_dead_batches_are_removed(tmp_path, monkeypatch):
    import tempfile

    from billkit.write.batch import LOCK_NAME, remove_stale_scratch, scratch_folder

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = tmp_path / "billkit-batch-dead"
    dead.mkdir()
    (dead / LOCK_NAME).touch()  # as a killed batch leaves it: a lock nobody holds
    with scratch_folder() as live:
        assert remove_stale_scratch() == [dead]
        assert Path(live).is_dir()  # a running batch holds its lock
    assert list(tmp_path.iterdir()) == []


# Accessible PDFs


@pytest.mark.parametrize(
    ("args", "lang"), [(("draft",), "en"), (("handout", "--audience", "community", "--lang", "es"), "es")]
)
def test_pdfs_are_tagged_with_title_and_language(tmp_path, args, lang):
    result = billkit(*args, "-f", "pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (pdf,) = (tmp_path / "out").glob("*.pdf")
    reader = PdfReader(pdf)
    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert catalog["/Lang"] == lang
    assert reader.metadata.title
    tags = set()

    def walk(node):
        node = node.get_object()
        if "/S" in node:
            tags.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object") and isinstance(kid.get_object(), dict):
                walk(kid)

    walk(catalog["/StructTreeRoot"])
    assert {"/H1", "/H2", "/P"} <= tags


def heading_levels(html: str) -> list[int]:
    return [int(level) for level in re.findall(r"<h([1-6])[\s>]", html)]


@pytest.mark.parametrize(
    "document",
    ["annotated bill", "clean bill", "Texas bill", "packet", "trainer handouts", "community handout"],
)
def test_headings_start_at_one_and_never_skip_a_level(library, document):
    """What PDF/UA checkers ask of numbered headings: the first is H1, and none goes down by two."""
    from billkit.build import build_bill
    from billkit.build.handout import build_handout
    from billkit.build.packet import build_packet
    from billkit.render.html import render_html
    from billkit.spec import BillSpec, HandoutSpec

    documents = {
        "annotated bill": lambda: build_bill(BillSpec(), library),
        "clean bill": lambda: build_bill(BillSpec(clean=True), library),
        "Texas bill": lambda: build_bill(BillSpec(state="TX"), library),
        "packet": lambda: build_packet(packet_spec(state=None, present=()), library),
        "trainer handouts": lambda: build_handout(HandoutSpec(), library),
        "community handout": lambda: build_handout(HandoutSpec(audience="community"), library),
    }
    levels = heading_levels(render_html(documents[document]()))
    assert levels and levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels)), levels
