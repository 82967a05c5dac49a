"""Rules for public education: telling people, in their languages, what relief does and does not do for
their immigration status."""

from __future__ import annotations

from ..vocabulary import AGENCY, IMMIGRATION, LANGUAGE, PRESUME, RELIEF, SEVERED
from .rule import Rule

ENGLISH_ONLY = r"\b(?:only )?in english\b(?![^.;]*\b(?:other|each|every|all|several|spanish|languages?)\b)"
"""A notice to be given in English, and in no other language."""
COPY_OF_LAW = (
    r"\b(?:shall|must) (?:provide|give|deliver|furnish|mail|send) (?:a |the )?(?:copy|summary|text) of (?:the provisions of )?"
    r"this (?:chapter|act|article|section|part|subchapter)\b"
)
"""The law itself handed to someone ("shall provide a copy of this chapter to the defendant")."""
CERTIFICATE = (
    r"\bcertificates? of (?:rehabilitation|restoration|relief|good conduct|recovery|employability)\b"
)
"""A certificate that lifts some consequences of a conviction: relief the person may be told of."""

APPEAL_ADVICE = r"^(?!.*\b(?:immigration|deport\w*|naturali[sz]ation|citizen\w*)\b).*\b(?:right to (?:an )?appeal|notice of appeal)\b"
"""Advice of the right to appeal, with no word of immigration ("the court shall advise the defendant of the right to
appeal"): no advisement about immigration, and no notice of relief."""

PLEA_ADVICE = (
    r"\b(?:court|judge|counsel|attorney|lawyer|magistrate)\b[^.;]{0,120}\b(?:advis|inform|warn|tell|admonish|address)\w*\b[^.;]{0,200}"
    r"\bplea\b|\bplea\b[^.;]{0,200}\b(?:court|judge)\b[^.;]{0,40}\b(?:shall|must) (?:advis|inform|warn|tell|admonish|address)\w*|"
    r"\b(?:before|prior to) (?:accepting|entering|the entry of|acceptance of|taking) (?:a |the |any )?(?:\w+ )?plea|"
    r"\bplea (?:colloquy|hearing|agreement|form)s?\b|\badvisements?\b[^.;]{0,120}\b(?:at|before|during) (?:the time of )?(?:the |a )?plea\b"
)
"""A court's or counsel's advice to a defendant before a plea: an advisement, not public education."""

SILENCED = (
    r"\b(?:notices?|statements?|forms?|materials?|information|letters?|certificates?)\b[^.;]{0,40}\b(?:may|shall|must) not "
    r"(?:include|contain|mention|address|refer to|describe|discuss|state)\b[^.;]{0,60}\b(?:immigration|deport\w*|citizen\w*|naturali[sz]\w*)"
)
"""A notice forbidden to say anything about immigration ("THE NOTICE MAY NOT INCLUDE ANY STATEMENT CONCERNING
IMMIGRATION OR THE CONSEQUENCES OF SEALING FOR A PERSON WHO IS NOT A CITIZEN"): the opposite of the practice, in its
words."""

PRESUMED = r"\b(?:presum\w*|(?<!\bnot )(?<!\bnever )assum\w*)"
"""A presumption, which tells the public nothing; not a warning against assuming ("should not assume that the
conviction no longer counts"), which does."""

