"""Grammatical helpers over spaCy's dependency parse: objects, voice, modality (the subject of a
verb, told or carried, is found by :mod:`flashpoint.events.subjects`).

Every function takes spaCy ``Token`` objects and returns tokens (argument heads) plus a short
description of the path taken, which ends up in the event's explanation.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.harm import gapped_passive_subject
from ..nlp.syntax import name_in_a_time, participle_before_copula
from ..nlp.words import word_class
from .after_aside import main_after_aside
from .label_misparse import misparsed_label_heads
from .object_participle import subject_before_object_participle

__all__ = [
    "is_passive", "gives_refuge", "actor_subject", "agent_of", "passive_subject_of", "object_of", "object_meant", "object_complement", "labelled_object", "second_object", "prep_object", "preps_of",
    "child_with", "reported_participle", "counted", "speech_verb_above", "controlled_object",
    "gives_a_name", "label_heads", "misparsed_labels", "label_holds", "labels_its_object", "launched_weapon", "launches", "hidden_main_verb", "clause_top",
    "main_participle", "named_by_free_relative", "free_relative_governor", "mandative", "past_of_the_described",
    "opens_paragraph", "paragraph_verb_stem",
]

SUBJ = ("nsubj", "csubj")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
REL_PRONOUNS = word_class("relative_pronoun")
SPEAKING = word_class("speech")
CHARGING = word_class("charge_speech")
QUANTIFIERS = word_class("quantifier")  # "dozens of", "84 of": nouns that count what they govern
# verbs whose object is the subject of their infinitive ("urged X to", "prompted X to", "asked X to")
OBJECT_CONTROL = word_class("object_control")
# documents that speak for whoever issues them
DOCUMENTS = word_class("document")
DEED_NOUNS = word_class("deed_noun")  # nouns that sum up a deed its maker made: "the move", "the decision"
LABELLING = word_class("labelling")
REFUGE = word_class("refuge")
# speech acts of a speaker that the parser joins to the clause it reports ("said ... and urged X")
JOINED_SPEECH = CHARGING | LABELLING | word_class("appeal_speech")
ADDRESSING = word_class("addressing")  # "wrote to X": X is addressed
WHAT_WORDS = word_class("free_relative_what")
WEAPONS = word_class("weapon")
_PROPERTY_HARM = word_class("property_harm")
_MEDIA, CAPTIVE = word_class("call_medium"), word_class("captive")  # ("took seven officers hostage")
_PROPERTY_FIRE = word_class("property_fire")
_BUILDING_ASSAULT, _BUILDINGS = word_class("building_assault"), word_class("diplomatic_mission", "premises")
CRAFT = word_class("crewed_craft")  # ships and aircraft whose crews act: "the ship approached and warned"
LAUNCHING = word_class("launching")
# a state of mind in the passive ("was alarmed by"): its subject feels, and does what follows
FEELINGS = word_class("feeling")
# means and times of a deed ("by land", "by night", "by surprise"): a by-phrase of these is no agent
MEANS = word_class("means")
BLAMED_INFINITIVE = word_class("blamed_infinitive")  # "Kyiv was to blame": Kyiv is blamed


def _by_means(verb: Token) -> bool:
    """``verb`` has a by-phrase of means or time ("by land and air", "by night", "by surprise"), which
    the parser may take for a passive's agent."""
    return any(c.dep_ in ("agent", "prep") and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in MEANS for g in c.children) for c in verb.children)


def harms_property(verb: Token) -> bool:
    """Harm to property that anyone does ("the embassy was looted", "dozens of houses were set
    ablaze", "the church was set on fire"): word class ``property_harm``, or "set" with its fire
    (``property_fire``)."""
    if verb.lemma_.lower() in _PROPERTY_HARM or (verb.lemma_.lower() in _BUILDING_ASSAULT and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in _BUILDINGS for c in verb.children)):
        return True  # (also a building assaulted: "the French embassy was attacked", word class building_assault)
    words = [c for c in verb.children if c.dep_ in ("advmod", "acomp", "oprd", "dobj", "prt")]
    words += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
    return verb.lemma_.lower() == "set" and any(w.lower_ in _PROPERTY_FIRE for w in words)


