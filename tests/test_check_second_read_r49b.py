"""`billkit check` on a second, shorter critical read of the forty-fifth round's last rules: a filing's time
made "jurisdictional", an amendment not "allowed by the court after the expiration of the time", privileged
criminal-justice information kept from all but the bodies named, and the harmless-error rule's narrowed
vetoes. A reviewer wrote 44 texts in the reviewer's own words; 18 read worse than before at first:
deadlines said not to be jurisdictional, or with an exit, or a civil appeal's, the prosecution's, a
sealing's, a set-aside's or a fee; an amendment allowed "where the interests of justice require it", or the
prosecutor's late response; privileged records the probationer, the participant or the offender may see, or
privileged only from evidence, or a juror's or a victim's name; a harmless-error rule on a missing
immigration warning excused as if it were juvenile law or the relief's own order. All are mended in general
form. The 32 texts read right are kept here; of the 12 left out, none reads a protection as a bar: records
the person may see read `absent` or `partial` where `present` is right; a time limit said to be no bar
reads `partial`; a harmless-error rule "under this article" reads as the standard of the law's own vacatur
(`present`, where the reviewer read `contrary`), as does one where the order "does not recite" the warning;
two vacaturs with a prejudice standard or the State's burden in a bar's words read `contrary`."""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "tj-civil-appeal",
        "court-jurisdiction",
        "absent",
        "Sec. 4. In a civil action, the timely filing of a notice of appeal is jurisdictional. "
        "This section does not apply to an appeal from a criminal conviction.",
    ),
    (
        "tj-none-of-deadlines",
        "court-jurisdiction",
        "absent",
        "Sec. 12. None of the deadlines in this article is jurisdictional, and a court may excuse "
        "a late petition for post-conviction relief in the interests of justice.",
    ),
    (
        "tj-state-appeal",
        "court-jurisdiction",
        "absent",
        "Sec. 3. When the court grants a defendant's motion for a new trial after a criminal "
        "conviction, the filing of the prosecution's notice of appeal within 15 days is "
        "jurisdictional.",
    ),
    (
        "tj-except-vacatur",
        "court-jurisdiction",
        "absent",
        "Sec. 6. The time limits in this chapter for a petition for post-conviction relief are "
        "jurisdictional, except that a court may at any time hear a motion to vacate a conviction "
        "that is legally invalid because of a prejudicial error.",
    ),
    (
        "tj-good-cause",
        "court-jurisdiction",
        "absent",
        "Sec. 2. The filing of a petition under this section within one year after a criminal "
        "judgment becomes final is jurisdictional, but the court may accept a late petition on a "
        "showing of good cause.",
    ),
    (
        "tj-nondisclosure-objection",
        "court-jurisdiction",
        "absent",
        "Sec. 411.5. A person convicted of a misdemeanor may petition the court for an order of "
        "nondisclosure two years after completing the sentence. The prosecuting attorney may "
        "object within 30 days after service of the petition. The time for filing an objection "
        "under this subsection is jurisdictional.",
    ),
    (
        "tj-set-aside-application",
        "court-jurisdiction",
        "absent",
        "Sec. 7. A person who has completed probation for a criminal offense may apply to the "
        "sentencing court to set aside the conviction. The time for filing an application under "
        "this section is jurisdictional.",
    ),
    (
        "tj-claim-processing",
        "court-jurisdiction",
        "absent",
        "Sec. 5. The one-year period for filing a motion to vacate a criminal conviction is a "
        "claim-processing rule and is not jurisdictional.",
    ),
    (
        "tj-true-criminal",
        "court-jurisdiction",
        "contrary",
        "Sec. 8. In a proceeding for post-conviction relief from a criminal conviction, the timely "
        "filing of the petition is jurisdictional, and no court may hear a petition filed after "
        "the period in subsection (a) has run.",
    ),
    (
        "tj-habeas-fee",
        "court-jurisdiction",
        "absent",
        "Sec. 10. For a petition for a writ of habeas corpus by a person under a criminal "
        "sentence, payment of the filing fee is jurisdictional unless the petitioner is indigent.",
    ),
    (
        "ta-interests-of-justice",
        "court-jurisdiction",
        "absent",
        "Sec. 4. No amendment of a petition for post-conviction relief shall be allowed by the "
        "court after the expiration of the time for filing, except where the interests of justice "
        "require it.",
    ),
    (
        "ta-state-response",
        "court-jurisdiction",
        "absent",
        "Sec. 6. In a proceeding on a petition to vacate a conviction, no response by the "
        "prosecuting attorney shall be accepted by the court after the expiration of the time set "
        "in the scheduling order.",
    ),
    (
        "ta-civil-amendment",
        "court-jurisdiction",
        "absent",
        "Rule 15. No amendment to a pleading in a civil action shall be allowed by the court after "
        "the expiration of the time for discovery. A motion for a new trial in a civil action must "
        "be filed within 28 days after the entry of judgment.",
    ),
    (
        "ta-sealing-objection",
        "court-jurisdiction",
        "absent",
        "Sec. 3. A person may petition to seal a conviction. No objection by the prosecuting "
        "attorney shall be entertained by the court after the expiration of the time for "
        "objection. The petition shall state whether any direct appeal is pending.",
    ),
    (
        "ta-true",
        "court-jurisdiction",
        "contrary",
        "Sec. 9. No amendment of a petition for post-conviction relief shall be allowed by the "
        "court after the expiration of the time periods provided in this section.",
    ),
    (
        "ta-may-allow",
        "court-jurisdiction",
        "absent",
        "Sec. 9. The court may allow an amendment of a petition for post-conviction relief after "
        "the expiration of the time for filing, for good cause shown.",
    ),
    (
        "rp-evidence-only",
        "record-access",
        "absent",
        "Sec. 8. A probation officer's case notes are privileged and shall not be disclosed in any "
        "civil proceeding or received in evidence against the probationer in any other case.",
    ),
    (
        "rp-evaluation-statements",
        "record-access",
        "absent",
        "Sec. 4. Statements made by a criminal defendant during a court-ordered substance abuse "
        "evaluation are privileged and may not be disclosed by the evaluator in any prosecution of "
        "the defendant.",
    ),
    (
        "rp-victim-address",
        "record-access",
        "absent",
        "Sec. 11. The residential address of a victim of a crime who participates in the address "
        "confidentiality program shall not be disclosed directly or indirectly to any person other "
        "than a law enforcement agency.",
    ),
    (
        "rp-juror",
        "record-access",
        "absent",
        "Sec. 6. In a criminal trial, the names and addresses of jurors shall not be disclosed "
        "directly or indirectly to any person except upon order of the court.",
    ),
    (
        "rp-true",
        "record-access",
        "contrary",
        "Sec. 1. All information obtained in the discharge of official duty by any probation or "
        "parole officer is privileged and shall not be disclosed directly or indirectly to any "
        "person other than the court, the board, and the department of corrections.",
    ),
    (
        "rp-grant-next-sentence",
        "record-access",
        "present",
        "Sec. 2. Probation files are privileged and shall not be released to any person other than "
        "the court and the prosecutor. A probationer may inspect and obtain a copy of his or her "
        "own probation file upon request, without a court order.",
    ),
    (
        "rp-victim-bar",
        "record-access",
        "absent",
        "Sec. 9. Letters submitted to the parole board in support of an inmate's release are "
        "privileged and shall not be disclosed to the victim or the victim's family.",
    ),
    (
        "he-juvenile",
        "vacatur-for-cause",
        "contrary",
        "Sec. 5. No conviction or juvenile adjudication shall be set aside for the court's failure "
        "to give the immigration warning unless the defendant proves that the failure was "
        "prejudicial.",
    ),
    (
        "he-infraction",
        "vacatur-for-cause",
        "contrary",
        "Sec. 6. No conviction of a misdemeanor or infraction shall be reversed for an error in "
        "the advisement of immigration consequences unless the error prejudiced the defendant's "
        "substantial rights.",
    ),
    (
        "he-deemed",
        "vacatur-for-cause",
        "contrary",
        "Sec. 8. No plea shall be set aside for the court's failure to give the immigration "
        "advisement, and a defendant shall not be deemed prejudiced by that failure unless the "
        "defendant shows that he would not have pleaded guilty.",
    ),
    (
        "he-state-shows",
        "vacatur-for-cause",
        "contrary",
        "Sec. 4. No plea of guilty shall be vacated for the court's failure to give the "
        "immigration advisement unless the defendant shows prejudice, and where the state shows "
        "the defendant was advised by counsel the failure is harmless.",
    ),
    (
        "he-other-conviction",
        "vacatur-for-cause",
        "contrary",
        "Sec. 3. The court's failure to give the immigration advisement required by Section 2 "
        "shall not invalidate the plea, the judgment, or any other conviction of the defendant.",
    ),
    (
        "he-civil-damages",
        "vacatur-for-cause",
        "contrary",
        "Sec. 9. No judgment of conviction shall be set aside for failure to advise the defendant "
        "of the immigration consequences of the plea unless the defendant shows prejudice, and "
        "this section creates no civil liability for damages.",
    ),
    (
        "gr-own-standard",
        "vacatur-for-cause",
        "present",
        "Sec. 2. A court shall vacate a conviction on the motion of a person who shows that the "
        "plea was legally invalid because the court failed to advise the person of its immigration "
        "consequences. No conviction shall be vacated under this section unless the moving party "
        "shows that the error was prejudicial.",
    ),
    (
        "gr-sealing-order",
        "vacatur-for-cause",
        "absent",
        "Sec. 6. An order sealing the record of a conviction shall not be invalidated by any error "
        "in the notice to the prosecutor unless the prosecutor shows prejudice.",
    ),
    (
        "fu-plain-harmless-advisement",
        "vacatur-for-cause",
        "contrary",
        "Sec. 4. No plea of guilty shall be vacated for the court's failure to advise the "
        "defendant of possible immigration consequences unless the defendant shows that the "
        "failure prejudiced the defendant.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_second_read_r49b(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
