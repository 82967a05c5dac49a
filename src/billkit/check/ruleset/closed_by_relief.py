"""Rules for a record's relief that closes the conviction to any later challenge, in words the other court-power
rules do not read: the cleared judgment "shall not afterward be opened", the person "shall not thereafter bring
any motion" to vacate it, the writ "does not lie" once the record is expunged, relief "is unavailable" to one
discharged, a pending petition "deemed abandoned" when the record is sealed, a court that "loses all power" to
vacate the cleared judgment, and claims of an unlawful plea "extinguished" by the relief. A noncitizen who learns
of a plea's defect only when an immigration case begins is shut out by each; each is read only where the law
speaks of clearing a record, so that an ordinary rule of finality on appeal is left alone."""

from __future__ import annotations

from ..vocabulary import CLEARED, CLEARED_TIE, LISTED
from .court_power import JURISDICTION_KEPT
from .rule import Rule

ATTACKED = (
    r"\b(?:vacate|set aside|reopen|open|attack|challenge|review|withdraw|annul|reverse)\w*\b[^.;]{0,40}"
    r"\b(?:conviction|judgment|plea|sentence)s?\b"
)
"""The conviction attacked ("to vacate, set aside or otherwise attack the expunged conviction")."""
LATER_WORDS = r"(?:afterward|afterwards|thereafter|hereafter|later|again|subsequently)"

