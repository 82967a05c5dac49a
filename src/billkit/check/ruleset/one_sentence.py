"""Rules for a cleared record closed, in one sentence, to all but those the sentence names ("shall not be disclosed
except to law enforcement agencies"; "closed to all persons other than the juvenile court judge"; "may be viewed by
the prosecutor, but by no one else"): against the person's access when the person is not among them, a grant when
the person, or the person's own request or consent, is the exception. :mod:`.closures` applies its shared vetoes
to them."""

from __future__ import annotations

from ..vocabulary import COURT_ORDER, OWNER, PERSON, RELIEF
from .routes import AGENT
from .rule import Rule

SUPERVISED = r"(?:probationer|parolee|participant|offender|inmate|prisoner|person under supervision)s?"
"""The person a privileged criminal-justice record is about, in the words of probation, parole and treatment laws."""
NOT_A_PLACE = r"(?!')(?! (?:court|probation|justice|division|officer|services|department|facility|unit|files?|records?)\b)"
"""After the person's noun: not the word as an adjective ("the juvenile court judge", "juvenile files")."""
OPENED_TO_THEM = (
    r"\b(?:to|by|and|or|,) (?:the )?(?:" + OWNER + "|" + PERSON + r")" + NOT_A_PLACE,
    AGENT,
    r"\b(?:court|judge)\b[^.;]{0,30}\b(?:orders?|permits?|authori[sz]es?|finds?|leave|approv\w*)\b",
)
"""What keeps a closure from shutting the person out: the person (or the person's lawyer or parent) among those it
leaves the records open to, or a court that may open them."""

