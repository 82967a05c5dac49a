"""The DOCX writer: any document as an editable Word file whose look lives in named styles.

The writer walks the document's blocks; each block's role names its Word style (``billkit.roles``),
and an act is written by ``docx_act``. Styles themselves are defined in ``docx_styles`` and shipped
in the reference document, which a drafting office may replace with its own (``--reference-doc``).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import logging
from itertools import count

from docx import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from ..errors import UsageError
from ..load.content import REFERENCE_DOCX
from ..load.words import words
from ..model import (
    Act,
    AuthoritiesTable,
    Bullets,
    Contents,
    Cover,
    Document,
    DocumentMeta,
    Figure,
    Heading,
    PageBreak,
    Para,
    Table,
)
from ..roles import style
from .docx_act import add_runs, write_act, write_front_matter, write_table
from .docx_styles import ALL_STYLES, HEADING_STYLES, SANS, define_handout_styles, use_running_font
from .ooxml import (
    add_bookmark,
    add_field,
    add_page_reference,
    add_text_run,
    ask_to_update_fields,
    bind_signs_in,
    keep_introductions_with_next,
    number_lines,
    stable_zip,
    tag_language,
)
from .options import RenderOptions

logger = logging.getLogger("billkit")
LANGUAGE_TAGS = {"es": "es-US"}
"""The Word language tag for each document language other than English (whose defaults stay)."""
MARGINS = {"handout": (Inches(0.8), Inches(0.75))}
"""(side, top) page margins of a kind that does not use the reference document's."""


def render_docx(document: Document, options: RenderOptions) -> bytes:
    """The document as DOCX bytes: named styles, page numbers in the footer, notes set off.

    With ``options.notes == "comments"`` a standalone act's body is the clean text and each
    section's notes become a Word comment anchored on its heading (the prefatory note, on the
    act's title). Contents and tables of authorities are ``PAGEREF`` fields to bookmarks.
    """
    word = new_document(document.meta, options)
    if document.meta.variant == "community":
        define_handout_styles(word, large=True)
    if document.meta.kind == "handout" and options.reference_doc is None:
        use_running_font(word, SANS)
    if document.meta.kind in MARGINS:
        side, top = MARGINS[document.meta.kind]
        for section in word.sections:
            section.left_margin = section.right_margin = side
            section.top_margin = top
    if any(isinstance(b, (Contents, AuthoritiesTable)) for b in document.blocks):
        ask_to_update_fields(word)
    _Writer(word, options).write(document.blocks)
    _sign_comments(word, options)
    _warn_missing_styles(word)
    keep_introductions_with_next(word, HEADING_STYLES)
    return finish(word, document.meta)


