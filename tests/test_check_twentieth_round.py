"""`billkit check` on vacatur for trafficking victims and for innocence, a law that disclaims a remedy,
records sent to an immigration agency by an older name, and sealed records only their custodian may reach
(issue 14, twentieth round).

Each case quotes a real statute or bill as it stands in ``tests/corpus/`` (citation and source in the file's
header), with a variation beside it where the reading turns on the words it should. All are from tuning files.
"""

from __future__ import annotations

from pathlib import Path

from support import passage_status

GA_17_10_21_A_1 = (
    "1. A defendant convicted of an offense and sentenced as a direct result of the defendant "
    "being the victim of an offense of trafficking under Code Section 16-5-46 may petition the "
    "court imposing the sentence to vacate such conviction."
)  # Ga. Code Ann. § 17-10-21(a)(1)
WY_6_2_708_C = (
    "(c) At any time after the entry of a conviction, the court in which it was entered may vacate the "
    "conviction if the defendant's participation in the offense is found to have been the result of having "
    "been a victim."
)  # Wyo. Stat. Ann. § 6-2-708(c)


def test_a_conviction_that_resulted_from_being_trafficked_may_be_vacated_however_the_victim_is_named():
    assert passage_status("vacatur-for-cause", GA_17_10_21_A_1) == "present"
    assert passage_status("vacatur-for-cause", WY_6_2_708_C) == "present"
    # the same petition for a reason of time, not of the offense's cause, is no vacatur for cause
    waited = GA_17_10_21_A_1.replace(
        "sentenced as a direct result of the defendant being the victim of an offense of trafficking under "
        "Code Section 16-5-46",
        "sentenced more than five years ago",
    )
    assert passage_status("vacatur-for-cause", waited) == "absent"


PA_9542 = (
    "This subchapter provides for an action by which persons convicted of crimes they did not commit and "
    "persons serving illegal sentences may obtain collateral relief."
)  # S.B. 1323, 2019–2020 Reg. Sess. (Pa. 2020), § 2 (amending 42 Pa. Cons. Stat. § 9542)


def test_relief_for_people_convicted_of_crimes_they_did_not_commit_is_vacatur_for_cause():
    assert passage_status("vacatur-for-cause", PA_9542) == "present"
    served = PA_9542.replace("convicted of crimes they did not commit", "who have completed their sentences")
    served = served.replace(" and persons serving illegal sentences", "")
    assert passage_status("vacatur-for-cause", served) == "absent"


VA_SB_625_DIGEST = (
    "Creates a mechanism for a person who is not a citizen of the United States to vacate a criminal "
    "conviction or adjudication of delinquency, other than for a violent felony or an offense that requires "
    "sex offender registration, if such person was not advised of the possible adverse consequences of such "
    "conviction or adjudication on his immigration status."
)  # S.B. 625, 2020 Sess. (Va. 2020), summary (first sentence, cut at its clause (i))


def test_a_bill_digest_that_creates_a_vacatur_for_a_missing_advisement_reads_as_one():
    assert passage_status("vacatur-for-cause", VA_SB_625_DIGEST) == "present"


VT_8003_A = (
    "(a) This chapter does not provide a basis for: (1) invalidating a plea, conviction, or sentence; (2) a "
    "cause of action for money damages; (3) a claim for relief from or defense to the application of a "
    "collateral consequence based on a failure to comply with this chapter; or (4) seeking relief from a "
    "collateral consequence imposed by another state or the United States or a subdivision, agency, or "
    "instrumentality thereof, unless the law of such jurisdiction provides for such relief."
)  # Vt. Stat. Ann. tit. 13, § 8003(a)


def test_a_law_that_disclaims_a_remedy_of_its_own_bars_no_vacatur_and_keeps_no_jurisdiction():
    assert passage_status("vacatur-for-cause", VT_8003_A) == "absent"
    assert passage_status("court-jurisdiction", VT_8003_A) == "absent"
    # a failure to advise declared no ground for relief is a bar
    bar = (
        "The failure to advise the defendant under this section shall not constitute a basis for vacating "
        "the plea."
    )
    assert passage_status("vacatur-for-cause", bar) == "contrary"


RI_12_19_37 = (
    "The attorney general shall, within seven (7) days of the final conviction of any alien of a "
    "felony offense within this state, forward copies of all records pertaining to the convicted "
    "alien to the United States immigration department."
)  # R.I. Gen. Laws § 12-19-37


def test_records_forwarded_to_the_immigration_department_by_its_older_name_are_given_to_it():
    assert passage_status("federal-records", RI_12_19_37) == "contrary"
    kept = RI_12_19_37.replace("shall,", "shall not,")
    assert passage_status("federal-records", kept) != "contrary"


def corpus_text(name: str) -> str:
    """The excerpt of a corpus file, as quoted there with its citation and source."""
    return (Path(__file__).parent / "corpus" / name).read_text(encoding="utf-8").split("\n---\n", 1)[1]


TX_58_259 = corpus_text("tx-fam-code-58-259.txt")  # Tex. Fam. Code Ann. § 58.259(a)–(c)


def test_a_subsection_closes_every_list_opened_inside_the_one_before_it():
    """ "(b)" after "(a) ...: (1) ... shall: (A) ..." is a subsection of its own, not an item of (4)."""
    from billkit.check.leads import with_leads
    from billkit.sentences import sentences

    read = [text for text, _ in with_leads([(s, "x") for s in sentences(TX_58_259)])]
    assert any(text.startswith("(b) Physical or electronic records") for text in read)


def test_records_kept_so_that_only_their_custodian_may_reach_them_are_closed_to_the_person():
    assert passage_status("record-access", TX_58_259) == "contrary"
    opened = TX_58_259.replace(
        "only by the custodian", "only by the person who is their subject and the custodian"
    )
    assert passage_status("record-access", opened) != "contrary"


RI_8_10_21 = (
    "The record of delinquent or wayward adjudications of juveniles may be accessed by law enforcement "
    "personnel to be used for law enforcement purposes only and shall remain otherwise confidential."
)  # H. 8154, 2024 Gen. Assemb., Jan. Sess. (R.I. 2024) (as amended), § 1 (amending R.I. Gen. Laws § 8-10-21)


def test_records_open_to_the_police_and_otherwise_confidential_are_closed_to_the_person():
    assert passage_status("record-access", RI_8_10_21) == "contrary"
    with_the_person = RI_8_10_21.replace(
        "may be accessed by law enforcement personnel",
        "may be accessed by the juvenile and by law enforcement personnel",
    )
    assert passage_status("record-access", with_the_person) != "contrary"
