"""`billkit check` on the shapes the twenty-fifth corpus round (and the tuning files read again before it)
turned up, in words written for these tests (no source): a bar on disclosure "unless the inquiry is that
of" the person, a list's lead of exceptions whose items let the person in, a definition of evidence "not
available to the petitioner at trial", a limitation period counted from a violation of the constitution, a
bar on a court's considering a later application, and inspection the court permits only on the person's
petition. `tests/corpus/SPLIT.md` ("Twenty-fifth round") says which tuning files each shape came from.

"""

from __future__ import annotations

import pytest

from support import file_statuses

CASES = [
    # a custodian's silence broken for the person's own inquiry
    (
        "inquiry-of-the-person",
        "record-access",
        "present",
        "(g) Once a conviction has been sealed under this section, a custodian of the sealed records shall "
        "not disclose that they exist upon inquiry from anyone, unless the inquiry is that of the person "
        "whose conviction was sealed.",
    ),
    # a list of exceptions whose lead, read alone, would seem to close the file to everyone
    (
        "lead-of-exceptions",
        "record-access",
        "present",
        "(c) A file sealed under this section shall not be opened except by order of the court to any person "
        "other than:\n(1) The person whose record was sealed.\n(2) The attorney for that person.",
    ),
    # a definition of evidence names the petitioner, but closes nothing
    (
        "evidence-defined",
        "record-access",
        "absent",
        '(4) "New evidence" means evidence that was not available to the petitioner at the time of trial '
        "and that could not have been found with due care.",
    ),
    # a time limit counted from a violation of the constitution grants no vacatur
    (
        "limitation-period",
        "vacatur-for-cause",
        "absent",
        "(b) The limitation period for an application under this part shall run from the later of: (1) the "
        "day the conviction became final; or (2) the day on which an obstacle to filing, created by a public "
        "official in violation of the state constitution, was removed.",
    ),
    # a court barred from considering a later application, unless a narrow gateway opens
    (
        "later-application",
        "court-jurisdiction",
        "contrary",
        "(a) Once a first application has been decided, a court may not consider the merits of or grant "
        "relief on any subsequent application unless the applicant shows facts that were unknown and could "
        "not have been known when the first application was filed.",
    ),
    # ... and grants no vacatur by naming what the gateway asks
    (
        "later-application-no-grant",
        "vacatur-for-cause",
        "absent",
        "(a) Once a first application has been decided, a court may not consider the merits of or grant "
        "relief on any subsequent application unless the applicant shows that, but for a violation of the "
        "Constitution of the United States, no reasonable juror would have found the applicant guilty.",
    ),
    # inspection the court permits only on the person's petition
    (
        "inspection-on-petition",
        "record-access",
        "contrary",
        "(3) Inspection of records that are the subject of an order under this article may thereafter be "
        "permitted by the court only upon a petition filed by the person who is the subject of the records.",
    ),
]


@pytest.mark.parametrize(("name", "practice", "status", "text"), CASES, ids=[case[0] for case in CASES])
def test_each_shape_reads_as_its_tuning_file_does(tmp_path, name, practice, status, text):
    assert file_statuses(tmp_path, name, text)[practice] == status
