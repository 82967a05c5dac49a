"""Rules for the conviction itself: vacatur for cause and the presumption for noncitizens. The court's
continuing jurisdiction over a later challenge is in :mod:`.jurisdiction`."""

from __future__ import annotations

from dataclasses import replace

from ..barred import BARRED_VACATUR, PETITION_TURNED_AWAY
from ..grants import (
    GRANT_VACATUR,
    HEARD_DESPITE_CLEARING,
    NO_MOTION_ENTERTAINED,
    RELIEF_FRAUD,
    UNTIED_TRAFFICKING,
)
from ..grounds import (
    BULLET_GRANT,
    DEFECT,
    DEFECT_WORD,
    FAILED_ADVICE,
    GRANT_PROCEEDING,
    INNOCENCE,
    LEFT_TO_OTHER_LAW,
    NO_DEFECT,
    NOT_HERE,
    PRESUMED_INVALID,
    PRESUMED_OTHERWISE,
    SAVED_POWER,
    TAUGHT,
    TRAFFICKED,
    VACATE,
)
from ..vocabulary import CIVIL, COURT_MAY_NOT, MODAL, NO_HEARING, PRESUME, RELIEF, TITLE
from .court_bars import REFUSED
from .forfeiture import NO_REMEDY_OF_ITS_OWN, NOTICE_OMITTED
from .rule import NARROWS, Rule

NO_PRESUMPTION = (
    r"\b(?:not|never) (?:\w+ ){0,2}(?:give rise to|create|raise|establish|support)\w* (?:any |a |an )?(?:\w+ )?presumption\b|"
    r"\bwithout (?:any )?presumption\b|\bno presumption\b(?=[^.;]{0,80}\b(?:shall|may|will) (?:arise|be (?:drawn|made|raised)))"
)
"""A presumption refused ("shall not give rise to any presumption that ..."): the words of one, doing the opposite."""

DAYS_DEADLINE = (
    r"\b(?:must|shall) be (?:filed|made|brought) (?:within|no later than) (?:\w+ ){1,2}(?:\(\d+\) )?days?\b"
)
"""A deadline counted in days, which names a ground only to close it soon after judgment."""
NARROWED_VACATUR = (
    r"(?:upon|on) (?:the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|people|state)\b"
    r"[^.;]{0,30}\b(?:and not otherwise|only)\b|"
    r"\bonly (?:upon|on) (?:the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|people|state)\b|"
    r"\bonly (?:for|to|as to) (?:a )?convictions? (?:entered|obtained) (?:on or )?after\b|\b(?:defendant|person|petitioner) and the (?:prosecut\w*|district attorney|state's attorney)\b[^.;]{0,20}\bjointly (?:move|petition|apply)\b|"
    r"\bonly (?:the )?(?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|attorney general)\b[^.;]{0,30}"
    r"\bmay (?:file|move|bring|make|petition|apply|initiate|commence|seek)|"
    r"\bappl(?:y|ies) (?:prospectively only|only prospectively|only to (?:judgments?|convictions?|pleas?)\b[^.;]{0,40}"
    r"\b(?:entered|obtained|accepted|made) (?:on or )?after)|"
    # (not after the person's own motion: "On motion of the person, on motion of the prosecuting attorney, or on its own";
    # "upon the application of the person convicted, upon the motion of the prosecuting attorney")
    r"(?<!person, )(?<!defendant, )(?<!petitioner, )(?<!movant, )(?<!convicted, )"
    r"\b(?:upon|on) (?:a |the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|"
    r"commonwealth's attorney|people|state)\b(?![^.;]{0,60}\b(?:or|and)\b[^.;]{0,20}"
    r"\b(?:defendant|person|petitioner|movant|individual|convicted)\b)"
)
PROSECUTOR_MOVES = (
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*|sec(?:tion|\.)? \d+\.\s*)*"
    # (after an opening phrase: "At any time after the entry of ... a judgment of conviction, the State's Attorney ... may file")
    r"(?:(?:at any time|upon|on|after|within|if|when|notwithstanding)\b[^.;]{0,120}?,\s*)?(?:the |a |any )?(?:prosecut\w*(?: attorney)?|district attorney|"
    r"state's attorney|commonwealth's attorney|county attorney|attorney general)\b[^.;]{0,80}?\b(?:may|shall)\b(?:,[^,.;]{0,30},)?(?: \w+){0,3}? "
    r"(?:file|bring|make|move|petition|apply|initiate|commence)\b"
)
"""A sentence whose actor is the prosecutor, who may move to vacate ("The prosecuting attorney ... may file a motion to
vacate the conviction if ..."): a route the person cannot take, whatever its ground."""
GROUND_TALK = (
    r"\b(?:grounds?|relief|vacat\w*|set aside|motions?|petitions?|claims?|applications?|alleg\w*|judgments?|convictions?|"
    r"sentences?|sentenced|pleas?|trial|counsel|attorneys?|lawyers?|writ)\b"
)
"""A sentence that speaks of relief from a conviction: where a ground listed apart from the grant must stand (not a
"manifest injustice" that ends probation early)."""
PEOPLE_SET_ASIDE_SENTENCE = r"\b(?:set aside|vacate|correct)\w* (?:the |a |an |such |that )?(?:\w+ )?sentence\b(?![^.;]{0,40}\b(?:conviction|judgment|plea|verdict)\b)"
"""A sentence set aside on the prosecutor's motion ("may, upon motion of the people, set aside the sentence upon the ground
that it was invalid as a matter of law"): a correction of the sentence, not a vacatur the person is denied."""
RELIEF_UNDONE = (
    r"\b(?:vacat|reopen|set aside|rescind|revok)\w* (?:an? |the |such |that |any )?(?:\w+ )?orders? (?:of |for |granting )?"
    r"(?:seal|expung|expunc|nondisclos|shield)\w*|"
    r"\b(?:vacat|reopen|set aside|rescind|revok)\w* (?:an? |the |such |that |any )?(?:seal|expung|expunc|nondisclos|shield)\w* orders?\b|"
    r"\breopen\w* (?:the |an? |such |that |its )?(?:\w+ )?orders?\b"
)
"""The relief order undone, not the conviction ("may vacate the order of expungement if the petitioner obtained it by
fraud"; "may reopen a sealing order on motion of the prosecuting attorney if it finds that the order was obtained by
fraud")."""

