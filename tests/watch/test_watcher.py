"""The watcher as a library object against a local news site (the fake coder stands in for the model)."""

from __future__ import annotations

import threading
import time

import pytest
from watch_site import FAST, FRENCH, STORIES, add_story, atom, fake_watch_code, page, rss

from flashpoint.store import open_store
from flashpoint.watch import Watcher
from flashpoint.watch.sources import Source
from flashpoint.watch.state import WatchState
from flashpoint.watch.urls import article_id_for, canonical_url

DATE = "Tue, 27 Mar 2018 10:00:00 GMT"


def newsroom(site):
    """Two good feeds sharing a story (once under tracking parameters, once as an AMP page whose canonical
    link is the story's address), a French story, a page that fails, and five bad sources."""
    for slug in STORIES:
        add_story(site, slug)
    site.add("/amp/belgrade", page(*STORIES["belgrade"], canonical="/news/belgrade"))
    site.add("/news/paris", page(*FRENCH, lang="fr"))
    site.add("/news/missing", status=500, body="error")
    site.add("/feeds/a.xml", rss([
        ("Serbia protests", site.url("/news/belgrade?utm_source=feed-a"), DATE),
        ("Albania", site.url("/news/tirana"), "Mon, 02 Apr 2018 09:00:00 +0200"),
        ("Réformes", site.url("/news/paris"), DATE),
        ("Gone", site.url("/news/missing"), DATE),
    ]), content_type="application/rss+xml", etag='"a1"')
    site.add("/feeds/b.xml", atom([
        ("Serbia protests (AMP)", site.url("/amp/belgrade"), "2018-03-27T12:00:00Z"),
        ("Romania", site.url("/news/bucharest"), "2018-04-03T08:00:00+02:00"),
    ]), content_type="application/atom+xml", last_modified="Tue, 03 Apr 2018 10:00:00 GMT")
    site.add("/list.txt", site.url("/news/podgorica") + "\n", content_type="text/plain")
    site.add("/feeds/broken.xml", "<rss><channel><item><title>cut off", content_type="application/rss+xml")
    site.add("/feeds/slow.xml", rss([]), content_type="application/rss+xml", delay=5)
    site.add("/feeds/500.xml", status=500, body="Internal Server Error")
    site.add("/feeds/huge.xml", stream=2_000_000, content_type="application/rss+xml")
    site.add("/feeds/loop.xml", status=302, headers={"Location": "/feeds/loop.xml?again"})
    site.add("/feeds/loop.xml?again", status=302, headers={"Location": "/feeds/loop.xml"})
    good = [Source(site.url("/feeds/a.xml"), "A"), Source(site.url("/feeds/b.xml"), "B"),
            Source(site.url("/list.txt"), "L")]
    bad = [Source(site.url(p), p.rsplit("/", 1)[-1]) for p in
           ("/feeds/broken.xml", "/feeds/slow.xml", "/feeds/500.xml", "/feeds/huge.xml", "/feeds/loop.xml")]
    return good, bad


SETTINGS = FAST.with_(timeout=0.5, retries=1, max_bytes=500_000)


def articles(db):
    with open_store(db, read_only=True) as st:
        return st.rows("SELECT url, source, published, language, title FROM articles ORDER BY url")


