"""`billkit check` on real statutory wording it was taught with the grown tuning split (issue 14).

Each case quotes a real statute or bill, cited, as it stands in ``tests/corpus/``: one test for each
pattern the rules learnt from it, and a near miss beside it where the words are shared but the
protection is not given.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from billkit.check.judge import Evidence, strongest
from billkit.check.quoting import quote
from billkit.cli import app

from support import passage_status

# Vacatur for legal error, as post-conviction statutes word it.

OR_138_530 = (
    "(1) Post-conviction relief pursuant to ORS 138.510 to 138.680 shall be granted by the court when one or "
    "more of the following grounds is established by the petitioner:\n"
    "(a) A substantial denial in the proceedings resulting in petitioner’s conviction, or in the appellate "
    "review thereof, of petitioner’s rights under the Constitution of the United States, or under the "
    "Constitution of the State of Oregon, or both, and which denial rendered the conviction void."
)  # Or. Rev. Stat. § 138.530(1)(a)


@pytest.mark.parametrize(
    "text",
    [
        OR_138_530,
        # Or. Rev. Stat. § 138.530(1)(d): a statute held unconstitutional.
        "(1) Post-conviction relief shall be granted by the court when one or more of the following grounds "
        "is established by the petitioner:\n(d) Unconstitutionality of the statute making criminal the acts "
        "for which petitioner was convicted.",
        # Minn. Stat. § 590.01, subd. 1 (2004).
        "Subdivision 1. Petition. Except at a time when direct appellate relief is available, a person "
        "convicted of a crime, who claims that:\n(1) the conviction obtained or the sentence or other "
        "disposition made violated the person's rights under the Constitution or laws of the United States "
        "or of the state; or\nmay commence a proceeding to secure relief by filing a petition in the "
        "district court in the county in which the conviction was had to vacate and set aside the judgment.",
        # 725 Ill. Comp. Stat. 5/122-1(a)(1) (2005).
        "(a) Any person imprisoned in the penitentiary may institute a proceeding under this Article if the "
        "person asserts that:\n(1) in the proceedings which resulted in his or her conviction there was a "
        "substantial denial of his or her rights under the Constitution of the United States or of the "
        "State of Illinois or both; or",
    ],
)
def test_post_conviction_relief_for_a_constitutional_defect_is_vacatur_for_cause(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_clean_record_vacation_is_not_vacatur_for_cause():
    # Wash. Rev. Code § 9.94A.640(1) (before 2019): relief for a clean record, not for a legal defect.
    text = (
        "(1) Every offender who has been discharged under RCW 9.94A.637 may apply to the sentencing court "
        "for a vacation of the offender's record of conviction. If the court finds the offender meets the "
        "tests prescribed in subsection (2) of this section, the court may clear the record of conviction "
        "by: (a) Permitting the offender to withdraw the offender's plea of guilty and to enter a plea of "
        "not guilty."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_saving_a_higher_courts_habeas_jurisdiction_is_not_continuing_jurisdiction():
    # Or. Rev. Stat. § 138.530(3), after the catchline-laden cross-reference in (1).
    text = (
        "(3) ORS 138.510 (Persons who may file petition for relief) to 138.680 (Short title) shall not be "
        "construed to limit the original jurisdiction of the Supreme Court in habeas corpus as provided in "
        "the Constitution of this state."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


# Own-record access.

AR_16_90_1416 = (
    "(a) The custodian of a sealed record shall not disclose the existence of the sealed record or release "
    "the sealed record except when requested by:\n"
    "(1) The person whose record was sealed or the person’s attorney when authorized in writing by the "
    "person;\n(2) A criminal justice agency, as defined in § 12-12-1001;"
)  # Ark. Code Ann. § 16-90-1416(a)


def test_a_record_closed_except_when_the_person_asks_is_open_to_the_person():
    assert passage_status("record-access", AR_16_90_1416) == "present"


# Me. Rev. Stat. Ann. tit. 15, § 3308(1-A), (3) (text effective until Jan. 1, 2022), from getpocketlaw.com;
# tests/corpus/me-15-mrsa-3308-2019.txt.
ME_3308 = (
    "1-A. Confidentiality. Juvenile case records are confidential and may not be disclosed, disseminated "
    "or inspected except as expressly authorized by this Part.",
    "3. Dissemination of juvenile case records. Juvenile case records must be open to inspection by and, "
    "upon request, be disseminated to the juvenile, the juvenile's parent or parents, guardian or legal "
    "custodian, the juvenile's attorney, the prosecuting attorney and to any agency to which legal custody "
    "of the juvenile was transferred as a result of adjudication.",
)
# Or. Rev. Stat. § 419A.255(1)(b), from oregonlaws.org; tests/corpus/or-ors-419a-255.txt (list cut after (D)).
OR_419A_255 = (
    "(b) The record of the case shall be withheld from public inspection but is open to inspection by the "
    "following:\n(A) The judge of the juvenile court and those acting under the judge's direction;\n"
    "(B) The child;\n(C) The ward;\n(D) The youth;"
)
# D.C. Code § 16-2331(b), as enacted by Pub. L. No. 91-358, 84 Stat. 473, 540 (1970), from Wikisource's
# transcription of the Statutes at Large; tests/corpus/dc-pl-91-358-1970-16-2331.txt (list cut after (3)).
DC_16_2331 = (
    "(b) Juvenile case records shall be kept confidential and shall not be open to inspection; but, "
    "subject to the limitations of subsection (c), the inspection of those records shall be permitted "
    "to\u2014\n(1) judges and professional staff of the Superior Court;\n(2) the Corporation Counsel and "
    "his assistants assigned to the Division;\n(3) the respondent, his parents or guardians, and their "
    "duly authorized attorneys;"
)
# Neb. Rev. Stat. § 29-3523(1), from getpocketlaw.com; tests/corpus/ne-rev-stat-29-3523.txt (cut after (c)).
NE_29_3523 = (
    "(1) After the expiration of the periods described in subsection (3) of this section or after the "
    "granting of a motion under subsection (4), (5), or (6) of this section, a criminal justice agency "
    "shall respond to a public inquiry in the same manner as if there were no criminal history record "
    "information and criminal history record information shall not be disseminated to any person other "
    "than a criminal justice agency, except as provided in subsection (2) of this section or when the "
    "subject of the record:\n(a) Is currently the subject of prosecution or correctional control as the "
    "result of a separate arrest;\n(b) Is currently an announced candidate for or holder of public "
    "office;\n(c) Has made a notarized request for the release of such record to a specific person; or"
)


@pytest.mark.parametrize("texts", [ME_3308, (OR_419A_255,), (DC_16_2331,)])
def test_records_shut_to_the_public_but_open_to_the_person_they_are_about_are_present(texts):
    assert passage_status("record-access", *texts) == "present"


def test_a_closed_record_open_to_a_list_without_the_person_is_not_access():
    # The Oregon list cut before the person is named.
    assert passage_status("record-access", OR_419A_255.split("\n(B)")[0]) == "absent"
    # The Maine list in a text that never closes the records: any record, not a cleared one.
    assert passage_status("record-access", ME_3308[1]) != "present"


def test_a_sealed_record_released_on_the_persons_own_request_is_open_to_the_person():
    assert passage_status("record-access", NE_29_3523) == "present"
    someone_else = NE_29_3523.replace("Has made a notarized request", "Is named in a request")
    assert passage_status("record-access", someone_else) != "present"


def test_a_record_withheld_from_the_person_is_not_open_to_them():
    # Near misses written for this test: a bar on the person, and a list whose semicolon starts a new clause.
    barred = (
        "Records expunged under this chapter shall not be available to the petitioner; a petitioner who "
        "requires information from an expunged record shall apply to the court, which may permit "
        "inspection upon good cause shown."
    )
    assert passage_status("record-access", barred) == "contrary"
    mailed = (
        "Records sealed under this section shall be available only to criminal justice agencies; however, "
        "the court shall mail to the person whose record was sealed a copy of the order granting relief."
    )
    assert passage_status("record-access", mailed) != "present"


@pytest.mark.parametrize(
    "text",
    [
        # Nev. Admin. Code § 239.935(1).
        "1. If a governmental entity is required by law or a court of competent jurisdiction to seal a "
        "record which is in its legal custody, the governmental entity must make the record accessible only "
        "to authorized personnel of the governmental entity, a person possessing a court order authorizing "
        "the person to access the record or any other person authorized by law to access the record.",
        # S.D. Codified Laws § 26-7A-116.
        "Subsequent inspection of the sealed records may thereafter be permitted by the court only on "
        "petition by the child who is the subject of the record, the state’s attorney, or court services "
        "officers.",
    ],
)
def test_records_opened_only_by_a_court_are_contrary(text):
    assert passage_status("record-access", text) == "contrary"


def test_ones_own_criminal_history_information_is_partial_and_reading_it_aloud_is_not_outreach():
    # Wash. Admin. Code § 446-20-090(1), (4).
    first = (
        "(1) Any person desiring to inspect his or her criminal history record information or request a copy "
        "of his or her nonconviction data for a reasonable fee may do so at the central records keeping "
        "office of any criminal justice agency."
    )
    fourth = (
        "Such designated person will then be permitted to read or otherwise describe or translate the "
        "criminal history record information to the person about whom it pertains."
    )
    assert passage_status("record-access", first, fourth) == "partial"
    assert passage_status("public-education", first, fourth) == "absent"


# Records and information that reach immigration authorities.

# Ga. Code Ann. § 15-11-708(b)-(c) (year not confirmed), from legalfix.com; tests/corpus/ga-code-15-11-708.txt
# (list cut after (4)).
GA_15_11_708 = (
    "(b) Unless a charge of delinquency is transferred for criminal prosecution, the interest of national "
    "security requires, the case is one in which the general public may not be excluded from the hearings, "
    "or the court otherwise orders in the best interests of the child, the records and files shall not be "
    "open to public inspection nor shall their contents be disclosed to the public.\n"
    "(c) Inspection of the records and files shall be permitted by:\n"
    "(1) A juvenile court having a child before it in any proceeding;\n"
    "(2) The attorney for a party to the proceedings, with the consent of the court;\n"
    "(3) The officers of public institutions or agencies to whom a child is committed;\n"
    "(4) Law enforcement officers and prosecuting attorneys of this state, the United States, or any other "
    "jurisdiction when necessary for the discharge of their official duties;"
)


# D.C. Code § 16-2331(b)(6) (1970), as above, items (4) and (5) left out.
DC_16_2331_6 = (
    DC_16_2331
    + "\n(6) the United States Attorney for the District of Columbia, his assistants, and any other "
    "prosecuting attorneys involved in the investigation or trial of a criminal case arising out of the same "
    "transaction or occurrence as a case in which a child is alleged to be delinquent; and"
)


@pytest.mark.parametrize("text", [GA_15_11_708, DC_16_2331_6])
def test_closed_records_open_to_federal_officers_by_a_list_are_contrary(text):
    assert passage_status("federal-records", text) == "contrary"


def test_a_list_of_state_officers_is_not_federal():
    state_only = GA_15_11_708.replace(
        "of this state, the United States, or any other jurisdiction", "of this state"
    )
    assert passage_status("federal-records", state_only) == "absent"


@pytest.mark.parametrize(
    "text",
    [
        # Assemb. B. 2418, 2007–2008 Reg. Sess. (Cal. 2008), proposed Penal Code § 667.21(a).
        "The sheriff of the county in which the subject is being held shall, as soon as practical, notify "
        "the federal Immigration and Customs Enforcement of the person’s arrest and charges.",
        # Assemb. B. 2641, 2023–2024 Reg. Sess. (Cal. 2024), proposed Gov't Code § 7282.7(a)(1).
        "(a) Notwithstanding Section 7282.5 or 7284.6, law enforcement officials shall, for an individual "
        "described in subdivision (b), cooperate with immigration authorities in any of the following "
        "circumstances:(1) Providing information regarding a person’s release date or responding to requests "
        "for notification by providing release dates in response to a notification request from immigration "
        "authorities.",
        # Tenn. Code Ann. § 7-68-103.
        "No local governmental entity or official shall adopt or enact a sanctuary policy.",
        # H.B. 1375, 82d Leg., Reg. Sess. (Tex. 2011), § 1 (Loc. Gov't Code § 370.003(c)).
        "(c) In compliance with Subsection (b)(2), an entity described by Subsection (a) may not prohibit or "
        "in any manner restrict a person employed by or otherwise under the direction or control of the "
        "entity from doing any of the following:\n(1) with respect to information relating to the "
        "immigration status, lawful or unlawful, of any individual:\n(A) sending the information to or "
        "requesting or receiving the information from United States Citizenship and Immigration Services or "
        "United States Immigration and Customs Enforcement, including information regarding an individual's "
        "place of birth;",
    ],
)
def test_laws_that_send_information_to_immigration_authorities_are_contrary(text):
    assert passage_status("federal-records", text) == "contrary"


def test_a_plea_advisement_names_immigration_without_sending_anything_to_it():
    # N.C. Gen. Stat. § 15A-1022(a)(7), with its lead.
    text = (
        "(a) a superior court judge may not accept a plea of guilty or no contest from the defendant without "
        "first addressing him personally and:\n(7) Informing him that if he is not a citizen of the United "
        "States of America, a plea of guilty or no contest may result in deportation, the exclusion from "
        "admission to this country, or the denial of naturalization under federal law."
    )
    assert passage_status("federal-records", text) == "absent"
    assert passage_status("public-education", text) == "partial"


def test_a_numbered_item_reads_with_the_lead_that_forbids_it():
    # S.B. 1362, 57th Leg., 1st Reg. Sess. (Ariz. 2025), § 1 (proposed Ariz. Rev. Stat. § 9-1001(A)(5)).
    text = (
        "A. A municipal law enforcement agency or official may not do any of the following:\n"
        "1. stop, question, arrest, search or detain any person based on actual or suspected citizenship or "
        "immigration status.\n"
        "5. make municipal databases available to any person or entity for the purpose of immigration "
        "enforcement."
    )
    assert passage_status("federal-records", text) == "partial"


# Evidence a lawyer can read once.


def test_a_later_item_quoted_with_its_lead_marks_the_items_cut_between_them():
    # A lead, three items the quote leaves out, and the item that decides (the shape a lawyer's read of
    # S.D. Codified Laws § 26-7A-27, tests/corpus/sd-codified-laws-26-7a-27.txt, found spliced silently;
    # words written for this test): the quote says "…" where the items were, and reads as before.
    from billkit.check.reading import Passage
    from billkit.check.rules import check_passages

    text = (
        "(a) The records of a child may not be inspected by or disclosed to the public except:\n(1) By order "
        "of the court;\n(2) To a criminal justice agency;\n(3) To the child's school;\n(4) To the child "
        "whose records they are, on request."
    )
    lines = [Passage(line, f"Sec. 2, line {n}") for n, line in enumerate(text.split("\n"), start=1)]
    access = next(f for f in check_passages(lines) if f.id == "record-access")
    assert access.status == "present"
    assert access.evidence[0].quote == (
        "(a) The records of a child may not be inspected by or disclosed to the public except: … (4) To the "
        "child whose records they are, on request."
    )


def test_a_quote_and_its_cut_longer_reading_are_not_both_kept():
    # The advocate's sentence (../shared/reviews/2026-11-user-review.md, (b)), read alone by one rule and
    # with the sentence after it, cut at a clause break, by another.
    sentence = (
        "Sealed records may not be opened or made available to any person, including the person who is the "
        "subject of the record, without a court order, except that sealed records shall remain available to "
        "any criminal justice agency."
    )
    longer = quote(sentence + " " + "The division shall keep a register of every sealing, " * 12, limit=300)
    assert longer.endswith(" …") and longer != sentence
    kept = strongest([Evidence(sentence, "line 1", "against")], [Evidence(longer, "line 1", "present")])
    assert [e.quote for e in kept] == [sentence]


def test_a_random_bytes_pdf_gets_one_error_line_and_no_pypdf_notes(tmp_path):
    path = tmp_path / "pending.pdf"
    path.write_bytes(bytes(range(256)) * 4)
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("Error: ") and "pdf header" not in result.stderr.lower()


# Patterns learnt from the 23 texts added to the tuning split on 2026-11-30 (second growth).

VT_2658_B = (
    "(b) A person convicted of a qualifying crime may file a motion to vacate the conviction if it was "
    "obtained as a result of the person having been a victim of human trafficking."
)  # Vt. Stat. Ann. tit. 13, § 2658(b)
MT_46_18_608 = (
    "(2) The motion must:\n(a) be made within a reasonable time after the person ceased to be involved in "
    "trafficking for commercial sexual activity or sought services for trafficking victims; and\n(b) state "
    "why "
    "the facts giving rise to the motion were not presented to the court during the prosecution of the "
    "person.\n"
    "(3) Official documentation from a local government or a state or federal agency of the person's status "
    "as "
    "a victim of trafficking for commercial sexual activity creates a rebuttable presumption that the "
    "person's "
    "participation in the offense of prostitution was a result of having been a victim of trafficking for "
    "commercial sexual activity.\n(4) If a court vacates a conviction of prostitution under this section, "
    "the "
    "court shall:\n(a) send a copy of the order vacating the conviction to the prosecutor and the "
    "department of "
    "justice; and\n(b) inform the person whose conviction has been vacated under this section that the "
    "person "
    "may be eligible for certain state and federal programs and services."
)  # Mont. Code Ann. § 46-18-608(2)-(4) (2013), cut


def test_vacatur_for_a_trafficking_victim_is_vacatur_for_cause_and_its_presumption_partial():
    assert passage_status("vacatur-for-cause", VT_2658_B) == "present"
    assert passage_status("rebuttable-presumption", MT_46_18_608) == "partial"
    # Without the trafficking ground, a motion to vacate is not for cause.
    plain = "(b) A person convicted of a qualifying crime may file a motion to vacate the conviction."
    assert passage_status("vacatur-for-cause", plain) == "absent"


def test_a_judgment_unlawful_as_a_result_of_any_error_is_vacatur_for_cause():
    # Me. Rev. Stat. tit. 15, § 2125.
    text = (
        "A person who satisfies the prerequisites of section 2124 may show that the challenged criminal "
        "judgment "
        "or sentence is unlawful or unlawfully imposed, or that the impediment resulting from the challenged "
        "post-sentencing proceeding is unlawful, as a result of any error or ground for relief, whether or "
        "not of "
        "record, unless the error is harmless."
    )
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_sibling_provision_closes_the_lead_before_it():
    """Mont. Code Ann. § 46-18-608: "(3)" after "(2) The motion must:" is not an item of (2), and the
    court's duty in (4) reaches item (b) ("shall: ... (b) inform the person ...")."""
    from billkit.check.leads import with_leads
    from billkit.check.rules import sentences

    located = [(s, "x") for s in sentences(MT_46_18_608.replace("\n", " "))]
    read = [text for text, _ in with_leads(located)]
    assert not any(text.startswith("(2) The motion must:") and "(3) Official" in text for text in read)
    assert passage_status("public-education", MT_46_18_608) == "partial"


