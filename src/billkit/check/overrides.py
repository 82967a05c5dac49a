"""How one provision of a bill names another: excepts it ("except as provided in subsection (d)"), overrides
it ("Notwithstanding subsection (c)"), is subject to it, or says it does not reach the person; and whether two
quotes print the same words. `billkit check` weighs a bar against a grant by these before it calls a practice
contrary."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..sentences import sentences

if TYPE_CHECKING:
    from .judge import Evidence


def overlap(one: str, other: str, *, by_lead: bool = True) -> bool:
    """Whether two quotes print the same words: one holds the other (a cut quote counts without its "…"),
    or they share a sentence (two readings of overlapping pairs of sentences). With ``by_lead`` false, two
    items of one list do not overlap by the lead each repeats ("(b) Notwithstanding subsection (a), ...:")."""
    one, other = one.removesuffix(" …"), other.removesuffix(" …")
    if one in other or other in one:
        return True
    return bool(_sentence_set(one, by_lead) & _sentence_set(other, by_lead))


@functools.lru_cache(maxsize=4096)
def _sentence_set(quote: str, by_lead: bool) -> frozenset[str]:
    return frozenset(s for s in sentences(quote) if by_lead or not s.rstrip().endswith(":"))


def granted_apart(present: list[Evidence], against: list[Evidence]) -> list[Evidence]:
    """The grants in ``present`` that are provisions of their own, not another reading of a sentence that
    ``against`` quotes ("The court may order inspection if (a) the person petitions" is no grant), nor a grant
    that a bar overrides by name ("Notwithstanding subsection (c), no sealed record shall be released ...
    except upon order of the court"; "(d) Subject to subsection (g), the subject of the record may obtain a
    copy")."""
    return [e for e in present if not any(overlap(e.quote, a.quote) or _overrides(a, e) for a in against)]


_LABELS = r"((?:\(\w{1,4}\)(?:,? (?:and |or )?)?)+)"
_NOTWITHSTANDING = re.compile(r"\bnotwithstanding (?:subsections?|paragraphs?) " + _LABELS, re.I)
_SUBJECT_TO = re.compile(r"\bsubject to (?:subsections?|paragraphs?) " + _LABELS, re.I)
_EXCEPT_AS_PROVIDED = re.compile(
    r"\bexcept as (?:otherwise )?provided (?:in|by|under) (?:subsections?|paragraphs?) " + _LABELS, re.I
)


def excepts(bar: Evidence, grant: Evidence) -> bool:
    """Whether ``bar`` makes an exception for the provision ``grant`` is in ("shall not be disclosed to any
    person except as provided in subsection (d)", where (d) opens the records to the person's lawyer): the bar
    says no more against the practice than that provision leaves out."""
    return _own_label(grant) in _named(_EXCEPT_AS_PROVIDED, bar.quote)


_NOT_TO_PERSON = re.compile(
    r"\b(?:subsections?|paragraphs?) " + _LABELS + r" (?:does|do|shall) not apply to (?:the )?"
    r"(?:person|individual|subject|petitioner|defendant)\b",
    re.I,
)


def sets_aside(grant: Evidence, bar: Evidence) -> bool:
    """Whether ``grant`` overrides the provision ``bar`` is in by name, or says it does not reach the person
    ("(d) Subsection (c) does not apply to the person who is the subject of the record ..., who may inspect
    the record ... without a court order")."""
    label = _own_label(bar)
    named = _named(_NOT_TO_PERSON, grant.quote) | _named(_NOTWITHSTANDING, grant.quote)
    return label is not None and label in named


_OVERRIDES_ALL = re.compile(
    r"\bnotwithstanding any other provision of (?:this (?:section|act|chapter|article|part)|law)\b"
    r"[^.;]*\bincluding (?:to |by )?(?:the |that )?(?:person|individual|subject|petitioner|defendant)\b",
    re.I,
)
"""A bar that sets aside every other provision and names the person among those it closes the records
to ("Notwithstanding any other provision of this section ..., no expunged record shall be released ...
to any person, including the individual named in the record, except upon a written order of the
court")."""


def _overrides(bar: Evidence, grant: Evidence) -> bool:
    """Whether ``bar`` names the provision ``grant`` is in as one it overrides (or overrides every
    other provision, the person named among those it bars), or ``grant`` names ``bar``'s provision as
    one it is subject to."""
    return (
        _own_label(grant) in _named(_NOTWITHSTANDING, bar.quote)
        or _own_label(bar) in _named(_SUBJECT_TO, grant.quote)
        or bool(_OVERRIDES_ALL.search(bar.quote))
    )


def _named(pattern: re.Pattern[str], text: str) -> set[str]:
    """The subsection labels ("d" of "(d)") a provision names in the words ``pattern`` finds."""
    return {label for m in pattern.finditer(text) for label in re.findall(r"\((\w{1,4})\)", m.group(1))}


def _own_label(evidence: Evidence) -> str | None:
    """The last subsection label of a quote's location ("c" of "Sec. 15(c), line 5"), else the label the quote
    opens with ("(d) Subsection (c) does not apply ..."), if it has one."""
    labels = re.findall(r"\((\w{1,4})\)", evidence.location.rsplit(", line", 1)[0])
    opening = re.match(r"\s*\((\w{1,4})\)", evidence.quote)
    return labels[-1] if labels else opening.group(1) if opening else None
