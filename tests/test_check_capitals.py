"""New law printed in capitals reads as it would in small letters, and is quoted as printed.

Maryland's and Colorado's bills, and New York's bill texts, print new law in capitals. These tests take real
texts of the corpus's tuning split (each file's header gives its citation and source), print them in capitals
throughout, and check that `billkit check` reads each as it reads the text as printed, which is the text's
label, and that every quote it gives is the bill's own words, in capitals. Before `check/capitals.py`, 42
right readings of the tuning split changed when it was printed so (`scripts/kindred_rewrites.py "capitals for
new law"`); the cases below are those that read right now, chosen from that rewrite of the tuning split, never
from the test split.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from billkit.check import capitals
from billkit.check.reading import Passage
from billkit.check.rules import check_passages
from corpus_scores import load_case

CORPUS = Path(__file__).resolve().parent / "corpus"

IN_CAPITALS = [
    ("ak-stat-12-72-020-18-month.txt", "court-jurisdiction"),
    ("ar-code-12-12-312.txt", "record-access"),
    ("ca-ab2103-2016-introduced.txt", "record-access"),
    ("co-hb19-1124-summary.txt", "federal-records"),
    ("co-rev-stat-16-11-209.txt", "public-education"),
    ("co-rev-stat-16-12-206-209.txt", "vacatur-for-cause"),
    ("co-sb22-099-2022-act-summary.txt", "record-access"),
    ("dc-code-16-2331.txt", "record-access"),
    ("dc-code-16-2333.txt", "federal-records"),
    ("dc-code-16-2334.txt", "record-access"),
    ("ga-code-15-1-20.txt", "record-access"),
    ("ga-code-42-8-62-1.txt", "record-access"),
    ("ia-code-232-149-2-5.txt", "federal-records"),
    ("ia-code-232-149a-current.txt", "record-access"),
    ("ia-code-814-6-814-29.txt", "court-jurisdiction"),
    ("id-code-18-8324.txt", "federal-records"),
    ("la-ch-code-art-313.txt", "court-jurisdiction"),
    ("me-ld1833-128th-5-mrsa-25001-25006.txt", "federal-records"),
    ("nm-r-crim-p-5-802-a-b.txt", "vacatur-for-cause"),
    ("or-ors-419a-255.txt", "record-access"),
    ("pa-r-crim-p-720-a-b-c.txt", "vacatur-for-cause"),
    ("tn-sup-ct-r-28-sec-2.txt", "rebuttable-presumption"),
    ("wi-stat-971-08.txt", "vacatur-for-cause"),
    ("wi-stat-973-19.txt", "court-jurisdiction"),
    ("wy-stat-7-12-310.txt", "vacatur-for-cause"),
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _runs(piece: str) -> list[str]:
    """A quoted piece split where a list item's label follows its lead ("EXCEPT— (2) PURSUANT")."""
    return [run for run in re.split(r"\s(?=\(\w{1,4}\)\s|\d{1,3}\.\s)", piece) if run]


@pytest.mark.parametrize(("name", "practice"), IN_CAPITALS)
def test_a_text_in_capitals_reads_as_printed_and_is_quoted_in_capitals(name: str, practice: str) -> None:
    case = load_case(CORPUS / name)
    upper = [dataclasses.replace(p, text=p.text.upper()) for p in case.passages]
    printed = next(f for f in check_passages(case.passages) if f.id == practice)
    assert printed.status == case.labels[practice]
    found = next(f for f in check_passages(upper) if f.id == practice)
    assert found.status == printed.status
    words = _flat(" ".join(p.text for p in upper))
    for evidence in found.evidence:
        # each piece between cuts is the bill's words in its capitals (a list's lead and an item may be quoted
        # together, each run of words the bill's own)
        for piece in evidence.quote.split("…"):
            assert piece == piece.upper()
            assert all(run in words for run in _runs(piece.strip()))


