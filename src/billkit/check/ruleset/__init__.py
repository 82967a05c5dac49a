"""The rules `billkit check` applies: the words real bills use for each practice, and the rules
that combine them, each with a strength (present, partial, against).

A rule fires when a sentence holds every one of its word patterns; ``unless`` patterns veto it.
The patterns look for ideas, in the many words real bills use, not for billkit's own sentences.
The engine that applies them, and judges each practice, is :mod:`billkit.check.rules`.
"""

from __future__ import annotations

from dataclasses import replace

from ..barred import BARRED_VACATUR
from ..grants import SENTENCE_CONFINED, SENTENCE_ONLY
from ..grounds import CHANGED_LAW, DECRIMINALIZED, DEFECT, NAMED_ONLY, VACATE
from . import (
    addressed,
    closed_by_relief,
    closed_courts,
    closures,
    confirmations,
    conviction,
    cooperation,
    court_bars,
    court_kept,
    court_power,
    education,
    federal,
    federal_files,
    finality,
    forfeiture,
    jurisdiction,
    others,
    person_refused,
    presumptions,
    records,
    refusals,
    routes,
    standing,
    time_bars,
)
from .rule import NARROWS, Rule
from .synonyms import widened_rule

__all__ = ["DESCRIPTIONS", "RULES", "Rule"]

DESCRIPTIONS = {
    "vacatur-for-cause": "relief that rests on a legal defect in the conviction, not only on rehabilitation",
    "rebuttable-presumption": "a rebuttable presumption that a noncitizen's uninformed plea is legally invalid",
    "court-jurisdiction": "a statement that relief does not end the court's jurisdiction over later motions",
    "record-access": "the person's access to their own cleared records without a court order",
    "federal-records": (
        "removal of cleared records from federal databases (the Interstate Identification Index) "
        "and a bar on sharing them with federal immigration authorities"
    ),
    "public-education": (
        "public advisement, with community organizations and in the community's languages, that "
        "relief may not remove immigration consequences"
    ),
}


NEGATED_GRANT = (
    r"\bnothing\b[^.;]{0,60}\b(?:construed|deemed|interpreted|read) (?:to|as) (?:authoriz|creat|requir|permit|allow|establish|grant)\w*|"
    r"(?:shall|may|must) not be presumed|\bno presumption|"
    + conviction.NO_PRESUMPTION
    + "|"
    + BARRED_VACATUR
    + "|"
    # (a digest's repeal of the grant: "Repeals the provision permitting a defendant to move to vacate a judgment")
    r"\b(?:repeal|abolish|eliminat)\w*\b[^.;]{0,30}\b(?:provisions?|sections?|authority|right|remed(?:y|ies)|writs?)\b[^.;]{0,20}"
    r"\b(?:permitting|allowing|authori[sz]ing|that (?:permits|allows|authori[sz]es))\b"
)
"""A grant turned into its opposite ("Nothing in this section shall be construed to authorize the court to set
aside a conviction on the ground that ..."): no vacatur or presumption is granted."""
NEGATED = NEGATED_GRANT + r"|\bnot (?:be )?cognizable"
"""... or a claim that "is not cognizable": no grant either, though a rule that reads a claim carved out of a vacatur
as narrowing it (``NARROWS``) reads exactly that."""


ORDER_VACATED = (
    # ("shall vacate the expungement order and direct that the record be restored")
    r"\b(?:vacat\w*|set(?:s|ting)? aside|rescind\w*) (?:an? |the |such |that |any |its )?(?:expungement|expunction|sealing|set-aside|"
    r"nondisclosure|shielding|annulment) orders?\b|"
    # (or set aside: "a motion by the district attorney to set aside the order of expungement on the ground that it was
    # obtained by fraud")
    r"\b(?:vacat\w*|set(?:s|ting)? aside|rescind\w*) (?:an? |the |such |that |any |its )?(?:\w+ )?orders? (?:(?:of|for|granting) (?:the )?(?:expung|expunct|seal|"
    r"set[- ]?aside|nondisclos|shield|annul|relief)\w*|(?:sealing|expunging|shielding|annulling)\b|"
    r"(?:of|for|granting) (?:the )?(?:expung|expunct|seal|"
    r"set[- ]?aside|nondisclos|shield|annul|relief)\w*|(?:entered|issued|granted) (?:under|pursuant to) (?:this |subsection|section|"
    r"paragraph|subdivision))|"
    # ("the prosecuting attorney may ... move to vacate the order on the ground that it was obtained by fraud", where the
    # order is the expunction the sentence names)
    r"(?=.*\b(?:expunct|expung|seal|set-aside|nondisclos)\w*).*\bvacat\w* (?:the|such|that|its) order\b"
    r"(?! of (?:conviction|judgment|commitment|adjudication))"
)
"""An order of relief undone ("the court may vacate an order entered under subsection B ... if the order was obtained by
fraud"; "vacate the order of expungement"), not the conviction vacated. An order of deferred adjudication or of
supervision entered on a plea is a conviction for immigration purposes, and vacating it is the practice."""
PARDON_FILED = (
    r"^(?!.*\b(?:finding|violation|invalid|error|defect|unconstitutional|innocen)).*\b(?:upon|on|after) (?:the )?(?:filing|presentation|"
    r"receipt) of (?:a |the )?(?:certified copy of (?:a |the )?)?(?:full )?pardon\b"
)
"""A vacatur the court enters on a pardon's filing, in a sentence that names no other ground ("Upon the filing of a
certified copy of a full pardon, the court shall vacate the conviction"): the governor's act of grace, not a finding
that the conviction was flawed."""

