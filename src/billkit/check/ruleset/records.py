"""Rules for the person's access to their own cleared records."""

from __future__ import annotations

from ..vocabulary import (
    ACCESS,
    COURT_ORDER,
    DENIAL,
    DIRECTS,
    FEDERAL,
    NO_ORDER,
    OWNER,
    PERSON,
    RELIEF,
    SEE,
    SELF,
)
from .others import OFFICIALS_SEE, OTHER_KIND, THIRD_PARTY_COPY
from .own_record import REACHED
from .routes import (
    AGENT,
    AGENT_ACTS,
    AT_DISCRETION,
    BARE_SUBJECT,
    BY_COURT_PETITION,
    CLOSED,
    NARROWED_RECORD,
    OPEN_TO,
    PURPOSE_LIMIT,
    THE_PERSON,
    THROUGH_AGENT,
    THROUGH_PROCEDURE,
    UNLESS_PROVISO,
    with_others_vetoed,
)
from .rule import NARROWS, Rule

NOT_CONDITIONED = r"(?![^,.;]{0,80}\b(?:if|unless|subject to|consents?|approv\w*|agrees?)\b)"
"""A clause set off by commas that is no one else's leave (not "may, if the prosecuting attorney consents, obtain")."""
ORDER_FIRST = (
    r"(?:(?<!no )(?<!no motion or )(?<!no petition or )(?<!without )(?<!without a )(?:an? |the )?(?:"
    + COURT_ORDER
    + r")\s+(?:is|shall be|must be|will be) (?:first )?(?:required|necessary|"
    r"needed)|(?<!not )\brequir(?:es|ed|ing)? (?:an? |the )?(?:"
    + COURT_ORDER
    + r"))\b[^.;]{0,20}\b(?:before|for)\b"
)
"""The court's order needed first ("A court order is required before the person may obtain a copy of an expunged
record"): a gate on the person's way in, not a way of their own."""
ONLY_THROUGH_LAWYER = r"\bonly (?:through|by|via) (?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}?(?:attorney|counsel|lawyer)s?\b"
"""A route to the records open only through a lawyer ("may obtain a copy of it only through an attorney licensed in this
State"): partly there, not the person's own."""

