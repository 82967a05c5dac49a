"""What a savings clause keeps open ("nothing in this section prohibits ... sharing with federal immigration
authorities"), and what it only seems to: the words the federal-records rules read savings clauses with."""

from __future__ import annotations

from ..vocabulary import IMMIGRATION, SAVING, SHARE

SAVES_SHARING = SAVING + r"[^.]{0,240}(?:" + SHARE + r")[^.]{0,160}(?:" + IMMIGRATION + r")"
"""A savings clause that keeps sharing with immigration authorities open ("nothing in this section prohibits ... from
sending to, or receiving from, federal immigration authorities ...")."""

STATUS_SAVING = (
    r"^(?!.*\b(?:(?:shall|may|must) not|no\b[^.;]{0,80}\b(?:shall|may)) (?:\w+,? ){0,3}?(?:prohibit|restrict|limit|prevent)\w*)"
    r"(?!.*\b(?:polic(?:y|ies)|ordinances?|rules?|laws?|resolutions?)\b[^.;]{0,30}\b(?:that|which)\b[^.;]{0,20}\b(?:limits?|prohibits?|"
    r"restricts?))"
    r"(?!.*\b(?:criminal (?:history|records?|justice information)|records?\b|release dates?|personal (?:identifying )?"
    r"information|databases?|fingerprints?|address(?:es)?\b|custody)).*\b(?:citizenship or immigration status|"
    r"immigration or citizenship status|immigration status|"
    # ... in other words ("information about whether a particular individual is a citizen of the United States or is
    # lawfully present in it")
    r"(?:whether|if) (?:a |an |the |any )?(?:particular )?(?:person|individual)\b[^.;]{0,40}\b(?:is|was) (?:a |an )?(?:united states )?"
    r"(?:citizen|national)\b[^.;]{0,60}\blawfully present|lawful (?:presence|immigration status))\b"
)
"""The saving 8 U.S.C. § 1373 asks of a trust act ("nothing in this section prohibits ... sending to, or receiving
from, federal immigration authorities information regarding the citizenship or immigration status ... of an
individual"), for status and nothing else. A ban on local limits to that sharing ("A local governmental entity shall
not prohibit ..."; "shall not enact ... any policy that prohibits ...") is no saving."""

OWN_DISCLOSURE = (
    r"\b(?:prohibit|restrict|limit|prevent|bar)\w* (?:a|the|any) (?:person|individual|petitioner|defendant|applicant)\b[^.;]{0,100}?"
    r"\bfrom (?:disclos|shar|provid|giv|submit|reveal|report)\w*"
)
"""A saving that leaves the person free to pass on their own record ("Nothing in this section prohibits a person whose
record has been sealed from disclosing the record ... to an agency of the United States"): no sharing by the state."""

