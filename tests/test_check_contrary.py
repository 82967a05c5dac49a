"""`billkit check` reads exceptions, permissions and savings clauses for what they do (issue 14).

Each case quotes real wording with its source. A provision that works against a practice makes the
practice ``contrary``, with that provision quoted first: the advocate asks the committee to strike
it, and never thanks the committee for it.
"""

from __future__ import annotations

from billkit.check.reading import Passage
from billkit.check.rules import FAIL_ON, check_passages, fails

from support import passage_findings, passage_status

# The advocate's pending bill, as quoted in ../shared/reviews/2026-11-user-review.md, (b) B.
ADVOCATE = (
    "Sealed records may not be opened or made available to any person, including the person who is the "
    "subject of the record, without a court order, except that sealed records shall remain available to "
    "any criminal justice agency for law enforcement purposes."
)


def test_an_exception_for_agencies_does_not_open_the_record_to_the_person():
    finding = passage_findings(ADVOCATE)["record-access"]
    assert finding.status == "contrary"
    assert len(finding.evidence) == 1 and finding.evidence[0].quote.startswith("Sealed records may not be")
    # the person let in, the bar kept for everyone else: striking it would open the records to all
    assert "let the person" in finding.missing and "keep its limits on everyone else" in finding.missing
    assert "strike" not in finding.missing


def test_an_exception_for_the_person_keeps_the_record_open_to_them():
    # The person, unlike everyone else, needs no order: not contrary.
    text = (
        "Sealed records may not be disclosed to any person without a court order, except to the person who "
        "is the subject of the record."
    )
    assert passage_findings(text)["record-access"].status != "contrary"


def test_records_sent_to_immigration_authorities_are_contrary_not_partial():
    # The user review's bill, (b) S: "The division shall transmit sealed records to ... Immigration and
    # Customs Enforcement".
    text = (
        "The division shall transmit sealed records to the United States Immigration and Customs Enforcement."
    )
    finding = passage_findings(text)["federal-records"]
    assert finding.status == "contrary" and "transmit sealed records" in finding.evidence[0].quote


def test_a_savings_clause_keeping_records_in_federal_files_is_contrary():
    # The user review's bill, (b) S: "Nothing ... shall be construed to require ... remove a record
    # from the Interstate Identification Index".
    text = (
        "Nothing in this section shall be construed to require the division to remove a record from the "
        "Interstate Identification Index."
    )
    assert passage_findings(text)["federal-records"].status == "contrary"


def test_a_permission_to_exchange_information_with_immigration_agencies_is_contrary():
    # Or. Rev. Stat. § 181.850(2) (2003), https://law.onecle.com/oregon/181-state-police-crime-reporting-and/181.850.html
    text = (
        "(2) Notwithstanding subsection (1) of this section, a law enforcement agency may exchange "
        "information with the United States Bureau of Immigration and Customs Enforcement, the United States "
        "Bureau of Citizenship and Immigration Services and the United States Bureau of Customs and Border "
        "Protection in order to: (a) Verify the immigration status of a person if the person is arrested for "
        "any criminal offense; or"
    )
    assert passage_findings(text)["federal-records"].status == "contrary"


def test_federal_authorities_that_may_receive_expunged_records_are_contrary():
    # Utah Code Ann. § 77-40a-403(2) (2025),
    # https://codes.findlaw.com/ut/title-77-utah-code-of-criminal-procedure/ut-code-sect-77-40a-403/
    lead = (
        "(2) The following entities or agencies may receive information contained in expunged records upon "
        "specific request:"
    )
    item = "(c) federal authorities if required by federal law;"
    finding = passage_findings(lead, "(a) the Board of Pardons and Parole;", item)["federal-records"]
    assert finding.status == "contrary"


