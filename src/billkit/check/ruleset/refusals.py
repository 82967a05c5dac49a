"""Rules for a court's power over a conviction refused in words the other court-power rules do not read: the old
writs that "do not lie" or "shall not issue", a court "powerless" once the sentence is served, a court that "shall
not accept, hear, or act upon any motion" in a case closed by its sealing, an objection "forfeited" that no judge
may thereafter rule on, a petition from one "no longer confined" that the court shall not entertain, a second
petition barred without leave, a petitioner who "has already sought relief" dismissed summarily, a judgment made
"conclusive" that "shall not be reopened ... in any court", and a dismissal of a challenge that "is not appealable".
Each shuts out a noncitizen who learns of a plea's defect only when an immigration case begins; each has a neighbour
it must leave alone (a writ refused because a motion now does its work, a power kept over probation or the sealing
order, a bar on repeating a ground already decided)."""

from __future__ import annotations

from ..vocabulary import CIVIL
from .court_power import JURISDICTION_KEPT
from .finality import EXCEPT_CHALLENGE, GUILTY_PLEA, RELIEF_ORDER, TURNED_TO_KEEP
from .rule import Rule
from .time_bars import FOR_SEALING, POST_CONVICTION_LAW

REPLACED = (
    r"\b(?:shall|may|must) be (?:sought|obtained|had|brought|made|pursued)\b|\binstead\b|\bin (?:lieu|place) of\b|"
    r"\breplaced\b|\bsupersed\w*|\bby motion (?:as|under|pursuant)\b|\b(?:where|if|when)\b[^.;]{0,80}\b(?:is available|could be raised|may be "
    r"raised)\b|\bshall (?:file|bring|seek)\b[^.;]{0,40}\b(?:petition|motion|application)\b|"
    r"\bmay (?:move|petition|apply|file)\b[^.;]{0,60}\b(?:to vacate|to set aside|to withdraw|for post-?conviction)"
)
"""A writ refused because a motion now does its work ("relief ... shall be by motion as prescribed in these rules"; "does
not lie where the claim could be raised under this chapter; a person with such a claim shall file a petition"; "It
supersedes the writs of error coram nobis and audita querela, which shall not issue"): the door is moved, not shut."""
NOT_SO = (
    r"\b(?:on the ground|by reason|for the reason) that\b|\bbecause\b|\bnothing\b[^.;]{0,80}\b(?:construed|deemed|read)\b|"
    r"\b(?:does|do|shall) not mean\b|\b(?:is|are) not powerless\b"
)
"""The refusal named only to be denied ("may not be dismissed on the ground that the writ does not lie"; "Nothing ...
shall be construed to mean that the writ ... does not lie"; "does not mean that the court is powerless")."""
COURT = r"\b(?:courts?|judges?|tribunals?|(?:trial|criminal|district|superior) divisions?)\b"
"""The court addressed, by any of its names ("the trial division shall not consider a motion")."""
RELEASED = r"\b(?:no longer|not|not then) (?:confined|imprisoned|incarcerated|detained|in (?:\w+ )?custody|serving (?:the|a|any) sentence)\b"
"""A person out of confinement ("a person who ... is no longer confined under the sentence")."""

SEALED_CASE = r"\b(?:seal(?:ed|ing)|expung\w*|expunct\w*|set[- ]aside|annul\w*|eras(?:ed|ure))\b|\bclosed for all purposes\b"
"""A case closed by the record's relief (not any word of relief: "dismiss" names an ordinary pretrial motion)."""