def stray_conjunct(verb: Token) -> Token | None:
    """The reported verb a past verb goes on from when the parser hung it on the present-tense verb
    of the sentence ("The command wishes to inform the public that bandits *attacked* the village,
    *shot* two residents and abducted 23", "Police say gunmen stormed the camp and killed ten"):
    the complement clause (of the verb or of its infinitive) lies between them, in the past tense,
    so the list is its clause's (where that clause has a doer: :mod:`.subjects`); None otherwise."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VBZ", "VBP") or head.i > verb.i:
        return None
    governors = [head] + [x for x in head.children if x.dep_ == "xcomp" and x.i < verb.i]
    for g in governors:
        for c in g.children:
            if c.dep_ == "ccomp" and c.tag_ == "VBD" and head.i < c.i < verb.i:
                return c
    return None


def main_participle(verb: Token) -> bool:
    """A past verb the parser made a participle of the sentence's noun because it read a by-phrase of
    means as its agent ("Ethiopian troops attacked by land and air to enter Eritrea": the sentence
    then has no finite verb left). It is the sentence's main verb, active, the noun its subject."""
    head = verb.head
    if main_after_aside(verb) is not None or subject_before_object_participle(verb) is not None:
        return True  # ("Egypt, which brokered the truce, called on Israel"; "militants killed at least 20 soldiers")
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head.dep_ != "ROOT" or head.i > verb.i \
            or not _by_means(verb):
        return False
    inside = {t.i for t in verb.subtree}
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.sent if t.i not in inside)


def is_passive(verb: Token) -> bool:
    """Passive voice, including reduced relatives and participles ("the men arrested on Monday",
    "the arrested activists", "two drones launched at the base were intercepted")."""
    if main_participle(verb):
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and verb.head is not verb \
            and not any(c.dep_ == "nsubj" for c in verb.children):
        return True  # (not "a charge Chad's ministry rejected": a relative clause with its own subject)
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children) or launched_weapon(verb) \
        is not None or reported_participle(verb) or blamed_infinitive(verb) or gapped_passive_subject(verb) is not None \
        or participle_before_copula(verb) is not None  # ("the people killed were fishermen")


def blamed_infinitive(verb: Token) -> bool:
    """An active infinitive after "be" that is passive in sense ("Moscow said Kyiv *was to blame*",
    "the rebels are to blame for the massacre", word class ``blamed_infinitive``): the subject of
    "be" is the one blamed, never the blamer."""
    head = verb.head
    return verb.lemma_.lower() in BLAMED_INFINITIVE and verb.dep_ in ("xcomp", "advcl") and head.i != verb.i \
        and head.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children)


def reported_participle(verb: Token) -> bool:
    """A bare past participle that completes a passive verb ("five civilians were reported killed",
    "two soldiers were feared wounded"): a passive whose subject is the governing verb's, the
    victims, never its doer (not "were reported to have killed": an infinitive of its own)."""
    head = verb.head
    return verb.tag_ == "VBN" and verb.dep_ in ("xcomp", "oprd") and head.i != verb.i \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)


def launches(verb: Token, noun: Token) -> bool:
    """``verb`` is a verb of launching and ``noun`` the weapon it sends off."""
    return verb.lemma_.lower() in LAUNCHING and noun.lemma_.lower() in WEAPONS


def launched_weapon(verb: Token) -> Token | None:
    """The weapon of a reduced relative the parser made the subject of its participle: "Two drones
    launched at a base ... were intercepted", "Rockets fired from the town landed in fields". A
    weapon (word class ``weapon``) does not launch or fire (``launching``) anything itself, so a
    verb of launching with a weapon for subject and no object of its own is passive, the weapon
    what was launched."""
    if verb.lemma_.lower() not in LAUNCHING or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("dobj", "obj", "auxpass", "aux") for c in verb.children):
        return None
    s = child_with(verb, SUBJ)
    return s if s is not None and launches(verb, s) else None


def child_with(tok: Token, deps: tuple[str, ...], lower: str | None = None) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps and (lower is None or c.lower_ == lower):
            return c
    return None


TIME_ENTS = {"DATE", "TIME"}