def test_a_ban_on_banning_sharing_with_immigration_agencies_is_contrary():
    # Colo. S.B. 18-220 (2018), bill summary, https://leg.colorado.gov/bills/sb18-220
    text = (
        "The bill specifies that the state and any political subdivision of the state shall not: Prohibit or "
        "restrict any jurisdiction, official, or employee from sending to, or receiving from, federal "
        "immigration agencies information regarding the citizenship or immigration status of any individual;"
    )
    assert passage_findings(text)["federal-records"].status == "contrary"


def test_a_ban_on_notifying_immigration_agencies_is_the_immigration_half():
    # Cal. A.B. 937 (2023-24 Reg. Sess.) § 7284.6 amendment, as quoted in the City of Santa Ana's staff
    # report, https://cc-publicdocs.santa-ana.org/WebLink/1/doc/138761/Page34.aspx
    text = (
        "A state or local agency shall not arrest or assist with the arrest, confinement, detention, "
        "transfer, interrogation, or deportation of an individual for an immigration enforcement purpose in "
        "any manner, including but not limited to, by notifying another agency or subcontractor thereof "
        "regarding the release date and time of an individual, releasing or transferring an individual into "
        "the custody of another agency or subcontractor thereof, or disclosing personal information about an "
        "individual."
    )
    finding = passage_findings(text)["federal-records"]
    assert finding.status == "partial" and "federal databases" in finding.missing


def test_unlawful_to_disclose_is_a_ban():
    text = (
        "It is unlawful for any person to disclose a sealed record to federal immigration authorities, "
        "Immigration and Customs Enforcement or the Department of Homeland Security."
    )
    assert passage_findings(text)["federal-records"].status == "partial"


def test_vacatur_for_a_missing_advisement_is_relief_for_legal_error():
    # Cal. Penal Code § 1016.5(b) (text before S.B. 281 (2025)), https://california.public.law/codes/ca_penal_code_section_1016.5
    text = (
        "If, after January 1, 1978, the court fails to advise the defendant as required by this section and "
        "the defendant shows that conviction of the offense to which defendant pleaded guilty or nolo "
        "contendere may have the consequences for the defendant of deportation, exclusion from admission to "
        "the United States, or denial of naturalization pursuant to the laws of the United States, the "
        "court, on defendant’s motion, shall vacate the judgment and permit the defendant to withdraw the "
        "plea of guilty or nolo contendere, and enter a plea of not guilty."
    )
    assert passage_findings(text)["vacatur-for-cause"].status == "present"


def test_fail_on_contrary_and_the_levels_above_it():
    findings = list(passage_findings(ADVOCATE).values())
    assert fails(findings, "contrary") and fails(findings, "absent") and fails(findings, "partial")
    assert "contrary" in FAIL_ON["absent"] and FAIL_ON["contrary"] == ("contrary",)
    clean = list(passage_findings("The court may vacate a conviction that is legally invalid.").values())
    assert not fails(clean, "contrary")


def test_evidence_is_at_most_three_quotes_none_twice():
    texts = [ADVOCATE] * 2 + [
        "Expunged records may be opened only upon an order of the court.",
        "Sealed records shall not be released to any person without a court order.",
        "No agency may release an erased record except by order of a court.",
    ]
    finding = passage_findings(*texts)["record-access"]
    quotes = [e.quote for e in finding.evidence]
    assert finding.status == "contrary" and len(quotes) <= 3 and len(set(quotes)) == len(quotes)


def test_a_long_quote_is_never_cut_before_the_words_that_reverse_it():
    # The advocate's sentence with a long list of agencies before its exception.
    agencies = ", ".join(
        f"the {name} board" for name in ("parole", "pardons", "licensing", "nursing", "teaching")
    )
    text = (
        f"Sealed records shall remain available to {agencies}, {agencies}, {agencies}, and {agencies}, "
        "except that no sealed record may be made available to the person who is the subject of the record "
        "without a court order."
    )
    finding = passage_findings(text)["record-access"]
    assert finding.status == "contrary"
    assert finding.evidence[0].quote.endswith("without a court order.")


