"""Which server holds a store: the small file ``<store>.server.json`` that ``flashpoint serve`` writes.

DuckDB lets one process open a store file, and a server keeps it open for its lifetime. So that other
commands neither wait for a lock that will not be released nor fail without saying why, a server
advertises itself beside the store::

    {"url": "http://127.0.0.1:8000", "pid": 4242, "host": "laptop", "started": "2024-06-26T10:00:00Z",
     "path": "/data/news.duckdb", "read_only": false, "version": "0.1.0"}

written (atomically) once it can serve, removed when it stops cleanly. A file left by a server that
died (``kill -9``, a crash) is *stale*: on this machine its process is gone, and :func:`read_holder`
ignores it. Readers of the store (``flashpoint events``, ``status``) use the file to go through the
server's API; :func:`~flashpoint.store.db.open_store` uses it to fail at once with
:class:`~flashpoint.errors.StoreHeldByServer` instead of waiting.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import socket
from dataclasses import asdict, dataclass

from .._version import __version__

__all__ = ["ServerHolder", "holder_path", "read_holder", "write_holder", "remove_holder", "pid_alive"]


@dataclass(frozen=True, slots=True)
class ServerHolder:
    """A server that holds a store: its base ``url``, process ``pid`` on ``host``, when it ``started``
    (UTC, ISO 8601), the store's absolute ``path``, whether it opened it ``read_only``."""

    url: str
    pid: int
    host: str
    started: str
    path: str
    read_only: bool = False
    version: str = __version__

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def holder_path(db: str) -> str:
    """Where the server holding ``db`` advertises itself."""
    return db + ".server.json"


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    except OSError:
        return False
    return True


def read_holder(db: str) -> ServerHolder | None:
    """The server that holds ``db``, or None: no file, a file that cannot be read, or a stale one (its
    process, on this machine, is gone). A holder on another machine (a shared folder) is trusted."""
    try:
        with open(holder_path(db), encoding="utf-8") as fh:
            data = json.load(fh)
        holder = ServerHolder(url=str(data["url"]), pid=int(data["pid"]), host=str(data["host"]),
                              started=str(data["started"]), path=str(data.get("path", "")),
                              read_only=bool(data.get("read_only", False)), version=str(data.get("version", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if holder.host == socket.gethostname() and not pid_alive(holder.pid):
        return None
    return holder


def write_holder(db: str, url: str, *, read_only: bool = False) -> ServerHolder:
    """Advertise this process as the server of ``db`` at ``url`` (replacing a stale file)."""
    holder = ServerHolder(url=url.rstrip("/"), pid=os.getpid(), host=socket.gethostname(),
                          started=_dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                          path=os.path.abspath(db), read_only=read_only)
    path = holder_path(db)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(holder.to_dict(), fh)
        fh.write("\n")
    os.replace(tmp, path)
    return holder


def remove_holder(db: str) -> None:
    """Remove the file if this process wrote it (a later server's file is left alone)."""
    path = holder_path(db)
    try:
        with open(path, encoding="utf-8") as fh:
            pid = int(json.load(fh).get("pid", -1))
    except (OSError, ValueError, TypeError, AttributeError):
        return
    if pid == os.getpid():
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)