def preps_of(tok: Token) -> list[Token]:
    """The children of ``tok`` that may be its prepositions, and those hung on a bare particle of it
    ("pulled *out* of the OAS", "moved *away* from", parsed with "of" under "out": the particle has
    no object of its own), and those hung on a means of talking ("spoke by telephone with X", "talked
    via video link with Y": word class ``call_medium``)."""
    out = list(tok.children)
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "advmod") and not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            out.extend(g for g in c.children if g.dep_ == "prep")
        elif c.dep_ == "prep":  # ("spoke by telephone *with* X": the medium's phrase holds the partner)
            out.extend(p for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _MEDIA
                       for p in g.children if p.dep_ == "prep")
    return out


def prep_object(tok: Token, prep: str) -> tuple[Token | None, str]:
    """The object of the preposition ``prep`` attached to ``tok`` (also through a particle:
    :func:`preps_of`); never a date or time ("on Tuesday")."""
    for c in preps_of(tok):
        if c.lower_ == prep and c.dep_ in ("prep", "agent", "dative", "prt", "advmod"):
            obj = child_with(c, ("pobj", "pcomp", "dobj"))
            if obj is not None and obj.ent_type_ in TIME_ENTS and not name_in_a_time(obj):
                # "met with President Assad Tuesday" parsed with the date as head: the name is a compound
                names = [g for g in obj.children if g.dep_ == "compound" and g.ent_type_ not in TIME_ENTS
                         and g.pos_ == "PROPN"]
                if not names:
                    continue
                obj = names[-1]
            label = named_by_free_relative(obj) if obj is not None else None
            if label is not None:  # "against what it called terrorist infrastructure in Pakistan"
                return label, f"{c.dep_}:{prep}>pcomp>label (a free relative)"
            if obj is not None:
                return obj, f"{c.dep_}:{prep}>pobj"
            if c.dep_ == "prt":  # "called on X": spaCy may attach X as the verb's dobj
                d = child_with(tok, ("dobj",))
                if d is not None:
                    return d, f"prt:{prep}>dobj"
    return None, ""


def named_by_free_relative(clause: Token) -> Token | None:
    """The label of a free relative that names an object ("struck what it called terrorist camps",
    "against what it described as military positions"): what the doer's words call it; else None."""
    if clause.pos_ != "VERB" or clause.lemma_.lower() not in LABELLING \
            or not any(c.dep_ == "dobj" and c.lower_ in WHAT_WORDS for c in clause.children):
        return None
    return next((h for h in label_heads(clause) if h.pos_ in ("NOUN", "PROPN")), None)


def free_relative_governor(noun: Token) -> Token | None:
    """The verb whose object is a free relative that names ``noun`` ("launched what it called a
    special military operation", "carried out what the army described as a raid": launched, carried
    out), so that the noun is done as that verb's object; else None."""
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if clause.i == noun.i or clause.dep_ != "ccomp":
        return None
    label = named_by_free_relative(clause)
    return clause.head if label is not None and label.i == noun.i else None


def mandative(clause: Token) -> bool:
    """A clause of a directive that tells what is to be done, in no tense: a bare participle or a
    subjunctive ("ordered Castillo held in detention", "ordered that the activist be jailed",
    "demanded that the government pay"), not a tensed report ("told reporters the army withdrew");
    the tagger may take the bare participle for a past tense ("ordered X held"), which then has no
    object, no marker and no auxiliary of its own."""
    if clause.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") and c.tag_ not in ("VB", "TO")
                                     for c in clause.children):
        return False
    return clause.tag_ in ("VB", "VBN") or (
        clause.tag_ == "VBD" and clause.head.lemma_.lower() not in SPEAKING
        and not any(c.dep_ in ("dobj", "mark", "aux", "auxpass") for c in clause.children))


def clause_introduced_by(tok: Token, word: str) -> Token | None:
    """A clause of ``tok`` that ``word`` introduces with a subject of its own ("called *for* China to
    withdraw its ships"): the parser makes the preposition the clause's marker."""
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == word for m in c.children) \
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            return c
    return None


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and is_passive(verb)):
            g = child_with(c, ("pobj",))
            return None if g is not None and g.lemma_.lower() in MEANS else g  # ("crossed by boat")
    return None