def _sign_comments(word, options: RenderOptions) -> None:
    """Give every Word comment the document's date and the office's author, never the clock's time.

    python-docx dates a comment when it is made; the same input must give the same bytes.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    if not any(rel.reltype == RT.COMMENTS for rel in word.part.rels.values()):
        return
    when = options.document_date().astimezone(dt.UTC).replace(microsecond=0)
    author = options.comment_author
    names = author.split()
    capitals = [name[0] for name in names if name[0].isupper()] or [name[0] for name in names]
    initials = "bk" if author == "billkit" else "".join(capitals)[:4]
    for comment in word.comments:
        comment._comment_elm.date = when
        comment.author = author
        comment.initials = initials


class _Writer:
    """Writes blocks into a Word document, keeping the bookmarks that page references point to.

    A table of authorities refers, for each authority, to the first place each part (the stretch
    after an anchored heading) cites it: parts start on new pages, so those pages never repeat.
    """

    def __init__(self, word, options: RenderOptions) -> None:
        self.word = word
        self.options = options
        self.ids = count(1)
        self.cites: dict[str, dict[str, str]] = {}  # authority -> part -> bookmark of its first citation
        self.part = ""

    def write(self, blocks) -> None:
        for block in blocks:
            getattr(self, f"_{type(block).__name__.lower()}")(block)

    def on_cite(self, paragraph, run, added) -> None:
        by_part = self.cites.setdefault(run.cite, {})
        if self.part not in by_part:
            name = f"_cite_{run.anchor.replace('-', '_')}"
            add_bookmark(paragraph, name, next(self.ids), around=added)
            by_part[self.part] = name

    def _paragraph(self, role: str):
        return self.word.add_paragraph(style=style(role))

    def _cover(self, block: Cover) -> None:
        add_text_run(self._paragraph("packet-cover-title"), block.title)
        self.word.paragraphs[-1].paragraph_format.space_before = Pt(150)
        for label, value in block.facts:
            paragraph = self._paragraph("cover-fact")
            add_text_run(paragraph, label + ": ", style="Strong")
            add_text_run(paragraph, value)
        self.word.sections[0].different_first_page_header_footer = True

    def _pagebreak(self, _block: PageBreak) -> None:
        self.word.add_section(WD_SECTION.NEW_PAGE).different_first_page_header_footer = False

    def _heading(self, block: Heading) -> None:
        paragraph = self._paragraph(block.role)
        add_runs(paragraph, block.runs, self.on_cite)
        if block.anchor:
            self.part = block.anchor
            add_bookmark(paragraph, _bookmark(block.anchor), next(self.ids))

    def _para(self, block: Para) -> None:
        add_runs(self._paragraph(block.role), block.runs, self.on_cite)

    def _bullets(self, block: Bullets) -> None:
        for item in block.items:
            add_runs(self._paragraph(block.role), item, self.on_cite)

    def _table(self, block: Table) -> None:
        write_table(self.word, block, self.on_cite)

    def _figure(self, block: Figure) -> None:
        self.word.add_picture(io.BytesIO(block.png), width=Inches(6))
        # Word's alternative text: the picture's <wp:docPr descr="...">, the last one in the body.
        self.word.element.body.findall(".//" + qn("wp:docPr"))[-1].set("descr", block.alt)
        if block.caption:
            add_text_run(self._paragraph("table-caption"), block.caption)

    def _contents(self, block: Contents) -> None:
        for anchor, title in block.entries:
            paragraph = self._paragraph("contents-entry")
            add_text_run(paragraph, title)
            add_text_run(paragraph, "\t")
            add_page_reference(paragraph, _bookmark(anchor))

    def _authoritiestable(self, block: AuthoritiesTable) -> None:
        for group, entries in block.groups:
            add_text_run(self._paragraph("authority-group"), group)
            for entry in entries:
                paragraph = self._paragraph("authority-entry")
                add_runs(paragraph, entry.runs or ())
                add_text_run(paragraph, "\t")
                for i, bookmark in enumerate(self.cites.get(entry.key, {}).values()):
                    if i:
                        add_text_run(paragraph, ", ")
                    add_page_reference(paragraph, bookmark)

    def _act(self, block: Act) -> None:
        bill = block.bill
        if not block.standalone:
            write_act(self.word, bill, self.on_cite)
            return
        as_comments = self.options.notes == "comments" and bill.meta.annotated
        if not as_comments:
            write_front_matter(self.word, bill)
        write_act(self.word, bill, notes_as_comments=as_comments)
        restart = self.options.numbering(bill)
        if restart:
            for section in self.word.sections:
                number_lines(section, restart)


def _bookmark(anchor: str) -> str:
    """A Word bookmark name for an anchor: a leading underscore hides it from Word's list."""
    return "_" + anchor.replace("-", "_")


def new_document(meta: DocumentMeta, options: RenderOptions):
    """An empty document with billkit's styles (or the user's house styles) and fixed properties.

    With ``options.reference_doc`` the document starts from the user's Word file: its styles,
    page size, margins, header and footer. A style billkit needs that the file lacks is taken
    from billkit's own reference document, with a warning naming it.
    """
    if options.reference_doc is not None:
        document = _open_reference(options.reference_doc)
        _add_missing_styles(document, WordDocument(io.BytesIO(_reference_bytes())))
    else:
        document = WordDocument(io.BytesIO(_reference_bytes()))
    _clear_body(document)
    _set_properties(document, meta, options.document_date())
    _remember_style_ids(document)
    return document


