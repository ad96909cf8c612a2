"""flashpoint: turn news reports into political event data (CAMEO and PLOVER), offline.

>>> import flashpoint
>>> events = flashpoint.code("Kosovo police arrested a Serbian official on Monday.", published="2018-03-28")

The command line (``flashpoint code``) is a thin layer over these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from ._version import __version__
from .config import Settings
from .errors import (
    CodingError,
    ConfigError,
    FlashpointError,
    InputError,
    LexiconError,
    ModelError,
    StoreError,
    StoreFailure,
)
from .read import read_inputs
from .records import Actor, Article, Event, Location, PlaceMention, ReadFailure

if TYPE_CHECKING:
    from .coding import Coder

__all__ = [
    "__version__", "code", "code_articles", "read_inputs", "Settings",
    "Article", "Actor", "Event", "Location", "PlaceMention", "ReadFailure",
    "FlashpointError", "InputError", "LexiconError", "ConfigError", "ModelError", "StoreError", "StoreFailure",
    "CodingError",
]


def _coder(settings: Settings | None) -> Coder:
    from .coding import cached_coder

    return cached_coder(settings or Settings())


def code(text: str, published: str | None = None, *, article_id: str = "text",
         settings: Settings | None = None) -> list[Event]:
    """Code one text into events. ``published`` (YYYY-MM-DD) anchors relative dates."""
    from .read.normalise import normalise_text
    from .read.records import RecordProblem, parse_published

    try:
        date = parse_published(published)
    except RecordProblem as exc:
        raise InputError(str(exc)) from None
    article = Article(id=article_id, text=normalise_text(text), published=date)
    return _coder(settings).code_article(article)


def code_articles(articles: Iterable[Article], settings: Settings | None = None,
                  on_failure: Callable[[CodingError], None] | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Code many articles lazily (streaming); yields ``(article, events)`` in input order.

    An article that cannot be coded is passed to ``on_failure`` and the others go on; without
    ``on_failure``, its :class:`CodingError` is raised."""
    from .engines.local import code_stream

    return code_stream(articles, settings or Settings(), on_failure)
