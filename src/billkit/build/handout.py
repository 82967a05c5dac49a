"""Build handouts: one page per practice for trainers, and a plain-language community handout."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..errors import UnknownNameError, UsageError
from ..load.jurisdiction import resolve
from ..load.library import PRACTICES, Library, load_community_text
from ..load.words import Words, words
from ..model import Bullets, Document, DocumentMeta, Heading, PageBreak, Para, Run
from ..spec import BillSpec, HandoutSpec
from . import build_bill
from .citations import italicize
from .references import MARKER, name_references
from .templating import collapse, render_text, series

STRONG = frozenset({"strong"})
NINTH_CIRCUIT = "ninth-circuit"
"""The id of the community handout's section on the Ninth Circuit rule of *Lujan-Armendariz*."""
NINTH_CIRCUIT_ELSEWHERE = "ninth-circuit-elsewhere"
"""The id of its one-line version, printed instead for a state known to lie outside that circuit."""
STATE_LAW = "state-law"
"""The id of the section on the state's own law, printed only in one state's handout."""
TOLD = ("vacatur-for-cause", "record-access", "federal-records")
"""The practices a community reader can act on: a court that cancels a flawed conviction, getting
one's own records, and whether cleared records reach immigration agents. The presumption, the
court's jurisdiction and public education are for the lawyer and the legislature."""
TOLD_ALWAYS = frozenset({"federal-records"})
"""Of those, the one whose sentence prints whatever the state's status: whether cleared records
still reach immigration agents is what a reader most needs to hear, even when no law says."""


def build_handout(spec: HandoutSpec, library: Library, updated: dt.date | None = None) -> Document:
    """The handout ``spec`` asks for; a community handout's footer says it was ``updated`` then, or, with
    no date given, when its words were last reviewed."""
    if spec.audience == "community":
        return _community(spec, updated)
    if spec.lang != "en":
        raise UsageError(
            "trainer handouts are written in English only.",
            hint="use --audience community for the Spanish handout",
        )
    return _trainers(spec, library)


def _community(spec: HandoutSpec, updated: dt.date | None) -> Document:
    text = load_community_text(spec.lang)
    jurisdiction = resolve(spec.state)
    # The Ninth Circuit rule turns on where the immigration case is decided, not on where the record
    # was cleared, so every handout speaks of it. The generic handout, and one for a state whose
    # circuit is unverified, print the full section about "some states"; a Ninth Circuit state's
    # handout names the state. A handout for a state known to lie outside that circuit prints the
    # one-line version instead (review S9): the reader's immigration case may yet be decided there.
    ninth_circuit = jurisdiction.ninth_circuit  # None for the generic handout
    skipped = NINTH_CIRCUIT if ninth_circuit is False else NINTH_CIRCUIT_ELSEWHERE
    # Where the state's own rehabilitative relief is called vacating, the handout warns the reader
    # that it is not the legal-error kind (the blind legal read of 2026-11-30).
    vacating = jurisdiction.relief is not None and jurisdiction.relief.vacatur_word
    context = {
        "ninth_circuit_state": jurisdiction.name if ninth_circuit else "",
        "vacating_state": jurisdiction.name if vacating else "",
    }
    where = f"handouts/community.{spec.lang}.yaml"

    def fill(source: str) -> str:
        return collapse(render_text(source, context, where=where))

    blocks: list = [*_title(text.title, text.subtitle)]
    closing: list[Para] = []
    for section in text.sections:
        if section.id == skipped:
            continue
        bullets = [fill(b) for b in section.bullets]
        if section.id == STATE_LAW:
            bullets = state_sentences(jurisdiction, spec.lang)
            if not bullets:
                continue
        if section.id == "help":  # its words open the help section, under one heading
            closing = [Para((Run(fill(p)),)) for p in section.paragraphs]
            continue
        blocks.append(Heading((Run(fill(section.heading)),), "section-title"))
        blocks += [Para((Run(said),)) for p in section.paragraphs if (said := fill(p))]
        if bullets:
            blocks.append(Bullets(tuple((Run(b),) for b in bullets)))
    blocks += [Heading((Run(text.help.heading),), "section-title"), *closing]
    if spec.organizations:
        blocks.append(Para((Run(fill(text.help.intro)),)))
        blocks.append(Bullets(tuple((Run(org),) for org in spec.organizations)))
    else:
        blocks.append(Para((Run(fill(text.help.generic)),)))
    footer = fill(text.footer) + " " + updated_line(updated or text.reviewed, spec.lang)
    blocks.append(Para((Run(footer),), "footer"))
    blocks = [_typographic(block) for block in blocks]
    meta = DocumentMeta(
        kind="handout",
        title=text.title,
        short_title=text.title,
        language=spec.lang,
        variant="community",
        running_head=False,
    )
    return Document(meta, tuple(blocks))


def updated_line(day: dt.date, lang: str) -> str:
    """ "Updated March 4, 2027." in the handout's language."""
    page = words("document", lang)
    return page.fill("updated", month=page["months"][day.month - 1], day=day.day, year=day.year)


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE = re.compile(r'"([^"]*)"')


def _typographic(block):
    """The block with straight quotes made typographic (a state's sentences, a group's name):
    an apostrophe inside a word becomes ’ and a pair of double quotes “ ”. Both languages'
    handouts use these marks."""

    def curl(run: Run) -> Run:
        text = _DOUBLE.sub("“\\1”", _APOSTROPHE.sub("’", run.text))
        return run if text == run.text else dataclasses.replace(run, text=text)

    if isinstance(block, Bullets):
        return dataclasses.replace(block, items=tuple(tuple(map(curl, item)) for item in block.items))
    return dataclasses.replace(block, runs=tuple(map(curl, block.runs)))


