"""The content's schema: pydantic models for clauses, the act, jurisdiction records and words files.

Loading (reading files, naming the file in an error) is ``library``'s job; these models say what
a valid file holds.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from .statelaw import Graded, Pleas, PracticeLaw, ReliefLaw, SentenceCap, Severability

Practice = Literal[
    "vacatur-for-cause",
    "rebuttable-presumption",
    "court-jurisdiction",
    "record-access",
    "federal-records",
    "public-education",
    "scaffold",
]
"""What a clause serves: one of the immigrant-safe practices, or the bill's scaffolding."""

PRACTICES: tuple[str, ...] = tuple(p for p in get_args(Practice) if p != "scaffold")
"""The immigrant-safe practices, in the guidance's order; ids are fixed across the project."""

Source = Literal["guidance", "original"]
ClauseId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
ParamName = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Param(_Strict):
    """A value a drafter may set; ``default`` of ``None`` means the bill cannot be built without it."""

    name: ParamName
    default: str | int | None = None
    description: Text
    type: Literal["text", "count"] = "text"
    """``count``: a number of days or items, which a drafter's value must give as a whole number
    of at least 1 (the default may stay a bracketed placeholder such as "[30]")."""


class Item(_Strict):
    """One provision of a clause's text, with the provisions under it."""

    text: Text
    id: str | None = Field(
        default=None, description="a name other documents use to find this provision (a packet quotes it)"
    )
    source: Source | None = None
    quotes_guidance: bool = Field(
        default=False,
        description=(
            "true when the item is an instruction that adds the guidance's sample language, in"
            " quotation marks, to existing law, rather than the sample language itself"
        ),
    )
    when: str | None = Field(
        default=None, description="a sandboxed Jinja expression; the item is left out when false"
    )
    items: tuple[Item, ...] = ()

    @field_validator("items", mode="before")
    @classmethod
    def _strings_are_items(cls, value: Any) -> Any:
        return _as_items(value)