PRETRIAL = (
    r"\bbefore (?:the )?(?:trial|arraignment|plea)\b[^.;]{0,120}\bdismiss\w* (?:the |an? )?(?:indictment|information|complaint)\b|"
    r"\bdismiss\w* (?:the |an? )?(?:indictment|information|complaint)\b[^.;]{0,80}\bbefore (?:the )?trial\b"
)
"""A charge dismissed before trial for a defect ("Before trial, on motion of the defendant, the court shall dismiss the
indictment ... upon any of the following grounds"): there is no conviction yet to vacate."""

ANOTHER_S_RECORD = (
    r"\b(?:names?|addresses|questionnaires?|lists?|identit(?:y|ies)|statements?|records?|information)\b[^.;]{0,40}\b(?:of|about|concerning) "
    r"(?:the |a |any )?(?:persons? summoned as )?(?:jurors?|victims?|witness(?:es)?|informants?|complainants?)\b|\b(?:juror|jury) "
    r"(?:questionnaires?|lists?|names?)\b"
)
"""A closed record about someone else ("The names, addresses and completed questionnaires of the persons summoned as jurors
... shall not thereafter be open to inspection by any party, including the defendant"): no bar on the person's own."""

COURT_GATED = (
    r"\b(?:may|shall|can)\b,? (?:only )?(?:with|upon|on|after obtaining) (?:the )?(?:prior )?(?:leave|permission|approval|consent|"
    r"authori[sz]ation) of (?:the |a )?(?:\w+ )?court\b|"
    r"\bonly (?:upon|on|after|if)\b[^.;]{0,80}\b(?:good cause|showing of (?:need|good cause|necessity))\b|\bonly (?:upon|on|after) motion\b"
)
"""A route the court must open first, set inside the grant ("the person who is the subject of the record may, with leave
of the court that entered the sealing order, obtain a copy"): no access of the person's own."""


OWN_ACCESS_VETOES = (
    routes.THROUGH_PROCEDURE,
    routes.NARROWED_RECORD,
    routes.BY_COURT_PETITION,
    routes.OF_ANOTHER,
    routes.PERMISSION_WITHHELD,
    routes.WITHHELD_FROM_PERSON,
    routes.PROVISO_GATE_HERE,
    COURT_GATED,
    # (a bar that names the person among those it shuts out: "no person, including the person who was arrested, shall
    # be entitled to obtain a copy")
    r"\bno (?:\w+ )?(?:person|one|individual)s?,? including\b|\b(?:any|every|all) (?:persons?|one|individuals?),? (?:the |that )?"
    r"(?:person|subject|petitioner|defendant|applicant|individual|juvenile|child) (?:included|not excepted)\b",
    # (a duty disclaimed gives nothing: "Nothing in this section requires the clerk to furnish to the petitioner any other
    # document")
    r"\bnothing\b[^.;]{0,40}\brequires? (?:the |a |an |any )?(?:clerk|agency|department|custodian|court|bureau|repository|officer|division)s? "
    r"to (?:furnish|provide|release|disclose|give|produce|send|deliver)\b",
    # (a saving that points to other law: "Nothing in this section precludes the person ... from obtaining any record to
    # which he is otherwise entitled by law")
    r"\bnothing\b[^.;]{0,60}\b(?:precludes?|prevents?|prohibits?|bars?)\b[^.;]{0,80}\bfrom (?:obtaining|inspecting|receiving) any "
    r"(?:\w+ )?records? (?:to which|that) (?:he|she|they|the person|he or she|the individual)\b[^.;]{0,20}\botherwise entitled\b",
    # (a list's lead, whose items the list reader weighs: "the juvenile may answer any inquiry accordingly, provided,
    # however, that the following may obtain the expunged records")
    r"\bthat the following (?:\w+ )?may (?:obtain|inspect|access|have|see|receive|review)\b",
    # (a paper saying the record was cleared, not the record: "The petitioner may obtain a certified statement that the
    # record has been expunged")
    r"(?<!receipt of )\b(?:statement|certificate|certification|letter)s? (?:stating |certifying |that |to the effect that )[^.;]{0,60}\b(?:(?:has|have) been|was|were) "
    r"(?:expunged|sealed|vacated|set aside|cleared|destroyed)\b",
    # (the person named as one the records are closed to: "the records shall not be open to inspection by the child")
    r"\bnot (?:be )?(?:open|available|accessible) (?:for |to )?(?:inspection |examination |review )?(?:by|to) (?:the )?"
    r"(?:child|juvenile|minor|youth|person|individual|defendant|petitioner)\b(?!['\u2019])",
)
"""What every grant of the person's own access gives way to (the narrowed forms, which the rule modules read as
partial, a court's leave, and a proviso that holds the grant to a judge's order)."""


