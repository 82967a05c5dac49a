"""`billkit check` on real wording that shares words with harmful provisions (issue 14, sixteenth round).

Each case quotes a real ordinance, statute or bill as it stands in ``tests/corpus/`` (citation and
source in the file's header): the near misses must not read as ``contrary``, and the real ``contrary``
texts in ordinary words must. Beside each, a variation shows the reading turns on the words it should.
"""

from __future__ import annotations

from support import passage_status

# Near misses: sanctuary ordinances that keep nothing flowing to immigration authorities.

HYATTSVILLE_INTERROGATION = (
    "B. No official or employee may utilize any individual's citizenship or immigration status as an "
    "interrogation tool or tactic. No official or employee may communicate to a suspect, detainee, or "
    "arrestee that any individual's ability to remain within the United States of America may be in "
    "jeopardy. Nothing herein shall be construed as barring an official or employee from providing "
    "information regarding an individual's citizenship or immigration status to that same individual."
)  # Hyattsville, Md., City Code, ch. adopted by H.O. 2017-02 (2017); https://www.ecode360.com/36857644

HYATTSVILLE_SAVING = (
    "D. No provision in this chapter shall be construed as prohibiting the City of Hyattsville Police "
    "Department from:\n(1) Investigating, detaining, or arresting violators of the criminal law; "
    "or\n(2) Assisting any law enforcement agency with investigations or arrests relating to criminal "
    "activity and suspected criminal activity other than violations of the civil immigration and "
    "nationality laws of the United States of America; or\n(3) Complying with the provisions of 8 "
    "U.S.C. § 1373."
)  # ibid.


def test_status_told_to_the_person_it_is_about_keeps_no_sharing_open():
    assert passage_status("federal-records", HYATTSVILLE_INTERROGATION) == "absent"
    to_agents = HYATTSVILLE_INTERROGATION.replace(
        "to that same individual", "to federal immigration authorities"
    )
    assert passage_status("federal-records", to_agents) == "contrary"


def test_a_saving_that_names_immigration_only_as_what_it_leaves_out_is_no_sharing():
    assert passage_status("federal-records", HYATTSVILLE_SAVING) == "absent"


COLUMBUS_161_10 = (
    "B. No department, employee, public official, or public servant of the city of Columbus shall deny "
    "access to city services based on the immigration status of any person unless required by law or "
    "court order.",
    "D. No department, employee, public official, or public servant of the city of Columbus shall use "
    "city moneys, equipment, or personnel for the sole purpose of detecting or apprehending any person "
    "based on the person's suspected immigration status, except in response to a court order.",
    "E. No department, employee, public official, or public servant of the city of Columbus shall request "
    "information about or otherwise investigate or assist in the investigation of a person's immigration "
    "status unless a warrant exists, a criminal violation was reported, or an arrest was made.",
)  # Columbus, Ohio, City Code § 161.10(B), (D), (E) (2017)


def test_services_spending_and_status_questions_are_not_records_kept_from_immigration_authorities():
    for text in COLUMBUS_161_10:
        assert passage_status("federal-records", text) == "absent", text
    # a bar on sharing the status with an immigration agency is the immigration half
    shared = "No employee of the city shall share a person's immigration status with immigration authorities."
    assert passage_status("federal-records", shared) == "partial"


WI_SB_715 = (
    "(2) Inquiries about immigration status. (a) A political subdivision may not enact an ordinance or "
    "adopt a resolution prohibiting an employee of that political subdivision from inquiring about the "
    "immigration status of an individual seeking or receiving public services from the political "
    "subdivision."
)  # S.B. 715, 2005–2006 Leg. (Wis. 2006), § 1 (proposed Wis. Stat. § 66.0408(2)(a))


def test_a_ban_on_banning_status_questions_is_not_a_ban_on_banning_sharing():
    assert passage_status("federal-records", WI_SB_715) == "absent"
    reporting = WI_SB_715.replace(
        "from inquiring about the immigration status of an individual seeking or receiving public services "
        "from the political subdivision",
        "from sharing information about an individual's immigration status with federal immigration "
        "authorities",
    )
    assert passage_status("federal-records", reporting) == "contrary"


