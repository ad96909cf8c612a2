"""The event record's fields, defined once.

Every representation of an event record derives from, or is checked against, :data:`EVENT_FIELDS`:

* the :class:`~flashpoint.records.Event` dataclass (its fields and ``to_dict`` order: checked, and
  ``to_dict`` walks this table);
* ``event.schema.json`` (property names, requiredness and nullability: checked by the tests);
* DuckDB's ``from_json`` type of a record line (:func:`duckdb_json_type`, used to stage JSON Lines);
* the Parquet columns read back from shards (:func:`parquet_columns`) and the Arrow schema of the
  shards the Ray engine writes (:func:`arrow_type`);
* the store's flat ``mentions`` columns (:func:`flat_columns`: a struct field ``source.text`` is the
  column ``source_text``, a span ``[start, end]`` the columns ``*_start`` and ``*_end``), which the
  store reads back by name;
* the CSV columns (checked to be flat columns).

To add a field: add a row here, fill it where the coder builds the record, and (for the store) add
a migration for its flat columns. The tests in ``tests/test_record_fields.py`` fail until every
representation agrees.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

__all__ = ["Field", "ACTOR_FIELDS", "LOCATION_FIELDS", "PLOVER_FIELDS", "VERSION_FIELDS", "EVENT_FIELDS",
           "duckdb_json_type", "parquet_columns", "arrow_type", "flat_columns", "record_from_flat"]

# DuckDB types used: VARCHAR, BIGINT, DOUBLE, BOOLEAN, SPAN (a [start, end] pair: BIGINT[] in DuckDB,
# list<int64> in Arrow, two INTEGER columns in the store), JSON (any JSON value, stored as text),
# STRUCT (the field's ``parts``).
SPAN = "SPAN"
STRUCT = "STRUCT"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the record: ``name``, its type in Python (as ``records.py`` writes it) and in
    DuckDB (see above), whether it may be null, what it means, and for a struct its ``parts``."""

    name: str
    python: str
    duckdb: str
    nullable: bool
    description: str
    parts: tuple[Field, ...] = ()
    optional: bool = False  # in the record only on request (``explain``)


ACTOR_FIELDS = (
    Field("text", "str", "VARCHAR", False, "the words of the article that name the actor (its name when implied)"),
    Field("span", "tuple[int, int] | None", SPAN, True, "character offsets of ``text``; null when implied"),
    Field("name", "str", "VARCHAR", False, "canonical name"),
    Field("code", "str", "VARCHAR", False, "CAMEO actor code: country then sector codes (``XKXCOP``)"),
    Field("country", "str | None", "VARCHAR", True, "ISO 3166-1 alpha-3 (Kosovo ``XKX``)"),
    Field("org", "str | None", "VARCHAR", True, "short name of an international organisation (``EU``)"),
    Field("sector", "str | None", "VARCHAR", True, "``GOV``, ``MIL``, ``COP``, ``CVL``, ``OPP``, ``REB`` ..."),
    Field("ethnicity", "str | None", "VARCHAR", True, "e.g. ``Serb`` for Kosovo Serbs (country stays XKX)"),
    Field("implied", "bool", "BOOLEAN", False, "not named for this event: inferred (see ``explain``)"),
)

LOCATION_FIELDS = (
    Field("name", "str", "VARCHAR", False, "the place's name"),
    Field("country", "str | None", "VARCHAR", True, "ISO 3166-1 alpha-3"),
    Field("lat", "float | None", "DOUBLE", True, "latitude"),
    Field("lon", "float | None", "DOUBLE", True, "longitude"),
    Field("admin1", "str | None", "VARCHAR", True, "first-level region"),
    Field("geonameid", "int | None", "BIGINT", True, "GeoNames id"),
    Field("feature", "str | None", "VARCHAR", True, "city, country, region, landmark, crossing ..."),
)

PLOVER_FIELDS = (
    Field("type", "str | None", "VARCHAR", True, "PLOVER event type (``ASSAULT``)"),
    Field("mode", "str | None", "VARCHAR", True, "PLOVER mode"),
)

VERSION_FIELDS = (
    Field("flashpoint", "str", "VARCHAR", False, "flashpoint's version"),
    Field("lexicon", "str", "VARCHAR", False, "the action lexicon's version"),
    Field("ontology", "str", "VARCHAR", False, "the CAMEO/PLOVER tables' version"),
)