def test_lack_of_jurisdiction_as_a_ground_of_relief_is_not_the_court_keeping_it():
    # Idaho Code § 19-4901(a)(1)-(2), cut: a ground for post-conviction relief, not continuing jurisdiction.
    text = (
        "(a) Any person who has been convicted of, or sentenced for, a crime and who claims: (1) That the "
        "conviction or the sentence was in violation of the constitution of the United States or the "
        "constitution or laws of this state; (2) That the court was without jurisdiction to impose sentence; "
        "may institute, without paying a filing fee, a proceeding under this act to secure relief."
    )
    assert passage_status("court-jurisdiction", text) == "absent"
    assert passage_status("vacatur-for-cause", text) == "present"


def test_sealed_information_open_for_review_by_its_subject_is_record_access():
    # Alaska Stat. § 12.62.180(d): a list of uses, one of them the subject's own review.
    text = (
        "(d) Information that is sealed under this section may be provided to another person or agency only\n"
        "(1) for record management purposes, including auditing;\n(2) for criminal justice employment "
        "purposes;\n"
        "(3) for review by the subject of the record;\n(4) for research and statistical purposes;\n"
        "(5) when necessary to prevent imminent harm to a person; or\n(6) for a use authorized by statute or "
        "court order."
    )
    assert passage_status("record-access", text) == "present"
    closed = text.replace("(3) for review by the subject of the record;\n", "")
    assert passage_status("record-access", closed) == "absent"


