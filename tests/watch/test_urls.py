"""Canonical URLs: one story, one identity."""

from __future__ import annotations

import pytest

from flashpoint.watch.urls import article_id_for, canonical_url, host_of, normalise_url, pick_canonical


@pytest.mark.parametrize(("a", "b"), [
    ("HTTP://Example.ORG:80/news/story?id=5#comments", "http://example.org/news/story?id=5"),
    ("https://example.org:443", "https://example.org/"),
    ("https://example.org/a%7eb/%c3%a9", "https://example.org/a~b/%C3%A9"),
    ("https://example.org/news/story?utm_source=rss&utm_medium=feed&id=5&fbclid=xyz", "https://example.org/news/story?id=5"),
    ("https://example.org/s?b=2&a=1", "https://example.org/s?a=1&b=2"),
    ("https://example.org/s?utm_campaign=x", "https://example.org/s"),
])
def test_canonical_forms(a, b):
    assert canonical_url(a) == b


def test_normal_form_keeps_the_query_as_it_is():
    assert normalise_url("https://Example.org/feed?b=2&utm_source=x&a=1") == "https://example.org/feed?b=2&utm_source=x&a=1"


def test_the_same_story_from_two_feeds_has_one_identity_and_one_article_id():
    a = canonical_url("https://example.org/world/1?utm_source=feed-a")
    b = canonical_url("https://EXAMPLE.org/world/1?utm_source=feed-b&utm_medium=rss")
    assert a == b and article_id_for(a) == article_id_for(b)
    assert article_id_for(a) != article_id_for(canonical_url("https://example.org/world/2"))


def test_a_page_s_canonical_link_is_its_identity_unless_it_is_not_sensible():
    final = "https://example.org/amp/world/1?utm_source=x"
    assert pick_canonical("/world/1", final) == "https://example.org/world/1"
    assert pick_canonical("https://www.example.org/world/1", final) == "https://www.example.org/world/1"
    assert pick_canonical(None, final) == "https://example.org/amp/world/1"
    assert pick_canonical("https://example.org/", final) == "https://example.org/amp/world/1"  # the front page
    assert pick_canonical("javascript:void(0)", final) == "https://example.org/amp/world/1"


def test_hosts_keep_a_port_that_is_not_the_default():
    assert host_of("http://127.0.0.1:8123/x") == "127.0.0.1:8123"
    assert host_of("https://Example.org:443/x") == "example.org"
