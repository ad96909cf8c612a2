"""How an event's source and target were found: the evidence behind each actor, as data.

The extractor records one of these for each candidate's source and target; the confidence model
(:mod:`flashpoint.events.confidence`) weighs them, and the record's ``implied`` flags follow from
them. Nothing branches on explanation text: ``explain`` only says the same thing in words.
"""

from __future__ import annotations

__all__ = ["STATED", "CARRIED", "AUTHORITY", "CROWD", "SUBJECT_EVENT", "DOCUMENT", "OBJECT_PHRASE", "COUNTERPART",
           "OWN_GOVERNMENT", "SCENE", "USUAL_TARGET", "VICTIM_STATE", "MAIN_TARGET", "REPORTED_AGENT", "PARALLEL",
           "PENDING", "NONE", "APART", "UNOWNED", "UNCLAIMED", "IMPLIED", "SOURCE_KINDS", "TARGET_KINDS"]

STATED = "stated"  # an argument of the trigger in the parse (subject, object, by-agent, preposition)
CARRIED = "carried"  # the agent of a conflict event in the sentence before (an agentless passive)
# no doer told: a weapon's deed ("a bomb killed seven"), by an unknown user (a null source)
UNCLAIMED = "unclaimed"
AUTHORITY = "authority"  # the police or authorities behind an agentless arrest or expulsion
CROWD = "crowd"  # the protesters of an agentless protest ("protests spread across the country")
SUBJECT_EVENT = "subject_event"  # the doer of an event noun that is the subject ("Syrian air strikes hit")
DOCUMENT = "document"  # the author of a report or statement that is the subject
OBJECT_PHRASE = "object_phrase"  # the actor or place inside a non-actor object ("the Serbian army's move")
COUNTERPART = "counterpart"  # the article's other party, for an untargeted appeal, criticism or threat
OWN_GOVERNMENT = "own_government"  # the protesters' own government
SCENE = "scene"  # the country where an untargeted action happened
USUAL_TARGET = "usual_target"  # whom the story's other violence by the same side hits (events/aim.py)
VICTIM_STATE = "victim_state"  # the state that tells the violence right after an untargeted attack
MAIN_TARGET = "main_target"  # the target of the action a participial adjunct continues ("..., killing two")
REPORTED_AGENT = "reported_agent"  # the doer of the event a criticism names ("condemned the arrest")
PARALLEL = "parallel"  # the target of the same action told just before ("Niger also recalled its envoy")
PENDING = "pending"  # (extractor-internal) a criticism of an event whose doer is looked up later
NONE = "none"  # no target
# no target coded, though the object names whom the action is aimed at: parties apart from those told
# ("urged other donors"), states left unnamed ("urged allies"), the doer of a deed judged that the text
# does not name ("a bomb exploded in what police called a terrorist attack"); so neither the scene nor a counterpart
# stands in for it
APART = "apart"
# no target told, but the object is a thing of no told owner (a ship: "hijacked a cargo ship off
# Puntland"): the country where it happened stands in only when it is not the doer's own
UNOWNED = "unowned"

#: Evidence kinds that make an actor implied (not named for this event in its own sentence).
IMPLIED = frozenset({CARRIED, AUTHORITY, CROWD, COUNTERPART, OWN_GOVERNMENT, SCENE, USUAL_TARGET, VICTIM_STATE,
                     MAIN_TARGET, REPORTED_AGENT, PARALLEL})
SOURCE_KINDS = (STATED, CARRIED, AUTHORITY, CROWD, SUBJECT_EVENT, DOCUMENT, UNCLAIMED)
TARGET_KINDS = (STATED, OBJECT_PHRASE, COUNTERPART, OWN_GOVERNMENT, SCENE, USUAL_TARGET, VICTIM_STATE, MAIN_TARGET,
                REPORTED_AGENT, PARALLEL, NONE)
