"""Amending real statutes: each section in tests/corpus/statutes/ (quoted with its citation and
source) is parsed into its divisions and amended, and both are compared with the reviewed output
kept beside it (<name>.expected.yaml).

To write the expected files again after a deliberate change, run
``python tests/test_amend_corpus.py --write`` and review every difference before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from billkit.build import amend_statute
from billkit.build.divisions import format_statute, parse_statute
from billkit.model import Block, Run, Section
from billkit.spec import AmendSpec

STATUTES = Path(__file__).parent / "corpus" / "statutes"
FILES = sorted(STATUTES.glob("*.txt"))

AFTER = {
    "ca-penal-1016.5": "(a)",
    "mi-mcl-780.621": "(1)(a)",
    "mn-stat-609A.025": "(a)",
    "oh-rc-2953.36": "(B)",
    "tx-gov-411.0725": "(a)",
    "wa-rcw-9.94A.640": "(1)",
    "pa-18pacs-9122.3": "(a)(2)(iv)(B)",
}
"""Where the test clause goes in each section it is inserted into (elsewhere it is added at the end)."""


def _block(label: str, text: str, *children: Block) -> Block:
    return Block(runs=(Run(text),), label=label, children=children)


CLAUSE = Section(
    id="test-clause",
    number=1,
    label="",
    heading="",
    title="Test clause",
    body=(
        _block("(a)", "A person may obtain a copy of a record described in subsection (b)."),
        _block(
            "(b)",
            "Subsection (a) applies to:",
            _block("(1)", "a sealed record; and"),
            _block("(2)", "an order under paragraph (1) of subsection (b) or under subsection (a)."),
        ),
    ),
)
"""A clause in the model bill's own scheme, whose cross-references must follow it into a statute."""


def read(path: Path) -> tuple[dict, str]:
    header, _, text = path.read_text(encoding="utf-8").partition("\n---\n")
    return yaml.safe_load(header), text


def state_of(path: Path) -> str:
    return path.name[:2].upper()


def expected_for(path: Path) -> dict:
    """What billkit makes of the section: its tree, its text as printed, and the text amended."""
    header, text = read(path)
    statute = parse_statute(text)
    tree = [
        f"{'  ' * d.level}{d.label or '-'} {d.kind}{' run-in' if d.run_in else ''}" for d in statute.walk()
    ]
    spec = AmendSpec(
        citation=header["citation"], current_text=text, after=AFTER.get(path.stem), clauses=(CLAUSE.id,)
    )
    _current, amended = amend_statute(spec, [CLAUSE], state_of(path))
    return {
        "ladder": list(statute.ladder),
        "tree": tree,
        "text": format_statute(statute),
        "after": AFTER.get(path.stem),
        "amended": format_statute(amended),
    }


def expected_path(path: Path) -> Path:
    return path.with_suffix(".expected.yaml")


def test_the_statute_corpus_spans_eight_sections_from_six_states():
    states = {state_of(path) for path in FILES}
    assert len(FILES) >= 8 and len(states) >= 6, (len(FILES), states)
    for path in FILES:
        header, _text = read(path)
        assert header["citation"] and header["source"].startswith("http"), path.name
        assert expected_path(path).is_file(), f"{path.name} has no reviewed expected output"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_real_section_parses_and_amends_as_reviewed(path):
    expected = yaml.safe_load(expected_path(path).read_text(encoding="utf-8"))
    assert expected_for(path) == expected


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_printing_a_parsed_section_keeps_every_word(path):
    _header, text = read(path)
    printed = format_statute(parse_statute(text))
    assert printed.split() == text.split()


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    for path in FILES:
        dumped = yaml.safe_dump(expected_for(path), allow_unicode=True, sort_keys=False, width=100)
        expected_path(path).write_text(dumped, encoding="utf-8")
