"""What each jurisdiction's law already provides for the six practices, as data with its sources.

A jurisdiction's record (``jurisdictions/<code>.yaml``) may say, for each practice of the guidance,
where the jurisdiction stands (``STATUSES``): it already has the practice, has part of it, has
nothing found, has law that works against it, or nobody has found out. Each status carries the
citations it rests on, their source and grade, the provisions that work against the practice
(quoted where the words were read), and one plain sentence in English and in Spanish for the
community handout. The record also names the jurisdiction's own clearance statute and the word
its law uses for the relief, with every grammatical form a bill needs.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

Grade = Literal["strong", "strong-copy", "secondary", "weak", "unverified"]
"""How a fact was read: the official text, a faithful copy, a secondary page, an inference, or not."""
VERIFIED_GRADES = frozenset({"strong", "strong-copy", "secondary"})
"""Grades a bill may rely on without a drafter's note; "weak" and "unverified" get one."""
STATUSES = ("has", "partly", "none", "against", "unknown")
Status = Literal["has", "partly", "none", "against", "unknown"]
STATUS_WORDS = {
    "has": "has it",
    "partly": "partly",
    "none": "none found",
    "against": "works against",
    "unknown": "unknown",
}
"""How a status reads in a table."""
PROTECTIONS = frozenset({"has", "partly"})
"""The statuses that count as a protection the jurisdiction already gives, in full or in part."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Graded(_Record):
    """A record graded by how far its source can be trusted."""

    grade: Grade

    @property
    def verified(self) -> bool:
        """Read on a source a bill may rely on; otherwise a draft brackets it and says to verify it."""
        return self.grade in VERIFIED_GRADES

    def _unsourced(self, subject: str, source: str | None) -> None:
        """Refuse a graded claim about ``subject`` that names no source (only 'unverified' may)."""
        if self.grade != "unverified" and not (source and source.strip()):
            raise ValueError(f"{subject} needs a source, or the grade 'unverified'")


_CASE = re.compile(
    r"\bv\.\s|\bMatter of\b|\bIn re\b|\bEx parte\b|-Ohio-\d|\b\d{4}-[A-Z]{2,5}-\d|\b\d{4} [A-Z][A-Za-z.]* \d"
)
"""A case citation ("X v. Y", "Matter of", "2016-Ohio-7796", "2004-NMSC-036", "2017 WI 104")."""
_LAW = re.compile(r"§|\bart\.\s|\bR\.|\bRule\b|\bG\.S\.|\bComp\.\s+Stat\.\s+\d")
"""What a statute's or a court rule's citation carries (Illinois's "725 Ill. Comp. Stat. 5/113-8" has no
section sign)."""
_NOT_LAW = re.compile(r"\b(?:note|annotations?|guidance|history|summary|as recited)\b", re.IGNORECASE)
"""Words that mark a citation as about a law rather than the law itself."""


class Contrary(_Record):
    """A provision that works against a practice.

    ``override`` records billkit's judgement of whether the section carrying the practice must
    displace the provision by name: ``True`` (its operative text names it, in ``in_text`` form),
    ``False`` (judged not to be named: it stands, for the reason in ``why``), or unset (not
    judged, or not yet citable: the note tells the drafter to deal with it)."""

    citation: str
    quote: str | None = None
    """The provision's own words, where they were read."""
    source: str | None = None
    grade: Grade
    override: bool | None = None
    in_text: str | None = None
    """How the jurisdiction's own bills cite the provision in operative text ("Article 26.13(c),
    Code of Criminal Procedure"); without it, the operative text keeps the Bluebook citation."""
    why: str | None = None
    """The reason for the judgement, for the Legislative Note."""

    @model_validator(mode="after")
    def _sourced(self) -> Contrary:
        if self.source is None and self.grade != "unverified":
            raise ValueError(f"the contrary provision {self.citation!r} has a grade but no source")
        if self.override:
            _overridable(self)
        return self

    @property
    def is_case(self) -> bool:
        """A court's decision: a bill can answer it, never override it."""
        return bool(_CASE.search(self.citation))

    @property
    def operative(self) -> str:
        """The citation as the section's operative text prints it."""
        return self.in_text or self.citation


