"""Rules for the conviction itself: vacatur for cause, the presumption for noncitizens, and the court's
continuing jurisdiction."""

from __future__ import annotations

from dataclasses import replace

from ..vocabulary import (
    BURDEN_SHIFT,
    DEFECT,
    DEFECT_WORD,
    FAILED_ADVICE,
    GRANT_PROCEEDING,
    GRANT_VACATUR,
    JURISDICTION,
    KEEPS,
    LATER,
    LATER_CHALLENGE,
    MODAL,
    NONCITIZEN,
    PRESUME,
    RELIEF,
    SEVERED,
    TRAFFICKED,
    VACATE,
)
from .rule import NARROWS, Rule

BARRED_VACATUR = (
    r"(?:\bno court (?:shall|may|can)\b[^.;]{0,20}\b(?:vacate|set aside)|(?:shall|may|must) not (?:thereafter )?be (?:vacated|set aside)|"
    r"\b(?:shall|may) not (?:thereafter )?vacate|"
    r"\bno (?:judgment|conviction|plea|sentence)s?\b[^.;]{0,60}\b(?:shall|may|can|will) (?:\w+ )?be (?:vacated|set aside|withdrawn|"
    r"disturbed|reversed|invalidated))(?![^.;]*\b(?:unless|except|until)\b)"
)
"""A court barred from vacating a conviction ("No court shall vacate a conviction that has been sealed on the
ground of ..."), with no condition under which it may."""

NARROWED_VACATUR = (
    r"(?:upon|on) (?:the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|people|state)\b"
    r"[^.;]{0,30}\b(?:and not otherwise|only)\b|"
    r"\bonly (?:upon|on) (?:the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|people|state)\b|"
    r"\bonly (?:for|to|as to) (?:a )?convictions? (?:entered|obtained) (?:on or )?after\b|"
    r"\bonly (?:the )?(?:prosecut\w*|district attorney|state's attorney|commonwealth's attorney|attorney general)\b[^.;]{0,30}"
    r"\bmay (?:file|move|bring|make|petition|apply)|"
    r"\bappl(?:y|ies) (?:prospectively only|only prospectively|only to (?:judgments?|convictions?|pleas?)\b[^.;]{0,40}"
    r"\b(?:entered|obtained|accepted|made) (?:on or )?after)|"
    r"(?:upon|on) (?:a |the )?(?:written )?motion of the (?:prosecut\w*|district attorney|state's attorney|"
    r"commonwealth's attorney|people|state)\b(?![^.;]{0,60}\b(?:or|and)\b[^.;]{0,20}"
    r"\b(?:defendant|person|petitioner|movant|individual|convicted)\b)"
)
PROSECUTOR_MOVES = (
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*|sec(?:tion|\.)? \d+\.\s*)*(?:the |a |any )?(?:prosecut\w*(?: attorney)?|district attorney|"
    r"state's attorney|commonwealth's attorney|county attorney|attorney general)\b[^.;]{0,80}?\b(?:may|shall)\b(?: \w+){0,2}? "
    r"(?:file|bring|make|move|petition|apply)\b"
)
"""A sentence whose actor is the prosecutor, who may move to vacate ("The prosecuting attorney ... may file a motion to
vacate the conviction if ..."): a route the person cannot take, whatever its ground."""
GROUND_TALK = (
    r"\b(?:grounds?|relief|vacat\w*|set aside|motions?|petitions?|claims?|applications?|alleg\w*|judgments?|convictions?|"
    r"sentences?|pleas?|trial|counsel|writ)\b"
)
"""A sentence that speaks of relief from a conviction: where a ground listed apart from the grant must stand (not a
"manifest injustice" that ends probation early)."""
CIVIL = (
    r"\b(?:protective|restraining|custody|support|civil|default|eviction|divorce|dissolution|paternity|administrative)\b"
    r"[^.;]{0,20}\b(?:orders?|judgments?|decrees?)\b|"
    r"\b(?:orders?|judgments?|decrees?) (?:of|for) (?:\w+ ){0,2}(?:support|custody|protection|eviction|divorce|dissolution)\b|\blicen[cs]es?\b|\ba party or its legal representative\b|\bcivil action\b"
)
"""A civil or administrative order or judgment undone (a protective order, a license suspension, Rule 60(b)): not a
conviction."""
SENTENCE_ONLY = r"\brecall\w*\b[^.;]{0,30}\bsentence"
"""Relief that recalls a sentence (to resentence or dismiss it under a later law), not a vacatur of the conviction."""

"""A vacatur narrowed: only the prosecutor may ask for it (by the words "only", or by naming no one else who
may move), or it reaches only convictions entered later."""

