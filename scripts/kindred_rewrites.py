"""How brittle `billkit check`'s rules are to the words one state uses for another's.

Run from the repository root (it takes several minutes):

    python scripts/kindred_rewrites.py [REWRITE ...]

For every file of the corpus's tuning split whose reading of a practice already matches its label, it puts one
word for its kindred throughout the text ("must" for "shall", "motion" for "petition", ...), or prints it as
another state would (in capitals, as new law is in Maryland's and Colorado's bills; numbers in words or in
figures; a citation to title 8 in words), and reads the file again. It prints, for each rewrite, how many
readings changed, and then each changed reading. A rule that reads "the court shall" but not "the judge must"
shows up here before a bill in the other words meets it. The test split is never read. Name rewrites to run
only those.
"""

from __future__ import annotations

import collections
import dataclasses
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from billkit.check.rules import check_passages  # noqa: E402
from corpus_scores import load_corpus, load_split  # noqa: E402


def keep_case(pattern: str, words: str) -> Callable[[str], str]:
    """A rewrite of every match of ``pattern`` (any case) into ``words``, in the matched word's case."""
    found = re.compile(pattern, re.IGNORECASE)

    def one(match: re.Match) -> str:
        said, new = match.group(), match.expand(words)
        if said.isupper() and len(said) > 1:
            return new.upper()
        return new[0].upper() + new[1:] if said[0].isupper() else new

    return lambda text: found.sub(one, text)


def then(*rewrites: Callable[[str], str]) -> Callable[[str], str]:
    """The rewrites one after another."""

    def all_of(text: str) -> str:
        for rewrite in rewrites:
            text = rewrite(text)
        return text

    return all_of


PERIODS = (
    ("thirty", "30", "days"),
    ("sixty", "60", "days"),
    ("ninety", "90", "days"),
    ("one", "1", "year"),
    ("two", "2", "years"),
    ("three", "3", "years"),
)
"""Time limits as codes write them, in words ("thirty days", "thirty (30) days") or in figures ("30 days")."""

REWRITES: dict[str, Callable[[str], str]] = {
    "must for shall": keep_case(r"\bshall\b", "must"),
    "shall for must": keep_case(r"\bmust\b", "shall"),
    "may not for shall not": keep_case(r"\bshall not\b", "may not"),
    "motion for petition": then(
        keep_case(r"\b(may|shall|to|can|who|and|or|will) petition\b", r"\1 move"),
        keep_case(r"\bpetitioned\b", "moved"),
        keep_case(r"\bpetition(s?)\b", r"motion\1"),
    ),
    "petition for motion": keep_case(r"\bmotion(s?)\b", r"petition\1"),
    "application for petition": keep_case(r"\bpetition(s?)\b", r"application\1"),
    "the judge for the court": keep_case(r"\bthe court\b", "the judge"),
    "applicant for petitioner": keep_case(r"\bpetitioner(s?)\b", r"applicant\1"),
    "movant for petitioner": keep_case(r"\bpetitioner(s?)\b", r"movant\1"),
    "person for the defendant": keep_case(r"\bthe defendant\b", "the person"),
    "individual for person": keep_case(r"\bperson\b", "individual"),
    "set aside for vacate": keep_case(r"\bvacated?\b", "set aside"),
    "vacate for set aside": keep_case(r"\bset aside\b", "vacate"),
    "sealed for expunged": then(
        keep_case(r"\bexpunged\b", "sealed"), keep_case(r"\bexpunction\b|\bexpungement\b", "sealing")
    ),
    "judgment of conviction for conviction": keep_case(r"(?<!of )\bconviction\b", "judgment of conviction"),
    "is for shall be": keep_case(r"\bshall be\b", "is"),
    "FBI for its name": keep_case(r"\bFederal Bureau of Investigation\b", "FBI"),
    "DHS for ICE": keep_case(
        r"\b(?:U\.?S\.? )?Immigration and Customs Enforcement\b", "the Department of Homeland Security"
    ),
    "order of the court for court order": keep_case(r"\bcourt order(s?)\b", r"order\1 of the court"),
    "law enforcement for criminal justice agency": keep_case(
        r"\bcriminal justice agenc(y|ies)\b", r"law enforcement agenc\1"
    ),
    "district attorney for prosecutor": keep_case(
        r"\bprosecut(?:or|ing attorney)(s?)\b", r"district attorney\1"
    ),
    "their for his or her": keep_case(r"\bhis or her\b|\bhis/her\b", "their"),
    "accused for defendant": then(
        keep_case(r"\ba defendant\b", "an accused"), keep_case(r"\bdefendants?\b", "accused")
    ),
    "capitals for new law": str.upper,
    "postconviction for post-conviction": keep_case(r"\bpost-conviction\b", "postconviction"),
    "post-conviction for postconviction": keep_case(r"\bpostconviction\b", "post-conviction"),
    "deportation for removal": keep_case(r"\bremoval\b", "deportation"),
    "title 8 in words": keep_case(
        r"\b8 U\.\s?S\.\s?C\.(?: A\.)? ?(?:§|sec(?:tion|\.)?) ?(\d+\w?)",
        r"Section \1 of Title 8 of the United States Code",
    ),
    "subdivision for subsection": keep_case(r"\bsubsection(s?)\b", r"subdivision\1"),
    "Sec. for Section": keep_case(r"^(\W*)Section (\d)", r"\1Sec. \2"),
    "numbers in words": then(
        *(keep_case(rf"\b{figure} {unit}\b", f"{word} {unit}") for word, figure, unit in PERIODS)
    ),
    "numbers in figures": then(
        *(
            keep_case(rf"\b{word} (?:\({figure}\) )?{unit}\b", f"{figure} {unit}")
            for word, figure, unit in PERIODS
        )
    ),
}


def main(names: list[str]) -> None:
    rewrites = {name: REWRITES[name] for name in names} if names else REWRITES
    split = load_split()
    changed = []
    for case in load_corpus():
        if split[case.name] != "tune":
            continue
        read = {f.id: f.status for f in check_passages(case.passages)}
        right = [p for p, status in read.items() if status != "absent" and case.labels[p] == status]
        for name, rewrite in rewrites.items() if right else ():
            passages = [dataclasses.replace(p, text=rewrite(p.text)) for p in case.passages]
            if passages == case.passages:
                continue
            again = {f.id: f.status for f in check_passages(passages)}
            changed += [(name, case.name, p, read[p], again[p]) for p in right if again[p] != read[p]]
    counts = collections.Counter(name for name, *_ in changed)
    for name in rewrites:
        print(f"{counts[name]:4d}  {name}")
    for name, file, practice, before, after in changed:
        print(f"{name}: {file} {practice} {before} -> {after}")


if __name__ == "__main__":
    unknown = [name for name in sys.argv[1:] if name not in REWRITES]
    if unknown:
        print(
            f"Error: no rewrite named {', '.join(unknown)}. Hint: one of: {'; '.join(REWRITES)}",
            file=sys.stderr,
        )
        sys.exit(2)
    main(sys.argv[1:])
