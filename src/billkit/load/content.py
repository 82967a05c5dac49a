"""Where billkit's content stands: the folders a drafter edits, found the same way everywhere.

The content lives at the top of the repository, beside the code: ``clauses/``, ``templates/``
(Jinja templates, CSS, the reference DOCX, fonts), ``jurisdictions/`` and ``words/``. The package
reaches it through ``billkit/_content/``, which in a checkout holds one relative symbolic link to
each of those folders and in a built wheel holds real copies of them (setuptools follows the links
when it builds). Either way the path below is the one every reader uses.
"""

from __future__ import annotations

from pathlib import Path

CONTENT_ROOT = Path(__file__).resolve().parent.parent / "_content"
CLAUSES_DIR = CONTENT_ROOT / "clauses"
TEMPLATES_DIR = CONTENT_ROOT / "templates"
JURISDICTIONS_DIR = CONTENT_ROOT / "jurisdictions"
WORDS_DIR = CONTENT_ROOT / "words"
FONTS_DIR = TEMPLATES_DIR / "fonts"
REFERENCE_DOCX = TEMPLATES_DIR / "reference.docx"
FOLDERS = (CLAUSES_DIR, TEMPLATES_DIR, JURISDICTIONS_DIR, WORDS_DIR)


def show(path: Path) -> str:
    """A path as a message shows it: relative to the content root for built-in content."""
    for root in (CONTENT_ROOT, *(folder.resolve() for folder in FOLDERS)):
        try:
            relative = path.relative_to(root)
        except ValueError:
            continue
        return str(relative if root == CONTENT_ROOT else Path(root.name, relative))
    return str(path)


def is_content(path: Path) -> bool:
    """Whether a resolved path is a file inside one of the content folders."""
    return path.is_file() and any(path.is_relative_to(folder.resolve()) for folder in FOLDERS)
