"""The polite fetcher against a real local HTTP server: validators, timeouts, retries, size caps,
redirects, robots.txt, per-host turns, User-Agent."""

from __future__ import annotations

import threading
import time

import pytest
from watch_site import FAST

from flashpoint.errors import FetchError
from flashpoint.watch.fetch import Fetcher, Stopped
from flashpoint.watch.settings import USER_AGENT


def _get(settings, url, **kw):
    with Fetcher(settings) as f:
        return f.get(url, **kw)


def test_user_agent_and_conditional_get(site):
    site.add("/feed.xml", "<rss/>", content_type="application/rss+xml", etag='"v1"',
             last_modified="Tue, 26 Jun 2018 10:00:00 GMT")
    with Fetcher(FAST) as f:
        first = f.get(site.url("/feed.xml"))
        assert (first.status, first.body, first.etag, first.last_modified) == \
            (200, b"<rss/>", '"v1"', "Tue, 26 Jun 2018 10:00:00 GMT")
        again = f.get(site.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.status == 304 and again.body == b""
    sent = site.requests_to("/feed.xml")
    assert sent[0]["user-agent"] == USER_AGENT and USER_AGENT.startswith("flashpoint/")
    assert "if-none-match" not in sent[0]
    assert sent[1]["if-none-match"] == '"v1"' and sent[1]["if-modified-since"] == "Tue, 26 Jun 2018 10:00:00 GMT"
    assert site.hits("/robots.txt") == 1  # asked once per host


def test_a_slow_server_times_out_after_the_retries(site):
    site.add("/slow", "late", delay=5)
    t = time.monotonic()
    with pytest.raises(FetchError) as info:
        _get(FAST.with_(timeout=0.3, retries=1), site.url("/slow"))
    assert info.value.reason == FetchError.TIMEOUT and info.value.status is None
    assert site.hits("/slow") == 2 and time.monotonic() - t < 3


def test_5xx_is_retried_with_backoff_and_4xx_is_not(site):
    calls = []

    def flaky(h):
        calls.append(time.monotonic())
        if len(calls) < 3:
            h.send_error(503)
            return
        body = b"ok now"
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    site.add("/flaky", handler=flaky)
    site.add("/broken", status=500, body="oops")
    site.add("/gone", status=410, body="gone")
    s = FAST.with_(retries=2, backoff=0.1, max_backoff=1.0)
    assert _get(s, site.url("/flaky")).body == b"ok now"
    assert calls[1] - calls[0] >= 0.09 and calls[2] - calls[1] >= 0.19  # doubled
    with pytest.raises(FetchError) as info:
        _get(s, site.url("/broken"))
    assert (info.value.reason, info.value.status, site.hits("/broken")) == (FetchError.HTTP_STATUS, 500, 3)
    with pytest.raises(FetchError) as info:
        _get(s, site.url("/gone"))
    assert (info.value.status, site.hits("/gone")) == (410, 1)


def test_retry_after_is_honoured(site):
    calls = []

    def busy(h):
        calls.append(time.monotonic())
        if len(calls) == 1:
            h.send_response(429)
            h.send_header("Retry-After", "1")
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"ok")

    site.add("/busy", handler=busy)
    assert _get(FAST.with_(retries=1, max_backoff=2.0), site.url("/busy")).body == b"ok"
    assert calls[1] - calls[0] >= 0.95


def test_enormous_bodies_are_refused_announced_or_streamed(site):
    site.add("/big", "x" * 5000, content_type="text/plain")
    site.add("/endless", stream=3_000_000)
    s = FAST.with_(max_bytes=4000)
    for path in ("/big", "/endless"):
        with pytest.raises(FetchError) as info:
            _get(s, site.url(path))
        assert info.value.reason == FetchError.TOO_LARGE, path
    assert site.hits("/big") == 1  # not retried


def test_redirects_are_followed_and_bounded(site):
    site.add("/old", status=301, headers={"Location": "/new"})
    site.add("/new", "here")
    site.add("/loop-a", status=302, headers={"Location": "/loop-b"})
    site.add("/loop-b", status=302, headers={"Location": "/loop-a"})
    for i in range(8):
        site.add(f"/hop{i}", status=307, headers={"Location": f"/hop{i + 1}"})
    site.add("/away", status=302, headers={"Location": "ftp://files.example/x"})
    got = _get(FAST, site.url("/old"))
    assert (got.body, got.final_url, got.url) == (b"here", site.url("/new"), site.url("/old"))
    for path, reason in (("/loop-a", FetchError.REDIRECT_LOOP), ("/hop0", FetchError.TOO_MANY_REDIRECTS),
                         ("/away", FetchError.BAD_URL)):
        with pytest.raises(FetchError) as info:
            _get(FAST.with_(max_redirects=5), site.url(path))
        assert info.value.reason == reason, path
    assert site.hits("/hop6") == 0


def test_robots_txt_is_obeyed(site):
    site.add("/private/report", "secret")
    with pytest.raises(FetchError) as info:
        _get(FAST, site.url("/private/report"))
    assert info.value.reason == FetchError.ROBOTS_DISALLOWED and site.hits("/private/report") == 0
    site.add("/open", "fine")
    assert _get(FAST.with_(robots=False), site.url("/private/report")).body == b"secret"  # only when told


def test_a_failing_robots_txt_allows_nothing_and_a_missing_one_everything(site):
    site.add("/robots.txt", status=503, body="down")
    site.add("/page", "hello")
    with pytest.raises(FetchError) as info:
        _get(FAST, site.url("/page"))
    assert info.value.reason == FetchError.ROBOTS_UNAVAILABLE and site.hits("/page") == 0
    site.add("/robots.txt", status=404, body="none")
    assert _get(FAST, site.url("/page")).body == b"hello"


def test_requests_to_one_host_wait_their_turn(site):
    site.add("/a", "a")
    with Fetcher(FAST.with_(host_interval=0.25)) as f:
        t = time.monotonic()
        for _ in range(3):
            f.get(site.url("/a"))
        took = time.monotonic() - t
    assert took >= 0.75  # robots.txt, then three pages: three waits of 0.25 s


def test_a_crawl_delay_asks_for_more(site):
    site.add("/robots.txt", "User-agent: flashpoint\nCrawl-delay: 0.3\n", content_type="text/plain")
    site.add("/a", "a")
    with Fetcher(FAST) as f:
        t = time.monotonic()
        f.get(site.url("/a"))
        f.get(site.url("/a"))
        assert time.monotonic() - t >= 0.3


def test_a_stop_ends_a_wait_at_once(site):
    site.add("/down", status=503)
    stop = threading.Event()
    with Fetcher(FAST.with_(retries=3, backoff=30, max_backoff=60), stop) as f:
        threading.Timer(0.2, stop.set).start()
        t = time.monotonic()
        with pytest.raises(Stopped):
            f.get(site.url("/down"))
        assert time.monotonic() - t < 5


def test_an_unreachable_host_is_a_connection_error():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError) as info:
        _get(FAST.with_(robots=False, retries=0), f"http://127.0.0.1:{port}/feed")
    assert info.value.reason == FetchError.CONNECTION
