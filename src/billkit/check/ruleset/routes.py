"""Words for the ways a person reaches a cleared record other than in their own right, or is kept from it: through
another agency's procedure, a petition to the court, a lawyer or a parent, for one purpose only; and the words that
close records to the public or list who may see them; the person named alone in a list; a proviso that lets the
person in; a rule for everyone a list left out, a gate for non-parties, a bar aimed at other uses, an exception that
only points elsewhere. :mod:`.records` and :mod:`.closures` read them."""

from __future__ import annotations

from dataclasses import replace

from ..vocabulary import EXCEPTIONS_LEAD, NO_ORDER, OWNER, RELIEF
from .others import AGENCY_SEES, VICTIM_ACTS
from .rule import Rule

RESIDUAL = (
    r"(?:^(?:\(\w{1,4}\)\s*)?|:\s*(?:\(\w{1,4}\)\s*)+)(?:otherwise|(?:all |any )?others|(?:all |any |no )?other (?:persons?|people|"
    r"individuals?|entit(?:y|ies)))\b|"
    r"\b(?:allows?|permits?|authori[sz]es?|entitles?) (?:any|an?) other (?:persons?|people|individuals?|entit(?:y|ies))\b"
)
"""A sentence for everyone a list before it left out ("Otherwise, ..."; "Others may examine the records ... only upon the
written order of a judge"; "No other person may obtain an expunged record except upon order of the court"), or the last
item of the list itself, read with its lead ("... may be released only to the following: ... (e) Any other person, upon
order of the court")."""
RESIDUAL_CLAUSE = (
    rf"(?:{OWNER}|\b(?:juvenile|child|minor|youth)\b(?!['\u2019]))[^;]{{0,200}};\s*(?:and |but )?(?:all |any |no )?"
    r"(?:others|other (?:persons?|people|individuals?|entit(?:y|ies)))\b|"
    rf"(?:{OWNER})[^.;]{{0,200}}\bnot be (?:\w+ )?(?:released|disclosed|furnished|provided|made available|opened|available|"
    r"shown|given) to (?:any|all) other (?:persons?|people|individuals?|entit(?:y|ies))\b"
)
"""A clause for everyone else after a semicolon, where the clause before names the person ("may be inspected by the
juvenile and the juvenile's attorney without a court order; all other persons may inspect them only by order of the
court"), or joined to the grant ("shall be released to [the person] upon written request ..., and shall not be released to
any other person except upon an order of court"): no bar on the person."""
NOT_PARTIES = r"\b(?:persons?|anyone|individuals?)\b (?:who (?:is|are) )?not (?:a )?part(?:y|ies)\b|\bnon-?part(?:y|ies)\b|\bother (?:persons?|individuals?) than (?:a |the )?part(?:y|ies)\b"
"""A gate for non-parties ("may be inspected by a person who is not a party ... only upon an order"): not the person."""
POINTS_ELSEWHERE = (
    r" (?:as (?:otherwise )?provided|for the (?:limited )?purposes? (?:stated|set forth|described|provided|specified)) "
    r"(?:in|by|under) (?:articles?|sections?|subsections?|paragraphs?)\b"
)
"""The words after "except" that only point to other provisions ("except as provided in subsections (d) and (f)";
"Except for the limited purposes stated in Articles 920 and 921"): they open no way of the person's own."""
NOT_THE_PERSON = (
    r"^(?!.*\bto (?:any person|anyone|any individual)\b[^.;]{0,20}\bexcept\b)(?!.*\bonly to\b).*\bto (?:any |a |an |the )?(?:(?:agents?|officers?|employees?) of (?:the )?)?(?:federal|immigration|united states)\b|"
    r"\bfor (?:the )?purposes? of (?:investigating |enforcing )?(?:employment|occupational|licens\w*|housing|credit|admission|"
    r"tenan\w*|civil immigration|immigration)|"
    r"\bfor (?:the )?purposes? of\b[^.;]{0,120}\b(?:civil immigration|immigration (?:law|enforcement))|"
    # ... or at the public alone ("The presentence investigation report must not be disclosed to the public without a
    # court order")
    r"^(?!.*\b(?:any (?:other )?(?:person|individual|one)|anyone|everyone|all (?:other )?persons|no (?:other )?(?:person|one)|"
    r"(?:him|her|them)sel(?:f|ves)|(?:his|her|their) own)\b)(?!.*\b(?:the|a|such) (?:person|individual|defendant|petitioner|subject|"
    r"juvenile|child|minor|youth|applicant)\b(?!['\u2019]))"
    r".*\b(?:disclosed|released|open(?:ed)?|available|accessible|disseminated|revealed) (?:for inspection )?(?:to|by) (?:the |members of "
    r"the )?(?:general )?public\b(?!,? (?:or|and)\b)"
)
"""A bar aimed at federal agencies, or at one use of the records ("shall not be disclosed to any person ... for the purposes
of employment, occupational licensing, housing"), or at the public alone: it says nothing of the person's own access."""
AGENT_ONLY = r"\b(?:attorneys?|counsel|lawyers?|parents?|guardians?)\b[^.;]{0,80}\bbut (?:by |to )?no other\b"
"""Open to the person's lawyer or parent, the court's order needed only for others ("by the attorney of record for the
person named therein, but by no other person except upon order of the court"): a route through them."""
LISTED_EXCEPTIONS = (
    EXCEPTIONS_LEAD + r"\s*(?:$|(?:\(\w{1,4}\)\s*)+)|"
    # (a list's lead read alone, "may be released only to the following:", whose items are read joined to it)
    r"\b(?:only|solely|exclusively) (?:to|by) (?:the following|those (?:listed|named))\b[^.;:]{0,60}:\s*$"
)
"""A bar whose exceptions are a list, its lead read alone or joined to one item: the list's items, read whole
(``lists.py``), say whom the bar spares."""
SUBJECT_FIRST = (
    r"^(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*|sec(?:tion|\.)? \d+\.\s*)*(?:(?:after|upon|once|when|following)\b[^,;.]{0,80},\s*)?"
    r"(?:the |a |an |any |such )?(?:person|individual|petitioner|defendant|applicant|juvenile|child|subject|record subject)\b"
)
"""A sentence whose subject is the person the records are about, at its start (after any label, and any clause of
time: "After the record is expunged, the petitioner may ...")."""

