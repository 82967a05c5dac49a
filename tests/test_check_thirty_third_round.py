"""`billkit check` on shapes that two blind probe reviews of the thirty-third round turned up (a court's power
over a conviction, and cleared records in federal hands with advisements of what relief does;
`tests/probes/round33`): a claim barred because its petition is late, a petition dismissed by an order when it
was not filed in time, a court of a named state barred after the person's discharge, a direct appeal as a mark
of a law on challenges to the conviction, a court's power over a stay or during an appeal, a child's legal
counsel, the FBI written "F.B.I.", records sealed to all but agencies of the United States, counts and studies
that name the FBI, a notice to the victim, and an advisement quoted over several sentences. Every text here is
written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_findings, file_statuses

PETITION = (
    "(a) A person convicted of a crime who claims that the conviction was obtained in violation of the "
    "constitution of this state may file a petition for post-conviction relief in the court that imposed "
    "the sentence. "
)
"""A post-conviction law's opening, so that what follows is read as a rule on challenges to the conviction."""
REMOVAL = (
    "(2) A person arrested and later released without charge may ask the bureau to remove the fingerprint "
    "record of the arrest from its records, and the bureau shall remove it within 30 days."
)
"""A law that clears records by removing them, so that prints sent on to the FBI are read beside it."""
ADVISEMENT = (
    "Sec. 4. Advisement at sealing. When the court enters an order sealing the records of a conviction, the "
    "judge shall read the following advisement to the person in open court:\n"
    '"Your record is now sealed. Most employers and landlords can no longer see it. {line} Ask a lawyer if '
    'you have questions."\n'
    "The advisement shall also be printed on the order."
)
"""A sealing court's advisement quoted over several sentences, ``line`` among them."""

