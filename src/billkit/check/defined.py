"""Defined terms followed to where they are used: a term that brings federal agencies in, and terms that
carry a vacatur's ground.

State codes often define a term broadly ("'Authorized agency' means any court of this state, any criminal
justice agency, including federal agencies") and then open sealed records to it in another subsection ("A
sealed record shall be made available to an authorized agency upon request"). Neither sentence alone names
a federal recipient of cleared records; read together they do, as a lawyer reads them. So too a ground of
relief given only in a definition ("'Qualifying defect' means ... any other procedural or substantive defect";
a statute is "void" if a court has held it unconstitutional) and a grant that uses the term ("shall vacate the
judgment" of a conviction under a statute "that is void").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .barred import PETITION_TURNED_AWAY
from .grounds import DEFECT, VACATE
from .vocabulary import AGENCY, DENIAL, MODAL, RELIEF

DEFINITION = re.compile(
    r"[\"“']([a-z][a-z' -]{2,40}?)[\"”']\s*"
    r"(?:means|includes|shall mean|shall include|has the meaning|if|when)\b"
    r"([^.]{0,400})"
)
"""A definition: the term in quotation marks, then what it means."""
FEDERAL_MEMBER = re.compile(
    r"\bfederal (?:agenc|government|law enforcement|authorit|officer|official)\w*|"
    r"\bagenc(?:y|ies)\b[^.;]{0,160}?\bof the united states\b|" + AGENCY
)
"""Words in a definition that take in a federal agency or an immigration authority ("a governmental agency or
any subunit of one, of this state, of another state, or of the United States")."""
IMMIGRATION_AGENCY = re.compile(AGENCY)
"""An immigration agency named in a definition."""
NAMES_IMMIGRATION = re.compile(r"immigra|homeland|\bice\b|customs|border")
"""A term that says itself what it is about ("immigration detainer request")."""
LEFT_OUT = re.compile(r"\b(?:does not include|other than|except|excluding|but not)\b")
"""Words that may leave the federal member out of the term ("... but does not include a federal agency")."""
OPENED_TO = (
    r"\b(?:available|accessible|open|disclos(?:e|es|ed)|releas(?:e|es|ed)|furnish(?:es|ed)?|provided?|disseminat(?:e|es|ed)|"
    r"shar(?:e|es|ed))\b[^.;]{0,100}\bto (?:an? |the |any |each |every |all |such )?"
)
"""Records opened to someone ("shall be available to", "shall furnish a record to"); the term follows."""


@dataclass(frozen=True)
class Opening:
    """A sentence that opens cleared records to a term whose definition takes in federal agencies."""

    index: int
    term: str


def either_number(term: str) -> str:
    """A pattern for a defined ``term`` in the singular or the plural ("criminal justice agency",
    "... agencies")."""
    if term.endswith("y") and not term.endswith(("ay", "ey", "oy")):
        return re.escape(term[:-1]) + "(?:y|ies)"
    return re.escape(term) + "s?"


def federal_terms(lowered: list[str]) -> set[str]:
    """The terms defined in ``lowered`` whose definitions take in a federal agency and do not leave it out."""
    return terms_taking_in(lowered, FEDERAL_MEMBER)


def term_pattern(lowered: list[str]) -> str | None:
    """A pattern for any term of ``federal_terms``, as a list of who may see records names it; ``None`` when
    the law defines none."""
    terms = federal_terms(lowered)
    return r"\b(?:" + any_of(terms) + r")\b" if terms else None


def any_of(terms: set[str]) -> str:
    """The ``terms`` as one alternation, each in either number, the longest first (so that "criminal justice
    agency" is tried before "agency")."""
    return "|".join(either_number(t) for t in sorted(terms, key=len, reverse=True))


def terms_taking_in(lowered: list[str], member: re.Pattern[str]) -> set[str]:
    """The terms defined in ``lowered`` whose definitions name ``member`` and do not leave it out."""
    terms = set()
    for sentence in lowered:
        for match in DEFINITION.finditer(sentence):
            definition = match.group(2)
            found = member.search(definition)
            if found and not LEFT_OUT.search(definition[: found.start()]):
                terms.add(match.group(1).strip())
    return terms


def with_agencies_named(lowered: list[str]) -> list[str]:
    """``lowered`` with each use of a term defined as an immigration agency ("'Covered federal agency'
    means United States Immigration and Customs Enforcement, ...") followed by the agency it names, so
    that a bar or a grant worded with the bill's own term ("No cleared record shall be furnished ... to a
    covered federal agency") reads as one about that agency ("ICE", in short). Definitions themselves, and
    terms that already name the agency ("immigration officer"), are left as they are."""
    terms = {t for t in terms_taking_in(lowered, IMMIGRATION_AGENCY) if not NAMES_IMMIGRATION.search(t)}
    if not terms:
        return lowered
    used = re.compile(r"\b(?:" + any_of(terms) + r")\b")
    return [s if DEFINITION.search(s) else used.sub(lambda m: f"{m[0]} (ice)", s) for s in lowered]


PERSON_MEMBER = re.compile(
    r"\b(?:person|individual)s? (?:to whom|about whom|who is the subject)\b|"
    r"\bsubject of (?:the |a |an |such )?(?:\w+ )?(?:records?|information)\b|\brecord subject\b|"
    r"\b(?:person|individual)s? (?:who is |who was )?named (?:in|on) (?:the |a |an |such )?(?:\w+ )?"
    r"(?:records?|files?)\b|\b(?:person|individual)s? who (?:requests?|seeks?|asks? for) "
    r"(?:the |that |his or her |his |her |their )(?:person's |individual's )?own (?:\w+ )?"
    r"(?:records?|files?|history)\b"
)
"""Words in a definition that take in the person the record is about ("the person to whom the sealed
information pertains"; "the individual named in a nondisclosed record"; "an individual who requests the
individual's own record")."""


SUBJECT_PAIRED = re.compile(r"\bthe subject (?=(?:or|and) (?:the )?subject(?:'|’)s\b)")
""""The subject" named beside "the subject's attorney": the person the record is about, in a law that calls
them only that ("the subject or the subject's attorney may obtain ... a certified copy")."""


def with_person_named(lowered: list[str]) -> list[str]:
    """``lowered`` with each use of a term whose definition takes in the person a record is about
    ("'Authorized requester' means: ... (B) the person to whom the sealed information pertains") followed by
    that person, so that a grant or a bar worded with the term ("may release sealed information only to an
    authorized requester") reads as one that names the person, and "the subject" paired with "the subject's
    attorney" read as that person. Definitions themselves are left as they are."""
    lowered = [SUBJECT_PAIRED.sub("the subject of the record ", s) for s in lowered]
    terms = terms_taking_in(lowered, PERSON_MEMBER)
    if not terms:
        return lowered
    named = any_of(terms)
    # (not one a proceeding is brought against: "a prosecutor considering whether to proceed against the
    # petitioner")
    not_against = r"(?<!against )(?<!against the )(?<!against an )(?<!against a )"
    used = re.compile(not_against + r"\b(?:(?:an?|the|any) )?(?:" + named + r")\b")
    # (the person first: a grant reads "furnish to the subject of the record or an eligible requester a copy")
    return [
        s if DEFINITION.search(s) else used.sub(lambda m: f"the subject of the record or {m[0]}", s)
        for s in lowered
    ]


ASKED = (
    r"(?:permit |allow )?(?:the )?(?:(?:vacat\w*|set(?:ting)? aside|withdraw\w*) (?:of |from )?"
    r"(?:the |a |an |his |her |their )?(?:[\w-]+ )?(?:plea|conviction|judgment|sentence)s?\b|new trial\b|"
    r"post-?conviction relief\b)"
)
ASKED_ALL = ASKED + r"(?: or (?:to |for )?" + ASKED + r")?"
CHALLENGE_NAMED = re.compile(
    r"\b(?P<kind>motion|petition|application)s? (?P<what>(?:to|for) (?:a |an )?" + ASKED_ALL + r")|"
    r"\bmove\w* (?:(?:the|a|that) (?:[\w-]+ ){0,2}court )?(?P<moved>to " + ASKED_ALL + r")"
)
"""A challenge to the conviction named with what it asks ("may move the municipal court to permit withdrawal
of the plea or to vacate the conviction"; "a petition for post-conviction relief")."""
BARE_CHALLENGE = (
    r"(?<!not )\b(?:grant|allow|sustain)\w* (?:the|such|that|this|said) {kind}\b"
    r"(?! (?:to|for|under|of|filed|made|brought|described|referred)\b)"
)
"""The same challenge granted without its object named again ("The court may grant the motion if ...")."""


CONDITIONED = re.compile(r"\bonly if\b|\bunless\b|\bagrees?\b|\bconsents?\b")
"""A grant held to a condition or another's say ("may grant the motion only if the prosecutor agrees"):
not read as the challenge granted."""


def with_motions_named(lowered: list[str]) -> list[str]:
    """``lowered`` with "grant the motion" (or petition, or application) followed by what the motion asks
    for, in the three sentences after one that names a challenge to the conviction and what it asks: so
    that a ground given where the court "may grant the motion if it finds" an uncounselled plea reads with
    the vacatur the motion seeks. A sentence that names a challenge of its own is left as it is, and counts
    again. Nothing else about the motion (when it may be filed, or who serves it) is rewritten."""
    out, bare, what, left = [], None, "", 0
    for sentence in lowered:
        found = CHALLENGE_NAMED.search(sentence)
        if found:
            bare = re.compile(BARE_CHALLENGE.format(kind=found["kind"] or "motion"))
            what, left = (found["what"] or found["moved"]).strip(), 3
        elif bare and left and not CONDITIONED.search(sentence):
            sentence = bare.sub(r"\g<0> " + what.replace("\\", r"\\"), sentence)
            left -= 1
        out.append(sentence)
    return out


HELD = (
    RELIEF
    + r"|\bcriminal (?:history|justice information|offender record)\b"
    + r"|\b(?:conviction|arrest) (?:records?|information)\b"
)
"""Records a state holds on a person's crimes: cleared ones, and its criminal histories ("shall furnish
conviction records: ... (2) to any governmental agency", a governmental agency being one "of the United
States")."""


def openings(lowered: list[str]) -> list[Opening]:
    """Each sentence that opens cleared records or criminal histories to a term of ``federal_terms``, outside
    a bar on doing so (a bar on others in the same sentence, "... and shall not be disseminated to any other
    person", leaves it open)."""
    out = []
    for term in sorted(federal_terms(lowered)):
        to_term = re.compile(OPENED_TO + either_number(term) + r"\b")
        before = r"(?:" + DENIAL + r"[^.;]{0,80}?|\b(?:unlawful|prohibit\w*)\b[^.;]*?)"
        barred = re.compile(before + OPENED_TO + either_number(term) + r"\b")
        for i, sentence in enumerate(lowered):
            if to_term.search(sentence) and re.search(HELD, sentence) and not barred.search(sentence):
                out.append(Opening(i, term))
    return out


def vacatur_grants(lowered: list[str]) -> list[Opening]:
    """Each sentence that grants a vacatur (or a defined relief that is one) on a ground given only in a
    definition whose words name a legal defect; the term is the ground's."""
    definitions = [
        (m.group(1).strip(), m.group(2)) for sentence in lowered for m in DEFINITION.finditer(sentence)
    ]
    grounds = {term for term, body in definitions if re.search(DEFECT, body)}
    reliefs = {term for term, body in definitions if re.search(VACATE, body)}
    out = []
    # (not a term for a conviction already vacated, '"vacated conviction" means a conviction vacated ...
    # because of a legal ... defect', which names relief had: "shall not disclose information about a
    # vacated conviction")
    for term in sorted(
        t for t in grounds if not re.search(r"\b(?:vacated|set aside|reversed|annulled)\b", t)
    ):
        used = re.compile(r"\b" + re.escape(term) + r"\b")
        for i, sentence in enumerate(lowered):
            if DEFINITION.search(sentence) or not used.search(sentence) or not re.search(MODAL, sentence):
                continue
            granted = re.search(VACATE, sentence) or any(
                re.search(r"\b" + re.escape(r) + r"\b", sentence) for r in reliefs
            )
            refused = DENIAL + r"[^.;]{0,40}" + VACATE + "|" + PETITION_TURNED_AWAY
            turned_away = re.search(refused, sentence)
            if granted and not turned_away:
                out.append(Opening(i, term))
    return out