THROUGH_PROCEDURE = (
    r"\bonly (?:by|upon|after|through) (?:applying|submitting|following|filing|making|an? (?:application|request)\b[^.;]{0,40}\bunder)|"
    r"\b(?:through|under|by following|in the manner (?:prescribed|provided|set forth))\b[^.;]{0,80}\b(?:procedures?|process)\b"
    r"[^.;]{0,60}\b(?:under|in|of|by|established|prescribed|set forth)\b|"
    r"\b(?:procedures?|process)\b[^.;]{0,40}\b(?:set forth|established|prescribed|provided) (?:in|by|under)\b|"
    r"\bin the manner (?:prescribed|provided|set forth|set out) (?:by|in|under)\b|\bin accordance with (?:the )?(?:procedures?|process(?:es)?)\b[^.;]{0,20}\b(?:established|prescribed|set (?:forth|out)|provided) (?:in|by|under)\b|"
    r"\bthrough (?:the |a )?(?:[\w-]+ ){0,3}(?:portal|system|procedure|process|program)\b[^.;]{0,20}\b(?:established|prescribed|set (?:forth|out)|provided|created) (?:in|by|under) (?:section|§|subsection|rule|chapter)|\bmay (?:\w+ )?(?:obtain|inspect|access|copy|review|examine)\b[^.;]{0,60}(?<!except )\bas provided (?:in|by|under) (?:subsection|section|§)|(?:^\W*|:\s*)(?:\(\w{1,4}\)\s*)?(?:to )?(?:the )?(?:subject|person|individual|petitioner|defendant)\b[^.;:]{0,80}?, (?:as provided (?:in|by|under)|in accordance with) (?:section\b|§|rule\b|chapter\b)|\bmay (?:\w+ )?(?:obtain|inspect|access|copy|review|examine)\b[^.;]{0,160}\bsubject to the (?:[\w,]+ ){1,4}(?:set (?:out|forth)|provided|prescribed|established) (?:in|by|under) (?:that|the|section|§|subsection|chapter)\b|"
    # ("may review it in the manner, and subject to the conditions, that the department of public safety prescribes for the
    # review of criminal history record information under section 27-16-55")
    # ("may obtain access to the sealed record in the manner, and subject to the fees and limits, provided in Section ...")
    r"\bin the manner,? (?:and subject to (?:the )?(?:[\w-]+,? ){1,5}?)?(?:(?:that|which) (?:the )?[^.;]{0,60}\bprescribes?\b|"
    r"(?:provided|prescribed|set forth|set out) (?:in|by|under)\b)|"
    # ("may release an expunged record to the person ... only in accordance with, and subject to the conditions of,
    # Section 77-40b-308")
    r"\bonly in accordance with,? (?:and subject to (?:the )?(?:[\w-]+,? ){1,4}?(?:of,? )?)?(?:section|§|subsection|rule|chapter)\b|\bin (?:any|the) (?:manner|way) (?:otherwise )?(?:provided|permitted|allowed) by (?:other )?law\b|"
    # ("As provided in rules adopted by the Department of State Police ... including access by an individual for review or
    # challenge of the individual's own records")
    r"\b(?:as provided|provided for) (?:in|by) (?:the )?rules? (?:adopted|promulgated|issued|made)\b"
    r"(?![^.;]{0,80}\bgoverning (?:the )?(?:hours|place|places|time|times|manner|fees?)\b)"
)
"""The person reaches the records only through another agency's procedure ("by following the procedures for
challenging the accuracy of a record set forth in ...", "only by applying to the bureau under Section ...")."""

