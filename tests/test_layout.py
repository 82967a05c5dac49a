"""Content at the top: the folders a drafter edits stand beside the code, and the package finds them."""

from __future__ import annotations

import os
from pathlib import Path

from billkit.load import content
from billkit.load.library import load_library
from billkit.render import html

from support import REPO

TOP_LEVEL = ("clauses", "templates", "jurisdictions", "words")


def test_the_content_folders_stand_at_the_top_of_the_repository():
    for name in TOP_LEVEL:
        assert (REPO / name).is_dir(), name
    for old in ("clauses", "templates", "jurisdictions", "handouts"):
        assert not (REPO / "src" / "billkit" / old).exists(), old


def test_the_package_links_to_each_top_level_folder_and_nothing_else():
    links = REPO / "src" / "billkit" / "_content"
    assert sorted(p.name for p in links.iterdir()) == sorted(TOP_LEVEL)
    for name in TOP_LEVEL:
        assert (links / name).is_symlink(), name
        assert os.readlink(links / name) == f"../../../{name}"


def test_every_reader_takes_its_folder_from_the_content_module():
    assert [folder.name for folder in content.FOLDERS] == list(TOP_LEVEL)
    assert html.TEMPLATES_DIR == content.TEMPLATES_DIR
    assert content.REFERENCE_DOCX.is_file()
    assert (content.FONTS_DIR / "LiberationSerif-Regular.ttf").is_file()
    assert {p.name for p in content.WORDS_DIR.glob("*.yaml")} >= {"community.en.yaml", "community.es.yaml"}
    assert len(load_library().clauses) >= 11


def test_messages_show_built_in_content_relative_to_the_content_root(tmp_path):
    clause = content.CLAUSES_DIR / "court-jurisdiction.yaml"
    assert content.show(clause) == "clauses/court-jurisdiction.yaml"
    assert content.show(clause.resolve()) == "clauses/court-jurisdiction.yaml"
    assert content.show(tmp_path / "pack" / "x.yaml") == str(tmp_path / "pack" / "x.yaml")


def test_the_pdf_writer_fetches_only_content_files():
    assert content.is_content((content.FONTS_DIR / "LiberationSans-Bold.ttf").resolve())
    assert not content.is_content(Path(content.__file__).resolve())
    assert not content.is_content((REPO / "pyproject.toml").resolve())
