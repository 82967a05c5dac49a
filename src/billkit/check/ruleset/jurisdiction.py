"""Rules for the court's continuing jurisdiction: whether relief leaves the court able to hear a later challenge
to the conviction (vacatur, post-conviction relief, coram nobis), or ends that power."""

from __future__ import annotations

from ..court_words import JURISDICTION, KEEPS, LATER
from ..vocabulary import (
    CIVIL_CASE,
    CLEARED,
    CLEARED_TIE,
    LATER_CHALLENGE,
    NO_HEARING,
    PRESUME,
    RELIEF,
)
from .court_power import (
    CHALLENGED,
    JURISDICTION_KEPT,
    KEPT_FOR_OTHER,
    ORDER_UNDONE,
    RECORD_KEPT,
    RECORD_ONLY,
    RELIEF_AGAIN,
    RELIEF_UNDONE,
    SEALING_KEPT,
    UNTIED,
)
from .finality import NARROW_KEPT
from .rule import NARROWS, Rule
from .time_bars import NOT_WEIGHED

RULES: tuple[Rule, ...] = (
    # Continuing jurisdiction (not a higher court's own, nor a power over the cleared record alone).
    Rule("court-jurisdiction", "present", (KEEPS, JURISDICTION, LATER, CLEARED_TIE), window=2,
         unless=(*KEPT_FOR_OTHER, NARROW_KEPT, RECORD_ONLY)),
    # ... or in other words: the challenge heard "notwithstanding that the record ... has been sealed or expunged", the
    # relief "shall not be a ground for dismissing" it, the court "retains every power it would otherwise have to grant
    # relief from that judgment"
    Rule("court-jurisdiction", "present",
         (r"\b(?:may|shall) be (?:(?:filed|heard|decided|entertained|granted)(?:,? (?:and |or )?)?)+\b[^.;]{0,30}\bnotwithstanding (?:that )?"
          r"(?:the )?(?:record|conviction|judgment)\b[^.;]{0,80}\b(?:has|have) (?:since )?been (?:\w+ )?" + CLEARED + r"|"
          r"\b(?:seal\w*|expun\w*|erasure|status of (?:a|the) record as an? (?:\w+ )?record)\b[^.;]{0,40}\b(?:shall not be|is not|are not) (?:a )?(?:ground|basis|bar)\b"
          r"[^.;]{0,60}\b(?:dismiss\w*|strik\w*|den\w*)\b[^.;]{0,60}\b(?:motions?|petitions?)\b|"
          r"\bretains? (?:every|all|each|any) (?:power|authority)\b[^.;]{0,60}\bto grant relief from\b[^.;]{0,30}\b(?:judgment|conviction)\b|"
          r"\bno (?:petition|motion|application)s?\b[^.;]{0,80}\bshall be (?:dismissed|denied)\b[^.;]{0,120}\bon the ground that\b[^.;]{0,160}\b(?:has|have) been (?:\w+ )?" + CLEARED,),
         elsewhere=(r"\b(?:post-?conviction|vacat\w*|set aside|relief from (?:a |the |that )?(?:judgment|conviction)|coram nobis|habeas|"
                    r"withdraw\w* (?:a |the )?plea)\b",),
         unless=(*KEPT_FOR_OTHER, NARROW_KEPT)),
    Rule("court-jurisdiction", "partial", (KEEPS, JURISDICTION, LATER, CLEARED_TIE, NARROW_KEPT), window=2, unless=KEPT_FOR_OTHER,
         part=NARROWS, why="the court keeps its power only over some later motions (pending, timely, the prosecutor's, or one narrow claim)"),
    # ... and the same power kept with no word of the record's clearing ("The sentencing court shall keep jurisdiction
    # and authority to hear the petition ..., notwithstanding that the sentence has been served"): the right clause,
    # but it does not say the power outlasts the sealing or expungement.
    Rule("court-jurisdiction", "partial", (KEEPS, JURISDICTION, LATER_CHALLENGE), window=2, unless=(*KEPT_FOR_OTHER, NARROW_KEPT),
         why=UNTIED),
    # The court's power kept, after the relief, over the cleared record only ("The courts of this state retain jurisdiction
    # over the judicial records of a case after the criminal history record ... has been sealed"): the right kind of
    # clause, with a narrower object.
    # (Not the record opened for the prosecutor: "retains jurisdiction to order the record unsealed, on motion of the
    # prosecuting attorney ..., if the person is subsequently charged with a felony".)
    Rule("court-jurisdiction", "partial", (KEEPS, RECORD_KEPT, CLEARED_TIE),
         unless=(PRESUME, r"\bno (?:court|tribunal|judge)\b", ORDER_UNDONE,
                 r"\b(?:on|upon) (?:the )?(?:written )?motion of (?:the )?(?:prosecut\w*|district attorney|state's attorney|"
                 r"commonwealth's attorney|attorney general|state)\b|\bsubsequently (?:charged|arrested|prosecuted)\b"),
         why="it keeps the court's power over the cleared record, not over a later challenge to the conviction"),
    # A court given jurisdiction to decide a motion that may come at any time after relief ("at any time following the withdrawal of the guilty plea and dismissal of the charges ...
    # The court in which the guilty plea was originally entered has jurisdiction and authority to decide the motion").
    Rule("court-jurisdiction", "present",
         # ("The Superior Court retains authority, after annulment, to entertain a petition")
         # ("the court of conviction remains competent to hear and determine a petition for a writ of error coram nobis")
         (r"\b(?:has|have|shall have|retains?|shall retain|keeps?) (?:the )?(?:continuing |full )?(?:jurisdiction|authority|power)"
          r"(?: and (?:authority|power))?(?:,[^,.;]{0,40},)? to (?:hear|decide|consider|rule on|entertain|adjudicate|grant)|"
          r"\b(?:remains?|shall remain) competent to (?:hear|decide|determine|consider|entertain)\b|"
          r"\b(?:court|judge)\b(?:[^.;]{0,30}|\s+that (?:entered|issued|granted|ordered)\b[^.;]{0,40})\b(?:may|shall)\b(?:,[^,.;]{0,60},)? "
          # ("may at any time hear a motion"; "may at any time reopen the case to hear a motion that attacks the judgment")
          r"(?:at any time |\w+ )?(?:reopen (?:the |a |any |that )?(?:case|matter|proceeding|cause)s? (?:to|and) )?"
          r"(?:hear|decide|consider|entertain|rule on)\b(?: and (?:\w+ )?(?:decide|determine|rule on|grant))?[^.;]{0,40}?" + LATER_CHALLENGE,
          LATER, r"\b(?:after|following|once|upon|since|when)\b[^.;]{0,60}" + CLEARED_TIE + r"|(?:has|have) already been|\bremains? a conviction\b|"
          r"\b(?:even (?:though|if|after|where|when)|regardless of whether|whether or not)\b[^.;]{0,60}" + RELIEF + r"|"
          r"\b(?:that|which) (?:has|have) been (?:\w+ )?" + RELIEF + r"|\b(?:conviction|judgment) (?:that|which) (?:was|were) (?:\w+ )?"
          + RELIEF + r"|"
          r"\bnotwithstanding that\b[^.;]{0,80}" + RELIEF + r"|"
          r"\bnotwithstanding (?:the |any |an? |such |that )?(?:\w+ )?" + RELIEF + r"|"
          # ("... as fully as if no order under section 44-5-107 or 44-5-108 had been entered"; "and may grant any such motion
          # as though the conviction had never been expunged")
          r"\bas (?:fully as )?(?:though|if) no (?:order|judgment|decree)\b[^.;]{0,80}\bhad been (?:entered|made|issued|granted)\b|"
          r"\bas (?:though|if) (?:the |that |such )?(?:\w+ ){0,3}(?:had|has) (?:never|not) been (?:\w+ )?" + RELIEF + r"|"
          r"\b(?:after|once|following)\b[^.;]{0,40}?" + RELIEF + r"[^.;]{0,40}?\b(?:has|have) been (?:granted|ordered|entered)"),
         window=2, unless=(PRESUME, ORDER_UNDONE, RELIEF_AGAIN, RECORD_ONLY, SEALING_KEPT)),
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
    # A later challenge that may be filed or heard at any time, the record's clearing named beside it ("A motion to vacate
    # may be filed at any time, including where ... (2) the record of the conviction has been sealed"; "The expungement of
    # a record does not mean ...; a motion to vacate the conviction may be heard at any time"): kept open, without saying
    # that the court keeps its power.
    Rule("court-jurisdiction", "partial",
         (r"\b(?:motions?|petitions?|applications?) (?:to vacate|for post-?conviction relief|for (?:a )?writ)\b[^.;]{0,40}\bmay be "
          r"(?:filed|brought|made|heard)(?: and (?:heard|decided))? at any time\b", RELIEF),
         unless=(PRESUME, ORDER_UNDONE), why=UNTIED),
    # A court that hears the later motion as though the record were not cleared ("The court shall hear and decide the
    # motion or petition as though the record had not been sealed").
    Rule("court-jurisdiction", "present",
         (r"\b(?:court|judge)\b[^.;]{0,60}?\b(?:may|shall)\b (?:\w+ (?:and |or )?)?(?:hear|decide|consider|entertain)\b[^.;]{0,80}\bas (?:though|if)\b"
          r"(?:[^.;]{0,40}\bnot been (?:\w+ )?" + RELIEF + r"|"
          # ("shall receive and decide a petition ... as though no expungement order had been issued")
          r" no (?:\w+ )?" + RELIEF + r" (?:order|judgment|decree)s? (?:had|has) (?:ever )?been (?:entered|granted|issued|made)\b|"
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
          r"court\b(?: that [^.;]{0,40}?)?[^.;]{0,10}\bfrom (?:\w+ )?(?:hearing|deciding|considering|entertaining|granting)\b[^.;]{0,60}" + LATER_CHALLENGE
          + r"[^.;]{0,80}" + RELIEF + r"|"
          r"\bremains? subject to (?:a |an |any |later |subsequent )?(?:motions?|petitions?|challenges?|writs?)\b[^.;]{0,80}\bas (?:though|if)\b"
          r"[^.;]{0,40}\bnot been (?:\w+ )?" + RELIEF + r"|"
          # ("shall be subject to attack in any such proceeding as fully as if no order of annulment had been entered")
          r"\b(?:shall be|remains?|is) subject to (?:collateral )?(?:attack|challenge)\b[^.;]{0,80}\bas (?:fully as )?(?:though|if)\b"
          r"[^.;]{0,10}\bno (?:order (?:of|for) )?(?:\w+ )?" + RELIEF + r"|"  # (the relief first: "An order of expungement does not prevent the court from later hearing a motion ... that challenges the expunged conviction")
          + RELIEF + r"[^.;]{0,40}\b(?:does|shall|will) not (?:preclude|prevent|bar|prohibit)\b[^.;]{0,20}\b(?:a|the|any) (?:\w+ )?court\b(?: that [^.;]{0,40}?)?[^.;]{0,10}\bfrom (?:\w+ )?(?:hearing|deciding|considering|entertaining|granting)\b[^.;]{0,100}\b(?:motion|petition|application)s?\b[^.;]{0,80}\b(?:challeng\w* (?:the |a )?(?:\w+ )?(?:conviction|judgment)|post-?conviction relief|collateral attack)\b(?![^.;]*\bwithin\b)",),
         unless=(PRESUME, ORDER_UNDONE)),
    # A court forbidden to turn the later challenge away because of the relief ("The Pueblo Court shall not refuse to hear
    # or decide any such claim on the ground that the record has been expunged"), or its power said not to lapse with it
    # ("The authority of the Tribal Court over a criminal case does not lapse when the record of that case is expunged").
    Rule("court-jurisdiction", "present",
         (r"(?:\b(?:shall|may|must) not|\bno (?:courts?|judges?)\b[^.;]{0,40}\b(?:shall|may)) (?:refuse|decline) to (?:hear|decide|consider|"
          r"entertain)\b[^.;]{0,80}\b(?:on the (?:sole |only )?ground|(?:merely |solely |only )?because|by reason|for the reason)\b[^.;]{0,100}"
          + RELIEF + r"|"
          # ... or not deny or dismiss the challenge for it ("A court may not deny a petition for post-conviction relief merely
          # because the conviction has been sealed")
          r"\b(?:shall|may|must) not (?:deny|dismiss)\b[^.;]{0,60}" + LATER_CHALLENGE + r"[^.;]{0,80}\b(?:on the (?:sole |only )?ground|"
          r"(?:merely |solely |only )?because|by reason|for the reason)\b[^.;]{0,60}" + RELIEF + r"|"
          r"\b(?:authority|jurisdiction|power)\b[^.;]{0,60}\b(?:does|shall|will) not (?:lapse|cease|expire|end)\b[^.;]{0,60}" + RELIEF,),
         unless=(PRESUME, ORDER_UNDONE, *KEPT_FOR_OTHER)),
    Rule("court-jurisdiction", "present",
         (r"\b(?:divest|deprive|terminate|end)s?\b[^.;]{0,60}\b(?:jurisdiction|(?:further )?proceedings)\b",
          r"\bexcept\b[^.;]{0,80}\b(?:hear|decide|consider|entertain|grant|rule on)\b[^.;]{0,40}" + LATER_CHALLENGE)),
    # The relief kept from being raised against the later challenge ("The order of expungement shall not be asserted as a
    # defense to the motion"; "the order setting aside the conviction ... may not be given as a reason for denying it"):
    # (paraphrase suites 2 to 4 label it partial; a court that keeps its power, said beside it, is present)
    # the challenge is kept open, without saying that the court keeps its power. Not a shield in civil suits or hiring.
    Rule("court-jurisdiction", "partial",
         # ("shall not be pleaded by the state in bar of, and is not a defense to, a petition for postconviction relief")
         (r"(?:" + RELIEF + r"|\bsetting aside)[^.;]{0,80}\b(?:(?:shall|may|must) not be (?:asserted|raised|offered|given|used|pleaded|cited|"
          r"treated)(?: by (?:the |a |any )?[\w-]+)? (?:as|in) (?:a |an |any )?(?:defen[cs]e|bar|reason|ground)|(?:is|shall be) not (?:a |an |any )?"
          r"(?:defen[cs]e|bar) to)\b", r"\b(?:motions?|petitions?|proceedings? under|applications?|challenges?|writs?)\b[^.;]{0,40}"
          r"(?:post-?conviction|vacat|withdraw|new trial|coram|habeas|set aside|collateral)"),
         unless=(PRESUME, ORDER_UNDONE, r"\bcivil\b|\bdamages\b|\bemploy\w*|\blicens\w*|\bhousing\b|\btenan\w*"), why=UNTIED),
    Rule("court-jurisdiction", "partial",
         (r"\b(?:does|shall|will) not (?:bar|preclude|prevent)|nothing[^.;]*preclude", r"\b(?:later|subsequent\w*|future)\b",
          r"\b(?:motion|petition)"),
         # "The denial of a petition ... shall not preclude ... a subsequent petition" lets a refused
         # petitioner file again; it says nothing of what a court may hear once relief is granted.
         unless=(JURISDICTION, r"\bdenial of (?:a|an|the|any) (?:\w+ )?(?:petition|motion|application)\b", r"^(?!.*(?:vacat|post-?conviction|collateral|habeas|coram|new trial|withdraw|challeng|attack|relief from (?:the )?judgment|amend|correct)).*\bpetition\w*\b[^.;]{0,30}\bfor\b[^.;]{0,30}\b(?:expung\w*|expunction|seal\w*|certificates?|pardons?|set-?asides?|nondisclosure|clemency)\b"),
         why="it keeps later petitions open without saying that the court keeps jurisdiction"),  # (not petitions only for more record relief, a pardon or a certificate)
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
          + LATER_CHALLENGE + r"[^.;]{0,60}\bmoot\b|"
          # ("may at any time move the court to vacate the sealed conviction")
          r"\b(?:may|can)\b[^.;]{0,40}\b(?:move|file|bring|petition|apply|seek)\b[^.;]{0,40}" + LATER_CHALLENGE + r"[^.;]{0,20}\b(?:the|a|an|any) "
          + CLEARED + r" (?:conviction|judgment|plea)\b|remain\w* (?:subject|open) to (?:a |an |any |later |subsequent |future )?(?:motions?|petitions?|challenges?|collateral attack)|"
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
         (r"(?:\b(?:not|in no event shall\b[^.;]{0,80}) (?:be )?(?:construed|read|deemed) to (?:moot|foreclose|limit|impair|waive|bar)|"
          r"does not constitute a waiver|\b(?:is|be) not a waiver\b|(?:shall|does|will) not (?:waive|release),? (?:\w+,? ){0,2}(?:or )?(?:extinguish|release)\w*|"
          r"(?:shall|does|will) not (?:\w+ )?render (?:\w+ )?moot|not (?:be )?(?:asserted|raised|used) as a (?:defense|bar)|\b(?:is|be|shall be|constitutes?) (?:no|not an?) (?:impediment|bar|obstacle) to\b|"
          r"\bremains? available\b[^.;]{0,60}\bafter\b|"
          r"(?:does|shall|will) not (?:bar|preclude|prevent|limit|impair|waive|affect)\b|"
          r"\bnothing\b[^.;]{0,60}\b(?:limits?|impairs?|precludes?|prevents?|bars?)\b|"
          r"\bin addition to\b[^.;]{0,20}\bnot in lieu of|may be the subject of (?:a |an |any )?(?:later |subsequent |future )?|"
          # (not a remedy named only as the condition of an exception: "the result of the State's appeal shall not
          # affect the rights of the accused unless the accused ... is awarded a new trial")
          r"not required to\b[^.;]{0,80}\bas a condition of|(?:limit|impair)\w* any other remedy)(?:(?!\bunless\b)[^.;]){0,200}?(?:"
          r"challenge\w* (?:by [^.;]{0,30})?to the (?:lawfulness|validity|legality) of the conviction|attacking the conviction|"
          r"collateral (?:attack|challenge|relief)|post-?conviction relief|motion to vacate|habeas corpus|\brule 3\.8\d0|"
          r"coram nobis|actual innocence|challenge the conviction|conviction was obtained (?:unlawfully|illegally|in violation)|"
          r"\b(?:plea|judgment|conviction)\b[^.;]{0,40}\bwas (?:unlawfully|illegally) obtained|"
          r"relief from (?:the )?judgment|challenging (?:that|the) conviction|challenge (?:the )?(?:validity|lawfulness|legality) of (?:the|that) conviction|"
          r"motion to withdraw the plea|\brule 35\b|\bnew trial\b)|"
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
          r"(?:court|it)(?: that [^.;]{0,40}?)? (?:loses|has no(?: remaining| further| continuing)?|retains no) jurisdiction|"
          # ("the sentencing court is divested of authority to consider any subsequent motion")
          r"(?:court|it) (?:is|shall be) divested of (?:all |its |any )?(?:jurisdiction|authority|power)\b|"
          # ("Once the period of probation has expired, the court loses all power to set aside or modify the judgment")
          r"\b(?:court|it)\b(?: that [^.;]{0,40}?)? (?:loses|shall lose|will lose) (?:all |its |any )?(?:power|authority|jurisdiction) to "
          r"(?:set aside|vacate|modify|reopen|hear|"
          r"entertain|consider)\b|"
          # ("After an order of expunction is entered, the trial court loses plenary power over the judgment of conviction")
          r"\b(?:court|it)\b[^.;]{0,40}\b(?:loses|shall lose|will lose) (?:all |its )?plenary (?:power|jurisdiction) over\b|"
          # ("The court that entered the order is thereafter without jurisdiction to entertain any motion")
          r"\b(?:court|it)\b[^.;]{0,40}\b(?:is|shall be|becomes) (?:thereafter |then )?without (?:further )?jurisdiction to "
          r"(?:entertain|hear|consider|reopen|vacate|grant|decide)\b|jurisdiction\b[^.;]{0,80}\b(?:ceases|terminates|ends|is terminated|is ended|shall be terminated|(?:is|shall be) exhausted)\b|"
          r"\bno court (?:shall have|has|retains|may exercise|shall exercise) jurisdiction|"
          # ("No jurisdiction is conferred upon any circuit court ... to entertain a petition for post-conviction relief")
          r"\bno jurisdiction (?:is|shall be) (?:conferred|vested)\b[^.;]{0,120}\bto (?:entertain|hear|consider|decide|grant)\b|"
          r"(?:shall|may) not (?:thereafter )?(?:exercise|retain|have) jurisdiction|(?:have|has) no further jurisdiction|"
          # ("After the order is entered, the court shall retain no jurisdiction over the case except to correct a clerical
          # error")
          r"\b(?:shall|will) (?:retain|keep|have) no (?:further )?jurisdiction\b|"
          r"jurisdiction of the (?:\w+ )?court (?:shall|will) (?:end|cease|terminate)|"
          r"no (?:motion|petition)[^.;]{0,160}may (?:thereafter )?be (?:filed|brought|maintained)(?! (?:more than|later than|after) (?:\w+ )?(?:\(\d+\) )?(?:years?|months?|days?)\b| later\b)|(?:shall|will) (?:thereafter )?lack jurisdiction|"
          r"(?<!\bno )(?<!\bno such )(?:petition|motion|application)\w* (?:for post-?conviction relief|to vacate)[^.;]{0,80}\bshall be "
          r"(?:summarily )?(?:dismissed|denied)"
          r"(?! only (?:if|when|where|upon)\b)|"
          r"waives? (?:any|all)? ?right (?:thereafter )?to (?:seek|bring|file)[^.;]{0,20}" + LATER_CHALLENGE + r"|"
          r"jurisdiction\b[^.;]{0,60}\b(?:shall|will) (?:end|cease|terminate)|"
          # (not a licensing body told not to weigh a conviction a court vacated: "a licensing authority shall not
          # consider: (1) a conviction that a court has vacated")
          r"(?<!authority )(?<!board )(?<!agency )(?<!employer )(?<!commission )"
          r"(?:may|shall) not (?:thereafter )?(?:be (?:the )?subject (?:of|to)|entertain|hear|consider|lie|be reopened)"
          r"(?![^.;]{0,60}\b(?:has|have|had|was|were) (?:been )?vacated\b)[^.;]{0,100}" + LATER_CHALLENGE + r"|"
          r"\bbars? (?:any )?(?:later |subsequent |future |further )?(?:petition|motion|application|challenge|proceeding)s?\b[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"\bno court (?:of (?:this|the) (?:state|commonwealth|territory|district|nation|tribes?) )?(?:shall (?:thereafter )?have|has) "
          # (not power to grant the relief: "no court shall have jurisdiction to grant an expungement to ...")
          r"(?:the )?(?:authority|jurisdiction|power) to (?:reopen|modify|vacate|hear|consider|entertain|set aside|(?:allow|permit) (?:the |a )?"
          r"(?:\w+ )?plea to be withdrawn)|"
          r"(?:shall|will) be without jurisdiction|"
          # ("the trial court has no authority to entertain a motion to withdraw the plea, or to vacate the judgment")
          # ... or to grant one that comes late ("The Court has no power to extend that period or to grant a new trial on a
          # motion made after it expires")
          r"\b(?:court|judge)\b[^.;]{0,20}\b(?:has|have|shall have) no (?:authority|power|jurisdiction) to (?:(?:extend|enlarge)[^.;]{0,40}\bor to )?"
          r"(?:(?:entertain|hear|consider|vacate|set aside|reopen)\b|grant\b[^.;]{0,30}" + LATER_CHALLENGE + r")|"
          r"(?:motion|petition) to vacate shall not lie|barred from (?:seeking|bringing|filing|making)[^.;]{0,60}" + LATER_CHALLENGE + r"|"
          r"waives? (?:any|all) (?:further |later |future )?(?:challenges?|right to challenge|collateral (?!consequences?\b))|"
          r"shall not be reopened for any purpose",),
         # (nor a trial court's power that passes to the appellate court while an appeal is pending: "The jurisdiction of
         # the trial court is divested ... upon the entering of the order of appeal"; nor power to try the charge at all,
         # "No court shall have jurisdiction to try or convict a person of an offense if penal proceedings ... are barred";
         # nor relief asked "in anticipation of the filing of a petition")
         unless=(*JURISDICTION_KEPT, RELIEF_UNDONE, r"\bjurisdiction to (?:try|convict|prosecute|indict|arraign)\b|\bin anticipation of\b",
                 # (a challenge kept from dismissal: "No timely petition ... shall be dismissed on the ground that the record
                 # ... has been sealed")
                 r"\bno\b[^.;]{0,40}\b(?:petition|motion|application)[^.;]{0,120}\bshall be (?:summarily )?(?:dismissed|denied)\b[^.;]{0,60}"
                 r"\b(?:on the ground|because|solely|by reason)\b",
                 # (nor a court told not to weigh the time gone by, nor an order's finality against the agencies bound
                 # to obey it: "shall not be subject to collateral attack by any agency required to comply with it")
                 NOT_WEIGHED, r"\bcollateral attack by (?:any |an? |the )?(?:\w+ )?(?:agency|agencies|department|entity|entities)\b",
                 r"\b(?:upon|on|by|after) (?:the )?(?:filing|entering|entry|taking|perfecting|docketing) of (?:the |an? )?"
                 r"(?:order of |notice of )?appeal\b|\b(?:pending|while|during) (?:the |an )?appeal\b",
                 # (nor the appellate court's hold on one appeal, ended when its judgment goes back down: "After the
                 # certificate of the judgment has been remitted to the court below, the appellate court has no further
                 # jurisdiction of the appeal")
                 r"\bjurisdiction of the appeal\b|\b(?:remitted|remanded|remittitur|mandate)\b[^.;]{0,120}\b(?:court below|lower court)\b",
                 CIVIL_CASE),
         # (nor a motion to vacate a civil judgment: "(a) A party to a civil action may file a motion to vacate a judgment")
         unless_before=(CIVIL_CASE,)),
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
          # ... the relief after the bar ("A motion for appropriate relief may not be filed, and if filed shall be summarily
          # denied, with respect to a conviction that has been expunged"), or the challenge dismissed in the passive ("any
          # application attacking the expunged conviction shall be dismissed for want of jurisdiction")
          r"\b(?:motions?|petitions?|applications?) for (?:appropriate|post-?conviction) relief (?:may|shall) not be (?:filed|brought|heard|"
          r"entertained)\b[^.;]{0,120}\b(?:has|have) been " + CLEARED + r"|"
          r"\b(?:motions?|petitions?|applications?)\b[^.;]{0,60}\b" + CLEARED + r" (?:convictions?|judgments?)\b[^.;]{0,40}\b(?:shall|must|will) "
          r"be (?:summarily )?dismissed for (?:want|lack) of jurisdiction\b|"
          r"\bdismissed for (?:want|lack) of jurisdiction,? (?:where|when|if) the (?:conviction|judgment)\b[^.;]{0,40}\b(?:has|have) been\b[^.;]{0,30}" + CLEARED + r"|"
          # ("After a final disposition has been entered, no collateral proceeding relating to the conviction ... shall be
          # entertained by any court of this state")
          r"\bno collateral (?:proceedings?|attacks?|challenges?)\b[^.;]{0,160}\b(?:shall|may) (?:\w+ )?be (?:entertained|heard|maintained)\b|"
          r"\b" + CLEARED_TIE + r"[^.;]{0,200}(?<!not )(?<!no court shall )(?<!no court may )\bdismiss\w* (?:the |such |any )?"
          r"(?:petition|motion|application)s? for (?:want|lack) of "
          r"jurisdiction|"
          # pending and later challenges ended by the relief ("upon the automatic expungement ..., all proceedings in the
          # case, including any motion to vacate ..., shall be terminated, and the court ... shall dismiss every such motion")
          r"\b(?:upon|after|once|following)\b[^.;]{0,80}" + CLEARED_TIE + r"[^.;]{0,300}\b(?:dismiss|terminate)\w* (?:every|each|all) "
          r"(?:such )?(?:pending )?(?:motions?|petitions?|applications?)\b|"
          r"\b(?:upon|after|once|following)\b[^.;]{0,80}" + CLEARED_TIE + r"[^.;]{0,200}" + LATER_CHALLENGE + r"[^.;]{0,200}\bshall be "
          r"terminated\b|"
          r"\b(?:shall|will) (?:thereafter )?(?:lose|have no) jurisdiction|\b(?:(?:be|is|are) without|lacks?) (?:jurisdiction|authority|power) to "
          r"(?:entertain|hear|consider|decide|grant|vacate|set aside|reopen)\b(?! (?:an? |the |any )?(?:petitions?|motions?|applications?) "
          r"(?:to|for) (?:an? )?(?:order )?(?:of |to )?(?:expung|expunct|seal|set[- ]aside|shield|nondisclos|eras|annul))|"
          # a bar on claims that could have been raised before ("The court shall not grant the writ on any ground that
          # was raised, or could have been raised, at trial ... or in any earlier petition"; "the court shall dismiss the later
          # petition if: ... the petitioner could have included the claim in the earlier petition")
          r"\b(?:courts?|judges?) (?:shall|must) (?:not grant (?:relief|the writ|the motion|the petition)|deny|dismiss)\b[^.;]{0,160}"
          # (not a bar on repeating a ground already decided, "when the ground was previously determined on the merits")
          r"\b(?:could have been (?:raised|presented|included|asserted)|could have included|abuse of the writ)|"
          r"\bwaive\w*[^.;]{0,40}\brights?\b[^.;]{0,80}(?:" + LATER_CHALLENGE + r"|\bappeal (?:his |her |their |the |any |a |that )?(?:conviction|judgment)|further relief|relief from the conviction)|"
          r"\bwaiver of (?:the |any |all )?rights?\b[^.;]{0,60}(?:" + LATER_CHALLENGE + r")|"
          r"\bbar\w* (?:any |all )?(?:later|subsequent|future|further) (?:motions?|petitions?|challenges?|applications?)|"
          # a bar on a second try ("The circuit court shall not entertain successive motions"; "No writ shall be granted on
          # the basis of any allegation the facts of which petitioner had knowledge at the time of filing any previous petition")
          r"\b(?:courts?|judges?) (?:shall|may|will) not (?:entertain|consider|hear|reach the merits of)\b[^.;]{0,60}\b(?:second or )?"
          r"(?:successive|repeat\w*|later|subsequent) (?:motions?|petitions?|applications?|collateral attacks?|challenges?)|"
          r"\b(?:successive|subsequent) (?:motions?|petitions?|applications?)\b[^.;]{0,20}\bwould not be (?:filed|brought|heard|entertained|considered)\b|"
          r"\bno amendment to (?:an? |the |any )?(?:application|petition|motion)\b[^.;]{0,120}\b(?:shall|may) be (?:permitted|allowed)\b|"
          r"\bno (?:writ|relief) shall (?:be )?(?:granted|issue)\b[^.;]{0,120}\b(?:previous|prior|earlier) (?:petitions?|motions?|applications?)|"
          r"(?:motion|petition|application)s?\b[^.;]{0,80}\b(?:may|shall) not be (?:filed|brought|heard|entertained|considered)\b"
          r"[^.;]{0,80}\b" + CLEARED + r"|"
          r"(?:may|shall) not (?:thereafter )?(?:consider|entertain|hear) any (?:motion|petition|application)\b[^.;]{0,80}"
          r"\b" + CLEARED + r"|"
          # ("the court shall not thereafter receive or act upon any application, motion or petition that is directed to
          # the judgment that was set aside")
          r"\b(?:court|judge)s?\b[^.;]{0,40}\b(?:may|shall) not (?:thereafter )?(?:(?:consider|entertain|hear|receive|act (?:up)?on|"
          r"accept(?: for filing)?)(?: or )?){1,2} any (?:motion|petition|application)\b[^.;]{0,80}"
          r"\b" + CLEARED + r"|"
          # the relief that takes the court's power away ("An order sealing a criminal history record ... divests the
          # Criminal Division of the Superior Court of authority over the docket for all purposes")
          + RELIEF + r"[^.;]{0,120}\bdivests?\b[^.;]{0,80}\b(?:of|from) (?:\w+ )?(?:jurisdiction|authority|power)\b|"
          r"\b(?:once|after|when|upon|following)\b[^.;]{0,80}" + RELIEF + r"[^.;]{0,120}\bno (?:motion|petition|application)s?\b"
          r"[^.;]{0,120}\b(?:shall|may|will) (?:\w+ )?be (?:heard|entertained|considered|decided)\b|"
          # ... with the relief after the bar ("No motion to vacate ... may be heard by any court after the records of the
          # conviction have been erased"; "no court ... shall thereafter entertain any motion ... that challenges the
          # validity of the expunged conviction"; "the expungement shall be a complete bar to relief under this rule")
          r"\bno (?:motion|petition|application)s?\b(?! (?:for|to) (?:seal|expung|expunct|set|shield|nondisclos|annul|clear|restrict))"
          r"[^.;]{0,160}\b(?:shall|may|will) (?:thereafter )?be (?:heard|entertained|"
          r"considered|decided|granted)\b[^.;]{0,120}(?:\b(?:after|once|following|when|where)\b[^.;]{0,60}(?:" + CLEARED + r"|"
          + CLEARED_TIE + r")(?![^.;]{0,40}\b(?:has|have|had|was|were|is) (?:been )?denied\b)|(?:has|have|had) been (?:\w+ )?" + CLEARED
          + r")|"
          + NO_HEARING + r"[^.;]{0,60}\b" + CHALLENGED + r"[^.;]{0,120}" + CLEARED + r"|"
          r"\b(?:once|after|when|upon|following)\b[^.;]{0,80}" + CLEARED + r"[^.;]{0,80}" + NO_HEARING + r"[^.;]{0,60}\b" + CHALLENGED + r"|"
          r"\b(?:expungement|expunction|sealing|set-aside|erasure|order)\b[^.;]{0,20}\b(?:shall be|is) a (?:complete |full |absolute |"
          r"total )?bar to\b[^.;]{0,40}\b(?:relief|motions?|petitions?|challenges?|attacks?)\b|"
          # a person whose record was cleared who may not bring the challenge ("A person who has been granted relief under
          # this Act may not thereafter file a petition under the Post-Conviction Remedies Act")
          r"\b(?:who|whose)\b[^.;]{0,60}\b(?:has|have) (?:been granted|obtained|received|been (?:\w+ )?" + CLEARED + r")\b"
          r"[^.;]{0,80}\b(?:may|shall) not (?:thereafter |afterward |later |then )?(?:file|bring|make|seek|move|petition|apply)\b"
          r"[^.;]{0,80}" + LATER_CHALLENGE,),
         unless=(*JURISDICTION_KEPT, RELIEF_UNDONE, r"\b(?:not|never|nothing|without)\b[^.;]{0,40}\b(?:waive|waiver|bar|terminat|lose|end)",
                 # (a court told not to find that it has lost its power: "a court shall not find that it lacks jurisdiction")
                 r"\bnot (?:find|hold|rule|conclude|determine|decide)\w* that (?:it|the court|a court) (?:lacks|is without)\b",
                 # a bar on a repeated petition for the relief itself, no later challenge named ("may not file another
                 # petition for the sealing of the same offense until two years after the denial, and the court shall be
                 # without authority to consider a petition filed in violation of this subsection")
                 r"^(?=.*\b(?:petition|application|motion)s? for (?:the |an? )?(?:order (?:of |for )?)?(?:sealing|expung\w*|expunction)\b)"
                 r"(?!.*\b(?:vacat|withdraw|post-?conviction|habeas|coram|challeng|attack)\w*)",
                 # what a court must tell a defendant before a plea, not a bar the law sets
                 r"\b(?:inform|advise|tell|warn)\w* (?:the )?(?:defendant|person|accused)\b[^.;]{0,60}\b(?:of the following|that)\b",
                 CIVIL_CASE)),
)  # fmt: skip
