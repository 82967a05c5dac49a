"""Rules for a later challenge to the conviction shut out whatever the record's relief: by time, by an earlier
challenge, or by custody. A noncitizen often learns that a plea was defective only when an immigration case begins,
years after the sentence and after the record was cleared; a door that closes with the passing of time or with a
first petition closes on that person, which works against the court-jurisdiction practice. A bare filing deadline
("must be filed within three years"), or a bar on repeating a ground already decided or a request for the same
relief, is not read so: the first is what every procedure has, the second leaves new grounds open."""

from __future__ import annotations

from dataclasses import replace

from ..grounds import DEFECT_WORD
from ..vocabulary import CHALLENGE_WORD, CIVIL_CASE, LATER_CHALLENGE, LISTED
from .court_power import JURISDICTION_KEPT
from .rule import Rule

CHALLENGES = r"(?:claims?|petitions?|motions?|applications?)"
"""What a person files to challenge a conviction, in the words of a bar on filing it."""
EARLIER_FILED = (
    r"\b(?:previous|prior|earlier|first) (?:application|petition|motion)s?\b[^.;]{0,80}\b(?:has|have) (?:been |already been )?"
    r"(?:filed|brought|made|presented)\b"
)
"""Any earlier challenge filed ("a previous application for post-conviction relief has been filed under this
chapter"), whatever its grounds or outcome."""
LATE = (
    r"\b(?:thereafter|after (?:that|such|the|this) (?:\w+[- ])?(?:time|date|period|deadline|limit)|out of time|untimely|late|"
    r"more than (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?|days?) (?:after|from|following)\b[^.;]{0,60}?)(?=\W)"
)
"""A challenge filed past its time ("Any claim or petition filed thereafter"; "filed more than one year after the
judgment")."""
NOT_FILED_IN_TIME = (
    r"\b(?:that|which) (?:is|was|has not been|have not been) (?:not )?(?:timely (?:filed|brought|made)\b|(?:filed|brought|made) "
    r"(?:within (?:(?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?|days?)|the (?:time|period))\b[^.;]{0,80}?|in time\b|timely\b))"
)
"""A challenge not filed in its time, said of the challenge ("Any motion to vacate ... that is not filed within one year
after the judgment becomes final"; "A petition that was not timely filed")."""
CAUSE_EXCUSED = (
    r"(?![^.;]*\b(?:unless|except)\b[^.;]*\b(?:beyond|good cause|excusable|sufficient cause|reasonable cause|cause shown|"
    r"diligence)\b)"
)
"""... unless a cause excuses the delay ("shall be dismissed, unless the petitioner shows that the failure to file
timely was caused by circumstances beyond the petitioner's control"): a deadline with a way back for cause."""


POST_CONVICTION = r"\bpost[- ]?conviction\b|\bhabeas\b|\bcoram nobis\b|\b(?:motion|petition)s? to vacate\b|\b(?:petition|motion|writ)s?\b[^.;]{0,20}\bseek\w* to (?:vacate|set aside|(?:otherwise )?attack)\b|\bcollateral (?:attack|relief|review)\b"
"""Words that make a filing a challenge to the conviction."""
POST_CONVICTION_LAW = (
    POST_CONVICTION
    + r"|\bpetitions?\b[^.;]{0,60}\b(?:with respect to|challenging|attacking) (?:a |any |the )?judgments? of conviction\b"
    r"|\bconviction or sentence\b|\bvacate,? set aside,? or correct\b|\bvacate (?:the |a )?(?:judgment|conviction) and (?:permit|allow) (?:the )?(?:defendant|person|movant) to withdraw\b|\brelief from (?:a |the )?(?:judgment of )?"
    r"(?:conviction|judgment|sentence)\b|\ballegations? of error\b|\b(?:conviction|judgment|sentence) (?:was |is )?(?:imposed |obtained )?"
    r"in violation of\b|\bnew trial\b|\bmanifest injustice\b|\bdirect appeal\b|\b(?:judgments? and sentences?|judgments? of convictions?) (?:becomes?|became) final\b|\bwithdraw\w* (?:of )?(?:a |the )?(?:guilty )?plea after sentence\b|\bto retry (?:the )?(?:petitioner|defendant|applicant|movant)\b|\bcriminal (?:matter|case|proceeding)s?\b[^.;]{0,80}\b(?:writ of certiorari|petition for review)\b|"
    + DEFECT_WORD
)
"""Words anywhere in a law that make it a law on challenges to the conviction, or name the defects they raise: its
"petition under this subtitle" or "motion under this rule" is then such a challenge, though the sentence that bars
it does not say so. (Not "set aside the conviction" or "withdraw the plea" alone, which set-aside and dismissal
statutes use for relief earned by rehabilitation; a plea withdrawn after sentence to correct a manifest injustice is
a challenge; a time counted from when "the judgment and sentence become final" is a collateral challenge's; so is the
State's ability "to retry the petitioner".)"""
UNDER_THIS = (
    CHALLENGES
    + r"(?: (?:for relief|for post-?conviction relief))? under (?:(?:this )?(?:subdivision|subsection|section|rule|"
    r"chapter|subchapter|title|subtitle|article|act|part)\b|§ ?\d)"
)
"""A challenge named by the law that provides it ("a petition under this subtitle"; "a motion under this rule"; "a
motion under § 7101")."""
FOR_SEALING = (
    r"\b(?:applications?|petitions?|motions?|apply|move)\b[^.;]{0,100}(?<!relating )(?<!related )(?<!pertaining )(?<!addressed )(?<!directed )\b(?:for|to) "
    r"(?:an? |the )?(?:order )?(?:of )?(?:the )?(?:seal|expung|expunct|eras|shield|nondisclos)\w*"
)
"""A filing that asks for the record's relief ("a further application ... for the sealing of the same offenses"; "may
apply to the court ... for an order sealing the records"): a time bar on it leaves a challenge to the conviction open."""
SUCCESSIVE = r"(?:second|successive|subsequent|later|further)(?: (?:or|and) (?:second|successive|subsequent|later|further))?"
"""A challenge after the first ("a second or successive motion"; "any second or later application")."""
SEALING_APPLICATION_BARRED = (
    rf"^(?!.*{LATER_CHALLENGE})(?=.*{FOR_SEALING}).*\bentertain (?:an? |any |the |such )?(?:new |{SUCCESSIVE} )?"
    r"(?:applications?|petitions?|motions?) (?:under this|for (?:an? |the )?(?:order )?(?:seal|expung)|by the same "
    r"(?:person|petitioner|applicant))"
)
"""A court barred from a filing that asks for the record's relief ("No court shall entertain an application under
this section unless at least ten years have passed", where the section's applications are for sealing): a wait for
sealing, no bar on a later challenge to the conviction."""

