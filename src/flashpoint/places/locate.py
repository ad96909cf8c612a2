"""Event location: which of a sentence's places is where the action happened.

The place must be attached to the event's trigger verb in the dependency parse, not merely named
in the sentence. From each place mention's head word the parse is climbed towards the trigger:

* a locative preposition governing the place and attached to the trigger or its clause
  ("met in Raska", "In Vienna, thousands marched", "shot outside the capital, Grozny",
  "killed in the village of Ashmi", "in Syria's conflict") is the strongest evidence;
* the place as the trigger's object or passive subject ("captured Badme", "Badme was captured")
  comes next, then a locative phrase on a verb coordinated with the trigger ("killed and wounded
  in ...");
* a locative phrase inside another, non-reporting clause of the sentence is a weak fallback; but
  one inside a relative clause on a noun of the trigger's clause is where that clause's deed or
  state is ("released Vadim Krasikov, who was convicted of murdering an exile in Berlin": not
  where the release was), no place of the trigger's.

Rejected: demonyms ("Serbian"), places inside an actor's name ("the Pristina government"), the
trigger's active subject, and places introduced by "from", "to", "for", "against" and the like
("expelled from Mitrovica" says where people came from, not where the expulsion happened).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from flashpoint.nlp.borders import side_of_border
from flashpoint.nlp.free_relatives import labels_the_object
from flashpoint.nlp.harm import harm_told_by_cause
from flashpoint.nlp.missions import owns_mission
from flashpoint.nlp.patrons import patron_named
from flashpoint.nlp.syntax import told_before
from flashpoint.nlp.venues import accord_participle
from flashpoint.nlp.words import word_class
from flashpoint.places.gazetteer import AREA_FEATURES
from flashpoint.places.taken_from import done_where_taken, town_told_as_a_people
from flashpoint.records import Location, PlaceMention

__all__ = ["event_location", "names_own_scene", "offshore", "LOCATIVE_NOUNS", "PLACE_OBJECT_VERBS"]

_LOCATIVE = word_class("locative_preposition")
#: Nouns naming a kind of place or a direction: "the city of X", "the outskirts of X", "north of X".
LOCATIVE_NOUNS = word_class("locative_noun")
_SHORE = word_class("shore_noun")
_BLOCKING = frozenset({"to", "toward", "towards", "from", "into"})
#: Nouns after which "to X" names where the thing is ("traffic to Merdare", "the road to Pristina").
ROUTE_NOUNS = word_class("route")
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "relcl", "dep", "parataxis", "ccomp"})
#: Verbs whose direct object is the place acted on ("captured Badme", "closed the Merdare crossing").
PLACE_OBJECT_VERBS = word_class("place_object_verb")
# a place in what someone said is where the saying happened only if the event is the saying
_REPORTING = word_class("speech", "attribution", "denial")
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# more specific places win ties; a name the gazetteer lacks is usually the smallest place in view
_SPECIFIC = {"unresolved": 7, "crossing": 6, "landmark": 6, "building": 6, "airport": 6, "base": 6, "village": 5,
             "town": 5, "city": 5, "capital": 5, "district": 4, "region": 3, "area": 2, "water": 2,
             "island": 3, "mountain": 3, "country": 1, "continent": 0}
_DISTANCES = word_class("distance_unit")
_REACHING = word_class("impact", "property_harm", "harmed_by_a_cause")  # ("air strikes hit a market in Saada")
SUPPORT = word_class("support")  # verbs that carry an event noun ("carried out strikes")
_BEFORE = word_class("setting_preposition")  # "after he addressed a rally in New York": what came first
_MAX_HOPS = 12
_FLEEING = word_class("fleeing")  # "fled into Uganda": where they went, not where the deed happened


def _route(tok: Token) -> bool:
    """"traffic to X", or a verb whose object is a route ("blocked (the road) to X")."""
    if tok.lower_ in ROUTE_NOUNS:
        return True
    return _is_verb(tok) and any(c.dep_ == "dobj" and c.lower_ in ROUTE_NOUNS for c in tok.children)


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _coordinated(a: Token, b: Token) -> bool:
    return (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a) or (
        a.dep_ == "conj" and b.dep_ == "conj" and a.head == b.head)


@dataclass
class _Tie:
    """How a place mention hangs off the trigger."""

    score: float
    chain: frozenset[int]  # token indices between the place and the trigger
    container: bool  # the place only qualifies a place noun ("the Baghdad neighbourhood of ...")
    relation: str = "direct"  # direct, coordinated, clause, other: how the trigger is reached


def _reach(place: Span, trigger: Token, feature: str | None) -> _Tie | None:
    """How strongly the parse ties ``place`` to ``trigger`` as its location (None: not at all)."""
    root = place.root
    if root.pos_ == "ADJ" or (root.ent_type_ == "NORP" and not town_told_as_a_people(root, feature)):
        return None  # a demonym: "Serbian police", "the Turkish city"
    first_dep, first_head = root.dep_, root.head
    if side_of_border(root):
        return None  # "along the Texas border", "near its border with Serbia": the other side, maybe
    if owns_mission(root):
        return None  # "stormed the embassy of Sweden": the embassy stands in another country
    if patron_named(root):
        return None  # "rebels backed by Rwanda seized a town": who backs them, not where (nlp/patrons)
    if (first_dep in ("compound", "amod", "nmod") and feature in ("country", "continent", "area")
            and first_head.lower_ not in LOCATIVE_NOUNS):
        return None  # "a U.S. airstrike", "the Mideast war": a nationality or a label, not the scene
    preps: list[tuple[str, Token]] = []  # prepositions met on the way up (lowest first) and what they hang on
    via_object = False
    through_subject = False
    relation = "direct"  # direct, coordinated, clause (the trigger hangs off the verb reached), other
    chain: set[int] = set()
    cur = root
    for _ in range(_MAX_HOPS):
        if cur == trigger:
            break
        dep, head = cur.dep_, cur.head
        if head == cur:  # the sentence root, and no trigger on the way
            return None
        chain.add(head.i)
        if dep in ("nsubj", "csubj", "expl") and head == trigger:
            through_subject = True
            if not preps:
                return None  # the doer: "Serbia attacked", "the Pristina government announced"
        if dep in ("dobj", "nsubjpass", "attr", "oprd") and head == trigger and all(p == "of" for p, _ in preps):
            # "captured Badme", "Badme was captured"; but "urged Belgrade" names an addressee
            via_object = dep == "nsubjpass" or trigger.lemma_.lower() in PLACE_OBJECT_VERBS
        if dep == "pobj" or (dep == "pcomp" and head.pos_ == "ADP"):
            if head.lower_ == "from" and head.head.lemma_.lower() not in _DISTANCES \
                    and not done_where_taken(head, trigger):
                return None  # where someone or something came from ("expelled from Mitrovica")
            preps.append((head.lower_, head.head))
        elif _is_verb(head) and head != trigger:
            if head == told_before(trigger):
                relation = "clause"  # "struck a village in Duhok, officials said, wounding two": its outcome
                break
            if head.lemma_.lower() in _REPORTING:
                return None  # "said in Belgrade" is where it was said
            if _coordinated(head, trigger):
                relation = "coordinated"
                break
            if trigger.head == head and trigger.dep_ in _CLAUSE_DEPS:
                relation = "clause"  # "attacked Zvecan, killing two": the scene is shared
                break
            if labels_the_object(head, trigger):
                cur = head  # "struck what it called a camp inside Pakistan": the object's own phrase
                continue
            if head.head == trigger and head.dep_ == "ccomp" or trigger.lemma_.lower() in _REPORTING:
                return None  # "said (that) they met in Raska": the place of what was reported
            if head.dep_ == "relcl" and not _inside(trigger, head):
                return None  # "freed X, who had killed an exile in Berlin": the relative clause's place
            if accord_participle(head) and not _inside(trigger, head):
                return None  # "urged them to respect the truce agreed in Doha": the accord's venue
            if head.dep_ == "advcl" and not _inside(trigger, head) \
                    and any(c.dep_ == "mark" and c.lower_ in _BEFORE for c in head.children):
                return None  # "revoked his visa after he addressed a rally in New York": what came before
            relation = "other"
        cur = head
    else:
        return None
    # the preposition that places the mention: the lowest one, skipping "of" unless it follows a
    # place noun ("the city of Homs"), as in "the bombardment of the Aziziyah district"
    governing = None
    for k, (word, noun) in enumerate(preps):
        if word not in ("of", "to") or noun.lower_ in LOCATIVE_NOUNS:
            governing = k
            break
        if word == "to" and _route(noun):
            governing = k  # "obstructed traffic to Merdare": on the way there
            break
        if word == "to":
            return None  # "sent troops to Kosovo", "a letter to Pristina"
    if governing is not None:
        word, on = preps[governing]
        if word == "into" and _is_verb(on) and on != trigger and on.lemma_.lower() in _FLEEING:
            return None  # "captured the town and forced soldiers to flee into Kenya": where they fled to
        route = word == "to" and _route(preps[governing][1])
        if not route and word not in ("of", "to") and word not in _LOCATIVE:
            return None
        if any(w in _BLOCKING and _is_verb(noun) and not (w == "from" and done_where_taken(noun, trigger, verb=True))
               for w, noun in preps[governing + 1:]):
            return None  # "deported to the camp at Mauthausen": where they went, not where it happened
    elif not via_object:
        return None  # no locative phrase and not the object: "the president of Serbia"
    elif not preps and first_dep in ("compound", "amod", "nmod") and first_head.lower_ not in LOCATIVE_NOUNS:
        return None  # "detained the Pristina mayor": the place names the actor
    frame = governing is not None and preps[governing][1].i == place.sent.start  # "In Vienna, ..."
    if relation == "other" and frame:
        relation = "clause"
    base = {"direct": 3.0, "coordinated": 2.5, "clause": 1.5, "other": 1.0}[relation]
    if through_subject:
        base -= 1.0  # "protesters in Pristina marched": likely, but a description of the doer
    container = first_dep in _MODIFIER_DEPS and first_head.lower_ in LOCATIVE_NOUNS
    return _Tie(base, frozenset(chain), container, relation)


def _inside(tok: Token, clause: Token) -> bool:
    """``tok`` lies in the subtree of ``clause``'s head word."""
    return clause.left_edge.i <= tok.i <= clause.right_edge.i


