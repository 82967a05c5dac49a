"""The words of a conviction's defects and of relief from them: the grounds of legal error bills name (a statute held
invalid, counsel's wrong advice, a plea not made knowingly), the words that grant a proceeding for relief (a vacatur's
own words are in :mod:`billkit.check.grants`), a court's failure to give a required advisement, a plea presumed
invalid, and the words that disclaim a defect or turn a petition away.

Like :mod:`billkit.check.vocabulary`, each is a regular expression over lower-cased text that
:mod:`billkit.check.ruleset` combines into rules.
"""

from __future__ import annotations

from .grants import GROUNDS_LISTED
from .vocabulary import PRESUME

DEFECT = (
    r"(?:(?:held|declared|found|adjudged) (?:to be )?(?:unconstitutional|invalid|void)|unconstitutional statute|"
    r"\bdefects?,?(?: whether)? (?:of|in) (?:procedure|substance|law)\b|(?<!any )(?<!no )\berrors? in the (?:plea |trial |criminal )?proceedings?\b|"
    # innocence in plain words ("persons convicted of crimes they did not commit")
    r"(?:crimes?|offen[cs]es?|acts?) (?:that |which )?(?:they|he|she|he or she|the (?:person|defendant|petitioner|applicant)) "
    r"did not commit|"
    # ... or the person the results rule out ("that the petitioner is not the person who committed the offense")
    r"\b(?:is|was) not the (?:person|individual|one|perpetrator) who committed\b|"
    # a conviction pursued for who the person is ("prohibit the state from seeking a criminal conviction or sentence on the
    # basis of race, ethnicity, or national origin"), which equal protection forbids
    r"\b(?:seek\w*|sought|obtain\w*|impos\w*)\b[^.;]{0,40}\b(?:convictions?|sentences?)\b[^.;]{0,30}\bon the basis of "
    r"(?:[\w'\u2019]+ ){0,3}(?:race|ethnicity|national origin)\b|"
    r"\b(?:convictions?|sentences?)\b[^.;]{0,40}\b(?:sought|obtained|imposed)\b[^.;]{0,30}\bon the basis of (?:[\w'\u2019]+ ){0,3}"
    r"(?:race|ethnicity|national origin)\b|"
    r"procedural or substantive|substantive or procedural|legal(?:ly)? (?:error|defect|invalid)|\blegal or procedural (?:error|defect)s?\b|\brights?\b[^.;]{0,40}\b(?:so )?(?:denied|infringed|violated|abridged)\b[^.;]{0,60}\b(?:void|voidable|invalid)\b|\b(?:substantially )?denied (?:the )?rights? (?:secured|guaranteed|protected)\b|prejudicial error|"
    r"fundamental error|errors? dehors the record|\b(?:federal|state|united states) (?:or state |or federal )?constitution (?:secures|guarantees)\b|\b(?:obtained|procured|produced|tainted)\b[^.;]{0,60}\b(?:governmental|government|official|police|prosecutorial) misconduct\b|render\w* the (?:guilty )?plea (?:\w+,? (?:and )?){0,3}?(?:unknowing|involuntary|invalid|void)|"
    r"defect in the (?:underlying )?(?:proceeding|conviction|judgment|case)|mistake of (?:law|procedure)|"
    # the court's own failure to give a required warning ("If the record does not show that the court admonished the
    # defendant as required by Article 26.13(a)(4)")
    r"\b(?:does|did) not (?:show|reflect|establish) that the (?:court|judge) (?:admonished|advised|warned|informed)\b|"
    r"\b(?:court|judge)\b[^.;]{0,20}\b(?:failed|fails|failure) to (?:so )?(?:admonish|advise|warn|inform)\b|"
    # ... or not given to the noncitizen ("such alien is not so advised"), and evidence found after trial
    r"\b(?:alien|noncitizen|non-citizen)\b[^.;]{0,20}\b(?:is|was) not (?:so )?(?:advised|warned|informed|told)\b|\bnew evidence\b[^.;]{0,80}\bdiscovered after (?:the )?trial\b|"
    r"\b(?:court|judge) did not (?:address the defendant personally|admonish|advise|warn|inform|give (?:the|that) advi[cs]e|"
    r"give the (?:\w+ )?(?:notice|warning|advisement|admonition)s? (?:in|required|described|set (?:out|forth))\b)\b|"
    # ("an error of fact or of law of a fundamental character")
    r"\berrors? of fact or (?:of )?law\b|"
    # evidence the State made up or hid, and testimony it knew to be false ("the fabrication, alteration, destruction,
    # or concealment of evidence, or the giving of testimony known to be false, by a peace officer")
    r"\bfabricat\w* (?:of )?(?:the )?evidence|\bfabricated (?:evidence|testimony)|\btestimony (?:known|knowingly) (?:to be )?false|"
    # ("False evidence that is substantially material or probative on the issue of guilt ... was introduced against a person")
    r"\bfalse (?:physical |documentary |forensic )?evidence\b[^.;]{0,120}\b(?:was|were) (?:introduced|offered|presented|admitted|used)\b|"
    r"\b(?:false|perjured) testimony\b[^.;]{0,60}\b(?:state|prosecut\w*|officer|government)|"
    # evidence the State hid ("was withheld by the State"), testimony "the State knew or should have known to be false"
    r"\b(?:evidence|information)\b[^.;]{0,80}\b(?:was|were) (?:withheld|suppressed|concealed|not disclosed) by the (?:state|prosecut\w*|government|people)\b|\btestimony (?:that )?the (?:state|prosecut\w*|government) knew(?: or should have known)? to be false\b|"
    r"constitutional (?:error|violation)|(?:challeng|attack|contest)\w* the (?:legal validity|legality|validity) of\b|(?:violation|denial|infringement|abridge?ment|breach)\b[^.;]{0,60}\b(?:rights?|constitution)|"
    r"prevented (?:the )?(?:defendant|accused|person|petitioner|him|her) from having a fair trial|deprived of a fair trial|\bdenied (?:the |a )?(?:defendant|accused|person|petitioner|him|her) a fair trial\b|\breversible error\b|did not have jurisdiction|(?:court|it|tribunal)(?: that)? (?:lacked|was without) jurisdiction|void for (?:want|lack) of jurisdiction|(?:court|it) (?:lacks|is without) jurisdiction(?! to (?:grant|hear|consider|entertain|decide|act|rule|extend|enlarge|reopen|modify|vacate|set aside)\b(?! the (?:offense|case|charge|crime)))|not (?:being )?within the jurisdiction of the court|(?:facts|indictment|information|complaint)\b[^.;]{0,40}\b(?:do|does|did) not (?:charge|constitute|state) (?:an? |any )?(?:public )?(?:offense|crime)|not punishable under a valid statute|"
    r"\black(?:ed|s)? jurisdiction (?:of|over) the (?:person|subject matter|offense|defendant)\b|"
    r"(?:denied|deprived of|denial of|deprivation of|without) (?:the )?effective (?:assistance|advice|representation)|\bfail\w* to (?:render|provide) (?:the )?effective assistance|"
    # counsel's wrong or missing advice, which is ineffective assistance ("defense counsel affirmatively misstated, or
    # failed to state, an immigration consequence of the plea")
    r"\b(?:counsel|attorney|lawyer)\b[^.;]{0,40}\b(?:misadvis\w*|misstat\w*|misinform\w*|(?:failed|fail\w*) to (?:advise|inform|state|tell|warn|"
    r"(?:give|provide|offer) (?:\w+ )?advice)|did not (?:advise|inform|tell|warn))\b|"
    # ("after advice that was materially incorrect")
    r"\b(?:advice|advisement)\b[^.;]{0,20}\b(?:was|were|is) (?:materially |affirmatively |substantially )?(?:incorrect|inaccurate|wrong|"
    r"erroneous|misleading)\b|"
    # ... or divided loyalty, or no lawyer at all ("the petitioner's lawyer labored under a conflict of interest that affected
    # the representation"; "was denied counsel at a critical stage without a valid waiver")
    r"\b(?:counsel|attorney|lawyer)\b[^.;]{0,40}\bconflict of interest\b|\bdenied counsel\b|"
    # the required warning left out ("A defendant who shows that the statement was omitted ... is entitled to relief")
    r"\b(?:statement|warning|advisement|admonition|advice)s?\b[^.;]{0,60}\b(?:was|were|had been) (?:omitted|not (?:given|made|read|"
    r"delivered))\b|"
    # ... said as the advice given ("defense counsel gave the defendant no advice, or inaccurate advice, about how the plea
    # would affect the defendant's immigration status"), and counsel denied outright ("sentenced ... without having been
    # provided the assistance of a defense attorney")
    r"\b(?:counsel|attorney|lawyer)\b[^.;]{0,30}\b(?:gave|give[sn]?|provided|offered|rendered)\b[^.;]{0,30}\b(?:no|inaccurate|"
    r"incorrect|wrong|erroneous|misleading|false) (?:legal )?advice\b|"
    r"\bwithout (?:having been |being )?(?:provided|afforded|given|assigned|appointed) (?:the )?(?:assistance of )?(?:an? |the )?"
    r"(?:defen[cs]e )?(?:counsel|attorney|lawyer)\b|\bden(?:ied|ial of) (?:the )?(?:right to|assistance of) counsel\b|"
    # ("the defendant was not represented by counsel and did not validly waive counsel")
    r"\bnot (?:been )?represented by (?:counsel|an attorney|a lawyer)\b[^.;]{0,40}\b(?:and|or|nor)\b[^.;]{0,30}\b(?:not|never|without)\b"
    r"[^.;]{0,20}\b(?:\w+ )?waive\w*|"
    # ... or neither represented nor told of the right ("was neither represented by counsel nor advised of the right to
    # counsel"), or the charge not explained in a language the person understood
    r"\bneither represented by (?:counsel|an attorney|a lawyer)\b[^.;]{0,20}\bnor (?:advised|informed|told)\b|"
    r"\bnot explained to (?:the )?(?:petitioner|defendant|person|accused)\b[^.;]{0,30}\binterpreter\b|"
    r"not (?:(?:to )?(?:have )?been )?(?:made |entered |given |tendered )?(?:knowing(?:ly)?|voluntar(?:y|ily)|intelligent(?:ly)?),? (?:(?:and|or) )?(?:knowing(?:ly)?|voluntar(?:y|ily)|intelligent(?:ly)?)|"
    # ("such pleas were therefore not entered with knowledge of their consequences")
    r"\bnot (?:(?:to )?(?:have )?been )?(?:made|entered|given|tendered) with (?:full |an? )?(?:knowledge|understanding) of (?:its|their|the) "
    r"(?:\w+ )?consequences\b|"
    # ("a conviction resting on it is rebuttably presumed to have been obtained in violation of law")
    r"\b(?:obtained|entered|imposed|procured) in violation of (?:the )?(?:law|constitution)\b|"
    r"(?:violation|denial|deprivation) of due process|did not constitute a (?:crime|criminal offense)|"
    r"induced by (?:a |an )?(?:promise|misrepresentation|threat|coercion|fraud)|suppress\w*[^.;]{0,20}\bevidence|"
    r"exceeds? the maximum (?:sentence )?(?:authorized|allowed|permitted) by law|"
    r"\bviolat(?:ed|es)\b[^.;]{0,60}(?:rights|constitution)|unconstitutionality of|rendered the (?:conviction|judgment) void|"
    r"ineffective assistance|error of law|fraud|duress|misinformation|\bmisadvi[cs]\w* (?:of|by) (?:the defendant's |the person's |his |her |their )?(?:counsel|attorney|lawyer)\b|\b(?:deprived|denied) of a right (?:secured|guaranteed|protected) by (?:law|the constitution)\b|\bevidence (?:that )?(?:came to light|was discovered|surfaced) (?:only )?after (?:the )?(?:judgment|trial|conviction|plea)\b|\bno (?:qualified |certified |competent )?interpreter (?:was )?(?:provided|appointed|present|used)\b|\bnot (?:been )?provided (?:with )?an interpreter\b|\b(?:deprived|denied)\b[^.;]{0,40}\b(?:of )?a right secured by (?:the )?(?:federal or state |state or federal |federal |state |united states )?constitution\b|\bsecured to (?:the )?\w+ by (?:the )?(?:federal or state |state or federal |federal |state )?constitution (?:was|were|has been|had been) (?:infringed|violated|denied|abridged)\b|\b(?:punishment|sentence) imposed is greater than (?:the law|is) allow\w*|\bdid not (?:understand|comprehend) (?:the )?(?:charges?|nature of|rights?|consequences?)\b|repugnan\w* to the constitution|\bdisregard of (?:a |the |any )?(?:\w+ )?rights?\b|\bbeyond the (?:limits of its |scope of its )?jurisdiction\b|\bin excess of (?:its )?jurisdiction\b|\btwice (?:put |placed )?in jeopardy\b|\bdouble jeopardy\b|legal(?:ly)? infirm(?:ity)?|without (?:a )?(?:meaningful |full )?understanding of (?:the )?(?:actual or potential )?(?:adverse )?(?:immigration )?consequences|(?:plea|conviction) (?:is|was) (?:legally )?invalid|"
    r"(?:judgment|sentence|conviction)[^.;]{0,60}\b(?:is|was) unlawful|error or ground for relief|error of constitutional dimension|"
    r"(?:is|was|are|were) (?:otherwise )?subject to collateral attack|error of fact\b[^.;]{0,160}\bwould have prevented|"
    r"would have prevented the (?:rendition|entry) of (?:the )?judgment|"
    # the law itself void ("if the statute under which the petitioner was convicted is unconstitutional"), and a plea or
    # confession forced ("a guilty plea that was coerced")
    r"\b(?:statute|law|ordinance)\b[^.;]{0,80}\b(?:is|was|are|were|has been) (?:(?!not\b)\w+ )?(?:unconstitutional|void|invalid)\b|"
    r"\b(?:plea|confession|statement|admission)s? (?:that |which )?(?:was|were|had been) (?:(?!not\b)\w+ )?(?:coerced|involuntary|compelled)\b|"
    # any ground the law recognises ("on any grounds that constitute a proper legal basis for granting such relief")
    r"\bgrounds?\b[^.;]{0,30}\bproper legal (?:basis|grounds?)\b)"
)
TRAFFICKED = (
    r"(?:victims? of (?:human |sex |labor |severe forms? of )?trafficking|(?:human |sex |labor )?trafficking cases\b|(?:was|were|being|been) trafficked|"
    # a defined term for the victim ("'trafficked child' means a child who was the victim of human trafficking")
    r"\btrafficked (?:child|children|person|persons|individual|minor|youth)\b|"
    # a survivor, in the words some states use ("because it resulted from the person's having been a trafficking survivor")
    r"(?:human |sex |labor )?trafficking survivor|survivor of (?:human |sex |labor )?trafficking|"
    # the trafficker's force named instead ("committed the offense under coercion by a trafficker")
    r"(?:coercion|duress|force|fraud|threats?) (?:by|of|from) (?:a |the |an? )?(?:human |sex |labor )?traffickers?\b|"
    r"(?:coerced|compelled|forced|victimi[sz]ation) by (?:a |the |an? )?(?:human |sex |labor )?traffickers?\b|"
    r"(?:human |sex |labor )?trafficking victim|(?:result|consequence) of (?:having been |being )?(?:a )?"
    r"(?:victim of|trafficked)|(?:direct|proximate) result of (?:having been |being )?a victim\b|(?:direct|proximate) result of (?:the |such )?(?:human |sex |labor )?trafficking\b|acts (?:required|induced|compelled|directed) by (?:the |a )?(?:human )?trafficker|"
    # the person named between ("as a direct result of the defendant being the victim of an offense of trafficking"), or
    # trafficking in persons one item of a list ("victim of: (a) ...; (b) A severe form of trafficking in persons"; not
    # "Trafficking in the personal identifying information of another"), and the bare victim of a section on trafficking
    r"result of (?:the (?:defendant|person|petitioner|movant|individual)(?:'s)? )?(?:having been |being )(?:a |the )?victim of"
    r"(?: (?:an? )?(?:offense of |crime of |(?:severe )?forms? of )?(?:\w+ )?trafficking|(?: any| one or more)?(?: of the following)?:\s*(?:[^.:]{0,250}?;\s*(?:or |and )?)?(?:\(\w{1,4}\)\s*)?(?:an? |the )?"
    r"(?:offense of |crime of )?(?:severe forms? of trafficking|(?:human|sex|labor) trafficking|trafficking (?:in|of) (?:persons|humans|"
    r"human beings|a person|individuals)))\b|\bresult of (?:having been|being) (?:a |the )?victim\b(?! of)|"
    # ("crimes directly resulting from human trafficking"; "offenses committed ... while the person was a victim")
    r"\b(?:directly |proximately )?result(?:ing|ed)? from (?:human |sex |labor )?trafficking\b|\bwhile (?:the (?:person|defendant|"
    r"petitioner|individual) )?(?:was|were) (?:a |the )?(?:trafficking )?victim\b)"
)
"""A conviction for what the person was made to do as a trafficking victim: a defence never heard."""
GRANT_PROCEEDING = (
    r"(?:\b(?:may|shall)\b(?:,[^,.;]{0,60},)? (?:\w+ ){0,2}(?:institute|commence|begin|file|bring|lodge)\b[^.;]{0,60}\b(?:proceeding|petition|motion|action|application)\b"
    r"[^.;]{0,200}\b(?:relief|vacate|set aside|correct)|petition for post-?conviction relief|"
    # (the writ a person imprisoned on the conviction may bring: "A writ of habeas corpus may be prosecuted for ...")
    r"^(?=.*\b(?:guilt|guilty|convict\w*|plea|trial)\b).*\bwrit of habeas corpus may be (?:prosecuted|brought|filed|sought)\b|"
    # ... in a digest's words for what a bill does ("The bill would allow a writ of habeas corpus to be prosecuted on the
    # basis of that prohibition"), not what existing law does
    # ("This bill would allow for prosecution of a writ of habeas corpus to be prosecuted on the additional bases of")
    r"^(?!\W*existing law\b).*\b(?:would|shall) (?:allow|permit|authori[sz]e) (?:for (?:the )?prosecution of )?a writ of habeas corpus to be (?:prosecuted|brought|filed|sought)\b)"
    + "|"
    + GROUNDS_LISTED
)
"""A proceeding the person may bring for post-conviction relief ("may institute a proceeding ... to secure
the appropriate relief"), whose grounds are listed apart."""
FAILED_ADVICE = (
    # a plea taken without the warning or the step the law requires ("a conviction entered on a plea accepted without
    # compliance with paragraph (c)"; "any conviction entered on a plea taken without that statement"; "if the plea was
    # accepted without the defendant having been told that a conviction might lead to deportation")
    r"\b(?:pleas?|convictions?|judgments?)\b[^.;]{0,60}\b(?:accepted|entered|taken|received)\b[^.;]{0,10}\bwithout (?:(?:compliance|complying) with\b|"
    r"(?:that|such|this|the required|the|an?) (?:\w+ )?(?:statement|advisement|advice|warning|admonition|information|notice|inquiry|colloquy)\b|"
    r"(?:the (?:defendant|person|accused) )?(?:having been|being) (?:told|advised|informed|warned))|"
    r"(?:not been (?:so )?(?:advised|informed|admonished|warned)|(?:was|were|is) not (?:so )?(?:advised|informed|admonished|warned)|"
    r"never (?:been )?(?:advised|informed|admonished|warned|told)|not (?:been )?given the (?:\w+ )?(?:warning|advisement|admonition|statement|explanation)|"
    # ("proves that the information required by subsection (1) was not given")
    r"\b(?:information|advisement|advice|warning|notice|statement) required by (?:subsection|section|paragraph|rule) \S+ (?:was|were) not (?:given|provided|delivered)|"
    r"without (?:first )?(?:giving|providing|delivering|telling|advising|informing|warning)[^.;]{0,20}"
    r"(?:warning|advisement|admonition)|omi(?:t|ts|tted|ssion)\b[^.;]{0,30}(?:advisement|warning|admonition|statement|advice|information)|"
    # ("if the court finds that the defendant did not receive the information required by subdivision (a)")
    r"did not (?:receive|get|hear) the (?:\w+ )?(?:information|advisement|warning|advice|admonition|statement)|(?:court|judge) did not(?:,[^,.;]{0,60},)? (?:inform|advise|warn|tell|admonish) the (?:person|defendant|petitioner)\b[^.;]{0,60}\b(?:immigration|deport\w*|citizen\w*|naturali[sz]ation)|"
    r"(?:fail(?:s|ed|ure)?|omit(?:s|ted|ting)?|neglect(?:s|ed)?) (?:\w+ ){0,2}?to (?:so )?(?:advise|address|inform|admonish|warn|give|"
    r"provide|comply|read|recite|deliver)|"
    # the words the court was to say, not said ("the statement required by sub. (1) was not given"; "Where the court
    # skipped the personal inquiry required by subsection (a)")
    r"\b(?:statement|advisement|warning|admonition|advice|inquiry|colloquy|explanation)\b[^.;]{0,60}\b(?:was|were) not (?:given|read|made|"
    r"provided|delivered|conducted)\b|\b(?:skipped|omitted|did not (?:make|conduct|hold|read)) the (?:[\w-]+ ){0,2}(?:inquiry|"
    r"advisement|warning|statement|admonition|colloquy)\b|"
    r"(?:failure|omission|neglect) (?:of [^.;]{0,60})?to (?:so )?(?:advise|inform|admonish|warn|give|provide|deliver)|"
    # ("the lack of that warning is a ground on which the court shall vacate the judgment")
    r"\b(?:lack|absence) of (?:the |that |this |such |any |an? )?(?:\w+ )?(?:warning|advice|admonition)\b|"
    r"\bwithout (?:the |any |an? )?(?:\w+ )?(?:advice|advisement|warning|admonition|admonishment)s? (?:of|about|on|as to|concerning|required|"
    r"called for)\b|"
    # ("the plea was accepted without the inquiry into the person's understanding ... that section 46-12-204 requires")
    r"\bwithout (?:the |any |an? )?(?:\w+ )?(?:inquiry|colloquy|canvass)\b[^.;]{0,120}\b(?:requires?|required|called for)\b|"
    r"did not (?:so )?(?:advise|inform|admonish|warn)|did not (?:give|read|deliver|provide|say|recite) (?:that|the|this|such) (?:\w+ )?(?:warning|explanation|"
    r"advisement|admonition|statement|notice|advice|words)|advisement|admonishment)"
)
"""The court did not give the defendant the advisement (usually the immigration warning) the law requires."""
VACATE = (
    r"\b(?:vacat(?:e|es|ed|ing|ur)|set(?:s|ting)? aside|set (?:it|them) aside|withdraw\w* (?:the |a |an |his |her |their |such |that )?(?:guilty |prior )?plea|"
    r"post-?conviction relief|new trial|reverse the (?:conviction|judgment)|(?:motion|proceeding) for appropriate relief)\b"
)
"""Relief that undoes a conviction itself (not sealing or expunging its record)."""
DEFECT_WORD = (
    r"(?:unconstitutional\w*|constitution of (?:the united states|this state)|due process|ineffective|"
    r"(?:without|lack\w*|no) jurisdiction|(?:obtained|procured|induced) by fraud|fraud (?:on|upon) the court|duress|"
    r"coerced (?:plea|confession|statement)|under coercion|misrepresent\w*|involuntar\w*|"
    # a new trial's grounds of law ("erred in the decision of any question of law"), and rights "violated" so
    r"erred in (?:the decision of )?(?:any |a )?(?:question|point|matter) of law|verdict (?:is|was) contrary to law|"
    r"(?:prosecut\w*|district attorney)\b[^.;]{0,40}\bmisconduct\b|rights? (?:were|was|have been|has been) (?:violated|infringed)\b|"
    r"not (?:made |entered |given )?(?:knowing|voluntar|intelligent)\w*|\bunknowing\b|without an interpreter|suppress\w* (?:of )?(?:\w+ )?evidence|"
    # a verdict the Sixth Amendment forbids ("convicted of a criminal offense as the result of a nonunanimous jury verdict")
    r"non-?unanimous (?:jury )?(?:verdicts?|jur(?:y|ies))|less than unanimous|(?:verdict|jury) (?:was|were|is) not unanimous|"
    r"exculpatory|perjured|false (?:testimony|evidence)|newly discovered|grounds? that would (?:support|warrant|require) (?:an? )?(?:appellate )?reversal|actual(?:ly)? innocen\w*|factually innocent|innocence|"
    r"legal(?:ly)? (?:error|defect|invalid)|error of law|"
    r"invalid|illegal sentence|exceed\w* the maximum|double jeopardy|did not constitute|not a crime|prejudicial|"
    r"(?:not|never) (?:been )?(?:so )?(?:advised|warned|informed|told|admonished)|fail\w* to (?:so )?(?:advise|warn|inform|admonish)|"
    r"did not(?:,[^,.;]{0,60},)? (?:tell|advise|warn|inform)|(?:governmental|government|official|police|law enforcement) misconduct|effective assistance|assistance of counsel|right to counsel|(?:not afforded|without) counsel|"
    r"mental capacity|incompeten\w*|valid plea|fabricat\w*|(?:was|were) (?:based (?:up)?on )?unreliable|not (?:been )?given the (?:\w+ )?(?:warning|advisement)|"
    r"did not commit (?:the|an|any) (?:offense|crime)|(?:offends?|violat\w*|contrary to|in derogation of|secured by|guaranteed by)[^.;]{0,60}constitution|"
    r"without (?:an? )?(?:knowing )?understanding|would (?:likely |probably )?have prevented the conviction|"
    r"(?:unavailable|not available) at (?:the time of )?trial|previously unknown|no (?:rational|reasonable) (?:trier|juror|jury)|"
    r"lack\w* (?:the )?(?:authority|power)|error (?:that )?prejudic\w*|prejudiced (?:the )?(?:\w+ )?(?:ability|capacity)|"
    r"performance fell below|deficient performance|professional norms|misadvi[cs]\w*|misinformed|incorrect advice|"
    r"constitutional,? (?:or |and )?(?:jurisdictional|fundamental)|(?:constitutional|jurisdictional) grounds|"
    r"without (?:first )?(?:telling|advising|informing|warning) the (?:person|defendant|applicant|petitioner)|"
    # the uniform post-conviction act's ground of new evidence ("evidence of material facts, not previously presented
    # and heard")
    r"evidence of material facts,? not previously presented|"
    # a new trial's grounds of trial error ("the court erred in the decision of any matter of law"; "has misdirected the
    # jury in a matter of law"; "the prosecuting attorney was guilty of misconduct"; "new and material evidence")
    r"\berr(?:ed|s)? in (?:the )?(?:decision|ruling) (?:of|on|upon) (?:any |a |an )?(?:matter|question|point)s? of law\b|"
    r"\bmisdirected the jury\b|\berroneously instructed the jury\b|"
    r"\b(?:prosecut\w*|district attorney|state's attorney)(?: attorney)? (?:was guilty of |committed |engaged in )?misconduct\b|"
    r"\bprosecutorial misconduct\b|\bnew and material evidence\b|\bdid not receive a fair (?:and impartial )?trial\b)"
)
"""A ground of legal or procedural defect, in the single words and short phrases bills use for it."""
NO_DEFECT = (
    r"\b(?:is not|are not|shall not be|does not constitute|do not constitute) (?:(?:construed|deemed|considered|treated) as )?(?:a |an )?(?:finding|determination|adjudication|ruling)\b"
    r"[^.;]{0,80}\b(?:violation|invalid\w*|defect\w*|error|unconstitutional\w*|unlawful\w*|illegal\w*|void)|"
    r"\b(?:shall|does|will) not be (?:construed|deemed|read|taken) (?:to (?:find|be a finding of|determine)|as (?:finding|determining))\b[^.;]{0,40}\b(?:defect\w*|error|invalid\w*|violation)|\b(?:does|do|shall|will) not (?:find|determine|adjudicate|decide|declare) that (?:the |a |any )?(?:plea|conviction|judgment)\b[^.;]{0,40}\b(?:invalid|defective|void|unlawful)|"
    r"\bneed not (?:allege|show|prove|establish|assert)\b[^.;]{0,40}\b(?:defect|error|invalid\w*|violation|unconstitutional\w*)|\b(?:shall|may|will|need) not (?:inquire into|look into|examine),? (?:any |the |a )?(?:alleged )?(?:defects?|errors?|invalidity|violations?)\b|\b(?:does|shall|will) not (?:of itself |by itself |alone )?(?:render|make) (?:the |a |any )?(?:plea|judgment|conviction) invalid\b|\b(?:shall|does|will) not (?:of itself |by itself |alone )?(?:be|constitute) (?:a |an )?(?:grounds?|basis) for (?:vacat|withdraw|set(?:ting)? aside)|"
    r"\b(?:operates?|constitutes?|acts?) as a waiver\b[^.;]{0,80}\bgrounds?\b|\bshall not rest (?:up)?on\b[^.;]{0,60}\bfinding\b[^.;]{0,80}\b(?:defect\w*|invalid\w*|error|unconstitutional\w*|unlawful\w*|void)"
)
"""A ground of legal defect disclaimed ("is not a finding that the conviction was obtained in violation of law"; "shall not rest upon ... a finding that the judgment was ... legally defective"; "does not
determine that the conviction was invalid"; "need not allege any defect"; "operates as a waiver ... of every ground for challenging the validity of the conviction"): it
names a defect to say none is needed, or to give it up."""
INNOCENCE = (
    r"newly discovered evidence|actual(?:ly)? innocen\w*|(?:is|was) innocent of|"
    # ("a fact ... which if known would probably have prevented the rendition of the judgment"; "would probably produce a
    # different result")
    r"would (?:probably |likely )?have prevented the rendition of (?:the )?judgment|would (?:probably |likely )(?:produce|result in) a "
    r"different (?:result|verdict|outcome)|no (?:rational|reasonable) (?:trier of fact|juror|jury) would have (?:found|convicted)\b|reasonable probability that (?:the )?(?:verdict|outcome|result)\b[^.;]{0,40}\b(?:more favou?rable|different)\b|\b(?:testing|test|dna|forensic) results? (?:are|is|were) (?:\w+ )?(?:favou?rable|exculpatory)\b|"
    r"\bresults? of (?:the |any )?(?:\w+ )?(?:(?:dna|forensic) )?(?:\w+ )?(?:testing|tests?|analysis)\b[^.;]{0,80}\b(?:are |is |were )?"
    r"(?:favou?rable|exculpatory)\b|"
    r"would (?:likely |probably )?have prevented the conviction|(?:unavailable|not available) at (?:the time of )?(?:the )?(?:[\w'’]+ ){0,3}?trial|"
    r"would not have been convicted|did not commit (?:the|an|any) (?:offense|crime)|\b(?:is|was) not the (?:person|individual|one) who committed\b|"
    # ("evidence ... which could not with reasonable diligence have been discovered and produced at the trial, and which if
    # received would probably have produced a different verdict")
    r"could not(?: with (?:due|reasonable) diligence)? have been discovered|(?:would|could) (?:probably |likely )?have produced a "
    r"different (?:verdict|result|outcome|finding)|"
    # new evidence in a digest's or an act's words ("was not ascertainable through the exercise of reasonable diligence
    # ... before the date of entry of a plea"; "a reasonable likelihood that the result at trial would have been
    # different")
    r"not (?:available|ascertainable|discoverable)\b[^.;]{0,100}\b(?:before|prior to|at the time of)\b[^.;]{0,40}\b(?:trial|conviction|"
    r"(?:entry of (?:a |the )?)?plea)|(?:likelihood|probability) that the (?:result|outcome|verdict)\b[^.;]{0,40}\bwould have been different|"
    # ("based upon final testing results exonerating or exculpating the person")
    r"\b(?:testing|test|dna) results?\b[^.;]{0,20}\b(?:exonerat|exculpat)\w*|\bresults?\b[^.;]{0,40}\b(?:exonerate|exculpate)s?\b|\b(?:if|where|when) the (?:\w+ )?results? (?:of (?:the )?(?:\w+ )?(?:testing|tests?|analysis) )?(?:is|are) (?:favou?rable|exculpatory)\b"
)
"""A ground of innocence: new evidence, or test results in the person's favour."""
LEFT_TO_OTHER_LAW = (
    r"\b(?:does|do|shall) not (?:describe|address|govern|create|establish|define|prescribe) (?:a |an |any |the )?(?:\w+ )?(?:remed\w*|"
    r"grounds?|relief|means|route)\b|^(?!.*\bbut\b[^.;]{0,160}\b(?:shall|may|must)\b).*\bcontinues? to be governed by\b|"
    r"\b(?:does|do|shall) not (?:itself )?(?:change|alter|expand|enlarge|modify|add to)\b[^.;]{0,20}\bgrounds?\b|"
    r"\b(?:study|studies|studying|examine|evaluate|assess) whether\b"
)
"""A section that says what it leaves to other law ("it does not describe the grounds on which a judgment may later be
set aside"; "does not create a remedy"), not one that only leaves something else aside ("does not create a right to
appointed counsel"; "whether a plea may be withdrawn before sentencing continues to be governed by the rules, but after
judgment the court shall vacate ..."); a bill that "does not itself change the grounds", or that sends a body "to study
whether" people "should be given a new procedure to vacate" their convictions, leaves the law as it is."""