def _overridable(entry: Contrary) -> None:
    """Only a statute or court rule, read in its own words on a verified source, is named in a law."""
    if _CASE.search(entry.citation):
        raise ValueError(f"{entry.citation!r} is a case: a section overrides statutes and rules, never cases")
    if not _LAW.search(entry.citation) or _NOT_LAW.search(entry.citation):
        raise ValueError(f"{entry.citation!r} is not cited as a statute or court rule: nothing to override")
    if not entry.quote:
        raise ValueError(f"override of {entry.citation!r} needs the provision's own words in 'quote'")
    if entry.grade not in VERIFIED_GRADES:
        raise ValueError(f"override of {entry.citation!r} needs a verified grade, not {entry.grade!r}")


class Plain(_Record):
    """One sentence for the community handout, in each of its languages."""

    en: str
    es: str


class _Sourced(Graded):
    """A record of law read somewhere: it names its source, or is graded 'unverified'."""

    source: str | None = None

    def _subject(self) -> str | None:
        """What the record cites, as an error names it; ``None`` when it cites nothing to source."""
        raise NotImplementedError

    @model_validator(mode="after")
    def _sourced(self):
        subject = self._subject()
        if subject:
            self._unsourced(subject, self.source)
        return self


class LawNote(_Sourced):
    """Another provision of the jurisdiction's law that a drafter must fit the section to, though it
    neither gives nor works against the practice (New York appeals a denied CPL 440.10 motion only by
    permission): what it means for the section, in billkit's words, and the provision, quoted."""

    citation: str
    quote: str | None = None
    says: str

    def _subject(self) -> str:
        return f"the provision {self.citation!r}"


class PracticeLaw(Graded):
    """Where a jurisdiction's law stands on one practice."""

    status: Status
    summary: str
    """For a drafter: what the law already provides and what it lacks, in a sentence or two."""
    citations: tuple[str, ...] = ()
    beside: str | None = None
    """The existing provision the model section would amend or stand beside."""
    apart: str | None = None
    """Why the model section must stand apart from ``beside`` rather than amend it (placed in Pennsylvania's
    Post Conviction Relief Act, the motion would take on the Act's bars); unset, it may be either."""
    source: str | None = None
    contrary: tuple[Contrary, ...] = ()
    notes: tuple[LawNote, ...] = ()
    """Other provisions the section must fit, each with what it means for the section."""
    plain: Plain

    @model_validator(mode="after")
    def _grounded(self) -> PracticeLaw:
        if self.status in ("has", "partly", "against") and not (
            self.citations or self.contrary or self.source
        ):
            raise ValueError(f"a status of {self.status!r} needs the citation or source it rests on")
        if self.citations:
            self._unsourced("a cited status", self.source)
        if self.status == "against" and not self.contrary:
            raise ValueError("a status of 'against' needs the contrary provision")
        return self

    @property
    def own_citations(self) -> tuple[str, ...]:
        """The citations of what the law gives toward the practice: those of its record that are not
        also named as working against it (a record may cite both in ``citations``)."""
        against = {c.citation for c in self.contrary}
        return tuple(c for c in self.citations if c not in against)

    @property
    def overrides(self) -> tuple[str, ...]:
        """The provisions the section names in its operative text, cited as the state's bills do."""
        return tuple(c.operative for c in self.contrary if c.override)


class ReliefForms(_Record):
    """Every form of the relief's name a bill needs: "sealing", "a sealing", "sealings", "seal",
    "sealed"; ``adj_after`` where the adjective is a phrase that follows its noun ("a record
    subject to an order of nondisclosure")."""

    noun: str
    a_noun: str
    plural: str
    verb: str
    participle: str
    adj: str
    adj_after: bool = False


class OtherRelief(_Sourced):
    """Another statute of the jurisdiction that clears records, under a word of its own."""

    term: str
    statute: str
    in_text: str | None = None
    """The statute as the jurisdiction's bills cite it in their operative text ("section 2953.32 of
    the Revised Code"); the Bluebook form ``statute`` stands in where it is not known."""

    def _subject(self) -> str:
        return f"the statute {self.statute!r}"


class Disposition(_Sourced):
    """A disposition of the jurisdiction's courts that its law does not call a conviction, though it follows
    a plea or a finding of guilt, so that immigration law usually does: the statute that provides it, where
    that was read, and one plain sentence for the community handout."""

    statute: str
    plain: Plain

    def _subject(self) -> str:
        return f"the disposition under {self.statute!r}"


