"""The words real bills use for each idea `billkit check` looks for: relief, a denial, a court order, the person a
record is about, immigration and federal agencies, and the rest (a conviction's defects and the words of relief from
them are in :mod:`billkit.check.grounds`, a court's power and its keeping in :mod:`billkit.check.court_words`).

Each is a regular expression over lower-cased text; :mod:`billkit.check.ruleset` combines them into
rules. They name ideas in the many words real bills use, not billkit's own sentences.
"""

from __future__ import annotations

LIMITED_ACCESS = r"limited[- ]access(?! (?:ori|code|number|terminals?|users?|accounts?|licen[cs]es?|agenc\w+)\b)"  # fmt: skip
"""Pennsylvania's relief, not a computer terminal's or an agency's "limited access ORI"."""
RELIEF = (
    # (a word's start: "seal\w*" tried at every letter of a long run of joined words is slow)
    r"\b(?:expung\w*|expunct\w*|seal\w*|nondisclos\w*|set[- ]?aside|sets aside|vacat\w*|shield\w*|order of limited relief|"
    r"clean slate|record clearance|clear(?:ed|ing|ance)?\b|eras\w*|annul\w*|dismiss\w*|destr(?:oy|uction)\w*|"
    # (Puerto Rico's elimination of a conviction from the record: "each elimination order")
    r"eliminat\w*(?= (?:orders?|of (?:an? |the )?(?:\w+ )?(?:convictions?|records?)|from (?:the |an? |his |her |their )?"
    r"(?:\w+ ){0,3}records?))|" + LIMITED_ACCESS + r"|order of limited disclosure)"
)
DIRECTS = r"(?:authoriz(?:es?|ing)|allow(?:s|ing)?|permit(?:s|ting)?|requir(?:es?|ing)|direct(?:s|ing)?)"
"""A digest's word for what a bill lets or makes someone do ("The bill authorizes the court to disclose ...";
"requires the department, upon request, to provide ..."), read where a statute would say "may" or "shall"."""
MODAL = r"\b(?:may|shall|must|can|is entitled|are entitled|will|is cognizable|are cognizable|is available|are available)\b"
_LIFTED = "".join(
    f"(?<!{verb} {det} )"
    for verb in ("repeals", "repeal", "repealing", "eliminates", "removes", "lifts")
    for det in ("that", "the", "this")
)
"""Before a prohibition a bill takes away ("Proposed law repeals that prohibition and instead requires ...")."""
DENIAL = (
    r"\b(?:(?:may|shall|must|will) not\b|can ?not\b|(?:is|are) prohibited|\bin no (?:case|event|circumstances?) (?:shall|may|will)\b|(?<!not )(?<!never )"
    + _LIFTED
    + r"prohibit\w*|unlawful for|"
    # (a digest's "bars the department from entering into ... any agreement")
    r"(?<!not )bars (?:[\w-]+ ){1,4}from\b|\bneither\b[^.;]{0,120}\bnor\b[^.;]{0,120}\b(?:shall|may|must)\b(?! (?:also|further)\b)|"
    r"no (?:\w+ ){0,4}(?:person|agency|office|officer|court|one|entity|employee|department|official|clerk|custodian|record|information|file|entr(?:y|ie)|body|"
    r"contract|agreement|arrangement|memorand(?:um|a)|"
    r"bodies|subdivision|government|unit|jail|facilit(?:y|ie)|sheriff|municipalit(?:y|ie)|count(?:y|ie)|cit(?:y|ie))s?\b[^.;]*\b(?:may|shall|must)\b)"
)
COURT_ORDER = (
    r"(?:court order|order of (?:a |the |any )?(?:\w+ )?court|(?:judge|court)(?:'s)? order|"
    r"order (?:from|of|by) (?:a |the )?(?:judge|court)|(?<!due )process (?:from|of|issued by) (?:a |the )?court|"
    r"(?:motion|petition|application) (?:that is |which is )?granted by (?:a |the )?(?:\w+ )?court|"
    r"order (?:issued|entered|made|signed) by (?:a |the )?(?:\w+ )?(?:court|judge)|(?:the|a) court(?:,[^,.;]{0,60},)? (?:so )?(?:directs|orders|authorizes)|"
    r"leave of (?:the |a )?(?:\w+ )?court|(?:the |a )?(?:court|judge)'s permission|permission of (?:the |a )?(?:\w+ )?(?:court|judge)|(?:specific |written )?authorization of (?:the |a )?(?:\w+ )?(?:court|judge)|"
    r"(?:reviewed and )?approved by (?:the )?(?:chief |presiding |assigned )?(?:judge|court)\b|"
    r"approval of (?:the )?(?:chief |presiding |assigned )?judge\b|"
    r"such (?:an? )?(?:court )?order\b|"
    # an order the section has the court make ("Except upon an order entered under subsection (b)"), and a judge's finding
    # as the gate ("only after a judicial determination that disclosure is required")
    r"order (?:entered|issued|granted|made) (?:under|pursuant to) (?:subsection|section|paragraph|this)\b|"
    r"judicial (?:determination|finding|approval|authorization)\b)"
)
NO_ORDER = (
    r"(?:without|does not need|need not|no need for|not (?:be )?required to (?:obtain|get|seek))[^.;]{0,40}?"
    + COURT_ORDER
    + r"|\bno "
    + COURT_ORDER
    + r"[^.;]{0,30}(?:is|shall be) (?:required|requisite|necessary|needed|a (?:condition(?: precedent)?|prerequisite))|need not (?:petition|apply to|move|ask) (?:the )?court|\bno (?:petition|motion)s?,? (?:\w+,? ){0,3}(?:or )?order of (?:a |the |any )?court\b[^.;]{0,30}(?:is|shall be) required|"
    r"without (?:(?:the )?(?:necessity|need) of )?(?:an? )?(?:motion|petition) or (?:an? )?order\b|without (?:the (?:necessity|need) of )?(?:petitioning|applying to|application to|moving|asking|going (?:to|through)|having to go (?:to|through)|filing (?:a |any )?(?:petition|motion) (?:in|with)) (?:any |a |the )?(?:\w+ )?court|"
    # ("deletes the requirement of a motion and order and instead authorizes the person ... to obtain a copy")
    r"\b(?:deletes?|removes?|repeals?|eliminates?|strikes?) the requirement (?:of|for) (?:a |an )?(?:(?:written )?(?:motion|petition) (?:and|or) )?(?:court )?order\b|"
    # ("need not file a motion or obtain an order to do so")
    r"need not (?:file (?:a |any )?(?:motion|petition)(?: or obtain (?:a |an |any )?(?:court )?order)?|obtain (?:a |an |any )?(?:court )?order)\b|"
    # ("On the defendant's request, and without a motion, the clerk must give the defendant a copy")
    # (only where the record is handed to the person: not "may be inspected, without a petition, by a prosecuting attorney")
    r"\bwithout (?:a |any )?(?:motion|petition)\b(?=[^.;]*\b(?:give|provide|furnish|send|mail|deliver|release)\w* (?:to )?(?:the )?"
    r"(?:defendant|person|individual|petitioner|subject|applicant)\b)|"
    r"not (?:be )?(?:conditioned|contingent) (?:on|upon) (?:an? |the )?"
    + COURT_ORDER
    + r"|not (?:require|demand|condition)\w*[^.;]{0,60}"
    + COURT_ORDER
    + r"|without (?:petitioning|applying to|application to|a petition to|leave of) (?:the )?court|with no (?:order|court order)\b|"
    r"need not be (?:approved|authori[sz]ed|ordered|allowed) by (?:a |the |any )?(?:court|judge)"
)
ACCESS = r"\b(?:access\w*|inspect\w*|obtain\w*|get|cop(?:y|ies)|made available|available|review|see)\b"
SELF = (
    # (not the person's lawyer or parent: "inspected by the defendant's attorney of record")
    r"(?<!other )(?:the |a |that |such )?(?:person|individual|petitioner|defendant|applicant|probationer)\b(?!['\u2019]s (?:(?:immigration|defense|"
    r"criminal defense) )?(?:attorneys?|counsel|lawyers?|parents?|(?:legal )?guardians?|custodians?)\b)"
    # (nor a person in an agency's charge, named as whom the agency supervises: "the department of corrections ...,
    # in classifying and supervising a person committed to their custody")
    r"(?! (?:committed|confined|sentenced|remanded|under (?:its |their |the )?supervision|in (?:its|their|the) (?:custody|care))\b)|"
    # (not the child a list's matter concerns: "discuss matters concerning the child ... with the victim")
    r"(?<!concerning )(?<!regarding )(?<!about )(?<!control of )(?<!custody of )(?<!treatment of )(?<!attorney for )(?<!counsel for )(?<!guardian of )(?<!custodian of )(?<!which )"
    r"(?:the|a|that|such) (?:child|juvenile|youth|minor)\b(?!'s|’s| (?:court|justice|officer|probation|record|services))|"
    r"subject of (?:the |that |an? )?(?:\w+ )?record|subject(?:'s)? attorney|designated agent|(?:the )?record subject\b|"
    r"the subject\b(?!(?:'s)? (?:of|to|matter)\b)"
)
OWNER = (
    r"(?:(?:person|individual|juvenile|child|minor|youth|defendant|petitioner|respondent) who (?:is|was)(?:, or who [^,.;]{0,60},)? (?:the|its) subject\b(?: of)?|subject of (?:the |that |an? |such )?(?:\w+ )?(?:record|order|information)|"
    r"(?:person|individual|applicant|petitioner|defendant|offender|child|juvenile|movant) whose (?:\w+ ){0,2}"
    r"(?:records?|conviction|case|arrest|charges?|samples?|profiles?|fingerprints?|files?|information|adjudication)\b|"
    r"petitioner\b(?!')|defendant\b(?!')|respondent\b(?!')|"
    r"(?:person|individual|child|juvenile|minor|youth) named (?:in|therein)\b|(?:the )?record subject\b|the (?:person )?(?:who was )?accused\b|(?:the )?named (?:person|individual)\b|the subject\b(?!(?:'s)? (?:of|to|matter)\b)|"
    r"(?:person|individual|party|child|juvenile|minor|youth|defendant|offender) to whom (?:the |they |it |such |that )?(?:\w+ ){0,2}(?:records? |information |files? )?"
    r"(?:pertains?|relates?|refers?)\b)"
)
"""The person a cleared record is about, as bills name them when they keep the record open to them."""
IMMIGRATION = (
    r"(?:immigration(?! (?:attorneys?|counsel|lawyers?|practitioners?|legal)\b)|homeland security|\bice\b|customs enforcement|"
    r"citizenship and immigration|federal immigration authorit\w*)"
)
ENFORCERS = (
    r"\b(?:agenc(?:y|ies)|authorit(?:y|ies)|officials?|officers?) (?:(?:that|which|who) (?:are |is )?)?"
    r"(?:primarily |principally |chiefly )?(?:responsible for (?:the )?|charged with (?:the )?)?(?:enforc\w*|administer\w*) (?:of )?"
    r"(?:the |federal |civil |united states )*immigration laws?\b"
)
"""Those who enforce the immigration laws, named by what they do ("agencies responsible for enforcing the
immigration laws")."""
IMMIGRATION_BODY = (
    r"(?:immigration(?! (?:status|consequences?|laws?|hardship|counsel|attorneys?|lawyers?|advice|advis\w*|benefits?|"
    r"relief|practitioners?|legal services|(?:and )?nationality act|judges?|courts?|proceedings?|history)\b)|"
    r"homeland security|\bice\b|customs enforcement|citizenship and immigration|federal immigration authorit\w*|"
    + ENFORCERS
    + ")"
)
"""Immigration as a body that could receive records, not as a subject ("immigration consequences", "immigration
law")."""
FEDERAL = (
    IMMIGRATION_BODY
    + r"|federal (?:(?:criminal justice|law enforcement|immigration) )?(?:authorit|agenc|government|law enforcement|official|officer)\w*"
    # one of a list of levels ("a federal, state, or municipal law enforcement agency"; "federal or state agencies")
    + r"|federal,? (?:(?:state|local|county|municipal|tribal),? ){0,3}(?:or |and |and/or )(?:state|local|county|municipal|tribal) "
    + r"(?:(?:criminal justice|law enforcement|governmental|government) )?(?:authorit|agenc|law enforcement|official|officer)\w*"
    # ... or of a kind ("public agencies ..., including state or federal licensing and regulatory agencies")
    + r"|federal,? (?:(?:and|or) state )?(?:licensing|regulatory|licensing and regulatory|regulatory and licensing) (?:agenc\w*|boards?)"
    + r"|(?:state|local),? (?:and|or) federal (?:licensing|regulatory|licensing and regulatory) (?:agenc\w*|boards?)"
    # (not "other governmental agencies as authorized by the laws of this state or of the United States": federal law's route)
    + r"|agenc(?:y|ies)\b(?:(?!\b(?:laws?|statutes?)\b)[^.;()]){0,60}\bof the united states\b|united states attorney"
    + r"|(?:officers?|officials?|authorit(?:y|ies)|prosecut\w+|attorneys?)\b[^.;]{0,40}\bof (?:this state, )?(?:the united states|the "
    r"federal government)\b"
)
KEPT_OFF = (
    r"\b(?:(?:but|and) not (?:to|by|with)|(?<!not )(?<!not be )(?<!never be )(?:withh[eo]ld|kept|shielded) from) (?:any |an? |the )?(?:[\w-]+ ){0,4}?"
    r"(?:" + FEDERAL + r")"
)
"""A federal body named only to be kept out ("(2) the child's parent, but not to any federal agency"; "to require that
sealed records be ... withheld from federal immigration enforcement")."""
AGENCY = (
    r"(?:" + ENFORCERS + r"|"
    r"(?:united states |u\.s\. |federal |appropriate )*(?:bureau of )?(?:immigration and customs enforcement|\bice\b|"
    r"(?:department of )?homeland security|citizenship and immigration services|immigration (?:authorit|agenc|official|officer)\w*|"
    # the older names ("the United States immigration department"; "the Immigration and Naturalization Service")
    r"immigration (?:and naturali[sz]ation )?(?:department|service)\b|\bins (?:authorit|agent|officer|official)\w*))"
)
"""An immigration agency named as the one told or given something (not immigration as a subject)."""
SAVING = (
    # (not a permission disclaimed or withheld: "Nothing in this act shall be construed to allow Immigration and Customs
    # Enforcement access to records sealed under this act"; "Nothing in this section authorizes an officer ... to
    # communicate with any federal immigration agency")
    r"(?:(?:nothing (?:in|contained in) (?:this\b|sections \d)|nothing herein|shall not be (?:construed|interpreted|deemed|read))"
    r"(?!(?:[^.;]{0,60}\b(?:construed|deemed|interpreted|read) (?:to|as) (?:allow|permit|authori[sz]|grant|give|confer|creat)\w*|"
    r"\s\w+ (?:authori[sz]es|permits|allows|empowers))\b(?![^.;]{0,80}\b(?:prohibit|restrict|limit|prevent|bar)\w*))|"
    r"(?:may|shall|does|do|will) not:? (?:\w+ (?:or )?)?(?:(?:prohibit|restrict|limit|prevent)\w*|bars?\b)|"
    r"\bno\b[^.;]{0,80}\b(?:may|shall) (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*|"
    r"\bno (?:provision|part|section|portion|term)\b[^.;]{0,60}\bshall be (?:construed|interpreted|deemed|read)\b|"
    # (a policy that limits sharing saves nothing unless it is itself barred: "no ... may adopt a policy that limits")
    r"(?:\bno\b|\bnot\b|\bprohibit\w*|\bban\w*|\bunlawful\b|\bvoid\b)[^.;]{0,300}\b(?:rule|policy|ordinance)[^.;]{0,40}"
    r"\b(?:limits?|prohibits?|restricts?|prevents?)\b|"  # ... or "PROHIBIT OFFICIAL RESISTANCE OR NONCOOPERATION OF SHARING"
    r"\b(?:prohibit|forbid|ban|bar)\w*\b[^.;]{0,40}\b(?:resistance|non-?cooperation|non-?compliance|refusals?)\b[^.;]{0,60}"
    r"\b(?:shar|cooperat|exchang|communicat)\w*)"
)
"""A savings clause, or a ban on banning: it keeps open what a protection would close."""
SHARE = (
    r"\b(?:disclos|shar|provid(?!ed (?:in|by|that|for|under|otherwise))|transmit|releas|forward|send|sent(?!enc)|exchang|communicat|notif|report|"
    r"made available|make available|access(?!\w* to (?:\w+ ){0,2}(?:services|benefits|programs|facilities|property|premises|buildings|grounds)\b)|"
    # a person receiving or obtaining services is not information passing
    r"(?:receiv|obtain)(?!\w* (?:public |government |city |county |state |social )?(?:services|benefits|assistance|aid|care\b))|"
    r"furnish|divulg|disseminat|cooperat|assist(?!\w* in (?:the |an |any )?investigat)|comply|respond)\w*"
)
NONCITIZEN = (
    r"(?:noncitizen|non-citizen|not a (?:united states |u\.s\. )?citizen|\balien\b|lawful permanent resident)"
)
PRESUME = r"\b(?:presum\w*|assum\w*)"
BURDEN_SHIFT = (
    r"\b(?:shall|must) (?:take|treat|regard|consider) it as (?:established|proven|proved|true)\b|"
    r"\b(?:shall|must) be (?:taken|treated|regarded|deemed) as (?:established|proven|proved)\b|"
    r"\bunless the (?:state|prosecut\w*|people|commonwealth|government) (?:establishes|proves|shows|demonstrates) otherwise\b|"
    # a plea taken as invalid until the state shows otherwise ("the plea shall be deemed invalid unless the State proves by
    # clear and convincing evidence that the defendant actually knew")
    r"\b(?:deemed|treated as|considered|held) (?:legally )?(?:invalid|void|involuntary)\b[^.;]{0,20}\bunless\b[^.;]{0,20}"
    r"\b(?:state|prosecut\w*|people|commonwealth|government) (?:establishes|proves|shows|demonstrates)\b|"
    # ... or a court told to treat it so ("the court shall treat the plea as not knowingly made and the conviction as
    # invalid ..., unless the State proves by a preponderance of the evidence that the petitioner knew")
    r"\b(?:shall|must) (?:treat|regard|consider|deem|take) the (?:plea|conviction|judgment)\b[^.;]{0,20}\bas (?:not (?:knowingly|"
    r"voluntarily|intelligently)|(?:legally )?invalid|involuntary|void|unknowing)[^.;]{0,200}?\bunless\b[^.;]{0,20}"
    r"\b(?:state|prosecut\w*|people|commonwealth|government) (?:establishes|proves|shows|demonstrates)\b"
)
"""A presumption in other words: a fact the court takes as established unless the state proves otherwise."""
LANGUAGE = r"(?:english|spanish|chinese|vietnamese|tagalog|korean|russian|arabic|haitian|portuguese|french|hmong|somali)"
PERSON = (
    r"(?:person|individual|petitioner|defendant|applicant|offender|movant|moving party|child|juvenile|youth|respondent|record subject|"
    r"accused|named (?:person|individual)|"
    r"subject of (?:the |that |an? |such )?(?:\w+ )?records?|(?<=the )subject(?! (?:to|of|matter|area)\b)(?!['\u2019]))\b"
    r"(?!'s (?:employer|landlord))"
)
"""The person a record is about, named as the one who acts or is given something."""
OWN_RECORD = (
    r"(?:(?:an? |the |one |any |all |every |each |that |such |those |these |his |her |their |his or her |its |"
    r"(?:the )?(?:person|individual|petitioner|defendant|applicant|child)'s )*"
    r"(?:(?:certified |true |complete |full )?cop(?:y|ies) of (?:an? |the |that |such |any |all |his |her |their |his or her |its |(?:the )?(?:person|individual|petitioner|defendant|applicant|child|subject)'s )*)?(?:own )?"
    r"(?:the whole of (?:the )?|all of (?:the )?|(?:every|each|any|all) (?:parts?|portions?) of (?:the |that |such )?)?"
    r"(?:(?!(?:expungement|sealing|orders?|relief|vacatur|nondisclosure|certificate|dismissal)\b)[\w-]+ ){0,3}?"
    r"(?:records?|files?|(?:record|history|conviction) information|criminal history)\b|(?:a |certified )?cop(?:y|ies) of (?:that|such|the) information\b|(?:an? |one )?(?:certified |true )?cop(?:y|ies) of (?:the |any |each |an? )?(?:\w+ )?orders?\b[^.;]{0,60}?\band (?:of )?(?:the |all |any )?(?:\w+ )?(?:records?|files?)\b|"
    # the information a provision has just named ("... criminal history record information that is the subject of an order of
    # nondisclosure ... The person who is the subject of the order may obtain the information"; "... to examine the same")
    r"(?:(?<=obtain )|(?<=inspect )|(?<=receive )|(?<=review )|(?<=access )|(?<=examine ))(?:the same\b|the information\b(?! (?:required|"
    r"needed|necessary|described|listed|specified|set out|that)\b)))"
)
"""A record as the object of seeing or getting it ("a copy of the sealed record", "the individual's sealed criminal history
record information"), never relief itself ("an expungement of the record", "an order sealing the record")."""
SEE = r"(?:obtain|inspect|view|access|examine|review|receive|see(?!k)|copy|get|look at)\w*"
"""Seeing or getting a record."""
NO_HEARING = r"\bno (?:court|judge|tribunal)\b[^.;]{0,40}\b(?:shall|may|will) (?:\w+ )?(?:entertain|hear|consider|grant)\b(?![^.;]{0,30}\b(?:upon|on|for) any other\b)"
"""Courts barred from hearing a challenge ("no court of this state shall thereafter entertain any motion ... that
challenges the validity of the expunged conviction"): in a bar, the words of a ground are no ground."""
LATER_CHALLENGE = (
    r"(?:withdraw\w* (?:the |a |his |her |their )?plea|vacat\w*|post-?conviction|habeas|collateral (?:attack|relief|challenge)|"
    r"relief from (?:the )?judgment|coram nobis|new trial|challenge\w* (?:to )?the (?:validity of the )?(?:same |underlying )?conviction|attack\w* (?:on )?the (?:same |underlying )?(?:conviction|judgment))"
)
"""A challenge to the conviction itself, brought after relief cleared its record."""
CHALLENGE_WORD = r"\b(?:vacat|withdraw|post-?conviction|habeas|coram|challeng)\w*"
"""A later challenge to the conviction named in a word ("vacate", "withdrawal", "habeas")."""
SEVERED = (
    r"\b(?:held|adjudged|declared|found) (?:to be )?(?:invalid|unconstitutional|void|unenforceable)\b[^.;]{0,40}"
    r"\bcourt of competent jurisdiction"
)
"""A severability clause's own words: a provision "held invalid by a court of competent jurisdiction" is no
grant of relief, no court's continuing power and no advisement, whatever words the clause shares with them."""
SEVERABILITY = (
    r"\bif any (?:provision|section|part|clause|portion|application)\b[^.]{0,200}\b(?:is|are) (?:held|adjudged|declared|found) "
    r"(?:to be )?(?:invalid|unconstitutional|void|unenforceable)|\b(?:held|adjudged|declared|found) (?:to be )?(?:invalid|"
    r"unconstitutional|void|unenforceable)\b[^.]{0,200}\b(?:remainder|remaining|other provisions|severable)\b|"
    + SEVERED
)
"""A severability clause in any of its usual forms ("If any provision of this act is held invalid, the remainder of the
act is not affected"): its "held invalid" is no ground of relief."""
LISTED = r"(?:[^.;]|;(?=\s*(?:and |or )?\(\w{1,4}\)))"
"""A character of a list that may run over the semicolons between its labelled items ("except: (1) ...; (2) ...")."""
FBI = (
    r"(?:federal bureau of investigation|\bfbi\b|\bf\.b\.i\b|interstate identification index|national crime information|\bncic\b|"
    r"national instant criminal background check system|\bnics\b)"
)
"""The FBI and its national indexes."""
CLEARED = r"(?:expunged|sealed|erased|set aside|restricted|shielded|nondisclosed|cleared|annulled|destroyed|vacated)"
"""A record or conviction already cleared, in the words that follow it ("each sealed case"; "after the records ... have
been erased")."""
EXCEPTIONS_LEAD = r"\b(?:other than|except(?: to| for| as follows)?|but)\s*:"
"""The lead of a list of exceptions ("shall not be opened except by order of the court to any person other than:"),
whose items say whom the bar spares."""
TITLE = r"\bentitled,? [\"“]?an act\b|^[\"“]?an act (?:to|relating to|concerning|regarding)\b"
"""A bill's title ("for an act to be entitled an act to amend the time for filing a petition ..."), which names what
the bill is about and grants nothing."""
COURT_MAY_NOT = r"\b(?:courts?|judges?) (?:may|shall|will) not (?:consider|entertain|hear|grant|reach)\b"
"""A bar addressed to the court ("a court may not consider the merits of or grant relief on ..."): it grants nothing,
and after the record's clearing it shuts the court out."""
CLEARED_TIE = (
    # the relief named
    r"\b(?:expung\w*|expunct\w*|seal(?:s|ed|ing)?\b|shield\w*|nondisclos\w*|annul\w*|eras(?:e|ed|ure)\b|pardon\w*|"
    r"set[- ]aside (?:order|of)|\bset-asides?\b|clean slate|record (?:clearance|restriction)|"
    + LIMITED_ACCESS
    + r"|"
    r"\b(?:automatic|record) relief\b|\bcertificate of (?:rehabilitation|relief|good conduct)|"
    r"completed deferred|dismissal of the charges|\bsuch dismissal\b|\b(?:upon|after|following) (?:the )?dismissal\b|\bdismissal under this\b|"
    r"\b(?:destruction|restriction|vacation|erasure|annulment|expunction) of (?:the |a |any )?(?:\w+ ){0,3}"
    r"(?:records?|information|convictions?)\b|\bsetting aside (?:of )?(?:the |a )?(?:record|conviction)|"
    r"\bclear(?:s|ed|ing)? (?:a |the |an |any |that |his |her |their )?(?:\w+ )?(?:records?|convictions?)\b|\bclearance of (?:a |the |an |any )?(?:\w+ )?(?:records?|convictions?)\b|"
    r"\b(?:for|on the basis of|because of) (?:\w+ )?rehabilitat\w*|"
    # a record or conviction already cleared, or spoken of as though it were not ("as though the judgment had not been set aside")
    r"\b(?:was|were|is|are|has been|have been|had been|has not been|had not been) (?:\w+ )?(?:set aside|dismissed|cleared|"
    r"pardoned|sealed|expunged|erased|annulled|shielded|restricted|nondisclosed)\b|"
    r"set aside (?:under|pursuant to)|(?:court|judge) that set aside|"
    r"\b(?:has|have|had) been vacated (?:under|pursuant to) this\b|"
    # the statute's own relief order ("An order granting relief under Section 1203.4 ..."; "An order entered under this
    # section"; "after a sealing has been granted for the conviction")
    r"\b(?:relief|order)s? (?:granted|entered|issued)\b|\bgrant(?:ing|s)? (?:of )?relief\b|\brelief (?:under|pursuant to) this\b|"
    r"\b(?:an? |the )?order (?:granting|that grants) (?:the )?relief\b|"
    r"\border (?:entered )?under (?:subdivision|subsection|paragraph)\b|"
    r"\b(?:an? |the )?order (?:entered|granted|issued|made) under this (?:section|part|act|chapter|article|rule)\b|"
    r"\b(?:relief|order)\b[^.;]{0,20}\b(?:has|have|had) been (?:granted|entered) under this (?:part|act|chapter|article|section)\b|"
    r"\b(?:has|have|had) been granted (?:for|to|on) (?:the|a|that|each) (?:conviction|record|case))"
)
"""The record's clearing, to which a court's kept power must be tied for the practice to be there in full."""
KEPT_OPEN_TO = r"\b(?:remains?|be|are|is|kept) (?:open(?:ed)?|available|accessible)\b[^.;]{0,120}\bto\b"
KEPT_OPEN = KEPT_OPEN_TO + r"[^.;]{0,120}?"
GIVEN_TO = r"\b(?:may|shall) (?:be )?(?:disseminated|provided|furnished|disclosed|released)\b[^.;]{0,60}\bto\b(?:(?!\b(?:save|except|provided|but) that\b|,? and (?:the |each |every |any )?\w+ (?:shall|may|must)\b)[^.;]){0,300}?"
GIVEN_LIST = r"^(?!.*\bno\b[^.;:]{0,60}\b(?:shall|may)\b|.*\b(?:may|shall|must) not\b)(?=.*?\b(?:may|shall) (?:disseminat|provid|furnish|disclos|releas)e\b[^.;:]{0,80}:)"
OPEN_TO_FBI = f"{KEPT_OPEN}{FBI}|{GIVEN_TO}{FBI}"
"""Records kept open, or given, to the FBI or its indexes."""
FEDERAL_AGENCY = (
    r"\b(?:any )?(?:other )?agenc(?:y|ies) of the (?:united states|federal government)\b|\bfederal (?:law enforcement )?agenc(?:y|ies)\b|"
    # an immigration agency named as an item ("(2) the United States Department of Homeland Security")
    r"\bhomeland security\b|\bimmigration and customs enforcement\b|\bcitizenship and immigration services\b|\barmed forces of the united states\b|"
    # federal officers themselves ("may be inspected by federal law enforcement officers")
    r"\bfederal (?:law enforcement |criminal justice )?(?:officers?|officials?|authorities)\b"
)
INSPECTED_BY = (
    r"(?<!not )\b(?:permit|allow)\w* (?:the )?inspection\b[^.;]{0,80}\bby\b|"
    r"\b(?:may|shall) (?:also )?(?:be )?(?:inspected|examined|accessed|viewed|reviewed|copied|obtained)\b[^.;]{0,40}\bby\b|"
    r"\bthe following (?:\w+ )?may (?:inspect|examine|access|view|review|copy|obtain)\b[^.;]{0,80}:(?:[^.;]|;(?! but\b)){0,400}?"
)
OPEN_TO_FEDERAL = (
    f"(?:{KEPT_OPEN_TO}|{INSPECTED_BY}){LISTED}{{0,400}}?(?:{FBI}|{FEDERAL_AGENCY})|{GIVEN_TO}{FBI}|"
    f"{GIVEN_LIST}.*:{LISTED}{{0,400}}?(?:{FBI}|{FEDERAL_AGENCY})"
)
"""Records kept open or given to the FBI or another federal agency, if need be as an item of a list ("shall be available
only to the following: ... (5) the Federal Bureau of Investigation"; "shall permit inspection ... only by: ... (3) an
officer or employee of a federal agency"; "The division may disseminate a sealed record: ... (e) to a federal agency")."""
SENT_ON = (
    r"\b(?:shall|must|will|may|duty to|required to)\b[^.;]{0,80}?\b(?:forward|report|submit|send|transmit|furnish|disseminate|disclose)\w*\b"
    r"[^.;]{0,120}?\bto:? (?:\(\w{1,4}\)\s*)?(?:the )?(?:united states )?" + FBI
)
"""A duty or leave to send something on to the FBI or its national indexes, if need be as an item of a list ("shall disclose the
expunged record to: ... (2) the Federal Bureau of Investigation")."""

