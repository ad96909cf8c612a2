"""A news site on 127.0.0.1 (a real HTTP server in a thread, on a free port) for the watcher's tests,
with feeds and pages written here: good ones, and slow, failing, malformed, enormous and looping ones."""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))  # the fake coder (store_fakes)

from store_fakes import fake_code  # noqa: E402

from flashpoint.watch.settings import WatchSettings  # noqa: E402

#: fast settings for tests: no politeness pauses, short timeouts and backoff
FAST = WatchSettings(timeout=1.0, retries=1, backoff=0.01, max_backoff=0.05, host_interval=0.0, min_chars=100)


def fake_watch_code(articles, on_failure):
    """The watcher's coder in tests: the store tests' rule-based stand-in for the model."""
    return fake_code(articles)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before answering (ended early when the site closes)
    stream: int = 0  # bytes to send without a Content-Length, in 64 KiB chunks
    gate: threading.Event | None = None  # answer only once this is set
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class Site:
    """Routes by path; every request is logged as (path, headers)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.closing = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        self.add("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kw: object) -> Route:
        route = Route(body=body.encode("utf-8") if isinstance(body, str) else body, **kw)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def hits(self, path: str) -> int:
        """Requests for ``path`` (with any query string, unless ``path`` has its own)."""
        return sum(1 for p, _ in self.log if p == path or ("?" not in path and p.split("?")[0] == path))

    def requests_to(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.log if p == path]

    def close(self) -> None:
        self.closing.set()
        for r in self.routes.values():
            if r.gate is not None:
                r.gate.set()
        self.server.shutdown()
        self.server.server_close()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404)
                return
            if route.gate is not None:
                route.gate.wait(30)
            if route.delay:
                site.closing.wait(route.delay)
            if route.handler is not None:
                route.handler(self)
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag or \
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            for k, v in route.headers.items():
                self.send_header(k, v)
            if route.stream:
                self.end_headers()
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    for _ in range(route.stream // len(chunk) + 1):
                        self.wfile.write(chunk)
                return
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

    return Handler


# -- content written for these tests ----------------------------------------------------------------
STORIES = {
    "belgrade": ("Serbia protests arrest", [
        "Serbia criticized the Kosovo on 2018-03-27 after police detained a senior official at a checkpoint.",
        "Officials in Belgrade said the detention broke an agreement reached under European mediation last year.",
        "The government summoned diplomats and asked the mission to explain what had happened at the crossing.",
    ]),
    "tirana": ("Albania backs talks", [
        "Albania praised the Kosovo on 2018-04-02 for agreeing to resume the dialogue after a pause of months.",
        "Ministers in Tirana said the step would help trade across the region and ease travel for families.",
        "Observers noted that several rounds of talks had collapsed before and warned against early optimism.",
    ]),
    "bucharest": ("Romania hosts meeting", [
        "Romania met the Serbia in Belgrade on 2018-04-03 to discuss energy links and a new rail corridor.",
        "The two delegations signed a memorandum on power lines and agreed to meet again in the autumn.",
        "Business groups welcomed the plan, saying that the corridor had been delayed for more than a decade.",
    ]),
    "podgorica": ("Montenegro and Croatia", [
        "Montenegro appealed to the Croatia on 2018-04-05 to settle the maritime border through arbitration.",
        "Fishermen on both sides of the bay have complained for years about patrol boats and confiscated nets.",
        "A court in the Hague could take up the case if both governments sign the agreement this summer.",
    ]),
}

FRENCH = ("Le gouvernement annonce des réformes", [
    "Le gouvernement a annoncé mardi une série de réformes destinées à relancer l'économie du pays.",
    "Les syndicats ont critiqué ces mesures et appelé à une grève générale pour la semaine prochaine.",
    "Le ministre des finances a déclaré que le budget serait présenté devant le parlement en octobre.",
])


def page(title: str, paragraphs: list[str], canonical: str | None = None, lang: str = "en") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{link}</head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright the test site</footer></body></html>")


def rss(items: list[tuple[str, str, str]], language: str = "en") -> str:
    """An RSS 2.0 feed of (title, link, pubDate) items."""
    out = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate></item>"
                  for t, link, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test</title>'
            f"<link>http://example.org/</link><language>{language}</language>{out}</channel></rss>")


def atom(items: list[tuple[str, str, str]]) -> str:
    out = "".join(f'<entry><title>{t}</title><link rel="alternate" href="{link}"/><id>tag:test,{link}</id>'
                  f"<updated>{d}</updated></entry>" for t, link, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            f"<id>tag:test</id><updated>2018-04-05T00:00:00Z</updated>{out}</feed>")


def add_story(site: Site, slug: str, path: str | None = None, canonical: str | None = None) -> str:
    title, paras = STORIES[slug]
    path = path or f"/news/{slug}"
    site.add(path, page(title, paras, canonical=canonical))
    return path