CHALLENGED = r"papers?|requests?|claims?|motions?|petitions?|applications?|pleadings?|filings?|writs?"
"""What a person files to challenge a conviction."""
LATER_CHALLENGE_FILED = (
    r"\b(?:withdraw\w* (?:the |a |his |her |their )?plea|post-?conviction|habeas|coram nobis|new trial|relief from (?:a |the )?"
    r"(?:judgment|conviction))\b|\b(?:to|seeks? to|seeking to|that seeks to) (?:\w+,? (?:or |and )?){0,3}(?:vacate|set aside|reopen|"
    r"disturb|annul|invalidate|attack|challenge)\b[^.;]{0,40}\b(?:judgments?|convictions?|pleas?|verdicts?)\b"
)
"""The challenge the filing makes ("a request to withdraw the plea"; "any paper that seeks to disturb the conviction"),
not a conviction named only as one "vacated" already."""
BARRED_COURT = (
    r"(?:\bno "
    + COURT
    + r"[^.;]{0,60}?\b(?:shall|may|will|can)\b|(?:"
    + COURT
    + r"|\bclerks?\b)[^.;]{0,60}?\b(?:shall|may|must|will) "
    r"(?:not|decline to|refuse to)\b)(?: thereafter| then| afterwards?)?(?:,? (?:or |and )?(?:receive|accept(?: for filing)?|file|act (?:up)?on|"
    r"take cognizance of|entertain|hear|consider|grant|reconsider|reopen|set aside|vacate|disturb|annul)\b)+"
    r"(?:[^.;]{0,40}?\b(?:a|an|any|the|such)\b[^.;]{0,30}?\b(?:"
    + CHALLENGED
    + r")\b[^.;]{0,160}?(?:"
    + LATER_CHALLENGE_FILED
    + r")|"
    r"(?: (?:or|and) \w+)*,? (?:a |an |any |the |that |such )?(?:judgments?|convictions?|pleas?|verdicts?)\b(?! (?:that|which) (?:has|have) been))"
)
"""A court (or its clerk) told not to take up a later challenge to the conviction, its verb right after the bar ("no court of
the Commonwealth shall receive, file or act upon any paper that seeks to disturb the conviction"; "The district courts
... shall decline to reconsider, reopen or set aside a judgment of conviction"), not a use bar on a conviction already
cleared ("A court shall not consider for any purpose a conviction that has been vacated")."""
FOR_GOOD = (
    r"\bin any other (?:form|manner|way|proceeding)\b|\bby whatever name\b|\bof any kind\b|\bfor any purpose\b|"
    r"\bhowever (?:styled|named|captioned|denominated|called)\b|\b(?:after|from|on and after) (?:that|such) (?:day|date)\b|"
    r"\b(?:once|after|when|upon)\b[^.;]{0,60}\b(?:sentence|probation|term|supervision)\b[^.;]{0,40}\b(?:(?:is|has been|was|have been) )?"
    r"(?:fully )?(?:completed|served|discharged|expired|ended|satisfied)\b"
)
"""A bar that holds for good: whatever the filing is called ("a request of any kind"; "in any other form"), or once the
sentence is done ("once the sentence imposed under it is completed"; "After that day")."""
NO_FILING = r"(?:motions?|petitions?|pleadings?|papers?|filings?|applications?|requests?)\b"
"""What a closed case may not receive."""

CONDITIONED = (
    r"\buntil\b|\bwithout (?:first |a |an |prior )?(?:\w+ing|hearing|notice)\b|\bsame (?:conviction|judgment|offense|charge)\b|"
    r"\bfor (?:a period of )?(?:\w+ )?(?:\(\d+\) )?(?:years?|months?|days?)\b|\b(?:has been|was|is) denied\b|"
    r"\bfor (?:the )?(?:failure|want|lack|omission)\b|\bby reason (?:only )?of\b|\bsole(?:ly)?\b|\bmerely\b|\bonly because\b"
)
"""A bar that is only a step, a wait or one ground ("without first holding a hearing"; "for one year" after a denied
set-aside petition; "for the failure of the court to advise the defendant of the fees"): the door stays open."""
SEALED_ONLY = r"\b(?:seal(?:ed|ing)|expung\w*|expunct\w*|annul\w*|eras(?:ed|ure))\b|\bset-asides?\b|\bclosed for all purposes\b"
"""A record's relief named where "set aside" may be the very thing the court is barred from doing to the conviction."""

