"""`billkit check` on shapes that the forty-third corpus round's tuning files and the blind probe reviews
(tests/probes/round44 and round45) turned up, each written here in general form, each with a neighbour that
must still read as it did. Every text here is written for these tests (no source).

A court's power: a court with "no power" to grant a new trial on a late motion has lost it; a sealing that "is
not a defense to" a postconviction petition keeps the challenge open. A vacatur: a motion named with what it
asks in one sentence, and granted on a legal defect in the next ("The court may grant the motion if it finds
..."), is read as one grant. Own records: a list of who may inspect, in one sentence after a colon, that names
the person; a clerk's copy of the set-aside judgment and the complaint for "that individual" on written
request; and a savings clause that gives the person "no right to inspect" the archive. Federal records: an
elimination order communicated to the FBI is the notice half of the practice.

A court's power refused in other words (tests/probes/round45 `s`): the old writs that "do not lie" or "shall
not issue" (not one replaced by a motion), courts "powerless" once the sentence is served (not over
probation), a court that "shall not accept, hear, or act upon any motion" in a case its sealing closed (not
one that excepts a motion to vacate), an objection "forfeited" that no judge may rule on (not one to a sealing
order), a petition from one "no longer confined" (not a bar on denying it for that reason), a second petition
barred without leave (not one on the same grounds), a petitioner who "has already sought" relief dismissed
summarily, and a judgment made "conclusive" and closed "in any court" (not an expungement order so made).

From the round's tuning files: a judgment dismissing a post-conviction petition that "is not appealable", and
no appeal from the denial of a new-trial petition without the judge's leave, end review (not an order to
transfer custody); jurisdiction kept "for this limited purpose", a record-restriction petition, is none over
the conviction; the State's time to answer a claim of ineffective assistance grants no vacatur; a "limited
access" terminal is no relief; records open through "rules adopted by the Department" to an individual's
review are a route in part; a page that asks its reader "Are you qualified to file for an expungement?" is
public education in part (not a summons that speaks to its reader).

Own records and federal records (tests/probes/round45 `t` and `u`): a section that "does not authorize"
disclosure to the person is no grant; a researcher's conditions that name "any person named in a sealed
record" are no list of who may see; records open "only to the attorney who represents the petitioner", and a
copy given "in the clerk's discretion", are routes in part (not a copy the clerk "shall" give); a complete
copy on written request that "need not be approved by a court" is access; a bar that "applies to the person
named in the expunged record" shuts the person out; "Nothing in this chapter requires the state patrol to
transmit a record ... to any federal agency" keeps no sharing open (not "Nothing ... prohibits ...
transmitting"); and a saving for information on whether a person "is a citizen ... or is lawfully present"
beside a bar on sharing sealed records is the § 1373 saving, which leaves the bar partial.

From tests/probes/round46 (`v`, `w`): counsel's missing advice, a conflict of interest and denied counsel,
named in a definition of the "qualifying defect" the court sets the conviction aside for, are grounds of legal
defect; so is a required warning that "was omitted"; a good-behaviour set-aside whose law disclaims any "power
... to correct any error of law" grants no vacatur; a bar on setting a judgment aside whose one exception is a
want of jurisdiction is no grant; probation jurisdiction that "ends on the date of discharge", a court in
another county that "lacks jurisdiction to grant a petition" to seal, and power kept to hear a later petition
for the relief after a denial are no end or keeping of the court's power over the conviction."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "no-power-to-grant-a-new-trial-on-a-late-motion",
        "court-jurisdiction",
        "contrary",
        "(b) A motion under this section shall be made within ten days after the verdict. The court has no "
        "power to extend that period or to grant a new trial on a motion made after it expires.",
    ),
    (
        "no-power-to-grant-an-expungement-to-one-not-eligible",
        "court-jurisdiction",
        "absent",
        "(b) The court has no power to grant a petition for expungement to a person convicted of a class A "
        "felony.",
    ),
    (
        "a-sealing-that-is-not-a-defense-to-a-postconviction-petition",
        "court-jurisdiction",
        "partial",
        "(A) The sealing of the record of a conviction shall not be pleaded by the state in bar of, and is "
        "not a defense to, a petition for postconviction relief that concerns the sealed conviction.",
    ),
    (
        "a-sealing-that-is-not-a-defense-to-a-civil-action",
        "court-jurisdiction",
        "absent",
        "(A) The sealing of a conviction shall not be pleaded by the defendant in bar of, and is not a "
        "defense to, a civil action for damages.",
    ),
    (
        "a-motion-named-then-granted-on-a-legal-defect",
        "vacatur-for-cause",
        "present",
        "(b) At any time after the sealing, the defendant may move the court to permit withdrawal of the "
        "plea or to vacate the conviction. The court may grant the motion if it finds that the defendant "
        "was not represented by counsel and did not validly waive counsel.",
    ),
    (
        "a-motion-named-then-granted-for-rehabilitation",
        "vacatur-for-cause",
        "absent",
        "(b) At any time after the sentence ends, the defendant may move the court to set aside the "
        "conviction. The court may grant the motion if it finds that the defendant has completed probation "
        "and has not been convicted of another offense.",
    ),
    (
        "a-petition-named-then-kept-from-dismissal",
        "court-jurisdiction",
        "present",
        "(c) The expunction of records under this section shall not deprive the court of jurisdiction over "
        "a petition for post-conviction relief that attacks the plea. No such petition shall be dismissed "
        "on the ground that the records of the plea have been expunged.",
    ),
    (
        "a-list-in-one-sentence-that-names-the-person",
        "record-access",
        "present",
        "(b) The following may inspect and copy a sealed record without further order: the attorney "
        "general; a judge ruling on a pending matter; the person whose arrest or charge is the subject of "
        "the record; and a law enforcement agency investigating a later offense.",
    ),
    (
        "a-list-in-one-sentence-behind-a-court-order",
        "record-access",
        "contrary",
        "(b) The following may inspect and copy a sealed record only upon order of the court: the attorney "
        "general; the person whose arrest or charge is the subject of the record; and a law enforcement "
        "agency.",
    ),
    (
        "a-clerks-copy-for-that-individual-on-written-request",
        "record-access",
        "present",
        "(2) Upon the written request of the individual against whom the judgment was entered, the clerk "
        "shall furnish that individual, within ten business days, a complete copy of the set-aside "
        "judgment, the complaint and the docket sheet.",
    ),
    (
        "a-clerks-copy-for-the-victim",
        "record-access",
        "absent",
        "(2) Upon the written request of the victim, the clerk shall furnish that individual, within ten "
        "business days, a complete copy of the set-aside judgment and the complaint.",
    ),
    (
        "a-saving-that-gives-the-person-no-right-to-inspect",
        "record-access",
        "contrary",
        "(c) Nothing in this chapter shall be construed to give the person whose conviction has been "
        "eliminated, or any other person, a right to inspect, copy or obtain a certificate of the contents "
        "of the closed archive.",
    ),
    (
        "a-saving-that-denies-the-person-no-right-to-inspect",
        "record-access",
        "present",
        "(c) Nothing in this chapter shall be construed to deny the person whose record was sealed a right "
        "to inspect it.",
    ),
    (
        "an-elimination-order-communicated-to-the-fbi",
        "federal-records",
        "partial",
        "(d) The Police Bureau shall communicate each elimination order to the Federal Bureau of "
        "Investigation.",
    ),
    (
        "an-elimination-order-communicated-to-the-prosecutor",
        "federal-records",
        "absent",
        "(d) The Police Bureau shall communicate each elimination order to the prosecuting attorney.",
    ),
    (
        "coram-nobis-that-does-not-lie",
        "court-jurisdiction",
        "contrary",
        "(b) The writ of error coram nobis does not lie in the courts of this territory.",
    ),
    (
        "coram-nobis-replaced-by-a-motion",
        "court-jurisdiction",
        "absent",
        "(b) The writ of coram nobis shall not issue; relief formerly had by it shall be sought by motion"
        " under this rule.",
    ),
    (
        "habeas-corpus-that-does-not-lie-to-test-a-conviction",
        "court-jurisdiction",
        "contrary",
        "(a) The writ of habeas corpus does not lie to test the validity of a judgment of conviction "
        "entered by the Superior Court.",
    ),
    (
        "courts-powerless-once-the-sentence-is-served",
        "court-jurisdiction",
        "contrary",
        "Once every part of a sentence has been completed, the courts of the commonwealth shall be "
        "powerless to vacate or set aside the judgment.",
    ),
    (
        "a-court-powerless-over-probation-conditions",
        "court-jurisdiction",
        "absent",
        "Once the term of probation ends, the court is powerless to modify the conditions of probation.",
    ),
    (
        "a-court-that-shall-not-act-on-any-motion-in-a-sealed-case",
        "court-jurisdiction",
        "contrary",
        "B. From the date of the sealing order, the case stands closed for all purposes. The municipal "
        "court shall not thereafter accept for filing, hear, or act upon any motion in the case, "
        "including a motion to withdraw a plea.",
    ),
    (
        "a-sealed-case-closed-except-to-a-motion-to-vacate",
        "court-jurisdiction",
        "absent",
        "B. From the date of the sealing order, the case stands closed for all purposes. The municipal "
        "court shall not thereafter accept for filing, hear, or act upon any motion in the case, except a"
        " motion to vacate the judgment.",
    ),
    (
        "an-objection-forfeited-that-no-judge-may-rule-on",
        "court-jurisdiction",
        "contrary",
        "(b) An objection to a judgment of the municipal court that is not made by a motion under "
        "subsection (a) is forfeited. The municipal judge shall not thereafter receive or rule on any "
        "motion or petition that raises the objection.",
    ),
    (
        "an-objection-to-a-sealing-order-forfeited",
        "court-jurisdiction",
        "absent",
        "(b) An objection to the sealing order that is not made within ten days is forfeited. The court "
        "shall not thereafter rule on any motion to seal that raises the objection.",
    ),
    (
        "no-petition-from-one-no-longer-confined",
        "court-jurisdiction",
        "contrary",
        "(b) The court shall not entertain a petition under this chapter to set aside a conviction from a"
        " person who is no longer confined under the sentence.",
    ),
    (
        "no-denial-because-one-is-no-longer-confined",
        "court-jurisdiction",
        "absent",
        "(b) The court shall not deny a petition under this chapter to set aside a conviction because the"
        " person is no longer confined under the sentence.",
    ),
    (
        "a-second-petition-barred-without-leave",
        "court-jurisdiction",
        "contrary",
        "No person who has once sought postconviction relief from a conviction may file another petition "
        "concerning the same conviction without first obtaining leave from the court of appeals.",
    ),
    (
        "a-second-petition-on-the-same-grounds",
        "court-jurisdiction",
        "absent",
        "No person who has once sought postconviction relief from a conviction may file another petition "
        "raising the same grounds.",
    ),
    (
        "a-petitioner-who-already-sought-relief-dismissed-summarily",
        "court-jurisdiction",
        "contrary",
        "C. Where the file shows that the petitioner has already sought postconviction relief on any "
        "ground, the petition shall be dismissed summarily.",
    ),
    (
        "a-conclusive-judgment-closed-in-any-court",
        "court-jurisdiction",
        "contrary",
        "(a) A judgment of conviction entered on a plea agreement is conclusive. It shall not be reopened"
        " or set aside in any later proceeding in any court.",
    ),
    (
        "a-conclusive-expungement-order",
        "court-jurisdiction",
        "absent",
        "(a) An order of expungement is conclusive. It shall not be set aside in any later proceeding in "
        "any court except for fraud.",
    ),
    (
        "a-dismissal-of-a-postconviction-petition-not-appealable",
        "court-jurisdiction",
        "contrary",
        "(1) The court may enter a judgment denying a meritless petition for post-conviction relief. (3) "
        "A judgment dismissing a meritless petition is not appealable.",
    ),
    (
        "an-order-transferring-custody-not-appealable",
        "court-jurisdiction",
        "absent",
        "(c) In a proceeding for post-conviction relief, an order to transfer custody of the petitioner "
        "to another county is not appealable.",
    ),
    (
        "no-appeal-from-a-new-trial-denial-without-leave",
        "court-jurisdiction",
        "contrary",
        "No appeal may be taken from a judgment denying a petition for a new trial unless, within ten "
        "days after the judgment is rendered, the judge who heard the case certifies that a question of "
        "law is involved.",
    ),
    (
        "jurisdiction-kept-for-the-restriction-petition-alone",
        "court-jurisdiction",
        "absent",
        "(2) Where a conviction was vacated and the charge was not retried, the individual may petition "
        "the court for post-conviction relief in the form of an order restricting access to the record. "
        "Such court shall maintain jurisdiction over the case for this limited purpose and duration.",
    ),
    (
        "the-states-time-to-answer-a-claim",
        "vacatur-for-cause",
        "absent",
        "When an applicant for post-conviction relief asserts a claim of ineffective assistance of "
        "counsel, the state shall have ninety days after the docketing of the application to respond by "
        "answer or by motion.",
    ),
    (
        "a-limited-access-terminal-is-no-relief",
        "record-access",
        "absent",
        "(a) Criminal history record information shall not be disseminated to anyone outside the eligible"
        " agencies. Any agency assigned a limited access terminal shall not obtain criminal history "
        "record information.",
    ),
    (
        "records-open-to-the-person-through-agency-rules",
        "record-access",
        "partial",
        "(1) The records compiled under the set-aside statute are confidential and exempt from public "
        "inspection except as provided in rules adopted by the Department of State Police to govern "
        "access to criminal offender information, including access by an individual for review or "
        "challenge of the individual's own records.",
    ),
    (
        "a-page-that-asks-its-reader-if-they-qualify",
        "public-education",
        "partial",
        "Are you qualified to file for an expungement? A charge that was dismissed may be expunged, and "
        "you must file a petition with the court to receive it.",
    ),
    (
        "a-summons-that-speaks-to-its-reader",
        "public-education",
        "absent",
        "You have been charged with the offense listed below. You must appear in court on the date shown "
        "or a warrant may issue.",
    ),
    (
        "a-section-that-does-not-authorize-disclosure-to-the-person",
        "record-access",
        "absent",
        "4. This section does not authorize the Central Repository to disclose to the person the contents"
        " of the sealed record.",
    ),
    (
        "a-researchers-conditions-naming-the-person",
        "record-access",
        "absent",
        "(1) The state court administrator may permit a researcher to examine records sealed under this "
        "part if: (a) the researcher signs an agreement to keep the records confidential; and (b) no "
        "report identifies any person named in a sealed record.",
    ),
    (
        "sealed-file-open-only-to-the-petitioners-attorney",
        "record-access",
        "partial",
        "(b) The sealed file may be examined only by the attorney who represents the petitioner, upon "
        "showing the clerk a written designation signed by the petitioner. The attorney shall receive no "
        "copies.",
    ),
    (
        "a-copy-in-the-clerks-discretion",
        "record-access",
        "partial",
        "(d) The clerk of court may, in the clerk's discretion and without an order of the court, provide"
        " the individual whose record has been sealed with a copy of the sealed record.",
    ),
    (
        "a-copy-as-of-right-without-an-order",
        "record-access",
        "present",
        "(d) The clerk of court shall, without an order of the court, provide the individual whose record"
        " has been sealed with a copy of the sealed record.",
    ),
    (
        "no-duty-to-send-a-vacated-record-to-federal-agencies",
        "federal-records",
        "absent",
        "(2) Nothing in this chapter requires the state patrol to transmit a record of a vacated "
        "conviction to any federal agency.",
    ),
    (
        "a-saving-that-keeps-sealed-records-flowing-to-federal-agencies",
        "federal-records",
        "contrary",
        "(2) Nothing in this chapter prohibits the state patrol from transmitting a record of a sealed "
        "conviction to any federal agency.",
    ),
    (
        "a-bar-beside-a-saving-for-lawful-presence",
        "federal-records",
        "partial",
        "(b) No agency shall disclose a sealed record to federal immigration authorities. (c) Nothing in "
        "this Act bars a state or local agency from exchanging with federal immigration authorities "
        "information about whether a particular individual is a citizen of the United States or is "
        "lawfully present in it.",
    ),
    (
        "a-complete-copy-whose-request-need-not-be-approved-by-a-court",
        "record-access",
        "present",
        "Subd. 2. The individual who is the subject of a sealed record may, by written request to the "
        "agency that holds it, obtain a complete copy. The request need not be approved by a court.",
    ),
    (
        "a-bar-that-applies-to-the-person-named-in-the-record",
        "record-access",
        "contrary",
        "a. Expunged records shall not be available to any person, save for the courts and criminal "
        "justice agencies listed in subsection b. The bar in this subsection applies to the person named "
        "in the expunged record as it applies to anyone else.",
    ),
    (
        "a-bar-that-does-not-apply-to-the-person-named-in-the-record",
        "record-access",
        "absent",
        "a. Every agency shall keep expunged records in a separate file. The fee in this subsection does "
        "not apply to the person named in the expunged record.",
    ),
    (
        "a-bar-on-setting-aside-whose-one-exception-is-jurisdiction",
        "vacatur-for-cause",
        "absent",
        "(a) A judgment of conviction entered on a plea under a written plea agreement is conclusive. It "
        "shall not be reopened or set aside in any later proceeding in any court, whether by motion or "
        "writ, except on a showing that the court that entered the judgment lacked jurisdiction over the "
        "offense.",
    ),
    (
        "grounds-in-a-definition-of-a-qualifying-defect",
        "vacatur-for-cause",
        "present",
        '(1) As used in this section, "qualifying defect" means any of the following: (a) the '
        "petitioner's lawyer failed to give the advice a competent lawyer would have given about the "
        "plea, including advice that a conviction would carry a risk of deportation; or (b) the "
        "petitioner was denied counsel at a critical stage without a valid waiver. (3) If the court finds"
        " that the petitioner has proved a qualifying defect, it shall enter a judgment setting aside the"
        " conviction.",
    ),
    (
        "relief-when-the-required-warning-was-omitted",
        "vacatur-for-cause",
        "present",
        "3. A defendant who shows that the statement required by subsection 1 was omitted, and that the "
        "conviction may bring a consequence named in that subsection, is entitled to relief. On such a "
        "showing, the court shall set the judgment aside and allow the defendant to withdraw the plea.",
    ),
    (
        "a-good-behaviour-set-aside-that-disclaims-correcting-error",
        "vacatur-for-cause",
        "absent",
        "(a) A person convicted in the municipal court may apply to have the conviction set aside once "
        "two years have passed from the date the sentence was completed. (e) Nothing in this section "
        "gives the municipal court power to review the lawfulness of a judgment or to correct any error "
        "of law.",
    ),
    (
        "probation-jurisdiction-that-ends-on-discharge",
        "court-jurisdiction",
        "absent",
        "(1) The court that places a defendant on probation retains jurisdiction over the defendant for "
        "the whole period of probation. (3) The court's retained jurisdiction under subsection (1) ends "
        "on the date of discharge.",
    ),
    (
        "a-court-in-another-county-lacks-jurisdiction-to-seal",
        "court-jurisdiction",
        "absent",
        "2. A district court in any other county lacks jurisdiction to grant a petition under this "
        "section, and an order entered by such a court is void.",
    ),
    (
        "a-later-petition-for-the-relief-after-a-denial",
        "court-jurisdiction",
        "absent",
        "(a) The denial of a petition for discretionary expungement does not preclude the petitioner from"
        " filing a new petition after one year or from applying to the Board of Pardons. (b) The Superior"
        " Court retains jurisdiction to hear a later petition under this subchapter notwithstanding the "
        "denial of an earlier one.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
