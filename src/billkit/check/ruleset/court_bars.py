"""A later challenge to the conviction shut out in words the narrower rules of :mod:`.time_bars` do not know.

Codes shut the court's door in many ways: an old writ that "shall lie" for no one after three years ("no writ of
error coram nobis ... shall lie, nor shall any court of this State entertain an application ... more than three years
after the judgment became final"), a remedy "available only while the defendant is in custody", an application by
one no longer on probation "dismissed for want of jurisdiction". Each joins three things in one sentence: a refusal
(the court may not hear or grant it, or it is dismissed, or the remedy does not lie or is not available), the filing
it refuses, and what shuts the door (the time gone by, an earlier challenge, or a sentence served out). A noncitizen
who learns of a plea's immigration consequence years later, after the sentence and after the record was cleared,
meets all three.

Not read so: a deadline addressed to the filer ("may not be filed more than three years after"), which the corpus
reads as no bar on the court; a bar that gives way to cause or keeps the court's power whatever the time or custody;
a bar on repeating the same grounds; a time limit on sealing; and a court's want of jurisdiction named as a ground of
relief ("the court was without jurisdiction to impose the sentence").
"""

from __future__ import annotations

from ..vocabulary import CIVIL_CASE
from .court_power import JURISDICTION_KEPT, OVER_PERSON_ONLY, SAME_GROUNDS
from .rule import Rule
from .time_bars import FOR_SEALING, POST_CONVICTION_LAW

