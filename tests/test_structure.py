"""The code's shape, kept: small modules and functions, stages without import circles, and a
document model that a new kind of document can use without any writer changing."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from billkit.model import Bullets, Document, DocumentMeta, Heading, PageBreak, Para, Run, Table
from billkit.render import format_names, render

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "billkit"
MODULE_LINES = 400
FUNCTION_LINES = 60


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name ("billkit.render.pdf")."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "_content" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def test_no_module_is_longer_than_400_lines():
    long = {
        name: n
        for name, path in modules().items()
        if (n := len(path.read_text().splitlines())) > MODULE_LINES
    }
    assert not long


def test_no_function_is_longer_than_60_lines():
    long = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > FUNCTION_LINES:
                    long.append(f"{name}.{node.name}: {length}")
    assert not long


def _imports(name: str, path: Path) -> tuple[set[str], list[str]]:
    """The package modules ``name`` imports at its top level, and the private names it imports."""
    is_package = path.name == "__init__.py"
    base = name.split(".") if is_package else name.split(".")[:-1]
    found, private = set(), []
    tree = ast.parse(path.read_text())
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) else ():
            if isinstance(sub, ast.ImportFrom):
                if sub.level:
                    parent = base[: len(base) - sub.level + 1]
                    target = ".".join(parent + ([sub.module] if sub.module else []))
                else:
                    target = sub.module or ""
                if not target.startswith("billkit"):
                    continue
                for alias in sub.names:
                    candidate = f"{target}.{alias.name}"
                    found.add(candidate if candidate in modules() else target)
                    if alias.name.startswith("_") and candidate not in modules():
                        private.append(f"{name} imports {target}.{alias.name}")
            elif isinstance(sub, ast.Import):
                found.update(a.name for a in sub.names if a.name.startswith("billkit"))
    return found - {name}, private


def test_no_module_imports_another_modules_private_names():
    private = [p for name, path in modules().items() for p in _imports(name, path)[1]]
    assert not private


def test_there_are_no_import_circles():
    graph = {name: _imports(name, path)[0] & modules().keys() for name, path in modules().items()}
    # A package's __init__ may gather its modules' names; a module importing its own package's
    # __init__ is not a circle through it. Only edges between distinct modules count.
    circles = []
    index, low, stack, on_stack, counter = {}, {}, [], set(), [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    assert not circles


@pytest.mark.parametrize("fmt", [f for f in format_names() if f != "akn"])
def test_a_new_kind_of_document_needs_no_writer(fmt):
    """A kind no writer has heard of (a trainer's slide deck, say) renders in every format."""
    meta = DocumentMeta(kind="slides", title="Deck", short_title="Deck", running_head=False)
    deck = Document(
        meta,
        (
            Heading((Run("First slide"),), "page-title"),
            Para((Run("Words on a slide."),)),
            Bullets(((Run("one"),), (Run("two"),))),
            Table(((Run("State"),), (Run("Status"),)), (((Run("Ohio"),), (Run("partly"),)),), "Where"),
            PageBreak(),
            Heading((Run("Second slide"),), "page-title"),
        ),
    )
    data = render(deck, fmt)
    assert data
    if fmt in ("html", "md"):
        text = data.decode()
        assert "First slide" in text and "Second slide" in text and "two" in text
        assert "Ohio" in text and "partly" in text and "Where" in text


def test_a_legislative_format_refuses_what_is_not_an_act():
    from billkit.errors import UsageError

    deck = Document(DocumentMeta(kind="slides", title="D", short_title="D"), (Para((Run("x"),)),))
    with pytest.raises(UsageError, match="cannot write a slides"):
        render(deck, "akn")