def test_a_sentence_that_grants_alone_is_quoted_alone_not_with_the_one_before_it():
    # A rule read over two sentences quotes both only when neither says it alone.
    sealing = (
        "(a) Upon the granting of a petition, the court shall order that all records of the case be sealed, "
        "and the bureau shall seal its records within 60 days of receiving the order."
    )
    grant = (
        "(b) A person whose records have been sealed under this section may inspect and obtain a copy of "
        "those records from the bureau without a court order, upon proof of identity."
    )
    finding = check_passages([Passage(f"{sealing}\n{grant}", "line 1")])
    access = next(f for f in finding if f.id == "record-access")
    assert access.status == "present"
    assert [e.quote for e in access.evidence] == [grant]


def test_missing_speaks_of_a_second_quote_only_when_one_is_printed():
    """One sentence that both grants and denies (its grant quote drops as a duplicate of the denial) must not
    tell the reader to look for language "quoted after it"."""
    text = (
        "A person whose conviction record has been expunged may obtain a copy of that record only after a "
        "judge of the circuit court, following a hearing, finds good cause for its release."
    )
    found = passage_findings(text)["record-access"]
    assert found.status == "contrary"
    assert len(found.evidence) == 1
    assert "quoted after it" not in found.missing
    # a copy of the order beside it is a second quote, and then the words say so
    order = "The clerk shall send the person a certified copy of the order of expungement."
    both = passage_findings(text, order)["record-access"]
    assert both.status == "contrary" and [e.quote for e in both.evidence] == [text, order]
    assert "quoted after it" in both.missing


def test_a_grant_beside_a_bar_in_another_provision_is_partial_and_the_bar_is_to_be_struck():
    """The person reaches cleared records under one provision and another closes them (the State
    repository's copy open, the court file only by order; the unsealed part open, the sealed part only by
    order): access in part, with the bar quoted first as what to strike, not a provision that works
    against the practice as a whole."""
    bar = (
        "If the clerk determines that the court record has been sealed, the record shall not be provided to "
        "the requestor without an order from the court that sealed it."
    )
    grant = (
        "Any individual who has received an expungement may access information contained in expunged "
        "records without first obtaining a court order."
    )
    found = passage_findings(bar, grant)["record-access"]
    assert found.status == "partial"
    assert [e.quote for e in found.evidence] == [bar, grant]
    assert "strike that provision" in found.missing
    assert found.to_strike().quote == bar
    # a grant read from the very sentence that makes the court the gate is no grant apart from it
    petition = (
        "The juvenile court may order the inspection of records that are sealed if the person who is the "
        "subject of the records petitions the juvenile court to permit the inspection."
    )
    assert passage_findings(petition)["record-access"].status == "contrary"


def test_a_duty_to_notify_the_bureau_of_immigration_and_customs_enforcement_is_contrary():
    # Ala. Code § 31-13-19 (tests/corpus/al-code-31-13-19.txt) and N.D. Cent. Code § 44-04-04: the agency is
    # named with "United States Bureau of" or as "the United States immigration officer".
    alabama = (
        "If an alien who is unlawfully present in the United States is convicted of a violation of state or "
        "local law and is within 30 days of release, the agency legally responsible for his or her custody "
        "at that time shall notify the United States Bureau of Immigration and Customs Enforcement."
    )
    assert passage_findings(alabama)["federal-records"].status == "contrary"
    dakota = (
        "If it appears that that person is an alien, the officer in charge of the county jail immediately "
        "shall notify the United States immigration officer in charge of the district of the date of the "
        "commitment."
    )
    assert passage_findings(dakota)["federal-records"].status == "contrary"


