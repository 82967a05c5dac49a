"""What a court keeps when relief leaves it power over a case, and whether that is power over the conviction: words
that keep jurisdiction, the relief's own order undone, the record kept or mended, and power kept for something else
(probation, money, a protective order, another petition for the relief itself). :mod:`.jurisdiction` reads them."""

from __future__ import annotations

from ..vocabulary import CHALLENGE_WORD, LATER_CHALLENGE, LISTED, PRESUME, SEVERED

RELIEF_UNDONE = (
    # (not a motion excepted for seeking only that: "... any motion ... that challenges the validity of the conviction,
    # unless the motion ... seeks only to modify or vacate the order of nondisclosure itself")
    r"(?<!seeks only to )(?<!seek only to )(?<!seeks only to modify or )\b(?:modify|vacate|revoke|rescind|set aside|amend)\b (?:(?:any|the|an?|such|its|that|this) )?(?:\w+ )?"
    r"(?:orders?|set-aside|expungement|sealing)\b(?! of (?:conviction|the conviction))"
)
"""The relief's own order undone ("The court has no authority to vacate an order of sealing after one year"), not the
conviction."""
ORDER_UNDONE = (
    RELIEF_UNDONE + r"|"
    r"(?<!ground of )(?<!grounds of )\bfraud\w*|\bmisrepresent\w*|\b(?:new|subsequent|later) (?:offense|crime|conviction)|"
    r"\b(?:motion|petition)s? to (?:modify|dissolve|extend|enforce|terminate)\b(?![^.;]{0,40}\b(?:conviction|plea)\b)"
)
"""A court kept able to undo its own order, or the relief itself ("retains jurisdiction to vacate an
expungement order obtained by fraud"; "to hear a motion to modify or dissolve it"): a power over the relief or
another order, not the person's later challenge to the conviction."""

RELIEF_AGAIN = (
    r"\b(?:notwithstanding|despite|after) the denial of\b|\bdenial of (?:a|an|the) (?:\w+ )?(?:petition|application) for (?:\w+ )?"
    r"(?:expung|expunct|seal|set[- ]aside|nondisclos)|"
    r"\b(?:petition|apply|move)\b[^.;]{0,40}\bto order (?:the |an? )?(?:expung|expunct|seal|set[- ]aside|nondisclos)\w*"
)
"""A new petition for the relief once one was denied ("retains jurisdiction to hear a later petition under this subchapter
notwithstanding the denial of an earlier one"), or a petition for the relief itself ("may petition the court at any time
to order the expungement, and the court shall have jurisdiction to decide the petition notwithstanding that the date for
automatic expungement has passed"), not a challenge to the conviction."""