def test_ones_own_criminal_history_disseminated_to_one_is_partial_record_access():
    # Idaho Code § 67-3008(2)(b)(iv).
    text = (
        "(iv) A record of an arrest that does not contain a disposition after twelve (12) months from the "
        "date "
        "of arrest may only be disseminated by the department to criminal justice agencies, to the subject "
        "of the "
        "record, or to a person requesting the criminal history information with a signed release from the "
        "subject of the record."
    )
    assert passage_status("record-access", text) == "partial"


def test_an_anti_sanctuary_law_without_the_word_is_contrary():
    # Idaho Code § 19-6102(1).
    text = (
        "(1) A governmental entity shall not adopt, enforce, or endorse a policy under which the entity "
        "prohibits "
        "or discourages the enforcement of immigration laws."
    )
    assert passage_status("federal-records", text) == "contrary"
    # A policy that limits something else is not about immigration enforcement.
    other = "(1) A governmental entity shall not adopt a policy under which the entity prohibits smoking."
    assert passage_status("federal-records", other) == "absent"


def test_a_plea_advisement_to_a_defendant_who_is_not_a_citizen_is_partial_public_education():
    # N.D. R. Crim. P. 11(b)(1)(J) (2016), with its lead.
    text = (
        "(1) The court may not accept a plea of guilty without first, by addressing the defendant "
        "personally in "
        "open court, informing the defendant of and determining that the defendant understands the "
        "following:\n"
        "(J) that, if convicted, a defendant who is not a United States citizen may be removed from the "
        "United "
        "States, denied citizenship, and denied admission to the United States in the future."
    )
    assert passage_status("public-education", text) == "partial"
    # Iowa H.F. 2116 (86th G.A. 2016): a ban on restricting status-information sharing advises no one.
    sharing = (
        "An official of a county shall not be prohibited or in any way be restricted from sending, "
        "receiving, or "
        "maintaining information relating to the immigration status of any individual for the following "
        "official "
        "purposes: (3) If the individual is not a citizen of the United States, determining whether the "
        "individual is in compliance with the federal registration laws."
    )
    assert passage_status("public-education", sharing) == "absent"


