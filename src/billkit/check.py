"""Check a pending bill for the immigrant-safe practices, with the bill's own words as evidence.

Detection works sentence by sentence. Each practice has rules: a rule fires when a sentence holds
every one of its word patterns (so "legal error" alone is not enough: the sentence must also give
relief, with "may" or "shall"). Rules carry a strength: ``present``, ``partial`` (half of a
practice, or a weaker form of it), or ``against`` (the opposite: a court order is required to see
one's own record, relief ends the court's jurisdiction). Rules look for the ideas, in the many
words real bills use (sealing, set-aside, shielding, vacatur, orders of limited relief), not for
billkit's own sentences; and they read negations and exceptions ("may not ... without a court
order", a sharing ban "for employment purposes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .library import PRACTICES
from .reading import Passage

RELIEF = (
    r"(?:expung\w*|seal\w*|set[- ]?aside|sets aside|vacat\w*|shield\w*|order of limited relief|"
    r"clean slate|record clearance|clear(?:ed|ing|ance)\b|annul\w*|dismiss\w*|destr(?:oy|uction)\w*)"
)
MODAL = r"\b(?:may|shall|must|is entitled|are entitled|will)\b"
DENIAL = r"\b(?:may not|shall not|must not|cannot|no (?:person|agency|court|one|officer)\b[^.;]*\b(?:may|shall)\b|(?:is|are) prohibited|prohibit\w*)"
PERSON = r"\b(?:person|individual|petitioner|defendant|subject of the record|designated agent|attorney|applicant)\b"
WITHOUT_ORDER = r"without (?:first )?(?:obtaining |seeking |the need for |filing for )?(?:a |an )?(?:court order|order of (?:a |the )?court)"
IMMIGRATION = (
    r"(?:immigration|homeland security|\bice\b|customs enforcement|citizenship and immigration|"
    r"federal immigration authorit\w*)"
)

DESCRIPTIONS = {
    "vacatur-for-cause": "relief that rests on a legal defect in the conviction, not only on rehabilitation",
    "rebuttable-presumption": "a rebuttable presumption that a noncitizen's uninformed plea is legally invalid",
    "court-jurisdiction": "a statement that relief does not end the court's jurisdiction over later motions",
    "record-access": "the person's access to their own cleared records without a court order",
    "federal-records": (
        "removal of cleared records from federal databases (the Interstate Identification Index) "
        "and a bar on sharing them with federal immigration authorities"
    ),
    "public-education": (
        "public advisement, with community organizations and in the community's languages, that "
        "relief may not remove immigration consequences"
    ),
}


@dataclass(frozen=True)
class Rule:
    practice: str
    strength: str  # present | partial | against
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
    part: str = ""  # for practices with halves: which half this rule shows
    why: str = ""


RULES: tuple[Rule, ...] = (
    # Relief for legal error.
    Rule("vacatur-for-cause", "present",
         (r"procedural or substantive|legal(?:ly)? (?:error|defect|invalid)|prejudicial error|"
          r"defect in the (?:underlying )?(?:proceeding|conviction|judgment)|constitutional (?:error|violation)|"
          r"ineffective assistance|error of law", RELIEF + r"|withdraw (?:the|a|his|her|their) plea|relief|motion", MODAL),
         unless=(r"\bpresum", r"finds?\b.*\bthat\b", r"advisement|explain\w*|\binform\w*")),
    Rule("vacatur-for-cause", "present",
         (r"shall vacate the judgment|vacate the (?:conviction|judgment)", r"advis|advice|immigration")),
    # The presumption for noncitizens.
    Rule("rebuttable-presumption", "present",
         (r"\bpresum", r"noncitizen|not a citizen|\balien\b|immigration", r"legal(?:ly)? (?:error|invalid)|invalid|not aware"),
         unless=(r"received the required advisement",)),
    Rule("rebuttable-presumption", "partial",
         (r"\bpresum", r"advisement|advised"), part="advisement",
         why="the presumption concerns the court's advisement, not the plea's legal validity"),
    # Continuing jurisdiction.
    Rule("court-jurisdiction", "present",
         (r"\b(?:not|nothing)\b[^.;]{0,60}?\b(?:divest|preclude|limit|affect|deprive|bar|impair|terminate)\w*|"
          r"retains?\b|continu\w* jurisdiction",
          r"jurisdiction|authority|power|motion|petition",
          r"motion|petition|collateral|post-?conviction|1473\.7|440\.10|amend the record"),
         unless=(r"\bpresum",)),
    Rule("court-jurisdiction", "against",
         (RELIEF, r"(?:divest|deprive|terminat|end)\w*[^.;]*jurisdiction|no longer (?:has|have) jurisdiction|"
          r"(?:court|it) (?:shall|will) (?:lose|have no) jurisdiction"),
         unless=(r"\bnot\b[^.;]*(?:divest|deprive|terminat)", r"nothing in")),
    # Own-record access.
    Rule("record-access", "present",
         (PERSON, r"access|inspect|obtain|cop(?:y|ies)|made available|available to|request", WITHOUT_ORDER),
         unless=(DENIAL + r"[^.;]*" + WITHOUT_ORDER,)),
    Rule("record-access", "present",
         (r"made available to (?:the person|such person|the individual|the subject)|"
          r"(?:person|individual)(?:'|’)s designated agent|to such person(?:'|’)s designated agent",)),
    Rule("record-access", "against",
         (DENIAL + r"[^.;]*(?:" + WITHOUT_ORDER + r"|except (?:by|upon|on) (?:an? )?order)|"
          r"(?:only|except) (?:upon|by|on|pursuant to) (?:an? )?(?:order of (?:the |a )?court|court order)",),
         unless=(r"law enforcement|prosecut|criminal justice agenc",)),
    # Federal databases and immigration authorities.
    Rule("federal-records", "partial",
         (r"interstate identification index|federal bureau of investigation|\bfbi\b|national crime information|federal (?:database|repositor)",
          r"remov|delet|purg|notif|update|request|expung|seal"), part="federal databases"),
    Rule("federal-records", "partial",
         (IMMIGRATION, DENIAL + r"|\bno\b[^.;]*\bshall\b",
          r"disclos|shar|provid|access|transmit|made available|respond|use\b|personnel|information"),
         unless=(r"for (?:the purposes? of )?(?:employment|licensing|housing)",), part="immigration authorities"),
    # Public education.
    Rule("public-education", "present",
         (r"\badvis\w*|\bnotice|\bnotif\w*|\binform\w*|outreach|\beducat\w*|\bpublish\w*", IMMIGRATION,
          RELIEF + r"|record|relief"),
         unless=(r"\bplea\b", r"(?:shall|may) not (?:disclose|share|provide|transmit)")),
    Rule("public-education", "partial",
         (r"court shall (?:administer|advise|give)|following advisement|shall be advised", IMMIGRATION + r"|plea"),
         why="a plea advisement about immigration, not public education about record clearance"),
    Rule("public-education", "partial",
         (r"languages?\b[^.;]*(?:other than english|spoken)|translat\w*|community[- ]based organi[sz]ations|community organi[sz]ations",
          r"notice|advis|publish|materials|outreach|inform|educat"),
         why="notice in several languages or outreach, without saying what relief means for immigration"),
    Rule("public-education", "partial",
         (r"shall be (?:informed|notified|advised)", RELIEF + r"|relief|right"),
         why="notice of the right to relief, without its immigration limits"),
)  # fmt: skip

_ABBREVIATIONS = re.compile(
    r"\b(?:U\.S\.C|C\.F\.R|U\.S|Sec|Secs|No|Nos|Cal|Stat|Ann|Proc|Crim|Gov[’']t|Rev|Dec|Supp|Pen|Civ|"
    r"Laws|Code|Ch|ch|Art|art|Const|Inc|Co|Dept|Mr|Mrs|Ms|Dr|St|vs|v|et al|seq|e\.g|i\.e|Pa\.C\.S|Md|Va|"
    r"Wash|Ill|N\.Y|Minn|Colo|Conn|Del|Or|Utah|Okla|Mich|Mass|Tex|Fla|Ga|Ariz|Nev|N\.J|P\.L|H\.B|S\.B|A\.B)\.$"
)


def sentences(text: str) -> list[str]:
    """Split a passage into sentences and clauses, keeping abbreviations such as "U.S.C." whole."""
    out: list[str] = []
    current = ""
    for piece in re.split(r"(?<=[.:])\s+", " ".join(text.split())):
        current = f"{current} {piece}" if current else piece
        if not _ABBREVIATIONS.search(current) and not re.search(r"\b[A-Z]\.$", current):
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


@dataclass
class Evidence:
    quote: str
    location: str
    strength: str
    part: str = ""
    why: str = ""


@dataclass
class Finding:
    """One practice's result: status, evidence, what is missing, and the clauses that supply it."""

    id: str
    status: str
    evidence: list[Evidence] = field(default_factory=list)
    missing: str | None = None
    suggest: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "status": self.status,
            "evidence": [{"quote": e.quote, "location": e.location} for e in self.evidence],
            "missing": self.missing,
            "suggest": self.suggest,
        }


