"""The bill spec: what a user asks for, from a TOML file and command-line options."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .errors import SpecError
from .load.textfile import read_text
from .render import DEFAULT_FORMATS
from .walk import strings_in

STRICT = ConfigDict(extra="forbid", frozen=True, defer_build=True)
"""Every spec: unknown fields are errors, values never change, validators are built on first use."""


def _writes(kind: str):
    """A validator that accepts the name of a format that can write ``kind`` (see ``render``)."""

    def check(name: str) -> str:
        from .errors import BillkitError
        from .render import get_format

        try:
            get_format(name, kind)
        except BillkitError as exc:
            message = exc.message.rstrip(".") + (f" ({exc.hint})" if exc.hint else "")
            raise PydanticCustomError("format", message.replace("{", "{{")) from None
        return name

    return AfterValidator(check)


BillFormat = Annotated[str, _writes("bill")]
PacketFormat = Annotated[str, _writes("packet")]
Stem = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
ParamValue = str | int


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
"""Control characters (C0 but tab and line breaks, DEL, C1), lone surrogates, noncharacters."""


def check_text(value, where: str = ""):
    """Refuse a character no DOCX, HTML or PDF can hold (control characters, lone surrogates).

    billkit refuses rather than strips: a bill must not silently lose part of a name or number.
    Walks dicts, lists and tuples, naming the key that holds the character.
    """
    for key, text in strings_in(value, where):
        bad = _XML_ILLEGAL.search(text)
        if bad:
            raise ValueError(
                f"{repr(key) + ': ' if key else ''}contains U+{ord(bad.group()):04X}, a character "
                "that cannot appear in a document"
            )
    return value


class AmendSpec(BaseModel):
    """An existing statute section the bill amends, with the clauses whose text it gains.

    In ``bill.toml`` the texts are files (``current = "1203.425.txt"``, paths relative to the
    spec); ``billkit`` reads them into ``current_text`` and ``amended_text`` before building.
    ``amended_text``, when given, is the whole new text; otherwise the clauses' text is added,
    at the end or after the division ``after`` names ("(c)", "(B)(2)"), in the statute's own
    labels, the divisions after it relabelled and the references to them renumbered. A clause
    listed here joins the bill even when the bill's clause list leaves it out.
    """

    model_config = STRICT

    citation: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    current_text: Annotated[str, StringConstraints(min_length=1)]
    amended_text: str | None = None
    clauses: tuple[str, ...] = ()
    after: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None

    @model_validator(mode="after")
    def _after_places_clauses(self) -> AmendSpec:
        if self.after and (self.amended_text is not None or not self.clauses):
            raise PydanticCustomError(
                "after", "'after' places the clauses' text, so it needs 'clauses' and no 'amended'"
            )
        return self


LineNumbers = bool | Literal["page", "continuous"]
"""Whether, and how, a bill's lines are numbered: ``true`` is the jurisdiction's way."""
Notes = Literal["inline", "comments", "none"]
"""Where an annotated bill's notes go: under each section, in Word comments, or nowhere (clean)."""
OFFICE_PATHS = ("reference_doc", "css", "out")
"""The settings that name files; in ``bill.toml`` a relative path is relative to the spec's folder."""


class BillSpec(BaseModel):
    """Everything that decides the words of a bill, and how an office writes it; the file form is
    ``bill.toml``.

    ``clauses`` of ``None`` means every clause in the library.
    ``params`` maps a clause id to that clause's parameter values.
    ``state`` of ``None`` means the generic model bill, with ULC brackets.
    The office settings (``line_numbers`` to ``comment_author``) change how the files are written,
    never the words; ``None`` leaves each to the command line or billkit's default.
    """

    model_config = STRICT

    name: Stem = "model-bill"
    relief_term: str | None = None
    state: str | None = None
    clauses: tuple[str, ...] | None = None
    without: tuple[str, ...] = ()
    clean: bool = False
    plain_amendments: bool = False
    """Print an amended statute as plain new text, without the marks an introduced bill shows."""
    formats: tuple[BillFormat, ...] = Field(default=DEFAULT_FORMATS, min_length=1)
    params: dict[str, dict[str, ParamValue]] = {}
    amend: tuple[AmendSpec, ...] = ()
    line_numbers: LineNumbers | None = None
    notes: Notes | None = None
    reference_doc: Path | None = None
    css: Path | None = None
    date: dt.date | None = None
    out: Path | None = None
    comment_author: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)] | None = None

    @field_validator("line_numbers", mode="before")
    @classmethod
    def _a_way_of_numbering(cls, value):
        if value is None or isinstance(value, bool) or value in ("page", "continuous"):
            return value
        raise ValueError(f'{value!r} is not one of the choices, true, false, "page" or "continuous"')

    @model_validator(mode="before")
    @classmethod
    def _no_notes_is_clean(cls, data):
        """``notes = "none"`` is a clean copy, as ``--notes none`` is ``--clean``."""
        if isinstance(data, dict) and data.get("notes") == "none" and "clean" not in data:
            return {**data, "clean": True}
        return data

    @model_validator(mode="after")
    def _notes_agree_with_clean(self) -> BillSpec:
        if self.notes in ("inline", "comments") and self.clean:
            raise ValueError(
                f"notes = {self.notes!r} places the notes that clean = true leaves out; keep one"
            )
        if self.notes == "none" and not self.clean:
            raise ValueError("notes = 'none' is a clean copy, but clean = false; keep one")
        return self

    def merged(self, **overrides) -> BillSpec:
        """A copy with every override that is not ``None`` (or empty) applied.

        Fields neither this spec nor an override set stay unset, so the file-naming rule can tell
        a name the user chose from the default.
        """
        return validate_spec(_with_overrides(self, overrides), origin="command line")


