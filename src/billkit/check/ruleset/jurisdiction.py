"""Rules for the court's continuing jurisdiction: whether relief leaves the court able to hear a later challenge
to the conviction (vacatur, post-conviction relief, coram nobis), or ends that power."""

from __future__ import annotations

from ..vocabulary import (
    CLEARED,
    CLEARED_TIE,
    JURISDICTION,
    KEEPS,
    LATER,
    LATER_CHALLENGE,
    NO_HEARING,
    PRESUME,
    RELIEF,
    SEVERED,
)
from .finality import NARROW_KEPT
from .rule import NARROWS, Rule

ORDER_UNDONE = (
    r"\b(?:modify|vacate|revoke|rescind|set aside|amend)\b (?:(?:any|the|an?|such|its|that|this) )?(?:\w+ )?"
    r"(?:orders?|set-aside|expungement|sealing)\b(?! of (?:conviction|the conviction))|"
    r"\bfraud\w*|\bmisrepresent\w*|\b(?:new|subsequent|later) (?:offense|crime|conviction)|"
    r"\b(?:motion|petition)s? to (?:modify|dissolve|extend|enforce|terminate)\b(?![^.;]{0,40}\b(?:conviction|plea)\b)"
)
"""A court kept able to undo its own order, or the relief itself ("retains jurisdiction to vacate an
expungement order obtained by fraud"; "to hear a motion to modify or dissolve it"): a power over the relief or
another order, not the person's later challenge to the conviction."""

JURISDICTION_KEPT = (
    r"\bnot\b[^.;]{0,30}\b(?:divest|deprive|terminat|end(?:s|ed)?\b)",
    # "Neither the sealing nor the destruction of the records ... limits, impairs, or terminates the jurisdiction"
    r"\bneither\b(?:[^.;]|\.(?=\d)){0,120}\bnor\b(?:[^.;]|\.(?=\d)){0,120}(?:divest|deprive|terminat|\bend|limit|impair)",
    r"\bnothing\b[^.;]{0,80}(?:divest|deprive|terminat|\bend)",
    r"(?:turns|attains|reaches)\b[^.;]{0,30}\b(?:age|\d{2})\b|dispositional jurisdiction|"
    r"\bfor (?:the )?purposes? of (?:probation|supervision|parole|community control)\b",
    # jurisdiction over a person that ends with probation or supervision, not over the conviction ("Upon
    # discharge from probation, the jurisdiction of the court over the defendant terminates")
    r"\b(?:discharg\w*|releas\w*|complet\w*) (?:from |of )?(?:the )?(?:probation|parole|supervision|community control)|"
    r"\bjurisdiction over (?:the |any |a |each )?(?:person|defendant|probationer|child|juvenile|minor|youth|ward)\b[^.;]{0,80}\b(?:until|beyond)\b|"
    r"\bprobation (?:is |has been )?(?:discharged|expires|terminated|completed)\b|\bjurisdiction over (?:a |the |any )?(?:child|juvenile|minor)\b|"
    # ... or with a commitment ("the court's jurisdiction over the person terminates and the person shall be released")
    r"\bjurisdiction over (?:the |any |a |each )?(?:person|defendant|individual|acquittee|patient)\b[^.;]{0,40}\b(?:terminates|ends|ceases)"
    r"\b[^.;]{0,60}\b(?:released|discharged|custody|commitment)\b|"
    # a juvenile court's reach set by age ("shall not have jurisdiction over a person who was 18 years of age or older"),
    # and a time counted from an end of jurisdiction ("Two years after the juvenile court's jurisdiction ... terminates")
    r"\byears of age\b|\bage of (?:majority|\d{1,2}|eighteen|nineteen|twenty(?:-one)?)\b|"
    r"\b(?:years?|months?|days?) (?:after|following)\b[^.;]{0,40}\bjurisdiction\b|"
    r"\b(?:when|once|after|until|before) (?:the )?(?:\w+ )?(?:court's )?jurisdiction\b[^.;]{0,30}\b(?:terminates|ends|ceases|expires|is terminated)\b",
    # an ending of jurisdiction that keeps the later challenge ("... except that the court may hear a motion to vacate")
    r"\bexcept\b[^.;]{0,40}\b(?:hear|decide|consider|entertain|grant|rule on)\b[^.;]{0,40}" + LATER_CHALLENGE,
    r"\bno\b[^.;]{0,80}\b(?:construed|deemed|interpreted)\b[^.;]{0,20}(?:divest|deprive|terminat|\bend)",
    # which court hears the petition for relief ("The district court has exclusive original jurisdiction of petitions for
    # expunction ..., and a justice or municipal court has no jurisdiction to order the expunction"): venue, not a power
    # ended after relief
    r"\b(?:exclusive|original|concurrent) (?:original )?jurisdiction\b|\bno jurisdiction to (?:order|grant|hear|consider|decide|"
    r"issue|enter) (?:the |an? |any )?(?:order (?:of|for) )?(?:expun\w*|seal\w*|set-aside|nondisclos\w*|petitions? (?:for|under))",
)
"""Words that keep the court's jurisdiction (or speak of a child's case reaching an age): no rule against it fires."""

