"""`billkit check` on shapes that the forty-second corpus round's tuning files and three blind probe reviews
(tests/probes/round44) turned up, each written here in general form: a ruling undone on the prosecution's
appeal, and a claim for money that a vacatur makes possible, grant no vacatur; a saving that names a remedy
only as the condition of its exception keeps no later challenge open; a record's relief that closes the
conviction to later challenge in words no rule read ("shall not afterward be opened", "shall not thereafter
bring any motion", "does not lie", "unavailable to any person who has been discharged", "deemed abandoned",
"loses all power to vacate", claims "extinguished"); and a court's power kept in such words ("does not lapse",
"shall not refuse to hear", "retains authority, after annulment, to entertain"); a licensing board told not to
weigh a vacated conviction, a pardon, a claim against the state, and a claim sent to another rule's petition,
are neither. For own-record access (a third review): "no other person may inspect" after a list that leaves
the person out; "the subject or the subject's attorney"; a defined requester that takes in the person; and, no
bar on the person, a bar on release to a federal requester, grand jury transcripts and an informant's file; a
view the person may not copy, and a lawyer's route beside a bar on every other person, are partial. Each shape
has a neighbour that must still read as it did. Every text here is written for these tests (no source)."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "a-dismissal-reversed-on-the-states-appeal",
        "vacatur-for-cause",
        "absent",
        "(c) The State has an absolute right of appeal from an order suppressing evidence, and if the "
        "appellate court reverses the dismissal, the defendant may again be brought to trial.",
    ),
    (
        "the-defendants-own-motion-for-a-constitutional-violation",
        "vacatur-for-cause",
        "present",
        "(c) On the defendant's motion, the court shall vacate the conviction if evidence was obtained in "
        "violation of the defendant's constitutional rights and its use prejudiced the defendant.",
    ),
    (
        "a-compensation-claimant-shows-a-past-vacatur",
        "vacatur-for-cause",
        "absent",
        "Sec. 2. To bring an actionable claim under this chapter, the claimant shall prove by documents that "
        "the conviction was set aside on a ground other than ineffective assistance of counsel.",
    ),
    (
        "a-saving-whose-remedy-is-only-the-condition-of-its-exception",
        "court-jurisdiction",
        "absent",
        "Sec. 5. The sealing of a record under this act shall not affect the rights of the person unless the "
        "person, on appeal, is awarded a new trial.",
    ),
    (
        "a-saving-that-keeps-the-motion-itself",
        "court-jurisdiction",
        "partial",
        "Sec. 5. The sealing of a record under this act shall not affect the person's right to file a motion "
        "to vacate the conviction, unless the motion was already decided.",
    ),
    (
        "a-cleared-judgment-never-opened-again",
        "court-jurisdiction",
        "contrary",
        "Sec. 3. (a) The court may set aside the conviction of a person who completes probation.\n(b) A "
        "conviction set aside under this section shall not afterward be reopened, and no further review of "
        "it shall be had in any court.",
    ),
    (
        "a-judgment-on-appeal-not-reopened-in-a-law-with-no-clearing",
        "court-jurisdiction",
        "absent",
        "Sec. 3. When the appellate court has issued its mandate, the judgment shall not afterward be "
        "reopened by the trial court except as the mandate directs.",
    ),
    (
        "the-person-barred-from-attacking-the-expunged-conviction",
        "court-jurisdiction",
        "contrary",
        "Sec. 6. A person whose record is expunged under this chapter shall not thereafter file any motion "
        "or petition in any court to vacate or set aside the expunged conviction.",
    ),
    (
        "a-writ-that-does-not-lie-after-expungement",
        "court-jurisdiction",
        "contrary",
        "Sec. 2. The writ of habeas corpus does not lie:\n"
        "(1) To relitigate a ground decided on appeal; or\n"
        "(2) After the record of the conviction has been expunged or sealed.",
    ),
    (
        "relief-unavailable-to-one-discharged",
        "court-jurisdiction",
        "contrary",
        "(c) The court may vacate a conviction obtained in violation of the constitution. Relief under this "
        "section is unavailable to any person who has been discharged from the sentence.",
    ),
    (
        "a-pending-petition-deemed-abandoned-on-sealing",
        "court-jurisdiction",
        "contrary",
        "Rule 9. If the conviction a pending petition challenges is sealed, the petition shall be deemed "
        "abandoned and dismissed.",
    ),
    (
        "a-court-that-loses-power-to-vacate-the-annulled-judgment",
        "court-jurisdiction",
        "contrary",
        "Sec. 8. Sixty days after an order annulling a conviction, the court loses all power to vacate the "
        "annulled judgment.",
    ),
    (
        "claims-of-an-unlawful-plea-extinguished-by-expunction",
        "vacatur-for-cause",
        "contrary",
        "Sec. 4. On entry of an order of expunction, every claim of the petitioner that the plea was "
        "unlawful for want of counsel or of advice is extinguished.",
    ),
    (
        "the-courts-authority-does-not-lapse-on-expungement",
        "court-jurisdiction",
        "present",
        "Sec. 10. The authority of the court over a criminal case does not lapse when the record of the case "
        "is expunged, and the court may hear a motion to vacate the conviction at any time.",
    ),
    (
        "a-court-may-not-refuse-a-claim-because-of-the-sealing",
        "court-jurisdiction",
        "present",
        "Sec. 11. A court shall not refuse to hear or decide a petition for post-conviction relief on the "
        "ground that the record of the conviction has been sealed.",
    ),
    (
        "authority-retained-after-annulment",
        "court-jurisdiction",
        "present",
        "Sec. 12. The court retains authority, after annulment, to entertain a petition asserting that the "
        "conviction was obtained in violation of law.",
    ),
    (
        "a-saving-whose-list-runs-long-before-divest",
        "court-jurisdiction",
        "present",
        "Sec. 13. Nothing in this act shall be construed to limit the authority of any court to vacate, on "
        "any ground available under law, a conviction that has been sealed under section 4, or to divest "
        "any court of jurisdiction over a motion challenging such a conviction.",
    ),
    (
        "a-licensing-body-told-not-to-weigh-a-vacated-conviction",
        "court-jurisdiction",
        "absent",
        "Sec. 1. A licensing board shall not consider a conviction that a court has vacated as unlawfully "
        "obtained.",
    ),
    (
        "a-pardon-granted-for-a-constitutional-violation",
        "vacatur-for-cause",
        "absent",
        "Sec. 5. The board may grant a pardon to a person who shows that the conviction was obtained in "
        "violation of the person's constitutional rights.",
    ),
    (
        "a-claim-against-the-state-after-a-vacatur",
        "vacatur-for-cause",
        "absent",
        "Sec. 2. A person may bring a claim against the state under this chapter only if the conviction was "
        "vacated on a finding that it was obtained in violation of the person's constitutional rights.",
    ),
    (
        "a-claim-sent-to-another-rules-petition",
        "vacatur-for-cause",
        "absent",
        "(c) A claim that a conviction was obtained in violation of due process shall be raised by a "
        "petition for post-conviction relief under Rule 61, and this rule grants no relief of its own.",
    ),
    (
        "a-claim-raised-by-a-petition-under-this-chapter-is-the-grant",
        "vacatur-for-cause",
        "present",
        "Sec. 3. A claim that a conviction was obtained in violation of the constitution shall be raised by "
        "a petition under this chapter, and the court shall vacate the conviction if the claim is proved.",
    ),
    (
        "no-other-person-after-a-list-that-leaves-the-person-out",
        "record-access",
        "contrary",
        "(b) The confidential file is available only to:\n(1) A prosecutor, for a prosecution; and\n"
        "(2) A court, for sentencing.\n(c) No other person or entity may inspect or receive any part of the "
        "confidential file.",
    ),
    (
        "the-subject-or-the-subjects-attorney-may-obtain-a-copy",
        "record-access",
        "present",
        "B. The subject or the subject's attorney may obtain from the clerk a certified copy of the sealed "
        "case file, and no court order is required.",
    ),
    (
        "a-bar-on-release-to-a-federal-requester-is-no-bar-on-the-person",
        "record-access",
        "absent",
        "D. The clerk shall not release a sealed case file in response to a request from any federal agency, "
        "unless the request is accompanied by a warrant signed by a judge.",
    ),
    (
        "a-grant-to-a-defined-requester-that-takes-in-the-person",
        "record-access",
        "present",
        "(a) The repository shall furnish to an eligible requester a copy of any sealed record.\n(b) As "
        'used in this section, "eligible requester" means the individual to whom the record pertains or '
        "that individual's attorney.",
    ),
    (
        "grand-jury-transcripts-only-by-court-order",
        "record-access",
        "absent",
        "(2) A transcript of grand jury testimony may be disclosed only upon order of the court.",
    ),
    (
        "an-informants-own-file",
        "record-access",
        "absent",
        "(2) An informant file is confidential and shall not be disclosed except (a) to the prosecutor or "
        "(b) to the informant, who may review the informant's own agreement.",
    ),
    (
        "a-view-of-the-record-the-person-may-not-copy",
        "record-access",
        "partial",
        "1. A person whose record has been closed may view it at the repository without a court order.\n"
        "2. The person shall not photograph, transcribe or copy any part of the record.",
    ),
    (
        "a-lawyers-route-beside-a-bar-on-every-other-person",
        "record-access",
        "partial",
        "(B) A member of the State Bar who represents the defendant may review the sealed file and obtain a "
        "copy. No order of the court is required for review under this subsection.\n"
        "(C) A sealed file may not be reviewed by any person other than a judge or a prosecutor.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