NARROWED_RECORD = (
    r"\b(?:a |an )?(?:summary|abstract|synopsis) of (?:the |his or her |their |that )?(?:\w+ )?records?\b|"
    r"cop(?:y|ies) of the judgment(?: of conviction)? and (?:of )?the order\b"
)
"""What the person gets is narrower than the records: a summary of them, or the judgment and the order alone."""

BY_COURT_PETITION = (
    r"(?:\b(?:upon|on|after|by|through) (?:a |an |the )?(?:written )?(?:petition|motion|application) (?:to|with|filed (?:with|in)) "
    r"(?:the |a |any )?(?:\w+ )?court\b|\bby (?:petitioning|applying to|moving) (?:the |a |any )?(?:\w+ )?court\b|"
    r"\bby filing (?:a |an )?(?:written )?(?:motion|petition|application) (?:in|with|before) (?:the |a |any )?(?:\w+ )?court\b|"
    # the person's own application to the court, for an order that lets them see the file ("may apply to the court that
    # entered the order for an order permitting the petitioner to inspect or copy the expunged file")
    r"\b(?:apply|petition|move)\b (?:to |with |in )?(?:the |a |any )?(?:\w+ ){0,4}?court\b[^.;]{0,60}\bfor (?:an? |the )?order\b|"
    # ... or simply to let them see it ("may petition the court to inspect the file"; not "may petition the court to
    # vacate the conviction", a grant of vacatur)
    r"(?<!not )(?<!without )\b(?:petition|apply to|move)\b (?:the |a |any )?(?:\w+ ){0,3}?court\b(?= (?:to|for (?:leave|permission) to) "
    r"(?!(?:vacate|set aside|withdraw|dismiss|modify|reduce|correct|reverse|reopen|expunge|seal|grant|enter|issue|terminate|"
    r"discharge|restore|change)\b)))"
)
"""The person's way in is a petition to the court ("may inspect the sealed record upon petition to the court")."""
OF_ANOTHER = (
    r"\b(?:of|about) another (?:person|individual)\b|\banother (?:person|individual)'s\b|"
    r"\b(?:to|by) (?:the |an? )?(?:confidential )?informants?\b"
)
"""Records of someone else, whose consent the rule asks ("a sealed record of another person without the written
consent of the person named in the record"), or an informant's own (a file open "to the informant")."""
CLOSED = (
    RELIEF
    + r"|\bconfidential\b|\bclosed (?:criminal )?records?\b|withheld from (?:\w+ )?(?:public )?inspection|closed to (?:the )?public|"
    r"not (?:be )?open to (?:the )?public|"
    # ("shall not be opened to scrutiny by the public": Ky. Rev. Stat. § 610.320(3))
    r"\bnot (?:be )?open(?:ed)? to (?:scrutiny|inspection|examination|view) by the (?:general )?public\b|as if (?:there (?:were|was) )?no (?:\w+ ){0,4}(?:record|information)|"
    r"\bnot (?:be )?(?:disseminated|disclosed|released) to (?:any person|anyone|the public)|"
    # ("kept ... in a nonpublic file that is not open to inspection by any person")
    r"\b(?:keeps?|kept|places?|placed|maintains?|maintained|holds?|held) (?:\w+ ){0,6}in a non-?public file\b|"
    # Georgia's record restriction (Ga. Code Ann. § 35-3-37), and records restricted by an order
    r"\brestrict(?:ed|ion)\b(?! to\b)|"
    # records open only to those a list names ("shall be open to inspection only by the child, the child's parents and
    # their attorneys"), or to anyone else only by the court's leave ("Any other person may have access to the records
    # only upon permission by the court")
    r"\b(?:open|available|accessible) (?:for |to )?(?:inspection|examination|review)?\s*only (?:by|to)\b|"
    r"\b(?:any|all|no) other (?:persons?|individuals?|entit(?:y|ies))\b[^.;]{0,80}\b(?:only|except)\b[^.;]{0,40}\b(?:court|judge)\b"
)
"""Records shut to the public: cleared by relief, kept confidential by statute (a juvenile court's files), or open
only to a list of people."""

