"""One code_stream above the Coder: every engine gives the same (article, events) stream, in input
order, and reports an article that cannot be coded by its id while the rest go on."""

from __future__ import annotations

import pytest

from flashpoint.config import Settings
from flashpoint.demo import demo_corpus_path
from flashpoint.engines import code_stream
from flashpoint.errors import CodingError, ConfigError
from flashpoint.read import read_inputs
from flashpoint.records import Article


def _articles(n: int) -> list[Article]:
    arts = [a for a in read_inputs([demo_corpus_path()]) if isinstance(a, Article)][:n]
    # one article the coder refuses (over max_chars), in the middle
    return [*arts[: n // 2], Article(id="huge", text="Serbia protested. " * 2000), *arts[n // 2:]]


def test_an_unknown_engine_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown engine"):
        list(code_stream([], Settings(), engine="gpu"))


def _run(engine: str, articles: list[Article]) -> tuple[list[tuple[str, list[str]]], list[str]]:
    failed: list[CodingError] = []
    settings = Settings(max_chars=20_000, batch_size=4)
    out = [(a.id, [e.event_id for e in evs])
           for a, evs in code_stream(articles, settings, engine=engine, on_failure=failed.append)]
    return out, [f.article_id for f in failed]


@pytest.mark.model
def test_the_local_engine_reports_a_culprit_and_goes_on():
    out, failed = _run("local", _articles(6))
    assert failed == ["huge"] and [a for a, _ in out] == [a.id for a in _articles(6) if a.id != "huge"]


@pytest.mark.model
@pytest.mark.ray
def test_the_ray_stream_equals_the_local_one():
    pytest.importorskip("ray")
    articles = _articles(10)
    assert _run("ray", articles) == _run("local", articles)
