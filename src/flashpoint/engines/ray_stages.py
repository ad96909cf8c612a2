"""The functions and classes that run inside Ray: read tasks, coding actors and the tally.

They are plain Python (Ray wraps them in :mod:`flashpoint.engines.ray_engine`), so a worker only needs
flashpoint installed; this module imports Ray lazily, inside the functions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..config import Settings
from ..errors import CodingError
from ..read import ReadWarning
from ..records import Article, ReadFailure
from .inputs import InputFile, read_input

__all__ = ["Tally", "read_batch", "CodeBatches", "READ_CHUNK"]

READ_CHUNK = 256  # articles per table out of a read task


class Tally:
    """Counts and problem messages from every task and actor, kept by one Ray actor. Problems are
    kept unique (a retried task does not report twice) and at most ``keep`` of them; all are counted."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.articles = 0
        self.events = 0
        self.failures: dict[str, None] = {}
        self.warnings: dict[str, None] = {}
        self.dropped = 0

    def add(self, articles: int = 0, events: int = 0, failures: Sequence[str] = (),
            warnings: Sequence[str] = ()) -> None:
        self.articles += articles
        self.events += events
        for m in failures:
            if m in self.failures:
                continue
            if len(self.failures) < self.keep:
                self.failures[m] = None
            else:
                self.dropped += 1
        for m in warnings:
            if len(self.warnings) < self.keep:
                self.warnings.setdefault(m)

    def result(self) -> dict[str, Any]:
        return {"articles": self.articles, "events": self.events,
                "failures": len(self.failures) + self.dropped,
                "messages": list(self.failures), "warnings": list(self.warnings)}


def read_batch(batch: Any, published: str | None, text_column: str, tally: Any,
               chunk: int = READ_CHUNK) -> Iterator[Any]:
    """Read task: input items (a pyarrow table) → tables of articles; problems go to the tally."""
    import ray

    from .shards import article_table

    for item in batch.to_pylist():
        inp = InputFile(int(item["index"]), str(item["path"]), str(item["kind"]), item.get("payload"))
        rows: list[tuple[int, int, Article]] = []
        failures: list[str] = []
        warnings: list[str] = []
        for r in read_input(inp, published, text_column):
            if isinstance(r, ReadFailure):
                failures.append(str(r))
            elif isinstance(r, ReadWarning):
                warnings.append(str(r))
            else:
                rows.append((inp.index, r[0], r[1]))
                if len(rows) >= chunk:
                    yield article_table(rows)
                    rows = []
        if rows:
            yield article_table(rows)
        if failures or warnings:
            ray.get(tally.add.remote(failures=failures, warnings=warnings))


class CodeBatches:
    """Coding actor: loads one :class:`~flashpoint.coding.Coder` (once per actor) and turns tables of
    articles into tables of events (:data:`~flashpoint.engines.shards.EVENT_SCHEMA`)."""

    def __init__(self, settings: Settings, tally: Any) -> None:
        from ..coding import Coder

        self.settings = settings.with_(workers=1)
        self.coder = Coder(self.settings)
        self.tally = tally

    def __call__(self, batch: Any) -> Any:
        import ray

        from .shards import articles_of, event_row, event_table

        coded, failures = self.code(articles_of(batch))
        rows: list[dict[str, Any]] = []
        for (index, row, article), events in coded:
            rows.extend(event_row(ev, self.settings.explain, article.origin, index, row, k)
                        for k, ev in enumerate(events))
        ray.get(self.tally.add.remote(articles=len(coded), events=len(rows), failures=failures))
        return event_table(rows)

    def code(self, items: list[tuple[int, int, Article]]) -> tuple[list[Any], list[str]]:
        """Code a batch (the coder isolates each article: a culprit is reported, the rest kept)."""
        coded, failures = [], []
        for it, result in zip(items, self.coder.code_results(a for _i, _r, a in items), strict=True):
            if isinstance(result, CodingError):
                failures.append(str(result))
            else:
                coded.append((it, result))
        return coded, failures
