"""Three blind probe reviews (round 44): ninety texts written for billkit in the reviewers' own words, with
the status a lawyer would give before billkit was run (tests/probes/round44). The `p` probes are texts that
speak of vacating, setting aside or new trials but grant no vacatur for cause (relief on the prosecution's
appeal, harmless error, what follows a reversal, warrants, bonds, fines and protective orders vacated, set-
aside after probation, pardons, compensation, licensing definitions), beside real vacaturs in unusual words.
The `q` probes are on how laws end, narrow or keep a court's power over a conviction in words unlike the usual
("the judgment is conclusive", "deemed abandoned", "the claim is extinguished", "the writ does not lie",
"relief is unavailable to any person who has been discharged", "does not lapse", "shall not refuse to hear").
The `r` probes are on a person's own access to closed records: routes in unusual words, near misses (victims',
informants' and grand jury records; employers; health records), and lists and orders that shut the person out.

billkit read 16 of the 64 `p` judgements, 18 of the 61 `q` and 15 of the 63 `r` judgements otherwise at first;
the rules were then mended in general form (tests/test_check_forty_second_round.py:
`ruleset/closed_by_relief.py`, leads that refuse a remedy, a saving whose list runs long, a licensing body, a
pardon, a claim against the state, a claim sent to another rule's petition, "no other person may inspect",
"the subject or the subject's attorney", a defined requester, a bar on release to a federal requester, grand
jury and informant files, a view the person may not copy, a lawyer's route beside a bar), and the 161 rows it
read as the reviewers did were kept. A later pass (tests/test_check_forty_third_round.py) read seven more: a
court with "no power" to grant a late new trial (p30), a sealing that "is not a defense to" a postconviction
petition (q08), a motion whose grounds come in the next sentence (q10), a list of who may inspect in one
sentence and a clerk's copy on written request (r01, r02), a savings clause that gives the person no right to
see an archive, and an elimination order sent to the FBI (r27). 168 rows are kept. Of the 20 left out, most
are shapes the corpus reads otherwise or no rule reads yet: grounds defined apart from the grant (p02, p09,
p24, p27), harmless-error clauses (p03), a compensation chapter whose claims the court "shall not entertain"
late (p05), a protective order's court (p08), a leniency statute's cut-off (p11), powers kept but narrowed or
not tied to the relief (q12, q16, q18, p21, p28), a direct appeal deemed abandoned (q30), and, for own
records, a file given for a motion's purposes only (q10), a route through another section (r04), victims'
details and health records (r11, r18), and an illusory route (r25).

Each row is read by tests/test_check_probe_reviews.py; this module checks what the reviews try."""

from __future__ import annotations

from pathlib import Path

from support import ProbeReview

REVIEW = ProbeReview.load(Path(__file__).parent / "probes" / "round44")


def test_the_review_tries_near_misses_of_vacatur_and_real_ones():
    vacatur = REVIEW.judgements("p", "vacatur-for-cause")
    assert vacatur.count("absent") >= 12 and vacatur.count("present") >= 4


def test_the_review_tries_powers_ended_kept_and_near_misses():
    power = REVIEW.judgements("q", "court-jurisdiction")
    assert power.count("contrary") >= 8 and power.count("present") >= 6 and power.count("absent") >= 4


def test_the_review_tries_routes_near_misses_and_bars_for_the_persons_own_records():
    access = REVIEW.judgements("r", "record-access")
    assert access.count("present") >= 2 and access.count("absent") >= 6 and access.count("contrary") >= 6
