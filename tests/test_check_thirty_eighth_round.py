"""`billkit check` on shapes that two blind probe reviews of round 39 (`tests/probes/round39`) turned up: a
vacatur refused "not, of itself," as a ground; the omitted "advice" or "statement" as the missing warning;
a grant whose ground is counsel's wrong or missing advice, or no counsel at all, stated in another
subsection; a court barred from entertaining a motion to vacate, which grants no vacatur; a challenge that
must come before a petition, and a section that "does not provide a remedy", which grant none; what an
education program must explain about vacatur, which is no vacatur; presumptions for the State worded as
"presumed to have been advised of its contents" or as "prima facie proof" of a knowing plea; a presumption
that the statement "was never given"; and a clause struck in [BRACKETED CAPITALS], as Alaska prints what a
bill deletes; and, from the thirty-seventh corpus round's tuning files, no appeal from a conviction on a
plea of guilty, a failure to raise an issue on appeal that bars it from every post-conviction proceeding,
every case's disposition sent on to the FBI in a law that seals records; and, from a blind probe review of
round 40, a court's power kept after relief in words no rule read ("may at any time hear", "does not
lessen the authority", "do not strip ... authority to reopen", an exception that reopens the case to hear
an attack), or the challenge kept open without the court's power ("shall not be asserted as a defense to
the motion", partial), or ended (the sealing "divests" the court, a motion "denied by operation of this
rule", "no appeal lies" from a plea), and findings of a legislative body named in more words ("The Tribal
Council finds"). Every text here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # a refusal with "of itself" set off by commas
    (
        "not-of-itself-a-ground-for-vacating",
        "vacatur-for-cause",
        "contrary",
        "(d) A court's omission of any advice this rule requires shall not, by itself, be a ground for "
        "vacating the judgment or for allowing the plea to be withdrawn.",
    ),
    # the missing "statement" is the missing warning
    (
        "statement-not-given-entitles-to-set-aside",
        "vacatur-for-cause",
        "present",
        "(C) A defendant who was not given the statement required by division (A), and who may suffer a "
        "consequence the statement names, is entitled on motion to have the judgment set aside and to "
        "withdraw the plea.",
    ),
    # counsel's missing or wrong advice, defined in one subsection and made a ground in another
    (
        "counsel-gave-no-advice-ground-apart",
        "vacatur-for-cause",
        "present",
        "(1) In this section a plea is defective when the lawyer for the defendant gave no advice, or wrong "
        "advice, about the effect of the plea on the defendant's immigration status.\n"
        "(2) The convicted person may file a motion in the court of conviction.\n"
        "(3) The court shall vacate the judgment of conviction entered on a defective plea.",
    ),
    (
        "sentenced-without-a-lawyer-ground-apart",
        "vacatur-for-cause",
        "present",
        "(a) A person convicted in the municipal court may apply to that court to set aside the conviction.\n"
        "(b) The court shall decide whether the person was sentenced to jail without having been provided "
        "the assistance of a lawyer.",
    ),
    # a bar on hearing a motion to vacate grants no vacatur
    (
        "no-court-shall-entertain-a-motion-to-vacate",
        "vacatur-for-cause",
        "absent",
        "(b) Once the record is expunged, no court shall entertain a motion to vacate or any other challenge "
        "to the expunged conviction.\n(c) A person who means to challenge the validity of a conviction must "
        "do so before filing a petition for expungement.",
    ),
    (
        "does-not-provide-a-remedy-for-invalidity",
        "vacatur-for-cause",
        "absent",
        "Sec. 4. This chapter does not provide a remedy for a conviction that is legally invalid; a claim "
        "that a conviction was obtained in violation of law shall be brought by motion under the rules of "
        "criminal procedure.",
    ),
    (
        "program-shall-explain-vacatur",
        "vacatur-for-cause",
        "absent",
        "(b) The outreach program shall explain, in plain words, that sealing a record does not erase a "
        "conviction for immigration purposes and that a noncitizen may need to have it vacated for legal "
        "error.",
    ),
    # presumptions for the State
    (
        "presumed-advised-of-its-contents",
        "rebuttable-presumption",
        "contrary",
        "(c) A defendant who signed the plea form described in subsection (a), which lists the immigration "
        "consequences of a conviction, is presumed to have been advised of its contents.",
    ),
    (
        "prima-facie-proof-of-a-knowing-plea",
        "rebuttable-presumption",
        "contrary",
        "(4) A transcript showing that the judge gave the immigration warning is prima facie proof that the "
        "plea was entered knowingly and voluntarily.",
    ),
    (
        "prima-facie-evidence-of-eligibility-is-no-presumption-about-a-plea",
        "rebuttable-presumption",
        "absent",
        "(5) Completion of every condition of probation is prima facie evidence that the applicant is "
        "entitled to the certificate of good conduct.",
    ),
    # a presumption that the warning "was never given"
    (
        "statement-presumed-never-given",
        "rebuttable-presumption",
        "partial",
        "(D) If nothing in the record shows that the court gave the immigration statement required by "
        "division (A), it is presumed that the statement was never given.",
    ),
    # a clause deleted in [BRACKETED CAPITALS]
    (
        "bracketed-capitals-struck-from-amended-section",
        "record-access",
        "present",
        "Section 1. AS 12.62.180(e) is amended to read:\n(e) [A PERSON MAY SEE THE PERSON'S OWN SEALED "
        "INFORMATION ONLY ON AN ORDER OF THE SUPERIOR COURT.] A person whose information has been sealed may "
        "inspect and copy it at the agency that holds it, on request and without a court order.",
    ),
    # no appeal from a conviction on a plea of guilty
    (
        "no-appeal-from-a-guilty-plea",
        "court-jurisdiction",
        "contrary",
        "(b) Except as the rules of criminal procedure allow for a conditional plea, no appeal shall be "
        "taken by a defendant from a judgment of conviction entered upon a plea of guilty or no contest.",
    ),
    (
        "no-appeal-from-a-lower-court-is-no-bar-on-the-conviction",
        "court-jurisdiction",
        "absent",
        "(e) Except for a trial de novo in the district court, there shall be no appeal from the proceedings "
        "of a village court.",
    ),
    # a ground not raised earlier barred from every later post-conviction proceeding
    (
        "waiver-barring-consideration-in-post-conviction",
        "court-jurisdiction",
        "contrary",
        "(c) A defendant's failure to raise an issue on direct appeal shall constitute a waiver barring "
        "consideration of that issue in any post-conviction proceeding.",
    ),
    (
        "plea-waives-objections-to-the-charge",
        "court-jurisdiction",
        "absent",
        "(3) Entering a plea under this section shall constitute a waiver of any objection to the complaint "
        "that could have been raised by motion before trial.",
    ),
    # every case's disposition sent on to the FBI, in a law that seals records
    (
        "dispositions-of-all-cases-sent-to-the-fbi-in-a-sealing-law",
        "federal-records",
        "contrary",
        "(a) On a petition under this section the court may order the records of the conviction sealed.\n"
        "(b) The bureau shall forward the disposition of every criminal case to the Federal Bureau of "
        "Investigation within ten days after it receives it.",
    ),
    # a court's power kept after relief, in words no rule read
    (
        "may-at-any-time-hear-after-expungement",
        "court-jurisdiction",
        "present",
        "(a) After an order of expungement is entered, the court that entered it may at any time hear a "
        "motion by the person to vacate the judgment of conviction as unlawfully obtained.",
    ),
    (
        "sealing-does-not-lessen-the-authority-to-entertain",
        "court-jurisdiction",
        "present",
        "(A) Once the record of a conviction has been sealed, the sealing does not lessen the authority of "
        "the district court to entertain a petition filed afterward that attacks the conviction.",
    ),
    (
        "dismissal-does-not-strip-the-authority-to-reopen",
        "court-jurisdiction",
        "present",
        "(b) A dismissal and sealing under subsection (a) do not strip the court of its authority to reopen "
        "the case on the defendant's motion to withdraw the plea.",
    ),
    (
        "expungement-not-asserted-as-a-defense-to-the-motion",
        "court-jurisdiction",
        "partial",
        "(b) The order of expungement shall not be asserted as a defense to a motion under this section to "
        "vacate the judgment.",
    ),
    (
        "expungement-no-defense-in-a-civil-action",
        "court-jurisdiction",
        "absent",
        "(c) An expungement order shall not be raised as a defense in any civil action for damages, and a "
        "motion to strike it may be made by either party.",
    ),
    (
        "case-closed-except-that-the-court-may-reopen-to-hear-an-attack",
        "court-jurisdiction",
        "present",
        "(a) When the court orders a conviction expunged, the clerk shall mark the case closed.\n(b) Closing "
        "the case ends all further proceedings in it, except that the court may at any time reopen the case "
        "to hear a motion that attacks the judgment as unconstitutional.",
    ),
    # ... and ended
    (
        "sealing-divests-the-court-of-authority",
        "court-jurisdiction",
        "contrary",
        "(a) An order sealing a conviction record under this chapter divests the trial court of authority "
        "over the case for all purposes.",
    ),
    (
        "motion-denied-by-operation-of-the-rule",
        "court-jurisdiction",
        "contrary",
        "(b) A motion for a new trial that the court has not decided within forty-five days after sentence "
        "is denied by operation of this rule on the forty-sixth day.",
    ),
    (
        "no-appeal-lies-from-a-plea-judgment",
        "court-jurisdiction",
        "contrary",
        "(b) No appeal lies from a judgment entered upon a plea of guilty, and the appellate court shall "
        "dismiss any such appeal.",
    ),
    # a finding by a named legislative body enacts nothing
    (
        "tribal-council-finds-is-no-bar",
        "court-jurisdiction",
        "absent",
        "Section 1. Findings. The Tribal Council finds that people whose records were sealed have been told "
        "that no court may later hear a claim that the conviction was unlawful.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
