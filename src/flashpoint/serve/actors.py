"""Actors in the API: names beside codes, suggestions for the actor box, unknown actors answered 404.

:class:`ActorBook` (one per server, :attr:`ServerState.actors`) holds the actor names
(:class:`~flashpoint.analysis.names.ActorNames`, with the named actor groups of ``serve --groups``)
and the store's actor catalog, read once per store generation. Every actor value a request names
(``actor``, ``dyad``, ``pair``, ``a``/``b``) goes through :meth:`ActorBook.resolve`: codes, keys
(``XKX:Serb``), names ("Serbia", "Kosovo Serbs") and named groups become the value the store's filters
take; anything else is a 404 ``unknown_actor`` whose message names the closest known actors.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ..analysis.names import ActorGroup, ActorNames, UnknownActor, actor_catalog
from ..store import actor_aliases
from .errors import ApiError

if TYPE_CHECKING:
    from .state import ServerState

__all__ = ["ActorBook"]


class ActorBook:
    """Actor names and the store's catalog of actors, for one server."""

    def __init__(self, groups: list[ActorGroup] | None = None) -> None:
        self._groups = list(groups or [])
        self._names: ActorNames | None = None
        self._catalog: tuple[int, dict[str, int]] | None = None
        self._lock = threading.Lock()

    @property
    def groups(self) -> list[ActorGroup]:
        return self._groups

    def set_groups(self, groups: list[ActorGroup]) -> None:
        with self._lock:
            self._groups = list(groups)
            self._names = None

    @property
    def names(self) -> ActorNames:
        with self._lock:
            if self._names is None:  # the lexicon loads on first use, not when the server starts
                self._names = ActorNames(groups=self._groups)
            return self._names

    def catalog(self, state: ServerState) -> dict[str, int]:
        """The store's actor keys and codes with their event counts, read once per generation."""
        generation = state.generation
        cached = self._catalog
        if cached is not None and cached[0] == generation:
            return cached[1]
        with state.reader() as st:
            cat = actor_catalog(st)
        self._catalog = (generation, cat)
        return cat

    def resolve(self, state: ServerState, value: str | None, field: str) -> str | None:
        """The store's actor value for ``value`` (None stays None); 404 ``unknown_actor`` otherwise."""
        if value is None or value == "":
            return None
        lex = self.names.lexicon
        for alias in actor_aliases(value):  # a country or organisation code: no need to read the store
            if alias in lex.countries or alias in lex.organisations:
                return alias
        try:
            return self.names.resolve(value, self.catalog(state), field)
        except UnknownActor as exc:
            raise ApiError(404, str(exc.problem), field, code="unknown_actor") from None

    def resolve_pair(self, state: ServerState, pair: tuple[str, str] | None,
                     field: str) -> tuple[str, str] | None:
        if pair is None:
            return None
        a, b = (self.resolve(state, v, field) for v in pair)
        assert a is not None and b is not None
        return a, b