REFUSED = (
    r"\b(?:shall|may|will|must) not (?:thereafter |then |afterwards? )?be (?:entertained|considered|heard|granted|allowed|reviewed)\b|"
    r"\b(?:court|judge)s?\b[^.;]{0,40}\b(?:shall|may|will) not (?:thereafter |then |afterwards? )?(?:entertain|consider|hear|grant|"
    r"review)\b|"
    r"\bnot required to entertain\b|\bnor (?:shall|may|will) (?:any|a|the) (?:\w+ )?court\b|"
    # ("is res judicata as to every issue ... that could have been raised"; "shall deny without a hearing any motion ...
    # that rests on a forfeited ground")
    r"\bres judicata\b|\b(?:shall|must) deny (?:without (?:a )?hearing )?(?:any|every|each|the) (?:such )?(?:petitions?|motions?|applications?)\b|"
    r"\bno (?:\w+ )?court\b[^.;]{0,60}\b(?:shall|may|will)\b|\b(?:shall|must|will) (?:be )?(?:summarily )?dismiss(?:ed)?\b|"
    r"\bfor (?:want|lack) of jurisdiction\b|"
    r"\bno (?:\w+ )?(?:petitions?|motions?|applications?|writs?|grounds?|claims?)\b[^.;]{0,240}\b(?:shall|may|will) (?:thereafter )?be (?:entertained|considered|"
    r"heard|granted)\b|"
    r"\b(?:lacks?|has no|have no|shall have no|is without|loses?(?: all)?) (?:\w+ )?(?:jurisdiction|power|authority) to "
    r"(?:entertain|hear|consider|grant|review|decide)\b|"
    r"\bno\b[^.;]{0,200}\bshall (?:thereafter |then |afterwards? )?lie\b|\b(?:shall|does|will) not lie\b|"
    r"\bno (?:such )?writs?\b[^.;]{0,30}\bshall (?:thereafter )?issue\b|\bwrits? shall not issue\b|"
    r"\bnot entitled to (?:the benefits? of )?(?:the|this|a|such) (?:writ|remedy|relief)\b|"
    r"\bavailable only (?:while|when|where|if|so long as)\b|\b(?:is|are|shall be) (?:not available|unavailable)\b|\b(?:shall|may|will) not be available\b|"
    # ("the clerk shall not accept for filing any motion ... and shall return any such paper unfiled")
    r"\b(?:shall|may|must) not (?:accept|receive|docket)\b|\breturn\b[^.;]{0,40}\bunfiled\b|"
    # ("shall not be eligible"; "the court shall be without power to award it in such case")
    r"\b(?:shall not be|is not|are not) eligible\b|\b(?:shall be|is) without (?:the )?(?:power|jurisdiction|authority)\b"
    r"(?! under this (?:section|rule|article|chapter|subsection))"
)
"""The court may not hear or grant it, it is dismissed, or the remedy does not lie or is not to be had."""
FILING = r"\b(?:petitions?|motions?|applications?|writs?|claims?|relief|remed(?:y|ies)|review|grounds?|attacks?|challenges?)\b"
"""What is refused: a filing, or the remedy it seeks."""
CLEARED_JUDGMENT = (
    r"\b(?:judgment|conviction)s? (?:so |thus |that (?:was|has been|is) |which (?:was|has been) |(?:has|have|hath|had) been |"
    r"(?:was|were|is|are) )?(?:\w+,? (?:or|and) )?(?:expunged|sealed|set aside|cleared)\b|"
    r"\bwhose (?:conviction|record|judgment)s? (?:has|have|hath|had) been (?:\w+,? (?:or|and) )?(?:expunged|sealed|set aside)\b|"
    r"\b(?:has|have|had) had the record of (?:the|his|her|their) conviction (?:\w+,? (?:or|and) )?(?:expunged|sealed|set aside)\b|"
    r"\brecord (?:thereof|of (?:the )?(?:conviction|judgment)) (?:has|have|had) been (?:\w+,? (?:or|and) )?(?:expunged|sealed|set aside)\b|"
    r"\b(?:an?|the|any) (?:expunged|sealed) (?:case|matter)\b|"
    # ("Where the record of the conviction, or the evidence in the case, has been destroyed, expunged or sealed")
    r"\brecord of (?:the )?(?:conviction|judgment)\b[^.;]{0,60}\b(?:has|have|had) been (?:\w+,? )*(?:or |and )?(?:expunged|sealed|set aside)\b"
)
"""The cleared judgment named as what may not be attacked ("the judgment so expunged"; "a person whose conviction has
been expunged, set aside, or sealed"; "whose conviction hath been pardoned or expunged")."""
DOOR_SHUT = (
    r"\bmore than (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?|days?)\b|"
    r"\bafter\b[^.;]{0,80}\b(?:years?|months?|days?|final|expired|expiration)\b|"
    r"\blimitations? period\b|\bperiod of limitations?\b|\buntimely\b|\bexpired\b|\b(?:second|successive|subsequent)\b|\b(?:presented|decided) in (?:a |an |the )?(?:prior|previous|earlier) (?:application|petition|motion)\b|"
    r"\bafter (?:it|the time|the period|that time|that period) has (?:run|expired|elapsed|passed)\b|"
    # ("any motion filed after the period provided in subsection (3)"; "once the sentence ... has been fully served")
    r"\b(?:filed|brought|made) after the (?:time|period|deadline)\b|\bsentence\b[^.;]{0,60}\b(?:has been|is|was) (?:fully )?(?:served|discharged|completed)\b|"
    r"\b(?:motions?|petitions?|applications?)\b[^.;]{0,20}\bnot (?:filed|brought|made) within\b|"
    r"\b(?:grounds?|claims?|issues?)\b[^.;]{0,40}\b(?:been|is|are|was|were) (?:waived|forfeited)\b|\bforfeited (?:grounds?|claims?|issues?)\b|"
    r"\bcould have been (?:raised|presented|asserted),? (?:in|on|at|before)\b|"
    r"\bafter the (?:expiration of the |end of the |close of the )?term\b|\b(?:completion|expiration|discharge) of (?:the )?sentence\b|"
    r"\bdischarged from (?:the |his |her |their )?sentence\b|"
    r"\b(?:no longer|not) (?:\w+ )?(?:in custody|confined|imprisoned|incarcerated|restrained)\b|"
    r"\bwhile\b[^.;]{0,60}\bin (?:\w+ )?custody\b|"
    r"\bsentence\b[^.;]{0,60}\b(?:has|have|had) (?:expired|ended|been (?:fully )?(?:served|discharged|completed))\b|"
    r"\b(?:has|have|had) (?:fully )?(?:completed|served|discharged) (?:the|his|her|their|its) sentence\b|"
    + CLEARED_JUDGMENT
)
"""What shuts the door: time gone by, an earlier challenge, a ground waived or not raised before, a sentence served
out ("no longer confined"; "available only while ... in custody"), or the record's relief itself ("... whereby the
judgment so expunged might be examined")."""
DOOR_KEPT = (
    r"\b(?:not|never) (?:be )?(?:dismissed|barred|precluded)\b|\bregardless of\b|\bat any time\b|"
    # (a refusal refused: "No court shall decline to hear a motion to vacate ... on the ground that ... the record ... has
    # been sealed")
    r"\bno (?:\w+ ){0,3}courts?\b[^.;]{0,40}\b(?:shall|may|will)\b[^.;]{0,20}\b(?:decline|refuse)\w*\b|"
    r"\b(?:shall|may|must) not (?:decline|refuse)\w*\b|"
    r"\bnotwithstanding\b[^.;]{0,80}\b(?:time|limit|expired|served|discharged|custody)|"
    r"\bnot (?:be )?(?:considered|deemed|treated|regarded) (?:as )?an? (?:second|successive|subsequent)\b|"
    r"\beven (?:if|though|where|when)\b[^.;]{0,40}\b(?:prior|previous|earlier|first)\b|"
    # (a ground kept for facts the person could not have had: "unless the court finds that the ground rests on facts that
    # were not reasonably available to the petitioner at the time"; "... and could not, in the exercise of due diligence,
    # have been presented earlier")
    r"\bunless\b[^.;]{0,240}\b(?:not (?:reasonably )?(?:available|discoverable|known)|could not(?:,[^,.;]{0,60},)? "
    r"(?:reasonably )?have been (?:discovered|known|raised|presented))\b|"
    # (or excused for cause: "shall be dismissed, unless the petitioner shows that the failure ... was caused by
    # circumstances beyond the petitioner's control")
    r"\bunless\b[^.;]{0,100}\b(?:good cause|excusable neglect|beyond (?:the )?(?:\w+['’]s )?control|cause (?:is )?shown|shows? cause)\b|"
    # (or kept for whoever still bears the conviction's weight: "unless the person remains subject to a collateral
    # consequence of the conviction")
    r"\bunless\b[^.;]{0,80}\bcollateral consequences?\b|"
    # (or kept for the claims that matter: "except a petition that alleges (a) that the conviction was obtained in
    # violation of the constitution ... or (b) that the court failed to give the advisement")
    r"\bexcept (?:a |an |any )?(?:petitions?|motions?|applications?|claims?)\b[^.;]{0,30}\b(?:alleg|assert|rais|claim)\w*\b[^.;]{0,120}"
    r"\b(?:constitution\w*|in violation of|advis\w*|advice|immigration)\b|"
    # (a time counted from the immigration case, which keeps the door open until the person learns of it: "more than
    # two years after the defendant has been served with a notice to appear in removal proceedings")
    r"\b(?:after|from|of)\b[^.;]{0,60}\b(?:notice to appear|removal proceedings?|(?:learn|discover|know)\w* (?:of )?(?:the )?"
    r"(?:immigration|removal))"
)
"""The door kept open whatever the time or custody ("shall lie, notwithstanding that ... the sentence has been fully
served"; "may be brought at any time"), or a later filing kept from counting as a successive one ("shall not be
considered a successive petition, even if a prior petition ... has been filed")."""
NOT_A_CHALLENGE = (
    r"\b(?:compensation|damages|indemni\w*|tort)\b|\b(?:merely|solely|simply) (?:because|on the ground)\b"
)
"""A late claim for money ("Any claim for compensation filed after the two-year deadline shall be dismissed"), no
challenge to the conviction; nor a reason that is not one by itself ("Relief may not be granted under this rule merely
because the movant ... has completed the sentence")."""
RECORD_RELIEF = (
    r"^(?!.*(?:"
    + CLEARED_JUDGMENT
    + r")|.*\b(?:whether or not|even (?:if|though|where))\b[^.;]{0,80}\b(?:sealed|expunged|set aside|cleared)\b|"
    r".*\b(?:sealing|expungement|expunction)\b[^.;]{0,80}\bends?\b[^.;]{0,80}\bwrit\b)"
    r".*\b(?:seal|expung|expunct|eras|shield|nondisclos)\w*"
)
"""Relief for the record, whose own time limits say nothing of a challenge to the conviction (unless the bar names the
cleared judgment as what may not be attacked)."""
UNDER_THIS_RULE = (
    r"\b(?:courts?|judges?)\b (?:may|shall|must|will) not (?:extend|enlarge)\b[^.;]{0,20}\btime (?:for|to|within which to) "
    r"(?:mak|fil|bring|serv)\w* (?:a |any |the )?motions? (?:under|pursuant to) this (?:rule|section|article|subsection)\b"
)
"""A court that may not extend the time for "a motion under this Rule", where the rule is one for a new trial, a plea's
withdrawal or a judgment set aside (the rule names its motion apart from the bar)."""
MOTION_AFTER_JUDGMENT = (
    r"\bnew trial\b|\barrest(?:ing)? (?:of )?judgment\b|\bwithdraw\w* (?:the |a |his |her |their )?(?:guilty )?plea\b|\bplea to be withdrawn\b|"
    r"\b(?:vacate|set aside) (?:the |a |an |any )?(?:\w+ ){0,2}(?:judgment|conviction)s?\b"
)
VALIDITY_NOT_QUESTIONED = (
    r"\bno (?:\w+ )?(?:actions?|proceedings?|motions?|petitions?|applications?|writs?)\b[^.;]{0,80}\bto (?:question|challenge|attack|"
    r"test|contest|impeach)\b[^.;]{0,30}\bvalidity of (?:the|a|any|such) (?:\w+ )?(?:convictions?|judgments?|pleas?)\b[^.;]{0,120}"
    r"\b(?:shall|may) (?:thereafter )?(?:be )?(?:brought|maintained|commenced|instituted|filed|entertained|heard|lie)\b"
)
"""Any challenge to the conviction's validity barred outright ("no action or proceeding to question the validity of the
conviction, the plea or the sentence shall be brought or maintained in any court"), whatever the time or ground."""
NO_COURT_SHALL_REVIEW = (
    r"\bno (?:\w+ ){0,3}courts?\b[^.;]{0,40}\b(?:shall|will|may) have (?:any )?(?:jurisdiction|power|authority)(?: thereafter)? to "
    r"(?:review|vacate|set aside|reopen|disturb|modify)\b[^.;]{0,60}\b(?:judgments?|convictions?|pleas?)\b"
)
"""No court given power to undo the judgment at all ("no court of this State shall have jurisdiction thereafter to
review, vacate or set aside such judgment on any ground other than a want of jurisdiction")."""
TIME_NOT_EXTENDED = (
    r"\btime\b[^.;]{0,60}\b(?:may|shall) not be (?:extended|enlarged)\b[^.;]{0,20}\bby the court\b"
    r"(?![^.;]*\b(?:unless|except)\b)(?![^.;]*\b(?:good cause|excusable neglect)\b(?! shall not apply))"
)
"""The time for a motion after judgment that the court may not enlarge, in the passive ("The time fixed under subdivision
(b) may not be extended by the court once it has expired, whatever the cause of the delay")."""
COUNSEL_WITHDRAWING = r"\bmotions? to withdraw\b(?! (?:a |the |his |her |their )?(?:guilty )?plea)"
"""Counsel's motion to withdraw from a case, not a defendant's to withdraw a plea."""

