"""A second reader's probes of the twenty-seventh round's rules (an engineer and immigration lawyer, blind to
the author's notes; written for these tests, no source): each sentence is one a lawyer reads differently
from how a first version of a rule read it, and the status it should get. Among them: a bar on disclosure
"to the public or to any federal immigration agency" is the protection, not an opening; a federal agency
named only to be kept out; the vacatur of an order of deferred adjudication or supervision entered on a plea
(a conviction for immigration purposes) for a legal defect is vacatur for cause, and so is a ground named
beside a pardon; the State barred from reviving dismissed charges, or an agency from acting, is no bar on
the court; an exception that keeps the motion to vacate keeps the court's power; a court kept power over the
file and over the later motion; custody one of several states the person may be in.

"not contrary" rows are texts whose exact status is arguable but which must never be reported as working
against the practice (testimony would ask the committee to strike them).
"""

from __future__ import annotations

import pytest

from billkit.check.reading import Passage
from billkit.check.rules import check_passages

from support import passage_status

CASES = [
    (
        "federal-records",
        "partial",
        "Records sealed under this section shall not be disclosed to the public or to any federal "
        "immigration agency.",
    ),
    (
        "federal-records",
        "partial",
        "A record sealed under this section shall not be released to the general public or to Immigration"
        " and Customs Enforcement.",
    ),
    (
        "federal-records",
        "partial",
        "Sealed records shall not be made available to the public, to U.S. Immigration and Customs "
        "Enforcement, or to any other federal agency.",
    ),
    (
        "federal-records",
        "not contrary",
        "A sealed record shall not be available to the public or to any federal agency, except that it "
        "shall remain available to the courts of this state.",
    ),
    (
        "federal-records",
        "not contrary",
        "The clerk shall not permit inspection of a sealed file by any person, including an officer or "
        "employee of a federal agency.",
    ),
    (
        "federal-records",
        "not contrary",
        "The clerk shall permit inspection of a sealed case file only by the person who is the subject of"
        " the file, and not by any officer or employee of a federal agency.",
    ),
    (
        "vacatur-for-cause",
        "present",
        "If the court finds that the defendant was not advised of the immigration consequences of the "
        "plea as required by law, the court shall vacate the order of deferred adjudication and permit "
        "the defendant to withdraw the plea.",
    ),
    (
        "vacatur-for-cause",
        "present",
        "Upon a showing that the plea was entered in violation of the defendant's constitutional rights, "
        "the court shall vacate the order of supervision and the underlying finding of guilt.",
    ),
    (
        "vacatur-for-cause",
        "present",
        "(a) Upon the filing of a certified copy of a full pardon, the court shall vacate the conviction "
        "and dismiss the charge. (b) The court shall vacate a conviction upon a finding that it is "
        "legally invalid due to prejudicial error damaging the defendant's ability to meaningfully "
        "understand the immigration consequences of a plea of guilty.",
    ),
    (
        "vacatur-for-cause",
        "present",
        "Upon receipt of a copy of the pardon, or upon a finding that the conviction was obtained in "
        "violation of the defendant's constitutional rights, the court shall vacate the conviction.",
    ),
    (
        "vacatur-for-cause",
        "present",
        "The clerk shall send a copy of the pardon to the department. A court shall vacate any conviction"
        " that was obtained in violation of the defendant's right to effective assistance of counsel, "
        "including counsel's failure to advise of immigration consequences.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "Upon the defendant's successful completion of the diversion program, the court shall dismiss the"
        " charges, and the charges shall not thereafter be reinstated. The records of the dismissed "
        "charges shall be sealed.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "A case dismissed under this section may not be reopened by the prosecuting attorney. The records"
        " of the case shall be sealed.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "After the record has been sealed, no further action shall be taken by the department on the "
        "application for a certificate.",
    ),
    (
        "court-jurisdiction",
        "not contrary",
        "Upon the entry of the order of expungement, the matter is closed. A matter so closed may not be "
        "reopened, except that the court may hear a motion by the person to vacate the conviction on the "
        "ground that it was obtained in violation of the person's constitutional rights.",
    ),
    (
        "court-jurisdiction",
        "not contrary",
        "After the entry of an order of expungement, the court may take no further action in the "
        "proceeding other than to hear and decide a motion to vacate the conviction as legally invalid.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "The court has no authority to vacate an order of sealing after one year from its entry.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "No petition for sealing shall be considered for an offense for which the petitioner has been "
        "pardoned.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "No petition under this section shall be heard within two years after an order entered under "
        "subsection (b) has been denied.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "The department shall not act upon any application for a certificate of good conduct concerning a"
        " conviction that has been sealed.",
    ),
    (
        "record-access",
        "present",
        "The person who is the subject of a sealed record, or a person preparing a petition on the "
        "person's behalf, may inspect and copy the sealed record without a court order.",
    ),
    (
        "record-access",
        "present",
        "The person who is the subject of a sealed record may inspect it without a court order, and the "
        "court may order the clerk to permit the person to make a certified copy at no cost.",
    ),
    (
        "record-access",
        "present",
        "An individual conducting a review of his or her own criminal history record may inspect and "
        "obtain a copy of any sealed record about the individual without a court order.",
    ),
    (
        "federal-records",
        "not contrary",
        "The department may enter into agreements with the Department of Homeland Security to share "
        "criminal history record information, provided that no record sealed under this section shall be "
        "shared.",
    ),
    (
        "federal-records",
        "not contrary",
        "The department may provide information relating to an arrest for which relief has been granted "
        "under Section 851.93 to any federal agency only with the written consent of the person.",
    ),
    (
        "court-jurisdiction",
        "present",
        "The court that sealed the record retains jurisdiction over the file and may hear and decide any "
        "later motion to vacate the conviction after the record has been sealed.",
    ),
    (
        "record-access",
        "not contrary",
        "(a) Except as provided in subsection (c), the sealed record shall not be released.\n"
        "(b) The petition shall be served on the prosecutor.\n"
        "(c) Upon granting the petition, the court shall order the clerk to provide a certified copy of "
        "the sealed record to the petitioner.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "A petition for post-conviction relief may be granted only on the ground that the conviction was "
        "obtained in violation of the Constitution, and may be filed by a person who is in custody or who"
        " has completed the sentence.",
    ),
    (
        "court-jurisdiction",
        "absent",
        "A petition for a writ of habeas corpus may be filed only when the petitioner has exhausted other"
        " remedies, whether the petitioner is in custody or has been released.",
    ),
    (
        "federal-records",
        "contrary",
        "Records sealed under this section remain available to the following: 1. the courts of this "
        "state; 2. the United States Department of Homeland Security.",
    ),
    # the same list in "(1)" style, and an immigration agency named only to be kept out
    (
        "federal-records",
        "contrary",
        "Sealed records shall remain available to: (a) criminal justice agencies of this state; and (b) U.S. "
        "Immigration and Customs Enforcement.",
    ),
    (
        "federal-records",
        "not contrary",
        "Sealed records shall remain available to the courts of this state, but shall not be available to "
        "the Department of Homeland Security.",
    ),
]