ORDER_UNDONE = (
    r"\b(?:modify|vacate|revoke|rescind|set aside|amend)\b (?:(?:any|the|an?|such|its|that|this) )?(?:\w+ )?"
    r"(?:orders?|set-aside|expungement|sealing)\b(?! of (?:conviction|the conviction))|"
    r"\bfraud\w*|\bmisrepresent\w*|\b(?:new|subsequent|later) (?:offense|crime|conviction)"
)
"""A court kept able to undo its own order, or the relief itself ("retains jurisdiction to vacate an
expungement order obtained by fraud"): a power over the relief, not the person's later challenge to the
conviction."""

JURISDICTION_KEPT = (
    r"\bnot\b[^.;]{0,30}(?:divest|deprive|terminat|end)",
    r"\bnothing\b[^.;]{0,80}(?:divest|deprive|terminat|\bend)",
    r"(?:turns|attains|reaches)\b[^.;]{0,30}\b(?:age|\d{2})\b|dispositional jurisdiction|"
    r"\bfor (?:the )?purposes? of (?:probation|supervision|parole|community control)\b",
    # jurisdiction over a person that ends with probation or supervision, not over the conviction ("Upon
    # discharge from probation, the jurisdiction of the court over the defendant terminates")
    r"\b(?:discharg\w*|releas\w*|complet\w*) (?:from |of )?(?:the )?(?:probation|parole|supervision|community control)|"
    r"\bjurisdiction over (?:the |any |a |each )?(?:person|defendant|probationer|child|juvenile|minor|youth)\b[^.;]{0,80}\buntil\b",
    # an ending of jurisdiction that keeps the later challenge ("... except that the court may hear a motion to vacate")
    r"\bexcept\b[^.;]{0,40}\b(?:hear|decide|consider|entertain|grant|rule on)\b[^.;]{0,40}" + LATER_CHALLENGE,
    r"\bno\b[^.;]{0,80}\b(?:construed|deemed|interpreted)\b[^.;]{0,20}(?:divest|deprive|terminat|\bend)",
)
"""Words that keep the court's jurisdiction (or speak of a child's case reaching an age): no rule against it fires."""