def test_one_poll_stores_each_good_story_once_and_reports_each_bad_source(site, tmp_path):
    good, bad = newsroom(site)
    db = str(tmp_path / "w.duckdb")
    seen = []
    with open_store(db) as store, Watcher(store, good + bad, fake_watch_code, settings=SETTINGS,
                                          progress=lambda r, i: seen.append((r.source.name, i))) as w:
        report = w.poll_once()
    rows = articles(db)
    assert [r[0] for r in rows] == [site.url(f"/news/{s}") for s in ("belgrade", "bucharest", "podgorica", "tirana")]
    by = {r[0].rsplit("/", 1)[-1]: r for r in rows}
    assert by["belgrade"][1:4] == ("A", _d("2018-03-27"), "en")  # the feed's date, the first feed's name
    assert by["tirana"][2] == _d("2018-04-02")  # 09:00 at UTC+2: the feed's own day
    assert by["podgorica"][2] == _d("2018-04-05")  # no date in the list: the page's
    reps = {r.source.name: r for r in report.sources}
    assert (reps["A"].new, reps["A"].skipped, reps["A"].failed, reps["A"].seen) == (2, 1, 1, 0)
    assert (reps["B"].new, reps["B"].seen) == (1, 1)  # the AMP page is the story feed A stored
    assert reps["L"].new == 1
    errors = {name: reps[name].error for name in ("broken.xml", "slow.xml", "500.xml", "huge.xml", "loop.xml")}
    assert errors["broken.xml"].detail.startswith("malformed feed")
    assert (errors["slow.xml"].reason, errors["500.xml"].status) == ("timeout", 500)
    assert (errors["huge.xml"].reason, errors["loop.xml"].reason) == ("too_large", "redirect_loop")
    assert not report.ok and report.total("new") == 4 and len(report.failed_sources) == 5
    assert reps["A"].failures[0].reason == "http_status" and "/news/missing" in reps["A"].failures[0].detail
    assert ("B", None) in seen and any(i is not None and i.status == "non_english" for _, i in seen)
    assert site.hits("/news/belgrade") == 1  # fetched once, though listed three ways
    with open_store(db, read_only=True) as st:
        status = {s.name: s for s in WatchState(st).status()}
        assert status["A"].stored == 2 and status["A"].skipped == 1 and status["A"].failed == 1
        assert status["500.xml"].last_status == 500 and status["500.xml"].failures == 1
        assert "HTTP 500" in status["500.xml"].last_error
        reasons = dict(st.rows("SELECT name, error_reason FROM watch_sources WHERE error_reason IS NOT NULL"))
        assert reasons == {"broken.xml": "feed_unreadable", "slow.xml": "timeout", "500.xml": "http_status",
                           "huge.xml": "too_large", "loop.xml": "redirect_loop"}
        lang = st.value("SELECT language FROM watch_items WHERE url LIKE '%/news/paris'")
        assert lang == "fr" and st.value("SELECT count(*) FROM articles WHERE text LIKE '%gouvernement%'") == 0


def _d(s):
    import datetime

    return datetime.date.fromisoformat(s)


def test_a_second_poll_asks_conditionally_and_fetches_no_page_again(site, tmp_path):
    good, _ = newsroom(site)
    db = str(tmp_path / "w.duckdb")
    with open_store(db) as store, Watcher(store, good, fake_watch_code, settings=SETTINGS) as w:
        w.poll_once()
    hits = {p: site.hits(p) for p in ("/news/belgrade", "/news/tirana", "/news/paris", "/news/bucharest")}
    with open_store(db) as store, Watcher(store, good, fake_watch_code, settings=SETTINGS) as w:  # a restart
        again = w.poll_once()
    assert {p: site.hits(p) for p in hits} == hits  # nothing fetched twice
    assert site.requests_to("/feeds/a.xml")[-1]["if-none-match"] == '"a1"'
    assert site.requests_to("/feeds/b.xml")[-1]["if-modified-since"] == "Tue, 03 Apr 2018 10:00:00 GMT"
    reps = {r.source.name: r for r in again.sources}
    assert reps["A"].not_modified and reps["B"].not_modified and reps["A"].new == 0
    assert reps["L"].new == 0 and reps["L"].seen == 1  # a list has no validators: read again, nothing new
    assert site.hits("/news/missing") == 4  # the failed page is tried again (each poll: a try and a retry)
    assert len(articles(db)) == 4


def test_a_run_killed_between_batches_neither_loses_nor_repeats(site, tmp_path):
    good, _ = newsroom(site)
    db = str(tmp_path / "w.duckdb")
    coded = []

    def dies_on_the_third(arts, on_failure):
        for a in arts:
            if len(coded) == 2:
                raise KeyboardInterrupt  # what a kill looks like from inside: the open batch rolls back
            coded.append(a.id)
        return fake_watch_code(arts, on_failure)

    with open_store(db) as store, Watcher(store, good, dies_on_the_third, settings=SETTINGS.with_(commit_every=1)) as w, \
            pytest.raises(KeyboardInterrupt):
        w.poll_once()
    assert len(articles(db)) == 2
    with open_store(db) as store, Watcher(store, good, fake_watch_code, settings=SETTINGS) as w:
        report = w.poll_once()
    rows = articles(db)
    assert len(rows) == len({r[0] for r in rows}) == 4  # each story once
    assert report.total("new") == 2
    with open_store(db, read_only=True) as st:
        assert st.value("SELECT count(*) FROM watch_items WHERE status = 'stored'") == 4
    # the kill came in feed B (the third article): its validators were not saved, so it was read in full
    # again, not answered 304; feed A, done before, was asked conditionally
    assert "if-modified-since" not in site.requests_to("/feeds/b.xml")[-1]
    assert site.requests_to("/feeds/a.xml")[-1]["if-none-match"] == '"a1"'
    assert site.hits("/news/belgrade") == 1 and site.hits("/news/tirana") == 1  # stored before the kill