MIXED = [
    ("ak-stat-12-72-020-18-month.txt", "court-jurisdiction"),
    ("ca-ab2103-2016-introduced.txt", "record-access"),
    ("co-rev-stat-16-12-206-209.txt", "vacatur-for-cause"),
    ("dc-code-16-2331.txt", "record-access"),
    ("dc-code-16-2333.txt", "record-access"),
    ("dc-code-16-2333.txt", "federal-records"),
    ("dc-code-16-2334.txt", "federal-records"),
    ("ga-code-15-1-20.txt", "record-access"),
    ("ga-code-35-3-37-r-v.txt", "record-access"),
    ("ga-code-42-8-62-1.txt", "record-access"),
    ("hi-rev-stat-806-73-b.txt", "federal-records"),
    ("or-ors-419a-255.txt", "record-access"),
    ("pa-r-crim-p-720-a-b-c.txt", "vacatur-for-cause"),
    ("ut-code-77-40a-403.txt", "federal-records"),
]


@pytest.mark.parametrize(("name", "practice"), MIXED)
def test_a_text_with_every_other_passage_in_capitals_reads_as_printed(name: str, practice: str) -> None:
    # as a bill that rewrites some subsections in capitals and leaves others as they were: a label in
    # capitals goes on with the series printed in small letters around it ("(B) To ..." then "(C) BY ...";
    # Colorado's "(II)" then "(III)"), and an item is printed as its siblings are ("(i) a motion")
    case = load_case(CORPUS / name)
    mixed = [dataclasses.replace(p, text=p.text.upper()) if i % 2 else p for i, p in enumerate(case.passages)]
    printed = next(f for f in check_passages(case.passages) if f.id == practice)
    assert printed.status == case.labels[practice]
    assert next(f for f in check_passages(mixed) if f.id == practice).status == printed.status


# N.Y. S. 257, 2023–2024 Reg. Sess. (N.Y. 2023), proposed N.Y. Exec. Law § 319-c (new matter in capitals), as
# held in tests/corpus/ny-s257-2023-exec-319-c-319-d.txt.
NEW_YORK_319_C = [
    "§ 319-C. CONFIDENTIALITY OF INFORMATION. UNLESS DISCLOSURE IS REQUIRED BY A LAWFUL COURT ORDER, NO "
    "STATE OR LOCAL AGENCY, OR AGENT THEREOF, OR STATE OR LOCAL LAW ENFORCEMENT AGENCY, OR AGENT THEREOF, "
    "SHALL PROVIDE TO A FEDERAL IMMIGRATION AUTHORITY ANY INFORMATION COLLECTED OR OBTAINED WITH RESPECT TO "
    "A PERSON IN ACCORDANCE WITH THIS ARTICLE OR OTHERWISE, INCLUDING BUT NOT LIMITED TO HOME, WORK OR "
    "SCHOOL ADDRESS, EXCEPT THAT:",
    "1. PROVIDING IMMIGRATION STATUS INFORMATION SHALL NOT BE PROHIBITED IF REQUESTED BY SUCH FEDERAL "
    "IMMIGRATION AUTHORITY AND REQUIRED TO BE PROVIDED TO IT IN ACCORDANCE WITH 8 U.S.C. § 1373 OR ANOTHER "
    "FEDERAL LAW;",
    "2. THE DIVISION OF CRIMINAL JUSTICE SERVICES OR A QUALIFIED AGENCY, AS DEFINED IN SUBDIVISION NINE OF "
    "SECTION EIGHT HUNDRED THIRTY-FIVE OF THIS CHAPTER, MAY PROVIDE CRIMINAL HISTORY INFORMATION, AS "
    "DEFINED IN PARAGRAPH (C) OF SUBDIVISION ONE OF SECTION EIGHT HUNDRED FORTY-FIVE-B OF THIS CHAPTER, WHEN "
    "LAWFULLY REQUESTED ABOUT A SPECIFIC PERSON AND SUCH DISCLOSURE IS PERMITTED BY STATE LAW; AND",
]


def test_a_new_section_in_capitals_is_read_in_small_letters_and_quoted_as_printed() -> None:
    passages = [Passage(text, f"line {i}") for i, text in enumerate(NEW_YORK_319_C, 1)]
    read, _ = capitals.as_read(passages)
    assert read[1].text.startswith("1. Providing immigration status information shall not")
    assert "8 U.S.C. § 1373" in read[1].text  # initials, which end no sentence, keep their capitals
    assert "paragraph (c) of subdivision one" in read[2].text  # a cited label, in small letters
    federal = next(f for f in check_passages(passages) if f.id == "federal-records")
    assert federal.status == "contrary"
    assert any("MAY PROVIDE CRIMINAL HISTORY INFORMATION" in e.quote for e in federal.evidence)
    assert all(e.quote == e.quote.upper() for e in federal.evidence)


