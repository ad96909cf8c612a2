"""One article that cannot be coded is reported by name; every other article is still coded."""

from __future__ import annotations

import pickle

import pytest

import flashpoint.events.assemble as assemble
from flashpoint.coding import Coder
from flashpoint.config import Settings
from flashpoint.engines.local import parallel_code_stream
from flashpoint.errors import CodingError
from flashpoint.records import Article

pytestmark = pytest.mark.model

GOOD = "Kenyan police arrested 12 protesters in Nairobi on Tuesday."


def _articles(n: int, bad: set[int]) -> list[Article]:
    return [Article(id=f"a{i}", text=("BOOM " if i in bad else "") + GOOD, published="2024-06-26",
                    origin=f"in.jsonl:{i + 1}") for i in range(n)]


@pytest.fixture
def exploding(monkeypatch):
    """The story rules raise on any article whose text starts with BOOM (a stand-in for a bug)."""
    real = assemble.assemble_events

    def events_from_doc(doc, article, *args, **kwargs):
        if article.text.startswith("BOOM"):
            raise ValueError("story rule broke")
        return real(doc, article, *args, **kwargs)

    monkeypatch.setattr(assemble, "assemble_events", events_from_doc)


def test_a_failing_article_is_reported_and_the_batch_kept(exploding):
    failures: list[CodingError] = []
    coder = Coder(Settings(batch_size=8))
    out = list(coder.code_stream_local(_articles(10, {3, 7}), failures.append))
    assert [a.id for a, _ in out] == [f"a{i}" for i in range(10) if i not in (3, 7)]
    assert all(events for _, events in out)
    assert [(f.article_id, f.origin, f.reason) for f in failures] == [
        ("a3", "in.jsonl:4", CodingError.FAILED), ("a7", "in.jsonl:8", CodingError.FAILED)]
    assert "ValueError: story rule broke" in failures[0].detail
    assert str(failures[0]).startswith("in.jsonl:4: coding failed")


def test_without_a_callback_the_error_names_the_article(exploding):
    with pytest.raises(CodingError) as info:
        list(Coder().code_stream_local(_articles(3, {1})))
    assert info.value.article_id == "a1"
    assert isinstance(info.value.__cause__, ValueError)


def test_too_long_articles_are_reported_not_parsed():
    failures: list[CodingError] = []
    coder = Coder(Settings(max_chars=80))
    long = Article(id="dump", text=GOOD + " " + "x " * 100, origin="dump.txt")
    out = list(coder.code_stream_local([long, *_articles(2, set())], failures.append))
    assert [a.id for a, _ in out] == ["a0", "a1"]
    assert [(f.article_id, f.reason) for f in failures] == [("dump", CodingError.TOO_LONG)]
    assert "more than 80" in failures[0].detail


def test_failures_cross_process_boundaries(exploding):
    """Worker processes send failures back (the error pickles with its fields)."""
    err = pickle.loads(pickle.dumps(CodingError("a", "f:1", CodingError.FAILED, "ValueError: x")))
    assert (err.article_id, err.origin, err.reason, err.detail) == ("a", "f:1", "failed", "ValueError: x")
    failures: list[CodingError] = []
    settings = Settings(workers=2, batch_size=4)
    out = list(parallel_code_stream(_articles(20, {5, 13}), settings, failures.append))
    assert [a.id for a, _ in out] == [f"a{i}" for i in range(20) if i not in (5, 13)]
    assert sorted(f.article_id for f in failures) == ["a13", "a5"]
