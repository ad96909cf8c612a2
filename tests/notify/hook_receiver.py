"""A webhook receiver on 127.0.0.1 (a real HTTP server in a thread, on a free port) for the alert tests:
it records every POST (headers, body, the status it answered) and answers with the statuses it is told."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Post:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def alert_id(self) -> str:
        return self.headers["x-flashpoint-alert"]


class Receiver:
    """``statuses``: answers for the next POSTs in order (then ``default``); ``delay``: seconds before
    answering."""

    def __init__(self, statuses: list[int] | None = None, default: int = 200, delay: float = 0.0) -> None:
        self.statuses = list(statuses or [])
        self.default = default
        self.delay = delay
        self.posts: list[Post] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def next_status(self) -> int:
        with self._lock:
            return self.statuses.pop(0) if self.statuses else self.default

    def delivered(self) -> list[Post]:
        """The POSTs answered 2xx."""
        return [p for p in self.posts if 200 <= p.status < 300]

    def wait_for(self, n: int, timeout: float = 20.0, ok: bool = False) -> list[Post]:
        """Wait until ``n`` POSTs (``ok``: answered 2xx) arrived."""
        deadline = time.monotonic() + timeout
        while True:
            got = self.delivered() if ok else list(self.posts)
            if len(got) >= n or time.monotonic() > deadline:
                return got
            time.sleep(0.05)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Receiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _handler(rec: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_POST(self) -> None:  # noqa: N802 - the http.server name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if rec.delay:
                time.sleep(rec.delay)
            status = rec.next_status()
            rec.posts.append(Post(self.path, {k.lower(): v for k, v in self.headers.items()}, body, status))
            self.send_response(status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

    return Handler
