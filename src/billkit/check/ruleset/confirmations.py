"""Rules for what the person gets short of their cleared records: their criminal records in general (not said to
include cleared ones), a confirmation or notice that relief was granted, a copy of the order, a way in that another
provision holds. Each is `partial` for
the person's access to their own cleared records; :mod:`.records` reads the grants of the records themselves."""

from __future__ import annotations

from ..vocabulary import COURT_ORDER, DENIAL, IMMIGRATION, OWNER, RELIEF
from .others import THIRD_PARTY_COPY
from .routes import with_others_vetoed
from .rule import Rule

RULES: tuple[Rule, ...] = (
    # One's own criminal-history records, open to one on request, whether or not relief cleared them.
    Rule("record-access", "partial",
         (r"(?:person|individual|subject)s?\b[^.;]{0,160}\b(?:right to|may|to|and|be (?:permitted|allowed|entitled) to) (?:\w+ )?"
          r"(?:inspect|access|review|examine|obtain (?:a )?cop(?:y|ies))\b|"
          # a right to contest the record's accuracy after seeing it ("After inspection of criminal history record
          # information, an individual may contest the accuracy ... of the information about that individual"; a right to
          # challenge alone, with no word of seeing the record, gives no access)
          r"\b(?:inspect|review|examin)\w*\b[^.;]{0,120}\b(?:person|individual|subject)s?\b[^.;]{0,60}\b(?:right to|may) (?:contest|"
          r"challenge|dispute)\w* (?:the )?(?:accuracy|completeness)\b|"
          r"(?:provide|furnish|give|send|mail|deliver)\w* to (?:the |such |that )?(?:person|individual|applicant|(?:record )?subject)\b[^.;]{0,20}"
          r"\bcop(?:y|ies)\b|"
          r"\b(?:obtain|request)\b[^.;]{0,40}\bcop(?:y|ies)\b|(?:be given|receive|be sent|be provided(?: with)?) (?:a )?cop(?:y|ies)\b|"
          r"\bfrom (?:obtaining|inspecting|reviewing|accessing|seeing)\b|\bgrant\w* access\b[^.;]{0,80}\bto (?:the )?(?:" + OWNER + r")|"
          # a check of oneself on request ("a person may request the Department of State Police to conduct a ... background
          # check of himself or herself")
          r"\b(?:request|obtain|receive)\w*\b[^.;]{0,80}\bbackground checks? (?:of|on) (?:himself|herself|themselves|oneself)\b|"
          r"\bpersonal (?:review|copy)\b|"
          r"(?:provide|furnish|give|send|mail)\w* (?:each |the |an? |such |that )?(?:person|individual|applicant|subject)\b[^.;]{0,60}\bwith\b|"
          r"\b(?:inspection|access|review)\b[^.;]{0,80}\bby (?:the |such |that |those )?(?:person|individual|subject)s?\b|"
          r"\b(?:disseminat|disclos|releas|provid|furnish)\w*[^.;]{0,80}\bto (?:the )?subjects? of (?:the |such )?records?\b|"
          # a record handed over for the person to review ("shall provide ... such record for review")
          r"\b(?:provid|furnish|mak)\w*[^.;]{0,60}\brecords? (?:available )?for (?:review|inspection)\b",
          r"(?:refers?|pertain\w*|relat\w*) to (?:the|that|such) (?:person|individual|applicant)\b|(?:person|individual)'s (?:own )?(?:criminal )?(?:history )?records?|"
          r"\b(?:person|individual)s? (?:about|concerning|regarding) whom\b|"
          r"(?:his|her|their|his or her) own (?:(?:criminal|conviction|arrest|and) ){0,4}records?|subjects? (?:thereof|of (?:the |such |an? |that )?(?:\w+ ){0,2}(?:information|records?))|"
          r"\bbackground checks? (?:of|on) (?:himself|herself|themselves|oneself)\b|"
          # a records act's right, which is always to one's own record ("the right of a person to inspect, challenge, and
          # correct criminal history record information")
          r"\bright of (?:a|an|any|the) (?:person|individual|record subject) to (?:inspect|review|access|examine)\b|"
          r"(?:his|her|their|his or her) criminal (?:history )?record|(?:pertaining to|concerning|about) (?:himself|herself|themselves|himself or herself)|"
          r"(?:maintain(?:s|ed)?|keeps|kept|holds|held|information) about (?:the|that|such|a|an) (?:person|individual)|concerning (?:the|that|such) (?:person|individual|applicant)\b|"
          r"(?:about|concerning|regarding) (?:them|him|her|himself|herself|themselves)\b|(?:refers?|pertain\w*|relat\w*) to (?:him|her|them|him or her)\b|(?:his|her|their|his or her) own (?:criminal )?(?:history )?(?:records?|rap sheet)|"
          r"(?:his|her|their|his or her) own criminal history|(?:his|her|their|his or her) (?:own )?records? of (?:arrests?|convictions?|prosecutions?)|"
          r"about the (?:record )?subject\b|"
          r"subject of the information|(?:his|her|their|his or her) own rap sheet|"
          r"(?:person|individual|applicant)'s own\b|(?:person|individual|applicant)'s (?:own )?records? of (?:arrests?|convictions?)|"
          # the requester proves to be the record's subject ("upon verification, by fingerprints, of the identity of
          # the requesting person")
          r"\bverif\w*[^.;]{0,40}\bidentity of the (?:requesting (?:person|party|individual)|requester|requestor|applicant)\b",
          r"criminal (?:history|justice|record|offender)|records? of criminal|(?:non)?conviction information|identification records?|rap sheet|"
          r"records? of (?:arrests?|convictions?)|\b(?:conviction|arrest) (?:and (?:arrest|conviction) )?records?\b|\bbackground checks?\b"),
         # (a bar whose exceptions the sentence goes on to list is no veto: "shall not be open to the inspection of any
         # person except those ..., as follows: (b) Any individual may request and receive a copy of his or her own ...")
         unless=(COURT_ORDER, DENIAL + r"(?![^.;]{0,120}\bexcept\b)[^.;]{0,60}(?:inspect|access|review|cop(?:y|ies))",
                 # (a petition to close records to others: "may petition the circuit court ... to restrict access to his or
                 # her criminal history records")
                 r"\b(?:restrict|limit|seal|close|deny)\w* (?:public )?access to\b",
                 # (nor one that says it does: "including records that have been sealed")
                 r"\bincluding\b[^.;]{0,40}\b(?:sealed|expunged|cleared|set aside|shielded)\b",
                 # (nor an employer's or a licensing body's right to see it, on the person's consent)
                 r"\b(?:employers?|licensing (?:boards?|authorit\w+|agenc\w+)|school districts?|landlords?)\b[^.;]{0,200}\b(?:(?:has|have) "
                 r"the right to|may) (?:inspect|access|review|examine|obtain)\b"),
         why="the person may see their own criminal records, but the text does not say this includes cleared ones"),
    Rule("record-access", "partial",
         # the person confirms, not an agency named between ("... or the prosecuting agency confirms that the charge
         # ... will not be refiled")
         (r"(?:person|individual|petitioner|defendant)s?\b(?:(?!\b(?:agenc|prosecut|court|department|bureau|office|clerk)\w*)"
          r"[^.;]){0,120}\b(?:verify|confirm|check|learn|find out)\w* (?:in writing )?(?:whether|that|if)\b|"
          r"(?:person|individual|petitioner|defendant) (?:may|can) determine\b[^.;]{0,160}\bwhether\b",
          RELIEF + r"|\brelief\b"),
         # (not a public notice that tells people how they might find out: "a notice explaining that persons with prior
         # cannabis convictions may be entitled to relief ... and how to learn whether a conviction has been vacated")
         unless=(r"\b(?:notices?|postings?|summar(?:y|ies)|explain\w*|describ\w*|publish\w*|post\w*|websites?)\b[^.;]{0,200}\b(?:how to|the (?:process|procedure|steps) by which (?:a |the |any )?(?:person|individual)s? (?:may|can)) (?:learn|find out|check|verify|confirm|determine)\b",),
         why="the person can confirm that relief was granted, not obtain the records"),
    Rule("record-access", "partial",
         (r"\b(?:notice|notification|letter|certificate|confirmation|(?:certified )?statement)\b[^.;]{0,120}\b(?:" + RELIEF + r"|relief\b)",
          r"(?<!relating )(?<!related )(?<!pertaining )\bto (?:the )?(?:person|defendant|petitioner|individual|applicant|offender|movant)\b(?!')|"
          r"(?:provide|give|send|mail|furnish)\w* (?:the )?(?:person|defendant|petitioner|individual|applicant|offender|movant|youth|juvenile|child)\b|"
          r"address of the (?:person|defendant|petitioner|individual|applicant)\b|"
          r"(?:person|defendant|petitioner|individual|applicant)\b[^.;]{0,80}\b(?:is entitled to|shall (?:receive|be given|be sent)|may (?:obtain|request|receive))|"
          r"request (?:by|of) (?:the )?(?:subject|person|defendant|petitioner|individual|applicant)\b|"
          # ("if the individual who received the expungement requests confirmation"; "allows an individual who receives an
          # expungement to request confirmation")
          r"\bif (?:the |an? )?(?:person|defendant|petitioner|individual|applicant)\b[^.;]{0,60}\brequests?\b|"
          r"\b(?:allow|permit|enable)s? (?:the |an? )?(?:person|defendant|petitioner|individual|applicant)\b[^.;]{0,60}\bto "
          r"(?:request|obtain|receive)\b"),
         # a warning about what relief does not do is education, not a record ("a written notice stating that relief
         # ... may still be considered a conviction for purposes of federal immigration law")
         # (not a notice sent, at the person's request, to others: "the clerk shall send written notice of the sealing
         # order to any employer, landlord, or consumer reporting agency that the person identifies")
         unless=(r"\bto (?:the )?(?:person|defendant|petitioner|individual)'s (?:employer|landlord)",
                 r"\b(?:notice|notification|letter|certificate|confirmation)\b[^.;]{0,80}\bto (?:any |an? |the |each |every )?"
                 r"(?:employers?|landlords?|consumer reporting|licensing|educational institutions?|third part|other part)",
                 r"\b(?:stating|explaining|warning|advising|telling)\b[^.;]{0,160}\b(?:immigration|deport\w*|naturali[sz]ation)",
                 # a notice that the person "may be eligible for relief" invites a petition; nothing has been granted
                 r"\b(?:may|might|could) be eligible\b|\beligib\w* (?:for|to)\b[^.;]{0,40}\b(?:petition|apply|relief)|\beligibility for (?:an? )?(?:expung|expunct|seal|set[- ]aside|record relief)\w*|"
                 r"\bright to (?:petition|apply|file|seek)\b|\b(?:ways?|how|means|steps) to (?:obtain|seek|apply for|get|request|apply)\b|"
                 r"\b(?:relief|expungement|sealing|vacatur) (?:may|might) be available\b"),
         why="the person gets a notice or certificate that relief was granted, not the records"),
    Rule("record-access", "partial",
         (r"\b(?:mail|send|give|provide|furnish)\w* (?:to )?the (?:subject|applicant|person|individual) (?:with )?a copy of the record",),
         unless=(THIRD_PARTY_COPY,),
         why="the person may get a copy of their own record, but the text does not say this includes cleared ones"),
    Rule("record-access", "partial", (r"(?:does|shall) not (?:preclude|prevent|bar)[^.;]{0,60}(?:request\w*|seek\w*|obtain\w*) access",),
         why="it keeps a way to ask for the records without saying that no court order is needed"),
    Rule("record-access", "partial",
         (r"(?:give|provide|send|deliver|mail|furnish)\w*[^.;]{0,30}(?:the )?(?:person|petitioner|defendant|individual|movant|applicant|offender)"
          r"[^.;]{0,80}cop(?:y|ies) of the (?:[\w-]+ ){0,2}order|"
          r"(?:obtain|request|receive)\w*[^.;]{0,30}cop(?:y|ies) of the (?:[\w-]+ ){0,2}order\b[^.;]{0,60}\bfrom (?:the )?(?:clerk|court)|"
          r"(?:obtain|request|receive)\w*\b[^.;]{0,60}\bfrom (?:the )?(?:clerk|court)\b[^.;]{0,40}\bcop(?:y|ies) of the (?:[\w-]+ ){0,2}order|"
          r"cop(?:y|ies) of the (?:[\w-]+ ){0,2}order\b[^.;]{0,60}\bshall be (?:handed|given|sent|mailed|delivered|provided) to (?:the )?"
          r"(?:person|petitioner|defendant|individual|applicant|offender|movant|youth)\b|"
          r"(?:give|provide|send|deliver|mail|furnish|forward|transmit|releas)\w*[^.;]{0,30}cop(?:y|ies) of (?:the |an? |such )?(?:[\w-]+ ){0,2}order[^.]{0,200}"
          r"(?<!relating )(?<!related )(?<!pertaining )\b(?:to|and)\s+(?:\(\w{1,4}\)\s*)?(?:the|such) (?:person|petitioner|defendant|"
          r"individual|applicant|movant)\b(?!')",),
         why="the person gets a copy of the order, not the records themselves"),
    Rule("record-access", "partial",
         (r"\b(?:notif|tell|inform)\w* (?:the )?(?:person|defendant|petitioner|individual|applicant|youth)\b[^.;]{0,60}\b(?:that|which|whether)\b"
          r"[^.;]{0,40}\b(?:(?:has|have) been (?:\w+ )?|(?:was|were) )(?:" + RELIEF + r")|"
          r"\b(?:notif|tell|inform)\w* (?:the )?(?:person|defendant|petitioner|individual|applicant|youth)\b[^.;]{0,60}\b(?:that|which|whether)\b"
          r"[^.;]{0,20}\b(?:" + RELIEF + r")[^.;]{0,30}\b(?:has|have) been (?:completed|entered|granted|ordered)",),
         unless=(IMMIGRATION,),
         why="the person is told that relief was granted, not given the records"),
    Rule("record-access", "partial",
         (r"\border\b[^.;]{0,60}\bcop(?:y|ies) of which (?:shall|must|will) be (?:sent|given|provided|mailed|delivered|furnished) to (?:the )?"
          r"(?:person|petitioner|defendant|individual|applicant)\b|"
          r"\b(?:person|petitioner|defendant|individual|applicant) shall (?:be given|receive|be sent|be provided(?: with)?|be mailed) "
          r"(?:a )?cop(?:y|ies) of (?:the |an? |such )?(?:\w+ )?order",),
         why="the person gets a copy of the order, not the records themselves"),
    # A closure whose one exception points to the provision that lets the person have a copy ("Except as provided in
    # section 24-72-715 (3), which governs requests by the person who is the subject of a sealed record for a copy of that
    # record, sealed records are not available to any person"): the way in is real, but not in the text read.
    Rule("record-access", "partial",
         (r"\bexcept as (?:otherwise )?(?:provided|set (?:out|forth)) (?:in|by|under) [^.;]{0,60}?,? (?:which|that) (?:governs?|allows?|"
          r"permits?|provides? for|concerns?|addresses?)\b[^.;]{0,60}\b(?:requests?|access|inspection|cop(?:y|ies))\b[^.;]{0,20}\bby (?:the )?"
          r"(?:" + OWNER + r")",),
         why="the person's own way to the records is in another provision, which the text points to"),
)  # fmt: skip

RULES = with_others_vetoed(RULES)