EXCEPTED_CHALLENGE = (
    r"\bexcept\b(?! as (?:otherwise )?(?:provided|set forth|stated|specified))"
    # (within the exception, not in a new clause: "except the enforcement of the order itself, and would repeal the
    # provision that permits a court to entertain a motion to vacate")
    + r"(?:(?!, and (?:would|shall|will|also|further)\b)"
    + LISTED
    + r"){0,400}?\b(?:hear|decide|determine|entertain|consider|rule on)\b"
    + LISTED
    + r"{0,200}?\b(?:motions?|petitions?|applications?|writs?)\b[^.;]{0,160}?"
    r"\b(?:vacat\w*|set aside the (?:conviction|judgment|plea)|withdraw\w* (?:the |a |his |her |their )?plea|"
    r"challeng\w*|attack\w*|validity of the (?:\w+ )?(?:conviction|judgment|plea)|post-?conviction|habeas|coram nobis)"
)
"""The court's power over a case ended, but for a later challenge to the conviction, however far into the list of
what the exception keeps ("..., except that the court may (A) enforce the order, (B) correct a clerical error ..., or (C)
hear and determine any motion or petition that challenges the validity of the expunged conviction")."""
OVER_PERSON_ONLY = (
    # jurisdiction over a person that ends with probation or supervision, not over the conviction ("Upon
    # discharge from probation, the jurisdiction of the court over the defendant terminates")
    r"\b(?:discharg\w*|(?<!post-)releas\w*|complet\w*) (?:from |of )?(?:the )?(?:probation|parole|supervision|community control)|"
    r"\bjurisdiction over (?:the |any |a |each )?(?:person|defendant|probationer|child|juvenile|minor|youth|ward)\b[^.;]{0,80}\b(?:until|beyond)\b|"
    r"\bprobation (?:is |has been )?(?:discharged|expires|terminated|completed)\b|\bjurisdiction over (?:a |the |any )?(?:child|juvenile|minor)\b|"
    r"\b(?:expiration|end|termination|completion) of (?:the )?(?:period of probation|probationary period|term of probation)\b|"
    # ... or over a stay, bail or restitution ("the court's jurisdiction over the stay ends")
    r"\bjurisdiction over (?:the |a |any )?(?:(?:defendant|person|probationer|offender)['’]s )?(?:stay|probation|(?:community )?"
    r"supervision|parole|bail|bond|restitution)\b|"
    # ... or over the sentence alone ("the sentencing court loses jurisdiction to reduce, suspend or otherwise modify the
    # sentence")
    r"\b(?:jurisdiction|power|authority) to (?:(?:reduce|suspend|modify|amend|revise|change)(?:,? (?:or |and )?(?:otherwise )?)?)+"
    r"(?:the |a |its |any )?sentences?\b(?![^.;]*\b(?:vacate|set aside|conviction|plea)\b)|"
    # ... or over a civil suit ("The District Court shall have no jurisdiction over a civil action barred by Subsection A")
    r"\bjurisdiction (?:over|of) (?:a |an |any |the |such )?civil (?:actions?|suits?|claims?|cases?|proceedings?)\b|"
    # ... or one ending on discharge ("The court's retained jurisdiction under subsection (1) ends on the date of
    # discharge")
    r"\bjurisdiction\b[^.;]{0,40}\b(?:ends|terminates|ceases)\b[^.;]{0,20}\b(?:on|at|upon) (?:the (?:date|day|time) of )?(?:the "
    r"(?:defendant's |person's |probationer's )?)?discharge\b|"
    # ... or with a commitment ("the court's jurisdiction over the person terminates and the person shall be released")
    r"\bjurisdiction (?:of (?:the |this )?(?:\w+ )?court )?over (?:the |any |a |each )?(?:person|defendant|individual|acquittee|patient)\b"
    r"[^.;]{0,40}\b(?:terminates|ends|ceases)"
    r"\b[^.;]{0,60}\b(?:released|discharged|custody|commitment)\b|"
    # a juvenile court's reach set by age ("shall not have jurisdiction over a person who was 18 years of age or older"),
    # and a time counted from an end of jurisdiction ("Two years after the juvenile court's jurisdiction ... terminates")
    r"\byears of age\b|\bage of (?:majority|\d{1,2}|eighteen|nineteen|twenty(?:-one)?)\b|"
    r"\b(?:years?|months?|days?) (?:after|following)\b[^.;]{0,40}\bjurisdiction\b|"
    r"\b(?:when|once|after|until|before) (?:the )?(?:\w+ )?(?:court's )?jurisdiction\b[^.;]{0,30}\b(?:terminates|ends|ceases|expires|is terminated)\b"
)
"""Jurisdiction over the person, the sentence's supervision or a civil suit, ended by discharge or age: no power over a
later challenge to the conviction ended."""

SAME_GROUNDS = (
    r"\bsame (?:grounds?|claims?|issues?)\b|\bsimilar relief\b|\b(?:grounds?|claims?|issues?) (?:that|which) (?:was|were|has been|have been) "
    r"(?:previously |already )?(?:raised|presented) and (?:determined|decided|adjudicated)\b"
)
"""A bar on repeating what was decided, which leaves new grounds open."""

