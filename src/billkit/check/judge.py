"""How `billkit check` weighs what its readers found into one finding per practice.

The rules (:mod:`.rules`) and the list reader give evidence, each quote with a strength; here a practice's
evidence becomes its status (``contrary`` over ``present`` over ``partial``, with the ``yields``, ``NARROWS``
and "all other records" exceptions), its quotes (at most three, strongest first, none twice) and what the bill
still needs. Where the rules found a practice absent (own-record access: or partly there), the likeness reader
may add a provision that works against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lists import FEDERAL_TERM_WHY, FEDERAL_WHY
from .lists import WHY as LEFT_OUT
from .overrides import excepts, granted_apart, overlap, sets_aside
from .printed import without_line
from .quoting import quote
from .ruleset import DESCRIPTIONS
from .ruleset.closures import OTHERS_DATA
from .ruleset.presumptions import REGULARITY_WHY
from .ruleset.routes import AGENT_ACTS, NOT_PARTIES, OTHER_BARRED, OWN_LAWYER, THROUGH_AGENT
from .ruleset.rule import NARROWS, STATUS_ONLY


@dataclass
class Evidence:
    quote: str
    location: str
    strength: str
    part: str = ""
    why: str = ""
    yields: bool = False  # from a rule that gives way to a grant found elsewhere
    leans: bool = False  # read with a ground another sentence states, which the quote does not

    @property
    def place(self) -> str:
        """Where the quote stands as testimony cites it: the bill's own section label or page, without the
        line or paragraph of the file billkit read, which means nothing to a committee (empty when that is all
        there is)."""
        return without_line(self.location)


CAUTION_LEAD = "Caution: "
"""How the caution public education carries opens (``cautions.py``), after what is missing."""


@dataclass
class Finding:
    """One practice's result: status, evidence, what is missing, and the clauses that supply it."""

    id: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    missing: str | None = None
    suggest: list[str] = field(default_factory=list)
    caution: Evidence | None = None
    """The bill's sentence that lets the person answer as if the record did not exist; ``missing`` ends with
    the caution about it (``cautions.py``), and testimony asks the committee to qualify it."""

    def lacking_and_caution(self) -> tuple[str, str]:
        """What is missing and the caution, apart ("" for either that is not there): ``missing`` ends with the
        caution when there is one, which a memo or a page shows as a paragraph of its own."""
        lacking, _, caution = (self.missing or "").partition(CAUTION_LEAD)
        return lacking.strip(), (CAUTION_LEAD + caution if caution else "")

    def to_strike(self) -> Evidence | None:
        """The provision a committee should strike: a ``contrary`` finding's first quote, or the bar that
        keeps a grant of records to the person partial."""
        if self.status == "contrary" or (
            self.evidence and self.evidence[0].why in (SPLIT_WHY, REST_WHY, AGENT_GATE_WHY)
        ):
            return self.evidence[0]
        return None

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "evidence": [{"quote": e.quote, "location": e.location} for e in self.evidence],
            "missing": self.missing,
            "suggest": self.suggest,
        }


REST = "rest"
"""The ``part`` of an ``against`` reading whose sentence closes "all other records": it bars only what a
grant to the person leaves out, so beside a grant it narrows the grant (``NARROWS``) instead of working
against it."""
REST_RE = re.compile(
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*|sec(?:tion|\.)? \d+\.\s*)*(?:all |any |the |such )?(?:other|remaining) "
    r"(?:\w+ ){0,3}(?:records?|files?|information|documents?|papers)\b|"
    r"^(?:\(\w{1,4}\)\s*)*(?:all |any |the )?(?:\w+ ){0,2}(?:records?|files?) other than "
    r"(?:th(?:at|ose|is|ese)|the|such)\b|"
    # copies barred where seeing is granted ("Notwithstanding subsection (a), no copy of an expunged record")
    r"^(?:\(\w{1,4}\)\s*)*(?:notwithstanding [^,]{0,40}, )?no (?:certified )?cop(?:y|ies)\b"
)
TOLD_RE = re.compile(r"\bnotice\b|\bconfirm|\btold\b")
"""A partial reading that gives the person word of relief, not any record: no grant that "all other
records" is the rest of."""
REST_WHY = "the person may see part of the cleared records; the rest only by court order"
OTHERS_RE = re.compile("|".join((OTHERS_DATA, NOT_PARTIES, OTHER_BARRED)), re.IGNORECASE)
"""A witness's or victim's details, a gate for those who are not parties, or a bar whose only requester is
another: never the person's own record."""
SPLIT_ACCESS = frozenset({"record-access"})
PARTIAL_ASKED = frozenset({"record-access"})
"""The practices whose ``partial`` finding the likeness reader is asked about (see ``by_likeness``)."""
"""Practices whose grant in one provision and bar in another make it partly there, not ``contrary``: the
person reaches some cleared records (the State repository's copy, the unsealed part) but not others."""
SPLIT_WHY = (
    "a grant of cleared records to the person, and a provision (quoted first) that closes some of them, or "
    "all, to the person again; ask the committee to strike that provision so that the grant stands alone"
)
AGENT_GATE_WHY = (
    "the person needs a court order to see the cleared records; ask the committee to open them to the person "
    "without one"
)
MAX_EVIDENCE = 3
"""Quotes a finding keeps: the decisive ones, strongest first."""


