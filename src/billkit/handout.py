"""Build handouts: one page per practice for trainers, and a plain-language community handout."""

from __future__ import annotations

import re
from dataclasses import replace

from .build import build_bill
from .citations import case_names, italicize
from .errors import UsageError
from .jurisdiction import GENERIC, get_jurisdiction
from .library import PRACTICES, Library, load_community_text
from .model import DocumentMeta, Handout, HandoutPage, HandoutSection, Paragraph, Run
from .spec import BillSpec, HandoutSpec
from .templating import collapse, render_text

STRONG = frozenset({"strong"})
NINTH_CIRCUIT = "ninth-circuit"
"""The id of the community handout's section on the Ninth Circuit rule of *Lujan-Armendariz*."""
NINTH_CIRCUIT_ELSEWHERE = "ninth-circuit-elsewhere"
"""The id of its one-line version, printed instead for a state known to lie outside that circuit."""
EXCEPTION_CASES = ("Texas v. United States", "Lujan-Armendariz v. INS", "Nunez-Reyes v. Holder")


def build_handout(spec: HandoutSpec, library: Library) -> Handout:
    """The handout ``spec`` asks for."""
    if spec.audience == "community":
        return _community(spec)
    if spec.lang != "en":
        raise UsageError(
            "trainer handouts are written in English only.",
            hint="use --audience community for the Spanish handout",
        )
    return _trainers(spec, library)


def _community(spec: HandoutSpec) -> Handout:
    text = load_community_text(spec.lang)
    jurisdiction = get_jurisdiction(spec.state) if spec.state else GENERIC
    # The Ninth Circuit rule turns on where the immigration case is decided, not on where the record
    # was cleared, so every handout speaks of it. The generic handout, and one for a state whose
    # circuit is unverified, print the full section about "some states"; a Ninth Circuit state's
    # handout names the state. A handout for a state known to lie outside that circuit prints the
    # one-line version instead (review S9): the reader's immigration case may yet be decided there.
    ninth_circuit = jurisdiction.ninth_circuit  # None for the generic handout
    skipped = NINTH_CIRCUIT if ninth_circuit is False else NINTH_CIRCUIT_ELSEWHERE
    context = {"ninth_circuit_state": jurisdiction.name if ninth_circuit else ""}
    where = f"handouts/community.{spec.lang}.yaml"

    def fill(source: str) -> str:
        return collapse(render_text(source, context, where=where))

    sections = []
    closing: tuple[Paragraph, ...] = ()
    for section in text.sections:
        if section.id == skipped:
            continue
        if section.id == "help":  # its words open the help section, under one heading
            closing = tuple(Paragraph((Run(fill(p)),)) for p in section.paragraphs)
            continue
        sections.append(
            HandoutSection(
                heading=fill(section.heading),
                paragraphs=tuple(Paragraph((Run(fill(p)),)) for p in section.paragraphs),
                bullets=tuple(Paragraph((Run(fill(b)),)) for b in section.bullets),
            )
        )
    if spec.organizations:
        help_section = HandoutSection(
            heading=text.help.heading,
            paragraphs=(*closing, Paragraph((Run(fill(text.help.intro)),))),
            bullets=tuple(Paragraph((Run(org),)) for org in spec.organizations),
        )
    else:
        help_section = HandoutSection(
            text.help.heading, (*closing, Paragraph((Run(fill(text.help.generic)),)))
        )
    sections.append(help_section)
    page = HandoutPage(
        title=text.title, subtitle=text.subtitle, sections=tuple(sections), footer=fill(text.footer)
    )
    return Handout(
        meta=DocumentMeta(title=text.title, short_title=text.title, language=spec.lang),
        audience="community",
        pages=(page,),
    )