def test_a_public_information_program_about_relief_is_partial_public_education():
    # Ill. Admin. Code tit. 2, § 500.300(a)(2).
    text = (
        "The Office shall disseminate printed materials and provide information through its website "
        "explaining "
        "the State's expungement process, circumstances under which expungement may occur, the criminal "
        "offenses "
        "that may be expunged and steps necessary to complete the expungement process."
    )
    assert passage_status("public-education", text) == "partial"


# Patterns learnt from the 20 tuning texts of the third researcher (growth-corpus-c.md).


@pytest.mark.parametrize(
    "text",
    [
        # Okla. Stat. tit. 22, § 1080 (cut): grounds listed after "who claims:", the grant after them.
        "Any person who has been convicted of, or sentenced for, a crime and who claims:\n1. That the "
        "conviction "
        "or the sentence was in violation of the Constitution of the United States or the Constitution or "
        "laws of "
        "this state;\n2. That the court was without jurisdiction to impose sentence;\nmay institute a "
        "proceeding "
        "under the Post-Conviction Procedure Act in the court in which the judgment and sentence on "
        "conviction "
        "was imposed to secure the appropriate relief.",
        # N.J. Ct. R. 3:22-2(a).
        "A petition for post-conviction relief is cognizable if based upon any of the following "
        "grounds:\n(a) "
        "Substantial denial in the conviction proceedings of defendant's rights under the Constitution of "
        "the "
        "United States or the Constitution or laws of the State of New Jersey;",
        # Ohio Rev. Code Ann. § 2953.21(A)(1)(a) (cut).
        "(A)(1)(a) Any person who has been convicted of a criminal offense and who claims that there was "
        "such a "
        "denial or infringement of the person's rights as to render the judgment void or voidable under "
        "the Ohio "
        "Constitution or the Constitution of the United States may file a petition in the court that imposed "
        "sentence, stating the grounds for relief relied upon, and asking the court to vacate or set aside "
        "the "
        "judgment or sentence or to grant other appropriate relief.",
    ],
)
def test_post_conviction_grounds_in_more_words_are_vacatur_for_cause(text):
    assert passage_status("vacatur-for-cause", text) == "present"