def _fires(rule: Rule, sentence: str) -> bool:
    lowered = sentence.lower().replace("’", "'")
    if not all(re.search(p, lowered) for p in rule.patterns):
        return False
    return not any(re.search(p, lowered) for p in rule.unless)


def _quote(sentence: str, limit: int = 400) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def check_passages(passages: list[Passage]) -> list[Finding]:
    """The finding for each practice, in the fixed practice order."""
    hits: dict[str, list[Evidence]] = {p: [] for p in PRACTICES}
    for passage in passages:
        for sentence in sentences(passage.text):
            for rule in RULES:
                if _fires(rule, sentence):
                    evidence = Evidence(
                        _quote(sentence), passage.location, rule.strength, rule.part, rule.why
                    )
                    if not any(
                        e.quote == evidence.quote and e.strength == rule.strength for e in hits[rule.practice]
                    ):
                        hits[rule.practice].append(evidence)
    findings = [_judge(practice, hits[practice]) for practice in PRACTICES]
    by_id = {f.id: f for f in findings}
    if by_id["rebuttable-presumption"].status != "present" and by_id["vacatur-for-cause"].status != "present":
        by_id["rebuttable-presumption"].suggest = ["vacatur-for-cause", "rebuttable-presumption"]
    return findings


def _judge(practice: str, evidence: list[Evidence]) -> Finding:
    present = [e for e in evidence if e.strength == "present"]
    partial = [e for e in evidence if e.strength == "partial"]
    against = [e for e in evidence if e.strength == "against"]
    parts = {e.part for e in partial if e.part}
    if practice == "federal-records" and parts == {"federal databases", "immigration authorities"}:
        return Finding(practice, "present", partial)
    if present and not against:
        return Finding(practice, "present", present)
    if present or partial:
        missing = _what_is_missing(practice, partial, against, parts)
        return Finding(practice, "partial", [*present, *partial, *against], missing, [practice])
    missing = DESCRIPTIONS[practice]
    if against:
        missing = f"the bill says the opposite (quoted); it needs {missing}"
    return Finding(practice, "absent", against, missing[0].upper() + missing[1:] + ".", [practice])


