"""The coder: articles in, event records out. The one core that the CLI, the API and the store share.

``Coder`` loads the spaCy pipeline once; ``Coder.code_stream_local`` codes an iterable of articles
lazily (batched through ``nlp.pipe``) and yields ``(article, events)`` pairs in input order;
:func:`flashpoint.engines.local.code_stream` does the same on ``settings.workers`` processes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .config import Settings
from .errors import CodingError
from .events.assemble import event_id
from .nlp.batching import word_batches
from .nlp.segments import parse_long
from .records import Article, Event, PlaceMention

__all__ = ["Coder", "cached_coder", "deliver", "event_id", "place_stream", "OnFailure"]

#: What a coder does with an article it cannot code: a callback that receives the error.
OnFailure = Callable[[CodingError], None]


class Coder:
    """Codes articles with one loaded pipeline. Not thread-safe; use one per process.

    One article that cannot be coded never stops the others: it is passed to ``on_failure`` (a
    :class:`~flashpoint.errors.CodingError` naming it) and the stream goes on; without
    ``on_failure`` the error is raised. Articles longer than ``settings.segment_chars`` are parsed
    in segments (:mod:`flashpoint.nlp.segments`); longer than ``settings.max_chars``, they are not
    coded at all (reported as ``too_long``)."""

    def __init__(self, settings: Settings | None = None) -> None:
        from .nlp import load_pipeline

        self.settings = settings or Settings()
        self.nlp: Language = load_pipeline(self.settings)

    def _doc(self, article: Article) -> Doc:
        """The article's text as a Doc that carries its article (read by ``flashpoint_records``)."""
        doc = self.nlp.make_doc(article.text)
        doc._.fp_article = article
        return doc

    def parse(self, article: Article) -> Doc:
        """The pipeline's ``Doc`` of ``article``, in segments when it is long."""
        if len(article.text) > self.settings.segment_chars:
            return parse_long(self.nlp, article.text, self.settings.segment_chars, {"fp_article": article})
        return self.nlp(self._doc(article))

    @staticmethod
    def _events(doc: Doc) -> list[Event]:
        return list(doc._.fp_records or [])

    def _too_long(self, article: Article) -> CodingError | None:
        if len(article.text) > self.settings.max_chars:
            return CodingError(article.id, article.origin, CodingError.TOO_LONG,
                               f"{len(article.text):,} characters, more than {self.settings.max_chars:,}")
        return None

    def code_article(self, article: Article) -> list[Event]:
        """The events of one article; :class:`CodingError` when it cannot be coded."""
        too_long = self._too_long(article)
        if too_long is not None:
            raise too_long
        try:
            return self._events(self.parse(article))
        except Exception as exc:  # noqa: BLE001 - whatever broke, the error names the article
            raise CodingError(article.id, article.origin, CodingError.FAILED,
                              f"{type(exc).__name__}: {exc}") from exc

    def code_stream_local(self, articles: Iterable[Article],
                          on_failure: OnFailure | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """Code ``articles`` lazily in this process, batched through spaCy; yields ``(article,
        events)`` in input order (failed articles go to ``on_failure``). For ``settings.workers``
        processes, :func:`flashpoint.engines.local.code_stream`."""
        for batch, result in self.code_batches(articles):
            yield from deliver(batch, result, on_failure)

    def code_batches(self, articles: Iterable[Article]) -> Iterator[tuple[list[Article], list[list[Event] | CodingError]]]:
        """Batches of articles with, for each, its events or the :class:`CodingError` that stopped it.

        A batch runs through ``nlp.pipe``; if anything in it raises, its articles are coded one by
        one so that only the culprit is lost. Long articles are parsed on their own, in segments."""
        for batch in word_batches(articles, self.settings.batch_size, self.settings.batch_words):
            try:
                yield batch, self._code_batch(batch)
            except Exception:  # noqa: BLE001 - retried article by article below, to name the culprit
                yield batch, [self._code_one(a) for a in batch]

    def code_results(self, articles: Iterable[Article]) -> list[list[Event] | CodingError]:
        """For each of ``articles``, in order, its events or the :class:`CodingError` that stopped it
        (what an engine's worker sends back for a chunk)."""
        return [result for _batch, results in self.code_batches(articles) for result in results]

    def _code_batch(self, batch: list[Article]) -> list[list[Event] | CodingError]:
        limit = min(self.settings.segment_chars, self.settings.max_chars)
        short = [a for a in batch if len(a.text) <= limit]
        docs = iter(self.nlp.pipe((self._doc(a) for a in short), batch_size=max(1, len(short))))
        # long articles (parsed in segments) and too long ones (refused) go one by one
        return [self._events(next(docs)) if len(a.text) <= limit else self._code_one(a) for a in batch]

    def _code_one(self, article: Article) -> list[Event] | CodingError:
        try:
            return self.code_article(article)
        except CodingError as exc:
            return exc


def deliver(articles: list[Article], results: list[list[Event] | CodingError],
            on_failure: OnFailure | None) -> Iterator[tuple[Article, list[Event]]]:
    """``(article, events)`` for the articles that were coded; the others' errors go to
    ``on_failure`` (raised without it)."""
    for article, events in zip(articles, results, strict=True):
        if isinstance(events, CodingError):
            if on_failure is None:
                raise events
            on_failure(events)
        else:
            yield article, events


@functools.lru_cache(maxsize=2)
def cached_coder(settings: Settings) -> Coder:
    """A Coder per settings, kept for the process (the pipeline is expensive to load)."""
    return Coder(settings)


def place_stream(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[PlaceMention]:
    """Every resolved place mention of ``articles`` (the data behind ``flashpoint places``)."""
    from .places import places_for_docs

    coder = cached_coder(settings or Settings())
    size, words = coder.settings.batch_size, coder.settings.batch_words
    # places_for_docs resolves the mentions itself; the pipeline's own place step would do it twice
    with coder.nlp.select_pipes(disable=["flashpoint_places", "flashpoint_events", "flashpoint_records"]):
        for batch in word_batches(articles, size, words):
            docs = coder.nlp.pipe(((a.text, a) for a in batch), as_tuples=True, batch_size=len(batch))
            yield from places_for_docs(docs)
