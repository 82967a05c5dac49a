"""`billkit check` on shapes that the thirty-eighth corpus round's tuning files and a blind review of whole
bills (`tests/probes/round40`) turned up: a court's power over its judgment that lasts some days "and no
longer"; the writ closed to anyone who may seek post-conviction relief; appeals refused in habeas corpus
and coram nobis cases; a motion "considered to be denied" once a time runs; a waiver of the right to
appeal that is no bar on a later challenge unless it reaches the conviction itself; a notice forbidden to
say anything about immigration; the missing advice that "neither ... nor ... shall invalidate the plea or
furnish a ground for vacating"; and presumptions for the State that the defendant "was informed" of the
matters or consequences, which a presumption of invalidity "unless the defendant was advised" is not. From
a blind probe review of round 41, a court's power kept with the court named in between ("the power of the
Criminal Division to hear"), or ended after relief in other words ("shall not afterward be reopened", "no
relief may be granted from the judgment by any court", "no further power over the matter", "plenary power
... expires"). Every text here is written for these tests (no source); the last test is on a bill's
instruction to amend a section "to read as follows:", which introduces no list.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "power-over-the-judgment-for-days-and-no-longer",
        "court-jurisdiction",
        "contrary",
        "Rule 3:9. Final judgments and orders of the circuit court may be modified, vacated or set aside for "
        "thirty days after the date of entry, and no longer.",
    ),
    (
        "writ-not-available-to-those-who-may-seek-post-conviction-relief",
        "court-jurisdiction",
        "contrary",
        "Sec. 12. The remedies of this chapter are not available to persons entitled to file a petition for "
        "post conviction relief under chapter 14.",
    ),
    (
        "no-appeals-in-habeas-or-coram-nobis-cases",
        "court-jurisdiction",
        "contrary",
        "(e) No appeals in habeas corpus or coram nobis cases, or from any other remedy for challenging a "
        "conviction, shall be permitted or entertained by the appellate courts.",
    ),
    (
        "motion-considered-to-be-denied",
        "court-jurisdiction",
        "contrary",
        "(i) The trial court shall decide a motion for postconviction relief within ninety days after it is "
        "filed, or the motion is considered to be denied.",
    ),
    (
        "motion-to-seal-deemed-denied-is-no-bar",
        "court-jurisdiction",
        "absent",
        "(d) A motion to seal that the court has not decided within sixty days after it is filed is "
        "considered to be denied.",
    ),
    (
        "waiver-of-appeal-from-a-deferral-is-no-bar",
        "court-jurisdiction",
        "absent",
        "C. By consenting to a deferral of the entry of a finding of guilt, the defendant waives the right "
        "to appeal that entry once the deferral ends.",
    ),
    (
        "waiver-of-every-right-to-appeal-the-conviction",
        "court-jurisdiction",
        "contrary",
        "(d) A person released to federal custody for removal under this section shall waive all rights to "
        "appeal his conviction.",
    ),
    (
        "notice-may-not-mention-immigration",
        "public-education",
        "contrary",
        "(3) Within thirty days after the order, the clerk shall mail the person a notice that the record "
        "is sealed. The notice may not include any statement about immigration or about what sealing means "
        "for a person who is not a citizen.",
    ),
    (
        "neither-omission-nor-inaccuracy-furnishes-a-ground",
        "vacatur-for-cause",
        "contrary",
        "(b) Neither the omission of the information required by subsection (a) nor any mistake in it shall "
        "invalidate the plea or furnish a ground for vacating the judgment.",
    ),
    (
        "presumed-informed-of-the-matters",
        "rebuttable-presumption",
        "contrary",
        "(c) A defendant who had a lawyer when the plea was entered is presumed to have been informed of the "
        "matters described in subsection (a), which include the immigration consequences of the plea.",
    ),
    (
        "signed-petition-creates-presumption-defendant-was-informed",
        "rebuttable-presumption",
        "contrary",
        "(2) A plea petition the defendant signed beneath a statement of the immigration consequences of the "
        "plea creates a presumption that the defendant was informed of them.",
    ),
    # ... but the presumption for the person, with its exception, is the practice
    (
        "presumed-invalid-unless-the-defendant-was-advised",
        "rebuttable-presumption",
        "present",
        "(f) If a noncitizen pleaded guilty, there is a rebuttable presumption that the plea is legally "
        "invalid, unless the defendant was advised of its immigration consequences in writing in a language "
        "the defendant understands.",
    ),
    # from a blind probe review of round 41: a court's power kept with the court named in between, or ended in
    # other words after relief
    (
        "sealing-does-not-diminish-the-power-of-the-criminal-division",
        "court-jurisdiction",
        "present",
        "(c) An order sealing a conviction does not diminish the power of the Criminal Division to hear and "
        "determine a later motion to vacate the conviction.",
    ),
    (
        "set-aside-conviction-shall-not-afterward-be-reopened",
        "court-jurisdiction",
        "contrary",
        "(b) An order setting aside a conviction is final. A conviction that has been set aside shall not "
        "afterward be reopened, vacated or attacked, by motion, petition or writ, in any court.",
    ),
    (
        "conviction-that-may-not-be-set-aside-is-no-bar",
        "court-jurisdiction",
        "absent",
        "(2) A conviction for an offense listed in section 4 may not be set aside under this chapter.",
    ),
    (
        "no-relief-from-the-judgment-by-any-court-after-expungement",
        "court-jurisdiction",
        "contrary",
        "(b) After a conviction has been expunged, no relief may be granted from the judgment by any court, "
        "whether by motion to vacate or by petition for habeas corpus.",
    ),
    (
        "no-further-power-over-the-matter-once-sealed",
        "court-jurisdiction",
        "contrary",
        "(b) Once the court has ordered a record sealed, the court has no further power over the matter.",
    ),
    (
        "plenary-power-expires-on-an-order-of-nondisclosure",
        "court-jurisdiction",
        "contrary",
        "(a) On the date the court grants an order of nondisclosure, the court's plenary power over the "
        "criminal case expires.",
    ),
    # from the thirty-ninth corpus round's tuning files: no court may ask whether a judgment is lawful, in a
    # list of cases one of which is a final judgment
    (
        "no-court-shall-inquire-into-a-final-judgment-in-a-list-of-cases",
        "court-jurisdiction",
        "contrary",
        "No court or judge shall inquire into the legality of any judgment whereby the person is held, in "
        "any of the cases following:\n1. Where the person is held on process from a federal court.\n2. "
        "Where the person is held on a final judgment of a court of competent jurisdiction.",
    ),
    # the court may let anyone, the person among them, see the records only on a motion
    (
        "court-may-allow-anyone-including-the-person-only-on-motion",
        "record-access",
        "contrary",
        "(c) The court may allow anyone, including the person who is the subject of sealed records, to "
        "inspect them only if a motion is filed and good cause is shown.",
    ),
    # the person offered the relief when the case ends, or a certificate that must say what relief restored
    (
        "court-shall-give-the-defendant-the-option-of-sealing",
        "public-education",
        "partial",
        "(a) When every charge in a case is dismissed, the court shall give the defendant the option of "
        "moving at once to have the records of the case sealed.",
    ),
    (
        "certificate-of-discharge-shall-so-state",
        "public-education",
        "partial",
        "(9) The discharge restores the civil rights the sentence took away, and the certificate of "
        "discharge shall so state.",
    ),
    (
        "option-of-a-payment-plan-is-no-notice-of-relief",
        "public-education",
        "absent",
        "(c) The court shall give the defendant the option of paying the fine in monthly installments.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_a_section_amended_to_read_is_quoted_without_the_instruction(tmp_path):
    """A bill's instruction to amend a subdivision "to read as follows:" is no list lead: the next section's
    subdivision "11." is not read (and quoted) as an item after the instruction for "10."."""
    from support import file_findings

    text = (
        "Section 2. Subdivision 10 of section 160.59 of the criminal procedure law is amended to read as "
        "follows:\n10. Within thirty days after an order of sealing, the clerk shall mail the person a "
        "notice that the record has been sealed.\n\nSection 3. Subdivision 11 of section 160.59 of the "
        "criminal procedure law is amended to read as follows:\n11. The sealing of a record under this "
        "section divests the court of authority over the case for all purposes.\n"
    )
    found = file_findings(tmp_path, "amended-to-read", text)["court-jurisdiction"]
    assert found.status == "contrary"
    assert found.evidence[0].quote.startswith("11. The sealing of a record")
    assert found.evidence[0].location.startswith("Section 3(11)")
