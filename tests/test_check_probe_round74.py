"""Four blind probe reviews (round 74): 141 texts written for billkit in the reviewers' own words, from no
real statute, with the status a lawyer would give before billkit was run (tests/probes/round74). The `x`
probes shut or keep a court's door in words other than the usual ones (a clerk who returns filings unfiled,
relief "unavailable" once the record is sealed, a writ that lies "notwithstanding" the clearing); the `y`
probes send criminal-history and cleared records to federal hands as repository statutes do (defined terms,
lists with a federal item, leave to transmit to a federal index); the `z` probes grant, bar or describe a
vacatur in plea-advisement statutes, digests and trafficking laws; the `a` probes are whole bills of 700 to
850 words, each practice decided by one clause among many.

billkit read 94 of the 840 judgements otherwise at first. The rules were mended in general form (the tests
below), and the 801 it now reads as the reviewers did are kept. The 39 left out are mostly calls the corpus
makes otherwise: a bar on vacating a plea for want of advice, and a presumption that favours the State, read
as contrary; a saving of a court's power to hear another law's motion, which grants no vacatur; a disposition
or an expungement order sent to the FBI, read as the removal half; routine fingerprints; a grant made "if it
finds" a ground; notices of a right to relief given at the plea; and presumptions about trafficking.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ProbeReview, file_statuses, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round74")


def test_the_review_tries_courts_federal_files_vacaturs_and_whole_bills():
    assert REVIEW.judgements("x", "court-jurisdiction").count("contrary") >= 12
    assert REVIEW.judgements("x", "court-jurisdiction").count("present") >= 11
    assert REVIEW.judgements("y", "federal-records").count("contrary") >= 10
    assert REVIEW.judgements("z", "vacatur-for-cause").count("present") >= 15
    assert REVIEW.judgements("z", "public-education").count("partial") >= 12
    assert len([name for name in REVIEW.expected if name.startswith("a")]) >= 15


@pytest.mark.parametrize(
    "text",
    [
        # papers in a cleared case refused at the clerk's counter
        "(c) After an order of expungement, the clerk shall not accept for filing any petition for "
        "post-conviction relief or motion to withdraw a plea in the expunged case, and shall return it "
        "unfiled.",
        # any challenge to the conviction's validity barred outright once the file is destroyed
        "(4) Once the file is destroyed, no proceeding to contest the validity of the judgment of "
        "conviction shall be brought or maintained in any court of this state.",
        # relief unavailable to one whose record has been sealed, however else the door is shut
        "(a) A person convicted in the Superior Court may move it to vacate, set aside or correct the "
        "sentence. (b) Relief under this chapter is unavailable to a person who has been discharged from "
        "probation or who has had the record of the conviction sealed, and any motion filed by such a "
        "person shall be dismissed for want of jurisdiction.",
        # the clearing read as a waiver of every ground that could have been presented earlier
        "(1) The applicant shall certify that no post-conviction proceeding is pending. (3) An order "
        "setting aside the conviction operates as a waiver of every ground for challenging its validity, "
        "and the court shall summarily dismiss any later motion that raises a ground that could have been "
        "presented before the order.",
    ],
)
def test_a_court_door_shut_in_other_words(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # power ended over supervision alone
        "(b) On discharge the court shall have no further jurisdiction over the probationer's supervision, "
        "including any power to extend the term or revoke it.",
        # a repeated petition to seal refused
        "(b) Where a petition to seal has been denied, no court shall entertain a second or successive "
        "petition by the same person unless circumstances have changed, and a petition without that "
        "showing shall be dismissed.",
    ],
)
def test_power_ended_over_other_things_shuts_no_door(text):
    assert passage_status("court-jurisdiction", text) != "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # a keeping clause whose last words forbid a dismissal for the clearing
        "(3) The court that entered the judgment shall retain jurisdiction to hear and determine any "
        "motion filed after the expungement that seeks to vacate the expunged conviction, and no such "
        "motion shall be dismissed on the ground that the conviction has been expunged.",
        # an old writ that lies notwithstanding a list whose last item is the clearing
        "The writ of coram nobis shall lie in the court that rendered the judgment, and may be sued out by "
        "the person convicted, notwithstanding that the sentence has been served, the fine paid, or the "
        "record of the conviction sealed or expunged.",
        # a motion that may be filed in a cleared case
        "(b) A motion to vacate a judgment of conviction may be filed in a case in which the record has "
        "been sealed, and the clerk shall docket it without a prior order.",
        # relief open to one whose conviction was set aside since
        "(a) A person may petition for post-conviction relief on any ground of legal error. (c) A petition "
        "under this Act is not barred because the sentence is complete, and the court may grant relief to "
        "a petitioner whose conviction has since been set aside under the first-offender law.",
        # a sealed file opened for the motion, decided as if never sealed
        "(c) On the person's application the sealed file shall be unsealed for a motion to vacate the "
        "conviction, and the court shall hear and determine the motion as though the record had never been "
        "sealed.",
    ],
)
def test_a_court_s_power_kept_after_the_clearing(text):
    assert passage_status("court-jurisdiction", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # kept for a claim of innocence only
        "(b) The expunction of a conviction shall not deprive the court of jurisdiction to hear a motion "
        "in which the defendant asserts, on newly discovered evidence, that the defendant is actually "
        "innocent.",
        # kept for an illegal sentence only
        "(2) Notwithstanding the order setting aside the conviction, the court retains jurisdiction at any "
        "time to correct a sentence that was illegal when imposed. (3) The person may file a motion under "
        "subsection (2) without first having the record unsealed.",
    ],
)
def test_power_kept_for_one_narrow_claim_is_partial(text):
    assert passage_status("court-jurisdiction", text) == "partial"


def test_new_law_printed_in_capitals_is_read(tmp_path):
    text = (
        "(7) NOTWITHSTANDING THE DISMISSAL OF THE CHARGE OR THE SEALING OF THE RECORDS OF THE CASE, THE "
        "COURT IN WHICH THE PLEA WAS ENTERED RETAINS JURISDICTION TO HEAR AND DECIDE A MOTION BY THE "
        "DEFENDANT TO VACATE THE PLEA AS LEGALLY INVALID."
    )
    assert file_statuses(tmp_path, "capitals", text)["court-jurisdiction"] == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a plea taken without the explanation the law requires
        "(B) On the defendant's motion, the court shall vacate the judgment and let the defendant withdraw "
        "the plea if the court did not give the explanation required by division (A).",
        # an old writ preserved as a remedy for errors of law
        "The writ of error coram nobis is preserved as a remedy to correct a fundamental error of law, "
        "including the denial of the effective assistance of counsel at a plea.",
    ],
)
def test_a_vacatur_for_a_defect_in_words_the_rules_did_not_know(text):
    assert passage_status("vacatur-for-cause", text) == "present"


@pytest.mark.parametrize(
    "text",
    [
        # a term for convictions already vacated, used in a bar on disclosure
        '(a) "Vacated conviction" means a conviction vacated because of a legal or procedural defect. (b) No '
        "agency shall disclose information about a vacated conviction to any federal agency.",
        # the clearing turned into a waiver of grounds
        "(2) The court shall set aside the conviction of a person who completed probation. (3) The order "
        "operates as a waiver of every ground for challenging the validity of the conviction.",
    ],
)
def test_a_defect_named_only_to_describe_or_waive_grants_nothing(text):
    assert passage_status("vacatur-for-cause", text) != "present"


@pytest.mark.parametrize(
    "text",
    [
        # a defined term whose plural opens sealed records to federal agencies
        '(1) "Criminal justice agency" means a governmental agency, whether of this state, of another '
        "state, of a tribe or of the United States, that administers criminal justice. (7) A sealed record "
        "remains available to criminal justice agencies for criminal justice purposes.",
        # federal officers last in a list of who may inspect a juvenile file
        "(a) The following may inspect and copy the juvenile file without an order of the court: the "
        "juvenile; the juvenile's parents; the prosecutor; and, on written request, officers of United "
        "States Citizenship and Immigration Services.",
        # leave to send sealed records to a federal index
        "The repository may, notwithstanding their sealing, transmit sealed felony records to the National "
        "Instant Criminal Background Check System.",
        # a saving for sharing with immigration authorities, the law named by its sections
        "Nothing in sections 4 to 9 of this Act shall be construed to prohibit any agency from sending to "
        "the Department of Homeland Security criminal history information about a conviction that has been "
        "set aside.",
        # the armed forces among the recipients of sealed records
        "(6) Sealed juvenile records shall not be opened except: (a) to a court sentencing the person; or "
        "(b) to a recruiting office of the armed forces of the United States, upon the person's consent.",
    ],
)
def test_federal_hands_named_as_recipients_in_other_words(text):
    assert passage_status("federal-records", text) == "contrary"


def test_what_a_plea_advisement_says_immigration_authorities_do_bars_no_sharing():
    text = (
        '(1) Before accepting a plea the court shall give the following advisement: "If you are not a '
        "citizen, federal immigration authorities will usually still treat a sealed conviction as a "
        "conviction, and "
        'sealing will not protect you."'
    )
    assert passage_status("federal-records", text) == "absent"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a bar on giving records, or information from them, to an immigration agency teaches nothing
        (
            "(c) No officer shall provide a protected record, or information derived from it, to a federal "
            "immigration agency.",
            "absent",
        ),
        # a plea advisement with a clause between the duty and the words
        (
            "Before accepting a plea, the court shall, in addition to the matters in Rule 11, advise each "
            "defendant that a conviction may bring deportation or denial of naturalization.",
            "partial",
        ),
        # a website that tells people of their right to file
        (
            "The Judicial Council shall post on its internet website a form and instructions that inform "
            "persons of their right to file a motion under this section.",
            "partial",
        ),
        # each eligible defendant told of the right to petition
        (
            "The bill would require the court to notify each eligible defendant, at sentencing, of the "
            "right to petition for dismissal and sealing.",
            "partial",
        ),
        # statistics on a website teach nothing
        (
            "The division shall annually publish on its website statistics on the number of convictions "
            "sealed under this section.",
            "absent",
        ),
    ],
)
def test_what_teaches_and_what_does_not(text, status):
    assert passage_status("public-education", text) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a route through the lawyer, however the lawyer is described
        (
            "2. An attorney who files a sworn statement that the attorney represents the person named in a "
            "closed record may inspect and copy the closed record without a court order.",
            "partial",
        ),
        # a clerk who shall not make the sealed papers available to anyone
        (
            "The clerk shall seal every record of the prosecution and shall not make them available to any "
            "person or agency.",
            "contrary",
        ),
        # opened by the court on application, the person one of the applicants
        (
            "(2) A sealed record may be opened by the court that sealed it, on application of: (a) a "
            "prosecutor; or (b) the person named in the record.",
            "contrary",
        ),
        # the reader told, in plain words, that the record is theirs to have
        (
            "After sealing, you can get a copy of your own sealed record from the court clerk by showing "
            "identification.",
            "present",
        ),
        # ... but not when a judge must let them see it
        ("After sealing, you can ask the judge to let you see your sealed record.", "absent"),
        # open to the agencies a list names, and no one else
        (
            "A sealed record may be disseminated only to criminal justice agencies and to the Department "
            "of Homeland Security.",
            "contrary",
        ),
        # a notice mailed to the person, not the record
        (
            "Within ten days after the order, the repository shall mail to the subject a notice stating "
            "that the record has been sealed.",
            "absent",
        ),
        # an employer's right to inspect, on the person's consent
        (
            "(b) An employer and a licensing authority have the right to inspect criminal history record "
            "information that is the subject of an order of nondisclosure, on written consent of the "
            "person who is its subject.",
            "absent",
        ),
        # the person let in only after a motion and a further order
        (
            "(d) An individual whose criminal history record information has been restricted may obtain a "
            "copy of the court file only upon the filing of a motion with the court and the entry of a "
            "further order.",
            "contrary",
        ),
        # a route another law's section sets
        (
            "The movant may obtain access to the sealed records as provided in subsection (d-5) of Section "
            "5.2 of the Criminal Identification Act.",
            "partial",
        ),
    ],
)
def test_a_person_s_own_record_in_the_words_round_74_tried(text, status):
    assert passage_status("record-access", text) == status
