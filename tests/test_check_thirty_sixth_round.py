"""`billkit check` on shapes that the thirty-sixth round's tuning files and two blind probe reviews turned up
(`tests/probes/round36`): a vacatur ordered at the end of a long sentence whose ground sits between the
court's duty and its order; a notice or statement handed to the person that says what the order did; a saving
of compliance with a judge's warrant that names an immigration officer's paper only as no such warrant; an
advisory on what relief will not keep from federal authorities; a proviso whose list of who may see sealed
records follows it, the person first; a court listed among those who may ask for records; a closure whose
exception is "as this section permits", or whose residual names "any other person"; a court-order gate for
non-parties only; the person "given access" after a parenthesis; and a closure that points to the provision
where the person's own requests are governed. Every text here is written for these tests (no source).
"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # the ground between the court's duty and its order, a long sentence apart
    (
        "innocence-ground-between-duty-and-order",
        "vacatur-for-cause",
        "present",
        "After reviewing the petition, the answer of the State and the record of any hearing held under "
        "this article, the court shall either deny the petition for want of a claim on which relief can be "
        "granted, or, only upon a finding by clear and convincing evidence that the new evidence is "
        "material and that no reasonable juror would have found the petitioner guilty beyond a reasonable "
        "doubt, grant the writ and vacate the conviction.",
    ),
    # ... but a duty to deny, with the ground named, orders no vacatur
    (
        "innocence-ground-before-a-denial",
        "vacatur-for-cause",
        "absent",
        "After reviewing the petition for a certificate of rehabilitation and the record of any hearing, "
        "the court shall deny the petition if the petitioner has not shown, by clear and convincing "
        "evidence, that the petitioner has lived an upright life for five years, and shall not vacate the "
        "conviction or set aside the judgment in any case.",
    ),
    # a statement handed to the person, beside a copy of the order, saying what the order did
    (
        "plain-statement-of-what-the-order-did",
        "public-education",
        "partial",
        "(d) The clerk shall also give the petitioner a copy of the order and a short written statement, on "
        "a form the court administrator approves, explaining that the conviction has been set aside and "
        "that the petitioner's right to serve on a jury is restored.",
    ),
    (
        "notice-listing-what-the-expungement-means",
        "public-education",
        "partial",
        "(5) Within ten days after the order of expungement is entered, the clerk shall mail to the "
        "petitioner a notice, in a form the supreme court prescribes, stating that: (a) the arrest and the "
        "conviction are deemed never to have occurred; and (b) the petitioner may lawfully deny them in "
        "answer to an employer's question.",
    ),
    # ... but a notice of the hearing date tells the person nothing of what relief does
    (
        "notice-of-a-hearing-date",
        "public-education",
        "absent",
        "(5) The clerk shall mail to the petitioner a written notice stating the date, time and place of "
        "the hearing on the petition.",
    ),
    (
        "order-that-must-state-its-effect",
        "public-education",
        "partial",
        "(c) The youth who is the subject of the sealed records shall receive a copy of the sealing order, "
        "which shall state that the records have been sealed and the effect of the order.",
    ),
    # a saving of compliance with a judge's warrant, an immigration officer's paper named only as no such
    # warrant
    (
        "judges-warrant-obeyed-immigration-paper-not-a-warrant",
        "federal-records",
        "partial",
        "Sec. 4. (a) Except as provided in subsection (b), no clerk or criminal justice agency shall give a "
        "sealed record, or any information in it, to a federal agency for the purpose of civil immigration "
        "enforcement.\n(b) Subsection (a) does not prohibit compliance with a warrant signed by a judge; "
        "provided, that a detainer or administrative warrant issued by an officer of U.S. Immigration and "
        "Customs Enforcement shall not be deemed a warrant signed by a judge.",
    ),
    # ... but a saving that keeps sharing with immigration agents open beside the warrant still works against
    # it
    (
        "judges-warrant-and-immigration-requests-both-kept",
        "federal-records",
        "contrary",
        "Sec. 4. Nothing in this Act prohibits compliance with a court order, or the sharing of any record "
        "with U.S. Immigration and Customs Enforcement upon its request.",
    ),
    # an advisory on what relief will not keep from federal authorities bars no sharing
    (
        "advisory-that-relief-will-not-hide-the-offense",
        "federal-records",
        "absent",
        "(2) Before filing a petition for a person who is not a citizen, counsel shall give the person a "
        "written notice, explaining that a sealing order will not prevent federal authorities from learning "
        "of the offense and will not cure a ground of removal.",
    ),
    # a proviso whose list of who may see sealed records follows it, the person first, after a lead that lets
    # the court direct otherwise over all the sealing does
    (
        "proviso-list-with-the-person-first",
        "record-access",
        "present",
        "1. When a prosecution ends in favor of the accused, unless the court, on the prosecutor's motion, "
        "directs otherwise in the interests of justice:\n(a) each photograph and set of fingerprints shall "
        "be returned or destroyed;\n(b) the records of the action shall be sealed and shall not be made "
        "available to any person or agency; provided, however, that such records shall be made available "
        "to\n(i) the person accused, or an agent the person designates in writing, and\n(ii) a licensing "
        "agency for firearms, where the person has applied for a license.",
    ),
    # ... while records opened only by the court after a proviso with no person stay shut to the person
    (
        "records-open-only-on-the-courts-direction",
        "record-access",
        "contrary",
        "(b) The records of the action shall be sealed and shall not be made available to any person, the "
        "person accused included, unless the court so directs on a motion.",
    ),
    # a court among those who may ask for records, after the person
    (
        "court-listed-among-requesters",
        "record-access",
        "present",
        "(a) After expungement, the custodian shall not disclose the existence of the records, except when "
        "requested by:\n(1) the person whose record was expunged, who may also inspect and copy the records "
        "on proof of identity;\n(2) a court, on a showing that the person has been convicted again;\n(3) a "
        "licensing board for private security officers.",
    ),
    # a closure whose exception includes "as this section permits", the section then letting the person in
    (
        "closure-or-as-this-section-permits",
        "record-access",
        "present",
        "(a) Law enforcement files on juveniles are withheld from public inspection, and no person may "
        "examine them except under an order of the court or as this section permits.\n(b) The following "
        "persons may, without a court order, examine and copy the files:\n(1) the juvenile who is the "
        "subject of the file, and the juvenile's attorney;\n(2) the prosecutor assigned to the case.",
    ),
    # a residual for "any other person" after the person's own right
    (
        "any-other-person-residual",
        "record-access",
        "present",
        "(3) On reaching the age of eighteen, the person who was the subject of the juvenile records may, "
        "on written request and without a court order, inspect them and shall be given one copy free of "
        "charge.\n(4) Nothing in this section allows any other person to inspect the records except upon "
        "order of the Court.",
    ),
    # a court-order gate for those who are not parties: the person is a party
    (
        "gate-for-non-parties-only",
        "record-access",
        "absent",
        "(B) All papers and records of the sealed action may be inspected by a person who is not a party to "
        "it only upon an order of the court entered for good cause after notice to the parties.",
    ),
    # the person "given access", a parenthesis between
    (
        "given-access-after-a-parenthesis",
        "record-access",
        "present",
        "(1) A juvenile, the juvenile's guardian, and the attorney for either shall, on request, be given "
        "access to the juvenile court file in any case concerning the juvenile, whether or not the file has "
        "been sealed, without the need for any motion or order.",
    ),
    # a closure that points to the provision governing the person's own requests
    (
        "closure-pointing-to-the-persons-own-requests",
        "record-access",
        "partial",
        "(2) Except as provided in section 16-90-1418, which governs requests by the person who is the "
        "subject of a sealed record for a copy of it, sealed records are not available to any person or "
        "agency.",
    ),
    # ... but a pointer to the provision governing requests by employers gives the person nothing
    (
        "closure-pointing-to-employers-requests",
        "record-access",
        "absent",
        "(2) Except as provided in section 16-90-1418, which governs requests by employers in the care of "
        "children for a copy of a sealed record, sealed records are not available to any person or agency.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[c[0] for c in CASES])
def test_each_shape_reads_as_a_lawyer_would(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
