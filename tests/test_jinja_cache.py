"""Compiled templates kept between runs: the same words out, less work, and never a failure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import Environment

from billkit.build import templating
from billkit.build.templating import literal_output, render_text
from billkit.jinja_cache import CACHE_VARIABLE, bytecode_cache


@pytest.fixture
def fresh_cache(monkeypatch, tmp_path):
    """A new cache folder, with every memo of the old one forgotten before and after."""

    def forget():
        bytecode_cache.cache_clear()
        templating._environment.cache_clear()
        templating._compile.cache_clear()

    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_VARIABLE, str(folder))
    forget()
    yield folder
    monkeypatch.undo()
    forget()


@given(st.text(alphabet=st.sampled_from("ab \r\n%#}§\t"), max_size=30))
def test_a_text_without_braces_renders_as_jinja_would_render_it(text):
    jinja = Environment(keep_trailing_newline=False).from_string(text).render()
    assert literal_output(text) == jinja
    assert render_text(text, {}, where="test") == jinja


def test_a_compiled_template_is_kept_and_reused_without_compiling_again(fresh_cache, monkeypatch):
    source = "The {{ court }} shall rule within {{ days }} days."
    first = render_text(source, {"court": "court", "days": 30}, where="test")
    assert len(list(fresh_cache.glob("billkit-*.cache"))) == 1

    templating._environment.cache_clear()  # as a new process would start
    templating._compile.cache_clear()
    compiled = []
    original = templating.SandboxedEnvironment.compile
    monkeypatch.setattr(
        templating.SandboxedEnvironment,
        "compile",
        lambda self, *args, **kwargs: compiled.append(args) or original(self, *args, **kwargs),
    )
    again = render_text(source, {"court": "court", "days": 30}, where="test")
    assert again == first == "The court shall rule within 30 days."
    assert compiled == []


def test_an_empty_cache_variable_turns_the_cache_off(fresh_cache, monkeypatch):
    monkeypatch.setenv(CACHE_VARIABLE, "")
    bytecode_cache.cache_clear()
    assert bytecode_cache() is None
    assert render_text("{{ 1 + 1 }}", {}, where="test") == "2"


def test_a_folder_that_cannot_be_made_turns_the_cache_off(fresh_cache, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_VARIABLE, str(blocker / "cache"))
    bytecode_cache.cache_clear()
    assert bytecode_cache() is None
    assert render_text("{{ 'still' }} drafts", {}, where="test") == "still drafts"


def test_a_cache_that_cannot_be_written_is_skipped(fresh_cache):
    assert templating._environment().bytecode_cache is not None
    fresh_cache.rmdir()  # gone after the cache was set up: every write now fails
    assert render_text("{{ 'still' }} drafts", {}, where="test") == "still drafts"
    assert not fresh_cache.exists()


def test_a_template_error_still_names_where_it_came_from(fresh_cache):
    from billkit.errors import ContentError

    with pytest.raises(ContentError, match=r"^clauses/x.yaml text: .*unexpected '}'"):
        render_text("{{ oops }} }}{{ }", {"oops": 1}, where="clauses/x.yaml text")


def test_environments_that_compile_differently_never_share_compiled_code(fresh_cache):
    """The same template, compiled once without and once with a ``finalize``: each keeps its own."""
    from jinja2 import DictLoader

    from billkit.jinja_cache import use_cache

    def environment(**settings) -> Environment:
        return use_cache(Environment(loader=DictLoader({"t": "{{ word }}"}), **settings))

    assert environment().get_template("t").render(word="plain") == "plain"
    shouting = environment(finalize=lambda value: str(value).upper())
    assert shouting.get_template("t").render(word="plain") == "PLAIN"
    assert environment().get_template("t").render(word="plain") == "plain"
    assert len(list(fresh_cache.glob("billkit-*.cache"))) == 2
