"""Load and validate the content: the only code that reads the clause, jurisdiction and words folders.

The models the files must match are in ``schema``; the names other modules import from here
(``Clause``, ``PRACTICES``, ...) are re-exported.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import ContentError, UnknownNameError
from .content import CLAUSES_DIR, JURISDICTIONS_DIR, WORDS_DIR
from .content import show as _show
from .schema import (
    PRACTICES,
    Act,
    AmendmentMarks,
    Authority,
    BillForm,
    Clause,
    CommunityText,
    Fact,
    Item,
    JurisdictionFacts,
    JurisdictionRecord,
    Param,
    Practice,
)

__all__ = [
    "PRACTICES",
    "Act",
    "AmendmentMarks",
    "Authority",
    "BillForm",
    "Clause",
    "CommunityText",
    "Fact",
    "Item",
    "JurisdictionFacts",
    "JurisdictionRecord",
    "Library",
    "Param",
    "Practice",
    "load_community_text",
    "load_jurisdictions",
    "load_library",
    "read_yaml",
]

logger = logging.getLogger("billkit")

ACT_FILE = "_act.yaml"
MAX_CONTENT_BYTES = 1_000_000


def load_jurisdictions() -> dict[str, JurisdictionRecord]:
    """Every jurisdiction record shipped with billkit, by postal code."""
    records: dict[str, JurisdictionRecord] = {}
    for path in sorted(JURISDICTIONS_DIR.glob("*.yaml")):
        record = _validate(JurisdictionRecord, read_yaml(path), path)
        if record.code.lower() != path.stem:
            raise ContentError(f"{_show(path)}: field 'code': {record.code!r} does not match the file name.")
        records[record.code] = record
    return records


def load_community_text(lang: str) -> CommunityText:
    """The community handout's words in ``lang`` ("en" or "es")."""
    path = WORDS_DIR / f"community.{lang}.yaml"
    return _validate(CommunityText, read_yaml(path), path)


@dataclass(frozen=True)
class Library:
    """The validated clauses, by id, and the act's own content."""

    clauses: Mapping[str, Clause]
    act: Act
    origins: Mapping[str, Path]

    def get(self, clause_id: str) -> Clause:
        """The clause with ``clause_id``; an unknown id suggests the closest known ones."""
        try:
            return self.clauses[clause_id]
        except KeyError:
            raise UnknownNameError("clause", clause_id, self.clauses) from None

    def ordered(self) -> list[Clause]:
        """Every clause, in the order a bill prints them."""
        return sorted(self.clauses.values(), key=lambda c: (c.order, c.id))

    @functools.cached_property
    def case_names(self) -> tuple[str, ...]:
        """The case names cited anywhere in the library, longest first, for setting in italics."""
        from ..build.citations import case_names

        clauses = self.clauses.values()
        # (and those a note or comment cites in full without listing them among the authorities)
        notes = (text for clause in clauses for text in (clause.legislative_note, clause.comment) if text)
        return case_names((a for clause in clauses for a in clause.citations), notes)


def load_library(extra_dirs: Iterable[Path] = ()) -> Library:
    """Load the built-in clauses, then each folder of ``extra_dirs`` (which may add or override)."""
    clauses: dict[str, Clause] = {}
    origins: dict[str, Path] = {}
    act: Act | None = None
    for folder in (CLAUSES_DIR, *extra_dirs):
        folder = Path(folder)
        if not folder.is_dir():
            raise ContentError(f"clause folder {str(folder)!r} does not exist or is not a folder.")
        for path in sorted(folder.glob("*.yaml")):
            data = read_yaml(path)
            if path.name == ACT_FILE:
                act = _validate(Act, data, path)
                continue
            clause = _validate(Clause, data, path)
            if clause.id in clauses and folder != CLAUSES_DIR:
                logger.warning("clause pack %s overrides the built-in clause %r", _show(path), clause.id)
            if clause.id != path.stem:
                raise ContentError(
                    f"{_show(path)}: field 'id': {clause.id!r} does not match the file name.",
                    hint=f"rename the file to {clause.id}.yaml or change the id",
                )
            clauses[clause.id] = clause
            origins[clause.id] = path
    if act is None:  # pragma: no cover - the package always ships one
        raise ContentError(f"no {ACT_FILE} found in the clause folders.")
    _check_references(clauses, origins)
    return Library(clauses=clauses, act=act, origins=origins)


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C where libyaml is built in (several times faster than the Python one)."""


def read_yaml(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_CONTENT_BYTES:
            raise ContentError(f"{_show(path)}: larger than {MAX_CONTENT_BYTES} bytes.")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError(f"{_show(path)}: not UTF-8 text.") from None
    except OSError as exc:
        raise ContentError(f"{_show(path)}: cannot be read ({exc.strerror}).") from None
    try:
        return yaml.load(text, Loader=SAFE_LOADER)  # a safe loader: plain data, no tags
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ContentError(f"{_show(path)}:{where}: {problem}.") from None


def _validate(model: type[BaseModel], data: Any, path: Path):
    if not isinstance(data, dict):
        raise ContentError(f"{_show(path)}: expected a mapping of fields, found {type(data).__name__}.")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ContentError(f"{_show(path)}: field {field!r}: {error['msg']}{more}.") from None


def _check_references(clauses: Mapping[str, Clause], origins: Mapping[str, Path]) -> None:
    for clause in clauses.values():
        for field in ("requires", "excludes"):
            for other in getattr(clause, field):
                if other not in clauses:
                    raise ContentError(
                        f"{_show(origins[clause.id])}: field {field!r}: no clause {other!r} exists."
                    )