OPEN_TO = (
    r"(?:\b(?:open|available|accessible) (?:(?:without|free of) (?:charge|cost|fees?|a fee) )?(?:for |to )?(?:inspection|examination|review)?\s*(?:only )?(?:by|to)|"
    # ("may be released only to the following: ... (d) The person who is the subject of the records")
    r"\b(?:released|disclosed|furnished|provided|disseminated|made available|revealed) only to\b|\b(?:release|disclose|furnish|provide|disseminate) (?:them|it) only to\b|"
    r"\binspection of (?:th(?:ose|e|ese|at|such) )?(?:\w+ )?records?(?: and files)? (?:shall be|is|are) permitted (?:to|by)|"
    # ("Inspection of the sealed records may be made only by the following persons ...: ... (4) By the person who is ...")
    r"\b(?:inspection|examination|review) of (?:th(?:ose|e|ese|at|such) )?(?:\w+ )?records?(?: and files)? (?:may|shall|can) be "
    r"(?:made|had|conducted) (?:only )?by|"
    r"\b(?:are|is|shall be|remain) (?:open |subject )?to (?:inspection|examination|review) by)\b"
    r"(?:(?!\bexcept\b|\bunless\b)(?:[^.;]|;(?=\s*[\x22\u201c]?(?:and |or )?\(\w{1,4}\)))){0,300}?(?:(?<=\bby )|(?<=\bto )|(?<=, )|(?<=\band )|(?<=\bor )|(?<=\bbut )|(?<=: )|(?<=\) ))(?:the )?"
    r"(?:" + OWNER + r"|respondents?\b|"
    r"(?:child|juvenile|youth|adjudicated youth|minor)\b(?!['\u2019]| (?:court|justice|officer|probation|services|department)))"
)
"""Records open to inspection by a list that names the person they are about ("open to inspection only by
respondents, their parents ..."; "open to inspection by the following: ... (B) The child"). The list may run
over semicolons between its items, never over a semicolon that starts another clause. The person is named as one the
records are open to, an item of the list or one of a series, not inside another's description ("a juvenile court having a
child before it") nor as one whose fingerprints a requester must bring ("... provide the fingerprints of the person whose
records are requested")."""

LIMITED_TO = (
    r"(?:\b(?:access to|inspection of|disclosure of|release of|dissemination of)\b[^.;]{0,80}\b(?:shall be|is|are) "
    r"(?:limited|restricted) to\b(?! (?:the |those |such )?(?:records?|information|documents?|files?|portions?|parts?|copies)\b)|"
    r"\b(?:may|shall) be (?:inspected|examined|viewed|opened|seen) only (?:by|to)\b)"
)
"""Who may see the records, as a limit ("Access to expunged records shall be limited to ..."; "Sealed records may be
inspected only by ..."). Not a limit on which records ("access ... is limited to records needed to defend a pending
proceeding")."""

_SUBJECT_NOUN = r"(?:person|individual|petitioner|defendant|child|juvenile|minor|youth|subject)"
OWN_LAWYER = (
    r"\b(?:attorneys?|counsel|lawyers?)(?: of record)? (?:for|of|representing|who represents?) (?:the |such |that )?"
    + _SUBJECT_NOUN
    + r"\b|\b"
    + _SUBJECT_NOUN
    + r"['\u2019]s (?:(?:immigration|defense|criminal defense) )?(?:attorneys?|counsel|lawyers?)\b"
)
"""The person's own lawyer, who acts for the person at any age (a parent's route ends when the child is grown)."""
AGENT = OWN_LAWYER + r"|\b" + _SUBJECT_NOUN + r"['\u2019]s (?:parents?|(?:legal )?guardians?|custodians?)\b"
"""The person's lawyer or parent, named as the one who may see the records."""
THROUGH_AGENT = "the records are open to the person's lawyer or parent, not to the person"
"""The ``why`` of a route to the records through the person's lawyer or parent: beside a court order the person
needs, a route through the person's own lawyer (``OWN_LAWYER``) lets the person reach the records in part
(``judge``)."""