def _trainers(spec: HandoutSpec, library: Library) -> Handout:
    practices = list(PRACTICES)
    if spec.practice is not None:
        library.get(spec.practice)
        if spec.practice not in PRACTICES:
            from .errors import UnknownNameError

            raise UnknownNameError("practice", spec.practice, PRACTICES)
        practices = [spec.practice]
    bill = build_bill(BillSpec(relief_term=spec.relief_term, state=spec.state), library, reference=_REF)
    titles = {section.number: section.title for section in bill.sections}
    names = case_names(a for clause in library.clauses.values() for a in clause.citations)
    pages = []
    if spec.practice is None:
        pages.append(_overview(library, names))
    for practice in practices:
        clause = library.get(practice)
        section = bill.section(practice)
        model = [
            Paragraph(_dereference(((Run(b.label + " "),) if b.label else ()) + b.runs, titles), "model")
            for top in section.body
            for b in top.walk()
        ]
        parts = [
            HandoutSection("The problem", (Paragraph(italicize(collapse(clause.problem or ""), names)),)),
            HandoutSection("Model language", tuple(model)),
        ]
        if section.source_note:
            parts[-1] = HandoutSection(
                "Model language",
                (*model, Paragraph(_dereference((Run(section.source_note),), titles), "source")),
            )
        parts.append(
            HandoutSection(
                "Why it matters",
                tuple(Paragraph(_dereference(p, titles)) for p in section.comment.paragraphs),
            )
        )
        if section.authorities:
            parts.append(
                HandoutSection(
                    "Authorities",
                    (),
                    tuple(Paragraph(_dereference(p, titles)) for p in section.authorities.paragraphs),
                )
            )
        if clause.question:
            parts.append(HandoutSection("For discussion", (Paragraph((Run(collapse(clause.question)),)),)))
        pages.append(
            HandoutPage(title=clause.title, subtitle=_practice_label(practice), sections=tuple(parts))
        )
    title = "Clean Slate and Immigrants: Training Handouts"
    return Handout(meta=DocumentMeta(title=title, short_title=title), audience="trainers", pages=tuple(pages))


# A page shows one section of the model act, so a cross-reference cannot print "Section 4": the
# bill is built with this marker as its reference form, and each marker is then replaced by the
# target section's title.
_REF = "\ue000{n}\ue001"
_REF_PATTERN = re.compile("\ue000([0-9]+)\ue001")


def _dereference(runs: tuple[Run, ...], titles: dict[int, str]) -> tuple[Run, ...]:
    """``runs`` with each section reference written as the title of the section it names."""

    def title(match: re.Match) -> str:
        return f"the section of the model act titled “{titles[int(match.group(1))]}”"

    return tuple(replace(run, text=_REF_PATTERN.sub(title, run.text)) for run in runs)


def _practice_label(practice: str) -> str:
    number = PRACTICES.index(practice) + 1
    return f"Practice {number} of {len(PRACTICES)}"


def _overview(library: Library, names) -> HandoutPage:
    intro = (
        "A state record-clearance law can leave a noncitizen’s conviction fully in force for immigration "
        "purposes. Under Matter of Pickering, 23 I. & N. Dec. 621 (B.I.A. 2003), immigration authorities "
        "give effect to relief granted because of a legal defect in the criminal case, but not to relief "
        "granted for rehabilitation. Each page that follows takes one practice that makes a clean-slate "
        "bill safer for immigrants: the problem it solves, model language, why it matters, the "
        "authorities, and a question to discuss."
    )
    bullets = tuple(
        Paragraph(
            (
                Run(library.get(p).title + ".", STRONG),
                Run(" "),
                *italicize(collapse(library.get(p).summary or ""), names),
            )
        )
        for p in PRACTICES
    )
    exceptions = (
        "Two narrow exceptions to the Pickering rule deserve a mention in any training. First, under "
        "8 C.F.R. § 236.22 an expunged conviction is not by itself a bar to Deferred Action for Childhood "
        "Arrivals. But DACA is in litigation (Texas v. United States), so its rules may change, and a "
        "request puts the applicant’s information before the Department of Homeland Security: no one "
        "should apply without individual legal advice. Second, in immigration proceedings heard within "
        "the Ninth Circuit, state rehabilitative relief still removes the immigration consequences of a "
        "first conviction for simple possession of a controlled substance, or for a lesser drug offense "
        "such as possessing paraphernalia, entered on or before July 14, 2011. See Lujan-Armendariz v. "
        "INS, 222 F.3d 728 (9th Cir. 2000); Nunez-Reyes v. Holder, 646 F.3d 684 (9th Cir. 2011) (en banc). "
        "What matters is where the immigration case is heard, not which state cleared the record. The "
        "rule does not reach being under the influence, or a person who already had pre-plea diversion "
        "or first-offender treatment."
    )
    exception_names = tuple(sorted({*names, *EXCEPTION_CASES}, key=lambda n: (-len(n), n)))
    return HandoutPage(
        title="Clean Slate and Immigrants",
        subtitle="Six practices for immigrant-safe record clearance",
        sections=(
            HandoutSection("Why this matters", (Paragraph(italicize(intro, names)),)),
            HandoutSection("The practices", (), bullets),
            HandoutSection("Exceptions to know", (Paragraph(italicize(exceptions, exception_names)),)),
        ),
        footer="Drawn from the Immigrant Legal Resource Center’s guidance “Clean Slate and Immigrants.”",
    )