ONE_SENTENCE_RULES: tuple[Rule, ...] = (
    # A record closed to all but those it names, in one sentence ("shall be sealed and shall not be disclosed except to law
    # enforcement agencies and the prosecuting attorney"; "closed to all persons other than the juvenile court judge";
    # "may be viewed by the prosecutor, but by no one else"), the person not among them. The exception must name who
    # may see ("except to law enforcement agencies"), not when ("except to the extent required by federal law") or on
    # whose word ("except at the written request of the person").
    Rule("record-access", "against",
         (r"\b(?:shall|may|must) not be (?:\w+ )?(?:disclosed|released|disseminated|opened|open|available|shown|inspected|provided|"
          r"furnished|divulged)\b(?: (?:for inspection )?to (?:any|a|an) (?:person|one|individual|entity))?,? (?:except|other than|save) "
          r"(?:(?:to|by) )?(?:the |a |an |any |other )?(?!(?:extent|as|that|when|where|if|upon|on|under|pursuant|in|at|with|for|"
          r"through|by|to)\b|(?:written )?(?:request|consent|order|authori[sz]ation|permission)\b)[a-z]|"
          r"\bclosed to (?:all|any|every) (?:other )?(?:persons?|one|individuals?|entit(?:y|ies))\b,? (?:except|other than|but)\b|"
          r"\bbut (?:by|to) no (?:one|person|other person|other individual|other entity) (?:else|other)?\b",
          RELIEF + r"|nonpublic"),
         # (the relief may be in the sentence before: "(a) ... may petition the court to seal the record ... (b) After the
         # order is entered, the records shall be confidential and shall not be disclosed except to ...")
         window=2,
         unless=(*OPENED_TO_THEM,
                 r"\b(?:required|authori[sz]ed|permitted) by (?:state |federal )?law\b",
                 r"\b(?:request|consent|authori[sz]ation|permission|waiver) of (?:the )?(?:" + PERSON + r")"),
         yields=True),
    # ... or opened to those it names alone, the relief in the same sentence ("A sealed record may be disseminated only to
    # criminal justice agencies ... and to ...")
    Rule("record-access", "against",
         (r"\b(?:shall|may|must) be (?:disclosed|released|disseminated|made available|furnished|provided|open(?:ed)?)"
          r"(?: for inspection)? only to (?!(?:the |a |an |any )?(?:extent|persons? (?:who|whom))\b)(?:the |a |an |any )?[a-z]",
          RELIEF),
         unless=OPENED_TO_THEM,
         yields=True),
    # A page that tells the reader a judge must let them see their own record ("If you need to see your sealed record
    # ..., you will need a court order").
    Rule("record-access", "against",
         (r"\byou (?:will |would )?(?:need|(?:must|shall) (?:get|obtain|have)|have to (?:get|obtain)) (?:a |an )?(?:court order|order (?:from|of|"
          r"signed by) (?:a |the )?(?:judge|court))\b",
          r"\byour (?:own )?(?:[\w-]+ ){0,2}(?:records?|files?)\b|\b(?:sealed|expunged) (?:documents?|records?|files?|papers?)\b"),
         yields=True),
    # Criminal-justice information made privileged and kept from everyone but the bodies named ("All information obtained
    # ... by any probation or parole officer shall be privileged .... Such information shall not be disclosed directly or
    # indirectly to any person other than the court, board, cabinet ..."; "are privileged and may not be disclosed
    # directly or indirectly to anyone without a court order"), the person not among them.
    Rule("record-access", "against",
         (r"\bprivileged\b[^.;]{0,80}\b(?:shall|may|must) not be (?:disclosed|released|divulged)\b(?! (?:to|except)\b[^.;]{0,60}\b"
          r"(?:" + OWNER + "|" + PERSON + r"))|\b(?:shall|may|must) not be (?:disclosed|released|divulged) directly or indirectly to "
          r"(?:anyone|any (?:other )?person)\b",),
         elsewhere=(r"\b(?:probation|parole|correction(?:s|al)|criminal|offenders?|inmates?|prisoners?|delinquen\w*|law enforcement|"
                    r"police)\b",),
         # (not one the person is let in by: "other than ... the probationer"; "except that the offender may inspect"; nor
         # a privilege only from evidence, nor a juror's or a victim's name)
         unless=(r"\b(?:to|by|and|or|than|,) (?:the )?(?:" + OWNER + "|" + PERSON + r"|" + SUPERVISED + r")" + NOT_A_PLACE,
                 r"\bexcept that (?:the |a |an |such )?(?:" + OWNER + "|" + PERSON + r"|" + SUPERVISED + r")\b[^.;]{0,20}\bmay\b",
                 r"\bexcept as (?:otherwise )?provided\b|\bas provided (?:herein|in this)\b", AGENT,
                 r"\bin (?:any|a) (?:civil )?(?:proceeding|prosecution|action)\b|\b(?:received|admitted|used) (?:in|as) evidence\b|"
                 r"\b(?:jurors?|victims?|witness\w*|informants?)\b"),
         yields=True),
    # ... and the same closure whose exception is the person, or the person's own request ("closed to all persons other
    # than the juvenile, the juvenile's parents and counsel"; "may not be furnished save to the subject of the record upon
    # written request"; "shall not be released except at the written request of the person whose record it is").
    Rule("record-access", "present",
         (r"\b(?:shall|may|must) not be (?:\w+ )?(?:disclosed|released|disseminated|opened|open|available|shown|inspected|provided|"
          r"furnished|divulged)\b[^.;]{0,80}?,? (?:except|other than|save)\b[^.;]{0,30}?\b(?:to|by|at|with|on|upon) (?:the )?(?:written )?"
          r"(?:(?:request|consent|application|authori[sz]ation) of (?:the )?)?(?:" + OWNER + "|" + PERSON + r")" + NOT_A_PLACE + "|"
          r"\bclosed to (?:all|any|every) (?:other )?(?:persons?|one|individuals?|entit(?:y|ies))\b,? (?:except|other than|but) (?:the )?"
          r"(?:" + OWNER + "|" + PERSON + r")" + NOT_A_PLACE,
          RELIEF),
         unless=(COURT_ORDER,)),
)  # fmt: skip
