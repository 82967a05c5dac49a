"""Old drafting idioms read in today's words before any rule sees a sentence.

Codes written a century ago say what a modern one says in other words: a clerk "shall be without power to
exhibit" a record "to any person whomsoever" where a new code says the clerk "shall not disclose" it "to any
person". The rules know the modern words; this module turns the old ones into them, and nothing else, so that
each rule need not list both."""

from __future__ import annotations

import re
from collections.abc import Callable

IDIOMS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # an officer without power to do what the law forbids ("the clerk shall be without power to exhibit the
    # record")
    (re.compile(r"\b(shall|will) be without (?:power|authority) to (?=(?:exhibit|disclose|release|show|"
                r"furnish|divulge)\b)"), r"\1 not "),
    # a record shown ("exhibit the annulled record ... to any person"), not an exhibit at trial; a refusal to
    # show it ("No clerk ... shall refuse to exhibit the same to the person") keeps its own words
    (re.compile(r"(?<!refuse )(?<!decline )(?<!fail )\b(not|to) exhibit\b"), r"\1 disclose"),
    # "to any person whomsoever" is "to any person"
    (re.compile(r"\b(any (?:person|one|individual|body|agency|entity)) whomsoever\b"), r"\1"),
    (re.compile(r"\bwhomsoever\b"), "anyone"),
    # the FBI's own initials for criminal history record information ("may disseminate CHRI to ... federal
    # licensing and regulatory agencies")
    (re.compile(r"\bchri\b"), "criminal history record information"),
    # "must", as plain-language and newer codes write a duty or a bar, is the older codes' "shall" ("the court
    # must not consider a later motion"; "the clerk must seal"): every rule reads both once this is done
    (re.compile(r"\bmust\b"), "shall"),
    # "the accused", as some codes and rules name the person charged ("the court shall advise the accused";
    # "an accused who is not a citizen"), is the defendant; "a person accused of" keeps its words
    (re.compile(r"\b(?:(the|any|such|said|every)|an) accused(?!\s+(?:of|persons?|individuals?|juveniles?|"
                r"child|children)\b)\b"), lambda m: f"{m[1] or 'a'} defendant"),
)  # fmt: skip


def modern(text: str) -> str:
    """``text`` (lower case) with its old idioms in today's words."""
    for idiom, words in IDIOMS:
        text = idiom.sub(words, text)
    return text
