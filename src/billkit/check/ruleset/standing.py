"""Rules for who may still be heard on a later challenge to a conviction, and when: relief kept for those
still under the sentence ("available only to a person currently serving a sentence"; "The court lacks
jurisdiction of a motion filed by a person whose sentence has been fully served"; "shall not be granted unless
the petitioner is in custody"), and grounds not raised in time that a court is told not to hear ("shall be
deemed waived, and no court shall hear it on a later petition"), and time limits no court has power to
enlarge. A noncitizen who learns of a plea's defect only when an immigration case begins, years after the
sentence ended, has no court for it. A ground only defaulted, with no word to the court, is left to the other
rules: the corpus reads that as no bar on the court's power."""

from __future__ import annotations

from .court_power import JURISDICTION_KEPT
from .rule import Rule
from .time_bars import FOR_SEALING, POST_CONVICTION_LAW

MOVANT = (
    r"(?:a |an |any |the )?(?:persons?|petitioners?|applicants?|defendants?|movants?|prisoners?|individuals?)"
)
"""The one who brings the challenge."""
HELD = (
    r"(?:currently |presently |then |now |actually |still )?(?:serving (?:a |the )?(?:\w+ )?(?:sentence|term)|in (?:\w+ )?custody|"
    r"imprisoned|incarcerated|confined|restrained|under (?:a |the )?sentence)\b"
)
"""Still held under the sentence ("currently serving a sentence of imprisonment, probation, parole"; "in custody")."""
SERVED = (
    r"\b(?:has|have|had) (?:been )?(?:fully )?(?:served|completed|discharged|expired|ended|satisfied)\b|"
    r"\b(?:has|have|had) (?:completed|served|fully served|been (?:discharged|released) from)\b[^.;]{0,20}\b(?:sentence|term|"
    r"custody|probation|supervision|parole)\b"
)
"""A sentence over ("whose sentence has been fully served or discharged"; "has completed the sentence")."""
FILINGS = r"(?:relief|remed(?:y|ies)|writs?|motions?|petitions?|applications?)"
CONVICTION_LAW = r"\b(?:convict\w*|sentenced?|post-?conviction|habeas|coram nobis)\b"

RULES: tuple[Rule, ...] = (
    # Relief open only to those still held ("Relief under this Rule is available only to a person currently serving a
    # sentence of imprisonment, probation, parole or community supervision for the conviction challenged"), or refused
    # unless they are ("Post-conviction relief shall not be granted unless the petitioner is currently serving a
    # sentence").
    Rule("court-jurisdiction", "against",
         (r"\b" + FILINGS + r"\b[^.;]{0,60}\b(?:is|are|shall be) available only to " + MOVANT + r" (?:who (?:is|are) )?" + HELD + "|"
          r"\b" + FILINGS + r"\b[^.;]{0,60}\b(?:shall|may) not be (?:granted|entertained|heard|considered)\b[^.;]{0,20}\bunless\b"
          r"[^.;]{0,20}\b" + MOVANT + r" (?:is|are) " + HELD,),
         elsewhere=(CONVICTION_LAW,),
         unless=(FOR_SEALING, r"\bwhether or not\b|\bnot (?:required|necessary)\b", *JURISDICTION_KEPT)),
    # A court without power once the sentence is over ("The court lacks jurisdiction of a motion filed by a person whose
    # sentence has been fully served or discharged"), or relief refused to one who has served it ("Relief under this
    # section is not available if the petitioner has completed the sentence"). (Not a person out of custody told they
    # "may not apply": the probe reviews read that as no word to the court.)
    Rule("court-jurisdiction", "against",
         (r"\b(?:lacks?|is without|has no|shall have no) jurisdiction (?:of|over|to (?:hear|consider|entertain|decide)) (?:a|an|any)\b"
          r"[^.;]{0,30}\b(?:motions?|petitions?|applications?)\b[^.;]{0,60}\bwhose (?:sentence|term|probation|supervision|parole)s?\b"
          r"[^.;]{0,20}(?:" + SERVED + r")|"
          # ("A person who is no longer restrained or impeded has no remedy in any court")
          r"\b" + MOVANT + r" who (?:is|are) (?:not|no longer) (?:restrained|impeded|in (?:\w+ )?custody|imprisoned|confined)\b[^.;]{0,60}"
          r"\b(?:has|have|shall have) no (?:remedy|relief|recourse) in any court\b|"
          # ("(3) the petitioner has been discharged from sentence and the conviction has been expunged, sealed, or set
          # aside, in which event the petition shall be dismissed for want of jurisdiction")
          r"\b(?:has|have) been (?:\w+ )?(?:discharged|expunged|sealed|set aside|annulled)\b[^.;]{0,120}\b(?:petitions?|motions?|"
          r"applications?) shall be dismissed for (?:want|lack) of jurisdiction\b|"
          r"\b" + FILINGS + r"\b[^.;]{0,60}\b(?:is|are) not available\b[^.;]{0,10}\b(?:if|when|once|after|where)\b[^.;]{0,40}(?:" + SERVED
          + r")",),
         elsewhere=(CONVICTION_LAW,),
         unless=(FOR_SEALING, *JURISDICTION_KEPT)),
    # A time limit the law makes a limit on the court itself ("The periods prescribed in this section are jurisdictional,
    # and no court shall have power to enlarge them or to reach the merits of a petition that does not come within
    # subsection (b)"); time limits called "jurisdictional" are read in .time_bars.
    Rule("court-jurisdiction", "against",
         (r"\bno court\b[^.;]{0,30}\b(?:shall|may) have (?:the )?(?:power|authority) to (?:enlarge|extend|excuse|waive|"
          r"reach the merits|consider|hear|entertain)\b",),
         elsewhere=(CONVICTION_LAW + r"|\bappeals?\b",),
         unless=(FOR_SEALING, r"\bcivil\b", r"\bstay of execution\b|\bin anticipation of\b", *JURISDICTION_KEPT)),
    # A ground not raised in time, and the courts told not to hear it ("shall be deemed waived, and no court shall hear
    # it on a later petition"; "is waived and shall not be heard by any court after the order is entered").
    Rule("court-jurisdiction", "against",
         (r"\b(?:waived|forfeited|abandoned)\b,? and (?:(?:shall|may) not (?:thereafter |afterwards? |later )?be (?:heard|considered|"
          r"entertained|reviewed)\b[^.;]{0,20}\b(?:by|in) any court\b|no court (?:shall|may) (?:thereafter |afterwards? |later )?"
          r"(?:hear|consider|entertain|review)\b)",),
         elsewhere=(POST_CONVICTION_LAW + r"|\b(?:vacat|set(?:ting)? aside)\w*[^.;]{0,40}\bconviction|\bgrounds? for relief\b",),
         unless=(FOR_SEALING, r"\bbefore (?:trial|judgment|the plea)\b|\bindictment\b|\bprosecut\w*'?s? objection", *JURISDICTION_KEPT)),
)  # fmt: skip
