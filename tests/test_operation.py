"""The clean copy read as a judge would: every reference points at something, every duty operates."""

from __future__ import annotations

import re

import pytest

from billkit.build import build_bill
from billkit.build.relief import TERMS, get_relief_term
from billkit.load.jurisdiction import all_jurisdiction_codes
from billkit.spec import BillSpec

from support import GRANTS_RELIEF

JURISDICTION_SENTENCE = "performed pursuant to this section will not preclude the court’s jurisdiction"
AMENDS = re.compile(r"\bis added at the end of\b|\bis amended\b")
QUOTED = re.compile(r"“[^”]*”")
SECTION_REF = re.compile(r"\b[Ss]ection (\d+)\b(?!\.\d|-\d|(?:\(\w+\))*, Article| of chapter \d)")
"""A reference to a section of the act (not "Section 1016.5 of the Penal Code", Colorado's "section
16-5-402, C.R.S.", Massachusetts's "section 172 of chapter 6 of the General Laws" or Texas's "Section 5,
Article 11.07, Code of Criminal Procedure")."""
SUBSECTION_REF = re.compile(
    r"\bsubsections? \(([a-z])\)(?: through \(([a-z])\))?(?! of (?:[Ss]ection|Section))"
)
"""A reference to a subsection of the section it stands in (not "subsection (a) of Section 4")."""


def _lines(section) -> list[str]:
    """Each provision of a section as printed: its label and its words."""
    return [block.text for top in section.body for block in top.walk()]


def _unquoted(text: str) -> str:
    return QUOTED.sub("“…”", text)


def _clean_bills():
    for code in [None, *all_jurisdiction_codes()]:
        for term in sorted(TERMS):
            yield code, term


@pytest.fixture(scope="module")
def clean_bills(library):
    return {(code, term): build_bill(BillSpec(clean=True, state=code, relief_term=term), library)
            for code, term in _clean_bills()}  # fmt: skip


def test_every_jurisdiction_and_relief_term_is_checked(clean_bills):
    assert len(clean_bills) == (len(all_jurisdiction_codes()) + 1) * len(TERMS) >= 4 * 50


def test_this_section_names_relief_only_where_the_section_grants_it(clean_bills):
    """'Relief performed pursuant to this section' may stand only in a section that grants relief.

    Inside quotation marks the words belong to the provision an amending section adds them to.
    """
    wrong = []
    for (code, term), bill in clean_bills.items():
        relief = get_relief_term(term)
        for section in bill.sections:
            text = " ".join(_lines(section))
            for line in _lines(section):
                own = _unquoted(line)
                for sentence in re.split(r"(?<=[.;:])\s+", own):
                    # Ohio: "division (B) of this section"; a codified section's own date ("before the
                    # effective date of this section") says when, not what relief it grants
                    sentence = re.sub(r"\) of this section|effective date of this section", ")", sentence)
                    if "this section" not in sentence:
                        continue
                    about_relief = relief.noun in sentence.lower() or "vacat" in sentence
                    if about_relief and not GRANTS_RELIEF.search(text):
                        wrong.append((code, term, section.label, sentence))
    assert not wrong, wrong[:5]


def test_the_jurisdiction_sentence_sits_where_this_section_grants_relief(clean_bills):
    placed = expected = 0
    for (code, term), bill in clean_bills.items():
        # only the model adds the sentence to a statute, by instruction; a state draft never amends by
        # reference, and the vacatur section grants no relief the sentence could speak of
        expected += 1 if code is None else 0
        for section in bill.sections:
            text = " ".join(_lines(section))
            for line in _lines(section):
                if JURISDICTION_SENTENCE not in line:
                    continue
                placed += 1
                quoted = JURISDICTION_SENTENCE in "".join(QUOTED.findall(line))
                if quoted:
                    assert AMENDS.search(_unquoted(line)), (code, term, line)
                else:
                    assert GRANTS_RELIEF.search(text), (code, term, section.label)
    assert placed == expected