# Real contrary texts in ordinary words.

DE_8513 = (
    "(a) Upon application, the Bureau shall furnish a copy of all information available pertaining to "
    "the identification and criminal history of any person or persons of whom the Bureau has a record "
    "to:\n(1) Criminal justice agencies and/or courts of the State or of any political subdivision "
    "thereof or to any similar agency and/or court in any State or of the United States or of any "
    "foreign country for purposes of the administration of criminal justice and/or criminal justice "
    "employment;\n(2) Any person or the person's attorney of record who requests a copy of the "
    "person's own Delaware criminal history record, provided that such person:"
)  # Del. Code Ann. tit. 11, § 8513(a)


def test_a_repository_list_of_recipients_that_names_agencies_of_the_united_states_is_contrary():
    assert passage_status("federal-records", DE_8513) == "contrary"
    in_state = DE_8513.replace(" or of the United States or of any foreign country", "")
    assert passage_status("federal-records", in_state) == "absent"


NH_SB_71 = (
    "106-P:2 Prohibition of Sanctuary Policies. Except as otherwise expressly prohibited by state or federal "
    "law, local governmental entities may not prohibit or impede any state or federal law enforcement agency "
    "from complying with title 8 of the United States Code."
)  # S.B. 71, 2025 Sess. (N.H. 2025), § 1 (proposed N.H. Rev. Stat. Ann. § 106-P:2)


def test_a_ban_on_impeding_compliance_with_title_8_is_an_anti_sanctuary_law():
    assert passage_status("federal-records", NH_SB_71) == "contrary"
    # compliance with laws other than the immigration laws is not what an anti-sanctuary law protects
    other_title = NH_SB_71.replace("title 8 of the United States Code", "title 18 of the United States Code")
    assert passage_status("federal-records", other_title) == "absent"


# Vacatur of a juvenile adjudication.

LA_CH_923 = (
    "A. A motion to set aside an adjudication pursuant to the provisions of this Article, may be filed "
    "and served upon the district attorney at any time following an adjudication of delinquency and "
    "completion of the disposition relating thereto involving the offenses of prostitution pursuant to "
    "R.S. 14:82 ... when the child's participation in the offense was a result of having been a victim "
    "of human trafficking under R.S. 14:46.2 or a victim of a severe form of trafficking under the "
    "federal Trafficking Victims Protection Act (22 U.S.C. 7101 et seq.)."
)  # La. Child. Code art. 923(A)


def test_an_adjudication_set_aside_for_a_trafficking_victim_is_vacatur_for_cause():
    assert passage_status("vacatur-for-cause", LA_CH_923) == "present"
    after_probation = (
        "A motion to set aside an adjudication may be filed at any time after the child completes the "
        "disposition without a further adjudication of delinquency."
    )
    assert passage_status("vacatur-for-cause", after_probation) == "absent"


# Who may see: "a person" in a list is anyone.

ME_805_A = (
    "1. Dissemination of certain information. This chapter does not preclude dissemination of "
    "intelligence and investigative record information that is confidential under section 804 by a "
    "Maine criminal justice agency to:\nA. Another criminal justice agency;\nB. A person or public or "
    "private entity as part of the criminal justice agency's administration of criminal justice or the "
    "administration of civil justice by the Department of the Attorney General or a district "
    "attorney's office;\nD. A federal court, the District Court, Superior Court or Supreme Judicial "
    "Court or an equivalent court in another state;"
)  # Me. Rev. Stat. Ann. tit. 16, § 805-A(1) (subsection C left out here)


def test_a_person_in_a_list_of_recipients_is_anyone_not_the_person_the_records_are_about():
    assert passage_status("record-access", ME_805_A) == "absent"
    subject = ME_805_A.replace(
        "B. A person or public", "B. The person who is the subject of the record or a public"
    )
    assert passage_status("record-access", subject) == "present"