class ReliefLaw(_Sourced):
    """The jurisdiction's own clearance statute and its word for the relief."""

    term: str
    forms: ReliefForms
    statute: str
    in_text: str | None = None
    """As for :class:`OtherRelief`: the citation a bill's operative text uses."""
    statute_name: str | None = None
    statute_word: str | None = None
    """The statute's own word, where ``term`` joins it with the word of another statute (Texas:
    "order of nondisclosure", in the term "order of expunction or nondisclosure")."""
    vacatur_word: bool = False
    """True where the law calls rehabilitative relief a vacatur or vacation (it is not one for
    legal error, and a draft must say so)."""
    also: tuple[OtherRelief, ...] = ()
    """Its other clearance statutes (Texas: expunction beside nondisclosure), which the
    definition of the relief must reach too."""
    disposition: Disposition | None = None
    """For the community handout, a disposition the state does not call a conviction that
    immigration law usually does (Maryland's probation before judgment after a guilty plea)."""

    @property
    def heading(self) -> str | None:
        """The statute's heading up to its first break ("Expungement of criminal records")."""
        if not self.statute_name:
            return None
        return re.split(r" -- | — |; ", self.statute_name)[0].rstrip(". ")

    def _subject(self) -> str:
        return "the clearance statute"


class Pleas(_Sourced):
    """The pleas by which a defendant admits guilt in the jurisdiction's courts, as they follow "a plea of"
    ("guilty, guilty but mentally ill, or nolo contendere"), where they differ from the model's "guilty or
    nolo contendere"."""

    words: str
    citation: str

    def _subject(self) -> str:
        return f"the list of pleas in {self.citation!r}"


class Severability(_Sourced):
    """The jurisdiction's general severability statute: the rule of construction that keeps the rest of a
    statute in force when a court strikes part of it, so that a bill need not carry its own clause.
    ``citation`` is ``None`` where a search found none (``note`` says what was searched)."""

    citation: str | None = None
    quote: str | None = None
    """The statute's operative words, where they were read."""
    reaches: str | None = None
    """What it governs, from its words: "all" (every statute), "code" (codified sections only), or a
    narrower phrase."""
    exception: str | None = None
    """Words that let an act opt out ("unless the statute provides otherwise"), quoted."""
    note: str | None = None

    def _subject(self) -> str | None:
        return f"the severability statute {self.citation!r}" if self.citation else None

    @model_validator(mode="after")
    def _quoted(self) -> Severability:
        if self.quote and not self.citation:
            raise ValueError("a quoted severability statute needs its citation")
        return self

    @property
    def verified(self) -> bool:
        return self.citation is not None and super().verified


class SentenceCap(_Sourced):
    """The jurisdiction's cap on a misdemeanor's jail term below one year (364 days), which federal law
    reads at the time of conviction: a cap helps convictions entered after it, not earlier ones."""

    citation: str
    quote: str | None = None
    """The words that set the maximum, where they were read."""
    reaches: str = "a misdemeanor"
    """The offenses it caps, as they follow "the jail term for" ("a class A misdemeanor")."""
    since: int | None = None
    """The year it took effect, where the source says so."""
    offense_date: bool = False
    """Whether it governs by the date of the offense (Colorado), not of the conviction."""
    retroactive: bool | None = None
    """Whether its own words reach sentences imposed before it (``None``: not known)."""
    resentence: str | None = None
    """The provision that lets a person sentenced before the cap apply to have the sentence reduced."""
    federal: str | None = None
    """A federal decision on whether the cap is given effect for immigration purposes, in full."""
    note: str | None = None

    def _subject(self) -> str:
        return f"the sentence cap {self.citation!r}"


def standing_rows(practices, lang: str = "en") -> list[tuple[str, str, str, str]]:
    """(practice, status, existing law, grade) for each of ``practices``, in the words of ``lang``."""
    from .words import words

    said = words("standing", lang)
    rows = []
    for practice, law in practices.items():
        # (a law that works against the practice is marked so: a time bar is not a protection the state has)
        against = [
            said.fill("against_mark", citation=c.citation)
            for c in law.contrary
            if c.citation not in law.citations
        ]
        cited = "; ".join(dict.fromkeys((*law.citations, *against)))
        cited = cited or (said["no_citation"] if law.status == "none" else "—")
        rows.append((said["practices"][practice], said["statuses"][law.status], cited, law.grade))
    return rows