UNTIED = "it keeps the court's power to hear a later challenge without saying that the power outlasts the record's clearing"

RECORD_KEPT = (
    r"\b(?:jurisdiction|authority|power)\b(?: of (?:the |a |any )?court)?(?:[^.;]{0,100}?,)? (?:to (?:correct|amend|supplement|complete|"
    r"maintain|reissue|unseal|reseal|open)\b[^.;]{0,40}\b(?:records?|orders? (?:of|to) "
    r"(?:expunge|expungement|expunction|seal|sealing|set[- ]aside|nondisclosure))\b|"
    r"over (?:the |its |their )?(?:judicial |court |case )?(?:records|files?)\b|over (?:the |its |that |such )(?:\w+ )?order\b(?! of conviction))"
)
"""A court kept able to mend or keep the cleared record, or the order that cleared it, not to hear a challenge to
the conviction."""

CHALLENGED = r"(?:motions?|petitions?|proceedings?|challenges?|applications?|writs?)\b"
"""What a court may be barred from entertaining."""

KEPT_FOR_OTHER = (
    PRESUME,
    r"original jurisdiction|jurisdiction of the supreme court",
    r"\bno (?:court|tribunal|judge)\b",
    r"until (?:the )?(?:child|person|juvenile|defendant|minor)\w* (?:attains|reaches|turns)|jurisdiction over the (?:child|juvenile|minor)|"
    r"during (?:the )?(?:period of )?(?:probation|supervision|deferral)|until the (?:petition|application) is|"
    r"\bfor the (?:full |entire |whole )?(?:term|period|duration) of (?:the )?(?:probation|supervision|deferral|parole)|"
    r"\brevoke (?:the )?(?:probation|supervision|deferral|parole)\b|"
    r"\bjurisdiction over (?:the |its |a |any )?(?:probation|supervision|parole|sentence)\b|\bover whom\b|"
    # a petition about money or the sentence, not a challenge to the conviction ("retain jurisdiction over a
    # defendant's criminal case ... if a defendant files a petition for remittance")
    r"\b(?:petition|motion|application)s? (?:for|to) (?:the )?(?:remit\w*|remission|restitution|reduc\w*|modif\w*|early "
    r"(?:termination|discharge)|terminat\w* (?:of )?(?:probation|supervision))",
    r"(?:was|is|were) without jurisdiction|lack(?:ed|s)? (?:of )?jurisdiction|(?:did|does) not have jurisdiction",
    # power kept over a protective order, with no motion or petition in sight ("The court that entered the
    # protective order retains jurisdiction to enforce, modify, extend or dissolve that order")
    r"^(?!.*\b(?:motions?|petitions?|post-?conviction|habeas|coram nobis|collateral)\b)"
    r".*\b(?:(?:protective|no-contact|restraining) orders?|orders? of protection)\b",
    r"jurisdiction\b[^.;]{0,60}\b(?:modif\w*|reduc\w*|revo(?:ke|cation)\w*)\b[^.;]{0,30}\b(?:sentence|probation|supervision)",
    # a severability clause ("held invalid by a court of competent jurisdiction, the invalidity does not
    # affect ...") and a court kept able to order a transfer on an immigration detainer (Iowa Code § 27A.4)
    SEVERED,
    r"\bdetainers?\b",
    ORDER_UNDONE,
    # a court kept able to hear another petition for the relief itself ("retains jurisdiction to consider a
    # renewed petition"), not a challenge to the conviction
    r"\bjurisdiction\b[^.;]{0,20}\bto (?:hear|consider|decide|entertain|rule on) (?:an? |the |any )?(?:(?:renewed|successive|"
    r"another|second|new) (?:petition|application|motion)|(?:(?:later|subsequent|further|future) )?(?:petition|application|"
    r"motion)s? (?:for|to) (?:the )?"
    r"(?:seal|expung|shield|nondisclos)\w*)",
    # a court kept able to collect money or enforce its orders ("shall retain jurisdiction over the defendant
    # for the purpose of enforcing any unpaid restitution, fine, fee, or cost"), and an application for a
    # job or a licence, are no later challenge
    r"\bjurisdiction\b[^.;]{0,80}\b(?:for the purposes? of |to )(?:enforc|collect)\w*[^.;]{0,40}\b(?:restitution|"
    r"fines?|fees?|costs?|protective|no-contact|support)\b",
    # ... in a list of what the court may still do, every item of which is money ("the court shall have authority,
    # notwithstanding that relief ..., to do both of the following: (1) Enforce ... any order of restitution")
    r"\b(?:jurisdiction|authority|power)\b[^.;]{0,200}?\bto do (?:both|all|each|any|either|one) of the following:\s*"
    r"(?:\(\w{1,4}\)\s*)?(?:(?!\b(?:vacat|withdraw|post-?conviction|habeas|coram)\w*)[^.;]){0,120}\b(?:restitution|fines?|fees?|"
    r"costs?)\b",
    # ... or its own order of relief ("The court that ordered a record sealed ... retains jurisdiction to enforce its order")
    r"\bjurisdiction\b[^.;]{0,20}\b(?:for the purposes? of |to )(?:enforc|implement|carry\w* out|effectuat)\w* (?:its|the|that|such|any) "
    r"(?:\w+ )?orders?\b(?![^.;]{0,80}\b(?:hear|decide|consider|entertain)\b)",
    r"\bapplications? for (?:employment|housing|licen\w*|credit|admission)\b",
    # a court kept able to mend the record or the order, not to hear a challenge ("does not deprive the court of
    # jurisdiction to correct, amend, or supplement the record of the expunged case"; "to correct a clerical
    # mistake"); a court that must dismiss for want of jurisdiction
    RECORD_KEPT,
    r"\bclerical (?:mistakes?|errors?)\b|\bfor (?:want|lack) of jurisdiction\b",
    # a prisoner's term, kept open to be shortened ("retains jurisdiction over an offender who is serving a prison term")
    r"\bjurisdiction over (?:an? |the |any )?(?:offender|person|defendant|inmate|prisoner)\b[^.;]{0,40}\b(?:serving|committed|"
    r"confined|incarcerated)\b",
    # another application for the relief itself ("retains jurisdiction to hear and decide any later application
    # under this Act concerning the same conviction")
    r"\bjurisdiction\b[^.;]{0,40}\b(?:later|subsequent|further|future|another|new) (?:applications?|petitions?|motions?) "
    r"under this (?:act|chapter|article|part)\b",
)
"""What a court kept able to act may be kept able to do that is no later challenge to the conviction: a child's
case until an age, probation, money, a protective order, another petition for the relief itself, a higher court's
own jurisdiction, a severability clause."""

