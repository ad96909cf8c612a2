"""flashpoint's exception hierarchy.

Every error the library raises on purpose derives from :class:`FlashpointError`, so callers can
catch one class. The library never prints or exits; the CLI turns these into messages and exit
codes.

    FlashpointError
    ├── InputError        an input file or record cannot be read (names the file and line)
    ├── LexiconError      a lexicon or user data file is invalid (names the file and line)
    ├── ConfigError       a setting is invalid (unknown model, bad option)
    │   └── ValidationError   one named argument or field is invalid (``field`` names it)
    ├── ModelError        the spaCy pipeline cannot be loaded
    ├── StoreError        the event store cannot be opened or written
    │   ├── StoreFailure  the store failed under a running operation (disk full, I/O error, out of
    │   │                 memory, a corrupt file): the run is aborted, what earlier batches committed stays
    │   └── StoreHeldByServer  a running ``flashpoint serve`` holds the store (``path``, ``url``, ``pid``):
    │                     go through its API instead of waiting for a lock it keeps for its lifetime
    ├── CodingError       one article could not be coded (names the article; the run goes on)
    ├── SourcesError      the sources file of ``flashpoint watch`` is invalid (names the file and line)
    ├── FetchError        a feed or page could not be fetched (``url``, ``reason``, ``status``; the watch goes on)
    ├── FeedError         a fetched feed, sitemap or URL list could not be read (``url``, ``detail``)
    └── AlertsError       the alerts configuration (``[[alert]]``, ``[[webhook]]``) is invalid (names the file and line)
"""

from __future__ import annotations

__all__ = [
    "FlashpointError",
    "InputError",
    "LexiconError",
    "ConfigError",
    "ValidationError",
    "ModelError",
    "StoreError",
    "StoreFailure",
    "StoreHeldByServer",
    "CodingError",
    "SourcesError",
    "FetchError",
    "FeedError",
    "AlertsError",
]


class FlashpointError(Exception):
    """Base class of every error flashpoint raises on purpose."""


class _Located(FlashpointError):
    """An error tied to a place in a file: ``path`` and optionally ``line`` (1-based)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(_Located):
    """An input file or record could not be read."""


class LexiconError(_Located):
    """A lexicon or user-supplied data file is invalid."""


class ConfigError(FlashpointError):
    """A setting is invalid."""


class ValidationError(ConfigError):
    """One argument or field is invalid: ``field`` names it (``since``, ``limit``, ``articles.0.text``),
    ``problem`` says what is wrong. Front-ends map it by class (the HTTP API: 400 with the field), never
    by parsing the message."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(field, problem)

    def __str__(self) -> str:
        return f"{self.field}: {self.problem}"


class ModelError(FlashpointError):
    """The spaCy pipeline could not be loaded."""


class StoreError(FlashpointError):
    """The event store could not be opened, read or written."""


class StoreFailure(StoreError):
    """The store failed under a running operation for a reason outside the user's request: the disk
    is full, an I/O error, memory ran out, the file is damaged. Not a usage error: the run stops
    (earlier committed batches are kept) and can be re-run once the cause is fixed."""


class StoreHeldByServer(StoreError):
    """A running ``flashpoint serve`` holds the store at ``path`` (DuckDB lets one process open it, and
    the server keeps it for its lifetime): ``url`` is the server's address, ``pid`` its process. Waiting
    is pointless; go through the server's API (reads under ``/api/``, articles with
    ``POST /api/articles``). Front-ends branch on the class and read the fields, never the text."""

    def __init__(self, path: str, url: str, pid: int | None = None) -> None:
        self.path = path
        self.url = url
        self.pid = pid
        super().__init__(path, url, pid)

    def __str__(self) -> str:
        who = f" (process {self.pid})" if self.pid is not None else ""
        return f"store {self.path} is held by flashpoint serve at {self.url}{who}"


class CodingError(FlashpointError):
    """One article could not be coded: ``article_id``, ``origin`` (the file and line it came from,
    when known), ``reason`` (``"too_long"`` or ``"failed"``) and ``detail`` (what went wrong: the
    size, or the underlying exception's class and message). Coders report it for that article and
    go on with the rest."""

    TOO_LONG = "too_long"
    FAILED = "failed"

    def __init__(self, article_id: str, origin: str | None, reason: str, detail: str) -> None:
        self.article_id = article_id
        self.origin = origin
        self.reason = reason
        self.detail = detail
        super().__init__(article_id, origin, reason, detail)

    def __str__(self) -> str:
        what = "not coded, too long" if self.reason == self.TOO_LONG else "coding failed"
        return f"{self.origin or self.article_id}: {what} ({self.detail})"


class SourcesError(_Located):
    """The sources file of ``flashpoint watch`` (TOML) is invalid: ``path``, ``line`` when known."""


class FetchError(FlashpointError):
    """A feed or page could not be fetched: ``url`` (the address that failed, a redirect's target or
    a robots.txt included), ``reason`` (one of the constants below), ``status`` (the HTTP status, when
    one came back) and ``detail`` (what went wrong, for people). The watcher records it against the
    source or item and goes on; callers branch on ``reason`` and ``status``, never on the text."""

    TIMEOUT = "timeout"  # no answer, or not all of it, within the time allowed
    CONNECTION = "connection"  # the host could not be reached (refused, reset, no such name)
    HTTP_STATUS = "http_status"  # an error status (4xx, 5xx) after the retries
    TOO_LARGE = "too_large"  # the body is larger than allowed
    REDIRECT_LOOP = "redirect_loop"  # a redirect leads back to an address already visited
    TOO_MANY_REDIRECTS = "too_many_redirects"  # more redirects than allowed
    BAD_URL = "bad_url"  # not an http(s) address (a redirect's target included)
    ROBOTS_DISALLOWED = "robots_disallowed"  # the site's robots.txt forbids it
    ROBOTS_UNAVAILABLE = "robots_unavailable"  # robots.txt answered 5xx or not at all: nothing is fetched (RFC 9309)

    def __init__(self, url: str, reason: str, detail: str, status: int | None = None) -> None:
        self.url = url
        self.reason = reason
        self.detail = detail
        self.status = status
        super().__init__(url, reason, detail, status)

    def __str__(self) -> str:
        return f"{self.url}: {self.detail}"


class FeedError(FlashpointError):
    """A fetched feed, sitemap or URL list could not be read: ``url``, ``detail`` (what is wrong),
    ``line`` (in the body, when the parser says)."""

    def __init__(self, url: str, detail: str, line: int | None = None) -> None:
        self.url = url
        self.detail = detail
        self.line = line
        super().__init__(url, detail, line)

    def __str__(self) -> str:
        where = f" (line {self.line})" if self.line is not None else ""
        return f"{self.url}: {self.detail}{where}"


class AlertsError(_Located):
    """The alerts configuration (``[[alert]]`` and ``[[webhook]]`` tables of a TOML file) is invalid:
    ``path``, ``line`` when known."""
