"""`billkit check` on the shapes the twenty-third corpus round turned up, in words written for these tests
(no source): a post-conviction motion that "may not be considered" once a time has run, a second petition
ordered dismissed, a bar "to any person" after an exception that only points elsewhere, an agency that must
"grant access" to the person, a requester who brings the person's fingerprints, a jail's "procedure" of
calling ICE, a bill against local limits on cooperation, a bar on agents' access "except in response to a
judicial warrant", a recital, records open only to officials, a copy of the law handed to the defendant, an
order not to disclose "to ... an individual", and a list of who may inspect whose items sit in captioned
groups. `tests/corpus/SPLIT.md` ("Twenty-third round") says which tuning files each shape came from.
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # a post-conviction motion the court may not consider once a time has run
    (
        "not-considered",
        "court-jurisdiction",
        "contrary",
        "(4) A motion for postconviction relief may not be considered if it is filed more than "
        "three years after the judgment of conviction became final, unless the motion alleges facts "
        "that could not have been discovered.",
    ),
    # a second petition the section turns away is no grant of vacatur
    (
        "dismissed-summarily",
        "vacatur-for-cause",
        "absent",
        '(a) As used in this section, "excepted claim" means a claim that the petitioner was '
        "denied the effective assistance of counsel and that could not have been raised "
        "earlier.\n(b) Any successive petition for post-conviction relief that does not raise an "
        "excepted claim shall be dismissed summarily.",
    ),
    # closed to everyone, after an exception that only points to other sections
    (
        "points-elsewhere",
        "record-access",
        "contrary",
        "Sec. 9. Except for the purposes stated in Sections 10 and 11, records sealed under this "
        "chapter shall not be made available to any person.",
    ),
    # an agency that must grant the person access to the sealed record
    (
        "grant-access",
        "record-access",
        "present",
        "(c) The bureau shall grant access to a sealed record to the person who is the subject of "
        "the record.",
    ),
    # the person whose fingerprints a requester brings is not given the record
    (
        "fingerprints-of",
        "record-access",
        "absent",
        "(a) The bureau may make criminal history records available to employers under the "
        "following conditions: (1) an employer shall provide the fingerprints or the signed consent "
        "of the person whose records are requested; (2) the bureau shall not provide records of a "
        "conviction that has been expunged.",
    ),
    # a jail's stated procedure of calling ICE before a release
    (
        "procedure-is-to",
        "federal-records",
        "contrary",
        "The jail's procedure is to notify Immigration and Customs Enforcement before any inmate "
        "held on a detainer is released.",
    ),
    # a bill to forbid local limits on cooperation with immigration enforcement
    (
        "prohibiting-from-adopting",
        "federal-records",
        "contrary",
        "AN ACT relating to prohibiting counties and municipalities from adopting policies that "
        "restrict cooperation with federal immigration enforcement.",
    ),
    # a bar on sharing a person's release date with immigration authorities, beside a bar on their agents'
    # access to people in custody but for a judicial warrant (no exception for them)
    (
        "except-warrant",
        "federal-records",
        "partial",
        "(6) Except in response to a judicial warrant, federal immigration agents shall not be "
        "given access to people held in the city jail, and no officer shall share a person's "
        "release date with immigration authorities.",
    ),
    # a recital tells no one anything
    (
        "whereas",
        "public-education",
        "absent",
        "WHEREAS, immigrants enrich the educational and cultural life of the city, and the city's "
        "policy on immigration detainers does not affect people released by order of a court;",
    ),
    # records of a police juvenile division open only to officials, the exception only to other sections
    (
        "juvenile-division",
        "record-access",
        "contrary",
        "(e) Records of the juvenile division of any police department concerning a case that has "
        "been expunged shall be confidential and shall be open to inspection and use only by "
        "persons whose official duties are concerned with this chapter, except as provided in "
        "sections 5 and 6.",
    ),
    # the law itself handed to the person whose conviction was undone
    (
        "copy-of-chapter",
        "public-education",
        "partial",
        "Sec. 6. A court that enters a dismissal after a conviction has been vacated shall provide "
        "a copy of this chapter to the defendant at the time the dismissal is entered.",
    ),
    # an order not to disclose to any organization or individual outside criminal justice
    (
        "or-an-individual",
        "record-access",
        "contrary",
        "(a) If an adjudication is vacated, the court shall order the clerk not to disclose "
        "information about the case to a noncriminal justice organization or an individual.",
    ),
    # a list of who may inspect, its items in captioned groups ("(2) Case participants: (A) The child ..."),
    # read with the lead of the whole list: the child is one, and so are federal officers
    (
        "captioned-groups",
        "record-access",
        "present",
        "(a) Records of a child whose case was sealed shall not be open to public inspection.\n(b) "
        "Inspection of the sealed records is permitted by:\n(1) Courts:\n(A) The juvenile court "
        "having the child before it;\n(2) Case participants:\n(A) The child and the child's "
        "attorney;\n(B) The child's parents;\n(3) Law enforcement:\n(A) Law enforcement officers of "
        "the United States, when necessary for their official duties.",
    ),
    (
        "captioned-groups-federal",
        "federal-records",
        "contrary",
        "(a) Records of a child whose case was sealed shall not be open to public inspection.\n(b) "
        "Inspection of the sealed records is permitted by:\n(1) Courts:\n(A) The juvenile court "
        "having the child before it;\n(2) Case participants:\n(A) The child and the child's "
        "attorney;\n(B) The child's parents;\n(3) Law enforcement:\n(A) Law enforcement officers of "
        "the United States, when necessary for their official duties.",
    ),
    # a child named inside another's description ("a juvenile court having a child before it") is no one
    # the records are open to: the list after (a) closed them leaves the person out
    (
        "child-described",
        "record-access",
        "contrary",
        "(a) Records of a child whose case was sealed shall not be open to public inspection.\n(b) "
        "Inspection of the sealed records shall be permitted by: (1) A juvenile court having a "
        "child before it; (2) A parole board considering a child's release.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_its_tuning_file_does(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