LEAVE_GATE = (
    r"(?:\b(?:within|in|at) the discretion of the [\w ]{0,40}?courts?(?: of appeals)?\b[^.;]{0,20}\bto (?:entertain|hear|accept) "
    r"(?:an? |the |any )?(?<!court of )appeals?\b|\bappeals?\b[^.;]{0,100}\b(?:shall|must) be (?:taken |made |brought )?(?:only )?by "
    r"(?:an? )?(?:application|petition) (?:for (?:leave|permission)|in the nature of a petition)\b|\bappeals?\b[^.;]{0,100}\b(?:shall|may) "
    r"(?:be taken|lie) only (?:by|with) (?:leave|permission)\b)"
)  # fmt: skip
"""Review only if the appellate court grants leave or chooses to hear the appeal."""
NOT_THE_GATE = (
    r"\bof right\b|\bout of time\b|\blate\b|\bafter (?:that|the|such) time\b|\bmore than \w+ (?:\(\d+\) )?days\b|\bfiled after\b|"
    r"\bdelay\b|\bexcusable\b|\bgood cause\b|\bsupreme court\b|\bcourt of last resort\b|\bcertiorari\b|"
    r"\b(?:decisions?|judgments?) of the court of appeals\b|\ben banc\b|\bpanels?\b|\bshall be granted\b|\bshall grant leave\b|"
    r"\bas of course\b"
)  # fmt: skip
"""Leave that is no gate: a late appeal's route beside one of right, a second tier of review after one, the court's
discretion over how it hears appeals, or leave that must be granted."""
CRIMINAL = r"\b(?:convict\w*|criminal|new trial|sentence[sd]?|guilty|probation)\b"


