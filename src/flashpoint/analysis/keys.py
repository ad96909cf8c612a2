"""Grouping actors: the short key (organisation, else country, else code) as Python and as SQL."""

from __future__ import annotations

from typing import Any

__all__ = ["actor_key_sql", "row_key", "NO_ACTOR"]

NO_ACTOR = "-"
_ROLES = ("source", "target")


def actor_key_sql(role: str, prefix: str = "") -> str:
    """SQL for the key of one side of an event row (fixed text: ``role`` is ``source`` or ``target``).

    The same rule as :func:`flashpoint.analysis.summary.actor_key` and ``flashpoint status``: the
    organisation (``EU``), else the country (``SRB``), else the actor code, else ``-``.
    """
    if role not in _ROLES:
        raise ValueError(f"role must be source or target, not {role!r}")
    p = f"{prefix}." if prefix else ""
    return f"coalesce(upper({p}{role}_org), {p}{role}_country, {p}{role}_code, '{NO_ACTOR}')"


def row_key(row: dict[str, Any], role: str) -> str:
    """The key of one side of an event row as :func:`~flashpoint.store.query_events` returns it."""
    org = row.get(f"{role}_org")
    return str(org.upper() if org else row.get(f"{role}_country") or row.get(f"{role}_code") or NO_ACTOR)