def _as_items(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [{"text": v} if isinstance(v, str) else v for v in value]
    return value


class Authority(_Strict):
    """A citation in full form; ``when`` (a sandboxed Jinja expression) limits where it is cited."""

    cite: Text
    when: str | None = None


class Clause(_Strict):
    """A model clause: statutory text with its note, comment and authorities."""

    id: ClauseId
    title: Text
    practice: Practice
    source: Source
    order: int
    aim: str | None = Field(
        default=None, description="what the clause achieves, as a predicate for the findings"
    )
    credit: str | None = Field(
        default=None,
        description=(
            "what testimony thanks a pending bill for when it has the practice, as a predicate: no more "
            "than `billkit check` can see in a bill (default: the aim)"
        ),
    )
    credit_title: str | None = Field(
        default=None,
        description=(
            "the label over that thanks, where the title names more than a bill with the practice need "
            "give (default: the title)"
        ),
    )
    lead: str | None = None
    ladder: Literal["subsections", "definitions"] = "subsections"
    codified: bool = True
    """False for a section that stays out of the code (short title, findings, effective date,
    severability): a form that enacts code sections in one wrapping section leaves it outside."""
    text: tuple[Item, ...] = Field(min_length=1)
    params: tuple[Param, ...] = ()
    legislative_note: Text
    comment: Text
    summary: str | None = Field(default=None, description="what the section does, in plain words")
    why: str | None = Field(default=None, description="why it matters for immigrants, in a sentence")
    problem: str | None = Field(default=None, description="the problem a practice solves (handouts)")
    question: str | None = Field(default=None, description="a discussion question for a training")
    authorities: tuple[Authority, ...] = ()
    requires: tuple[ClauseId, ...] = ()
    excludes: tuple[ClauseId, ...] = ()

    @field_validator("text", mode="before")
    @classmethod
    def _strings_are_items(cls, value: Any) -> Any:
        return _as_items(value)

    @field_validator("authorities", mode="before")
    @classmethod
    def _strings_are_authorities(cls, value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [{"cite": v} if isinstance(v, str) else v for v in value]
        return value

    @property
    def citations(self) -> tuple[str, ...]:
        """Every authority's citation, whatever its condition."""
        return tuple(a.cite for a in self.authorities)

    def param(self, name: str) -> Param:
        for param in self.params:
            if param.name == name:
                return param
        raise KeyError(name)

    def items(self) -> Iterable[tuple[Item, Source]]:
        """Every item of the text, depth first, with the source it inherits."""

        def walk(items: tuple[Item, ...]):
            for item in items:
                yield item, item.source or self.source
                yield from walk(item.items)

        return walk(self.text)


class _Read(Graded):
    """A graded fact that names where it was read; only a fact graded 'unverified' may name nowhere."""

    source: str | None

    @model_validator(mode="after")
    def _sourced_or_marked(self) -> _Read:
        self._unsourced(f"a fact graded {self.grade!r}", self.source)
        return self


class Fact(_Read):
    """One fact about a jurisdiction, with where it was read and how far it can be trusted. A verified
    ``None`` means "none" (no circuit)."""

    value: str | int | None
    note: str | None = None
    year: int | None = None


class CompactFact(Fact):
    value: Literal["ratified", "mou", "non-party", "not-verified"]


class CircuitFact(Fact):
    value: int | Literal["DC"] | None

    @field_validator("value")
    @classmethod
    def _a_circuit(cls, value: Any) -> Any:
        if isinstance(value, int) and not 1 <= value <= 11:
            raise ValueError("a numbered circuit is 1 to 11")
        return value


class JurisdictionFacts(_Strict):
    style: Fact
    legislature: Fact
    enacting_clause: Fact
    circuit: CircuitFact
    compact: CompactFact
    central_repository: Fact


class EnactForm(_Strict):
    """How a jurisdiction's bills enact new code sections: all in one numbered section that lists
    them (Ohio: "Section 1. That sections ___ of the Revised Code be enacted to read as follows:"),
    each then printed under a label of its own ("Sec. ___.")."""

    lead: Text
    """The wrapping section's words: ``{{ sections }}`` the new sections' keys, ``{{ count }}``."""
    label: Text
    """Each new section's label; ``{{ key }}`` is its bracketed key ("Sec. [A].")."""
    reference: Text
    """How the bill refers to a new section: ``{key}`` ("section [{key}] of the Revised Code")."""
    unit: Text = "section"
    """The code's word for what the bill adds, as a provision speaks of itself ("this section"; Texas's
    Code of Criminal Procedure: "this article")."""
    scope: Text | None = None
    """How a new definitions section names what its definitions govern, once it is part of the code
    and "this act" no longer fits: ``{first}`` and ``{last}`` are the first and last new sections'
    keys (Ohio: "As used in sections [{first}] to [{last}] of the Revised Code")."""
    whole: Text | None = None
    """How a new section names all the law the bill adds, where an uncodified act says "this act"
    (Texas: "this chapter"; Ohio: "sections [{first}] to [{last}] of the Revised Code"). A new section
    dates itself by its own effective date ("the effective date of this section")."""
    headings: bool | None = None
    """Whether a new code section prints its catchline after its label, where that differs from the
    bill's own sections (Virginia: "§ 63.2-209.1. Office of Immigrant Assistance." under an enactment
    "1." that has none); ``None``: as the bill's sections do."""


class LineNumbering(_Read):
    """How a jurisdiction numbers the lines of its printed bills: again from 1 on each page (a
    floor amendment cites "page 3, line 12"), or straight through the bill ("line 345")."""

    restart: Literal["page", "continuous"]


class BillForm(_Strict):
    """How a jurisdiction's bills look where that is known; absent, billkit uses the ULC form."""

    name: Text
    source: Text
    caption: tuple[Text, ...] = ()
    long_title: Text
    after_title: tuple[Text, ...] = ()
    """Lines printed between the long title and the enacting clause that are not part of the bill
    (California's slot for the Legislative Counsel's Digest)."""
    notes: tuple[Text, ...] = ()
    """Drafter's notes on the jurisdiction's form that an annotated draft prints after the enacting
    clause (California's operative dates and state-mandated local programs)."""
    first_section: Text = "SECTION {{ n }}."
    section: Text = "SECTION {{ n }}."
    new_section: Text | None = None
    """How a section that adds law, rather than amending a section of the code, opens where the
    jurisdiction marks it (Washington: "NEW SECTION. Sec. {{ n }}."); absent, as any other section."""
    headings: bool = True
    heading_case: Literal["upper", "sentence"] = "upper"
    """How a section's heading prints: in capitals ("SHORT TITLE."), or as written ("Short title.")."""
    numbering_step: int = Field(default=1, ge=1)
    """What the bill's sections after the first count by: Illinois numbers them by fives."""
    numbers: dict[str, int] = {}
    """Numbers some sections take wherever they stand, by clause id (Illinois: "severability": 97,
    "effective-date": 99)."""
    enacting_caps: bool = False
    amend_lead: Text | None = None
    """How a section amending existing law opens; absent, the bill words' ``amendment.lead``."""
    enact: EnactForm | None = None
    codify: Text | None = None
    """The section that says where the act's new sections go in the code (Washington: "Sections 3
    through 9 of this act constitute a new chapter in Title [__] RCW."): its words, with
    ``{{ sections }}`` (the codified sections' numbers) and ``{{ count }}``."""
    repeal: Text | None = None
    """Where the jurisdiction's bills repeal the existing text of each section they amend, in a
    section of its own after the amending ones (Ohio: "That existing section ___ of the Revised
    Code is hereby repealed."): its words, with ``{{ citations }}`` and ``{{ count }}``."""
    line_numbers: LineNumbering | None = None
    """How its bills' lines are numbered; absent, on each page, which is the usual practice but
    not verified for that jurisdiction."""
    this_state: Text | None = None
    """How its statutes name the jurisdiction itself where not the usual "this state" (Illinois:
    "this State")."""
    act_word: Text = "act"
    """How the bill names itself in its text: "This act ...", or Texas's "This Act ..."."""
    reference: Text = "Section {n}"
    """How the bill refers to one of its own sections: ``{n}`` is the number, ``{words}`` the
    number in words ("Section {n} of this Act"; "section {words} of this act")."""

    @field_validator("reference")
    @classmethod
    def _reference_fields(cls, value: str) -> str:
        try:
            fields = {name for _, name, _, _ in string.Formatter().parse(value) if name is not None}
        except ValueError as exc:
            raise ValueError(f"not a valid reference pattern ({exc})") from None
        if not fields or fields - {"n", "words"}:
            raise ValueError("a reference pattern uses {n} or {words} for the number, and nothing else")
        return value


class AmendmentMarks(_Strict):
    """How a jurisdiction's bills show changes to existing law."""

    inserted: Literal["underline", "italic", "bold-caps"] = "underline"
    deleted: Literal["strike", "brackets", "struck-brackets", "struck-double-parentheses"] = "strike"
    explanation: Text | None = None
    """The line above a bill that amends existing law; absent, the bill words' default."""
    source: Text = "billkit's default"


class JurisdictionRecord(_Strict):
    """A jurisdiction's data file: ``jurisdictions/<code>.yaml``."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    name: Text
    facts: JurisdictionFacts
    form: BillForm | None = None
    marks: AmendmentMarks = AmendmentMarks()
    relief: ReliefLaw | None = None
    """The jurisdiction's own clearance statute and word for the relief."""
    practices: dict[Practice, PracticeLaw] = {}
    """Where the jurisdiction's law stands on each practice of the guidance."""
    severability: Severability | None = None
    """Its general severability statute, or the record that none was found; absent: not researched."""
    pleas: Pleas | None = None
    """Its pleas of guilt, where they are not the model's "guilty or nolo contendere"."""
    sentence_cap: SentenceCap | None = None
    """Its cap on misdemeanor jail terms below one year, where it has one."""

    def unverified_facts(self) -> list[str]:
        """The names of the facts a draft must flag for the drafter to check."""
        return [name for name in JurisdictionFacts.model_fields if not getattr(self.facts, name).verified]


class CommunitySection(_Strict):
    id: str
    heading: str
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


class CommunityHelp(_Strict):
    heading: str
    intro: str
    generic: str


class CommunityText(_Strict):
    """A community handout's words in one language: ``handouts/community.<lang>.yaml``."""

    lang: Literal["en", "es"]
    title: str
    subtitle: str
    sections: tuple[CommunitySection, ...] = Field(min_length=1)
    help: CommunityHelp
    footer: str
    reviewed: dt.date
    """When the words were last checked against the law: the handout's "Updated" line, unless the user
    gives another date."""


class PrefatoryPart(_Strict):
    heading: str | None = None
    text: Text


class Act(_Strict):
    """What a bill carries besides its sections: titles, enacting clause, prefatory note."""

    subject: Text
    long_title: Text
    cover_subtitles: tuple[Text, ...] = ()
    cover: tuple[Text, ...] = ()
    guidance_name: Text
    prefatory_note: tuple[PrefatoryPart, ...]