SAVED_APART = (
    # a ban on stopping a person from getting records about themselves is not about immigration sharing
    r"(?:(?:shall|may) not (?:\w+ )?|\bnothing\b[^.;]{0,40}\b)(?:prohibit|restrict|limit|prevent)\w*[^.;]{0,40}\b(?:person|individual)\b"
    r"(?:[^.;]{0,60}\b(?:own|about (?:the person|himself|herself|themselves))\b|"
    r"[^.;]{0,60}\bfrom (?:obtain|request|receiv|inspect|view|get|see)\w*\b[^.;]{0,200}\b(?:own|about (?:the person|himself|herself|themselves))\b)",
    OWN_DISCLOSURE,
    # a clause that requires nothing, or spares the person from stating a status, keeps no sharing open
    r"\bnothing\b[^.;]{0,40}\brequires?\b[^.;]{0,60}\b(?:inquir|ask|determin|verif|collect)\w*",
    r"\b(?:shall|may|must) not be (?:required|compelled|asked) to (?:disclose|state|reveal|provide)\b|"
    r"\b(?:construed to require|requires?) (?:the |a |any )?(?:defendant|person|individual|applicant)\b[^.;]{0,20}\bto (?:disclose|state|reveal)\b|"
    r"\bno (?:defendant|person|individual|applicant|witness)\b[^.;]{0,30}\b(?:shall|may|must) be (?:required|compelled|asked) to (?:disclose|state|reveal|provide)\b",
    # immigration named only as what the saving leaves out
    r"\b(?:other than|except (?:for )?|excluding|not including|unrelated to|not related to)\b[^.;]{0,80}(?:"
    + IMMIGRATION
    + r")",
    # information given back to the person it is about
    r"\bto (?:that|the) (?:same|very) (?:individual|person)\b|\bto the (?:individual|person) "
    r"(?:himself|herself|themselves|concerned)\b",
    # compliance with a judge's warrant kept open, an immigration officer's paper named only as no such warrant
    # ("shall not prohibit compliance with a warrant issued by a judge; provided, however, that an administrative
    # warrant ... issued by ... the Department of Homeland Security shall not be deemed a warrant issued by a judge")
    r"^(?=.*\bcompl\w* with (?:a |an |any )?(?:valid )?(?:judicial warrant|warrant (?:issued|signed) by (?:a |the )?(?:judge|court|"
    r"judicial officer)|(?:court|judicial) order)s?\b)(?!.*(?:"
    + IMMIGRATION
    + r")(?![^.;]*\b(?:shall not be|is not|are not|does "
    r"not|do not) (?:deemed|considered|treated as|constitute)\b))",
    # joint work against crime kept open, with no word of records or information ("Participating in cross-designation,
    # task force, deconfliction, or other cooperative efforts with federal law enforcement authorities, including ...
    # immigration and customs enforcement, when such efforts are directed at suspected criminal activity")
    r"^(?!.*\b(?:information|records?|data|databases?|files?|fingerprints?|status|identit\w*|release dates?)\b)"
    r".*\b(?:task forces?|cooperative efforts?|joint (?:operations?|investigations?)|cross-designation)\b[^.;]{0,240}"
    r"\bcriminal (?:activity|activities|investigations?|conduct|enterprises?|organizations?)\b",
)
"""What a savings clause keeps open that is no sharing with immigration authorities: a person's own records, no
duty to ask, immigration named only as left out, information given back to the person it is about, a judge's warrant
obeyed, joint work against crime that names no records."""

NOT_REQUIRED_TO_SEND = (
    r"\b(?:nothing|not)\b[^.;]{0,60}\b(?:requires?|obligates?|compels?|mandates?|be required)\b[^.;]{0,60}\bto (?:transmit|send|"
    r"forward|report|provide|furnish|disclose|share|release|submit)\b"
)
"""A duty not laid ("Nothing in this chapter requires the state patrol to transmit a record of a vacated conviction to
any federal agency"): it keeps no sharing open."""

PERSON_MAY = (
    r"^(?:\(\w{1,4}\)\s*)*(?:notwithstanding [^,]{0,60}, )?(?:the |a |an |any )?(?:person|individual|petitioner|defendant|applicant|subject)\b"
    r"(?:(?!\bagenc|\bofficer|\bofficial)[^.;]){0,60}\bmay\b"
)
"""The person handing over, or getting for their own use, their own record ("the person who is the subject of a sealed
record may obtain a certified copy ... needed: (a) for ... a proceeding before ... a federal immigration authority"):
no sharing by the state."""
NOTHING_PERMITS = r"\bnothing in this\b[^.;]{0,40}\b(?:authoriz|permit|allow|empower)"
"""A disclaimer of leave to share ("Nothing in this section permits an agency to transmit a sealed record ... to a federal
immigration authority"), which limits sharing."""
OVERSIGHT_REPORT = (
    r"\breport\w*\b[^.;]{0,30}\bto (?:the )?(?:\w+ ){0,3}(?:board|legislature|general assembly|council|committee|commission|"
    r"governor|attorney general|public|mayor|auditor)\b[^.;]{0,40}\b(?:on|regarding|concerning|about|of) (?:every|each|all|any|the)\b"
)
"""A report to an oversight body about what immigration authorities asked for ("shall report annually to the Board on
every request for information received from a federal immigration authority"): the records go nowhere."""
