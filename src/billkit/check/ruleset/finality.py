"""Rules for a court's power after relief cut short: shut out of the case in the words of finality (no court may
reopen the case or entertain a motion after the order, no further proceedings may be had in the cause, the matter may
not be the subject of any further motion in any court, the court may take no further action), which works
against the court-jurisdiction practice, or kept only for motions already pending or only for a time, which is part
of it (``NARROW_KEPT``, which ``jurisdiction.py`` reads). That module reads the court's power in words of
jurisdiction itself."""

from __future__ import annotations

from ..vocabulary import CHALLENGE_WORD, CLEARED, CLEARED_TIE, COURT_MAY_NOT, LISTED, RELIEF
from .court_power import JURISDICTION_KEPT
from .rule import Rule
from .time_bars import FOR_SEALING, SEALING_APPLICATION_BARRED

NARROW_KEPT = (
    r"(?:\b(?:that|which) (?:was|were|is|are) pending (?:in (?:the |any )?(?:\w+ ){0,2}court )?(?:on|at|when|as of)\b|"
    r"\bpending (?:in (?:the |any )?(?:\w+ ){0,2}court )?on the date\b)"
    r"(?![^.;]{0,60}\b(?:or|and) (?:is |are )?(?:made|filed|brought) (?:at any time )?(?:thereafter|later|afterwards?)\b)|"
    r"\bfor (?:a period of )?(?:\w+ )?(?:\(\d+\) )?(?:years?|months?|days?) (?:after|following|from)\b|"
    # ("does not divest the sentencing court of jurisdiction to hear a motion to vacate ..., if the motion is filed within
    # one year after the date of the order")
    r"\b(?:if|provided) (?:that )?(?:the |such )?(?:motion|petition|application) is (?:filed|made|brought) within (?:\w+ )?"
    r"(?:\(\d+\) )?(?:years?|months?|days?)\b|"
    # ... or only for one ground or kind of motion, every other challenge barred ("retains jurisdiction only to consider a
    # motion to vacate ... based on DNA evidence"; "No other motion, petition or application challenging the conviction
    # may be filed in a sealed case")
    r"\bonly (?:to (?:consider|hear|decide|entertain)|over) (?:an? |the )?(?:\w+ ){0,3}(?:motions?|petitions?|applications?)\b"
    r"[^.;]{0,80}\b(?:based (?:up)?on|on the grounds?|to correct)\b|\b(?:no|all) other (?:motions?|petitions?|applications?|"
    r"challenges?|collateral (?:attacks?|challenges?))\b[^.;]{0,80}\b(?:may be (?:filed|brought|heard)|(?:are|is|shall be) barred)\b|"
    # ... or only for the prosecutor's motion, a motion to correct an illegal sentence (named alone, not last of a list),
    # or one motion filed in its time
    # ("on motion of the prosecuting attorney ... from vacating the expunged conviction"; "except a motion under section
    # 12-15-310 filed within the time allowed by that section")
    r"\b(?:(?:on (?:the )?|an? |any )?motions? of|(?:an? |any )?motions? (?:filed |made |brought )?by) the (?:prosecuting attorney|prosecutor|state|"
    r"district attorney|people|commonwealth)\b|"
    # ... or only for a claim of innocence ("a motion ... in which the defendant asserts, on the basis of new evidence, that
    # the defendant is actually innocent")
    r"\b(?:motions?|petitions?|applications?)\b[^.;]{0,40}\b(?:in which|where|asserting|alleging|claiming)\b[^.;]{0,80}"
    r"\b(?:actual(?:ly)? innocen\w*|is innocent)\b|"
    r"(?<!\bor a )(?<!\band a )(?<!, a )\b(?:motions?|jurisdiction|power|authority)(?: at any time)? to correct (?:an illegal sentence|a "
    r"sentence that (?:was|is) illegal)\b"
    r"(?![^.;]{0,30}\b(?:or|and) (?:to )?(?:vacate|set aside|withdraw|hear)|,\s*(?:an? |any )?(?:petitions?|motions?|applications?|writs?)\b)|\bexcept (?:an? |the )?(?:motion|petition|application) under (?:section|rule)\b"
    r"[^.;]{0,60}\bfiled within\b"
)
"""Power kept only for a motion already pending when the record was cleared ("any ... motion to vacate a judgment
of conviction that was pending on the date on which the records became subject to erasure"), or only for a time
("retains jurisdiction, for a period of one (1) year after the date on which the order is entered"), or only for one
ground or kind of motion."""