def test_a_first_offender_dismissal_is_not_vacatur_for_cause():
    # 18 U.S.C. § 3607(a) (cut): dismissal after probation, relief for good conduct only.
    text = (
        "If a person found guilty of an offense described in section 404 of the Controlled Substances Act "
        "has not, "
        "prior to the commission of such offense, been convicted of violating a Federal or State law "
        "relating to "
        "controlled substances, the court may place him on probation; at the expiration of the term of "
        "probation, if the person has not violated a condition of his probation, the court shall, without "
        "entering "
        "a judgment of conviction, dismiss the proceedings against the person and discharge him from "
        "probation."
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_sealed_records_available_only_to_their_subject_and_others_are_record_access():
    # Fla. Stat. § 943.059(4) (cut): "s." abbreviates "section" and does not end the sentence.
    text = (
        "A criminal history record of a minor or an adult which is ordered sealed by a court of competent "
        "jurisdiction pursuant to this section is confidential and exempt from the provisions of s. "
        "119.07(1) and "
        "s. 24(a), Art. I of the State Constitution and is available only to the person who is the subject "
        "of the "
        "record, to the subject's attorney, to criminal justice agencies for their respective criminal "
        "justice "
        "purposes."
    )
    assert passage_status("record-access", text) == "present"


def test_a_bar_on_any_access_with_no_route_for_the_person_is_contrary():
    # Cal. Penal Code § 851.90(a)(2).
    text = (
        "(2) If the order is made, the clerk of the court shall thereafter not allow access to any records "
        "concerning the case, including the court file, index, register of actions, or other similar records."
    )
    assert passage_status("record-access", text) == "contrary"
    opened = text.replace("similar records.", "similar records, except to the defendant.")
    assert passage_status("record-access", opened) != "contrary"


def test_a_certified_promise_not_to_disclose_to_immigration_enforcement_is_partial():
    # Colo. Rev. Stat. § 24-74-105 (cut).
    text = (
        "The third party will not disclose personal identifying information obtained from the database or "
        "automated network to individuals or entities engaged in investigating for, participating in, "
        "cooperating "
        "with, or assisting in federal immigration enforcement, unless required by federal or state law."
    )
    assert passage_status("federal-records", text) == "partial"


def test_a_duty_to_comply_with_detainers_is_contrary_and_a_ban_on_it_is_not():
    # Ind. H.B. 1531 (2025), digest.
    duty = (
        "Provides that a governmental body that has the custody of an individual who is the subject of an "
        "immigration detainer request shall: (1) provide the judge notice that the individual is subject "
        "to an "
        "immigration detainer request; (2) record in the individual's case file that the individual is "
        "subject "
        "to an immigration detainer request; (3) comply with the immigration detainer request."
    )
    assert passage_status("federal-records", duty) == "contrary"
    # 5 Ill. Comp. Stat. 805/15(a).
    ban = (
        "(a) A law enforcement agency or law enforcement official shall not detain or continue to detain any "
        "individual solely on the basis of any immigration detainer or civil immigration warrant or "
        "otherwise "
        "comply with an immigration detainer or civil immigration warrant."
    )
    assert passage_status("federal-records", ban) != "contrary"


def test_a_ban_on_keeping_agencies_from_immigration_enforcement_is_contrary():
    # N.Y. S. 2241 (2025), § 13(2), new text in capitals as printed.
    text = (
        "2. THE GOVERNOR SHALL NOT, THROUGH EXECUTIVE ORDER OR ANY OTHER EXECUTIVE POWER, PREVENT OR "
        "INHIBIT STATE "
        "AGENCIES AND THEIR EMPLOYEES, INCLUDING LAW ENFORCEMENT OFFICERS, FROM WORKING WITH FEDERAL "
        "AGENCIES FOR "
        "THE PURPOSES OF FEDERAL IMMIGRATION ENFORCEMENT."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_criminal_history_made_available_to_federal_agencies_is_contrary():
    # 28 C.F.R. § 20.33(a)(1)-(2).
    text = (
        "(a) Criminal history record information contained in the III System and the FIRS may be made "
        "available:\n(1) To criminal justice agencies for criminal justice purposes;\n(2) To federal "
        "agencies "
        "authorized to receive it pursuant to federal statute or Executive order;"
    )
    assert passage_status("federal-records", text) == "contrary"


# Patterns learnt from the 22 tuning texts of the fourth researcher (growth-corpus-d.md).


def test_a_child_who_may_inspect_without_court_order_in_a_lettered_list_has_record_access():
    # Iowa Code § 232.149A(3) (2009), cut: items labelled "a.", "b." finish the lead.
    text = (
        "3. Official juvenile court records subject to a confidentiality order may be inspected and their "
        "contents shall be disclosed to the following without court order:\na. The judge and professional "
        "court "
        "staff, including juvenile court officers.\nb. The child and the child's counsel."
    )
    assert passage_status("record-access", text) == "present"
    without_child = text.replace("b. The child and the child's counsel.", "")
    assert passage_status("record-access", without_child) != "present"


def test_records_opened_only_upon_order_of_a_named_court_are_contrary():
    # Mont. Code Ann. § 41-5-216(5) (older text), cut.
    text = (
        "(5) After formal youth court records, law enforcement records, and department records are sealed, "
        "they are not open to inspection except, upon order of the youth court, for good cause, including "
        "when "
        "a youth commits a new offense, to: (a) those persons and agencies listed in 41-5-215(2)."
    )
    assert passage_status("record-access", text) == "contrary"


def test_a_jailers_duty_to_notify_homeland_security_is_contrary():
    # Ga. Code Ann. § 42-4-14(c) (2011), last sentence.
    text = (
        "If the foreign national is determined to be an illegal alien, the keeper of the jail or other "
        "officer "
        "shall notify the United States Department of Homeland Security, or other office or agency "
        "designated "
        "for notification by the federal government."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_no_authority_to_disclose_to_federal_officials_is_partial():
    # Cal. Welf. & Inst. Code § 831(b).
    text = (
        "(b) Nothing in this article authorizes the disclosure of juvenile information to federal officials "
        "absent a court order of the judge of the juvenile court upon filing a petition as provided by "
        "subparagraph (P) of paragraph (1) of subdivision (a) of Section 827."
    )
    assert passage_status("federal-records", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # Conn. Gen. Stat. § 54-142k(d), cut.
        "Any person shall, upon satisfactory proof of the person's identity, be entitled to inspect, for "
        "purposes of verification and correction, any nonconviction information relating to the person.",
        # Mont. Code Ann. § 44-5-214(1), cut.
        "(1) An individual or the individual's agent may inspect any criminal history record information "
        "maintained about the individual upon the presentation of satisfactory identification to the "
        "criminal "
        "justice agency maintaining the criminal history record information.",
        # 28 C.F.R. § 16.30.
        "This subpart contains the regulations of the Federal Bureau of Investigation (FBI) concerning "
        "procedures "
        "to be followed when the subject of an identification record requests production of that record to "
        "review it or to obtain a change, correction, or updating of that record.",
        # Fla. Stat. § 943.056(1) (lawserver mirror), first sentence: the requester proves to be the subject.
        "(1) For purposes of verification of the accuracy and completeness of a criminal history record, the "
        "Department of Law Enforcement shall provide, in the manner prescribed by rule, such record for "
        "review upon verification, by fingerprints, of the identity of the requesting person.",
    ],
)
def test_ones_own_records_in_general_are_partial_record_access(text):
    assert passage_status("record-access", text) == "partial"
    assert passage_status("federal-records", text) == "absent"


def test_an_expunction_order_forwarded_to_the_fbi_is_half_of_federal_records():
    # N.C. Gen. Stat. § 15A-150(c) (2010), cut.
    forwarded = (
        "The State Bureau of Investigation shall forward the order to the Federal Bureau of Investigation."
    )
    assert passage_status("federal-records", forwarded) == "partial"
    # Ark. Code Ann. § 12-12-1013 (cut): asking the FBI for a copy is not a notice of relief.
    asked = (
        "(C) A request for a copy of any criminal history information maintained in the National Crime "
        "Information Center shall be addressed to the Federal Bureau of Investigation."
    )
    assert passage_status("federal-records", asked) == "absent"


# Patterns learnt from the last round's 16 tuning texts (growth-corpus-f.md).


def test_a_residual_court_order_rule_after_a_list_that_names_the_person_is_not_contrary():
    # N.C. Gen. Stat. § 7B-3001(b), cut.
    text = (
        "The following persons may examine and obtain copies of law enforcement records and files "
        "concerning a "
        "juvenile without an order of the court:\n(1) The juvenile or the juvenile's attorney;\n(3) The "
        "prosecutor.\nOtherwise, the records and files may be examined or copied only by order of the court."
    )
    assert passage_status("record-access", text) == "present"


def test_a_notice_that_relief_was_granted_sent_to_the_person_is_partial_record_access():
    # Md. Code Ann., Pub. Safety § 2-511(e).
    text = (
        "(e) A letter documenting expungement of the DNA record and destruction of the DNA sample shall be "
        "sent "
        "by the Director to the defendant and the defendant's attorney at the address specified by the "
        "court in "
        "the order of expungement."
    )
    assert passage_status("record-access", text) == "partial"


def test_records_kept_out_of_a_federal_depository_are_half_of_federal_records():
    # Tex. Fam. Code Ann. § 58.008(b)(3) (2023), cut.
    text = (
        "(b) Law enforcement records concerning a child may not be disclosed to the public and shall be: (3) "
        "maintained on a local basis only and not sent to a central state or federal depository."
    )
    assert passage_status("federal-records", text) == "partial"


def test_a_jails_duty_to_query_immigration_about_a_prisoner_is_contrary():
    # N.C. Gen. Stat. § 162-62(b) (2008), cut.
    text = (
        "(b) If the administrator of the facility is unable to determine if that prisoner is a legal "
        "resident or "
        "citizen of the United States, the administrator of the facility holding the prisoner shall make a "
        "query "
        "through the Division of Criminal Information (DCI) system to the Law Enforcement Support Center "
        "(LESC) of "
        "Immigration and Customs Enforcement of the United States Department of Homeland Security."
    )
    assert passage_status("federal-records", text) == "contrary"
    # Okla. Stat. tit. 22, § 171.3(A)(1), a duty to honour detainers, reached through its lead.
    detainers = (
        "A. A law enforcement agency that has custody of a person who is subject to an immigration detainer "
        "request issued by the United States Immigration and Customs Enforcement shall:\n1. Comply with, "
        "honor "
        "and fulfill any request made in the immigration detainer request."
    )
    assert passage_status("federal-records", detainers) == "contrary"


# A court barred from hearing a later challenge: by a time bar addressed to it, or a custody rule.

AL_R_CRIM_P_32_2_C = (
    "(c) LIMITATIONS PERIOD. Subject to the further provisions hereinafter set out in this section, "
    "the court shall not entertain any petition for relief from a conviction or sentence"
)  # Ala. R. Crim. P. 32.2(c) (opening words), casetext.com (tests/corpus/al-r-crim-p-32-2.txt)
LA_930_8_A = (
    "A. No application for post conviction relief, including applications which seek an out-of-time appeal, "
    "shall be considered if it is filed more than two years after the judgment of conviction and sentence "
    "has become final under the provisions of Article 914 or 922, unless any of the following apply:"
)  # La. Code Crim. Proc. Ann. art. 930.8(A), legis.la.gov (tests/corpus/la-code-crim-proc-art-930-8.txt)
ME_2124 = (
    "An action for post-conviction review of a criminal judgment of this State or of a post-sentencing "
    "proceeding following the criminal judgment may be brought if the person seeking relief demonstrates "
    "that the challenged criminal judgment or post-sentencing proceeding is causing a present restraint or "
    "other specified impediment as described in subsections 1 to 3:"
)  # Me. Rev. Stat. tit. 15, § 2124, mainelegislature.org (tests/corpus/me-rev-stat-tit15-2124-2125.txt)


@pytest.mark.parametrize("text", [AL_R_CRIM_P_32_2_C, LA_930_8_A, ME_2124])
def test_a_court_barred_from_hearing_a_later_challenge_is_contrary_to_court_jurisdiction(text):
    assert passage_status("court-jurisdiction", text) == "contrary"


@pytest.mark.parametrize(
    "text",
    [
        # Iowa Code § 822.3: a bare filing deadline, to the applicant (tests/corpus/ia-code-822-3.txt).
        "All other applications must be filed within three years from the date the conviction or decision "
        "is final or, in the event of an appeal, from the date the writ of procedendo is issued.",
        # Cal. Penal Code § 1473.7(a): custody is no condition.
        "(a) A person who is no longer in criminal custody may file a motion to vacate a conviction or "
        "sentence for any of the following reasons:",
    ],
)
def test_a_filing_deadline_or_a_motion_open_outside_custody_is_not_contrary(text):
    assert passage_status("court-jurisdiction", text) != "contrary"


# Records opened only by the court's leave, in words other than "court order".


@pytest.mark.parametrize(
    "text",
    [
        # Alaska Stat. § 47.12.300(e), law.onecle.com (tests/corpus/ak-stat-47-12-300.txt).
        "(e) The court's official records prepared under this chapter and not made public under this section "
        "are confidential and may be inspected only with the court's permission and only by persons having a "
        "legitimate interest in them.",
        # N.Y. Crim. Proc. Law § 725.15 (opening words), laws9.com (tests/corpus/ny-cpl-725-15.txt).
        "Except where specifically required or permitted by statute or upon specific authorization of the "
        "court that directed removal of an action to the family court all official records and papers of the "
        "action up to and including the order of removal, whether on file with the court, a police agency or "
        "the division of criminal justice services, are confidential and must not be made available to any "
        "person or public or private agency.",
    ],
)
def test_records_opened_only_by_the_courts_permission_or_authorization_are_contrary(text):
    assert passage_status("record-access", text) == "contrary"


def test_the_persons_own_permission_is_not_the_courts():
    # The person's consent opens the records; no court stands in the way.
    text = (
        "Sealed records may be inspected only with the permission of the person who is the subject of the "
        "records."
    )
    assert passage_status("record-access", text) != "contrary"


# The eighth round (tests/corpus/SPLIT.md): texts gathered blind, each a pattern read wrongly on arrival.


def test_records_open_to_the_parties_are_open_to_the_person():
    # Mo. Rev. Stat. § 610.140(8) (eff. Jan. 1, 2025), cut.
    text = (
        "The records and files maintained in any administrative or court proceeding in a municipal, "
        "associate, or circuit court for any crime ordered expunged under this section shall be "
        "confidential and only available to the parties or by order of the court under this section."
    )
    assert passage_status("record-access", text) != "contrary"


def test_access_to_interview_a_person_is_not_access_to_records():
    # Wash. Rev. Code § 10.93.160(6)(a).
    text = (
        "(6)(a) State and local law enforcement agencies may not give federal immigration authorities "
        "access to interview individuals about a noncriminal matter while they are in custody, except as "
        "required by state or federal law, a court order, or by (b) of this subsection."
    )
    assert passage_status("record-access", text) == "absent"


def test_a_ban_on_287g_agreements_protects_however_long_its_list():
    # Wash. Rev. Code § 10.93.160(11).
    text = (
        "(11) No state or local law enforcement officer may enter into any contract, agreement, or "
        "arrangement, whether written or oral, that would grant federal civil immigration enforcement "
        "authority or powers to state and local law enforcement officers, including but not limited to "
        "agreements created under 8 U.S.C. Sec. 1357(g), also known as 287(g) agreements."
    )
    assert passage_status("federal-records", text) != "contrary"


def test_notice_of_a_filing_to_the_prosecutor_is_not_an_advisement():
    # Mo. Rev. Stat. § 610.140(6), first sentence.
    text = (
        "6. The clerk of the court shall give notice of the filing of the petition to the office of the "
        "prosecuting attorney that prosecuted the crimes listed in the petition."
    )
    assert passage_status("public-education", text) == "absent"


def test_a_confidential_record_made_available_upon_court_order_is_court_order_only():
    # Iowa Code § 901C.3(4) (2024).
    text = (
        "4. The expunged record under this section is a confidential record exempt from public access "
        "under section 22.7 but shall be made available by the clerk of the district court upon court "
        "order."
    )
    assert passage_status("record-access", text) == "contrary"
    # Iowa Code § 901C.2(2)-style access for the defendant keeps it open to the person.
    opened = text.replace("upon court order.", "upon court order, and to the defendant upon request.")
    assert passage_status("record-access", opened) != "contrary"


def test_sealed_records_disseminated_with_any_federal_agency_work_against_the_bar():
    # Va. Code Ann. § 19.2-392.13(C1) (eff. July 1, 2026), as the source prints it.
    text = (
        "C1. In addition to the purposes set forth in subsection C, a sealed record may be disseminated "
        "without a court order within or between any department, division, board, bureau, commission, "
        "branch, authority or other agency created by the Commonwealth, or to which the Commission is a "
        "party or any political subdivision thereof, or with any federal agency, for the purpose of "
        "administering any duties or functions required by state or federal law."
    )
    assert passage_status("federal-records", text) == "contrary"


def test_a_copy_of_the_order_released_to_the_petitioner_and_notice_of_rights_are_partial():
    # Tenn. Code Ann. § 40-32-101(c)(4), cut; N.M. Stat. Ann. § 29-3A-6.
    released = (
        "A court entering an order of expunction may release a copy of the order of expunction to the "
        "petitioner."
    )
    assert passage_status("record-access", released) == "partial"
    rights = (
        "The administrative office of the courts and the department of public safety shall develop rules "
        "and procedures to implement the Criminal Record Expungement Act, including procedures for "
        "notifying the accused of the accused's rights under that act."
    )
    assert passage_status("public-education", rights) == "partial"
    # Tenn. Code Ann. § 40-32-101(a)(1)(F), first sentence.
    asked = (
        "Upon a verdict of not guilty being returned, the judge shall inquire of the person acquitted "
        "whether such person requests that all public records associated with the charges for which such "
        "person was acquitted be removed and destroyed without cost to the person."
    )
    assert passage_status("public-education", asked) == "partial"


def test_a_bar_with_a_court_order_exception_is_about_records_only_when_it_closes_records():
    # Wash. Rev. Code § 10.93.160(8), with the custody bar's own exception added for the test: a rule on
    # holding people is not a rule on who sees records.
    text = (
        "(8) An individual must not be taken into custody, or held in custody, solely for the purposes of "
        "determining immigration status, except pursuant to a court order."
    )
    assert passage_status("record-access", text) == "absent"


def test_otherwise_after_a_list_is_against_the_person_only_if_the_list_left_the_person_out():
    # Utah Code Jud. Admin. R. 4-202.03(2), cut: the list before "Otherwise" names adoptive parents.
    utah = (
        "(2) Sealed Court Records. An adoptive parent or adult adoptee may obtain a certified copy of the "
        "adoption decree upon request and presentation of positive identification. Otherwise, no one may "
        "access a sealed court record except by order of the court."
    )
    assert passage_status("record-access", utah) == "contrary"
    # N.C. Gen. Stat. § 7B-3001(b), cut: the list names the juvenile first.
    carolina = (
        "(1) The juvenile or the juvenile's attorney may examine and obtain copies of the records without an "
        "order of the court.",
        "(2) The prosecutor;",
        "Otherwise, the records and files may be examined or copied only by order of the court.",
    )
    assert passage_status("record-access", *carolina) != "contrary"


# The ninth round (tests/corpus/SPLIT.md): tuning texts read wrongly on arrival.


def test_a_severability_term_is_no_court_power_and_no_advisement():
    # Conn. Gen. Stat. § 4-67aa(a)(7), with its lead.
    text = (
        "(a) A data sharing agreement ... shall include, but need not be limited to, the following "
        "provisions: (6) Procedures for notifying the state instrumentality of any breach of such "
        "agreement; (7) If any provision of the data sharing agreement or the application of such "
        "agreement is held invalid by a court of competent jurisdiction, the invalidity does not affect "
        "other provisions or applications of such agreement that can be given effect without the invalid "
        "provision or application; (8) A party entering into a data sharing agreement shall not (A) use "
        "records or information obtained for such data for the purpose of enforcing federal immigration "
        "law."
    )
    assert passage_status("court-jurisdiction", text) == "absent"
    assert passage_status("public-education", text) == "absent"


def test_jurisdiction_kept_for_a_detainer_order_is_not_jurisdiction_to_hear_a_challenge():
    # Iowa Code § 27A.4(2) (2018 Iowa Acts ch. 1089).
    text = (
        "The court in a criminal proceeding in this state shall retain jurisdiction to issue such an "
        "order at a later date if the court receives notice from a federal agency that a defendant was "
        "the subject of an immigration detainer request at the time of sentencing."
    )
    assert passage_status("court-jurisdiction", text) == "absent"


def test_a_filing_deadline_grants_no_vacatur_whatever_its_exceptions_name():
    # 42 Pa. Cons. Stat. § 9545(b)(1), cut.
    text = (
        "(b) Time for filing petition.-- (1) Any petition under this subchapter, including a second or "
        "subsequent petition, shall be filed within one year of the date the judgment becomes final, "
        "unless the petition alleges and the petitioner proves that: (i) the failure to raise the claim "
        "previously was the result of interference by government officials with the presentation of the "
        "claim in violation of the Constitution or laws of this Commonwealth or the Constitution or laws "
        "of the United States;"
    )
    assert passage_status("vacatur-for-cause", text) == "absent"


def test_what_relief_leaves_behind_for_agencies_alone_works_against_access():
    # S.D. Codified Laws § 23A-3-31.
    text = (
        "The court shall forward a nonpublic record of disposition to the Division of Criminal "
        "Investigation which shall be retained solely for use by law enforcement agencies, prosecuting "
        "attorneys, and courts in sentencing the defendant or arrested person for subsequent offenses."
    )
    assert passage_status("record-access", text) == "contrary"