@pytest.mark.parametrize(
    ("practice", "expected", "text"), CASES, ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(CASES)]
)
def test_the_second_reader_s_sentence_reads_as_a_lawyer_would(practice, expected, text):
    status = passage_status(practice, *text.split("\n"))
    assert status != "contrary" if expected == "not contrary" else status == expected


def test_a_capitalised_heading_after_an_optional_bracket_strikes_nothing(tmp_path):
    from billkit.check.reading import read_bill

    path = tmp_path / "model.txt"
    path.write_text(
        "(a) A court may seal a record of conviction on petition.\n"
        "[(b) A record sealed under this act shall not be disclosed to Immigration and Customs "
        "Enforcement.]\n"
        "ACCESS TO SEALED RECORDS BY THE PERSON\n"
        "(c) The person who is the subject of a sealed record may inspect and copy it without a court "
        "order.\n",
        encoding="utf-8",
    )
    assert not [p for p in read_bill(path) if p.struck]


def test_a_legend_that_says_bracketed_law_should_be_deleted_strikes_it(tmp_path):
    from billkit.check.reading import read_bill

    path = tmp_path / "bill.txt"
    path.write_text(
        "EXPLANATION: Matter in brackets [ ] is existing law that should be deleted.\n"
        "Section 1. Sealed records [shall be available to federal immigration authorities and] shall not be "
        "disclosed to any person except the person who is their subject.\n",
        encoding="utf-8",
    )
    struck = " ".join(p.text for p in read_bill(path) if p.struck)
    assert "federal immigration authorities" in struck


def test_no_caution_when_the_bill_already_keeps_federal_forms_out_of_the_promise():
    text = (
        "(d) The person need not disclose the sealed conviction, but shall disclose it in response to any "
        "question on a federal form."
    )
    education = next(f for f in check_passages([Passage(text, "Sec. 4")]) if f.id == "public-education")
    assert education.caution is None