def passive_subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a passive verb: its own, or the governing clause's subject when the
    passive is a gerund or participle ("X was transferred before being expelled")."""
    s = child_with(verb, PASSIVE_SUBJ) or controlled_object(verb) or gapped_passive_subject(verb) \
        or participle_before_copula(verb)
    if s is not None:
        return _antecedent(s, verb)
    weapon = launched_weapon(verb)
    if weapon is not None:
        return weapon
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return verb.head
    if verb.dep_ in ("pcomp", "advcl", "conj", "xcomp") and verb.head.i != verb.i:
        h = verb.head.head if verb.dep_ == "pcomp" else verb.head
        s = child_with(h, PASSIVE_SUBJ) or child_with(h, SUBJ)
        return _antecedent(s, h) if s is not None else None
    return None


def _antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject stands for ("the gunmen, who were killed by soldiers";
    "insurgents who abducted six and were killed"), else the subject itself."""
    if subject.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def controlled_object(verb: Token) -> Token | None:
    """The object of the verb of control that governs the passive infinitive ``verb``: it is the
    passive's subject ("prompting coast guard ships *to be dispatched*", "ordered the troops to be deployed")."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return child_with(verb.head, ("dobj", "obj"))


def object_of(verb: Token) -> Token | None:
    return child_with(verb, ("dobj", "obj"))


def gives_refuge(verb: Token) -> bool:
    """The verb gives, gets or seeks refuge ("granted asylum to", "sought asylum in", "was granted
    refuge"; word class ``refuge``): the one who seeks it is a stranger in the country that gives it."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in REFUGE for c in verb.children)


def object_meant(verb: Token) -> Token | None:
    """The direct object of ``verb`` as what it names: a relative pronoun object ("the town of Konna,
    *which* the rebels had seized", "the declaration *that* Armenia and Azerbaijan signed") stands for
    the noun its clause describes, also where the parser reads "that" as a conjunction and leaves the
    clause with a subject and no object; any other object is itself."""
    obj = object_of(verb)
    if verb.dep_ != "relcl" or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return obj
    if obj is not None:
        return verb.head if obj.tag_ in ("WDT", "WP") else obj
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return verb.head if that and child_with(verb, ("nsubj",)) is not None else None


def second_object(verb: Token) -> Token | None:
    """The thing of a verb with two objects, after the one it is given or refused to ("denied
    journalists access", "denied the residents the right to return": access, right); the parser
    makes both direct objects, or the first a dative. None for a verb with one object."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and c.i > verb.i]
    return objects[1] if len(objects) == 2 and objects[1].dep_ in ("dobj", "obj") else None


def object_complement(verb: Token) -> Token | None:
    """The bare word that says what a verb's object is made ("took 250 people *hostage*", "took three
    workers *captive* in Mali", "were taken *hostage*"): a noun or adjective (a captive word also as
    the verb the tagger may make of it) with no words of its own but a following phrase, right after
    the object phrase (in the passive, right after the verb), which the parser attaches to the verb as
    a second object, a complement or a clause. None where there is no such word."""
    if is_passive(verb):
        after = verb.i + 1
    else:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i), None)
        if obj is None:
            return None
        after = obj.right_edge.i + 1
    if after >= len(verb.doc):
        return None
    word = verb.doc[after]
    if word.head.i != verb.i or word.dep_ not in ("dobj", "oprd", "xcomp", "advcl", "acomp") \
            or (word.pos_ not in ("NOUN", "ADJ") and word.lower_ not in CAPTIVE) or any(c.dep_ != "prep" or c.i < word.i for c in word.children):
        return None
    return word


def actor_subject(verb: Token) -> bool:
    """Whether ``verb`` has an active subject that names an actor (one the actor coder found)."""
    s = child_with(verb, SUBJ)
    if s is None or is_passive(verb):
        return False
    heads = verb.doc._.get("fp_actor_heads") if verb.doc.has_extension("fp_actor_heads") else None
    return heads is None or bool(heads.get(s.i))


def hidden_main_verb(verb: Token) -> Token | None:
    """The main verb behind a participle the parser took for it ("Rwandan troops *deployed* in the
    province since 2021 *clashed* with the insurgents": "deployed" describes the troops, "clashed" is
    what they did): a past verb with a subject and no object or auxiliary, followed with no comma or
    conjunction by a past verb it governs that has no subject, marker or auxiliary of its own. Not a
    weapon's launch ("mortar shells fired at the palace landed nearby"): that is the deed, in the
    passive (:func:`launched_weapon`)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("acl", "amod", "relcl") or verb.lemma_.lower() in SPEAKING \
            or child_with(verb, SUBJ) is None or launched_weapon(verb) is not None \
            or child_with(verb, ("dobj", "aux", "auxpass", "neg")):
        return None
    doc = verb.doc
    for m in verb.children:
        if m.i <= verb.i or m.dep_ not in ("advcl", "dep", "ccomp") or m.tag_ != "VBD":
            continue
        if any(c.dep_ in SUBJ + PASSIVE_SUBJ + ("mark", "aux", "auxpass") for c in m.children):
            continue
        if any(t.pos_ in ("PUNCT", "CCONJ") or t.dep_ in ("mark", "cc") for t in doc[verb.i + 1:m.i]):
            continue
        if any(verb.i < c.i < m.i and c.dep_ not in ("prep", "advmod", "npadvmod", "agent") for c in verb.children):
            continue  # only the participle's adjuncts between ("said Indian shelling ... killed": a clause)
        return m
    return None


