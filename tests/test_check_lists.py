"""`billkit check` reads a list whole: who may see closed records, and items that lost their labels.

Each text is quoted from the tuning split of ``tests/corpus/`` with its citation (issue 14, eleventh
round). A list of who may see closed records says whether the person may see their own only by naming
them or by leaving them out; no single item says it.
"""

from __future__ import annotations

import pytest

from test_check_real_wording import GA_15_11_708  # Ga. Code Ann. § 15-11-708(b)-(c)(4)

from support import passage_finding

US_5038_A = (
    "(a) Throughout and upon the completion of the juvenile delinquency proceeding, the records shall be "
    "safeguarded from disclosure to unauthorized persons. The records shall be released to the "
    "extent necessary "
    "to meet the following circumstances:\n"
    "(1) inquiries received from another court of law;\n"
    "(2) inquiries from an agency preparing a presentence report for another court;\n"
    "(3) inquiries from law enforcement agencies where the request for information is related to the "
    "investigation of a crime or a position within that agency;"
)  # 18 U.S.C. § 5038(a)(1)–(3) (2003), tests/corpus/us-18-usc-5038-a-2003.txt

KS_38_2310 = (
    "(a) All records of law enforcement officers and agencies and municipal courts concerning an offense "
    "committed or alleged to have been committed by a juvenile under 14 years of age shall be kept readily "
    "distinguishable from criminal and other records and shall not be disclosed to anyone except:\n"
    "(1) The judge of the district court and members of the staff of the court designated by the judge;\n"
    "(2) parties to the proceedings and their attorneys;\n"
    "(3) the Kansas department for children and families;"
)  # Kan. Stat. Ann. § 38-2310(a)(1)–(3), tests/corpus/ks-stat-38-2310.txt


def test_a_list_of_who_may_see_closed_records_that_leaves_the_person_out_works_against_access():
    for text in (GA_15_11_708, US_5038_A):
        finding = passage_finding("record-access", text)
        assert finding.status == "contrary"
        assert "(1)" in finding.evidence[0].quote  # the list itself is quoted, not a sentence near it


def test_a_list_that_names_the_parties_gives_the_person_access():
    finding = passage_finding("record-access", KS_38_2310)
    assert finding.status == "present"
    assert "parties to the proceedings" in finding.evidence[0].quote


def test_a_grant_elsewhere_in_the_bill_outweighs_a_list_that_leaves_the_person_out():
    # Md. Code, Crim. Proc. § 10-302 (tests/corpus/md-crim-proc-10-302.txt, abridged): the shielded record
    # stays open to its subject.
    grant = (
        "A shielded record shall remain available to the person who is the subject of the record without a "
        "court order, and the person may inspect and obtain a copy of the shielded record."
    )
    assert passage_finding("record-access", GA_15_11_708, grant).status == "present"


def test_a_list_after_a_court_order_gate_is_not_the_persons_route():
    # 705 Ill. Comp. Stat. 405/1-8(A) (P.A. 103-22), tests/corpus/il-705-ilcs-405-1-8.txt: the list names
    # the minor, but the sentence before it lets sealed records out only with an order of the court.
    text = (
        "All juvenile court records which have not been expunged are sealed and may never be "
        "disclosed to the "
        "general public or otherwise made widely available. Sealed juvenile court records may be "
        "obtained only "
        "under this Section and Section 1-7 and Part 9 of Article V of this Act, when their use is "
        "needed for "
        "good cause and with an order from the juvenile court. Inspection and copying of juvenile "
        "court records "
        "relating to a minor who is the subject of a proceeding under this Act shall be restricted to the "
        "following:\n(1) The minor who is the subject of record, the minor's parents, guardian, and "
        "counsel.\n"
        "(2) Law enforcement officers and law enforcement agencies when such information is essential to "
        "executing an arrest or search warrant or other compulsory process."
    )
    assert passage_finding("record-access", text).status != "present"


