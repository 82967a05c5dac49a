"""The document model every renderer reads: a bill as frozen dataclasses, free of any format."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    """A stretch of inline text; ``marks`` holds names like ``"em"``, ``"ins"`` or ``"del"``."""

    text: str
    marks: frozenset[str] = frozenset()
    cite: str | None = None
    """The key of the authority this run cites, for a table of authorities."""
    anchor: str | None = None
    """A document-wide unique id for this citation, so renderers can find its page."""


@dataclass(frozen=True)
class Block:
    """A provision of statutory text: an optional label such as ``(a)`` and its runs.

    ``children`` are the provisions one level down: paragraphs under a subdivision,
    subparagraphs under a paragraph. ``level`` is 0 for a subdivision, 1 for a paragraph, ...
    """

    runs: tuple[Run, ...]
    label: str | None = None
    level: int = 0
    children: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        """The block's own words, without its label or children."""
        return "".join(run.text for run in self.runs)

    def walk(self):
        """Yield this block and every block under it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


NOTE_KINDS = ("prefatory", "sources", "legislative", "comment", "authorities")
"""What a note is, which decides how it prints; its heading is only the words shown."""


@dataclass(frozen=True)
class Note:
    """Commentary printed under a section or in the prefatory note: paragraphs of runs.

    ``kind`` (one of ``NOTE_KINDS``) is what writers test; ``heading`` is the printed words.
    """

    kind: str
    paragraphs: tuple[tuple[Run, ...], ...]
    heading: str | None = None

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple("".join(r.text for r in p) for p in self.paragraphs)


@dataclass(frozen=True)
class Section:
    """One section of the act. ``id`` is the stable clause id; ``number`` is printed."""

    id: str
    number: int
    label: str
    heading: str
    """The printed heading ("RECORD ACCESS."), or "" in a form whose sections have none."""
    title: str
    """The clause's title in plain case, for bookmarks and tables of contents."""
    body: tuple[Block, ...]
    lead: tuple[Run, ...] = ()
    source_note: str | None = None
    legislative_note: Note | None = None
    comment: Note | None = None
    drafter_notes: tuple[str, ...] = ()
    authorities: Note | None = None
    """The clause's authorities, one paragraph each, in full citation form."""


@dataclass(frozen=True)
class BillMeta:
    """Facts about the document rather than its text: used for file metadata and headers."""

    title: str
    short_title: str
    relief_term: str
    jurisdiction: str
    jurisdiction_code: str | None = None
    language: str = "en"
    annotated: bool = True
    clause_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Bill:
    """A whole bill, ready for any renderer."""

    meta: BillMeta
    act_title: str
    """The act's name in capitals: the cover's title, and the heading of a ULC-form bill."""
    long_title: str
    enacting_clause: str
    sections: tuple[Section, ...]
    show_act_title: bool = True
    """False in a state's own form, where the caption and long title stand at the top."""
    caption: tuple[str, ...] = ()
    """Lines printed above the long title, such as Texas's "A BILL TO BE ENTITLED" / "AN ACT"."""
    enacting_caps: bool = False
    """True when the jurisdiction prints its enacting clause in capitals (a matter of type)."""
    marks: tuple[str, str] = ("underline", "strike")
    """How changes to existing law print: (inserted, deleted), from the jurisdiction's data."""
    marks_explanation: str | None = None
    """The line explaining those marks, printed when the bill amends existing law."""
    cover_subtitles: tuple[str, ...] = ()
    """Short centred lines under the title on the cover ("WITH PREFATORY NOTE AND COMMENTS")."""
    cover_lines: tuple[str, ...] = ()
    """The cover's paragraphs: what the draft is, and its disclaimer."""
    prefatory_note: Note | None = None
    sources_note: Note | None = None
    """The jurisdiction facts the draft relies on, each with its source and grade."""
    drafter_notes: tuple[str, ...] = field(default=())

    def section(self, clause_id: str) -> Section:
        """The section built from ``clause_id``; ``KeyError`` when the bill lacks it."""
        for section in self.sections:
            if section.id == clause_id:
                return section
        raise KeyError(clause_id)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a packet or handout; ``style`` names its role (body, quote, signature, ...)."""

    runs: tuple[Run, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Part:
    """A titled part of a packet: paragraphs, or a whole bill."""

    id: str
    title: str
    paragraphs: tuple[Paragraph, ...] = ()
    bill: Bill | None = None


@dataclass(frozen=True)
class TableEntry:
    """One authority in a table of authorities; ``key`` matches the ``cite`` of the runs citing it."""

    key: str
    display: str
    runs: tuple[Run, ...] = ()
    """The display with case names in italics."""


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    short_title: str
    language: str = "en"


@dataclass(frozen=True)
class Packet:
    """A testimony packet: cover, contents, testimony, analysis, the bill, table of authorities."""

    meta: DocumentMeta
    cover_title: str
    cover: tuple[tuple[str, str], ...]
    parts: tuple[Part, ...]
    authorities: tuple[tuple[str, tuple[TableEntry, ...]], ...]
    """(group, entries), in table order: Cases, Statutes, Regulations, Other."""

    def citation_anchors(self):
        """(anchor, authority key) for every citation in the packet, in reading order."""
        for part in self.parts:
            runs = [r for p in part.paragraphs for r in p.runs]
            if part.bill is not None:
                for section in part.bill.sections:
                    runs.extend(section.lead)
                    runs.extend(r for top in section.body for b in top.walk() for r in b.runs)
                    for note in (section.legislative_note, section.comment, section.authorities):
                        if note:
                            runs.extend(r for p in note.paragraphs for r in p)
            for run in runs:
                if run.anchor and run.cite:
                    yield run.anchor, run.cite


@dataclass(frozen=True)
class Handout:
    """Handouts: one or more pages of headed sections, in one language."""

    meta: DocumentMeta
    audience: str
    pages: tuple[HandoutPage, ...]


@dataclass(frozen=True)
class HandoutSection:
    heading: str
    paragraphs: tuple[Paragraph, ...] = ()
    bullets: tuple[Paragraph, ...] = ()


@dataclass(frozen=True)
class HandoutPage:
    title: str
    subtitle: str = ""
    sections: tuple[HandoutSection, ...] = ()
    footer: str = ""
