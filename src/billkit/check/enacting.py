"""Which sentences of a bill enact nothing for the rules: a legislature's findings, a heading, and a
digest's account of the law the bill changes (unless the bill keeps it); and which disclaim the defect
they name."""

from __future__ import annotations

import re

from .grounds import NO_DEFECT
from .likeness import HEADING
from .vocabulary import PRESENT_LAW_WORDS, SUPERSEDING

FINDINGS = re.compile(
    # (the body may be named in a few words, or in its own language: "The Tribal Council finds"; "I
    # Liheslaturan Guåhan finds")
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)*(?:the |i )?(?:[\w']+ ){0,2}?"
    r"(?:legislature|liheslaturan|general assembly|council|congress|people of the state)\b"
    r"[^.;:]{0,40}\b(?:finds?|found|declares?|determines?|recogni[sz]es|acknowledges)\b|"
    r"\bit is the (?:intent|purpose|policy) of (?:the |this )|"
    # (a court's holding the bill answers: "responds to the decision in State v. Doe, which held that ...")
    r"\b(?:decision|holding|ruling|opinion) in\b[^;]{0,80}?\bwhich held\b|"
    r"^(?:[\w' ]{0,40}\bdigest:\s*)?(?:\(\w{1,4}\)\s*)?(?:under )?(?:existing|current) (?:law|statutes?)\b"
    r"[^.;:]{0,20}\b"
    r"(?:requires?|provides?|authori[sz]es?|permits?|allows?|prohibits?|makes?|says|states|limits?|bars?|lets)\b|"
    # (a committee report's account of what someone asked it to add: "Advocates asked the committee to add a
    # provision creating a rebuttable presumption ...")
    r"\b(?:asked|urged|requested|proposed|suggested|recommended|asks|urges|requests|proposes|suggests|recommends)\b[^.;:]{0,40}\b(?:committee|author|sponsor|legislature)\b"
    r"[^.;:]{0,20}\bto (?:add|include|insert|amend)\b|\bamendments? (?:considered and )?not adopted\b|"
    # (a version not enacted: "As introduced, Section 4 of the bill would have authorized any person ...")
    r"\b(?:as introduced|the introduced (?:version|bill)|the original (?:bill|version))\b[^.;]{0,80}"
    r"\bwould have\b|"
    # (a repealer that says what it repeals: "Section 46-7-12, which provided that ... there is a rebuttable
    # presumption ..., is repealed")
    r"\b(?:sections?|subsections?|paragraphs?|chapters?|articles?|rules?)\b[^.;:]{0,40}, which "
    r"(?:provided|provides|required|requires|prohibited|prohibits|allowed|allows|permitted|permits|barred|bars|stated|"
    r"states|made|makes)\b"
    r".{0,600}?\b(?:is|are) (?:hereby )?repealed\b"
)
"""A legislature's findings or statement of intent ("The Legislature finds all of the following: ... (d) It
is the intent of the Legislature that record clearance ... asks the FBI to remove cleared records"), a
proposal put to a committee and not adopted, or a digest's account of the law the bill changes ("Existing law
requires the Central Repository ... to forward sealing orders to the Federal Bureau of Investigation.
Section 1 of this bill removes that requirement"): no provision."""
PRESENT_LAW = re.compile(PRESENT_LAW_WORDS)
EXISTING_LAW = re.compile(
    r"^(?:[\w' ]{0,40}\bdigest:\s*)?(?:\(\w{1,4}\)\s*)?(?:under )?(?:existing|current) (?:law|statutes?)\b"
)
KEPT_BY_BILL = re.compile(
    r"^\W*(?:this|the) bill\b[^.;]{0,60}\bwould\b"
    r"(?:[^.;]{0,20}\b(?:retain|keep|continue|preserve|expand|extend)\b|"
    r"[^.;]{0,60}\bsuch (?:a |an )?(?:motion|petition|application)\b)"
)
"""A bill that keeps the existing law a digest has just described ("This bill would retain the
advisement requirement and the motion to vacate"; "This bill would provide that such a motion shall be
deemed timely"): that law still stands when the bill is enacted, and is read."""
SUPERSEDED = re.compile(SUPERSEDING)
CURRENT_LAW_HEADING = re.compile(r"(?:^|\s)(?:existing|current|present) law:\s*$")
"""A bill analysis's heading over its account of the law as it stands ("Current law:"), whose sentences run
until the bill's own heading or words ("This bill:")."""
CURRENT_LAW_OPENING = re.compile(
    r"^\W*under (?:(?:sections?|§+|chapters?|articles?|rules?) [\w.:-]+,? )?as (?:currently|presently|now) "
    r"(?:written|worded|in effect|in force)\b"
)
"""A digest's account of the law as it stands, opened in its first sentence ("Under Section 9-411 as currently
written, records ... may not be released ..."): that sentence and those after it, until the bill's own words
("The bill strikes ..."), describe the law the bill changes. ("Under current law, ..." is read verb by verb
in ``FINDINGS``: a digest often goes on to say the bill extends that law, in words ``KEPT_BY_BILL`` does not
know.)"""
BILL_SPEAKS = re.compile(
    r"^\W*(?:this|the) (?:bill|act|measure|proposal|section)\b|"
    r"^\W*(?:proposed law|comments?|analysis|summary)\s*:|^\W*(?:sec(?:tion)?\.?\s*\d|\(\w{1,4}\)\s)"
)
CURRENT_LAW_SPAN = 6
"""The most sentences a "Current law:" heading covers: an account of the law, not the rest of the text."""
NO_DEFECT_RE = re.compile(NO_DEFECT)


def enacting(matched: list[str], sentences: list[str]) -> tuple[list[bool], list[bool]]:
    """Which sentences enact nothing for any rule (what the legislature finds or intends, a heading), and
    which enact no grant of vacatur: they disclaim the defect they name ("shall not be construed as a finding
    that the conviction was in any respect defective"; "shall not of itself be a ground for vacating")."""
    pairs = zip(matched, sentences, strict=True)
    silent = [bool(FINDINGS.search(text) or HEADING.match(sentence)) for text, sentence in pairs]
    under = 0
    for i, text in enumerate(matched):
        # the sentences under a "Current law:" heading, unless the bill that follows keeps that law
        opening = bool(CURRENT_LAW_OPENING.search(text))
        if opening or CURRENT_LAW_HEADING.search(text):
            kept = any(KEPT_BY_BILL.search(after) for after in matched[i + 1 :])
            under = 0 if kept else CURRENT_LAW_SPAN + (not opening)
        elif under and BILL_SPEAKS.search(text):
            under = 0
        silent[i] = silent[i] or under > 0
        under = max(under - 1, 0)
    for i, text in enumerate(matched):
        # a digest's present law, when the proposed law that follows repeals or replaces it; its existing
        # law, when the bill that follows keeps or amends it
        if PRESENT_LAW.search(text) and any(SUPERSEDED.search(after) for after in matched[i + 1 : i + 3]):
            silent[i] = True
        if EXISTING_LAW.search(text) and any(KEPT_BY_BILL.search(after) for after in matched[i + 1 : i + 3]):
            silent[i] = False
    return silent, [bool(NO_DEFECT_RE.search(text)) for text in matched]