EXCLUSIVE_ROUTE = (
    r"\b(?:sole|exclusive|only)\b(?: and (?:sole|exclusive))? (?:means|remed(?:y|ies)|procedure|method|manner|way|avenue|vehicle)\b"
    r"[^.;]{0,80}\b(?:challeng|attack|review|relief|test|contest|collateral|question)\w*|"
    r"\b(?:supersedes?|replaces?|takes? the place of)\b[^.;]{0,40}\b(?:all|any|every)\b[^.;]{0,60}\b(?:remed(?:y|ies)|writs?)\b"
)
"""One route made the only way to attack a conviction ("the exclusive means of challenging a judgment rendered upon
conviction"; "supersedes all common law remedies")."""
NOT_EXCLUSIVE = r"\bnot (?:\w+ ){0,2}(?:the )?(?:sole|exclusive|only)\b|\bin addition to\b|\bcumulative\b|\bnon-?exclusive\b"
"""A remedy said to be one among others ("is not the exclusive remedy"; "in addition to any other remedy")."""
NARROWED = (
    r"\b(?:grounds?|claims?|issues?)\b[^.;]{0,120}\b(?:not (?:previously )?raised|could (?:reasonably )?have been (?:raised|presented|"
    r"asserted)|(?:is|are|was|were|be|been|deemed) waived|forfeited|finally (?:litigated|adjudicated))\b|"
    r"\bprior adjudication\b[^.;]{0,120}\bconclusive\b|\bbarred from (?:asserting|raising)\b|"
    r"\b(?:only|solely) (?:by |to |for )?(?:a |an |any )?(?:person|prisoner|defendant|petitioner|applicant|movant)s? (?:who (?:is|are) )?"
    r"(?:in (?:actual )?custody|imprisoned|incarcerated|serving (?:a|the) sentence|(?:presently |actually )?restrained)\b|"
    # (or a remedy given in the same words to those held alone: "Any person who is imprisoned ..., or who is on parole
    # ..., and who claims ... may file a petition")
    r"^\W*(?:\(\w{1,4}\)\s*)*(?:any|a) (?:person|prisoner|defendant)s? who (?:is|are) (?:imprisoned|in (?:actual )?custody|incarcerated|"
    r"confined|(?:presently |actually )?restrained)\b[^.;]{0,500}\bmay (?:file|move|petition|apply|bring|seek|make)\b"
)
"""What the one route leaves out: grounds not raised before, or already decided, or a person no longer held. The only
route, so narrowed, shuts the court's door to a later challenge (a bare exclusivity clause moves the remedy and is no
bar)."""