def test_a_ban_on_287g_agreements_is_not_read_as_one():
    # East Chicago (Ind.) City Code § 39.055(C) (tests/corpus/eastchicago-in-code-39-055.txt).
    text = (
        "No agency or agent shall enter into an agreement under U.S.C. Title 8 § 1357(g) or any other "
        "federal law that permits state or local government entities to enforce federal civil immigration "
        "laws."
    )
    assert passage_findings(text)["federal-records"].status != "contrary"
    # An agreement that opens the jail's custody records to federal officers works against the practice;
    # one that names no record, custody or detention is enforcement, not sharing (the corpus's reading of
    # S.C. Code Ann. § 23-3-80, tests/corpus/sc-code-23-3-80.txt).
    screening = (
        "The sheriff shall enter into an agreement under 8 U.S.C. § 1357(g) under which federal officers may "
        "screen persons held in the custody of the county jail."
    )
    assert passage_findings(screening)["federal-records"].status == "contrary"
    enforcing = (
        "The sheriff shall enter into an agreement under 8 U.S.C. § 1357(g) to enforce immigration law."
    )
    assert passage_findings(enforcing)["federal-records"].status == "absent"


def test_a_window_does_not_borrow_the_next_provisions_heading():
    # Utah Code Jud. Admin. R. 4-202.03(1)-(2): public records are open to all; that says nothing of the
    # sealed records the next provision's heading names.
    finding = passage_findings(
        "(1) Public Court Records. Any person may access a public court record.", "(2) Sealed Court Records."
    )
    assert finding["record-access"].status != "present"


def test_notice_of_a_right_to_see_ones_records_is_not_public_education():
    # Va. Code Ann. § 9.1-132(A) (tests/corpus/va-code-9-1-132.txt): a right of access is not relief.
    text = (
        "The regulations shall provide for (i) public notice of the right of access; (ii) access to criminal "
        "history record information by an individual or an attorney-at-law acting for an individual."
    )
    assert passage_findings(text)["public-education"].status == "absent"
    relief = "The court shall give the person notice of the right to petition for expungement."
    assert passage_findings(relief)["public-education"].status == "partial"


def test_federal_agencies_named_in_a_list_of_levels_are_federal_recipients():
    """ "Federal, state, and local law enforcement agencies" names federal agencies as much as "federal law
    enforcement agencies" does; a bar on giving records to them is no grant, and an order sent on to them so
    that they clear the record is no record given."""
    kept_open = (
        "Records sealed under this section shall remain available to federal, state, and local law "
        "enforcement agencies."
    )
    assert passage_status("federal-records", kept_open) == "contrary"
    given = (
        "The bureau may disclose expunged records to a federal or state criminal justice agency for a "
        "pending investigation."
    )
    assert passage_status("federal-records", given) == "contrary"
    barred = "Sealed records shall not be disclosed to any federal, state, or local law enforcement agency."
    assert passage_status("federal-records", barred) != "contrary"
    order_sent = (
        "The court shall send a copy of the order to each federal agency holding the record so that it "
        "removes the record."
    )
    assert passage_status("federal-records", order_sent) != "contrary"
    assert (
        passage_status("federal-records", order_sent.replace("federal", "federal, state and local"))
        != "contrary"
    )


def test_immigration_enforcers_named_by_what_they_do_are_immigration_authorities():
    """ "Agencies responsible for enforcing the immigration laws" are immigration authorities, whether a bill
    gives them cleared records (in words such as "hand over", "given" or "answer requests") or bars it."""
    given = [
        "The department shall, upon a request, hand over sealed records to officers who enforce the "
        "immigration laws.",
        "Sealed records shall be given on request to the agencies enforcing the immigration laws.",
        "The department shall answer requests for sealed records from agencies responsible for enforcing "
        "the immigration laws.",
    ]
    for text in given:
        assert passage_status("federal-records", text) == "contrary", text
    barred = "No sealed record shall be given to any agency that enforces the immigration laws."
    assert passage_status("federal-records", barred) == "partial"
    refused = given[2].replace("shall answer", "shall not answer")
    assert passage_status("federal-records", refused) != "contrary"
    # immigration law as a subject is no body that could receive anything
    subject = "The court shall explain how the immigration laws treat a sealed conviction."
    assert passage_status("federal-records", subject) == "absent"
