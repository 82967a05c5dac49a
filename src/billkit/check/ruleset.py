"""The rules `billkit check` applies: the words real bills use for each practice, and the rules
that combine them, each with a strength (present, partial, against).

A rule fires when a sentence holds every one of its word patterns; ``unless`` patterns veto it.
The patterns look for ideas, in the many words real bills use, not for billkit's own sentences.
The engine that applies them, and judges each practice, is :mod:`billkit.check.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import (
    ACCESS,
    AGENCY,
    COURT_ORDER,
    DEFECT,
    DENIAL,
    FAILED_ADVICE,
    FEDERAL,
    GRANT_PROCEEDING,
    GRANT_VACATUR,
    IMMIGRATION,
    JURISDICTION,
    KEEPS,
    LANGUAGE,
    LATER,
    MODAL,
    NO_ORDER,
    NONCITIZEN,
    OWN_RECORD,
    OWNER,
    PERSON,
    PRESUME,
    RELIEF,
    SAVING,
    SEE,
    SELF,
    SHARE,
    TRAFFICKED,
)

DESCRIPTIONS = {
    "vacatur-for-cause": "relief that rests on a legal defect in the conviction, not only on rehabilitation",
    "rebuttable-presumption": "a rebuttable presumption that a noncitizen's uninformed plea is legally invalid",
    "court-jurisdiction": "a statement that relief does not end the court's jurisdiction over later motions",
    "record-access": "the person's access to their own cleared records without a court order",
    "federal-records": (
        "removal of cleared records from federal databases (the Interstate Identification Index) "
        "and a bar on sharing them with federal immigration authorities"
    ),
    "public-education": (
        "public advisement, with community organizations and in the community's languages, that "
        "relief may not remove immigration consequences"
    ),
}


@dataclass(frozen=True)
class Rule:
    """Word patterns that together show (or contradict) a practice.

    ``patterns`` must all match one sentence (or, with ``window=2``, a sentence and the next);
    ``elsewhere`` must each match some sentence anywhere in the bill (a ground listed apart from
    the grant of relief). ``unless`` patterns veto the sentence.
    """

    practice: str
    strength: str  # present | partial | against
    patterns: tuple[str, ...]
    unless: tuple[str, ...] = ()
    elsewhere: tuple[str, ...] = ()
    window: int = 1
    part: str = ""  # for practices with halves: which half this rule shows
    why: str = ""


RULES: tuple[Rule, ...] = (
    # Relief for legal error: a defect and a grant of relief in one sentence ...
    Rule("vacatur-for-cause", "present", (DEFECT, RELIEF + r"|withdraw (?:the|a|his|her|their) plea|relief|motion|post-?conviction|institute a proceeding", MODAL),
         unless=(PRESUME, r"finds?\b.*\bthat\b", r"advisement|explain\w*|\binform\w*|\bnotice\b|not required|does not have to show")),
    # ... or a grant of vacatur whose grounds, listed elsewhere, include legal defects.
    # A court's keeping jurisdiction to hear a motion to vacate grants no vacatur itself.
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR,), elsewhere=(DEFECT + "|" + TRAFFICKED,),
         unless=(PRESUME, r"\bjurisdiction\b")),
    # A post-conviction proceeding whose listed grounds include a legal defect.
    Rule("vacatur-for-cause", "present", (GRANT_PROCEEDING,), elsewhere=(DEFECT,),
         unless=(PRESUME, r"\bjurisdiction\b(?! to impose)")),
    # A vacatur, or leave to withdraw the plea, when the court failed to give the immigration
    # advisement ("If the court fails to address the defendant personally ... the court, on the
    # defendant's motion, shall vacate the judgment, and permit the defendant to withdraw the plea").
    Rule("vacatur-for-cause", "present", (GRANT_VACATUR + r"|\b(?:shall|may)\b[^.;]{0,60}?\bvacate\b", FAILED_ADVICE)),
    # A vacatur on a showing of innocence ("may vacate the conviction ... if newly discovered evidence establishes").
    Rule("vacatur-for-cause", "present",
         (GRANT_VACATUR, r"newly discovered evidence|actual(?:ly)? innocen\w*|(?:is|was) innocent of"),
         unless=(PRESUME,)),
    # The presumption for noncitizens.
    Rule("rebuttable-presumption", "present",
         (PRESUME, NONCITIZEN + r"|immigration", r"(?:legally )?invalid|not valid|not aware|never told|nobody told|was not (?:told|advised)"),
         unless=(r"received the required advisement", r"advisement was not given")),
    Rule("rebuttable-presumption", "partial",
         (PRESUME + r"[^.;]{0,80}(?:not (?:to have )?(?:received|been given|been advised)|was not given|were not given)",),
         part="advisement", why="the presumption concerns the court's advisement, not the plea's legal validity"),
    Rule("rebuttable-presumption", "partial", (PRESUME + r"[^.;]{0,200}" + TRAFFICKED,),
         why="the presumption establishes a ground for vacatur (trafficking), not that a plea was legally invalid"),
    Rule("rebuttable-presumption", "partial", (PRESUME,), elsewhere=(r"(?:prior |the )?plea is (?:legally )?invalid",),
         why="a presumption in the defendant's favour beside a declaration that the plea is invalid"),
    # Continuing jurisdiction.
    # A saving of a higher court's own jurisdiction ("shall not be construed to limit the original jurisdiction of the
    # Supreme Court in habeas corpus") is not the convicting court's power after relief.
    Rule("court-jurisdiction", "present", (KEEPS, JURISDICTION, LATER), window=2,
         unless=(PRESUME, r"original jurisdiction|jurisdiction of the supreme court",
                 r"(?:was|is|were) without jurisdiction|lack(?:ed|s)? (?:of )?jurisdiction|(?:did|does) not have jurisdiction")),
    # A court given jurisdiction to decide a motion that may come at any time after relief ("at any
    # time following the withdrawal of the guilty plea and dismissal of the charges ... The court in
    # which the guilty plea was originally entered has jurisdiction and authority to decide the motion").
    Rule("court-jurisdiction", "present",
         (r"\b(?:has|have|shall have|retains?|shall retain|keeps?) (?:continuing |full )?jurisdiction(?: and (?:authority|power))? "
          r"to (?:hear|decide|consider|rule on|entertain|adjudicate|grant)",
          LATER, r"\bat any time\b|notwithstanding[^.;]{0,60}(?:time|limitation|deadline)|(?:has|have) already been|"
          r"\b(?:after|once|following)\b[^.;]{0,40}?" + RELIEF + r"[^.;]{0,40}?\b(?:has|have) been (?:granted|ordered|entered)"),
         window=2, unless=(PRESUME,)),
    Rule("court-jurisdiction", "partial",
         (r"\b(?:does|shall|will) not (?:bar|preclude|prevent)|nothing[^.;]*preclude", r"\b(?:later|subsequent\w*|future)\b",
          r"\b(?:motion|petition)"),
         unless=(JURISDICTION,),
         why="it keeps later petitions open without saying that the court keeps jurisdiction"),
    Rule("court-jurisdiction", "against",
         (r"(?:shall|will|does|to) (?:\w+ )?(?:divest|deprive|terminate|end)\w*[^.;]{0,40}jurisdiction|"
          r"(?:court|it) (?:shall|will) (?:lose|have no) jurisdiction|"
          r"no (?:motion|petition)[^.;]{0,80}may (?:thereafter )?be filed",),
         unless=(r"\bnot\b[^.;]{0,30}(?:divest|deprive|terminat|end)",)),
    # Own-record access.
    Rule("record-access", "present", (SELF, ACCESS, NO_ORDER), window=2,
         unless=(DENIAL + r"[^.;]*(?:without|except)[^.;]*" + COURT_ORDER,)),
    # Records kept open to the person, not only to agencies; never in a sentence that closes them
    # to everyone without a court order ("..., except that sealed records shall remain available
    # to any criminal justice agency").
    Rule("record-access", "present",
         (r"records?\b[^.;]{0,80}(?:remains?|shall remain|(?:shall|to) be|is|are) (?:fully |also )?(?:made )?(?:available|accessible)",
          r"subject of (?:the |that )?(?:\w+ )?record|designated agent|(?:person|individual|defendant)(?:'s)? (?:attorney|designated agent)"),
         window=2,
         unless=(r"only (?:upon|by|on|pursuant to|under) (?:an? )?" + COURT_ORDER, DENIAL + r"[^.;]*" + COURT_ORDER)),
    # Records closed to everyone except the person ("sealing of records such that they are unavailable
    # except to the petitioner and criminal justice agencies"), or that may go to the person
    # ("may disclose ... information that is the subject of an order of nondisclosure ... only: ...
    # to the person who is the subject of the order").
    Rule("record-access", "present",
         (r"(?:unavailable|not (?:be )?(?:available|accessible|open|disclosed|released)|inaccessible|confidential|closed|"
          r"\bnot (?:\w+ ){0,2}(?:disclose|release|divulge|furnish|provide)\b[^.;]{0,60})"
          r"[^.;]{0,60}\b(?:except|other than|but not|unless)\b (?:when |upon |on )?(?:requested by:?|(?:the )?(?:written )?request of:?)?"
          r"\s*(?:\(\w{1,4}\)\s*)?(?:to |by |for )?(?:the )?" + OWNER,
          RELIEF + r"|order of nondisclosure"),
         unless=(COURT_ORDER,)),
    Rule("record-access", "present",
         (r"\b(?:may|shall|must)\b (?:\w+ ){0,2}(?:disclose|release|provide|furnish|give|make available)\b[^.:]{0,80}"
          r"\b(?:records?|information|files?)\b[^.:]*:?[^.]{0,200}?\bto (?:the )?" + OWNER,
          RELIEF + r"|order of nondisclosure"),
         unless=(COURT_ORDER, DENIAL + r"[^.;]{0,80}\bto (?:the )?" + OWNER, r"cop(?:y|ies) of (?:the |an? |such )?(?:\w+ )?order")),
    # Cleared records open only to the person and a few others ("is available only to the person who is the
    # subject of the record, to the subject's attorney, to criminal justice agencies ...").
    Rule("record-access", "present",
         (r"\b(?:available|accessible|open (?:for|to) inspection|disclosed|released)\s+only\s+to\s+(?:the\s+)?" + OWNER, RELIEF),
         unless=(COURT_ORDER,)),
    # Cleared records that may go, among a list of uses, to the person they are about ("Information that is
    # sealed under this section may be provided to another person or agency only ... (3) for review by the
    # subject of the record").
    Rule("record-access", "present",
         (r"(?:" + RELIEF + r")[^.]{0,200}?\bmay (?:\w+ ){0,2}(?:be )?(?:provided|disclosed|released|made available|furnished|"
          r"disseminated|opened)\b[^.]{0,300}?\b(?:for (?:review|inspection|examination) by|to) (?:the )?" + OWNER,),
         unless=("(?:" + OWNER + r")[^.;]{0,60}" + COURT_ORDER, DENIAL + r"[^.;]{0,80}\bto (?:the )?" + OWNER)),
    # The person may see or get their own cleared record, in any of the ways bills say so: the person
    # may (or has the right to) inspect it; an agency shall give the person a copy or let them see it;
    # the record is open to them; nothing keeps them from getting it. Relief must be in the sentence or
    # the next, or the record is any record (the partial rule below).
    Rule("record-access", "present",
         (PERSON + r"[^.;]{0,80}?\b(?:may|can|(?:shall|must) be (?:permitted|allowed|entitled) to|(?:is|are) (?:entitled|permitted|allowed) to|"
          r"(?:has|have|retains?|shall have|shall retain) (?:the right|a right|access)(?: to)?)\s+(?!not\b)(?:\w+ )?" + SEE + r"\b"
          r"(?:,? (?:and|or|and/or) " + SEE + r"(?: (?:a |certified )?cop(?:y|ies) of)?)?\s+" + OWN_RECORD + r"|"
          r"\b(?:permit|allow|enable|let)\w* (?:the |that |such |an? )?" + PERSON + r"[^.;]{0,20}?\bto " + SEE + r"\b[^.;]{0,10}?\s" + OWN_RECORD + r"|"
          r"\b(?:provide|furnish|give|send|mail|deliver|release|disclose)\w*\b (?:to )?(?:the |that |such |an? )?" + PERSON
          + r"[^.;]{0,20}?\b(?:with )?" + OWN_RECORD + r"|"
          r"\b(?:records?|files?|information)\b[^.;]{0,60}\b(?:open|available|accessible) (?:for |to )?(?:inspection |examination |review |copying )?"
          r"(?:by|to) (?:the )?" + PERSON + r"|"
          r"\bmake\w* (?:an? |the )?(?:cop(?:y|ies) of )?[^.;]{0,40}\b(?:records?|files?)\b[^.;]{0,20}\bavailable to (?:the )?" + PERSON + r"|"
          + SAVING + r"[^.;]{0,60}\b" + PERSON + r"[^.;]{0,20}\bfrom (?:\w+ing )?(?:(?:and|or) )?" + SEE + r"\b[^.;]{0,20}?\s" + OWN_RECORD,
          RELIEF + r"|order of nondisclosure"),
         window=2,
         unless=(COURT_ORDER, r"\b(?:may|shall|must|can|is|are) not\b[^.;]{0,40}" + SEE + r"\b",
                 DENIAL + r"[^.;]{0,80}\b(?:including|even)\b[^.;]{0,10}(?:to |by )?(?:the )?" + PERSON,
                 r"\b(?:obtain|receive|request)\w* (?:an? |the )?(?:order|expungement|sealing|relief)\b")),
    # One's own criminal-history records, open to one on request, whether or not relief cleared them.
    Rule("record-access", "partial",
         (r"(?:person|individual|subject)s?\b[^.;]{0,160}\b(?:right to|may|to|and|be (?:permitted|allowed|entitled) to) (?:\w+ )?"
          r"(?:inspect|access|review|examine|obtain (?:a )?cop(?:y|ies))\b|"
          r"\b(?:inspection|access|review)\b[^.;]{0,80}\bby (?:the |such |that |those )?(?:person|individual|subject)s?\b|"
          r"\b(?:disseminat|disclos|releas|provid|furnish)\w*[^.;]{0,80}\bto (?:the )?subjects? of (?:the |such )?records?\b",
          r"(?:refers?|pertain\w*|relat\w*) to (?:the|that|such) (?:person|individual|applicant)\b|(?:person|individual)'s (?:own )?(?:criminal )?records?|"
          r"(?:his|her|their|his or her) own (?:criminal )?records?|subjects? (?:thereof|of (?:the |such |an? |that )?(?:\w+ )?(?:information|records?))|"
          r"(?:his|her|their|his or her) criminal (?:history )?record|pertaining to (?:himself|herself|themselves|himself or herself)|"
          r"(?:maintained|kept|held) about (?:the|that|such) (?:person|individual)|concerning (?:the|that|such) (?:person|individual)\b",
          r"criminal (?:history|justice|record)|records? of criminal|(?:non)?conviction information|identification records?"),
         unless=(COURT_ORDER, DENIAL + r"[^.;]{0,60}(?:inspect|access|review|cop(?:y|ies))"),
         why="the person may see their own criminal records, but the text does not say this includes cleared ones"),
    Rule("record-access", "partial",
         (r"(?:person|individual|petitioner|defendant)s?\b[^.;]{0,120}\b(?:verify|confirm|check|learn|find out)\w* (?:whether|that|if)\b",
          RELIEF),
         why="the person can confirm that relief was granted, not obtain the records"),
    Rule("record-access", "partial",
         (r"\b(?:notice|notification|letter|certificate|confirmation)\b[^.;]{0,120}\b(?:" + RELIEF + r")",
          r"\bto (?:the )?(?:person|defendant|petitioner|individual|applicant)\b(?!')"),
         unless=(r"\bto (?:the )?(?:person|defendant|petitioner|individual)'s (?:employer|landlord)",),
         why="the person gets a notice or certificate that relief was granted, not the records"),
    Rule("record-access", "partial",
         (r"\b(?:mail|send|give|provide|furnish)\w* (?:to )?the (?:subject|applicant|person|individual) (?:with )?a copy of the record",),
         why="the person may get a copy of their own record, but the text does not say this includes cleared ones"),
    Rule("record-access", "partial", (r"(?:does|shall) not (?:preclude|prevent|bar)[^.;]{0,60}(?:request\w*|seek\w*|obtain\w*) access",),
         why="it keeps a way to ask for the records without saying that no court order is needed"),
    Rule("record-access", "partial",
         (r"(?:give|provide|send|deliver|mail)\w*[^.;]{0,30}(?:the )?(?:person|petitioner|defendant|individual)[^.;]{0,40}cop(?:y|ies) of the order|"
          r"(?:give|provide|send|deliver|mail|furnish|forward)\w*[^.;]{0,30}cop(?:y|ies) of (?:the |an? |such )?(?:\w+ )?order[^.;]{0,200}"
          r"\b(?:to|and)\s+(?:\(\w{1,4}\)\s*)?(?:the|such) (?:person|petitioner|defendant|individual)\b(?!')",),
         why="the person gets a copy of the order, not the records themselves"),
    # Closed to everyone, the person too, without a court order. An exception for agencies
    # ("..., except that sealed records shall remain available to any criminal justice agency")
    # does not open them to the person; an exception for the person does.
    Rule("record-access", "against",
         (DENIAL + r"[^.;]*(?:without|except)[^.;]*" + COURT_ORDER + r"|"
          + DENIAL + r"[^.;]*\b(?:any person|anyone|any individual|the public)\b[^.;]*\bunless\b[^.;]*" + COURT_ORDER + r"|"
          r"(?:only|except)\b[^.;]{0,120}\b(?:pursuant to|upon|by|on|under|with|possessing|holding|presenting) (?:an? |the )?"
          + COURT_ORDER + r"|"
          r"(?:inspection|examination|review|access|disclosure|release|opening|unsealing)\b[^.;]{0,60}\b(?:may|shall|must|can)\b"
          r"[^.;]{0,30}\b(?:be )?(?:permitted|allowed|authorized|ordered|granted) (?:only )?by (?:the |a )?court\b|"
          r"shall not release to any person, including the (?:petitioner|person|defendant)|"
          r"(?:subject of the records?|person|individual|petitioner)\b[^.;]{0,40}\b(?:may )?petitions? (?:the )?(?:\w+ )?court "
          r"to (?:permit|allow|authorize|order) (?:the )?(?:inspection|examination|review|disclosure|release)",),
         unless=(r"(?:except|other than|but not|unless|only (?:to|by))[^.;]{0,30}(?:to |by )?(?:the )?(?:subject of|person who is the subject|"
                 r"petitioner|defendant|individual whose|person whose)",
                 r"(?:person|individual|subject)[^.;]{0,60}(?:\bmay\b(?! not)|shall be (?:entitled|allowed|permitted))[^.;]{0,60}"
                 r"without[^.;]{0,40}" + COURT_ORDER,
                 # a rule for everyone a list before it left out ("Otherwise, the records may be examined only by
                 # order of the court"), or an exception that points to that list
                 r"^otherwise\b|except as (?:otherwise )?provided in this (?:subsection|section|paragraph|subdivision)\b",
                 # released with the person's own authorization or consent
                 r"(?:authoriz\w*|consent|request|permission) of (?:the )?(?:applicant|person|individual|subject|petitioner|defendant)")),
    # A bar on any access to the records, with no exception for the person ("the clerk of the court shall
    # thereafter not allow access to any records concerning the case").
    Rule("record-access", "against",
         (r"\bshall (?:thereafter )?not (?:allow|permit|grant|give) (?:any )?(?:access to|inspection of) (?:any|all) (?:of the )?"
          r"(?:records?|files?)", RELIEF + r"|order is made|the order"),
         unless=(r"(?:except|other than|but not|unless)[^.;]{0,60}(?:" + OWNER + r")",)),
    # Federal databases and immigration authorities.
    Rule("federal-records", "partial",
         (r"interstate identification index|federal bureau of investigation|\bfbi\b|national crime information|"
          r"federal (?:criminal history )?(?:file|database|data base|depositor|repositor)",
          r"\b(?:remov|delet|purg|expung|seal|destr|take [^.;]{0,20}out)\w*|"
          r"\bnot (?:be )?(?:sent|forwarded|transmitted|submitted|reported)\b|"
          r"\b(?:notif|notice|update|request|forward|send)\w*[^.;]{0,200}" + RELIEF + r"|"
          r"\b(?:forward|send|transmit|provide|deliver|mail)\w* (?:a )?(?:certified )?(?:copy of )?(?:the|such|that|each) order\b"),
         unless=(SAVING + r"[^.;]{0,80}(?:requir|direct)",),
         part="federal databases"),
    Rule("federal-records", "partial",
         (IMMIGRATION, DENIAL, SHARE + r"|\bavailable\b|\bgive\b|\buse\b"),
         unless=(r"for (?:the purposes? of )?(?:employment|licensing|housing|tenant)", r"\bremove the immigration",
                 # spending on enforcement is not sharing records (Or. Rev. Stat. § 181A.820(2))
                 r"\buse (?:agency |any |state )?(?:moneys|funds|resources|equipment|personnel)",
                 SAVING + r"[^.]{0,240}" + SHARE, r"\bexcept\b[^.;]{0,60}" + IMMIGRATION),
         part="immigration authorities"),
    # A law that gives no authority to share with federal officials ("Nothing in this article authorizes the
    # disclosure of juvenile information to federal officials absent a court order ...").
    Rule("federal-records", "partial",
         (r"\bnothing in this (?:article|act|section|chapter|title|part|subchapter)\b[^.;]{0,20}\bauthoriz\w*\b[^.;]{0,40}"
          r"\b(?:disclos|disseminat|shar|releas|transmi|attach)\w*[^.;]{0,80}\b(?:" + FEDERAL + r")",),
         part="immigration authorities"),
    # Requests from federal immigration enforcement are declined ("If a public body receives a
    # communication or request from a federal agency that relates to immigration enforcement ...,
    # the public body shall decline the request").
    Rule("federal-records", "partial",
         (IMMIGRATION, r"\b(?:shall|must) (?:promptly |immediately )?(?:decline|refuse|deny)\b",
          r"\b(?:request|communication|inquiry|detainer)s?\b"),
         unless=(SAVING, r"\bexcept\b[^.;]{0,60}" + IMMIGRATION, r"\b(?:no|not|nothing)\b[^.;]{0,60}\b(?:decline|refuse|deny)"),
         part="immigration authorities"),
    # Cleared or criminal-history records that may or must go to immigration or federal
    # authorities; an exception that lets them through; a savings clause that keeps sharing open
    # or keeps the records in federal files.
    Rule("federal-records", "against",
         (r"(?:\b(?:may|shall|must|is authorized to|are authorized to)\b (?:\w+ ){0,3}" + SHARE + r"|available)[^.;]{0,100}"
          r"\b(?:to|with) (?:the |a |any )?(?:united states )?(?:" + FEDERAL + r"|bureau of (?:immigration|citizenship))",
          RELIEF + r"|record|criminal history|information"),
         unless=(DENIAL + r"[^.;]{0,240}(?:" + FEDERAL + r")", r"for (?:the purposes? of )?(?:employment|licensing)",
                 r"in order to request\b")),
    Rule("federal-records", "against",
         (r"(?:" + FEDERAL + r")[^.;]{0,40}\b(?:may|shall) (?:\w+ )?(?:receive|obtain|access|have access|inspect|request)|"
          r"\bmay (?:\w+ ){0,2}(?:receive|obtain|access|inspect)[^.;]*:[^.]*\b(?:" + FEDERAL + r")|"
          r"\bmay (?:\w+ ){0,2}(?:be )?(?:disclosed|released|provided|made available|shared|disseminated)\b[^.;]*?(?:\bto)?:[^.]*\b(?:"
          + FEDERAL + r"|federal bureau of investigation)",
          RELIEF + r"|record|criminal history"),
         unless=(DENIAL + r"[^.;]{0,30}(?:receive|obtain|access|have access|inspect)",)),
    Rule("federal-records", "against",
         (DENIAL + r"[^.;]{0,160}\bexcept\b[^.;]{0,80}(?:" + IMMIGRATION + r")",)),
    # A duty to answer federal requests for records ("shall comply with any request from federal authorities for
    # ... conviction information"), and a savings clause that keeps records flowing to a federal agency ("An order
    # of nondisclosure does not prohibit the department from disseminating the information to a federal agency").
    # The usual route for what federal law itself requires is not named (see tests/corpus/README.md).
    Rule("federal-records", "against",
         (r"\b(?:comply|respond|honou?r)\w* (?:with |to )?(?:an? |any |the |all |every |each )?(?:\w+ )?"
          r"(?:requests?|inquir\w+|quer\w+|demands?|subpoenas?) (?:from|by|of|made by) (?:the |a |an |any )?(?:united states )?(?:"
          + FEDERAL + r")|"
          r"(?:" + SAVING + r"|(?:does|do|will) not (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*)"
          r"[^.]{0,240}(?:" + SHARE + r")[^.;]{0,160}\b(?:to|with) (?:the |a |an |any )?(?:united states )?(?:" + FEDERAL + r")",
          RELIEF + r"|record|criminal history"),
         unless=(r"(?:required|authorized|mandated) by (?:federal law|the laws of the united states|federal statute)",
                 r"\b(?:not|never|no)\b[^.;]{0,40}\b(?:comply|respond|honou?r)",
                 # "Nothing in this article authorizes the disclosure ... to federal officials" limits sharing
                 r"\bnothing in this\b[^.;]{0,40}\bauthoriz")),
    # A duty to tell immigration authorities of an arrest, charge, conviction or release ("The sheriff ... shall,
    # as soon as practical, notify the federal Immigration and Customs Enforcement of the person's arrest and charges";
    # "law enforcement officials shall ... cooperate with immigration authorities ...: (1) Providing information
    # regarding a person's release date").
    Rule("federal-records", "against",
         (r"\b(?:shall|must|is required to)\b[^.;]{0,60}\b(?:notify|inform|advise|alert|contact|report to|cooperate with)\b (?:the |a |any )?"
          + AGENCY,
          r"\b(?:arrest|charge|conviction|release|record|criminal history|custody|confine|jail|detain|booking|incarcerat)"),
         unless=(r"\b(?:not|never|no)\b[^.;]{0,40}\b(?:notify|inform|advise|alert|contact|report to)\b",)),
    # A duty to honour immigration detainers ("shall: ... (3) comply with the immigration detainer request").
    Rule("federal-records", "against",
         (r"\b(?:shall|must)\b[^.]{0,300}?\b(?:comply with|honou?r)\b[^.;]{0,60}\b(?:an? |the |any )?(?:immigration )?detainers?",),
         unless=(r"\b(?:not|never|no)\b[^.;]{0,200}\b(?:comply with|honou?r)\b",)),
    # A duty to ask immigration authorities about a person held ("shall make a query through the DCI system to
    # the Law Enforcement Support Center (LESC) of Immigration and Customs Enforcement").
    Rule("federal-records", "against",
         (r"\b(?:query|queries|inquiry|inquiries|verification|verify)\b[^;]{0,120}\b(?:to|with|through) (?:the )?"
          r"(?:law enforcement support center|" + AGENCY + r")",
          r"\b(?:shall|must)\b", r"\b(?:jail|confine\w*|custody|arrest\w*|charged|prisoner|detain\w*|booking)"),
         window=2),
    # A ban on keeping officials from working with immigration enforcement ("shall not ... prevent or inhibit
    # state agencies ... from working with federal agencies for the purposes of federal immigration enforcement").
    Rule("federal-records", "against",
         (r"\b(?:shall|may|must) not\b[^.;]{0,120}\b(?:prevent|inhibit|prohibit|restrict|limit|discourage)\w*\b[^.;]{0,160}?"
          r"\bfrom (?:working with|cooperat\w*|assist\w*|communicat\w*|shar\w*|send\w*|exchang\w*)[^.;]{0,120}?"
          r"(?:immigration (?:law )?enforcement|enforcement of (?:federal )?immigration|" + AGENCY + r")",)),
    # A ban on "sanctuary" policies: a law that forbids local limits on sharing with immigration authorities.
    # ... or without the word ("shall not adopt, enforce, or endorse a policy under which the entity prohibits
    # or discourages the enforcement of immigration laws").
    Rule("federal-records", "against",
         (r"\b(?:shall|may|must) not (?:\w+,? ){0,3}?(?:adopt|enact|enforce|endorse|maintain|implement|have)\b[^.;]{0,300}?"
          r"\b(?:polic(?:y|ies)|ordinances?|rules?|practices?|procedures?|directives?)\b[^.;]{0,200}?"
          r"\b(?:prohibit|restrict|discourag|limit|imped)\w*[^.;]{0,200}?(?:enforcement of (?:federal )?immigration laws?|"
          r"immigration (?:law )?enforcement|(?:cooperat|assist|comply)\w*[^.;]{0,40}(?:immigration|homeland security))",)),
    Rule("federal-records", "against",
         (r"\b(?:no|not|prohibit\w*)\b[^.;]{0,80}\b(?:adopt|enact|implement|enforce|endorse|maintain|have in effect)\w*\b"
          r"[^.;]{0,30}\bsanctuary (?:policy|policies|jurisdiction)|sanctuary policies (?:are )?prohibited",)),
    Rule("federal-records", "against",
         (SAVING + r"[^.]{0,240}(?:" + SHARE + r")[^.]{0,160}(?:" + IMMIGRATION + r")|"
          + SAVING + r"[^.]{0,240}(?:" + IMMIGRATION + r")[^.]{0,160}(?:" + SHARE + r")",),
         # a ban on stopping a person from getting records about themselves is not about immigration sharing
         unless=(r"(?:shall|may) not (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*[^.;]{0,40}\b(?:person|individual)\b"
                 r"[^.;]{0,60}\b(?:own|about (?:the person|himself|herself|themselves))\b",)),
    Rule("federal-records", "against",
         (SAVING + r"[^.;]{0,80}(?:requir|direct)\w*[^.;]{0,120}(?:interstate identification index|federal bureau of "
          r"investigation|\bfbi\b|federal (?:criminal history )?(?:file|database|repositor))",)),
    # Public education.
    Rule("public-education", "present",
         (r"\badvis\w*|\bnotice|\bnotif\w*|\binform(?!ation)\w*|outreach|\beducat\w*|\bpublish\w*|\bwarn\w*|\bsay\b|\bexplain\w*|\b(?:shall|must|will|to) state\b|\bstat(?:es|ing) that\b",
          IMMIGRATION, RELIEF + r"|record|relief",
          r"may not|might not|does not|not (?:eliminate|remove|erase)|consult|lawyer|attorney"),
         # A report to the legislature informs lawmakers, not the people whose records are cleared.
         unless=(r"\bplea\b", r"(?:shall|may) not (?:disclose|share|provide|transmit|give)", r"\breport to\b")),
    Rule("public-education", "partial",
         (r"court shall (?:administer|advise|give|admonish)|following advisement|(?:hereby|you are) advised|"
          r"shall determine that the defendant has been advised|warning of the (?:special |potential )?consequences",),
         why="a plea advisement about immigration, not public education about record clearance"),
    # The advisement's own words, however the court is told to give it ("... the court shall inform
    # the defendant: ... (d) That if the defendant is not a citizen of the United States conviction of a
    # crime may result ... in deportation"; "determines that the defendant fully understands that if ...").
    Rule("public-education", "partial",
         (r"(?:\bif (?:the defendant|you|he or she|he|she|they|the person|the accused|the individual)|"
          r"\b(?:a|any|the) (?:defendant|person|individual) who)\b[^.;]{0,20}\b(?:is|are) not "
          r"(?:a )?(?:united states |u\.s\. )?citizens?",
          r"deport\w*|removal|removed from the united states|denied (?:citizenship|admission)|exclusion from (?:admission|readmission)|"
          r"naturali[sz]ation|immigration (?:consequences|status)"),
         # a presumption about what the defendant was told, and a law on sharing status information, advise no one
         unless=(PRESUME, r"(?:prohibit|restrict)\w* from (?:sending|receiving|maintaining|exchanging)"),
         why="a plea advisement about immigration, not public education about record clearance"),
    Rule("public-education", "partial",
         (LANGUAGE + r"[^.;]{0,40}" + LANGUAGE + r"|languages?\b[^.;]*(?:other than english|spoken)|translat(?:ed|ions?)\b|"
          r"community[- ]based organi[sz]ations|community (?:organi[sz]ations|groups)",
          r"notice|advis|publish|printed|\bforms?\b|materials|outreach|\binform(?!ation)|educat|available"),
         why="notice in several languages or outreach, without saying what relief means for immigration"),
    # A standing program of public information about relief (printed materials, a website, a telephone line).
    Rule("public-education", "partial",
         (r"printed materials|brochures?|pamphlets?|\bwebsite\b|toll[- ]free|information packet|public (?:information|awareness|education)|"
          r"(?:provide|give|disseminate|distribute)\w* information to (?:the )?(?:public|persons?|individuals?|people|residents)",
          RELIEF, r"\b(?:shall|must|will|to)\b"),
         unless=(r"\bplea\b", IMMIGRATION),
         why="public information about relief, without its immigration limits"),
    Rule("public-education", "partial",
         (r"shall be (?:informed|notified|advised)\b|"
          r"(?:shall|must)\b[^.]{0,300}?\b(?:inform|notify|advise) the (?:defendant|person|petitioner|individual|probationer|juvenile)|"
          r"shall (?:be given|give|provide|receive|send|mail)\b[^.;]{0,40}\bnotice (?:that|of)\b",
          r"\bright\b|eligib|effects? of (?:the |an? |such )?" + RELIEF),
         unless=(r"\bplea\b",),
         why="notice of the right to relief, without its immigration limits"),
)  # fmt: skip
