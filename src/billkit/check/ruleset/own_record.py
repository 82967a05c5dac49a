"""The ways bills say the person may see or get their own cleared record: one pattern, read by the rule in
:mod:`.records` that finds own-record access present (with relief named in the sentence or the next)."""

from __future__ import annotations

from ..vocabulary import OWN_RECORD, OWNER, PERSON, SAVING, SEE

_COPY_OF_RECORD = (
    r"(?:certified |complete |full |true )?cop(?:y|ies) of (?:every |any |each |all |the |such |that |his |her |their )?"
    r"(?:[\w-]+ ){0,3}(?:documents?|records?|files?|papers)\b"
)
"""A copy of the record itself (of "every document in the record", "any document in the sealed record"), not of
the order alone."""
REACHED = (
    PERSON
    + r"[^.;]{0,20}?\b(?:shall|may|must) not be (?:denied|refused) (?:access to |a copy of |inspection of )?"
    + OWN_RECORD
    + r"|"
    # (a record closed "except that the applicant may at any time obtain a copy of it")
    r"\b(?:records?|files?)\b[^.;]{0,120}\b(?:sealed|expunged|closed|confidential)\b[^.;]{0,40}\bexcept that (?:the )?"
    + PERSON
    + r"\b[^.;]{0,40}\b(?:may|shall be (?:permitted|allowed|entitled) to)\b[^.;]{0,40}\b(?:obtain|receive|inspect)\w* (?:an? |one )?"
    r"(?:certified |true )?(?:cop(?:y|ies) of )?(?:it|them)\b|"
    # (the record the object, the person the agent: "Closed records may be inspected by the petitioner upon written request")
    r"\b(?:records?|files?)\b[^.;]{0,40}\b(?:may|shall|can) be (?:inspected|examined|viewed|reviewed|copied) by (?:the )?(?:"
    + OWNER
    + r")|"
    # (in the passive: "access to the record shall not be denied to the person to whom it relates")
    r"\b(?:access|inspection|a copy|copies)\b[^.;]{0,60}\b(?:shall|may|must) not be (?:denied|refused) to (?:the )?(?:"
    + OWNER
    + r")|"
    # (the person, or the person whose relief a long clause describes: "An individual whose conviction has been vacated
    # under RCW 9.96.060 or 9.94A.640, or whose record has been sealed under GR 15, may obtain ...")
    + PERSON
    + r"(?:[^.;]{0,80}?|\s+(?:whose|who)\b[^.;:]{0,160}?)\b(?:may|can|(?:is|are|(?:shall|must)(?: at all times| always)? be) (?:entitled|permitted|allowed)"
    r"(?:,[^,.;]{0,120},| without (?:charge|cost|a fee|any fee))? to|"
    r"(?:has|have|retains?|keeps?|shall have|shall retain|shall keep) (?:the right|a right|access)(?: to)?)"
    # (a condition set off by commas: "may, upon presenting government-issued photo identification ..., personally review")
    r"(?:,[^,.;]{0,120},)?(?!\s+not\b)[^.;]{0,40}?\b"
    + SEE
    + r"\b(?:,? (?:and|or|and/or) "
    + SEE
    + r"(?: (?:a |certified )?cop(?:y|ies) of)?)?"
    # (not a file another body keeps about something else: "may ... inspect and copy the board's file concerning the
    # application")
    r"(?:(?!confirmation|notice|notif|certificate|statement|letter|determination|\bwhether\b|\bthat\b|\border)[^.;]){0,140}?\s"
    + "".join(f"(?<!{body}'s )" for body in ("board", "commission", "employer", "landlord", "insurer"))
    + OWN_RECORD
    + r"|"
    # (the person named among those the records stay open to, with a way of their own: "shall thereafter be available only
    # to the person, who may obtain them from the clerk upon request"; "open for inspection only by the person or the
    # person's counsel")
    r"\b(?:open|available|accessible)\b[^.;]{0,60}\b(?:to|by) (?:the )?(?:person|applicant|petitioner|defendant|individual)\b,? "
    r"who may (?:obtain|inspect|copy|review|receive|examine)\b|"
    r"\b(?:open|available|accessible) (?:for (?:inspection|review) )?only (?:to|by) the (?:person|applicant|petitioner|defendant|"
    r"individual) (?:or|and) (?:the (?:person|applicant|petitioner|defendant|individual)['\u2019]s|his or her|his|her|their) "
    r"(?:counsel|attorney|lawyer)\b|"
    # (the order and the file's documents together: "may ... obtain from the clerk a certified copy of the order and of any
    # document in the expunged file")
    + PERSON
    + r"[^.;]{0,80}?\b(?:may|(?:is|are|shall be) entitled to)\b[^.;]{0,60}?\b(?:obtain|receive|request|get)\b[^.;]{0,40}\bcop(?:y|ies) "
    r"of the (?:\w+ )?order and (?:of )?(?:any|every|each|all|the) (?:documents?|records?|papers)\b|"
    # ("A juvenile, the juvenile's parents, and the attorney for either shall, on request, be given access to the official
    # juvenile court file")
    + PERSON
    + r"[^.;]{0,60}?\b(?:has|have|shall have|retains?|shall retain|(?:is|are|shall(?:,[^,.;]{0,60},)? be) "
    r"(?:entitled|given|granted|afforded)) "
    r"(?:full |continued |free )?access to\b[^.;]{0,20}?\s" + OWN_RECORD + r"|"
    # (the person the only one a bar leaves out: "No person other than the individual who is the subject of the record
    # shall have access to a record sealed under this section")
    r"\bno (?:\w+ )?(?:person|one|individual)s? (?:other than|except|but|save) (?:the )?(?:"
    + OWNER
    + r")[^.;]{0,120}?"
    r"\b(?:shall|may) (?:have access to|inspect|see|obtain|examine|review)\b|"
    # ("The department shall grant access to a person's own ... information to the person who is the subject of the
    # information")
    r"\b(?:shall|must|may) (?:grant|give|provide|allow) access to\b[^.;]{0,80}\bto (?:the )?(?:"
    + OWNER
    + r")|"
    r"\b(?:disclose|release|provide|furnish|give|send|mail|deliver)\w*(?:,[^,.;]{0,40},)? (?:the |a |any |such |that )?"
    r"(?:\w+ ){0,3}(?:records?|files?) (?:(?!relat|pertain|refer|belong|regard|concern)\w+ ){0,4}?to (?:the )?(?:"
    + OWNER
    + "|"
    + PERSON
    + r")|"
    r"\b(?:permit|allow|enable|let)\w* (?:the |that |such |an? |any |each |every )?"
    + PERSON
    # (not the person's parent: "may permit the juvenile's parent, guardian or legal custodian to inspect the file")
    # (however long the person's description and what the person must do first: "shall permit an individual who is, or
    # who believes that he or she may be, the subject of a criminal record ... to appear in person ... and, upon proof of
    # identity, to inspect")
    + r"(?!['\u2019]s\b)[^.;]{0,240}?\bto "
    + SEE
    # (the record the person's own however far off: "to view and print through a secure online portal the individual's
    # own criminal history")
    + r"\b(?:[^.;]{0,10}?|[^.;]{0,80}?(?=\s(?:his|her|their|his or her|the \w+['\u2019]s) own\b))\s"
    + OWN_RECORD
    + r"|"
    # copies of the court file's parts ("shall ... issue to the person a certified copy of the complaint, plea, judgment")
    # (or a list of them after a time limit: "shall furnish that individual, within ten business days, a complete copy of the
    # set-aside judgment, the complaint, the docket sheet and the order")
    r"\b(?:issue|provide|furnish|give|deliver|send|mail)\w* (?:to )?(?:the |that |such )?"
    + PERSON
    + r"(?:,[^,.;]{0,60},)?[^.;]{0,20}?\b"
    r"(?:an? )?(?:certified |true |complete |full )?cop(?:y|ies) of (?:the )?(?:[^.;]{0,60}?\b)?(?:complaint|charging document|indictment|"
    r"docket|plea|court file|case file)\b|"
    r"\b(?:provide|furnish|give|send|mail|deliver|release|disclose|offer)\w*\b (?:to )?(?:the |that |such |an? )?"
    + PERSON
    # the person's record handed to someone else ("shall provide the person's fingerprints and criminal history
    # record to United States Immigration and Customs Enforcement") is no grant to them
    # (a parenthesis between: "shall forthwith furnish to such person, or to an attorney designated by such person in
    # writing, a copy of such record")
    # (not the person described as one who may ask for relief: "give the defendant eligible to have his criminal
    # justice records sealed the option of ... moving")
    + r"(?!\s+whose\b)(?!'s\b)(?:,[^,.;]{0,80},)?(?:(?!\b(?:eligible|entitled|notice|notification|letter|statement|confirmation)\b|\bto (?:have|be|move|petition|apply|seek|file)\b)[^.;]){0,20}?\b(?:with )?"
    # (not the court's record the words are said on: "shall give the defendant, on the record, the following advisement")
    + r"(?<!\bon )(?<!\bon the )(?!on (?:the )?record\b)"
    + OWN_RECORD
    + r"|"
    # ... or to the person the relief was for ("shall furnish to the person whose conviction was set aside a complete
    # copy of the set-aside record")
    r"\b(?:provide|furnish|give|send|mail|deliver|release|disclose)\w* to (?:the )?(?:"
    + OWNER
    + r")(?:(?!\b(?:notice|notification|letter|statement|confirmation|certificate)\b)[^.;]){0,60}?\s"
    + OWN_RECORD
    + r"|"
    r"\b(?:records?|files?|information)\b[^.;]{0,60}\b(?:open|available|accessible) (?:for |to )?(?:inspection |examination |review |copying )?"
    r"(?:by|to) (?:the )?" + PERSON + r"|"
    r"\bmake\w* (?:an? |the )?(?:cop(?:y|ies) of )?[^.;]{0,40}\b(?:records?|files?)\b[^.;]{0,20}\bavailable to (?:the )?"
    + PERSON
    + r"|"
    + SAVING
    + r"[^.;]{0,100}\b"
    + PERSON
    + r"[^.;]{0,60}\bfrom (?:\w+ing )?(?:(?:and|or) )?"
    + SEE
    + r"\b[^.;]{0,100}?\s"
    + OWN_RECORD
    + r"|"
    # released to the person, or the person given the records
    r"\b(?:records?|files?|information)\b[^.;]{0,40}\b(?:shall|must|may) be (?:released|disclosed|provided|furnished|given|made available)\b"
    r"[^.;]{0,40}\bto (?:the )?(?:"
    + OWNER
    + "|"
    + PERSON
    + r")|"
    + PERSON
    + r"[^.;]{0,80}?\b(?:shall|must|may) be (?:provided|given|furnished|sent)\b(?: with)?[^.;]{0,20}?\s"
    + OWN_RECORD
    + r"|"
    # (not "as provided in the agreement or as agreed to by all parties, the court may: ... (a) the defendant"; nor an
    # item that says what befell the person, "the advice given to the movant; (3) the movant was misinformed")
    r"(?<!\bas )\b(?:release|disclose|provide|furnish|make available|give)\w*\b(?! (?:in|by|for|under|that)\b)[^.]{0,60}\bto\b"
    r"[^.]{0,250}?\(\w{1,4}\)\s*(?:the )?(?:"
    + OWNER
    + r")(?!\s+(?:was|were|is|are|had|has|did)\b)|"
    # ("The act provides that a defendant's and a district attorney's access to sealed records do not require a court order")
    + PERSON
    + r"'s(?:,? (?:and|or) (?:an? |the )?(?:[\w-]+ ){0,3}?[\w-]+'s)? (?:own )?access (?:to )?[^.;]{0,60}\b(?:does|do|shall|will) not require\b[^.;]{0,30}\b(?:court order|order of (?:a |the )?court|"
    r"petition|motion)(?![^.;]*\b(?:if|unless|provided|only|limited to|subject to)\b)|"
    # (the person last in a series of recipients: "shall furnish it, upon request, to any criminal justice agency ..., and to
    # the person who is the subject of the record upon presentation of ... identification")
    r"\b(?:release|disclose|provide|furnish|give|send|deliver|make available)\w*\b(?! (?:in|by|for|under|that)\b)"
    r"(?:(?!confirmation|notice|notif|certificate|letter|statement)[^.;]){0,60}\bto\b"
    r"[^.;]{0,200}?,? (?:and|or) to (?:the )?(?:" + OWNER + r")|"
    # (the record called "it": "The person who is the subject of an expunged or sealed record may obtain a certified copy of it")
    r"(?:"
    + OWNER
    + r")[^.;]{0,80}?\b(?:may|(?:is|are|shall be) entitled to)\b[^.;]{0,20}\b"
    + SEE
    + r"\b[^.;]{0,20}\bcop(?:y|ies) of (?:it|them)\b|"
    # ("No order under subdivision (A) shall be required for inspection by the petitioner on whose application the record
    # was sealed")
    r"\bno (?:court )?order\b[^.;]{0,60}\b(?:shall be|is|be) (?:required|necessary|needed)\b[^.;]{0,20}\bfor (?:the )?(?:inspection|"
    r"access|copying|review|a copy)\b[^.;]{0,20}\bby (?:the )?(?:" + OWNER + "|" + PERSON + r")|"
    # ("Access by the subject of the record to his or her own expunged record never requires a court order")
    r"\baccess (?:by|of) (?:the |an? )?"
    + PERSON
    + r"\b[^.;]{0,80}\b(?:(?:does|do|shall|will) not|never|no longer) requires?\b[^.;]{0,30}\b(?:court order|order of (?:a |the )?court|"
    r"petition|motion)(?![^.;]*\b(?:if|unless|provided|only|limited to|subject to)\b)|"
    # a savings clause or an exception that keeps the records open to the person
    r"(?:"
    + SAVING
    + r"|(?:does|do|shall|will) not (?:\w+ )?(?:prohibit|prevent|limit|restrict|bar|preclude)\w*)\b[^.;]{0,80}\b"
    r"(?:(?:releas|disclos|provid|furnish|giv)\w*[^.;]{0,60}\bto (?:the )?(?:"
    + OWNER
    + r")|(?:"
    + OWNER
    + "|"
    + PERSON
    + r")[^.;]{0,60}\bto "
    + SEE
    + r"\b)|"
    r"(?:does|shall|do) not apply\b[^.;]{0,60}\b(?:made |submitted )?by (?:the )?(?:" + OWNER + r")|"
    # ("Except as to the person whose record was expunged and that person's counsel, to whom the record shall remain
    # available on written request ..., all records ... shall ... be treated as though they had never existed")
    r"\bexcept (?:as to|for) (?:the )?(?:"
    + OWNER
    + r")[^.;]{0,120}\b(?:remains?|shall remain|(?:shall|to) be|is|are) "
    r"(?:available|accessible|open)\b|"
    r"\b(?:available|accessible|open (?:for|to) inspection|disclosed|released|provided|furnished|given|dissemination|disclosure|release)\s+"
    r"(?:of [^.;]{0,60}?|(?:[\w-]+ ){1,3}?)?only\s+(?:to|by)\b:?"
    r"(?:(?!however|provided|except|\bnot\b|\bmail|\bsend|copy of)[^.]){0,300}?"
    r"(?<!against )(?<!against the )\b(?:the )?(?:" + OWNER + r")|"
    # the copy handed to the person, in the other orders of words ("The clerk shall furnish to a person whose conviction has
    # been set aside ... a copy of every document in the record"; "the clerk shall provide the petitioner with a copy of
    # any document in the sealed record"; "a person who is the subject of such ... records shall be entitled ... to
    # receive a complete copy thereof"; "Access to an expunged record shall be afforded ... to the person named therein")
    r"\b(?:furnish|provide|give|deliver|mail|send)\w*\s+to (?:the |a |that )?(?:"
    + OWNER
    + r")\b(?:(?!\bcop(?:y|ies) of (?:the |an? |each |such )?(?:\w+ )?orders?\b)[^.;]){0,160}?"
    r"\b(?:a |one )?" + _COPY_OF_RECORD + r"|"
    r"\b(?:furnish|provide|supply)\w* (?:the |a |that )?(?:"
    + OWNER
    + r")\b[^.;]{0,40}\bwith (?:a |one )?"
    + _COPY_OF_RECORD
    + r"|"
    r"(?:"
    + OWNER
    + r")\b[^.;]{0,200}?\b(?:shall be|is|are) entitled\b[^.;]{0,120}?\bto (?:receive|obtain|inspect|review|"
    r"examine) (?:a |one |the )?(?:certified |complete |full |true )?(?:cop(?:y|ies)|records?|files?)\b"
    r"(?! of (?:the |an? |each |such |that )?(?:\w+ )?(?:orders?|certificates?|notices?)\b)|"
    r"\baccess to (?:an? |the |any )?(?:\w+ )?records?\b[^.;]{0,80}\b(?:shall|must) be (?:afforded|given|granted|provided)\b[^.;]{0,60}"
    r"\bto (?:the )?(?:" + OWNER + r")|"
    # a bar on disclosing to anyone "other than" those its list names, the person an item of it ("are prohibited from
    # disclosing that information to any person or entity other than: ... (3) the person who is the subject of the order")
    r"\b(?:prohibited from|shall not|may not|must not)\b[^.;]{0,40}\b(?:disclos|releas|provid|furnish|disseminat)\w*\b[^.;]{0,120}"
    r"\bto (?:any|all) (?:other )?(?:persons?|one|individuals?)(?: or entit(?:y|ies))? (?:other than|except)\b:?\s*(?:…\s*)?"
    r"(?:\(\w{1,4}\)\s*)+(?:the )?(?:" + OWNER + r")|"
    # the reader told so, in a form's or a court's plain words ("You may ask the court clerk for a copy of your own sealed
    # record"; "you can see and get a copy of your cleared record")
    r"\byou (?:may|can|have (?:the |a )?right to|are entitled to)\b(?! not\b)(?:(?!\b(?:judge|order|petition|motion)\b|\bcourt\b(?! clerk))[^.;]){0,60}?\b"
    + SEE
    + r"\b"
    r"[^.;]{0,40}?\byour (?:own )?"
    r"(?:[\w-]+ ){0,2}(?:records?|files?|criminal history)\b"
)
"""The person may (or has the right to) inspect the record; an agency shall give the person a copy or let them
see it; the record is open to them; nothing keeps them from getting it."""
