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
    id: str | None = None
    """The clause item's own name, where it has one, for documents that quote the provision."""

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
class Table:
    """A table with a header row; each cell is a run of text. ``caption`` is printed above it."""

    header: tuple[tuple[Run, ...], ...]
    rows: tuple[tuple[tuple[Run, ...], ...], ...]
    caption: str = ""
    role: str = "table"


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
    after_title: tuple[str, ...] = ()
    """Lines printed between the long title and the enacting clause, not part of the bill (the slot
    for California's Legislative Counsel's Digest)."""
    enacting_caps: bool = False
    """True when the jurisdiction prints its enacting clause in capitals (a matter of type)."""
    marks: tuple[str, str] = ("underline", "strike")
    """How changes to existing law print: (inserted, deleted), from the jurisdiction's data."""
    marks_explanation: str | None = None
    """The line explaining those marks, printed when the bill amends existing law."""
    line_numbering: str = "page"
    """How the jurisdiction numbers a bill's lines: "page" (again on each page) or "continuous"."""
    cover_subtitles: tuple[str, ...] = ()
    """Short centred lines under the title on the cover ("WITH PREFATORY NOTE AND COMMENTS")."""
    cover_lines: tuple[str, ...] = ()
    """The cover's paragraphs: what the draft is, and its disclaimer."""
    prefatory_note: Note | None = None
    sources_note: Note | None = None
    """The jurisdiction facts the draft relies on, each with its source and grade."""
    standing: Table | None = None
    """Where the jurisdiction's law stands on each practice, in a state's annotated draft."""
    drafter_notes: tuple[str, ...] = field(default=())

    def runs(self):
        """Every run of the act's sections (leads, provisions, notes), in reading order."""
        for section in self.sections:
            yield from section.lead
            for top in section.body:
                for block in top.walk():
                    yield from block.runs
            for note in (section.legislative_note, section.comment, section.authorities):
                if note:
                    for paragraph in note.paragraphs:
                        yield from paragraph

    def section(self, clause_id: str) -> Section:
        """The section built from ``clause_id``; ``KeyError`` when the bill lacks it."""
        for section in self.sections:
            if section.id == clause_id:
                return section
        raise KeyError(clause_id)


@dataclass(frozen=True)
class TableEntry:
    """One authority in a table of authorities; ``key`` matches the ``cite`` of the runs citing it."""

    key: str
    display: str
    runs: tuple[Run, ...] = ()
    """The display with case names in italics."""


# The blocks of a document. Every kind of document (a bill, a testimony packet, handouts, ...) is
# a ``Document`` made of these; a writer knows the blocks, never the kinds. A block's ``role``
# names what it is ("testimony", "model", "footer"); ``billkit.roles`` maps each role to the Word
# style and the HTML element that print it, for every writer and for ``check``'s reader.


@dataclass(frozen=True)
class Heading:
    """A heading; ``anchor`` (when set) is the target a table of contents points at."""

    runs: tuple[Run, ...]
    role: str = "heading"
    anchor: str | None = None

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Para:
    """A paragraph of running text in the role it plays."""

    runs: tuple[Run, ...]
    role: str = "text"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list; each item is a run of text."""

    items: tuple[tuple[Run, ...], ...]
    role: str = "bullet"

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple("".join(run.text for run in item) for item in self.items)


@dataclass(frozen=True)
class Figure:
    """A picture, as SVG for HTML and PDF and as PNG for Word, with words for who cannot see it."""

    svg: str
    png: bytes
    alt: str
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page."""


@dataclass(frozen=True)
class Cover:
    """A title page: a title and labelled facts ("Bill: H.B. 1", "Witness: ...")."""

    title: str
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Contents:
    """A table of contents: the headings with these anchors, each with its page."""

    entries: tuple[tuple[str, str], ...]
    """(anchor, title), in order."""


@dataclass(frozen=True)
class AuthoritiesTable:
    """A table of authorities: each entry with the pages of the document that cite it."""

    groups: tuple[tuple[str, tuple[TableEntry, ...]], ...]
    """(group, entries), in table order: Cases, Statutes, Regulations, Other."""


@dataclass(frozen=True)
class Act:
    """A bill inside a document. ``standalone`` acts print their cover and front matter; an act
    quoted in a larger document (a packet's part) prints its text only, one heading level down."""

    bill: Bill
    standalone: bool = True


DocumentBlock = (
    Heading | Para | Bullets | Table | Figure | PageBreak | Cover | Contents | AuthoritiesTable | Act
)
ACT_KINDS = frozenset({"bill"})
"""The kinds of document that are one act and nothing else (what a legislative XML format writes)."""


@dataclass(frozen=True)
class DocumentMeta:
    """Facts about a document for file metadata, stylesheets and the running head."""

    kind: str
    """What the document is: "bill", "packet", "handout", ...; it picks the kind's stylesheet."""
    title: str
    short_title: str
    language: str = "en"
    subject: str = ""
    variant: str = ""
    """A kind's variant that changes the look, such as a handout's audience ("community")."""
    running_head: bool = True
    """Whether the short title is printed atop each page."""
    keywords: str = "record clearance; immigration"


@dataclass(frozen=True)
class Document:
    """Any document billkit writes: metadata and blocks in reading order."""

    meta: DocumentMeta
    blocks: tuple[DocumentBlock, ...]

    @classmethod
    def of_bill(cls, bill: Bill) -> Document:
        """A bill as a document of its own."""
        meta = DocumentMeta(
            kind="bill",
            title=bill.meta.title,
            short_title=bill.meta.short_title,
            language=bill.meta.language,
            subject=bill.long_title,
            keywords="record clearance; immigration; model bill",
        )
        return cls(meta, (Act(bill),))

    @property
    def act(self) -> Bill | None:
        """The bill, when the document is one act alone."""
        if len(self.blocks) == 1 and isinstance(self.blocks[0], Act):
            return self.blocks[0].bill
        return None

    def citation_anchors(self):
        """(anchor, authority key) for every marked citation, in reading order."""
        for block in self.blocks:
            for run in _runs_of(block):
                if run.anchor and run.cite:
                    yield run.anchor, run.cite


def _runs_of(block: DocumentBlock):
    if isinstance(block, (Heading, Para)):
        yield from block.runs
    elif isinstance(block, Bullets):
        for item in block.items:
            yield from item
    elif isinstance(block, Table):
        for row in (block.header, *block.rows):
            for cell in row:
                yield from cell
    elif isinstance(block, Act):
        yield from block.bill.runs()
