"""A court's power to hear a later challenge kept, in words the rules of :mod:`.jurisdiction` do not know.

Two shapes keep it. One ends the court's power over the case but excepts a later challenge, often as the last of a
list of what the court may still do ("all proceedings in the case are terminated ..., except that the court may (A)
enforce the order, (B) correct a clerical error ..., or (C) hear and determine any motion or petition that challenges
the validity of the expunged conviction"). The other lets the challenge go on although the record was cleared ("A
motion under this rule may be filed, heard and granted although the record of the conviction has been sealed"; the
writ "shall so lie notwithstanding that ... the record of the conviction has been expunged or sealed"; "the
expungement ... shall work no abatement of the court's power to hear and determine the writ"; the court "must not
dismiss the motion ... because the record has been cleared"). A third says the power goes on after the clearing ("the
court's jurisdiction to hear a petition ... continues ... after the records ... have been sealed"), or keeps it as an item
of a one-sentence list of what the relief's order is not to be construed to do.

Not read so: an exception that keeps only the relief's own order (to enforce, correct or rescind it), which the
challenge words leave out; and a challenge kept from a bar other than the record's clearing.
"""

from __future__ import annotations

from ..vocabulary import CLEARED, LATER_CHALLENGE, RELIEF
from .court_power import EXCEPTED_CHALLENGE
from .finality import NARROW_KEPT
from .rule import Rule
from .time_bars import POST_CONVICTION_LAW