JURISDICTION_KEPT = (
    # the relief's own order made final ("if no appeal is taken, the order shall be conclusive and shall not be subject to
    # collateral attack"), not the conviction
    r"\b(?:the |such |that |this |an? )?(?:\w+ )?order\b[^.;]{0,60}\b(?:shall|may) not be subject to collateral attack\b",
    r"\bnot\b[^.;]{0,30}\b(?:divest|deprive|terminat|end(?:s|ed)?\b)",
    # "Neither the sealing nor the destruction of the records ... limits, impairs, or terminates the jurisdiction"
    r"\bneither\b(?:[^.;]|\.(?=\d)){0,120}\bnor\b(?:[^.;]|\.(?=\d)){0,120}(?:divest|deprive|terminat|\bend|limit|impair)",
    # ... however long the list of what neither does ("Neither an order sealing records ... nor the removal ... shall
    # be construed to vacate the judgment ..., or to deprive that court of jurisdiction to hear ...")
    r"\bneither\b(?:[^.;]|\.(?=\d)){0,300}\b(?:construed|deemed|interpreted|read)\b(?:[^.;]|\.(?=\d)){0,240}"
    r"(?:divest|deprive|terminat|\bend)",
    # the court's power ended but for a later challenge ("all proceedings ... are terminated ..., except that the court
    # may ... (C) hear and determine any motion or petition that challenges the validity of the expunged conviction")
    EXCEPTED_CHALLENGE,
    r"\bnothing\b[^.;]{0,80}(?:divest|deprive|terminat|\bend)",
    # ... however long the list of what it saves ("Nothing in this Act shall be construed to limit the authority of any
    # court to vacate, on any ground available under law, a conviction that has been sealed ..., or to divest any court
    # of jurisdiction over a motion ...")
    r"\bnothing\b[^.;]{0,60}\b(?:construed|deemed|interpreted|read)\b[^.;]{0,240}(?:divest|deprive|terminat|\bend)",
    r"(?:turns|attains|reaches)\b[^.;]{0,30}\b(?:age|\d{2})\b|dispositional jurisdiction|"
    r"\bfor (?:the )?purposes? of (?:probation|supervision|parole|community control)\b",
    OVER_PERSON_ONLY,
    # a bar whose only object is a ground decided before ("shall not entertain a ground ... in a second or later petition
    # if that same ground was presented in an earlier petition"); a person who need not give up a later challenge ("shall
    # not be required, as a condition of the order, to waive any right to seek relief from the judgment")
    r"\b(?:if|where|when) (?:that |the )?same (?:grounds?|claims?|issues?) (?:was|were|has been|had been)\b",
    r"\b(?:not|never) (?:be )?(?:required|compelled|made|asked)\b[^.;]{0,60}\bto waive\b|\bneither waives?\b",
    # an ending of jurisdiction that keeps the later challenge ("... except that the court may hear a motion to vacate")
    r"\bexcept\b[^.;]{0,40}\b(?:hear|decide|consider|entertain|grant|rule on)\b[^.;]{0,40}" + LATER_CHALLENGE,
    r"\bno\b[^.;]{0,80}\b(?:construed|deemed|interpreted)\b[^.;]{0,20}(?:divest|deprive|terminat|\bend)",
    # which court hears the petition for relief ("The district court has exclusive original jurisdiction of petitions for
    # expunction ..., and a justice or municipal court has no jurisdiction to order the expunction"; "A district court in
    # any other county lacks jurisdiction to grant a petition under this section"): venue, not a power ended after
    # relief (a court that "shall lack jurisdiction to hear any motion under subsection (b) that is filed more than one
    # year after sentencing" is the bar itself)
    r"\b(?:exclusive|original|concurrent) (?:original )?jurisdiction\b|\b(?:no|lacks?|is without) jurisdiction to (?:order|grant|hear|consider|decide|"
    r"issue|enter) (?:the |an? |any )?(?:order (?:of|for) )?(?:expun\w*|seal\w*|set-aside|nondisclos\w*|petitions? (?:for|under this (?:section|chapter|article|act|part)\b))",
    # ... or which court hears an appeal ("appeals lie directly to the Supreme Court from ... any action collaterally
    # attacking a criminal conviction ... The Court of Appeals shall not have jurisdiction over any cases or proceedings
    # described in this subsection")
    r"\b(?:shall not|does not|has no|shall have no) (?:have )?jurisdiction (?:over|of) (?:any |the )?(?:cases?|proceedings?|matters?|"
    r"appeals?)\b[^.;]{0,40}\b(?:described|listed|specified|enumerated|set out) in this (?:subsection|section|paragraph)\b",
)
"""Words that keep the court's jurisdiction (or speak of a child's case reaching an age): no rule against it fires."""

UNTIED = "it keeps the court's power to hear a later challenge without saying that the power outlasts the record's clearing"

