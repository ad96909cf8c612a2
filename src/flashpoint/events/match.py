"""Matching lexicon entries against a trigger token and its dependents."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ..actors import actors_for
from ..actors.phrase import actor_phrase
from ..actors.story import one_side
from ..nlp.syntax import coordinated_object, nominal_gerund, nominal_plural, summing_charge
from ..nlp.words import word_class
from ..records import Actor
from .blasts import weapon_going_off
from .epithets import describing_name
from .grammar import (
    child_with,
    clause_introduced_by,
    controlled_object,
    counted,
    free_relative_governor,
    gives_a_name,
    is_passive,
    label_heads,
    label_holds,
    labelled_object,
    launched_weapon,
    misparsed_labels,
    object_complement,
    object_meant,
    object_of,
    opens_paragraph,
    paragraph_verb_stem,
    prep_object,
    preps_of,
    second_object,
)
from .lexicon import STATE, ActionEntry, ActionLexicon
from .modality import is_negated
from .passive_kind import kind_object, participle_noun
from .subjects import owned_by_subject, subject_of
from .unknown_towns import unknown_town

ASPECTUAL = word_class("aspectual")  # "kept fighting": what is kept up is the deed

__all__ = ["best_entry", "trigger_lemma", "noun_key", "object_words", "VERBAL_POS", "NOMINAL_POS"]

VERBAL_POS = {"VERB", "AUX", "ADJ"}
LONE_ATTACKERS = word_class("lone_attacker")
STANCE_PREFIXES = word_class("stance_prefix")
PUBLISHING_NOUNS = word_class("publishing_noun")
# people and parties of people one receives, sends or meets ("welcomed the Iraqi prime minister")
PERSON_NOUNS = word_class("person_noun")
MEETING_VERBS = word_class("meeting_verb")
HARDSHIPS = word_class("hardship_met")
POSTURES = word_class("posture_verb")
LOCATIVES = word_class("locative_preposition")
SITE_NOUNS = word_class("locative_noun")
TIME_SPANS = word_class("time_span")  # ("giving the diplomats 72 hours to leave")
PLACE_NOUNS = word_class("seizable_place")  # "took the town", "took the airport"
PARTS = word_class("partitive_quantity")  # "took most of Aleppo", "seized much of the city"
# verbs of undergoing: the subject of "warned that he would face prosecution" suffers the deed
UNDERGOING = word_class("undergoing")
# what a party is told it will face or pay ("warned that Kyiv would pay a heavy price"): a reckoning
# that the speaker deals out, whoever the clause's subject is
RECKONING = word_class("reckoning_faced", "reckoning_paid")
NOMINAL_POS = {"NOUN", "PROPN"}


def trigger_lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _only_time(tok: Token) -> bool:
    """A date or time ("on Tuesday"), not a name the parser hung on one ("with Assad Tuesday")."""
    return tok.ent_type_ in ("DATE", "TIME") and not any(
        g.dep_ == "compound" and g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME") for g in tok.children)


def _governs_something(prep: Token) -> bool:
    """The preposition of an entry's condition has an object ("stood by its ally"), or is the
    particle of a verb with an object of its own; not one left bare ("soldiers stood by as the mob
    burned the church": idle, no support)."""
    return any(g.dep_ in ("pobj", "pcomp") for g in prep.children) \
        or any(c.dep_ in ("dobj", "dative") for c in prep.head.children)


def _obj_words(tok: Token | None) -> set[str]:
    if tok is None:
        return set()
    if counted(tok) is not tok:  # "dozens of military bases": the bases
        return _obj_words(counted(tok))
    words = {tok.lemma_.lower(), tok.lower_}
    if tok.tag_ == "NNS" and tok.lower_.endswith("s"):
        words.add(tok.lower_[:-1])  # ("bases": the model's lemma is "basis")
    if tok.pos_ == "PROPN":  # a name with its title: "High Commissioner Cameron MacKay"
        titles = [c for c in tok.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN")]
        words |= {c.lower_ for c in titles}
        words |= {f"{a.lower_} {b.lower_}" for a, b in zip(titles, titles[1:], strict=False)}
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if mods:
        words.add(f"{mods[0].lower_} {tok.lemma_.lower()}")
        words.add(f"{mods[0].lower_} {tok.lower_}")
        if tok.tag_ == "NNS" and tok.lower_.endswith("s"):
            words.add(f"{mods[0].lower_} {tok.lower_[:-1]}")
        outer = [c for c in mods[0].children if c.dep_ == "compound" and c.i == tok.i - 2]
        if outer:  # "coast guard ships"
            words.add(f"{outer[0].lower_} {mods[0].lower_} {tok.lower_}")
    # modifiers coordinated before the noun each name it: "internet and telephone services" are
    # internet services and telephone services
    for c in tok.children:
        if c.dep_ in ("nmod", "compound") and any(g.dep_ == "conj" for g in c.children):
            words |= {f"{m.lower_} {tok.lower_}" for m in (c, *(g for g in c.children if g.dep_ == "conj"))}
    # what a measure is on: "a ban on exports", "restrictions on sales" ("ban on export"); an office
    # named with its of-phrase: "the deputy chief of mission" ("chief of mission")
    # (the object's word as written too: "a day of mourning", whose noun the tagger may read as a verb)
    words |= {f"{tok.lemma_.lower()} {c.lower_} {w}" for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
              for g in c.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_)}
    return words


object_words = _obj_words  # (the words an object names, for the senses of a coordinated object)


def _met_hardship(tok: Token) -> bool:
    """``tok`` is a verb of meeting (word class ``meeting_verb``) whose object or with-phrase is what
    one runs into, no party ("met no resistance", "met with fierce opposition": word class
    ``hardship_met``): no meeting."""
    if tok.lemma_.lower() not in MEETING_VERBS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"] + [prep_object(tok, "with")[0]]
    return any(_obj_words(o) & HARDSHIPS for o in objs)


def _stood_somewhere(entry: ActionEntry, tok: Token) -> bool:
    """``tok`` is a verb of standing (word class ``posture_verb``) told with a place of its own (a
    locative preposition apart from the entry's, whose object is a place's noun or name: "was standing
    outside the gates of parliament with thousands of others", "stood in the square with the
    workers"): its with-phrase is company, no support ("stands with Ukraine at this difficult time")."""
    if tok.lemma_.lower() not in POSTURES:
        return False
    return any(c.dep_ == "prep" and c.lower_ in LOCATIVES and c.lower_ != entry.prep
               and any(g.dep_ == "pobj" and (g.lemma_.lower() in SITE_NOUNS or g.ent_type_ in ("GPE", "LOC", "FAC"))
                       for g in c.children) for c in tok.children)


def _matches(entry: ActionEntry, tok: Token) -> bool:
    if not entry.object and _met_hardship(tok):
        return False
    if _stood_somewhere(entry, tok):
        return False
    if entry.passive is not None and is_passive(tok) != entry.passive:
        return False
    if entry.particle and not any(
        c.lower_ == entry.particle and c.dep_ in ("prt", "prep", "advmod") for c in tok.children
    ):
        return False
    if entry.prep:
        if not any(c.lower_ == entry.prep and c.dep_ in ("prep", "prt", "agent", "dative", "advmod")
                   and not any(g.dep_ == "pobj" and _only_time(g) for g in c.children)
                   and _governs_something(c) for c in preps_of(tok)) and clause_introduced_by(tok, entry.prep) is None:
            return False
        if entry.pobj or entry.pobj_kind:
            obj, _ = prep_object(tok, entry.prep)
            if entry.pobj and not (_obj_words(obj) & set(entry.pobj)):
                return False
            if entry.pobj_kind and not _of_kind(entry.pobj_kind, obj):
                return False
    elif entry.pobj or entry.pobj_kind:
        return False
    if entry.object:
        obj = object_meant(tok) if not is_passive(tok) else (child_with(tok, ("nsubjpass",))
                                                            or controlled_object(tok) or participle_noun(tok)
                                                            or launched_weapon(tok))
        if entry.kind == "noun":  # (also "launched what it called an operation": launched)
            obj = tok.head if tok.dep_ in ("dobj", "pobj") else free_relative_governor(tok)
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" and entry.source and "subj" in entry.source:
                obj = tok.head.head  # ("were killed in clashes": the verb its in-phrase tells of)
        elif obj is None:
            summed = summing_charge(tok)  # (", a charge Kigali rejected")
            obj = relative_object(tok) or shared_object(tok) or (summed[0] if summed is not None else None)
            if obj is None and entry.label:  # ("declared the grain deal void": the deal, parsed under "void")
                obj = labelled_object(tok)
        if obj is not None and obj.pos_ == "PRON" and entry.kind != "noun":
            obj = coordinated_object(obj) or obj  # ("would not sign the bill and withdrew it": the bill)
        if entry.label and obj is not None and obj.lower_ in entry.label:  # ("the peace deal null and void")
            obj = label_holds(obj) or obj
        if not (_obj_words(obj) & set(entry.object)) and (
                entry.kind == "noun" or not ((_obj_words(second_object(tok)) | _obj_words(object_complement(tok))
                                              | _obj_words(object_of(tok) if is_passive(tok) else None))
                                             & set(entry.object))):
            return False  # (of two objects the thing counts: "denied journalists access"; "took them hostage";
            # a passive's object: "was granted asylum")
    if entry.comp_subject and not any(c.dep_ == "ccomp" for c in tok.children):
        return False  # (who does the clause's deed is checked once the source is known: comp_subject_is)
    if entry.blast_cause and weapon_going_off(tok) is None:
        return False  # ("seven soldiers died when a landmine exploded": not "died when their boat capsized")
    if entry.object_clause and not _has_content_clause(object_of(tok) if not is_passive(tok) else None):
        return False
    if entry.object_kind and not _of_kind(entry.object_kind, kind_object(tok, entry.passive)):
        return False
    if entry.subject_kind and (entry.kind == "noun" or not _of_kind(entry.subject_kind, subject_of(tok)[0])):
        return False  # ("Kabul fell to the Taliban": a place falls; "the task fell to the army" is none)
    if entry.comp and not any((_complement(c) or c.head.i != tok.i) and _comp_words(c) & set(entry.comp) and _announced(c, entry)
                              and not (entry.code.startswith(("13", "112")) and is_negated(c))
                              for c in (*tok.children, *_granted_span(tok))):  # ("pledged not to attack": restraint, no threat;
        # "said Kyiv had not orchestrated it": a defence, no charge)
        return False
    if entry.label and (not _labelled(tok, set(entry.label)) or describing_name(tok)):
        return False
    if not entry.label and gives_a_name(tok):
        return False  # ("calls President Lai a parasite" names him: no phone call)
    if entry.comp_aux and not any(  # "said that Libya must hand over ...": a demand of Libya
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in entry.comp_aux for a in c.children)
        for c in tok.children
    ):
        return False
    if entry.compound and not (_modifier_words(tok) & set(entry.compound)):
        return False
    return True


