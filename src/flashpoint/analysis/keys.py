"""Grouping actors by key: how the analyses (alerts, network, the API's ``group_by=``) see an actor.

``group_by`` picks one of four keys, all computed in SQL from an event's stored actor columns:

* ``actor`` (the default): the stored key (``source_key``, ``target_key``): the organisation, else the
  country, else the code's first three letters (``SRB``, ``EU``, ``XKX``);
* ``country``: the country, else the stored key (an organisation with a home country counts as that
  country; an IGO such as the EU stays ``EU``);
* ``sector``: the country and the sector (``XKXGOV``, ``SRBMIL``; ``XKX`` without a sector), else the
  stored key;
* ``group``: the ethnic or sub-state group the actor lexicon marks (``ethnicity``), as
  ``COUNTRY:Group`` (``XKX:Serb``, "Kosovo Serbs"), else the stored key. Kosovo Serbs are then their own
  actor beside the Kosovo government, and an escalation between them is a dyad, not ``XKX → XKX``.

Every key is also an actor value the store's filters take (``XKX:Serb`` matches the actors of country
XKX with ethnicity Serb; ``XKXGOV`` is a code prefix), so a key shown anywhere can be clicked to filter.
"""

from __future__ import annotations

from ..errors import ValidationError

__all__ = ["side_key_sql", "NO_ACTOR", "GROUP_BY", "check_group_by"]

NO_ACTOR = "-"
GROUP_BY = ("actor", "country", "sector", "group")
_ROLES = ("source", "target")


def check_group_by(group_by: str) -> str:
    """``group_by`` when it is one of :data:`GROUP_BY`; ValidationError otherwise."""
    if group_by not in GROUP_BY:
        raise ValidationError("group_by", f"must be one of {', '.join(GROUP_BY)}, not {group_by!r}")
    return group_by


def side_key_sql(role: str, prefix: str = "", group_by: str = "actor") -> str:
    """SQL for the key of one side of an events row (fixed text: ``role`` is ``source`` or ``target``,
    ``group_by`` one of :data:`GROUP_BY`); ``-`` for an event without that actor. The stored key itself
    is defined once, in :func:`flashpoint.store.stage.actor_key_sql`."""
    if role not in _ROLES:
        raise ValueError(f"role must be source or target, not {role!r}")
    check_group_by(group_by)
    p = f"{prefix}." if prefix else ""
    key = f"coalesce({p}{role}_key, '{NO_ACTOR}')"
    country = f"{p}{role}_country"
    if group_by == "country":
        return f"coalesce({country}, {key})"
    if group_by == "sector":
        return f"CASE WHEN {country} IS NOT NULL THEN {country} || coalesce({p}{role}_sector, '') ELSE {key} END"
    if group_by == "group":
        eth = f"{p}{role}_ethnicity"
        return f"CASE WHEN {country} IS NOT NULL AND {eth} IS NOT NULL THEN {country} || ':' || {eth} ELSE {key} END"
    return key
