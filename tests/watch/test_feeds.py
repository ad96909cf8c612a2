"""Reading listings: RSS, Atom, JSON Feed, sitemaps, sitemap indexes, URL lists, and broken ones."""

from __future__ import annotations

import json

import pytest
from watch_site import atom, rss

from flashpoint.errors import FeedError
from flashpoint.watch.feeds import entry_date, parse_listing

BASE = "http://news.example/feeds/world.xml"


def test_rss_entries_with_links_titles_and_dates_in_their_own_time_zone():
    body = rss([("One", "http://news.example/a/1", "Tue, 26 Jun 2018 23:30:00 -0500"),
                ("Two", "/a/2", "Wed, 27 Jun 2018 08:00:00 GMT")], language="en-GB").encode()
    lst = parse_listing(body, BASE, "application/rss+xml")
    assert lst.kind == "rss" and lst.language == "en" and lst.problem is None
    assert [(e.url, e.title, e.published) for e in lst.entries] == [
        ("http://news.example/a/1", "One", "2018-06-26"),  # 23:30 at UTC-5 is still the 26th there
        ("http://news.example/a/2", "Two", "2018-06-27")]


def test_atom_with_relative_links():
    lst = parse_listing(atom([("A", "/s/1", "2018-04-05T23:10:00-04:00")]).encode(), BASE, "application/atom+xml")
    assert lst.kind == "atom"
    assert [(e.url, e.published) for e in lst.entries] == [("http://news.example/s/1", "2018-04-05")]


def test_json_feed():
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "T", "language": "en",
           "items": [{"id": "1", "url": "https://news.example/j/1", "title": "J1", "date_published": "2018-04-02T10:00:00Z"},
                     {"id": "2", "external_url": "/j/2"}, {"id": "3"}, "junk"]}
    lst = parse_listing(json.dumps(doc).encode(), BASE, "application/feed+json")
    assert lst.kind == "jsonfeed" and lst.skipped == 2
    assert [(e.url, e.title, e.published, e.language) for e in lst.entries] == [
        ("https://news.example/j/1", "J1", "2018-04-02", "en"), ("http://news.example/j/2", None, None, "en")]


def test_sitemap_and_news_sitemap():
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>http://news.example/s/1</loc><lastmod>2018-04-01</lastmod></url>
  <url><loc>http://news.example/s/2</loc>
    <news:news><news:publication><news:name>N</news:name><news:language>fr</news:language></news:publication>
    <news:publication_date>2018-04-03T22:00:00+02:00</news:publication_date><news:title>Deux</news:title></news:news>
  </url>
  <url><loc>mailto:someone@example.org</loc></url>
</urlset>"""
    lst = parse_listing(body, "http://news.example/sitemap.xml", "application/xml")
    assert lst.kind == "sitemap" and lst.skipped == 1
    assert [(e.url, e.published, e.title, e.language) for e in lst.entries] == [
        ("http://news.example/s/1", "2018-04-01", None, None), ("http://news.example/s/2", "2018-04-03", "Deux", "fr")]


def test_sitemap_index_lists_child_sitemaps():
    body = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>http://news.example/sm-1.xml</loc><lastmod>2018-04-01</lastmod></sitemap></sitemapindex>"""
    lst = parse_listing(body, "http://news.example/sitemap.xml")
    assert lst.kind == "sitemapindex" and [e.url for e in lst.entries] == ["http://news.example/sm-1.xml"]


def test_a_plain_list_of_urls():
    body = b"# today's stories\nhttp://news.example/u/1\n\n  https://news.example/u/2  \nnot a url\n"
    lst = parse_listing(body, "http://news.example/list.txt", "text/plain")
    assert lst.kind == "urls" and [e.url for e in lst.entries] == ["http://news.example/u/1", "https://news.example/u/2"]
    assert lst.skipped == 1 and "line 5" in (lst.problem or "")


def test_a_truncated_feed_gives_what_it_has_and_says_it_was_broken():
    body = rss([("One", "http://news.example/a/1", "Tue, 26 Jun 2018 10:00:00 GMT")]).encode()
    lst = parse_listing(body[: body.index(b"</item>") + 7] + b"<item><title>cut", BASE)
    assert [e.url for e in lst.entries] == ["http://news.example/a/1"]
    assert lst.problem and "malformed" in lst.problem


@pytest.mark.parametrize(("body", "kind", "words"), [
    (b"", None, "empty response"),
    (b"<rss><channel><item><title>x</titl", None, "malformed feed"),
    (b"<?xml version='1.0'?><urlset><url><loc>http://a/1</loc></urlset>", None, "malformed sitemap"),
    (b"<!DOCTYPE html><html><body><p>hello</p></body></html>", None, "an HTML page, not a feed"),
    (b'{"items": [', None, "malformed JSON feed"),
    (b'{"hello": "world"}', None, "not a JSON Feed"),
    (b"just some words\nand more", None, "no line is an http(s) address"),
    (b"<rss version='2.0'><channel></channel></rss>", "sitemap", "not a sitemap"),
    (b"http://a.example/1\n", "feed", "not a feed"),
])
def test_listings_that_cannot_be_read_are_feed_errors(body, kind, words):
    with pytest.raises(FeedError) as info:
        parse_listing(body, BASE, None, kind)
    assert info.value.url == BASE and words in info.value.detail


def test_a_source_may_say_what_kind_it_is():
    assert parse_listing(b"http://a.example/1\n", BASE, "text/html", "urls").kind == "urls"


@pytest.mark.parametrize(("raw", "day"), [
    ("2018-04-05T23:10:00-04:00", "2018-04-05"), ("2018-04-05", "2018-04-05"), ("2018-04-05T01:00:00Z", "2018-04-05"),
    ("Thu, 05 Apr 2018 23:59:00 -0700", "2018-04-05"), ("yesterday", None), ("", None), (None, None),
    ("0001-01-01", None),
])
def test_entry_dates(raw, day):
    assert entry_date(raw) == day