NOT_PUBLIC = r"(?![^.;]{0,60}\b(?:to|by|from) (?:the )?(?:general )?public,? but\b)"
"""After a denial: not one whose object is the public alone, with the records then opened to others ("shall not be
disclosed to the public, but shall remain available to: ... (2) any criminal justice agency ... of the United
States"), which keeps nothing from a federal agency; a bar on "the public or ... any federal immigration agency"
still counts."""
NOT_REMOVAL = r"(?!\s*(?:\w+ )?(?:withdraw|remove|delete|purge|recall|destroy|erase)\b)"
"""After a denial: not one of taking the record out of a federal system ("shall not withdraw from any national
system"), which keeps it there."""
CIVIL = (
    # (not the person's custody: "whether or not the petitioner remains in custody, to set aside a judgment")
    r"\b(?:protective|restraining|(?<!in )custody|support|civil|default|eviction|divorce|dissolution|paternity|administrative)\b"
    r"[^.;]{0,20}\b(?:orders?|judgments?|decrees?)\b|"
    # a bail bond's forfeiture, a will's probate ("may set aside the judgment of forfeiture"; "an order admitting a will to
    # probate ... may be vacated"); not "relieve a party from a final judgment", which criminal rules copy (Wash. CrR 7.8),
    # nor a surety's bail returned beside a vacatur
    r"\b(?:judgments?|orders?|decrees?) (?:of|for) (?:bail |bond )?forfeiture\b|\bprobate court\b|\b(?:will|estate) to probate\b|\bjudgments? (?:of|by) default\b|\bforfeiture (?:is|was|has been) (?:not )?set aside\b|\bset aside (?:the |a |any |such )?(?:bail |bond )?forfeiture\b|"
    r"\b(?:orders?|judgments?|decrees?) (?:of|for) (?:\w+ ){0,2}(?:support|custody|protection|eviction|divorce|dissolution)\b|\blicen[cs]es?\b|\ba party or its legal representative\b|\bcivil action\b|"
    r"\b(?:remit|vacate|waive)\w*(?: or (?:remit|vacate|waive|reduce)\w*)? (?:all or (?:any )?part of )?(?:the |any |a )?(?:unpaid )?"
    r"(?:fines?|fees?|costs?|amounts? owed|restitution|assessments?)\b|"
    # a wrongful-conviction claim that a vacatur makes possible ("may file a claim for compensation ... if: ... the
    # vacatur ... rested on grounds consistent with the person's innocence")
    r"\bclaims? for (?:compensation|damages|indemnity)\b|\bactionable claims?\b|\bclaimants?\b|"
    r"\bclaims? against the (?:state|commonwealth|territory|united states|government|city|county|tribe|nation)\b|"
    # the prosecution's appeal, which undoes a ruling for the defendant ("The State shall have an absolute right of
    # appeal ... and if the appellate court ... shall reverse the dismissal, the defendant may be subjected to trial")
    r"\bappeal\w*\b[^.;]{0,60}\bby the (?:state|commonwealth|prosecution|people|government)\b|"
    r"\b(?:state|commonwealth|prosecution|people|government) (?:shall have|has|have|may take) (?:an? |the )?(?:absolute |limited )?"
    r"right (?:of|to) appeal\b|"
    # a pardon, whatever the ground the board weighs ("the board may grant a pardon to a person who shows ... that
    # the conviction was obtained in violation of the person's rights")
    r"\b(?:grant|issue)\w* (?:a |an |the )?(?:full |conditional |unconditional )?pardons?\b|"
    # other civil forums and matters ("a defendant in a small claims action ... shall be granted a new trial"; "a new trial
    # to any party ... in an action at law"; a parent's new trial in a dependency case; a school expulsion set aside)
    r"\bsmall claims?\b|\baction at law\b|\bto any party\b|\bparty aggrieved\b|\bdependen(?:cy|t child|t of the)\b|\bexpulsion\b|"
    r"\bcustody of (?:a |the )?(?:minor )?child|\b(?:landlords?|tenants?|possession judgments?)\b|"
    r"\belection contest\b|\bcontest(?:ed|ing)? (?:an? |the )?election\b"
)
"""A civil or administrative order or judgment undone (a protective order, a license suspension, Rule 60(b)), a fine
or fee remitted ("petition the sentencing court to remit or vacate all or part of the amount owed"), a claim for money
after a vacatur, a ruling undone on the prosecution's appeal, or a pardon: no conviction vacated at the person's
request."""
CIVIL_CASE = (
    r"\bcivil (?:actions?|cases?|proceedings?|matters?|judgments?|suits?|appeals?)\b|\bactions? for damages\b"
)
"""A civil case, whose judgments and deadlines say nothing of a court's power over a conviction; read in a sentence
and in the sentences before it."""
EXCLUDES_CLEARED = (
    r"\b(?:excluding|except(?:ing)?(?: for)?|other than|but not|not including)\b[^.;]{0,60}\b(?:sealed|expunged|expunction|"
    r"vacated|set aside|cleared|shielded|nondisclos\w*)\b"
)
"""Cleared records left out of what is shared ("... with the federal government for noncriminal justice purposes,
excluding any record that has been sealed or expunged")."""
PRESENT_LAW_WORDS = (
    r"^(?:[\w' ]{0,40}\bdigest[:.]\s*)?present law\b(?: ?\((?:[^()]|\([^()]{0,10}\)){0,60}\))?[^.;:]{0,20}\b"
    r"(?:requires?|provides?|authori[sz]es?|permits?|allows?|prohibits?|makes?|specifies)\b|"
    r"^(?:under|in) (?:present|current|existing) law\b"
)
SUPERSEDING = (
    r"^\W*(?:proposed law|the bill|this bill)\b[^.;]{0,60}\b(?:"
    r"(?:repeals|deletes|removes|eliminates|replaces|changes) (?:that|this|such|those|these|both|all (?:of )?th\w+) "
    r"(?:provisions?|requirements?|prohibitions?|procedures?|rules?|restrictions?)\b|"
    # ("Proposed law removes the authority to furnish expunged records to federal agencies")
    r"(?:repeals|removes|eliminates|revokes) (?:the|that|this|such) (?:authority|power|permission|authori[sz]ation)\b|"
    r"instead\b|\bin (?:lieu|place) (?:thereof|of (?:that|this|those|these|such|it))\b|substitutes\b|"
    r"retains\b[^.;]{0,120}\bother than\b|"
    r"retains\b[^.;]{0,80}\bbut (?:provides|states|specifies|clarifies) that\b[^.;]{0,60}\b(?:is|are|do\w*) not\b|"
    r"retains present law but (?:adds|creates|makes|provides) (?:an )?exceptions?\b)"
)
"""A digest's account of present law ("Present law provides that ... only upon a contradictory motion") and
the proposed law that puts something else in its place ("Proposed law repeals that provision and provides
instead"; "Proposed law retains the requirement ... for all persons other than the person"; "retains the
two-year period but provides that it is not jurisdictional"; "Under current law, a person ... may inspect the
record ... The bill eliminates that provision and instead requires"): the present law is no provision of the
bill. Present law the proposed law only adds to ("Proposed law removes the two-year limit") still stands."""
NAMES_NO_RECORD = (
    r"^(?!.*\b(?:records?|files?|information|documents?|papers|dockets?|cop(?:y|ies)|transcripts?|histor(?:y|ies)|data|"
    r"evidence|entries|index(?:es)?|judgments?|orders?|notices?|lists?|certificates?|reports?|dossiers?|names?|identit(?:y|ies)|"
    r"existence|contents?|fingerprints?|photographs?|"
    r"(?:sealed|expunged|closed|confidential|cleared) (?:cases?|matters?|proceedings?))\b)"
)
"""A sentence that names no record, file or paper at all ("... shall dismiss it for want of jurisdiction ..., unless
the Court of Criminal Appeals ... has first certified that the petition rests on a rule ... not available when the
earlier petition was decided"): whatever its words of release or availability, it says nothing of seeing one."""
