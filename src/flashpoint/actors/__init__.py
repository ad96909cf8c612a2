"""Actors: who does what to whom, coded CAMEO-style (country + sector, IGO + organisation).

Importing this package registers the spaCy factory ``flashpoint_actors``::

    import flashpoint.actors
    nlp.add_pipe("flashpoint_actors", after="ner", config={"actors_path": None})
    doc = nlp(text)
    flashpoint.actors.actors_for(doc, token)   # actors of the argument headed by token
    flashpoint.actors.actor_mentions(doc)      # all actor phrases of the document

The lexicon (countries, organisations, sectors, people) lives in ``flashpoint/data/actors``;
``actors_path`` names a user YAML file that extends or overrides it (see that folder's README).
"""

from .lexicon import Lexicon, describe, load_lexicon
from .recognise import ActorMention, ActorRecogniser, actor_mentions, actors_for, make_actor_recogniser

__all__ = ["ActorMention", "ActorRecogniser", "Lexicon", "actor_mentions", "actors_for", "describe",
           "load_lexicon", "make_actor_recogniser"]
