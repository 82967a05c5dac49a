"""The words real bills use for a court's power over a conviction and for keeping it: "jurisdiction", "the
authority of the court to hear", "cognizance of"; "does not divest", "retains", "remains subject to the
jurisdiction"; and the later motion or petition the power is kept for.

Like :mod:`billkit.check.vocabulary`, each is a regular expression over lower-cased text that
:mod:`billkit.check.ruleset` combines into rules.
"""

from __future__ import annotations

JURISDICTION = (
    # (a state or country is no court's power: "unless the law of such jurisdiction provides for such relief"; but
    # "provided that jurisdiction to entertain ..." is)
    r"(?:(?<!such )(?<!another )(?<!other )(?<!foreign )(?<!that )(?<!each )(?<!competent )(?<!proper )(?<!appropriate )(?<!limited )(?<!general )jurisdiction|\bjurisdiction (?=to (?:hear|entertain|decide|consider|determine|grant)\b)|court(?:'s)? (?:power|authority)|(?:power|authority) of (?:the|a|any|every|each) (?:\w+ )?(?:court|judge|tribunal)|court of (?:authority|power)|"
    r"(?:power|authority) to (?:\w+,? (?:and )?){0,2}(?:hear|decide|consider|entertain|determine|rule on|vacate|set aside|reopen)|"
    # ... with the court named between ("the authority of the Court of First Instance to hear")
    r"(?:power|authority) of (?:the|a|any|each) (?:[\w']+ ){1,8}?to (?:\w+,? (?:and )?){0,2}(?:hear|decide|consider|entertain|determine|rule on|vacate|set aside|reopen|"
    r"grant relief from (?:a |the )?judgment)\b|"
    r"(?:power|authority) over (?:any |a |an |the |all |every )?(?:later |subsequent |such )?(?:motion|petition|application|"
    r"proceeding)s?\b|"
    # Virginia's word for a court's power over a cause ("shall continue to have cognizance of any such challenge"), and
    # the power in so many words ("the Tribal Court may hear and decide such a motion as if the order had not been
    # entered")
    r"\bcognizance of\b|\b(?:court|judge) (?:may|shall|must) hear and (?:decide|determine|rule on)\b)"
)
KEEPS = (
    r"(?:\b(?:not|nothing|no)\b[^.;]{0,150}?\b(?:divest|preclude|limit(?!ation)|affect|deprive|bar|impair|terminate|end|"
    r"remove|take away|take from|takes from|strip|lose|lost\b|surrender|diminish|reduce|curtail|abrogat|constrain|abridg|oust|moot|foreclose|lessen|weaken|extinguish|"
    # the old words for ending a cause ("No judgment ... of expunction shall be held to abate, determine, or conclude the
    # cause ..., so far as concerns the power of the court to hear")
    r"abat(?:e|es|ed)\b|conclud)\w*|"
    # ("A cleared conviction remains subject to the jurisdiction of the court ... for purposes of any motion")
    r"\bremains? (?:subject to|within) (?:the )?(?:continuing )?jurisdiction\b|"
    # (a court that retains, keeps or maintains its power; not an agency that retains a record: "shall retain a nonpublic
    # record of the order ... available only to a court of competent jurisdiction"; "the clerk shall retain the original
    # order and the petition in a confidential file")
    r"\b(?:retains?|keeps?|maintains?)\b(?! no\b)(?! (?:an? |the |all |any |such |each |every )?(?:\w+ ){0,2}?"
    r"(?:records?|cop(?:y|ies)|files?|information|data|fingerprints?|samples?|lists?|index|registry|database|systems?|registers?|"
    r"orders?|petitions?|documents?|papers|pleadings?|dockets?|transcripts?|exhibits?)\b)|"
    # ("jurisdiction ... shall exist notwithstanding that the sentence has expired ... or the record has been removed")
    r"\bjurisdiction\b[^.;]{0,80}\b(?:shall|does|will) (?:continue to )?exist\b[^.;]{0,40}\bnotwithstanding\b|"
    # ("shall continue to exercise jurisdiction"; "Jurisdiction to hear ... shall be retained by the court of conviction")
    r"continu\w* (?:to (?:have|exercise|hold) )?(?:jurisdiction|authority|power|cognizance)|"
    r"\b(?:jurisdiction|authority|power)\b[^.;]{0,150}\b(?:shall|is|are|will) (?:be )?(?:retained|preserved|reserved)\b|"
    r"\bjurisdiction\b[^.;]{0,150}\b(?:shall|will|does) continue\b|"
    r"\b(?:has|have|shall have|is|be) (?:no|without) effect (?:on|upon)\b|"
    r"\bneither\b[^.;]{0,120}\bnor\b[^.;]{0,300}\b(?:divest|preclude|limit|affect|deprive|bar|impair|terminate|end|exhaust|diminish)\w*|"
    # ("a person whose conviction has been expunged ... may invoke the jurisdiction of the court under § 12-405")
    r"\bmay (?:invoke|call upon) the jurisdiction\b|"
    r"\bleaves? (?:\w+ )?(?:undiminished|unimpaired|unaffected|intact)\b)"
)
LATER = r"\b(?:motion|petition|collateral|post-?(?:conviction|judgment)|request|application|attack|vacate|new trial|relief from (?:a |the )?judgment)"