FOR_RELIEF_ITSELF = r"\b(?:reopen|review)\w* (?:an? |the |any )?(?:order (?:of|for|granting) )?(?:expung|seal|set-aside|nondisclos)\w*"
"""A bar on reopening or reviewing the relief's own order, not the conviction."""

EXCEPT_LEAD = r"\b(?:except|other than|unless|but)\b"
"""The lead of an exception."""
NOT_PREVENTED = (
    r"\b(?:not|nothing)\b[^.;]{0,40}\b(?:prevent|preclude|bar|limit|impair)\w*"
    r"(?! (?:the |a |any )?(?:state|prosecut\w*|people|commonwealth|district attorney|government)\b)"
)
"""A saving that nothing prevents or limits what follows ("shall not limit the court's power"), not one that saves only
the State's use of the record ("nothing herein ... shall be taken to prevent the State from pleading and proving the
prior offense")."""
EXCEPTED_IN_LIST = (
    r"\bexcept\b(?! as (?:otherwise )?(?:provided|set forth|stated|specified))[^.;]{0,120}?"
    r"(?<!section )(?<!division )(?<!subsection )(?<!paragraph )(?<!subdivision )(?<!clause )\((?:1|a|A|i)\)\s"
    + LISTED
    + r"{0,400}?"
    + CHALLENGE_WORD
)
"""An exception whose list keeps the later challenge, however far down ("except that the court retains jurisdiction to
hear and decide (1) a motion to correct ... the order; (2) ...; and (3) any motion ... to vacate ... the conviction")."""
EXCEPT_CHALLENGE = EXCEPT_LEAD + r"[^.;]{0,80}" + CHALLENGE_WORD + "|" + EXCEPTED_IN_LIST
"""An exception that keeps the later challenge ("other than to hear and decide a motion to vacate the conviction")."""

TURNED_TO_KEEP = (
    r"\bno\b[^.;]{0,60}\b(?:shall|may|will)\b[^.;]{0,10}\b(?:decline|refuse|fail|deny|dismiss|reject)\w*|"
    r"\b(?:shall|may|must|will) not (?:\w+ )?(?:decline|refuse|fail|deny|dismiss|reject)\w*|\bconstrued\b"
)
"""The words of a bar turned to keep the door open ("No court shall decline to hear a motion to vacate after the
sentence is served"; "shall not be construed to ...")."""
RELIEF_ORDER = (
    r"(?:\b(?:orders?|judgments?|decrees?) (?:of |for |granting |sealing |expunging )?(?:the |an? )?(?:seal|expung|expunct|set[- ]aside|"
    r"nondisclos|shield|eras|annul)\w*|\bvalidity of (?:a|an|the) (?:order|judgment) of)\b[^.;]{0,60}\b(?:shall|may|must) not\b"
)
"""The relief's own order made final ("A judgment granting an expunction shall not thereafter be vacated"), not the
conviction."""
EXCEPT_FILED = EXCEPT_LEAD + r"(?![^.;]{0,40}\border\b)[^.;]{0,80}" + CHALLENGE_WORD
"""An exception that keeps the later challenge, not one that waits for the relief's order to be undone ("unless the
order to seal first has been vacated")."""
GUILTY_PLEA = r"(?:plea of guilty|guilty plea|plea of (?:nolo contendere|no contest))"
"""A conviction's plea, from which an appeal may be barred."""

REOPENING = (
    r"\b(?:reopen|reinstate|entertain|hear|consider|grant (?:any )?relief|set aside|vacate|disturb)\w*\b"
)
"""What a finality clause forbids a court to do with the cleared case."""

