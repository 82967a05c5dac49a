"""What each part of a document is, and how every writer prints it: one table.

A block of a document (``billkit.model``) names its role ("testimony", "legislative-note"). The
role decides the Word paragraph style the DOCX writer gives it, the HTML element and class the
HTML writer (and so the PDF) gives it, and whether it is commentary rather than statutory text:
line numbering skips commentary, and ``billkit check`` leaves it out when it reads a billkit draft.
A writer that meets a role looks it up here; none keeps style names of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    style: str
    """The Word paragraph style."""
    tag: str = "p"
    """The HTML element; its class is the role's name."""
    commentary: bool = False
    """Not the act's own words: unnumbered, and skipped by ``check``."""
    quoted: bool = False
    """Set off as a quotation (text proposed or quoted from a model), in plain-text formats."""


ROLES: dict[str, Role] = {
    # A bill: its cover and front matter are commentary, its titles and provisions are the act.
    "cover-title": Role("Cover Title", "h1", commentary=True),
    "cover-subtitle": Role("Cover Subtitle", commentary=True),
    "cover-line": Role("Cover Text", commentary=True),
    "prefatory-heading": Role("Prefatory Heading", "h2", commentary=True),
    "prefatory-note": Role("Prefatory Note", commentary=True),
    "sources-note": Role("Sources Note", commentary=True),
    "act-title": Role("Act Title", "h1"),
    "caption": Role("Bill Caption"),
    "long-title": Role("Long Title"),
    "enacting-clause": Role("Enacting Clause"),
    "section-heading": Role("Section Heading"),
    "provision": Role("Bill Text"),
    "provision-2": Role("Bill Text 2"),
    "provision-3": Role("Bill Text 3"),
    "provision-4": Role("Bill Text 4"),
    "marks-explanation": Role("Marks Explanation"),
    "source-note": Role("Source Note", commentary=True),
    "legislative-note": Role("Legislative Note", commentary=True),
    "comment-heading": Role("Comment Heading", "h3", commentary=True),
    "comment": Role("Comment", commentary=True),
    "authorities": Role("Authorities", commentary=True),
    "drafter-note": Role("Drafter Note", commentary=True),
    # A testimony packet.
    "packet-cover-title": Role("Cover Title", "h1", commentary=True),
    "cover-fact": Role("Cover Fact", commentary=True),
    "part-title": Role("Part Heading", "h1"),
    "packet-heading": Role("Packet Heading", "h2"),
    "testimony": Role("Testimony"),
    "quote": Role("Proposed Text", quoted=True),
    "signature": Role("Signature"),
    "contents-entry": Role("Contents Entry"),
    "authority-group": Role("Packet Heading", "h2"),
    "authority-entry": Role("Authority Entry"),
    # Tables, in any document.
    "table": Role("Table Text", "td"),
    "table-caption": Role("Table Caption"),
    "standing": Role("Standing Text", "td", commentary=True),
    # Handouts.
    "page-title": Role("Handout Title", "h1"),
    "subtitle": Role("Handout Subtitle"),
    "section-title": Role("Handout Heading", "h2"),
    "text": Role("Handout Text"),
    "bullet": Role("Handout Bullet", "li"),
    "citation": Role("Handout Bullet", "li"),
    "model": Role("Model Language", quoted=True),
    "source": Role("Handout Source"),
    "footer": Role("Handout Footer"),
}

CHARACTER_STYLES = ("Heading Run", "Note Label", "Strong", "Emphasis")
"""The Word character styles the writers use inside paragraphs."""


def role(name: str) -> Role:
    """The role called ``name``; a ``KeyError`` names a role no table entry describes."""
    return ROLES[name]


def style(name: str) -> str:
    """The Word paragraph style of role ``name``."""
    return ROLES[name].style


def commentary_styles() -> frozenset[str]:
    """The Word styles that hold commentary, never the act's own words."""
    return frozenset(r.style for r in ROLES.values() if r.commentary)


def all_styles() -> tuple[str, ...]:
    """Every style billkit writes, paragraph and character, without repeats."""
    names = [r.style for r in ROLES.values()] + list(CHARACTER_STYLES) + ["Header", "Footer"]
    return tuple(dict.fromkeys(names))