PURPOSE_LIMIT = (
    r"\b(?:solely|only|exclusively) for (?:the )?(?:sole |limited |specific )?purposes? (?:of|to)\b|"
    r"\bfor the (?:sole|limited|exclusive|specific) purposes? of\b|"
    r"\b(?:solely|only|exclusively) for (?:use|filing|presentation) (?:in|with|before)\b|"
    # ("furnish to that person a certified copy ... for use in a proceeding before, or in an application to, a federal
    # agency")
    r"\bfor use in (?:a |an |any )?(?:proceeding|application)s? (?:before|to|with|for)\b|"
    r"\b(?:solely|only|exclusively) to (?:verify|check|confirm|correct|challenge)\b|\bfor no other purpose\b|"
    # ("may request ... a copy of the sealed record ... for use in connection with a motion to vacate")
    r"\bfor use in connection with (?:a |an |the |any )?(?:\w+ ){0,2}(?:motion|petition|proceeding|application|hearing)s?\b|\b(?:stating|showing|certifying|declaring) that the (?:copy|record|information) is (?:needed|required|necessary)\b|"
    r"\bbut (?:may |shall )?not (?:copy|retain|reproduce|(?:obtain|make|keep) (?:a )?cop(?:y|ies))\b|"
    # released only once the person certifies a need ("when the person certifies in writing that the record is needed to
    # complete an application for a license")
    r"\b(?:when|if|upon|after)\b[^.;]{0,40}\b(?:certif\w*|declar\w*|affidavit|attest\w*|swear\w*|sworn)[^.;]{0,60}"
    r"\b(?:needed|required|necessary) (?:to|for)\b|"
    # a closed list of the purposes it may serve ("if the person submits ... a declaration ... that the copy is required
    # for one of the following purposes: (1) ...")
    r"\bfor (?:one|any|each) of the following (?:\w+ )?purposes\b"
)
"""A limit on what the person may do with the record: see it for one purpose alone, or see it but not keep a copy."""

AGENT_ACTS = (
    r"(?:^|\. )(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)*(?:the |an? |any )?"
    r"(?:attorneys?|counsel|lawyers?)(?: of record)? (?:for|of|representing)\b|"
    # ... however the lawyer is described first ("An attorney licensed in this State who represents the person"; "A
    # member of the State Bar who represents the defendant")
    r"(?:^|\. )(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)*(?:the |an? |any )?(?:attorneys?|counsel|lawyers?|members? of the (?:\w+ )?bar)\b"
    r"[^.;]{0,160}?"
    r"\b(?:who represents?|(?:attorney|counsel|lawyer) represents|representing|retained by|appointed (?:for|to represent)|(?:who has )?(?:entered|filed) (?:an? |the )?"
    r"(?:notice of )?appearance (?:on behalf of|for))\b|"
    # ... or the child's parent ("The parent, guardian, or legal custodian of the child may inspect the records")
    r"(?:^|\. )(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)*(?:the |a |any )?(?:parents?|(?:legal )?guardians?|(?:legal )?custodians?)\b"
    r"(?:,? (?:or |and )?(?:the |a )?(?:parents?|(?:legal )?guardians?|(?:legal )?custodians?)\b)*,? of (?:the |a |such |any )?"
    r"(?:child|juvenile|minor|youth)\b"
)
"""A sentence whose actor is the person's lawyer or a child's parent ("The attorney of record for the person who is
the subject of a sealed record ... may inspect and copy the record"): a grant to the lawyer, not to the person
named after "for"."""

