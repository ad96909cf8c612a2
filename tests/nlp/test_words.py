"""Word classes: one packaged, validated file; rules read classes by name."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from flashpoint.errors import LexiconError
from flashpoint.nlp.words import parse_word_classes, word_class, word_classes


def test_packaged_classes_load_and_combine():
    classes = word_classes()
    assert {"speech", "commitment", "belief", "attribution", "denial"} <= set(classes)
    assert "say" in word_class("speech") and "vow" in word_class("speech", "commitment")


def _string_collections(source: str) -> list[frozenset[str]]:
    """Every set, list or tuple literal of four or more strings in ``source``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Set | ast.List | ast.Tuple) and len(node.elts) >= 4 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            out.append(frozenset(e.value for e in node.elts))  # type: ignore[attr-defined]
    return out


def test_no_copy_of_a_class_is_left_in_the_code():
    """The rules read the classes by name: no literal in the package holds a class's words again."""
    import flashpoint

    classes = {name: words for name, words in word_classes().items() if len(words) >= 4}
    for path in Path(flashpoint.__file__).parent.rglob("*.py"):
        for literal in _string_collections(path.read_text(encoding="utf-8")):
            for name, words in classes.items():
                assert literal != words, f"{path.name} has a copy of the {name} class"


def test_the_copy_check_sees_a_copy():
    assert frozenset({"say", "tell", "report", "add"}) in _string_collections('X = {"say", "tell", "report", "add"}')


@pytest.mark.parametrize(("raw", "problem"), [
    ([], "mapping"),
    ({"version": "1", "classes": {"two words": ["say"]}}, "plain word"),
    ({"version": "1", "classes": {"speech": []}}, "non-empty"),
    ({"version": "1", "classes": {"speech": ["Say"]}}, "lower-case"),
    ({"version": "1", "classes": {"speech": ["say", "say"]}}, "twice"),
])
def test_a_bad_file_is_named_and_explained(raw, problem):
    with pytest.raises(LexiconError, match=problem) as info:
        parse_word_classes(raw, "my_classes.yml")
    assert info.value.path == "my_classes.yml"


def test_an_unknown_class_is_an_error():
    with pytest.raises(LexiconError, match="no word class nonsense"):
        word_class("speech", "nonsense")


def test_a_class_named_twice_in_a_file_is_an_error_that_names_the_line(tmp_path):
    from flashpoint.datafile import load_yaml

    path = tmp_path / "classes.yml"
    path.write_text('version: "1"\nclasses:\n  speech: [say]\n  means: [land]\n  speech: [tell]\n', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        parse_word_classes(load_yaml(path), str(path))
    assert "speech" in str(err.value) and err.value.line == 5