def _what_is_missing(practice: str, partial, against, parts) -> str:
    if practice == "federal-records":
        lacking = {"federal databases", "immigration authorities"} - parts
        if lacking == {"immigration authorities"}:
            return "A bar on sharing cleared records with federal immigration authorities, by any route."
        return (
            "A duty to have cleared records removed from federal databases "
            "(the Interstate Identification Index)."
        )
    if against:
        return f"The bill also says the opposite (quoted); make clear it provides {DESCRIPTIONS[practice]}."
    reasons = sorted({e.why for e in partial if e.why})
    detail = f" What is there is {'; '.join(reasons)}." if reasons else ""
    return f"It needs {DESCRIPTIONS[practice]}.{detail}"


def check_bill(path) -> list[Finding]:
    """Read the bill at ``path`` and check it for every practice."""
    from .reading import read_bill

    return check_passages(read_bill(path))


def missing_practices(findings: list[Finding]) -> tuple[str, ...]:
    """The practices a bill lacks in whole or in part: what a packet's testimony should propose."""
    return tuple(f.id for f in findings if f.status != "present")


def as_markdown(file: str, findings: list[Finding]) -> str:
    """The findings as a Markdown memo section."""
    lines = [
        f"## Immigrant-safe practices in `{file}`",
        "",
        "| practice | status | add |",
        "| --- | --- | --- |",
    ]
    for f in findings:
        lines.append(f"| {f.id} | {f.status} | {', '.join(f.suggest) or '—'} |")
    for f in findings:
        lines += ["", f"### {f.id}: {f.status}"]
        for e in f.evidence:
            lines.append(f"> {e.quote} ({e.location})")
            lines.append("")
        if f.missing:
            lines.append(f"Missing: {f.missing}")
    return "\n".join(lines).rstrip() + "\n"
