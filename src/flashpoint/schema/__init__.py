"""The event record's JSON Schema, shipped in the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["event_schema", "validate_event"]


@functools.lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources.files("flashpoint") / "schema" / "event.schema.json").read_text())
    return data


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` breaks the event record contract."""
    import jsonschema

    jsonschema.validate(record, event_schema())