def test_lists_that_are_not_of_who_may_see_a_case_record_say_nothing_of_access():
    dna = (  # Iowa Code § 81.8(1)–(2), tests/corpus/ia-code-81-8.txt: samples, not the record of a case
        "1. A DNA record shall be considered a confidential record and disclosure of a DNA record is only "
        "authorized pursuant to this section.\n"
        "2. Confidential DNA records under this section may be released to the following agencies for law "
        "enforcement identification purposes:\n"
        "a. Any criminal or juvenile justice agency as defined in section 692.1.\n"
        "b. Any criminal or juvenile justice agency in another jurisdiction that meets the definition of a "
        "criminal or juvenile justice agency as defined in section 692.1."
    )
    kept = (  # Tex. Fam. Code Ann. § 58.008(b)(1)–(2), tests/corpus/tx-fam-code-58-008-2023.txt: how the
        # records are kept, not who may see them
        "(b) Except as provided by Subsection (c), law enforcement records concerning a child and "
        "information "
        "concerning a child that are stored by electronic means or otherwise and from which a record "
        "could be "
        "generated may not be disclosed to the public and shall be:\n"
        "(1) if maintained on paper or microfilm, kept separate from adult records;\n"
        "(2) if maintained electronically in the same computer system as adult records, accessible "
        "only under "
        "controls that are separate and distinct from the controls to access electronic data "
        "concerning adults; and"
    )
    assert passage_finding("record-access", dna).status == "absent"
    assert passage_finding("record-access", kept).status == "absent"


CO_SB25_276 = (
    "Under current law, a criminal defendant may petition a court to vacate a guilty plea to a class "
    "1 or class 2 "
    "misdemeanor or a municipal offense if the criminal defendant alleges that:\n"
    "They were not adequately advised by defense counsel of adverse immigration consequences of a "
    "guilty plea;\n"
    "They did not knowingly, intelligently, or voluntarily waive the right to counsel because they were not "
    "advised that the right to counsel includes the right to be advised regarding immigration "
    "consequences of a "
    "guilty plea; or\nThe guilty plea was constitutionally infirm."
)  # S.B. 25-276, 75th Gen. Assemb., 1st Reg. Sess. (Colo. 2025), bill summary (co-sb25-276-summary.txt)


def test_items_that_lost_their_labels_are_read_with_their_lead():
    finding = passage_finding("vacatur-for-cause", CO_SB25_276)
    assert finding.status == "present"
    assert finding.evidence[0].quote.startswith("Under current law, a criminal defendant may petition")


def test_a_delayed_release_from_jail_is_not_a_release_of_records():
    # S.B. 25-276 (Colo. 2025), bill summary: custody, not records.
    text = (
        "The bill prohibits the jail custodian from delaying a defendant's release for the purpose of an "
        "immigration enforcement operation."
    )
    assert passage_finding("federal-records", text).status == "absent"


def test_a_plea_advisement_that_the_plea_waives_an_appeal_does_not_end_the_courts_jurisdiction():
    # Ariz. R. Crim. P. 17.2(a)(5) (as amended through Dec. 6, 2023), tests/corpus/az-r-crim-p-17-2.txt
    text = (
        "(a) Generally. Except as provided in Rule 17.1(f)(2), before accepting a plea of guilty or "
        "no contest, "
        "the court must address the defendant personally, inform the defendant of the following, and "
        "determine "
        "that the defendant understands:\n"
        "(5) in a noncapital case, the defendant's plea of guilty or no contest will waive the right "
        "to appellate "
        "court review of the proceedings on a direct appeal; and that the defendant may seek review only by "
        "filing a petition for post-conviction relief under Rule 33 and, if it is denied, a petition "
        "for review."
    )
    assert passage_finding("court-jurisdiction", text).status == "absent"


# Lists in one sentence, and related wording, in sentences written for these tests (no source): the
# shapes real sealing laws use, in words no corpus file has.


def test_cleared_records_open_only_to_agencies_work_against_access():
    for text in (
        "Sealed records are available only to criminal justice agencies.",
        "Expunged records shall be maintained in a nonpublic file accessible only to law enforcement "
        "agencies "
        "for investigative purposes.",
        "No sealed record shall be disclosed to any person other than a criminal justice agency.",
    ):
        assert passage_finding("record-access", text).status == "contrary", text
    # the person among those named, or a way in for the person: not against
    for text in (
        "Sealed records are available only to criminal justice agencies and to the person who is the subject "
        "of the record.",
        "Sealing is available only to a person who has completed the sentence.",
    ):
        assert passage_finding("record-access", text).status != "contrary", text


def test_a_person_let_in_to_examine_their_file_has_access():
    text = (
        "The clerk shall permit the person whose conviction was set aside to examine and copy the sealed "
        "court "
        "file at no cost."
    )
    assert passage_finding("record-access", text).status == "present"


