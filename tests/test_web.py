"""The web app's forms, through Starlette's test client: the CLI's bytes, its errors beside the field."""

from __future__ import annotations

import html
import io
import json
import re

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")

from starlette.testclient import TestClient
from typer.testing import CliRunner

from billkit.cli import app as cli
from billkit.web import create_app
from billkit.web.forms import MAX_BODY

CLAUSES = ["short-title", "record-access"]
PENDING = (
    "AN ACT relating to criminal records.\n\n"
    "Sec. 1. A person whose record is sealed under this section may inspect and obtain a copy of "
    "the sealed record without first obtaining a court order.\n\n"
    "Sec. 2. Sealed records may be made available to any federal agency upon request.\n"
)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(), raise_server_exceptions=False) as test_client:
        yield test_client


def run_cli(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output


def files_of(client, page) -> dict[str, bytes]:
    """Every download a results page links to, by file name."""
    links = re.findall(r'href="(/results/[^"]+/files/([^"]+))"', page.text)
    assert links, page.text
    return {name: client.get(url).content for url, name in links}


def error_beside(page, field: str) -> str:
    """The error printed beside ``field``: the element the field's aria-describedby points to."""
    found = re.search(rf'<p class="error" id="{field}-error"><strong>(.*?)</strong>', page.text, re.S)
    assert found, f"no error beside {field!r}"
    assert re.search(rf'id="{field}"[^>]*aria-describedby="[^"]*{field}-error', page.text, re.S)
    return found.group(1)


def test_draft_gives_the_bytes_the_cli_writes(client, tmp_path):
    form = {"clause": CLAUSES, "format": ["docx", "pdf", "md"], "copy": "clean", "line_numbers": "on"}
    form |= {"state": "OH", "relief_term": "sealing"}
    page = client.post("/draft", data=form)
    assert page.status_code == 200 and "/results/" in str(page.url)
    got = files_of(client, page)
    args = ["draft", "--state", "OH", "--relief-term", "sealing", "--clean", "--line-numbers"]
    args += [a for c in CLAUSES for a in ("-c", c)] + ["-f", "docx", "-f", "pdf", "-f", "md", "-f", "html"]
    run_cli(*args, "-o", str(tmp_path))
    assert sorted(got) == sorted(p.name for p in tmp_path.iterdir())
    for name, data in got.items():
        assert data == (tmp_path / name).read_bytes(), name
    assert got["oh-model-bill.pdf"].startswith(b"%PDF-")


def test_the_preview_is_the_html_writer_and_its_fonts_come_from_the_package(client):
    page = client.post("/draft", data={"clause": CLAUSES, "format": ["docx"]})
    token = re.search(r"/results/([^/]+)/preview", page.text).group(1)
    preview = client.get(f"/results/{token}/preview")
    assert preview.content == files_of(client, page)["model-bill.html"]
    assert "default-src 'none'" in preview.headers["content-security-policy"]
    font = re.search(r'url\("(fonts/[^"]+\.ttf)"\)', preview.text).group(1)
    assert client.get(f"/results/{token}/{font}").content[:4] == b"\x00\x01\x00\x00"
    assert "http://" not in preview.text.replace("http://www.w3.org", "")


def test_a_refused_relief_term_is_shown_beside_its_field_with_the_cli_message(client):
    page = client.post("/draft", data={"clause": CLAUSES, "relief_term": "vacatur"})
    assert page.status_code == 400
    message = error_beside(page, "relief_term")
    cli_run = CliRunner().invoke(cli, ["draft", "--relief-term", "vacatur", "-o", "unused"])
    assert cli_run.exit_code == 2
    assert message.replace("&#39;", "'") in cli_run.output.replace("\n", " ")


def test_each_mistake_is_shown_beside_its_own_field(client):
    page = client.post("/draft", data={"clause": CLAUSES, "state": "Ohoi", "relief_term": "sealng"})
    assert page.status_code == 400
    assert "Did you mean &#39;sealing&#39;?" in error_beside(page, "relief_term")
    assert "Did you mean &#39;Ohio&#39;" in error_beside(page, "state")


def test_a_bad_file_name_is_refused_by_the_spec_model(client):
    page = client.post("/draft", data={"clause": CLAUSES, "name": "../etc/passwd"})
    assert page.status_code == 400
    assert "key &#39;name&#39;: String should match pattern" in error_beside(page, "name")


def test_no_clause_chosen_is_an_error_not_the_whole_bill(client):
    page = client.post("/draft", data={"format": ["docx"]})
    assert page.status_code == 400
    assert "no clause is chosen" in error_beside(page, "clauses")


def test_a_reference_doc_that_is_not_a_docx_is_refused_beside_its_field(client):
    upload = {"reference_doc": ("house.docx", b"not a zip at all", "application/octet-stream")}
    page = client.post("/draft", data={"clause": CLAUSES}, files=upload)
    assert page.status_code == 400
    assert "not really a .docx file" in error_beside(page, "reference_doc")


def test_check_shows_the_caution_as_a_paragraph_of_its_own(client):
    # a sealing section that lets the person deny the record (words written for this test)
    bill = (
        "Sec. 4. (a) A court may seal a record of conviction on petition.\n"
        "(b) A person whose record is sealed may lawfully deny that the arrest occurred.\n"
    )
    page = client.post("/check", files={"bill": ("bill.txt", bill.encode(), "text/plain")})
    assert page.status_code == 200
    assert '<p class="caution">Caution: the bill treats the record' in page.text
    assert "<p>Public advisement" in page.text


def test_check_reads_an_upload_and_shows_the_scorecard_with_quotes(client, tmp_path):
    page = client.post("/check", files={"bill": ("sb5.txt", PENDING.encode(), "text/plain")})
    assert page.status_code == 200
    rows = dict(
        re.findall(r'<th scope="row">([a-z-]+)</th>\s*<td><span class="status">(\w+)</span>', page.text)
    )
    (tmp_path / "sb5.txt").write_text(PENDING)
    cli_run = CliRunner().invoke(cli, ["check", str(tmp_path / "sb5.txt"), "--json"])
    expected = json.loads(cli_run.stdout)
    assert rows == {p["id"]: p["status"] for p in expected["practices"]}
    assert rows["record-access"] == "present" and rows["federal-records"] == "contrary"
    assert "(Sec. 2, line 5)" in page.text
    report = json.loads(files_of(client, page)["sb5-check.json"])
    assert report["practices"] == expected["practices"] and report["file"] == "sb5.txt"


def test_check_reads_a_saved_web_page_and_leaves_its_struck_words_out(client):
    # PENDING as a legislature's page prints it, with a struck clause that would have opened records to ICE
    struck = "<strike>Sealed records shall be sent to U.S. Immigration and Customs Enforcement.</strike>"
    paragraphs = [f"<p>{html.escape(line)}</p>" for line in PENDING.splitlines() if line] + [
        f"<p>{struck}</p>"
    ]
    page = client.post("/check", files={"bill": ("sb5.html", "".join(paragraphs).encode(), "text/html")})
    assert page.status_code == 200
    rows = dict(
        re.findall(r'<th scope="row">([a-z-]+)</th>\s*<td><span class="status">(\w+)</span>', page.text)
    )
    assert rows["record-access"] == "present" and rows["federal-records"] == "contrary"
    assert "(Sec. 2, paragraph 3)" in page.text
    assert "Customs Enforcement" not in page.text  # struck: neither law nor a protection the bill takes away


def test_a_wrong_type_upload_is_refused(client):
    page = client.post("/check", files={"bill": ("bill.exe", b"MZ\x90\x00", "application/octet-stream")})
    assert page.status_code == 400
    assert "is not a .docx, .pdf, .txt, .md, .html or .htm file" in error_beside(page, "bill")
    page = client.post("/check", files={"bill": ("bill.pdf", b"PK\x03\x04 a zip", "application/pdf")})
    assert "not really a .pdf file" in error_beside(page, "bill")


def test_an_unreadable_upload_names_the_upload_never_the_temporary_file(client):
    page = client.post("/check", files={"bill": ("broken.pdf", b"%PDF-1.7 truncated", "application/pdf")})
    assert page.status_code == 400
    message = error_beside(page, "bill")
    assert message.startswith("broken.pdf:") and "billkit-web-" not in page.text


def test_an_oversize_upload_is_refused_before_it_is_read(client):
    big = io.BytesIO(b"x" * (MAX_BODY + 1))
    page = client.post("/check", files={"bill": ("big.txt", big, "text/plain")})
    assert page.status_code == 413
    assert "too large" in page.text and "Traceback" not in page.text


def test_a_path_traversal_file_name_changes_nothing_on_disk(client, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "target"
    target.mkdir()
    name = "../" * 12 + str(target).lstrip("/") + "/evil.txt"
    before = sorted(tmp_path.rglob("*"))
    page = client.post("/check", files={"bill": (name, PENDING.encode(), "text/plain")})
    assert page.status_code == 200
    assert sorted(tmp_path.rglob("*")) == before
    assert "<q>evil.txt</q>" in page.text


def test_packet_gives_the_bytes_the_cli_writes(client, tmp_path):
    fields = {
        "organization": "Immigrant Defense Project",
        "witness": "Ana Díaz",
        "committee": "Senate Judiciary Committee",
        "hearing_date": "March 4, 2027",
        "bill_number": "S.B. 5",
        "bill_title": "An act relating to criminal records",
        "position": "support-if-amended",
    }
    page = client.post(
        "/packet",
        data={**fields, "format": ["pdf"]},
        files={"bill": ("sb5.txt", PENDING.encode(), "text/plain")},
    )
    assert page.status_code == 200, page.text
    got = files_of(client, page)
    spec = tmp_path / "packet.toml"
    spec.write_text(
        "".join(f"{k} = {json.dumps(v)}\n" for k, v in fields.items()) + 'formats = ["pdf", "html"]\n'
    )
    (tmp_path / "sb5.txt").write_text(PENDING)
    run_cli("packet", str(spec), "--bill", str(tmp_path / "sb5.txt"), "-o", str(tmp_path / "out"))
    assert got == {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}


def test_a_packet_missing_a_required_field_says_so_beside_it(client):
    page = client.post("/packet", data={"organization": "X", "position": "support"})
    assert page.status_code == 400
    assert "missing, and it is required" in error_beside(page, "witness")


def test_a_packet_for_a_bill_that_clears_no_records_is_refused_beside_the_bill(client):
    # An anti-sanctuary bill's words (N.Y. S. 2241 (2025), § 1, new Exec. Law § 13(2); nysenate.gov).
    bill = (
        "THE GOVERNOR SHALL NOT, THROUGH EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER, PREVENT OR INHIBIT "
        "STATE AGENCIES AND THEIR EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, FROM WORKING WITH FEDERAL "
        "AGENCIES FOR THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT."
    )
    fields = {
        "organization": "Immigrant Defense Project", "witness": "Ana Díaz", "committee": "Senate Finance",
        "hearing_date": "March 4, 2027", "bill_number": "S. 2241", "bill_title": "An act",
        "position": "oppose",
    }  # fmt: skip
    page = client.post("/packet", data=fields, files={"bill": ("s2241.txt", bill.encode(), "text/plain")})
    assert page.status_code == 400
    assert "names no record-clearance relief" in error_beside(page, "bill")
    assert re.search(
        r'id="bill-error">.*?<span class="hint">[^<]*give that name as the Relief term', page.text, re.S
    )


def test_a_spanish_handout_has_spanish_pages_and_the_cli_bytes(client, tmp_path):
    form = {"audience": "community", "lang": "es", "state": "CA", "orgs": "Ayuda legal, (555) 010-0100"}
    page = client.post("/handout", data={**form, "format": ["docx"], "ui": "es"})
    assert page.status_code == 200
    assert '<html lang="es">' in page.text and "Sus archivos" in page.text
    run_cli(
        "handout", "--audience", "community", "--lang", "es", "--state", "CA",
        "--org", "Ayuda legal, (555) 010-0100", "-f", "docx", "-f", "html", "-o", str(tmp_path),
    )  # fmt: skip
    assert files_of(client, page) == {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    form_page = client.get("/handout?ui=es")
    assert '<html lang="es">' in form_page.text and "Idioma de la hoja" in form_page.text


def test_every_form_labels_every_field(client):
    for path in ("/draft", "/check", "/packet", "/handout"):
        page = client.get(path).text
        ids = re.findall(r'<(?:input|select|textarea)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"', page)
        assert ids, path
        for field_id in ids:
            assert f'<label for="{field_id}"' in page, (path, field_id)


def test_errors_are_pages_never_tracebacks(client):
    missing = client.get("/results/nothing-here/files/model-bill.pdf")
    assert missing.status_code == 404 and "<h1>404</h1>" in missing.text
    assert client.get("/static/../../pyproject.toml").status_code == 404
    foreign = client.post("/draft", data={"clause": CLAUSES}, headers={"Origin": "http://evil.example"})
    assert foreign.status_code == 403 and "Traceback" not in foreign.text


def test_an_unexpected_failure_is_a_page_without_the_traceback(client, monkeypatch):
    from billkit.web import jobs

    def broken(*_args):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(jobs, "check", broken)
    page = client.post("/check", files={"bill": ("a.txt", b"text", "text/plain")})
    assert page.status_code == 500
    assert "secret internals" not in page.text and "Traceback" not in page.text


def test_the_command_line_does_not_import_the_web_stack():
    import subprocess
    import sys

    code = "import sys, billkit.cli; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "billkit" in loaded.split()
    assert not {"starlette", "uvicorn", "python_multipart"} & set(loaded.split())


def test_serve_without_the_extra_says_how_to_install_it(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "uvicorn", None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 1
    assert (
        "billkit serve needs the web extra" in result.output and "pip install 'billkit[web]'" in result.output
    )


def test_serve_warns_that_a_non_loopback_host_has_no_login(monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "has no login" in result.output
    assert re.search(r"serving on http://0\.0\.0\.0:\d+/", result.output)
    quiet = CliRunner().invoke(cli, ["serve"])
    assert "has no login" not in quiet.output and "http://127.0.0.1:" in quiet.output


def test_results_are_found_by_token_only(client):
    for path in ("/results/..%2F..%2Fetc%2Fpasswd", "/results/x/files/..%2F..%2Fpyproject.toml"):
        page = client.get(path)
        assert page.status_code == 404 and "[project]" not in page.text
