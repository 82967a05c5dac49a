"""`billkit check` on who may see cleared juvenile and decriminalised records (issue 14, nineteenth round).

Each case quotes a real statute as it stands in ``tests/corpus/`` (citation and source in the file's header),
with a variation beside it where the reading turns on the words it should. All are from tuning files.
"""

from __future__ import annotations

from support import passage_status

CO_19_1_306_3_A = (
    "(3) (a) After expungement, basic identification information on the juvenile and a list of any "
    "state and local agencies and officials having contact with the juvenile, as they appear in "
    "the records, are not open to the public but are available to a prosecuting attorney, local "
    "law enforcement agency, the department of human services, the state judicial department, and "
    "the victim as defined in section 24-4.1-302 (5); except that such information is not "
    "available to an agency of the military forces of the United States."
)  # Colo. Rev. Stat. § 19-1-306(3)(a)
CO_19_1_306_3_B = (
    "(b) Notwithstanding any order for expungement pursuant to this section, any record that is "
    "ordered expunged is available to any judge and the probation department for use in any future "
    "proceeding in which the person whose record was expunged is charged with an offense as either "
    "a juvenile or as an adult."
)  # Colo. Rev. Stat. § 19-1-306(3)(b)
CO_19_1_306_11_D = (
    "(d) The person who is the subject of records expunged pursuant to this section may petition "
    "the court to permit inspection of the records held by persons named in the order, and the "
    "court may so order."
)  # Colo. Rev. Stat. § 19-1-306(11)(d)
RI_12_1_3_5_M = (
    "The custodian of any records which have been expunged pursuant to the provisions of this "
    "section shall only release or allow access to those records for the purposes specified in "
    "this subsection or by order of a court."
)  # R.I. Gen. Laws § 12-1.3-5(m)
TN_37_1_153_F_3 = (
    "The court shall inform the child, at the time of the informal adjustment, of the need to file "
    "the motion for expunction after a year of successful completion of an informal adjustment and "
    "provide the child with a model expunction motion prepared by the administrative office of the "
    "courts."
)  # Tenn. Code Ann. § 37-1-153(f)(3)


def test_information_kept_from_a_federal_agency_is_not_given_to_it():
    assert passage_status("federal-records", CO_19_1_306_3_A) == "absent"
    given = CO_19_1_306_3_A.replace("is not available to", "is also available to")
    assert passage_status("federal-records", given) == "contrary"


def test_a_later_case_against_the_person_is_no_grant_of_access_to_them():
    assert passage_status("record-access", CO_19_1_306_3_B) == "absent"


def test_the_person_s_petition_for_the_court_s_leave_to_inspect_is_access_only_by_court_order():
    assert passage_status("record-access", CO_19_1_306_11_D) == "contrary"


def test_release_for_the_purposes_a_subsection_lists_or_by_court_order_is_no_bar_on_the_person():
    assert passage_status("record-access", RI_12_1_3_5_M) == "absent"
    only_by_order = RI_12_1_3_5_M.replace("for the purposes specified in this subsection or ", "")
    assert passage_status("record-access", only_by_order) == "contrary"


def test_telling_a_child_of_the_need_to_file_for_expunction_is_notice_of_relief():
    assert passage_status("public-education", TN_37_1_153_F_3) == "partial"
