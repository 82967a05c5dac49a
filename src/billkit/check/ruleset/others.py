"""Ways into cleared records that are someone else's, not the person's: a third party's copy, an agency or a court
that sees the record itself, officials or researchers who see it without the court's order, the victim's access,
and a record of another kind. Each vetoes a rule that would read a grant to the person the record is about."""

from __future__ import annotations

from ..vocabulary import PERSON

THIRD_PARTY_COPY = (
    r"\b(?:employers?|landlords?|licensing (?:boards?|authorit\w+|agenc\w+)|insurers?|creditors?|consumer reporting agenc\w+)\b"
    r"[^.;]{0,160}\b(?:give|provide|furnish|send|mail|deliver)\w* (?:to )?(?:the )?" + PERSON
)
"""A copy a third party that got the record must hand over ("An employer that receives a sealed record ... shall give
the person a copy of the record before taking any adverse action"): no way in of the person's own."""


AGENCY_SEES = (
    r"(?:^|\. )(?:\(\w{1,4}\)\s*)*(?:notwithstanding [^,.;]{0,80}, )?(?:an?|the|any) (?!following\b)(?:[\w-]+ ){0,3}(?:agency|agencies|department|"
    r"officers?|officials?|prosecutor|clerk|office of the (?:\w+ ){0,2}attorney|(?:prosecuting|district|state's) attorney)\b"
    r"[^.;]{0,100}\bmay(?:,[^,.;]{0,60},)? (?:\w+ ){0,4}(?:inspect|examine|review|obtain|access|see|copy|consult|view|use)"
    # (unless the same agency must also hand the record to the person, or the sentence goes on to let the person in: "...,
    # except that a criminal justice agency may obtain them ..., and the person who is the subject of a record may obtain a
    # copy of it")
    r"(?![^.;]*\b(?:furnish|provide|give|send|mail|deliver|release|disclose)\w*\b[^.;]{0,60}\bto (?:the )?"
    r"(?:person|individual|subject|petitioner|defendant|record subject)\b)"
    r"(?![^.;]*,? (?:and|but) (?:the |a )?(?:person|individual|subject|petitioner|defendant|applicant)\b[^.;]{0,80}\bmay (?:\w+ ){0,3}"
    r"(?:inspect|obtain|review|see|copy|access|receive)\b)|"
    # or someone described by the task they do, not the person the record is about ("the person preparing the report
    # may, notwithstanding the provisions of KRS 431.073, access the expunged record")
    r"(?:^|\. )(?:\(\w{1,4}\)\s*)*(?:(?:if|when|where)\b[^,;.]{0,120},\s*)?(?:the |a |an |any )?(?:persons?|individuals?) "
    r"(?:preparing|conducting|compiling|processing|administering|performing|making the (?:report|certification|determination|"
    r"investigation))\b(?![^.;]{0,40}\bown\b)[^.;]{0,100}\bmay\b|"
    # or a court that may, at its discretion, let anyone see it, or let the person see it by its order ("the court may
    # enter an order permitting the movant to inspect the sealed record"): access by the court's leave, no grant
    r"\b(?:court|judge)\b,? may(?:,[^,.;]{0,100},)? (?:allow|permit|authorize)\b[^.;]{0,20}\bany person\b|"
    r"(?:^|\. )(?:\(\w{1,4}\)\s*)*(?:[^.;]{0,80},\s*)?(?:the |a |any )?(?:court|judge)\b,? may(?:,[^,.;]{0,100},)? "
    r"(?:(?:enter|issue|make|grant) an order |order\b[^.;]{0,20}?)(?:allow|permit|authoriz)\w*\b[^.;]{0,30}\b(?:person|movant|"
    r"petitioner|applicant|individual|subject|defendant)\b"
)
"""A sentence whose actor is not the person the record is about: an agency that sees the record itself ("An authorized
agency that has custody of a child ... may inspect the record of investigation in that child's case") and does not
also hand it to the person (not the lead of a list, "The following persons and agencies ... may inspect:"); someone named by a task ("the person preparing the report"); or a court that may let the
person in by its own order ("the court may enter an order permitting the movant to inspect"). No grant to the person
the record is about."""


