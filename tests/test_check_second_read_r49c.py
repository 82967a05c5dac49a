"""`billkit check` on a second, critical read of the leave-gate rule (court-jurisdiction ``against``): review
of a conviction open only by leave or at the appellate court's discretion. A reviewer wrote 26 texts in
the reviewer's own words and decided each status before running them; the first version of the rule read
19 of them wrong, all as `contrary`: an appeal of right with a leave route for late filers, leave gates on
family, juvenile, administrative and parole matters, the prosecution's appeal, an interlocutory appeal
described without the word, a second tier of review after an appeal of right, the court's discretion to
sit en banc, leave that "shall be granted", and a gate on direct appeal beside an express keeping of the
court's power after expungement. The rule now needs the gated class in the gate's own sentence (or the
list it leads), gives way to a grant of the practice elsewhere in the bill, and reads none of those as a
gate. All 26 read as the reviewer decided.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "late-filer-leave-after-appeal-of-right",
        "absent",
        "A defendant may appeal a judgment of conviction as of right within thirty days after sentence is "
        "imposed. After that time, an appeal may be taken only by leave of the court of appeals.",
    ),
    (
        "late-filer-by-application",
        "absent",
        "An appeal from a judgment of conviction lies as of right. An appeal filed after the time for "
        "filing a notice of appeal has run shall be by application for leave to appeal showing good cause "
        "for the delay.",
    ),
    (
        "late-filer-discretion-trial-court",
        "absent",
        "It shall be within the discretion of the trial court to allow an appeal from a judgment of "
        "conviction to be filed out of time where the defendant shows excusable neglect.",
    ),
    (
        "late-filer-crow-style-list",
        "absent",
        "A person convicted of any offense may appeal as of right within thirty days. It shall be within "
        "the discretion of the court of appeals to entertain appeals in the following cases: 1) appeals "
        "from a conviction filed more than thirty days after judgment.",
    ),
    (
        "en-banc-discretion",
        "absent",
        "It shall be within the discretion of the court of appeals to hear appeals from criminal "
        "convictions en banc or in panels of three judges.",
    ),
    (
        "domestic-relations-leave",
        "absent",
        "A person convicted of a crime has an appeal of right from the final judgment. Appeals from "
        "judgments in domestic relations cases shall be by application for leave to appeal.",
    ),
    (
        "termination-parental-rights-leave",
        "absent",
        "Appeals from orders terminating parental rights shall be by application for leave to appeal. A "
        "parent whose rights are terminated because of a criminal conviction may seek reinstatement after "
        "two years.",
    ),
    (
        "juvenile-delinquency-leave",
        "absent",
        "Appeals from adjudications of delinquency in the juvenile court shall be by application for leave "
        "to appeal. The juvenile court may place the child on probation.",
    ),
    (
        "administrative-agency-leave",
        "absent",
        "Appeals from final decisions of an administrative agency in contested cases shall be by "
        "application for leave to appeal. This section does not apply to a criminal prosecution.",
    ),
    (
        "parole-board-leave",
        "absent",
        "Appeals from decisions of the board of parole revoking release shall be by application for leave "
        "to appeal. Nothing in this section affects an appeal from a sentence.",
    ),
    (
        "certificate-of-relief-leave",
        "absent",
        "An appeal from an order denying a petition for a certificate of relief from disabilities following "
        "a conviction shall be by application for leave to appeal.",
    ),
    (
        "sealing-leave",
        "absent",
        "An appeal from an order denying a petition to seal the records of a criminal conviction shall be "
        "by application for leave to appeal.",
    ),
    (
        "prosecuting-attorney-appeal",
        "absent",
        "When the prosecuting attorney appeals a pretrial order suppressing evidence in a criminal case, "
        "the appeal shall be by application for leave to appeal.",
    ),
    (
        "district-attorney-sentence-appeal",
        "absent",
        "An appeal from a sentence taken by the district attorney shall be by application for leave to "
        "appeal. The defendant may appeal a sentence as of right.",
    ),
    (
        "pretrial-order-no-word-interlocutory",
        "absent",
        "Appeals from orders entered in a criminal case before final judgment shall be by application for "
        "leave to appeal.",
    ),
    (
        "certified-question-permission",
        "absent",
        "An appeal from an order in a criminal case that the trial judge certifies as involving a "
        "controlling question of law shall be by petition for permission to appeal.",
    ),
    (
        "interlocutory-word",
        "absent",
        "Interlocutory appeals in criminal cases shall be by application for leave to appeal.",
    ),
    (
        "supreme-court-after-appeal-of-right",
        "absent",
        "A defendant has an appeal of right to the court of appeals from a judgment of conviction. Review "
        "of the decision of the court of appeals by the supreme court shall be by petition for leave to "
        "appeal.",
    ),
    (
        "supreme-court-discretion-entertain",
        "absent",
        "It shall be within the discretion of the supreme court to entertain appeals from decisions of the "
        "court of appeals affirming a criminal conviction.",
    ),
    (
        "second-pcr-appeal-by-application",
        "contrary",
        "Appeals from the denial of a second or successive petition for post-conviction relief shall be by "
        "application for leave to appeal.",
    ),
    (
        "second-pcr-leave-shall-be-granted",
        "absent",
        "A second petition for post-conviction relief may be filed only by leave of court, and leave shall "
        "be granted where the petition raises a ground not raised before. An appeal from the denial of such "
        "a petition shall be by application for leave to appeal, which shall be granted if the application "
        "is timely.",
    ),
    (
        "leave-shall-be-granted-of-course",
        "absent",
        "Appeals from judgments of conviction shall be by application for leave to appeal, and leave shall "
        "be granted as of course whenever the application is filed within thirty days.",
    ),
    (
        "grant-and-traffic-gate-separate",
        "present",
        "An expungement under this section does not divest the court of jurisdiction over a later motion to "
        "vacate the conviction. Appeals from convictions of traffic offenses shall be by application for "
        "leave to appeal.",
    ),
    (
        "grant-then-gated-review",
        "present",
        "An expungement does not deprive the court of jurisdiction to hear a motion to vacate the expunged "
        "conviction. An appeal from the denial of such a motion shall be by application for leave to appeal.",
    ),
    (
        "tp-misdemeanor-leave",
        "contrary",
        "Appeals from convictions of misdemeanors in the municipal court shall be by application for leave "
        "to appeal.",
    ),
    (
        "tp-pcr-only-with-leave",
        "contrary",
        "An appeal from the denial of a petition for post-conviction relief may be taken only with leave of "
        "the court of appeals. The petitioner may challenge the conviction on any constitutional ground.",
    ),
]


@pytest.mark.parametrize(("name", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_second_read_r49c(tmp_path, name, status, text):
    assert file_statuses(tmp_path, name, text)["court-jurisdiction"] == status
