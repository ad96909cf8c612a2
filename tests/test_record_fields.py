"""Every representation of the event record agrees with its one definition (schema/fields.py)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from flashpoint.output import CSV_COLUMNS
from flashpoint.records import Actor, Event, Location
from flashpoint.schema import event_schema
from flashpoint.schema.fields import (
    ACTOR_FIELDS,
    EVENT_FIELDS,
    LOCATION_FIELDS,
    PLOVER_FIELDS,
    SPAN,
    STRUCT,
    Field,
    duckdb_json_type,
    flat_columns,
    parquet_columns,
    record_from_flat,
)


def _dataclass_fields(cls: type) -> list[tuple[str, str]]:
    return [(f.name, str(f.type)) for f in dataclasses.fields(cls)]


@pytest.mark.parametrize(("cls", "fields"), [(Event, EVENT_FIELDS), (Actor, ACTOR_FIELDS), (Location, LOCATION_FIELDS)])
def test_the_dataclasses_have_the_tables_fields_in_its_order_and_types(cls, fields):
    assert _dataclass_fields(cls) == [(f.name, f.python) for f in fields]


def _nullable(prop: dict) -> bool:
    if "oneOf" in prop:
        return any(p.get("type") == "null" for p in prop["oneOf"])
    if "enum" in prop:
        return None in prop["enum"]
    t = prop.get("type")
    return isinstance(t, list) and "null" in t


def _check(props: dict, required: list[str], fields: tuple[Field, ...], where: str) -> None:
    assert list(props) == [f.name for f in fields], where
    assert required == [f.name for f in fields if not f.optional], where
    for f in fields:
        if f.duckdb == "JSON" and not f.nullable:
            continue  # an object whose keys are free (version)
        assert _nullable(props[f.name]) == f.nullable, f"{where}.{f.name}"


def test_the_json_schema_has_the_tables_fields_requiredness_and_nullability():
    s = event_schema()
    _check(s["properties"], s["required"], EVENT_FIELDS, "record")
    defs = s["$defs"]
    _check(defs["actor"]["properties"], defs["actor"]["required"], ACTOR_FIELDS, "actor")
    _check(defs["location"]["properties"], defs["location"]["required"], LOCATION_FIELDS, "location")
    plover = s["properties"]["plover"]
    assert list(plover["properties"]) == [f.name for f in PLOVER_FIELDS] == plover["required"]


def test_a_coded_record_has_the_tables_keys_in_order(coder_free_event):
    d = coder_free_event.to_dict(explain=True)
    assert list(d) == [f.name for f in EVENT_FIELDS]
    assert list(d["source"]) == [f.name for f in ACTOR_FIELDS]
    assert list(d["location"]) == [f.name for f in LOCATION_FIELDS]
    assert list(coder_free_event.to_dict()) == [f.name for f in EVENT_FIELDS if not f.optional]
    assert Event.from_dict(d) == coder_free_event


def test_duckdb_and_parquet_types_cover_every_field():
    spec = json.loads(duckdb_json_type())
    assert list(spec) == [f.name for f in EVENT_FIELDS]
    assert list(spec["source"]) == [f.name for f in ACTOR_FIELDS] and spec["span"] == "BIGINT[]"
    scalars, structs = parquet_columns()
    assert {n for n, _ in scalars} | set(structs) | {"version", "explain"} == {f.name for f in EVENT_FIELDS}


def test_flat_columns_round_trip_and_the_store_and_csv_use_them(tmp_path, coder_free_event):
    flat = flat_columns()
    assert "trigger_start" in flat and "sentence_start" in flat and "source_implied" in flat
    record = coder_free_event.to_dict(explain=True)

    def flatten(fields: tuple[Field, ...], d: dict, prefix: str = "") -> dict:
        out: dict = {}
        for f in fields:
            v, name = d.get(f.name), f"{prefix}{f.name}"
            if f.duckdb == STRUCT:
                out.update(flatten(f.parts, v or {}, f"{name}_"))
            elif f.duckdb == SPAN:
                base = "sentence" if name == "span" else name.removesuffix("_span")
                out[f"{base}_start"], out[f"{base}_end"] = v if v is not None else (None, None)
            else:
                out[name] = v
        return out

    assert record_from_flat(flatten(EVENT_FIELDS, record)) == record
    assert set(CSV_COLUMNS) <= set(flat)
    from flashpoint.store import open_store

    with open_store(str(tmp_path / "s.duckdb")) as st:
        mention_cols = {r[0] for r in st.rows("SELECT column_name FROM information_schema.columns "
                                              "WHERE table_name = 'mentions'")}
        actor_cols = {r[0] for r in st.rows("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = 'actors'")}
    # every flat column is a mention column, or an actor's column kept once in the actors table
    in_actors = {f"{role}_{c}" for role in ("source", "target") for c in actor_cols}
    assert set(flat) - {"event_id"} <= mention_cols | in_actors


@pytest.fixture
def coder_free_event() -> Event:
    src = Actor(text="Kenyan police", span=(0, 13), name="police", code="KENCOP", country="KEN", sector="COP")
    tgt = Actor(text="protesters", span=None, name="protesters", code="KENOPP", country="KEN", sector="OPP",
                implied=True)
    return Event(event_id="0" * 20, article_id="a", published="2024-06-26", sentence_index=0,
                 sentence="Kenyan police arrested protesters in Nairobi.", span=(0, 45), trigger="arrested",
                 trigger_span=(14, 22), source=src, target=tgt, cameo="173", cameo_root="17",
                 cameo_name="Arrest, detain", goldstein=-5.0, quad_class=4, plover={"type": "COERCE", "mode": "arrest"},
                 date="2024-06-25", date_precision="day", date_text="on Tuesday", date_basis="stated",
                 location=Location(name="Nairobi", country="KEN", lat=-1.28, lon=36.82, admin1="Nairobi",
                                   geonameid=184745, feature="capital"),
                 confidence=0.8, version={"flashpoint": "0.1.0", "lexicon": "x", "ontology": "1"},
                 explain={"entry": "arrest"})
