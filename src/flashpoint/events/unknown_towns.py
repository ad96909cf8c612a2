"""A town the gazetteer does not know, named bare as what armed forces take, enter or leave.

"The rebels seized Nyanzale", "Jihadists seized Boni", "the Arakan Army had seized Kyauktaw": the
small model tags a small town it has never seen as a person's name, and the gazetteer does not have
it, so "seize" read it as goods confiscated (1711). A lone proper name with no determiner, title or
first name before it, that no actor stands for, as the object of an entry of ``object_kind: place``
(only armed doers': "seized", "took", "entered") is a place: a person taken is told with a full
name or a title ("seized Ahmed Hassan", "seized the journalist")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["unknown_town"]

# entity labels the tagger gives an unseen town's name (a country, people or date is none)
_TOWN_LABELS = ("PERSON", "ORG", "")
_CARRIED_TO = ("to", "into", "away", "towards", "toward")
UNKNOWN = "---"  # the code of a name the actor stage knows nothing of


def unknown_town(obj: Token) -> bool:
    """``obj`` is a bare one-word proper name of no actor, of a kind an unseen town is tagged as."""
    if obj.pos_ != "PROPN" or obj.ent_type_ not in _TOWN_LABELS or any(
            c.dep_ in ("det", "poss", "compound", "amod", "nummod", "appos") and c.i < obj.i for c in obj.children):
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in _CARRIED_TO for c in obj.head.children):
        return False  # ("soldiers took Obi to the barracks": someone taken somewhere)
    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
    if ent is not None and len(ent) > 1:
        return False  # ("seized Ahmed Hassan": a person)
    heads = obj.doc._.get("fp_actor_heads") if obj.doc.has_extension("fp_actor_heads") else None
    # (an unknown name the actor stage could code as nothing, "---", is no party either)
    return all(m.actor.code == UNKNOWN for m in (heads or {}).get(obj.i, ()))
