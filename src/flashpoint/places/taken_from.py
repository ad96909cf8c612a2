"""Where a deed of taking away was done, and town names the NER took for a people's.

* The from-phrase of a verb of taking people or things away (word class ``taking_away``: "abducted
  forty pupils from a school in Kuriga", "kidnapped two nurses from Kuriga") names where the deed
  was done, not only where they came from, as it does after "expelled from" (:func:`done_where_taken`).
* A town's name the NER tagged as a nationality or group (NORP: "near Kidal", "captured Aleppo")
  that resolved to a town, not a country or region by a people's name, is a place like any other
  (:func:`town_told_as_a_people`): the recogniser keeps a NORP entity only as a demonym or an area
  unless no such reading fits.

Both read by :mod:`flashpoint.places.locate`.
"""

from __future__ import annotations

from spacy.tokens import Token

from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import AREA_FEATURES

_TAKING_AWAY = word_class("taking_away")


def done_where_taken(from_word: Token, trigger: Token, verb: bool = False) -> bool:
    """``from_word`` ("from") hangs on ``trigger``, a verb of taking away: its object is the scene
    (``verb``: ``from_word`` is already the verb the from-phrase hangs on)."""
    head = from_word if verb else from_word.head
    return head.i == trigger.i and trigger.lemma_.lower() in _TAKING_AWAY


def town_told_as_a_people(root: Token, feature: str | None) -> bool:
    """``root``, a proper noun the NER tagged NORP, names a place below a region (a town, a city,
    a capital): no people's name."""
    return root.pos_ == "PROPN" and feature is not None and feature not in AREA_FEATURES \
        and feature != "unresolved"
