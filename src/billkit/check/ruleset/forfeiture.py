"""Rules for defects that may never support a vacatur: forfeited when they are not raised in time, or declared
harmless to the judgment unless the person shows prejudice, which work against vacatur for cause. (A claim defaulted
because it could have been raised on appeal is a rule of procedure on particular claims, read by :mod:`.time_bars`
and :mod:`.conviction`.)"""

from __future__ import annotations

from ..grounds import DEFECT, DEFECT_WORD, FAILED_ADVICE, TRAFFICKED
from ..vocabulary import CIVIL
from .rule import NARROWS, Rule

DEFECT_NAMED = r"\b(?:defects?|errors?|irregularit(?:y|ies)|advisements?|warnings?|admonitions?)\b"
"""The flaw the clause speaks of: in the charge, or in the advice given before a plea."""
FLAW = (
    r"\b(?:errors?|defects?|irregularit(?:y|ies)|misdirection|variances?|imperfections?)\b|"
    r"\bfail\w* to (?:give|advise|warn|inform|admonish)\b|\bomission of (?:the |an? )?(?:advice|advisement|warning)\b"
)
"""A flaw in how the conviction was made, named in a rule that spares the judgment from it: an error, or a warning
left out ("for the court's failure to give the immigration advisement")."""
JUDGMENT_SPARED = (
    r"\bno (?:judgment|conviction|verdict|cause|plea)s?\b[^.;]{0,80}\b(?:shall|may|will|can) (?:\w+ )?be (?:reversed|set aside|vacated|"
    r"arrested|disturbed|invalidated)\b|"
    r"\b(?:judgments?|convictions?|verdicts?|causes?|pleas?)\b[^.;]{0,40}\b(?:shall|may|will|can)(?:not| not)(?: \w+)? be (?:reversed|set aside|"
    r"vacated|arrested|disturbed|invalidated)\b|"
    r"\bnor shall (?:any|the)\b[^.;]{0,60}\b(?:judgments?|convictions?|verdicts?)\b[^.;]{0,40}\bbe (?:reversed|set aside|vacated|affected)\b"
)
"""A judgment that may not be undone ("No judgment shall be set aside"; "A cause may not be reversed")."""
PREJUDICE = (
    r"\b(?:prejudic\w*|substantial rights|miscarriage of justice|harmless)\b|"
    # ("unless the defendant demonstrates that the defendant more likely than not would not have pled guilty if the defect
    # had not occurred")
    r"\bwould not have (?:pled|pleaded|entered (?:a|the) (?:\w+ )?plea)\b"
)
"""The showing the rule demands before the flaw counts."""
PREJUDICE_EXCUSED = (
    r"\bneed not (?:show|prove|demonstrate|establish|allege)\b|\bwithout (?:a |any )?(?:showing|proof|finding) of (?:\w+ )?"
    r"(?:prejudice|harm)\b|(?<!not be )\b(?:presumed|deemed) (?:to (?:be|have) )?(?:prejudicial|prejudiced)\b|\bprejudice (?:shall be|is) presumed\b|"
    r"\bregardless of (?:\w+ )?prejudice\b|"
    # the State, not the person, must show the error did no harm ("only if the prosecution proves beyond a reasonable doubt
    # that the error was harmless")
    r"\b(?:prosecut\w*|state|commonwealth|people|government)\b[^.;]{0,20}\b(?:proves?|shows?|establish\w*|demonstrat\w*)\b"
    r"[^.;]{0,20}\bbeyond a reasonable doubt\b[^.;]{0,60}\bharmless\b|\bburden\b[^.;]{0,30}\b(?:on|upon) the (?:state|prosecution|"
    r"commonwealth|people)\b"
)
"""A rule that spares the person the showing, which protects a vacatur rather than narrowing it."""
NOT_CRIMINAL = (
    r"\b(?:judgments?|orders?|decrees?) (?:of|in|for|from) (?:the |a |an )?(?:juvenile|small claims|civil|family|probate|divorce)\b|"
    r"\bjuvenile court\b|\bsmall claims\b|\bcivil infractions?\b|\baction (?:to recover|for) damages\b|\bparental rights\b|"
    r"\bchild custody\b|\bin a civil (?:action|case|proceeding)\b"
)
"""A judgment that is not a conviction, spared from its errors (a juvenile court's, a small claims division's, one in
an action for damages, one for a civil infraction)."""
OF_THE_RELIEF = (
    r"\b(?:orders? (?:of |for |granting |sealing |expunging )?(?:\w+ )?(?:seal\w*|expung\w*|expunct\w*|set-?aside|nondisclos\w*|"
    r"the record)|sealing|expung\w*|expunct\w*|set-?asides?|vacaturs?|nondisclosures?)\b(?: \w+){0,6} (?:shall|may|will|does|is|are) not\b|"
    r"\bvalidity of (?:the |an? |any )?(?:\w+ )?(?:expung\w*|expunct\w*|seal\w*|set-?aside|order|dismissal)"
)
"""What the relief itself keeps ("An order sealing the record ... shall not be invalidated by any error"; "Sealing under
this section does not invalidate the conviction")."""
OWN_STANDARD = (
    r"\b(?:vacated|set aside|withdrawn|granted)\b[^.;]{0,20}\bunder (?:this |that )?(?:section|subsection|paragraph|chapter|act|"
    r"article|rule)\b"
)
"""The standard of the vacatur the same law grants ("No conviction shall be vacated under this section unless the
moving party shows ... that the error was prejudicial"), which is no bar on vacatur for cause."""
NOTICE_OMITTED = (
    r"^(?!.*\b(?:immigration|deport\w*|citizen\w*|alien|plea|advis\w*|warn\w*|admoni\w*)).*\bfail\w*(?: of [^.;]{0,30})? to "
    r"(?:(?:give|provide|send|mail) (?:the |a |such |any )?(?:notice|copy)|inform (?:the )?\w+ of (?:that|the|this|such|any) right|"
    r"report|transmit|forward|submit|record|enter|collect)\b"
)
"""A notice of the right to relief, sent after sentence, or a clerk's report to a records office, whose omission leaves
the judgment as it was ("Failure to give the notice does not affect the validity of the judgment"; "A clerk's failure to
report shall not invalidate any judgment"): no plea advisement is made harmless."""
NO_REMEDY_OF_ITS_OWN = (
    r"\bthis (?:chapter|act|article|section|subchapter|part|title)\b[^.;]{0,20}\b(?:does|shall|will) not "
    r"(?:provide|create|establish|give rise to)\b"
)
"""A law disclaiming a remedy of its own ("This chapter does not provide a basis for: (1) invalidating a plea ...", the
Uniform Collateral Consequences of Conviction Act's words), which bars none that other law gives."""
FLAW_SPARED = (
    # ("the omission to comply with it shall not invalidate the judgment or sentence of the court")
    r"\b(?:shall|does|will|may) not (?:invalidate|affect the validity of)\b[^.;]{0,40}\b(?:judgments?|convictions?|verdicts?|pleas?)\b|"
    # ("No indictment or other accusation shall be quashed or deemed invalid: (1) For omitting ...")
    # ("any defect in any procedure ... shall not be sufficient to cause a mistrial or to set aside a verdict")
    r"\bnot (?:be )?(?:sufficient|a ground|grounds|cause) (?:to|for) (?:cause a mistrial or (?:to )?)?(?:set(?:ting)? aside|revers|vacat|arrest)"
    r"\w*\b[^.;]{0,40}\b(?:verdicts?|judgments?|convictions?)\b|"
    # ("shall not be grounds for relief ... or grounds for any court to set aside, reverse or remand a criminal conviction")
    r"\bnot be (?:a |any )?grounds? for\b[^.;]{0,160}\b(?:set aside|reverse|vacate)\b[^.;]{0,40}\b(?:convictions?|judgments?)\b|"
    # ("shall not be entitled to a new trial, or to an arrest of judgment, for any of the following causes")
    r"\bnot be entitled to a new trial\b[^.;]{0,40}\barrest of judgment\b|"
    # ("No minor omission from or error in the form of the complaint shall be grounds for dismissal of the case")
    r"\bno (?:\w+ )?(?:omissions?|errors?|defects?|irregularit\w*)\b[^.;]{0,80}\bshall be (?:a )?grounds? for (?:dismissal|reversal|"
    r"vacat\w*|setting aside)\b"
)
"""A flaw in the procedure that the law says undoes nothing."""
CHARGE_SPARED = (
    r"\bno (?:indictments?|informations?|complaints?|accusations?)\b[^.;]{0,40}\b(?:shall|may) be (?:quashed|deemed invalid)\b|"
    r"\b(?:indictments?|informations?|complaints?|accusations?)\b[^.;]{0,40}\b(?:shall|may) not be (?:quashed|deemed invalid)\b"
)
"""A charge the law says stands despite its flaws ("No indictment or other accusation shall be quashed or deemed
invalid: (1) For omitting ..."), which names its flaw in the list after it."""