RECORD_ONLY = (
    r"^(?!.*"
    + VACATE
    + r"|.*\b(?:relief from|withdraw\w*|annul\w*|invalidat\w*|revers\w*|dismiss\w* (?:the |all |any |such )?(?:\w+ )?"
    r"(?:charges?|counts?|case|indictment|information|complaint|prosecution)|declar\w* (?:the |such |that )?(?:\w+ )?(?:conviction|judgment|plea)s? "
    r"(?:to be )?(?:invalid|void|null))\b)"
    r".*(?:\b(?:records?|files?|information|arrests?)\b[^.;]{0,60}\b(?:shall|may|must) (?:\w+ )?be (?:sealed|expunged|erased|destroyed|"
    r"shielded|purged|removed)\b|\b(?:seal|expunge|erase|destroy|shield|purge)\w* (?:the |all |any |such |that |its |his |her |their )?"
    r"(?:\w+ )?(?:records?|files?|information)\b|"
    r"\b(?:order\w*|have|has) (?:the |all |any |such |his |her |their )?(?:[\w-]+ ){0,4}?(?:records?|files?)(?: (?:of|relating to|in) "
    r"[^.;]{0,60}?)? (?:to be )?(?:sealed|expunged|erased|destroyed|shielded|purged)\b)"
)
"""A defect that clears only the record ("If the law was held void, the record shall be sealed"): the conviction
is not vacated, and for immigration law a sealed record of a conviction is still a conviction."""

WRIT_LIES = r"\bwrits?\b[^.;]{0,60}\blies\b|\b(?:is|are) (?:hereby )?(?:preserved|retained|continued) as (?:a |an )?remed(?:y|ies)\b"
"""An old writ's grant ("The writ lies to correct an error of fact or of law of the most fundamental kind"; "The writ
... is preserved as a remedy to correct ... a fundamental error of law")."""

DIGEST_GRANT = (
    r"\b(?:bill|act|measure|legislation|proposed law)\b (?:would )?(?:authori[sz](?:es?|ing)|allow(?:s|ing)?|permit(?:s|ting)?|enabl(?:es?|ing)|entitl(?:es?|ing)) "
    r"(?:an? |the |any )?(?:[\w'-]+ ){1,14}?to\b|" + BULLET_GRANT
)
"""A digest's or fiscal note's grant (or a summary's bullet, "- Lets any person ... ask the court ... to vacate the conviction"), the bill's own, not present law's ("The bill authorizes a person convicted of an offense ... to file a motion ... to
vacate the conviction on the ground that it is legally invalid due to a procedural or substantive defect")."""

