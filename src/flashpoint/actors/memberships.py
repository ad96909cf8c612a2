"""The member states of regional and alliance organisations, by date (packaged data file
``data/actors/memberships.yml``; its header gives the format).

An organisation's own members in good standing are no party it is given as a counterpart for want
of a stated target ("Hungary vetoed the sanctions ... The EU called for unity": not Hungary;
``events/implied.counterpart``). A suspended member is a party again (ECOWAS and Niger after the
coup), and a body or mission has its parent's members (KFOR: NATO's).

>>> "FIN" in members_on("NATO", _dt.date(2024, 1, 1))
True
>>> "GBR" in members_on("EU", _dt.date(2021, 1, 1))
False
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

from flashpoint.errors import LexiconError

from ..datafile import LineDict, line_of, load_yaml
from .lexicon import Lexicon, load_lexicon
from .validate import dated_spans

__all__ = ["Memberships", "parse_memberships", "load_memberships", "members_on", "MEMBERSHIPS_FILE"]

MEMBERSHIPS_FILE = "memberships.yml"
Spans = tuple[tuple[_dt.date, _dt.date | None], ...]


@dataclass(frozen=True, slots=True)
class Memberships:
    """Each organisation's members with the spans of their membership in good standing."""

    version: str
    spans: dict[str, dict[str, Spans]]

    def members(self, org: str, day: _dt.date | None) -> frozenset[str]:
        """The members of ``org`` on ``day`` (with no day: those of today's list, whose last span
        has no end); empty for an organisation the file does not list."""
        listed = self.spans.get(org, {})
        return frozenset(c for c, spans in listed.items() if any(
            (a <= day if day is not None else True) and (b is None or (day is not None and day <= b))
            for a, b in spans))


def parse_memberships(raw: Any, path: str, lex: Lexicon) -> Memberships:
    """The memberships of a file's parsed mapping, checked against the actor lexicon ``lex`` (each
    organisation and country known); :class:`LexiconError` names the file, line and fault."""
    if not isinstance(raw, LineDict) or not isinstance(raw.get("version"), str) \
            or not isinstance(raw.get("memberships"), LineDict):
        raise LexiconError("a memberships file is a mapping with a string 'version' and 'memberships'", path,
                           getattr(raw, "line", None))
    section = raw["memberships"]
    out: dict[str, dict[str, Spans]] = {}
    for org, members in section.items():
        line = line_of(section, org)
        if org not in lex.organisations:
            raise LexiconError(f"memberships: unknown organisation {org!r} (organisations.yml)", path, line)
        if lex.organisations[org].kind != "igo":
            raise LexiconError(f"memberships: {org!r} is no international organisation of states", path, line)
        if not isinstance(members, LineDict) or not members:
            raise LexiconError(f"memberships.{org} must map country codes to dated spans", path, line)
        out[org] = {}
        for country, spans in members.items():
            where = line_of(members, country)
            if country not in lex.countries:
                raise LexiconError(f"memberships.{org}: unknown country code {country!r}", path, where)
            out[org][country] = dated_spans(spans, f"memberships.{org}.{country}", path, where)
    return Memberships(raw["version"], out)


@functools.lru_cache(maxsize=1)
def load_memberships() -> Memberships:
    """The packaged memberships, checked against the packaged actor lexicon."""
    path = resources.files("flashpoint") / "data" / "actors" / MEMBERSHIPS_FILE
    return parse_memberships(load_yaml(str(path)), str(path), load_lexicon())


def members_on(org: str, day: _dt.date | None) -> frozenset[str]:
    """The member states of ``org`` (or of the organisation it is a body or mission of: the
    European Commission, KFOR) on ``day``."""
    lex = load_lexicon()
    top = lex.org_top(org).key if org in lex.organisations else org
    memberships = load_memberships()
    return memberships.members(org, day) or memberships.members(top, day)