RECORD_KEPT = (
    r"\b(?:jurisdiction|authority|power)\b(?: of (?:the |a |any )?court)?(?:[^.;]{0,100}?,)? (?:to (?:correct|amend|supplement|complete|"
    r"maintain|reissue|unseal|reseal|open)\b[^.;]{0,40}\b(?:records?|orders? (?:of|to) "
    r"(?:expunge|expungement|expunction|seal|sealing|set[- ]aside|nondisclosure))\b|"
    # ("retains jurisdiction to order the record unsealed, on motion of the prosecuting attorney")
    r"to order (?:the |a |any |such )?(?:\w+ )?(?:records?|files?) (?:unsealed|opened|resealed|corrected|amended|destroyed)\b|"
    # ("to amend the judgment nunc pro tunc so that it correctly states the statute")
    r"to [^.;]{0,60}?\b(?:amend|correct)\w* (?:the |a |its )?(?:judgment|record|order)s? nunc pro tunc\b|"
    r"over (?:the |its |their )?(?:judicial |court |case )?(?:records\b|(?:expunged|sealed|cleared) records?\b|files?\b(?![^.;]{0,80}\b(?:hear|decide|consider|entertain|vacate)))|over (?:the |its |that |such )(?:\w+ )?order\b(?! of conviction))"
)
"""A court kept able to mend or keep the cleared record, or the order that cleared it, not to hear a challenge to
the conviction."""
RECORD_ONLY = r"^(?!.*" + LATER_CHALLENGE + r").*(?:" + RECORD_KEPT + r")"
"""Power kept over the cleared record alone, no challenge to the conviction named in the sentence: the record kept, not
the court's power over the conviction."""

CHALLENGED = r"(?:motions?|petitions?|proceedings?|challenges?|applications?|writs?)\b"
"""What a court may be barred from entertaining."""

NO_COURT = r"\bno (?:courts?|judges?|tribunals?)\b(?: of [^.;]{0,40}?)? "
"""A court the sentence names to refuse it something ("no court of this state ...")."""
SPARED = r"(?:be )?(?:deprived|divested|barred|prevented|precluded)\b|lose\b|(?:decline|refuse|fail|deny|dismiss)\b"
"""What a court is told it shall not be or do when the sentence keeps its power ("No court shall be deprived of
jurisdiction"; "No court shall decline to hear")."""