PERMISSION_WITHHELD = (
    r"(?:\bnothing\b[^.;]{0,60}\b(?:construed|deemed|interpreted|read) (?:to|as) (?:permit|allow|authori[sz]e|entitle|give|grant|"
    r"confer)\w*|"
    r"\b(?:does|do|shall|will) not (?:authori[sz]e|permit|allow|entitle|empower)\b(?:\s+[\w']+){0,6}?\s+to (?:disclos|releas|show|"
    r"provid|furnish|giv|inspect|access|cop|see|obtain)\w*)"
)
"""A permission to see the records expressly withheld ("Nothing in this section shall be construed to permit the person
... to inspect or copy that record without an order"; "This section does not authorize the Central Repository to disclose
to the person the contents of the sealed record"): no grant, and with a court order named, a bar."""

_NOT_EXCEPTED = r"(?:(?!\b(?:except|other than|but|save|unless)\b)[^.;])"
_TO_THE_PERSON = r"\bto (?:the )?(?:" + OWNER + r")(?![^.;]{0,40}\b(?:except|unless|other than|without)\b)"
WITHHELD_FROM_PERSON = (
    r"\b(?:shall|may|must|will) not (?:(?!otherwise\b)\w+ )?(?:be )?(?:furnish|release|disclose|provide|give|send|mail|deliver|"
    r"show|make available|offer|made available|given|shown)\w*\b"
    + _NOT_EXCEPTED
    + r"{0,60}"
    + _TO_THE_PERSON
    + r"|"
    r"\bno (?:\w+ ){0,4}(?:cop(?:y|ies)|records?|files?|information)\b[^.;]{0,60}\b(?:shall|may|must) be (?:\w+ )?(?:provided|"
    r"furnished|released|disclosed|given|shown|sent|mailed|delivered|made available)\b"
    + _NOT_EXCEPTED
    + r"{0,40}"
    + _TO_THE_PERSON
    + r"|"
    r"\b(?:refuse|decline|deny)\w* to (?:release|disclose|provide|furnish|give|send|show|make available)\b"
    + _NOT_EXCEPTED
    + r"{0,60}"
    + _TO_THE_PERSON
    + r"|"
    r"\bno (?:one|person|individual)\b,?\s*(?:not even|including|even)\b[^.;]{0,10}(?:the )?(?:"
    + OWNER
    + r")|"
    # everyone but those a list named shut out ("(c) No other person or entity may inspect or receive any part of the
    # confidential file")
    r"\bno other (?:person|individual|one|entity|party)\b[^.;]{0,30}\b(?:shall|may|can|must)\b"
)
"""The record kept from the person in so many words ("The department shall not furnish the sealed record to the person
who is the subject of the record"; "No copy of the sealed record shall be provided to the person ..."; "shall refuse to
release the expunged record to the petitioner"; "no one, not even the person whose conviction it was, may look at the
case papers"): the words of a grant with their "not" (never one that excepts the
person: "shall not furnish ... to any person except the person ...", or that points to a route given elsewhere: "shall
not otherwise be disclosed to the person")."""

BARE_SUBJECT = (
    r"(?:(?:child|juvenile|minor|youth)(?: proceeded against| concerned| who is the subject\b[^;,.]{0,40})?\b(?!'s)|"
    r"(?:person|individual|petitioner|defendant) (?:to whom|whom) [^;,.]{0,40}\b(?:pertains?|relates?|refers?)\b|"
    r"subject of the petition|" + OWNER + ")"
)
"""The person a record is about, named alone: in a list item ("(1) The juvenile;") or after "by"."""
SUBJECT_SPARED = (
    r"(?:except|save|other than|but not|unless|only (?:to|by))[^.;]{0,30}(?:to |by )?(?:the )?(?:subject of|person who is the subject|"
    r"(?:person|individual|child|juvenile|minor|youth) named (?:therein|in (?:it|the record))\b|petitioner|defendant|individual whose|person whose)(?![^.;]{0,30}\b(?:first )?(?:obtains?|secures?|has obtained)\b (?:an? |the )?(?:\w+ )?order\b)|"
    # ... named later in the list of exceptions ("except by a criminal justice agency as provided in subsection (d), or by
    # the person who is the subject of the record"; "but shall remain available ... to prosecutors ..., and to the person")
    r"\b(?:except|save|other than|but (?:shall|may|must) (?:remain|be) (?:available|open|accessible))\b[^.;]{0,200}?,? (?:or|and) "
    r"(?:to |by )?(?:the )?(?:person who is the subject|subject of the "
    r"record|(?:person|individual|child|juvenile|minor|youth) named (?:therein|in (?:it|the record))\b)"
)
"""A bar that leaves out the person ("except to the subject of the record"; "save to the person named therein"), first
or later in its exceptions: no bar on them."""
THE_PERSON = (
    r"(?<=\bthe )(?:person|individual|applicant)\b(?!'s|’s| (?:requesting|making|seeking|submitting|conducting|performing|preparing|"
    r"authori[sz]ed|designated|employ\w*|named by|who (?:requests?|makes?|submits?|seeks?|conducts?|is not)\b))"
)
"""The person the law is about, named as "the person" after "to": a record handed "to the person upon request" is
handed to the one it concerns (not "to the person requesting it", who may be anyone)."""

