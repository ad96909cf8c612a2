"""Grouping actors by key: the organisation, else the country, else the code's first three letters.

The store keeps this key on every event (``source_key``, ``target_key``), as ``flashpoint status``
and the actor filters use it; the analyses group by the same key.
"""

from __future__ import annotations

__all__ = ["side_key_sql", "NO_ACTOR"]

NO_ACTOR = "-"
_ROLES = ("source", "target")


def side_key_sql(role: str, prefix: str = "") -> str:
    """SQL for the key of one side of an events row, read from its stored key column (fixed text:
    ``role`` is ``source`` or ``target``); ``-`` for an event without that actor. The key itself is
    defined once, in :func:`flashpoint.store.stage.actor_key_sql`."""
    if role not in _ROLES:
        raise ValueError(f"role must be source or target, not {role!r}")
    p = f"{prefix}." if prefix else ""
    return f"coalesce({p}{role}_key, '{NO_ACTOR}')"
