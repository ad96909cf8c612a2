"""The parties of a joint deed or of one between others, read by ``extract.py`` and ``doers.py``:
"talks between X and Y" (also hung by the parser on the verb, "fighting broke out between X and
Y", or on a place, ``between_place.py``), "clashes between rival militias" (both sides of one
kind), subjects that are not each other's counterparts ("Egypt and Qatar announced a ceasefire
between Israel and Hamas"), the setting of a role ("served as mediator in the talks"), and parties
that act on one another ("Russia and Ukraine exchanged prisoners")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from .arguments import ROLE_VERBS, ActorFinder
from .between_place import placed_between
from .grammar import child_with, prep_object

__all__ = ["between_object", "others_between", "split_between", "role_setting", "shared_between", "EXCHANGE_VERBS"]

# "clashes between rival militias": both sides are of the plural's kind
RIVAL = word_class("rival")
EXCHANGE_VERBS = word_class("exchange")


def between_object(tok: Token) -> Token | None:
    """The object of "between" said of ``tok`` ("talks between X and Y"), also where the parser hangs
    it on the verb the noun is the subject of ("fighting broke out between X and Y", "clashes erupted
    between ..."), or None."""
    o, _ = prep_object(tok, "between")
    if o is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and child_with(tok.head, ("dobj",)) is None:
        o, _ = prep_object(tok.head, "between")
    return o


def others_between(tok: Token, truce: bool, sources: list[Actor]) -> bool:
    """The subjects of a joint deed are not each other's counterparts: the action's object names the
    parties in a between-phrase of its own ("Egypt and Qatar announced a ceasefire between Israel
    and Hamas"), or, for a truce, the subjects are of one country ("the Congolese army and M23 rebels
    declared a ceasefire": the story counts one pair per country, so each keeps its own reading)."""
    if truce and len({a.country for a in sources if a.country}) < 2:
        return True
    return any(c.dep_ == "dobj" and between_object(c) is not None for c in tok.children)


def split_between(doc: Doc, tok: Token, find: ActorFinder) -> tuple[list[Actor], list[Actor]] | None:
    """'talks between X and Y' → ([X], [Y]); also where the parser hangs "between" on the verb the
    noun is the subject of ("fighting broke out between X and Y", "clashes erupted between ..."), or
    on a place of that verb (``between_place.py``); and "between rival militias" → ([the militias], [the militias]): the two sides are of one kind."""
    o = between_object(tok)
    if o is None:  # ("clashes spread to three districts between X and Y": between_place.py)
        return placed_between(doc, tok, find)
    actors = find(doc, o)
    if len(actors) >= 2:
        return [actors[0]], actors[1:]
    if len(actors) == 1 and o.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in RIVAL for c in o.children):
        return [actors[0]], [actors[0]]
    return None


def role_setting(noun: Token) -> Token | None:
    """The object of the in-phrase the parser hung on the verb of a role noun: "served as chief
    mediator *in the talks* between X and Y" (the talks); for a verb of a third party's action, its
    object ("hosted *talks* between X and Y")."""
    if noun.pos_ in ("VERB", "AUX"):
        return next((c for c in noun.children if c.dep_ == "dobj"), None)
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.head.lemma_.lower() not in ROLE_VERBS:
        return None
    o, _ = prep_object(noun.head.head, "in")
    return o


def shared_between(trigger: Token, target: Token | None) -> bool:
    """Parties named together act on one another when they "exchange" or "swap" something, or act on
    what the object calls "their" own ("the two countries expelled their top diplomats", "Russia
    and Ukraine exchanged prisoners"): each party on the others, not on itself."""
    if trigger.lemma_.lower() in EXCHANGE_VERBS:
        return True
    return target is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in target.children)
