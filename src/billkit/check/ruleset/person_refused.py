"""A rule for a bar on cleared records that names the person among those refused: "neither the petitioner nor any
other person shall thereafter be furnished any information concerning the expunged matter"; "the petitioner shall
not be furnished" it. The person has no route of their own, which works against own-record access. Not a bar on
the person's being asked about the record, nor one that lasts only until an order or a fee. And a bar on "all other
persons" after a list of those who may see the record that leaves the person out: the person is among the others; the
person given "no greater right of inspection than any other member of the public"; and the person named in a list run
on in one sentence only "upon a written order of the court"."""

from __future__ import annotations

from ..vocabulary import COURT_ORDER, OWNER, PERSON, RELIEF, SEE
from .rule import NARROWS, Rule

GIVEN = r"(?:be (?:furnished|given|shown|provided|sent|allowed|permitted)|" + SEE + r"|have access)"
"""What the person is refused: to be given the record, or to see it."""
INFORMATION = r"\b(?:records?|files?|information|cop(?:y|ies)|documents?|entr(?:y|ies)|dockets?)\b"

ONLY_ON_SHOWING = (
    r"(?<!other )\b(?:person|individual|subject|petitioner|defendant|child|juvenile)\b[^.;]{0,140}\bmay (?:\w+ ){0,2}?(?:inspect|obtain|see|review|copy|"
    r"access|examine|receive|get)\b[^.;]{0,120}\bonly (?:upon|by|with|on|"
    r"after|pursuant to|if)\b[^.;]{0,80}\b(?:good cause|showing of (?:need|good cause|necessity)|(?:a |the )?showing that|motion\b|"
    r"(?:petition|application) to (?:the |a )?(?:\w+ ){0,2}court\b|" + COURT_ORDER + r")"
)
"""The person let in only on a motion, an application to the court, or a showing of need ("The person may obtain a copy of
the sealed record from the court only upon motion and a showing of need"; "may inspect it only upon written application to
the commissioner and upon a showing of need satisfactory to the commissioner"), not on a request and proof of identity."""

NO_GREATER_RIGHT = (
    r"\b(?:"
    + PERSON
    + r")\b[^.;]{0,80}\b(?:shall have|has|have) no (?:greater|other|further|better) right (?:of|to) (?:inspect\w*|access|"
    r"examin\w*|see|obtain|copies)\b[^.;]{0,60}\bthan (?:any other member of the public|(?:the |a )?(?:\w+ )?(?:public|stranger)|any other person)\b"
)
"""The person put with the public, whom the law has just shut out."""
ITEM_BY_ORDER = (
    r"\bonly (?:by|to)\b[^.]{0,600}?\(\w{1,3}\) (?:the )?(?:"
    + PERSON
    + r")\b[^.;(]{0,60}?,? (?:upon|by|on|pursuant to|under) (?:a |an |the )?"
    r"(?:written |further |separate )?(?:order of (?:the |a |any )?(?:\w+ )?court|court order)\b"
)
"""An exclusive list run on in one sentence whose item for the person is gated by a court's order ("shall permit them to
be examined only by (1) the prosecuting attorney ...; and (4) the person named in the records, upon a written order of
the court that issued the expunction")."""

LOOK_NO_COPY = (
    r"\b(?:"
    + PERSON
    + r")\b[^.;]{0,160}\bmay\b[^.;]{0,80}\b(?:inspect|examine|view|see)\b[^.]{0,300}?\b(?:shall|may) not "
    r"(?:\w+,? (?:or )?){0,3}(?:make|certify|furnish|provide|give|issue|release)\w*\b[^.;]{0,20}\b(?:any )?(?:cop(?:y|ies)|extracts?|"
    r"abstracts?)\b[^.;]{0,120}\bto (?:that|the|such) (?:" + PERSON + r")\b"
)
"""The person let in to look at the record but given no copy of it ("may, without application to the court, personally
inspect the record ...; provided, however, that the clerk shall not make, certify or furnish any copy ... to that
person"): a route of the person's own, narrowed to the clerk's counter."""