EVENT_FIELDS = (
    Field("event_id", "str", "VARCHAR", False, "stable id: the same input and version give the same id"),
    Field("article_id", "str", "VARCHAR", False, "the article's id"),
    Field("published", "str | None", "VARCHAR", True, "the article's publication date, YYYY-MM-DD"),
    Field("sentence_index", "int", "BIGINT", False, "the sentence's position in the article (0-based)"),
    Field("sentence", "str", "VARCHAR", False, "the sentence that states the event"),
    Field("span", "tuple[int, int]", SPAN, False, "character offsets of the sentence in the article's text"),
    Field("trigger", "str", "VARCHAR", False, "the words that name the action (with a particle or object)"),
    Field("trigger_span", "tuple[int, int] | None", SPAN, True,
          "character offsets of the trigger word in the article's normalised text"),
    Field("source", "Actor | None", STRUCT, True, "who acts", ACTOR_FIELDS),
    Field("target", "Actor | None", STRUCT, True, "who is acted upon", ACTOR_FIELDS),
    Field("cameo", "str", "VARCHAR", False, "CAMEO event code (2 to 4 digits)"),
    Field("cameo_root", "str", "VARCHAR", False, "its first two digits"),
    Field("cameo_name", "str", "VARCHAR", False, "the code's name"),
    Field("goldstein", "float", "DOUBLE", False, "Goldstein scale value, -10 to 10"),
    Field("quad_class", "int", "BIGINT", False, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                                                 "4 material conflict"),
    Field("plover", "dict[str, str | None]", STRUCT, False, "the PLOVER reading", PLOVER_FIELDS),
    Field("date", "str | None", "VARCHAR", True, "when it happened, YYYY-MM-DD (to ``date_precision``)"),
    Field("date_precision", "str | None", "VARCHAR", True, "``day``, ``month`` or ``year``"),
    Field("date_text", "str | None", "VARCHAR", True, "the words that date it"),
    Field("date_basis", "str | None", "VARCHAR", True,
          "how the date was found: ``stated`` (told of the event itself), ``carried`` (told of the event in "
          "another clause or sentence that continues it), ``story`` (the story's day, told in its lead), "
          "``published`` (the text gives none: the day of publication)"),
    Field("location", "Location | None", STRUCT, True, "where it happened", LOCATION_FIELDS),
    Field("negated", "bool", "BOOLEAN", False, "negated or hypothetical (kept only with --keep-negated)"),
    Field("confidence", "float", "DOUBLE", False, "calibrated probability that source, action and target are right"),
    Field("version", "dict[str, str]", "JSON", False, "what coded it", VERSION_FIELDS),
    Field("explain", "dict[str, Any] | None", "JSON", True, "how it was coded (only with --explain)",
          optional=True),
)


def _json_type(f: Field) -> Any:
    if f.duckdb == STRUCT:
        return {p.name: _json_type(p) for p in f.parts}
    return "BIGINT[]" if f.duckdb == SPAN else f.duckdb


def duckdb_json_type() -> str:
    """The type of a record line for DuckDB's ``from_json`` (a JSON text)."""
    return json.dumps({f.name: _json_type(f) for f in EVENT_FIELDS})


def parquet_columns() -> tuple[tuple[tuple[str, str], ...], dict[str, tuple[tuple[str, str], ...]]]:
    """``(scalars, structs)``: the record's scalar columns with their DuckDB types, and its struct
    columns with theirs (JSON fields, read as JSON text, are neither)."""
    scalars = tuple((f.name, _json_type(f)) for f in EVENT_FIELDS if f.duckdb not in (STRUCT, "JSON"))
    structs = {f.name: tuple((p.name, _json_type(p)) for p in f.parts) for f in EVENT_FIELDS if f.duckdb == STRUCT}
    return scalars, structs


def arrow_type(f: Field) -> Any:
    """The Arrow type of a field (a struct for a JSON field with parts, as the shards store ``version``)."""
    import pyarrow as pa

    simple = {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
              SPAN: pa.list_(pa.int64()), "JSON": pa.string()}
    if f.parts:
        return pa.struct([(p.name, arrow_type(p)) for p in f.parts])
    return simple[f.duckdb]


def flat_columns(fields: tuple[Field, ...] = EVENT_FIELDS, prefix: str = "") -> list[str]:
    """The flat column names of the record: a struct's parts under ``<field>_<part>``, a span as
    ``<field>_start`` and ``<field>_end`` (the record's own ``span`` is the sentence's:
    ``sentence_start``, ``sentence_end``), JSON fields as one column."""
    out: list[str] = []
    for f in fields:
        name = f"{prefix}{f.name}"
        if f.duckdb == STRUCT:
            out += flat_columns(f.parts, f"{name}_")
        elif f.duckdb == SPAN:
            base = _span_base(name)
            out += [f"{base}_start", f"{base}_end"]
        else:
            out.append(name)
    return out


def _span_base(name: str) -> str:
    return "sentence" if name == "span" else name.removesuffix("_span")


def record_from_flat(row: dict[str, Any], fields: tuple[Field, ...] = EVENT_FIELDS, prefix: str = "") -> dict[str, Any]:
    """The nested record from its flat columns (:func:`flat_columns`, read by name): a span from its
    ``_start``/``_end`` pair (null when the start is), a nullable struct null when its first
    required part is, JSON fields as the caller decoded them, a missing column as null."""
    out: dict[str, Any] = {}
    for f in fields:
        name = f"{prefix}{f.name}"
        if f.duckdb == STRUCT:
            required = next((p for p in f.parts if not p.nullable), None)
            key = f"{name}_{required.name}" if required is not None and required.duckdb != SPAN else None
            if f.nullable and key is not None and row.get(key) is None:
                out[f.name] = None
            else:
                out[f.name] = record_from_flat(row, f.parts, f"{name}_")
        elif f.duckdb == SPAN:
            base = _span_base(name)
            start, end = row.get(f"{base}_start"), row.get(f"{base}_end")
            out[f.name] = None if start is None and f.nullable else [int(start or 0), int(end or 0)]
        else:
            out[f.name] = row.get(name)
    return out