SAVED_POWER = (
    r"\b(?:not|nothing)\b[^.;]{0,60}\b(?:divest|deprive|limit|affect|impair|take away|takes away)\w*\b[^.;]{0,80}\b(?:jurisdiction|"
    r"authority|power)\b[^.;]{0,20}\bto (?:hear|decide|consider|entertain)\b[^.;]{0,40}\b(?:a |any )?(?:later|subsequent|future|separate|"
    r"other|another)\b"
)
"""A court's power to hear another law's motion saved ("does not take away the court's jurisdiction to hear ... a later
motion to vacate"): the motion's defect is that law's, not this section's."""

NOT_HERE = (
    r"\b(?:court|judge)s? (?:has|have|had) (?:already )?(?:vacated|reversed|set aside)\b|"
    r"\b(?:may|shall|can) not be used to (?:challenge|attack|contest|question)\b|"
    r"\b(?:does|do|shall) not (?:provide|afford|create|give|offer) (?:a |an |any )?(?:remedy|relief|means|route)\b|"
    # a claim sent to a remedy another rule provides ("... shall be raised by a petition for post-conviction relief
    # under R. 3:22")
    r"\b(?:shall|must) be (?:raised|brought|presented|asserted) (?:only )?(?:by|in|through) (?:a |an )?(?:\w+ )?"
    r"(?:petition|motion|application)\b[^.;]{0,60}\bunder (?!this\b)(?:r\.|rule|section|§|chapter|article)"
)
"""A vacatur that is had elsewhere: one a court "has vacated" already, named as a condition of something else ("A
petition [for compensation] may be filed only after: (a) a court has vacated or reversed all convictions"), or a
motion that "may not be used to challenge the validity of a conviction" or a section that "does not provide a remedy
for the legal invalidity of a conviction" or a claim that "shall be raised by a petition ... under R. 3:22" (such
claims go to another law)."""
TAUGHT = r"\b(?:explain|describe|teach|educat)\w*\b[^.;]{0,120}\bthat\b"
"""What a program or notice is to explain ("The program shall explain ... that a noncitizen may need a vacatur for
legal error before the conviction loses its immigration effect"): words about vacatur, which grant none."""
CHANGED_LAW = (
    r"\bhad (?:the |this )?[^.;]{0,60}\b(?:act|law|section|amendment|initiative|proposition)s? been in effect\b|"
    r"\bnow legally invalid\b|\bwould not have been guilty\b"
)
"""Words that make a later law the ground, not a defect in the case: read in the sentences before a grant too."""
DECRIMINALIZED = CHANGED_LAW + r"|\bno longer (?:a crime|an offense|criminal|illegal|unlawful)\b"
"""Relief because the law has since changed ("who would not have been guilty of an offense ... had the Adult Cannabis
Act been in effect", "because the prior conviction is now legally invalid"): no defect in the case as it was tried."""
_MODAL_GAP = (
    # (or a digest's "authorizes a person who has completed a sentence to ask the sentencing court to vacate")
    r"\b(?:may|shall|must|will|can|(?:is|are) (?:required|authori[sz]ed|permitted|empowered) to|"
    r"(?<!not )(?:authori[sz]es|allows|permits|enables|entitles|lets) (?:an? |the |any )?(?:[\w'-]+ ){1,14}?to)(?! not\b)"
    r"(?: (?:also|then|thereafter|further|only))?(?:,[^.;]{0,200}?,)? "
    r"(?:(?:at any time|as of right|in (?:its|the court's) discretion),? )*(?:[\w'-]+ ){0,3}?"
)
BULLET_GRANT = (
    r"^(?:[-•*]\s*)?(?:lets|allows|authori[sz]es|permits|enables|entitles)\b[^.;]{0,120}?\bto (?:[\w'-]+ ){0,6}?"
    r"(?:vacate|set aside|withdraw)\b"
)
"""A summary's bullet that grants, the bill its unstated subject ("- Lets any person ... ask the court ... to vacate")."""
ACTS_ON_RELIEF = (
    BULLET_GRANT
    + "|"
    + _MODAL_GAP
    + r"(?:vacate|set aside|reverse|annul|grant|order|enter|dismiss|permit|allow|hear|decide|determine|consider|entertain|reopen (?:any |the |a |such )?(?:\w+ )?(?:judgment|conviction)|"
    r"correct|discharge|declare|withdraw|arrest|relieve|set (?:[\w'-]+ ){1,3}aside|issue (?:an? |the )?order)\b|"
    + _MODAL_GAP
    + r"(?:file|bring|make|move|petition|apply|seek|obtain|institute|commence|begin|lodge|sue|challenge|attack|contest|allege|"
    r"assert|claim|raise|present|prosecute|ask|request|proceed|pursue|show|rest|establish|prove|demonstrate|include)\b"
    r"[^.;]{0,120}\b(?:vacat|set aside|relief|withdraw|new trial|writ|motion|petition|application|proceeding|habeas|coram|"
    r"convict|judgment|plea|sentence|order|grounds?\b)|"
    r"\b(?:may|shall|must|will)(?:,[^.;]{0,200}?,)? (?:\w+ )?be (?:\w+ )?(?:vacated|set aside|annulled|withdrawn|reversed|granted|filed|brought|made|"
    r"raised|heard|allowed|permitted|dismissed|corrected|entertained|considered|ordered|determined|presumed|based|commenced|instituted|initiated|sought|pursued|prosecuted|asserted|maintained|discharged|entered|issued|"
    r"relieved)\b|"
    r"\bsubject to (?:vacatur|vacation|being (?:vacated|set aside)|collateral attack)\b|\b(?:is|are|constitutes?|shall be) (?:a |an |the )?"
    r"(?:grounds?|basis|bases) for (?:vacat|setting aside|withdraw|relief|a new trial)|"
    r"\b(?:retains?|keeps?|has|have) (?:the )?(?:continuing )?(?:jurisdiction|authority|power)\b[^.;]{0,40}\bto (?:hear|decide|grant|"
    r"consider|entertain|vacate|set aside)\b|"
    r"\b(?:is|are|be|shall be) (?:\w+ )?(?:entitled|cognizable|available|void|voidable)\b|\bentitled to\b|"
    # (a conviction the law declares presumed invalid: "those convictions are presumed legally invalid")
    r"\b(?:is|are) presumed (?:to be )?(?:legally |constitutionally )?invalid\b|"
    + _MODAL_GAP
    + r"have (?:the |a |an |his |her |their |its )?(?:\w+ )?(?:conviction|judgment|plea|sentence|record)|"
    # (a saving of the court's power: "Nothing in this section shall be construed to prevent a court from vacating a
    # judgment obtained through fraud upon the court")
    r"\b(?:prevent|preclude|bar|limit|restrict)\w* (?:a |the |any )?court from (?:vacating|setting aside|granting|hearing)\b|"
    # (the subjunctive of a request or a ground: "asking that the judgment be annulled"; "requires that the conviction be
    # vacated"), an order's own effect ("an order granting a motion under this chapter vacates the judgment"), or a motion
    # that "lies where" its grounds are met
    r"\b(?:conviction|judgment|plea|sentence)s? be (?:\w+ )?(?:vacated|set aside|annulled|withdrawn|reversed)\b|"
    r"\b(?:vacates|sets aside|annuls|reverses) (?:the |a |any )?(?:\w+ ){0,2}(?:judgment|conviction|plea|adjudication|"
    r"(?:delinquency|criminal) proceeding)|"
    r"\b(?:motion|petition|writ)s? (?:\w+ ){0,3}lies?\b|\b(?:motion|petition|writ)s?\b[^.;]{0,60}?\b(?:shall|may|will) lie\b|"
    r"\b(?:is|are) (?:hereby )?(?:preserved|retained|continued) as (?:a |an )?remed(?:y|ies)\b|"
    # a remedy a law lets be brought ("would allow a writ of habeas corpus to be prosecuted on the basis of that prohibition")
    r"\b(?:allow|permit|authori[sz]e)\w* (?:for (?:the )?prosecution of )?(?:an? |the )?(?:writ|motion|petition)\b[^.;]{0,40}\bto be (?:prosecuted|brought|filed|made|sought)\b|"
    # (a digest's or a title's verb: "Creates a mechanism for a person ... to vacate a criminal conviction"; "AN ACT ...
    # in relation to vacating judgments entered upon pleas of noncitizens")
    r"\b(?:creat(?:es?|ing)|establish\w*|provid(?:es?|ing)|allow(?:s|ing)?|permit(?:s|ting)?|authori[sz](?:es?|ing)|enabl(?:es?|ing)|requir(?:es?|ing))\b[^.;]{0,160}\b(?:to vacate|to set aside|"
    r"to withdraw|vacatur|vacating|(?:a |the )?withdrawal of (?:a |the )?(?:guilty )?plea)\b|\b(?:in relation to|relating to|concerning) (?:the )?vacat\w*|\bhave the right to withdraw\b|"
    # (a failure that itself undoes the plea: "shall render the plea unknowing, involuntary, and unintelligent, requiring vacatur")
    r"\brequir\w* (?:its |the |a )?(?:vacatur|vacation|reversal|withdrawal|new trial)\b|\bseek\w* to (?:vacate|set aside|correct|challenge)\b|"
    r"\bprocedure for (?:filing|seeking|obtaining|bringing)\b|\bdoes not apply to (?:a |an |any )?(?:petition|motion|application)|"
    # (an order that declares it: "Include in the order a statement that the conviction is vacated as unconstitutional")
    r"\b(?:order|statement|judgment)\b[^.;]{0,80}\bthat (?:the )?(?:\w+(?:'s|s') )?(?:convictions?|judgments?|pleas?)\b[^.;]{0,30}"
    r"\b(?:is|are|shall be|be) (?:hereby )?vacated\b|\bhereby (?:vacated|set aside)\b|"
    # (a ground in a list whose lead-in grants: "(i) the judgment is a conviction where the defendant's participation ...")
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)+(?:that )?(?:the )?(?:judgment|conviction|plea|sentence|statute|defendant|petitioner|"
    r"person|movant|court|counsel)\b|" + GROUNDS_LISTED
)
"""A verb that acts on relief (the court may vacate, the person may move to vacate, the conviction shall be set aside,
the petitioner is entitled to relief): what a sentence needs to grant a vacatur, not only to name one."""
NAMED_ONLY = r"^(?!.*(?:" + ACTS_ON_RELIEF + "))"
"""A sentence that names a vacatur for cause without granting one: as a past event ("a person whose conviction was
vacated on the ground of actual innocence may bring an action for compensation"), or as what an officer records,
reports, notifies or counts ("The clerk shall record any order vacating a judgment on the ground of ineffective
assistance"; "shall represent an indigent person in any proceeding to vacate a conviction")."""

