"""The likeness reader (billkit/check/likeness.py): what it adds to the rules, how it says so, and that the
shipped weights are what scripts/train_likeness.py makes from the repository's examples."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from billkit.check import likeness
from billkit.check.reading import Passage
from billkit.check.rules import check_passages

ROOT = Path(__file__).resolve().parent.parent
SUITE_5 = ROOT / "tests" / "corpus" / "paraphrases" / "suite-5.tsv"

# Written for these tests, in billkit's own words: the rules miss the first (a duty in the present tense, with
# no "shall" or "must", is not one the rules read). (Its recipients were "the agencies responsible for
# enforcing the immigration laws" until 2026-12-03: retrained on the thirty-eighth corpus round's tuning
# files, the reader puts that wording at 0.69, under its threshold of 0.7, and it now names them "federal
# agencies".)
SENT_TO_ENFORCEMENT = (
    "Sec. 3. Upon request, the department transmits any sealed record to the federal agencies responsible "
    "for enforcing the immigration laws."
)
FEE = (
    "Sec. 4. The clerk shall charge a fee of fifty dollars for each certified copy of an order issued under "
    "this act, payable to the general fund."
)


def findings(*texts: str) -> dict:
    return {f.id: f for f in check_passages([Passage(t, f"line {i}") for i, t in enumerate(texts, 1)])}


def trainer():
    spec = importlib.util.spec_from_file_location("train_likeness", ROOT / "scripts" / "train_likeness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_provision_no_rule_reads_is_contrary_by_likeness_and_says_so():
    found = findings(SENT_TO_ENFORCEMENT, FEE)["federal-records"]
    assert found.status == "contrary"
    assert found.evidence[0].quote == SENT_TO_ENFORCEMENT.removeprefix("Sec. 3. ")
    assert found.evidence[0].location == "line 1"
    assert "model trained on labelled examples found it, not a rule" in found.missing
    assert found.suggest == ["federal-records"]


def test_the_reader_adds_nothing_to_unrelated_text_or_to_what_the_rules_found():
    assert {f.status for f in findings(FEE).values()} == {"absent"}
    # a rule's own contrary finding keeps the rule's words, not the model's
    ruled = findings("Sealed records shall be made available to Immigration and Customs Enforcement.")
    assert ruled["federal-records"].status == "contrary"
    assert "model" not in ruled["federal-records"].missing


def test_the_reader_never_touches_a_practice_the_rules_found_present():
    text = (
        "The court shall vacate a conviction on the motion of a person if the conviction is legally invalid "
        "because of a prejudicial error that damaged the person's ability to understand the immigration "
        "consequences of a plea."
    )
    assert findings(text, SENT_TO_ENFORCEMENT)["vacatur-for-cause"].status == "present"


def test_short_pieces_are_not_read():
    assert likeness.contrary_sentences([("Sec. 3. (a) ICE.", "x")], ["federal-records"]) == {}


def test_the_shipped_weights_are_what_training_gives(tmp_path):
    """Retraining from the repository's examples gives the same probabilities (to float16 rounding); if
    this fails after a suite or the tuning split changed, run `python scripts/train_likeness.py`."""
    train = trainer()
    with np.load(likeness.MODEL, allow_pickle=False) as shipped:
        meta = json.loads(str(shipped["meta"]))
    assert meta["suites_sha256"] == train.provenance()["suites_sha256"], "retrain: the suites changed"
    pairs, vocabulary = train.examples()
    fresh = tmp_path / "fresh.npz"
    likeness.save(likeness.fit(pairs, vocabulary), fresh, train.provenance())
    lines = [line.split("\t")[2] for line in SUITE_5.read_text(encoding="utf-8").splitlines()[1:] if line]
    for practice in ("record-access", "federal-records", "court-jurisdiction"):
        old = likeness.probabilities(lines, practice)
        new = likeness.probabilities(lines, practice, fresh)
        assert max(abs(a[k] - b[k]) for a, b in zip(old, new, strict=True) for k in a) < 0.02


@pytest.mark.parametrize("practice", ["vacatur-for-cause", "rebuttable-presumption", "public-education"])
def test_a_provision_sending_records_to_federal_agencies_works_against_no_other_practice(practice):
    assert likeness.contrary_sentences([(SENT_TO_ENFORCEMENT, "x")], [practice]) == {}


def test_a_practice_the_rules_found_partly_there_is_not_asked_about():
    """A law that closes cleared records to immigration agencies, with a saving for status information, is a
    partial protection: the saving, which reads like a bar, does not make it contrary."""
    found = findings(
        "Sec. 2. (a) No agency shall give federal immigration authorities access to the record of a "
        "conviction that has been sealed or expunged.",
        "(b) Nothing in this section prohibits any official from sending to, or receiving from, federal "
        "immigration authorities information on the citizenship or immigration status of any individual.",
    )
    assert found["federal-records"].status == "partial"
    assert all(e.why != likeness.WHY for e in found["federal-records"].evidence)


def test_training_takes_the_sentence_a_labels_notes_quote_as_its_reason():
    """A tuning file labelled contrary teaches the reader the sentence its notes quote right after naming the
    practice and the label: not one quoted for another practice, nor one named without quotation marks."""
    notes = (
        "Record-access contrary: (b) 'the records shall not be opened ... except upon order of the court' "
        "for anyone, the subject included. Federal-records partial: 'shall report the order to the Federal "
        "Bureau of Investigation'. The clerk's index of sealed cases is no access rule."
    )
    text = [
        "(a) The clerk shall keep an index of sealed cases.",
        "(b) Sealed records shall not be opened to any person, the person who is their subject included, "
        "except upon order of the court.",
        "(c) The clerk shall report the order to the Federal Bureau of Investigation.",
    ]
    quoted = trainer().quoted_as_contrary
    assert quoted(notes, "record-access", text) == [text[1]]
    assert quoted(notes, "federal-records", text) == []
    # an apostrophe ("the court's") opens no quotation
    ending = "Court-jurisdiction contrary: the court's power ends 'when the sentence is served in full'."
    served = ["The court's jurisdiction ends when the sentence is served in full."]
    assert quoted(ending, "court-jurisdiction", served) == served


def test_the_testimony_asks_the_witness_to_confirm_what_the_model_found(library):
    from billkit.build.packet import build_packet

    from support import packet_spec, part

    def letter(packet) -> str:
        return " ".join(p.text for p in part(packet, "testimony"))

    found = check_passages([Passage(SENT_TO_ENFORCEMENT, "Sec. 3"), Passage(FEE, "Sec. 4")])
    packet = build_packet(packet_spec(bill_number="S. 4321"), library, findings=found)
    asked = letter(packet).split("What the committee must strike")[1]
    assert "transmits any sealed record to the federal agencies responsible for enforcing" in asked
    assert "[Before you testify: billkit’s statistical reader, not one of its rules, picked out" in asked
    # a rule's finding is asked to be struck without that caveat
    ruled = "Sealed records shall be made available to Immigration and Customs Enforcement."
    found = check_passages([Passage(ruled, "Sec. 3")])
    packet = build_packet(packet_spec(bill_number="S. 4321"), library, findings=found)
    assert "We ask the committee to strike it." in letter(packet)
    assert "statistical reader" not in letter(packet)