RULES: tuple[Rule, ...] = (
    # A bar on vacating a conviction for a legal defect works against the practice.
    Rule("vacatur-for-cause", "against", (BARRED_VACATUR, DEFECT + "|" + DEFECT_WORD)),
    # A missing advisement declared harmless ("The failure to advise ... shall not affect the validity of the plea").
    Rule("vacatur-for-cause", "against",
         (r"(?:shall|does|will|is) not (?:\w+ )?(?:affect the validity of|be (?:a |the |any )?(?:grounds?|basis|bases) (?:for|to)|"
          r"constitute (?:a |any |the )?(?:grounds?|basis|bases) (?:for|to)|entitle\w* (?:the )?(?:defendant|person) to (?:withdraw|vacat)|"
          r"(?:a |any |the )?(?:grounds?|basis|bases) (?:for|to))|"
          r"\b(?:is|are|shall be|be) (?:deemed |considered |treated as )?harmless\b",
          FAILED_ADVICE + r"|fail\w* (?:of [^.;]{0,20})?to (?:advise|warn|inform|admonish|give the)"),
         # a notice of the right to relief, sent after sentence, whose omission leaves the judgment as it was ("Failure
         # to give the notice does not affect the validity of the judgment"): no plea advisement is made harmless
         unless=(r"^(?!.*\b(?:immigration|deport\w*|citizen\w*|alien|plea|advis\w*|warn\w*|admoni\w*)).*\bfail\w* to "
                 r"(?:give|provide|send|mail) (?:the |a |such |any )?notice\b",)),
    # (a prosecutor's motion "if ... the conviction ... no longer serves the interests of justice", with no defect
    # named, narrows nothing: there is no vacatur for cause to narrow)
    Rule("vacatur-for-cause", "partial", (NARROWED_VACATUR, VACATE), window=2, part=NARROWS,
         unless=(r"^(?!.*(?:" + DEFECT + "|" + DEFECT_WORD + r")).*\binterests? of justice\b",),
         why="the vacatur is narrowed: only the prosecutor may ask for it, or it reaches only later convictions"),
    # A vacatur for cause that must be sought within days or months of judgment ("A motion to vacate a conviction for
    # failure of the court to advise ... shall be filed within 90 days after the judgment becomes final"): a person
    # who learns of the defect years later, as most do, is shut out.
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:motion|petition|application)s?\b[^.;]{0,40}\b(?:to vacate|for (?:post-?conviction )?relief|to withdraw)",
          r"\b(?:shall|must) be (?:filed|made|brought|served)\b[^.;]{0,20}\bwithin (?:\w+ ){1,2}(?:\(\d+\) )?(?:days?|months?)\b",
          DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         unless=(r"\bunless\b|\bexcept\b|\bgood cause\b|\bat any time\b|\bdiligen\w*|\blearn\w*|\bdiscover\w*|\bnotice\b",),
         part=NARROWS, why="the motion must be filed within a short time after judgment, before most people learn of the defect"),
    # Relief whose only ground is "manifest injustice" ("To correct manifest injustice the court after sentence may set
    # aside the judgment of conviction and permit the defendant to withdraw the plea"): courts read the standard to
    # take in legal defects, but the words do not tie it to one, and it asks more than a defect.
    Rule("vacatur-for-cause", "partial",
         (r"\bmanifest injustice\b", r"\bset aside\b|\bvacat\w*|\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          MODAL),
         unless=(PRESUME, r"\bprobation\b"),
         why="the only ground named is manifest injustice, a standard the text does not tie to a legal defect"),
    # ... unless the text says what it is ("... to correct a manifest injustice. A manifest injustice exists where (1)
    # the defendant was denied the effective assistance of counsel, or (2) the plea was not entered knowingly").
    Rule("vacatur-for-cause", "present",
         (r"\bmanifest injustice\b", r"\bset aside\b|\bvacat\w*|\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          MODAL, r"\bmanifest injustice (?:exists|includes|means|is shown)\b[^.]*?(?:" + DEFECT + "|" + DEFECT_WORD + ")"),
         window=2, unless=(PRESUME, r"\bprobation\b")),
    # A plea that may be withdrawn for a defect only before sentence, with no route after it ("Before sentence is
    # imposed, the court shall permit a defendant to withdraw a plea of guilty if ..."): narrowed too.
    Rule("vacatur-for-cause", "partial",
         (r"\b(?:before|prior to) (?:the )?(?:sentence|sentencing|judgment|imposition of (?:the )?sentence)\b",
          r"\bwithdraw\w*\b[^.;]{0,40}\bplea|\bplea\b[^.;]{0,40}\bwithdrawn\b", DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         unless=(r"\bafter (?:the )?(?:sentence|sentencing|judgment)\b|\bat any time\b(?! before)|\b(?:thereafter|afterwards?)\b",), part=NARROWS,
         why="the plea may be withdrawn only before sentence, not the conviction vacated later"),
    # Relief for legal error: a defect and a grant of relief in one sentence ...
    Rule("vacatur-for-cause", "present", (DEFECT, RELIEF + r"|withdraw (?:the|a|his|her|their) plea|relief|motion|petition|post-?conviction|"
                                             r"institute a proceeding|\bapplication (?:for (?:a )?(?:writ|post-?conviction relief|relief)|(?:must|shall|may) "
                                             r"(?:challenge|allege|assert|claim))", MODAL),
         unless=(PRESUME, CIVIL, r"finds?\b.*\bthat\b", r"advisement|explain\w*|\binform\w*|\bnotice\b|not required|does not have to show",
                 # a deadline whose exceptions name defects grants nothing ("Any petition ... shall be filed within
                 # one year ..., unless the petition alleges and the petitioner proves that: (i) ... in violation of
                 # the Constitution", 42 Pa.C.S. § 9545(b))
                 r"\bshall be filed within\b[^.;]{0,120}\bunless\b",
                 # a court kept able to hear the motion grants nothing itself ("shall not divest the sentencing court of
                 # jurisdiction to hear a subsequent motion to vacate that conviction on the ground that it is legally invalid")
                 r"\b(?:not|nothing)\b[^.;]{0,60}\b(?:divest|deprive|limit|affect|impair)\w*[^.;]{0,60}\bjurisdiction\b[^.;]{0,20}"
                 r"\bto (?:hear|decide|consider|entertain)")),
    # ... or a grant of vacatur whose grounds, listed elsewhere, include legal defects.
    # A court's keeping jurisdiction to hear a motion to vacate grants no vacatur itself.
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR,), elsewhere=(DEFECT + "|" + TRAFFICKED, GROUND_TALK),
         unless=(PRESUME, CIVIL, r"\bjurisdiction\b")),
    # A post-conviction proceeding whose listed grounds include a legal defect.
    # A deadline for the petition grants nothing ("a person in custody ... must petition for post-conviction relief
    # under this part within one (1) year").
    Rule("vacatur-for-cause", "present", (GRANT_PROCEEDING,), elsewhere=(DEFECT,),
         unless=(PRESUME, r"\bjurisdiction\b(?! to impose)",
                 r"\b(?:must|shall) (?:petition|file|be filed|be brought|be commenced)\b[^.;]{0,120}\bwithin\b")),
    # A vacatur, or leave to withdraw the plea, when the court failed to give the immigration
    # advisement ("If the court fails to address the defendant personally ... the court, on the
    # defendant's motion, shall vacate the judgment, and permit the defendant to withdraw the plea").
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR + r"|\b(?:shall|may)\b[^.;]{0,60}?\bvacate\b", FAILED_ADVICE)),
    # A vacatur on a showing of innocence ("may vacate the conviction ... if newly discovered evidence establishes").
    Rule("vacatur-for-cause", "present",
         (GRANT_VACATUR, r"newly discovered evidence|actual(?:ly)? innocen\w*|(?:is|was) innocent of|"
          r"would (?:likely |probably )?have prevented the conviction|(?:unavailable|not available) at (?:the time of )?trial"),
         window=2, unless=(PRESUME, CIVIL)),
    # Relief that undoes the conviction, on a ground of legal defect named in the same sentence, in any of the
    # words bills use for one: a broad net, because a vacatur's grounds are worded a hundred ways.
    Rule("vacatur-for-cause", "present",
         (VACATE + r"[^.;]{0,40}\b(?:shall|may|must) be granted\b[^.]{0,300}?" + DEFECT_WORD + "|"
          r"\b(?:may|shall|must)\b[^.;]{0,100}?" + VACATE + r"[^.;]{0,160}?" + DEFECT_WORD + "|"
          + DEFECT_WORD + r"[^.;]{0,160}?\b(?:may|shall|must)\b[^.;]{0,100}?" + VACATE,),
         unless=(PRESUME, CIVIL, r"(?<!lacked )(?<!lacks )(?<!without )(?<!\bno )\bjurisdiction\b[^.;]{0,40}\b(?:over|to hear|to decide|to consider|retain)",
                 r"(?:shall|may) not (?:be )?(?:vacat|set aside|grant)")),
    # A vacatur only the prosecutor is named to seek, in a sentence of its own: a route, but not one the person can
    # take. A grant to the person elsewhere in the bill still reads present.
    Rule("vacatur-for-cause", "partial", (PROSECUTOR_MOVES, VACATE, DEFECT + "|" + DEFECT_WORD + "|" + FAILED_ADVICE),
         unless=(r"\b(?:respon\w*|object\w*|oppos\w*|join\w*|stipulat\w*)\b", r"(?:defendant|person|petitioner|movant)'s (?:motion|petition)"),
         why="only the prosecutor is named to ask for the vacatur; the person has no motion of their own"),
    # Leave to withdraw a plea for an error in the plea proceeding, the early remedy court rules give before
    # sentence ("If the defendant's motion is based on an error in the plea proceeding, the court must permit the
    # defendant to withdraw the plea"): a remedy for a defect, but not a vacatur of the conviction later.
    Rule("vacatur-for-cause", "partial",
         (r"\bwithdraw\w*\b[^.;]{0,40}\bplea\b|\bplea\b[^.;]{0,40}\bwithdrawn\b",
          r"\b(?:an? )?(?:error|defect)s? in the (?:plea )?(?:proceeding|colloquy|hearing)\b|"
          r"\bfail\w* to (?:advise|comply with|follow|observe)\b[^.;]{0,80}\b(?:rule|subdivision|section|requirements?)\b"),
         why="it lets the defendant withdraw a plea for an error in the plea proceeding, not vacate the conviction later"),
    # A presumption that runs the other way: a ground not raised earlier is presumed waived.
    Rule("rebuttable-presumption", "against", (r"\bpresum\w*\b[^.;]{0,30}\bwaive[dr]?\b|\bpresumption of waiver\b",)),
    # The presumption for noncitizens.
    Rule("rebuttable-presumption", "present",
         (PRESUME + "|" + BURDEN_SHIFT, NONCITIZEN + r"|immigration|deport\w*|\bremoval\b|advisement",
          r"(?:legally )?invalid|not valid|not aware|(?:obtained |was |were )unlawful\w*|(?:legally |constitutionally )?"
          r"(?:defective|infirm)|\bvoid\b|involuntar\w*|without (?:an )?understanding|cannot lawfully|not (?:knowing|voluntary)"),
         unless=(r"received the required advisement", r"(?:shall|may|must) not be presumed|\bno presumption")),
    Rule("rebuttable-presumption", "partial",
         (PRESUME + r"[^.;]{0,160}(?:not (?:to have )?(?:received|been (?:so )?(?:given|advised|warned|told|informed|delivered|provided))|"
          r"was not given|were not given|(?:was|were) not (?:so )?(?:told|warned|advised|informed)|never (?:advised|warned|told|informed)|"
          r"omitted the (?:\w+ )?(?:advisement|warning)|(?:advisement|warning) was not (?:delivered|given|provided)|"
          r"did not receive the (?:\w+ )?(?:advisement|warning)|did not (?:inform|advise|warn|tell)|(?:advisement|warning) was omitted)|"
          r"(?:not having been|not been|was not|were not) (?:advised|warned|told|informed|given)[^.;]{0,120}" + PRESUME + r"|"
          r"fail\w* to (?:give|provide|deliver) the (?:\w+ )?(?:warning|advisement)[^.;]{0,40}" + PRESUME,),
         part="advisement", why="the presumption concerns the court's advisement, not the plea's legal validity"),
    Rule("rebuttable-presumption", "partial", (PRESUME + r"[^.;]{0,200}" + TRAFFICKED + "|" + TRAFFICKED + r"[^.;]{0,200}" + PRESUME,),
         why="the presumption establishes a ground for vacatur (trafficking), not that a plea was legally invalid"),
    Rule("rebuttable-presumption", "partial", (PRESUME,), elsewhere=(r"(?:prior |the )?plea is (?:legally )?invalid",),
         why="a presumption in the defendant's favour beside a declaration that the plea is invalid"),
    # Continuing jurisdiction.
    # A saving of a higher court's own jurisdiction ("shall not be construed to limit the original jurisdiction of the
    # Supreme Court in habeas corpus") is not the convicting court's power after relief.
    Rule("court-jurisdiction", "present", (KEEPS, JURISDICTION, LATER), window=2,
         unless=(PRESUME, r"original jurisdiction|jurisdiction of the supreme court", r"\bno (?:court|tribunal|judge)\b",
                 r"until (?:the )?(?:child|person|juvenile|defendant|minor)\w* (?:attains|reaches|turns)|jurisdiction over the (?:child|juvenile|minor)|"
                 r"during (?:the )?(?:period of )?(?:probation|supervision|deferral)|until the (?:petition|application) is",
                 r"(?:was|is|were) without jurisdiction|lack(?:ed|s)? (?:of )?jurisdiction|(?:did|does) not have jurisdiction",
                 r"jurisdiction\b[^.;]{0,60}\b(?:modif\w*|reduc\w*|revo(?:ke|cation)\w*)\b[^.;]{0,30}\b(?:sentence|probation|supervision)",
                 # a severability clause ("held invalid by a court of competent jurisdiction, the invalidity does not
                 # affect ...") and a court kept able to order a transfer on an immigration detainer (Iowa Code § 27A.4)
                 SEVERED, r"\bdetainers?\b", ORDER_UNDONE,
                 # a court kept able to hear another petition for the relief itself ("retains jurisdiction to consider a
                 # renewed petition"), not a challenge to the conviction
                 r"\bjurisdiction\b[^.;]{0,20}\bto (?:hear|consider|decide|entertain|rule on) (?:an? |the |any )?(?:(?:renewed|successive|"
                 r"another|second|new) (?:petition|application|motion)|(?:petition|application|motion)s? (?:for|to) (?:the )?"
                 r"(?:seal|expung|shield|nondisclos)\w*)",
                 # a court kept able to collect money or enforce its orders ("shall retain jurisdiction over the defendant
                 # for the purpose of enforcing any unpaid restitution, fine, fee, or cost"), and an application for a
                 # job or a licence, are no later challenge
                 r"\bjurisdiction\b[^.;]{0,80}\b(?:for the purposes? of |to )(?:enforc|collect)\w*[^.;]{0,40}\b(?:restitution|"
                 r"fines?|fees?|costs?|protective|no-contact|support)\b",
                 r"\bapplications? for (?:employment|housing|licen\w*|credit|admission)\b")),
    # A court given jurisdiction to decide a motion that may come at any time after relief ("at any
    # time following the withdrawal of the guilty plea and dismissal of the charges ... The court in
    # which the guilty plea was originally entered has jurisdiction and authority to decide the motion").
    Rule("court-jurisdiction", "present",
         (r"\b(?:has|have|shall have|retains?|shall retain|keeps?) (?:the )?(?:continuing |full )?(?:jurisdiction|authority|power)"
          r"(?: and (?:authority|power))? to (?:hear|decide|consider|rule on|entertain|adjudicate|grant)|"
          r"\b(?:court|judge)\b[^.;]{0,30}\b(?:may|shall)\b (?:\w+ )?(?:hear|decide|consider|entertain|rule on)\b"
          r"(?: and (?:\w+ )?(?:decide|determine|rule on|grant))?[^.;]{0,20}?" + LATER_CHALLENGE,
          LATER, r"\bat any time\b|notwithstanding[^.;]{0,60}(?:time|limitation|deadline)|(?:has|have) already been|\bremains? a conviction\b|"
          r"\b(?:even (?:though|if|after|where|when)|regardless of whether|whether or not)\b[^.;]{0,60}" + RELIEF + r"|"
          r"\b(?:that|which) (?:has|have) been (?:\w+ )?" + RELIEF + r"|"
          r"\bnotwithstanding that\b[^.;]{0,80}" + RELIEF + r"|"
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|"
          r"\b(?:after|once|following)\b[^.;]{0,40}?" + RELIEF + r"[^.;]{0,40}?\b(?:has|have) been (?:granted|ordered|entered)"),
         window=2, unless=(PRESUME, ORDER_UNDONE)),
    # A person whose record was cleared who may still bring the challenge in the court that convicted, which
    # may grant it ("may, notwithstanding the sealing, file a motion to vacate the conviction in the court that
    # entered it, and that court may grant the motion"); or an end of jurisdiction that keeps that motion.
    Rule("court-jurisdiction", "present",
         (r"\b(?:may|can)\b[^.;]{0,80}\b(?:file|bring|make|move)\b[^.;]{0,30}" + LATER_CHALLENGE,
          r"\b(?:that|the|such|this) court (?:may|shall|has (?:jurisdiction|authority|power) to) (?:hear|decide|grant|consider|rule on)\b",
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|\b(?:that|which) (?:has|have) been (?:\w+ )?" + RELIEF
          + r"|\bwhose (?:\w+ )?(?:conviction|record|case)s? (?:has|have) been (?:\w+ )?" + RELIEF),
         unless=(PRESUME, ORDER_UNDONE)),
    Rule("court-jurisdiction", "present",
         (r"\b(?:divest|deprive|terminate|end)s?\b[^.;]{0,60}\bjurisdiction\b",
          r"\bexcept\b[^.;]{0,40}\b(?:hear|decide|consider|entertain|grant|rule on)\b[^.;]{0,40}" + LATER_CHALLENGE)),
    Rule("court-jurisdiction", "partial",
         (r"\b(?:does|shall|will) not (?:bar|preclude|prevent)|nothing[^.;]*preclude", r"\b(?:later|subsequent\w*|future)\b",
          r"\b(?:motion|petition)"),
         # "The denial of a petition ... shall not preclude ... a subsequent petition" lets a refused
         # petitioner file again; it says nothing of what a court may hear once relief is granted.
         unless=(JURISDICTION, r"\bdenial of (?:a|an|the|any) (?:\w+ )?(?:petition|motion|application)\b"),
         why="it keeps later petitions open without saying that the court keeps jurisdiction"),
    # Relief that leaves a later challenge to the conviction standing ("is without prejudice to any subsequent motion
    # ... to vacate the judgment"; "shall not be construed to waive ... the right to seek vacatur").
    Rule("court-jurisdiction", "partial",
         (r"\bwithout prejudice to|(?:does|shall|will) not (?:\w+ )?(?:affect|impair|waive|extinguish|limit|bar|preclude)\w*|"
          r"shall not be (?:construed|deemed|interpreted) to (?:waive|extinguish|bar|preclude|limit|impair)",
          r"\b(?:later|subsequent|future|pending)\b[^.;]{0,40}\b(?:motion|petition|claim|challenge|attack|application)s?\b[^.;]{0,60}?"
          r"(?:vacat\w*|post-?conviction|collateral|habeas|legally invalid|set aside)|right to seek (?:vacatur|post-?conviction relief|to vacate)",),
         unless=(JURISDICTION,),
         why="it keeps a later challenge to the conviction open without saying that the court keeps jurisdiction"),
    Rule("court-jurisdiction", "partial",
         (RELIEF + r"|\brelief\b",
          r"\bmay (?:\w+ )?(?:file|bring|make)\b[^.;]{0,20}" + LATER_CHALLENGE + r"[^.;]{0,60}\b(?:that|which) (?:has|have) been|"
          r"\b(?:may|can)\b (?:nevertheless|nonetheless|afterward|afterwards|subsequently|later|still) (?:\w+ ){0,3}?(?:move|bring|file|seek|petition|challenge)"
          r"[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          + LATER_CHALLENGE + r"[^.;]{0,60}\bmoot\b|remain\w* subject to (?:later |subsequent |future )?(?:motions?|petitions?|challenges?)|"
          # a motion that may come after relief ("may be filed at any time ..., and regardless of whether the record of the
          # conviction has been sealed")
          r"(?:\bmay be (?:filed|made|brought)|\b(?:relief|(?:a|the) (?:motion|petition))\b[^.;]{0,30}\bis available)\b[^.;]{0,200}"
          r"\b(?:regardless of whether|whether or not|even (?:though|if|after))\b[^.;]{0,60}(?:has|have) been (?:\w+ )?(?:" + RELIEF + r")|"
          r"(?:prohibits?|preclude\w*|prevent\w*|bar\w*) (?:a |the |any )?(?:person|petitioner|defendant|individual)\b[^.;]{0,80}\bfrom\b[^.;]{0,60}"
          + LATER_CHALLENGE),
         unless=(JURISDICTION, r"\bnot (?:be )?(?:entitled|eligible)\b"),
         why="it keeps a later challenge to the conviction open without saying that the court keeps jurisdiction"),
    Rule("court-jurisdiction", "partial",
         # what is kept open comes after the words that keep it ("shall not be construed to limit ... a motion to vacate"):
         # a post-conviction rule that names habeas corpus, then saves remedies at trial or on appeal, keeps none after relief
         (r"(?:\bnot (?:be )?(?:construed|read|deemed) to (?:moot|foreclose|limit|impair|waive|bar)|does not constitute a waiver|"
          r"(?:shall|does|will) not (?:\w+ )?render (?:\w+ )?moot|not (?:be )?(?:asserted|raised|used) as a (?:defense|bar)|"
          r"\bremains? available\b[^.;]{0,60}\bafter\b|"
          r"(?:does|shall|will) not (?:bar|preclude|prevent|limit|impair|waive|affect)\b|"
          r"\bnothing\b[^.;]{0,60}\b(?:limits?|impairs?|precludes?|prevents?|bars?)\b|"
          r"\bin addition to\b[^.;]{0,20}\bnot in lieu of|may be the subject of (?:a |an |any )?(?:later |subsequent |future )?|"
          r"not required to\b[^.;]{0,80}\bas a condition of|(?:limit|impair)\w* any other remedy)[^.;]{0,200}?(?:"
          r"challenge\w* (?:by [^.;]{0,30})?to the (?:lawfulness|validity|legality) of the conviction|attacking the conviction|"
          r"collateral (?:attack|challenge|relief)|post-?conviction relief|motion to vacate|habeas corpus|\brule 3\.8\d0|"
          r"coram nobis|actual innocence|challenge the conviction|conviction was obtained (?:unlawfully|illegally|in violation)|"
          r"relief from (?:the )?judgment|challenging (?:that|the) conviction|challenge (?:the )?(?:validity|lawfulness|legality) of (?:the|that) conviction|"
          r"motion to withdraw the plea|\brule 35\b)|"
          r"\b(?:motion|petition|rule 35)\b[^.;]{0,60}\bremains? available\b[^.;]{0,60}\bafter\b",),
         unless=(JURISDICTION + r"(?! (?:to|of) (?:hear|decide))",),
         why="it keeps a later challenge to the conviction open without saying that the court keeps jurisdiction"),
    Rule("court-jurisdiction", "against",
         (r"(?:shall|will|does|to) (?:\w+ )?(?:divest|deprive|terminate|end)\w*[^.;]{0,40}jurisdiction|"
          r"\b(?:divests|deprives)\b[^.;]{0,40}\bjurisdiction|"
          r"(?:court|it) (?:shall|will) (?:lose|have no) jurisdiction|"
          r"(?:court|it) (?:loses|is divested of|shall be divested of|has no) jurisdiction|jurisdiction\b[^.;]{0,80}\b(?:ceases|terminates|ends|is terminated|is ended|shall be terminated)\b|"
          r"\bno court (?:shall have|has|retains|may exercise|shall exercise) jurisdiction|"
          r"(?:shall|may) not (?:thereafter )?(?:exercise|retain|have) jurisdiction|(?:have|has) no further jurisdiction|"
          r"jurisdiction of the (?:\w+ )?court (?:shall|will) (?:end|cease|terminate)|"
          r"no (?:motion|petition)[^.;]{0,160}may (?:thereafter )?be filed|(?:shall|will) (?:thereafter )?lack jurisdiction|"
          r"(?:petition|motion|application)\w* (?:for post-?conviction relief|to vacate)[^.;]{0,80}\bshall be (?:summarily )?(?:dismissed|denied)|"
          r"waives? (?:any|all)? ?right (?:thereafter )?to (?:seek|bring|file)[^.;]{0,20}" + LATER_CHALLENGE + r"|"
          r"jurisdiction\b[^.;]{0,60}\b(?:shall|will) (?:end|cease|terminate)|"
          r"(?:may|shall) not (?:thereafter )?(?:be the subject of|entertain|hear|consider|lie|be reopened)[^.;]{0,100}" + LATER_CHALLENGE + r"|"
          r"\bbars? (?:any )?(?:later |subsequent |future |further )?(?:petition|motion|application|challenge|proceeding)s?\b[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"\bno court shall (?:thereafter )?have (?:authority|jurisdiction|power) to (?:reopen|modify|vacate|hear|consider)|"
          r"(?:shall|will) be without jurisdiction|"
          r"(?:motion|petition) to vacate shall not lie|barred from (?:seeking|bringing|filing|making)[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"waives? (?:any|all) (?:further |later |future )?(?:challenges?|right to challenge|collateral)|"
          r"shall not be reopened for any purpose",),
         unless=JURISDICTION_KEPT),
    # A court barred from hearing a later challenge once a time has run or a first one was heard, in
    # words addressed to the court ("the court shall not entertain any petition for relief from a
    # conviction"; "No application for post conviction relief ... shall be considered if it is filed
    # more than two years after"; a heading "LIMITATIONS PERIOD." may say the time). A bare filing
    # deadline ("must be filed within three years") is not, nor a bar on repeating the same grounds.
    Rule("court-jurisdiction", "against",
         (r"\b(?:court|judge)s? (?:shall|may|will) not (?:entertain|consider|hear|grant relief on)\b|"
          r"\bno (?:application|petition|motion)\b[^.;]{0,160}\bshall be (?:considered|entertained|heard)\b",
          r"\b(?:petition|motion|application)s?\b[^.;]{0,30}\b(?:for |to )?(?:relief from (?:a |the )?(?:conviction|judgment)|"
          r"post[- ]?conviction|vacate)",
          r"\bmore than (?:\w+ )?(?:\(\d+\) )?(?:years?|months?)\b|\blimitations? period\b|"
          r"\bafter\b[^.;]{0,60}\b(?:years?|months?)\b"),
         window=2, unless=JURISDICTION_KEPT),
    # A later challenge open only to a person still restrained by the sentence ("may be brought if the
    # person ... demonstrates that the challenged criminal judgment ... is causing a present restraint"):
    # a noncitizen who learns of the immigration consequence after the sentence is served is shut out.
    Rule("court-jurisdiction", "against",
         (r"(?:post[- ]?conviction|habeas|collateral|motion to vacate)[^.;]{0,160}\b(?:only )?if\b[^.;]{0,160}"
          r"\b(?:present restraint|(?:is|remains) (?:\w+ )?in (?:\w+ )?custody|(?:is )?currently (?:incarcerated|in custody))",),
         unless=(r"\bno longer\b|\bwhether or not\b|\bnot (?:required to be |be )?in (?:\w+ )?custody",)),
    # Relief that ends the court's power over the case, or that bars or waives a later challenge, in other words.
    Rule("court-jurisdiction", "against",
         (r"\b(?:terminates|ends|extinguishes) (?:the |all |any )?(?:\w+ )?jurisdiction|"
          r"\b(?:shall|will) (?:thereafter )?(?:lose|have no) jurisdiction|\b(?:be|is|are) without jurisdiction to (?:entertain|hear|consider|decide)|"
          r"\bwaive\w*[^.;]{0,40}\brights?\b[^.;]{0,80}(?:" + LATER_CHALLENGE + r"|\bappeal|further relief|relief from the conviction)|"
          r"\bwaiver of (?:the |any |all )?rights?\b[^.;]{0,60}(?:" + LATER_CHALLENGE + r")|"
          r"\bbar\w* (?:any |all )?(?:later|subsequent|future|further) (?:motions?|petitions?|challenges?|applications?)|"
          r"(?:motion|petition|application)s?\b[^.;]{0,80}\b(?:may|shall) not be (?:filed|brought|heard|entertained|considered)\b"
          r"[^.;]{0,80}\b(?:expunged|sealed|set aside|restricted|shielded|cleared)|"
          r"(?:may|shall) not (?:thereafter )?(?:consider|entertain|hear) any (?:motion|petition|application)\b[^.;]{0,80}"
          r"\b(?:expunged|sealed|restricted|shielded|set aside)",),
         unless=(*JURISDICTION_KEPT, r"\b(?:not|never|nothing|without)\b[^.;]{0,40}\b(?:waive|waiver|bar|terminat|lose|end)",
                 # what a court must tell a defendant before a plea, not a bar the law sets
                 r"\b(?:inform|advise|tell|warn)\w* (?:the )?(?:defendant|person|accused)\b[^.;]{0,60}\b(?:of the following|that)\b")),
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

# No grant of vacatur reads present in a sentence whose actor is the prosecutor (the partial rule above reads it), or
# one that denies it.
RULES = tuple(
    replace(rule, unless=(*rule.unless, PROSECUTOR_MOVES, NEGATED_VACATUR))
    if rule.practice == "vacatur-for-cause" and rule.strength == "present"
    else rule
    for rule in RULES
)