def counted(tok: Token) -> Token:
    """What a number or a noun of quantity counts ("84 of the drones", "dozens of bases" → the
    drones, the bases), else ``tok`` itself."""
    if tok.pos_ != "NUM" and tok.lower_ not in QUANTIFIERS:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else tok


def clause_top(trigger: Token) -> Token:
    """The head of the clause ``trigger``'s action is told in: through coordination ("sent 440
    drones and fired 32 missiles") and a governing verb ("had used missiles to strike Kyiv",
    "threatened to attack")."""
    top = trigger
    while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
        top = top.head
    return top


def speech_verb_above(tok: Token, verbs: frozenset[str] | set[str], steps: int) -> Token | None:
    """The verb of saying (one of ``verbs``) whose complement ``tok`` is in, at most ``steps`` edges
    up ("Kenya's minister *said* the attackers will be arrested"), or None."""
    t = tok
    for _ in range(steps):
        if t.head.i == t.i:
            return None
        edge, t = t.dep_, t.head
        if edge in ("ccomp", "parataxis") and t.lemma_.lower() in verbs:
            return t
    return None


def label_heads(verb: Token) -> list[Token]:
    """What ``verb`` calls its object: "called the resolution illegal" (oprd, or an adjective after
    the object), "described the incursion as a provocation" (as-phrase of the verb or of its object),
    "branded the decision a provocation" (a second object); "as one of the most horrific attacks":
    the noun counted."""
    heads = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")] + misparsed_label_heads(verb)
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    heads += objs[1:]  # a second object is the label
    if _calls_the_described(verb, objs):
        return heads + objs  # "a move that Israel called a reward": the noun described is what it calls
    # an adjective after the object, which the parser often hangs on it ("called the arrest
    # politically motivated")
    heads += [c for o in objs[:1] for c in o.children
              if c.pos_ == "ADJ" and c.dep_ in ("acl", "amod") and c.i > o.i]
    for holder in (verb, *objs[:1]):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                # ("described the verdict as unjust": an adjective the parser hangs on "as")
                heads += [g for g in c.children if g.dep_ == "pobj"  # ("as cowardly": an adverb's tag)
                          or (g.pos_ in ("ADJ", "ADV") and g.dep_ in ("amod", "acomp", "pcomp"))]
    for h in list(heads):
        if h.lower_ in ("one", "some", "among"):
            heads += [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    return heads


def labelled_object(verb: Token) -> Token | None:
    """The object of a verb of calling that the parser made the subject or a modifier of the label
    ("declared the grain deal void": the deal, subject of "void"; "declared the accord void", with
    "accord" a compound of the noun "void"), where the verb has no object of its own; else None."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    for h in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i):
        held = next((c for c in h.children if c.dep_ in ("nsubj", "compound") and c.i < h.i), None)
        if held is not None:
            return held
    return None


def misparsed_labels(verb: Token) -> list[Token]:
    """Labels the parser took for nouns of the object's phrase, each with a noun compound before it:
    "declared the peace deal null and void" (the label the object, "deal" its compound), "declared
    the agreement with Azerbaijan void" (the label the noun of the object's with-phrase)."""
    out: list[Token] = []
    for o in [c for c in verb.children if c.dep_ == "dobj"][:1]:
        if label_holds(o) is not None:
            out += [o, *o.conjuncts]
        out += [g for p in o.children if p.dep_ == "prep" for g in p.children
                if g.dep_ == "pobj" and label_holds(g) is not None]
    return out


def label_holds(label: Token) -> Token | None:
    """The noun the parser hung as a compound before a misparsed label ("the peace deal null": the
    deal), else None."""
    return next((c for c in reversed(list(label.children))
                 if c.dep_ == "compound" and c.i < label.i and c.pos_ in ("NOUN", "PROPN")), None)


def _calls_the_described(verb: Token, objs: list[Token]) -> bool:
    """``verb`` is a verb of calling in a relative clause on what it calls: "a move (that) Israel
    called a reward for terrorism", "the deal the opposition called a sell-out", where the clause has
    a subject of its own and one object, the name it gives (not "the minister who called the deal a
    sell-out", whose relative pronoun is the caller)."""
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in LABELLING and len(objs) == 1
            and not any(c.lower_ in REL_PRONOUNS for c in objs[0].subtree if c.i < objs[0].i)
            and any(c.dep_ == "nsubj" and c.lower_ not in REL_PRONOUNS for c in verb.children))