def _remember_style_ids(document) -> None:
    """Resolve each style once per document instead of once per paragraph and run.

    python-docx finds a style by name, and then checks whether it is the default style of its
    type, by searching every style in the document each time a paragraph or run is styled: more
    than half of a bill's DOCX time. The styles do not change while billkit writes, so each
    answer is kept for the document's body part, and each type's default is found once. The
    answers are python-docx's own: the style's id, or ``None`` for the default, and a
    ``ValueError`` for a style of the wrong type.
    """
    styles = document.styles
    known: dict[tuple[str, str, object], str | None] = {}
    defaults: dict[object, str | None] = {}

    def default_id(style_type) -> str | None:
        if style_type not in defaults:
            default = styles.default(style_type)
            defaults[style_type] = None if default is None else default.style_id
        return defaults[style_type]

    def get_style_id(style_or_name, style_type):
        if style_or_name is None:
            return None
        named = isinstance(style_or_name, str)
        key = ("name" if named else "id", style_or_name if named else style_or_name.style_id, style_type)
        if key not in known:
            found = styles[style_or_name] if named else style_or_name
            if found.type != style_type:
                raise ValueError(f"assigned style is type {found.type}, need type {style_type}")
            known[key] = None if found.style_id == default_id(style_type) else found.style_id
        return known[key]

    document.part.get_style_id = get_style_id


@functools.cache
def _reference_bytes() -> bytes:
    """The shipped reference document, read once per process."""
    return REFERENCE_DOCX.read_bytes()


def _open_reference(data: bytes):
    try:
        return WordDocument(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a DOCX
        raise UsageError(
            f"the reference document is not a readable DOCX file ({type(exc).__name__}).",
            hint="give a .docx saved by Word, or start from `billkit reference-doc house.docx`",
        ) from None


def _clear_body(document) -> None:
    """Remove the body's content, keeping the final section properties (page size, margins)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _add_missing_styles(document, default) -> None:
    """Copy in billkit's own style for each the reference document lacks, remembering which."""
    styles = document.styles
    lent = {}
    for name in ALL_STYLES:
        if name not in styles:
            element = copy.deepcopy(default.styles[name].element)
            styles.element.append(element)
            lent[element.get(qn("w:styleId"))] = name
    document.part.billkit_lent_styles = lent


def _warn_missing_styles(document) -> None:
    """Warn, once each, about the lent styles this document uses: the office may want to add them.

    A style the document never uses (a packet's cover in a bill) is not worth a word.
    """
    lent = getattr(document.part, "billkit_lent_styles", {})
    if not lent:
        return
    used = {
        element.get(qn("w:val"))
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle")
        for element in document.element.body.iter(qn(tag))
    }
    for style_id, name in lent.items():
        if style_id in used:
            logger.warning("the reference document has no style %r; using billkit's", name)


def finish(document, meta: DocumentMeta) -> bytes:
    """Add the running head and "Page N of M" (in the document's language), and return the bytes.

    A header or footer that already has words (from a reference document) is kept as it is.
    """
    page = words("document", meta.language)
    numbering = (page["page"] + " ", " " + page["of"] + " ")
    _header_footer(document.sections[0], meta.short_title if meta.running_head else "", numbering)
    if meta.language in LANGUAGE_TAGS:
        tag_language(document, LANGUAGE_TAGS[meta.language])
    bind_signs_in(document.element.body)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def _header_footer(section, running_head: str, words: tuple[str, str]) -> None:
    has_words = any(p.text.strip() for p in section.header.paragraphs)
    if running_head and not has_words:
        header = section.header.paragraphs[0]
        header.text = running_head
        header.style = "Header"
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if any(p.text.strip() for p in section.footer.paragraphs):
        return
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text_run(footer, words[0])
    add_field(footer, "PAGE")
    add_text_run(footer, words[1])
    add_field(footer, "NUMPAGES")
    if section.different_first_page_header_footer:
        first = section.first_page_footer.paragraphs[0]
        first.style = "Footer"


def _fit(text: str, limit: int = 255) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _set_properties(document, meta: DocumentMeta, when: dt.datetime) -> None:
    props = document.core_properties
    props.title = _fit(meta.title)  # Word's document properties hold at most 255 characters
    props.subject = _fit(meta.subject)
    props.language = meta.language
    props.author = "billkit"
    props.last_modified_by = "billkit"
    props.comments = ""
    props.keywords = meta.keywords
    props.revision = 1
    when = when.astimezone(dt.UTC).replace(tzinfo=None)
    props.created = when
    props.modified = when
    props.last_printed = when


FORMAT = "docx"
EXTENSION = ".docx"
WRITES = "any"
WRITER = render_docx
