"""`billkit check` on shapes that the thirty-sixth corpus round's tuning files and two blind probe reviews
(`tests/probes/round38`) turned up: a vacatur refused in words no rule read ("is not a ground on which any
court may vacate", "neither obliges nor allows a court to set ... aside", "no court of this state has
jurisdiction to ... vacate"); the writ kept from the judgment a prisoner is held on, or refused, in a
habeas law, to those held on a final criminal judgment ("except persons ... detained by virtue of the
final judgment"); a habeas law that forbids questioning a court's action; remedies abolished in a long
list; a later motion that "may [not] be brought in any court"; a court's power to try a charge, or relief
asked in anticipation of a petition (no power over a conviction); records closed to every one, the person
named among them ("no one, not even the person"; "not open to inspection by any person, including the
defendant"); a clause a section amended to read prints in [brackets], struck though the copy carries no
legend; and a presumption of invalidity whose sentence leaves the immigration advisement to the bill's
other provisions; "shall note" read as "shall not", and "sentence" as "sent" (no bar on sharing); a form
about a person's crimes submitted to ICE; a policy that would keep officials from giving records to
immigration authorities, banned item by item; and a saving of status sharing worded "does not bar or
limit". Every text here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # vacatur refused for the missing warning, in words no rule read
    (
        "not-a-ground-on-which-a-court-may-vacate",
        "vacatur-for-cause",
        "contrary",
        "(c) Subsection (b) applies whether or not the defendant was warned of any immigration consequence "
        "of the plea, and the lack of that warning is not a ground on which any court may vacate the "
        "judgment.",
    ),
    (
        "neither-obliges-nor-allows-a-court-to-set-aside",
        "vacatur-for-cause",
        "contrary",
        "(1) For a plea accepted before the effective date of this act, the court's failure to warn the "
        "defendant that the conviction could lead to deportation neither obliges nor allows a court to set "
        "the judgment aside or to let the plea be withdrawn.",
    ),
    (
        "no-court-of-this-state-has-jurisdiction-to-vacate",
        "vacatur-for-cause",
        "contrary",
        "(b) Once sentence is pronounced, no court of this state has jurisdiction to permit the plea to be "
        "withdrawn or to vacate the conviction on the ground that the plea was unknowing, whether the claim "
        "comes by motion, petition or writ.",
    ),
    (
        "no-court-of-this-state-has-jurisdiction-to-permit",
        "court-jurisdiction",
        "contrary",
        "(b) Once sentence is pronounced, no court of this state has jurisdiction to permit the plea to be "
        "withdrawn or to vacate the conviction on the ground that the plea was unknowing, whether the claim "
        "comes by motion, petition or writ.",
    ),
    # ... but a limit on the power to grant the relief itself is no bar on a later challenge
    (
        "no-court-has-jurisdiction-to-grant-an-expungement",
        "court-jurisdiction",
        "absent",
        "(c) No court of this state has jurisdiction to grant an expungement to a person convicted of a "
        "class A felony.",
    ),
    # ... but a grant for the same ground stays a grant
    (
        "a-ground-on-which-the-court-shall-vacate",
        "vacatur-for-cause",
        "present",
        "(c) The lack of the warning required by subsection (a) is a ground on which the court shall vacate "
        "the judgment and permit the defendant to withdraw the plea of guilty.",
    ),
    # the writ kept from the judgment a prisoner is held on
    (
        "writ-not-used-to-question-the-judgment",
        "court-jurisdiction",
        "contrary",
        "(2) The writ shall not be used, and no judge shall issue it, to challenge the validity of the "
        "judgment of conviction under which the inmate is confined.",
    ),
    (
        "writ-not-used-to-question-a-civil-order",
        "court-jurisdiction",
        "absent",
        "(2) The writ shall not be used to challenge the terms of a custody order entered in a divorce case.",
    ),
    (
        "writ-open-except-to-those-held-on-a-final-judgment",
        "court-jurisdiction",
        "contrary",
        "Sec. 4. Any person confined or restrained of liberty, except a person committed by virtue of the "
        "final judgment of a court of competent civil or criminal jurisdiction, or by virtue of a warrant "
        "issued to enforce that judgment, may apply for a writ of habeas corpus.",
    ),
    (
        "not-permissible-to-question-a-courts-action",
        "court-jurisdiction",
        "contrary",
        "Sec. 36. In a proceeding on the writ it is not permissible to question the legality of the "
        "judgment of a court acting within its jurisdiction.",
    ),
    # remedies abolished in a long list
    (
        "remedies-abolished-in-a-long-list",
        "court-jurisdiction",
        "contrary",
        "2. The writ of coram nobis, the writ of audita querela, the common law writ of habeas corpus in so "
        "far as it once served to test a criminal judgment, the writ of error, an action for a declaration "
        "and every other means, at common law or by statute, of attacking a conviction are abolished as to "
        "criminal judgments.",
    ),
    # a later motion barred in any court
    (
        "no-motion-may-be-brought-in-any-court",
        "court-jurisdiction",
        "contrary",
        "(k) After the judgment is set aside under this subsection, no motion, petition or writ attacking "
        "the conviction may be brought in any court of the Territory.",
    ),
    # near misses: the power to try a charge, relief asked before a petition is filed
    (
        "no-jurisdiction-to-try-a-barred-charge",
        "court-jurisdiction",
        "absent",
        "(2) No court shall have jurisdiction to try or convict a child of an offense if the family court "
        "has not waived its jurisdiction under subsection (1).",
    ),
    (
        "no-relief-in-anticipation-of-a-petition",
        "court-jurisdiction",
        "absent",
        "A court may not entertain a request for any form of relief in anticipation of the filing of a "
        "petition for post-conviction collateral relief.",
    ),
    # records closed to every one, the person named among them
    (
        "no-one-not-even-the-person",
        "record-access",
        "contrary",
        "(B) After a conviction is set aside, no one, not even the person whose conviction it was, may "
        "examine the case file unless the court, after notice and for good cause, so orders.",
    ),
    (
        "nonpublic-file-closed-including-the-defendant",
        "record-access",
        "contrary",
        "(k) Upon discharge, the clerk shall keep the records of the case in a nonpublic file that is not "
        "open to inspection by any person, including the defendant, and that only a court may use in "
        "sentencing for a later offense.",
    ),
    # ... but a closure whose proviso lets the person in is the person's way in
    (
        "no-one-but-the-person",
        "record-access",
        "present",
        "(B) After a conviction is set aside, no one other than the person whose conviction it was may "
        "examine the case file without an order of the court; that person may examine and copy it at the "
        "clerk's office without an order.",
    ),
    # a clause printed in [brackets] in a section amended to read, no legend in the copy
    (
        "bracketed-proviso-struck-from-an-amended-section",
        "record-access",
        "contrary",
        "SECTION 1. Section 12-4-9 of the General Laws is hereby amended to read as follows:\n(g) Sealed "
        "records shall not be open to inspection by any person except upon order of the court for good "
        "cause shown[; provided, that the person whose records were sealed may inspect them at the clerk's "
        "office without motion].",
    ),
    (
        "bracketed-blank-in-an-amended-section",
        "record-access",
        "present",
        "SECTION 1. Section 12-4-9 of the General Laws is hereby amended to read as follows:\n(g) The "
        "person whose records were sealed may inspect them at the office of [insert the name of the court "
        "that may hear it] without motion or order.",
    ),
    # "shall note" is no "shall not", and a sentence is not something "sent"
    (
        "shall-note-is-no-bar-on-sharing",
        "federal-records",
        "absent",
        "(b) The probation officer shall note in the presentence report any information ICE has supplied "
        "about the defendant's sentence.",
    ),
    # a form about the person's crimes sent to immigration authorities
    (
        "criminal-alien-form-submitted-to-ice",
        "federal-records",
        "contrary",
        "(ii) The officer shall fill out a criminal alien notice and submit it to Immigration and Customs "
        "Enforcement.",
    ),
    # ... but a bar on sending it is no duty to send it, and a person "not lawfully present" no refusal to
    # report
    (
        "no-agency-shall-transmit-a-sealed-record-to-dhs",
        "federal-records",
        "partial",
        "No agency shall transmit an expunged record to the Department of Homeland Security for use in "
        "civil immigration enforcement.",
    ),
    (
        "report-a-person-not-lawfully-present-to-ice",
        "federal-records",
        "contrary",
        "When a person is booked into the jail on a felony charge, the jailer shall ask the person's "
        "citizenship and, if the person appears to be not lawfully present, shall notify Immigration and "
        "Customs Enforcement of the arrest.",
    ),
    # a policy that would keep officials from giving records to immigration authorities, banned item by item
    (
        "policy-that-keeps-officials-from-giving-records-banned",
        "federal-records",
        "contrary",
        "(1) No city or county may adopt or carry out any policy, written or unwritten, that keeps an "
        "officer or employee from:\n(a) giving to the United States Department of Homeland Security any "
        "record of a person's arrest or conviction; or\n(b) honoring a detainer issued by that department.",
    ),
    # ... or that may not stop sending criminal histories to immigration authorities, item by item
    (
        "may-not-curtail-the-transmission-to-ice",
        "federal-records",
        "contrary",
        "(a) A city police department may not stop or substantially curtail any of the following:\n(1) the "
        "transmission, to United States Immigration and Customs Enforcement, of the criminal history of a "
        "person under arrest; or\n(2) the retention of that information.",
    ),
    # a saving of status sharing worded "does not bar or limit", with no bar on sharing records beside it
    (
        "does-not-bar-or-limit-status-sharing",
        "federal-records",
        "contrary",
        "Sec. 9. This chapter does not bar or limit a county officer from exchanging information about a "
        "person's citizenship or immigration status with federal immigration authorities.",
    ),
    # a presumption of invalidity whose sentence leaves the advisement to the bill's other provisions
    (
        "presumed-invalid-with-the-advisement-elsewhere",
        "rebuttable-presumption",
        "present",
        "(a) A claim that the plea was not knowing because no one told the applicant that it could lead to "
        "removal from the United States may be brought at any time.\n(b) If the record of the plea hearing "
        "does not show that the applicant was so told, the conviction is presumed invalid, and the state "
        "may rebut the presumption only by clear and convincing evidence.",
    ),
    (
        "presumed-invalid-in-a-bill-silent-on-immigration",
        "rebuttable-presumption",
        "absent",
        "(b) If a search warrant was issued on an affidavit the judge did not sign, a conviction resting on "
        "evidence seized under it is presumed invalid unless the state shows the evidence would have been "
        "found anyway.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