CLEARED_RECORD = (
    r"[^.;]{0,120}?\b(?:records?|convictions?|judgments?)\b[^.;]{0,60}?\b(?:has|have|had|is|are|was|were) (?:since |now |already )?(?:been )?"
    r"(?:\w+,? )?(?:or )?" + CLEARED + r"\b"
)
"""The record or conviction cleared ("the record of the conviction has been expunged or sealed"), not a sentence
served or a judgment the writ itself may set aside."""
POWER_ENDED = (
    r"\b(?:terminat\w*|ends?|ceases?|concluded|closed|no further (?:action|jurisdiction|power|authority))\b"
)
"""The court's power over the case, or the case itself, at an end."""
CHALLENGE_EXCEPTED = POWER_ENDED + r"[^.;]{0,80}" + EXCEPTED_CHALLENGE
"""The court's power ended but for a later challenge, however far down the list of what the exception keeps."""
CLEARED_LIST = (
    r"[^.;]{0,160}?\b(?:records?|convictions?|judgments?)\b[^.;]{0,40}?\b(?:\w+,? )?(?:or )?"
    + CLEARED
    + r"\b"
)
"""The record cleared as an item of a list whose verb went before ("notwithstanding that the sentence has been served,
..., or the record of the conviction sealed, expunged or set aside")."""
DESPITE_CLEARING = (
    r"\b(?:(?:may|shall|must) (?:(?:so|still|nonetheless|nevertheless) )?(?:be (?:filed|heard|granted|entertained|brought)\b"
    r"(?:,? (?:and |or )?(?:filed|heard|granted|entertained|decided|determined))*|lie|issue|proceed)|(?:is|are) available)\b"
    r"[^.;]{0,160}\b(?:although|even though|even if|notwithstanding(?: that)?|despite|whether or not)\b(?:"
    + CLEARED_RECORD
    + "|"
    + CLEARED_LIST
    + ")|"
    # ("may be filed in a case in which the record has been expunged or sealed")
    r"\b(?:may|shall) be (?:filed|heard|brought|docketed)\b[^.;]{0,20}\bin (?:a|any|the) (?:case|matter)s? (?:in which|where)"
    + CLEARED_RECORD
    + "|"
    # ("the court may grant relief to a petitioner whose conviction has since been set aside")
    r"\b(?:may|shall) grant (?:relief|the writ|the motion|the petition)\b[^.;]{0,40}\bto (?:a|any|the) (?:petitioner|person|"
    r"defendant|applicant|movant)s? whose\b" + CLEARED_RECORD + "|"
    # ("the court shall hear and determine it as though the record had never been sealed"; "the same authority over the
    # case as it had before the expungement")
    r"\b(?:hear|decid|determin|consider)\w*\b[^.;]{0,40}\bas (?:though|if) (?:the |no )?(?:records?|convictions?)\b[^.;]{0,30}"
    r"\b(?:never|not) been\b|"
    # ("may be heard and decided by the court of conviction as though no such order had been entered")
    r"\b(?:hear|decid|determin|consider)\w*\b[^.;]{0,40}\bas (?:though|if) no (?:such )?(?:order|relief)\b[^.;]{0,20}\b(?:had|has) been (?:entered|made|granted)\b|"
    # ("may hear and decide a motion to withdraw the plea ... notwithstanding the earlier dismissal and sealing"; "whether or
    # not the record of the conviction has been expunged ..., and the court shall decide the petition on its merits")
    r"\b(?:may|shall) (?:hear|decide|entertain|consider|grant)\b[^.;]{0,160}\b(?:notwithstanding|despite|although)\b (?:the |any |an )?"
    r"(?:\w+ (?:and |or )?){0,3}(?:seal|expung|expunct|set[- ]aside|clear)\w*|"
    r"\bwhether or not\b"
    + CLEARED_RECORD
    + r"[^.;]{0,80}\b(?:shall|must) (?:hear|decide|determine)\w*\b|\bsame (?:authority|jurisdiction|power)\b[^.;]{0,60}\bas it (?:would have )?had before\b[^.;]{0,60}(?:seal|expung|expunct|set[- ]aside|"
    r"clear)\w*|"
    r"\bwork no abatement of (?:the )?(?:court'?s )?(?:power|jurisdiction|authority)\b|"
    # ("the sealing of the records shall not prevent the court from hearing and deciding the motion")
    r"\b(?:seal|expung|expunct|set[- ]aside|clear)\w*\b[^.;]{0,160}\b(?:shall|does|will|may) not (?:prevent|bar|preclude|deprive)\b"
    r"[^.;]{0,20}\b(?:the |a |any )?courts?\b[^.;]{0,20}\bfrom (?:hearing|deciding|considering|entertaining|determining|granting)\b|"
    r"\b(?:must|shall|may) not (?:dismiss|decline to (?:hear|consider|entertain)|refuse to (?:hear|consider|entertain)|be (?:dismissed|denied))\b"
    r"[^.;]{0,80}\b(?:because|on the ground that|by reason (?:of the fact )?that|solely because)\b"
    + CLEARED_RECORD
    # ("The fact ... that the record of the conviction has been sealed ... shall not by itself be cause for denying the motion")
    + r"|\b(?:seal|expung|expunct|set[- ]aside|clear)\w*\b[^.;]{0,120}\b(?:shall|does|will|may) not (?:by itself |of itself |alone )?"
    r"(?:be|constitute) (?:a )?(?:cause|grounds?|reason|basis) (?:for|to) (?:denying|dismissing|refusing|deny|dismiss|refuse)\b"
)
"""A later challenge that goes on, or may not be dismissed, although the record was cleared (not a cleared
conviction that "may be considered" in a later sentencing)."""
JURISDICTION_GOES_ON = (
    r"\b(?:jurisdiction|power|authority)\b[^.;]{0,80}\b(?:continues?|survives?|remains?)\b[^.;]{0,120}\bafter\b"
    + CLEARED_RECORD
    # ("whose power to rule on it survives the dismissal and the sealing")
    + r"|\b(?:power|jurisdiction|authority)\b[^.;]{0,40}\bsurvives? (?:the )?(?:\w+ (?:and|or) (?:the )?)?(?:seal|expung|expunct|set[- ]aside|annul|"
    r"erasure|clearance)\w*"
    + r"|\b(?:keeps?|retains?) (?:the |its )?(?:power|jurisdiction|authority),? after\b[^.;]{0,60}\b(?:seal|expung|expunct|set[- ]aside)\w*"
    r"[^.;]{0,40},? to (?:take up|hear|decide|determine|rule on|consider)\b|"
    # ("keeps its authority over the case for the purpose of any petition for post-conviction relief ... against the
    # expunged conviction")
    r"\b(?:keeps?|retains?) (?:the |its )?(?:power|jurisdiction|authority) over the (?:case|matter) for the purposes? of\b[^.;]{0,120}"
    + LATER_CHALLENGE
    + r"(?=[^.;]*\b(?:seal|expung|expunct|set[- ]aside)\w*)"
)
"""A court's power that goes on after the record was cleared ("The juvenile court's jurisdiction to hear a petition under
subsection (1) continues ... after the records of the adjudication have been sealed or destroyed"; "the court that accepted
the plea keeps the power, after the dismissal and sealing, to take up the motion")."""
NOT_PREVENTED_IN_LIST = (
    r"\b(?:shall not|does not|may not) be (?:construed|deemed|interpreted|read)\b[^.]{0,600}?[;,:]\s*(?:and |or )?\(\w{1,4}\)\s*"
    r"to (?:prevent|bar|preclude|deprive|limit|restrict)\w* (?:any |a |the )?courts?\b[^.;]{0,60}\bfrom (?:hearing|considering|"
    r"deciding|entertaining|granting|determining)\b[^.;]{0,200}" + LATER_CHALLENGE
)
"""A later challenge kept as an item of a one-sentence list of what the relief's order is not to be construed to do
("An order entered under this article shall not be construed (1) to require ...; ... (4) to prevent any court from
hearing, and deciding on its merits, ... a post-conviction petition ... concerning the expunged conviction")."""
PROSECUTOR_MOVES = r"\b(?:prosecut\w*|district attorney|state's attorney|attorney general)\b[^.;]{0,40}\b(?:may|shall) (?:move|file|petition|apply)\b"
"""A motion the prosecutor alone may bring, named in the sentence before ("the county prosecutor or the Attorney General
may move in the Superior Court to vacate the expunged conviction"): power kept for it is not kept for the person."""
CHALLENGE_FILED = r"\b(?:motions?|petitions?|applications?|writs?)\b"
"""The challenge itself, named in the sentence that keeps it."""

RULES: tuple[Rule, ...] = (
    Rule("court-jurisdiction", "present", (CHALLENGE_EXCEPTED,), elsewhere=(RELIEF,)),
    Rule(
        "court-jurisdiction",
        "present",
        (DESPITE_CLEARING, CHALLENGE_FILED),
        elsewhere=(POST_CONVICTION_LAW + "|" + LATER_CHALLENGE,),
        # (not power kept for a time only: "... if the petition is filed within one year after the order sealing the
        # records is entered")
        # (nor power kept only over motions already pending, or for one narrow claim)
        unless=(r"\bwithin (?:\w+ |\(\d+\) ){1,3}(?:years?|months?|days?) (?:after|of|from)\b", NARROW_KEPT),
        unless_before=(PROSECUTOR_MOVES,),
    ),
    Rule("court-jurisdiction", "present", (JURISDICTION_GOES_ON,), elsewhere=(LATER_CHALLENGE,)),
    Rule("court-jurisdiction", "present", (NOT_PREVENTED_IN_LIST, RELIEF)),
)