RULES: tuple[Rule, ...] = (
    # A defect not objected to before trial, or at the plea, barred from every later proceeding ("If the defendant does
    # not object to a defect ... in an indictment ... before the date on which the trial on the merits commences, he
    # waives and forfeits the right to object ... and he may not raise the objection on appeal or in any other
    # postconviction proceeding"; "nor shall any conviction be set aside ... on account of any defect in form or
    # substance of the indictment, unless the objection ... be made prior to the commencement of the trial"; "Any
    # error in the advisement is waived if no objection is made at the time of the plea").
    Rule("vacatur-for-cause", "against",
         (r"\b(?:waives?|forfeits?)\b[^.;]{0,120}\b(?:may|shall) not (?:thereafter )?(?:raise|assert|present|urge)\b[^.;]{0,40}"
          r"\b(?:on appeal|in any (?:other )?(?:post-?conviction|collateral|habeas)\b)|"
          r"\bconvictions?\b[^.;]{0,20}\bbe (?:set aside|reversed|vacated)\b[^.;]{0,80}\b(?:on account of|because of|by reason of|for) "
          r"(?:any )?(?:defect|error|irregularit)\w*\b[^.;]{0,250}\bunless\b[^.;]{0,160}\b(?:prior to|before) (?:the )?"
          r"(?:commencement of (?:the )?)?trial\b|"
          r"\b(?:is|are|shall be) (?:deemed )?waived (?:if|unless) (?:no )?objection\b[^.;]{0,60}\b(?:at the time of|before|during) "
          r"(?:the )?(?:plea|trial|sentencing)\b",
          DEFECT_NAMED),),
    # A flaw in the making of the conviction declared harmless unless it prejudiced the person ("No judgment shall be set
    # aside ... for error as to any matter of pleading or procedure if the appellate court ... considers that no
    # substantial miscarriage of justice has actually occurred"; "A cause may not be reversed by reason of any error
    # committed by the trial court against the convicted person unless the record shows that the error was
    # prejudicial"): a defect such as a missing advisement grounds no vacatur unless the person proves its effect.
    Rule("vacatur-for-cause", "against", (JUDGMENT_SPARED, FLAW, PREJUDICE),
         # (not a judgment that is no conviction, a rule that excuses the showing, the relief's own order, or the standard
         # of the vacatur the same law grants)
         unless=(CIVIL, NOT_CRIMINAL, PREJUDICE_EXCUSED, OF_THE_RELIEF, OWN_STANDARD)),
    # A flaw in the charge or the procedure that undoes nothing ("the omission to comply with it shall not invalidate
    # the judgment"; "No indictment ... shall be quashed or deemed invalid: (1) For omitting ..."; "The failure of ...
    # any criminal justice agency personnel to exercise or enforce any right granted by ... this act shall not be
    # grounds ... for any court to set aside, reverse or remand a criminal conviction").
    Rule("vacatur-for-cause", "against",
         (FLAW_SPARED, FLAW + r"|\b(?:omi(?:ssions?|t\w*)|fail\w*|non-?compliance|neglect)\b"),
         # (not a judgment that is no conviction, a notice of relief left unsent, a law that disclaims a remedy of its own,
         # the relief's own order, or another conviction a vacatur leaves alone)
         unless=(CIVIL, NOT_CRIMINAL, PREJUDICE_EXCUSED, NOTICE_OMITTED, NO_REMEDY_OF_ITS_OWN, OF_THE_RELIEF,
                 r"\bvalidity of any other (?:conviction|judgment)\b")),
    Rule("vacatur-for-cause", "against", (CHARGE_SPARED,), unless=(CIVIL, NOT_CRIMINAL)),
    # A vacatur for a defect that leaves the conviction in force ("when a judgment of conviction is vacated ... on the
    # ground that the defendant was not advised ..., the vacated conviction shall continue to be treated as a conviction
    # for all purposes of the laws of this state"): the ground is granted and its effect taken away.
    Rule("vacatur-for-cause", "against",
         (r"\bvacat\w*\b[^.;]{0,200}\b(?:convictions?|judgments?)\b[^.;]{0,40}\b(?:shall|must|will) (?:continue to |nevertheless |"
          r"still )?be (?:treated|considered|deemed|regarded) as (?:an? )?(?:valid )?conviction\b[^.;]{0,40}\bfor all purposes\b",),
         elsewhere=(DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE,), unless=(CIVIL,)),
    # Relief for a defect whose order under the law itself undoes the conviction ("An expungement under this section
    # vacates the underlying delinquency proceeding", for a record that "resulted from being a victim of human
    # trafficking"); not a finding that tells what such orders do elsewhere.
    Rule("vacatur-for-cause", "present",
         (r"\b(?:expung\w*|expunct\w*|seal\w*|orders?|relief)\b (?:(?:granted|entered|issued|ordered) )?(?:under|pursuant to) "
          r"(?:this|the) (?:section|subsection|chapter|act|article|rule)\b[^.;]{0,40}\b(?:vacates|shall vacate|sets aside|shall set aside|"
          r"annuls|shall annul)\b[^.;]{0,20}\b(?:the |any |each )?(?:underlying |original )?(?:judgments?|convictions?|adjudications?|"
          r"(?:delinquency |criminal )?proceedings?)\b",),
         elsewhere=(DEFECT + "|" + TRAFFICKED,),
         # (not an order that "does not imply any defect in the proceedings", granted for clean years)
         unless=(CIVIL, r"\b(?:not|no)\b[^.;]{0,20}\b(?:imply|implies|mean|means|suggest|suggests|reflect|reflects)\b[^.;]{0,20}"
                 r"\b(?:defects?|errors?|invalidity)\b")),
    # Relief for a defect that says it leaves the conviction standing ("Expunction under this section does not vacate the
    # judgment"): the ground is there, the vacatur is not. (A trafficking victim's sealing that says so is read absent,
    # as the probe reviews and tests/corpus/il-hb5494-100th-2018-synopsis.txt have it; the corpus is split on it.)
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:expung\w*|expunct\w*|seal\w*|nondisclos\w*|orders?|relief)\b[^.;]{0,80}\b(?:does|do|shall|will) not (?:\w+ )?"
          r"(?:vacate|set aside|annul|invalidate|(?:otherwise )?affect the validity of)\b[^.;]{0,30}\b(?:judgments?|convictions?)\b",),
         elsewhere=(DEFECT,), part=NARROWS, why="the relief rests on a defect, but it leaves the conviction standing"),
)  # fmt: skip