_WITHOUT_ORDER = (
    r"(?:"
    + NO_ORDER
    + r"|\bwithout (?:a |an |the |any )?(?:further |prior |separate )?(?:order|leave|motion|petition))"
)
"""No order needed, in the vocabulary's words for it, or with the order named bare ("without further order")."""
UNLESS_PROVISO = (
    r"^(?!.*(?:\b(?:provided,? (?:however,? |further,? )?that|except (?:that|by|to))|[;,] but)\b(?:[^.]{0,240}\b(?:person|individual|petitioner|defendant|subject)\b[^.]{0,200}"
    r"(?:" + _WITHOUT_ORDER + r"|\bno (?:order|leave|motion|petition)\b[^.]{0,40}\b"
    r"(?:shall be|is|be) required)|[^.]{0,200}"
    + _WITHOUT_ORDER
    + r"[^.]{0,120}\bto (?:the |that )?(?:person|individual|subject|petitioner|"
    r"defendant)\b)|.*\b(?:(?:information|matter|material|portions?|parts?|names?|details?) so (?:redacted|withheld|deleted|"
    r"excised|removed|omitted)|redacted (?:information|matter|material|portions?|parts?|names?))\b).*"
)
"""The start of a veto that holds unless a proviso or an exception ("except by ..., or by the person ... without an order
of the court"; "...; but the person to whom such record relates shall be entitled, ... without application to any court")
lets the person in without the court's order, or the order is needed only for what was cut from the person's copy ("the
clerk shall furnish to that person, without a court order, a complete copy ..., after redacting from it the name ... of
every victim; and the information so redacted shall not be disclosed ... except upon an order of the court")."""

ONLY_BY_LAWYER = (
    r"\bonly (?:to|by) (?:the |an? )?(?:attorney|counsel|lawyer|representative)s? (?:who represents?|representing|for|of) (?:the )?"
    r"(?:petitioner|defendant|person|individual|juvenile|child|subject)\b"
)
"""Records open only to the person's lawyer ("may be examined only by the attorney who represents the petitioner"):
the person named as the one the lawyer acts for, not as one who may see them."""
AT_DISCRETION = (
    r"\bmay,? (?:in (?:the |its |his or her |their |his |her )?(?:[\w-]+'s )?(?:sole |absolute |unreviewable )?discretion|if (?:it|he|"
    r"she|the \w+) (?:so )?(?:chooses|wishes|sees fit)|as (?:it|the \w+) sees fit)\b[^.;,]{0,60},? (?:\w+ ){0,3}?(?:provide|release|give|"
    r"furnish|disclose|make available)"
)
"""A grant left to an official's choice ("The clerk of court may, in the clerk's discretion and without an order of
the court, provide the individual ... a copy"): a route the person cannot count on."""


PROVISO_GATE = (
    r"^\W*provided,? (?:however|further)?,? that\b[^.]{0,200}\b(?:approv\w*|authori[sz]\w*|order\w*|permi\w*) (?:by|of) (?:the |a )?"
    r"(?:\w+ )?(?:judge|court)\b"
)
"""A proviso that follows a grant and puts the judge's approval in its way ("The clerk shall make a sealed record available
to the petitioner upon request: Provided, however, That every such request shall be presented to and approved by the
judge who ordered the sealing")."""
PROVISO_GATE_HERE = (
    r"\bprovided,? (?:however|further)?,? that\b[^.]{0,200}\bonly (?:upon|on|with|after) (?:an? |the )?(?:written )?(?:order|approval|permission|"
    r"leave)\b[^.;]{0,30}\b(?:judge|court)\b"
)
"""... or in the grant's own sentence ("...; provided, however, that the clerk shall release such records ... only upon
the written order of a judge"). ``ruleset._vetoed`` adds both to every grant of the person's own access."""


