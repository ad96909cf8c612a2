"""A local news site for benchmarks: an RSS feed that grows while it runs, and article pages.

    site = NewsSite(per_tick=3, tick=2.0)   # serves on 127.0.0.1, a free port, in a thread
    site.start()                            # from now on: 3 new stories every 2 seconds
    ... site.feed_url ...                   # point a flashpoint watch sources file at it
    site.close()

Stories are written here from templates: sentences with actors (countries, their governments,
police and armed forces, the EU, the UN) and actions (criticised, accused, met, arrested, attacked,
urged, ...) that flashpoint's coder recognises, so ingesting them codes real events, mixed with
sentences that code nothing (background, quotes, figures), as real reports are. A story has about
``words`` words (600 by default, a typical wire report) in paragraphs of three or four sentences,
served as a page of the usual shape (navigation, an ``<article>``, a footer). The feed lists the
newest ``keep`` stories with their dates and answers conditional requests (ETag, 304), as real
sites do; ``robots.txt`` allows everything.

Every request is logged with its time (``time.perf_counter()``): :meth:`NewsSite.fetches` says when
the watcher fetched what, to tell when it was coding and writing.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import html
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["NewsSite", "story"]

# (name as a subject, name as an object): subjects and objects the actor lexicon knows
ACTORS = [
    ("Serbia", "Serbia"), ("Kosovo", "Kosovo"), ("Serbian police", "Serbian police"),
    ("The Kosovo government", "the Kosovo government"), ("Kosovo police", "Kosovo police"),
    ("Russia", "Russia"), ("Ukraine", "Ukraine"), ("Russian troops", "Russian troops"),
    ("Ukrainian forces", "Ukrainian forces"), ("The European Union", "the European Union"),
    ("The United Nations", "the United Nations"), ("The United States", "the United States"),
    ("China", "China"), ("Germany", "Germany"), ("France", "France"), ("Turkey", "Turkey"),
    ("The Turkish government", "the Turkish government"), ("Israel", "Israel"), ("Iran", "Iran"),
    ("Israeli forces", "Israeli forces"), ("Iraq", "Iraq"), ("Syria", "Syria"), ("India", "India"),
    ("Pakistan", "Pakistan"), ("The Pakistani army", "the Pakistani army"), ("Nigeria", "Nigeria"),
    ("Ethiopia", "Ethiopia"), ("Sudan", "Sudan"), ("Venezuela", "Venezuela"), ("Colombia", "Colombia"),
    ("Albania", "Albania"), ("North Macedonia", "North Macedonia"), ("Montenegro", "Montenegro"),
]
ACTIONS = [
    "criticised {t} over the arrest of an official", "accused {t} of violating the ceasefire",
    "met {t} in Brussels to discuss the border dispute", "praised {t} for reopening the crossing",
    "urged {t} to return to negotiations", "condemned {t} for the violence in the north",
    "threatened to impose sanctions on {t}", "signed an agreement with {t} on energy links",
    "rejected the demands of {t}", "attacked positions held by {t}", "arrested two members of {t}",
    "expelled a diplomat representing {t}", "held talks with {t} on the future of the mission",
    "promised to support {t} with humanitarian aid", "called on {t} to show restraint",
    "blocked roads leading to the offices of {t}", "welcomed the decision by {t}",
    "appealed to {t} to settle the dispute through arbitration", "denounced {t} for the raid",
]
WHEN = ["on Monday", "late on Tuesday", "on Wednesday", "on Thursday", "on Friday evening", "at the weekend",
        "earlier this week", "", "", ""]
FILLERS = [
    "Officials gave no further details about the timetable.",
    "Analysts said the situation remained uncertain and could change quickly.",
    "The report runs to more than two hundred pages and covers the last decade.",
    "It was not immediately clear how many people had taken part.",
    "Several schools were closed because of heavy snow in the mountains.",
    "The city has a population of about half a million people.",
    "Markets opened slightly higher after a quiet weekend.",
    "Residents said the roads had been quiet since the early morning.",
    "A spokesman declined to say when the next round would take place.",
    "The figures could not be independently verified.",
    "Diplomats in the capital said the mood at the meeting had been tense but correct.",
    "Trade between the two neighbours has fallen by a third over the past two years.",
    "The mission has kept several thousand personnel in the region since the end of the war.",
    "Local media reported long queues of trucks at the crossing throughout the day.",
    "The agreement must still be approved by parliament, where the government holds a slim majority.",
]


def _sentence(rng: random.Random) -> str:
    src = rng.choice(ACTORS)
    tgt = rng.choice([a for a in ACTORS if a is not src])
    when = rng.choice(WHEN)
    s = f"{src[0]} {rng.choice(ACTIONS).format(t=tgt[1])}"
    return f"{s} {when}." if when else f"{s}."


def story(n: int, words: int = 600, seed: int = 7) -> tuple[str, list[str]]:
    """Story ``n``: its title and its paragraphs (about ``words`` words; the same for the same arguments)."""
    rng = random.Random(seed * 1_000_003 + n)
    sents: list[str] = []
    count = 0
    while count < words:
        s = _sentence(rng) if rng.random() < 0.3 else rng.choice(FILLERS)
        sents.append(s)
        count += len(s.split())
    title = sents[0].rstrip(".")
    paras = []
    k = 0
    while k < len(sents):
        step = rng.choice((3, 4))
        paras.append(" ".join(sents[k:k + step]))
        k += step
    return title, paras


def page(title: str, paragraphs: list[str], published: str) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    t = html.escape(title)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{t}</title>'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{t}</h1>"
            f"<p class='byline'>By the bench desk, {published[:10]}</p>{body}</article>"
            f"<footer>Copyright the bench news site</footer></body></html>").encode()


class NewsSite:
    """The site: ``start`` publishes ``initial`` stories, then ``per_tick`` more every ``tick`` seconds."""

    def __init__(self, per_tick: int = 3, tick: float = 2.0, words: int = 600, keep: int = 50, initial: int = 0,
                 seed: int = 7) -> None:
        self.per_tick = per_tick
        self.tick = tick
        self.words = words
        self.keep = keep
        self.initial = initial
        self.seed = seed
        self._lock = threading.Lock()
        self._stories: list[tuple[str, str, str]] = []  # (path, title, published RFC 822)
        self._pages: dict[str, bytes] = {}
        self._feed = b""
        self._etag = '"v0"'
        self.log: list[tuple[float, str, int]] = []  # (perf_counter, path, status)
        self._stop = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.feed_url = self.base + "/feed.xml"
        self._threads = [threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True),
                         threading.Thread(target=self._publish_loop, daemon=True)]
        self._publish(initial)

    def start(self) -> None:
        for t in self._threads:
            t.start()

    @property
    def published(self) -> int:
        return len(self._stories)

    def _publish(self, k: int) -> None:
        now = _dt.datetime.now(_dt.UTC)
        new: list[tuple[str, str, str, bytes]] = []
        for _ in range(k):
            n = len(self._stories) + len(new) + 1
            title, paras = story(n, self.words, self.seed)
            path = f"/news/{n:06d}"
            new.append((path, title, now.strftime("%a, %d %b %Y %H:%M:%S +0000"), page(title, paras, now.isoformat())))
        with self._lock:
            for path, title, pub, body in new:
                self._pages[path] = body
                self._stories.append((path, title, pub))
            items = "".join(f"<item><title>{html.escape(t)}</title><link>{self.base}{p}</link>"
                            f"<guid>{self.base}{p}</guid><pubDate>{d}</pubDate></item>"
                            for p, t, d in reversed(self._stories[-self.keep:]))
            self._feed = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                          f"<title>Bench news</title><link>{self.base}/</link><language>en</language>"
                          f"{items}</channel></rss>").encode()
            self._etag = f'"v{len(self._stories)}"'

    def _publish_loop(self) -> None:
        while not self._stop.wait(self.tick):
            self._publish(self.per_tick)

    def fetches(self, prefix: str = "/news/") -> list[float]:
        """When pages under ``prefix`` were fetched (perf_counter times, in order)."""
        with self._lock:
            return [t for t, p, s in self.log if p.startswith(prefix) and s == 200]

    def close(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, path: str, if_none_match: str | None) -> tuple[int, str, bytes, str | None]:
        with self._lock:
            if path == "/robots.txt":
                return 200, "text/plain", b"User-agent: *\nAllow: /\n", None
            if path == "/feed.xml":
                if if_none_match == self._etag:
                    return 304, "", b"", self._etag
                return 200, "application/rss+xml", self._feed, self._etag
            body = self._pages.get(path)
            if body is None:
                return 404, "text/plain", b"not found", None
            return 200, "text/html; charset=utf-8", body, None


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            path = self.path.split("?")[0]
            status, ctype, body, etag = site._answer(path, self.headers.get("If-None-Match"))
            with site._lock:
                site.log.append((time.perf_counter(), path, status))
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    return Handler