def test_every_section_and_subsection_a_provision_names_exists(clean_bills):
    missing = []
    for (code, term), bill in clean_bills.items():
        printed = {section.number for section in bill.sections}  # Illinois counts by fives
        for section in bill.sections:
            labels = {top.label for top in section.body}
            for line in _lines(section):
                own = _unquoted(line)
                for number in SECTION_REF.findall(own):
                    if int(number) not in printed:
                        missing.append((code, term, section.label, f"Section {number}"))
                for first, last in SUBSECTION_REF.findall(own):
                    for letter in {first, last} - {""}:
                        if f"({letter})" not in labels:
                            missing.append((code, term, section.label, f"subsection ({letter})"))
    assert not missing, missing[:5]


def test_the_relief_section_grants_both_orders_and_names_the_court(clean_bills):
    for (code, _term), bill in clean_bills.items():
        text = " ".join(_lines(bill.section("vacatur-for-cause")))
        assert "Relief on equitable factors is granted on the grounds, eligibility, and procedure" in text
        # in a new section of Ohio's code "division", in a new Texas article "Subsection", as each code says
        motion, order = {
            "OH": ("division (C) of this section", "division (G) of this section"),
            "TX": ("Subsection (c)", "Subsection (g)"),
        }.get(code, ("subsection (c)", "subsection (g)"))
        assert f"may be sought by a motion under {motion} or under any other law of" in text, code
        assert f"meets the requirements of {order}" in text, code
        assert "may move the court in which the conviction was entered" in text, code
        assert "whether or not the individual is in custody" in text, code
        jurisdiction = " ".join(_lines(bill.section("court-jurisdiction")))
        assert "was transferred by law, has and keeps jurisdiction" in jurisdiction
        assert "without a petition by operation of law" in jurisdiction
        assert "whether or not the individual is in custody" in jurisdiction


def test_the_federal_records_bar_keeps_its_exceptions_in_the_clean_copy(clean_bills):
    for key, bill in clean_bills.items():
        text = " ".join(_lines(bill.section("federal-records")))
        assert "prohibit a disclosure that federal law requires; a request, a detainer, or an" in text, key
        # an administrative demand is no federal requirement (legal read 9, B-3)
        assert "unless a court has ordered the agency to comply with it." in text, key
        assert "[, and does not prohibit a disclosure that federal law requires]" not in text, key
        assert "authorizes in writing" in text, key
        assert "8 U.S.C. § 1373 or 8 U.S.C. § 1644" in text, key
        assert "may bring a civil action" in text, key
        # Legal read 10, B-2: a bracketed choice lets federal officers investigating other crimes see a
        # cleared record on the state police's terms, never for civil immigration enforcement or 1325/1326.
        assert "[prohibit a disclosure to a federal law enforcement officer, including one" in text, key
        # legal read 12, A4: no immigration crime, a signed request for a named case, nothing derived
        assert "title 8 of the United States Code or under 18 U.S.C. § 911, § 1015, §§ 1421" in text, key
        assert "neither the record nor anything derived from it will be used for civil" in text, key
        assert "A certification made in advance or in an agreement does not meet this" in text, key


def test_every_duty_with_a_deadline_has_one_for_relief_granted_before_the_act(library):
    bill = build_bill(BillSpec(clean=True), library)
    federal = _lines(bill.section("federal-records"))[0]
    assert "granted before the effective date of this [act], within [180] days after that date" in federal
    notices = " ".join(_lines(bill.section("public-education")))
    # relief granted before the advisement existed gets a backlog deadline of its own, and people whose
    # relief a court granted then are reached too (legal read 2026-12-04, 8)
    assert "for relief granted before the advisement is first published, within [365] days after" in notices
    assert "the clerk of each court that granted an expungement before the advisement was" in notices
    assert (
        "entered after the advisement is first published shall state in plain language the ground" in notices
    )
    # the advisement goes with the order, never in it: an order of vacatur that spoke of immigration
    # consequences could be read as granted to avoid them (legal read 8, B-6)
    assert "on a separate page that is not part of the order" in notices
    # the repository's clock runs from the day it has the order (legal read 8, B-4)
    assert "The clerk of a court that grants an expungement shall send a copy of the order" in federal
    assert "Within [30] days after [the central repository] receives the copy or notice" in federal
    # relief an agency grants, on a request or without one (Massachusetts's commissioner of probation seals
    # on a request): the agency tells the repository, and mails the advisement itself (legal read 15, A-3)
    assert (
        "any other agency that grants an expungement, on a request or without one, shall send notice"
        in federal
    )
    assert "the agency that grants it shall mail the advisement" in notices
    access = " ".join(_lines(bill.section("record-access")))
    assert "Within [30] days after receiving a request" in access
    assert "before destroying the record, shall make a copy of it, certified as true" in access
    # Legal read 10, B-6: a record cleared years ago is not mailed to a stale address unasked; the
    # copy waits, sealed, for the person's own request, and the destruction law gives way by name.
    assert "last known address" not in access
    assert "only to an address that the individual gave for that purpose" in access
    assert "notwithstanding any law that requires the record to be destroyed or forbids keeping" in access
    # Legal read 11, A5: the copy waits until the person asks that it be destroyed, and whoever has no
    # lawyer gets a notice that says nothing of the record, not the record itself.
    assert "until the individual asks in writing that it be destroyed" in access
    assert "a notice that does not describe the record, saying that a copy is held" in access
    # Legal read 15, C-7: counsel of record from an old case may be gone, so counsel gets the notice,
    # never the record itself.
    assert "mail the copy, in an envelope" not in access