def _with_overrides(spec: BaseModel, overrides: dict) -> dict:
    """The fields ``spec`` set, with every override that is not ``None`` (or empty) on top."""
    changes = {k: v for k, v in overrides.items() if v is not None and v != ()}
    return {**spec.model_dump(exclude_unset=True), **changes}


def load_spec(path: Path) -> BillSpec:
    """Read and validate a bill spec; errors name the file, the key and, for TOML, the line."""
    data = _read_toml(path)
    amends = data.get("amend", [])
    if isinstance(amends, list):
        data["amend"] = [_read_amend_texts(entry, path, i) for i, entry in enumerate(amends)]
    for key in OFFICE_PATHS:
        if isinstance(data.get(key), str):
            data[key] = str(path.parent / Path(data[key]).expanduser())
    return validate_spec(data, origin=str(path))


def _read_amend_texts(entry, spec_path: Path, index: int):
    """Replace an ``[[amend]]`` entry's file names with the files' text."""
    if not isinstance(entry, dict):
        return entry
    entry = dict(entry)
    if "current" not in entry and "current_text" not in entry:
        raise SpecError(
            f"{spec_path}: key 'amend.{index}.current': missing, and it is required.",
            hint='name the file holding the section as it reads today: current = "section.txt"',
        )
    for key, target in (("current", "current_text"), ("amended", "amended_text")):
        if key in entry:
            name = entry.pop(key)
            file = spec_path.parent / str(name)
            called = f"{spec_path}: key 'amend.{index}.{key}': the file {str(file)!r}"
            entry[target] = read_text(file, called=called, error=SpecError)
    return entry


def _read_toml(path: Path, hint: str = "see `billkit init`") -> dict:
    import tomllib

    text = read_text(path, called=f"spec file {str(path)!r}", error=SpecError)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: invalid TOML: {exc}.", hint=hint) from None


def validate_spec(data: dict, *, origin: str = "spec") -> BillSpec:
    """Validate an already parsed spec mapping."""
    try:
        check_text(data)
    except ValueError as exc:
        raise SpecError(f"{origin}: key {exc}.", hint="remove the control character") from None
    try:
        return BillSpec.model_validate(data)
    except ValidationError as exc:
        raise _spec_error(exc, origin) from None


def _spec_error(
    exc: ValidationError,
    origin: str,
    hint: str | None = "`billkit init` writes a commented example",
    *,
    options: bool = False,
) -> SpecError:
    """The first validation error in one line: ``origin: key 'x': message.``, or ``--x: message.``

    With ``options`` the fields were given as command-line options, so the option is named.
    """
    error = exc.errors()[0]
    loc = [USER_KEYS.get(str(part), str(part)) for part in error["loc"]]
    message = _in_words(error)
    if options and loc:
        found = SpecError(f"--{loc[0].replace('_', '-')}: {message}.", hint=hint)
    else:
        key = ".".join(loc) or "(top level)"
        found = SpecError(f"{origin}: key {key!r}: {message}." if loc else f"{origin}: {message}.", hint=hint)
    found.key = str(error["loc"][0]) if error["loc"] else None  # the field, for a form to mark
    return found


USER_KEYS = {"current_text": "current", "amended_text": "amended"}
"""Fields a spec file gives under another name (``[[amend]]`` names files, billkit keeps texts)."""


