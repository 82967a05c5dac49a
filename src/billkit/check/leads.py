"""Lists read with the words that introduce them: each item joined to its lead ("... shall: (1) ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sentences import next_label
from .printed import DANGLING

VERB_LEAD = re.compile(r"\b(?:shall|may|must|will)(?: not)?(?::|--|\u2014)$", re.IGNORECASE)
"""A lead that stops at its verb ("... shall not:", or the United States Code's "shall--"): what follows
finishes its sentence, capitals or not."""
LIST_LEAD = re.compile(
    r"\bthe following\b[^.;]*:$|\bas follows\s*:$|"
    r"\b(?:by|to|of|for|from|with|that|than|including|except|unless|when|upon|and|or)\s*:$|"
    r"\b(?:for|issue|enter|make) (?:an |the )?orders?\s*:$|"
    r"\b(?:when|if|where|unless)\b[^.;:]{0,80}:$|"
    r"\b(?:claims?|asserts?|alleges?|available|disclosed|released|provided|disseminated|furnished)\s*:$|"
    r"\bavailable for\b[^.;]{0,60}:$|"
    r"\b(?:persons|individuals|entities|agencies|officials|only)\s*:$|"
    # a remedy refused in the cases listed ("The writ of error coram nobis does not lie:")
    r"\b(?:does|do|shall|may|will) not "
    r"(?:lie|apply|issue|be (?:allowed|granted|available|issued|entertained))\s*:$|"
    # a caption of a group of items inside a list ("... is permitted by: (2) Case participants:")
    r":\s*\(\w{1,4}\)\s*[a-z][\w,'’ -]{0,48}:$|" + DANGLING.pattern,
    re.IGNORECASE,
)
"""A lead that announces a list ("... any of the following actions ...:"), or stops at a word that needs
its object ("... except when requested by:") or at a remedy refused ("The writ ... does not lie:"), or a
caption of a group of a list's items ("... is permitted by: (2) Case participants:"): its labelled items
finish its sentence, capitals or not, as long as they keep the first item's kind of label."""

SKIPPED = " … "
"""What joins a list's later item to its lead, in place of the items before it: the cut a quote must mark."""


def unmarked(text: str) -> str:
    """``text`` as the rules read it: an item straight after its lead, the cut unmarked."""
    return text.replace(SKIPPED, " ")


UNLABELLED_ITEMS = re.compile(r";\s+(?:(?:and|or)\s+)?[A-Z]|;$")
"""Items that lost their bullets ("They were not advised ...; They did not ...; or The plea was ..."): read
as a list's items when they follow its lead, as labelled ones are."""


@dataclass
class _Lead:
    """An open lead: its words (with the leads above it), the label style of the provision that opened
    it, and the label style of its first labelled item."""

    text: str
    own: str | None
    items: str | None = None
    last: str | None = None  # the number or letter of the last item joined to it
    inline: bool = False  # its first item was printed in its own sentence ("... if (1) ...; or")
    quoting: bool = False  # a quotation it prescribes runs on past the sentence last joined to it
    cut: bool = False  # a cut ("...") printed between it and the item to be joined next


def with_leads(located: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Read each item of a list with the words that introduce it.

    "The agency shall publish an advisement that explains: (1) that relief may not ..." says its
    duty in the lead and its content in the item; neither half says it alone. Leads nest ("(2) The
    court shall: (a) inform ...: (A) ..."), and a provision labelled like the one that opened a lead
    ("(3)" after "(2) The motion must:") is its sibling, not its item: it closes that lead.
    """
    out: list[tuple[str, str]] = []
    stack: list[_Lead] = []
    suspended: list[_Lead] = []  # a list an item's second, unlabelled sentence interrupted
    for sentence, location in located:
        body = re.sub(r"^(?:\(\w{1,4}\)|\(\d{1,3}\.\d{1,3}\)|\d{1,3}\.|[a-z]\.(?=\s))\s*", "", sentence)
        if stack and body in ("", "...", "…"):  # a label printed apart from its words, or a cut ("...")
            out.append((sentence, location))
            stack[-1].cut = stack[-1].cut or bool(body)
            continue
        label = _item_label(sentence, stack)
        if (
            suspended
            and _resumes(suspended[-1], sentence, label)
            and not (stack and stack[-1].items == label)
        ):
            stack = (
                suspended  # the interrupted list's next item ("3. ... Statutes. In addition ...: a. ...; 4.")
            )
        _close_siblings(stack, label)
        lead = stack[-1] if stack else None
        style = label or ("unlabelled" if UNLABELLED_ITEMS.search(sentence) else None)
        words = unmarked(lead.text) if lead is not None else ""
        listed = lead is not None and (
            bool(VERB_LEAD.search(words))
            or (bool(LIST_LEAD.search(words)) and style is not None and lead.items in (None, style))
            or (lead.inline and style == lead.items)
        )
        # words the lead prescribes ("shall state: “...”"), and the rest of a quotation it opened
        quoted = body[:1] in "\"“‘'" or (lead is not None and (_open_quote(lead.text) or lead.quoting))
        if lead is not None and (body[:1].islower() or listed or quoted):
            continued = lead.quoting  # a later sentence of the quotation, with the ones before it cut
            if quoted:
                lead.quoting = _still_quoting(lead.quoting, sentence)
            if listed and not body[:1].islower() and lead.items is None:
                lead.items = style
            gap = SKIPPED if (listed and lead.last is not None) or continued or lead.cut else " "
            lead.cut = False
            if listed:
                lead.last = _label_value(sentence)
            joined = f"{lead.text}{gap}{sentence}"
            out.append((joined, location))
            if _opens_list(sentence):
                stack.append(_Lead(joined, label))
            continue
        out.append((sentence, location))
        if label is None and stack and stack[-1].items is not None:
            suspended = stack
        elif label is not None:
            suspended = []
        stack = [_Lead(sentence, label)] if _opens_list(sentence) else _inline_lead(sentence, label)
    return out


INLINE_FIRST = re.compile(
    r"^(?P<lead>.{20,}?\b(?:if|when|where|unless|that|only|including|except|following)\s*[:,-]?)"
    r"\s+\((?P<first>1|a|A|i)\)\s(?!of\b)[^.]*[;,]\s*(?:or|and)?$"
)
"""A lead printed in one sentence with its first item, which goes on to the next ("(a) A claim may not be
brought ... if (1) the claim ...; or"): the items after it finish the lead's sentence as the first did."""


def _item_label(sentence: str, stack: list[_Lead]) -> str | None:
    """The label style of ``sentence``; "(i)" after "(h)" is the ninth letter, not a roman one."""
    label = _label_style(sentence)
    if label == "roman" and stack and stack[-1].items == "lower" and re.match(r"^\([ivx]\)", sentence):
        return "lower"
    return label


def _inline_lead(sentence: str, label: str | None) -> list[_Lead]:
    """The lead of a list whose first item ``sentence`` carries, open for the items after it; none if it
    carries none."""
    match = INLINE_FIRST.match(sentence)
    if match is None:
        return []
    items = _label_style(f"({match['first']})")
    return [_Lead(match["lead"], label, items=items, last=match["first"], inline=True)]


def _close_siblings(stack: list[_Lead], label: str | None) -> None:
    """Close the lead a provision labelled ``label`` is a sibling of, and every lead opened inside it: "(b)"
    after "(a) ...: (1) ... shall: (A) ..." is no item of any of them."""
    if label is not None and any(open_.own == label for open_ in stack):
        while stack[-1].own != label:
            stack.pop()
        stack.pop()


AMENDING = re.compile(
    r"\b(?:amended|added|enacted|created|reenacted|inserted)\b(?:[^.;]|\.(?=\d)){0,160}"
    r"\bto read(?: as follows)?\s*:$|"
    r"\bamended (?:as follows|by (?:adding|inserting))\b(?:[^.;]|\.(?=\d)){0,160}:$",
    re.IGNORECASE,
)
"""A bill's instruction that a section is amended or added "to read as follows:": the section's text follows,
not a list that finishes the instruction's sentence (joined to it, each subdivision would be quoted after the
instruction, and a later section's subdivision "11." after the instruction for "10.")."""


def _opens_list(sentence: str) -> bool:
    """Whether ``sentence`` stops where a list must finish it: at a colon or dash, or at a word that needs its
    object; not a bill's instruction to amend a section "to read as follows:"."""
    if AMENDING.search(sentence):
        return False
    return sentence.endswith((":", "--", "\u2014")) or bool(DANGLING.search(sentence))


def _resumes(lead: _Lead, sentence: str, label: str | None) -> bool:
    """Whether ``sentence`` is the next item of the list ``lead`` opened, after an item's own further
    sentences interrupted it: labelled as its items are, and numbered or lettered next after its last."""
    if label is None or lead.items != label or lead.last is None:
        return False
    value = _label_value(sentence)
    return value is not None and value == next_label(lead.last)


def _label_value(sentence: str) -> str | None:
    """The number or letter of the label a sentence opens with ("(3)" -> "3", "b." -> "b")."""
    match = re.match(r"^\((\w{1,4})\)|^(\d{1,3})\.\s|^([a-z])\.\s", sentence)
    return next((g for g in match.groups() if g), None) if match else None


def _still_quoting(quoting: bool, sentence: str) -> bool:
    """Whether a quotation is still open after ``sentence`` (open before it when ``quoting``): the words a
    lead prescribes ("shall read the following advisement: “Your record is sealed. ... Talk to a lawyer.”")
    run on sentence by sentence until it closes."""
    if sentence.count("“") != sentence.count("”"):
        return sentence.count("“") > sentence.count("”")
    return quoting != (sentence.count('"') % 2 == 1)


def _open_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened ("... in bold type: “WARNING:")."""
    return _still_quoting(False, text)


def _label_style(sentence: str) -> str | None:
    """The kind of list label a sentence opens with: "(a)", "(1)", "(A)", "(i)", "1."; ``None`` if none. An
    amended section's opening quotation mark ("“(d) Records placed in ...") is no part of the label."""
    sentence = sentence.lstrip('"“')
    if re.match(r"^\d{1,3}\.\s", sentence):
        return "arabic-dot"
    if re.match(r"^[a-z]\.\s", sentence):
        return "letter-dot"
    if re.match(r"^\(\d{1,3}\.\d{1,3}\)", sentence):
        return "arabic"  # Illinois numbers items put between others with decimals ("(0.05)", "(1.5)")
    match = re.match(r"^\((\w{1,4})\)", sentence)
    if match is None:
        return None
    text = match.group(1)
    if (re.fullmatch(r"[ivx]+", text) and text != "i") or text in ("i", "ii", "iii"):
        return "roman"
    if text.isdigit():
        return "arabic"
    return "upper" if text.isupper() else "lower"