RULES: tuple[Rule, ...] = (
    # The person may see the cleared record only for a stated purpose, or may see it but not copy it ("may obtain a
    # copy of the sealed record ... solely for the purpose of an application for naturalization"): the limit
    # narrows whatever the bill grants.
    Rule("record-access", "partial",
         (r"\b(?:allows?|permits?|authori[sz]es?|lets)\b (?:an? |the |any )?" + PERSON + r"(?:[^.;]{0,120}?|\s+(?:whose|who)\b[^.;:]{0,160}?)\bto\b[^.;]{0,40}?\b" + SEE + r"|" + PERSON + r"(?:[^.;]{0,120}?|\s+(?:whose|who)\b[^.;:]{0,160}?)\b(?:may|shall be (?:permitted|allowed|entitled) to|(?:is|are) entitled to)\b"
          r"[^.;]{0,40}?\b" + SEE + r"|"
          # ("the bureau shall release a sealed record to the person who is its subject when the person certifies ...")
          r"\b(?:shall|may)\b(?:,[^,.;]{0,120},)? (?:\w+ ){0,2}(?:release|disclose|provide|furnish|give)\w*\b[^.;]{0,60}\bto "
          r"(?:the |that |such )?" + PERSON,
          PURPOSE_LIMIT, RELIEF),
         unless=(r"for the purpose of (?:preparing|filing|applying|seeking)|in order to (?:apply|petition|prepare)",
                 r"\bor for any (?:other |lawful )?purpose\b"),
         part=NARROWS, why="the person may see the cleared records only for a stated purpose, or without keeping a copy"),
    # A copy had only with another's leave ("may, if the prosecuting attorney consents, obtain a copy").
    Rule("record-access", "partial",
         (PERSON + r"[^.;]{0,80}\bmay,? (?:if|when|with|upon)\b[^,.;]{0,60}\b(?:consents?|approves?|agrees?|consent|approval)\b[^,.;]{0,20},? "
          r"(?:\w+ ){0,2}" + SEE, RELIEF),
         part=NARROWS, why="the person may see the cleared records only with another's consent"),
    # A copy the person may get only at an official's choice ("The clerk of court may, in the clerk's discretion and
    # without an order of the court, provide the individual whose record has been restricted ... with a copy").
    Rule("record-access", "partial",
         (AT_DISCRETION + r"\w*\b[^.;]{0,80}\b(?:" + OWNER + "|" + PERSON + r")",
          r"\b(?:records?|files?|cop(?:y|ies))\b", RELIEF + r"|\brestrict(?:ed|ion)\b"),
         part=NARROWS, why="the person may see the cleared records only at an official's discretion"),
    # A review of the record the person may make that excludes any copy ("A review under Subsection (1): ... (b) may not
    # include the removal, photographing, or copying of any part of the record"): seeing without keeping.
    Rule("record-access", "partial",
         (r"\b(?:review|inspection|examination|viewing)\b[^.;]{0,80}\b(?:may|shall|does) not (?:include|permit|allow|extend to|entitle)\b"
          r"[^.;]{0,60}\b(?:cop(?:y|ying|ies)|photograph\w*|reproduc\w*|duplicat\w*)|"
          # ... or the person told not to keep one ("The person shall not remove, photograph, transcribe or copy any part
          # of the record")
          r"\b(?:the )?(?:person|individual|subject|petitioner|defendant)\b (?:shall|may|must) not (?:remove, )?(?:\w+, )*(?:\w+,? )?"
          r"(?:or )?(?:copy|photograph|reproduce|duplicate|transcribe)\b",),
         part=NARROWS, why="the person may see the cleared records only for a stated purpose, or without keeping a copy"),
    # A bar on everyone that opens with its gate ("Without a court order, no person may inspect the sealed file").
    Rule("record-access", "against",
         (r"^\W*(?:\(\w{1,4}\)\s*)*(?:without|absent|except (?:upon|by|on|with|under))\b[^.;,]{0,60}(?:" + COURT_ORDER + r")[^.;,]{0,20},\s*"
          r"no (?:other )?(?:person|one|individual|entity)\b[^.;]{0,20}\b(?:may|shall|can)\b[^.;]{0,60}\b(?:inspect|see|obtain|copy|access|"
          r"view|examine|review)\w*",
          RELIEF),
         unless=(r"\bno (?:other )?(?:person|one|individual|entity)\b[^.;]{0,20}\b(?:other than|except|but)\b",)),
    # The person the record is about may see "it" ("A person who is the subject of an expunged record may inspect
    # it"; "The person whose record was sealed may obtain a copy of it from the department upon request").
    Rule("record-access", "present",
         (r"\b(?:subject of|whose) (?:an? |the |such |that )?(?:\w+ )?(?:records?|files?|convictions?|cases?)\b(?:[^.;]|\.(?=\d)){0,40}"
          r"\b(?:may|shall be (?:permitted|allowed) to|(?:is|are) entitled to)\b(?:," + NOT_CONDITIONED + r"[^,.;]{0,80},)? (?:\w+ ){0,2}"
          r"(?:inspect|obtain|see|review|examine|"
          r"copy|access|receive|view)\w*(?: (?:and|or) (?:inspect|obtain|see|review|examine|copy|view)\w*)? (?:it|them|(?:a |certified )?cop(?:y|ies) of "
          r"(?:it|them)|(?:an? )?(?:complete |certified |full |true )?cop(?:y|ies)\b(?! of))\b", RELIEF),
         unless=(r"(?<!without )(?<!no )\b(?:only|upon|on|by|pursuant to|after|with)\b[^.;]{0,30}(?:" + COURT_ORDER + r"|\bcourt\b)",
                 ONLY_THROUGH_LAWYER)),
    # Records open to the person's lawyer or parent alone ("shall be open to inspection only by the child's parent,
    # guardian or custodian"; "available to defense counsel representing the person"): a route through them.
    Rule("record-access", "partial",
         (r"\b(?:open|available|accessible|released|disclosed|furnished|provided|inspected|examined)\b[^.;]{0,140}?\b(?:to|by)\b"
          r"[^.;]{0,40}?(?:" + AGENT + r")|" + AGENT_ACTS + r"[^.;]{0,300}?\bmay\b(?:,[^,.;]{0,100},)? (?:\w+ ){0,2}" + SEE + "|"
          # ("may obtain a copy of it only through an attorney licensed in this State")
          r"\b(?:may|shall|can)\b[^.;]{0,40}\b" + SEE + r"\b[^.;]{0,60}" + ONLY_THROUGH_LAWYER,
          CLOSED + r"|\brecords? of (?:a |the |any )?(?:child|juvenile|minor|youth)\b|"
          r"\b(?:parents?|guardians?|custodians?),? of (?:the |a |such |any )?(?:child|juvenile|minor|youth)\b"),
         unless=(r"(?:" + AGENT + r")[^.;]{0,40}\b(?:upon|by|with|pursuant to) (?:an? |the )?" + COURT_ORDER,),
         why=THROUGH_AGENT),
    Rule("record-access", "partial", (PERSON + r"|person|individual|petitioner|defendant", NARROWED_RECORD, RELIEF),
         # (an agency keeping a summary for itself gives the person nothing: "The juvenile probation department may keep a
         # summary of the sealed record ... for statistical purposes")
         unless=(r"\b(?:agenc\w+|department|bureau|repository|court|clerk|office)\b[^.;]{0,40}\b(?:may|shall|must) (?:keep|retain|maintain)\b",),
         why="the person gets a summary of the record, or the judgment and order, not the record itself"),
    # A savings clause read backwards: no exception lets the person see the record.
    Rule("record-access", "against",
         (r"\bnot? (?:\w+ ){0,6}(?:construed|read|deemed|interpreted) (?:to|as) (?:permit|allow|authoriz\w*)\w* (?:\w+ ){0,3}?"
          r"(?:disclos|releas|access|inspect)\w*[^.;]{0,40}\bto (?:the )?(?:" + OWNER + r")|"
          # ... or as giving the person no right to it ("Nothing in this chapter shall be construed to give the person whose
          # conviction has been eliminated, or any other person, a right to inspect, copy or obtain ... the closed archive")
          r"\b(?:not?|nothing) (?:\w+ ){0,6}(?:construed|read|deemed|interpreted) (?:to|as) (?:give|grant|confer|create)\w* (?:to )?(?:the )?(?:" + OWNER
          + r")[^.;]{0,80}\b(?:a |any )?right (?:of access |to )(?:\w+ )?(?:inspect|cop(?:y|ies)|obtain|access|see|review|examin)\w*",),
         # (not another person's records, nor no more than another section gives)
         unless=(r"\b(?:of (?:any )?other (?:persons?|individuals?)|another (?:person|individual)'?s?)\b|\bgreater right\b",)),
    Rule("record-access", "partial",
         (PERSON + r"[^.;]{0,160}\b" + SEE + r"|\b(?:release|disclose|furnish|provide|give)\w*\b[^.;]{0,80}\bto (?:the )?(?:" + OWNER + ")|"
          + OPEN_TO, r"\brecords?\b", THROUGH_PROCEDURE), window=2,
         why="the person reaches the records only through another agency's procedure"),
    # Records shut to the public but open to the person they are about, as of right.
    Rule("record-access", "present", (r"\b(?:records?|files?)\b", OPEN_TO), elsewhere=(CLOSED,),
         unless=(r"(?:only|except|unless)\b[^.;]{0,40}\b(?:" + COURT_ORDER + r")[^.;]{0,40}\b(?:to|by) (?:the )?(?:" + OWNER + r")",
                 r"(?:" + OWNER + r")[^.;]{0,80}\bonly (?:upon|by|on|with|after|pursuant to) (?:an? |the )?(?:" + COURT_ORDER + r")",
                 r"\bnot (?:be )?(?:\w+ )?(?:open|available|accessible)\b[^.;]{0,30}\b(?:to|by|and) (?:the )?(?:" + OWNER + r")",
                 # the person as the one a later case is about ("available to any judge ... for use in any future proceeding
                 # in which the person whose record was expunged is charged")
                 r"\b(?:proceedings?|prosecutions?|cases?|actions?|investigations?) (?:in which|against|involving) (?:the )?(?:"
                 + OWNER + r")")),
    # The person decides who else sees the closed record ("shall not be disseminated ... except ... when the
    # subject of the record: ... has made a notarized request for the release of such record").
    Rule("record-access", "present",
         (r"\b(?:" + OWNER + r")[^.]{0,300}?\b(?:has made|makes|submits|files) an? (?:\w+ )?request for (?:the )?(?:release|disclosure)",
          DENIAL + r"|\bexcept\b"), elsewhere=(CLOSED,)),
    # Own-record access (not where the next sentence shuts out all but those it names: "No order of the court is
    # required for review under this subsection. (C) ... may not be reviewed by or copied for any person other than a judge")
    Rule("record-access", "present", (SELF, ACCESS, NO_ORDER), window=2,
         # (nor a record of another kind: "may ... inspect and obtain a copy of his or her own health record. The Bureau
         # shall not require a court order")
         # (nor a bar that opens with the gate: "Without a court order, no person may inspect the sealed file")
         unless=(UNLESS_PROVISO + DENIAL + r"[^.;]*(?:without|except)[^.;]*" + COURT_ORDER, BY_COURT_PETITION, OTHER_KIND, OFFICIALS_SEE,
                 r"^\W*(?:\(\w{1,4}\)\s*)*without\b[^.;,]{0,80},\s*(?:no\b|[^.;]{0,60}\b(?:may|shall|must) not\b)",
                 r"(?<!person)(?<!individual)(?<!defendant)(?<!petitioner)(?<!applicant)(?<!subject)(?:'s|\benforcement|\bpublic|\bagency|\bemployer) access\b(?![^.;]*\b(?:person|individual|defendant|petitioner|applicant|subject)'s\b[^.;]{0,20}\baccess\b|[^.;]*\bby (?:the )?(?:person|individual) (?:to whom|who is the subject|whose)\b)",
                 r"\b(?:may|shall) not be\b[^.;]{0,60}\b(?:any|every) (?:other )?person other than\b",
                 # access on someone else's say or for one purpose ("does not require a court order if the prosecuting attorney
                 # consents"; "but is limited to records needed to defend a pending criminal proceeding"): part of it, at most
                 r"\b(?:if|when|once|unless|provided)\b[^.;]{0,60}\b(?:consents?|agrees?|approves?|permits?)\b|\bbut (?:is|are|shall be) limited to\b",
                 # (nor the person's lawyer alone, in a sentence beside one that names the person: "Sealed records may be
                 # inspected by the defendant's attorney of record without a court order")
                 r"\b(?:by|to) (?:the )?(?:person|individual|petitioner|defendant|applicant|subject|child|juvenile|minor)['\u2019]s "
                 r"(?:(?:immigration|defense|criminal defense) )?(?:attorneys?|counsel|lawyers?)\b(?:(?! and | or )[^.;]){0,60}\bwithout\b")),
    # Records kept open to the person, not only to agencies; never in a sentence that closes them
    # to everyone without a court order ("..., except that sealed records shall remain available
    # to any criminal justice agency").
    Rule("record-access", "present",
         # (not "by stating that no record is available", the answer to a public inquiry)
         (r"(?<!\bno )records?\b[^.;]{0,80}(?:remains?|shall remain|(?:shall|to) be|is|are) (?:fully |also )?(?:made )?"
          r"(?:available|accessible)",
          r"subject of (?:the |that )?(?:\w+ )?record|designated agent|(?:person|individual|defendant)(?:'s)? (?:attorney|designated agent)|"
          r"(?<!\bof the )(?:named person|person named)"),
         window=2,
         # (the person as one whose consent or notice is not needed: "does not require the consent of, or notice to, the
         # person who is the subject of the record")
         unless=(r"only (?:upon|by|on|pursuant to|under) (?:an? |the )?" + COURT_ORDER, DENIAL + r"[^.;]*" + COURT_ORDER,
                 r"\bnot require\w*\b[^.;]{0,40}\b(?:consent|notice|notification|approval|presence)\b",
                 r"(?:upon|by|pursuant to|on|with) (?:an? |the )?(?:" + COURT_ORDER + r"),? (?:to|by) (?:the )?(?:" + OWNER + r"|individual|person)")),
    # Records closed to everyone except the person ("sealing of records such that they are unavailable
    # except to the petitioner and criminal justice agencies"), or that may go to the person
    # ("may disclose ... information that is the subject of an order of nondisclosure ... only: ...
    # to the person who is the subject of the order").
    Rule("record-access", "present",
         (r"(?:unavailable|not (?:be )?(?:available|accessible|open|disclosed|released)|inaccessible|confidential|closed|withheld from|"
          r"\bnot (?:\w+ ){0,2}(?:disclose|release|divulge|furnish|provide)\b[^.;]{0,60}|"
          r"\bno\b[^.;]{0,100}\b(?:shall|may|must) (?:disclose|release|divulge|furnish|provide)\b[^.;]{0,60})"
          r"[^.;]{0,60}\b(?:except|other than|but not|unless)\b(?: that [^.;]{0,60}?(?=\bto\b))? (?:when |upon |on )?(?:requested by:?|(?:the )?(?:written )?request of:?|"
          # ("shall not disclose the existence of the records upon inquiry from any source, unless the inquiry is that
          # of the individual whose record was expunged")
          r"the (?:inquiry|request) is (?:that )?(?:of|by|from))?"
          r"\s*(?:\(\w{1,4}\)\s*)?(?:to |by |for )?(?:the )?" + OWNER,
          RELIEF + r"|order of nondisclosure"),
         # (relief may be named in the next item of a list of definitions: '(5) "Closed", to make records inaccessible
         # ... to all individuals other than the defendant ...; (6) "Expunged", ...')
         window=2,
         # (nor one who received the information and may pass it on to none but the person: "An employee of an entity
         # receiving information under paragraph (b) may not disclose ... except to the person to whom the record relates")
         unless=("(?:" + OWNER + r")[^.;]{0,20}(?<!or )(?<!or a )\b(?:upon|by|with|pursuant to|under|on) (?:an? |the )?" + COURT_ORDER,
                 r"\b(?:receiving|(?:that|who) (?:receives?|obtains?)) (?:\w+ ){0,3}(?:information|records?|data)\b[^.;]{0,80}\bnot\b")),
    Rule("record-access", "present",
         # (a digest says it as what the bill does: "authorizes the court to disclose"; "requires the department, upon
         # request, to provide")
         (r"(?:\b(?:may|shall|must)\b|\b" + DIRECTS + r" "
          r"(?!(?:an? |the |any )?(?:applicants?|persons?|individuals?|employees?|defendants?|petitioners?)\b)"
          r"(?:[\w-]+ ){0,3}?(?:[\w-]+,[^,.;]{0,40}, )?to\b)"
          r"(?:,[^,.;]{0,80},)? (?!not\b)(?:\w+ ){0,2}(?:disclose|release|provide|furnish|give|make available|deliver|send|mail)\b"
          r"[^.:]{0,80}"
          # (records or information of the case, not information about the order or the person's rights)
          r"(?<!whose )\b(?:records?|information(?! (?:about|regarding|concerning|on|as to|explaining|describing)\b)|files?|cop(?:y|ies)(?! of))\b"
          r"[^.:]*:?[^.]{0,200}?(?<!relating )(?<!related )(?<!pertaining )(?<!belonging )(?<!respect )(?<!regard )(?<!notice )(?<!liable )"
          r"(?<!notification )\bto (?:the )?(?:" + OWNER + "|" + THE_PERSON + ")|"
          # the sealed record itself named just before ("no such record shall be disclosed to any person ..., save that
          # the clerk ... shall, on request and without further order, furnish it to the person who was accused")
          r"\b(?:save|except|provided) that\b[^.;]{0,120}\b(?:shall|may|must)\b[^.;]{0,80}\b(?:furnish|provide|release|deliver|"
          r"disclose|make available)\w* (?:it|them|the same)\b[^.;]{0,40}\bto (?:the )?(?:" + OWNER + ")",
          RELIEF + r"|order of nondisclosure"),
         # (a court order said not to be needed is no veto, "may not condition the disclosure on the production of a court
         # order", nor a bar whose "save that" names the grant)
         unless=(r"^(?!.*\b(?:not|never) (?:condition|require|demand)\w*\b[^.;]{0,80}(?:" + COURT_ORDER + "))" r".*(?<!without )(?<!without a )(?<!without an )(?<!without the )(?<!without any )(?:" + COURT_ORDER + ")",
                 r"^(?![^.;]*\b(?:save|except|provided) that\b).*" + DENIAL + r"[^.;]{0,80}\bto (?:the )?" + OWNER,
                 r"cop(?:y|ies) of (?:the |an? |such )?(?:\w+ )?order",
                 r"\bbut not (?:the |any )?(?:underlying |sealed |actual )?(?:records?|files?|information)\b")),
    # Records kept from everyone except those a list names, the person first or among them ("shall be confidential
    # and shall not be released or otherwise made available except to the following persons or entities ...: (1) The
    # juvenile;"), read item by item with the list's lead.
    Rule("record-access", "present",
         (r"(?:not (?:be )?(?:\w+ ){0,3}(?:released|disclosed|available|open|opened|accessible|inspected|furnished)|confidential|closed)\b"
          r"[^.]{0,240}\b(?:except (?:to|by)\b[^.]{0,200}|other than\s*):\s*(?:\(\w{1,4}\)\s*)+(?:the |a |an )?" + BARE_SUBJECT
          + r"(?:\s+(?:was|were|is|has been|had been|have been)\b[^;:.]{0,40})?\s*[;,.]?\s*(?:and|or)?\s*$",),
         unless=(r"\bnot\b[^.:]{0,40}\b(?:to|by) (?:the )?" + BARE_SUBJECT,)),
    # ... or open, in a proviso or a sentence of its own, to inspection by the person or to access by them ("provided,
    # however, that such records shall be open, at all reasonable times, to inspection by the child proceeded against";
    # "shall not be available to the public but may be accessed at any time by the subject of the petition").
    Rule("record-access", "present",
         (r"\b(?:open|available|accessible)\b(?:,[^,.;]{0,40},)? (?:at all (?:reasonable )?times )?(?:to|for) (?:inspection|examination|"
          r"review)(?: and copying)? by (?:the )?" + BARE_SUBJECT + r"|"
          r"\bmay be (?:accessed|inspected|viewed|obtained|examined|reviewed|copied)\b(?: at any time| at all (?:reasonable )?times)?,? "
          r"by (?:the )?" + BARE_SUBJECT,
          RELIEF + r"|\bconfidential\b|\bwithheld\b|\bdelinquen\w*|\bjuvenile\b"),
         unless=(BARE_SUBJECT + r"[^.;]{0,30}\b(?:upon|by|with|pursuant to|only)\b[^.;]{0,20}" + COURT_ORDER,
                 # ("With consent of the Court, records ... may be inspected by the child")
                 r"\b(?:with|upon|by|on|after) (?:the )?(?:consent|permission|leave|order|approval|authori[sz]ation) of (?:the |a )?"
                 r"(?:\w+ )?court\b[^.;]{0,120}\bby (?:the )?" + BARE_SUBJECT)),
    # Cleared records open only to the person and a few others ("is available only to the person who is the
    # subject of the record, to the subject's attorney, to criminal justice agencies ...").
    Rule("record-access", "present",
         (r"\b(?:available|accessible|open (?:for|to) inspection|opened|disclosed|released)\s+only\s+to\s+(?:the\s+)?" + OWNER, RELIEF),
         # (a court's order may be the route for the others named after the person, "or by order of the court upon a
         # showing of good cause", never the person's own)
         unless=("(?:" + OWNER + r")[^.;]{0,20}(?<!or )(?<!or a )\b(?:upon|by|with|pursuant to|under|on) (?:an? |the )?" + COURT_ORDER,
                 r"\bonly (?:upon|by|with|pursuant to|under|on) (?:an? |the )?" + COURT_ORDER)),
    # Open to the parties, the person among them, while others need the court ("shall be confidential and only
    # available to the parties or by order of the court for good cause shown", Mo. Rev. Stat. § 610.140.8).
    Rule("record-access", "present",
         (r"\b(?:only )?(?:available|accessible|open(?: (?:for|to) inspection)?:?)(?: only)? (?:to|by) the parties\b(?!')", RELIEF),),
    # Cleared records given to others and, in the same breath, kept from the person ("may be disclosed only to a criminal
    # justice agency, and not to the person who is its subject").
    Rule("record-access", "against",
         (r"\b(?:disclosed|released|provided|furnished|shown|made available|available|accessible|open)\b[^.;]{0,160}\b(?:and|but),? not "
          r"(?:to|by) (?:the )?(?:" + OWNER + r")", RELIEF),),
    # Cleared records that may go, among a list of uses, to the person they are about ("Information that is
    # sealed under this section may be provided to another person or agency only ... (3) for review by the
    # subject of the record").
    Rule("record-access", "present",
         (r"(?:" + RELIEF + r")[^.]{0,200}?\b(?:may|shall) (?:\w+ ){0,2}(?:be )?(?:provided|disclosed|released|made available|furnished|"
          r"disseminated|opened|shown|exhibited)\b[^.]{0,300}?\b(?:for (?:review|inspection|examination) by|to) (?:\(\w{1,4}\)\s*)?(?:the )?"
          + OWNER,),
         unless=("(?:" + OWNER + r")[^.;]{0,60}" + COURT_ORDER, DENIAL + r"[^.;]{0,80}\bto (?:the )?" + OWNER,
                 r"\b(?:and |but )?not (?:to|by|for review by) (?:the )?(?:" + OWNER + ")")),
    # The person may see or get their own cleared record, in any of the ways bills say so: the person
    # may (or has the right to) inspect it; an agency shall give the person a copy or let them see it;
    # the record is open to them; nothing keeps them from getting it. Relief must be in the sentence or
    # the next, or the record is any record (the partial rule below).
    Rule("record-access", "present",
         (REACHED,
          # (the person named as the one the order is about: "The person who is the subject of the order may obtain the
          # information by submitting a written request")
          RELIEF + r"|order of nondisclosure|\bconfidential\b|\bclosed records?\b|\bsubject of (?:the|that|such|an?) order\b"),
         window=2,
         # (a court's order for others, after which a proviso lets the person in without one, is no veto: "shall not be open to
         # inspection ... by any person ... except upon order of the court; provided, however, that nothing in this subsection
         # shall prevent the person whose record has been expunged ... from inspecting the record ... without a court order")
         unless=(ORDER_FIRST, UNLESS_PROVISO + "(?:" + PERSON + r")[^.;]{0,80}?(?<!without )(?<!no )\b(?:only|unless|except|upon|pursuant to|by|after)\b[^.;]{0,30}(?:"
                 + COURT_ORDER + r")",
                 UNLESS_PROVISO + r"(?<!without )(?<!no )\b(?:only|unless|except|upon|pursuant to|by|after)\b[^.;]{0,30}(?:" + COURT_ORDER
                 + r")[^.;]{0,40}(?<!notice )(?<!service )\b(?:to|by) (?:the )?" + PERSON,
                 r"\bno (?:person|individual|one)\b[^.;]{0,20}\b(?:shall|may) be (?:furnished|provided|given|shown)\b|"
                 # (a bar on everyone: "Without a court order, no person may inspect the sealed file")
                 r"\bno (?:other )?(?:person|individual|one)\b(?!\s+(?:whose|who|named|to whom)\b)[^.;]{0,20}\b(?:shall|may|can)\b",
                 ONLY_THROUGH_LAWYER,
                 # a record not cleared ("a criminal history record ... that has not been expunged may review the record")
                 r"\b(?:that|which)\s+(?:has|have|had|was|were|is|are) not (?:been )?(?:\w+ )?" + RELIEF,
                 # the person as one whose consent lets the records go to a federal body ("may not disclose to a federal
                 # immigration authority a record ... unless: ... (c) The person who is the subject of the record has
                 # consented"), not as one who may see them
                 r"\b(?:disclos|releas|provid|furnish|giv|send|transmit)\w*\b[^.;]{0,20}\bto (?:an? |any |the )?(?:[\w-]+ ){0,3}?(?:"
                 + FEDERAL + r")[^.]{0,200}\b(?:unless|except)\b",
                 # records open to the public ("Any person may review archival records open to the public"), and a right
                 # withheld in words ("This section does not give the offender any right to inspect records")
                 r"(?:^|\. )(?:\(\w{1,4}\)\s*)*any (?:person|individual|member of the public)\b(?!\s+(?:whose|who|named|to whom)\b)[^.;]{0,20}\bmay\b"
                 r"(?![^.;]{0,40}\b(?:his or her|his|her|their) (?:own )?(?:criminal|arrest|conviction|records?)\b|[^.;]{0,120}\babout (?:him|her|them|him or her|himself|herself)\b)",
                 r"\b(?:does|do|shall|will) not (?:give|grant|confer|create|provide)\b[^.;]{0,40}\b(?:rights?|access|entitlement)\b",
                 # a judge's approval awaited ("the clerk shall not release the file until the request has been
                 # reviewed and approved by the chief judge")
                 r"\bnot\b[^.;]{0,80}\buntil\b[^.;]{0,80}(?:" + COURT_ORDER + r")",
                 # a bar on everyone ("no person shall be permitted to inspect an expunged record")
                 r"\bno (?:other )?(?:person|individual|one)\b[^.;]{0,20}\b(?:shall|may|must) be (?:permitted|allowed|entitled)\b",

                 # (unless a proviso lets the person in: "... shall not be open to inspection by any person; provided,
                 # however, that the person whose record has been sealed ... may inspect the sealed record")
                 UNLESS_PROVISO + r"\b(?:may|shall|must|can|is|are) not\b(?! (?:be )?(?:required|need|denied|refused)\b)[^.;]{0,40}" + SEE + r"\b",
                 THIRD_PARTY_COPY,
                 r"\bnot (?:be )?(?:\w+ )?(?:open|available|accessible)\b[^.;]{0,40}\b(?:to|by) (?:the )?" + PERSON,
                 # (a duty laid on the person, not a right: "The petitioner may be required to obtain and file
                 # verifications from local law enforcement agencies ... stating whether petitioner has a criminal record")
                 r"for the purpose of (?:preparing|filing|applying|seeking)|in order to (?:apply|petition|prepare)|\b(?:may|shall) be required to\b",
                 r"\bwith (?:a |an )?(?:letter|notice|certificate|confirmation|statement)\b",
                 # a notice handed over, not the records ("shall mail to the person a notice stating that the record
                 # has been sealed")
                 r"\b(?:mail|send|give|provide|deliver|furnish|issue)\w* (?:to )?(?:the )?" + PERSON
                 + r"[^.;]{0,80}?\b(?:an? |the )?(?:written )?(?:notice|letter|notification|confirmation|certificate|statement)\b"
                 r"(?! and (?:an? |the )?(?:certified )?cop)",
                 # a log of those given access
                 r"\b(?:log|list|register) of (?:every|each|all|any) (?:persons?|individuals?)\b",
                 DENIAL + r"[^.;]{0,80}\b(?:including|even)\b[^.;]{0,10}(?:to |by )?(?:the )?" + PERSON,
                 # (an order the person must seek, not one already had: "A petitioner who has received an order of expungement")
                 r"(?<!without )(?<!without first )(?<!has )(?<!have )(?<!had )\b(?:obtain|receive|request)\w* (?:an? |the )?"
                 r"(?:order|expungement|sealing|relief)\b(?! of (?:(?:a|an|the|any) )?(?:\w+ )?court)",
                 # a copy of the decision handed out, not the records ("A copy of the sealing decision shall be
                 # released to: (1) the defendant ...")
                 r"\bcop(?:y|ies) of (?:the |an? |such )?(?:\w+ )?(?:order|decision|judgment|decree)\b[^.;]{0,40}"
                 r"\b(?:released|sent|given|provided|furnished|mailed|delivered)\b")),
    # A list of those who may see the cleared record as of right, the person among them ("The following may inspect and copy
    # a sealed record without further order: the Attorney General ...; the person whose arrest or charge is the subject of
    # the record; and a law enforcement agency ..."), not a list that needs the court's leave.
    Rule("record-access", "present",
         (r"\b(?:the following|these|those listed)\b[^.:]{0,40}\bmay\b(?! not\b| at no time\b| never\b)[^.:]{0,20}\b(?:inspect|obtain|copy|"
          r"access|examine|review|view|see)\w*[^.:]{0,140}:(?:[^.]{0,400}?[;,]\s*(?:and |or )?)?\s*(?:\(\w{1,4}\)\s*)?(?:the )?(?:" + OWNER + r")",
          RELIEF),
         unless=("(?:" + OWNER + r")[^.;]{0,30}\b(?:upon|by|with|pursuant to|under|on) (?:an? |the )?" + COURT_ORDER,
                 r"^[^:]*\b(?:only |upon |by |with |pursuant to |under |on |after )(?:an? |the )?(?:further )?(?:" + COURT_ORDER
                 + r"|hearing|finding|showing of good cause)[^:]*:",
                 r"\b(?:against|consent of|victim of|on behalf of)\b[^.;:]{0,40}\b(?:the )?(?:" + OWNER + r")")),
    # A bar said to reach the person too ("Expunged records shall not be available to any person, save for the courts ...
    # The bar in this subsection applies to the person named in the expunged record as it applies to anyone else"), not
    # one that no longer does, or reaches others but not the person.
    Rule("record-access", "against",
         (r"\b(?:bar|prohibition|restriction|limitation|confidentiality)\b[^.;]{0,60}(?<!no longer )\bappl(?:y|ies)\b[^.;]{0,20}\bto "
          r"(?:the )?(?:" + OWNER + r")", RELIEF),
         unless=(r"\b(?:does|do|shall|will) not apply\b|\bno longer appl|\bbut not\b|\bnot to (?:the )?(?:person|individual|subject)\b|"
                 r"\bappl(?:y|ies) only to\b|\b(?:except|other than)\b",)),
    # Closed to everyone except a list that names the person ("shall not disclose the record ... to any person
    # except: (1) a criminal justice unit ...; (2) the person who is the subject of the record").
    Rule("record-access", "present",
         (r"\bnot (?:\w+ ){0,3}(?:disclose|release|divulge|furnish|provide|disclosed|released|furnished|provided|available)\b[^.;]{0,80}"
          r"\bexcept\b:?[^.]{0,250}?\(\w{1,4}\)\s*(?:to )?(?:the )?(?:" + OWNER + r")",
          RELIEF + r"|order of nondisclosure"),
         unless=("(?:" + OWNER + r")[^.;]{0,20}(?<!or )\b(?:upon|by|with|pursuant to|under|on) (?:an? |the )?" + COURT_ORDER,)),
    # Cleared records that may go only to those a list names, the person among them ("may disclose criminal history
    # record information that is the subject of an order of nondisclosure only to: (1) other criminal justice agencies;
    # ... (4) the petitioner, upon the petitioner's written request").
    Rule("record-access", "present",
         (r"\b(?:may|shall)\b (?:\w+ ){0,2}(?:disclose|release|provide|furnish|disseminate|make available)\b[^.:]{0,160}\bonly to\b:?"
          r"[^.]{0,400}?\(\w{1,4}\)\s*(?:to )?(?:the )?(?:" + OWNER + "|" + BARE_SUBJECT + r")",
          RELIEF + r"|order of nondisclosure"),
         unless=("(?:" + OWNER + "|" + BARE_SUBJECT + r")[^.;]{0,30}\b(?:upon|by|with|pursuant to|under|on) (?:an? |the )?"
                 + COURT_ORDER,)),
    # The court left to let anyone, the person named among them, see the records only on a motion and a showing ("The
    # Superior Court may allow anyone, including the person who is the subject of expunged records, to inspect them
    # only if a motion is filed and the movant shows good cause"): the person's route is the court's leave.
    Rule("record-access", "against",
         (r"\b(?:court|judge)\b[^.;]{0,20}\bmay (?:allow|permit|authori[sz]e)\b[^.;]{0,80}\bincluding the (?:person|subject|defendant|"
          r"individual|petitioner)\b[^.;]{0,120}\bonly (?:if|upon|on|after|when)\b[^.;]{0,80}\b(?:motion|petition|application|good cause|"
          r"order)\b",)),
    # Closed to everyone, with an exception only for officials ("no person, agency or entity, public or private, shall
    # have access to or be furnished any information from such a file, except that the information may be furnished ...
    # to a prosecuting attorney or a law enforcement agency ..."): the person is left out; a grant elsewhere outweighs it.
    Rule("record-access", "against",
         (r"\bno (?:person|one|individual)s?\b[^.;]{0,80}\b(?:shall|may)\b[^.;]{0,20}\b(?:have access|be (?:furnished|given|shown)|inspect|"
          r"obtain|receive)\b[^.;]{0,120}\bexcept(?: that)?\b[^.;]{0,80}\b(?:to|by) (?:an? |the |any )?(?:prosecut\w*|law enforcement|"
          r"criminal justice|courts?|judicial|department|agenc\w*)\b",
          RELIEF),
         unless=(r"\bexcept\b[^.;]*\b(?:" + OWNER + r"|(?:the|that) (?:person|individual|petitioner|defendant)\b(?!'))",),
         yields=True),
    # The person's own request held until a judge approves it ("may apply to the clerk for a copy ...: Provided, however,
    # That no such copy shall issue until the application has been ... approved by the judge"): a route by leave only.
    Rule("record-access", "against",
         (PERSON + r"[^.]{0,200}\bno (?:such )?(?:cop(?:y|ies)|records?|documents?)\b[^.;]{0,40}\b(?:shall|may) (?:issue|be (?:issued|released|"
          r"furnished|given|provided|delivered))\b[^.;]{0,40}\buntil\b[^.;]{0,100}\b(?:approved|authori[sz]ed|allowed|ordered) by (?:the )?"
          r"(?:\w+ )?(?:judge|court)\b",
          RELIEF),
         window=2),
    # ... or the court's order named as needed first (ORDER_FIRST).
    Rule("record-access", "against", (ORDER_FIRST + r"[^.;]{0,20}\b(?:the )?(?:" + PERSON + r")\b[^.;]{0,60}" + SEE, RELIEF)),
)  # fmt: skip

RULES = with_others_vetoed(RULES)
