"""Parser batches are bounded in documents and words; how articles are batched never changes events."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from flashpoint.nlp.batching import word_batches, word_count


@dataclass
class _Item:
    text: str


def _words(n: int) -> _Item:
    return _Item(" ".join(["word"] * n))


def test_word_count_counts_spaces_and_line_breaks():
    assert word_count("one") == 1
    assert word_count("one two\nthree four") == 4


def test_batches_keep_order_and_respect_both_bounds():
    items = [_words(n) for n in (300, 300, 300, 500, 600, 50)]
    batches = list(word_batches(items, max_docs=3, max_words=1000))
    assert [len(b) for b in batches] == [3, 1, 2]
    assert [i for b in batches for i in b] == items
    for b in batches:
        assert len(b) <= 3 and (sum(word_count(i.text) for i in b) <= 1000 or len(b) == 1)


def test_a_document_longer_than_the_word_bound_is_a_batch_of_its_own():
    items = [_words(10), _words(5000), _words(10)]
    assert [len(b) for b in word_batches(items, max_docs=32, max_words=1000)] == [1, 1, 1]


def test_no_word_bound_and_empty_input():
    items = [_words(5000)] * 5
    assert [len(b) for b in word_batches(items, max_docs=2, max_words=0)] == [2, 2, 1]
    assert list(word_batches([], max_docs=2, max_words=10)) == []


@pytest.mark.model
def test_events_do_not_depend_on_how_articles_are_batched():
    from flashpoint.coding import Coder
    from flashpoint.config import Settings
    from flashpoint.records import Article

    texts = ["Police arrested two opposition activists in the capital on Monday.",
             "The foreign minister condemned the attack and called on both sides to show restraint. " * 3,
             "Serbia put its army on high alert after Kosovo police entered the north.",
             "The European Union urged Belgrade and Pristina to resume talks."]
    arts = [Article(id=f"b{i}", text=t, published="2022-12-29") for i, t in enumerate(texts)]
    whole = Coder(Settings(batch_words=0))
    tiny = Coder(Settings(batch_size=3, batch_words=20))
    a = [[e.to_dict() for e in evs] for _, evs in whole.code_stream_local(arts)]
    b = [[e.to_dict() for e in evs] for _, evs in tiny.code_stream_local(arts)]
    assert a == b and sum(map(len, a)) >= 4