THEREAFTER_REFUSED = (
    r"\bno (?:\w+ ){0,3}courts?\b[^.;]{0,40}\b(?:shall|may) (?:thereafter|then|afterwards?|after that|henceforth) "
    r"(?:entertain|hear|consider|receive|act (?:up)?on|grant)\b|"
    r"\b(?:is|are|shall be) without (?:jurisdiction|power|authority) (?:thereafter|then|afterwards?|henceforth) to "
    r"(?:entertain|hear|consider|receive|act (?:up)?on|grant)\b"
)
"""No court to hear a filing "thereafter": after the order the law has just described ("Upon the entry of the order, the
criminal case is extinguished for all purposes. The clerk shall close the file, and no court of this State shall
thereafter entertain any motion ... addressed to the judgment, the plea or the sentence")."""
CLEARING_ORDER = r"\b(?:orders? (?:of|for) (?:expungement|expunction|sealing|erasure)|(?:expungement|expunction|sealing|erasure) orders?)\b"

KEPT = (
    *(kept for kept in JURISDICTION_KEPT if kept != OVER_PERSON_ONLY),
    r"^(?!.*(?:" + CLEARED_JUDGMENT + r"|\bno longer\b)).*(?:" + OVER_PERSON_ONLY + ")",
)
"""Jurisdiction kept, where a discharge from probation is one more door shut when the bar also names the cleared
judgment or custody ended ("unavailable to any person who ... is no longer in custody ..., has been finally discharged
from parole or probation, or has had the record of the conviction sealed")."""

