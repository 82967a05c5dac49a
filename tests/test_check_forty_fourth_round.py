"""`billkit check` on shapes that two blind probe reviews of the forty-fourth round (tests/probes/round48 `y`
and `z`) turned up, each written here in general form, each with a neighbour that must still read as it did.
Every text here is written for these tests (no source).

A vacatur's defect must be a ground of the relief: not a court's present want of power to act on a motion
("the court is without jurisdiction to grant a new trial"), not a defect the law says need not be shown ("need
not allege, and the court shall not inquire into, any defect"), not a defect in a bail bond's forfeiture or a
will's probate, not the ground of a motion another law gives that the section saves ("does not take away the
court's jurisdiction to hear a later motion to vacate on constitutional grounds"), not "not a finding that the
conviction was unlawfully obtained". A bare deadline for a petition that names its grounds, a bill's title,
and a section that "does not create a remedy" and leaves withdrawal of the plea to other rules grant nothing.

A court's power shut out for good: a court told not to take up a later challenge to the conviction "of any
kind", "in any other form", or once the sentence is completed ("shall decline to reconsider, reopen or set
aside a judgment of conviction once the sentence ... is completed"; not one told it may not "decline to hear"
such a motion, and not a bar with an exception); a case its sealing closed that "shall accept no further
motion"; a plea or judgment that "may not be withdrawn ... vacated ... in any proceeding in any court" (not a
conviction kept from a set-aside "under this section"); a court "divested of jurisdiction" when the expunction
becomes final (not while an appeal is pending); no appeal from a judgment on a plea named first; habeas corpus
that "shall not lie on behalf of" one no longer held. Kept: an expungement that "is no impediment to" a later
petition, and a court that "shall receive and decide" it "as though no expungement order had been issued". A
court's want of jurisdiction over a civil suit for carrying out a sealing is no bar on the conviction's
challenge. From the round's tuning files: a court that "may not extend the time for making ... a motion to
vacate judgment" (Miss. R. Crim. P. 1.3(b)) has lost its power over a late challenge (not one that may not
extend probation); an act that "repeals the statutory writ of error coram nobis ... and abolishes the common
law writs" (Miss. Code Ann. § 99-39-3) shuts the old doors (not one that says nothing in it abolishes
them)."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "a-new-trial-for-new-evidence-the-court-cannot-grant-late",
        "vacatur-for-cause",
        "absent",
        "(a) After a verdict of guilty the court may set aside the verdict and order a new trial if the "
        "weight of the evidence is against it. (b) Once ten days have passed, the court is without "
        "jurisdiction to grant a new trial on that ground.",
    ),
    (
        "a-court-that-lacked-jurisdiction-over-the-offense",
        "vacatur-for-cause",
        "present",
        "(a) The court may set aside a judgment of conviction on the defendant's motion. (b) A motion under "
        "subsection (a) may be granted only if the court that entered the judgment lacked jurisdiction over "
        "the offense.",
    ),
    (
        "a-set-aside-that-needs-no-defect",
        "vacatur-for-cause",
        "absent",
        "(a) A person who has finished a sentence for a misdemeanor and has had no new conviction for three "
        "years may petition the court to set aside the conviction. (b) The petition need not allege, and "
        "the court shall not look into, any defect in the proceedings.",
    ),
    (
        "a-bail-forfeiture-set-aside-for-want-of-notice",
        "vacatur-for-cause",
        "absent",
        "(a) The court that declared a recognizance forfeited may set aside the judgment of forfeiture if "
        "the surety did not receive notice or the court lacked jurisdiction over the surety.",
    ),
    (
        "a-set-aside-beside-a-saved-motion-to-vacate",
        "vacatur-for-cause",
        "absent",
        "(a) A person who has completed probation may petition the court to set aside the conviction. (b) "
        "An order under this section does not take away the court's jurisdiction to hear a later motion to "
        "vacate the conviction on the ground that it was obtained in violation of the constitution.",
    ),
    (
        "a-deadline-for-a-petition-that-names-its-grounds",
        "vacatur-for-cause",
        "absent",
        "(a) An application for post-conviction relief alleging that the plea was involuntary or that "
        "counsel was ineffective shall be filed within one year after the judgment becomes final.",
    ),
    (
        "a-deadline-beside-a-grant",
        "vacatur-for-cause",
        "present",
        "(a) A motion alleging that the plea was involuntary shall be filed within two years after the "
        "judgment, and the court shall vacate the judgment if it finds the allegation true.",
    ),
    (
        "an-advisement-that-creates-no-remedy",
        "vacatur-for-cause",
        "absent",
        "(d) This rule does not create a remedy for a court's failure to give the advisement, and whether a "
        "plea may be withdrawn or a judgment vacated when the defendant was not advised continues to be "
        "governed by the rules of criminal procedure.",
    ),
    (
        "an-advisement-with-its-remedy",
        "vacatur-for-cause",
        "present",
        "(d) If the defendant was not advised as this rule requires, the court, on the defendant's motion, "
        "shall vacate the judgment and permit the defendant to withdraw the plea.",
    ),
    (
        "a-court-told-to-decline-once-the-sentence-is-completed",
        "court-jurisdiction",
        "contrary",
        "(b) The trial courts shall decline to reopen or set aside a judgment of conviction once the "
        "sentence imposed under it is completed, whether the request comes by motion or by petition.",
    ),
    (
        "a-court-told-not-to-decline-once-the-sentence-is-completed",
        "court-jurisdiction",
        "absent",
        "(b) No court shall decline to hear a motion to vacate a judgment of conviction once the sentence "
        "imposed under it is completed.",
    ),
    (
        "no-court-shall-take-up-a-request-of-any-kind",
        "court-jurisdiction",
        "contrary",
        "(a) No court of the territory shall take cognizance of a request of any kind that seeks to reopen "
        "or set aside a judgment whose record has been erased.",
    ),
    (
        "no-court-shall-take-up-a-request-except-a-motion-to-vacate",
        "court-jurisdiction",
        "absent",
        "(a) No court of the territory shall take cognizance of a request of any kind that seeks to reopen "
        "the judgment, except a motion to vacate it for legal error.",
    ),
    (
        "a-sealed-case-that-takes-no-further-motion",
        "court-jurisdiction",
        "contrary",
        "(1) When the court orders the record of a criminal case sealed, the case is closed. (2) The court "
        "shall accept no further motion, petition or pleading in a closed case.",
    ),
    (
        "a-judgment-that-may-not-be-undone-in-any-court",
        "court-jurisdiction",
        "contrary",
        "(b) Once the time for appeal has run, the plea may not be withdrawn, and the judgment may not be "
        "vacated or set aside, in any proceeding in any court of this state.",
    ),
    (
        "a-conviction-kept-from-a-set-aside-under-this-section",
        "court-jurisdiction",
        "absent",
        "(c) A conviction for driving while impaired may not be set aside in any proceeding under this "
        "section.",
    ),
    (
        "a-court-divested-when-the-expunction-becomes-final",
        "court-jurisdiction",
        "contrary",
        "(c) On the date an order of expunction becomes final, the court in which the case was tried is "
        "divested of jurisdiction over the case.",
    ),
    (
        "no-appeal-from-a-judgment-on-a-plea",
        "court-jurisdiction",
        "contrary",
        "When the defendant has entered a plea of guilty and judgment has been entered on it, no appeal "
        "shall lie from that judgment.",
    ),
    (
        "habeas-that-shall-not-lie-for-one-not-held",
        "court-jurisdiction",
        "contrary",
        "(a) The writ of habeas corpus shall not lie on behalf of a person who, when the petition is filed, "
        "is no longer confined under the sentence complained of.",
    ),
    (
        "an-expungement-that-is-no-impediment",
        "court-jurisdiction",
        "partial",
        "(1) An expungement order under this chapter is no impediment to a petition for postconviction "
        "relief, whenever it is filed.",
    ),
    (
        "a-court-that-shall-receive-and-decide-as-though-no-order",
        "court-jurisdiction",
        "present",
        "(2) The court shall receive and decide a petition for postconviction relief that concerns an "
        "expunged conviction as though no expungement order had been issued.",
    ),
    (
        "a-court-that-may-not-extend-the-time-for-a-motion-to-vacate",
        "court-jurisdiction",
        "contrary",
        "(b) For cause shown the court may enlarge any period these rules set, but the court may not extend "
        "the time for making a motion for a new trial or a motion to vacate the judgment.",
    ),
    (
        "a-court-that-may-not-extend-probation",
        "court-jurisdiction",
        "absent",
        "(b) The court may not extend the period of probation solely because fines or costs remain unpaid.",
    ),
    (
        "an-act-that-abolishes-the-old-writs",
        "court-jurisdiction",
        "contrary",
        "(1) This chapter repeals the statutory writ of error coram nobis and abolishes the common law "
        "writs of collateral relief, including error coram nobis and post-conviction habeas corpus.",
    ),
    (
        "an-act-that-does-not-abolish-the-old-writs",
        "court-jurisdiction",
        "absent",
        "(1) Nothing in this chapter abolishes the writ of error coram nobis or the common law writs of "
        "collateral relief.",
    ),
    (
        "no-jurisdiction-over-a-civil-suit",
        "court-jurisdiction",
        "absent",
        "(b) The district court shall have no jurisdiction over a civil action for damages arising from the "
        "sealing of a record, and shall dismiss any such action.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_forty_fourth_round_shapes(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
