"""Rules for records closed to the person they are about: against own-record access.

A cleared record shut to everyone without a court order, kept for agencies alone, or open only to those a
sentence names, the person not among them; and the grants that outweigh such a closure in the same
sentence. The grants of access are in :mod:`.records`, whose vocabulary these rules share.
"""

from __future__ import annotations

from dataclasses import replace

from ..vocabulary import COURT_ORDER, DENIAL, NAMES_NO_RECORD, OWNER, PERSON, RELIEF, SEE
from .one_sentence import ONE_SENTENCE_RULES
from .others import ONLY_BY_LEAVE
from .routes import (
    AGENT,
    AGENT_ONLY,
    BY_COURT_PETITION,
    CLOSED,
    LIMITED_TO,
    LISTED_EXCEPTIONS,
    NOT_PARTIES,
    NOT_THE_PERSON,
    ONLY_BY_LAWYER,
    PERMISSION_WITHHELD,
    POINTS_ELSEWHERE,
    RESIDUAL,
    RESIDUAL_CLAUSE,
    SUBJECT_FIRST,
    SUBJECT_SPARED,
    WITHHELD_FROM_PERSON,
)
from .rule import Rule

SUBJECT_EXCEPTED = (
    r"\b(?:provided,? (?:however,? )?that|except that|however,),?\s*(?:upon (?:a |written )?request,\s*)?(?:the |an? )?(?:"
    + OWNER
    + r"|(?:person|individual|petitioner|defendant|movant|child|juvenile|minor|youth)\b(?!'))"
    r"(?:(?!\bnot\b|\bcourt\b)[^.]){0,240}?\b(?:may|(?:shall be|is|are) entitled(?: \w+){0,3} to|(?:shall |does |do )?(?:\w+ )?"
    r"(?:have|has) the right to) (?:\w+ ){0,2}(?:inspect|obtain|see|review|access|copy|examine|receive|have|a copy)|"
    # (the person first of a lettered list: "provided ... that such records shall be made available to (i) the person accused")
    r"\bprovided,? (?:however,? )?that\b[^.]{0,80}\b(?:available|open|accessible)\b[^.]{0,40}\bto:?\s*(?:\(\w{1,4}\)\s*)?(?:inspection by )?(?:the )?(?:"
    + OWNER
    + r"|(?:person|individual|child|juvenile|minor|youth)\b(?!'))(?![^.;]{0,80}\bonly (?:upon|on|with|after|by) (?:an? |the )?(?:written )?(?:order|leave|permission|approval)\b)|"
    # ... or has it handed to the person ("except that the department shall ... furnish a copy of the nonpublic record to the person")
    r"\b(?:provided,? (?:however,? )?that|except that)\b(?:(?!\b(?:court|judge) (?:may|shall)\b|\b(?:upon|on) (?:the )?(?:\w+'s )?(?:motion|petition)\b)[^.;]){0,160}\b(?:furnish|provide|"
    r"release|give|disclose|make available)\w*\b[^.;]{0,100}\bto (?:the |that )?(?:" + OWNER + r")"
)
"""A proviso that lets the person in, after a court order for everyone else ("...only upon order of the court;
provided, however, that the person who is the subject of the record may inspect it without such an order"; "except
that a child and the parents ... shall always have the right to inspect and copy any official record pertaining to
the child")."""
OTHERS_DATA = (
    r"\b(?:names?|address(?:es)?|identit(?:y|ies)|information|statements?) of (?:any |the |a )?(?:witness|victim|complainant|informant|juror)"
    r"|\b(?:witness|victim|juror)(?:'s|es'|s')? (?:information|names?|address(?:es)?|identit(?:y|ies))"
    r"|^(?:\(\w{1,4}\)\s*)?(?:the |a |any )?(?:sealed |confidential )?(?:residential )?address(?:es)?\b"
    # a bar in a sentence about a witness or a victim, with no relief in it ("shall not disclose information described in
    # subsection (a) to any person except ... to a law enforcement agency ... participating in the protection of the witness")
    r"|^(?!.*" + RELIEF + r").*\b(?:the|a|any) (?:protected )?(?:witness|victim)\b"
    # ... or what a grand jury heard, or an informant's file ("An informant file ... shall not be disclosed")
    r"|\bgrand jury (?:testimony|transcripts?|proceedings|minutes|materials?)\b|\binformant (?:files?|records?)\b"
)
"""What a witness or victim told or is, what a grand jury heard, an informant's file: not the person's record."""

