"""Exports of the de-duplicated events: CSV, JSON Lines, Parquet, a GDELT-style event table and PLOVER.

GDELT: the 58 columns of the GDELT 1.0 event table (tab-separated, with a header row), actor
countries in CAMEO codes and geography in FIPS 10-4 codes (:mod:`.codes`). PLOVER: one JSON record
per event with the manual's field names (``id``, ``date``, ``actor``, ``recipient``, ``event``,
``mode``, ...); CAMEO 01x/02x events, which PLOVER does not code, and events without a date are
skipped and counted.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
from dataclasses import dataclass
from typing import IO, Any

from ..errors import StoreError
from .codes import ORG_TO_CAMEO, cameo_country, country_name, fips_country, plover_country
from .db import Store, store_errors
from .query import EVENT_COLUMNS, EventFilter, iter_events, select_events

__all__ = ["FORMATS", "GDELT_COLUMNS", "PLOVER_QUAD", "ExportResult", "export_events", "gdelt_row", "plover_record"]

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS), *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS), *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS), "DATEADDED", "SOURCEURL",
)

# the PLOVER manual's numeric quad categories per event type
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
               "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


@dataclass(slots=True)
class ExportResult:
    written: int = 0
    skipped: int = 0  # events the format cannot express (PLOVER: CAMEO 01x/02x, no date)


def _s(v: Any) -> str:
    return "" if v is None else str(v)


def _gdelt_actor(e: dict[str, Any], role: str) -> list[str]:
    code, org, country = e[f"{role}_code"], e[f"{role}_org"], e[f"{role}_country"]
    if not code:
        return [""] * len(_ACTOR_FIELDS)
    name = _s(e[f"{role}_name"]).upper()
    sector = _s(e[f"{role}_sector"])
    if org:
        cameo, group = ORG_TO_CAMEO.get(org.upper(), (code, ""))
        return [cameo, name, "", group, "", "", "", "IGO", sector if sector != "IGO" else "", ""]
    cc = cameo_country(country)
    rest = code[3:] if country and code.startswith(country) else (code[3:] if len(code) > 3 else "")
    types = [rest[i:i + 3] for i in range(0, len(rest), 3)][:3] or ([sector] if sector else [])
    types += [""] * (3 - len(types))
    return [cc + rest if cc else code, name, cc, "", "", "", "", *types]


def _geo_type(feature: str | None, iso3: str | None) -> int:
    """GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (region)."""
    if feature == "country":
        return 1
    if feature in ("region", "admin1", "state", "province"):
        return 2 if iso3 == "USA" else 5
    return 3 if iso3 == "USA" else 4


def _action_geo(e: dict[str, Any]) -> list[str]:
    name = e["location_name"]
    if not name:
        return ["0", "", "", "", "", "", ""]
    iso3, feature = e["location_country"], e["location_feature"]
    parts = [name]
    if e["location_admin1"] and e["location_admin1"] != name:
        parts.append(e["location_admin1"])
    cname = country_name(iso3)
    if cname and feature != "country" and cname != name:
        parts.append(cname)
    fips = fips_country(iso3)
    return [str(_geo_type(feature, iso3)), ", ".join(parts), fips, fips, _s(e["location_lat"]),
            _s(e["location_lon"]), _s(e["location_geonameid"])]


def gdelt_row(e: dict[str, Any]) -> list[str]:
    """One event (a :func:`~.query.query_events` dict) as the 58 GDELT 1.0 event-table fields."""
    d = e["date"] or e["first_date"]
    if d:
        day = _dt.date.fromisoformat(d)
        sqldate, frac = day.strftime("%Y%m%d"), f"{day.year + day.timetuple().tm_yday / 365:.4f}"
    else:
        sqldate, frac = "", ""
    cameo = e["cameo"] if len(e["cameo"]) >= 3 else e["cameo"] + "0"
    added = e.get("date_added")
    return [
        str(e["global_id"]), sqldate, sqldate[:6], sqldate[:4], frac,
        *_gdelt_actor(e, "source"), *_gdelt_actor(e, "target"),
        "1" if e["is_root"] else "0", cameo, cameo[:3], _s(e["cameo_root"]), _s(e["quad_class"]),
        _s(e["goldstein"]), str(e["mentions"]), str(e["sources"]), str(e["articles"]), "",
        "0", "", "", "", "", "", "", "0", "", "", "", "", "", "",
        *_action_geo(e), added.replace("-", "") if added else "", _s(e["source_url"] or e["lead_article_id"]),
    ]


def _entity(e: dict[str, Any], role: str) -> dict[str, Any] | None:
    if not e[f"{role}_code"]:
        return None
    ent: dict[str, Any] = {"code": plover_country(e[f"{role}_country"], e[f"{role}_org"]),
                           "sector": e[f"{role}_sector"], "entity_text": e[f"{role}_name"],
                           "identifier_text": e[f"{role}_name"]}
    if e[f"{role}_ethnicity"]:
        ent["ethnicity"] = e[f"{role}_ethnicity"]
    return ent


def plover_record(e: dict[str, Any]) -> dict[str, Any] | None:
    """One event as a PLOVER record, or None when PLOVER cannot express it (no PLOVER type, no date)."""
    if not e["plover_type"] or not e["date"]:
        return None
    actor, recipient = _entity(e, "source"), _entity(e, "target")
    rec: dict[str, Any] = {
        "id": e["event_id"], "date": e["date"],
        "actor": [actor] if actor else [], "recipient": [recipient] if recipient else [],
        "event": [e["plover_type"]], "mode": [e["plover_mode"]] if e["plover_mode"] else [],
        "quad_code": PLOVER_QUAD.get(e["plover_type"]),
        "event_text": [e["trigger"]] if e["trigger"] else [],
    }
    if e["location_name"]:
        rec["event_loc"] = {"resolved_place": e["location_name"], "geonameid": e["location_geonameid"],
                            "lat": e["location_lat"], "lon": e["location_lon"], "province": e["location_admin1"],
                            "country_code": plover_country(e["location_country"], None)}
    if e["source_url"]:
        rec["cite_info"] = {"url": e["source_url"]}
    rec["coder"] = "flashpoint"
    rec["flashpoint"] = {"cameo": e["cameo"], "goldstein": e["goldstein"], "date_precision": e["date_precision"],
                         "mentions": e["mentions"], "articles": e["articles"], "sources": e["sources"],
                         "lead_article_id": e["lead_article_id"], "lead_mention_id": e["lead_mention_id"]}
    return rec


def export_events(store: Store, f: EventFilter, fmt: str, out: IO[str] | None = None,
                  path: str | None = None) -> ExportResult:
    """Write the events matching ``f`` as ``fmt`` to the text handle ``out`` (``parquet``: to ``path``)."""
    res = ExportResult()
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        if not path:
            raise StoreError("parquet needs an output file")
        sql, params = select_events(f)
        with store_errors(store.path, "parquet export"):
            rel = store.con.sql(sql, params=params)
            rel.write_parquet(path)
            res.written = int(store.value(f"SELECT count(*) FROM ({sql})", params) or 0)
        return res
    if out is None:
        raise StoreError(f"{fmt} export needs an output")
    if fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(EVENT_COLUMNS)
        for e in iter_events(store, f):
            w.writerow([_s(e[c]) for c in EVENT_COLUMNS])
            res.written += 1
    elif fmt == "gdelt":
        out.write("\t".join(GDELT_COLUMNS) + "\n")
        for e in iter_events(store, f, date_added=True):
            out.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in gdelt_row(e)) + "\n")
            res.written += 1
    else:
        for e in iter_events(store, f):
            rec = e if fmt == "jsonl" else plover_record(e)
            if rec is None:
                res.skipped += 1
                continue
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            res.written += 1
    out.flush()
    return res