SENTENCE_OVER = (
    r"\b(?:sentence|term|custody|probation|parole|supervision)\b[^.;]{0,40}\b(?:has|have|had) (?:ended|expired|been (?:fully )?"
    r"(?:discharged|completed|served|satisfied))\b|\bcompletion of (?:every part of |all of )?(?:the |a )?sentence\b|"
    r"\bdischarge of (?:the |a )?sentence\b"
)
"""A sentence served out ("Once the sentence has been discharged"; "The completion of every part of a sentence")."""

NOT_WEIGHED = r"\bnot (?:consider|weigh|count)\b[^.;]{0,20}\b(?:the )?(?:time|delay|passage of time|lapse)\b"
"""A court told not to weigh the time gone by ("shall not consider the time elapsed since the conviction"): no time bar."""

EXCEPT_AS_PROVIDED = (
    r"^(?:\(\w{1,4}\)\s*|[^.;,]{0,60}\.\s*)*except as (?:otherwise )?provided (?:in|by|under)\b"
)
"""A bar that opens by pointing to its exceptions ("Except as provided in subdivisions 2 and 3, no court shall hear a
petition ... filed more than two years after"): it gives way to a grant of the court's power elsewhere in the bill,
which may be one of them (a later subdivision that keeps the court's power over cleared records): ``RULES`` holds
``TIME_BAR`` twice, once without such bars and once, yielding, with them."""

