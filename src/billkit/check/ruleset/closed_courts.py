"""Rules for a court closed to a later challenge to a conviction in the shapes of older codes and post-conviction
acts that the other court-power rules do not read: the old writs that "shall not lie" once a term or a sentence has
run, an act that "takes the place of all other remedies" under its time limits, every ground not raised "waived"
for any later proceeding "by writ, motion or otherwise", a petition filed after the sentence is served or the
record cleared "dismissed without a hearing", no motion "entertained after" the record is expunged or "received,
docketed, or acted upon" once it is, the writ refused to one "discharged from custody", and a late petition the court
"shall dismiss without a hearing" or "deny as untimely". Each shuts out a noncitizen who learns of a plea's defect
only when an immigration case begins."""

from __future__ import annotations

from ..vocabulary import CLEARED, LATER_CHALLENGE
from .court_power import JURISDICTION_KEPT
from .rule import Rule
from .time_bars import FOR_SEALING, POST_CONVICTION_LAW

OLD_WRITS = r"(?:writs? of (?:error )?coram nobis|writs? of habeas corpus|writs? of error|motions? in the nature (?:of|thereof))"
"""The old writs, and motions standing in for them."""
RUN_OUT = (
    r"\bafter the (?:expiration|end|close) of the term\b|\bwhose sentences? (?:has|have|had) been (?:fully )?(?:executed|served|"
    r"satisfied|remitted|discharged|completed)\b|\bafter\b[^.;]{0,40}\b(?:has|have) been " + CLEARED + r"\b"
)
"""The moment after which the writ is refused: the court's term, the sentence served, the record cleared."""
LATER_PROCEEDING = (
    r"\bin any (?:subsequent|later|other|future) (?:petitions?|proceedings?|motions?|actions?)\b"
)