SEALING_KEPT = (
    r"\bjurisdiction (?:of|over) the (?:petition|application)\b[^.;]{0,20}\buntil\b|"
    r"\bjurisdiction\b[^.;]{0,60}\bsuch (?:motion|petition|application)s?\b[^.;]{0,60}\b(?:unseal\w*|reseal\w*)\b"
)
"""A court's hold on the sealing itself, not on a later challenge: the petition kept "until the bureau certifies" that
agencies complied, or a prosecutor's motion to unseal ("retains jurisdiction to hear and determine any such motion, and
may order the record unsealed")."""
KEPT_FOR_OTHER = (
    PRESUME,
    # (nor a petition for sealing or expungement: "the court has jurisdiction to hear and decide that petition")
    r"^(?!.*\b(?:vacat|post-?conviction|collateral|new trial|withdraw|habeas|coram)\w*).*\b(?:petition\w*|appl\w+)\b[^.;]{0,30}\bfor "
    r"(?:the )?(?:sealing|expung\w*|expunction|nondisclosure|set-?aside|an order (?:of|for|to) (?:seal|expung|nondisclos))",
    r"original jurisdiction|jurisdiction of the supreme court",
    # (nor a court's power over what it does with its records: "nothing in this section limits the authority of the
    # juvenile court to make its own records available to a prosecuting attorney")
    r"\b(?:authority|power|jurisdiction) of (?:the |a |any )?(?:\w+ )?court\b(?: [^.;,]{0,40}?)? to (?:make|release|disclose|open|share|provide|furnish|unseal|reseal)\b",
    # (nor the prosecutor's power to reopen a cleared case: "shall not affect the power of the court to reopen a sealed case
    # on the application of the district attorney")
    r"\breopen\w*\b[^.;]{0,60}\b(?:on|upon|at) the (?:application|motion|request|petition) of the (?:district attorney|prosecut\w*|"
    r"state|people|commonwealth|attorney general)\b",
    # (nor a civil suit: "No civil action for damages shall be brought ... The District Court shall have no jurisdiction
    # over a civil action barred by Subsection A")
    r"\bno (?:civil )?(?:actions?|suits?|claims?) for damages\b|\bno civil (?:actions?|suits?)\b",
    # (no court may be given power here, but "No court shall be deprived of jurisdiction to hear ..." keeps it)
    r"\bno (?:court|tribunal|judge)s?\b(?!(?: of [^.;]{0,40}?)? (?:(?:shall|may|will) (?:"
    + SPARED
    + r")|(?:is|are) (?:deprived|divested)\b))",
    SEALING_KEPT,
    r"until (?:the )?(?:child|person|juvenile|defendant|minor)\w* (?:attains|reaches|turns)|jurisdiction over the (?:child|juvenile|minor)|"
    r"during (?:the )?(?:period of )?(?:probation|supervision|deferral|deferment|deferred \w+)|until the (?:petition|application) is|"
    # ... or its power over restitution kept after relief ("shall not affect the authority of the court under paragraph
    # (3) or the enforcement of any unpaid restitution")
    r"\b(?:authority|power|jurisdiction)\b[^.;]{0,80}\b(?:enforc|collect|modif|chang|order)\w*\b[^.;]{0,20}\b(?:unpaid |any )?"
    r"restitution\b|\b(?:enforcement|collection) of (?:any )?(?:unpaid )?restitution\b|"
    # ("retains jurisdiction of the case for the purpose of modifying the manner in which court-ordered payments are made")
    r"\bfor the purposes? of\b[^.;]{0,60}\b(?:payments?|fines?|fees?|costs?|restitution)\b|"
    r"\bfor the (?:full |entire |whole )?(?:term|period|duration) of (?:the )?(?:probation|supervision|deferral|parole)|"
    r"\brevoke (?:the )?(?:probation|supervision|deferral|parole)\b|"
    r"\bjurisdiction over (?:the |its |a |any )?(?:probation|supervision|parole|sentence)\b|\bover whom\b|"
    # ... or a new petition for the relief after one was denied
    + RELIEF_AGAIN
    + r"|"
    # ... or for the relief's own petition, named before ("may petition the court ... to restrict access to criminal
    # history record information ... Such court shall maintain jurisdiction over the case for this limited purpose")
    r"^(?!.*\bchalleng\w* the validity\b).*\bfor (?:this|that|such) limited purpose\b(?![^.;]{0,80}\b(?:vacat|withdraw|post-?conviction|new trial|habeas|coram))|"
    # a petition about money or the sentence, not a challenge to the conviction ("retain jurisdiction over a
    # defendant's criminal case ... if a defendant files a petition for remittance")
    r"\b(?:petition|motion|application)s? (?:for|to) (?:the )?(?:remit\w*|remission|restitution|reduc\w*|modif\w*|early "
    r"(?:termination|discharge)|terminat\w* (?:of )?(?:probation|supervision))",
    # (not a want of jurisdiction named as a ground of the later challenge: "for a new trial on the ground of fraud, lack
    # of jurisdiction, or the denial of a right")
    # (nor a court told not to find that it lacks it: "a court shall not find that it lacks jurisdiction to decide the motion")
    r"^(?!.*\bgrounds? (?:of|that)\b)(?!.*\bnot (?:find|hold|rule|conclude|determine|decide)\w* that (?:it|the court) lacks\b)"
    r"(?:.*(?:(?:was|is|were) without jurisdiction|lack(?:ed|s)? (?:of )?jurisdiction|(?:did|does) not "
    r"have jurisdiction))",
    # power kept over a protective order, with no motion or petition in sight ("The court that entered the
    # protective order retains jurisdiction to enforce, modify, extend or dissolve that order")
    r"^(?!.*\b(?:motions?|petitions?|post-?conviction|habeas|coram nobis|collateral)\b)"
    r".*\b(?:(?:protective|no-contact|restraining) orders?|orders? of protection)\b",
    r"jurisdiction\b[^.;]{0,60}\b(?:modif\w*|reduc\w*|revo(?:ke|cation)\w*)\b[^.;]{0,30}\b(?:sentence|probation|supervision)",
    # a severability clause ("held invalid by a court of competent jurisdiction, the invalidity does not
    # affect ...") and a court kept able to order a transfer on an immigration detainer (Iowa Code § 27A.4)
    SEVERED,
    r"\bdetainers?\b",
    # power kept only to mend the relief's own order ("shall retain jurisdiction over a petition under this section for 60
    # days after it issues an order, for the sole purpose of correcting the order")
    r"\b(?:sole|only|limited) purpose of (?:correcting|amending|modifying|clarifying|enforcing) (?:the |its |an? |that |such )?(?:\w+ )?"
    r"order\b|\bjurisdiction\b[^.;]{0,80}\bto (?:correct|amend|modify|clarify) (?:the |its |that |such )?(?:\w+ )?order\b|"
    # ... or over the petition for the relief ("retains jurisdiction to reconsider the denial of a petition for expungement")
    r"\bjurisdiction\b[^.;]{0,60}\b(?:petitions?|motions?|applications?) (?:for|to) (?:an? |the )?(?:order (?:of |for )?)?(?:seal|expung|"
    r"expunct|eras|shield|nondisclos)\w*(?![^.;]*" + CHALLENGE_WORD + ")",
    ORDER_UNDONE,
    # a court kept able to hear another petition for the relief itself ("retains jurisdiction to consider a
    # renewed petition"), not a challenge to the conviction
    r"\bjurisdiction\b[^.;]{0,20}\bto (?:hear|consider|decide|entertain|rule on) (?:an? |the |any )?(?:(?:renewed|successive|"
    r"another|second|new) (?:petition|application|motion)|(?:(?:later|subsequent|further|future) )?(?:petition|application|"
    r"motion)s? (?:for|to) (?:the )?"
    r"(?:seal|expung|shield|nondisclos)\w*)",
    # a court kept able to collect money or enforce its orders ("shall retain jurisdiction over the defendant
    # for the purpose of enforcing any unpaid restitution, fine, fee, or cost"), and an application for a
    # job or a licence, are no later challenge
    r"\bjurisdiction\b[^.;]{0,80}\b(?:for the purposes? of |to )(?:enforc|collect)\w*[^.;]{0,40}\b(?:restitution|"
    r"fines?|fees?|costs?|protective|no-contact|support)\b",
    # ... in a list of what the court may still do, every item of which is money ("the court shall have authority,
    # notwithstanding that relief ..., to do both of the following: (1) Enforce ... any order of restitution")
    r"\b(?:jurisdiction|authority|power)\b[^.;]{0,200}?\bto do (?:both|all|each|any|either|one) of the following:\s*"
    r"(?:\(\w{1,4}\)\s*)?(?:(?!\b(?:vacat|withdraw|post-?conviction|habeas|coram)\w*)[^.;]){0,120}\b(?:restitution|fines?|fees?|"
    r"costs?)\b",
    # ... or its own order of relief ("The court that ordered a record sealed ... retains jurisdiction to enforce its order")
    r"\bjurisdiction\b[^.;]{0,60}\b(?:for the purposes? of |to )(?:enforc|implement|carry\w* out|effectuat)\w* (?:its|the|that|such|any) "
    r"(?:\w+ )?orders?\b(?![^.;]{0,80}\b(?:hear|decide|consider|entertain)\b)",
    # ... or rule on motions about the sealed record itself ("for the purpose of ruling on motions to unseal the record and
    # motions to correct inaccuracies in the sealed record")
    r"^(?!.*\b(?:vacat|withdraw|post-?conviction|new trial|habeas|coram|collateral|challeng)\w*).*\b(?:motions?|petitions?|applications?) to "
    r"(?:unseal\b|(?:correct|amend)\b[^.;]{0,30}\b(?:records?|inaccurac\w*|entr(?:y|ies))\b)",
    r"\bapplications? for (?:employment|housing|licen\w*|credit|admission)\b",
    # a court kept able to mend the record or the order, not to hear a challenge ("does not deprive the court of
    # jurisdiction to correct, amend, or supplement the record of the expunged case"; "to correct a clerical
    # mistake"); a court that must dismiss for want of jurisdiction (not only a motion filed after a time the power
    # is kept for: "a motion filed after that date shall be dismissed for want of jurisdiction")
    RECORD_KEPT,
    r"\bclerical (?:mistakes?|errors?)\b|^(?!.*\b(?:filed|made|brought) (?:after|later than|beyond)\b)"
    r"(?!.*\bno (?:petition|motion|application)s?\b[^.;]{0,120}\bdismissed for (?:want|lack))(?=.*\bfor (?:want|lack) of jurisdiction\b)",
    # a prisoner's term, kept open to be shortened ("retains jurisdiction over an offender who is serving a prison term")
    r"\bjurisdiction over (?:an? |the |any )?(?:offender|person|defendant|inmate|prisoner)\b[^.;]{0,40}\b(?:serving|committed|"
    r"confined|incarcerated)\b",
    # another application for the relief itself ("retains jurisdiction to hear and decide any later application
    # under this Act concerning the same conviction"; "retains jurisdiction over the matter for the purpose of deciding
    # any later petition under this part")
    r"\bjurisdiction\b[^.;]{0,80}\b(?:later|subsequent|further|future|another|new) (?:applications?|petitions?|motions?) "
    r"under this (?:act|chapter|article|part)\b",
)
"""What a court kept able to act may be kept able to do that is no later challenge to the conviction: a child's
case until an age, probation, money, a protective order, another petition for the relief itself, a higher court's
own jurisdiction, a severability clause."""