BY_THE_COURTS_FINDING = (
    r"\b(?:available|open|accessible|released|disclosed|furnished)\b[^.;]{0,30}\bto (?:the )?(?:"
    + PERSON
    + r")\b[^.;]{0,40}\b(?:upon|on|after) (?:an? |the )?(?:written )?(?:application|petition|motion) to (?:the |a )?(?:\w+ )?court\b"
    r"[^.;]{0,80}\b(?:if|when|where|provided) (?:the )?court (?:finds|determines|is satisfied|concludes)\b"
)
"""Records open to the person only as the court finds fit ("shall be available to the petitioner upon application to the
court that entered the order, if the court finds that access is warranted"): a route through the court's leave."""

ORDER_IN_HAND = (
    r"\b(?:person|individual|subject|petitioner|applicant)\b[^.;]{0,120}\b(?:shall|must) (?:submit|present|provide|file|include|attach)\b"
    r"[^.]{0,400}?\bcop(?:y|ies) of an? (?:\w+ )?order of (?:the|a) (?:\w+ )?court\b[^.;]{0,80}\b(?:authori[sz]\w*|direct\w*|permit\w*|"
    r"allow\w*)\b[^.;]{0,60}\b(?:release|disclos\w*|access|inspect\w*|furnish\w*)"
)
"""A request by the person that must bring a court's order to release the record ("shall submit to the Division: ... (c)
a certified copy of an order of the court ... expressly authorizing the Division to release the record"): the court's
leave again."""

RULES: tuple[Rule, ...] = (
    Rule("record-access", "against", (ORDER_IN_HAND, RELIEF)),
    Rule("record-access", "against", (BY_THE_COURTS_FINDING, RELIEF + r"|\bclosed records?\b"), window=2),
    Rule("record-access", "partial", (LOOK_NO_COPY, RELIEF), part=NARROWS, why="the person may inspect the record but may not have a copy"),
    Rule("record-access", "against", (ONLY_ON_SHOWING, RELIEF), window=2),
    Rule("record-access", "against", (NO_GREATER_RIGHT,)),
    Rule("record-access", "against", (ITEM_BY_ORDER, RELIEF)),
    Rule("record-access", "against",
         (r"(?:\bneither (?:the |any |a )?" + PERSON + r"[^.;]{0,40}\bnor\b[^.;]{0,40}\b(?:shall|may|will|can) "
          r"|\b(?:the |any |a )" + PERSON + r" (?:shall|may|will) not )(?:thereafter |afterwards? |then |later )?" + GIVEN + r"\b[^.;]{0,60}"
          + INFORMATION,
          RELIEF),
         window=2,
         unless=(r"\b(?:until|unless|except|other than|without (?:a |an )?(?:court )?order)\b", r"\b(?:required|compelled|asked) to\b",
                 r"\bdisclose\b|\backnowledge\b|\bof (?:another|any other)\b",
                 # (a bar on one way that names another: "may not obtain the record directly ..., but may obtain it through
                 # an attorney")
                 r"\bbut (?:\w+ ){0,2}(?:may|shall|is entitled|can)\b(?! not\b)")),
    # "(b) The following may inspect a sealed juvenile record without an order of the court: (1) the juvenile's parent
    # ...; (2) the prosecutor ... (d) All other persons may inspect a sealed juvenile record only by order of the court":
    # no item of the list before is the person (an item naming the child, a sentence opening with them, or any sentence
    # before that names the person the record is about, vetoes it).
    Rule("record-access", "against",
         (r"^\W*(?:\(\w{1,4}\)\s*)*(?:all|any) other (?:persons?|people|individuals?)\b[^.;]{0,80}\bonly (?:by|upon|on|with|after) "
          r"(?:an? |the )?(?:" + COURT_ORDER + r")",
          RELIEF),
         unless_before=(r"[:;]\s*(?:\(\w{1,4}\)\s*)+(?:the )?(?:" + OWNER + r"|(?:juvenile|child|minor|youth)\b(?!['\u2019]| (?:record|court|"
                        r"justice|officer)))",
                        r"^\W*(?:\(\w{1,4}\)\s*)*(?:the )?(?:juvenile|child|minor|youth)\b(?!['\u2019])[^.;]{0,80}\b(?:may|is entitled)\b"
                        r"(?! not\b)", r"(?<!another )(?<!other )\b(?:" + OWNER + ")")),
)  # fmt: skip
