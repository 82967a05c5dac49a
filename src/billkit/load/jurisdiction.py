"""What a bill needs to know about the jurisdiction it is drafted for, in the words it prints.

The generic jurisdiction fills every value with a ULC-style bracket for the drafter. A real
jurisdiction's values come from its record in ``jurisdictions/``; a fact that is not verified
is still used where it exists, and is listed in ``unverified`` so the draft can flag it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import UnknownNameError
from .words import words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .schema import AmendmentMarks, BillForm, JurisdictionRecord
    from .statelaw import PracticeLaw, ReliefLaw, SentenceCap, Severability

FACT_LABELS = {
    "style": "name and style",
    "legislature": "name of the legislature",
    "enacting_clause": "enacting clause",
    "circuit": "federal circuit",
    "compact": "Compact status",
    "central_repository": "central repository of criminal history records",
}


def __getattr__(name: str):
    """``GENERIC`` and ``GRADES_EXPLAINED``, read from the jurisdiction words on first use."""
    if name == "GENERIC":
        return generic()
    if name == "GRADES_EXPLAINED":
        return grades_explained()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class Jurisdiction:
    """The jurisdiction's words as clause templates use them (``{{ j.legislature }}``, ...).

    ``ninth_circuit`` is ``None`` when unknown (the generic bill), so templates can print the
    Ninth Circuit material in brackets as optional text. ``circuit`` is ``None`` both then and
    for a jurisdiction in no circuit (American Samoa).
    """

    code: str | None
    name: str
    style: str
    this_state: str
    legislature: str
    act_word: str
    enacting_clause: str
    central_repository: str
    ninth_circuit: bool | None = None
    circuit: str | None = None
    compact_note: str | None = None
    form: BillForm | None = None
    marks: AmendmentMarks | None = None
    unverified: tuple[tuple[str, str], ...] = ()
    """(fact name, drafter's note) for each fact that is weak or not verified."""
    practices: Mapping[str, PracticeLaw] = field(default_factory=dict)
    """Where the jurisdiction's law stands on each practice (empty for the generic bill)."""
    relief: ReliefLaw | None = None
    """Its own clearance statute and word for the relief."""
    severability: Severability | None = None
    """Its general severability statute, where researched."""
    pleas: str = "guilty or nolo contendere"
    """Its pleas of guilt, as they follow "a plea of"."""
    sentence_cap: SentenceCap | None = None
    """Its cap on misdemeanor jail terms below one year, where it has one."""
    sources: tuple[tuple[str, str], ...] = field(default=())
    """(what, "value — source (grade)") for each fact, for the draft's table of sources."""

    @property
    def is_generic(self) -> bool:
        return self.code is None

    @property
    def the_name(self) -> str:
        """The name as a sentence uses it: "Texas", "the District of Columbia"."""
        return _with_article(self.name)

    @property
    def relief_law(self) -> str | None:
        """Its clearance statutes' citations as a bill prints them ("A and B"), each with a
        drafter's bracket when it was not verified; ``None`` when billkit has none (the generic
        bill)."""
        if self.relief is None:
            return None
        from ..build.templating import series

        return series([self._cite(law) for law in (self.relief, *self.relief.also)])

    @property
    def relief_law_is_one_section(self) -> bool:
        """Whether the clearance statutes are one section, not several or a range ("et seq.", "§§", a
        chapter), so that a note may say "that section"."""
        if self.relief is None or self.relief.also:
            return False
        return not re.search(r"§§|\bet seq\.|\bch\.|\barts?\.|\bChapter\b", self.relief.statute)

    @property
    def relief_law_in_text(self) -> str | None:
        """The same statutes as the jurisdiction's bills cite them in operative text ("section 2953.32
        of the Revised Code"), each in Bluebook form where that form is not known, as alternatives
        ("A or B": relief is granted under one of them)."""
        if self.relief is None:
            return None
        from ..build.templating import series

        cited = [self._cite(law, in_text=True) for law in (self.relief, *self.relief.also)]
        return _by_code(cited) or series(cited, "or")

    def _cite(self, law, *, in_text: bool = False) -> str:
        cited = (law.in_text or law.statute) if in_text else law.statute
        if law.verified:
            return cited
        bracket = words("jurisdiction")["verify"].fill(
            "unconfirmed", what="clearance statute", name=self.the_name, source=law.source or ""
        )
        return f"{cited} {bracket}"

    def overrides(self, practice: str) -> tuple[str, ...]:
        """The provisions a section carrying ``practice`` names in its operative text ("notwithstanding
        ..."), as the jurisdiction's bills cite them; none for the generic bill or an unjudged one."""
        law = self.practices.get(practice)
        return law.overrides if law else ()

    @property
    def reference(self) -> str:
        """How the bill refers to its own sections (see :func:`cross_reference`)."""
        return self.form.reference if self.form else DEFAULT_REFERENCE


@functools.cache
def generic() -> Jurisdiction:
    """The model bill's jurisdiction: a ULC-style bracket for every value (``[State]``)."""
    w = words("jurisdiction")["generic"]
    return Jurisdiction(
        code=None,
        name=w["name"],
        style=w["style"],
        this_state=w["this_state"],
        legislature=w["legislature"],
        act_word=w["act_word"],
        enacting_clause=w["enacting_clause"],
        central_repository=w["central_repository"],
    )


def grades_explained() -> str:
    """Closes a state draft's page of sources, so a drafter knows what each grade promises."""
    return words("jurisdiction").fill("grades_explained")


DEFAULT_REFERENCE = "Section {n}"
"""How a bill without a form of its own refers to its sections, as ULC acts do ("Section 4")."""

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = "- - twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """A whole number from 0 to 999 in words, lower case: 4 -> "four", 21 -> "twenty-one"."""
    if not 0 <= n < 1000:
        raise ValueError(f"no words for {n}")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")


def cross_reference(pattern: str, n: int) -> str:
    """A reference to section ``n`` of the bill: ``{n}`` is the number, ``{words}`` it in words."""
    return pattern.format(n=n, words=number_words(n) if 0 <= n < 1000 else str(n))


def _with_article(name: str) -> str:
    return f"the {name}" if name.startswith(("District of", "Virgin Islands", "Northern", "United")) else name


def _this_state(style: str, name: str) -> str:
    """How an act refers to its own jurisdiction: "this state", "this Commonwealth", "the District"."""
    if style.startswith("State of"):
        return "this state"
    if style.startswith("Commonwealth of"):
        return "this Commonwealth"
    if style == "District of Columbia":
        return "the District"
    return style if not style.startswith(("Virgin Islands", "Northern")) else f"the {style}"


def _circuit_name(value) -> str:
    if value == "DC":
        return "District of Columbia Circuit"
    ordinals = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                "Tenth", "Eleventh"]  # fmt: skip
    return f"{ordinals[int(value) - 1]} Circuit"


def _compact_note(record: JurisdictionRecord, repository: str) -> str:
    """The federal-records note on the state's Compact status, and what subsection (a) adds to it.

    Whatever the status, the state takes part in the Interstate Identification Index and its
    contributing agencies answer for the quality of what they send; subsection (a) adds a
    duty in the state's own statutes, on a named office, with a deadline.
    """
    fact = record.facts.compact
    w = words("jurisdiction")["compact"]
    status = fact.value if fact.verified and fact.value in ("ratified", "mou", "non-party") else "unknown"
    context = {
        "name": _with_article(record.name),
        "compact": w["name"],
        "year": fact.year,
        "source": fact.source,
        "repository": repository,
    }
    return " ".join(w.fill(part, **context) for part in (status, "index", "adds"))


def _verify_note(name: str, fact_name: str, record: JurisdictionRecord) -> str:
    fact = getattr(record.facts, fact_name)
    missing = fact.value is None or (fact_name == "compact" and fact.value == "not-verified")
    return words("jurisdiction")["verify"].fill(
        "missing" if missing else "unconfirmed",
        what=FACT_LABELS[fact_name],
        name=_with_article(name),
        source=fact.source,
    )


def jurisdiction_from_record(record: JurisdictionRecord) -> Jurisdiction:
    """The words a bill for ``record``'s jurisdiction prints, with a bracket where a fact is missing."""
    facts = record.facts
    name = record.name
    style = str(facts.style.value) if facts.style.value else name
    repository = (
        f"the {facts.central_repository.value}"
        if facts.central_repository.value
        else generic().central_repository
    )
    circuit = facts.circuit.value
    unverified = tuple((fact, _verify_note(name, fact, record)) for fact in record.unverified_facts())
    sources = tuple((FACT_LABELS[name], _describe(name, getattr(facts, name))) for name in FACT_LABELS)
    return Jurisdiction(
        code=record.code,
        name=name,
        style=style,
        this_state=(
            record.form.this_state if record.form and record.form.this_state else _this_state(style, name)
        ),
        legislature=str(facts.legislature.value) if facts.legislature.value else generic().legislature,
        act_word=record.form.act_word if record.form else "act",
        enacting_clause=(
            str(facts.enacting_clause.value)
            if facts.enacting_clause.value
            else words("jurisdiction").fill("missing_enacting_clause", name=name)
        ),
        central_repository=repository,
        ninth_circuit=circuit == 9 if facts.circuit.verified else None,
        circuit=None if circuit is None else _circuit_name(circuit),
        compact_note=_compact_note(record, repository),
        form=record.form,
        marks=record.marks,
        practices=dict(record.practices),
        relief=record.relief,
        severability=record.severability,
        pleas=record.pleas.words if record.pleas else "guilty or nolo contendere",
        sentence_cap=record.sentence_cap,
        unverified=unverified,
        sources=sources,
    )


COMPACT_WORDS = {
    "ratified": "ratified",
    "mou": "memorandum of understanding (not ratified)",
    "non-party": "not a party",
    "not-verified": "not verified",
}


def _describe(name: str, fact) -> str:
    """One line of a draft's sources page: the value in words, its source and its grade."""
    if fact.value is None:
        value = "not found"
    elif name == "circuit":
        value = _circuit_name(fact.value)
    elif name == "compact":
        value = COMPACT_WORDS[fact.value]
    else:
        value = str(fact.value)
    if fact.year:
        value += f" ({fact.year})"
    source = fact.source or "no source found"
    return f"{value} — {source} ({fact.grade})"


@functools.cache
def _records():
    from .library import load_jurisdictions

    return load_jurisdictions()


def all_jurisdiction_codes() -> list[str]:
    """Every jurisdiction billkit has data for, by postal code."""
    return sorted(_records())


def get_record(name: str) -> JurisdictionRecord:
    """The record for a postal code or a name, in any case ("tx", "Texas", "district of columbia")."""
    records = _records()
    wanted = " ".join(name.split()).casefold()
    for code, record in records.items():
        if wanted in (code.casefold(), record.name.casefold()):
            return record
    known = [*records, *(r.name for r in records.values())]
    raise UnknownNameError("jurisdiction", name, known, list_hint="`billkit states` lists the jurisdictions")


def get_jurisdiction(name: str) -> Jurisdiction:
    """The jurisdiction a bill is drafted for, from a postal code or name."""
    return jurisdiction_from_record(get_record(name))


def resolve(code: str | None) -> Jurisdiction:
    """The jurisdiction ``code`` names (a postal code or a name), or the generic one for ``None``."""
    return get_jurisdiction(code) if code else generic()


_IN_CODE = re.compile(r"^(?P<word>[Ss]ection|RCW|s\.|§) (?P<number>[\w.:-]+)(?P<code> of (?:the|this) .+)?$")


def _by_code(cited: list[str]) -> str | None:
    """Sections of each code as its bills list them, in the code's order ("Section 851.93, 1203.4, or
    1203.425 of the Penal Code"; "RCW 9.94A.640 or 9.95.240"; Florida's "ss. 943.0585, 943.059, or
    943.0595"), one code after another ("... of the Penal Code or Section 11361.8 of the Health and
    Safety Code"); Maryland's "§§ 10-105, 10-105.1, or 10-110 of the Criminal Procedure Article"; ``None``
    unless every citation is a verified "Section N of the X" (or "RCW N", "s. N", "§ N of the X") and some
    code has two of them."""
    matches = [_IN_CODE.match(text) for text in cited]
    if len(cited) < 2 or not all(matches):
        return None
    codes: dict[tuple[str, str | None], list[str]] = {}
    for m in matches:
        codes.setdefault((m["word"], m["code"]), []).append(m["number"])
    if len(codes) == len(cited):
        return None
    from ..build.templating import series

    return series([_listed(word, numbers, code) for (word, code), numbers in codes.items()], "or")


def _listed(word: str, numbers: list[str], code: str | None) -> str:
    """Sections of one code: "Section 851.93, 1203.4, or 1203.425 of the Penal Code"."""
    from ..build.templating import series

    def order(number: str) -> list[tuple[int, str]]:  # RCW 9.94A.640 before 9.95.240
        return [(int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.:-]", number)]

    def decimal(number: str) -> tuple[int, str, str]:  # 851.93 before 1203.4; 943.0585 before 943.059
        whole, _, fraction = number.partition(".")  # 1203.4, then 1203.4a, then 1203.41
        digits = re.match(r"\d*", fraction).group()
        return (int(whole) if whole.isdigit() else -1, digits, fraction[len(digits) :])

    ordered = sorted(numbers, key=order if word in ("RCW", "§") else decimal)  # Maryland's § 10-105.1
    word = {"s.": "ss.", "§": "§§" if len(numbers) > 1 else "§"}.get(word, word)
    return f"{word} {series(ordered, 'or')}{code or ''}"