def test_the_advisement_warns_that_immigration_forms_ask_about_cleared_records(library):
    for term in TERMS:
        bill = build_bill(BillSpec(clean=True, relief_term=term), library)
        text = " ".join(_lines(bill.section("public-education")))
        assert "must be answered truthfully and completely" in text
        assert f"including those that were {get_relief_term(term).participle}" in text


def test_the_presumption_says_what_follows_when_it_stands(library):
    bill = build_bill(BillSpec(clean=True), library)
    text = " ".join(_lines(bill.section("rebuttable-presumption")))
    assert (
        "If neither presumption is rebutted, the court shall find that, due to legal error, the defendant "
        "was not aware of the immigration consequences of the plea. In its order the court shall state "
        "what the record of the plea shows, and what it lacks, about those consequences"
    ) in text
    assert "shall name the duty in subsection (c) that the record shows was not performed" in text
    # Legal read 15, A-1: the order states facts, never that it "rests on the unrebutted presumption", and
    # where the record does not show whose duty failed, the court finds that no one who owed one advised.
    assert "presumption;" not in text and "rests on" not in text
    assert "shall find that no one who owed the defendant a duty in subsection (c) advised the" in text
    # Legal read 10, A-2: the legal error is a named duty left undone, whenever the plea was made, and
    # prejudice is presumed too; the strength of the evidence alone does not rebut it (Lee v. United States).
    assert "one of the following duties was not performed" in text
    assert "defense counsel’s duty to advise the defendant accurately" in text
    assert "The duties in paragraphs (1) and (3) of subsection (c) apply under this section to a plea" in text
    assert "it is also presumed that the failure to perform the duty was prejudicial" in text
    assert "the strength of the evidence of guilt does not by itself rebut it" in text
    assert "The moving party need not concede alienage" in text  # a citizenship claim is not given up
    assert "by a document of a federal immigration authority asserting that the moving party was not" in text
    # a sworn admission of alienage in an open court file is evidence DHS can use (legal read 10, A-9)
    # ... and a seal would not bind federal authorities (legal read 11, A4): no statement is required,
    # and what the person says on the motion cannot be used against them in a criminal case.
    assert "The court shall not require the moving party to make any statement, sworn" in text
    assert "is not admissible against the moving party in the reopened case" in text
    assert "shall find that the failure was prejudicial, so that the plea was not knowingly" in text
    assert "those that federal law attached to it when it was entered" in text
    assert "nor its order shall state the moving party’s citizenship or immigration status" in text
    # Blind legal reads 6 and 7: the trigger is the person's citizenship when the plea was
    # made (or DHS's claim that the person was not a citizen), never the hardship the conviction causes
    # now; such a party is a "noncitizen defendant" for subsection (a), and an admission of sufficient
    # facts (a Massachusetts continuance without a finding) is a plea for the presumption.
    assert "was not a citizen or national of the United States when it was made" in text
    assert "immigration consequence for the moving party" not in text
    assert "such a moving party is a noncitizen defendant for the purposes of subsection (a)" in text
    assert "In this section, “plea” includes such an admission or agreement." in text
    # Legal read 15, B-4: a finding of guilt on an agreed statement of facts after a plea of not guilty
    # (Maryland's common practice) works like a plea, and a warning a rule asks the prosecutor or defense
    # counsel to give is a duty too.
    assert "after pleading not guilty, agreed to a statement of facts, or to stipulated" in text
    assert "placed on the court, the prosecuting attorney, or defense counsel" in text
    assert "the defendant knew its immigration consequences" in text  # actual knowledge rebuts it
    assert "shall enter an order of vacatur under Section 4" in text
    assert "If the defendant was not represented by counsel" in text
    assert "on the record of the criminal proceeding" in text