def test_a_story_stored_but_not_recorded_is_not_fetched_again(site, tmp_path):
    add_story(site, "belgrade")
    site.add("/f.xml", rss([("x", site.url("/news/belgrade"), DATE)]), content_type="application/rss+xml")
    db = str(tmp_path / "w.duckdb")
    src = [Source(site.url("/f.xml"), "F")]
    with open_store(db) as store, Watcher(store, src, fake_watch_code, settings=SETTINGS) as w:
        w.poll_once()
        store.run("DELETE FROM watch_items")  # as if killed right after the article's commit
    with open_store(db) as store, Watcher(store, src, fake_watch_code, settings=SETTINGS) as w:
        rep = w.poll_once().sources[0]
    assert (rep.new, rep.seen, site.hits("/news/belgrade")) == (0, 1, 1)


def test_failed_pages_are_tried_again_up_to_max_attempts(site, tmp_path):
    site.add("/news/flaky", status=503)
    site.add("/f.xml", rss([("x", site.url("/news/flaky"), DATE)]), content_type="application/rss+xml", etag='"e"')
    db = str(tmp_path / "w.duckdb")
    src = [Source(site.url("/f.xml"), "F")]
    s = SETTINGS.with_(retries=0, max_attempts=2)
    with open_store(db) as store, Watcher(store, src, fake_watch_code, settings=s) as w:
        assert w.poll_once().sources[0].failed == 1
        assert w.poll_once().sources[0].failed == 1  # the feed answers 304; the failed item is retried anyway
        title, paras = STORIES["tirana"]
        site.add("/news/flaky", page(title, paras))
        third = w.poll_once().sources[0]
    assert (third.failed, third.new, site.hits("/news/flaky")) == (0, 0, 2)  # given up after two attempts


def test_a_page_that_cannot_be_coded_is_a_failed_item_and_others_are_stored(site, tmp_path):
    add_story(site, "belgrade")
    add_story(site, "tirana")
    site.add("/f.xml", rss([("a", site.url("/news/belgrade"), DATE), ("b", site.url("/news/tirana"), DATE)]),
             content_type="application/rss+xml")
    bad_id = article_id_for(canonical_url(site.url("/news/tirana")))

    def code(arts, on_failure):
        from flashpoint.errors import CodingError

        for a in arts:
            if a.id == bad_id:
                on_failure(CodingError(a.id, a.origin, CodingError.FAILED, "ValueError: boom"))
        return [p for p in fake_watch_code(arts, on_failure) if p[0].id != bad_id]

    db = str(tmp_path / "w.duckdb")
    with open_store(db) as store, Watcher(store, [Source(site.url("/f.xml"), "F")], code, settings=SETTINGS) as w:
        rep = w.poll_once().sources[0]
    assert (rep.new, rep.failed) == (1, 1)
    assert rep.failures[0].reason == "not_coded" and "boom" in rep.failures[0].detail


def test_at_most_max_new_items_a_poll_newest_first_and_the_rest_next_time(site, tmp_path):
    for slug in STORIES:
        add_story(site, slug)
    items = [(s, site.url(f"/news/{s}"), f"Mon, 0{i + 1} Apr 2018 10:00:00 GMT") for i, s in enumerate(STORIES)]
    site.add("/f.xml", rss(items), content_type="application/rss+xml", etag='"e"')
    db = str(tmp_path / "w.duckdb")
    with open_store(db) as store, Watcher(store, [Source(site.url("/f.xml"), "F")], fake_watch_code,
                                          settings=SETTINGS.with_(max_new=3)) as w:
        first = w.poll_once().sources[0]
        assert (first.new, first.waiting) == (3, 1)
        assert site.hits("/news/belgrade") == 0  # the oldest waits
        second = w.poll_once().sources[0]
    assert (second.new, second.seen, second.not_modified) == (1, 3, False)  # read in full: validators not kept