RULES: tuple[Rule, ...] = (
    Rule(
        "court-jurisdiction",
        "against",
        (REFUSED, FILING, DOOR_SHUT),
        elsewhere=(POST_CONVICTION_LAW,),
        unless=(
            *KEPT,
            FOR_SEALING,
            CIVIL_CASE,
            DOOR_KEPT,
            SAME_GROUNDS,
            RECORD_RELIEF,
            COUNSEL_WITHDRAWING,
            NOT_A_CHALLENGE,
        ),
        unless_before=(CIVIL_CASE,),
    ),
    Rule(
        "court-jurisdiction",
        "against",
        (VALIDITY_NOT_QUESTIONED,),
        unless=(*KEPT, FOR_SEALING, CIVIL_CASE, DOOR_KEPT),
    ),
    Rule(
        "court-jurisdiction",
        "against",
        (UNDER_THIS_RULE,),
        elsewhere=(MOTION_AFTER_JUDGMENT,),
        unless=(
            *JURISDICTION_KEPT,
            r"\bgood cause\b|\bexcusable neglect\b|\bexcept\b|\bunless\b",
            RECORD_RELIEF,
            CIVIL_CASE,
        ),
        unless_before=(CIVIL_CASE,),
    ),
    Rule("court-jurisdiction", "against", (NO_COURT_SHALL_REVIEW,), unless=(*KEPT, FOR_SEALING, CIVIL_CASE)),
    Rule(
        "court-jurisdiction",
        "against",
        (TIME_NOT_EXTENDED,),
        elsewhere=(MOTION_AFTER_JUDGMENT,),
        unless=(*JURISDICTION_KEPT, RECORD_RELIEF, CIVIL_CASE),
        unless_before=(CIVIL_CASE,),
    ),
    Rule(
        "court-jurisdiction",
        "against",
        (THEREAFTER_REFUSED, FILING, r"\b(?:judgments?|convictions?|pleas?|sentences?)\b"),
        elsewhere=(CLEARING_ORDER,),
        unless=(*KEPT, FOR_SEALING, CIVIL_CASE, DOOR_KEPT, COUNSEL_WITHDRAWING, NOT_A_CHALLENGE),
    ),
    Rule(
        "court-jurisdiction",
        "against",
        (EXCLUSIVE_ROUTE, r"\b(?:convict\w*|judgments?|sentences?|custody|restraint)\b"),
        elsewhere=(NARROWED,),
        unless=(*KEPT, FOR_SEALING, CIVIL_CASE, NOT_EXCLUSIVE),
        yields=True,
    ),
)