def test_no_authority_is_cited_for_what_the_research_contradicts(library):
    """RCW 43.10.315 is Keep Washington Working's model-policy mandate, not an advisement law."""
    education = library.get("public-education").citations
    assert "Wash. Rev. Code § 43.10.315" not in education
    assert "Wash. Rev. Code § 10.40.200" in education
    assert "Wash. Rev. Code § 43.10.315" in library.get("federal-records").citations
    assert "8 U.S.C. § 1101(a)(48)(A)" not in library.get("definitions").citations


def test_a_fifth_circuit_draft_warns_that_a_vacatur_may_not_protect(library):
    """Renteria-Gonzalez v. INS, 322 F.3d 804 (5th Cir. 2002): a vacated conviction still counts."""
    texas = build_bill(BillSpec(state="TX"), library)
    note = " ".join(texas.section("vacatur-for-cause").legislative_note.texts)
    assert "Fifth Circuit" in note and "may not protect" in note
    assert "Gaona-Romero v. Gonzales, 207 F. App’x 386" in note
    # elsewhere the note warns of a detained person's case moved there (legal read 10, A-7)
    ohio = " ".join(
        build_bill(BillSpec(state="OH"), library).section("vacatur-for-cause").legislative_note.texts
    )
    assert "whose case reaches that court" in ohio and "Renteria-Gonzalez v. INS" in ohio
    # the advisement the public-education section requires says so too, in every state (a second legal read,
    # 2026-12-06: the Texas note asked for it, and the advisement did not give it)
    for state in ("TX", "OH"):
        advisement = " ".join(_lines(build_bill(BillSpec(state=state), library).section("public-education")))
        assert (
            "may not protect the individual if the individual’s immigration case comes before" in advisement
        )
    # the Board applies Pickering in the Fifth Circuit too (legal read 12, C2)
    for note in (" ".join(texas.section("vacatur-for-cause").legislative_note.texts), ohio):
        assert "Matter of Marquez Conde, 27 I. & N. Dec. 251 (B.I.A. 2018)" in note


def test_a_vacatur_keeps_the_record_closed_while_the_case_is_reopened(library):
    text = " ".join(_lines(build_bill(BillSpec(clean=True), library).section("court-jurisdiction")))
    assert "those limits continue to apply to the record of the conviction that was vacated" in text
    # ... but the reopened case can be prosecuted (legal read 10, A-3); when it ends, even in a new
    # conviction on a lesser charge, the court restores the limits to every charge that did not end in a
    # conviction and destroys the copies it and the prosecutor took (legal read 14, A-1), said without
    # the word a state may define as record relief (legal read 13, A-8)
    assert "the court and the prosecuting agency may use the records of the arrest and the charges" in text
    assert (
        "the court shall restore those limits to the record of every charge in it that did not end in a "
        "conviction and, if no conviction was entered in it, to the record of the arrest" in text
    )
    assert "every copy of those records that the court or the prosecuting agency obtained" in text
    assert "a charge dismissed after a diversion or deferred disposition was completed did not end" in text
    assert "When the proceeding, including any appeal, ends without vacating the conviction" in text
    assert "The limits never apply to the order of vacatur" in text
    records = " ".join(_lines(build_bill(BillSpec(clean=True), library).section("federal-records")))
    assert "or a record of a conviction vacated as legally invalid" in records


