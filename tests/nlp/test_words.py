"""Word classes: one packaged, validated file; rules read classes by name."""

from __future__ import annotations

import pytest

from flashpoint.errors import LexiconError
from flashpoint.nlp.words import parse_word_classes, word_class, word_classes


def test_packaged_classes_load_and_combine():
    classes = word_classes()
    assert {"speech", "commitment", "belief", "attribution", "denial"} <= set(classes)
    assert "say" in word_class("speech") and "vow" in word_class("speech", "commitment")
    assert not word_class("speech") & word_class("commitment")  # each word in one class


def test_no_word_is_in_two_classes():
    seen: dict[str, str] = {}
    for name, words in word_classes().items():
        for w in words:
            assert w not in seen, f"{w!r} is in {seen.get(w)} and {name}"
            seen[w] = name


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