# A court barred from hearing a later challenge once a time has run or a first one was heard, in
# words addressed to the court ("the court shall not entertain any petition for relief from a
# conviction"; "No application for post conviction relief ... shall be considered if it is filed
# more than two years after"; "a petition ... for postconviction relief may not be considered if it is filed more
# than 2 years after"; a heading "LIMITATIONS PERIOD." may say the time). A bare filing
# deadline ("must be filed within three years") is not, nor a bar on repeating the same grounds.
TIME_BAR = Rule("court-jurisdiction", "against",
     (r"\b(?:court|judge)s?(?: of (?:criminal )?appeals| of (?:this|the) (?:state|commonwealth|territory|district|tribe|nation))? (?:shall|may|will) "
      r"not (?:entertain|consider|hear|grant (?:relief (?:on|under)|it on|the relief)|"
      r"reach the merits of)\b|"
      # ("The trial court retains no authority to entertain a motion for a new trial after the time ... has expired")
      r"\b(?:court|judge)s?\b (?:retains?|has|have|shall have) no (?:further )?(?:jurisdiction|authority|power) to (?:entertain|consider|"
      r"hear|grant)\b|\b(?:trial|criminal|district|superior) division (?:shall|may|will) not (?:entertain|consider|hear)\b|"
      r"\bno (?:\w+ )?court(?: of (?:this |the )?[\w ]{1,30}?)? (?:shall|may|will) (?:entertain|consider|hear|set aside|vacate)\b|"
      r"\bno (?:judgments?|convictions?|verdicts?)\b[^.;]{0,40}\b(?:shall|may) be (?:set aside|vacated|reversed)\b[^.;]{0,80}\bby any court\b|"
      r"\b(?:shall|must) enter an order (?:summarily )?dismissing (?:the|a|any|such) (?:petition|motion|application)s?\b|"
      r"\bconsideration of (?:the|a|any|such) (?:petition|motion|application) shall be barred\b|\b(?:court|judge)s? (?:shall|must) (?:summarily )?dismiss (?:any|a|every|each|the|such) "
      r"(?:\w+ )?(?:petition|motion|application)s?\b|"
      r"\b(?:a |no )?new trial (?:shall|may) not be granted\b|"
      r"\bno (?:application|petition|motion)\b[^.;]{0,240}\bshall be (?:considered|entertained|heard)\b|"
      r"\b(?:application|petition|motion)\b[^.;]{0,240}\b(?:may|shall) (?:not be (?:considered|entertained|heard)|"
      r"(?:be )?neither filed nor considered)\b",
      r"\b(?:petition|motion|application)s?\b[^.;]{0,30}\b(?:for |to )?(?:relief from (?:a |the )?(?:conviction|judgment)|"
      r"post[- ]?conviction|vacate|(?:a )?writ of (?:error )?coram nobis|(?:a )?new trial|withdraw\w* (?:of )?(?:a |the )?plea)|"
      r"\b" + UNDER_THIS + r"|\bnew trial\b|\buntimely (?:petition|motion|application)s?\b|\bcoram nobis\b|"
      r"\b(?:petition|motion|application)s? (?:attacking|challenging|contesting) (?:the |a )?(?:same |underlying )?(?:conviction|judgment)\b|"
      r"\b(?:grant )?relief under (?:this )?(?:section|rule|chapter|subchapter|article|act|part)\b",
      r"\bmore than (?:\w+ )?(?:\(\d+\) )?(?:years?|months?)\b|\blimitations? period\b|\bstatute of limitations?\b|\buntimely\b|"
      r"\bnot (?:timely )?(?:filed|brought|made) within the (?:time|period|limit)\b|"
      # a sentence served out ("no court ... shall entertain any such writ, motion or application after the date of discharge")
      r"\bafter (?:the (?:date of )?)?(?:his |her |their |the (?:person's |petitioner's |defendant's ))?discharge\b|"
      r"\bafter\b[^.;]{0,60}\b(?:years?|months?)\b|\b(?:unless|if not) (?:it is |the (?:petition|motion|application) is )?filed within (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?)\b|"
      r"\bonce (?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?) (?:have|has) (?:passed|elapsed|run)\b|"
      # ("The two-year period shall not be extended for any reason ..., and the court shall not entertain a motion filed
      # after the period expires")
      r"\bafter the (?:\w+[- ])?(?:period|time|deadline) (?:expires|has (?:expired|run|elapsed))\b|"
      # ("filed once the period set in division (A) of that section has run"; "on a motion made after the time
      # stated in subdivision (b)")
      r"\b(?:once|after|when) the (?:\w+[- ])?(?:period|time|deadline)\b[^.;]{0,60}\b(?:has|have) (?:run|expired|elapsed|passed)\b|"
      r"\b(?:made|filed|brought) after the (?:\w+[- ])?(?:time|period|deadline) (?:stated|set|specified|provided|fixed)\b|"
      # ("must petition ... within one (1) year ..., or consideration of the petition shall be barred"; "no court shall
      # entertain a motion under this rule once judgment has been entered")
      r"\bwithin (?:\w+ )?(?:\(\d+\) )?(?:years?|months?)\b[^.;]{0,200}\bor consideration\b|"
      r"\bonce (?:the )?judgment has been entered\b|\bafter (?:the )?entry of (?:the )?judgment\b"),
     window=2, elsewhere=(POST_CONVICTION_LAW,), unless=(*JURISDICTION_KEPT, FOR_SEALING, SEALING_APPLICATION_BARRED, NOT_WEIGHED, CIVIL_CASE),
     unless_before=(CIVIL_CASE,))  # fmt: skip

IN_CRIMINAL_CASE = r"\b(?:convict\w*|criminal|sentenced?|guilty|penal (?:code|law))\b"
"""Words that show a text is about criminal cases, read anywhere in it beside a rule on a filing's time."""

