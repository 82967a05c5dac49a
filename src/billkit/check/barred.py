"""What turns a vacatur away: a court barred from vacating a conviction, and a petition the law turns away. A
ground of defect named beside either grants nothing; beside the first it is a ground taken away."""

from __future__ import annotations

BARRED_VACATUR = (
    r"(?:\bno court(?: of [^.;]{0,30}?)? (?:shall|may|can)\b[^.;]{0,20}\b(?:vacate|set aside)|(?:shall|may|must) not (?:thereafter )?be (?:vacated|set aside)|"
    r"\b(?:shall|may) not(?:,[^,.;]{0,60},)? (?:thereafter |itself |of itself |by itself )?vacate|"
    # ("no plea shall be permitted to be withdrawn, nor shall any judgment of conviction be vacated or set aside")
    r"\bnor shall (?:any |the |a )?(?:judgments?|convictions?)(?: of conviction)? be (?:vacated|set aside)\b|"
    r"\bno (?:guilty )?pleas? (?:shall|may) be (?:permitted|allowed) to be withdrawn\b|"
    # ("No writ of error coram nobis, and no motion in the nature of such a writ, shall lie to set aside a judgment ... for
    # the reason that the accused was not informed ...")
    r"\bno (?:writ|motion|petition|application)s?\b[^.;]{0,140}\b(?:shall|may|will) lie\b[^.;]{0,20}\b(?:to (?:vacate|set aside)\b|on the ground)|"
    # ("no motion to vacate the judgment, to withdraw the plea, or for any writ on the ground that the defendant did not
    # understand those consequences shall be entertained by any court of this State")
    r"\bno (?:writ|motion|petition|application)s? (?:to (?:vacate|set aside|withdraw)|for (?:a |any )?(?:writ|new trial|relief))\b"
    r"[^.;]{0,200}\b(?:shall|may|will) be (?:entertained|heard|considered|granted)\b|"
    # (not a proviso that trims the grant: "no judgment shall be set aside under this subsection where the defendant was
    # sentenced to a fine only")
    r"\bno (?:judgment|conviction|plea|sentence)s?\b[^.;]{0,60}\b(?:shall|may|can|will) (?:\w+ )?be (?:vacated|set aside|withdrawn|"
    r"disturbed|reversed|invalidated)(?! under this (?:subsection|section|paragraph|rule) (?:where|if|when)\b)|"
    # ("The failure of the court to give it ... shall not be a ground for vacating the judgment or for permitting the
    # plea to be withdrawn")
    r"\b(?:shall|may|does|is) not(?:,? (?:of|by|in) itself,?| alone,?)? (?:be )?(?:a |any )?grounds? for (?:vacating|setting aside|permitting (?:the )?(?:\w+ )?plea to be "
    r"withdrawn|(?:the )?withdrawal of (?:the |a )?plea)\b|"
    # ("nor shall the failure to give the advisement be a ground for setting aside a conviction")
    r"\bnor shall (?:the |any |a )?(?:failure|omission)\b[^.;]{0,80}\bbe (?:a |any )?grounds? for (?:vacating|setting aside|withdraw\w*)\b|"
    # ("shall not be a ground upon which a judgment may be vacated under section 440.10 ..., a plea may be withdrawn")
    r"\bnot (?:be )?(?:a |any )?grounds? (?:upon|on|by) which (?:a |the |any )?(?:judgment|conviction|plea)s? (?:may|shall|can) be "
    r"(?:vacated|set aside|withdrawn)\b|"
    # ("is not a ground on which any court may vacate the judgment"; "neither obliges nor allows a court to set the judgment
    # aside"; "no court of this state has jurisdiction to allow the plea to be withdrawn or to vacate the conviction")
    r"\bnot (?:be )?(?:a |any )?grounds? (?:upon|on|by|for) which (?:a |the |any )?(?:courts?|judges?) (?:may|shall|can) (?:vacate|set aside)\b|"
    r"\bneither (?:oblig|requir|compel|permit|allow|authoriz|empower)\w* nor (?:oblig|requir|compel|permit|allow|authoriz|empower)\w* "
    r"(?:a |the |any )?courts? to (?:vacate|set\b|allow|permit|let)|"
    r"\bno court\b[^.;]{0,30}\b(?:has|have|shall have) (?:the )?(?:jurisdiction|power|authority) to\b[^.;]{0,60}\b(?:vacate|set aside)\b|"
    # ("Neither the court's failure to give the advice ... nor the failure of counsel ... shall render the plea
    # unknowing and involuntary")
    r"\bneither\b[^.;]{0,200}\bnor\b[^.;]{0,200}\b(?:shall|will|does|do) (?:\w+ )?(?:render|make)\w* (?:the |a |any )?(?:guilty )?"
    r"(?:plea|conviction|judgment)\b[^.;]{0,40}\b(?:unknowing|involuntary|invalid|void)\b|"
    # ("Neither the omission of the information ... nor any inaccuracy in it shall invalidate the plea or furnish a ground
    # for vacating the judgment")
    r"\bneither\b[^.;]{0,200}\bnor\b[^.;]{0,200}\b(?:shall|will|does|do) (?:invalidate (?:the |a |any )?(?:guilty )?(?:plea|conviction|judgment)|"
    r"(?:furnish|constitute|be|provide|form) (?:a |any )?grounds? for (?:vacating|setting aside|post-?conviction))\b)"
    r"(?![^.;]*\b(?:unless|except|until)\b(?![^.;]{0,80}\b(?:rescind|vacate|revoke|set aside|undo)\w* (?:the |an? )?(?:order|decree) (?:of|for|to) "
    r"(?:expung|expunct|seal|set[- ]aside|nondisclos|shield)\w*\b))"
    r"(?![^.;]*\b(?:where|if|when) the (?:state|people|prosecut\w*|commonwealth|government) (?:shows|proves|establishes|demonstrates)\b)"
)
"""A court barred from vacating a conviction ("No court shall vacate a conviction that has been sealed on the
ground of ..."), with no condition under which it may, or none but undoing the relief first ("..., except that the
person may apply under section 9 to rescind the order of expungement"); not a vacatur refused only where the State
proves a fact ("no judgment shall be vacated under this subsection where the State shows that the defendant had actual
knowledge")."""

PETITION_TURNED_AWAY = (
    r"^(?!.*\b(?:no|nor)\b[^.;]{0,30}\b(?:petitions?|motions?|applications?|pleadings?)\b).*"
    r"(?<!\bin which event the )(?<!\bin which case the )(?<!\bif so, the )"
    r"\b(?:petitions?|motions?|applications?|pleadings?)\b[^.;]{0,120}\b(?:shall|must) (?:be (?:summarily )?(?:dismissed|denied|rejected)|"
    r"not be (?:considered|entertained|heard))\b|"
    # ("No motion, petition or other application concerning the expunged conviction shall thereafter be entertained")
    r"^\W*(?:\(\w{1,4}\)\s*)*no\b[^.;]{0,30}\b(?:petitions?|motions?|applications?)\b[^.;]{0,120}\b(?:shall|may) (?:thereafter |then )?be (?:entertained|"
    r"received|heard|considered)\b"
)
"""A petition the sentence turns away ("Any successive petition for post-conviction relief not within the exception ...
shall be dismissed summarily"): its words of relief and of a ground grant nothing. A bar on turning one away ("No
motion to vacate ... shall be denied merely because ...") is not one, nor a motion denied only when the State rebuts
its ground ("..., unless the State shows that the person in fact knew ..., in which event the motion shall be
denied")."""
