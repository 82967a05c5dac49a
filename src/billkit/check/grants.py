"""The words that grant a vacatur: a court that "may vacate the judgment", a person who "may petition the court to
vacate" a conviction, a motion to vacate that "shall be granted", an order "vacating the judgment", a new trial, and a
digest's "provides a process ... to vacate" convictions.

Like :mod:`billkit.check.grounds`, a regular expression over lower-cased text that :mod:`billkit.check.ruleset`
combines with a ground of defect into rules.
"""

from __future__ import annotations

GRANT_VACATUR = (
    r"(?:\b(?:may|shall|must|(?:is|are) (?:authori[sz]ed|required|empowered) to)\b[^.;]{0,120}?(?:\b(?:vacate|set aside|erase|throw out|annul(?:s|ling)?)|\b(?:including|by) (?:vacating|setting aside))\b[^.;]{0,40}?\b(?:conviction|judgment|sentence|verdict|adjudication|"
    # (a plea vacated: "The court shall grant the petition, vacate the plea, enter a plea of not guilty")
    r"(?<=vacate the )(?:guilty )?plea)"
    r"|(?:motion|moving|move) to (?:vacate|set aside) (?:a |an |the |any )?(?:guilty )?(?:plea|conviction|judgment|sentence|adjudication)"
    # ("allowing victims to petition the circuit court to vacate and expunge a conviction")
    r"|\b(?:petition|move|apply to) (?:the |a |any )?(?:\w+ ){0,2}court(?: of conviction)? to (?:vacate|set aside)\b(?: and \w+)? (?:a |an |the |any |their |his |her )?"
    r"(?:conviction|judgment|plea)"
    # the relief asked for by its noun ("a trafficking victim may petition for vacation and expungement of an offense"; "may
    # apply for vacatur of the conviction")
    r"|^(?!.*\bno (?:person|one|defendant|individual|petitioner|applicant|victim)s?\b[^.;]{0,80}\bmay\b).*?"
    r"\b(?:may|shall)\b[^.;]{0,60}?\b(?:petition|move|apply)\b(?: (?:to )?(?:the |a |any )?(?:\w+ ){0,3}?court(?: of [\w ]{1,30}?)?)? "
    r"(?:for (?:the |an? )?(?:vacation|vacatur)|"
    r"to vacate)\b(?: and (?:\w+ )?(?:expungement|expunge|sealing|seal))?(?: of)? (?:a |an |the |any |his |her |their |each |one or more )?"
    r"(?:convictions?|offen[cs]es?|judgments?|adjudications?|(?:guilty )?pleas?|records? of conviction)\b"
    r"|\bmay (?:challenge|attack|contest) (?:the|a|his|her|their|any) (?:guilty )?(?:plea|conviction|judgment)|\b(?:shall|may) (?:\w+ )?arrest (?:the )?judgment\b|\bmotions? in arrest of judgment (?:may|shall) be granted\b|\bjudgments? (?:is|shall be|may be) arrested\b"
    # (a digest's "allows a withdrawal of a plea of guilty"; "will have the right to withdraw the guilty plea")
    r"|\ballows? (?:a |the )?withdrawal of (?:a |the )?(?:guilty plea|plea of guilty|plea)\b|\b(?:will|shall) have the right to withdraw (?:the |a |his |her |their |his or her )?(?:guilty )?plea\b"
    r"|\b(?:may|shall)\b[^.;]{0,60}(?:permit|allow) the defendant to withdraw|\b(?:may|shall) grant\b[^.;]{0,40}\brelief on an? (?:application|petition) for (?:a )?writ of habeas corpus|\b(?:will|shall|may) grant (?:appropriate |such )?relief to (?:a |the |any )?(?:petitioner|applicant|movant|convicted person)\b"
    # (relief "as may be appropriate" whose kinds include undoing the conviction: "shall grant such relief as may be
    # appropriate, which may include release, a new trial ... or the annulment of the conviction")
    r"|\b(?:will|shall|may) grant (?:such )?relief as (?:may be|is) (?:appropriate|just|proper)\b[^.;]{0,120}\b(?:annulment|vacat\w+|setting aside) of the (?:conviction|judgment)\b"
    # ("The court may grant relief if ..."; "a trial court shall order appropriate relief if testing demonstrates")
    r"|(?<!which a )(?<!which the )(?<!which any )\b(?:court|judge)\b[^.;]{0,20}\b(?:may|shall) (?:grant|order) (?:the )?(?:appropriate |such )?relief\b(?! from (?:the |a |any )?(?:registration|"
    r"disabilit|fees?|costs?|fines?|restitution|forfeiture|bond|stay|judgment in a civil))"
    r"|(?<!not )(?<!not itself )(?<!never )\b(?:authoriz(?:es?|ing)|allow(?:s|ing)?|permit(?:s|ting)?|requir(?:es?|ing))\b (?:a |the |any )?(?:\w+ ){0,2}court(?: (?:that|which) [^,.;]{0,80}?)?(?:,[^,.;]{0,120},)? to "
    r"(?:vacate|set aside)\b[^.;]{0,40}\b(?:conviction|judgment|plea|sentence)"
    # (a digest's leave to the person: "authorizes a person who pleaded guilty to any offense to move the circuit court
    # in which the plea was entered to vacate the conviction")
    r"|\b(?:authori[sz](?:es?|ing)|allow(?:s|ing)?|permit(?:s|ting)?|entitl(?:es?|ing))\b (?:a |an |any )?(?:person|defendant|"
    r"individual|petitioner|noncitizen)\b[^.;]{0,80}?\bto (?:move|petition|apply to)\b[^.;]{0,80}?\bto (?:vacate|set aside)\b"
    r"[^.;]{0,40}\b(?:conviction|judgment|plea|sentence)"
    # ("may apply to the court of conviction to have the judgment of conviction vacated"; not "set aside", which in
    # this loose form is as often a set-aside for rehabilitation)
    r"|\b(?:may|shall)\b[^.;]{0,60}?\b(?:apply|petition|move)\b[^.;]{0,60}?\bto have (?:the |a |an |any |his |her |their )?"
    r"(?:\w+ ){0,3}?(?:convictions?|judgments?(?: of conviction)?|pleas?)\b[^.;]{0,10}\bvacated\b"
    r"|\b(?:conviction|judgment|sentence|plea|verdict)s?\b[^.;]{0,100}?\b(?:shall|may|must)(?:,[^,.;]{0,120},)? (?!not\b(?![^.;]*\b(?:unless|except)\b))(?:\w+ )?be "
    r"(?:vacated|set aside|annulled|withdrawn)"
    # the court's order in the subjunctive, or the judgment named before its verb ("the judge may order that the judgment be
    # vacated"; "the court shall declare a void judgment to be of no effect, vacate it"; "may ... reopen any judgment of
    # conviction ... and set it aside")
    r"|\b(?:may|shall|must) (?:order|direct|declare|adjudge) that (?:the |a |any |such )?(?:\w+ )?(?:judgment|conviction|sentence|plea|verdict)s?"
    r"(?: of conviction)? (?:be|is) (?:vacated|set aside|annulled|void)\b"
    r"|\b(?:may|shall|must)\b[^.;]{0,80}\b(?:judgment|conviction)s?\b[^.;]{0,80}\b(?:vacate it|set it aside|annul it)\b"
    r"|(?<!not entitled to )(?<!no right to )\bhave (?:the |(?:the )?(?:person|defendant|petitioner|individual|movant|applicant)['\u2019]s "
    r"|his or her |his |her |their )"
    r"(?:judgment|conviction|sentence|plea|adjudication)s? (?:vacated|set aside)|set (?:the |a |any )?(?:\w+ )?(?:judgment|conviction|sentence) aside|\brequiring (?:its )?vacatur\b"
    # the relief a proceeding may give, vacatur first among them ("Relief under this chapter may include any of the
    # following: vacating the conviction and allowing the withdrawal of any plea; a new trial; ...")
    r"|\brelief\b[^.;]{0,60}\b(?:may|shall) include\b[^.;:]{0,40}:?\s*(?:\(\w{1,4}\)\s*)*vacat(?:es?|ing) (?:the |a |any )?(?:judgment|conviction)"
    r"|\b(?:enter|issue|grant|make)\w* an order vacating|\bentitled\b[^.;]{0,40}\bto an order vacating"
    # an item of a list of the orders a court may enter ("... any of the following: 1. An order setting aside or vacating
    # the judgment of conviction")
    r"|:\s*(?:\(?\w{1,4}[.)]\s*)+an order (?:setting aside (?:or|and) )?vacating (?:the |a |any )?(?:judgment|conviction)"
    # (or the order the court must issue, its first item a vacatur: "the court is required to issue an order: (a) setting
    # aside or vacating the petitioner's judgment of conviction")
    r"|\ban order:\s*(?:\(?\w{1,4}[.)]\s*)+(?:setting aside (?:or|and) )?vacating (?:the |a |any |(?:the )?(?:petitioner|defendant|"
    r"person|movant)'s )?(?:judgment|conviction)"
    r"|motion to (?:vacate|withdraw (?:a |the )?(?:guilty )?plea)[^.;]{0,60}\b(?:shall|must|may) be granted"
    # the conviction declared void (a writ of error coram nobis: "the judgment of conviction is void and of no force or
    # effect, and the court shall so declare in its order")
    r"|\b(?:judgment|conviction)s?(?: of conviction| entered on (?:the|a) plea)? (?:is|are|shall be) (?:declared |deemed )?(?:void|null|a nullity)\b"
    # an item of a list of the orders a court may make ("... including an order that does any of the following: (1)
    # Vacates and sets aside the judgment")
    r"|:\s*(?:\(\w{1,4}\)\s*)+vacat(?:es?|ing)(?: and (?:sets?|setting) aside)? (?:the |a |any )?(?:judgment|conviction)"
    r"|\b(?:petition|move|apply)\b[^.;]{0,160}?\bfor an order\b[^.;]{0,20}?\bvacating (?:the |a |any )?(?:judgment|conviction)"
    r"|\b(?:may|shall) grant (?:post-?conviction relief|(?:the |such )?motion to vacate)"
    # what the order granting the motion does ("An order granting a motion under subsection (c) vacates both the
    # conviction and the order setting it aside")
    r"|\border (?:granting|that grants) (?:the |a |such )?(?:motion|petition)\b[^.;]{0,60}\bvacates (?:both )?(?:the |a )?(?:conviction|judgment)"
    r"|\b(?:permits?|allows?|authori[sz]es?|provides? for) (?:the )?vacatur\b"
    # a bill's digest ("Creates a mechanism for a person who is not a citizen ... to vacate a criminal conviction")
    # a bill's title that says it adds to the law of vacating judgments ("AN ACT to amend the criminal procedure law, in
    # relation to vacating judgments entered upon pleas of noncitizens")
    r"|\b(?:in relation|relating|relative) to (?:the )?vacat(?:ing|ur of) (?:a |the |certain )?(?:judgments?|convictions?)\b"
    r"|\b(?:creates?|establish(?:es)?) (?:a |an )?(?:mechanism|procedure|process|right|cause of action)\b[^.;]{0,200}?\bto (?:vacate|set aside) "
    r"(?:a |an |the |any |his |her |their )?(?:criminal )?(?:conviction|judgment)"
    r"|\b(?:conviction|judgment)s? (?:be )?vacated\b[^.;]{0,200}\bshall grant the (?:application|petition|motion)"
    # an old writ kept to vacate the judgment ("The writ of error coram nobis ... shall lie, notwithstanding ..., to vacate a
    # judgment of conviction upon a showing of some fact"), and what granting a motion does ("when the motion is granted,
    # the judgment of conviction is vacated")
    r"|\b(?:writ|motion|petition)\b[^.;]{0,80}\b(?:shall|may) lie\b[^.;]{0,120}\bto vacate (?:a |the |any )?(?:judgment|conviction)"
    r"|\b(?:when|if|once) the (?:motion|petition) is granted, the (?:judgment|conviction)\b[^.;]{0,30}\b(?:is|shall be) vacated\b"
    # a new trial, which vacates the verdict it replaces ("the court on motion of the defendant ... may grant a new trial")
    # (in a criminal case: "the court on motion of the defendant ... may grant a new trial"; not "a new trial to any party ...
    # in an action at law")
    r"|^(?=.*\b(?:defendants?|accused|convict\w*|guilty|prisoners?|criminal|offen[cs]es?|crimes?)\b).*?(?:"
    r"\b(?:may|shall|must)\b(?! not\b)[^.;]{0,80}?\b(?:grant|order) (?:to )?(?:the |a |that )?(?:defendant |petitioner |person |movant )?"
    r"a new trial\b|\b(?:shall|may) be granted a new trial\b|\b(?:may|shall)\b(?! not\b)[^.;]{0,40}?\b(?:move|apply) for a new trial\b"
    # (an item of what the court shall do: "the court shall order the State to pay the costs of the testing and: ... (D) if
    # the court finds that ... the petitioner would not have been convicted ..., order a new trial")
    r"|:\s*(?:\(\w{1,4}\)\s*)+[^.;]{0,200}?,\s*order a new trial\b)"
    # a digest's words ("allows juvenile victims ... to petition to vacate a delinquency adjudication"; "establishes
    # procedures ... for vacating convictions and juvenile adjudications in human trafficking cases")
    r"|\b(?:allows?|permits?|authori[sz]es?|entitles?|enables?)\b[^.;]{0,80}?\bto (?:petition|move|apply|ask|request)(?:,[^,.;]{0,60},)? (?:the (?:\w+ )?court )?to (?:vacate|set aside) "
    r"(?:a |an |the |any |their |his |her )?(?:convictions?|(?:guilty )?pleas?|(?:delinquency |juvenile )?adjudications?|"
    r"criminal (?:convictions?|judgments?))\b"
    r"|\b(?:establish|creat|provid)\w* (?:a |an )?(?:procedures?|process|mechanism)\b[^.;]{0,120}?\bfor vacating (?:a |the |certain )?"
    r"(?:criminal )?(?:convictions?|criminal judgments?)\b"
    # ("would provide a process for a person to vacate and expunge, as applicable, all arrests, charges, complaints,
    # convictions, or other dispositions"; a synopsis's "Provides for process to vacate and expunge ... convictions")
    r"|\b(?:establish|creat|provid)\w*(?: for)? (?:a |an )?(?:procedures?|process|mechanism)\b[^.;]{0,40}?\bto vacate\b[^.;]{0,120}?"
    r"\bconvictions?\b)"
)
"""A grant of vacatur, in the words of statutes, rules and digests; what it rests on is read apart."""