RULES: tuple[Rule, ...] = (
    # The old writs refused outright ("The writ of error coram nobis does not lie in the courts of the Virgin Islands";
    # "The writs of coram nobis and audita querela ... shall not issue from any court of Guam"), or habeas corpus refused
    # as a test of the conviction ("The writ of habeas corpus does not lie to test the validity of a judgment of
    # conviction").
    Rule("court-jurisdiction", "against",
         (r"\b(?:coram nobis|audita querela)\b[^.;]{0,80}\b(?:does|do|shall|will|may) not (?:lie|issue)\b|"
          r"\bhabeas corpus\b[^.;]{0,40}\b(?:does|do|shall|will|may) not (?:lie|issue)\b[^.;]{0,20}\bto (?:test|attack|challenge|question|"
          r"review|inquire into)\b[^.;]{0,40}\b(?:judgments?|convictions?)\b|"
          # ... or refused to one no longer held ("The writ of habeas corpus ... shall not lie on behalf of a person who, at the
          # time the petition is filed, is not detained under the sentence")
          r"\bhabeas corpus\b[^.;]{0,60}\b(?:does|do|shall|will|may) not (?:lie|issue|run)\b[^.;]{0,20}\b(?:on behalf of|for|in favou?r "
          r"of)\b[^.;]{0,80}" + RELEASED,),
         # (it gives way to a grant of the court's power elsewhere: "(a) The writ of error coram nobis does not lie ...
         # (b) A motion under this chapter to vacate a conviction may be filed at any time")
         unless=(REPLACED, NOT_SO, *JURISDICTION_KEPT), yields=True),
    # A court left powerless once the sentence is served ("Once every part of a sentence ... has been completed, ... the
    # courts of the commonwealth shall be powerless to revise, revoke, vacate or set aside the judgment").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,60}\b(?:shall be|are|is|becomes?|become) (?:wholly )?powerless to\b[^.;]{0,40}\b(?:vacate|set aside|reopen|revise|"
          r"modify|disturb)\b[^.;]{0,40}\b(?:judgments?|convictions?|pleas?)\b",),
         unless=(EXCEPT_CHALLENGE,
                 FOR_SEALING, NOT_SO)),
    # A case the sealing closes, the court barred from taking any motion in it ("From the date of the sealing order, the
    # case stands closed for all purposes. The municipal court shall not thereafter accept for filing, hear, or act upon
    # any motion in the case, including a motion to withdraw a plea or to vacate the judgment").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,20}\b(?:shall|may|will) not (?:thereafter |afterwards? |then )?(?:(?:accept(?: for filing)?|receive|hear|"
          r"entertain|consider|act (?:up)?on|rule on|docket)(?:,? (?:or |and )?)?){1,4}\b[^.;]{0,20}\bany (?:motion|petition|application|"
          r"writ|filing|paper)s?\b[^.;]{0,40}\b(?:in (?:the|that|such) (?:case|matter|proceeding)|relating to (?:the|that) (?:case|"
          r"conviction|judgment))\b",
          SEALED_CASE),
         window=2,
         # (not a bar on others' motions to unseal, nor one that lasts until a fee is paid)
         unless=(EXCEPT_CHALLENGE,
                 r"\bother than the (?:defendant|person|petitioner)\b|\bany motions?\b[^.;]{0,20}\bto unseal\b|\buntil\b", FOR_SEALING, *JURISDICTION_KEPT)),
    # An objection not raised in a short time forfeited, and the judge told not to rule on it after ("An objection to a
    # judgment ... that is not made by a motion under subsection (a) ... is forfeited. The municipal judge shall not
    # thereafter receive or rule on any motion, letter or petition that raises the objection").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,20}\b(?:shall|may|will) not (?:thereafter |afterwards? |then )?(?:(?:accept|receive|hear|entertain|consider|"
          r"act (?:up)?on|rule on)(?:,? (?:or |and )?)?){1,3}\b[^.;]{0,20}\bany\b[^.;]{0,60}\b(?:raises?|asserts?|presents?|makes?)\b"
          r"[^.;]{0,20}\b(?:objections?|claims?|grounds?|issues?)\b",
          r"(?<!not )(?<!not be )\b(?:forfeited|waived|abandoned)\b",
          r"\bjudgments?\b|\bconvict\w*"),
         # (not a pretrial waiver, nor a bar on a claim already decided)
         window=2, unless=(FOR_SEALING, r"\bbefore (?:trial|judgment|sentenc\w*|the plea)\b|\bindictment\b",
                           r"\b(?:already|previously) (?:decided|adjudicated|determined|raised)\b", *JURISDICTION_KEPT)),
    # A court barred from a petition by one no longer held under the sentence ("The Tribal Court shall not entertain a
    # petition under this Chapter from a person who, on the date the petition is filed, is no longer confined under the
    # sentence").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,20}\b(?:shall|may|will) not (?:entertain|consider|hear|grant) (?:a|an|any|the) (?:\w+ )?(?:petition|motion|"
          r"application)s?\b[^.;]{0,60}\b(?:from|by|on behalf of|of) (?:a |an |any )?(?:person|petitioner|applicant|defendant|movant|"
          r"prisoner)s?\b[^.;]{0,80}" + RELEASED,),
         elsewhere=(r"\b(?:convict\w*|judgments?|sentence)\b",),
         unless=(FOR_SEALING, r"\bwhether or not\b|\bnot (?:required to be |need to be )(?:confined|in (?:\w+ )?custody)\b",
                 r"\bobjection\b|\bto dismiss\b|\b(?:motion|request) (?:by|of) the (?:state|prosecut\w*|people)\b")),
    # A petition that must plead the person's custody ("one of the items a petition is required to allege is that the
    # person is actually in custody"; "The petitioner shall allege that he is imprisoned"): one whose sentence is served
    # has no court for a defect found later. Not custody named as a fact to report ("the facility where the petitioner
    # is confined"; "state whether the person is incarcerated"), nor a bail motion before judgment.
    Rule("court-jurisdiction", "against",
         (r"(?:\b(?:petitions?|applications?|motions?|petitioners?|applicants?|movants?)\b[^.;]{0,40}\b(?:shall|must|(?:is|are) required "
          r"to)\b[^.;]{0,20}\b(?:allege|show|aver|establish|demonstrate|prove|contain an allegation)|\b(?:shall|must) be (?:alleged|shown|"
          r"averred|established|demonstrated)\b)[^.;]{0,60}?\bthat (?:the |such )?(?:person|petitioner|applicant|defendant|movant|"
          r"prisoner|individual|he|she|he or she)\b[^.;]{0,20}?\b(?:is|are) (?:actually |presently |currently |then |now )?(?:in "
          r"(?:\w+ )?custody|confined|incarcerated|imprisoned|restrained)\b",),
         elsewhere=(r"\b(?:convict\w*|sentenced?|post-?conviction|habeas)\b",),
         unless=(FOR_SEALING, r"\b(?:need|does|do) not (?:need to )?(?:allege|show|aver|establish|demonstrate|prove)\b|\bnot required\b|"
                 r"\bwhether or not\b|\b(?:or|and) (?:was|has been)\b|\bpending (?:charges?|trial)\b|\bbail\b|\bpre-?trial\b|"
                 r"\bawaiting trial\b", *JURISDICTION_KEPT)),
    # ... or a court given power only over those still held under the sentence ("The circuit court has jurisdiction
    # under this Article only of a petition filed by a person who ... is imprisoned ... A petition by a person whose
    # sentence has been fully discharged shall be dismissed for want of jurisdiction").
    Rule("court-jurisdiction", "against",
         (r"\bjurisdiction\b[^.;]{0,40}\bonly (?:of|over|to hear|to consider) (?:a |an |any )?(?:petitions?|motions?|applications?)\b"
          r"[^.;]{0,40}\b(?:by|of|from) (?:a |any )?(?:persons?|petitioners?|applicants?|defendants?|prisoners?)\b[^.;]{0,60}\b(?:is|are) "
          r"(?:\w+ )?(?:imprisoned|incarcerated|confined|in (?:\w+ )?custody)\b|\b(?:petitions?|motions?|applications?)\b[^.;]{0,20}\bby "
          r"(?:a |any )?(?:persons?|petitioners?|applicants?|defendants?|movants?)\b[^.;]{0,40}\bwhose sentences? (?:has|have|had) "
          r"(?:been )?(?:fully )?(?:discharged|served|completed|expired)\b[^.;]{0,120}\b(?:shall|must|will) be dismissed\b",),
         elsewhere=(r"\b(?:convict\w*|sentenced?|post-?conviction|habeas)\b",),
         unless=(FOR_SEALING, *JURISDICTION_KEPT)),
    # A second petition barred whatever its ground, save with leave ("No person who has once sought postconviction relief
    # from a conviction may file another petition concerning the same conviction ... without first obtaining written
    # leave from the court of appeals"), or dismissed summarily ("Where the file shows that the petitioner has already
    # sought relief under Section 1080 of this title on any ground, ... the petition shall be dismissed summarily").
    Rule("court-jurisdiction", "against",
         (r"\bno (?:person|petitioner|defendant|applicant|one)\b[^.;]{0,80}\b(?:once|already|previously) (?:sought|filed|applied|obtained|"
          r"brought)\b[^.;]{0,80}\bmay (?:file|bring|make|present)\b[^.;]{0,20}\b(?:another|a second|a successive|a further|a subsequent|"
          r"a new) (?:petition|motion|application)s?\b|"
          r"\b(?:has|have) already (?:sought|applied for|filed for|obtained|pursued)\b[^.;]{0,20}\brelief\b[^.;]{0,200}\b(?:shall|must) be "
          r"(?:summarily dismissed|dismissed summarily)\b|"
          # ("if a person previously filed a postconviction petition ..., the person shall not file a subsequent petition
          # ... unless the person first applies for, and obtains, leave of the appropriate district court", Nev. S.B. 435)
          r"\b(?:previously|once|already) (?:filed|sought|brought)\b(?=[^.;]*\b(?:post-?conviction|habeas|coram|collateral (?:attack|relief))\b)[^.;]{0,300}\b(?:shall|may) not (?:file|bring|present)\b[^.;]{0,20}\b"
          r"(?:a |any )?(?:second|subsequent|successive|further|another|new) (?:petition|motion|application)s?\b[^.;]{0,200}\b"
          r"(?:unless|without|except)\b[^.;]{0,80}\b(?:leave|permission)\b",),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(r"\bsame (?:grounds?|claims?|issues?)\b(?![^.;]{0,20}\bconviction)|\bsimilar relief\b", FOR_SEALING, *JURISDICTION_KEPT,
                 r"\bleave shall be granted\b|\bshall grant leave\b|\bon (?:a|the) ground (?:raised|presented|asserted) in\b|"
                 r"\bas to (?:that|the|such) ground\b|\b(?:raised|decided|adjudicated|determined|litigated)\b[^.;]{0,20}\bin (?:the|an?|any) (?:earlier|prior|previous|first)\b")),
    # A judgment made conclusive and closed to any later proceeding in any court ("A judgment of conviction entered on a
    # plea made under a written plea agreement ... is conclusive. It shall not be reopened or set aside in any later
    # proceeding in any court").
    Rule("court-jurisdiction", "against",
         (r"\b(?:judgments?|convictions?)\b[^.;]{0,160}\b(?:is|are|shall be) (?:final and )?conclusive\b",
          r"\b(?:shall|may) not (?:\w+ )?be (?:reopened|set aside|vacated|attacked|challenged)\b[^.;]{0,60}\bin any (?:later |subsequent |"
          r"other |collateral )?(?:proceeding|court)\b"),
         # (not an order that vacated a conviction, or a finding, made conclusive; nor a judgment left open to a challenge
         # it names)
         window=2, unless=(FOR_SEALING, *JURISDICTION_KEPT,
                           r"\b(?:vacat\w*|set(?:ting)? aside|finding|order)\b[^.;]{0,80}\b(?:is|are|shall be) (?:final and )?conclusive\b",
                           r"\b(?:except|unless|other than)\b[^.;]{0,80}\b(?:post-?conviction|vacat|withdraw|habeas|coram)\w*")),
    # Review of a refused challenge taken away ("Notwithstanding ORS 138.650, a judgment dismissing a meritless petition is
    # not appealable"; "The order of dismissal shall not be appealable"), or open only with the trial judge's leave ("No
    # appeal may be taken from a judgment denying a petition for a new trial unless, within ten days ..., the judge ...
    # certifies"), in a law on challenges to the conviction.
    Rule("court-jurisdiction", "against",
         (r"\b(?:judgments?|orders?)\b (?:of dismissal|dismissing|denying)\b[^.;]{0,80}\b(?:is|are|shall) not (?:be )?appealable\b|"
          r"\bno appeal (?:may|shall) (?:be taken|lie)\b from (?:a|an|the|any) (?:judgment|order|decision)s? (?:denying|dismissing)\b"
          r"[^.;]{0,40}\b(?:petition|motion|application)s? for (?:a )?(?:new trial|post-?conviction relief|(?:a )?writ of habeas corpus)\b",),
         elsewhere=(POST_CONVICTION_LAW,),
         # (not a ruling reviewed later, or one that leaves the person free to file again)
         unless=(FOR_SEALING, *JURISDICTION_KEPT, r"\buntil\b|\bmay be reviewed\b|\bwithout prejudice\b|\bmay (?:re)?file\b|"
                 r"\bnew petition\b|\bby the (?:state|prosecut\w*|people)\b")),
    # A court shut out of any later challenge for good, whatever the filing is called or once the sentence is served ("After
    # the sentence has been served in full ..., no court of the Commonwealth shall receive, file or act upon any paper that
    # seeks to disturb the conviction"; "No court of this state shall entertain a claim for relief from a conviction in any
    # other form, including ... a petition for a writ of coram nobis").
    Rule("court-jurisdiction", "against", (BARRED_COURT, FOR_GOOD + "|" + SEALED_ONLY),
         unless=(r"\b(?:unless|except|save|other than)\b", NOT_SO, TURNED_TO_KEEP, FOR_SEALING, CONDITIONED, *JURISDICTION_KEPT,
                 r"\b(?:second|successive|subsequent|another)\b|\b(?:already|previously) (?:decided|adjudicated|determined|raised)\b")),
    # A case its sealing closed that takes no further filing ("The Court shall accept no further motion, petition or other
    # pleading in a closed case"; "no motion, application or other paper ... referring to the sealed charge shall be
    # received or acted upon"): not an outsider's request to open the file, and it gives way to a saving of the later
    # challenge beside it ("This subsection does not apply to a motion attacking the conviction").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,40}\b(?:shall|may|will) (?:accept|receive|entertain|hear|consider|docket|file) no (?:further |other |more |new )?"
          + NO_FILING + r"[^.;]{0,60}\bin (?:a|the|that|any) (?:closed|sealed) (?:case|matter|file)\b|\bno (?:further |other |more |new )?"
          + NO_FILING + r"[^.;]{0,60}\b(?:in|bearing|referring to|relating to|concerning|directed at) (?:that|the|such|a) (?:\w+ ){0,2}(?:case|"
          r"charge|conviction|judgment|matter)\b[^.;]{0,80}\b(?:shall|may|will) be (?:received|accepted|filed|docketed|acted (?:up)?on|"
          r"entertained|heard|considered)\b",
          SEALED_CASE + r"|\bclosed (?:case|matter|file)\b"),
         elsewhere=(r"\bconvict\w*|\bcriminal\b|\bguilty\b|\bcharges?\b(?! (?:a|an|any|the|no) (?:\w+ )?(?:fees?|costs?|rent))|\boffen[cs]es?\b|"
                    r"\bprosecut\w*",), yields=True,
         unless=(EXCEPT_CHALLENGE, r"\bother than the (?:defendant|person|petitioner)\b|\bto unseal\b|\buntil\b",
                 r"\b(?:to open|to inspect|for access|access to|to examine|to view)\b|\blaw enforcement\b|\bthird part(?:y|ies)\b",
                 r"\bmay be (?:filed|brought|made|heard)\b[^.;]{0,20}\bat any time\b|\b(?:but|except)\b[^.]{0,100}\b(?:attack|challeng|vacat|"
                 r"withdraw|unlawful|invalid)\w*",
                 r"\b" + NO_FILING + r"(?:for|to) (?:an? |the )?(?:order (?:of|for|to) )?(?:seal|expung|expunct|set[- ]aside|shield|nondisclos|"
                 r"eras|annul)\w*", NOT_SO, *JURISDICTION_KEPT)),
    # A plea or judgment that may not be undone in any proceeding in any court ("the plea may not be withdrawn, and the
    # judgment may not be vacated, modified or set aside, in any proceeding in any court of this state"), or "by any court".
    Rule("court-jurisdiction", "against",
         (r"\b(?:pleas?|judgments?|convictions?)\b[^.;]{0,60}\b(?:may|shall|must) not (?:thereafter |afterwards? )?be (?:\w+,? (?:or |and )?)"
          r"{0,3}(?:withdrawn|vacated|set aside|reopened|disturbed|attacked|challenged|annulled)\b[^.;]{0,80}\b(?:in any (?:\w+ )?"
          r"(?:proceeding|court|action|forum)|by any court)\b",),
         # (not a conviction kept from a set-aside "under this section", which is the relief's eligibility; not the relief's
         # own order or a civil judgment made final; not one ground refused)
         unless=(r"\b(?:unless|except|other than|save)\b|\b(?:under|pursuant to) this (?:section|chapter|act|article|part|subchapter)\b",
                 RELIEF_ORDER,
                 CIVIL, CONDITIONED, FOR_SEALING, NOT_SO, *JURISDICTION_KEPT)),
    # A court divested of jurisdiction over the case when the relief becomes final ("On the date an order of expunction
    # becomes final, the court in which the criminal action was pending or was tried is divested of jurisdiction over the
    # action").
    Rule("court-jurisdiction", "against",
         (COURT + r"[^.;]{0,100}?\b(?:is|shall be|becomes|are) (?:thereupon |then |thereafter )?divested of (?:all |its |further )?jurisdiction\b",
          SEALED_ONLY),
         unless=(r"\bappeal\b|\bno (?:court|judge)s?\b", NOT_SO, *JURISDICTION_KEPT)),
    # No appeal from a judgment on a plea, the plea named first ("When a defendant has tendered a plea of guilty ... and
    # judgment entered upon it, no appeal shall lie from that judgment"), the later challenge not kept beside it.
    Rule("court-jurisdiction", "against",
         (GUILTY_PLEA + r"[^.;]{0,200}\bno appeal (?:lies|(?:shall|may|will) (?:be taken|lie|be allowed|be had))\b",),
         unless=(r"\b(?:unless|except)\b|(?:;|\bbut\b)[^.]{0,160}\b(?:motion|petition|post-?conviction|habeas|withdraw|challenge)\w*",)),
    # Review of a conviction open only if the appellate court chooses to hear it ("All appeals taken in cases specified in
    # subsection (a) ... shall be by application in the nature of a petition enumerating the errors"): a leave gate on a
    # conviction's review, the only route the text gives that class (the class named in the gate's own sentence) ...
    Rule("court-jurisdiction", "against",
         (LEAVE_GATE,
          r"\b(?:convict\w*|criminal (?:judgments?|cases?|matters?)|offen[cs]es?|misdemeanou?rs?|felon(?:y|ies)|post-?conviction|guilty|"
          r"new trial)\b|\bcases? (?:specified|listed|enumerated|described|set out) in\b"),
         elsewhere=(CRIMINAL,), yields=True,
         # (not a civil, family, juvenile, administrative or parole matter; not the State's appeal, an interlocutory or
         # certified one, or one from a sealing order)
         unless=(CIVIL, *JURISDICTION_KEPT, FOR_SEALING,
                 r"\bsmall claims\b|\b(?:domestic|parental|juvenile|delinquen\w*|administrative|agency|parole|board|family|custody|divorce)\b",
                 r"\b(?:by|of) the (?:state|people|commonwealth|government)\b|\bprosecut\w*|\b(?:district|state's|county|city) attorney|\bsolicitor\b",
                 r"\binterlocutory\b|\bbefore (?:final )?judgment\b|\bpre-?trial\b|\bsuppress\w*|\bcertif\w*|\b(?:seal|expung|expunct|nondisclos)\w*",
                 NOT_THE_GATE)),
    # ... or in the list the gate's sentence leads ("It shall be within the discretion of the Crow Court of Appeals to
    # entertain appeals in the following cases: 1) Conviction of any traffic offense"), among other classes.
    Rule("court-jurisdiction", "against",
         (LEAVE_GATE + r"[^.;]{0,40}\bin the following (?:cases|matters)\b:\s+(?:\(?\w{1,3}[.)]\s*)?"
          r"(?:the )?(?:appeals? from )?(?:an? |any )?(?:convictions?|criminal (?:judgments?|cases?))\b",),
         window=2, yields=True, unless=(NOT_THE_GATE, r"\b(?:by|of) the (?:state|people|commonwealth|government)\b|\bprosecut\w*")),
)  # fmt: skip
