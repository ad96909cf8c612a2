"""The HTTP server: the JSON API (:mod:`.routes`), the dashboard at ``/`` and OpenAPI at ``/openapi.json``.

    from flashpoint.serve import ServerState, create_app
    state = ServerState("events.duckdb")
    app = create_app(state)            # any ASGI server; or run_server(state, port=8000)

The dashboard is static HTML, CSS and JavaScript shipped in ``flashpoint/data/dashboard/`` (no
CDN, no third-party code): it draws everything from the JSON API. Every response carries a strict
Content-Security-Policy (scripts and styles only from this server, no inline script), a second
line of defence behind the dashboard never turning article text into markup. "Every" includes the
errors: the headers are added by the outermost layer of the application, outside Starlette's own
handler of unhandled exceptions, so a 500 carries them as a 200, a 404 or a 405 does.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response
from starlette.types import ASGIApp

from .._version import __version__
from ..errors import ConfigError
from ..notify.atom import ATOM_TYPE, alerts_atom
from ..notify.record import recorded_alerts
from ..store.holder import remove_holder, write_holder
from .cache import CacheMiddleware, HeadersMiddleware
from .errors import ApiError, install_error_handlers
from .routes import router
from .state import ServerState

__all__ = ["create_app", "run_server", "server_url", "dashboard_files", "SECURITY_HEADERS"]
log = logging.getLogger("flashpoint.serve")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*\.(html|js|css|svg)$")


def dashboard_files() -> dict[str, tuple[bytes, str]]:
    """``{name: (content, media type)}`` of the packaged dashboard."""
    root = resources.files("flashpoint") / "data" / "dashboard"
    out: dict[str, tuple[bytes, str]] = {}
    for entry in root.iterdir():
        name = entry.name
        if entry.is_file() and _NAME.match(name):
            out[name] = (entry.read_bytes(), _TYPES["." + name.rsplit(".", 1)[1]])
    return out


class _App(FastAPI):
    """FastAPI whose every response carries :data:`SECURITY_HEADERS`: they are added around the
    whole middleware stack, Starlette's ``ServerErrorMiddleware`` (which answers unhandled
    exceptions) included."""

    def build_middleware_stack(self) -> ASGIApp:
        return HeadersMiddleware(super().build_middleware_stack(), headers=SECURITY_HEADERS)


def create_app(state: ServerState, *, close_on_shutdown: bool = False) -> FastAPI:
    """The ASGI application serving ``state``'s store. With ``close_on_shutdown`` the store is closed
    when the server stops. At start-up (before the first request is accepted) the state is warmed:
    its events index built and its readers run once (:meth:`ServerState.warm`), and its live work
    started (the watcher and the alert sender, :meth:`ServerState.start`); it stops with the server."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        state.warm()
        state.start()
        try:
            yield
        finally:
            state.stop_live()
            if close_on_shutdown:
                state.close()

    app = _App(title="flashpoint", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
               openapi_url="/openapi.json",
               description="Political event data coded from news (CAMEO/PLOVER): events, dyad timelines, "
                           "escalation alerts, the actor network, and ingest. Errors share one shape: "
                           '`{"error": {"code", "message", "field"}}`.')
    app.state.fp = state
    install_error_handlers(app)
    app.include_router(router)
    files = dashboard_files()

    # outermost but for the headers (see _App): repeated reads are answered before anything else runs
    app.add_middleware(CacheMiddleware, cache=state.cache, generation=lambda: state.generation,
                       headers=SECURITY_HEADERS)

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        body, media = files["index.html"]
        return Response(body, media_type=media, headers={"Cache-Control": "no-cache"})

    @app.get("/alerts.atom", summary="the recorded alerts as an Atom feed", tags=["alerts"],
             response_class=Response, responses={200: {"content": {"application/atom+xml": {}}}})
    def alerts_feed(request: Request, limit: int = Query(50, ge=1, le=1000)) -> Response:
        """The alerts recorded when they opened (newest first) as an Atom feed for any feed reader:
        stable entry ids, the time each opened, a link to the dashboard's view of the pair and period."""
        with state.reader() as st:
            found = recorded_alerts(st, limit=limit)
        base = str(request.base_url).rstrip("/")
        body = alerts_atom(found, feed_url=f"{base}/alerts.atom", base_url=base, store_path=os.path.abspath(state.path))
        return Response(body, media_type=ATOM_TYPE, headers={"Cache-Control": "no-cache"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        if name not in files:
            raise ApiError(404, f"no such file: {name}", "name")
        body, media = files[name]
        return Response(body, media_type=media, headers={"Cache-Control": "no-cache"})

    return app


def server_url(host: str, port: int) -> str:
    """The base URL of a server listening on ``host:port`` (a wildcard address answers on 127.0.0.1)."""
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run_server(state: ServerState, host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning",
               on_ready: Callable[[], None] | None = None) -> None:
    """Serve until interrupted (uvicorn); closes the store at the end. :class:`ConfigError` when the
    address cannot be served; ``on_ready`` is called once it can, before serving. While it serves, the
    server advertises itself beside the store (``<store>.server.json``, :mod:`flashpoint.store.holder`)
    so that other commands go through it or fail at once naming it; the file goes when it stops."""
    import uvicorn

    try:
        _check_address(host, port)
    except ConfigError:
        state.close()
        raise
    url = server_url(host, port)
    if state.base_url is None:
        state.base_url = url
    try:
        write_holder(state.path, url, read_only=state.read_only)
    except OSError as exc:  # a folder we cannot write: others will wait on the lock, as before
        log.warning("cannot advertise the server beside the store: %s", exc)
    try:
        if on_ready is not None:
            on_ready()
        app = create_app(state, close_on_shutdown=True)
        uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
    finally:
        remove_holder(state.path)
        state.close()  # when uvicorn could not start, its lifespan never closed it


def _check_address(host: str, port: int) -> None:
    """:class:`ConfigError` when ``host:port`` cannot be served (in use, not this machine's), before
    uvicorn starts: a start-up failure the user can fix is a usage error, not a crash."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConfigError(f"cannot serve on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            sock.bind(addr)
        except OSError as exc:
            raise ConfigError(f"cannot serve on {host}:{port}: {exc.strerror}") from None
