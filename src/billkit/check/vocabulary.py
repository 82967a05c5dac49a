"""The words real bills use for each idea `billkit check` looks for: relief, a denial, a court order,
the person a record is about, immigration and federal agencies, a legal defect, and the rest.

Each is a regular expression over lower-cased text; :mod:`billkit.check.ruleset` combines them into
rules. They name ideas in the many words real bills use, not billkit's own sentences.
"""

from __future__ import annotations

RELIEF = (
    r"(?:expung\w*|seal\w*|nondisclos\w*|set[- ]?aside|sets aside|vacat\w*|shield\w*|order of limited relief|"
    r"clean slate|record clearance|clear(?:ed|ing|ance)?\b|eras\w*|annul\w*|dismiss\w*|destr(?:oy|uction)\w*)"
)
MODAL = r"\b(?:may|shall|must|can|is entitled|are entitled|will|is cognizable|are cognizable|is available|are available)\b"
DENIAL = (
    r"\b(?:may not|shall not|must not|will not|cannot|can not|(?:is|are) prohibited|prohibit\w*|unlawful for|"
    r"no (?:\w+ ){0,4}(?:person|agency|office|officer|court|one|entity|employee|department|official|record|information|file)s?\b[^.;]*\b(?:may|shall|must)\b)"
)
COURT_ORDER = (
    r"(?:court order|order of (?:a |the )?(?:\w+ )?court|(?:judge|court)(?:'s)? order|"
    r"order (?:from|of|by) (?:a |the )?(?:judge|court)|"
    r"(?:motion|petition|application) (?:that is |which is )?granted by (?:a |the )?(?:\w+ )?court)"
)
NO_ORDER = (
    r"(?:without|does not need|need not|no need for|not (?:be )?required to (?:obtain|get|seek))[^.;]{0,40}?"
    + COURT_ORDER
    + r"|\bno "
    + COURT_ORDER
    + r"[^.;]{0,30}(?:is|shall be) required"
)
ACCESS = r"\b(?:access\w*|inspect\w*|obtain\w*|get|cop(?:y|ies)|made available|available|review|see)\b"
SELF = (
    r"(?:the |a |that |such )?(?:person|individual|petitioner|defendant|applicant|probationer)\b|"
    r"(?:the|a|that|such) (?:child|juvenile|youth|minor)\b(?! (?:court|justice|officer|probation|record|services))|"
    r"subject of (?:the |that |an? )?(?:\w+ )?record|subject(?:'s)? attorney|designated agent"
)
OWNER = (
    r"(?:(?:person|individual) who is the subject of|subject of (?:the |that |an? |such )?(?:\w+ )?(?:record|order|information)|"
    r"petitioner\b(?!')|defendant\b(?!')|(?:person|individual) whose (?:\w+ )?records?|(?:person|individual) named in|"
    r"(?:person|individual) to whom (?:the |they |it |such |that )?(?:\w+ )?(?:records? |information |files? )?"
    r"(?:pertains?|relates?|refers?))"
)
"""The person a cleared record is about, as bills name them when they keep the record open to them."""
IMMIGRATION = (
    r"(?:immigration|homeland security|\bice\b|customs enforcement|citizenship and immigration|"
    r"federal immigration authorit\w*)"
)
FEDERAL = IMMIGRATION + r"|federal (?:authorit|agenc|government|law enforcement|official|officer)\w*"
AGENCY = (
    r"(?:united states |u\.s\. |federal |appropriate )*(?:immigration and customs enforcement|\bice\b|"
    r"(?:department of )?homeland security|citizenship and immigration services|immigration (?:authorit|agenc|official)\w*)"
)
"""An immigration agency named as the one told or given something (not immigration as a subject)."""
SAVING = (
    r"(?:nothing (?:in|contained in) this|shall not be (?:construed|interpreted|deemed)|"
    r"(?:may|shall) not:? (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*|"
    r"\bno\b[^.;]{0,80}\b(?:may|shall) (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*|"
    r"(?:rule|policy|ordinance)[^.;]{0,40}\b(?:limits?|prohibits?|restricts?|prevents?)\b)"
)
"""A savings clause, or a ban on banning: it keeps open what a protection would close."""
SHARE = (
    r"\b(?:disclos|shar|provid(?!ed (?:in|by|that|for|under|otherwise))|transmit|releas|forward|send|sent|exchang|communicat|notif|report|"
    r"made available|make available|access|receiv|obtain|furnish|divulg|disseminat|cooperat|assist|comply|respond)\w*"
)
NONCITIZEN = r"(?:noncitizen|non-citizen|not a (?:united states |u\.s\. )?citizen|\balien\b)"
PRESUME = r"\b(?:presum\w*|assum\w*)"
DEFECT = (
    r"(?:(?:held|declared|found|adjudged) (?:to be )?(?:unconstitutional|invalid|void)|unconstitutional statute|"
    r"procedural or substantive|substantive or procedural|legal(?:ly)? (?:error|defect|invalid)|prejudicial error|"
    r"defect in the (?:underlying )?(?:proceeding|conviction|judgment|case)|mistake of (?:law|procedure)|"
    r"constitutional (?:error|violation)|(?:violation|denial|infringement)\b[^.;]{0,60}\b(?:rights|constitution)|"
    r"did not have jurisdiction|(?:court|it) (?:lacked|lacks|was without) jurisdiction|"
    r"not (?:made )?(?:knowing(?:ly)?|voluntar(?:y|ily)|intelligent(?:ly)?),? (?:(?:and|or) )?(?:knowing(?:ly)?|voluntar(?:y|ily)|intelligent(?:ly)?)|"
    r"manifest injustice|(?:violation|denial|deprivation) of due process|"
    r"\bviolated\b[^.;]{0,60}(?:rights|constitution)|unconstitutionality of|rendered the (?:conviction|judgment) void|"
    r"ineffective assistance|error of law|fraud|duress|misinformation|(?:plea|conviction) (?:is|was) (?:legally )?invalid|"
    r"(?:judgment|sentence|conviction)[^.;]{0,60}\b(?:is|was) unlawful|error or ground for relief)"
)
TRAFFICKED = (
    r"(?:victim of (?:human |sex |labor |severe forms? of )?trafficking|(?:result|consequence) of (?:having been |being )?(?:a )?"
    r"(?:victim of|trafficked)|acts (?:required|induced|compelled|directed) by (?:the |a )?(?:human )?trafficker)"
)
"""A conviction for what the person was made to do as a trafficking victim: a defence never heard."""
GRANT_VACATUR = (
    r"(?:\b(?:may|shall)\b[^.;]{0,120}?\b(?:vacate|set aside|erase|throw out)\b[^.;]{0,40}?\b(?:conviction|judgment|sentence|verdict)"
    r"|(?:motion|moving|move) to vacate (?:a |the |any )?(?:guilty )?(?:plea|conviction|judgment|sentence)"
    r"|\bmay (?:challenge|attack|contest) (?:the|a|his|her|their|any) (?:guilty )?(?:plea|conviction|judgment)"
    r"|\b(?:may|shall)\b[^.;]{0,60}(?:permit|allow) the defendant to withdraw)"
)
GRANT_PROCEEDING = (
    r"(?:\b(?:may|shall)\b (?:\w+ ){0,2}(?:institute|commence|file|bring)\b[^.;]{0,60}\b(?:proceeding|petition|motion|action)\b"
    r"[^.;]{0,200}\b(?:relief|vacate|set aside|correct)|petition for post-?conviction relief)"
)
"""A proceeding the person may bring for post-conviction relief ("may institute a proceeding ... to secure
the appropriate relief"), whose grounds are listed apart."""
FAILED_ADVICE = (
    r"(?:not been (?:so )?(?:advised|informed|admonished|warned)|(?:was|were|is) not (?:so )?(?:advised|informed|admonished|warned)|"
    r"fail(?:s|ed|ure)? (?:\w+ ){0,2}?to (?:so )?(?:advise|address|inform|admonish|warn|give|provide|comply)|"
    r"did not (?:so )?(?:advise|inform|admonish|warn)|advisement|admonishment)"
)
"""The court did not give the defendant the advisement (usually the immigration warning) the law requires."""
JURISDICTION = r"(?:jurisdiction|court(?:'s)? (?:power|authority)|(?:power|authority) of the court|court of (?:authority|power))"
KEEPS = (
    r"(?:\b(?:not|nothing|no)\b[^.;]{0,60}?\b(?:divest|preclude|limit|affect|deprive|bar|impair|terminate|end|"
    r"remove|take away|strip)\w*|\bretains?\b|continu\w* (?:to have )?jurisdiction)"
)
LATER = r"\b(?:motion|petition|collateral|post-?(?:conviction|judgment)|request|application|attack)"
LANGUAGE = r"(?:english|spanish|chinese|vietnamese|tagalog|korean|russian|arabic|haitian|portuguese|french|hmong|somali)"
PERSON = r"(?:person|individual|petitioner|defendant|applicant|subject of (?:the |that |an? |such )?(?:\w+ )?records?)\b(?!'s (?:employer|landlord))"
"""The person a record is about, named as the one who acts or is given something."""
OWN_RECORD = (
    r"(?:an? |the |one |any |all |that |such |his |her |their |his or her |its |(?:the )?(?:person|individual|petitioner|defendant|applicant)'s )*"
    r"(?:(?:certified |true )?cop(?:y|ies) of (?:an? |the |that |such |any |all |his |her |their |his or her |its )*)?(?:own )?"
    r"(?:(?!(?:expungement|sealing|orders?|relief|vacatur|nondisclosure|set-aside|certificate|dismissal)\b)[\w-]+ ){0,3}?"
    r"(?:records?|files?|(?:record|history|conviction) information)\b"
)
"""A record as the object of seeing or getting it ("a copy of the sealed record", "the individual's sealed criminal
history record information"), never relief itself ("an expungement of the record", "an order sealing the record")."""
SEE = r"(?:obtain|inspect|view|access|examine|review|receive|see|copy|get)\w*"
"""Seeing or getting a record."""
