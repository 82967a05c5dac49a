"""The note that says which provisions are the guidance's sample language, and whether they were adapted."""

from __future__ import annotations

from collections.abc import Mapping

from ..load.schema import Clause, Item
from ..load.words import words
from ..model import Block
from .context import Drafting
from .numbering import LADDERS
from .params import defaults, fill_params
from .relief import DEFAULT_TERM, get_relief_term
from .templating import collapse, render_text


def source_note(drafting: Drafting, clause: Clause, top: Mapping[int, Block]) -> str | None:
    """Which provisions are the guidance's sample language, and whether they were adapted.

    A provision is "verbatim" when it reads exactly as it does with the guidance's own
    choices (the relief term "expungement" and the default parameters). ``top`` holds the
    section's top-level provisions as printed, by their index in the clause's text.
    """
    guidance = [
        (i, item)
        for i, item in enumerate(clause.text)
        if i in top and (item.source or clause.source) == "guidance"
    ]
    if not guidance:
        return None
    where = drafting.origin(clause.id)
    standard = get_relief_term(DEFAULT_TERM)
    base = drafting.context(clause.id, {}, relief=standard)
    plain = drafting.context(clause.id, fill_params(where, defaults(clause), base), relief=standard)
    w = words("bill")["source_note"]
    guide = w.fill("guide", guidance=drafting.library.act.guidance_name)
    sentences = []
    for quoting in (False, True):
        chosen = [(i, item) for i, item in guidance if item.quotes_guidance is quoting]
        if not chosen:
            continue
        labels = [top[i].label for i, _ in chosen]
        adapted = any(
            _adapted(top[i], item, plain, quoting, f"{where}: field 'text.{i}'") for i, item in chosen
        )
        if labels == [None]:
            what = w.fill("whole_section")
        else:
            level = w["levels"][LADDERS[clause.ladder][0]]
            what = w.fill("provisions", level=level, count=len(labels), labels=labels)
        sentence = "adds" if quoting else "is"
        how = w.fill("adapted" if adapted else "verbatim")
        sentences.append(w.fill(sentence, what=what, count=len(labels), guide=guide, how=how))
    return " ".join([w.fill("opening"), *sentences])


def _adapted(printed: Block, item: Item, plain: Mapping, quoting: bool, where: str) -> bool:
    """Whether the guidance's words in ``printed`` differ from how they read with its own choices."""
    return _sample(printed.text, quoting) != _sample(
        collapse(render_text(item.text, plain, where=where)), quoting
    )


def _sample(text: str, quoting: bool) -> str:
    """The guidance's words in a provision: all of it, or what an amending one puts in quotes."""
    if not quoting:
        return text
    start, end = text.find("“"), text.rfind("”")
    return text[start + 1 : end] if 0 <= start < end else text