def _modifier_words(tok: Token) -> set[str]:
    """The compound and adjective modifiers of a noun, a hyphenated one also whole, which the parser
    splits into three ("a counter-terrorism operation": counter, -, terrorism; counter-terrorism), and a
    noun on a verb ("test-fired": test, -, fired)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    words = {c.lemma_.lower() for c in mods}
    at = {c.i for c in mods}
    doc = tok.doc
    words |= {f"{doc[c.i - 1].lower_}-{doc[c.i + 1].lower_}" for c in mods
              if c.text == "-" and c.i - 1 in at and c.i + 1 in at}
    return words


def _comp_words(c: Token) -> set[str]:
    """What a complement verb ``c`` names: its lemma, and its lemma with its direct object's, its
    particle's or an adverb's ("seize power", "take countermeasure", "hit back", "respond firmly") or
    a preposition's with its object ("return to talks"), so
    that an entry can tell "tried to seize power" from "tried to seize the town", or "would respond
    firmly" from "would respond to the letter"."""
    lemma = c.lemma_.lower()
    words = {lemma} | {f"{lemma} {o.lemma_.lower()}" for o in c.children if o.dep_ in ("dobj", "prt", "advmod")}
    words |= {f"{lemma} {p.lower_} {o.lemma_.lower()}" for p in c.children if p.dep_ == "prep"
              for o in p.children if o.dep_ == "pobj"}  # ("return to talks": not "return the hostages")
    if lemma in ASPECTUAL:  # "vowed to keep fighting", "to continue their struggle": the deed kept up
        words |= set().union(*(_comp_words(g) for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB"))
        words |= {_noun_lemma(o) for o in c.children if o.dep_ == "dobj" and o.pos_ == "NOUN"}
    return words


def _noun_lemma(tok: Token) -> str:
    """A noun's lemma, its plural's singular where the model lemmatises it wrongly ("attacks")."""
    return tok.lower_[:-1] if tok.tag_ == "NNS" and tok.lower_.endswith("s") else tok.lemma_.lower()


def _announced(c: Token, entry: ActionEntry) -> bool:
    """For an entry that names a complement and its auxiliary ("said it *would retaliate*"): the
    complement has that auxiliary and is not negated ("would not retaliate" announces the opposite)."""
    if not entry.comp_aux:
        return True
    return any(a.dep_ == "aux" and a.lower_ in entry.comp_aux for a in c.children) and not is_negated(c)


def _granted_span(verb: Token) -> list[Token]:
    """The infinitive the parser hung on a span of time that ``verb`` gives as its object ("giving the
    diplomats 72 hours *to leave*": word class ``time_span``), read as the verb's own complement."""
    return [g for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in TIME_SPANS
            for g in c.children if g.dep_ in ("relcl", "acl") and g.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)]


def _complement(c: Token) -> bool:
    """``c`` is a complement of its head verb: an open or clausal complement, or an adverbial clause
    the parser gives for one ("threatened to strike"), not a clause of its own that a conjunction
    opens or a subject of its own says ("considered the decision void, *since* Russia does not
    recognise the court": no recognising considered)."""
    if c.dep_ in ("xcomp", "ccomp", "acomp"):
        return True
    return c.dep_ == "advcl" and not any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)


