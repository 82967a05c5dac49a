"""Four more blind probe reviews (round 64): 165 texts written for billkit in the reviewers' own words, from
no real statute, with the status a lawyer would give before billkit was run (tests/probes/round64), in the
terse shapes of real codes. The `n` probes close or keep a court's power in post-conviction rules ("The
periods prescribed in this section are jurisdictional, and no court shall have power to enlarge them"; "A
person who is no longer restrained ... has no remedy in any court"); the `p` probes are mostly bars that look
like bars on the person's own record and are not (jurors' questionnaires, a victim's address, a bar on a
repeated sealing petition); the `q` probes send criminal history to federal hands or keep it away ("the
Sheriff is directed to continue to transmit ... the booking roster ... to the area field office of United
States Immigration and Customs Enforcement"; officers of that agency "shall be permitted ... to review the
facility's inmate records"); the `s` probes grant, narrow or refuse a vacatur ("If the court omits so to
inform the defendant, ... the court ... shall vacate the judgment"; "No judgment upon a plea of guilty shall
be reversed, vacated or set aside ... by reason of the omission of the court to inform the defendant").

billkit read 72 of the 990 judgements otherwise at first; the rules were mended in general form, and the 931
it now reads as the reviewers did are kept. The 59 left out are mostly partial against present or contrary (a
court's power kept for one movant or pending motions, n27, n40; own-record routes narrowed to viewing, a
letter or counsel, p04, p07, p14, p28; one half of the federal practice, q03, q14, q36, q38), public-education
partial for plea advisements (s08, s30, s39), and one the corpus reads otherwise: a new-trial motion "deemed
denied" (n20), which the corpus labels contrary (tests/corpus/wy-r-app-p-2-01-a-2019.txt). For the same reason
round 57's judgement of e31 was dropped: a district court that "may ... extend the time to file a notice of
appeal" within a cap, read absent there, is the shape of tests/corpus/us-fed-r-app-p-4-b.txt, labelled
contrary.

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try.
"""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview, passage_status

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round64")


def test_the_review_tries_courts_and_own_records():
    courts = REVIEW.judgements("n", "court-jurisdiction")
    assert courts.count("contrary") >= 8 and courts.count("present") >= 6 and courts.count("absent") >= 12
    records = REVIEW.judgements("p", "record-access")
    assert records.count("absent") >= 10 and records.count("contrary") >= 8 and records.count("present") >= 5


def test_the_review_tries_federal_sharing_and_vacaturs():
    federal = REVIEW.judgements("q", "federal-records")
    assert federal.count("contrary") >= 7 and federal.count("partial") >= 5 and federal.count("absent") >= 8
    vacaturs = REVIEW.judgements("s", "vacatur-for-cause")
    assert vacaturs.count("present") >= 15 and vacaturs.count("absent") >= 12


def test_a_time_limit_made_jurisdictional_works_against_the_court_s_power():
    text = (
        "A petition for post-conviction relief shall be filed within one year after the judgment became "
        "final. The periods prescribed in this section are jurisdictional, and no court shall have power to "
        "enlarge them."
    )
    assert passage_status("court-jurisdiction", text) == "contrary"
    made_not_jurisdictional = (
        "A petition for post-conviction relief shall be filed within one year after the judgment became "
        "final. The period prescribed in this section is not jurisdictional, and the court may hear a late "
        "petition for good cause."
    )
    assert passage_status("court-jurisdiction", made_not_jurisdictional) != "contrary"


def test_immigration_officers_let_into_the_records_work_against_the_practice():
    for text in (
        "Authorized officers of U.S. Immigration and Customs Enforcement shall be permitted, upon "
        "presentation of credentials, to review the facility's inmate records, including criminal history.",
        "The Sheriff is directed to transmit the criminal history of every person booked to the area field "
        "office of United States Immigration and Customs Enforcement.",
    ):
        assert passage_status("federal-records", text) == "contrary"
    kept_out = (
        "Officers of U.S. Immigration and Customs Enforcement may review the facility's inmate records only "
        "upon presentation of a judicial warrant."
    )
    assert passage_status("federal-records", kept_out) != "contrary"
    barred = (
        "No state or local agency, and no contractor acting on behalf of such an agency, shall disclose or "
        "transmit any expunged record to United States Immigration and Customs Enforcement."
    )
    assert passage_status("federal-records", barred) != "contrary"


def test_a_bar_on_someone_else_s_record_is_no_bar_on_the_person_s_own():
    jurors = (
        "The names, addresses and completed questionnaires of the persons summoned as jurors in a criminal "
        "action shall be sealed and shall not be open to inspection by any party, including the defendant, "
        "except upon order of the court."
    )
    assert passage_status("record-access", jurors) != "contrary"
    the_person_s = (
        "A record sealed under this section shall not be open to inspection by any person, including the "
        "defendant, except upon order of the court."
    )
    assert passage_status("record-access", the_person_s) == "contrary"


def test_an_omitted_advice_vacates_or_is_barred_as_a_ground():
    grant = (
        "If the court omits so to inform the defendant of the immigration consequences of the plea, the "
        "court, upon motion of the defendant, shall vacate the judgment and permit the defendant to "
        "withdraw the plea."
    )
    assert passage_status("vacatur-for-cause", grant) == "present"
    barred = (
        "No judgment upon a plea of guilty shall be reversed, vacated or set aside by reason of the "
        "omission of the court to inform the defendant of any consequence of the plea."
    )
    assert passage_status("vacatur-for-cause", barred) == "contrary"