def gives_a_name(verb: Token) -> bool:
    """A verb of calling with a noun or adjective that names its object ("calls President Lai a
    parasite", "called the envoy unreliable"): the words tell what the object is called, and only a
    lexicon entry of labels reads them; "called his counterpart" alone is a phone call."""
    return verb.lemma_.lower() in LABELLING and any(
        c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in verb.children)


def labels_its_object(verb: Token) -> bool:
    """A verb of calling with a label ("called the attack appalling"): its object is judged, not
    held or done by its subject."""
    return verb.lemma_.lower() in LABELLING and bool(label_heads(verb))


def past_of_the_described(verb: Token) -> bool:
    """A relative clause in the past perfect ("a German citizen who had been sentenced to death"):
    what the noun it describes went through before the news, told to say who that is."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def participle_on_object(tok: Token) -> Token | None:
    """The verb whose object a bare participle set off by a comma describes ("destroyed a boat,
    struck on Tuesday off the coast": destroyed), whether the parser hung it on the object (acl) or
    coordinated it with the verb; None for a verb with a subject, object, auxiliary, agent or
    conjunction of its own ("destroyed a boat and struck a port"). (The parser may tag a coordinated
    participle as a past verb, "destroyed a car, struck on Sunday near Tyre": with no object of its
    own after the object of a deed, it is the participle.)"""
    if tok.tag_ not in ("VBN", "VBD") or (tok.tag_ == "VBD" and tok.dep_ != "conj") or tok.i < 2 or tok.doc[tok.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "agent") for c in tok.children):
        return None
    if tok.dep_ == "acl" and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "VERB" or any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    return head if obj is not None and obj.right_edge.i + 2 == tok.i else None


def opens_paragraph(verb: Token) -> bool:
    """``verb`` is the present-tense main verb that opens an operative paragraph of a communiqué or
    resolution, with nothing before it but a number or an adverb ("2. Urges the parties to ...",
    "Strongly condemns ..."), also where the tagger takes it for a plural noun ("3. Calls on Uganda to
    withdraw"): then only after a list number, and with no article or modifier of a noun."""
    if verb.dep_ != "ROOT":
        return False
    before = [t for t in verb.sent if t.i < verb.i and not t.is_space]
    if any(t.dep_ not in ("meta", "punct", "advmod") and t.tag_ != "LS" and not t.like_num for t in before):
        return False
    if verb.tag_ == "VBZ" or (verb.tag_ == "VB" and verb.lower_.endswith("s")):
        return True
    return verb.tag_ == "NNS" and any(t.tag_ == "LS" or t.like_num for t in before) and not any(
        c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in verb.children)


def paragraph_verb_stem(tok: Token, lemma: str) -> str | None:
    """``lemma`` less its last "s" where ``tok`` is the present-tense verb of a communiqué's paragraph
    that the tagger read as a plural noun ("rejects", "3. Calls on Uganda to withdraw") or as a bare
    verb whose lemma keeps the "s" ("1. Urges"); None where it is no such word. Whether the stem is
    the word meant is the caller's to judge against the words it knows."""
    if lemma.endswith("s") and (tok.pos_ == "NOUN" or opens_paragraph(tok)):
        return lemma[:-1]
    return None