def relative_object(verb: Token) -> Token | None:
    """The noun an object relative clause with no pronoun describes ("a charge Chad's foreign ministry
    *rejected*", "the deal both sides *signed*"): the verb's object, when the clause has a subject of
    its own and no object."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if child_with(verb, ("dobj", "obj")) is not None or child_with(verb, ("nsubj",)) is None:
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in verb.children):
        return None  # "the charge that was rejected", "the men who rejected": a pronoun says its role
    return verb.head


def shared_object(verb: Token) -> Token | None:
    """The object a verb with none of its own shares with the verb coordinated after it ("rammed
    and boarded two navy boats", "surrounded and stormed the base"), as its target does
    (`arguments.py`)."""
    if child_with(verb, ("dobj", "obj")) is not None:
        return None
    for v in verb.children:
        if v.dep_ == "conj" and v.i > verb.i and v.pos_ == "VERB":
            return next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _has_content_clause(obj: Token | None) -> bool:
    """The object noun has a clause that tells its content ("the claim *that it had armed the rebels*"),
    not a relative clause about it ("the claim that was made by X")."""
    return obj is not None and any(
        c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in obj.children)


def _of_kind(kind: str, obj: Token | None) -> bool:
    """Whether ``obj`` is of the lexicon's object ``kind`` (``OBJECT_KINDS``)."""
    if kind == "person":
        return _names_people(obj)
    if kind in ("people", "others"):  # others: no humans check, not the doer's own ("its fighters")
        return not owned_by_subject(obj) if kind == "others" and obj is not None else _names_humans(obj)
    if kind == "place":
        return _names_place(obj)
    return _names_organisation(obj)


def _names_organisation(obj: Token | None) -> bool:
    """The object is an international organisation, one of its bodies or courts, as the actor stage
    coded it ("ECOWAS", "the International Criminal Court", "the bloc" named before), not a country,
    a group or a thing."""
    if obj is None:
        return False
    return any(a.org is not None and a.code.startswith("IGO") for a in actors_for(obj.doc, obj))


def _names_people(obj: Token | None) -> bool:
    """The object names a person or a party of people ("welcomed Putin", "a Hamas delegation",
    "his Somali counterpart"), not a deed or a thing ("welcomed the decision")."""
    if obj is None:
        return False
    return obj.ent_type_ == "PERSON" or bool(_obj_words(obj) & PERSON_NOUNS)


def _names_humans(obj: Token | None) -> bool:
    """The object names human beings of any kind: a person or a party of people as ``person`` has it,
    or people the actor stage codes by what they are ("executed 12 villagers", "two journalists",
    "a soldier": a sector, no organisation, no bare country), never a plan, an order or a state."""
    if obj is None:
        return False
    people = counted(obj)  # ("dozens of farmers": the farmers)
    return _names_people(people) or any(a.sector is not None and a.org is None
                                        for a in actors_for(people.doc, people))


def _names_place(obj: Token | None) -> bool:
    """The object names a place: a town, region or site by name ("took Goma") or by its kind ("took
    the airport", "took the town of Masisi"), or a part of one ("most of Aleppo"), not a thing or a
    party."""
    if obj is None:
        return False
    if obj.lower_ in PARTS:  # "seized most of Aleppo": the place it is part of
        whole = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
        return _names_place(whole)
    if obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in PLACE_NOUNS or (obj.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lemma_.lower() in PLACE_NOUNS for c in obj.children)):
        return True  # (also a name after its kind: "the Kibbutz Beeri")
    # (a town the tagger took for a person's name, "took Goma", that the gazetteer knows)
    places = obj.doc._.get("fp_places") if obj.doc.has_extension("fp_places") else None
    return any(p.start <= obj.idx < p.end for p in places or ()) or unknown_town(obj)  # ("seized Nyanzale")