def judge(practice: str, evidence: list[Evidence]) -> Finding:
    present = [e for e in evidence if e.strength == "present"]
    partial = [e for e in evidence if e.strength == "partial"]
    if present or any(not TOLD_RE.search(e.why) for e in partial):
        # a court order for "all other records" closes only what the bill's grant of records leaves out
        rest = [e for e in evidence if e.part == REST]
        evidence = [e for e in evidence if e.part != REST]
        partial += [Evidence(e.quote, e.location, "partial", NARROWS, REST_WHY) for e in rest]
    against = [
        e
        for e in evidence
        if e.strength == "against" and not (e.yields and (present or any(_yields_to(e, g) for g in partial)))
    ]
    if any(e.part == "immigration authorities" for e in present + partial):
        # a bar on sharing records with immigration authorities stands beside the § 1373 saving for status
        against = [e for e in against if e.part != STATUS_ONLY]
    if present:
        # a bar that excepts the provision that grants the practice, or that the grant sets aside or says
        # does not reach the person ("(e) Except as provided in Subsection (f), ... the court's jurisdiction
        # over the case terminates." "(f) Notwithstanding Subsection (e), the court retains jurisdiction ...")
        # (for own records, only a grant that says so: a bar that excepts a lawyer's route is weighed below)
        against = [
            a
            for a in against
            if not any((practice not in SPLIT_ACCESS and excepts(a, g)) or sets_aside(g, a) for g in present)
        ]
    if practice in SPLIT_ACCESS and against and (apart := granted_apart(present, against)):
        # one provision opens cleared records to the person, another keeps some of them closed: access in part
        partial += [Evidence(e.quote, e.location, "partial", NARROWS, SPLIT_WHY) for e in against]
        present, against = apart, []
    if practice in SPLIT_ACCESS and against and through_agent(partial, against):
        # the person's lawyer sees the records without the court order the person needs: access in part, the
        # gate quoted first, to be struck
        gates = [Evidence(e.quote, e.location, "partial", NARROWS, AGENT_GATE_WHY) for e in against]
        missing = what_is_missing(practice, gates + partial, {NARROWS})
        return Finding(practice, "partial", strongest(gates, partial), missing, [practice])
    parts = {e.part for e in partial if e.part}
    if against:
        kept = strongest(against, present, partial)
        missing = what_works_against(
            practice, any(e.strength != "against" for e in kept), kept[0].why, len(kept) > 1
        )
        return Finding(practice, "contrary", kept, missing, [practice])
    if practice == "federal-records" and parts == {"federal databases", "immigration authorities"}:
        return Finding(practice, "present", strongest(partial))
    narrowing = [e for e in partial if e.part == NARROWS]
    if present and narrowing:
        missing = what_is_missing(practice, narrowing, parts)
        return Finding(practice, "partial", strongest(narrowing, present), missing, [practice])
    if present:
        return Finding(practice, "present", strongest(present))
    if partial:
        missing = what_is_missing(practice, partial, parts)
        return Finding(practice, "partial", strongest(partial), missing, [practice])
    missing = DESCRIPTIONS[practice]
    return Finding(practice, "absent", [], missing[0].upper() + missing[1:] + ".", [practice])