PRESUMED_INVALID = (
    r"(?:\b(?:rebuttabl[ey] )?presum\w* (?:to (?:be|have been) )?(?:legally )?(?:invalid|void|defective|unknowing|involuntar\w*|"
    r"not (?:to have been )?(?:knowing\w*|voluntar\w*|given|made|told|advised|informed))|"
    # ... with its words apart ("it shall be presumed, subject to rebuttal by the prosecution ..., that the plea was not
    # entered knowingly"; "must presume that the plea was entered without knowledge of its immigration consequences")
    r"\bpresum(?:e|ed|es)\b(?:,[^.;]{0,160}?,)? that (?:the |such |that |his |her |their )?(?:guilty )?(?:plea|conviction|judgment)\b"
    r"[^.;]{0,30}?\b(?:was|is|were) (?:not (?:entered |made |given )?(?:knowing\w*|voluntar\w*|intelligent\w*)|(?:legally )?invalid|"
    r"void|defective|unknowing\w*|involuntar\w*|(?:entered|made|given|accepted) without (?:knowledge|the advi[cs]e|advi[cs]e|the advisement|"
    r"an advisement|counsel|being (?:told|advised|informed)))|"
    # ... or the person presumed not to have known ("it shall be presumed, subject to rebuttal, that the defendant was unaware")
    r"\bpresum(?:e|ed|es)\b(?:,[^.;]{0,160}?,)? that (?:the )?(?:defendant|person|petitioner|movant|applicant)\b[^.;]{0,20}?\b(?:was|is|were) "
    r"(?:unaware|not (?:aware|advised|informed|told))\b|"
    # ... or the warning taken as never given ("the court must treat the advisement as not having been given, unless the
    # State proves otherwise")
    r"\b(?:treat|regard|deem|consider)\w* (?:the |that |such )?(?:advisement|advice|warning)s? as not (?:having been )?given\b|"
    r"\b(?:advisement|advice|warning)s? (?:is|are|shall be|must be) (?:deemed|treated|presumed|considered|regarded) (?:as )?not "
    r"(?:to have been |having been )?given\b|"
    # ("requires the court to vacate a conviction found invalid under the presumption")
    r"\b(?:found|held|deemed|determined) (?:to be )?(?:legally )?invalid (?:under|by (?:reason|operation) of) (?:the|that|such) presumption\b|"
    # ... or the plea presumed made without what the law requires ("shall be conclusively presumed to have been entered
    # without the understanding the law requires"), or invalid at the end of a longer presumption ("shall be presumed to
    # have been entered, by reason of legal error, without knowledge ... and therefore to be legally invalid")
    r"\bpresum\w* to have been (?:entered|made|given|accepted)\b[^.;]{0,40}?\bwithout (?:the )?(?:knowledge|understanding|"
    r"advi[cs]e|advisement|being (?:told|advised|informed))\b|"
    r"\bpresum\w*\b[^.;]{0,200}?\b(?:therefore|thus|hence) (?:is |to be |presumed to be )?(?:legally )?(?:invalid|void)\b|"
    # ... or a presumption "that" the person was unaware, or the plea invalid, however long the clause between ("shall
    # apply a rebuttable presumption that a defendant who ... was by reason of that legal error unaware of those
    # consequences, and that the plea is for that reason legally invalid")
    r"\bpresum(?:e|ed|es|ption)\b[^.;]{0,40}? that (?:an? |the )?(?:defendant|person|petitioner|movant|applicant|noncitizen)\b"
    r"[^.;]{0,200}?\b(?:was|is|were)\b[^.;]{0,40}?\bunaware\b|"
    r"\bpresum(?:e|ed|es|ption)\b[^.;]{0,40}? that\b[^.;]{0,240}?\b(?:plea|conviction|judgment)\b[^.;]{0,10}? (?:was|is|were) "
    r"(?:for that reason |therefore |thus |so )?(?:legally )?invalid\b|"
    # ... or named by the grant it blocks until overcome ("unless evidence is offered that is sufficient to overcome the
    # presumption in subsection (a), the court shall vacate the plea")
    r"\bunless\b[^.;]{0,80}\b(?:overcome|rebut)\w*\b[^.;]{0,10}\b(?:the|that|such) presumption\b[^.;]{0,80}\b(?:shall|must) "
    r"(?:vacate|set aside|grant|permit))"
)
"""A presumption for the person: the plea presumed invalid, or the advisement presumed not given ("A plea affected
by an immigration-consequences defect is rebuttably presumed to be legally invalid")."""
PRESUMED_OTHERWISE = r"^(?!.*" + PRESUMED_INVALID + r").*" + PRESUME
"""A presumption that is not one for the person (the plea presumed valid, the advice presumed given): a grant
beside it is read by the presumption rules, not as a vacatur."""