def test_jurisdiction_kept_notwithstanding_the_relief_is_present():
    text = (
        "Notwithstanding the expungement, the court shall have jurisdiction to entertain any motion or "
        "petition "
        "challenging the legal validity of the conviction."
    )
    assert passage_finding("court-jurisdiction", text).status == "present"


def test_access_limited_to_a_list_reads_the_list():
    assert (
        passage_finding(
            "record-access",
            "Access to expunged records shall be limited to law enforcement agencies and prosecutors.",
        ).status
        == "contrary"
    )
    assert (
        passage_finding(
            "record-access",
            "Access to expunged records shall be limited to law enforcement agencies, prosecutors, and the "
            "person "
            "whose record was expunged.",
        ).status
        == "present"
    )
    assert (
        passage_finding(
            "record-access",
            "Once an order of nondisclosure is issued, the criminal justice agency may disclose the "
            "information only "
            "to other criminal justice agencies.",
        ).status
        == "contrary"
    )


def test_a_record_given_or_opened_to_the_person_is_access():
    for text in (
        "The agency shall, upon request, disclose the sealed record to the person who is the subject of the "
        "record.",
        "The petitioner shall have access to the sealed records of the petitioner's case.",
    ):
        assert passage_finding("record-access", text).status == "present", text
    # a record about the person, sent elsewhere, is not a record given to the person
    text = "Upon sealing, the agency shall send any records relating to the person to the issuing court."
    assert passage_finding("record-access", text).status != "present"


# A second, critical reader's probes (written for these tests, no source): shapes that share words with a
# list of who may see closed records but are not one, or that name someone other than the person.
PROBES = [
    (
        "contrary",
        "(b) Sealed records shall not be disclosed to anyone except:\n(1) the prosecuting attorney;\n(2) "
        "the person against whom the offense was committed.",
    ),
    (
        "contrary",
        "(b) Sealed juvenile records may be inspected only by:\n(1) the juvenile detention facility in "
        "which the juvenile is held;\n(2) the prosecuting attorney.",
    ),
    (
        "contrary",
        "(b) Expunged records shall be made available only to the following:\n(1) the parties' insurers, "
        "for the purpose of settling claims;\n(2) the clerk of the court.",
    ),
    (
        "contrary",
        "(b) Sealed records shall be released only to:\n(1) the department of corrections, prior to the "
        "release of the individual from custody;\n(2) the parole board.",
    ),
    (
        "contrary",
        "(b) Sealed records shall be open to inspection only by:\n(1) law enforcement agencies;\n(2) the "
        "person who is the subject of the record, upon a finding by the court that good cause exists.",
    ),
    (
        "contrary",
        "(b) Sealed records shall be open to inspection only by:\n(1) law enforcement agencies;\n(2) the "
        "person who is the subject of the record, but only:\n(A) upon an order of the court; and\n(B) "
        "after notice to the prosecuting attorney.",
    ),
    (
        "contrary",
        "(b) Sealed records may be inspected only by:\n(1) such person as the court may designate;\n(2) "
        "the prosecuting attorney.",
    ),
    (
        "absent",
        "(a) The records shall be sealed. (b) A copy of the sealing decision shall be released to:\n(1) "
        "the defendant;\n(2) the prosecuting attorney;\n(3) the state police.",
    ),
    (
        "absent",
        "(a) Upon granting the petition, the court shall seal the records. (b) The clerk shall "
        "disseminate the sealing order to the following agencies:\n(1) the state police;\n(2) the "
        "Federal Bureau of Investigation.",
    ),
    (
        "absent",
        "(b) Sealed records shall not be disclosed to:\n(1) any employer or prospective employer;\n(2) "
        "any landlord;\n(3) federal immigration authorities.",
    ),
    (
        "absent",
        "(b) Sealed records may also be released to the following agencies:\n(1) the department of motor "
        "vehicles;\n(2) the state bar.",
    ),
    (
        "absent",
        "(a) Records that may not be disclosed to the public under this section include the "
        "following:\n(1) arrest records;\n(2) court dockets and files;\n(3) records of the department of "
        "corrections.",
    ),
    (
        "absent",
        "(c) A sealed record shall not be disclosed, except that this section does not apply to records "
        "relating to the following:\n(1) a class A felony;\n(2) an offense requiring registration as a "
        "sex offender.",
    ),
    (
        "absent",
        "(b) Sealed records may be disclosed only for the following purposes:\n(1) the investigation of "
        "a crime;\n(2) a background check for employment with a criminal justice agency.",
    ),
    (
        "present",
        "(b) Sealed records shall not be disclosed to anyone except:\n(1) the court;\n(2) a party to the "
        "proceeding or the party's attorney.",
    ),
    (
        "present",
        "(b) Sealed records may be inspected only by: (1) the court; (2) the prosecuting attorney; and "
        "(3) the person who is the subject of the record.",
    ),
    (
        "present",
        "(b) Sealed records may be inspected only by these persons:\n(1) The court.\n(2) The prosecuting "
        "attorney.\n(3) The person who is the subject of the record.",
    ),
    (
        "present",
        "3. Sealed records may be inspected only by the following:\n(a) The court.\n(b) The "
        "prosecutor.\n(c) The police.\n(d) The probation department.\n(e) The parole board.\n(f) The "
        "department of corrections.\n(g) The attorney general.\n(h) The state bar.\n(i) The person who "
        "is the subject of the record.",
    ),
    (
        "present",
        "(a) Upon dismissal, the clerk shall seal the records of the case unless the court orders "
        "otherwise. (b) Sealed records shall be open to inspection by:\n(1) the person who is the "
        "subject of the record;\n(2) the person's attorney.",
    ),
    # the person's lawyer alone: a route through counsel, as the corpus reads it (nj-a122-1996-2a-4a-60.txt)
    (
        "partial",
        "(b) Sealed records shall be open to inspection only by:\n(1) the judge, the prosecuting "
        "attorney, and the juvenile's attorney;\n(2) the department of corrections.",
    ),
    (
        "partial",
        "(b) Sealed records shall be open to inspection only by:\n(1) counsel for the juvenile;\n(2) the "
        "prosecuting attorney.",
    ),
]


