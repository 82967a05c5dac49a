"""Rules for a rebuttable presumption that a noncitizen's uninformed plea is legally invalid: the presumption for the
person, its narrower forms (about the advisement alone, or a trafficking ground), and presumptions that run the
other way (a ground presumed waived, the advisement presumed given, the plea presumed valid or regular)."""

from __future__ import annotations

from ..grounds import TRAFFICKED
from ..vocabulary import BURDEN_SHIFT, NONCITIZEN, PRESUME
from .conviction import NO_PRESUMPTION
from .rule import Rule

REGULARITY_WHY = "a general presumption of regularity reaches the court's immigration warning"
"""Why an evidence code's presumption that "official duty has been performed regularly" works against the practice:
it is not struck, but plea advisements are carved out of it."""

INVALIDITY_PRESUMED = (
    r"\bpresum(?:e|es|ed|ption)\b(?! (?:of )?(?:valid|regular))[^.;]{0,120}\b(?:convictions?|pleas?|judgments?)\b[^.;]{0,80}\b(?:was|were|is|are) "
    r"(?:not (?:knowing|voluntary|intelligent)\w*|(?:legally |constitutionally )?(?:invalid|defective))\b|"
    r"\b(?:convictions?|pleas?|judgments?)\b[^.;]{0,40}\b(?:is|are|shall be) (?:\w+ )?presumed (?:to be )?(?:legally )?invalid\b"
)
"""A conviction or plea presumed invalid, or presumed not knowing and voluntary ("the court shall presume that a
conviction by plea ... was not knowing, voluntary and intelligent"; "those convictions are presumed legally
invalid"): the law treats it as resting on a defect, and the presumption is there so that it may be vacated."""

