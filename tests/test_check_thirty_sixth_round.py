"""`billkit check` on shapes that the thirty-sixth round's tuning files and two blind probe reviews turned up
(`tests/probes/round36`): a vacatur ordered at the end of a long sentence whose ground sits between the
court's duty and its order; a notice or statement handed to the person that says what the order did; a saving
of compliance with a judge's warrant that names an immigration officer's paper only as no such warrant; an
advisory on what relief will not keep from federal authorities; a proviso whose list of who may see sealed
records follows it, the person first; a court listed among those who may ask for records; a closure whose
exception is "as this section permits", or whose residual names "any other person"; a court-order gate for
non-parties only; the person "given access" after a parenthesis; and a closure that points to the provision
where the person's own requests are governed; a court that failed to read the warning or skipped the inquiry;
the person's motion named before the prosecutor's; a trafficking survivor; a plea vacated whose defect the
findings name; presumptions that the defendant did not receive the warning (partial) or, for the State, that a
docket entry is accurate, that a signer understood (contrary); "Should you not be a United States citizen"; a
digest's account of existing law; an underlined item label; records sealed against all persons, the person
included; a list naming the court and the person; a federal immigration agency among those a record may be
opened to; an anti-sanctuary item lettered "b."; and jurisdiction kept only to correct the order. Every text
here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # the ground between the court's duty and its order, a long sentence apart
    (
        "innocence-ground-between-duty-and-order",
        "vacatur-for-cause",
        "present",
        "After reviewing the petition, the answer of the State and the record of any hearing held under "
        "this article, the court shall either deny the petition for want of a claim on which relief can be "
        "granted, or, only upon a finding by clear and convincing evidence that the new evidence is "
        "material and that no reasonable juror would have found the petitioner guilty beyond a reasonable "
        "doubt, grant the writ and vacate the conviction.",
    ),
    # ... but a duty to deny, with the ground named, orders no vacatur
    (
        "innocence-ground-before-a-denial",
        "vacatur-for-cause",
        "absent",
        "After reviewing the petition for a certificate of rehabilitation and the record of any hearing, "
        "the court shall deny the petition if the petitioner has not shown, by clear and convincing "
        "evidence, that the petitioner has lived an upright life for five years, and shall not vacate the "
        "conviction or set aside the judgment in any case.",
    ),
    # a statement handed to the person, beside a copy of the order, saying what the order did
    (
        "plain-statement-of-what-the-order-did",
        "public-education",
        "partial",
        "(d) The clerk shall also give the petitioner a copy of the order and a short written statement, on "
        "a form the court administrator approves, explaining that the conviction has been set aside and "
        "that the petitioner's right to serve on a jury is restored.",
    ),
    (
        "notice-listing-what-the-expungement-means",
        "public-education",
        "partial",
        "(5) Within ten days after the order of expungement is entered, the clerk shall mail to the "
        "petitioner a notice, in a form the supreme court prescribes, stating that: (a) the arrest and the "
        "conviction are deemed never to have occurred; and (b) the petitioner may lawfully deny them in "
        "answer to an employer's question.",
    ),
    # ... but a notice of the hearing date tells the person nothing of what relief does
    (
        "notice-of-a-hearing-date",
        "public-education",
        "absent",
        "(5) The clerk shall mail to the petitioner a written notice stating the date, time and place of "
        "the hearing on the petition.",
    ),
    (
        "order-that-must-state-its-effect",
        "public-education",
        "partial",
        "(c) The youth who is the subject of the sealed records shall receive a copy of the sealing order, "
        "which shall state that the records have been sealed and the effect of the order.",
    ),
    # a saving of compliance with a judge's warrant, an immigration officer's paper named only as no such
    # warrant
    (
        "judges-warrant-obeyed-immigration-paper-not-a-warrant",
        "federal-records",
        "partial",
        "Sec. 4. (a) Except as provided in subsection (b), no clerk or criminal justice agency shall give a "
        "sealed record, or any information in it, to a federal agency for the purpose of civil immigration "
        "enforcement.\n(b) Subsection (a) does not prohibit compliance with a warrant signed by a judge; "
        "provided, that a detainer or administrative warrant issued by an officer of U.S. Immigration and "
        "Customs Enforcement shall not be deemed a warrant signed by a judge.",
    ),
    # ... but a saving that keeps sharing with immigration agents open beside the warrant still works against
    # it
    (
        "judges-warrant-and-immigration-requests-both-kept",
        "federal-records",
        "contrary",
        "Sec. 4. Nothing in this Act prohibits compliance with a court order, or the sharing of any record "
        "with U.S. Immigration and Customs Enforcement upon its request.",
    ),
    # an advisory on what relief will not keep from federal authorities bars no sharing
    (
        "advisory-that-relief-will-not-hide-the-offense",
        "federal-records",
        "absent",
        "(2) Before filing a petition for a person who is not a citizen, counsel shall give the person a "
        "written notice, explaining that a sealing order will not prevent federal authorities from learning "
        "of the offense and will not cure a ground of removal.",
    ),
    # a proviso whose list of who may see sealed records follows it, the person first, after a lead that lets
    # the court direct otherwise over all the sealing does
    (
        "proviso-list-with-the-person-first",
        "record-access",
        "present",
        "1. When a prosecution ends in favor of the accused, unless the court, on the prosecutor's motion, "
        "directs otherwise in the interests of justice:\n(a) each photograph and set of fingerprints shall "
        "be returned or destroyed;\n(b) the records of the action shall be sealed and shall not be made "
        "available to any person or agency; provided, however, that such records shall be made available "
        "to\n(i) the person accused, or an agent the person designates in writing, and\n(ii) a licensing "
        "agency for firearms, where the person has applied for a license.",
    ),
    # ... while records opened only by the court after a proviso with no person stay shut to the person
    (
        "records-open-only-on-the-courts-direction",
        "record-access",
        "contrary",
        "(b) The records of the action shall be sealed and shall not be made available to any person, the "
        "person accused included, unless the court so directs on a motion.",
    ),
    # a court among those who may ask for records, after the person
    (
        "court-listed-among-requesters",
        "record-access",
        "present",
        "(a) After expungement, the custodian shall not disclose the existence of the records, except when "
        "requested by:\n(1) the person whose record was expunged, who may also inspect and copy the records "
        "on proof of identity;\n(2) a court, on a showing that the person has been convicted again;\n(3) a "
        "licensing board for private security officers.",
    ),
    # a closure whose exception includes "as this section permits", the section then letting the person in
    (
        "closure-or-as-this-section-permits",
        "record-access",
        "present",
        "(a) Law enforcement files on juveniles are withheld from public inspection, and no person may "
        "examine them except under an order of the court or as this section permits.\n(b) The following "
        "persons may, without a court order, examine and copy the files:\n(1) the juvenile who is the "
        "subject of the file, and the juvenile's attorney;\n(2) the prosecutor assigned to the case.",
    ),
    # a residual for "any other person" after the person's own right
    (
        "any-other-person-residual",
        "record-access",
        "present",
        "(3) On reaching the age of eighteen, the person who was the subject of the juvenile records may, "
        "on written request and without a court order, inspect them and shall be given one copy free of "
        "charge.\n(4) Nothing in this section allows any other person to inspect the records except upon "
        "order of the Court.",
    ),
    # a court-order gate for those who are not parties: the person is a party
    (
        "gate-for-non-parties-only",
        "record-access",
        "absent",
        "(B) All papers and records of the sealed action may be inspected by a person who is not a party to "
        "it only upon an order of the court entered for good cause after notice to the parties.",
    ),
    # the person "given access", a parenthesis between
    (
        "given-access-after-a-parenthesis",
        "record-access",
        "present",
        "(1) A juvenile, the juvenile's guardian, and the attorney for either shall, on request, be given "
        "access to the juvenile court file in any case concerning the juvenile, whether or not the file has "
        "been sealed, without the need for any motion or order.",
    ),
    # a closure that points to the provision governing the person's own requests
    (
        "closure-pointing-to-the-persons-own-requests",
        "record-access",
        "partial",
        "(2) Except as provided in section 16-90-1418, which governs requests by the person who is the "
        "subject of a sealed record for a copy of it, sealed records are not available to any person or "
        "agency.",
    ),
    # ... but a pointer to the provision governing requests by employers gives the person nothing
    (
        "closure-pointing-to-employers-requests",
        "record-access",
        "absent",
        "(2) Except as provided in section 16-90-1418, which governs requests by employers in the care of "
        "children for a copy of a sealed record, sealed records are not available to any person or agency.",
    ),
    # the court's failure to say the warning, in other words: it did not read it, skipped the inquiry, or the
    # statement "was not given" (after a cited part's "sub. (1)")
    (
        "court-failed-to-read-the-statement",
        "vacatur-for-cause",
        "present",
        "(B) Upon the defendant's motion, the court shall set aside the judgment and permit the plea to be "
        "withdrawn if the court failed to read the statement required by division (A) and the defendant "
        "shows that the conviction may lead to removal.",
    ),
    (
        "statement-required-by-sub-was-not-given",
        "vacatur-for-cause",
        "present",
        "(2) The court, on the motion of a defendant who shows, at any time after sentence, that the plea "
        "may result in deportation and that the statement required by sub. (1) was not given, shall vacate "
        "the judgment and permit the defendant to withdraw the plea.",
    ),
    (
        "court-did-not-give-that-warning",
        "vacatur-for-cause",
        "present",
        "(b) If the court did not give that warning, and the defendant later shows that the plea may lead "
        "to removal, the court, on the defendant's motion, shall vacate the judgment and allow the plea to "
        "be withdrawn.",
    ),
    # the person's own motion named before the prosecutor's: no vacatur only the prosecutor may seek
    (
        "persons-motion-before-prosecutors",
        "vacatur-for-cause",
        "present",
        "(2) On motion of the person, on motion of the prosecuting attorney, or on its own motion, the "
        "court shall vacate each conviction entered under a statute that the supreme court has held "
        "unconstitutional.",
    ),
    (
        "prosecutors-motion-alone",
        "vacatur-for-cause",
        "partial",
        "(2) On motion of the prosecuting attorney, the court shall vacate each conviction entered under a "
        "statute that the supreme court has held unconstitutional.",
    ),
    (
        "trafficking-survivor",
        "vacatur-for-cause",
        "present",
        "(b) A person convicted of a nonviolent offense may move the court to vacate the conviction because "
        "it resulted from the person's having been a trafficking survivor, and the court shall grant the "
        "motion if it so finds.",
    ),
    # a plea vacated, its defect named in the findings
    (
        "plea-vacated-findings-name-the-defect",
        "vacatur-for-cause",
        "present",
        "(a) The Legislature finds that pleas entered to obtain deferred judgment were not entered with "
        "knowledge of their consequences under federal immigration law.\n(b) A person who completed the "
        "program may petition the court, which shall grant the petition, vacate the plea, and enter a plea "
        "of not guilty.",
    ),
    # a proceeding the person may bring, a comma phrase between, in a court given "jurisdiction to vacate"
    # (read so before these rules too; kept as a control for the wider proceeding words)
    (
        "proceeding-commenced-court-with-jurisdiction-to-vacate",
        "vacatur-for-cause",
        "present",
        "(a) Any person convicted of a crime in this State who claims:\n(1) that the conviction violated "
        "the Constitution of the United States; or\n(2) that the court lacked jurisdiction to impose "
        "sentence;\nmay, at any time after judgment, commence a proceeding under this chapter in the court "
        "that convicted the person, and that court shall have jurisdiction to vacate the conviction and "
        "grant a new trial.",
    ),
    # presumptions: the advisement presumed not received ("it"); a docket entry taken as true, a signer
    # presumed to have understood, a judgment presumed regular, all for the State
    (
        "presumed-the-defendant-did-not-receive-it",
        "rebuttable-presumption",
        "partial",
        "(c) If the record of the plea hearing does not show that the immigration statement was made, it "
        "shall be presumed that the defendant did not receive it.",
    ),
    (
        "docket-entry-presumed-accurate",
        "rebuttable-presumption",
        "contrary",
        "(c) A docket entry or a checked box on a plea form stating that the immigration advisement was "
        "given shall be presumed accurate, and the defendant may overcome that presumption only by clear "
        "and convincing evidence.",
    ),
    (
        "signer-presumed-to-have-understood",
        "rebuttable-presumption",
        "contrary",
        "(b) A defendant who has signed a written statement of the admonitions, including the warning on "
        "deportation, is presumed to have understood the admonitions and the consequences of the plea.",
    ),
    # the advisement's words in a conditional form
    (
        "should-you-not-be-a-citizen",
        "public-education",
        "partial",
        "(A) Before accepting a plea of guilty, the court shall read this statement to the defendant: "
        '"Should you not be a United States citizen, a conviction for this offense could result in your '
        'deportation or the denial of your naturalization."',
    ),
    # a digest's account of the law a bill changes enacts nothing
    (
        "digest-account-of-existing-law",
        "federal-records",
        "absent",
        "Legislative Counsel's Digest: Existing law requires the central repository to forward each sealing "
        "order to the Federal Bureau of Investigation. This bill would change the form of the order.",
    ),
    (
        "the-duty-itself",
        "federal-records",
        "partial",
        "Sec. 2. The central repository shall forward each sealing order to the Federal Bureau of "
        "Investigation with a request that the record be removed from its files.",
    ),
    # an underlined label opens its line; the list reads the person's item
    (
        "underlined-item-label",
        "record-access",
        "present",
        "Section 1. Section 831-3.2 is amended to read as follows:\n(d) Records in the confidential file "
        "shall not be released except in answer to an inquiry from:\n(1) a court, when sentencing a person "
        "later convicted of an offense;\n(2) an agency screening applicants for work with children; [or\n"
        "(3) any federal agency, for any purpose; or]\n[(4)] _(3)_ the person whose arrest was expunged, "
        "_who may examine the record and receive a copy of it on written request, with no order of any "
        "court._\nSECTION 2. Bracketed matter is repealed; underscored matter is new.",
    ),
    # sealed against all persons, the person named as included
    (
        "sealed-against-all-the-person-included",
        "record-access",
        "contrary",
        "Sec. 3. Records expunged under this chapter shall be sealed against all persons, the person to "
        "whom they relate included, other than the law enforcement agencies of the territory.",
    ),
    # the court one of those a list lets see the records, the person another
    (
        "court-and-person-both-listed",
        "record-access",
        "present",
        "(d) Sealed records may be inspected only by the prosecutor for a later prosecution, by the court, "
        "and by the person who is the subject of the records, who may view or copy them at the clerk's "
        "office on proof of identity.",
    ),
    # a federal immigration agency among those records may be opened to, and struck matter that leaves a space
    # before the full stop
    (
        "opened-without-order-to-federal-immigration-agency",
        "federal-records",
        "contrary",
        "(b) Although an expungement order has issued, an expunged record may be opened without a court "
        "order to:\n(1) a criminal justice agency of this state or of the United States, including a "
        "federal agency that enforces the immigration laws, for any lawful purpose; and\n(2) the person who "
        "is the subject of the record, who may inspect it [only upon an order of the court].\n(Stricken "
        "language is shown in [brackets].)",
    ),
    # an anti-sanctuary list item, lettered "b."
    (
        "anti-sanctuary-lettered-item",
        "federal-records",
        "contrary",
        "1. A local entity shall not adopt or enforce a policy that prohibits or discourages an officer "
        "from doing any of the following:\na. Asking a person who is arrested about the person's "
        "immigration status.\nb. Sending to, or receiving from, a federal immigration agency information "
        "about a person's criminal record.",
    ),
    # power kept only to mend the relief's own order
    (
        "jurisdiction-kept-only-to-correct-the-order",
        "court-jurisdiction",
        "absent",
        "(a) An expunged record may be opened only by order of the court.\n(c) The court shall retain "
        "jurisdiction over a petition under this section for 60 days after it issues an expungement order, "
        "for the sole purpose of correcting the order.",
    ),
    # the writ refused to one held on a criminal judgment, in a sentence of its own or by leaving the person
    # out of those who may bring it
    (
        "writ-not-allowed-to-one-held-on-a-judgment",
        "court-jurisdiction",
        "contrary",
        "Sec. 2. A person lawfully confined by virtue of the final judgment of a court of competent "
        "criminal jurisdiction shall not be allowed to prosecute the writ of habeas corpus.",
    ),
    (
        "writ-open-to-all-but-those-held-on-a-criminal-judgment",
        "court-jurisdiction",
        "contrary",
        "Sec. 1. Any person restrained of liberty, other than a person held pursuant to a final judgment "
        "entered in a criminal case, may prosecute a writ of habeas corpus to obtain release if the "
        "restraint is unlawful.",
    ),
    # ... but the writ open to anyone held, with no judgment left out, works against nothing
    (
        "writ-open-to-anyone-restrained",
        "court-jurisdiction",
        "absent",
        "Sec. 1. Any person restrained of liberty may prosecute a writ of habeas corpus to obtain release "
        "if the restraint is unlawful.",
    ),
    # a policy's "will" notify immigration authorities of an arrest told in the sentence before
    (
        "policy-will-notify-ins-after-arrest",
        "federal-records",
        "contrary",
        "4. When a person thought to be unlawfully present is arrested on other charges, the booking "
        "officer will add an immigration hold to the record. Jail staff will then notify the I.N.S. "
        "authorities under their own procedures.",
    ),
    # officials barred from enforcing the immigration laws less than fully
    (
        "may-not-limit-enforcement-of-immigration-laws",
        "federal-records",
        "contrary",
        "Sec. 2. No official or agency of this state or of a county or city may limit or restrict the "
        "enforcement of federal immigration laws to less than the full extent permitted by federal law.",
    ),
    # procedures for telling defendants that a plea may affect their immigration status: a plea advisement
    (
        "procedures-to-inform-defendants-of-plea-consequences",
        "public-education",
        "partial",
        "This order sets out procedures the municipal courts shall follow to inform defendants that a "
        "guilty plea to certain offenses may affect their immigration status and may lead to deportation.",
    ),
    # a law's definition of the sanctuary policy it bans
    (
        "definition-of-the-sanctuary-policy-banned",
        "federal-records",
        "contrary",
        '(4) "Sanctuary policy" means an ordinance, rule or practice of a county or city which prohibits '
        "or impedes a law enforcement agency from communicating or cooperating with a federal immigration "
        "agency.",
    ),
    # ... but a trust act's own definitions ban nothing
    (
        "trust-act-definition",
        "federal-records",
        "absent",
        '(4) "Civil immigration enforcement" means any action by a federal agency to investigate or '
        "arrest a person for a violation of civil immigration law.",
    ),
    # power kept over the petition for the relief itself
    (
        "jurisdiction-to-reconsider-a-denied-expungement",
        "court-jurisdiction",
        "absent",
        "E. After an order of expungement is entered or refused, the court retains jurisdiction to "
        "reconsider the denial of a petition for expungement upon a showing of changed circumstances.",
    ),
    # ... but power kept to hear a motion to vacate, beside a petition for expungement, is kept
    (
        "jurisdiction-to-hear-a-motion-to-vacate-after-expungement",
        "court-jurisdiction",
        "present",
        "E. After a petition for expungement is granted, the court retains jurisdiction to hear and decide "
        "a motion to vacate the expunged conviction on the ground that the plea was not knowing and "
        "voluntary.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_a_list_items_closing_and_is_cut_from_its_quote(tmp_path):
    from billkit.check.rules import check_bill

    bill = tmp_path / "bill.txt"
    bill.write_text(
        "(b) Sealed records may be opened without a court order to:\n(1) a criminal justice agency of the "
        "United States, including a federal agency that enforces the immigration laws, for any lawful "
        "purpose; and\n(2) the courts of this state.\n",
        encoding="utf-8",
    )
    finding = next(f for f in check_bill(bill) if f.id == "federal-records")
    assert finding.status == "contrary"
    assert finding.evidence[0].quote.endswith("for any lawful purpose …")