@pytest.mark.parametrize(("status", "text"), PROBES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(PROBES)])
def test_a_list_is_read_for_who_it_names_and_for_what_it_is(status, text):
    assert passage_finding("record-access", text).status == status


def test_a_list_that_leaves_the_person_out_asks_to_add_them_and_quotes_the_whole_list():
    finding = passage_finding(
        "record-access",
        "(b) Sealed records may be inspected only by the following:\n(1) The court.\n"
        "(2) The prosecuting attorney.\n(3) Federal immigration authorities.",
    )
    assert finding.status == "contrary"
    assert (
        "(1) The court. (2) The prosecuting attorney. (3) Federal immigration authorities."
        in finding.evidence[0].quote
    )
    assert "ask the committee to add the person to that list" in finding.missing


def test_ones_own_criminal_history_and_no_other_person():
    # written for these tests: "criminal history" is the record; "no other person" names nobody
    text = (
        "A petitioner may at any time request and receive a copy of the petitioner's sealed criminal history."
    )
    assert passage_finding("record-access", text).status == "present"
    text = (
        "Expunged records shall be released only to the courts and criminal justice agencies, and to no "
        "other person."
    )
    assert passage_finding("record-access", text).status == "contrary"


NM_32A_2_26 = (
    "D. Inspection of the files and records or the release of information in the records included in the "
    "sealing order may thereafter be permitted by the court only:\n"
    "(1) upon motion by the person who is the subject of the records and only to those persons named in "
    "the motion; and\n"
    "(2) in its discretion, in an individual case, to any clinic, hospital or agency that has the person "
    "under care or treatment or to other persons engaged in fact finding or research.\n"
    "G. A child who has been the subject of a petition filed pursuant to the provisions of the Delinquency "
    "Act shall be notified in writing by the department when the child reaches the age of eighteen or at "
    "the expiration of legal custody and supervision, whichever occurs later, that the department's "
    "records have been sealed and that the court, the children's court attorney, the child's attorney and "
    "the referring law enforcement agency have been notified that the child's records are subject to "
    "sealing."
)  # N.M. Stat. Ann. § 32A-2-26(D), (G), tests/corpus/nm-stat-32a-2-26.txt


def test_records_described_by_their_sealing_order_still_open_a_list_of_who_may_see_them():
    # the person's own way in is a motion to the court: the list works against access
    finding = passage_finding("record-access", NM_32A_2_26)
    assert finding.status == "contrary"
    assert "upon motion by the person who is the subject" in finding.evidence[0].quote


def test_a_person_told_that_their_records_were_sealed_is_given_notice_of_relief():
    assert passage_finding("public-education", NM_32A_2_26).status == "partial"
    # the same words in a notice to the FBI are procedure (tests/corpus/draft-shielding-limited-relief.txt)
    notice = (
        "(b) When a record is shielded, the Central Repository shall send the Federal Bureau of "
        "Investigation a notice that the record has been shielded."
    )
    assert passage_finding("public-education", notice).status == "absent"