RULES: tuple[Rule, ...] = (
    Rule("public-education", "present",
         (r"\badvis\w*|\b(?:written|plain[- ]language) advice\b|\bnotice|\bnotif\w*|\binform(?!ation|al)\w*|outreach|(?<!higher )(?<!of )\beducat\w*|\bpublish\w*|\bwarn\w*|\bsay\b|\bexplain\w*|\bstatement\b|\btell\w*|\b(?:shall|must|will|to)(?: also| further)? state\b|\bstat(?:es|ing) that\b",
          IMMIGRATION + r"|\bimmigration (?:law|consequences?|status)\b|deport\w*|naturali[sz]ation|removal from the united states",
          RELIEF + r"|record|relief|\border\b",
          r"may not|might not|does not|do not|not (?:eliminate|remove|erase)|consult|lawyer|(?<!prosecuting )(?<!district )(?<!county )(?<!city )(?<!state.s )attorney(?! general)|\beffect,? if any\b|\bstill\b|no effect|not (?:be )?binding|"
          r"not recogni[sz]e|\blimits? (?:of|on|in)\b|limited effect|little effect|not protect"),
         # A report to the legislature informs lawmakers, not the people whose records are cleared; a notice in
         # English alone does not reach the community in its languages.
         # An immigration document offered as evidence ("an approval notice ... generated from a federal immigration
         # proceeding") is a paper the person brings, not a notice given to the person.
         # A recital ("WHEREAS, immigrants make significant contributions to every facet of ... educational ... life") finds
         # facts; it tells no one anything.
         # A court's or counsel's advice to a defendant about a plea is a plea advisement, read as partial below; a notice
         # for the public may name what relief does not cure in a plea.
         unless=(PLEA_ADVICE, PRESUMED, SILENCED, r"(?:shall|may) not (?:disclose|share|provide|transmit|give)", r"\breport to\b", ENGLISH_ONLY, SEVERED,
                 r"\bapproval notices?\b|\bnotices? to appear\b", r"\bwhereas\b",
                 # (nor a digest's account of what a bill finds: "Section 1 (findings). The bill states that many
                 # noncitizens entered pleas without understanding ...")
                 r"\bfindings?\b[^.;]{0,40}\bstates? that\b|\b(?:bill|act|measure|legislature|general assembly)\b,? (?:also )?(?:states|finds|declares) that\b",
                 # (a failure to advise named as a motion's ground: "(vacating a judgment for failure to advise of
                 # immigration consequences) may not be brought by")
                 r"\bfail\w* to (?:advise|warn|inform|admonish|give (?:the |an |any )?(?:\w+ )?(?:advisement|warning))\b|"
                 r"\bwithout (?:first )?(?:advising|warning|informing)\b|"
                 # (a claim that the person was not told, a ground of relief: "a claim that the defendant was not advised ... of
                 # the immigration consequences of the plea, or was misadvised about them")
                 r"\b(?:was|were|been) not (?:\w+ )?(?:advised|warned|informed|told)\b|\bmisadvis\w*|\bincorrectly advised\b")),
    # The words a notice or certificate must print, set out after a colon ("The certificate shall bear the following
    # statement ...: \"... It may not change how the United States government, including immigration officials, treats
    # the conviction.\""): the person is told, in the law's own words, what relief may not do.
    Rule("public-education", "present",
         (r"\b(?:notices?|statements?|certificates?|forms?|letters?|orders?|warnings?)\b[^.;:]{0,60}\b(?:shall|must) (?:bear|contain|include|"
          r"read|state|say|print|set (?:forth|out)|be in (?:substantially )?the following form)\b[^.;:]{0,80}:",
          IMMIGRATION + r"|\bimmigration (?:law|consequences?|status|officials?|authorities)\b|deport\w*|naturali[sz]ation",
          r"\b(?:may|might|does|do|will|can) not (?:change|remove|eliminate|erase|affect|protect|prevent|cure)\b|\bstill\b|no effect",
          RELIEF + r"|\bconvictions?\b"),
         window=3,
         unless=(PLEA_ADVICE, PRESUMED, SILENCED, SEVERED)),
    # A page or handout that speaks to the person about what relief leaves in place ("The conviction remains on your record
    # for many purposes, including sex offender registration and immigration consequences"): the education itself, the
    # relief named in the text.
    Rule("public-education", "present",
         (r"\b(?:you|your)\b",
          IMMIGRATION + r"|\bimmigration (?:law|consequences?|status|purposes)\b|deport\w*|naturali[sz]ation",
          r"\bremains?\b|\bstill\b|\b(?:does|do|will|may|might|can) not (?:change|remove|eliminate|erase|affect|protect|prevent|cure|"
          r"seal|help)\b|\bcannot\b|\bno effect\b|\bnot (?:actually )?(?:sealed|erased|expunged)\b"),
         elsewhere=(RELIEF,),
         unless=(PLEA_ADVICE, PRESUMED, SILENCED, SEVERED, r"\bplea\b")),
    # Materials for the public on what convictions, and relief, mean for immigration ("shall publish informational
    # materials for the public on the immigration consequences of criminal convictions").
    Rule("public-education", "present",
         (r"\b(?:publish|prepare|distribute|develop|provide|disseminate|make available|conduct)\w*\b[^.;]{0,80}"
          r"\b(?:materials?|information\w*|brochures?|guides?|outreach|education\w*|trainings?|campaigns?|workshops?)\b",
          r"\bimmigration consequences of (?:\w+ ){0,2}(?:convictions?|pleas?|arrests?|" + RELIEF + r")",
          r"\b(?:public(?! (?:defen[cs]e|defenders?|officials?|employees?|agenc\w*|bod(?:y|ies)|entit\w*|safety|prosecutors?))|community|"
          r"communities|residents|the people|persons|individuals|families)\b"),
         # (training for lawyers or judges reaches no one whose record is cleared: "shall provide annual training to public
         # defense attorneys on the immigration consequences of criminal convictions")
         unless=(r"\b(?:the|a|his|her|their) plea\b", r"\breport to\b", ENGLISH_ONLY, SEVERED, SILENCED,
                 r"\btrainings? (?:to|for) (?:\w+ ){0,3}?(?:attorneys?|lawyers?|defenders?|judges?|judicial officers?|staff|employees?|officers?|"
                 r"prosecutors?|clerks?)\b")),
    # A ban on telling people what relief does not do for their immigration status.
    Rule("public-education", "against",
         (SILENCED + r"|\bno\b[^.;]{0,80}\b(?:shall|may) (?:provide|give|offer|distribute)\b[^.;]{0,40}\b(?:information|advice)\b (?:\w+ ){0,3}?"
          r"(?:about|on|regarding|concerning|as to)\b[^.;]{0,40}\b(?:immigration|deport\w*)|(?:shall|may) not (?:address|mention|discuss|refer to|describe) (?:\w+ )?(?:immigration|deport\w*)|"
          r"\bno (?:public |state )?funds? (?:shall|may) be (?:used|spent|expended) to (?:advise|inform|educate|tell)",),),
    Rule("public-education", "partial",
         (ENGLISH_ONLY, IMMIGRATION + r"|deport\w*|naturali[sz]ation", RELIEF + r"|record|relief",
          r"may not|might not|does not|not (?:eliminate|remove|erase)|\bstill\b|no effect"),
         why="the notice is required in English only, not in the community's languages"),
    Rule("public-education", "partial",
         (r"(?:court|counsel|attorney|lawyer) shall (?:administer|advise(?! (?:the |all )?(?:parties|attorneys|counsel)\b)|admonish|give (?:the |an? |such )?(?:following |foregoing )?(?:advisements?|warnings?|admonitions?|advice)\b)|"
          # defence counsel's duty to advise on immigration ("Defense counsel shall provide accurate and affirmative advice
          # about the immigration consequences of a proposed disposition")
          r"(?:counsel|attorney|lawyer) shall (?:give|provide) (?:[\w-]+ ){0,4}?(?:advice|advisements?)\b[^.;]{0,40}\b(?:immigration|deport\w*)|"
          r"(?:court|judge)\b[^.;]{0,80}\bshall(?:,[^,.;]{0,80},)? (?:warn|inform|notify|advise)\b[^.;]{0,160}"
          r"(?:deport\w*|naturali[sz]\w*|immigration|removal)|following advisement|(?:hereby|you are) advised|"
          r"shall determine that the defendant has been advised|warning of the (?:special |potential )?consequences|"
          # procedures for telling defendants so ("procedures to be followed in the municipal courts to inform defendants that a
          # guilty plea ... may negatively affect their immigration status")
          r"\b(?:to|shall|must|will) (?:inform|advise|warn|notify) (?:the |all |each |every )?defendants? that (?:a |the |any )?(?:guilty )?"
          r"plea\b[^.;]{0,160}\b(?:deport\w*|immigration (?:status|consequences))|"
          # ... in a digest's words ("Requires the court to advise a defendant that if he or she is an alien ... such
          # conviction may result in his or her deportation")
          r"\brequir\w* (?:the |all |a )?courts? to (?:inform|advise|warn|notify|admonish) (?:a |the |any |all )?(?:defendants?|aliens?|"
          r"noncitizens?)\b[^.;]{0,200}\b(?:deport\w*|naturali[sz]ation|immigration)",),
         # notice to an immigration agency ("by order of a court, the warden shall notify United States Immigration and
         # Customs Enforcement") advises no one of anything
         # notice of a filing to the prosecutor or an agency is procedure, not advice to anyone ("The clerk of the
         # court shall give notice of the filing of the petition to the office of the prosecuting attorney")
         unless=(r"\bnotice of (?:the |a |any )?(?:filing|hearing|petition|motion|application)\b[^.;]{0,60}\bto (?:the |each |any )?"
                 r"(?:office of the )?(?:prosecut\w*|district attorney|state's attorney|attorney general|law enforcement|agenc\w*|"
                 r"parties|victim)",
                 r"\b(?:warn|inform|notify|advise|alert)\w* (?:the )?(?:" + AGENCY + r")",
                 APPEAL_ADVICE),
         why="a plea advisement about immigration, not public education about record clearance"),
    # The court told to tell the defendant when the record may be sealed ("to require a court to inform a defendant before
    # accepting a guilty plea and before sentencing of the circumstances under which the official records in the case
    # may be sealed"): notice of the relief to one person, not public education.
    Rule("public-education", "partial",
         (r"\b(?:court|judge)\b[^.;]{0,40}\b(?:shall|must|to) (?:inform|advise|notify|tell)\b[^.;]{0,100}\b(?:circumstances|whether|when|how)\b"
          r"[^.;]{0,60}\brecords?\b[^.;]{0,40}\b(?:may|can|will) be (?:sealed|expunged|cleared|set aside)\b",),
         why="a notice of record relief to the defendant, not public education about it"),
    # The advisement's own words, however the court is told to give it ("... the court shall inform
    # the defendant: ... (d) That if the defendant is not a citizen of the United States conviction of a
    # crime may result ... in deportation"; "determines that the defendant fully understands that if ...").
    Rule("public-education", "partial",
         (r"(?:\bif (?:the defendant|you|he or she|he|she|they|the person|the accused|the individual)|"
          r"\b(?:a|any|the) (?:defendant|person|individual) who)\b[^.;]{0,20}\b(?:is|are) not "
          r"(?:a )?(?:united states |u\.s\. )?citizens?|"
          # ("Should you not be a United States citizen, understand that ...")
          r"\bshould (?:you|the defendant|the person|he or she) not be (?:a )?(?:united states |u\.s\. )?citizens?",
          r"deport\w*|removal|removed from the (?:united states|country)|(?:denied|refused) (?:citizenship|admission)|"
          r"exclusion from (?:admission|readmission)|barred from (?:returning|re-?entering|reentry)|naturali[sz]\w*|"
          r"immigration (?:consequences|status)"),
         # a presumption about what the defendant was told, a law on sharing status information, and a definition
         # ("\"noncitizen\" means a person who is not a citizen") advise no one
         unless=(PRESUME, r"(?:prohibit|restrict)\w* from (?:sending|receiving|maintaining|exchanging)", r"\bmeans\b"),
         why="a plea advisement about immigration, not public education about record clearance"),
    Rule("public-education", "partial",
         (LANGUAGE + r"[^.;]{0,40}" + LANGUAGE + r"|languages?\b[^.;]*(?:other than english|spoken)|translat(?:ed|ions?)\b|"
          r"\btranslate (?:the |all |any |its |such )?(?:\w+ )?(?:forms?|notices?|materials?|brochures?|instructions?)\b|"
          r"community[- ]based organi[sz]ations|community (?:organi[sz]ations|groups)|(?:preferred|primary|native) language|"
          # ("in each language in which the City provides vital documents"; "through the City's community partner organizations")
          r"\b(?:each|every) language (?:in which|that|spoken)\b|\bcommunity[- ]partners?\b(?: organi[sz]ations)?",
          r"notice|advis|publish|publici[sz]|printed|\bforms?\b|materials|outreach|\binform(?!ation|al)|educat|available",
          # (about a criminal case or its relief, not a city's services: "outreach programs ... to inform and educate
          # immigrants and speakers of languages other than English" about city benefits)
          RELIEF + r"|\brecords?\b|\bconvict\w*|\bcriminal\b|\bcourts?\b|\bpleas?\b|\bcharges?\b|\bsentenc\w*|\bdefendants?\b|\bforms?\b|"
          r"\brights?\b|\binterview\w*|\bcustody\b|\bdetain\w*|\barrest\w*|\brelief\b|"
          r"\bnotices? (?:required )?(?:under|by|pursuant to) this (?:section|chapter|act|article|part)\b"),
         why="notice in several languages or outreach, without saying what relief means for immigration"),
    # A standing program of public information about relief (printed materials, a website, a telephone line).
    Rule("public-education", "partial",
         (r"printed materials|brochures?|pamphlets?|\bwebsite\b|toll[- ]free|information packet|public (?:information|awareness|education)|outreach|"
          r"online (?:tool|portal|service|form)|web (?:site|page|portal)|\bpost(?:ed|s)?\b[^.;]{0,60}\bin (?:the |each |every )?(?:courthouse|clerk's office)|"
          r"(?:inform|notify|advise)\w* (?:eligible |all |the )?(?:persons|individuals|people|public|residents)\b|"
          r"(?:provide|give|disseminate|distribute)\w* information to (?:the )?(?:public|persons?|individuals?|people|residents)",
          RELIEF + r"|\brights? to (?:file|bring|make|seek|petition|apply)\b|\beligib\w*(?! (?:taxpayers?|voters?|jurors?|to (?:serve|vote|register)|for (?:the )?(?:\w+ )?(?:credit|benefits?|"
          r"assistance)))|removal of (?:\w+ )?records?|\b(?:procedures?|process) (?:under|for|to|of)\b|\bhow (?:to|a person may|one may) (?:file|apply|petition|seek|move)\b|"
          r"\bwho (?:may|can|is eligible to) (?:file|apply|petition)\b|\bgrounds on which\b|\brelief available\b|" + CERTIFICATE, r"\b(?:shall|must|will|to)\b"),
         # records taken off a public website are kept from the public, not explained to it
         unless=(r"\bplea\b", IMMIGRATION, r"\bstatistic\w*|\bthe (?:total )?number of\b",
                 r"\b(?:remov|delet|purg|withdr|exclud|suppress|hid)\w*\b[^.;]{0,60}\b(?:from|off) (?:[\w']+ ){0,8}?"
                 r"(?:website|web ?site|web page|portal|online|search)|\bnot (?:be )?(?:post|display|publish|show|search)\w*\b"),
         why="public information about relief, without its immigration limits"),
    # ... or a summary of the relief law itself, in a law that clears records ("shall post on its public website a
    # plain-language summary of this section")
    Rule("public-education", "partial",
         (r"\b(?:website|web (?:site|page)|publish\w*|post\w*|distribut\w*)\b[^.;]{0,80}\b(?:plain[- ]language |written )?(?:summary|description|explanation) of (?:this|the) (?:new )?(?:section|act|chapter|article|law|program|motion|petition|remedy|relief|procedure)\b",),
         elsewhere=(RELIEF,), unless=(IMMIGRATION,), why="public information about relief, without its immigration limits"),
    Rule("public-education", "partial",
         (r"(?:shall|must|will) be (?:informed|notified|advised|told)\b|\bthat (?:every|each|the|any) (?:[\w-]+ ){1,6}?be (?:informed|notified|advised|told)\b|"
          r"(?:shall|must|\brequires?\b[^.;]{0,60}?\bto)\b[^.]{0,300}?\b(?:inform(?:ing)?|notif(?:y|ying)|advis(?:e|ing)|tell(?:ing)?|"
          r"explain(?:ing)? to) (?:(?:the|each|every)(?: eligible)?|(?:an?|any) eligible|an?(?= \w+ (?:who|whose)\b)) (?:defendant|person|petitioner|individual|"
          r"probationer|juvenile|child|youth|minor|accused|participant|offender)\b|"
          # an item of a "shall:" list ("the court shall: ... (e) Explain to the juvenile ... what sealing the record means")
          r"(?:^|; |\(\w{1,4}\)\s*)(?:and |or )?(?:explain|inform|advise|notify)\w* (?:to )?the (?:defendant|person|petitioner|individual|"
          r"juvenile|youth|child|accused)\b|"
          # asked, when relief becomes due, whether one wants it ("the judge shall inquire of the person acquitted whether
          # such person requests that all public records ... be removed and destroyed", Tenn. Code Ann. § 40-32-101)
          r"(?:shall|must) (?:inquire of|ask) the (?:person|defendant|petitioner|individual|accused)\b[^.;]{0,60}\bwhether\b|"
          r"shall (?:be given|give|provide|receive|send|mail)\b[^.;]{0,60}\bnotice (?:to (?:the|each|every) \w+ )?(?:(?:at|upon|on) (?:the )?\w+ )?(?:that|of)\b|"
          # ("requires each clerk, when a person is sentenced, to give the person a written notice stating that ... relief may be available")
          r"\b(?:requires?|shall|must)\b[^.;]{0,80}\bto (?:give|provide|send|mail|hand|deliver)\b[^.;]{0,30}\b(?:a |the )?(?:written )?notice (?:stating|explaining|describing|informing|that)\b|"
          r"\bto (?:give|provide|send|mail) notice to (?:the |each |every |all )?(?:\w+ )?(?:persons?|individuals?|defendants?|inmates?|"
          r"prisoners?|people) (?:that|of)\b|"
          # (persons told as a class, or told by the court itself: "informing defendants of the right to file a motion";
          # "the court informs the person orally and in writing that he or she may petition for the sealing")
          r"\b(?:inform(?:s|ing)?|notif(?:y|ies|ying)|advis(?:e|es|ing)) (?:all |eligible )?(?:defendants|persons|petitioners|applicants|individuals|"
          r"offenders|people)\b|\b(?:court|clerk|judge) (?:informs|notifies|advises|tells) the (?:person|defendant|petitioner)\b|"
          # a paper handed to the person ("The clerk shall mail the petitioner a form that describes how to apply")
          r"(?:shall|must) (?:give|provide|send|mail|deliver|furnish) (?:the|each|every) (?:defendant|person|petitioner|individual|probationer|"
          r"juvenile|child|accused)(?: and (?:the |his |her |their |the child's )?(?:parents?|guardians?))? (?:with )?(?:a|an|the) (?:[\w-]+ ){0,2}?"
          r"(?:form|notice|letter|statement|explanation|brochure|pamphlet)s?\b|"
          r"(?:shall|must)\b[^.;]{0,80}\bnotice\b[^.;]{0,80}\b(?:describ(?:es?|ing)|explain(?:s|ing)?|states?|stating)\b|"
          # what a notice must say, in a paragraph of its own ("(b) The notice shall contain the following information: (I)
          # That a person convicted of certain crimes has the right to seek to have his or her criminal record sealed")
          r"\bnotice (?:shall|must) (?:contain|include|state|set forth|explain)\b|"
          # the law itself handed to the person ("shall provide a copy of this chapter to the defendant at the time of
          # entry of the dismissal", Del. Code Ann. tit. 10, § 7006)
          + COPY_OF_LAW + r"[^.;]{0,40}\bto (?:the|each|every) (?:defendant|person|petitioner|individual|juvenile|accused)\b",
          # a right to see or correct one's records is not relief (Va. Code Ann. § 9.1-132: "public notice of the
          # right of access")
          # (nor is the vote or jury service: "that the person's right to vote has been restored")
          r"\brights?\b(?! (?:of|to) (?:an? )?(?:access|inspect\w*|review|examin\w*|challenge|correct\w*|(?:administrative )?hearing|appeal|"
          r"vote|serve|register))(?! (?:has|have) been restored)|"
          + COPY_OF_LAW + r"|\bavailability of (?:such |the |this )?(?:relief|" + RELIEF + r")|eligib(?!\w* (?:to (?:serve|vote|register)|for (?:the )?(?:\w+ )?(?:credit|benefits?|assistance)))|may be entitled to|\bneed to (?:file|petition|apply)\b|\b(?:post-?conviction )?relief (?:may|might) be available\b|(?:informed|notified|advised) of the provisions of this (?:section|chapter|article|act)\b|may (?:thereafter )?(?:state|deny|answer)\b|effects? of (?:the |an? |such )?" + RELIEF + r"|"
          r"\bwhat (?:\w+ ){0,3}?" + RELIEF + r"\b[^.;]{0,30}\bmeans\b|\bmeaning of\b[^.;]{0,30}" + RELIEF + r"|"
          # ("it shall tell the person in writing that this application may be made")
          r"\bthat (?:this|the|an?|such) (?:application|petition|motion|request)\b[^.;]{0,20}\bmay be (?:made|filed|brought)\b|"
          r"\bthat (?:he or she|she or he|they|he|she|the (?:person|defendant|petitioner)) may (?:petition|apply|file|move)\b|"
          # how to get the relief, or what becomes of a record ("of the procedure for having the conviction set aside";
          # "describes how to apply for expungement"; "that the profile will be destroyed if the charge is dismissed")
          r"\b(?:procedures?|process|steps|how) (?:for|to|of) (?:\w+ ){0,4}?(?:" + RELIEF + r")|"
          r"\bthat\b[^.;]{0,80}\b(?:will|shall|may|must) be (?:destroyed|expunged|sealed|purged|erased)\b|"
          # told that the relief was granted ("shall be notified in writing ... that the department's records have
          # been sealed", N.M. Stat. Ann. § 32A-2-26(G))
          r"\bthat (?:the |such |all |his |her |their )?(?:\w+'s? )?(?:\w+ )?(?:records?|files?|case|conviction)s? "
          r"(?:have|has) been (?:\w+ )?" + RELIEF + r"|"
          r"\bwhether (?:such |the )?(?:person|defendant|individual|accused) (?:requests?|wishes|wants|desires)\b[^.;]{0,120}"
          r"\b(?:" + RELIEF + r"|removed|destroyed)"),
         # a notice sent to an agency is procedure, not a word to the person; nor is advice of the right to appeal, nor
         # a notice to the victim of the crime ("shall provide written notice of the following to the victim: ... the
         # victim's right to be present and be heard")
         unless=(r"\bplea\b", r"\b(?:send|mail|give|provide|transmit|forward)\w* (?:to )?(?:the |each |any )?(?:united states )?"
                 r"(?:federal bureau|fbi\b|central repository|repository|department|agenc|bureau|clerk|prosecut|court\b)",
                 APPEAL_ADVICE, r"\bto (?:the |each |any )?victims?\b|\bvictim(?:'s|s')? rights?\b",
                 r"\bvictims?\b[^.;]{0,30}\b(?:shall|must|will) (?:also )?be (?:informed|notified|advised|told)\b"),
         why="notice of the right to relief, without its immigration limits"),
    # A written notice handed to the person that explains what the order does ("shall provide each person whose record
    # is sealed with a written notice explaining the effect of the order"): it tells the person, but not of the limits
    # relief has in immigration law.
    Rule("public-education", "partial",
         # (also a statement beside a copy of the order that says what the relief did: "shall also provide the defendant with
         # a copy of the order and with a plain statement ... explaining that the conviction has been set aside"; "shall
         # mail to the petitioner ... a notice ... stating that: (a) the arrest ... [is] deemed ... never to have occurred")
         (r"(?:shall|must) (?:also )?(?:provide|give|send|mail|deliver|furnish|hand)\b[^.;]{0,20}\b(?:the|each|every) (?:defendant|person|"
          r"petitioner|individual|juvenile|accused)\b[^.;]{0,80}?\b(?:with )?(?:a |an )?(?:[\w-]+ ){0,2}?(?:notice|explanation|statement)\b|"
          # (the person given an order that says what it does: "shall receive a copy of the sealing order, which shall state
          # that the records have been sealed and the effect of the order")
          r"\b(?:person|defendant|petitioner|individual|juvenile|child|youth|minor)\b[^.;]{0,60}\bshall (?:receive|be (?:given|sent|provided|mailed))\b"
          r"[^.;]{0,60}\b(?:notice|explanation|statement|order)\b[^.;]{0,20}\b(?:which|that) (?:shall|must) (?:state|explain|describe)|"
          # (the order itself made to say what it does: "An order granting limited access ... shall state, in plain language,
          # the effects of the order")
          r"\b(?:orders?|certificates?)\b(?:(?!\b(?:shall|must|has|have|is|are|was)\b)[^.;,]){0,80}\b(?:shall|must) (?:state|explain|"
          r"describe|set (?:forth|out))\b,?[^.;]{0,40}\beffects? of\b",
          r"\beffects? of (?:the |an? |such |that |this )?(?:order|relief|" + RELIEF + r")|\bwhat (?:\w+ ){0,3}(?:does|means)\b|"
          r"\b(?:explain\w*|stat(?:es|ing)|describ\w*)\b that:?\s[^.]{0,300}?(?:\b(?:(?:has|have) been|will be|shall be) (?:\w+ )?(?:" + RELIEF
          + r")|\bdeemed\b[^.;]{0,60}\bnever\b|\bnever (?:to )?have (?:occurred|happened)|\bmay (?:lawfully )?(?:deny|state|answer)\b)"),
         unless=(r"\bplea\b", APPEAL_ADVICE,
                 r"\b(?:protective|restraining|no-contact|stay-away|custody|support|eviction) orders?\b"),
         why="a notice to the person of what the relief does, without its immigration limits"),
    # The person told that relief leaves the record with federal agencies ("shall be advised by the court that the
    # record may continue to be available to federal agencies"; "shall notify a person whose record is sealed that the
    # record may remain accessible to federal agencies through national databases"): a limit of relief, in words that
    # do not say what it means for immigration.
    Rule("public-education", "partial",
         (r"\b(?:advis|notif|inform|tell|told|warn)\w*\b[^.;]{0,100}\bthat\b[^.;]{0,60}\b(?:may|will|might|can)\b (?:still |continue to "
          r"|remain )?(?:be )?(?:available|accessible|retained|kept|maintained)\b[^.;]{0,60}\b(?:federal|national|fbi\b|interstate "
          r"identification|other states?)",),
         unless=(r"\b(?:send|mail|give|provide|transmit|forward)\w* (?:to )?(?:the |each |any )?(?:united states )?"
                 r"(?:federal bureau|fbi\b|central repository|repository|department|agenc|bureau|clerk|prosecut|court\b)",),
         why="notice that relief may leave the record with federal agencies, without saying what that means for immigration"),
    # The person offered the relief when the case ends ("the Court shall give the defendant eligible to have his
    # criminal justice records sealed the option of immediately moving to have his criminal justice records sealed"),
    # or a certificate that must say what the relief restored ("... restores all civil rights ..., and the
    # certificate of discharge shall so state"): the person is told of the relief, not of its limits in immigration law.
    Rule("public-education", "partial",
         (r"(?:shall|must) (?:give|offer) (?:to )?(?:the|each|every|an?) (?:\w+ )?(?:defendant|person|petitioner|individual|juvenile|accused)\b"
          r"[^.;]{0,80}\b(?:the )?(?:option|opportunity|chance) (?:of|to)\b[^.;]{0,80}" + RELIEF + r"|"
          r"\bcertificates? of (?:discharge|rehabilitation|relief|restoration|good conduct)\b[^.;]{0,40}\bshall (?:so )?state\b",),
         unless=(r"\bplea\b", APPEAL_ADVICE),
         why="the person is offered or told of the relief, not of its limits in immigration law"),
    # A page or notice that speaks to the person about getting relief ("Are you qualified to file for an expungement?";
    # "Expungement is not an automatic process and you must file with the court to receive it"; "You may not need an
    # attorney ... to expunge criminal offenses"): it tells the reader of the relief, not of its limits in immigration law.
    Rule("public-education", "partial",
         (r"\bare you (?:qualified|eligible)\b|\byou (?:may|might|could|can) (?:also )?(?:be )?(?:qualif|eligib)\w*|"
          r"\byou\b[^.;?]{0,80}\b(?:may|must|shall|can|need to|should|will need to)\b(?! not\b)[^.;?]{0,40}\b(?:file|apply|petition|request|contact (?:the )?(?:\w+ )?court)\b"
          r"[^.;?]{0,60}\b(?:expung|expunct|seal|set aside|set-aside|vacat|clear|record|relief|it)\w*",
          RELIEF),
         unless=(r"\bplea\b", APPEAL_ADVICE, r"\byou (?:have been|are) (?:charged|accused|summoned)\b",
                 r"\b(?:employers?|landlords?|victims?|counterclaim|answer|judgment against you|cannot|not eligible)\b"),
         why="the reader is told of the relief, not of its limits in immigration law"),
    # Information on the relief given to the person when the case ends ("The court shall include information at the time
    # of issuing the dispositional order, either orally in court or in writing, on the expunction of juvenile records"), or
    # a notice of the relief's process handed to the person at sentence or release ("shall develop a pardon eligibility
    # notice containing written explanatory text of the pardons process ... shall ensure that such notice is provided to a
    # person at the time such person (1) is sentenced"): notice of the right, not of its limits in immigration law.
    Rule("public-education", "partial",
         (r"\b(?:shall|must)\b[^.;]{0,80}\b(?:notice|information|explanat\w*|text)\b[^.;]{0,120}?\b(?:on|of|about|regarding|concerning)\b "
          r"(?:the )?(?:\w+ ){0,2}?(?:pardons?|expunctions?|expungements?|sealing|set[- ]asides?|nondisclosure)\b",
          r"\b(?:orally|in open court|at (?:the time of )?(?:sentencing|disposition)|dispositional order|is sentenced|upon release|"
          r"is released)\b|\b(?:provided|given|delivered|explained) to (?:the |a |each |every )?(?:person|defendant|juvenile|child|"
          r"petitioner|individual|offender|probationer)\b"),
         window=2,
         # (not notice to agencies, a prosecutor or a victim, of a hearing, or by service of a petition)
         unless=(r"\bplea\b", APPEAL_ADVICE, r"\b(?:victims?|prosecut\w*|district attorney|agenc(?:y|ies)|employers?)\b",
                 r"\bhearings?\b|\bserv(?:e|ed|ice)\b|\bballots?\b|\benvelopes?\b"),
         why="notice of the right to relief, without its immigration limits"),
)  # fmt: skip