def test_labels_in_capitals_take_the_case_of_their_series() -> None:
    series = capitals._Series()
    # Maryland: (a), (1), (i), as N.Y.'s and Maryland's statutes print them in small letters
    assert [series.case(label) for label in ("A", "B", "C", "1", "I", "II", "2", "D")] == [
        "a", "b", "c", "1", "i", "ii", "2", "d",
    ]  # fmt: skip
    # Alaska's and federal numbering: (a), (1), (A), (B), then (b) again
    series = capitals._Series()
    assert [series.case(label) for label in ("A", "1", "2", "A", "B", "3", "B")] == [
        "a", "1", "2", "A", "B", "3", "b",
    ]  # fmt: skip
    # New York: a numbered subdivision ("4.") opens its lists anew, "(a)" again after the last one's "(g)"
    series = capitals._Series()
    assert [series.case(label) for label in ("A", "B", "G")] == ["a", "b", "g"]
    assert series.dotted_case("4") == "4"
    assert [series.case(label) for label in ("A", "B")] == ["a", "b"]
    # Oklahoma: "A." heads the section above its numbers; "a." under a number
    series = capitals._Series()
    assert [series.dotted_case(label) for label in ("A", "1", "2", "A", "B", "3", "B")] == [
        "A", "1", "2", "a", "b", "3", "B",
    ]  # fmt: skip


def test_a_title_in_capitals_is_read_as_a_heading_where_the_bill_prints_law_in_capitals() -> None:
    # a probe bill in New Mexico's form (tests/probes/round40/j34.txt): its title names "A STATEMENT OF
    # EFFECTS", which is no provision for public education; the provision is subsection D
    passages = [
        Passage(
            "AN ACT RELATING TO CRIMINAL RECORDS; AMENDING THE CRIMINAL RECORD EXPUNGEMENT ACT TO PROVIDE "
            "FOR ACCESS BY THE PETITIONER, LIMITS ON DISCLOSURE TO IMMIGRATION AUTHORITIES AND A STATEMENT "
            "OF EFFECTS.",
            "line 1",
        ),
        Passage(
            "C. The court shall enter an order of expungement if it finds that justice will be served.",
            "line 2",
        ),
        Passage(
            "D. UPON ENTERING AN ORDER UNDER SUBSECTION C OF THIS SECTION, THE COURT SHALL GIVE THE "
            "PETITIONER A WRITTEN STATEMENT OF THE PRACTICAL EFFECTS OF THE EXPUNGEMENT.",
            "line 3",
        ),
    ]
    read, _ = capitals.as_read(passages)
    assert read[0] == passages[0]
    assert read[2].text.startswith("D. Upon entering an order")  # "D." goes on with "C." printed above it
    education = next(f for f in check_passages(passages) if f.id == "public-education")
    assert education.status == "partial"
    assert [e.quote for e in education.evidence] == [" ".join(passages[2].text.split())]


def test_a_bill_whose_capitals_are_only_headings_is_read_as_printed() -> None:
    # the enacting clause of N.Y. S. 257 (2023) and the opening words of § 2 of N.Y. S. 4756 (2023), as the
    # corpus holds them (ny-s257-2023-exec-319-c-319-d.txt, ny-s4756-2023-cpl-440-10-1-i.txt)
    passages = [
        Passage(
            "THE PEOPLE OF THE STATE OF NEW YORK, REPRESENTED IN SENATE AND ASSEMBLY, DO ENACT AS FOLLOWS:",
            "line 1",
        ),
        Passage(
            "§ 2. Paragraph (i) of subdivision 1 of section 440.10 of the criminal procedure law", "line 2"
        ),
    ]
    assert not capitals.prints_law_in_capitals(passages)
    assert capitals.as_read(passages) == (passages, None)