RULES: tuple[Rule, ...] = (
    # Continuing jurisdiction.
    # A saving of a higher court's own jurisdiction ("shall not be construed to limit the original jurisdiction of the
    # Supreme Court in habeas corpus") is not the convicting court's power after relief.
    Rule("court-jurisdiction", "present", (KEEPS, JURISDICTION, LATER, CLEARED_TIE), window=2, unless=(*KEPT_FOR_OTHER, NARROW_KEPT)),
    Rule("court-jurisdiction", "partial", (KEEPS, JURISDICTION, LATER, CLEARED_TIE, NARROW_KEPT), window=2, unless=KEPT_FOR_OTHER,
         part=NARROWS, why="the court keeps its power only over motions already pending, or only for a time"),
    # ... and the same power kept with no word of the record's clearing ("The sentencing court shall keep jurisdiction
    # and authority to hear the petition ..., notwithstanding that the sentence has been served"): the right clause,
    # but it does not say the power outlasts the sealing or expungement.
    Rule("court-jurisdiction", "partial", (KEEPS, JURISDICTION, LATER_CHALLENGE), window=2, unless=(*KEPT_FOR_OTHER, NARROW_KEPT),
         why=UNTIED),
    # The court's power kept, after the relief, over the cleared record only ("The courts of this state retain jurisdiction
    # over the judicial records of a case after the criminal history record ... has been sealed"): the right kind of
    # clause, with a narrower object.
    Rule("court-jurisdiction", "partial", (KEEPS, RECORD_KEPT, CLEARED_TIE),
         unless=(PRESUME, r"\bno (?:court|tribunal|judge)\b", ORDER_UNDONE),
         why="it keeps the court's power over the cleared record, not over a later challenge to the conviction"),
    # A court given jurisdiction to decide a motion that may come at any time after relief ("at any
    # time following the withdrawal of the guilty plea and dismissal of the charges ... The court in
    # which the guilty plea was originally entered has jurisdiction and authority to decide the motion").
    Rule("court-jurisdiction", "present",
         (r"\b(?:has|have|shall have|retains?|shall retain|keeps?) (?:the )?(?:continuing |full )?(?:jurisdiction|authority|power)"
          r"(?: and (?:authority|power))? to (?:hear|decide|consider|rule on|entertain|adjudicate|grant)|"
          r"\b(?:court|judge)\b(?:[^.;]{0,30}|\s+that (?:entered|issued|granted|ordered)\b[^.;]{0,40})\b(?:may|shall)\b (?:\w+ )?"
          r"(?:hear|decide|consider|entertain|rule on)\b(?: and (?:\w+ )?(?:decide|determine|rule on|grant))?[^.;]{0,20}?" + LATER_CHALLENGE,
          LATER, r"\b(?:after|following|once|upon|since)\b[^.;]{0,60}" + CLEARED_TIE + r"|(?:has|have) already been|\bremains? a conviction\b|"
          r"\b(?:even (?:though|if|after|where|when)|regardless of whether|whether or not)\b[^.;]{0,60}" + RELIEF + r"|"
          r"\b(?:that|which) (?:has|have) been (?:\w+ )?" + RELIEF + r"|\b(?:conviction|judgment) (?:that|which) (?:was|were) (?:\w+ )?"
          + RELIEF + r"|"
          r"\bnotwithstanding that\b[^.;]{0,80}" + RELIEF + r"|"
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|"
          r"\b(?:after|once|following)\b[^.;]{0,40}?" + RELIEF + r"[^.;]{0,40}?\b(?:has|have) been (?:granted|ordered|entered)"),
         window=2, unless=(PRESUME, ORDER_UNDONE)),
    # ... or at any time, or notwithstanding a deadline, with no word of the record's clearing ("shall have jurisdiction
    # and power to hear and rule on the motion at any time"): the right clause, not said to outlast the relief.
    Rule("court-jurisdiction", "partial",
         (r"\b(?:has|have|shall have|retains?|shall retain|keeps?) (?:the )?(?:continuing |full )?(?:jurisdiction|authority|power)"
          r"(?: and (?:authority|power))? to (?:hear|decide|consider|rule on|entertain|adjudicate|grant)",
          LATER_CHALLENGE, r"\bat any time\b|notwithstanding[^.;]{0,60}(?:time|limitation|deadline)"),
         window=2, unless=(PRESUME, ORDER_UNDONE), why=UNTIED),
    # A person whose record was cleared who may still bring the challenge in the court that convicted, which
    # may grant it ("may, notwithstanding the sealing, file a motion to vacate the conviction in the court that
    # entered it, and that court may grant the motion"); or an end of jurisdiction that keeps that motion.
    Rule("court-jurisdiction", "present",
         (r"\b(?:may|can)\b[^.;]{0,80}\b(?:file|bring|make|move)\b[^.;]{0,30}" + LATER_CHALLENGE,
          r"\b(?:that|the|such|this) court (?:may|shall|has (?:jurisdiction|authority|power) to) (?:hear|decide|grant|consider|rule on)\b",
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|\b(?:that|which) (?:has|have) been (?:\w+ )?" + RELIEF
          + r"|\bwhose (?:\w+ )?(?:conviction|record|case)s? (?:has|have) been (?:\w+ )?" + RELIEF),
         unless=(PRESUME, ORDER_UNDONE)),
    # A later challenge that may be brought in, or heard by, the court notwithstanding the relief ("Notwithstanding any
    # prior expungement ..., a person may petition the court of conviction to vacate the conviction"; "A motion under
    # this section may be filed and heard notwithstanding any prior sealing").
    Rule("court-jurisdiction", "present",
         (r"\b(?:may|shall)\b (?:\w+ )?(?:petition|move|apply to|file (?:a |an )?(?:motion|petition) (?:in|with|before))\b[^.;]{0,20}"
          r"\b(?:the|that|such) court\b[^.;]{0,80}(?:to vacate|to set aside|to withdraw|for post-?conviction relief|for (?:a )?writ)|"
          r"\b(?:motions?|petitions?|applications?)\b[^.;]{0,60}\bmay be (?:filed|brought|made),? (?:and|or) (?:heard|decided|granted)\b",
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|\bregardless of (?:any |the |whether )[^.;]{0,40}" + RELIEF),
         unless=(PRESUME, ORDER_UNDONE)),
    # A court that hears the later motion as though the record were not cleared ("The court shall hear and decide the
    # motion or petition as though the record had not been sealed").
    Rule("court-jurisdiction", "present",
         (r"\b(?:court|judge)\b[^.;]{0,60}?\b(?:may|shall)\b (?:\w+ )?(?:hear|decide|consider|entertain)\b[^.;]{0,80}\bas (?:though|if)\b"
          r"(?:[^.;]{0,40}\bnot been (?:\w+ )?" + RELIEF + r"|"
          # ("in the same manner as if the order of expunction had not been entered")
          r"(?: the| an?| no)? (?:order|judgment|decree)s? (?:of|for|granting) (?:\w+ )?" + RELIEF + r"[^.;]{0,20}\b(?:not been|never been)? ?"
          r"(?:entered|granted|issued|made)\b)", LATER), window=2,
         # (a motion already pending when the record was sealed is no later challenge)
         unless=(PRESUME, ORDER_UNDONE, r"\b(?:is|are|was|were) pending\b|\bpending (?:on|at|when|as of)\b")),
    # A court left free to hear and grant the later challenge, in the words of a saving ("Nothing in this section
    # precludes ... a court from hearing and granting, a motion to vacate after the record of the conviction has been
    # sealed"), or a cleared conviction still open to the motion as though it stood ("remains subject to a motion under
    # section 29-3001 as though it had not been set aside").
    Rule("court-jurisdiction", "present",
         (r"\b(?:nothing|not)\b[^.;]{0,80}\b(?:precludes?|prevents?|bars?|prohibits?|limits?)\b[^.;]{0,60}\b(?:a|the|any) (?:\w+ )?"
          r"court\b[^.;]{0,10}\bfrom (?:\w+ )?(?:hearing|deciding|considering|entertaining|granting)\b[^.;]{0,60}" + LATER_CHALLENGE
          + r"[^.;]{0,80}" + RELIEF + r"|"
          r"\bremains? subject to (?:a |an |any |later |subsequent )?(?:motions?|petitions?|challenges?|writs?)\b[^.;]{0,80}\bas (?:though|if)\b"
          r"[^.;]{0,40}\bnot been (?:\w+ )?" + RELIEF + r"|"
          # ("shall be subject to attack in any such proceeding as fully as if no order of annulment had been entered")
          r"\b(?:shall be|remains?|is) subject to (?:collateral )?(?:attack|challenge)\b[^.;]{0,80}\bas (?:fully as )?(?:though|if)\b"
          r"[^.;]{0,10}\bno (?:order (?:of|for) )?(?:\w+ )?" + RELIEF + r"|"  # (the relief first: "An order of expungement does not prevent the court from later hearing a motion ... that challenges the expunged conviction")
          + RELIEF + r"[^.;]{0,40}\b(?:does|shall|will) not (?:preclude|prevent|bar|prohibit)\b[^.;]{0,20}\b(?:a|the|any) (?:\w+ )?court\b[^.;]{0,10}\bfrom (?:\w+ )?(?:hearing|deciding|considering|entertaining|granting)\b[^.;]{0,100}\b(?:motion|petition|application)s?\b[^.;]{0,80}\b(?:challeng\w* (?:the |a )?(?:\w+ )?(?:conviction|judgment)|post-?conviction relief|collateral attack)\b(?![^.;]*\bwithin\b)",),
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
          + LATER_CHALLENGE + r"[^.;]{0,60}\bmoot\b|remain\w* (?:subject|open) to (?:a |an |any |later |subsequent |future )?(?:motions?|petitions?|challenges?|collateral attack)|"
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
         # (in a law that clears records: a vacatur statute that saves other remedies keeps nothing open after relief)
         elsewhere=(CLEARED_TIE,),
         # (a missed advisement made harmless closes the challenge: "shall not affect the validity of the plea ..., and
         # shall not constitute a ground for ... any other post-conviction relief")
         unless=(JURISDICTION + r"(?! (?:to|of) (?:hear|decide))",
                 r"\bnot (?:\w+ )?affect the validity of (?:the |a |any )?(?:plea|judgment|conviction)|"
                 r"\bnot (?:constitute|be) (?:a |an |any )?(?:grounds?|basis)\b"),
         why="it keeps a later challenge to the conviction open without saying that the court keeps jurisdiction"),
    Rule("court-jurisdiction", "against",
         (r"(?:shall|will|does|to) (?:\w+ )?(?:divest|deprive|terminate|end)\w*[^.;]{0,40}jurisdiction|"
          r"\b(?:divests|deprives)\b[^.;]{0,40}\bjurisdiction|"
          r"(?:court|it) (?:shall|will) (?:lose|have no) jurisdiction|"
          r"(?:court|it) (?:loses|is divested of|shall be divested of|has no|retains no) jurisdiction|"
          # ("The court that entered the order is thereafter without jurisdiction to entertain any motion")
          r"\b(?:court|it)\b[^.;]{0,40}\b(?:is|shall be|becomes) (?:thereafter |then )?without (?:further )?jurisdiction to "
          r"(?:entertain|hear|consider|reopen|vacate|grant|decide)\b|jurisdiction\b[^.;]{0,80}\b(?:ceases|terminates|ends|is terminated|is ended|shall be terminated)\b|"
          r"\bno court (?:shall have|has|retains|may exercise|shall exercise) jurisdiction|"
          r"(?:shall|may) not (?:thereafter )?(?:exercise|retain|have) jurisdiction|(?:have|has) no further jurisdiction|"
          r"jurisdiction of the (?:\w+ )?court (?:shall|will) (?:end|cease|terminate)|"
          r"no (?:motion|petition)[^.;]{0,160}may (?:thereafter )?be filed(?! (?:more than|later than|after) (?:\w+ )?(?:\(\d+\) )?(?:years?|months?|days?)\b)|(?:shall|will) (?:thereafter )?lack jurisdiction|"
          r"(?:petition|motion|application)\w* (?:for post-?conviction relief|to vacate)[^.;]{0,80}\bshall be (?:summarily )?(?:dismissed|denied)|"
          r"waives? (?:any|all)? ?right (?:thereafter )?to (?:seek|bring|file)[^.;]{0,20}" + LATER_CHALLENGE + r"|"
          r"jurisdiction\b[^.;]{0,60}\b(?:shall|will) (?:end|cease|terminate)|"
          r"(?:may|shall) not (?:thereafter )?(?:be (?:the )?subject (?:of|to)|entertain|hear|consider|lie|be reopened)[^.;]{0,100}"
          + LATER_CHALLENGE + r"|"
          r"\bbars? (?:any )?(?:later |subsequent |future |further )?(?:petition|motion|application|challenge|proceeding)s?\b[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"\bno court (?:of this state )?shall (?:thereafter )?have (?:authority|jurisdiction|power) to (?:reopen|modify|vacate|hear|consider)|"
          r"(?:shall|will) be without jurisdiction|"
          # ("the trial court has no authority to entertain a motion to withdraw the plea, or to vacate the judgment")
          r"\b(?:court|judge)\b[^.;]{0,20}\b(?:has|have|shall have) no (?:authority|power|jurisdiction) to (?:entertain|hear|consider|"
          r"vacate|set aside|reopen)\b|"
          r"(?:motion|petition) to vacate shall not lie|barred from (?:seeking|bringing|filing|making)[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"waives? (?:any|all) (?:further |later |future )?(?:challenges?|right to challenge|collateral)|"
          r"shall not be reopened for any purpose",),
         unless=JURISDICTION_KEPT),
    # A court barred from hearing a later challenge once a time has run or a first one was heard, in
    # words addressed to the court ("the court shall not entertain any petition for relief from a
    # conviction"; "No application for post conviction relief ... shall be considered if it is filed
    # more than two years after"; "a petition ... for postconviction relief may not be considered if it is filed more
    # than 2 years after"; a heading "LIMITATIONS PERIOD." may say the time). A bare filing
    # deadline ("must be filed within three years") is not, nor a bar on repeating the same grounds.
    Rule("court-jurisdiction", "against",
         (r"\b(?:court|judge)s? (?:shall|may|will) not (?:entertain|consider|hear|grant relief on|reach the merits of)\b|"
          r"\b(?:a |no )?new trial (?:shall|may) not be granted\b|"
          r"\bno (?:application|petition|motion)\b[^.;]{0,160}\bshall be (?:considered|entertained|heard)\b|"
          r"\b(?:application|petition|motion)\b[^.;]{0,120}\b(?:may|shall) (?:not be (?:considered|entertained|heard)|"
          r"(?:be )?neither filed nor considered)\b",
          r"\b(?:petition|motion|application)s?\b[^.;]{0,30}\b(?:for |to )?(?:relief from (?:a |the )?(?:conviction|judgment)|"
          r"post[- ]?conviction|vacate|(?:a )?writ of (?:error )?coram nobis|(?:a )?new trial|withdraw\w* (?:of )?(?:a |the )?plea)|"
          r"\b(?:motion|petition|application)s? under (?:this )?(?:subdivision|subsection|section|rule|chapter)\b|\bnew trial\b",
          r"\bmore than (?:\w+ )?(?:\(\d+\) )?(?:years?|months?)\b|\blimitations? period\b|"
          r"\bafter\b[^.;]{0,60}\b(?:years?|months?)\b|\b(?:unless|if not) (?:it is |the (?:petition|motion|application) is )?filed within (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?)\b|"
          r"\bonce (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?) (?:have|has) (?:passed|elapsed|run)\b|"
          # ("The two-year period shall not be extended for any reason ..., and the court shall not entertain a motion filed
          # after the period expires")
          r"\bafter the (?:\w+[- ])?(?:period|time|deadline) (?:expires|has (?:expired|run|elapsed))\b"),
         window=2, unless=JURISDICTION_KEPT),
    # A later challenge open only to a person still restrained by the sentence ("may be brought if the
    # person ... demonstrates that the challenged criminal judgment ... is causing a present restraint"):
    # a noncitizen who learns of the immigration consequence after the sentence is served is shut out.
    Rule("court-jurisdiction", "against",
         (r"(?:post[- ]?conviction|habeas|collateral|motion to vacate)[^.;]{0,160}(?:\b(?:only )?if|\bonly (?:when|where|on the ground that))\b"
          r"[^.;]{0,160}?"
          r"\b(?:present restraint|(?:is|remains) (?:\w+ )?in (?:\w+ )?custody|(?:is )?currently (?:incarcerated|in custody)|"
          r"(?:is|remains) (?:incarcerated|imprisoned|confined)|(?:is|remains) (?:on|serving) (?:probation|parole))",),
         unless=(r"\bno longer\b|\bwhether or not\b|\bnot (?:required to be |be )?in (?:\w+ )?custody",)),
    # Relief that ends the court's power over the case, or that bars or waives a later challenge, in other words.
    Rule("court-jurisdiction", "against",
         (r"\b(?:terminates|ends|extinguishes) (?:the |all |any )?(?:\w+ )?jurisdiction|"
          # a court told not to hear the challenge once relief is entered ("The court shall not entertain a motion or
          # petition within the scope of this Rule after the order of expungement or shielding has been entered"), or the
          # challenge turned away in the passive ("a motion ... that challenges the expunged conviction shall not be
          # entertained by any court"; "shall dismiss the petition for want of jurisdiction")
          r"\b(?:courts?|judges?) (?:shall|may|will) not (?:thereafter )?(?:entertain|consider|hear)\b[^.;]{0,120}\b(?:after|once|"
          r"following)\b[^.;]{0,60}" + CLEARED_TIE + r"|"
          r"\b(?:motions?|petitions?|applications?)\b[^.;]{0,120}\b" + CLEARED + r" (?:\w+ )?(?:convictions?|judgments?|records?|"
          r"cases?)\b[^.;]{0,40}\b(?:shall|may|will) not be (?:entertained|heard|considered)\b(?! in (?:open|public))|"
          r"\b" + CLEARED_TIE + r"[^.;]{0,200}\bdismiss\w* (?:the |such |any )?(?:petition|motion|application)s? for (?:want|lack) of "
          r"jurisdiction|"
          # pending and later challenges ended by the relief ("upon the automatic expungement ..., all proceedings in the
          # case, including any motion to vacate ..., shall be terminated, and the court ... shall dismiss every such motion")
          r"\b(?:upon|after|once|following)\b[^.;]{0,80}" + CLEARED_TIE + r"[^.;]{0,300}\b(?:dismiss|terminate)\w* (?:every|each|all) "
          r"(?:such )?(?:pending )?(?:motions?|petitions?|applications?)\b|"
          r"\b(?:upon|after|once|following)\b[^.;]{0,80}" + CLEARED_TIE + r"[^.;]{0,200}" + LATER_CHALLENGE + r"[^.;]{0,200}\bshall be "
          r"terminated\b|"
          r"\b(?:shall|will) (?:thereafter )?(?:lose|have no) jurisdiction|\b(?:be|is|are) without (?:jurisdiction|authority|power) to "
          r"(?:entertain|hear|consider|decide|grant|vacate|set aside|reopen)|"
          # a bar on claims that could have been raised before ("The court shall not grant the writ on any ground that
          # was raised, or could have been raised, at trial ... or in any earlier petition"; "the court shall dismiss the later
          # petition if: ... the petitioner could have included the claim in the earlier petition")
          r"\b(?:courts?|judges?) (?:shall|must) (?:not grant (?:relief|the writ|the motion|the petition)|deny|dismiss)\b[^.;]{0,160}"
          # (not a bar on repeating a ground already decided, "when the ground was previously determined on the merits")
          r"\b(?:could have been (?:raised|presented|included|asserted)|could have included|abuse of the writ)|"
          r"\bwaive\w*[^.;]{0,40}\brights?\b[^.;]{0,80}(?:" + LATER_CHALLENGE + r"|\bappeal|further relief|relief from the conviction)|"
          r"\bwaiver of (?:the |any |all )?rights?\b[^.;]{0,60}(?:" + LATER_CHALLENGE + r")|"
          r"\bbar\w* (?:any |all )?(?:later|subsequent|future|further) (?:motions?|petitions?|challenges?|applications?)|"
          # a bar on a second try ("The circuit court shall not entertain successive motions"; "No writ shall be granted on
          # the basis of any allegation the facts of which petitioner had knowledge at the time of filing any previous petition")
          r"\b(?:courts?|judges?) (?:shall|may|will) not (?:entertain|consider|hear|reach the merits of)\b[^.;]{0,60}\b(?:second or )?"
          r"(?:successive|repeat\w*|later|subsequent) (?:motions?|petitions?|applications?|collateral attacks?|challenges?)|"
          r"\bno (?:writ|relief) shall (?:be )?(?:granted|issue)\b[^.;]{0,120}\b(?:previous|prior|earlier) (?:petitions?|motions?|applications?)|"
          r"(?:motion|petition|application)s?\b[^.;]{0,80}\b(?:may|shall) not be (?:filed|brought|heard|entertained|considered)\b"
          r"[^.;]{0,80}\b" + CLEARED + r"|"
          r"(?:may|shall) not (?:thereafter )?(?:(?:consider|entertain|hear|receive|act (?:up)?on)(?: or )?){1,2} any "
          r"(?:motion|petition|application)\b[^.;]{0,80}"
          r"\b" + CLEARED + r"|"
          r"\b(?:once|after|when|upon|following)\b[^.;]{0,80}" + RELIEF + r"[^.;]{0,120}\bno (?:motion|petition|application)s?\b"
          r"[^.;]{0,120}\b(?:shall|may|will) (?:\w+ )?be (?:heard|entertained|considered|decided)\b|"
          # ... with the relief after the bar ("No motion to vacate ... may be heard by any court after the records of the
          # conviction have been erased"; "no court ... shall thereafter entertain any motion ... that challenges the
          # validity of the expunged conviction"; "the expungement shall be a complete bar to relief under this rule")
          r"\bno (?:motion|petition|application)s?\b[^.;]{0,160}\b(?:shall|may|will) (?:thereafter )?be (?:heard|entertained|"
          r"considered|decided|granted)\b[^.;]{0,120}(?:\b(?:after|once|following|when|where)\b[^.;]{0,60}|(?:has|have|had) been "
          r"(?:\w+ )?)(?:" + CLEARED + r"|" + CLEARED_TIE + r")|"
          + NO_HEARING + r"[^.;]{0,60}\b" + CHALLENGED + r"[^.;]{0,120}" + CLEARED + r"|"
          r"\b(?:once|after|when|upon|following)\b[^.;]{0,80}" + CLEARED + r"[^.;]{0,80}" + NO_HEARING + r"[^.;]{0,60}\b" + CHALLENGED + r"|"
          r"\b(?:expungement|expunction|sealing|set-aside|erasure|order)\b[^.;]{0,20}\b(?:shall be|is) a (?:complete |full |absolute |"
          r"total )?bar to\b[^.;]{0,40}\b(?:relief|motions?|petitions?|challenges?|attacks?)\b|"
          # a person whose record was cleared who may not bring the challenge ("A person who has been granted relief under
          # this Act may not thereafter file a petition under the Post-Conviction Remedies Act")
          r"\b(?:who|whose)\b[^.;]{0,60}\b(?:has|have) (?:been granted|obtained|received|been (?:\w+ )?" + CLEARED + r")\b"
          r"[^.;]{0,80}\b(?:may|shall) not (?:thereafter |afterward |later |then )?(?:file|bring|make|seek|move|petition|apply)\b"
          r"[^.;]{0,80}" + LATER_CHALLENGE,),
         unless=(*JURISDICTION_KEPT, r"\b(?:not|never|nothing|without)\b[^.;]{0,40}\b(?:waive|waiver|bar|terminat|lose|end)",
                 # what a court must tell a defendant before a plea, not a bar the law sets
                 r"\b(?:inform|advise|tell|warn)\w* (?:the )?(?:defendant|person|accused)\b[^.;]{0,60}\b(?:of the following|that)\b")),
)  # fmt: skip