def state_sentences(jurisdiction, lang: str) -> list[str]:
    """The plain sentences a community handout gives about the state's own law: a disposition of the
    state's that immigration law counts as a conviction though the state does not, where its record
    has one; each practice of ``TOLD`` the state gives in full or in part or works against; and always
    what happens to its records."""
    laws = jurisdiction.practices
    relief = jurisdiction.relief
    disposition = relief.disposition if relief is not None else None
    trap = [getattr(disposition.plain, lang)] if disposition is not None else []
    return trap + [
        getattr(laws[practice].plain, lang)
        for practice in TOLD
        if practice in laws
        and (laws[practice].status in ("has", "partly", "against") or practice in TOLD_ALWAYS)
    ]


def _title(title: str, subtitle: str = "") -> list:
    """A sheet's title and, when it has one, its subtitle."""
    return [Heading((Run(title),), "page-title"), *([Para((Run(subtitle),), "subtitle")] if subtitle else [])]


def _trainers(spec: HandoutSpec, library: Library) -> Document:
    practices = list(PRACTICES)
    if spec.practice is not None:
        library.get(spec.practice)
        if spec.practice not in PRACTICES:
            raise UnknownNameError("practice", spec.practice, PRACTICES)
        practices = [spec.practice]
    words = trainer_words()
    bill = build_bill(BillSpec(relief_term=spec.relief_term, state=spec.state), library, reference=MARKER)
    titles = {section.number: section.title for section in bill.sections}
    names = library.case_names
    jurisdiction = resolve(spec.state) if spec.state else None
    sheets = [] if spec.practice is not None else [_overview(library, names, words)]
    for practice in practices:
        section = name_references(bill.section(practice), lambda n: words.fill("reference", title=titles[n]))
        today = _state_today(jurisdiction, practice, words) if jurisdiction is not None else []
        sheets.append(_sheet(library.get(practice), section, names, words, today))
    if spec.organizations:  # named in each sheet's subtitle, which has room for it on its line
        by = words.fill("presented_by", organizations=series(spec.organizations))
        sheets = [[title, _add_to(subtitle, by), *rest] for title, subtitle, *rest in sheets]
    blocks = [block for i, sheet in enumerate(sheets) for block in ([PageBreak()] if i else []) + sheet]
    title = words["title"]
    meta = DocumentMeta(
        kind="handout", title=title, short_title=title, variant="trainers", running_head=False
    )
    return Document(meta, tuple(blocks))


def _add_to(subtitle: Para, words: str) -> Para:
    return dataclasses.replace(subtitle, runs=(*subtitle.runs, Run(" · " + words)))


def trainer_words() -> Words:
    return words("trainers")


def _sheet(clause, section, names, words: Words, today: list) -> list:
    """One practice's sheet: the problem, the model language, where the state stands (``today``, on a
    state's sheet), why it matters, authorities, a question."""
    headings = words["headings"]

    number = PRACTICES.index(clause.id) + 1
    label = words.fill("practice_label", number=number, total=len(PRACTICES))
    out = [*_title(clause.title, label), _section(headings["problem"])]
    out.append(Para(italicize(collapse(clause.problem or ""), names)))
    out.append(_section(headings["model"]))
    omits = words["model_omits"]
    kept = [top for top in section.body if top.id not in omits]
    out += [
        Para(((Run(b.label + " "),) if b.label else ()) + b.runs, "model") for top in kept for b in top.walk()
    ]
    if section.source_note:
        out.append(Para((Run(section.source_note),), "source"))
    left_out = [words.fill("model_omitted_part", label=top.label or "", what=omits[top.id])
                for top in section.body if top.id in omits]  # fmt: skip
    if left_out:
        key = "model_omitted" if len(left_out) == 1 else "model_omitted_parts"
        out.append(Para((Run(words.fill(key, parts=series(left_out))),), "source"))
    out += today
    out.append(_section(headings["why"]))
    out += [Para(p) for p in section.comment.paragraphs]
    if section.authorities:
        out.append(_section(headings["authorities"]))
        out.append(Bullets(tuple(section.authorities.paragraphs), "citation"))
    if clause.question:
        out += [_section(headings["question"]), Para((Run(collapse(clause.question)),))]
    return out


def _state_today(jurisdiction, practice: str, trainer: Words) -> list:
    """Where the state's law stands on ``practice``: its status, the law it has and the law against it."""
    law = jurisdiction.practices.get(practice)
    if law is None:
        return []
    said = trainer.fill(
        "state",
        status=words("standing")["statuses"][law.status],
        citations="; ".join(law.own_citations),
        against="; ".join(c.citation for c in law.contrary),
        name=jurisdiction.name,
    )
    return [_section(trainer.fill("state_heading", name=jurisdiction.name)), Para((Run(said),))]


def _section(heading: str) -> Heading:
    return Heading((Run(heading),), "section-title")


def _overview(library: Library, names, words: Words) -> list:
    overview = words["overview"]
    bullets = tuple(
        (
            Run(library.get(p).title + ".", STRONG),
            Run(" "),
            *italicize(collapse(library.get(p).summary or ""), names),
        )
        for p in PRACTICES
    )
    exception_names = tuple(sorted({*names, *overview["exception_cases"]}, key=lambda n: (-len(n), n)))
    return [
        *_title(overview["title"], overview["subtitle"]),
        _section(overview["why_heading"]),
        Para(italicize(overview.fill("why"), names)),
        _section(overview["practices_heading"]),
        Bullets(bullets),
        _section(overview["exceptions_heading"]),
        Para(italicize(overview.fill("exceptions"), exception_names)),
        Para(italicize(overview.fill("limits"), exception_names)),
        Para((Run(overview["footer"]),), "footer"),
    ]