RULES: tuple[Rule, ...] = (
    # The cleared judgment closed to review ("The judgment so set aside shall not afterward be opened, and no further
    # review of it shall be had, by motion, petition, writ or otherwise, in any court") or the person barred from
    # attacking it ("The petitioner shall not thereafter bring any motion, petition or action in any court of this
    # state to vacate, set aside or otherwise attack the expunged conviction").
    Rule("court-jurisdiction", "against",
         (r"\b(?:judgment|conviction|plea|case)s?\b[^.;]{0,60}\b(?:shall|may) not " + LATER_WORDS + r" be (?:re)?opened\b|"
          r"\bno (?:further|other|later) (?:review|challenge|attack)\b[^.;]{0,40}\b(?:shall|may) be (?:had|taken|brought|allowed)\b|"
          r"\b(?:shall|may) not " + LATER_WORDS + r" (?:bring|file|make|maintain|institute)\b[^.;]{0,80}\b(?:motions?|petitions?|actions?|"
          r"applications?|writs?|proceedings?)\b[^.;]{0,80}" + ATTACKED + "|"
          # ("neither the person nor the state may thereafter seek, in any court, to vacate, modify or collaterally attack the
          # plea or the conviction on which the order rests")
          r"\b(?:(?:shall|may) not|neither\b[^.;]{0,60}\bnor\b[^.;]{0,60}\b(?:shall|may)) " + LATER_WORDS + r" (?:seek|move|petition|"
          r"apply)\b[^.;]{0,40}" + ATTACKED + "|"
          # ("no motion, petition, or other proceeding to vacate, modify, or otherwise review the conviction so set aside
          # shall thereafter be entertained by any court of this state")
          r"\bno (?:[\w-]+,? (?:or |and )?){0,4}?(?:motions?|petitions?|applications?|writs?|proceedings?|actions?)\b[^.;]{0,60}"
          + ATTACKED + r"[^.;]{0,60}\b(?:shall|may) " + LATER_WORDS + r" be (?:entertained|heard|considered|maintained|brought|filed)\b",),
         elsewhere=(CLEARED_TIE,), unless=JURISDICTION_KEPT),
    # A case the relief closed that "may not be reopened", where the text makes reopening any attack on the judgment
    # ("'Reopen' includes the filing of any motion ... that seeks to vacate, set aside ... the judgment"; "A closed case
    # may not be reopened by any party").
    Rule("court-jurisdiction", "against",
         (r"\b(?:case|judgment|conviction|matter|proceeding)s?\b[^.;]{0,40}\b(?:shall|may) not be reopened\b",),
         elsewhere=(r"\breopen\w*\W{0,3} (?:includes?|means?)\b[^.;]{0,120}\b(?:vacate|set aside|attack|challenge)",),
         unless=JURISDICTION_KEPT),
    # A challenge brought after the record is cleared or the sentence served, dismissed out of hand ("Any motion or
    # petition ... that seeks to vacate, set aside or correct a judgment of conviction ... and that is filed after the
    # person has completed the sentence imposed or after the record of the conviction has been sealed or expunged ...
    # shall be summarily dismissed"), or every filing but a clerk's correction ("retains jurisdiction in the proceeding
    # only to correct clerical errors in the order ..., and ... any other motion or application filed in the proceeding
    # after that date shall be dismissed").
    Rule("court-jurisdiction", "against",
         (r"(?:" + ATTACKED + r"|\bcoram nobis\b|\bhabeas\b)[^.;]{0,200}\b(?:filed|brought|made)\b[^.;]{0,20}\bafter\b[^.;]{0,80}"
          r"(?:\b(?:has|have) been (?:\w+ )?" + CLEARED + r"\b|\b(?:has|have) (?:completed|served|fully served|been discharged from)\b)"
          r"[^.;]{0,120}\bshall be (?:summarily )?(?:dismissed|denied|stricken|rejected)\b|"
          r"\b(?:retains?|keeps?|has|shall have) (?:continuing )?jurisdiction\b[^.;]{0,40}\bonly to\b(?![^.;]{0,80}\b(?:vacat|withdraw|"
          r"post-?conviction|habeas|coram|challeng|illegal sentence))[^.;]{0,80}\b(?:clerical|records?|orders?|restitution)\b[^.;]{0,80}"
          r"\b(?:any|all|every) other (?:motions?|petitions?|applications?|papers?|pleadings?|filings?)\b[^.;]{0,100}\bshall be "
          r"(?:summarily )?(?:dismissed|denied|stricken|rejected)\b",),
         elsewhere=(CLEARED_TIE,), unless=JURISDICTION_KEPT),
    # A remedy that "does not lie" once the person is discharged or the record cleared ("The writ of error coram nobis
    # does not lie: ... (2) On behalf of any person who has been discharged from the sentence, whether ... by an order
    # annulling the conviction ...; or (3) After the record of the conviction has been expunged"; "No court or judge shall
    # have power to allow the writ ... in any of the following cases: ... (3) where ... the judgment annulled"), or relief
    # unavailable to one discharged ("Relief under this subchapter is unavailable to any person who has been
    # discharged from the sentence").
    Rule("court-jurisdiction", "against",
         (r"(?:\b(?:writ|remedy|motion|petition|relief|proceeding)\b[^.;]{0,60}\bdoes not lie\b|\bno (?:court|judge)\b[^.;]{0,30}\b"
          r"(?:shall have|has) (?:the )?(?:power|jurisdiction|authority) to (?:allow|grant|issue|entertain)\b[^.;]{0,40}\bwrit\b)"
          + LISTED + r"{0,300}?"
          r"\b(?:discharged|expunged|sealed|annulled|set aside|pardoned|expired|completed)\b|"
          r"\b(?:relief|remedy|writ|review)\b[^.;]{0,60}\bis (?:unavailable|not available) to (?:any |a |the )?(?:person|petitioner|"
          r"defendant|applicant|movant)s? who (?:has|have) been (?:discharged|released)\b",),
         unless=JURISDICTION_KEPT),
    # A challenge pending when the record is cleared, taken as given up ("If, while a petition under this rule is
    # pending, the petitioner obtains an order expunging or sealing the conviction ..., the petition shall be deemed
    # abandoned, and the court shall enter an order dismissing it with prejudice").
    Rule("court-jurisdiction", "against",
         (r"\b(?:petitions?|motions?|applications?|claims?)\b[^.;]{0,40}\b(?:shall be|is|are) (?:deemed|treated as|considered) "
          r"(?:abandoned|withdrawn|waived|moot)\b",
          r"\b(?:expung|seal|annul|set[- ]aside|eras|shield|nondisclos)\w*"),
         unless=JURISDICTION_KEPT),
    # A court that loses its power over the cleared judgment once a time has run ("When that period has run, the Court
    # loses all power to alter, amend, or vacate the annulled judgment or the order of annulment").
    Rule("court-jurisdiction", "against",
         (r"\b(?:loses?|forfeits?|is divested of|shall have no) (?:all |any )?(?:further )?(?:power|authority|jurisdiction) to\b[^.;]{0,40}"
          r"\b(?:vacate|set aside|reopen|alter|amend)\b[^.;]{0,40}\b(?:annulled|expunged|sealed|cleared|set-aside)? ?(?:judgment|conviction)s?\b|"
          # ("once a conviction is set aside ..., the court of conviction loses jurisdiction over the case")
          r"\b(?:loses?|forfeits?) (?:all )?(?:jurisdiction|power|authority) over (?:the |that |such )?(?:underlying |criminal |"
          r"original )*(?:case|conviction|judgment|matter)\b",),
         elsewhere=(CLEARED_TIE,), unless=JURISDICTION_KEPT),
    # The relief made a bar to any later challenge ("An expunged conviction is deemed finally and conclusively adjudicated
    # for all purposes, and the order of expungement operates as a bar to any later proceeding in which the validity of
    # the conviction is called into question"); not a bar to a civil suit or a new prosecution.
    Rule("court-jurisdiction", "against",
         (r"\b(?:orders?|expung\w*|expunction|sealing|set-?asides?|annulments?|erasure)\b[^.;]{0,40}\b(?:operates?|shall operate|acts?|"
          r"serves?|constitutes?|is) as (?:a |an )?(?:complete |absolute |full )?bar to (?:any|all|every) (?:later |subsequent |future |"
          r"further )?(?:proceedings?|challenges?|attacks?|motions?|petitions?)\b[^.;]{0,80}\b(?:validity|conviction|judgment|plea)s?\b",),
         elsewhere=(CLEARED_TIE,), unless=(*JURISDICTION_KEPT, r"\bcivil\b|\bdamages\b|\bprosecut\w*")),
    # The cleared conviction put out of every court's reach ("shall be treated as though they had never existed, for all
    # purposes and in all proceedings, ... judicial, and no court of this state shall thereafter take cognizance of
    # them"), later challenges to it refused at the clerk's window or dismissed ("the clerk shall not accept for filing,
    # and the court shall summarily dismiss, any later petition ... that seeks relief from the sealed conviction"), or the
    # conviction made moot ("shall be deemed moot for the purposes of any subsequent motion, petition, or appeal directed
    # to the conviction").
    Rule("court-jurisdiction", "against",
         (r"\bno (?:\w+ )?courts?\b[^.;]{0,40}\b(?:shall|may|will) (?:thereafter |hereafter |afterwards? |then )?take (?:judicial )?"
          r"cognizance of\b|"
          r"\b(?:shall|must) (?:not accept for filing|(?:summarily )?(?:dismiss|reject|strike))\b[^.;]{0,80}\b(?:any|all|every) "
          r"(?:later |subsequent |further |other )?(?:petitions?|motions?|applications?|writs?)\b[^.;]{0,60}\b(?:relief from|"
          r"(?:to |that seeks? to )?(?:vacate|set aside|attack|challenge|review))\b[^.;]{0,20}\b(?:the |any |a |such )?(?:"
          + CLEARED + r") (?:convictions?|judgments?|records?|cases?)\b|"
          r"\b(?:deemed|treated as|considered) moot\b[^.;]{0,40}\b(?:any|all|every) (?:later |subsequent |further )?(?:motions?|"
          r"petitions?|appeals?|applications?|challenges?)\b",),
         elsewhere=(CLEARED_TIE,), unless=JURISDICTION_KEPT),
    # A case the relief closed "for all purposes", in which the court "shall not entertain any further motion".
    Rule("court-jurisdiction", "against",
         (r"\b(?:shall|may|will) not (?:entertain|hear|consider|accept)\b[^.;]{0,20}\b(?:any )?(?:further|later|subsequent|other) "
          r"(?:motions?|petitions?|applications?|filings?)\b[^.;]{0,20}\bin (?:a|the|any|such) (?:closed|sealed|expunged) (?:case|matter)s?\b",
          r"\b(?:" + CLEARED + r"|sealing|expunge?ment)\b[^.;]{0,80}\b(?:is|are|shall be) (?:closed|terminated|concluded) for all purposes\b"),
         window=2, unless=JURISDICTION_KEPT),
    # Claims that the plea or judgment was unlawful ended by the relief ("Upon entry of the order, every claim that
    # the petitioner has ... that the plea or the judgment was unlawful, whether for want of counsel, for mistaken or
    # missing advice, or for any other irregularity ..., is extinguished"): the grounds of a vacatur taken away.
    Rule("vacatur-for-cause", "against",
         (r"\b(?:claims?|grounds?|objections?|defen[cs]es?)\b[^.;]{0,120}\b(?:unlawful|invalid|illegal|void|defective|irregular\w*|"
          r"counsel|advi[cs]e)\b[^.;]{0,200}\b(?:is|are|shall be) (?:extinguished|released|discharged|forever barred|waived)\b",),
         elsewhere=(CLEARED_TIE,)),
)  # fmt: skip
