"""The public Python API: `flashpoint.code` and the streaming `flashpoint.code_articles`."""

from __future__ import annotations

import pytest

import flashpoint

pytestmark = pytest.mark.model


def test_public_names_are_exported():
    for name in flashpoint.__all__:
        assert hasattr(flashpoint, name), name


def test_code_one_text():
    events = flashpoint.code("On Monday, Kosovo police arrested a Serbian official.", published="2018-03-28")
    assert events and events[0].cameo.startswith("17") and events[0].date == "2018-03-26"


def test_code_articles_streams_lazily_in_order():
    seen = []

    def gen():
        for i in range(3):
            seen.append(i)
            yield flashpoint.Article(id=f"a{i}", text="The army attacked the rebels.", published="2020-01-01")

    stream = flashpoint.code_articles(gen())
    assert seen == []  # nothing read before the first result is asked for
    out = [(a.id, len(evs)) for a, evs in stream]
    assert [a for a, _ in out] == ["a0", "a1", "a2"] and all(n >= 1 for _, n in out)


def test_parallel_engine_gives_the_same_events():
    arts = [flashpoint.Article(id=f"x{i}", text=f"Police detained {i + 2} protesters in Belgrade on Friday.",
                               published="2023-05-06") for i in range(40)]
    one = [[e.event_id for e in evs] for _, evs in flashpoint.code_articles(arts)]
    two = [[e.event_id for e in evs] for _, evs in
           flashpoint.code_articles(arts, flashpoint.Settings(workers=2, batch_size=8))]
    assert one == two and all(one)


def test_bad_published_date_is_an_input_error():
    with pytest.raises(flashpoint.InputError):
        flashpoint.code("Talks resumed.", published="someday")
