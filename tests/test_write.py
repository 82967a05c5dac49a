"""From a document to files: one path, every format rendered before any file is written, one naming rule."""

from __future__ import annotations

import pytest

from billkit import render as render_module
from billkit.build import build_bill
from billkit.check.rules import failing_statuses, fails
from billkit.errors import OutputError, RenderError, SpecError, UnknownNameError, UsageError
from billkit.load.textfile import read_bytes, read_text
from billkit.spec import BillSpec, HandoutSpec
from billkit.write import file_stem, produce, spec_stem, write_files
from billkit.write.output import TEMP_PREFIX


@pytest.fixture
def small_bill(library):
    return build_bill(BillSpec(clauses=("short-title", "record-access")), library)


def test_produce_writes_each_format_under_one_stem(library, small_bill, tmp_path):
    paths = produce(small_bill, ["html", "md", "html"], tmp_path, "tx-model-bill")
    assert paths == [tmp_path / "tx-model-bill.html", tmp_path / "tx-model-bill.md"]
    assert library.get("record-access").title.upper() in (tmp_path / "tx-model-bill.md").read_text().upper()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tx-model-bill.html", "tx-model-bill.md"]


def test_produce_writes_nothing_when_one_format_fails_to_render(small_bill, tmp_path, monkeypatch):
    real = render_module.render
    rendered = []

    def flaky(document, fmt, options=None):
        rendered.append(fmt)
        if fmt == "md":
            raise RenderError("the md writer broke.")
        return real(document, fmt, options)

    monkeypatch.setattr(render_module, "render", flaky)
    with pytest.raises(RenderError):
        produce(small_bill, ["html", "md"], tmp_path, "bill")
    assert rendered == ["html", "md"]  # the HTML was rendered, and still not written
    assert list(tmp_path.iterdir()) == []


def test_produce_gives_a_format_its_own_document_when_told(library, small_bill, tmp_path):
    other = build_bill(BillSpec(clauses=("short-title",)), library)
    produce(small_bill, ["html", "md"], tmp_path, "bill", overrides={"md": other})
    title = library.get("record-access").title.upper()
    assert title in (tmp_path / "bill.html").read_text().upper()
    assert title not in (tmp_path / "bill.md").read_text().upper()


def test_files_are_written_all_or_none(tmp_path):
    first = tmp_path / "first.txt"
    with pytest.raises(OutputError, match="cannot write in"):
        write_files({first: b"one", tmp_path / "no-such-folder" / "second.txt": b"two"})
    assert list(tmp_path.iterdir()) == []  # neither the first file nor a temporary is left
    assert write_files({first: b"one"}) == [first] and first.read_bytes() == b"one"
    assert not list(tmp_path.glob(f"{TEMP_PREFIX}*"))


@pytest.mark.parametrize(
    ("name", "given", "code", "several", "suffix", "stem"),
    [
        ("model-bill", False, "TX", False, "", "tx-model-bill"),
        ("mine", True, "TX", False, "", "mine"),
        ("mine", True, "TX", True, "", "tx-mine"),
        ("model-bill", False, None, False, "", "model-bill"),
        ("testimony", False, "CA", False, "packet", "ca-testimony-packet"),
        ("handout", False, "NY", False, "community-es", "ny-handout-community-es"),
        ("notes", True, "NY", False, "record-access", "notes-record-access"),
    ],
)
def test_one_naming_rule_for_every_kind(name, given, code, several, suffix, stem):
    assert file_stem(name, given=given, code=code, several=several, suffix=suffix) == stem


def test_a_spec_stem_knows_whether_the_user_chose_the_name():
    assert spec_stem(BillSpec(), "TX") == "tx-model-bill"
    assert spec_stem(BillSpec(name="mine"), "TX") == "mine"
    community = HandoutSpec(audience="community", lang="es")
    assert spec_stem(community, "NY", suffix=community.file_suffix) == "ny-handout-community-es"
    assert HandoutSpec(practice="record-access").file_suffix == "record-access"
    assert HandoutSpec().file_suffix == ""


def test_handout_spec_merges_options_and_names_the_option_on_error():
    base = HandoutSpec.model_validate({"name": "ours"})
    merged = base.merged(lang="es", practice=None, organizations=())
    assert merged.lang == "es" and merged.name == "ours" and merged.practice is None
    assert "lang" not in base.merged().model_fields_set
    with pytest.raises(SpecError) as caught:
        base.merged(audience="everyone")
    assert (
        caught.value.message == "--audience: 'everyone' is not one of the choices, 'trainers' or 'community'."
    )
    assert caught.value.hint is None


def test_one_text_file_reader_says_why_a_file_cannot_be_read(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(SpecError) as caught:
        read_text(missing, called="spec file 'missing.toml'", error=SpecError)
    assert caught.value.message == "spec file 'missing.toml' does not exist."
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Sección".encode("latin-1"))
    with pytest.raises(UsageError, match=r"'.*latin.txt' is not UTF-8 text\.$"):
        read_text(latin)
    with pytest.raises(UsageError, match=r"is larger than 3 bytes\.$"):
        read_bytes(latin, limit=3)
    with pytest.raises(UsageError, match=r"is a folder, not a file\.$"):
        read_bytes(tmp_path)
    assert read_bytes(latin) == "Sección".encode("latin-1")


def test_the_fail_on_policy():
    from billkit.check.rules import Finding

    partial = [Finding("record-access", "present"), Finding("federal-records", "partial")]
    absent = [*partial, Finding("public-education", "absent")]
    assert failing_statuses(None) == () and not fails(absent, None)
    assert not fails(partial, "absent") and fails(absent, "absent")
    assert fails(partial, "partial") and not fails(partial[:1], "partial")
    with pytest.raises(UnknownNameError, match="Did you mean 'partial'"):
        fails(partial, "partal")