GROUNDS_LISTED = (
    r"\b(?:the )?grounds? for (?:post-?conviction |collateral )?relief (?:under this (?:article|chapter|part|rule|section|act|subchapter) )?"
    r"(?:are|is|shall be|include|includes)\b(?! (?:barred|waived|conclusive|deemed|not)\b)|"
    r"\b(?:are|is) (?:the )?(?:cognizable )?grounds? for (?:post-?conviction )?relief under this (?:article|chapter|part|rule|section|act)\b|"
    r"\bgrounds? available (?:in|to|for|under) (?:an? |the |any )?(?:initial |first |original )?(?:petition|application|motion|proceeding)s?\b"
    r"[^.;]{0,40}\binclude\b"
)
"""The grounds of a proceeding named as such ("The grounds for relief under this article are that ..."; "Grounds for
relief include that the conviction was obtained in violation of the constitution"; "the grounds available in an initial
petition, which include any substantial denial of rights"): the proceeding they belong to gives relief on them."""


UNTIED_TRAFFICKING = (
    r"\b(?:whether or not|regardless of whether|need not (?:show|prove|establish)|without regard to whether)\b[^.;]{0,80}"
    r"\b(?:connection|connected|result|resulted|related|relation|caused)\b[^.;]{0,40}\btraffick"
)
"""A survivor's relief cut loose from the trafficking ("may apply to vacate any conviction ..., whether or not the
offense had any connection with the trafficking"): the conviction need rest on no defence the person never had
heard, so it is no ground of defect."""
RELIEF_FRAUD = (
    r"\b(?:pardons?|commutations?|certificates?|licen[cs]es?|orders? (?:of|for|granting) (?:\w+ )?(?:relief|expung\w*|expunction|sealing|"
    r"set-?aside|pardon))\b[^.;]{0,60}\b(?:obtained|procured|secured|granted|set aside|vacated|revoked|rescinded)\b[^.;]{0,20}"
    r"\b(?:by|through|for|because of|on the ground of) (?:fraud|misrepresentation|deceit)"
)
"""Fraud in getting the relief, not in the conviction ("may object only on the ground that the pardon ... was obtained by
fraud"; "unless the order of expungement is itself first set aside for fraud in its procurement"): a ground for refusing
or undoing clemency, no defect in the judgment."""
NO_MOTION_ENTERTAINED = (
    r"\bno (?:\w+ ){0,2}(?:motions?|petitions?|applications?)\b[^.;]{0,200}\b(?:shall|may|will) (?:thereafter |then |afterwards? |hereafter )?"
    r"be (?:entertained|heard|considered|granted)\b"
)
"""A bar on later motions to vacate ("no motion to vacate the judgment ... shall thereafter be entertained by any court"),
which names the remedy only to refuse it."""
SENTENCE_CONFINED = (
    r"\b(?:relief|remed(?:y|ies))\b[^.;]{0,60}\b(?:is|are|shall be) (?:confined|limited|restricted) to the sentence\b|"
    r"\b(?:the )?(?:judgments? of conviction|convictions?|findings? or pleas? of guilty)\b[^.;]{0,20}\b(?:shall|may) not be "
    r"(?:vacated|set aside|disturbed)\b(?:,? or otherwise (?:disturbed|affected),?)? (?:by (?:an?|the|any) order|under this (?:rule|section|"
    r"subsection|chapter))\b(?![^.;]*\b(?:except|unless|other than|save)\b)|"
    r"\bdoes not permit (?:any )?(?:challenge|attack) (?:to|on) the (?:finding|plea|conviction|adjudication|judgment of conviction)\b|"
    r"\b(?:finding of guilt|judgments? of conviction|convictions?)\b[^.;]{0,60}\b(?:shall|will) remain (?:undisturbed|in (?:full )?(?:force|effect))\b"
)
"""Relief that the law itself confines to the sentence ("Relief under this rule is confined to the sentence"; "the
judgment of conviction shall not be vacated or otherwise disturbed by an order under subsection (c)"): a defect
corrected in the sentence, the conviction left standing."""
HEARD_DESPITE_CLEARING = (
    r"\b(?:may|shall) (?:hear|decide|consider|entertain)\w*(?: and (?:decide|determine|rule on))?\b[^.;]{0,40}\bnotwithstanding "
    r"(?:the |any |such )?(?:seal|expung|set[- ]aside|shield|nondisclos|annul|eras)\w*"
)
"""A court kept able to hear a motion despite the clearing ("including a motion to vacate the judgment, which the court
may hear and decide notwithstanding the sealing"): it keeps the court's power and grants no vacatur itself."""
SENTENCE_ONLY = (
    r"\brecall\w*\b[^.;]{0,30}\bsentence|"
    # ("relief granted under this rule shall not disturb the adjudication of guilt or permit the withdrawal of a plea")
    r"\b(?:shall|does|will|may) not (?:disturb|affect|alter) (?:the )?(?:adjudication of guilt|conviction|judgment of conviction)\b|"
    r"\b(?:shall|does|will|may) not (?:permit|allow|authori[sz]e) the withdrawal of (?:a|the) plea\b|"
    r"\bdoes not (?:challenge|attack|affect) the validity of the conviction\b"
)
"""Relief that recalls a sentence (to resentence or dismiss it under a later law), or that reaches the sentence and
leaves the conviction alone, not a vacatur of the conviction."""