def _start(m: PlaceMention) -> int:
    return m.start


def _sentence_mentions(trigger: Token, mentions: Sequence[PlaceMention]) -> list[tuple[Span, PlaceMention]]:
    """The mentions that lie in ``trigger``'s sentence, with their spans (``mentions`` in text order)."""
    doc = trigger.doc
    sent = trigger.sent
    found: list[tuple[Span, PlaceMention]] = []
    i = bisect.bisect_left(mentions, sent.start_char, key=_start)
    while i < len(mentions) and mentions[i].start < sent.end_char:
        mention = mentions[i]
        i += 1
        if mention.start < sent.start_char or mention.end > sent.end_char:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            found.append((span, mention))
    return found


def names_own_scene(trigger: Token, location: Location, mentions: Sequence[PlaceMention]) -> bool:
    """``trigger``'s own phrase names ``location`` as where the deed was ("attacked a convoy near
    Goma", "gunmen in Goma attacked"), not a clause inside it or beside it ("a convoy that was
    crossing to Roma", "attacked X, then fled to Y")."""
    for span, mention in _sentence_mentions(trigger, mentions):
        if mention.location != location:
            continue
        tie = _reach(span, trigger, mention.location.feature)
        if tie is not None and tie.relation == "direct":
            return True
    return False


