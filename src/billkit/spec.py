"""The bill spec: what a user asks for, from a TOML file and command-line options."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .errors import SpecError

Format = Literal["docx", "pdf", "html"]
FORMATS: tuple[str, ...] = ("docx", "pdf", "html")
DEFAULT_FORMATS: tuple[str, ...] = ("docx", "pdf")
Stem = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
ParamValue = str | int


class BillSpec(BaseModel):
    """Everything that decides the words of a bill; the file form is ``bill.toml``.

    ``clauses`` of ``None`` means every clause in the library.
    ``params`` maps a clause id to that clause's parameter values.
    ``state`` of ``None`` means the generic model bill, with ULC brackets.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Stem = "model-bill"
    relief_term: str = "expungement"
    state: str | None = None
    clauses: tuple[str, ...] | None = None
    without: tuple[str, ...] = ()
    clean: bool = False
    formats: tuple[Format, ...] = Field(default=DEFAULT_FORMATS, min_length=1)
    params: dict[str, dict[str, ParamValue]] = {}

    def merged(self, **overrides) -> BillSpec:
        """A copy with every override that is not ``None`` (or empty) applied."""
        changes = {k: v for k, v in overrides.items() if v is not None and v != ()}
        return validate_spec({**self.model_dump(), **changes}, origin="command line")


def load_spec(path: Path) -> BillSpec:
    """Read and validate a bill spec; errors name the file, the key and, for TOML, the line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(f"spec file {str(path)!r} does not exist.") from None
    except OSError as exc:
        raise SpecError(f"spec file {str(path)!r} cannot be read ({exc.strerror}).") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SpecError(f"{path}: not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: invalid TOML: {exc}.", hint="see `billkit init`") from None
    return validate_spec(data, origin=str(path))


def validate_spec(data: dict, *, origin: str = "spec") -> BillSpec:
    """Validate an already parsed spec mapping."""
    try:
        return BillSpec.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"]) or "(top level)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        raise SpecError(
            f"{origin}: key {key!r}: {message}.", hint="`billkit init` writes a commented example"
        ) from None