def test_each_side_may_appeal_the_order_it_lost_and_other_remedies_keep_their_own_time(library):
    # Legal read 10: a prosecution cannot appeal "as from a final judgment" without words that let it
    # (B-5); the court's continuing jurisdiction does not itself make a late proceeding timely (B-4).
    bill = build_bill(BillSpec(clean=True), library)
    relief = " ".join(_lines(bill.section("vacatur-for-cause")))
    assert "The prosecuting agency may appeal a grant, and the moving party a denial" in relief
    # ... by words that grant each appeal, not by likening it to an appeal from a judgment, which a New
    # York prosecutor does not have (legal read 2026-12-04, 7)
    assert "whether or not another law lists the order among those that may be" in relief
    assert "as from a final" not in relief
    # Legal read 11, B1: diligence is judged with the person's detention, counsel and records in view,
    # and the wait for one's own records does not count against the person.
    assert "the court shall consider any detention or removal of the moving party" in relief
    assert "time while a request under Section 7 was pending does not count" in relief
    # Legal read 15, B-3: a ground not raised at the plea, on appeal or in an earlier petition is not
    # waived; only one already decided on its merits is barred, until the law or the facts change.
    assert "because its ground was not raised when the plea was entered, on appeal, or in an" in relief
    assert "may not be raised again unless the law or the facts on which it rests have changed" in relief
    jurisdiction = " ".join(_lines(bill.section("court-jurisdiction")))
    assert "Otherwise, the law that provides for a proceeding governs whether it is timely" in jurisdiction
    # Legal read 15, B-2: keeping jurisdiction "whether or not the individual is in custody" does not open a
    # custody-bound post-conviction statute to everyone whose record was cleared.
    assert "and who may bring it, except as Section 4 provides for a motion under it" in jurisdiction
    assert "but does not create one or enlarge who may bring one" in jurisdiction


def test_a_vacatur_says_what_becomes_of_the_reopened_case(library):
    # Legal read 10, B-3: reinstated charges, limitations, credit for what was served, and the
    # bracketed cap on a new sentence are decided in the text, not left to each judge.
    relief = " ".join(_lines(build_bill(BillSpec(clean=True), library).section("vacatur-for-cause")))
    assert "the case stands as it did before the plea was entered" in relief
    assert "the court shall reinstate a charge that was dismissed or reduced under an agreement" in relief
    assert "shall be credited against a sentence imposed in the reopened case" in relief
    assert "[A sentence of imprisonment imposed in the reopened case for any offense arising" in relief
    # Legal read 11, A1-A2: reinstatement is by motion, only for a charge first filed in time (an
    # expired period is lifted for older pleas only by waiver: Stogner); no new booking; the person
    # is told before the order that charges may come back.
    assert "On the prosecuting agency’s motion filed within [90] days" in relief
    assert "if the charge was first filed within the period of limitation that applied to it" in relief
    assert "only if the individual waives the period in a writing filed with the motion" in relief
    assert "shall not be arrested, booked, or fingerprinted again for it" in relief
    assert "including at a new trial, and that charges dismissed under a plea agreement" in relief


def test_a_vacatur_after_trial_orders_a_new_trial_and_a_case_ending_without_conviction_refunds(library):
    # Legal read 10, C-3: a conviction after trial has no plea to set aside, and a court may since
    # have been merged or renamed. Legal read 11, B3: money paid under a judgment that is gone comes
    # back without a suit or proof of innocence (Nelson v. Colorado, 137 S. Ct. 1249 (2017)).
    bill = build_bill(BillSpec(clean=True), library)
    relief = " ".join(_lines(bill.section("vacatur-for-cause")))
    assert "if the conviction followed a trial, set aside the verdict or finding of guilt" in relief
    assert "before the plea was entered or, if the conviction followed a trial, before the trial" in relief
    assert "if that court no longer exists, the court to which its criminal jurisdiction was" in relief
    assert "the clerk shall certify to [the State Treasurer] every fine, fee, cost, and amount" in relief
    assert "need not prove innocence or bring a separate proceeding" in relief
    noted = build_bill(BillSpec(), library).section("vacatur-for-cause")
    assert "Nelson v. Colorado, 137 S. Ct. 1249 (2017)" in noted.authorities.texts
    # Legal read 12: the state pays, nothing is taken back from a victim (A1); a case left idle is
    # dismissed, so no refund waits on the prosecutor (A2); acquittals stay acquittals and insufficient
    # evidence ends in an acquittal (A3, Green; Burks); the 90 days run from a final order (B4).
    assert "no part of it shall be recovered from a victim who received restitution" in relief
    assert "paid under the conviction or disposition that was vacated" in relief
    assert "a notice that it will proceed on a charge in the reopened case, the court shall dismiss" in relief
    assert "No charge of which the individual was acquitted, expressly or by a verdict" in relief
    assert "in which case the court shall enter a judgment of acquittal" in relief
    assert "mandate affirming it issues" in relief
    assert "Burks v. United States, 437 U.S. 1 (1978)" in noted.authorities.texts


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ("AK", "set that section out in full"),
        ("VA", "each of those sections"),
        ("CA", "each of those sections"),
    ],
)
def test_the_note_on_adding_the_sentence_fits_how_many_sections_grant_relief(library, state, said):
    # Legal read 10, C-2: "§ 19.2-392.5 et seq." is a chapter, and California's relief is three sections.
    note = " ".join(
        build_bill(BillSpec(state=state), library).section("court-jurisdiction").legislative_note.texts
    )
    assert said in note