RULES: tuple[Rule, ...] = (
    # A bar on vacating a conviction for a legal defect works against the practice.
    Rule("vacatur-for-cause", "against", (BARRED_VACATUR, DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE)),
    # A conviction the order itself declares vacated for its invalidity ("Include in the order a statement that the
    # defendant's conviction is vacated as unconstitutional pursuant to State v. Blake"); not a conviction so vacated that
    # a law names for what follows (a refund, compensation, a report, a record to update).
    Rule("vacatur-for-cause", "present",
         (r"\b(?:order|statement|judgment)\b[^.;]{0,80}\bthat (?:the )?(?:\w+(?:'s|s') )?(?:convictions?|judgments?|pleas?)\b[^.;]{0,30}"
          r"\b(?:is|are|shall be|be) (?:hereby )?vacated as (?:unconstitutional|void|invalid|legally invalid)\b|\b(?:is|are) hereby vacated "
          r"as (?:unconstitutional|void|invalid|legally invalid)\b",),
         unless=(CIVIL, r"\brefund\w*\b|\b(?:report|publish|count|number of)\b|\bwhether\b")),
    # Relief refused because it would spare the person an immigration consequence ("no court shall vacate, set aside,
    # or modify a judgment of conviction ... for the purpose of avoiding or mitigating an immigration consequence";
    # "relief shall not be granted solely to avoid deportation").
    Rule("vacatur-for-cause", "against",
         (BARRED_VACATUR + r"|\b(?:relief|motions?|petitions?|applications?)\b[^.;]{0,80}\b(?:shall|may|must) (?:not be granted|be denied)\b",
          r"\b(?:for the (?:sole )?purpose of|(?:solely |only )?(?:to|in order to))\b[^.;]{0,20}\b(?:avoid\w*|mitigat\w*|prevent\w*|escap\w*)\b"
          r"[^.;]{0,60}\b(?:immigration|deportation|removal)\b"),
         # (a proviso that keeps relief on its grounds: "..., but the fact that the defendant will suffer immigration
         # consequences shall not bar relief on any ground listed in Rule 32.1")
         unless=(r"\b(?:shall|does|will|may) not (?:bar|preclude|prevent|limit|affect)\b[^.;]{0,40}\brelief\b",)),
    # A missing advisement declared harmless ("The failure to advise ... shall not affect the validity of the plea").
    Rule("vacatur-for-cause", "against",
         (r"(?:shall|does|will|is) not (?:of itself |by itself |alone )?(?:\w+ )?(?:affect the validity of|be (?:a |the |any )?(?:grounds?|basis|bases) (?:for|to)|"
          r"constitute (?:a |any |the )?(?:grounds?|basis|bases) (?:for|to)|entitle\w* (?:the )?(?:defendant|person) to (?:withdraw|vacat)|"
          r"(?:a |any |the )?(?:grounds?|basis|bases) (?:for|to))|"
          r"(?<!\bnot )\b(?:is|are|shall be|be) (?:deemed |considered |treated as )?harmless\b|"
          r"\b(?:shall|does|will|may) not (?:invalidate|affect)\b[^.;]{0,60}\b(?:or|nor) (?:furnish|provide|constitute|be|give) (?:a |any |the )?"
          r"(?:grounds?|basis|bases) (?:for|to)\b|"
          # ("no departure from this rule is by itself a ground for vacating the plea")
          r"\bno\b[^.;]{0,60}\b(?:is|shall be) (?:of itself |by itself |alone )?(?:a |the |any )?(?:grounds?|basis) for\b",
          FAILED_ADVICE + r"|fail\w* (?:of [^.;]{0,20})?to (?:advise|warn|inform|admonish|give the)|\bomission of (?:the |any )?(?:advice|advisement|warning)"),
         # (not materials an education program hands out, nor an order that clears a record: "the failure of any person to
         # receive materials under this section shall not affect the validity of any order")
         unless=(NOTICE_OMITTED, NO_REMEDY_OF_ITS_OWN, r"\bvalidity of (?:any|an|the|such) (?:\w+ )?orders?\b|\breceive (?:\w+ ){0,2}materials?\b",
                 # (nor a citizen's plea, which the advice did not concern: "shall not be a ground for relief where the defendant was a citizen of the United States")
                 r"\b(?:where|if|when|in the case of)\b[^.;]{0,40}\b(?:is|was|were|has been|had been|who is|who was) (?:already |then )?(?:a )?(?:united states |u\.s\. )?citizens?\b")),
    # (a prosecutor's motion "if ... the conviction ... no longer serves the interests of justice", with no defect
    # named, narrows nothing: there is no vacatur for cause to narrow)
    Rule("vacatur-for-cause", "partial", (NARROWED_VACATUR, VACATE), window=2, part=NARROWS,
         unless=(r"^(?!.*(?:" + DEFECT + "|" + DEFECT_WORD + r")).*\binterests? of justice\b", PEOPLE_SET_ASIDE_SENTENCE,
                 RELIEF_UNDONE, CIVIL),
         why="the vacatur is narrowed: only the prosecutor may ask for it, or it reaches only later convictions"),
    # A vacatur for cause that must be sought within days or months of judgment ("A motion to vacate a conviction for
    # failure of the court to advise ... shall be filed within 90 days after the judgment becomes final"): a person
    # who learns of the defect years later, as most do, is shut out.
    # (the deadline may be the next sentence: "... shall vacate the judgment .... A motion under this subsection shall be filed
    # within 30 days after the entry of judgment"; "must be filed no later than 14 days after a verdict")
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:motion|petition|application)s?\b[^.;]{0,40}\b(?:to vacate|for (?:post-?conviction )?relief|to withdraw)|"
          r"\b(?:motion|petition|application)s? under (?:this )?(?:subsection|section|rule)\b",
          r"\b(?:shall|must) be (?:filed|made|brought|served)\b[^.;]{0,20}\b(?:within|no later than|not later than|not more than) "
          r"(?:\w+ ){1,2}(?:\(\d+\) )?(?:days?|months?)\b",
          DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         window=2,
         unless=(r"\bunless\b(?![^.;]{0,40}\bextends?\b)|\bexcept\b|\bgood cause\b|\bat any time\b|\bdiligen\w*|\blearn\w*|\bdiscover\w*|"
                 r"\bnotice\b|\bsuch (?:further|other|additional) time\b",),
         part=NARROWS, why="the motion must be filed within a short time after judgment, before most people learn of the defect"),
    # A new trial for legal error that must be asked for within days of the verdict, or before sentence ("Application for
    # a new trial shall be made by motion which ... shall be filed within fourteen days after the verdict was rendered"):
    # the grounds are defects, but the window closes before a plea's immigration consequence comes to light.
    Rule("vacatur-for-cause", "partial",
         (r"\bnew trial\b",
          r"\b(?:shall|must) be (?:filed|made|brought|served)\b[^.;]{0,120}?\b(?:within|no later than|not later than|not more than) "
          r"(?:\w+ ){1,2}(?:\(\d+\) )?days? (?:after|from|following) (?:the )?(?:verdict|finding|decision|trial)\b|"
          r"\b(?:shall|must) be (?:filed|made|brought|served) (?:before|prior to) (?:the )?(?:sentence|sentencing|imposition of sentence)\b"),
         # (the ground in the sentence that grants the new trial, not in the deadline's own "grounded on newly discovered evidence")
         elsewhere=(r"\bnew trial may be granted\b|\b(?:may|shall|must)\b[^.;]{0,60}\b(?:grant|order)\b[^.;]{0,10}\bnew trial\b",
                    DEFECT + "|" + DEFECT_WORD + r"|\berr(?:ed|or) (?:of law|in (?:deciding|ruling))|\bfair trial\b|\bcontrary to law\b"),
         window=2, unless=(r"\bsuch (?:further|other|additional) time\b|\bextend\w*\b|\bat any time\b",), part=NARROWS,
         why="a new trial may be sought only within days of the verdict, before most people learn of the defect"),
    # Relief whose only ground is "manifest injustice" ("To correct manifest injustice the court after sentence may set
    # aside the judgment of conviction and permit the defendant to withdraw the plea"): courts read the standard to
    # take in legal defects, but the words do not tie it to one, and it asks more than a defect.
    Rule("vacatur-for-cause", "partial",
         (r"\bmanifest injustice\b", r"\bset aside\b|\bvacat\w*|\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          MODAL),
         unless=(PRESUMED_OTHERWISE, r"\bprobation\b"),
         why="the only ground named is manifest injustice, a standard the text does not tie to a legal defect"),
    # ... unless the text says what it is ("... to correct a manifest injustice. A manifest injustice exists where (1)
    # the defendant was denied the effective assistance of counsel, or (2) the plea was not entered knowingly").
    Rule("vacatur-for-cause", "present",
         (r"\bmanifest injustice\b", r"\bset aside\b|\bvacat\w*|\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          MODAL, r"\bmanifest injustice (?:exists|includes|means|is shown)\b[^.]*?(?:" + DEFECT + "|" + DEFECT_WORD + ")"),
         window=2, unless=(PRESUMED_OTHERWISE, r"\bprobation\b")),
    # A plea that may be withdrawn for a defect only before sentence, with no route after it ("Before sentence is
    # imposed, the court shall permit a defendant to withdraw a plea of guilty if ..."): narrowed too, unless the next
    # sentence gives the route after it ("(2) After sentence is imposed, ... the court shall vacate the judgment").
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:before|prior to) (?:the |any )?(?:entry of (?:the )?)?(?:sentence|sentencing|judgment|imposition of (?:the )?sentence)\b|"
          r"\b(?:before|prior to) (?:it|the court) (?:imposes|pronounces|enters) (?:the )?(?:sentence|judgment)\b",
          r"\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE + r"|\bmanifest injustice\b|\bfair and just\b"),
         unless=(r"\bafter (?:the )?(?:sentence|sentencing|judgment)\b|\bat any time\b(?! before)|\b(?:thereafter|afterwards?)\b",), part=NARROWS,
         window=2, unless_after=(r"\bafter (?:the )?(?:sentence|sentencing|judgment)\b[^.;]{0,120}\b(?:vacat|withdraw|set aside)",),
         why="the plea may be withdrawn only before sentence, not the conviction vacated later"),
    # Relief for legal error: a defect and a grant of relief in one sentence ...
    Rule("vacatur-for-cause", "present", (DEFECT, RELIEF + r"|withdraw (?:the|a|his|her|their) plea|relief|motion|petition|post-?conviction|"
                                             r"(?:institute|begin|commence) a proceeding|\bapplication (?:for (?:a )?(?:writ|post-?conviction relief|relief)|(?:must|shall|may) "
                                             r"(?:challenge|allege|assert|claim))|" + WRIT_LIES, MODAL + "|" + WRIT_LIES + "|" + DIGEST_GRANT),
         # (nor a bar addressed to the court, "a court may not consider the merits of or grant relief based on the
         # subsequent application unless ...", nor a limitation period counted from a violation, "The limitation period
         # shall run from the latest of: ... the date on which any impediment ... in violation of the Constitution")
         unless=(PRESUMED_OTHERWISE, CIVIL, RELIEF_UNDONE, NO_HEARING, TITLE, r"finds?\b.*\bthat\b", r"\bappoint\w* (?:counsel|an attorney|a lawyer)\b",
                 COURT_MAY_NOT, RECORD_ONLY, NO_DEFECT, NOT_HERE, RELIEF_FRAUD, NO_MOTION_ENTERTAINED,
                 r"\blimitations? period\b|\bperiod of limitations?\b|\b(?:shall|must) (?:begin to )?run from\b",
                 # (a challenge that must come before something else grants none: "A person who wishes to challenge the
                 # validity of a conviction must do so before filing a petition under this chapter")
                 r"\b(?:must|shall) (?:do so|be (?:raised|brought|made|filed|asserted)) (?:before|prior to)\b",
                 # (how to file, not a ground granted: "... the defendant must do so by separate motions")
                 r"\b(?:desires?|wishes?|wants?) to challenge\b[^.;]{0,80}\b(?:must|shall) do so (?:by|in|through)\b",
                 # (nor a bar on setting the judgment aside whose one exception names a defect: "It shall not be reopened or
                 # set aside in any later proceeding ..., except on a showing that the court ... lacked jurisdiction")
                 r"\b(?:shall|may) not (?:be )?(?:\w+ or )?(?:vacated|set aside|reopened|reversed)\b[^.;]{0,200}\bexcept\b",
                 # (nor the State's time to answer a claim: "the state shall have ninety (90) days ... to respond")
                 r"\bto (?:respond|answer|reply)\b|\b(?:shall|may|must) (?:respond|answer|reply)\b",
                 r"advisement|explain\w*|\binform\w*|\bnotice\b|not required|does not have to show",
                 # a deadline or a bar whose exceptions name defects grants nothing ("Any petition ... shall be filed within
                 # one year ..., unless the petition alleges and the petitioner proves that: (i) ... in violation of the
                 # Constitution", 42 Pa.C.S. § 9545(b); "No further review shall be available unless a petition ...")
                 r"\bshall be filed within\b[^.;]{0,120}\bunless\b|\bno (?:further |other )?(?:review|relief|remedy)\b[^.;]{0,40}\b(?:shall|may|will) be (?:available|had|granted)\b[^.;]{0,40}\bunless\b|\bcourts?\b[^.;]{0,20}\b(?:shall|may) only (?:consider|hear|entertain|decide)\b[^.;]{0,200}\bunless\b",
                 # ... nor a deadline with no grant beside it ("An application for post-conviction relief asserting that
                 # the plea was involuntary ... shall be filed within one (1) year")
                 r"^(?!.*\b(?:vacat(?:e|es|ed|ing)|set aside|grant\w*|permit|allow|withdraw\w*)\b).*\b(?:shall|must) be "
                 r"(?:filed|made|brought|commenced)\b[^.;]{0,30}\b(?:within|no later than|not later than)\b",
                 # a court kept able to hear the motion grants nothing itself ("shall not divest the sentencing court of
                 # jurisdiction to hear a subsequent motion to vacate that conviction on the ground that it is legally invalid")
                 r"\b(?:not|nothing)\b[^.;]{0,60}\b(?:divest|deprive|limit|affect|impair)\w*[^.;]{0,60}\b(?:jurisdiction|authority|power)\b"
                 r"[^.;]{0,20}\bto (?:hear|decide|consider|entertain)",
                 # ... nor one kept so "notwithstanding the sealing of a record" (a saving of motions other law gives)
                 r"\bnotwithstanding\b[^.;]{0,60}\b(?:seal|expung|set[- ]aside|shield|nondisclos|annul|eras)\w*[^.;]{0,120}"
                 r"\b(?:retains?|keeps?|has|shall have) (?:the )?(?:continuing )?jurisdiction\b", HEARD_DESPITE_CLEARING)),
    # ... or a grant of vacatur whose grounds, listed elsewhere, include legal defects.
    # A court's keeping jurisdiction to hear a motion to vacate grants no vacatur itself.
    # (a plea withdrawn only before judgment is the early remedy, not a vacatur: "before entry of judgment, the court in its discretion may allow the defendant to withdraw his or her plea")
    # (a vacatur that follows from a presumption not rebutted is still a grant: "Unless the presumption is rebutted, the court shall vacate the judgment")
    # (the grounds may be items of a list of what entitles the person to relief: "A petitioner is entitled to relief
    # under this chapter upon proof of one or more of the following: ... (c) the conviction is void because the
    # proceedings ... denied the petitioner a right guaranteed by the federal or state constitution")
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR,),
         # (not a defect named only as what the law gives no power to correct: "Nothing in this section gives the municipal
         # court power to review the lawfulness of a judgment or to correct any error of law")
         # (nor a defect named only to say none need be shown, "the petition need not allege, and the court shall not
         # inquire into, any defect in the proceedings", or in a civil judgment, or in a motion another law gives that the
         # section saves, "does not take away the court's jurisdiction to hear ... a later motion ... to vacate")
         elsewhere=(r"^(?!.*\bnothing\b[^.;]{0,60}\b(?:gives?|grants?|confers?|authori[sz]es?)\b[^.;]{0,40}\b(?:power|authority|"
                    r"jurisdiction)\b)(?!.*(?:" + NO_DEFECT + "|" + SAVED_POWER + "|" + UNTIED_TRAFFICKING + "|" + RELIEF_FRAUD + r")).*(?:" + DEFECT + "|" + TRAFFICKED + "|" + PRESUMED_INVALID + r"|\b(?:entitled to relief|(?:may|shall) be granted (?:for|on|upon) (?:any|one or more) of the following (?:causes|grounds))\b[^.]{0,200}?:\s*(?:\(\w{1,4}\)\s*)+"
                    r"[^.;]*?" + DEFECT_WORD + ")",
                    GROUND_TALK),
         unless=(r"^(?!.*\b(?:unless (?:the |such |that )?presumption\b[^.;,]{0,60}? (?:is|has been|was)|(?:if|where|when) (?:the |such |that )?"
                 r"presumption\b[^.;,]{0,40}? is not) (?:rebutted|overcome))(?!.*\bunless\b[^.;,]{0,60}\brebuts? (?:the |that |such )?presumption\b)"
                 r"(?!.*" + PRESUMED_INVALID + r").*" + PRESUME, CIVIL, RELIEF_UNDONE, NO_HEARING, COURT_MAY_NOT, TAUGHT,
                 # (a court "having jurisdiction over the offense" is only where the motion goes)
                 r"^(?!.*\b(?:shall|must) grant (?:the )?relief (?:where|if|when) the ground\b).*(?<!lacked )(?<!lacks )(?<!lack of )(?<!without )(?<!want of )(?<!limits of its )(?<!excess of its )\bjurisdiction\b(?! over the (?:offense|case|matter|conviction))",
                 r"\b(?:before|prior to) (?:the )?(?:entry of )?(?:judgment|sentenc\w*|imposition of (?:the )?sentence)\b[^.;]{0,80}\bwithdraw",
                 # (nor a section that says what it leaves to other law: "it does not describe the grounds on which a judgment
                 # may later be set aside"; "whether a plea may be withdrawn ... continues to be governed by the court rules")
                 LEFT_TO_OTHER_LAW, HEARD_DESPITE_CLEARING)),
    # A post-conviction proceeding whose listed grounds include a legal defect.
    # A deadline for the petition grants nothing ("a person in custody ... must petition for post-conviction relief
    # under this part within one (1) year").
    # (a court given "jurisdiction to vacate the conviction" is the grant, not a court keeping power)
    Rule("vacatur-for-cause", "present", (GRANT_PROCEEDING,), elsewhere=(DEFECT,),
         # (nor a bill's title, which grants nothing: "an act to amend the time for filing a petition for postconviction relief")
         # (nor a petition the sentence refuses: "No petition for post-conviction relief shall be entertained ... more
         # than two years after")
         unless=(PRESUMED_OTHERWISE, NO_HEARING, COURT_MAY_NOT, NOT_HERE, r"(?<!lacked )(?<!lacks )(?<!lack of )(?<!without )(?<!want of )(?<!limits of its )(?<!excess of its )\bjurisdiction\b(?! to (?:impose|vacate|set aside))", TITLE, REFUSED,
                 r"\b(?:must|shall) (?:petition|file|be filed|be brought|be commenced)\b[^.;]{0,120}\bwithin\b")),
    # A court that keeps, or is given, the power to decide the person's motion to vacate on a ground of defect ("the court
    # that accepted the plea retains jurisdiction and authority to hear and decide a motion by the defendant to vacate
    # the plea on the ground that it was obtained in violation of the constitution"): the statute makes the motion. A
    # saving that the court is not deprived of that power ("does not divest the court of jurisdiction to hear a later
    # motion to vacate") names a motion made elsewhere, and grants none.
    Rule("vacatur-for-cause", "present",
         (r"\b(?:retains?|keeps?|has|have|shall (?:have|retain|keep)) (?:the )?(?:continuing )?(?:jurisdiction|authority|power)\b"
          r"(?: and (?:authority|power))? to (?:hear|decide|grant|consider|entertain|rule on)\b[^.;]{0,80}\b(?:motion|petition|"
          r"application)s?\b[^.;]{0,60}\bto (?:vacate|set aside|withdraw)\b[^.;]{0,120}\bon (?:the |any )?grounds?\b|"
          r"\b(?:retains?|keeps?|has|shall (?:have|retain|keep)) (?:the )?(?:continuing )?(?:jurisdiction|authority|power) to (?:vacate|set "
          r"aside)\b[^.;]{0,60}\b(?:upon|on|if|when) (?:a |the )?(?:finding|showing|proof|determination)\b",
          DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         unless=(PRESUMED_OTHERWISE, CIVIL, r"\b(?:not|nothing|no)\b[^.;]{0,60}\b(?:divest|deprive|limit|affect|impair|preclude)")),
    # A vacatur, or leave to withdraw the plea, when the court failed to give the immigration
    # advisement ("If the court fails to address the defendant personally ... the court, on the
    # defendant's motion, shall vacate the judgment, and permit the defendant to withdraw the plea").
    # (the ground may end the sentence before: "Where the court did not give the advisement required by subsection (a) ...,
    # the judgment entered on the plea is void as to that defendant. On the defendant's motion, filed at any time, the
    # court shall vacate the judgment")
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR + r"|\b(?:shall|may)\b[^.;]{0,60}?\bvacate\b", FAILED_ADVICE),
         window=2, unless=(LEFT_TO_OTHER_LAW, r"\b(?:shall|may|must) not be (?:withdrawn|vacated|set aside)\b[^.;]{0,60}\bon the ground\b")),
    # A vacatur on a showing of innocence ("may vacate the conviction ... if newly discovered evidence establishes").
    # (or a writ of actual innocence, which is that relief by its name: "may, at any time, file a petition for writ of
    # actual innocence ... if the person claims that there is newly discovered evidence")
    Rule("vacatur-for-cause", "present",
         (GRANT_VACATUR + r"|\b(?:may|shall)\b(?! not\b)[^.;]{0,80}\b(?:file|bring)\b[^.;]{0,20}\bpetition for (?:a )?writ of actual "
          r"innocence\b", INNOCENCE),
         # (nor the ground named only in a deadline of days after the verdict, the next sentence's: "must be filed within 14
         # days after the verdict")
         window=2, unless=(PRESUMED_OTHERWISE, CIVIL, r"\b(?:may|shall) not (?:\w+ )?(?:file|bring)\b", DAYS_DEADLINE)),
    # ... or a writ or petition claiming innocence, whose grant is in a later subsection ("a petition for a writ of actual
    # innocence, if the person claims that there is newly discovered evidence ... (d) In ruling on a petition filed under
    # this section, the court may set aside the verdict").
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR,),
         # (not a deadline of days, which names the ground only to close it; a window of years keeps it: "Any motion for a
         # new trial grounded on newly discovered evidence must be filed within 3 years")
         elsewhere=(r"^(?!.*" + DAYS_DEADLINE + ")"
                    # (or the ground as the grant's condition: "If the results of the forensic DNA testing ... are
                    # favorable to the petitioner, the court shall schedule a hearing")
                    r".*\b(?:petition|motion|writ|application|claims?|alleg\w*|shows?|if)\b[^.;]{0,80}(?:" + INNOCENCE + ")",),
         unless=(PRESUMED_OTHERWISE, CIVIL, r"\bjurisdiction\b(?! over the (?:offense|case|matter|conviction))")),
    # Relief that undoes the conviction, on a ground of legal defect named in the same sentence, in any of the
    # words bills use for one: a broad net, because a vacatur's grounds are worded a hundred ways.
    Rule("vacatur-for-cause", "present",
         (VACATE + r"[^.;]{0,40}\b(?:shall|may|must) be granted\b[^.]{0,300}?" + DEFECT_WORD + "|"
          r"\b(?:may|shall|must)\b[^.;]{0,100}?" + VACATE + r"[^.;]{0,160}?" + DEFECT_WORD + "|"
          + DEFECT_WORD + r"[^.;]{0,160}?\b(?:may|shall|must)\b[^.;]{0,100}?" + VACATE + "|"
          # (the ground between the court's duty and its order, a long sentence apart: "the Court shall (i) dismiss the
          # petition ... or (ii) only upon a finding that no rational trier of fact could have found proof of guilt
          # beyond a reasonable doubt, grant the writ, and vacate the conviction")
          r"\b(?:may|shall|must)\b(?! not\b)[^.;]{0,400}?" + DEFECT_WORD
          + r"[^.;]{0,120}?(?:,|\band) (?:vacate|set aside) (?:the |a |any |his |her |its )?(?:conviction|judgment|adjudication)",),
         unless=(PRESUMED_OTHERWISE, CIVIL, NOT_HERE, TITLE, r"(?<!lacked )(?<!lacks )(?<!without )(?<!\bno )\bjurisdiction\b[^.;]{0,40}\b(?:over|to hear|to decide|to consider|retain)",
                 r"(?:shall|may) not (?:be )?(?:\w+ or )?(?:vacat|set aside|grant)",
                 TAUGHT, r"\b(?:except|other than|excluding|but not)\b[^.;]{0,80}" + DEFECT_WORD)),
    # A vacatur only the prosecutor is named to seek, in a sentence of its own: a route, but not one the person can
    # take. A grant to the person elsewhere in the bill still reads present.
    Rule("vacatur-for-cause", "partial", (PROSECUTOR_MOVES, VACATE, DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         unless=(r"\b(?:respon\w*|object\w*|oppos\w*|join\w*|stipulat\w*)\b", r"(?:defendant|person|petitioner|movant)'s (?:motion|petition)",
                 PEOPLE_SET_ASIDE_SENTENCE),
         why="only the prosecutor is named to ask for the vacatur; the person has no motion of their own"),
    # A vacatur whose claims about immigration advice are carved out ("relief shall not be granted on a claim that a plea
    # ... was involuntary, or that counsel was ineffective, because the petitioner was not advised of ... the immigration
    # ... consequences of the plea"): the very claim a noncitizen needs is the one it refuses.
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:relief|motions?|petitions?)\b[^.;]{0,40}\b(?:shall|may) not be granted on (?:a |any )?claims?\b[^.;]{0,240}"
          r"\b(?:immigration|deportation|removal|collateral consequences?)\b|"
          r"\bclaims?\b[^.;]{0,200}\b(?:immigration|deportation|removal)\b[^.;]{0,120}\b(?:(?:is|are|shall be) not cognizable|"
          r"(?:may|shall) not be (?:the )?basis (?:of|for) (?:any )?relief)\b",),
         elsewhere=(VACATE,), part=NARROWS,
         why="the vacatur is refused on claims that the plea was uninformed about immigration consequences"),
    # A bill that denies the person a motion of their own ("Nothing in this section confers on a defendant a right to
    # file a motion under this section"): whatever vacatur it gives is the prosecutor's alone.
    Rule("vacatur-for-cause", "partial",
         (r"\bnothing in this (?:section|act|chapter|article|part|rule)\b[^.;]{0,30}\b(?:confers?|gives?|grants?|creates?)\b[^.;]{0,40}"
          r"\b(?:defendant|person|petitioner|convicted person)\b[^.;]{0,30}\bright to (?:file|bring|make|move)|\bright in (?:a |any )?"
          r"(?:defendant|person|petitioner)\b[^.;]{0,10}\bto (?:require|compel)\b|"
          r"\b(?:defendant|person|petitioner)\b[^.;]{0,20}\b(?:has|have|shall have) no right to (?:file|bring|make|move)|"
          r"^(?:\(\w{1,4}\)\s*)*(?:a|the|no) (?:defendant|person|petitioner|convicted person)\b[^.;]{0,20}\b(?:may not|shall not|cannot|may) "
          r"(?:not )?(?:file|bring|make)\b[^.;]{0,20}\b(?:motion|petition)s? under this (?:section|act|rule|article)\b",
          r"\b(?:motion|petition|application)s?\b"),
         elsewhere=(VACATE, DEFECT + "|" + DEFECT_WORD), part=NARROWS,
         why="the bill gives the person no motion of their own: only the prosecutor may ask for the vacatur"),
    # Leave to withdraw a plea for an error in the plea proceeding, the early remedy court rules give before
    # sentence ("If the defendant's motion is based on an error in the plea proceeding, the court must permit the
    # defendant to withdraw the plea"): a remedy for a defect, but not a vacatur of the conviction later.
    Rule("vacatur-for-cause", "partial",
         (r"\bwithdraw\w*\b[^.;]{0,40}\bplea\b|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          r"\b(?:an? )?(?:error|defect)s? in the (?:plea )?(?:proceeding|colloquy|hearing)\b|"
          r"\bfail\w* to (?:advise|comply with|follow|observe)\b[^.;]{0,80}\b(?:rule|subdivision|section|requirements?)\b|"
          # ("If the court accepted a plea without making each determination required by subdivision (a)")
          r"\bwithout (?:first )?(?:making|giving|complying with|following)\b[^.;]{0,40}\b(?:required by|under) (?:rule|subdivision|section)\b"),
         why="it lets the defendant withdraw a plea for an error in the plea proceeding, not vacate the conviction later"),
)  # fmt: skip
NEGATED_VACATUR = (
    r"\bnor (?:shall|may|will|can) (?:\w+ ){0,3}(?:be )?(?:invalidated|reversed|vacated|set aside)\b|"
    r"\bnothing\b[^.;]{0,60}\b(?:authoriz|permit|allow|empower|enabl)\w*\b[^.;]{0,40}\b(?:vacat|set aside|withdraw)|"
    # the relief order itself changed, not the conviction ("an order of sealing ... may not thereafter be modified except on
    # a showing of fraud")
    r"\border of (?:sealing|expungement|expunction|nondisclosure|set-aside)\b[^.;]{0,80}\b(?:modif|revok|rescind|amend)\w*"
)
"""A vacatur denied ("..., nor shall any conviction be invalidated or reversed ... due to the failure to expunge";
"Nothing in this section authorizes the court to vacate ..."), or a relief order, not a conviction, undone."""

# No grant of vacatur reads present in a sentence whose actor is the prosecutor (the partial rule above reads it), one
# that denies it, or one that turns the petition away.
RULES = tuple(
    replace(rule, unless=(*rule.unless, PROSECUTOR_MOVES, NEGATED_VACATUR, PETITION_TURNED_AWAY))
    if rule.practice == "vacatur-for-cause" and rule.strength == "present"
    else rule
    for rule in RULES
)