VICTIM_ACTS = (
    r"^(?:\(\w{1,4}\)\s*)*(?:(?:upon|on|after|if|when|once|notwithstanding)\b[^,;.]{0,60},\s*)?(?:the |a |any )?(?:crime )?victims?\b|"
    r"^(?:[^.;]{0,80}\.\s+)?(?:\(\w{1,4}\)\s*)*(?:upon|on) (?:the )?(?:written )?(?:motion|petition|request|application) (?:by|of) "
    r"(?:the |a )?victim"
)
"""A sentence whose subject is the victim ("(b) Upon request, the victim ... may obtain from the clerk a copy of the
order"), or that opens on the victim's motion ("Upon written motion by the victim ..., the family court may ... divulge
the name and address of the juvenile"): the victim's access, not the person's."""


OTHER_KIND = (
    r"^(?!.*\b(?:sealed|expunged|criminal|conviction|arrest|cleared|set[- ]aside|restricted|nondisclos\w*) (?:\w+ )?(?:records?|files?)\b)"
    r".*\b(?:health|medical|mental health|dental|treatment|school|educational|student|personnel|employment|tax|financial|credit) "
    r"(?:records?|files?|information)\b"
)
"""A record of another kind the person may see (a health, school or tax record), not the cleared criminal record."""


OFFICIALS_SEE = (
    r"^(?!.*\b(?:to|by) (?:the |that )?(?:person|individual|subject|petitioner|defendant|child|juvenile|minor|youth)\b(?! (?:in|of)\b)"
    r"|.*\b(?:person|individual|applicant|petitioner|defendant|subject of the record)\b[^.;]{0,80}\b(?:may|from) (?:\w+ ){0,2}(?:inspect|"
    r"obtain|see|review|examin|cop(?:y|ies))\w*(?![^.;]{0,40}\bonly (?:upon|by|with|on|after) )|.*(?:^|[:.]\s*)(?:\(?\w{1,4}[.)]\s*)+(?:the )?(?:person|individual|subject|petitioner|defendant|child|juvenile|minor|"
    r"youth)\b).*(?:\b(?:available|accessible|open|disclos\w*|releas\w*|furnish\w*)\b[^.;]{0,60}\bto:?\s*(?:…\s*)?(?:\(\w{1,4}\)\s*)*"
    r"(?:an? |the |any )?(?:[\w-]+ ){0,2}"
    r"(?:prosecut\w*|law enforcement|criminal justice|federal|courts?|agenc\w*|department|researchers?|staff)\b(?! order)|"
    r"(?:^|[.;:]\s*|\b(?:the|an?|any|each|every|such) )(?:[\w-]+ ){0,2}(?:prosecut\w*|agenc(?:y|ies)|courts?|staff|researchers?|department|"
    r"organi[sz]ations?)(?:'s)?\b[^.;,]{0,30}\b(?:may|from)\b"
    r"[^.;]{0,20}\b(?:obtain|examin|inspect|us|review|access)\w*)"
)
"""Access without the court's order that officials, researchers or a court have, the person named only as whom the
record concerns ("A record sealed under this section remains available to a prosecuting attorney, without order of
court, for ... determining whether the person is eligible for pretrial diversion"; an item of a list, "... remains available,
without a court order, to: ... (b) a court imposing sentence on the person"): no way in of the person's own."""
ONLY_BY_LEAVE = (
    r"\b(?:person|individual|subject|petitioner|defendant|child|juvenile)\b[^.;]{0,140}\b(?:may|shall be (?:permitted|allowed) to)\b(?! be\b)"
    r"[^.;]{0,120}\bonly (?:upon|by|with|on|after|pursuant to) (?:an? |the )?(?:(?:filing|entry|making) of (?:an? |the )?)?"
    r"(?:written |verified )?(?:order|petition|motion|leave|application)\b"
)
"""The person let in only by the court's leave ("Provided, however, That the person who is the subject of the records
may inspect the same only upon an order of the district court"): no way in of the person's own."""
COUNSEL_BEFORE_IMMIGRATION = (
    r"^\W*(?:\(\w{1,4}\)\s*|\d{1,3}\.\s*)*(?:an? |the |any )?(?:attorney|counsel|lawyer|representative)s?\b[^.;]{0,320}\b(?:before|in|from) (?:a |an |the |any )?"
    r"(?:federal )?immigration (?:agenc(?:y|ies)|courts?|judges?|proceedings?|consequences?)\b"
)
"""The person's lawyer, who may see or use the record in a case "before a federal immigration agency or court" or for
"relief from an immigration consequence": the agency is where the case is heard, not a recipient of the record, and
nothing is said about immigration to anyone."""