CASES = [
    # a claim barred because the petition that raises it is late: a time bar on the claim
    (
        "untimely-claims-barred",
        "court-jurisdiction",
        "contrary",
        PETITION + "(b) A petition filed after the time in subsection (c) may raise only a claim of actual "
        "innocence. Any other claim in an untimely petition may not be raised, and the court shall dismiss "
        "it.",
    ),
    # ... not a ground waived because it could have been raised on appeal, a rule of procedural default
    # (tests/corpus/id-code-19-4901.txt, absent)
    (
        "ground-defaulted-on-appeal",
        "court-jurisdiction",
        "absent",
        PETITION + "(b) A ground that could have been raised on direct appeal, but was not, may not be "
        "raised in a petition under this section.",
    ),
    # a petition dismissed by an order when it was not filed in time
    (
        "order-dismissing-late-petition",
        "court-jurisdiction",
        "contrary",
        PETITION + "(b) If the petition was not filed within the time set by the statute of limitations, or "
        "an earlier petition attacking the same conviction was decided on the merits, the judge shall enter "
        "an order dismissing the petition.",
    ),
    (
        "order-dismissing-petition-in-wrong-court",
        "court-jurisdiction",
        "absent",
        PETITION + "(b) If the petition was not filed in the court of conviction, the judge shall enter an "
        "order transferring the petition to that court.",
    ),
    # the courts of a named state barred from an old writ after the person's discharge
    (
        "writ-barred-after-discharge",
        "court-jurisdiction",
        "contrary",
        "(a) A person restrained under a judgment of conviction may apply for a writ of habeas corpus or a "
        "motion in the nature of coram nobis. (b) No court of the Commonwealth shall entertain any such "
        "writ, motion or application after the date of the person's discharge from the sentence.",
    ),
    # a second petition barred, in a law marked as one on challenges only by its direct appeal
    (
        "second-petition-after-direct-appeal",
        "court-jurisdiction",
        "contrary",
        "Sec. 8. (1) Every ground for relief shall be set out in the original petition. The court shall "
        "dismiss any second or later petition filed by a person who has already filed one. (2) A ground "
        "decided on direct appeal may not be raised again.",
    ),
    # a court's power over a stay, or while an appeal is pending, is no power over the conviction
    (
        "jurisdiction-over-stay-ends",
        "court-jurisdiction",
        "absent",
        "Subd. 3. The court keeps jurisdiction over the defendant for the period of the stay. When the stay "
        "expires, the defendant shall be discharged and the court's jurisdiction over the stay ends.",
    ),
    (
        "jurisdiction-passes-on-appeal",
        "court-jurisdiction",
        "absent",
        "Art. 9. The jurisdiction of the trial court is divested, and that of the appellate court attaches, "
        "upon the filing of the notice of appeal.",
    ),
    # jurisdiction kept only to decide later sealing petitions under the same part: no power over a challenge
    (
        "jurisdiction-kept-for-later-sealing",
        "court-jurisdiction",
        "absent",
        "(1) A court that has sealed conviction records under this part retains jurisdiction over the matter "
        "for the purpose of deciding any later petition under this part concerning the same person.",
    ),
    # every arrest's prints sent to the F.B.I., in a law that clears records by removing them
    (
        "prints-to-the-f-b-i",
        "federal-records",
        "contrary",
        "(1) Each police agency shall take the fingerprints of every person it arrests and shall forward one "
        "set to the bureau and the other directly to the F.B.I. within 24 hours. " + REMOVAL,
    ),
    (
        "prints-to-the-f-b-i-no-clearing",
        "federal-records",
        "absent",
        "(1) Each police agency shall take the fingerprints of every person it arrests and shall forward one "
        "set to the bureau and the other directly to the F.B.I. within 24 hours.",
    ),
    # records sealed to all but agencies of the United States, an immigration agency named among them
    (
        "sealed-to-all-but-federal-agencies",
        "federal-records",
        "contrary",
        "(a) Records expunged under this chapter shall be sealed to all persons except the police agencies "
        "of this State and those agencies of the United States, including Immigration and Customs "
        "Enforcement, that federal law entitles to examine them.",
    ),
    (
        "sealed-to-all-but-state-police",
        "federal-records",
        "absent",
        "(a) Records expunged under this chapter shall be sealed to all persons except the police agencies "
        "of this State.",
    ),
    # a count, or a study, that names the FBI sends it nothing and asks it to remove nothing
    (
        "count-of-sealing-notices",
        "federal-records",
        "absent",
        "(2) Each grant recipient shall report to the division each quarter: (a) the number of records it "
        "sealed; (b) the number of sealing notices it sent to the Federal Bureau of Investigation; and (c) "
        "how it spent the grant.",
    ),
    (
        "study-of-sealing-exchange",
        "federal-records",
        "absent",
        "The Secretary shall convene a workgroup to conduct a review of the systems needed to seal court "
        "records, including the exchange of sealing information with the Federal Bureau of Investigation, "
        "and shall report its findings by November 1.",
    ),
    (
        "sealing-notice-to-fbi",
        "federal-records",
        "partial",
        "(2) Within 30 days after an order of sealing, the bureau shall send notice of the order to the "
        "Federal Bureau of Investigation and ask it to remove the record.",
    ),
    # a notice to the victim of the crime is no word to the person whose record is cleared
    (
        "notice-to-the-victim",
        "public-education",
        "absent",
        "(b) Before the hearing on a petition to seal a record, the prosecutor shall give written notice of "
        "the following to the victim: (1) the date and place of the hearing; and (2) the victim's right to "
        "be heard at the hearing.",
    ),
    (
        "notice-to-the-petitioner",
        "public-education",
        "partial",
        "(b) When the petition is filed, the clerk shall give the petitioner written notice of the right to "
        "ask that the record of any dismissed charge be sealed.",
    ),
    # a closed list whose one reader on the person's side is "legal counsel for the child": a route through a
    # lawyer (the corpus's counsel-only rule), not a list that leaves the person out
    (
        "legal-counsel-for-the-child",
        "record-access",
        "partial",
        "(a) Police records concerning a child shall be kept apart from adult records and shall not be open "
        "to public inspection. (b) Inspection of the records is permitted by the following: (1) the court; "
        "(2) legal counsel for the child; (3) the prosecuting attorney.",
    ),
    # an advisement quoted over several sentences, one of which says what sealing does not do for immigration
    (
        "quoted-advisement-names-immigration",
        "public-education",
        "present",
        ADVISEMENT.format(
            line="Sealing does not change how federal immigration officials see the conviction; they may "
            "still count it."
        ),
    ),
    (
        "quoted-advisement-without-immigration",
        "public-education",
        "partial",
        ADVISEMENT.format(line="You may now answer most questions about the arrest as if it never happened."),
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status


def test_a_later_sentence_of_a_quoted_advisement_is_quoted_with_its_lead_and_the_cut_marked(tmp_path):
    line = "Sealing does not change how federal immigration officials see the conviction; they count it."
    finding = file_findings(tmp_path, "advisement", ADVISEMENT.format(line=line))["public-education"]
    quote = finding.evidence[0].quote
    assert quote.startswith("Sec. 4.") or quote.startswith("When the court enters an order sealing")
    assert " … Sealing does not change how federal immigration officials see the conviction" in quote
    assert "Most employers" not in quote
