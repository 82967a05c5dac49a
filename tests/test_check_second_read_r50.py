"""`billkit check` on a second, critical read of the forty-sixth round's rules: a vacatur granted, not only
named; no extension of the time to appeal a conviction; an appellate court's hold ended by remittitur;
standing access for immigration agents to a jail's records; information on relief given to the person when
the case ends; and the likeness reader's skipping of duty disclaimers and of a court's power outside
criminal law. A reviewer wrote 54 texts in the reviewer's own words and decided each status before running
them; nine read worse than before at first (access only on a judge's warrant, or by a list that leaves
immigration agencies out, read as standing access; the State's appeal; notices to agencies, of a hearing,
by service of a petition or on a ballot envelope read as notice to the person; a disclaimer of any duty to
withhold records from immigration agents read as no provision). All were mended in general form, and a
court that 'loses plenary power' over the conviction after expunction now reads contrary. The 45 texts
read right are kept here, with one mended after (a court that 'retains authority to vacate' a conviction
on finding a defect) and its neighbour. Of the nine left out, none reads a protection as a bar except two:
a 'Nothing in this section shall be construed to allow' disclaimer that in fact refuses access, and a
disclaimer joined to a sharing bar in one sentence, both read contrary where partial is right; a no-
extension rule whose exit is in the next sentence is read contrary by the likeness reader; access only on
a warrant, or for state agencies only, reads absent where partial is arguable; an oral notice of sealing
at dismissal and a juvenile court's ended authority are missed; an immigration warning with the order
reads present where the reviewer said partial.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "v5-retains-authority-defect",
        "vacatur-for-cause",
        "present",
        "The court that entered a judgment of conviction retains authority to vacate it upon finding a "
        "substantive or procedural defect in the proceedings, whether or not the record has been sealed.",
    ),
    (
        "retains-authority-over-the-relief-order",
        "vacatur-for-cause",
        "absent",
        "The court retains authority to vacate the order of expungement upon finding that it was obtained by "
        "fraud.",
    ),
    (
        "v1-trafficked-while-victim",
        "vacatur-for-cause",
        "present",
        "A person convicted of loitering for prostitution may petition the district court to vacate the "
        "conviction on the ground that the offense was committed while the person was a victim of human "
        "trafficking. If the court finds the ground proved, it shall vacate the conviction.",
    ),
    (
        "v2-ineffective-counsel",
        "vacatur-for-cause",
        "present",
        "Upon a showing that the plea was entered without the effective assistance of counsel, the court "
        "shall set aside the judgment of conviction and permit the defendant to withdraw the plea.",
    ),
    (
        "v3-asking-to-be-vacated",
        "vacatur-for-cause",
        "present",
        "Any person convicted of an offense may file with the sentencing court a petition asking that the "
        "conviction be vacated because the proceedings were legally invalid due to a prejudicial error.",
    ),
    (
        "v4-vacate-and-seal-trafficked",
        "vacatur-for-cause",
        "present",
        "A person may petition the superior court to vacate and seal a conviction for any offense that was "
        "a direct result of the person having been trafficked.",
    ),
    (
        "v6-clerk-reports",
        "vacatur-for-cause",
        "absent",
        "The clerk shall report to the department, each month, every conviction that a court vacated for "
        "legal error during the preceding month.",
    ),
    (
        "v7-compensation-after-setaside",
        "vacatur-for-cause",
        "absent",
        "A person whose conviction was set aside because of a constitutional defect may apply to the claims "
        "board for compensation for the time served.",
    ),
    (
        "v8-annual-count",
        "vacatur-for-cause",
        "absent",
        "The annual report of the administrative office shall state the number of petitions filed to vacate "
        "convictions of trafficking victims and the number granted.",
    ),
    (
        "v9-repository-notes",
        "vacatur-for-cause",
        "absent",
        "When a conviction is vacated on the ground of legal invalidity, the central repository shall note "
        "the vacatur in the person's record within thirty days.",
    ),
    (
        "v10-diversion-trafficking",
        "vacatur-for-cause",
        "absent",
        "A person charged with a crime directly resulting from human trafficking is eligible for the "
        "diversion program described in section 5.",
    ),
    (
        "v11-victim-vacate-restitution",
        "vacatur-for-cause",
        "absent",
        "A victim of the offense may petition the court to vacate a judgment of restitution that was "
        "entered without notice to the victim.",
    ),
    (
        "v12-nothing-authorizes",
        "vacatur-for-cause",
        "absent",
        "Nothing in this act authorizes a person to petition the court to vacate a conviction that was "
        "entered after a trial.",
    ),
    (
        "v13-licensing-not-consider",
        "vacatur-for-cause",
        "absent",
        "In deciding an application, the licensing board may consider the conduct underlying a conviction "
        "even if the conviction was later vacated while the applicant was a victim of trafficking.",
    ),
    (
        "c1-good-cause-extension",
        "court-jurisdiction",
        "absent",
        "In a criminal case the notice of appeal shall be filed within thirty days after entry of the "
        "judgment of conviction. Upon a showing of good cause, the court may extend the time for filing the "
        "notice of appeal by up to sixty days.",
    ),
    (
        "c2-civil-only",
        "court-jurisdiction",
        "absent",
        "These rules govern appeals in civil and criminal cases. In a civil case, no extension of time "
        "within which to file the notice of appeal shall be granted.",
    ),
    (
        "c3-state-appeals",
        "court-jurisdiction",
        "absent",
        "When the State appeals from an order dismissing a criminal complaint, no extension of time within "
        "which to file the appeal shall be granted.",
    ),
    (
        "c4-excusable-neglect",
        "court-jurisdiction",
        "absent",
        "A defendant convicted of a felony shall file a notice of appeal within thirty days after "
        "sentencing. The trial court may not extend the time to file the notice of appeal except upon a "
        "showing of excusable neglect, and then by no more than thirty days.",
    ),
    (
        "c6-true-no-extension",
        "court-jurisdiction",
        "contrary",
        "An appeal from a judgment of conviction must be taken within fourteen days after sentence is "
        "imposed. The appellate court may not extend the time for taking an appeal.",
    ),
    (
        "c7-own-motion-good-cause",
        "court-jurisdiction",
        "absent",
        "In a criminal case, the court may not, on its own motion, extend the time for filing a notice of "
        "appeal, but it may do so on a motion by the defendant showing good cause.",
    ),
    (
        "c8-mandate-ends-appeal",
        "court-jurisdiction",
        "absent",
        "Once the mandate has issued to the trial court, the appellate court has no further jurisdiction of "
        "the appeal in a criminal case.",
    ),
    (
        "c9-expunge-ends-jurisdiction-of-appeal",
        "court-jurisdiction",
        "contrary",
        "An order of expungement ends the court's jurisdiction of the appeal and bars any later motion to "
        "vacate the expunged conviction.",
    ),
    (
        "c10-remanded-lower-court-bar",
        "court-jurisdiction",
        "contrary",
        "After the mandate affirming an order of sealing issues to the lower court, no court shall have "
        "jurisdiction to vacate the sealed conviction.",
    ),
    (
        "f1-access-refused",
        "federal-records",
        "partial",
        "No county jail may give Immigration and Customs Enforcement access to its inmate records or "
        "booking database except as required by a judicial warrant.",
    ),
    (
        "f3-state-agencies-only",
        "federal-records",
        "absent",
        "The department's criminal history database may be accessed by state and local law enforcement "
        "agencies for criminal justice purposes.",
    ),
    (
        "f5-sanctuary",
        "federal-records",
        "partial",
        "No agency of this state shall provide federal immigration authorities with access to any database "
        "for purposes of immigration enforcement, and no agency shall allow federal immigration agents "
        "access to persons in its custody for interviews.",
    ),
    (
        "f6-true-direct-access",
        "federal-records",
        "contrary",
        "The sheriff shall grant Immigration and Customs Enforcement direct access to the jail's booking "
        "records and inmate information.",
    ),
    (
        "f7-true-this-includes",
        "federal-records",
        "contrary",
        "The jail's records management system can be accessed by local, state and federal law enforcement "
        "agencies. This includes U.S. Immigration and Customs Enforcement.",
    ),
    (
        "f8-attorney-consul",
        "federal-records",
        "absent",
        "The sheriff shall provide access to inmate information to the inmate's attorney and to the "
        "consular officials of the inmate's country.",
    ),
    (
        "f10-as-required-federal-law",
        "federal-records",
        "absent",
        "The jail shall allow federal agencies access to inmate records only as required by federal law.",
    ),
    (
        "f11-person-own-and-bar",
        "federal-records",
        "partial",
        "A person whose record has been sealed shall be given access to the sealed records without a court "
        "order, but the records shall not be made available to immigration authorities.",
    ),
    (
        "e1-victim-hearing-notice",
        "public-education",
        "absent",
        "The prosecuting attorney shall give the victim written notice of the expungement hearing at least "
        "ten days before it is held.",
    ),
    (
        "e2-agency-order-notice",
        "public-education",
        "absent",
        "The clerk shall send notice of the order of expungement in writing to every agency that holds a "
        "record of the arrest.",
    ),
    (
        "e3-hearing-notice",
        "public-education",
        "absent",
        "The court shall mail the petitioner notice in writing of the date set for the hearing on the "
        "sealing petition.",
    ),
    (
        "e4-ballot-envelope",
        "public-education",
        "absent",
        "At the time the absentee ballot is issued, the clerk shall give the voter written instructions and "
        "information on the sealing of the return envelope.",
    ),
    (
        "e5-serve-prosecutor",
        "public-education",
        "absent",
        "The petitioner shall serve notice of the petition for expungement on the district attorney in "
        "writing within five days of filing.",
    ),
    (
        "e7-public-outreach",
        "public-education",
        "present",
        "The judicial council, in partnership with community organizations, shall conduct public outreach "
        "in the languages spoken in the state explaining that an expungement may not remove the immigration "
        "consequences of a conviction.",
    ),
    (
        "e8-process-notice-at-sentence",
        "public-education",
        "partial",
        "At the time a person is sentenced, the department shall give the person a written notice "
        "explaining the process for obtaining an expungement.",
    ),
    (
        "e10-release-info",
        "public-education",
        "partial",
        "Upon release from incarceration, the department shall provide each person with written information "
        "regarding the set-aside of convictions and how to apply.",
    ),
    (
        "l1-nothing-prohibits-sharing",
        "federal-records",
        "contrary",
        "Nothing in this section prohibits a state or local agency from sharing information regarding a "
        "person's criminal history with U.S. Immigration and Customs Enforcement.",
    ),
    (
        "l2-nothing-requires-refusal",
        "federal-records",
        "contrary",
        "Nothing in this act requires an agency to refuse a request from federal immigration authorities "
        "for the criminal history of a person whose record has been expunged.",
    ),
    (
        "l3-nothing-requires-withhold",
        "federal-records",
        "contrary",
        "Nothing in this chapter requires a law enforcement agency to withhold records of an expunged "
        "arrest from the Department of Homeland Security.",
    ),
    (
        "l4-nothing-requires-limit",
        "federal-records",
        "contrary",
        "Nothing in this chapter requires a county to limit its cooperation with federal immigration "
        "authorities, including the sharing of records.",
    ),
    (
        "l6-nothing-requires-court-order",
        "record-access",
        "absent",
        "Nothing in these rules requires the clerk to obtain a court order before releasing a sealed record "
        "to the person named in it.",
    ),
    (
        "l7-plea-record-no-criminal-word",
        "court-jurisdiction",
        "contrary",
        "After a plea record is sealed under this chapter, no court may hear a motion to withdraw the plea "
        "or to set aside the judgment.",
    ),
    (
        "l8-quiet-title-jurisdictional",
        "court-jurisdiction",
        "absent",
        "In an action to quiet title, the time for filing a notice of appeal is jurisdictional and may not "
        "be enlarged.",
    ),
    (
        "l9-plenary-power-expunction",
        "court-jurisdiction",
        "contrary",
        "After an order of expunction is entered, the trial court loses plenary power over the judgment of "
        "conviction and may not reopen it.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_second_read_r50(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