def offshore(trigger: Token, location: Location | None, mentions: Sequence[PlaceMention]) -> bool:
    """``location`` is a town or port the deed's sentence names after "off" ("off Aden", "54 nautical
    miles off Aden", "off the port of Mokha", "off the coast of Hodeidah"): the deed was at sea
    beside it, in no land of its country. Not a country or region ("off Venezuela's coast", "off
    Yemen": the country's own waters)."""
    if location is None or location.feature in AREA_FEATURES:
        return False
    for span, mention in _sentence_mentions(trigger, mentions):
        if mention.location != location:
            continue
        head = span.root
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _SHORE:
            head = head.head.head  # "the port of Mokha", "the coast of Hodeidah"
        if head.dep_ == "pobj" and head.head.lower_ == "off":
            return True
    return False


def _reaching_subject(noun: Token) -> bool:
    """``noun`` is the subject of a verb that tells what its deed reached, struck or harmed (word
    classes ``impact``, ``property_harm``, ``harmed_by_a_cause``: "air strikes hit a market in Saada",
    "shelling damaged a hospital in Kherson")."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in _REACHING


def event_location(trigger: Token, mentions: Sequence[PlaceMention]) -> Location | None:
    """The location of the event whose trigger verb is ``trigger``, chosen among ``mentions``.

    ``mentions`` are the article's place mentions in text order (from
    :func:`~flashpoint.places.find_places` on the same doc); only those in the trigger's sentence and tied to it by the parse count.
    When one place hangs off another ("Manger Square in Bethlehem", "Taji, north of Baghdad")
    the one nearer the verb is taken; among equals, the more specific feature, then the nearer.
    Returns None when no place is attached to the event.
    """
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in SUPPORT:
        trigger = trigger.head  # "carried out air strikes in Afghanistan": the place hangs on the support verb
    tied: list[tuple[_Tie, Span, PlaceMention]] = []
    for span, mention in _sentence_mentions(trigger, mentions):
        tie = _reach(span, trigger, mention.location.feature)
        if tie is not None:
            tied.append((tie, span, mention))
    if not tied:  # ("died in an Israeli air strike on a house in Rafah": the parser hangs it on the death)
        harm = harm_told_by_cause(trigger)
        if harm is not None:
            return event_location(harm, mentions)
        # ("air strikes hit a market in Saada": the deed is where what it reached is)
        return event_location(trigger.head, mentions) if _reaching_subject(trigger) else None
    roots = [span.root.i for _, span, _ in tied]
    kept = [(tie, span, m) for tie, span, m in tied
            if not any(r != span.root.i and r in tie.chain for r in roots)]  # nested under another place
    kept = kept or tied

    def rank(item: tuple[_Tie, Span, PlaceMention]) -> tuple[float, int, int, int]:
        tie, span, m = item
        return (tie.score, int(not tie.container), _SPECIFIC.get(m.location.feature or "", 3),
                -abs(span.root.i - trigger.i))

    return max(kept, key=rank)[2].location