def by_likeness(findings: list[Finding], located: list[tuple[str, str]], read: list[str]) -> list[Finding]:
    """Where the rules found a practice absent, ask the likeness reader whether a sentence works against it;
    such a sentence makes the practice ``contrary``, quoted first. A sentence of a list ``lists`` has
    ``read`` whole is not asked about own-record access. A practice the rules found partly there is asked
    about only for own-record access, where partial is a route through a lawyer or a parent and a bar beside
    it shuts the person out: elsewhere its law has a provision for it, and a sentence beside that provision
    that reads like a bar is more often the same law's saving (a clause keeping status information open to
    federal agencies, in a law that closes cleared records to them) than a bar."""
    from . import likeness

    open_ = [f.id for f in findings if f.status in asked(f.id) and not f.to_strike()]
    apart = ["record-access"] if read and "record-access" in open_ else []  # asked without the lists read
    rest = [p for p in open_ if p not in apart]
    ruled = {f.id: read_by_rules(f) for f in findings}
    found = likeness.contrary_sentences(located, rest, read=ruled) if rest else {}
    if apart:
        unread = [(s, where) for s, where in located if not any(s in text for text in read)]
        found.update(likeness.contrary_sentences(unread, apart, read=ruled) if unread else {})
    out = []
    for f in findings:
        if f.id not in found:
            out.append(f)
            continue
        sentence, location, _ = found[f.id]
        evidence = Evidence(quote(sentence), location, "against", why=likeness.WHY)
        kept = strongest([evidence], f.evidence)
        also = (
            " The bill also has language for the practice (quoted after it), which that provision may"
            " undercut."
            if len(kept) > 1
            else ""
        )
        missing = (
            f"The provision quoted{' first' if len(kept) > 1 else ''} reads like provisions that work "
            "against the practice. A model trained on labelled examples found it, not a rule: read it before "
            "you rely on this, and if it does work against the practice, ask the committee to amend it so "
            "that it no longer does, or to strike it. The bill needs "
            f"{DESCRIPTIONS[f.id]}.{also}"
        )
        out.append(Finding(f.id, "contrary", kept, missing, [f.id]))
    return out


def asked(practice: str) -> tuple[str, ...]:
    """The statuses of the rules' finding for ``practice`` that the likeness reader may make ``contrary``."""
    return ("absent", "partial") if practice in PARTIAL_ASKED else ("absent",)


def read_by_rules(finding: Finding):
    """Which sentences the likeness reader must not ask about ``finding``'s practice: those the rules quoted
    for it (a lawyer's route the rules read as partial access is no bar), and, for own-record access, those
    about a witness's or victim's details, which are not the person's record."""
    quotes = [e.quote for e in finding.evidence]
    others = finding.id == "record-access"

    def already(sentence: str) -> bool:
        return any(overlap(sentence, q) for q in quotes) or (
            others and bool(OTHERS_RE.search(sentence.replace("’", "'")))
        )

    return already


def through_agent(partial: list[Evidence], against: list[Evidence]) -> bool:
    """Whether a provision of its own opens the records to the person's own lawyer (not a reading of a
    sentence ``against`` quotes, nor a parent's route, which ends when the child is grown)."""
    return any(
        e.why == THROUGH_AGENT
        and _OWN_LAWYER.search(e.quote)
        and not any(overlap(e.quote, a.quote) for a in against)
        for e in partial
    )


_OWN_LAWYER = re.compile(OWN_LAWYER + "|" + AGENT_ACTS, re.IGNORECASE)


def _yields_to(bar: Evidence, grant: Evidence) -> bool:
    """Whether ``bar`` gives way to ``grant``, a provision that gives the practice in part: one the bar
    excepts, or one that gives the half the bar works against (every arrest sent to the FBI, beside a duty to
    have cleared records removed from its files)."""
    return excepts(bar, grant) or bool(bar.part and bar.part == grant.part)


BILL_TITLE = re.compile(
    r"^(?:an act\b|a bill\b|to (?:amend|require|provide|establish|create|give|repeal|add|enact)\b|"
    r"relating to\b|concerning\b)",
    re.IGNORECASE,
)
"""A bill's title, which says what the bill is for ("To amend Title 16 ... to require that sealed records be
removed from federal databases"): quoted after the bill's own sections, which are what a court would apply."""
CATCHLINE = re.compile(
    r"^(?!.*\b(?:shall|may|must|is|are|was|were|will|does|do|has|have|means|includes)\b).{0,160}$",
    re.IGNORECASE | re.DOTALL,
)
"""A section's catchline ("Participation in the Interstate Identification Index; expunged records."), which
names a subject and does nothing: quoted after the provisions, like a title."""