def test_a_sitemap_index_is_read_through_its_newest_children(site, tmp_path):
    for slug in ("belgrade", "tirana"):
        add_story(site, slug)
    site.add("/sitemap.xml", f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>{site.url('/sm-old.xml')}</loc><lastmod>2017-01-01</lastmod></sitemap>
      <sitemap><loc>{site.url('/sm-new.xml')}</loc><lastmod>2018-04-01</lastmod></sitemap></sitemapindex>""",
             content_type="application/xml")
    site.add("/sm-new.xml", f"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>{site.url('/news/belgrade')}</loc></url><url><loc>{site.url('/news/tirana')}</loc></url></urlset>""",
             content_type="application/xml")
    db = str(tmp_path / "w.duckdb")
    with open_store(db) as store, Watcher(store, [Source(site.url("/sitemap.xml"), "S")], fake_watch_code,
                                          settings=SETTINGS.with_(sitemap_children=1)) as w:
        rep = w.poll_once().sources[0]
    assert (rep.kind, rep.new) == ("sitemapindex", 2) and site.hits("/sm-old.xml") == 0


def test_run_polls_at_each_interval_until_stopped_and_a_restart_does_not_poll_early(site, tmp_path):
    add_story(site, "belgrade")
    site.add("/f.xml", rss([("a", site.url("/news/belgrade"), DATE)]), content_type="application/rss+xml")
    db = str(tmp_path / "w.duckdb")
    rounds = []
    stop = threading.Event()
    src = [Source(site.url("/f.xml"), "F", interval=0.1)]
    with open_store(db) as store, Watcher(store, src, fake_watch_code, settings=SETTINGS, stop=stop) as w:
        def each(report):
            rounds.append(report)
            if len(rounds) == 3:
                stop.set()

        t = threading.Thread(target=w.run, args=(each,))
        t.start()
        t.join(10)
        assert not t.is_alive()
    assert len(rounds) == 3 and rounds[0].total("new") == 1 and rounds[2].total("seen") == 1
    assert site.hits("/f.xml") == 3 and site.hits("/news/belgrade") == 1
    # a restart within the interval waits for it
    stop = threading.Event()
    src = [Source(site.url("/f.xml"), "F", interval=60)]
    with open_store(db) as store, Watcher(store, src, fake_watch_code, settings=SETTINGS, stop=stop) as w:
        t = threading.Thread(target=w.run)
        t.start()
        time.sleep(0.3)
        stop.set()
        t.join(5)
        assert not t.is_alive()
    assert site.hits("/f.xml") == 3


def test_pages_that_are_not_articles_are_failed_items_and_the_rest_go_on(site, tmp_path, monkeypatch):
    import flashpoint.watch.watcher as watcher_mod

    add_story(site, "belgrade")
    add_story(site, "tirana")
    site.add("/news/report.pdf", b"%PDF-1.4 binary", content_type="application/pdf")
    site.add("/news/stub", page("Stub", ["Only a line."]))
    site.add("/f.xml", rss([(s, site.url(p), DATE) for s, p in (
        ("a", "/news/report.pdf"), ("b", "/news/stub"), ("c", "/news/tirana"), ("d", "/news/belgrade"))]),
        content_type="application/rss+xml")
    real = watcher_mod.extract_page

    def chokes_on_tirana(html):
        if "Tirana" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html)

    monkeypatch.setattr(watcher_mod, "extract_page", chokes_on_tirana)
    db = str(tmp_path / "w.duckdb")
    with open_store(db) as store, Watcher(store, [Source(site.url("/f.xml"), "F")], fake_watch_code,
                                          settings=SETTINGS) as w:
        rep = w.poll_once().sources[0]
    assert (rep.new, rep.failed) == (1, 3)
    assert [f.reason for f in rep.failures] == ["not_html", "no_text", "broken_page"]
    assert "RecursionError" in rep.failures[2].detail
    assert [r[0] for r in articles(db)] == [site.url("/news/belgrade")]