def with_others_vetoed(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The rules with the vetoes every rule of the person's own access carries: no grant reads present in a sentence
    whose actor is the person's lawyer or parent, or an agency that sees the record itself (the partial rules read the
    first), nor one that leaves the giving to an official's discretion; no grant at all in one whose actor is the
    victim. (A proviso that holds a grant to the judge's approval vetoes every grant: ``ruleset._vetoed``.)"""
    return tuple(
        replace(rule, unless=(*rule.unless, AGENT_ACTS, AGENCY_SEES, VICTIM_ACTS, AT_DISCRETION))
        if rule.strength == "present"
        else replace(rule, unless=(*rule.unless, VICTIM_ACTS))
        if rule.strength == "partial"
        else rule
        for rule in rules
    )


OTHER_REQUESTER = (
    r"\bin response to (?:a |any |an )?(?:\w+ )?requests? (?:from|by|of) (?:a |an |any |the )?(?:\w+ )?(?:federal|immigration|"
    r"law enforcement|police|state|local|government\w*|other)\b|"
    # ... a bar on the other defendants in a joint case ("no other defendant in the case ... shall be furnished any portion
    # of the sealed record that relates solely to the person"), or a court's order needed by an agency named before
    # ("a law enforcement agency considering an applicant ..., which may obtain the sealed record only upon order")
    r"\bno other (?:co-?)?defendants?\b|\b(?:or|and) (?:any )?other third[- ]part(?:y|ies)\b[^.;]{0,20}\b(?:shall|may|must|can)\b|\b(?:agenc(?:y|ies)|employers?|authorit(?:y|ies)|departments?)\b[^.;]{0,120}, which may "
    r"(?:obtain|inspect|access|see|receive)\b[^.;]{0,40}\bonly\b|"
    # ... or a bar on giving immigration agents what the agency holds ("are prohibited from providing any information
    # obtained regarding an individual to ICE without a warrant")
    r"\b(?:prohibit\w*|barred|restricted) from (?:providing|sharing|disclosing|releasing|giving)\b[^.;]{0,80}\bto (?:ice\b|immigration and "
    r"customs enforcement|(?:the )?(?:united states )?department of homeland security|federal immigration)|\bprovides? (?:the )?(?:united states )?(?:department of homeland security|immigration and customs enforcement|customs and border protection)\b"
)
"""A bar on releasing records to another requester ("shall not release a sealed case file ... in response to a request
from any federal agency ..., unless the request is accompanied by a warrant"): not the person's own access."""
_REQUESTERS = r"(?:crime )?(?:victims?|employers?|landlords?|researchers?|(?:news )?media|insurers?)\b"
_OTHERS = (
    r"(?:"
    + _REQUESTERS
    + r"|(?:law enforcement|criminal justice|licensing|prosecut\w*|state|local|federal|immigration) "
    r"(?:agenc(?:y|ies)|officers?|officials?|boards?)|prosecut\w*|ice|immigration and customs enforcement|homeland security)\b"
)
_OTHER_ASKS = (
    r"(?:\(\w{1,4}\)\s*)*(?:the |a |an |any |no )?"
    + _REQUESTERS
    + r"[^.;]{0,40}\b(?:may|shall|must|can)(?: not)? (?:\w+ )?"
    r"(?:inspect|obtain|access|see|ask|request|review|view|copy|examine|receive)\b"
)
_OTHER_NAMED = (
    r".*\b(?:not|no)\b[^.;]{0,40}\b(?:inspect\w*|access\w*|disclos\w*|releas\w*|open\w*|available|furnish\w*|provid\w*|shar\w*)\b"
    r"(?:(?!\b(?:except|other than|only|unless|but|save)\b)[^.;]){0,30}\b(?:by|to|with) (?:any |a |an |the )?"
)
_OR_ANYONE = r"(?! or (?:to )?(?:any |an? )?(?:other )?(?:persons?|individuals?|entit))"
OTHER_BARRED = (
    r"^(?!.*\b(?:" + OWNER + r"))(?:" + _OTHER_ASKS + "|" + _OTHER_NAMED + _OTHERS + _OR_ANYONE + ")"
)
"""A bar whose only requester is someone other than the person, as the one who asks ("A victim may not
inspect the sealed record except by order of the court"; not an agency that holds the record and may not
release it) or as the one it names ("shall not be open to inspection by any law enforcement agency except by
order of the court"): not the person's own access, unless the sentence names the person too."""