def _vetoed(rule: Rule) -> Rule:
    """``rule`` with the vetoes its practice shares: a negated grant of vacatur or presumption; a vacatur only
    the prosecutor may seek, or only for later convictions; the recall of a sentence; a decriminalized offense
    or a later change in the law; an order of relief undone; a vacatur on a pardon's filing; a charge
    dismissed before trial; access to one's records only through another agency's procedure or with the
    court's leave, or to a summary or the orders alone (the narrowed forms, which the rule modules read as
    partial); against own-record access, a bar on releasing records to another requester, or on someone else's
    record; and, against a court's power, a power kept in a bar's words, a civil matter's finality, or the
    relief's own waiting period; and, for it, a court the sentence refuses power; and, for federal records and public
    education, the person's lawyer in a case before an immigration agency or court."""
    if rule.practice == "record-access" and rule.strength == "against":
        return replace(
            rule, unless=(*rule.unless, routes.OTHER_REQUESTER, routes.OTHER_BARRED, ANOTHER_S_RECORD)
        )
    if rule.practice == "court-jurisdiction" and rule.strength == "against":
        return replace(
            rule,
            unless=(*rule.unless, court_power.KEPT_OPEN, court_power.CIVIL_MATTER, court_power.RELIEF_WAIT),
        )
    if rule.practice == "court-jurisdiction":
        return replace(rule, unless=(*rule.unless, court_power.NEGATED_COURT))
    if rule.practice in ("federal-records", "public-education"):
        rule = replace(rule, unless=(*rule.unless, others.COUNSEL_BEFORE_IMMIGRATION))
    if rule.strength == "against":
        return rule
    if rule.practice == "vacatur-for-cause" and rule.strength == "present":
        return replace(
            rule,
            unless=(
                *rule.unless,
                NEGATED,
                conviction.NARROWED_VACATUR,
                SENTENCE_ONLY,
                DECRIMINALIZED,
                ORDER_VACATED,
                PARDON_FILED,
                NAMED_ONLY,
                PRETRIAL,
            ),
            # (relief a later change in the law gives, named a few sentences before: "would not have been guilty ...
            # had the Adult Cannabis Act been in effect ... (c) ... dismiss and seal it as legally invalid")
            unless_before=(*rule.unless_before, CHANGED_LAW),
        )
    if rule.practice in ("vacatur-for-cause", "rebuttable-presumption"):
        return replace(rule, unless=(*rule.unless, NEGATED_GRANT if rule.part == NARROWS else NEGATED))
    if rule.practice == "record-access" and rule.strength == "present":
        return replace(
            rule,
            unless=(*rule.unless, *OWN_ACCESS_VETOES),
            unless_after=(*rule.unless_after, routes.PROVISO_GATE),
        )
    return rule


CONFINED_TO_SENTENCE = Rule(
    "vacatur-for-cause",
    "partial",
    (SENTENCE_CONFINED,),
    elsewhere=(DEFECT,),
    part=NARROWS,
    why="the relief reaches the sentence only; the conviction is not vacated",
)
"""Relief the law confines to the sentence, the conviction left standing ("Relief under this rule is confined to the
sentence"; "the judgment of conviction shall not be vacated ... by an order under subsection (c)"): it narrows the
grant beside it by the very words that would veto a grant, so it takes no vetoes; a defect must be named elsewhere
(a sentence cut for good conduct narrows no vacatur for cause)."""

NO_RIGHT_TO_MOVE = Rule(
    "vacatur-for-cause",
    "partial",
    (
        r"\b(?:does|shall) not (?:create|confer|give) (?:a |any )?right (?:in|on|to) (?:any |a |the )?"
        r"(?:defendant|person|petitioner|convicted person)\b[^.;]{0,20}\bto (?:file|bring|make|seek)\b",
    ),
    elsewhere=(VACATE,),
    part=NARROWS,
    why="the vacatur is narrowed: only the prosecutor may ask for it, or it reaches only later convictions",
)
"""A vacatur the law gives the person no right to seek ("This section does not create a right in any defendant to file
a motion under it"): only the prosecutor's motion starts it, wherever in the section that is said."""

RULES: tuple[Rule, ...] = tuple(
    widened_rule(rule)
    for rule in (
        *(
            _vetoed(rule)
            for rule in (
                *conviction.RULES,
                *forfeiture.RULES,
                *presumptions.RULES,
                *jurisdiction.RULES,
                *finality.RULES,
                *time_bars.RULES,
                *court_bars.RULES,
                *court_kept.RULES,
                *closed_by_relief.RULES,
                *standing.RULES,
                *closed_courts.RULES,
                *refusals.RULES,
                *records.RULES,
                *confirmations.RULES,
                *closures.RULES,
                *person_refused.RULES,
                *addressed.RULES,
                *federal_files.RULES,
                *federal.RULES,
                *cooperation.RULES,
                *education.RULES,
            )
        ),
        CONFINED_TO_SENTENCE,
        NO_RIGHT_TO_MOVE,
    )
)