def strongest(*groups: list[Evidence]) -> list[Evidence]:
    """The first ``MAX_EVIDENCE`` quotes of ``groups`` in order, a bill's title or a catchline after its
    sections in each group, none quoted twice or inside another. A group with a quote that states its own
    ground drops those that lean on a ground stated elsewhere ("the court may in its discretion vacate the
    record", read with another subsection's victim of trafficking), which a lawyer would not cite for the
    practice."""
    kept: list[Evidence] = []
    ranked = (
        sorted(
            [e for e in group if not e.leans] or group,
            key=lambda e: bool(BILL_TITLE.match(e.quote) or CATCHLINE.match(e.quote)),
        )
        for group in groups
    )
    for e in (e for group in ranked for e in group):
        if any(overlap(e.quote, k.quote, by_lead=False) for k in kept):
            continue
        kept.append(e)
    return kept[:MAX_EVIDENCE]


def what_works_against(practice: str, also_quoted: bool, why: str = "", several: bool = False) -> str:
    """Why a practice is ``contrary``: what to change (or, for a list of who may see records that leaves the
    person out or names a federal body, as the first quote's ``why`` says, whom to add or take off), what the
    bill needs, and (``also_quoted``: a quote of language for the practice is printed after it) what it also
    has. ``several``: more than one provision is quoted, so the first is named as such."""
    also = " The bill also has language for the practice (quoted after it), which that provision undercuts."
    which = "The provision quoted first" if several else "The quoted provision"
    if why == FEDERAL_WHY:
        ask = (
            f"{which} lists who may see the records and names a federal agency or officer among them: ask "
            "the committee to bar everyone on that list from passing the records to federal immigration "
            "authorities, directly or through a shared database."
        )
    elif why == FEDERAL_TERM_WHY:
        ask = (
            f"{which} lists who may see the records and names a term the bill defines to take in federal "
            "agencies: ask the committee to take federal agencies out of that definition, or that reader off "
            "the list."
        )
    elif why == LEFT_OUT:
        ask = (
            f"{which} lists who may see the closed records and leaves out the person they are about: ask the "
            "committee to add the person to that list, or to grant the access elsewhere."
        )
    elif why == REGULARITY_WHY:
        ask = (
            f"{which} presumes every official act done as the law requires, the court's immigration warning "
            "among them: ask the committee to except plea advisements from it, not to strike it."
        )
    elif practice == "record-access":
        # (striking a bar that shuts the person out could lift its limits on everyone else)
        ask = (
            f"{which} keeps the person from their own records: ask the committee to let the person, and "
            "the person's lawyer, see and copy them without a court order, and to keep its limits on "
            "everyone else."
        )
    elif several and not also_quoted:
        # every quote is a provision that works against the practice
        ask = (
            "Each quoted provision works against the practice: ask the committee to amend each so that it "
            "no longer does, or to strike it."
        )
    else:
        # (striking is not always the cure: a bar may also hold the person's only route, or shield the record)
        ask = (
            f"{which} works against the practice: ask the committee to amend it so that it no longer does, "
            "or to strike it."
        )
    return f"{ask} The bill needs {DESCRIPTIONS[practice]}.{also if also_quoted else ''}"


def what_is_missing(practice: str, partial, parts) -> str:
    if practice == "federal-records":
        lacking = {"federal databases", "immigration authorities"} - parts
        if lacking == {"immigration authorities"}:
            return (
                "It has the half on federal databases (quoted). It lacks a bar on sharing cleared records "
                "with federal immigration authorities, by any route."
            )
        return (
            "It has the half on immigration authorities (quoted). It lacks a duty to have cleared records "
            "removed from federal databases (the Interstate Identification Index)."
        )
    reasons = sorted({e.why for e in partial if e.why})
    detail = f" What is there: {'; '.join(reasons)}." if reasons else " What is there is quoted."
    return f"It needs {DESCRIPTIONS[practice]}.{detail}"