GA_15_1_20_C = (
    "(c)(1) Criminal history record information restricted pursuant to this Code section shall always be "
    "available for inspection, copying, and use:\n"
    "(A) To criminal justice agencies for law enforcement or criminal investigative purposes or for "
    "purposes of criminal justice agency employment;\n"
    "(B) To judicial officials;\n"
    "(C) By the Judicial Qualifications Commission;\n"
    "(D) By a prosecuting attorney or public defender who submits a sworn affidavit to the clerk of court "
    "that attests that such information is relevant to a criminal proceeding;\n"
    "(E) Pursuant to a court order; and\n"
    "(F) By an individual who is the subject of restricted criminal history record information upon court "
    "order."
)  # Ga. Code Ann. § 15-1-20(c)(1), tests/corpus/ga-code-15-1-20.txt

ND_27_20_4_25 = (
    "1. Unless a charge of delinquency is transferred for criminal prosecution under section 27-20.4-20, "
    "the interest of national security requires, or the court otherwise orders in the interest of the "
    "child, the law enforcement and correctional facility records and files of a child alleged or found to "
    "be delinquent are not open to public inspection; but inspection of these records and files is "
    "permitted by:\n"
    "a. A juvenile court having the child before the court in any proceeding;\n"
    "b. Counsel for a party to the proceeding;\n"
    "c. The officers of public institutions or agencies to whom the child is or may be committed;"
)  # N.D. Cent. Code § 27-20.4-25(1)(a)–(c), tests/corpus/nd-cent-code-27-20-4-25.txt


def test_a_list_that_names_the_person_only_upon_court_order_works_against_access():
    finding = passage_finding("record-access", *GA_15_1_20_C.split("\n"))
    assert finding.status == "contrary"
    assert "(F) By an individual who is the subject" in finding.evidence[0].quote


def test_lettered_items_after_a_closing_clause_give_a_route_through_counsel():
    finding = passage_finding("record-access", *ND_27_20_4_25.split("\n"))
    assert finding.status == "partial"
    assert "Counsel for a party to the proceeding" in finding.evidence[0].quote


def test_items_labelled_with_decimals_are_read_with_their_lead():
    # Illinois numbers items put between others with decimals ("(0.05)", "(0.10)"); written for this test
    lead = (
        "Sealed juvenile records shall be confidential, and inspection of them shall be restricted to the "
        "following:"
    )
    finding = passage_finding(
        "record-access",
        lead,
        "(0.05) The minor who is the subject of the record and the minor's counsel.",
        "(0.10) Judges of the circuit court.",
        "(1) Law enforcement officers when necessary for the discharge of their official duties.",
    )
    assert finding.status == "present"
    assert "(0.05) The minor" in finding.evidence[0].quote  # the list read whole, its decimal item in it


# A court's leave is read for whom it gates (Colo. Rev. Stat. § 19-1-305(1)(e), tests/corpus/
# co-rev-stat-19-1-305.txt, in the tuning split, is of this shape; these sentences are written for the test).
# Inside one recipient's phrase it gates that recipient alone; at the end of the item, or as a phrase of its
# own, it gates every recipient before it. A lead that ends "only:" opens a list like any other.
YOUTH_RECORDS = (
    "(1) Records of the youth services division are confidential. The records may be released only:\n"
    "(a) to the youth's probation officer and the county attorney;\n(b) {item};\n"
    "(c) for audits approved by the division."
)
GATES = [
    (
        "present",
        "to persons authorized by order of the court after notice and a hearing, to the youth, and to "
        "the keeper of the records",
    ),
    (
        "present",
        "to the youth, to the keeper of the records, and to persons allowed by the court on a finding "
        "of good cause",
    ),
    ("contrary", "to the youth and the youth's parents, upon order of the court"),
    (
        "contrary",
        "to the youth, the keeper of the records, and the youth's parents, but only upon a motion "
        "granted by the court",
    ),
    ("contrary", "to the keeper of the records and to persons authorized by order of the court"),
]


@pytest.mark.parametrize(("status", "item"), GATES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(GATES)])
def test_a_courts_leave_gates_the_recipient_whose_words_carry_it(status, item):
    assert passage_finding("record-access", YOUTH_RECORDS.format(item=item)).status == status
