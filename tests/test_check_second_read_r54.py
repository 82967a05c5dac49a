"""`billkit check` on a second, critical read of the forty-ninth round's rules: savings clauses for joint
work against crime that name no records; state or federal licensing and regulatory agencies as recipients of
criminal history; a title or text "prohibiting second and successive motions"; habeas corpus "not
permissible to question the correctness of the action of ... a court or judge"; a person "entitled to have
the person's conviction vacated"; and a petition to the court to vacate a conviction as no gate on the
person's records. A reviewer wrote 53 texts in the reviewer's own words and decided each status before
running them; eleven read wrong at first, one of them worse than before the round (a petition to the court
"to allow him to view" the sealed file, no longer read as a gate, and then read as a grant). The rules were
mended in general form: only a petition for relief from the conviction (to vacate, set aside, withdraw, seal
...) is no gate, any other petition to the court before the person may see the record is one; "not entitled
to have ... vacated" grants nothing; "his or her" conviction, "the filing of" successive motions, "federal
and state regulatory agencies" and "licensing boards" are read; a plea entered "without advice of" its
immigration consequences is a failure to advise; and "coercion by a trafficker" is a trafficking ground. The
texts read right are kept here. Of the five left out, none reads worse than before the round: a refusal of
vacatur on immigration grounds alone (read absent, the reviewer said contrary), the FBI named only as the
source of a history read as half of the federal practice, and three savings or grants for task forces that
do pass information on (information about status, the National Crime Information Center, any record to a
task force's members) read partial where the reviewer said contrary.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    (
        "f01-taskforce-norecords",
        "federal-records",
        "partial",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority. Nothing in this section shall be construed to prohibit a law "
        "enforcement agency from participating in a joint task force with federal agencies for the "
        "investigation of criminal activity.",
    ),
    (
        "f02-coop-efforts-ice",
        "federal-records",
        "partial",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority. This section does not restrict cooperative efforts with "
        "federal law enforcement authorities, including United States Immigration and Customs Enforcement, "
        "when such efforts are directed at suspected criminal activity.",
    ),
    (
        "f03-crossdesig-jointops",
        "federal-records",
        "partial",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority. Nothing in this act prevents the cross-designation of state "
        "officers, or joint operations with federal agencies, that target organized criminal enterprises.",
    ),
    (
        "f04-state-or-fed-licensing",
        "federal-records",
        "contrary",
        "A record sealed under this section may be disclosed to public agencies, including state or federal "
        "licensing and regulatory agencies, for the purpose of evaluating an application for a professional "
        "license.",
    ),
    (
        "f05-fed-licensing-agencies",
        "federal-records",
        "contrary",
        "Notwithstanding the sealing of a record, the department may release the criminal history record "
        "information in the sealed file to federal licensing agencies upon written request.",
    ),
    (
        "f06-fed-and-state-regulatory",
        "federal-records",
        "contrary",
        "Expunged criminal history records shall remain available to federal and state regulatory agencies "
        "that license persons in the financial services industry.",
    ),
    (
        "f07-taskforce-shares-status",
        "federal-records",
        "contrary",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority. Nothing in this section prohibits a law enforcement agency "
        "from participating in a joint task force with federal authorities, including sharing records of a "
        "person's arrest or immigration status with members of the task force.",
    ),
    (
        "f10-state-licensing-only",
        "federal-records",
        "absent",
        "A sealed record may be disclosed to a state licensing and regulatory agency of this state for the "
        "purpose of evaluating an application for a professional license.",
    ),
    (
        "f11-taskforce-fingerprints",
        "federal-records",
        "contrary",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority. Nothing in this section limits a law enforcement agency from "
        "participating in a task force with federal immigration authorities that investigates criminal "
        "activity, or from sharing fingerprints collected in that investigation with the task force.",
    ),
    (
        "c01-title-prohibiting-second-successive",
        "court-jurisdiction",
        "contrary",
        "AN ACT relating to post-conviction relief; prohibiting second and successive motions.\n"
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state.",
    ),
    (
        "c02-text-prohibiting-successive",
        "court-jurisdiction",
        "contrary",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. Section 5 of this act, prohibiting successive petitions, "
        "applies to every petition pending on its effective date.",
    ),
    (
        "c03-habeas-grand-petit-jury",
        "court-jurisdiction",
        "contrary",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. In a proceeding on a writ of habeas corpus it is not "
        "permissible to question the correctness of the action of a grand jury in finding a bill of "
        "indictment, or of a petit jury in the trial of a cause, nor of a court or judge when acting within "
        "their jurisdiction.",
    ),
    (
        "c04-second-and-subsequent-dismissed",
        "court-jurisdiction",
        "contrary",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. Any second and subsequent petition under this section shall"
        " be summarily dismissed.",
    ),
    (
        "c05-barring-further",
        "court-jurisdiction",
        "contrary",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. The court shall apply this chapter by barring any further "
        "motion attacking the same judgment.",
    ),
    (
        "c06-habeas-not-permitted-inquire",
        "court-jurisdiction",
        "contrary",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. On the return of a writ of habeas corpus, the judge shall "
        "not be permitted to inquire into the legality of the judgment or process of any court of competent "
        "jurisdiction.",
    ),
    (
        "c07-successive-sealing-application",
        "court-jurisdiction",
        "absent",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. A person whose application for sealing is denied may file a"
        " successive application for sealing after one year.",
    ),
    (
        "c08-nothing-prohibits-successive",
        "court-jurisdiction",
        "absent",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. Nothing in this section prohibits second or successive "
        "motions that raise a ground not previously raised.",
    ),
    (
        "c09-habeas-permissible",
        "court-jurisdiction",
        "absent",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. On habeas corpus it is permissible to question the "
        "correctness of the action of a court or judge where the court acted without jurisdiction or the "
        "plea was entered without advice of its immigration consequences.",
    ),
    (
        "c10-prohibiting-filing-fees",
        "court-jurisdiction",
        "absent",
        "AN ACT relating to post-conviction relief; prohibiting second and successive filing fees.\n"
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state.",
    ),
    (
        "c11-may-not-dismiss-successive",
        "court-jurisdiction",
        "absent",
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state. The court may not dismiss a second or successive petition "
        "that alleges the petitioner was not advised of the immigration consequences of a plea.",
    ),
    (
        "v01-trafficking-persons-conviction",
        "vacatur-for-cause",
        "present",
        "A person convicted of prostitution who was a victim of human trafficking at the time of the offense"
        " is entitled to have the person's conviction vacated.",
    ),
    (
        "v02-his-or-her-immigration-advice",
        "vacatur-for-cause",
        "present",
        "A defendant who shows that a plea of guilty was entered without advice of its immigration "
        "consequences is entitled to have his or her conviction vacated.",
    ),
    (
        "v03-unconstitutional-statute-movants",
        "vacatur-for-cause",
        "present",
        "A movant whose conviction rests on a statute later held unconstitutional shall be entitled to have "
        "the movant's convictions vacated and the record expunged.",
    ),
    (
        "v05-violation-of-law-judgment-set-aside",
        "vacatur-for-cause",
        "present",
        "If the court finds that the conviction was obtained in violation of the constitution or laws of "
        "this state, the petitioner is entitled to have the judgment set aside.",
    ),
    (
        "v06-entitled-record-sealed",
        "vacatur-for-cause",
        "absent",
        "A person who has completed the sentence and remained free of any new conviction for five years is "
        "entitled to have the record of the conviction sealed.",
    ),
    (
        "v07-diversion-entitled-vacated",
        "vacatur-for-cause",
        "absent",
        "A person who completes a diversion program ordered by the court is entitled to have the person's "
        "conviction vacated.",
    ),
    (
        "v09-trafficking-fines-waived",
        "vacatur-for-cause",
        "absent",
        "A person who was a victim of human trafficking at the time of the offense is entitled to have the "
        "person's fines and fees waived.",
    ),
    (
        "r01-petition-vacate-then-seal",
        "record-access",
        "absent",
        "A person convicted of an offense committed as a result of being a victim of human trafficking may "
        "petition the court to vacate the conviction. Upon vacatur, the records of the case shall be sealed.",
    ),
    (
        "r02-petition-vacate-and-seal-record",
        "record-access",
        "absent",
        "Any person convicted of possession of marijuana may petition the court to vacate the judgment and "
        "seal the record of the case.",
    ),
    (
        "r03-move-court-set-aside",
        "record-access",
        "absent",
        "The records of a conviction set aside under this section shall be sealed. The petitioner may move "
        "the court to set aside the conviction and dismiss the charges at any time after the sentence is "
        "completed.",
    ),
    (
        "r04-apply-vacate-no-hearing",
        "record-access",
        "absent",
        "A person may apply to the court to vacate a conviction for an offense that is no longer a crime, "
        "and the court shall grant the application without a hearing and order the records sealed.",
    ),
    (
        "r05-petition-inspect-file",
        "record-access",
        "contrary",
        "The records of a sealed case shall be kept confidential. The person who is the subject of the "
        "records may petition the court to inspect the sealed file.",
    ),
    (
        "r06-unsealed-only-upon-petition",
        "record-access",
        "contrary",
        "A sealed record may be unsealed only upon petition to the court by the person who is the subject of"
        " the record.",
    ),
    (
        "r07-leave-to-obtain-copy",
        "record-access",
        "contrary",
        "Records sealed under this section shall not be released. The subject of the record may apply to the"
        " court for leave to obtain a copy of the sealed record.",
    ),
    (
        "r08-not-open-defendant-court-order",
        "record-access",
        "contrary",
        "Sealed files shall not be open to any person, including the defendant, except by order of the "
        "court.",
    ),
    (
        "r09-matter-opened-only-order",
        "record-access",
        "contrary",
        "Upon the order of sealing, the matter shall be opened to the defendant only upon further order of "
        "the court.",
    ),
    (
        "r10-inspect-without-order",
        "record-access",
        "present",
        "The person who is the subject of a sealed record may inspect and obtain a copy of the record from "
        "the clerk without a court order.",
    ),
    (
        "f00-bar-only-control",
        "federal-records",
        "partial",
        "A criminal justice agency shall not disclose a sealed record, or any information about a person's "
        "citizenship or immigration status, to United States Immigration and Customs Enforcement or any "
        "other federal immigration authority.",
    ),
    (
        "r11-petition-vacate-and-receive",
        "record-access",
        "absent",
        "A person convicted of an offense committed as a victim of human trafficking may petition the court "
        "to vacate the conviction and receive a certificate of vacatur.",
    ),
    (
        "r12-copy-clerk-and-petition-vacate",
        "record-access",
        "present",
        "The person who is the subject of a sealed record may obtain a copy of the record from the clerk "
        "without a court order and may petition the court to vacate the conviction.",
    ),
    (
        "r13-petition-allow-him-view",
        "record-access",
        "contrary",
        "Records sealed under this section are confidential. The person may petition the court to allow him "
        "to view the sealed file.",
    ),
    (
        "r14-review-only-leave",
        "record-access",
        "contrary",
        "Once the conviction is sealed, the petitioner may review the sealed matter only with leave of the "
        "court.",
    ),
    (
        "r15-apply-review-sentence",
        "record-access",
        "absent",
        "The person may apply to the court to review the sentence and obtain a new sentencing hearing.",
    ),
    (
        "v10-trafficking-individuals-adjudication",
        "vacatur-for-cause",
        "present",
        "An individual who was a victim of human trafficking at the time of the offense is entitled to have "
        "the individual's adjudication vacated.",
    ),
    (
        "v11-her-conviction-set-aside",
        "vacatur-for-cause",
        "present",
        "A petitioner whose plea of guilty was not knowing and voluntary is entitled to have her conviction "
        "set aside.",
    ),
    (
        "f12-fed-licensing-boards",
        "federal-records",
        "contrary",
        "Records sealed under this section may be made available to state and federal licensing boards.",
    ),
    (
        "c12-prohibiting-filing-of-successive",
        "court-jurisdiction",
        "contrary",
        "AN ACT relating to post-conviction relief; prohibiting the filing of second or successive "
        "petitions.\n"
        "A person convicted of a crime may file a petition to vacate a conviction obtained in violation of "
        "the constitution or laws of this state.",
    ),
    (
        "v04-coerced-individuals-adjudication",
        "vacatur-for-cause",
        "present",
        "An individual who committed the offense under coercion by a trafficker is entitled to have the "
        "individual's adjudication vacated.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_text_reads_as_the_reviewer_decided(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