PROSECUTOR_ROUTE = (
    r"\b(?:petition|motion|application|request)s?\b[^.;]{0,30}\b(?:filed |made |brought )?by (?:a |the )?(?:state's attorney|"
    r"prosecut\w*|district attorney|attorney general|commonwealth's attorney|law enforcement|police)|"
    r"\b(?:release|disclosure|opening|unsealing|inspection)\b[^.;]{0,60}\bto (?:a |the |any )?(?:state's attorney|prosecut\w*|"
    r"district attorney|attorney general|commonwealth's attorney|law enforcement|police)"
)
"""The court opens the record for the prosecutor ("on a verified petition filed by a State's Attorney"): a route for
someone else, which says nothing of the person's own."""
RULES: tuple[Rule, ...] = (
    # A closure whose proviso lets the person in ("... only upon order of the court ..., except that a child and the
    # parents of the child ... shall always have the right to inspect and copy any official record pertaining to the
    # child"): the proviso is the person's own way in.
    Rule("record-access", "present", (SUBJECT_EXCEPTED,), elsewhere=(CLOSED,), unless=(ONLY_BY_LEAVE,)),
    # The person's way in is a petition to the court ("A person whose record has been sealed may inspect the sealed
    # record upon petition to the court"), or the person may not see it at all ("may not obtain a copy of the
    # expunged record").
    Rule("record-access", "against",
         (SUBJECT_FIRST + r"[^.;]{0,80}?\bmay\b (?:\w+ ){0,2}?" + SEE + r"\b[^.;]{0,60}?" + BY_COURT_PETITION + "|" + SUBJECT_FIRST + r"[^.;]{0,120}?\bmay,? "
          + BY_COURT_PETITION + r"[^.;]{0,60}\b" + SEE + r"|"
          # ... or the court's order ("may obtain a copy of the sealed record upon entry of an order of the court that
          # sealed the record")
          + SUBJECT_FIRST + r"(?:[^.;]|\.(?=\d)){0,80}?\bmay\b (?:\w+ ){0,2}?" + SEE + r"\b[^.;]{0,60}?\b(?:upon|on|after|pursuant to|with) "
          r"(?:the )?(?:entry of |issuance of )?(?:an? |the )?(?:" + COURT_ORDER + r")|"
          # ... or a grant held back until a judge approves ("may inspect ... upon written request ..., but the clerk
          # shall not release the file until the request has been reviewed and approved by the chief judge")
          + SUBJECT_FIRST + r"[^.;]{0,80}?\bmay\b (?:\w+ ){0,2}?" + SEE + r"\b[^.;]{0,160}?\bnot\b[^.;]{0,80}\buntil\b[^.;]{0,80}(?:"
          + COURT_ORDER + r")|"
          + SUBJECT_FIRST + r"[^.;]{0,60}?\b(?:may not|shall not|cannot|is not (?:entitled|permitted|allowed) to)\b(?! be (?:denied|refused)\b) (?:\w+ ){0,2}"
          + SEE + r"\b(?:(?!\bexcept\b|\bunless\b|\bwithout\b)[^.;]){0,60}(?:[.;]|$)|"
          # ... or inspection the court permits only on the person's petition ("Inspection of records that are the subject of
          # an order ... may thereafter be permitted by the court only upon a petition filed by the person who is the subject")
          r"\b(?:inspection|examination|access|disclosure|release)\b[^.;]{0,100}\b(?:may|shall) (?:thereafter )?be (?:permitted|allowed|"
          r"granted|ordered|authori[sz]ed) by the (?:\w+ )?court\b[^.;]{0,20}\bonly (?:upon|on|after) (?:a |an |the )?(?:written )?(?:petition|"
          r"motion|application)\b[^.;]{0,20}\bby (?:the )?(?:" + OWNER + r")", RELIEF + r"|\b(?:records?|files?) that (?:are|is) the subject of an? order\b"),
         unless=(r"\bwithout\b[^.;]{0,40}\b(?:petition|motion|application|order)\b", OTHERS_DATA)),
    # Cleared records that may go only to agencies "and to no other person" ("The department may disclose that
    # information only to a criminal justice agency for a criminal justice purpose, and to no other person").
    Rule("record-access", "against",
         (r"\b(?:only|solely) to\b[^.;]{0,160}\b(?:and )?to no other (?:persons?|individuals?|one|entit(?:y|ies))\b",
          RELIEF + r"|order of nondisclosure|\bsubject of an? order\b"),
         window=2,
         unless=(r"\b(?:only|solely) to\b[^.;]{0,160}\b(?:" + OWNER + r")",)),
    # Closed to everyone, the person too, without a court order. An exception for agencies
    # ("..., except that sealed records shall remain available to any criminal justice agency")
    # does not open them to the person; an exception for the person does.
    Rule("record-access", "against",
         (DENIAL + r"[^.;]*(?:without|except|absent|save)[^.;]*" + COURT_ORDER + r"|"
          r"\blimited to\b[^.;]{0,60}" + COURT_ORDER + r"|\blimits (?:the )?(?:dissemination|disclosure|release|inspection) of\b(?:(?!\bsubject of\b)[^.;]){0,200}\bpursuant to " + COURT_ORDER + r"|"
          r"(?:inspection|access|review|examination|disclosure|release|opening|unsealing)\b[^.;]{0,80}(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\blonger )\brequires?\b[^.;]{0,30}"
          r"\b(?:a |an )?(?:motion|petition|court order|order)\b|"
          r"\bonly (?:upon|on|after|by|through) (?:a |an )?(?:petition|motion|application) to (?:the |a )?(?:\w+ )?court|"
          r"\bonly after (?:obtaining|having obtained|receiving )?(?:an? |the )?" + COURT_ORDER + r"|"
          # a court (or its division) that lets the records be seen only when moved ("Inspection of the files and records
          # ... may thereafter be permitted by the Division only upon motion by the person who is the subject of such records")
          r"(?:inspection|examination|access|disclosure|release)\b[^.;]{0,80}\b(?:permitted|allowed|authorized|granted)\b[^.;]{0,40}"
          r"\bonly (?:upon|on|after) (?:a |the )?(?:written )?(?:motion|petition|application)\b|"
          + SEE + r"\b[^.;]{0,80}\b(?:must|shall)\b (?:first )?(?:file|make|bring|submit) (?:a |an )?(?:motion|petition|application)\b[^.;]{0,30}"
          r"\b(?:with|to|in|before) (?:the )?(?:\w+ )?court|"
          r"only (?:means|way|manner|method) of (?:obtaining|getting|seeing|inspecting|access\w*)[^.;]{0,60}\b(?:is|shall be) "
          r"(?:by |through )?(?:an? |the )?(?:\w+ )?(?:order|court)|"
          + DENIAL + r"[^.;]*\b(?:any person|anyone|any individual|the public)\b[^.;]*\bunless\b[^.;]*" + COURT_ORDER + r"|"
          r"(?:only|except)\b[^.;]{0,120}\b(?:pursuant to|upon|by|on|under|with|possessing|holding|presenting) (?:an? |the )?"
          + COURT_ORDER + r"|"
          r"(?:inspection|examination|review|access|disclosure|release|opening|unsealing)\b[^.;]{0,60}\b(?:may|shall|must|can)\b"
          r"[^.;]{0,30}\b(?:be )?(?:permitted|allowed|authorized|ordered|granted) (?:only )?by (?:the |a )?court\b|"
          r"shall not release to any person, including the (?:petitioner|person|defendant)|"
          r"(?:subject of (?:the )?records?|person|individual|petitioner)\b[^.;]{0,40}\b(?:may )?petitions? (?:the )?(?:\w+ )?court "
          r"to (?:permit|allow|authorize|order) (?:the )?(?:inspection|examination|review|disclosure|release)|"
          # ... or for leave to see them ("may petition the court that granted the set-aside for permission to inspect the
          # sealed records")
          r"(?:subject of (?:the )?records?|person|individual|petitioner)\b[^.;]{0,40}\bmay (?:petition|apply to|move) (?:the )?(?:\w+ )?"
          r"court\b[^.;]{0,60}?\bfor (?:permission|leave|an order|authori[sz]ation) to (?:inspect|examine|review|see|obtain|copy|access)\b|"
          # ... or only by the person's motion ("may obtain a copy of the information ... only by filing a motion in the court
          # that issued the order")
          r"(?:subject of (?:the )?(?:records?|order)|person|individual|petitioner)\b[^.;]{0,160}?\bmay\b[^.;]{0,100}\bonly by filing (?:a |an )?"
          r"(?:written )?(?:motion|petition|application) (?:in|with|before) (?:the |a |any )?(?:\w+ )?court\b|"
          # ... in whatever form the asking takes ("shall send the presiding judge a letter requesting permission"; "shall apply
          # by motion to the Superior Court ... for leave to do so")
          r"(?:subject of (?:the )?records?|person|individual|petitioner)\b[^.;]{0,200}?\b(?:shall|must|may)\b (?:\w+ ){0,3}?"
          r"(?:send|write|submit|apply|move|petition|make)\w*\b[^.;]{0,80}\b(?:judge|court)\b[^.;]{0,80}\b(?:requesting|asking|seeking|"
          r"for) (?:the )?(?:judge's |court's )?(?:permission|leave)\b|"
          # the person's motion, the court's order ("Upon motion of the person named in the record, the court may order the
          # records opened for inspection by that person")
          r"\b(?:upon|on) (?:the )?(?:motion|petition|application) of (?:the )?(?:person|individual|petitioner|defendant|subject)\b"
          r"[^.;]{0,80}\bcourt may (?:order|direct|permit|allow)\b[^.;]{0,40}\b(?:opened|unsealed|released|disclosed|made available|inspect\w*)|"
          # ... or the other way round ("the sentencing court may, upon the defendant's motion and a showing that the records
          # are needed in a pending proceeding, order the custodian to furnish copies to the defendant")
          r"\b(?:court|judge) may,? (?:upon|on) (?:the )?(?:person|individual|petitioner|defendant|subject)(?:'s)? (?:motion|petition|"
          r"application)\b[^.;]{0,120}\border (?:the |any |an? )?(?:\w+ )?(?:custodian|clerk|agency|department|repository|bureau)\b[^.;]{0,20}"
          r"\bto (?:furnish|provide|release|disclose|give|send|make)\w*",
          # what is closed is a record, not a person or a place ("may not ... detain ... except ... a court order"), nor the
          # entering of a judgment ("18 months after the entry of the court order revoking probation")
          r"\b(?:records?|(?<!may )(?<!shall )(?<!must )(?<!to )files?|information|dockets?|documents?|papers|reports?|data|cop(?:y|ies))\b|"
          r"\bentr(?:y|ies)\b(?! of (?:the |a |an |any )?(?:\w+ )?(?:judgments?|orders?|pleas?|decrees?|sentences?)\b)|"
          # ... or the records the sentence before named ("They shall not be open to inspection ... except by order")
          r"^(?:\(\w{1,4}\)\s*)*they (?:shall|may|must) not be (?:open|disclosed|released|inspected)"),
         unless=(SUBJECT_SPARED,
                 # open to the parties, the person among them ("only available to the parties or by order of the court")
                 r"\bonly (?:\w+ ){0,2}(?:to|by) (?:the )?parties\b|" + NOT_PARTIES, SUBJECT_EXCEPTED, OTHERS_DATA, r"\b(?:in|to) a civil (?:action|case|proceeding|suit)\b", r"\b(?:inquir\w*|ask\w*|collect\w*|record|maintain\w*)\b[^.;]{0,60}\b(?:immigration|citizenship) status\b", r"\b(?:share|disclose|provide|furnish)\w*\b[^.;]{0,160}\b(?:with|to) (?:the )?(?:united states )?(?:immigration and customs enforcement|customs and border protection|department of homeland security|federal immigration)",
                 # ... or the parties an item of the exception ("shall not be open or available to anyone except (1) the
                 # Court and its staff, or (2) the parties and their attorneys")
                 r"\b(?:except|other than)\b[^.;]{0,160}?\(\w{1,4}\)\s*(?:to |by )?(?:the )?parties\b|\b(?:except|other than)\b[^.;]{0,300}?"
                 r"\(\w{1,4}\)\s*(?:to |by )?(?:the )?(?:" + OWNER + ")",
                 # open to the person's lawyer, the court's order needed only for others ("by the attorney of record for
                 # the person named therein, but by no other person except upon order of the court")
                 AGENT_ONLY,
                 # the person named as a recipient of their own after the court's order for others ("(e) To persons
                 # authorized by court order after notice and a hearing, to the juvenile, and to the custodian")
                 COURT_ORDER + r"[^.;]{0,60}?,\s*(?:and )?to (?:the )?(?:juvenile|child|minor|youth|person|individual|defendant|"
                 r"petitioner|record subject|subject of the record)\b(?!'s)",
                 # access to a person in custody, not to records ("may not give federal immigration authorities access to
                 # interview individuals ... except as required by ... a court order")
                 r"\baccess to (?:interview|question|speak|talk|meet)\b", r"\b(?:provid|giv|grant|allow|permitt?)\w*\b[^.;]{0,20}(?:an? |the |any )?(?:united states )?(?:immigration and customs enforcement|\bice\b|immigration|federal) (?:officers?|officials?|agents?)\b", r"\bwithheld only\b", r"\b(?:shall|does) not apply to (?:a request (?:made )?by )?(?:the |that )?(?:person|individual|subject|petitioner|defendant)\b",
                 # a recipient who acts under a court order of its own ("any psychiatrist ... who is treating the defendant
                 # pursuant to a court order"): the order is the treatment's, not a way to the record
                 r"\b(?:treating|treatment|supervising|supervision|placed|committed)\b[^.;]{0,40}\bpursuant to (?:a |an |the )?"
                 r"(?:court|judicial) order",
                 r"(?<!no )(?<!no other )(?:person|individual|subject)[^.;]{0,60}(?:\bmay\b(?! not)|shall be (?:entitled|allowed|"
                 r"permitted))[^.;]{0,60}without[^.;]{0,40}" + COURT_ORDER,
                 # ... however long the grant ("(1) The person who is the subject of the records, who may inspect and obtain
                 # copies of such records from any agency ..., without the necessity of a court order")
                 r"(?<!no )(?:person|individual|subject)\b[^.;]{0,60}(?:\bmay\b(?! not)|shall be (?:entitled|allowed|permitted))"
                 r"[^.;]{0,200}\bwithout (?:the )?(?:necessity|need|requirement) (?:of|for) (?:obtaining )?(?:an? )?" + COURT_ORDER,
                 # a rule for everyone a list before it left out ("Otherwise, the records may be examined only by
                 # order of the court"), or an exception that points to that list
                 # ("except under an order of the court or as this section or another statute permits"; "except under sub.
                 # (1b), (1d) ... or by order of the court")
                 RESIDUAL + "|" + RESIDUAL_CLAUSE + r"|except as (?:otherwise )?provided in this (?:subsection|section|paragraph|subdivision)\b|"
                 r"\bor as this (?:subsection|section|paragraph|subdivision|chapter|article)\b[^.;]{0,40}?\b(?:permits|allows|provides)\b|"
                 r"\bexcept (?:under|pursuant to) (?:subs?|ss?|subsections?|paragraphs?) ?\(\w|"
                 r"\bfor the purposes? (?:specified|set forth|listed|described|provided|stated) in this (?:subsection|section|paragraph|subdivision)\b",
                 # released with the person's own authorization or consent
                 r"(?:authoriz\w*|consent|request|permission) of (?:the )?(?:applicant|person|individual|subject|petitioner|defendant|child|juvenile|minor|youth)",
                 r"\bprovided\b[^.]{0,40}\b(?:nothing|that)\b[^.]{0,200}\b(?:person|individual|subject|petitioner|defendant)\b[^.]{0,160}"
                 r"\bwithout (?:leave|an? order|(?:a |the )?court order|petition)",
                 # no bar at all: a savings for an agency's own uses ("Nothing in this section prohibits the department of
                 # corrections from keeping and using a sealed record ..., and a parole officer may view [it] ... without a
                 # court order")
                 r"\bnothing\b[^.;]{0,40}\bprohibits?\b(?![^.;]*\b(?:may not|shall not|must not)\b)")),
    # A permission to the person expressly withheld ("Nothing in this section shall be construed to permit the person who
    # is the subject of a sealed record, or any other person, to inspect or copy that record without an order under
    # subsection (b)(3)").
    Rule("record-access", "against",
         (PERMISSION_WITHHELD + r"\b[^.;]{0,80}"
          r"\b(?:person|individual|subject|petitioner|defendant)\b[^.;]{0,120}\bwithout (?:an? |the )?(?:court )?order\b",)),
    # What relief leaves behind is kept for agencies alone ("a nonpublic record of disposition ... which shall be
    # retained solely for use by law enforcement agencies, prosecuting attorneys, and courts", S.D. Codified Laws
    # § 23A-3-31), unless the sentence also lets the person in.
    Rule("record-access", "against",
         (r"\b(?:retained|kept|maintained|held|preserved|available)\b[^.;]{0,20}\b(?:solely|only|exclusively) for (?:the )?"
          r"(?:use|purposes?) (?:of|by) (?:\w+ )?(?:law enforcement|criminal justice|prosecut\w*|courts?)\b",
          RELIEF + r"|nonpublic|confidential"),
         unless=(r"\b(?:to|by|and) (?:the )?(?:" + OWNER + r")",
                 r"\b(?:person|individual|petitioner|defendant|applicant)\b[^.;]{0,40}\bmay (?:inspect|obtain|see|review)")),
    # Cleared records open only to those a sentence names, the person not among them ("a nonpublic file accessible
    # only to law enforcement agencies"); it gives way to a grant to the person elsewhere in the bill.
    Rule("record-access", "against",
         (r"\b(?:records?|files?|information|data|abstracts?)\b[^.;]{0,200}\b(?:available|accessible|open(?: (?:for|to) inspection(?: and use)?)?|disclosed|"
          r"released|disseminated|provided|furnished|shown|inspected|examined)\s+(?:only|solely|exclusively)\s+"
          r"(?:to|by|for (?:use by|the use of))\b|" + LIMITED_TO + "|"
          r"\b(?:may|shall)\b (?:\w+ ){0,2}(?:disclose|release|disseminate|provide|furnish)\w* (?:the |such |that |any )?(?:\w+ ){0,3}"
          r"(?:records?|files?|information|data) (?:only|solely|exclusively) to\b|"
          # access itself so limited ("stored in a manner that allows access to the records only by the custodian of
          # records", Tex. Fam. Code Ann. § 58.259(b); "may be accessed only by")
          r"\b(?:allows?|allowing|permits?|permitting|limits?|limiting|restricts?|restricting) access\b[^.;]{0,80}?\b(?:to )?"
          r"(?:only|solely|exclusively) (?:to|by)\b|\b(?:may|shall|can) (?:only )?be accessed (?:only |solely |exclusively )?by\b|"
          # open to some, and "otherwise confidential" ("may be accessed by law enforcement personnel to be used for law
          # enforcement purposes only and shall remain otherwise confidential")
          r"\b(?:may|shall) be (?:accessed|inspected|examined|disclosed|released|made available)\b[^.;]{0,160}\b(?:shall|must) "
          r"(?:remain|be) otherwise confidential\b",
          RELIEF + r"|nonpublic|otherwise confidential|\bconfidential and\b"),
         # (an exception that only points elsewhere, or to the court, opens no way of the person's own)
         unless=(OWNER, r"(?<!no other )(?<!any other )\b(?:person|individual|petitioner|defendant|applicant|child|juvenile|parties)\b(?!')"
                 r"(?! (?:division|court|section|justice|officer|probation|services|department|facility|unit)\b)",
                 r"\bexcept\b(?!" + POINTS_ELSEWHERE + ")", r"\bindex (?:of|listing) (?:the )?(?:names|persons|individuals)\b"),
         yields=True),
    *ONE_SENTENCE_RULES,
    Rule("record-access", "present", (LIMITED_TO + r"[^.;]{0,200}\b(?:the )?(?:" + OWNER + r")", RELIEF),
         unless=("(?:" + OWNER + r")[^.;]{0,60}" + COURT_ORDER, ONLY_BY_LAWYER)),
    # A residual rule after a list ("Otherwise, no one may access a sealed court record except by order of the court",
    # Utah Code Jud. Admin. R. 4-202.03(2)): against the person, unless the list named the person.
    Rule("record-access", "against",
         (RESIDUAL, r"\b(?:only|except)\b[^.;]{0,60}\b(?:by|upon|on|with|pursuant to) (?:an? |the )?(?:" + COURT_ORDER + r")",
          RELIEF + r"|confidential|records? and (?:files|papers)"),
         unless=(RESIDUAL_CLAUSE,), unless_before=(OWNER, r"\(\w{1,4}\)\s*(?:the )?(?:" + PERSON + r")\b")),
    # A cleared record kept confidential, with a court order as the one way in ("The expunged record ... is a
    # confidential record exempt from public access ... but shall be made available by the clerk of the district
    # court upon court order", Iowa Code § 901C.3(4)).
    Rule("record-access", "against",
         (r"\b(?:confidential|sealed|closed|exempt from public (?:access|inspection|disclosure))\b(?:[^.;]|\.(?=\d)){0,100}\bbut (?:shall|may|must) "
          r"(?:only )?be (?:made )?(?:available|open|disclosed|released|accessible|provided)\b[^.;]{0,60}\b(?:upon|by|pursuant to|on|under|with) "
          r"(?:an? |the )?(?:" + COURT_ORDER + r")",
          RELIEF),
         unless=(r"(?:except|other than|but not|unless|only (?:to|by)|and)[^.;]{0,30}(?:to |by )?(?:the )?(?:" + OWNER + r")",)),
    # Seeing a cleared record gated by the court, however the gate is worded ("only after applying to the court and
    # obtaining an entry authorizing the inspection"; "unless the court first orders it"; "except upon petition to the
    # juvenile court and a finding"), unless the same sentence opens a way of the person's own (or the leave is to file a petition).
    Rule("record-access", "against",
         (r"\b(?:inspect\w*|(?<!an )(?<!after )examin\w*|open\w*\b(?! court\b)|access\w*|unseal\w*|disclos\w*|releas\w*|see|obtain\w*|view\w*|copy|available|shown(?= to\b))\b",
          r"\b(?:only|except|unless)\b(?!:?\s*to:?\s*(?:\(\w{1,4}\)\s*)?(?:a|the|any) (?:\w+ )?court\b|[^.;:]{0,40}:\s*(?:\(\w{1,4}\)\s*)?(?:a|the|any) (?:\w+ )?court\b)"
          r"(?:(?!\b(?:to|by) (?:the )?(?:subject|person|individual|petitioner|defendant)\b)[^.;]){0,80}?(?<!open )\b(?:court|judge|judicial)\b",
          RELIEF + r"|\brestricted (?:records?|conviction|information)\b|\bhas been restricted\b"),
         unless=(SUBJECT_SPARED,
                 r"\bwithout (?:leave|an? order|(?:a |the )?court order|petition|a hearing|further order|applying|(?:an? |any )?application to (?:the|a|any) court)",
                 r"\bonly (?:\w+ ){0,2}(?:to|by) (?:the )?parties\b|" + NOT_PARTIES,
                 r"except as (?:otherwise )?provided\b|except as (?:subsection|paragraph|subdivision|division) \(\w{1,4}\) (?:otherwise )?provides\b", RESIDUAL, RESIDUAL_CLAUSE, r"unless otherwise (?:ordered|provided|directed)", r"^(?!.*\b(?:only (?:upon|by|with|on|after)|unless (?:the |that |such )?(?:\w+ )?(?:first )?(?:obtains|secures|files|has obtained))\b[^.;]{0,60}\b(?:motion|petition|order)\b[^.;]{0,40}\bcourt\b).*court (?:rule|records?|files?|clerk|staff|personnel|administrator)", r"^(?![^.;]*\b(?:inspect|examin|opened\b|access|unseal|disclos|releas|view|cop(?:y|ies)\b))[^.;]*\bfile\b[^.;]{0,200}\b(?:petition|claim|motion|application)s?\b(?=[^.;]*\bleave of\b)", r"\b(?:in|to) a civil (?:action|case|proceeding|suit)\b", r"\bwithheld only\b",
                 # a proviso whose list of who may see the records follows ("provided, however, that such records shall be made
                 # available to"), each item read with it; a court's power to direct otherwise over all a sealing does ("and
                 # unless the court ... directs otherwise in the interests of justice:"), no gate on seeing the records
                 r"\bprovided,? (?:however,? )?that\b[^.;]{0,80}\b(?:available|open|accessible|disclosed|released|furnished)\b"
                 r"[^.;]{0,20}\bto:?\s*$|\bunless\b[^.;:]{0,160}\b(?:directs?|orders?|determines?|rules?) otherwise\b[^.;:]{0,60}:",
                 # (the court one of those a list lets see the records, the person another: "may be inspected only by the
                 # Community Prosecutor ..., by the Court, and by the person who is the subject of the records")
                 r"\bonly (?:by|to)\b(?:(?!\border\b|\bleave\b|\bpermission\b)[^.;]){0,200}\b(?:by|to) (?:the )?(?:" + OWNER + r")",
                 # the court's own use in a proceeding ("the clerk shall not unseal the underlying record except to the extent
                 # necessary for the court to decide the petition"), not a way in for anyone
                 r"\bexcept (?:to the extent|as|insofar as) (?:is )?(?:necessary|needed|required) for the court to\b|\bexcept that the (?:\w+ )?court (?:shall|may) (?:retain|keep|maintain|preserve)\b",
                 r"(?:authoriz\w*|consent|request|permission) of (?:the )?(?:applicant|person|individual|subject|petitioner|defendant|child|juvenile|minor|youth)",
                 r"\bnot\b[^.;]{0,40}\b(?:require|demand|condition)\w*[^.;]{0,40}\bcourt",
                 # the exception is the court's power over its case ("divests the trial court of jurisdiction ...,
                 # except that the court may unseal the record upon motion of the prosecuting attorney"); no record named
                 r"\bjurisdiction\b[^.;]{0,60}\bexcept\b", SUBJECT_EXCEPTED, OTHERS_DATA, AGENT_ONLY, NAMES_NO_RECORD)),
    # Sealed to everyone but the agencies it names, the person not among them ("Records expunged under § 11.15 shall be
    # sealed to all persons outside the law enforcement agencies of Guam and the federal agencies entitled by law to
    # examine them"); a grant made elsewhere in the bill outweighs it.
    Rule("record-access", "against",
         (r"\b(?:sealed|closed|confidential)\b[^.;]{0,20}\b(?:to|from|as to|against) (?:all|any|every) (?:other )?(?:persons?|one|individuals?)\b"
          r"[^.;]{0,20}\b(?:except|outside|other than|but)\b",),
         unless=(r"\b(?:except|outside|other than|but)\b[^.;]{0,200}\b(?:the )?(?:" + OWNER + r"|(?:person|individual|petitioner|defendant)\b(?!s))",),
         yields=True),
    # Closed to everyone, the person named among them ("shall not be disclosed to any person, including the person
    # who is the subject of the records, except to criminal justice agencies"; "a nonpublic file that is not open to
    # inspection by any person, including the defendant"); the court lets them be seen ("The
    # court may allow the sealed records to be examined, but only on an application ..."); open to the person
    # only by order ("and, upon order of the court, to the individual who is the subject of the record").
    Rule("record-access", "against",
         (r"(?:" + DENIAL + r"|\b(?:could|would) not\b|\bnot (?:be )?(?:open|available|accessible)\b)"
          r"[^.;]{0,80}\bincluding (?:to |by )?(?:the |that |a |any )?(?:you\b|person|subject|petitioner|defendant|individual|party|parties|"
          + OWNER + r")|"
          r"\b(?:the )?(?:petitioner|defendant|subject|person|individual)\b(?: (?:to whom|whom) [^,.;]{0,30}?)?,? not excepted\b|\bnot excepting (?:even )?(?:the )?(?:party|person|subject|petitioner|defendant|individual)\b|"
          # (the person named after "all": "sealed against all persons, the person to whom they relate included")
          r"\b(?:sealed|closed|confidential)\b[^.;]{0,20}\b(?:to|from|as to|against) (?:all|any|every) (?:other )?(?:persons?|one|"
          r"individuals?)\b,? (?:even |also )?(?:the |that )?(?:" + OWNER + r"|person|subject|petitioner|defendant)[^.;]{0,40}\bincluded\b|"
          r"\b(?:court|judge)\b,? (?:which |who )?may(?:,[^,.;]{0,40},)? (?:allow|permit|authorize|order)\b[^.;]{0,40}\b(?:examin|inspect|open|access|disclos|releas|unseal)\w*|\b(?:opened|unsealed) by the (?:\w+ )?court\b[^.;]{0,60}\b(?:on|upon) (?:the )?(?:application|motion|petition) of\b|"
          r"(?:upon|by|pursuant to|on|with) (?:an? |the )?(?:" + COURT_ORDER + r"),? (?:to|by) (?:the )?(?:" + OWNER + r"|individual|person)\b",
          CLOSED),
         unless=(SUBJECT_SPARED, PROSECUTOR_ROUTE, r"\bto the extent (?:necessary|needed|required) (?:to|for) (?:decide|determine|hear|rule on|resolve)\b")),
    # The person must go to court ("Any person seeking access ..., including the person who is the subject of the
    # order, shall petition the court"; a digest's "requires the person, like any other requester, to petition the
    # court"); no one may be given the destroyed record ("no person shall be furnished any information regarding the
    # destroyed record").
    Rule("record-access", "against",
         (r"including the (?:person|subject|petitioner|defendant|individual)\b[^.;]{0,80}\b(?:shall|must) (?:petition|apply to|move|file)\b[^.;]{0,40}\b(?:court|judge)|\brequir\w* (?:the |a |any )?(?:person|individual|petitioner|defendant|subject)\b(?:,[^,.;]{0,60},)? to (?:petition|apply to|move)\b[^.;]{0,30}\bcourt(?=[^.;]*\b(?:access|inspect\w*|obtain|cop(?:y|ies)|view|examin\w*)\b)|"
          r"\b(?:person|individual|petitioner|defendant)\b[^.;]{0,20}\b(?:seeking|wishing|who (?:seeks|wishes)) to " + SEE + r"\b[^.;]{0,60}"
          r"\b(?:shall|must) (?:petition|apply to|move|file)\b[^.;]{0,30}\bcourt|"
          r"\bno (?:person|one)\b[^.;]{0,20}\b(?:shall|may) be (?:furnished|provided|given|shown)\b[^.;]{0,60}\b(?:information|records?|cop(?:y|ies))|\bno (?:\w+ )?(?:person|one|individual)s?,? including (?:the |that )?(?:person|subject|petitioner|defendant|individual|juvenile|child)\b[^.;]{0,80}\b(?:shall|may) (?:be (?:entitled|permitted|allowed) to |have access to )?(?:obtain|inspect|see|receive|access|examine|review|copy)\w*",
          RELIEF + r"|order of nondisclosure"),),
    # Cleared records closed to everyone, with no exception in the sentence ("Records destroyed under this
    # section ... shall not be made available to anyone").
    Rule("record-access", "against",
         (r"\b(?:shall|may|must) not (?:be )?(?:\w+ )?(?:made available|disclosed|released|opened|open|provided|furnished|shown|accessible)\b"
          r"[^.;]{0,20}\bto (?:anyone|any person|any individual|any other person)\b|"
          r"\b(?:shall|must) be closed to (?:anyone|any person|all persons|the public and the (?:person|defendant|petitioner))\b|\bno (?!cop(?:y|ies)\b)(?:\w+ ){0,3}(?:records?|files?)\b[^.;]{0,120}\b(?:shall|may|must) (?:be )?(?:\w+,? (?:or )?){0,3}(?:made available|disclosed|released|opened|open|provided|furnished|shown|accessible)\b[^.;]{0,20}\bto (?:anyone|any person|any individual|any other person)\b|"
          r"\bnot (?:be )?(?:released|disclosed|made available|provided|shown|opened)\b[^.;]{0,80}\b(?:or|nor) to (?:the )?(?:" + OWNER + r")",
          RELIEF + r"|\brelief (?:has been|had been|is|was) granted\b"),
         # (nor one that only points to other provisions)
         unless=(r"\b(?:except|other than|but not|unless|provided|however|only|absent|without)\b(?!" + POINTS_ELSEWHERE + ")", r"\bprovided (?:in|by|under) [^,;]{0,40} for the person,")),
    # The same bar with exceptions that leave the person out ("shall not be disclosed to any person except
    # a criminal justice agency"): against the practice, unless the bill grants the person access elsewhere.
    Rule("record-access", "against",
         (r"\b(?:(?:shall|may|must) not|no (?:\w+ ){0,3}(?:records?|files?|information)\b[^.;]{0,40}\b(?:shall|may|must)) "
          r"(?:be )?(?:\w+ )?(?:made available|disclosed|released|opened|open|provided|furnished|"
          r"shown|accessible|disseminated)\b[^.;]{0,20}\bto (?:anyone|any person|any individual|any other person)\b"
          r"[^.;]{0,20}\b(?:except|other than|unless)\b|"
          # a custodian that may let no one see the record but those it names ("The clerk shall not permit any person to
          # inspect or copy a sealed case file ... except to the judge assigned to the case, court staff ...")
          r"\b(?:shall|may|must) not (?:permit|allow) (?:any person|anyone|any individual|the public) to (?:inspect|copy|examine|access|"
          r"see|obtain|view)\b[^.;]{0,160}?\b(?:except|other than|unless)\b", RELIEF),
         # (an exception for the person's lawyer is a route through the lawyer, which a rule for it reads as part)
         unless=(r"(?:except|other than|unless)[^.;]*(?:" + OWNER + r"|\bthe (?:person|individual)\b|himself|herself|"
                 r"themselves|court order|order of (?:a |the )?court)", r"(?:except|other than|unless)[^.;]*(?:" + AGENT + ")"),
         yields=True),
    Rule("record-access", "against",
         (r"\bno cop(?:y|ies)\b[^.;]{0,60}\b(?:retained by|furnished to|given to|released to)[^.;]{0,40}\bany person\b", RELIEF),
         unless=(r"\b(?:except|other than|but not|unless)\b",)),
    # A bar on any access to the records, with no exception for the person ("the clerk of the court shall
    # thereafter not allow access to any records concerning the case").
    Rule("record-access", "against",
         (r"\bshall (?:thereafter )?not (?:allow|permit|grant|give) (?:any )?(?:access to|inspection of) (?:any|all) (?:of the )?"
          r"(?:records?|files?)", RELIEF + r"|order is made|the order"),
         unless=(r"(?:except|other than|but not|unless)[^.;]{0,60}(?:" + OWNER + r")",)),
    # Cleared records "not available to the defendant", and custodians barred from releasing them "to anyone" ("by the
    # state patrol, prosecuting authority, or local law enforcement agency to any person"), not to "any person who".
    Rule("record-access", "against",
         (r"\bnot (?:be )?(?:available|accessible|open|released|disclosed|made available|provided|furnished|given|shown|sent|mailed|delivered)\b[^.;]{0,10}\bto (?:the )?(?:"
          + OWNER + r")|"
          # ... or in the active, or refused ("The department shall not furnish the sealed record to the person who is its
          # subject"; "No copy ... shall be provided to the person ..."; "shall refuse to release the expunged record to")
          + WITHHELD_FROM_PERSON + r"|(?:\b(?:(?:shall|may|must) not|not to)|\bno (?:\w+ ){0,3}(?:agency|agencies|custodian|clerk|person|official|officer|"
          r"department|repository|court)s? (?:shall|may|must)|\bneither\b[^.;]{0,120}\bnor\b[^.;]{0,120}\b(?:shall|may|must)) (?:\w+ ){0,2}(?:\w+ (?:it|them),? or )?(?:releas|disclos|disseminat|provid|"
          r"furnish|show|make available|make (?:it|them) available|"
          r"made available)\w*\b"
          r"[^.;]{0,140}\bto (?:anyone|any person|any individual|any other person|"
          r"(?:[\w-]+ ){1,4}or (?:an|any) individual)\b(?! who (?:is|was) (?:the|its) subject| whose (?:record|conviction))", RELIEF),
         unless=(r"(?:except|other than|but not|unless)[^.;]*(?:" + OWNER + r"|\bthe (?:person|individual)\b|court order|"
                 r"order of (?:a |the )?court|" + AGENT + r")",
                 # one who was given the record, barred from passing it on ("the victim shall not disclose the sealed
                 # record to any other person")
                 r"\b(?:victims?|recipients?|employers?|landlords?|requesters?)\b[^.;]{0,40}\b(?:shall|may|must) not\b",
                 # (nor a definition of evidence: '"Newly discovered evidence" means evidence that was not available to the
                 # petitioner at trial')
                 r"\bnot (?:be |been )?available to the (?:petitioner|defendant|movant)\b[^.;]{0,20}\b(?:at|during|before) "
                 r"(?:the )?(?:time of )?trial\b",
                 # ("A person who obtains a sealed record under subsection (a) shall not disclose it to anyone else")
                 r"\b(?:persons?|entit(?:y|ies)|agenc(?:y|ies)|anyone|victims?|recipients?|requesters?) (?:who|that|which) "
                 r"(?:obtains?|receives?|is (?:given|furnished|provided)"
                 r"|(?:has|have) (?:obtained|received))\b[^.;]{0,100}\b(?:shall|may|must) not\b"),
         # (the relief may be named in the sentence before: "(a) Upon receipt of an order of expungement, the clerk shall
         # ... (b) Thereafter the clerk shall not disclose the contents of the file ... to any person")
         window=2, yields=True),
    # The relief defined as closing the records to everyone but agencies ('"Seal" means to remove a record from public
    # access and to render it unavailable to any person, agency, or entity, except a criminal justice agency'): every
    # sealing the bill orders closes them to the person too, unless the bill opens them to the person elsewhere.
    Rule("record-access", "against",
         (r"[\"“](?:seal\w*|expung\w*|shield\w*|confidential|nondisclos\w*)[\"”]? means\b[^.;]{0,160}"
          r"\b(?:unavailable|inaccessible|not (?:be )?(?:available|accessible|disclosed|released))\b[^.;]{0,20}"
          r"\bto (?:any|all|every) (?:persons?|one|individuals?)\b",),
         unless=(r"(?:except|other than|but not|unless)[^.;]{0,60}(?:" + OWNER + r"|\bthe (?:person|individual)\b)",),
         yields=True),
)  # fmt: skip

# No bar aimed at federal agencies, or at one use of the records, or on a witness's or victim's details, works against
# the person's own access.
RULES = tuple(
    replace(rule, unless=(*rule.unless, NOT_THE_PERSON, OTHERS_DATA, LISTED_EXCEPTIONS)) for rule in RULES
)