def _in_words(error) -> str:
    """A validation error as billkit says it, not as pydantic does."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "missing, and it is required"
    if kind == "literal_error":
        return f"{error['input']!r} is not one of the choices, {context['expected']}"
    if kind == "value_error":
        return str(context.get("error", error["msg"]))
    return error["msg"]


Position = Literal["support", "oppose", "support-if-amended"]


class PacketSpec(BaseModel):
    """A testimony packet: who testifies, where, on which bill, and with what position.

    ``present`` lists the practices the pending bill already has; the testimony names the others
    and, for ``support-if-amended``, proposes their text. ``relief_term`` is the pending bill's
    word for relief, which the proposed text uses (default: the one the checked bill uses most,
    else the model bill's). ``bill`` is the model bill's own spec.
    """

    model_config = STRICT

    name: Stem = "testimony"
    organization: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    witness: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    witness_title: str = ""
    committee: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    hearing_date: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    bill_number: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    bill_title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    position: Position
    state: str | None = None
    contact: str = ""
    present: tuple[str, ...] = ()
    relief_term: str | None = None
    annotated_bill: bool = False
    formats: tuple[PacketFormat, ...] = Field(default=DEFAULT_FORMATS, min_length=1)
    bill: BillSpec = BillSpec()

    def unfilled(self) -> tuple[str, ...]:
        """The required fields that still hold the starter's placeholder ("[Committee]")."""
        return tuple(
            name for name in REQUIRED_PACKET_FIELDS if re.fullmatch(r"\[[^\[\]]*\]", getattr(self, name))
        )


REQUIRED_PACKET_FIELDS = ("bill_number", "bill_title", "committee", "hearing_date", "organization", "witness")
"""The fields a packet cannot be built without, in the order a warning names them."""


PACKET_HINT = "`billkit init --packet` writes a commented example"


def load_packet_spec(path: Path) -> PacketSpec:
    """Read and validate a packet spec; a missing field is named with the file."""
    return validate_packet_spec(_read_toml(path, hint=PACKET_HINT), origin=str(path))


def validate_packet_spec(data: dict, *, origin: str = "spec") -> PacketSpec:
    """Validate an already parsed packet spec mapping (from a TOML file or the web form)."""
    try:
        check_text(data)
    except ValueError as exc:
        raise SpecError(f"{origin}: key {exc}.", hint="remove the control character") from None
    if "hearing_date" in data and not isinstance(data["hearing_date"], str):
        data["hearing_date"] = _format_date(data["hearing_date"])
    try:
        return PacketSpec.model_validate(data)
    except ValidationError as exc:
        raise _spec_error(exc, origin, hint=PACKET_HINT) from None


def _format_date(value) -> str:
    """A TOML date as a hearing notice prints it: "March 4, 2027"."""
    try:
        return f"{value:%B} {value.day}, {value.year}"
    except (TypeError, ValueError, AttributeError):
        return str(value)


class HandoutSpec(BaseModel):
    """What ``billkit handout`` is asked for; a TOML file may give the same fields."""

    model_config = STRICT

    name: str = "handout"
    audience: Literal["trainers", "community"] = "trainers"
    lang: Literal["en", "es"] = "en"
    practice: str | None = None
    state: str | None = None
    relief_term: str | None = None
    organizations: tuple[str, ...] = ()

    @field_validator("audience", mode="before")
    @classmethod
    def _audience_as_said(cls, value):
        """ "trainer" or "Community" is taken as the audience a person meant."""
        if isinstance(value, str):
            said = value.strip().lower()
            return {"trainer": "trainers"}.get(said, said)
        return value

    @property
    def file_suffix(self) -> str:
        """What the file names add after the stem: ``community-es``, a practice id, or nothing."""
        if self.audience == "community":
            return f"community-{self.lang}"
        return self.practice or ""

    def merged(self, **overrides) -> HandoutSpec:
        """A copy with every override that is not ``None`` (or empty) applied, as ``BillSpec.merged``.

        The overrides come from command-line options, so an error names the option (``--lang``).
        """
        try:
            return HandoutSpec.model_validate(_with_overrides(self, overrides))
        except ValidationError as exc:
            raise _spec_error(exc, "command line", hint=None, options=True) from None


def load_handout_spec(path: Path) -> HandoutSpec:
    """Read and validate a handout spec (``organizations`` lists local groups for the help section)."""
    try:
        return HandoutSpec.model_validate(_read_toml(path))
    except ValidationError as exc:
        raise _spec_error(exc, str(path)) from None