RULES: tuple[Rule, ...] = (
    # The presumption is the ground of a vacatur, whether or not the words that grant it are quoted with it.
    Rule("vacatur-for-cause", "present", (INVALIDITY_PRESUMED,),
         unless=(NO_PRESUMPTION, r"\bconclusively presumed\b", r"\bmay not be presumed\b|\bno presumption\b")),
    # A presumption that runs the other way: a ground not raised earlier is presumed waived ("a rebuttable presumption that
    # the petitioner intelligently and knowingly failed to make the allegation").
    Rule("rebuttable-presumption", "against", (r"\bpresum\w*\b[^.;]{0,30}\bwaive[dr]?\b|\bpresumption of waiver\b|\bpresum\w*\b"
                                               r"[^.;]{0,40}\b(?:knowingly|intelligently)\b[^.;]{0,30}\b(?:failed|declined|chose not|elected not) to\b",)),
    # A presumption of invalidity refused, or the plea's validity presumed beyond rebuttal ("The absence from the record of
    # the advisement ... shall not give rise to any presumption that ... the plea was involuntary or invalid"; "shall be
    # conclusively presumed to have been entered knowingly and voluntarily").
    Rule("rebuttable-presumption", "against",
         (NO_PRESUMPTION + r"[^.;]{0,120}\b(?:invalid|involuntar\w*|not (?:knowing\w*|voluntar\w*|given|advised|valid))|"
          # (not a plea presumed made "without the understanding the law requires for a valid plea")
          r"\bconclusively presumed\b(?![^.;]{0,80}\bwithout\b)[^.;]{0,80}\b(?:knowing\w*|voluntar\w*|valid)\b",
          r"\bpleas?\b|\badvis\w*|\bimmigration\b|\bconvictions?\b")),
    # An evidence code's presumptions of regularity ("The following are of that kind: ... 15. That official duty has been
    # performed regularly. ... 32. That the law has been obeyed"): the court that took the plea is presumed to have given
    # every warning the law required, the presumption the practice asks to turn around.
    Rule("rebuttable-presumption", "against",
         (r"\bofficial dut(?:y|ies) (?:has|have) been (?:regularly )?performed\b|\bthat the law has been obeyed\b",),
         elsewhere=(r"\bpresum\w*",), why=REGULARITY_WHY),
    # The presumption for noncitizens.
    Rule("rebuttable-presumption", "present",
         (PRESUME + "|" + BURDEN_SHIFT, NONCITIZEN + r"|immigration|deport\w*|\bremoval\b|\badvis(?:e|ed|ement)\b",
          r"(?:legally )?invalid|not valid|not aware|(?:obtained |was |were )unlawful\w*|(?:legally |constitutionally )?"
          r"(?:defective|infirm)|\bvoid\b|involuntar\w*|without (?:an )?understanding|cannot lawfully|"
          r"not (?:(?:to )?(?:have )?been )?(?:made |entered )?(?:knowing|voluntary)|obtained in violation of (?:the )?law\b|"
          # ("the plea is presumed to have been entered in violation of the petitioner's right to counsel")
          r"\bin violation of (?:the )?(?:[\w']+ ){0,3}(?:right|rights|constitution)\b"),
         unless=(r"received the required advisement",)),
    # ... in a sentence that leaves the advisement to the ground it follows ("If the record ... does not show that the
    # applicant was so told, the conviction is presumed invalid, and the state may rebut the presumption only by clear and
    # convincing evidence"), in a bill that speaks of immigration consequences elsewhere.
    Rule("rebuttable-presumption", "present",
         (r"\b(?:convictions?|pleas?|judgments?)\b[^.;]{0,60}\b(?:is|are|shall be|must be|will be) (?:then )?presumed (?:to be )?"
          r"(?:legally )?invalid\b|"
          # ("there is a rebuttable presumption that the plea was legally invalid", the ground in another paragraph)
          r"\bpresumption that (?:the |a |such |any )?(?:convictions?|pleas?|judgments?)\b[^.;]{0,20}\b(?:is|are|was|were) (?:legally )?"
          r"invalid\b",),
         elsewhere=(NONCITIZEN + r"|immigration|deport\w*|\bremoval\b",),
         unless=(r"received the required advisement",)),
    # A presumption that runs for the State: the advisement presumed given, the plea presumed valid ("the court shall presume
    # that the advisement required by sub. (1) was given, and the defendant shall bear the burden of proving otherwise").
    Rule("rebuttable-presumption", "against",
         (r"\bpresum\w*\b(?:(?!\bnot\b)[^.;]){0,80}\b(?:advisement|warning|admonition)s?\b(?:(?!\bburden\b)[^;]){0,60}\b(?:was|were|had been|to have been) "
          r"(?:given|made|delivered|provided)\b|"
          r"\bpresum\w*\b[^.;]{0,60}\b(?:plea|conviction|judgment)\b[^.;]{0,40}\b(?:was|is|were|to have been) (?:entered |made )?"
          r"(?:valid|voluntar\w*|knowing\w*)|"
          # ("the court shall presume in any later proceeding that the defendant received and understood the information")
          r"\bpresum\w*\b(?:(?!\b(?:not|no|fails?|failed|without)\b)[^.;]){0,60}\b(?:defendant|person|petitioner)\b[^.;]{0,10}\b(?<!not )(?:received|was given|was advised|was informed|"
          r"was warned|was told)\b[^.;]{0,40}\b(?:advisement|warning|admonition|information|advice|consequences|of them|them)\b|"
          # ... the person named first ("the defendant shall nonetheless be presumed to have received it")
          r"\b(?:defendant|person|petitioner|movant)\b[^.;]{0,20}\b(?:shall|is|will) (?:\w+ )?be presumed to have (?:received|been (?:given|"
          r"advised|informed|warned|told))\b|"
          # the plea or judgment named first ("the plea shall be presumed to have been knowingly, intelligently and
          # voluntarily entered"; "The judgment and the proceedings on which it rests shall be presumed to have been
          # regular"), or the court presumed to have advised ("it is presumed that the court made the determination
          # required"; "THE COURT SHALL BE PRESUMED TO HAVE GIVEN THAT ADVICE")
          r"\b(?:plea|conviction|judgment)s?\b[^.;]{0,80}\b(?:shall|will) be presumed (?:to have been )?(?:\w+,? (?:and )?){0,3}?"
          r"(?:knowing\w*|voluntar\w*|valid\w*|regular)\b|"
          # ... or "is presumed" knowing, the very thing a claim of no advisement contests ("the plea is presumed to have been
          # entered knowingly and voluntarily"); not a judgment that "is presumed valid, and the movant bears the burden",
          # which restates who must prove a claim
          r"\b(?:plea|conviction|judgment)s?\b[^.;]{0,80}\b(?:is|are) presumed (?:to have been )?(?:\w+,? (?:and )?){0,3}?"
          r"(?:knowing\w*|voluntar\w*|regular)\b|"
          r"\bpresum\w*\b[^.;]{0,20}\bthat the (?:court|judge) (?:made|gave|complied|advised|admonished|determined)\b|"
          # the paper that says it was given taken as true, or the person who signed one presumed to have understood ("A
          # docket entry ... stating that the information ... was given shall be presumed accurate"; "a defendant who has
          # signed such a statement is presumed to have understood the admonitions")
          r"\b(?:was|were|had been) (?:given|made|read|provided|delivered)\b[^.;]{0,40}\b(?:shall be|is|are) presumed (?:to be )?"
          r"(?:accurate|correct|true)\b|\bpresumed to have (?:understood|been (?:given|advised|warned|admonished|informed))\b"
          r"[^.;]{0,60}\b(?:admonitions?|advisements?|warnings?|information|advice|consequences|(?:its|the|that|such) (?:form's )?contents|"
          r"(?:the|those|such) matters)\b|"
          # a record of the plea taken as proof it was knowing ("A record showing that the court substantially complied
          # ... is prima facie proof that the defendant entered the plea knowingly and voluntarily")
          r"\bprima facie (?:proof|evidence)\b[^.;]{0,60}\bplea\b[^.;]{0,40}\b(?:knowing\w*|voluntar\w*|valid\w*)|"
          # ... or conclusive proof it was given, the signer presumed to have read it, counsel presumed to have done their duty
          # ("shall be conclusive proof that the defendant was so informed"; "it shall be presumed that the movant read and
          # understood the advice"; "presumed that the court and defense counsel discharged every duty owed to the defendant")
          r"\bconclusive (?:proof|evidence)\b[^.;]{0,20}\bthat the (?:defendant|person|petitioner|movant) was (?:so )?(?:informed|advised|"
          r"warned|told)\b|\bpresum\w*\b[^.;]{0,20}\bthat the (?:defendant|person|petitioner|movant) (?:read|received) and understood\b|"
          r"\bpresum\w*\b[^.;]{0,20}\bthat the court and (?:defense )?counsel discharged\b|"
          # ("the court shall presume that counsel rendered adequate assistance and that any advice counsel gave regarding the
          # consequences of the plea ... was accurate and complete")
          r"\bpresum\w*\b[^.;]{0,20}\bthat (?:the |defense |the defendant's )?counsel\b[^.;]{0,40}\b(?:adequate|effective|competent|"
          r"reasonabl[ey])\b|\bpresum\w*\b[^.;]{0,120}\badvice\b[^.;]{0,120}\b(?:was|is|were) (?:accurate|correct|complete)\b|"
          r"\b(?:court|judge)\b[^.;]{0,20}\b(?:shall|is|will) be presumed to have (?:given|made|complied|advised|admonished)\b|"
          # ... far into a list of what is presumed ("it is presumed that: ... (2) public officers, including the court, did
          # what their offices required of them, and in particular that the court gave the advice required"), or the
          # regularity of official acts applied to the advisement ("the presumption in subdivision (a) applies to each
          # advisement the court was required by law to give")
          r"\bpresum\w*\b[^.;]{0,300}\bthat the (?:court|judge) (?:gave|made|complied|advised|admonished)\b[^.;]{0,60}\b(?:advice|advisement|"
          r"warning|admonition)|\bpresumption\b[^.;]{0,60}\bappl(?:y|ies)\b[^.;]{0,20}\bto (?:each|every|any|the) (?:\w+ ){0,2}"
          r"(?:advisements?|warnings?|admonitions?)\b",),
         # (not one presumed NOT given; a "not" elsewhere in the sentence, in the claim the motion makes, does not turn it:
         # "In any motion alleging that the advisement ... was not given, ... it is presumed that the advisement was given")
         # (nor the presumption for the person with its exception: "a rebuttable presumption that such a plea is legally
         # invalid, unless the defendant was advised of those consequences in writing")
         unless=(r"\bpresum\w*\b[^.;]{0,80}\b(?:legally )?(?:invalid|involuntary|unknowing)\b",
                 r"\bpresum\w*\b(?:(?!\bwas given\b)[^.;]){0,80}\bnot (?:to have been )?(?:given|made|delivered|provided|valid|voluntar|knowing)|"
                 r"\bno (?:\w+ )?(?:advisement|warning|admonition)s? (?:was|were|had been)\b",)),
    Rule("rebuttable-presumption", "partial",
         (PRESUME + r"[^.;]{0,160}(?:not (?:to have )?(?:received|been (?:so )?(?:given|advised|warned|told|informed|delivered|provided|made))|"
          r"(?:it|the (?:\w+ )?(?:advisement|warning|statement|admonition|information)) (?:was|were) not (?:given|made|delivered|provided)|"
          r"was not given|were not given|(?:was|were) not (?:so )?(?:told|warned|advised|informed)|never (?:advised|warned|told|informed)|"
          r"omitted the (?:\w+ )?(?:advisement|warning)|(?:advisement|warning|statement|admonition) was (?:not|never) (?:delivered|given|provided|made)|"
          r"did not receive (?:the (?:\w+ )?(?:advisement|warning)|it|them)\b|did not (?:inform|advise|warn|tell)|(?:advisement|warning) was omitted|"
          # ("it is presumed that the defendant never heard them", the words the court was to read)
          r"never (?:heard|received|was given|was read)\b|"
          # ("a rebuttable presumption that the petitioner did not understand the immigration consequences of the plea")
          r"did not (?:understand|know|appreciate)\b[^.;]{0,20}\bimmigration consequences|(?:was|were) (?:not aware|unaware) of (?:the )?"
          r"immigration consequences)|"
          r"(?:not having been|not been|was not|were not) (?:advised|warned|told|informed|given)[^.;]{0,120}" + PRESUME + r"|"
          r"fail\w* to (?:give|provide|deliver) the (?:\w+ )?(?:warning|advisement)[^.;]{0,40}" + PRESUME + r"|"
          # ("the court shall take the statement as not having been made unless the record of the plea shows that it was")
          r"\b(?:take|treat|regard|deem)\w* the (?:\w+ )?(?:statement|advisement|warning|admonition) as not (?:having been )?"
          r"(?:made|given|delivered)\b|"
          # ("a record that does not affirmatively show compliance ... shall be treated as establishing that the information
          # was not given, unless the prosecution produces other evidence that it was")
          r"\b(?:shall|must) be (?:treated|taken|regarded) as establishing that (?:the )?(?:\w+ )?(?:information|advisement|warning|statement|"
          r"admonition) was not (?:given|made|delivered|provided)\b|"
          # ("it shall be taken that the defendant was not warned, unless the State proves otherwise")
          r"\b(?:shall|must|is to) be (?:taken|deemed|treated|regarded) that (?:the )?(?:(?:defendant|person|petitioner|movant|applicant) "
          r"(?:was|were) not (?:so )?(?:warned|advised|told|informed|given)|(?:\w+ )?(?:warning|advisement|statement|admonition) (?:was|were) "
          r"not (?:given|made|delivered|read))\b",
          r"\b(?:advi[cs]\w*|warn\w*|admoni\w*|immigra\w*|pleas?|citizen\w*|deport\w*|naturali\w*|(?:statement|notice) (?:required|described))\b"),
         window=2, part="advisement", why="the presumption concerns what the defendant was told or knew, not the plea's legal validity"),
    Rule("rebuttable-presumption", "partial", (PRESUME + r"[^.;]{0,200}" + TRAFFICKED + "|" + TRAFFICKED + r"[^.;]{0,200}" + PRESUME,),
         why="the presumption establishes a ground for vacatur (trafficking), not that a plea was legally invalid"),
    Rule("rebuttable-presumption", "partial", (PRESUME,), elsewhere=(r"(?:prior |the )?plea is (?:legally )?invalid",),
         why="a presumption in the defendant's favour beside a declaration that the plea is invalid"),
)  # fmt: skip
