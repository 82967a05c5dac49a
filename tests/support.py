"""Helpers and constants the tests share: reading DOCX and PDF files back, and the guidance."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from filelock import FileLock

REPO = Path(__file__).resolve().parent.parent
GUIDANCE_FILE = REPO.parent / "shared" / "guidance" / "clean-slate-and-immigrants.txt"

GUIDANCE_SAMPLES = {
    "vacatur-for-cause": (
        "An expungement may be based on equitable factors or to correct a procedural or "
        "substantive defect in the underlying proceeding."
    ),
    "rebuttable-presumption": (
        "There is a rebuttable presumption that due to legal error, a noncitizen defendant was "
        "not aware of the immigration consequences of the plea, and the plea therefore is "
        "legally invalid."
    ),
    "court-jurisdiction": (
        "An expungement performed pursuant to this section will not preclude the court’s "
        "jurisdiction over any subsequently filed motion to amend the record, post-conviction "
        "relief motion or petition, or any other future collateral attack on an expunged "
        "conviction."
    ),
    "record-access": (
        "Any individual who has received an expungement may access information contained in "
        "expunged records without first obtaining a court order."
    ),
}
"""The guidance's sample sentences, copied from the guidance file (checked against it below)."""


def made_once(tmp_path_factory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder that ``make`` fills once in a test run, however many pytest-xdist workers ask for it.

    A module-scoped fixture runs once in each worker that takes one of the module's tests, so an
    expensive one (all 56 bills drafted, the corpus checked) would otherwise run once a core. The first
    worker to ask makes the folder under a lock in the run's shared temporary folder; the others wait
    for it and read what it wrote. A failed ``make`` leaves no mark, so the next worker to ask tries
    again and fails in its own tests.
    """
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the folder every worker's temporary folder sits in
    folder = root / name
    made = root / f"{name}.made"
    with FileLock(root / f"{name}.lock"):
        if not made.exists():
            folder.mkdir(exist_ok=True)
            make(folder)
            made.touch()
    return folder


def made_in_shards(tmp_path_factory, name: str, shards: int, make: Callable[[Path, int], None]) -> list[Path]:
    """Folders ``make`` fills once a shard in a test run, the work shared among pytest-xdist workers.

    Like :func:`made_once`, but each worker starts on a shard of its own (``gw0`` the first, ``gw1`` the
    second, ...) and then takes, or waits for, the others: two workers that ask at once make two shards at
    once, where one folder made once would keep the second worker waiting for the whole.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    first = int(worker) % shards if worker.isdigit() else 0
    order = [(first + k) % shards for k in range(shards)]
    folders = {
        k: made_once(tmp_path_factory, f"{name}-{k}", lambda folder, k=k: make(folder, k)) for k in order
    }
    return [folders[k] for k in range(shards)]


def docx_paragraphs(data: bytes):
    """The body's paragraphs of a DOCX, those in table cells too, in reading order, as (style, text).

    The text reads as a person reads it: the no-break space that keeps "§" with its number is a space.
    """
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(io.BytesIO(data))
    out = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            out.append(item)
        elif isinstance(item, Table):
            out += [p for row in item.rows for cell in row.cells for p in cell.paragraphs]
    return [(p.style.name, p.text.replace("\u00a0", " ")) for p in out if p.text.strip()]


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


_FURNITURE = re.compile(r"^\s*(Page \d+ of \d+)\s*$")


def pdf_words(data: bytes, running_head: str) -> list[str]:
    """The words of a PDF's body, without the running head and the page numbers."""
    words: list[str] = []
    for text in pdf_pages(data):
        for line in text.splitlines():
            if _FURNITURE.match(line) or line.strip() == running_head:
                continue
            words.extend(line.split())
    return words


def docx_words(data: bytes) -> list[str]:
    return [word for _, text in docx_paragraphs(data) for word in text.split()]


def same_words(pdf: list[str], docx: list[str]) -> bool:
    """True when two word lists spell the same text, wherever a line was broken.

    A PDF line may break after a hyphen ("data-" / "sharing") or before a parenthesis
    ("1101(a)(48)" / "(A)"), which splits one word in two; the letters do not change.
    """
    return "".join(pdf) == "".join(docx) and abs(len(pdf) - len(docx)) <= len(docx) // 100 + 2


def squash(text: str) -> str:
    return " ".join(text.split())


def write_clause(pack: Path, clause_id: str, text: str, *, order: int = 95) -> Path:
    """Write a minimal clause file into a clause pack folder (made if needed); ``text`` is one item."""
    pack.mkdir(exist_ok=True)
    quoted = text.replace("'", "''")
    path = pack / f"{clause_id}.yaml"
    path.write_text(
        f"id: {clause_id}\ntitle: {clause_id.replace('-', ' ').capitalize()}\npractice: scaffold\n"
        f"source: original\norder: {order}\ntext: ['{quoted}']\nlegislative_note: n\ncomment: c\n",
        encoding="utf-8",
    )
    return path


def packet_spec(**changes):
    """A full testimony packet spec (California, support if amended), with ``changes`` applied."""
    from billkit.spec import PacketSpec

    fields = dict(
        organization="Example Immigrant Justice Project",
        witness="Ana Ruiz",
        witness_title="Policy Director",
        committee="Assembly Committee on Public Safety",
        hearing_date="March 4, 2027",
        bill_number="A.B. 1234",
        bill_title="Clean Slate Expansion Act",
        position="support-if-amended",
        state="CA",
        present=("record-access", "public-education"),
    )
    return PacketSpec(**{**fields, **changes})


MODEL_NUMBERING = re.compile(r"\bSection \d{1,2}\b(?!\.\d)")
"""The model bill's own section numbers ("Section 4"), not a statute's ("Section 1473.7")."""
GRANTS_RELIEF = re.compile(r"\bmay grant\b|\bshall vacate\b|\bis granted only on a motion\b")
"""Words by which a section grants relief itself, so that "this section" may name it as the source."""


def relief_by_this_section(text: str, relief: str) -> list[str]:
    """Sentences that speak of relief and of "this section" outside quotation marks.

    Right only in a section that grants the relief: anywhere else "this section" would name the
    new section (or the amendment) as the source of relief that the pending bill grants.
    """
    own = re.sub(r"“[^”]*”", "“…”", text)
    return [
        sentence
        for sentence in re.split(r"(?<=[.;:])\s+", own)
        if "this section" in sentence.lower() and (relief in sentence.lower() or "vacat" in sentence)
    ]


# Reading a document's blocks back as the parts a reader sees: a packet's parts, a handout's sheets.


def part(document, anchor: str) -> list:
    """The headings and paragraphs of a packet part: from its anchored heading to the next one."""
    from billkit.model import Heading, Para

    out, inside = [], False
    for block in document.blocks:
        if isinstance(block, Heading) and block.anchor:
            inside = block.anchor == f"part-{anchor}"
            continue
        if inside and isinstance(block, (Heading, Para)):
            out.append(block)
    return out


def part_titles(document) -> list[str]:
    from billkit.model import Heading

    return [b.text for b in document.blocks if isinstance(b, Heading) and b.anchor]


def quoted_act(document):
    """The bill a packet quotes."""
    from billkit.model import Act

    return next(b.bill for b in document.blocks if isinstance(b, Act))


def authorities_table(document):
    from billkit.model import AuthoritiesTable

    return next(b for b in document.blocks if isinstance(b, AuthoritiesTable)).groups


@dataclass
class SheetSection:
    heading: str
    paragraphs: list = field(default_factory=list)
    bullets: list = field(default_factory=list)


@dataclass
class Sheet:
    title: str = ""
    subtitle: str = ""
    footer: str = ""
    sections: list = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """A bullet, read like a paragraph."""

    runs: tuple

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def sheets(document) -> list[Sheet]:
    """A handout's sheets: title, subtitle, headed sections of paragraphs and bullets, footer."""
    from billkit.model import Bullets, Heading, PageBreak, Para

    out = [Sheet()]
    for block in document.blocks:
        sheet = out[-1]
        if isinstance(block, PageBreak):
            out.append(Sheet())
        elif isinstance(block, Heading) and block.role == "page-title":
            sheet.title = block.text
        elif isinstance(block, Heading):
            sheet.sections.append(SheetSection(block.text))
        elif isinstance(block, Para) and block.role in ("subtitle", "footer"):
            setattr(sheet, block.role, block.text)
        elif isinstance(block, Para):
            sheet.sections[-1].paragraphs.append(block)
        elif isinstance(block, Bullets):
            sheet.sections[-1].bullets += [Item(item) for item in block.items]
    return out


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def line_findings(text: str) -> dict:
    """What `billkit check` finds in ``text``, each line read as a passage of its own ("line 1", ...):
    practice id to its finding."""
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    passages = [Passage(line, f"line {i}") for i, line in enumerate(text.split("\n"), 1)]
    return {finding.id: finding for finding in check_passages(passages)}


def passage_findings(*texts: str) -> dict:
    """What `billkit check` finds when each of ``texts`` is a passage of its own ("line 1", ...): practice id
    to its finding."""
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    passages = [Passage(text, f"line {i}") for i, text in enumerate(texts, 1)]
    return {finding.id: finding for finding in check_passages(passages)}


def passage_finding(practice: str, *texts: str):
    """The finding for ``practice`` when each of ``texts`` is a passage of its own."""
    return passage_findings(*texts)[practice]


def passage_status(practice: str, *texts: str) -> str:
    """The status for ``practice`` when each of ``texts`` is a passage of its own."""
    return passage_findings(*texts)[practice].status


def file_findings(folder: Path, name: str, text: str) -> dict:
    """What `billkit check` finds in ``text`` read as a text file (``folder``/``name``.txt), as a reviewer ran
    it: practice id to finding."""
    from billkit.check.rules import check_bill

    path = folder / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return {finding.id: finding for finding in check_bill(path)}


def file_statuses(folder: Path, name: str, text: str) -> dict[str, str]:
    """The status of each practice in ``file_findings``."""
    return {practice: finding.status for practice, finding in file_findings(folder, name, text).items()}


def round_cases_test(cases: list[tuple[str, str, str, str]]):
    """The test a corpus round's module ends with: each case (name, text, practice, status), a real quote from
    one of the round's tuning files or a neighbour written for the tests, read as a file, has that status."""

    @pytest.mark.parametrize(("name", "text", "practice", "status"), cases, ids=[case[0] for case in cases])
    def test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would(tmp_path, name, text, practice, status):
        assert file_statuses(tmp_path, name, text)[practice] == status

    return test_the_round_s_texts_and_neighbours_read_as_a_lawyer_would


def probe_texts(probes) -> dict[str, str]:
    """A probe table's texts by name: rows of (name, practice, status, text)."""
    return {name: text for name, _, _, text in probes}


@dataclass(frozen=True)
class ProbeReview:
    """A folder of blind probes (``tests/probes/roundNN``): each probe's text in ``<name>.txt``, and in
    ``expected.yaml`` the status its reviewer gave each practice judged, with why."""

    folder: Path
    expected: dict = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> ProbeReview:
        import yaml

        return cls(folder, yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8")))

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(probe, practice, status) for every judgement."""
        return [
            (name, practice, want["status"])
            for name, judged in self.expected.items()
            for practice, want in judged.items()
        ]

    def statuses(self) -> dict[str, dict[str, str]]:
        """What `billkit check` says of each probe: probe to practice to status."""
        from billkit.check.rules import check_bill

        return {
            name: {f.id: f.status for f in check_bill(self.folder / f"{name}.txt")} for name in self.expected
        }

    def judgements(self, prefix: str, practice: str) -> list[str]:
        """The statuses the reviewer gave ``practice``, one a judgement, over the probes whose names start
        with ``prefix``."""
        return [s for name, judged, s in self.rows if name.startswith(prefix) and judged == practice]

    def statuses_by_practice(self, prefix: str = "") -> dict[str, set[str]]:
        """Each judged practice's expected statuses, over the probes whose names start with ``prefix``."""
        found: dict[str, set[str]] = {}
        for name, practice, status in self.rows:
            if name.startswith(prefix):
                found.setdefault(practice, set()).add(status)
        return found

    def counts(self) -> dict[str, int]:
        """How many judgements give each status."""
        return {
            s: sum(1 for *_, status in self.rows if status == s)
            for s in ("present", "partial", "absent", "contrary")
        }
