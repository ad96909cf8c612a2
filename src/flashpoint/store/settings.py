"""The store's de-duplication settings, fixed when a store is created and kept in ``store_settings``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..errors import ConfigError

__all__ = ["StoreSettings", "ACTOR_KEYS"]

ACTOR_KEYS = ("code", "country")


@dataclass(frozen=True, slots=True)
class StoreSettings:
    """How a store recognises the same article and the same event.

    Near-duplicate articles (MinHash over word shingles, LSH banding):
      shingle_words: words per shingle; num_perm: MinHash permutations; bands: LSH bands
      (``num_perm`` must be a multiple of ``bands``); near_dup_threshold: estimated Jaccard
      similarity at or above which an article is a copy of an earlier one.
    Same real-world event (mentions grouped into one event):
      event_window_days: mentions whose dates are at most this many days apart (chained) are one
      event; event_actor_key: ``code`` groups by the full actor code (SRBGOV), ``country`` by the
      organisation, else the country, else the code (SRB).
    """

    shingle_words: int = 3
    num_perm: int = 128
    bands: int = 16
    near_dup_threshold: float = 0.8
    event_window_days: int = 1
    event_actor_key: str = "code"

    def __post_init__(self) -> None:
        if self.shingle_words < 1:
            raise ConfigError("shingle_words must be at least 1")
        if self.num_perm < 1 or self.bands < 1 or self.num_perm % self.bands:
            raise ConfigError("num_perm must be a positive multiple of bands")
        if not 0.0 < self.near_dup_threshold <= 1.0:
            raise ConfigError("near_dup_threshold must be in (0, 1]")
        if self.event_window_days < 0:
            raise ConfigError("event_window_days must be 0 or more")
        if self.event_actor_key not in ACTOR_KEYS:
            raise ConfigError(f"event_actor_key must be one of {', '.join(ACTOR_KEYS)}")

    @property
    def rows_per_band(self) -> int:
        return self.num_perm // self.bands

    def to_pairs(self) -> list[tuple[str, str]]:
        return [(k, str(v)) for k, v in asdict(self).items()]

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, str]]) -> StoreSettings:
        types = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in pairs:
            kind = types.get(key)
            if kind is None:
                continue
            values[key] = int(value) if kind == "int" else float(value) if kind == "float" else value
        return cls(**values)

    def with_(self, **changes: Any) -> StoreSettings:
        return replace(self, **changes)
