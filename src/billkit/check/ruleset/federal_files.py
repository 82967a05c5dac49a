"""Rules for cleared records in federal files: records sent on to the FBI or a federal index, or given to an
immigration agency by access or agreement, and the duty to have federal copies removed. The rules on what may be
shared with federal or immigration authorities, and on bars and savings, are in :mod:`.federal`."""

from __future__ import annotations

from ..vocabulary import (
    AGENCY,
    CLEARED,
    DENIAL,
    FBI,
    LISTED,
    OPEN_TO_FBI,
    RELIEF,
    SAVING,
    SENT_ON,
)
from .rule import Rule

APPLICANT_CHECK = (
    r"\bfor (?:a |the )?(?:national |federal |fingerprint[- ]based )?(?:criminal (?:history )?(?:record )?|background )"
    r"(?:checks?|searches?)\b"
)
"""Prints an agency sends the FBI to check an applicant ("which the department shall forward to the Federal Bureau
of Investigation for a national criminal history record check"): the FBI answers; no cleared record is sent on."""

RULES: tuple[Rule, ...] = (
    # An immigration agency given access to the state's criminal records ("shall provide the United States Department
    # of Homeland Security and its components with continuous electronic access to the state criminal history
    # repository").
    Rule("federal-records", "against",
         (r"\b(?:shall|may|must)\b[^.;]{0,40}?\b(?:provide|give|grant|allow|permit|afford)\w*\b (?:the |to the )?(?:[\w,]+ ){0,5}?(?:"
          + AGENCY + r")[^.;]{0,80}?\baccess\b[^.;]{0,60}\b(?:records?|repositor\w*|databases?|criminal history|files?|systems?)\b",),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + AGENCY + r")", r"\b(?:not|nothing)\b[^.;]{0,60}\b(?:provide|give|grant|allow|permit)")),
    # ... or is granted it, by an agreement or a statute in the passive ("shall enter into a memorandum of
    # understanding with the United States Department of Homeland Security under which the federal department is
    # granted direct access to the computerized criminal history system").
    Rule("federal-records", "against",
         (r"(?:" + AGENCY + r")[^.;]{0,120}?\b(?:is|are|be|shall be|will be|must be) (?:granted|given|afforded|provided)\b[^.;]{0,20}\baccess\b"
          r"[^.;]{0,60}\b(?:records?|repositor\w*|databases?|criminal history|files?|systems?)\b",),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + AGENCY + r")", r"\bnot (?:be )?(?:granted|given|afforded|provided)\b")),
    # An immigration agency among those a cleared case is sent to ("shall, within ten days, transmit certified copies of
    # the order and of the underlying judgment ... to the arresting agency and to the field office of United States
    # Immigration and Customs Enforcement").
    Rule("federal-records", "against",
         (r"\b(?:shall|must)\b[^.;]{0,40}?\b(?:transmit|send|forward|report|provide|furnish|deliver|mail|disseminate)\w*\b"
          r"[^.;]{0,250}?\bto (?:the )?(?:[\w,]+ ){0,5}?(?:of )?(?:" + AGENCY + r")",
          RELIEF),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + AGENCY + r")", r"\bnot\b[^.;]{0,30}\b(?:transmit|send|forward|report|provide|furnish)",
                 r"\b(?:nothing|none|neither)\b[^.;]{0,120}\b(?:shall|may|must)\b")),
    # Records, cleared convictions among them, furnished when an immigration agency asks ("The department shall furnish
    # a certified abstract of a driver's operating record ... upon request of: ... (3) any federal law enforcement
    # agency, including United States Immigration and Customs Enforcement"; "An abstract ... shall include any conviction
    # ..., whether or not the conviction has been set aside ... or expunged").
    Rule("federal-records", "against",
         (r"\b(?:shall|must|may)\b[^.;]{0,60}?\b(?:furnish|provide|release|disclose|give|send|transmit|make available)\w*\b[^.;]{0,160}?"
          r"\b(?:upon|on|at) (?:the )?(?:written )?requests? of\b" + LISTED + r"{0,300}?(?:" + AGENCY + r")",),
         elsewhere=(r"\b(?:whether or not|even if|regardless of whether|including)\b[^.;]{0,60}\b(?:has|have) been\b[^.;]{0,40}\b" + CLEARED,),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + AGENCY + r")", r"\b(?:judicial )?(?:warrant|subpoena|court order)\b")),
    # Closed records made available to a federal index ("records relating to the arrest, detention ... and disposition of
    # the juvenile shall be made available to the National Instant Criminal Background Check System"): a federal
    # system named as a recipient. Sending the order, or records so that they are removed, is the practice.
    Rule("federal-records", "against",
         (r"\b(?:records?|information|histor(?:y|ies)|dispositions?|fingerprints?)\b[^.;]{0,120}\b(?:shall|must|may) (?:also )?be "
          r"(?:made available|provided|furnished|disclosed|released|transmitted|sent|forwarded|reported) to (?:the )?(?:united states )?" + FBI,
          r"\b(?:juvenile|confidential|delinquen\w*|adjudicat\w*|" + CLEARED + r")\b"),
         unless=(r"\b(?:orders?|notices?|notifications?|requests?)\b[^.;]{0,60}\b(?:shall|must|may) (?:also )?be\b",
                 r"\bfor (?:the purpose of )?(?:removal|deletion|purging|expungement|correction)|\bto (?:remove|delete|purge|expunge|correct)\b")),
    # The cleared case itself sent on to the FBI ("shall forward the fingerprints and final disposition of each
    # sealed case to the Federal Bureau of Investigation"; "its duty to report sealed convictions to the FBI"):
    # the record stays in federal files. Sending the order, a notice or a request to remove it is the practice.
    Rule("federal-records", "against",
         (SENT_ON, r"\b(?:fingerprints?|dispositions?|convictions?|records?|cases?|criminal history)\b[^.;]{0,40}?\b" + CLEARED
          + r"\b|\b" + CLEARED + r" (?:\w+ )?(?:convictions?|records?|cases?|dispositions?|arrests?)\b|"
          r"\b(?:despite|notwithstanding|by reason of|because of) (?:their|its|the|such) (?:sealing|expungement|expunction)\b"),
         # (what is sent, or why, after the verb: an order named before it is the relief's own, "Notwithstanding the entry of
         # an order of expungement, the custodian shall disclose the expunged record to: ... the FBI")
         unless=(r"\b(?:forward|report|submit|send|transmit|furnish|disseminat|disclos)\w*\b[^.;]*\b(?:orders?|notices?|notif\w*|requests?|messages?|"
                 r"remov\w*|delet\w*|purg\w*|destr\w*|updat\w*|flag\w*|indicat\w*|showing)\b",
                 r"\b(?:shall|may|must|will) not (?:be )?(?:forward|report|submit|send|transmit|furnish|disseminat)\w*|"
                 r"\b(?:shall|may|must|will) not (?:be )?disclos\w*\b[^.;]{0,120}?\bto (?:the )?(?:united states )?" + FBI + "|"
                 r"\bno\b[^.;]{0,40}\b(?:shall|may) be (?:forward|report|submit|sen|transmit|furnish|disseminat)\w*",
                 # (nor an applicant's prints sent for a check)
                 APPLICANT_CHECK)),
    # Every arrest's prints sent on to the FBI ("A copy of the fingerprints of the person arrested, shall be transmitted
    # forthwith ... to the Federal Bureau of Investigation") in a law that clears records, with no duty to have cleared
    # ones removed beside it; not an applicant's check, statistics, or a disposition sent to update the FBI's entry.
    Rule("federal-records", "against",
         (SENT_ON + r"|\b(?:shall|must)\b[^.;]{0,80}?\b(?:forward|transmit|send|submit|furnish)\w*\b[^.;]{0,120}?\bto (?:the )?director "
          r"of the " + FBI + r"|\b(?:shall|must) (?:also )?be (?:transmitted|forwarded|sent|submitted|reported|furnished)\b[^.;]{0,80}?"
          r"\bto (?:the )?(?:director of the )?" + FBI, r"\bfingerprints?\b|\barrest (?:records?|reports?|data|cards?)\b|\bbiometric\b|\bcriminal history\b|"
          r"\bdispositions? of (?:all|every|each) (?:criminal )?(?:cases?|charges?|arrests?)\b|\bdna (?:samples?|profiles?)\b"),
         elsewhere=(r"\b(?:expung|expunct|seal|eras|shield|nondisclos|set[- ]aside|annul)\w*|\b(?:files?|records?|prints|fingerprints)\b[^.;]{0,60}\b(?:shall|must) be destroyed\b|\bremov\w*\b[^.;]{0,60}\bfrom (?:the |its |their )?(?:[\w']+ ){0,2}records\b|\brecords? (?:has|have) been removed\b",),
         unless=(r"\b(?:orders?|notices?|notif\w*|remov\w*|delet\w*|purg\w*|destr\w*|correct\w*|updat\w*)\b", r"\bnot\b|\bno\b",
                 r"\bapplicants?\b|\blicens\w*|\bemploy\w*|\b(?:background|record) checks?\b|\brap ?back\b|\bfirearms?\b|\buniform crime\b|"
                 r"\bstatistic", r"\bfor (?:a |the )?(?:review|search|check|comparison)\b|\bchecked against\b"),
         part="federal databases", yields=True),
    # A later clearing that leaves the federal copy where it is ("The later expungement ... shall not require the
    # Illinois State Police to request the return or destruction of any fingerprints or records so submitted" to the
    # FBI; "no later closure shall require the central repository to recall any entry made under this section").
    Rule("federal-records", "against",
         (r"(?:\b(?:closure|clos(?:ed|ing)|" + CLEARED + r"|restrict\w*|discharge|expung\w*|expunct\w*|seal\w*|set[- ]?aside|clearance)\b[^.;]{0,100}\b(?:shall|does|"
          r"will|may) not|\bno (?:later |subsequent )?(?:closure|expung\w*|expunct\w*|sealing|set[- ]?aside|order)\b[^.;]{0,40}\b(?:shall|will|"
          r"may)) (?:require|obligate|compel|oblige)\b[^.;]{0,80}\b(?:recall|return|destr|remov|delet|purg|withdr)\w*",
          # (a federal file or copy, not a federal immigration authority named in a bar beside it)
          FBI + r"|\bfederal (?:files?|records?|databases?|data ?bases?|index(?:es)?|systems?|repositor\w*|agenc\w*|government|bureau)\b|"
          r"\b(?:sent|submitted|forwarded|transmitted|furnished|reported|disseminated)\b[^.;]{0,80}\bfederal\b|"
          r"\bso (?:submitted|forwarded|sent|transmitted|reported)\b|\bentr(?:y|ies) (?:made|sent) under\b"),
         window=2),
    Rule("federal-records", "partial",
         (r"interstate identification index|federal bureau of investigation|\bfbi\b|national crime information|\biii (?:system|index)|ncic|"
          r"national (?:fingerprint|criminal history|criminal records?) (?:file|index|database|system)|next generation identification|federal databases?|"
          r"federal (?:criminal history |identification |fingerprint )(?:files?|records?|databases?|systems?|index)|"
          r"federal (?:criminal history )?(?:file|database|data base|depositor|repositor)|"
          r"federal records? (?:be |shall be |is |are )?(?:corrected|removed|deleted|purged|updated)\b|"
          # (each federal agency the record went to asked to delete it: "shall notify ... every other agency, including any
          # federal agency, to which it has disseminated the record, and shall request that the record be deleted")
          r"\b(?:any|every|each) federal agenc(?:y|ies)\b[^.;]{0,80}\b(?:disseminated|sent|furnished|transmitted|provided|forwarded)\b[^.;]{0,120}"
          r"\brequest\w*\b[^.;]{0,60}\b(?:deleted|removed|destroyed|returned|purged|expunged|sealed)\b",
          r"\b(?:remov|delet|purg|expung|seal|destr|withdr[ae]w|take [^.;]{0,20}out)\w*|"
          r"\bnot (?:be )?(?:sent|forwarded|transmitted|submitted|reported)\b|"
          r"(?:\b(?:notif|notice|update|request|forward|send)\w*|\bcommunicates? (?!with\b))[^.;]{0,200}(?:" + RELIEF + r"|withdrawn)|"
          r"\b(?:forward|send|transmit|provide|deliver|mail)\w* (?:a )?(?:certified )?(?:copy of )?(?:the|such|that|each) order\b"),
         unless=(SAVING + r"[^.;]{0,160}(?:requir|direct)", OPEN_TO_FBI,
                 # a warrant taken out of a federal index once served or recalled is no cleared record
                 r"\b(?:does|do|would) not (?:direct|require|authori[sz]e|oblige)\b[^.;]{0,40}\bto (?:notify|request|send|forward|transmit)\b|\bwarrants? of (?:removal|deportation)\b|\b(?:arrest|detain)\w*\b[^.;]{0,60}\bon the basis of\b|\bremov\w* (?:the |a |any |such |each )?(?:\w+ )?warrants?\b|\bwarrants?\b[^.;]{0,40}\b(?:served|recalled|quashed|cancel+ed)\b",
                 # ... nor a count, a study, or a review of how it is done ("the number of sealing notices it transmitted")
                 r"^(?!.*\brequest\w*\b[^.;]{0,20}\bthat\b[^.;]{0,80}\b(?:delete|remove|purge|expunge)\b).*\bthe number of\b|\b(?:workgroup|work group|task force|study|feasibility)\b|\b(?:review|assessment|evaluation) of the (?:systems?|processes|procedures)\b",
                 # the removal refused ("shall not withdraw from any national system"; "Nothing in this section shall be
                 # construed to require the superintendent to request the federal bureau of investigation to remove")
                 # (not the fallback for a federal body that will not: "request that the Bureau remove the sealed entries ...
                 # or, if it will not remove them, annotate them")
                 r"(?<!\bif it )(?<!\bif they )(?<!\bwhere it )(?<!\bunless it )"
                 r"\b(?:shall|may|must|will|need) not (?:\w+ )?(?:withdraw|remove|delete|purge|destroy|recall|request)\b|"
                 r"\bnothing\b[^.;]{0,120}\b(?:construed|deemed|read) to require\b[^.;]{0,80}\b(?:remov|delet|purg|withdr|destr)\w*",
                 # a definition names the systems; it removes nothing; nor does an applicant's check, or a notice that
                 # records "may remain in databases maintained by the Federal Bureau of Investigation"
                 r"[\x22\u201c][^\x22\u201d]{1,40}[\x22\u201d] (?:has the same meaning|means)\b",
                 APPLICANT_CHECK, r"\b(?:may|might|will|can|could) (?:still )?remain (?:in|on)\b",
                 # (the record sent in to be kept: "for inclusion in the national criminal history files")
                 r"^(?!.*\b(?:orders?|notices?)\b).*\bfor (?:inclusion|entry|retention|storage) in\b|\bnot be withheld from\b|"
                 r"\b(?:despite|notwithstanding|by reason of) (?:their|its|the|such) (?:sealing|expungement|expunction)\b"),
         part="federal databases"),
    # Cleared records named among what an immigration agency is given ("furnishes to the federal department the inmate's
    # ... complete criminal history record, including any entries that have been sealed or expunged"; "shall afford to
    # that department access to conviction information notwithstanding that the conviction has been set aside or
    # expunged"), or among what the FBI gets ("available through the Interstate Identification Index to the Federal Bureau
    # of Investigation ..., including ... records of convictions that have been set aside or expunged").
    Rule("federal-records", "against",
         (AGENCY + "|" + FBI + r"|\b(?:department|agency) of the united states\b|\bfederal (?:agenc|government)\w*",
          r"\b(?:furnish|provid|shar|disclos|transmit|send|forward|report|afford|exchang|deliver)\w*|\baccess\b|\bavailable\b",
          r"\bincluding\b[^.;]{0,100}?\b(?:entries|records?|information|convictions?)\b[^.;]{0,30}\b(?:that|which) "
          r"(?:have|has) been (?:\w+ )?" + CLEARED + r"|\b(?:notwithstanding|even (?:if|though|where)) (?:that )?(?:the |any |such )?"
          r"(?:\w+ ){0,2}(?:convictions?|records?|arrests?|entries)\b[^.;]{0,30}\b(?:has|have) been (?:\w+ )?" + CLEARED),
         unless=(DENIAL + r"[^.;]{0,80}\b(?:furnish|provid|shar|disclos|transmit|send|forward|report|afford|exchang|deliver|access)",
                 # (a limit on that access: "guidance ... on limiting access by federal immigration authorities to ...
                 # databases, including databases that contain ... records that have been vacated or sealed")
                 r"\b(?:limit|restrict|prohibit|bar|deny|block|prevent)\w*\b[^.;]{0,30}\b(?:access|sharing|disclosure|dissemination)\b")),
    # Criminal history records an immigration agency named earlier in the sentence may have ("each sheriff ... shall, upon
    # receipt of a detainer ... issued by United States Immigration and Customs Enforcement, notify that agency ... and
    # shall make the person's booking and criminal history records available to that agency on request").
    Rule("federal-records", "against",
         (AGENCY + r"[^.;]{0,300}\b(?:shall|must|may) (?:\w+ ){0,3}?(?:make|furnish|provide|give|send|transmit|disclose)\b[^.;]{0,80}"
          r"\b(?:criminal history|records?|files?)\b[^.;]{0,40}\bto (?:that|such|the same|this) (?:agency|department|officer|authority)\b",),
         unless=(DENIAL + r"[^.;]{0,80}\b(?:make|furnish|provide|give|send|transmit|disclose)",)),
    # A digest's immigration agency added to those the cleared records may go to ("Under current law, a sealed record may be
    # released only to the subject, a court, and a law enforcement agency of this State. The bill adds to that list the
    # United States Department of Homeland Security").
    Rule("federal-records", "against",
         (r"\badds?\b[^.;]{0,20}\bto (?:that|the|this|such) list\b[^.;]{0,40}(?:" + AGENCY + r")|\badds?\b[^.;]{0,20}(?:" + AGENCY
          + r")[^.;]{0,80}\bto the list of (?:those|persons|entities|agencies|recipients)\b",),
         elsewhere=(RELIEF,)),
)  # fmt: skip