KEPT_OPEN = (
    NO_COURT + r"(?:(?:(?:shall|may|will) (?:be )?|(?:is|are) )(?:deprived|divested|barred|"
    r"prevented|precluded)|(?:shall|will|may) lose)\b[^.;,]{0,100}(?:"
    + LATER_CHALLENGE
    + r"|jurisdiction over (?:a |an |the |any )?"
    r"(?:criminal )?(?:action|case|matter|conviction)s?)|\bas (?:a )?reasons? (?:not to|to (?:decline|refuse|deny|dismiss))\b|"
    r"\b(?:decide|hear|consider|determine|rule on)\b[^.;]{0,80}\bas (?:if|though) (?:the |no )?(?:\w+ )?(?:records?|convictions?|orders?)\b"
    r"[^.;]{0,40}\b(?:not been|never been|had been issued)\b|\bon the (?:sole|only) grounds?\b|"
    r"\b(?:deny|dismiss|refuse|decline)\w*\b[^.;]{0,80}\b(?:solely|merely|only) because\b|"
    r"\b(?:hear|entertain|consider|grant|decide)\w*\b[^.;,]{0,80}\buntil\b[^.;]{0,60}\b(?:(?:has|have) been (?:served with|notified|given "
    r"notice)|served (?:on|upon))\b"
)
"""A court's power kept in the words of a bar ("No court shall be deprived of jurisdiction to hear a motion to vacate";
"No court is divested ... by the expunction"; "shall decide the motion as if the record had not been sealed"), a
refusal on one ground ("shall not deny the motion solely because ..."), or a bar only until the prosecutor is served:
no rule reads these against the court's power."""
CIVIL_MATTER = (
    r"\b(?:judgments?|decrees?|orders?) (?:of|for|in) (?:an? |the )?(?:divorce|dissolution of marriage|adoption|guardianship|"
    r"(?:final )?distribution|forfeiture)\b|\bdefault judgments?\b|\badoption (?:files?|proceedings?|decrees?)\b|\bforfeited (?:bail|bonds?)\b|"
    r"\bprobate\b|\b(?:the )?estate is closed\b"
)
"""A civil matter's judgment made final (a divorce, an estate, an adoption, a bail bond's forfeiture), which says nothing
of a conviction."""
RELIEF_WAIT = (
    r"\b(?:grant|hear|entertain|consider|accept)\w*\b[^.;,]{0,100}\buntil (?:at least )?(?:\w+ ){1,2}(?:\(\d+\) )?(?:years?|months?|days?) "
    r"(?:after|following|from|have passed|has passed)\b"
)
"""The relief's own waiting period, in the bar's own clause ("No court may grant a motion to vacate the record of
conviction under this section until three years after the sentence has been completed")."""
NEGATED_COURT = NO_COURT + r"(?:shall|may|will|can|has|have)\b(?! (?:" + SPARED + r"))"
"""A court the sentence refuses power ("no court may entertain any petition to vacate it"; "no court shall have
jurisdiction to hear"): the words of a grant inside a bar keep nothing."""