def test_own_record_access_displaces_the_court_order_rule_and_shields_the_clerk(library):
    # Legal read 10, A-6: Virginia's § 19.2-392.14 and § 19.2-392.3 make opening a sealed or
    # expunged record without a court order unlawful; the section must displace them by name, or a
    # clerk who gives the person a copy risks prosecution and will refuse.
    virginia = " ".join(
        _lines(build_bill(BillSpec(state="VA", clean=True), library).section("record-access"))
    )
    assert "notwithstanding § 19.2-392.5, § 19.2-392.14, and § 19.2-392.3, or any other law" in virginia
    assert "does not violate any law that limits the record’s disclosure" in virginia
    model = " ".join(_lines(build_bill(BillSpec(clean=True), library).section("record-access")))
    assert (
        "This section applies notwithstanding any other law of this [state] that requires a court order"
        in model
    )


def test_the_short_title_note_keeps_the_debate_on_the_defect_not_on_immigration(library):
    # Legal read 10, A-1, as corrected by legal read 12, B6: adjudicators read the order and the record
    # (Pickering; Adamiak), so the note tells the sponsor how to speak of the motion, and says so only
    # where the bill has the motion.
    def note(spec):
        return " ".join(build_bill(spec, library).section("short-title").legislative_note.texts)

    with_motion = note(BillSpec())
    assert "Matter of Adamiak, 23 I. & N. Dec. 878 (B.I.A. 2006)" in with_motion
    assert "Section 4 requires every order to name the defect it corrects" in with_motion
    assert "never describe a choice of wording as a way to avoid immigration scrutiny" in with_motion
    records_only = note(BillSpec(clauses=("short-title", "record-access", "federal-records")))
    assert "Adamiak" not in records_only
    assert "drop this section and caption the amendment" in records_only


def test_a_state_whose_word_is_dismissal_defines_another_word(library):
    """California calls § 1203.4 relief a "dismissal"; the act dismisses charges and cases in the
    ordinary sense, so a defined "Dismissal" would make "every charge in it is dismissed" ask for
    record relief (legal read 13, A-8). The draft defines "expungement" and says why."""
    bill = build_bill(BillSpec(state="CA"), library)
    definitions = " ".join(_lines(bill.section("definitions")))
    assert "“Expungement” means" in definitions and "“Dismissal” means" not in definitions
    assert (
        "Section 851.93, 1000.4, 1203.4, 1203.4a, 1203.41, 1203.42, or 1203.425 of the Penal Code"
        in definitions
    )
    notes = " ".join(bill.section("definitions").legislative_note.texts)
    assert "calls it “dismissal”" in notes and "a defined “dismissal” would confuse" in notes
    assert "every charge in it is dismissed" in " ".join(_lines(bill.section("vacatur-for-cause")))


def test_the_motions_timeliness_and_reinstatement_respect_the_acts_own_date(library):
    """Legal read 15: diligence is never measured from before the motion existed (A-7), and the
    waiver that keeps an expired limitation period from reviving a charge is not optional (C-3;
    Stogner v. California, 539 U.S. 607 (2003))."""
    bill = build_bill(BillSpec(clean=True), library)
    text = " ".join(_lines(bill.section("vacatur-for-cause")))
    assert "a final order of removal based on the conviction had been entered; or the effective date" in text
    assert "[If the plea was entered before" not in text
    assert "If the plea was entered before the effective date" in text