RULES: tuple[Rule, ...] = (
    replace(TIME_BAR, unless=(*TIME_BAR.unless, EXCEPT_AS_PROVIDED)),
    replace(TIME_BAR, patterns=(*TIME_BAR.patterns, EXCEPT_AS_PROVIDED), yields=True),
    # A later challenge open only to a person still restrained by the sentence ("may be brought if the
    # person ... demonstrates that the challenged criminal judgment ... is causing a present restraint"):
    # a noncitizen who learns of the immigration consequence after the sentence is served is shut out.
    Rule("court-jurisdiction", "against",
         (r"(?:post[- ]?conviction|habeas|collateral|motion to vacate)[^.;]{0,160}(?:\b(?:only )?if|\bonly (?:when|where)|"
          r"\bonly on the ground that (?:he|she|they|the (?:person|petitioner|applicant|defendant|movant)) (?=(?:is|are) in (?:\w+ )?custody))\b"
          r"[^.;]{0,160}?"
          r"\b(?:present restraint|(?:is|remains) (?:\w+ )?in (?:\w+ )?custody|(?:is )?currently (?:incarcerated|in custody)|"
          r"(?:is|remains) (?:incarcerated|imprisoned|confined)|(?:is|remains) (?:on|serving) (?:probation|parole))",),
         unless=(r"\bno longer\b|\bwhether or not\b|\bnot (?:required to be |be )?in (?:\w+ )?custody|"
                 # custody one of several states the person may be in ("who is in custody or who has completed the
                 # sentence"; "whether the petitioner is in custody or has been released")
                 r"\b(?:has|have) (?:completed|served|been released|been discharged)\b|\bwhether\b[^.;]{0,60}\bor\b",)),

    # Post-conviction review no longer to be had once a time has run ("No further postconviction review is available to
    # the defendant after the time specified by supreme court rule for filing a petition for postconviction review has
    # expired"), and a late claim dismissed ("Any claim or petition filed thereafter shall be deemed waived and shall be
    # dismissed summarily unless ..."), a post-conviction challenge in the same sentence (a late sealing petition or a
    # late claim for compensation is no bar on a challenge to the conviction).
    Rule("court-jurisdiction", "against",
         (r"\bno (?:further |other |later )?(?:post-?conviction|collateral) (?:review|relief|remed(?:y|ies))\b[^.;]{0,20}\b(?:is|are|shall be|"
          r"will be) available\b[^.;]{0,80}\b(?:after|once|when|unless)\b[^.;]{0,120}\b(?:expired|elapsed|passed|run|years?|months?|days?)\b|"
          r"(?:" + CHALLENGES + r"(?: or " + CHALLENGES + r")? (?:[\w-]+ ){0,4}?(?:filed|brought|made) " + LATE + r"|"
          + CHALLENGES + r"\b[^.;]{0,100}?" + NOT_FILED_IN_TIME + CAUSE_EXCUSED + r")"
          r"[^.;]{0,40}\b(?:shall|must|will) be (?:deemed waived and (?:shall be )?)?(?:summarily )?(?:dismissed|denied|rejected)\b"
          r"(?! only (?:if|when|where|upon)\b)",),
         elsewhere=(POST_CONVICTION_LAW,),
         # (not a saving that says what the law does not mean: "does not mean that no postconviction relief is available")
         # (nor a late claim for money: "Compensation claims filed late shall be dismissed")
         unless_before=(CIVIL_CASE,),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\b(?:compensation|damages|indemni\w*|tort)\b", CIVIL_CASE,
                 r"\b(?:does|shall|may|will|is) not (?:\w+ )?(?:mean|imply|suggest|be (?:construed|read|deemed))\b",
                 r"\bnothing\b[^.;]{0,60}\bno (?:further |other |later )?(?:post-?conviction|collateral)\b")),
    # A challenge that may not be brought once any earlier one was filed, whatever its grounds ("A claim may not be
    # brought under AS 12.72.010 ... if ... (6) a previous application for post-conviction relief has been filed"): a
    # person who filed once, before the immigration consequence was known, may never file again. (Not a motion that
    # "shall not be considered a successive petition, even if a prior petition ... has been filed", which protects it.)
    Rule("court-jurisdiction", "against",
         (CHALLENGES + r"\b[^.;]{0,60}\b(?:may|shall) not be (?:brought|filed|maintained|considered|entertained|heard)\b(?! (?:a|an|as|to be)\b)"
          + LISTED + r"{0,200}?(?<!even )\bif\b" + LISTED + r"{0,300}?" + EARLIER_FILED,),
         unless=(*JURISDICTION_KEPT, r"\bsame (?:grounds?|claims?|issues?)\b|\bsimilar relief\b|\bpreviously (?:raised|decided|determined)\b",
                 r"\beven (?:if|though|where|when)\b|\bregardless of\b|\bnotwithstanding\b")),
    # Grounds left out of the first application barred from any later one ("Any ground finally adjudicated or not so
    # raised ... may not be the basis for a subsequent application, unless the court finds a ground ... which for
    # sufficient reason was not asserted"): a ground the person could not know of then, such as an immigration
    # consequence, is shut out unless a court excuses it. (Not "may not be the basis for dismissing a later petition".)
    Rule("court-jurisdiction", "against",
         (r"\b(?:grounds?|claims?|issues?)\b[^.;]{0,120}\b(?:not (?:so )?(?:raised|asserted|presented|included)|left out of|omitted "
          r"from)\b[^.;]{0,200}\b(?:(?:may|shall|can) not|cannot) (?:be (?:the )?basis (?:for|of)|support|be (?:raised|asserted|considered|heard) "
          r"in) (?:a |an |any )?(?:subsequent|later|second|successive|another|further) (?:applications?|petitions?|motions?|proceedings?)\b",),
         unless=JURISDICTION_KEPT),
    # A claim that may not be raised because the petition is late ("A notice that is not timely filed may raise only
    # claims that ...; any other claim in an untimely notice may not be raised, and the court shall summarily dismiss
    # it"): a time bar on the claim, which shuts out a ground the person learns of late, such as an immigration
    # consequence. (A ground waived because it could have been raised on appeal or at trial is a rule of procedural
    # default on particular claims, read as no bar on the court's power: tests/corpus/id-code-19-4901.txt.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:grounds?|claims?|issues?|allegations?)\b[^.;]{0,200}?\b(?:(?:is|are|be|shall be) (?:deemed |considered )?waived|"
          r"(?:may|shall|can) not be (?:raised|asserted|considered|presented|litigated|reviewed)|cannot be (?:raised|asserted|considered))\b",
          r"\buntimely\b|\bnot (?:timely )?filed within\b|\b(?:filed|brought|made) (?:out of time|late)\b"),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\b(?:not|never) (?:be )?(?:deemed |considered )?waived\b|\b(?:does|shall|will) not (?:\w+ )?waive\b|"
                 r"\bno waiver\b|\bnot (?:constitute|operate as) a waiver\b|\bnot (?:be )?(?:barred|precluded)\b")),
    # The old writ refused to anyone held on a court's judgment ("If it appears that a person ... is in custody ... by
    # virtue of the judgment or order of a court of record, and that the court ... had jurisdiction to ... render the
    # judgment, the writ of habeas corpus shall not be allowed"), or every court barred from asking whether a judgment
    # was lawful ("No court under this act shall in any other matter have power to inquire into the legality or
    # justice of the process, judgment ...").
    Rule("court-jurisdiction", "against",
         (r"\bwrit of habeas corpus (?:shall|may) not be (?:allowed|granted|issued)\b(?=.*\bjudgment\b)|(?<=\bjudgment\b)"
          r"[^.;]{0,200}\bwrit of habeas corpus (?:shall|may) not be (?:allowed|granted|issued)\b|"
          r"\bno court\b[^.;]{0,40}\bshall\b[^.;]{0,40}\bhave (?:the )?(?:power|authority|jurisdiction) to (?:inquire into|review|"
          r"question|examine)\b[^.;]{0,60}\b(?:judgments?|convictions?|sentences?)\b|"

          # ("It is not permissible to question the correctness of the action of a court or judge when lawfully acting
          # within the scope of their authority", in a chapter on the writ)
          r"\b(?:is|shall) not (?:be )?(?:permissible|permitted|lawful|allowed) to (?:question|inquire into|review|examine)\b[^.;]{0,30}"
          r"\b(?:correctness|legality|validity|justice)\b[^.;]{0,40}\b(?:action|judgment|process|order)s? of\b[^.;]{0,160}?\b(?:a |the |any )?"
          r"(?:courts?|judges?)\b|"
          # ... or refused, or the person sent back, in a list of cases ("Application to prosecute the writ shall be denied
          # in the following cases: ... (2) Where persons are ... detained by virtue of the final order, judgment or decree of
          # a competent tribunal of civil or criminal jurisdiction"; "It shall be the duty of the court forthwith to remand
          # the party, if ... detained ... (2) By virtue of the final judgment ... of any competent court")
          r"\b(?:shall be denied|(?:duty of the court|court shall) (?:forthwith )?(?:to )?remand)\b" + LISTED + r"{0,300}?\bby virtue of (?:the )?"
          r"final (?:order, )?(?:judgment|decree)\b" + LISTED + r"{0,80}?\bcompetent (?:court|tribunal)|"
          # ... or in a sentence of its own, or by leaving the person out of those who may bring it ("A person properly
          # imprisoned ... by virtue of the legal judgment of a competent tribunal ... shall not be allowed to prosecute the
          # writ"; "Every person imprisoned ..., other than persons imprisoned ... pursuant to a final judgment entered in a
          # criminal proceeding, may prosecute a writ of habeas corpus")
          r"\b(?:imprisoned|restrained|detained|held|confined)\b[^.;]{0,60}\b(?:by virtue of|pursuant to|under) (?:the |a )?(?:legal |final |"
          r"lawful |valid )?judgment\b[^.;]{0,160}\bshall not be (?:allowed|permitted|entitled) to (?:prosecute|sue out|apply for|have)\b"
          r"[^.;]{0,20}\bwrit\b|\b(?:other than|except(?: for)?) (?:an? |any )?(?:persons?|those)\b[^.;]{0,40}\b(?:by virtue of|pursuant to|"
          r"under) (?:the |a )?(?:final |legal )?judgment\b[^.;]{0,60}\bcriminal\b[^.;]{0,80}\bmay (?:prosecute|sue out|apply for)\b"
          r"[^.;]{0,10}\bwrit|"
          # ... or kept from the judgment itself ("The writ shall not be used, and no court shall grant it, to question the
          # validity of the judgment of conviction ... under which the prisoner is held")
          r"\bwrit (?:of habeas corpus )?(?:shall|may) not be (?:used|allowed|granted|issued)\b[^.;]{0,80}\bto (?:question|test|"
          r"challenge|attack|inquire into)\b[^.;]{0,60}\b(?:judgments? of conviction|convictions?|criminal judgments?)\b",),
         unless=JURISDICTION_KEPT),
    # A second challenge barred, whatever its grounds, in a law on challenges to the conviction ("It bars a second or
    # successive motion under this article"; "A second or later motion under this rule shall not be entertained"; "The
    # court shall dismiss any second or later application that fails to show the reason required"; "No court, justice or
    # judge shall entertain a second or successive application"): a person who
    # filed once, before an immigration consequence was known, is shut out. (Not a bar on repeating the same grounds.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:bars?|barring|prohibits?|prohibiting|precludes?|precluding)(?: to)? (?:the (?:filing|bringing) of )?(?:a |any |the )?"
          + SUCCESSIVE + " " + CHALLENGES + r"\b|"
          r"\b" + SUCCESSIVE + " " + CHALLENGES + r"\b[^.;]{0,40}\b(?:shall|must|will) be (?:summarily )?(?:dismissed|denied|rejected)\b|"
          # ("one and only one motion for relief from judgment may be filed"; "In no event may more than one (1) petition be
          # filed"; "The court shall return without filing any successive motion")
          r"\b(?:one and )?only one (?:\(1\) )?" + CHALLENGES + r"\b[^.;]{0,80}\b(?:may|shall|can) be filed\b|"
          r"\bno event may more than one (?:\(1\) )?" + CHALLENGES + r"\b|\breturn without filing (?:any|a|the) " + SUCCESSIVE + "|"
          r"\b" + SUCCESSIVE + " " + CHALLENGES + r"\b[^.;]{0,80}\b(?:shall|may|must|will) not be (?:entertained|considered|heard|"
          r"filed|granted|allowed|brought)\b|"
          r"\b(?:shall|must) (?:summarily )?(?:dismiss|deny) (?:any|a|every|each|the) " + SUCCESSIVE + " " + CHALLENGES + r"\b|"
          r"\bno (?:court|judge|justice|tribunal)s?\b[^.;]{0,30}\b(?:shall|may|will) (?:entertain|consider|hear)\b[^.;]{0,10}\b(?:a |any )?"
          + SUCCESSIVE + " " + CHALLENGES + r"\b",),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, r"\bsame (?:grounds?|claims?|issues?)\b|\bsimilar relief\b|\bpreviously (?:raised|decided|"
                 r"determined)\b|\bnew (?:grounds?|claims?|issues?)\b", r"\beven (?:if|though|where|when)\b|\bregardless of\b",
                 r"\b(?:does|do|shall|will|may) not (?:\w+ )?(?:bar|prohibit|preclude)\b", FOR_SEALING)),
    # A challenge open only while the sentence lasts, the record's relief or the sentence's end shutting it ("Once the
    # sentence has been discharged, or the record of the conviction has been expunged, the person is not in custody and
    # may not move under this rule"; "The completion of every part of a sentence, or the sealing ... of the record of
    # the conviction, is not a present restraint"): a noncitizen who learns of the defect later has no court to go to.
    Rule("court-jurisdiction", "against",
         (SENTENCE_OVER,
          r"\b(?:is|are) not (?:eligible for relief|in custody|(?:a |an )?(?:present )?(?:restraint|impediment))\b|"
          r"\b(?:lacks?|has no|have no|loses?|is without) (?:\w+ )?(?:jurisdiction|authority|power) to (?:consider|hear|entertain|decide|grant)\b|"
          r"\bmay not (?:move|petition|apply|file|seek relief|bring)\b[^.;]{0,30}\bunder this\b"),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, r"\bnot (?:required to be |need to be )in (?:\w+ )?custody\b", FOR_SEALING)),
    # ... or open to none but one held under it ("may be invoked only by a person in custody claiming the right to be
    # released"; "Only a prisoner in custody under sentence may move under this section"; nothing "shall be construed to
    # permit a petition by a person who ... has completed the sentence").
    Rule("court-jurisdiction", "against",
         (r"\b(?:invoked|filed|brought|made|maintained|prosecuted|used)\b[^.;]{0,20}\bonly by (?:a |an |the )?(?:person|prisoner|"
          r"defendant|movant|petitioner|applicant)s? (?:who (?:is|are) )?(?:in|under) (?:\w+ )?(?:custody|restraint|confinement)\b|"
          r"\bonly (?:a |an |the )?(?:person|prisoner|defendant|movant|petitioner|applicant)s? (?:who (?:is|are) )?(?:in|under) (?:\w+ )?"
          r"(?:custody|restraint|confinement)\b[^.;]{0,300}\bmay (?:move|petition|apply|file|seek|bring|invoke)\b|"
          # ("To be eligible for relief the petitioner must plead and prove that, at the time relief is granted, the
          # petitioner is currently serving a sentence of imprisonment, probation or parole")
          r"\beligib\w* for relief\b[^.;]{0,160}\b(?:is|be|remains?) currently (?:serving|incarcerated|imprisoned|in custody)\b|"
          # ("Nothing in this Section shall be construed to permit a petition by a person who ... has completed the
          # sentence ... and is no longer in custody under it")
          # ("Relief under this section is not available to a person who has completed the sentence imposed")
          r"\b(?:relief|remed(?:y|ies)|petitions?|motions?)\b[^.;]{0,60}\b(?:is|are|shall) not (?:be )?available to (?:a|an|any) "
          r"(?:person|prisoner|defendant|movant|petitioner|applicant)s? who (?:has|have) (?:completed|served|discharged|finished) "
          r"(?:the|his|her|their|a) sentence\b(?![^.;]*\b(?:unless|except)\b)|"
          r"\bnothing\b[^.;]{0,80}\bconstrued to (?:permit|allow|authori[sz]e)\b[^.;]{0,40}\b(?:petitions?|motions?|applications?)\b"
          r"[^.;]{0,160}\b(?:no longer (?:in custody|serving)|(?:has|have) (?:completed|served|discharged) (?:the|his|her|their) sentence)",),
         # (a writ for one held on civil immigration process is no challenge to a conviction)
         elsewhere=(POST_CONVICTION_LAW, r"\b(?:convict\w*|sentenced?|judgments? of)\b"),
         # (nor where the law counts an immigration consequence as custody: "a person is deemed to be in custody if the
         # person is ... subject to removal proceedings")
         unless=(FOR_SEALING,), unless_after=(r"\bdeemed (?:to be )?in (?:\w+ )?custody\b[^.;]{0,200}\b(?:immigration|removal|deport)",)),  # ("at any time" while in custody keeps nothing for one released)
    # Every court barred from asking whether a judgment is lawful, in a list of cases of which one is a final judgment
    # ("No court or judge shall inquire into the legality of any judgment or process, whereby the party is in custody
    # ... in either of the cases following: ... Second. Upon any process issued on any final judgment of a court of
    # competent jurisdiction").
    Rule("court-jurisdiction", "against",
         (r"\bno (?:court|judge)\b[^.;]{0,20}\bshall (?:inquire into|question|review) the (?:legality|validity)\b[^.;]{0,40}\bjudgments?\b",),
         elsewhere=(r"\bfinal judgment of (?:a|any|the) (?:\w+ )?(?:court|tribunal)\b",)),
    # A court that may not extend the time for a motion to vacate or for a new trial, whatever cause is shown ("But a court
    # may not, except as provided elsewhere in these Rules, extend the time for making ... a motion for new trial, a
    # motion to vacate judgment, or for taking an appeal", Miss. R. Crim. P. 1.3(b)): a person who learns of a defect late
    # finds the time gone. (Not a bar on extending probation or a deadline for the court's own ruling.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:courts?|judges?)\b (?:may|shall|must|will) not(?:,[^,.;]{0,80},)? (?:extend|enlarge)\b[^.;]{0,20}\btime (?:for|to|within "
          r"which to) (?:mak\w*|fil\w*|bring\w*|mov\w*|take|taking)\b[^.;]{0,100}\b(?:motions? (?:for (?:a )?new trial|to vacate|to withdraw|"
          r"in arrest)|new trial|to vacate|post-?conviction|relief from (?:the )?judgment|coram nobis|habeas)|"
          # ... the motion named first ("A motion for a new trial ... must be made within two years after the verdict, and the
          # court may not extend that time"), or the time said not to be extended by the court
          r"\b(?:motions? (?:for (?:a )?new trial|to vacate|to withdraw)|post-?conviction|coram nobis)\b[^.;]{0,200}(?:\b(?:courts?|judges?)\b "
          r"(?:may|shall|must|will) not (?:extend|enlarge) (?:that|this|the|such) (?:time|period|limit|deadline)\b|"
          r"\b(?:may|shall|must) not be (?:waived or )?(?:extended|enlarged) by (?:the|any) court\b)",),
         # (not the court's own time to rule, the State's to answer, a petition to seal, or an extension for good cause)
         unless=(r"\bexcept\b[^.;]{0,60}" + CHALLENGE_WORD, *JURISDICTION_KEPT, CIVIL_CASE,
                 r"\bgood cause\b|\bexcusable neglect\b|\b(?:seal|expung|expunct)\w*|\b(?:to|shall|must|will) (?:rule|decide|respond|answer|"
                 r"determine|dispose of|hear)\b|\b(?:prosecut\w*|state's attorney|district attorney|attorney general|respondent)\b",
                 r"\bmay be (?:made|filed|brought) at any time\b"),
         unless_before=(CIVIL_CASE,)),
    # A time to appeal a conviction that no court may extend ("No extension of time within which to file the appeal shall
    # be granted", Navajo Nation R. App. P. 2(c); "an appellate court may not extend the time for taking an appeal",
    # Ala. R. App. P. 2(b); "no court may extend the time to file a notice of appeal", Cal. R. Ct. 8.308(a)), in a law on
    # criminal cases: a late appeal is lost, whatever kept the person from filing.
    Rule("court-jurisdiction", "against",
         (r"\bno extension of (?:the )?time\b[^.;]{0,40}\b(?:appeal|notice of appeal)\b[^.;]{0,20}\b(?:shall|may|will) be (?:granted|allowed|"
          r"permitted)\b|(?:\b(?:courts?|judges?)\b (?:may|shall|must|will) not|\bno (?:\w+ )?(?:court|judge) (?:may|shall|can)|"
          # ("neither the appellate court nor a single justice may enlarge the time for filing a notice of appeal")
          r"\bneither (?:the |an? )?(?:\w+ )?court nor (?:the |an? |any )?(?:single |\w+ )?(?:justice|judge|court) (?:may|shall|can))(?:,[^,.;]{0,80},)? (?:extend|enlarge)\b[^.;]{0,20}\btime "
          r"(?:for|to|within which to) (?:fil\w*|tak\w*|perfect\w*) (?:an? |the )?(?:notice of )?appeal\b",),
         elsewhere=(IN_CRIMINAL_CASE,),
         unless=(*JURISDICTION_KEPT, r"\b(?:extend|extension)\b[^.;]{0,120}\b(?:unless|except|good cause|excusable)",
                 r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b|\bcivil\b|\b(?:by|of) the (?:state|people|commonwealth)\b|"
                 r"\bthe (?:state|people|commonwealth|government) (?:appeals?|may appeal|files?)\b|\bprosecut\w*",
                 r"\bbut\b(?! neither\b)[^.;]{0,60}\bmay\b|\bother cases\b|\bdependen\w*|\bformer\b|\bprovided that\b|\brepeal\w*"),
         unless_before=(r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b|\bcivil\b|\bdamages\b|\bnot (?:be deemed )?a criminal proceeding\b",)),
    # A filing's time made a condition of the court's power ("The timely filing of a notice of appeal is jurisdictional";
    # "The filing of the petition for writ of certiorari is jurisdictional"), in a law on criminal cases: no court may
    # excuse a late challenge, whatever kept the person from filing. (Not a deadline said not to be jurisdictional.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:(?:timely |time of )?filing|failure to (?:timely )?file|time (?:limits?|periods?|requirements?)|deadlines?)\b[^.;]{0,80}\b(?:is|are|shall be) "
          r"(?:mandatory and )?jurisdictional\b|"
          # ("The limitation in this section is a condition of the court's authority to grant relief")
          r"\b(?:limitations?|time limits?|periods?)\b[^.;]{0,60}\bis a condition of (?:the )?court'?s? (?:authority|jurisdiction|power)\b",
          r"\b(?:notice of appeal|appeals?|petitions?|motions?|applications?|writ)\b"),
         elsewhere=(IN_CRIMINAL_CASE,),
         # (not a limit said to be no bar, "No time limit in this chapter shall be jurisdictional", nor one with an exit;
         # not a civil appeal, the prosecution's own, a sealing's or set-aside's, or a fee)
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b|\bprobation\b",
                 r"\b(?:no|none)\b[^.;]{0,40}\b(?:time|deadlines?|periods?|limits?)\b|\bnot jurisdictional\b|\bclaim-processing\b",
                 r"\bexcept\b|\bbut\b[^.;]{0,30}\bmay\b|\bgood cause\b|\binterests? of justice\b|\bcivil\b|\bfees?\b",
                 r"\b(?:prosecut\w*|state's|commonwealth's|people's|government's)\b"),
         unless_before=(r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b|\bcompleted probation\b",)),
    # The time limits of a law on challenges to the conviction made a condition of the court's power ("The time limits
    # of this section are jurisdictional and may not be waived or extended by the court"): said of the law's own
    # limits, the challenge is named elsewhere in it.
    Rule("court-jurisdiction", "against",
         (r"\b(?:time (?:limits?|limitations?|periods?|requirements?)|deadlines?|limitations? periods?|periods?) (?:of|in|under|set by|"
          r"(?:provided|prescribed) (?:in|by)) "
          r"this (?:section|rule|chapter|article|act|subchapter|part)\b[^.;]{0,20}\b(?:is|are|shall be) (?:mandatory and )?jurisdictional\b",),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\bnot jurisdictional\b|\bnone of\b[^.;]{0,60}\bjurisdictional\b|\bexcept\b|\bgood cause\b|\binterests? of justice\b",
                 r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b|\bcivil\b"),
         unless_before=(r"\b(?:seal|expung|expunct|nondisclos)\w*|\bset[- ]?aside\b",)),
    # The court told it may not let a challenge in, or let it grow, once the time has run ("No amendment of a
    # defendant's capital postconviction action shall be allowed by the court after the expiration of the time periods
    # provided by statute"): not a deadline addressed to the filer alone ("shall not be filed more than 2 years after").
    Rule("court-jurisdiction", "against",
         (r"\bno\b[^.;]{0,80}\b(?:shall|may) be (?:allowed|permitted|entertained|accepted|granted) by the court after the "
          r"(?:expiration|expiry|lapse|running) of the time\b|\b(?:court|judge)s? (?:shall|may) not (?:allow|permit|entertain|accept)\b"
          r"[^.;]{0,80}\bafter the (?:expiration|expiry|lapse|running) of the time\b",),
         elsewhere=(POST_CONVICTION_LAW,),
         unless=(*JURISDICTION_KEPT, FOR_SEALING, r"\bgood cause\b|\bexcusable neglect\b|\bunless\b|\bexcept\b|\binterests? of justice\b",
                 r"\b(?:prosecut\w*|state's|response|answer|objections?)\b|\bcivil\b|\b(?:seal|expung|expunct|nondisclos)\w*")),
    # The court's own power to relieve from the judgment given for a time only ("Within a reasonable time but not more
    # than one year after final judgment, a court on motion of a defendant or upon its own motion may relieve a
    # defendant from final judgment"): the limit binds the court, whoever moves.
    Rule("court-jurisdiction", "against",
         (r"^(?:\(\w{1,4}\)\s*)*(?:within\b[^,;.]{0,40}\b)?(?:not (?:more|later) than|no (?:more|later) than|within)\b[^,;.]{0,60}\b(?:after|following|"
          r"from)\b[^,;.]{0,40}\b(?:judgment|sentenc\w*|conviction)\b,\s*(?:the |a |any )?court\b[^.;]{0,80}\bmay\b[^.;]{0,20}"
          r"\b(?:relieve (?:a |the )?(?:defendant|person|petitioner) from (?:the |a |any )?(?:final )?judgment|vacate|set aside)\b",),
         unless=(*JURISDICTION_KEPT, r"\bcivil\b|\bsentence\b(?![^.;]*\b(?:judgment|conviction)\b)")),
)  # fmt: skip