RULES: tuple[Rule, ...] = (
    # The old writs refused once a term or the sentence has run ("No writ of error coram nobis shall lie, nor shall any
    # motion in the nature thereof be heard, to review ... a judgment of conviction ... after the expiration of the
    # term of court"; "No writ of habeas corpus shall issue ... upon the application of any person whose sentence has
    # been fully executed").
    Rule("court-jurisdiction", "against",
         (r"\bno " + OLD_WRITS + r"\b[^.;]{0,120}\bshall (?:lie|issue|be heard|be entertained|be granted)\b", RUN_OUT,
          r"\b(?:convict\w*|judgments?|sentences?)\b"),
         unless=(FOR_SEALING, *JURISDICTION_KEPT)),
    # An act that replaces every other remedy, the old writs named, under its own time limits ("it comprehends and takes
    # the place of all other ... remedies ... including ... the writ of habeas corpus, the writ of error coram nobis ...,
    # subject to the time limits ... of sections 4-905 and 4-906").
    Rule("court-jurisdiction", "against",
         (r"\b(?:takes? the place of|supersedes?|replaces?|is in lieu of)\b[^.;]{0,40}\ball (?:other )?(?:[\w,]+ ){0,5}remed(?:y|ies)\b"
          r"[^.;]{0,200}\b(?:habeas corpus|coram nobis)\b",
          r"\b(?:time limits?|limitations? (?:periods?|of time)|period of limitations?|within (?:\w+ )?(?:\(\d+\) )?(?:years?|months?|"
          r"days?))\b"),
         unless=(FOR_SEALING, *JURISDICTION_KEPT, r"\bnot (?:be )?subject to (?:any )?time limits?\b")),
    # Every ground not raised in the one petition waived for any later proceeding in any court ("any ground not so raised
    # ... is waived, and the petitioner's failure to raise it shall bar its assertion in any subsequent petition ... and in
    # any other proceeding, by writ, motion or otherwise, in any court of this state").
    Rule("court-jurisdiction", "against",
         (r"\b(?:is|are|shall be) (?:deemed )?waived\b[^.;]{0,160}\b(?:bar|preclude)\w*\b[^.;]{0,80}" + LATER_PROCEEDING,
          r"\bby (?:writ, )?(?:motion,? )?(?:or otherwise|writ,? motion,? or otherwise)\b|\bin any court\b"),
         unless=(FOR_SEALING, *JURISDICTION_KEPT)),
    # A challenge filed after the sentence is served or the record cleared, dismissed unheard ("A petition filed after the
    # petitioner's sentence has been fully served, or after the conviction has been expunged or sealed ..., shall be
    # dismissed without a hearing"), or refused after the record is cleared ("no such motion shall be entertained after
    # the record of the conviction has been expunged").
    Rule("court-jurisdiction", "against",
         (r"\b(?:petitions?|motions?|applications?)\b (?:filed|brought|made) after\b[^.;]{0,120}\b(?:sentence has been (?:fully )?(?:served|"
          r"completed|discharged|satisfied)|has been " + CLEARED + r"|" + CLEARED + r"\b)(?:(?!\bno\b)[^.;]){0,100}\b(?:shall|must) be (?:summarily )?"
          r"dismissed\b|"
          r"\bno (?:such )?(?:motions?|petitions?|applications?)\b[^.;]{0,40}\b(?:shall|may|will) be (?:entertained|heard|considered|"
          r"filed)\b[^.;]{0,20}\bafter\b[^.;]{0,60}\b(?:has|have) been " + CLEARED + r"\b",
          r"\b(?:convict\w*|judgments?|sentences?|plea)\b"),
         unless=(FOR_SEALING, *JURISDICTION_KEPT, r"\b(?:to|for) (?:seal|expung|expunct|eras|shield|nondisclos)\w*")),
    # A challenge turned away once the record is cleared, in older or newer words ("no application for post-conviction
    # relief ... shall be received, docketed, or acted upon by any court with respect to any conviction the record of
    # which has been expunged"; "no ... writ, motion, or proceeding shall lie in any court ... to review, vacate, or set
    # aside the judgment so erased"; "but no such petition shall be entertained ... nor in any case in which the record
    # of the conviction has been expunged").
    Rule("court-jurisdiction", "against",
         (r"\bno\b[^.;]{0,160}\b(?:shall|may) (?:be )?(?:(?:received|docketed|filed|acted (?:up)?on|entertained|heard)(?:,? (?:or )?)?)+\b"
          r"[^.;]{0,200}\b(?:(?:has|have) been (?:\w+ )?(?:expunged|sealed|erased|shielded|annulled)|so (?:expunged|sealed|erased|annulled))\b|"
          r"\bno\b[^.;]{0,160}\b(?:shall|may) lie\b[^.;]{0,160}\b(?:to (?:review|vacate|set aside|reopen)|for the purpose of (?:reviewing|"
          r"vacating|setting aside|reopening))\b[^.;]{0,80}\bso (?:expunged|sealed|erased|annulled)\b|"
          # ("no writ shall lie, nor shall any motion, petition or application be received or entertained by any court ...,
          # in respect of the annulled judgment")
          r"\bno writs?\b[^.;]{0,60}\bshall lie\b,? nor shall (?:any )?(?:motions?|petitions?|applications?)\b[^.;]{0,60}\bbe (?:received|"
          r"entertained|heard|filed)\b[^.;]{0,120}\b(?:annulled|expunged|sealed|erased)\b|"
          # ("it shall not thereafter be lawful for any court ... to receive, entertain or act upon any motion ... to reopen,
          # vacate, review or otherwise disturb the judgment so vacated")
          # ("No motion, petition or other application concerning the expunged conviction shall thereafter be entertained by
          # any court of this State")
          r"\bno (?:\w+ )?(?:motions?|petitions?|applications?)\b[^.;]{0,80}\b(?:concerning|relating to|attacking|challenging|addressed to) "
          r"(?:the|an?|any|such) (?:expunged|sealed|erased|annulled) (?:convictions?|judgments?|cases?)\b[^.;]{0,40}\b(?:shall|may) "
          r"(?:thereafter |then )?be (?:entertained|heard|considered|received|filed)\b|"
          # ("once an order of expungement has become final, the court that entered it shall not consider any further motion
          # relating to the expunged case")
          r"\b(?:court|judge)\b[^.;]{0,60}\b(?:shall|may) not (?:thereafter )?(?:consider|entertain|hear|receive)\b (?:any )?(?:further |other |"
          r"later )?(?:motions?|petitions?|applications?)\b[^.;]{0,20}\b(?:concerning|relating to|in|attacking|challenging|addressed to) "
          r"(?:the|an?|any|such) (?:expunged|sealed|erased|annulled) (?:cases?|convictions?|judgments?|matters?)\b|"
          r"\bshall not (?:thereafter |then )?be lawful for any court\b[^.;]{0,80}\bto (?:receive|entertain|hear|act upon|consider)\b"
          r"[^.;]{0,160}\bto (?:reopen|vacate|review|disturb|set aside)\b",
          LATER_CHALLENGE + r"|\bno writs?\b[^.;]{0,40}\bshall lie\b|\b(?:concerning|relating to|attacking|challenging|addressed to) "
          r"(?:the|an?|any|such) (?:expunged|sealed|erased|annulled) (?:convictions?|judgments?|cases?|matters?)\b"),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\bno\b[^.;]{0,60}\b(?:petition|motion|application)s? (?:for|to) (?:seal|expung|eras|shield)")),
    # The writ refused to anyone no longer held ("No writ of habeas corpus shall be granted, nor shall any petition
    # therefor be entertained, in behalf of any person who ... has been discharged from custody and from all
    # supervision").
    Rule("court-jurisdiction", "against",
         (r"\bno (?:writ|petition|motion|application)\b[^.;]{0,120}\b(?:granted|entertained|heard|issued)\b[^.;]{0,160}\b(?:discharged from "
          r"(?:custody|all supervision)|no longer (?:in|under) (?:custody|restraint|supervision)|(?:is|are) not (?:in|under) (?:custody|restraint))",),
         unless=(*JURISDICTION_KEPT,)),
    # A late petition the court must turn away, whatever its grounds ("the court shall dismiss without a hearing any
    # petition filed thereafter"; "the court shall deny as untimely any motion filed after that period"; "the court
    # shall be without power ... to grant relief upon a motion filed out of time").
    Rule("court-jurisdiction", "against",
         (r"\b(?:court|judge)\b[^.;]{0,20}\b(?:shall|must) (?:dismiss|deny|reject)\b[^.;]{0,40}?\b(?:any|every|each) (?:such )?(?:petitions?|motions?|"
          r"applications?) (?:filed|brought|made) (?:thereafter|after (?:that|the|such) (?:period|time|date)|out of time|late)\b|"
          r"\b(?:court|judge)\b[^.;]{0,20}\b(?:shall|must) (?:dismiss|deny)\w* as untimely\b|"
          # ("no court may consider a motion to withdraw a plea unless the motion is filed within 90 days after the date of
          # sentencing")
          r"\bno court (?:shall|may) (?:consider|entertain|hear|grant)\b[^.;]{0,80}\bunless\b[^.;]{0,40}\b(?:filed|brought|made) "
          r"within\b|"
          r"\bwithout (?:power|authority|jurisdiction)\b[^.;]{0,60}\bto grant relief (?:up)?on an? (?:petition|motion|application) filed (?:out of "
          r"time|late|after)",),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\bgood cause\b|\bexcusable neglect\b|\binterests? of justice\b|\bcivil\b")),
    # The writ refused to anyone no longer held ("The writ ... shall not lie, nor shall any court ... be possessed of
    # jurisdiction to grant it, on behalf of any person who ... is not imprisoned or otherwise restrained ... under the
    # judgment"): a person who served the sentence, or whose record was cleared, cannot bring it.
    Rule("court-jurisdiction", "against",
         (r"\b(?:shall not lie|(?:shall|may) not (?:be )?(?:granted|issued?)|shall be (?:denied|dismissed)|(?:shall|must) (?:deny|dismiss)|"
          r"(?:no|nor shall any) (?:court|judge)\b"
          r"[^.;]{0,40}\bjurisdiction)\b[^.;]{0,120}\b(?:person|petitioner|applicant|defendant)s? who\b[^.;]{0,60}\b(?:is|are) not,? "
          r"(?:[^.;,]{0,40}, )?(?:\w+ )?(?:imprisoned|in custody|restrained|incarcerated|confined|serving (?:a|the|any) sentence)\b|"
          # ("the completion or termination of that sentence while the application is pending shall divest the court of authority")
          r"\b(?:completion|expiration|termination|discharge)\b[^.;]{0,80}\bshall divest the court of (?:all )?(?:authority|jurisdiction|power)\b",),
         elsewhere=(POST_CONVICTION_LAW + r"|\bjudgments? complained of\b|\bwrit\b|\bconvictions? challenged\b|"
                    r"\brelief under this (?:section|rule|chapter|article)\b",),
         unless=(*JURISDICTION_KEPT, FOR_SEALING)),
    # A second application barred whatever its ground ("No second or subsequent writ of habeas corpus shall issue, nor shall
    # any court ... entertain a second or subsequent application ..., whatever ground may be assigned").
    Rule("court-jurisdiction", "against",
         (r"\bno (?:second|successive|subsequent|later|further)(?: or (?:second|successive|subsequent|later|further))? "
          r"(?:writ|petition|motion|application)s?\b[^.;]{0,60}\b(?:shall|may) (?:issue|be (?:granted|entertained|filed|heard))\b|"
          r"\bnor shall any (?:court|judge)\b[^.;]{0,40}\b(?:entertain|consider|hear)\b[^.;]{0,20}\b(?:a |any )?(?:second|successive|"
          r"subsequent|later|further)\b",
          r"\bwhatever (?:the )?grounds?\b|\b(?:any|every) grounds?\b|\bwhether or not\b[^.;]{0,60}\bknown\b"),
         unless=(*JURISDICTION_KEPT, FOR_SEALING)),
    # ... or once the first was decided, but for a new retroactive decision or proof of innocence ("Once a motion under this
    # rule has been decided on its merits, a further motion under this rule attacking the same judgment may not be filed,
    # and the court may not consider it, unless ..."): a ground the person learns of later, such as a missing advisement,
    # is shut out. (Not a bar on raising again the same grounds or claims.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:a |any )?(?:further|second|successive|subsequent|later) (?:motion|petition|application)s?\b[^.;]{0,80}\b(?:may|shall) not be "
          r"(?:filed|brought|considered|entertained|heard)\b",),
         elsewhere=(POST_CONVICTION_LAW + r"|\battack\w* (?:the )?(?:same )?(?:judgment|conviction)\b",),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\bsame (?:grounds?|claims?|issues?)\b|\bsimilar relief\b|\bpreviously (?:raised|decided|determined)\b",
                 r"\beven (?:if|though|where|when)\b|\bregardless of\b|\bnotwithstanding\b")),
)  # fmt: skip
