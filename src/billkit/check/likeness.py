"""A second reader for `billkit check`: provisions that work against a practice, found by likeness.

The rules (``ruleset``) read word patterns; on texts nobody here has seen they miss many provisions that
work against a practice, because drafters say the same thing in words no rule lists. This reader is a
logistic regression over word and word-pair weights (scikit-learn's ``TfidfVectorizer`` and
``LogisticRegression``), one per practice, trained on the labelled paraphrase suites, on the
sentences of real texts labelled ``absent``, on the real provisions the corpus notes quote as working
against a practice, and on the blind probe reviews' judgements of federal hands and the sentences they quote
(see ``scripts/train_likeness.py``). It only ever adds a
``contrary`` finding where the rules found the practice absent (own-record access also where they found it
partly there), and it says so: its
quote is one sentence, and ``missing`` tells the reader that a model, not a rule, chose it.

The trained weights ship as ``likeness.npz`` beside this module; ``fit`` rebuilds them from the same
examples, and a test checks that the shipped file still matches what training gives.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .ruleset import ANOTHER_S_RECORD
from .ruleset.routes import OPEN_TO
from .ruleset.savings import OWN_DISCLOSURE
from .vocabulary import CIVIL_CASE, EXCEPTIONS_LEAD

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

MODEL = Path(__file__).with_name("likeness.npz")
WHY = "read by likeness"
"""The ``why`` of the evidence this reader adds: what tells a packet to ask the witness to confirm it."""
THRESHOLD = 0.7
"""The probability of ``contrary`` a sentence needs before the reader reports it (chosen on the tuning
split's cross-validation and paraphrase suite 5; never on the test split)."""
MIN_CHARS = 30
"""Shorter pieces (labels, headings, citations) are not read."""
HEADING = re.compile(
    r"^(?!.*\b(?:SHALL|MAY|MUST|IS|ARE|WILL|DOES|HAS)\b)(?:[^a-z]{0,160}|\W*AN ACT\b[^a-z]*)$"
)
"""A heading or an act's title in capitals ("FEDERAL RECORDS AND FEDERAL IMMIGRATION AUTHORITIES."), which
provides nothing; new law in capitals, as some states print it, has a verb, or runs longer than a heading
("... THE COURT ... RETAINS JURISDICTION AND AUTHORITY TO HEAR AND DECIDE A MOTION ..."), and is read."""
VERB = re.compile(
    r"\b(?:shall|may|must|is|are|was|were|will|does|do|has|have|means?|includes?|can(?:not)?)\b", re.I
)
LEAD = re.compile(EXCEPTIONS_LEAD + r"\s*$", re.I)
"""The lead of a list of exceptions read alone, whose meaning its items give; the rules read it joined to each
item."""
RECITAL = re.compile(
    r"^\W*(?:\(\w{1,4}\)\s*)?(?:section|§|title|federal law|the (?:federal|united states)\b)[^.;]{0,80}"
    r"\b(?:provides|states|requires|says) that\b",
    re.I,
)
"""A sentence that says what another law provides ("(a) Section 1373 of Title 8 of the United States Code
provides that ..."): a recital, which works neither for nor against a practice."""
TOPIC = {
    "federal-records": re.compile(
        r"\b(?:records?|information|data|databases?|files?|fingerprints?|histor(?:y|ies)|identif\w*|reports?|"
        r"dossiers?|index|biometric\w*|dna|immigra\w*|aliens?|deport\w*|detainers?|1373|1644)\b|"
        r"\btitle 8\b|\bICE\b",
        re.I,
    ),
    "record-access": re.compile(
        r"\b(?:records?|files?|information|documents?|papers|dockets?|cop(?:y|ies)|inspect\w*|access\w*|disclos\w*|"
        r"examin\w*|unseal\w*)\b",
        re.I,
    ),
}
"""What a sentence must speak of before it is asked about a practice: a provision that works against
keeping cleared records from federal agencies names records, information or immigration (not a state office
that is "the point of contact with the United States Department of Homeland Security ... for purposes of
grants", nor a ban on impeding compliance with title 18 of the United States Code); one that works against
the person's access to their own records names records, copies or access (not "may petition the court to
vacate the conviction", a grant of vacatur)."""
NAMED = {
    "federal-records": re.compile(
        r"\b(?:federal|united states|immigra\w*|homeland|ice|customs|fbi|interstate|aliens?|deport\w*|"
        r"detainers?|1373|1644|nation\w*|title 8|dhs)\b|\bu\.\s?s\.",
        re.I,
    ),
}
"""Whom a sentence must name before it is read as working against a practice: a provision that opens records
to federal hands names a federal or immigration body, or a national file (not "a sealed record shall be made
available to an authorized agency", whose agency the bill may define to leave federal agencies out)."""
OTHERS = {
    "record-access": re.compile(
        r"^\W*(?:\(\w{1,4}\)\s*)*"
        r"(?:(?:any|all|no) other (?:persons?|individuals?|entit(?:y|ies)|part(?:y|ies))|others)\b"
        r"(?![^.;]{0,20}\bincluding\b)",
        re.I,
    )
}
"""A sentence whose bar falls on people other than those a list has named ("Any other person may have
access to the records only upon permission by the court"): where a list in the text names the person
(``NAMES_THE_PERSON``), it says nothing against that person's access."""
NAMES_THE_PERSON = {
    "record-access": re.compile(
        OPEN_TO
        + r"|\b(?:open|available|accessible|inspect\w*)\b[^.;]{0,60}\b(?<!third )part(?:y|ies)\b(?!['\u2019])"
    )
}
_PERSON = r"(?:person|individual|subject|applicant|defendant|petitioner)"
_PASS_ON = r"(?:sell|transfer|disclose|share|release|provide|transmit|disseminate|furnish)"
_PASSED_ON = r"(?:sold|transferred|disclosed|shared|released|provided|transmitted|disseminated|furnished)"
_DECIDED = r"(?:raised|decided|adjudicated|litigated|determined)"
NOT_AGAINST = {
    "federal-records": re.compile(
        # sharing the person consents to, and a plain ban on passing records on ("An agency shall not sell
        # personal information, and shall not transfer it to any ..."; "shall not be made available to any
        # federal governmental agency"), keep nothing open
        rf"\b(?:written )?(?:consent|authori[sz]ation) of the {_PERSON}\b|"
        r"^(?!.*\b(?:except|unless|other than|but|only)\b"
        r"(?![^.;]{0,60}\b(?:authori[sz]ed|required|permitted) by (?:a |the |any )?(?:statute|law)))"
        rf"(?=.*\b(?:shall|may|must) not (?:(?:\w+ )?{_PASS_ON}|be (?:made available|{_PASSED_ON}))\b)|"
        # a duty to make an agreement under 8 U.S.C. § 1357(g) that names functions ("investigations,
        # apprehensions, detentions, removals") and no records: the rules read such agreements; and, last, the
        # person left free to pass on their own record
        r"^(?!.*\b(?:records?|information|data|databases?|files?|histor(?:y|ies)|fingerprints?)\b)"
        r".*\b(?:287\s?\(g\)|1357\s?\(g\))|" + OWN_DISCLOSURE + "|"
        # a definition of the immigration agencies a bar then names ("IMMIGRATION ENFORCEMENT Refers to the
        # federal agency Immigration and Customs Enforcement"), which gives them nothing
        r"^\W*(?:\(\w{1,4}\)\s*)*[\"“']?[\w ,-]{2,60}[\"”']?,? (?:refers to|means)\b[^.;]{0,80}\b"
        r"(?:immigration|homeland security)",
        re.I,
    ),
    "court-jurisdiction": re.compile(
        # a bar on raising again what was raised or decided ("claims that were raised on direct appeal"),
        # which leaves new grounds open, and the finality of an order that vacates a conviction
        rf"\b{_DECIDED}\b[^.;]{{0,40}}\b(?:on|in) (?:a |the )?(?:direct )?appeal\b|\bpreviously {_DECIDED}\b|"
        rf"\braised and finally {_DECIDED}\b|"
        r"\bsame (?:grounds?|claims?|issues?)\b|"
        # a filing saved as timely ("A motion under this rule shall be deemed timely if it is filed within one
        # year after the later of: ...")
        r"\b(?:deemed|considered|treated as) timely\b|\bis not untimely\b|"
        r"\border (?:vacating|setting aside|granting (?:the|a) (?:motion|petition))\b[^.;]{0,100}"
        r"\b(?:final|conclusive)\b|"
        # an appeal from an order or a judgment other than the conviction ("No court may extend the time to
        # file a notice of appeal from the order" on sealing; "In an appeal from a dependency judgment")
        r"\bappeal from (?:the |an? |any |such )?"
        r"(?:order|dependency|juvenile|civil|custody|probate|family)\b|"
        # a court told to hear the challenge, with no word that limits or refuses it ("the court shall
        # consider the merits of the subsequent application and may grant relief on any ground that the law
        # allows")
        r"^(?!.*\b(?:not|no|nor|unless|only|except|without|neither|dismiss\w*|den(?:y|ied|ial)|bar\w*)\b)"
        r".*\b(?:court|judge)s? (?:shall|must) (?:consider|hear|entertain|decide|determine|reach)\b",
        re.I,
    ),
    # a bar on everyone but the person ("No person other than the individual who is the subject of the
    # record shall have access ... except upon order of the court")
    "record-access": re.compile(
        r"\bno (?:\w+ )?(?:person|one|individual)s? (?:other than|except|but|save) (?:the )?"
        r"(?:individual|person|defendant|petitioner) "
        # ... or a bar on someone else's record (jurors' questionnaires, a victim's address)
        r"(?:who (?:is|was) the subject|whose (?:\w+ )?records?|named (?:in|therein))\b|" + ANOTHER_S_RECORD,
        re.I,
    ),
}
"""Sentences that never work against a practice, whatever words they share with provisions that do: the rules
read them so, and the likeness reader is not asked about them."""
LIMITS_NOT_JURISDICTIONAL = re.compile(
    r"\bnot jurisdictional\b|\bclaim-processing\b|\bnone of\b[^.;]{0,60}\bjurisdictional\b", re.I
)
TIME_LIMIT = re.compile(r"\bwithin\b[^.;]{0,30}\b(?:days?|months?|years?)\b|\b(?:time|deadlines?)\b", re.I)
"""A law that calls its time limits no bar to the court's power ("The time limits of this rule are mandatory
claim-processing rules and are not jurisdictional"): none of its deadlines is read as taking that power."""
ORDER_KEPT = re.compile(
    r"^\W*(?:it|such (?:an )?order|the order)\b[^.;]{0,40}\b(?:shall|may) not be "
    r"(?:reopened|set aside|vacated|modified)\b",
    re.I,
)
ORDER_VACATING = re.compile(r"\border (?:vacating|setting aside)\b", re.I)
"""The finality of an order said in the sentence after it ("An order vacating a judgment of conviction ... is
conclusive. It shall not be reopened or set aside in any later proceeding")."""
NO_DUTY = re.compile(
    r"^\W*(?:\(\w{1,4}\)\s*)*nothing in (?:this|these) \w+\b[^.;]{0,60}\brequires?\b"
    r"(?![^.;]*\b(?:not|prohibit|restrict|limit|withh[oe]ld|refus|den(?:y|ies)|keep|exclud)\w*)",
    re.I,
)
"""A disclaimer of a duty ("Nothing in this chapter requires the state patrol to transmit a record of a
vacated conviction to any federal agency"): it imposes nothing, for or against a practice."""
CRIMINAL = re.compile(
    r"\b(?:convict\w*|criminal|sentenced?|guilty|offen[cs]es?|crimes?|new trial|prisoners?|imprison\w*|"
    r"habeas)\b",
    re.I,
)
IN_CRIMINAL_LAW = frozenset({"court-jurisdiction"})
"""Practices asked about only in a text on criminal cases: a filing's time made "jurisdictional" in an appeal
from a civil or sealing order says nothing about a court's power over a conviction."""
CIVIL = re.compile(CIVIL_CASE, re.I)
"""A sentence about civil cases, which those practices are not asked about even in a text that also speaks of
criminal ones ("In a civil case, no extension of time within which to file the notice of appeal shall be
granted")."""
CATCHLINE_CHARS = 100
"""A short line with none of these verbs is a catchline ("Cooperation with federal agencies."), not a
provision."""
NGRAMS = (1, 2)
C = 10.0


def fit(examples: Mapping[str, list[tuple[str, str]]], vocabulary_texts: Iterable[str]) -> dict:
    """Train one classifier per practice; returns the arrays ``save`` writes.

    ``examples`` maps a practice to ``(text, label)`` pairs (a practice with no ``contrary`` example
    gets no classifier); ``vocabulary_texts`` are the texts whose
    words and word pairs make the features (the paraphrase suites: words seen only in unrelated real
    sentences carry no weight a provision could earn).
    """
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    vectorizer = _vectorizer()
    vectorizer.fit(list(vocabulary_texts))
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    arrays: dict = {"terms": np.array(terms), "idf": vectorizer.idf_.astype(np.float32)}
    for practice, pairs in sorted(examples.items()):
        if not any(label == "contrary" for _, label in pairs):
            continue  # nothing to learn: no example works against this practice
        model = LogisticRegression(C=C, max_iter=3000)
        model.fit(vectorizer.transform([t for t, _ in pairs]), [label for _, label in pairs])
        arrays[f"classes:{practice}"] = model.classes_.astype(str)
        arrays[f"coef:{practice}"] = model.coef_.astype(np.float16)
        arrays[f"intercept:{practice}"] = model.intercept_.astype(np.float32)
    return arrays


def _vectorizer(vocabulary: dict[str, int] | None = None):
    """Word and word-pair weights, the same for training and reading (the vocabulary given when reading)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, dtype=np.float32, vocabulary=vocabulary)


def save(arrays: dict, path: Path, provenance: dict) -> None:
    import numpy as np

    np.savez_compressed(path, meta=np.array(json.dumps(provenance, sort_keys=True)), **arrays)


@functools.lru_cache(maxsize=2)
def _load(path: Path = MODEL):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    with np.load(path, allow_pickle=False) as data:
        vectorizer = _vectorizer({term: i for i, term in enumerate(data["terms"].tolist())})
        vectorizer.idf_ = data["idf"]
        models = {}
        for key in data.files:
            if key.startswith("coef:"):
                practice = key.removeprefix("coef:")
                model = LogisticRegression(C=C)
                model.classes_ = data[f"classes:{practice}"]
                model.coef_ = data[key].astype(np.float64)
                model.intercept_ = data[f"intercept:{practice}"].astype(np.float64)
                models[practice] = model
    return vectorizer, models


def probabilities(texts: list[str], practice: str, path: Path = MODEL) -> list[dict[str, float]]:
    """Each text's probability of each label for ``practice``."""
    vectorizer, models = _load(path)
    model = models[practice]
    rows = model.predict_proba(vectorizer.transform(texts))
    return [dict(zip(model.classes_.tolist(), map(float, row), strict=True)) for row in rows]


def _catchline(sentence: str) -> bool:
    """A heading or catchline, which provides nothing: in capitals, or short and without a verb."""
    return bool(HEADING.match(sentence)) or (len(sentence) < CATCHLINE_CHARS and not VERB.search(sentence))


def contrary_sentences(
    located: list[tuple[str, str]],
    practices: Iterable[str],
    path: Path = MODEL,
    read: Mapping[str, Callable[[str], bool]] | None = None,
) -> dict[str, tuple[str, str, float]]:
    """For each practice, the sentence most likely to work against it, as ``(sentence, location,
    probability)``, when that probability passes ``THRESHOLD``. A sentence ``read[practice]`` accepts (one
    the rules have already read for that practice) is not asked about it."""
    readable = [
        (s, where)
        for s, where in located
        if len(s) > MIN_CHARS
        and not _catchline(s)
        and not LEAD.search(s)
        and not RECITAL.search(s)
        and not NO_DUTY.search(s)
    ]
    criminal = any(CRIMINAL.search(s) for s, _ in located)
    after_orders = {s for (before, _), (s, _) in itertools.pairwise(located) if ORDER_VACATING.search(before)}
    found: dict[str, tuple[str, str, float]] = {}
    if not readable:
        return found
    vectorizer, models = _load(path)
    features = vectorizer.transform([s for s, _ in readable])
    for practice in (p for p in practices if p in models and (criminal or p not in IN_CRIMINAL_LAW)):
        model = models[practice]
        scores = model.predict_proba(features)[:, model.classes_.tolist().index("contrary")]
        already = (read or {}).get(practice)
        if already is not None:
            scores[[i for i, (s, _) in enumerate(readable) if already(s)]] = 0.0
        if practice in OTHERS and any(NAMES_THE_PERSON[practice].search(s.lower()) for s, _ in located):
            scores[[i for i, (s, _) in enumerate(readable) if OTHERS[practice].search(s)]] = 0.0
        if practice in TOPIC:
            scores[[i for i, (s, _) in enumerate(readable) if not TOPIC[practice].search(s)]] = 0.0
        if practice in NAMED:
            scores[[i for i, (s, _) in enumerate(readable) if not NAMED[practice].search(s)]] = 0.0
        if practice in IN_CRIMINAL_LAW:
            scores[[i for i, (s, _) in enumerate(readable) if CIVIL.search(s)]] = 0.0
        if practice in NOT_AGAINST:
            scores[[i for i, (s, _) in enumerate(readable) if NOT_AGAINST[practice].search(s)]] = 0.0
        if practice == "court-jurisdiction":
            scores[[i for i, (s, _) in enumerate(readable) if s in after_orders and ORDER_KEPT.search(s)]] = (
                0.0
            )
            if any(LIMITS_NOT_JURISDICTIONAL.search(s) for s, _ in located):
                scores[[i for i, (s, _) in enumerate(readable) if TIME_LIMIT.search(s)]] = 0.0
        best = int(scores.argmax())
        if scores[best] > THRESHOLD:
            found[practice] = (*readable[best], float(scores[best]))
    return found