RULES: tuple[Rule, ...] = (
    # "After an order to seal is filed, no court of this state shall reopen the case, or entertain any motion ... that
    # seeks to vacate, set aside, or otherwise disturb the sealed conviction"; "no court of this state shall thereafter
    # reinstate, reconstruct, or reopen the matter, or entertain any motion or petition relating to the expunged charge".
    # (the relief may be in the sentence before: "Upon the destruction of the file under subsection (a), the matter shall
    # be closed for all purposes, and no court ...")
    Rule("court-jurisdiction", "against",
         (r"\bno (?:court|judge|tribunal)\b[^.;]{0,40}\b(?:shall|may|will)\b(?: thereafter)?[^.;]{0,80}?" + REOPENING,
          RELIEF + r"|\border to seal\b|\bclosed for all purposes\b"),
         window=2,
         # (a court kept able to hear the challenge after all: "no court shall deny the motion on the ground that the
         # record has been sealed"; a bar that names no later challenge, "no court shall order the expungement")
         unless=(r"\bno (?:court|judge|tribunal)\b[^.;]{0,60}\b(?:deny|dismiss|refuse)\w*\b[^.;]{0,80}\b(?:because|on the ground|by reason)\b",
                 # (nor a bar on one ground, which works against the vacatur: "No court shall grant a motion to vacate ... where
                 # the motion rests on the failure ... to advise the movant")
                 r"\b(?:where|when|if) the (?:motion|petition|application) (?:rests|is based|relies|is founded) (?:up)?on\b",
                 # (nor one told it may not decline the challenge, or barred with the challenge excepted)
                 TURNED_TO_KEEP, EXCEPT_FILED,
                 r"\bno (?:court|judge|tribunal)\b[^.;]{0,60}\b(?:order|grant)\w* (?:an? |the |any )?(?:expung|seal|nondisclos|set-aside)\w*",
                 # (nor a suit for damages over the sealing: "No court ... shall entertain any civil action for damages
                 # against a clerk ... arising from the sealing of a record")
                 SEALING_APPLICATION_BARRED, r"\b(?:entertain|hear|consider)\w*\s+(?:any |an? |the )?(?:civil (?:actions?|suits?|claims?)|"
                 r"(?:actions?|suits?|claims?) (?:for|seeking) (?:money )?damages)\b")),
    # ... or the relief named elsewhere, the items of a list: "(b) The writ does not lie, and no court of this state
    # shall entertain a petition for the writ: ... (2) After ... the record of the conviction has been sealed"
    Rule("court-jurisdiction", "against",
         (r"\bno (?:court|judge|tribunal)\b[^.;]{0,40}\b(?:shall|may|will)\b(?: thereafter)?[^.;]{0,40}?\b(?:entertain|hear|consider|"
          r"reopen)\w*\b[^.;]{0,40}\b(?:petitions?|motions?|applications?|writs?|coram nobis)\b",),
         # (the relief in the words of an order, not "after the record has been cleared", which a saving for cleared
         # records uses as often as a bar)
         elsewhere=(r"\b(?:after|once|upon|following)\b[^.;]{0,80}\b(?:has|have) been (?:\w+ )?(?:sealed|expunged|set aside|"
                    r"erased|vacated|annulled|shielded)\b",),
         unless=(SEALING_APPLICATION_BARRED, TURNED_TO_KEEP, EXCEPT_FILED)),
    # ... or a court barred from the merits of a challenge filed after the order ("If an application for a writ of habeas
    # corpus ... is filed after the date the order of nondisclosure or expunction was issued, a court may not consider
    # the merits of or grant relief on the application unless ...")
    Rule("court-jurisdiction", "against",
         (r"\b(?:filed|brought|made)\b[^.;]{0,20}\bafter\b[^.;]{0,40}\b(?:order of |order for )?(?:\w+ )?" + RELIEF
          + r"[^.;]{0,120}" + COURT_MAY_NOT,),),
    # "The order of expunction ... shall be final and conclusive ..., and no further proceedings shall be had in the cause
    # ... in any court of this state."
    Rule("court-jurisdiction", "against",
         (r"\bno further proceedings? (?:shall|may) (?:be had|be taken|lie|be maintained)\b[^.;]{0,160}\b(?:in|before) any court\b",
          RELIEF),
         window=2),
    # The old writs abolished, with nothing put in their place in the same breath ("With the exception of habeas corpus,
    # all common law post-conviction remedies, including ... coram nobis, ... and the motion to vacate the judgment, are
    # abolished in criminal cases", Or. Rev. Stat. § 138.540(1)): the door a person who learns of a defect years later
    # would use is shut. (A writ abolished because a motion now does its work, "relief ... shall be by motion as
    # prescribed in these rules", keeps it open, in the same sentence or the next: "Relief heretofore available by
    # that writ shall be obtained by motion".)
    Rule("court-jurisdiction", "against",
         (r"\b(?:coram nobis|motions? to vacate|post-?conviction remedies)\b[^.;]{0,300}\b(?:are|is) (?:hereby )?abolished\b|"
          # ... or in the active voice ("this article repeals the statutory writ of error coram nobis ... and abolishes the common
          # law writs relating to post-conviction collateral relief, including ... error coram nobis", Miss. Code Ann. § 99-39-3)
          r"\b(?:abolish|repeal)(?:es|ed)?\b[^.;]{0,80}\b(?:writs?|remed(?:y|ies))\b[^.;]{0,200}\b(?:coram nobis|coram vobis|audita querela|"
          r"post-?conviction habeas)\b",),
         unless=(r"\b(?:shall|may|must) be (?:sought|obtained|had|brought|made|pursued)\b|\binstead\b|\bin (?:lieu|place) of\b|"
                 r"\breplaced\b|\bby motion (?:as|under|pursuant)\b|\btakes? the place of\b",
                 r"\b(?:not|never|nothing)\b[^.;]{0,60}\b(?:abolish|repeal)\w*|\bremains? available\b",
                 # (nor where the sentence keeps the remedy that replaced them: "that remedy is not lost, and the jurisdiction
                 # of the court under this chapter is not ended, by ... the entry of any order ... sealing or expunging")
                 *JURISDICTION_KEPT),
         # (not a motion itself closed by a time limit: "may be sought only by motion under Rule 35.1, within the time
         # ... stated in that rule, and a court shall not grant such relief ... at any later time")
         unless_after=(r"^(?!.*\b(?:within the time|within \w+ (?:\(\d+\) )?(?:days?|months?|years?)|at any later time|"
                       r"shall not (?:grant|entertain))\b)\W*(?:the |any |all )?relief (?:\w+ ){0,5}(?:available|obtainable|obtained|granted|had) (?:by|under|through) (?:that|the|such|"
                       r"those|these|either|any such) (?:writs?|remed(?:y|ies))\b[^.;]{0,60}\b(?:shall|may|must) be (?:sought|"
                       r"obtained|had|brought|made|pursued)\b",)),
    # The cleared case closed to every later motion in any court ("Upon the entry of the order, the criminal matter to
    # which it relates is closed. A matter so closed may not be reopened, restored to the calendar, or made the subject of
    # any further application, motion or petition in any court"), or the court itself barred from any act but enforcing
    # the order ("After the final disposition ... the court ... may take no further action in the proceeding, other
    # than: (1) to issue a certificate of expungement"); not a bar on the State reviving the charges, nor an agency's.
    Rule("court-jurisdiction", "against",
         (r"\b(?:case|matter|action|cause|proceeding)s?\b[^.;]{0,40}\b(?:may|shall) not (?:thereafter |later )?be (?:reopened|revived|"
          r"reinstated|restored to the (?:calendar|docket))\b[^.;]{0,120}\b(?:in any court|any (?:further |later |subsequent )?"
          r"(?:application|motion|petition))|"
          r"\b(?:court|judge)\b[^.;]{0,80}\b(?:may|shall) take no (?:further )?action\b|"
          # ("a sealed case is closed and ... the court that entered the judgment may not reopen it")
          r"\b(?:case|matter|action|cause) (?:is|shall be) (?:deemed )?closed\b[^.;]{0,80}\b(?:court|judge)\b[^.;]{0,60}\b(?:may|shall) "
          r"not (?:thereafter |later )?reopen\b",),
         # (the relief may be named sentences before: "once an order of expungement is granted ... Upon the entry of the
         # order, the criminal matter ... is closed")
         elsewhere=(CLEARED_TIE,),
         unless=(NOT_PREVENTED,
                 # an exception that keeps the challenge ("other than to hear and decide a motion to vacate the conviction")
                 EXCEPT_CHALLENGE,
                 r"\bby the (?:prosecut|state|district attorney|people)\w*"),
         # (an exception may keep the power it names elsewhere: "Except as provided in subsection (c), the court shall take
         # no further action ... (c) The court ... retains jurisdiction to hear and decide a motion ... to vacate")
         yields=True),
    # The judgment shut to any collateral challenge ("neither the judgment nor the order is thereafter open to collateral
    # attack in any court of this state"); not an order of relief kept safe from attack ("an order granting expungement
    # is conclusive and is not subject to collateral attack"), nor one route closed while another is named ("The appeal
    # may not be used to collaterally attack a court judgment").
    Rule("court-jurisdiction", "against",
         (r"\b(?:judgments?|convictions?|sentences?)\b[^.;]{0,120}\b(?:is|are|shall|may|remains?) not (?:thereafter |then |afterwards? )?(?:be )?"
          r"(?:open|subject) to (?:any )?collateral (?:attack|review|challenge)\b|"
          r"\bneither (?:the )?(?:judgment|conviction|sentence)\b[^.;]{0,80}\bnor\b[^.;]{0,60}\b(?:is|are|shall be) (?:thereafter )?"
          r"(?:open|subject) to (?:any )?collateral (?:attack|review|challenge)\b|"
          r"\b(?:judgments?|convictions?)\b[^.;]{0,60}\b(?:may|shall) not (?:thereafter )?be (?:collaterally (?:attacked|challenged)|"
          r"challenged collaterally)\b",),
         unless=(r"\bnot\b[^.;]{0,40}\b(?:prevent|preclude|bar|limit)\w*",)),
    # No appeal from a conviction entered on a plea of guilty, the usual way a noncitizen is convicted ("there shall be no
    # appeal from a plea of guilty or nolo contendere"; "No appeal shall be taken by the defendant from a judgment of
    # conviction ... upon a plea of guilty"; "Right of appeal is granted ... except ...: a conviction where the defendant
    # has pled guilty"); not a bar on appeals from some other court's proceedings ("no appeal from ... village court
    # proceedings").
    Rule("court-jurisdiction", "against",
         (r"\bno appeal (?:lies|(?:shall|may|will) (?:be taken|lie|be allowed|be had))\b[^.;]{0,120}\b(?:upon|on|from) (?:a |the |any )?" + GUILTY_PLEA + "|"
          r"\bshall be no appeal from (?:a |the |any )?(?:judgment[^.;]{0,40}\b(?:upon|on) (?:a )?)?" + GUILTY_PLEA + "|"
          r"\bright of appeal\b[^.;]{0,160}\bexcept\b[^.;]{0,200}\b(?:has |have )?(?:pled|pleaded|pleads) guilty\b",)),
    # A motion after judgment denied by the rule itself once a short time runs, the court left with no power to grant it
    # ("A motion that has not been ruled upon within that time is denied by operation of this rule on the sixty-first
    # day"; "the motion shall be deemed denied as of the 30th day").
    Rule("court-jurisdiction", "against",
         (r"\b(?:is|are|shall be|will be) (?:deemed |considered )?denied (?:by operation of (?:law|(?:this|the) rule)|(?:as of|on) the\b)|"
          r"\b(?:shall|will) be deemed (?:to have been )?denied\b|"
          # (a motion "is deemed denied" as a clause of its own, not a time counted from one the rules make elsewhere: "within
          # thirty days after the motion is deemed denied")
          r"^(?!.*\b(?:after|from|of|on which|when|once|until|before)\b[^.;,]{0,40}\b(?:is|are) deemed)(?=.*\b(?:is|are) deemed (?:to have been )?denied\b)|\b(?:is|are|shall be) (?:deemed|considered) to (?:be|have been) denied\b",
          # (or an application to extend the time to appeal: "If the district court does not enter an order granting the
          # application for extension within 14 days of filing of the application, the application shall be deemed denied")
          r"\b(?:motions?|petitions?)\b|\bapplications? for (?:an )?extension\b|\bapplication\b[^.;]{0,60}\bextension\b", r"\b(?:days?|months?)\b"),
         # (not a motion for the relief itself: "a motion to seal that the court has not decided in sixty days is deemed
         # denied")
         # (nor one denied for want of the prosecutor's consent, a veto read under vacatur: "if the prosecuting attorney
         # does not consent within sixty days ..., the motion shall be deemed denied")
         unless=(r"\bnot (?:be )?deemed denied\b", r"\b(?:consent|agree)\w*\b[^.;]{0,80}\bdeemed denied\b",
                 r"\b(?:motions?|petitions?|applications?) (?:to|for) (?:an? |the )?(?:order (?:of|to) )?(?:seal|expung|expunct|set[- ]aside|shield|"
                 r"nondisclos|eras|annul)\w*")),
    # The court's power over its judgment ended a few days after entry ("final judgments ... remain under the control of
    # the trial court and may be modified, vacated, or suspended for twenty-one days after the date of entry, and no
    # longer").
    Rule("court-jurisdiction", "against",
         (r"\b(?:judgments?|orders?|convictions?)\b[^.;]{0,120}\b(?:vacated|set aside|modified)\b[^.;]{0,60}\b(?:days?|months?)\b"
          r"[^.;]{0,40}\band no longer\b",)),
    # The writ closed to anyone who may seek post-conviction relief ("The provisions of this Title are not available to
    # persons entitled to file an application for post conviction relief"), and appeals in the old writs refused ("No
    # appeals ... in habeas corpus or coram nobis cases ... shall be permitted or entertained").
    Rule("court-jurisdiction", "against",
         (r"\b(?:are|is|shall) not (?:be )?available to (?:any )?persons?\b[^.;]{0,40}\b(?:entitled|eligible|permitted) to (?:file|seek|apply|bring)"
          r"\b[^.;]{0,40}\bpost[- ]?conviction\b|"
          r"\bno appeals?\b[^.;]{0,80}\b(?:habeas corpus|coram nobis)\b[^.;]{0,300}\b(?:shall|may) be (?:permitted|allowed|entertained|taken)\b",),
         unless=(r"\bexcept\b[^.;]{0,80}\b(?:leave|permission|application for leave)\b",)),
    # A cleared conviction put past every later attack in other words ("A conviction that has been set aside shall not
    # afterward be reopened, vacated, modified or attacked ... in any court"; "no relief may be granted from the judgment
    # by any court"; "the court has no further power over the matter"; "the court's plenary power over the criminal case
    # expires"), the relief named in the sentence or the one before.
    Rule("court-jurisdiction", "against",
         # (not a conviction that "may not be set aside" at all, which no relief reaches)
         (r"\b(?:convictions?|judgments?)\b[^.;]{0,60}\b(?:shall|may) not (?:afterwards?|thereafter|later|then) be (?:reopened|vacated|"
          r"set aside|modified|attacked|challenged)\b|"
          r"\bno relief (?:may|shall) be granted from the (?:judgment|conviction)\b[^.;]{0,40}\bby any court\b|"
          r"\b(?:has|have|shall have) no (?:further )?(?:power|authority|jurisdiction) over the (?:matter|case|conviction|judgment)\b|"
          r"\b(?:plenary )?(?:power|jurisdiction|authority) (?:of the (?:\w+ )?court )?over the (?:criminal )?(?:case|matter|judgment)\b"
          # ("the jurisdiction of the court over the case, and over any later motion or petition directed to the judgment, is
          # terminated")
          r"(?:,? and over\b[^.;]{0,100}?,?)?(?: (?:shall|is|will)(?: be)?)? (?:expires?|ends?|terminat(?:es?|ed)|ceases?)\b|"
          # ("shall be without power thereafter to revise, modify, vacate or otherwise disturb the judgment so set aside")
          r"\b(?:shall be|is|are) without (?:power|jurisdiction|authority) (?:thereafter |afterwards? |then )?to (?:[\w,]+ (?:or )?){0,5}?"
          r"(?:vacate|disturb|reopen|set aside|modify)\b|"
          # ("The remedy provided by sections 46-1201 to 46-1215 is not available to a person whose conviction has been set
          # aside")
          r"\b(?:remed(?:y|ies)|post-?conviction (?:relief|remed(?:y|ies)|proceedings?)|writs? of (?:habeas corpus|coram nobis|error)|"
          r"motions? to vacate)\b[^.;]{0,80}\b(?:is|are|shall be) not available to (?:a |any )?(?:person|defendant|petitioner|individual)s? "
          r"whose (?:\w+ )?(?:conviction|record|judgment)s? (?:has|have) been (?:\w+ )?" + CLEARED,
          RELIEF + r"|\bpardon\w*"),
         window=2,
         unless=(NOT_PREVENTED,
                 r"\bexcept\b[^.;]{0,80}" + CHALLENGE_WORD, EXCEPTED_IN_LIST, RELIEF_ORDER)),
    # A ground not raised earlier barred in every later post-conviction proceeding ("the failure to raise such issues on
    # direct appeal shall constitute a waiver barring consideration of the issues in post-conviction proceedings"); not a
    # plea that waives objections to the charge before trial.
    Rule("court-jurisdiction", "against",
         (r"\b(?:shall|will|does) (?:constitute|operate as|be deemed) (?:a )?waiver\b[^.;]{0,80}\b(?:post-?conviction|collateral|habeas)\b|"
          r"\bwaiver barring (?:consideration|review)\b[^.;]{0,60}\b(?:post-?conviction|collateral|habeas|later|subsequent)\b",)),
    # A remedy kept from the conviction itself ("The writ of habeas corpus is not available to attack the validity of the
    # conviction or sentence of a person who has ... exhausted the remedy of appeal"), or from anyone no longer held
    # under the sentence ("Relief under this chapter is not available to a person who is not in custody under the
    # sentence"): a person who learns years later that a plea was defective has no court to bring it to. (Not a claim
    # defaulted because it could have been raised on appeal, which the corpus reads as no bar on the court's power.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:writs?|remed(?:y|ies)|relief|motions?|petitions?|proceedings?)\b[^.;]{0,60}\b(?:is|are|shall|will) not (?:be )?"
          r"available\b(?:[^.;]{0,20}\bto (?:attack|challenge|contest|question|test|review|collaterally attack)\b[^.;]{0,40}"
          r"\b(?:convictions?|judgments?|sentences?)\b|[^.;]{0,20}\bto (?:an? |any )?(?:persons?|defendants?|petitioners?|applicants?)\b"
          r"[^.;]{0,60}\b(?:not|no longer) (?:in|under) (?:\w+ )?(?:custody|restraint|sentence)\b)",),
         unless=(r"\bcould (?:not )?have been (?:raised|presented|asserted)\b", FOR_RELIEF_ITSELF)),
    # A conviction put beyond every court's review ("A judgment of conviction entered upon a plea of guilty is final and
    # is not subject to review in any court"), or a court barred from reopening a case the relief closed ("Upon entry of
    # the order of expungement, the proceedings in the case are concluded and the court shall not reopen them").
    Rule("court-jurisdiction", "against",
         (r"\b(?:convictions?|judgments? of conviction|" + GUILTY_PLEA + r")\b[^.;]{0,120}\b(?:is|are|shall be) not (?:be )?subject to "
          r"(?:any )?(?:further )?(?:review|appeal|attack)\b[^.;]{0,10}\b(?:in|by) any court\b",),
         unless=(EXCEPT_CHALLENGE, FOR_RELIEF_ITSELF)),
    Rule("court-jurisdiction", "against",
         (r"\b(?:court|judge)s? (?:shall|may) not (?:thereafter |afterwards? |later )?reopen\b|"
          # ("A conviction that has been expunged may not be challenged in any proceeding")
          r"\b(?:convictions?|judgments?) (?:that|which) (?:has|have) been (?:\w+ )?(?:expunged|sealed|set aside|erased|annulled|shielded)\b"
          r"[^.;]{0,20}\b(?:shall|may) not be (?:reopened|vacated|attacked|challenged)\b",
          RELIEF),
         window=2,
         unless=(EXCEPT_CHALLENGE, FOR_RELIEF_ITSELF)),
    # A time limit on a challenge to the conviction made a limit on the court's power ("The limitation in subsection (2) is
    # jurisdictional. It may not be waived by the State or extended by the court"): a court that may not hear a late
    # petition, however good the cause.
    Rule("court-jurisdiction", "against",
         (r"\b(?:limitations?|time limits?|deadlines?|(?:time )?periods?|time (?:for|to) (?:file|filing|bring))\b[^.;]{0,60}\b(?:is|are|shall be) "
          r"(?:mandatory and )?jurisdictional\b|"
          # ("The period stated in subsection (b) is a condition of the right ... and a limit on the jurisdiction of the court")
          r"\b(?:limitations?|time limits?|deadlines?|(?:time )?periods?)\b[^.;]{0,60}\b(?:is|are|shall be) [^.;]{0,80}?\b(?:a |an )?"
          r"(?:limit|limitation|restriction) (?:on|of|upon) the (?:court's )?jurisdiction\b",),
         elsewhere=(r"\b(?:petitions?|motions?|applications?)\b",
                    r"\bjudgments? of conviction\b|\bconvict\w*|\bpost-?conviction\b|\bhabeas\b|\bcoram nobis\b"),
         unless=(FOR_RELIEF_ITSELF, EXCEPT_CHALLENGE, r"\bobjections?\b", FOR_SEALING,
                 r"\b(?:not|none|no|neither)\b[^.;]{0,60}\b(?:is|are|shall be) (?:\w+ )?jurisdictional\b")),
)  # fmt: skip