def noun_key(tok: Token, nouns: Mapping[str, object]) -> str | None:
    """The key under which ``nouns`` lists the event a noun names, or None: its lemma, or, for a
    gerund the tagger took for a verb but the sentence uses as a noun ("Heavy Russian *shelling*
    killed two"), the word itself."""
    lemma = tok.lemma_.lower()
    if lemma in nouns:
        return lemma
    if nominal_gerund(tok) and tok.lower_ in nouns:
        return tok.lower_
    return None


def verb_like(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun but the parser uses as a clause head with its own
    subject ("The government rejects and condemns ...")."""
    if tok.pos_ in VERBAL_POS:
        return True
    # (never the second noun of a compound of publishing: "Ministry of ... - Press release" is a document)
    return (tok.pos_ == "NOUN" and tok.dep_ in ("ROOT", "ccomp", "conj", "advcl")
            and tok.tag_ in ("NNS", "NN") and any(c.dep_ == "nsubj" for c in tok.children)
            and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in PUBLISHING_NOUNS)) \
        or (tok.pos_ == "NOUN" and opens_paragraph(tok))  # ("3. Calls on Uganda to withdraw")


LABEL_KINDS = word_class("label_kind")


def _labelled(tok: Token, words: set[str]) -> bool:
    """``tok`` calls its object one of ``words`` (:func:`label_heads`), the word, a modifier of it or
    its of-phrase ("an act of aggression"); not a word a stance prefix turns round ("anti-terrorist
    measures" are no terrorism)."""
    for h in label_heads(tok) + misparsed_labels(tok):
        kinds = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        phrases = {f"{h.lemma_.lower()} of {g.lemma_.lower()}" for g in kinds}
        if phrases & words:
            return True
        # a noun of kind labels by its of-phrase: "an act of treason", "a form of collective punishment"
        kinds = kinds if h.lemma_.lower() in LABEL_KINDS else []
        mods = [c for x in (h, *kinds) for c in x.children if c.dep_ in ("amod", "compound", "acomp")]
        for t in (h, *h.conjuncts, *kinds, *mods):
            if (t.lemma_.lower() in words or t.lower_ in words) and not _after_stance_prefix(t):
                return True
    return False


def _names_body(tok: Token) -> bool:
    """A capitalised word of an organisation's name of several words ("the National Rally", "Cyprus's
    Democratic Rally", "the Strike Force") names that body, not an event of its noun."""
    if tok.pos_ != "PROPN" or tok.ent_type_ != "ORG" or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    return tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")


def _after_stance_prefix(tok: Token) -> bool:
    """"anti-terrorist", "pro-government": the word after a stance prefix and its hyphen."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in STANCE_PREFIXES


def done_by(entry: ActionEntry, source: Actor | None) -> bool:
    """Whether ``source`` fits the entry's ``by`` condition (the sense a kind of doer gives the verb:
    armed forces who "attack" use military force, protesters who "attack" riot)."""
    if not entry.by:
        return True
    if source is None:
        return False
    head = source.text.split()[-1].lower() if source.text.split() else ""
    if source.sector == "REB" and head in LONE_ATTACKERS:
        return False  # "gunmen attacked a bus": not an armed group's military force
    if source.sector is not None:
        return source.sector in entry.by
    return STATE in entry.by and source.country is not None and source.org is None


def doer_is(entry: ActionEntry, source: Actor | None, doc: Doc) -> bool:
    """Whether the head noun of ``source``'s phrase in ``doc`` fits the entry's ``doer`` condition
    (what the doer is: "Russian *drones*" strike, "Chinese coast guard *ships*" show force)."""
    if not entry.doer:
        return True
    if source is None:
        return False
    phrase = actor_phrase(doc, source)
    return phrase is not None and bool(_obj_words(phrase.root) & set(entry.doer))


def comp_subject_is(entry: ActionEntry, source: Actor | None, tok: Token) -> bool:
    """Whether the doer of the deed in ``tok``'s "that" clause fits the entry's ``comp_subject``
    condition for ``source``: ``other`` when some clause's doer is a third party or a thing ("the UN
    warned that *the blockade* would starve civilians", "warned that *the rebels* would attack the
    town"), ``own`` when none is (:func:`_deed_by_other`)."""
    if not entry.comp_subject:
        return True
    if source is None:
        return False
    other = any(_deed_by_other(c, source) for c in tok.children if c.dep_ == "ccomp")
    return other if entry.comp_subject == "other" else not other


def _deed_by_other(clause: Token, source: Actor) -> bool:
    """The deed of ``clause`` is done by one not of ``source``'s side: its subject (the by-agent of a
    passive) is a thing ("the blockade would starve ...") or a party the actor stage does not put on
    the source's side (state bodies and armed groups of one country are two sides). Not a pronoun or
    a phrase owned by one of no party told ("it would strike", "its army would respond"), not a
    passive of no agent ("they would be arrested"), not a subject that suffers the deed or is told
    the reckoning it will get ("he would face prosecution", "Kyiv would pay a heavy price"): the
    speaker's side may deal those; nor "any" deed, which is a condition ("any attack would trigger a
    crushing response": the speaker's response)."""
    if clause.lemma_.lower() in UNDERGOING or any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECKONING for c in clause.children):
        return False
    subject = child_with(clause, ("nsubj",)) if not is_passive(clause) else next(
        (g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subject is None or subject.dep_ == "expl":
        return False
    if any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
        return False  # "any attack would trigger a crushing response": if attacked, the speaker answers
    doers = actors_for(clause.doc, subject)
    if doers:
        return not any(d.code == source.code or one_side(d, source, armed_apart=True) for d in doers)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    return subject.pos_ != "PRON" and not owned


def best_entry(lex: ActionLexicon, tok: Token, source: Actor | None = None) -> ActionEntry | None:
    """The most specific lexicon entry that matches ``tok`` in context, or None. Entries that name
    the kind of doer (``by``, ``doer``) match only when ``source`` is given and fits; without a
    source, when no other entry matches, the best of them is returned (its ``needs_doer`` says the
    doer is still to be checked: "ships entered Japanese waters" is an event only if they are a
    state's armed forces)."""
    lemma = trigger_lemma(tok)
    if nominal_gerund(tok) and tok.lower_ in lex.nouns:
        cands = lex.nouns.get(tok.lower_)  # "Fighting between X and Y erupted": the noun "fighting"
    elif nominal_plural(tok) and lemma in lex.nouns:
        cands = lex.nouns.get(lemma)  # "Drone strikes by the army hit ...": the noun "strikes"
    elif verb_like(tok):
        stem = paragraph_verb_stem(tok, lemma) if lemma not in lex.verbs else None
        lemma = stem if stem is not None else lemma  # "rejects" tagged as a plural noun, "1. Urges" as a bare verb
        cands = lex.verbs.get(lemma)
    elif tok.pos_ in NOMINAL_POS and tok.dep_ != "compound" and not _names_body(tok):
        cands = lex.nouns.get(lemma)  # ("an arrest warrant" is no arrest)
    else:
        return None
    if not cands:
        return None
    best: ActionEntry | None = None
    for e in cands:
        if _matches(e, tok) and done_by(e, source) and doer_is(e, source, tok.doc) \
                and comp_subject_is(e, source, tok) and (best is None or e.specificity > best.specificity):
            best = e
    if best is None and source is None:
        for e in cands:
            if e.needs_doer and _matches(e, tok) and (best is None or e.specificity > best.specificity):
                best = e
    return best
