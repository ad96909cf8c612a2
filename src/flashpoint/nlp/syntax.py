"""Readings of the parse that more than one stage needs, where the small model's tags mislead."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..time.lexicon import MONTHS, WEEKDAY_TOKENS
from .tree import first_conjunct
from .words import word_class

__all__ = ["told_before", "glued_subject", "opens_next_clause", "saying_before", "nominal_gerund", "nominal_plural", "stance_prefixed", "patron_suffixed", "language_suffixed", "affiliation_suffixed", "patron_modifier", "hyphen_joined",
           "name_in_a_time", "parallel_object", "coordinated_object", "set_off_participle", "participle_subject", "participle_before_copula", "allegiance_subject", "first_conjunct", "summing_charge", "names_a_facility",
           "opens_a_facility_name", "speaker_told_as_apposition", "coordinated_prepositions", "joined_in_a_name", "may_happen", "in_what_may_happen",
           "names_weapon"]

_STANCE_PREFIXES = word_class("stance_prefix")
_HYPHENS = ("-", "\u2010", "\u2011")
_PATRON_SUFFIXES = word_class("patron_suffix")
_LANGUAGE_SUFFIXES = word_class("language_suffix")
_LANGUAGES = word_class("language_name")
_AFFILIATION_SUFFIXES = word_class("affiliation_suffix")
_NAME_PARTICLES = word_class("name_particle")
_WEAPONS = word_class("weapon")
_MEANS = word_class("means")  # "by land and air", "by night": how, not who
_MAY_HAPPEN = word_class("hypothetical", "future")  # "could", "might", "will": what may come to pass


def joined_in_a_name(doc: Doc, start: int, end: int, free: Callable[[Token], bool], before: bool = True) -> bool:
    """The name ``doc[start:end]`` is joined by a small word of names (word class ``name_particle``:
    "da", "de", "do") to a capitalised proper noun after it, or, where ``before``, before it
    ("Mocimboa da Praia", "Praia do Bilene", "Vila de Lima"): one word of a longer place's or person's
    name. ``free`` says whether the joined word is outside every name the caller found already (two
    names so joined both stay: "Santiago de Chile"); callers pass ``before`` false for a country,
    which after the small word is "of" it ("Universidad de Chile")."""

    def joined(particle: int, word: int) -> bool:
        if not (0 <= particle < len(doc) and 0 <= word < len(doc)) or doc[particle].text not in _NAME_PARTICLES:
            return False
        w = doc[word]
        return w.is_title and w.is_alpha and w.pos_ == "PROPN" and free(w)

    return (before and joined(start - 1, start - 2)) or joined(end, end + 1)


def hyphen_joined(first: Token, second: Token) -> bool:
    """``first`` and ``second`` are written as one word with a hyphen between them ("Iran-backed",
    "pro-EU")."""
    doc = first.doc
    return (second.i == first.i + 2 and doc[first.i + 1].text in _HYPHENS
            and not first.whitespace_ and not doc[first.i + 1].whitespace_)


def stance_prefixed(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` follows a stance prefix written as one word with
    it ("pro-EU protesters", "anti-Kremlin activists", "pro-Russian separatists"), or its span starts
    with one (the tagger's entity "Pro-Russian"): the name says whom they are for or against, not
    who or where they are."""
    return any(k >= 0 and k + 2 < len(doc) and doc[k].lower_ in _STANCE_PREFIXES and hyphen_joined(doc[k], doc[k + 2])
               for k in (start - 2, start))


def language_suffixed(doc: Doc, end: int) -> bool:
    """Whether the one-word name ending before token ``end`` is a language written as one word with a
    suffix of speaking ("the English-speaking regions", "Russian-speaking residents", "an
    Arabic-language channel"): people who speak it or a text in it, of no country it names."""
    return end >= 1 and end + 1 < len(doc) and doc[end - 1].lower_ in _LANGUAGES \
        and doc[end + 1].lower_ in _LANGUAGE_SUFFIXES and hyphen_joined(doc[end - 1], doc[end + 1])


def patron_suffixed(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is written as one word with a suffix of
    patronage ("Iran-backed militias", "al Qaeda-linked fighters", "Russian-backed separatists"):
    the name says who backs them, not who or where they are."""
    return end >= 1 and end + 1 < len(doc) and doc[end + 1].lower_ in _PATRON_SUFFIXES \
        and hyphen_joined(doc[end - 1], doc[end + 1])


def affiliation_suffixed(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is written as one word with a suffix of
    affiliation ("an al Qaeda-linked group", "an Islamic State-affiliated faction"): with a group's
    name, it says whom the noun's own group is tied to, not which group it is."""
    return end >= 1 and end + 1 < len(doc) and doc[end + 1].lower_ in _AFFILIATION_SUFFIXES \
        and hyphen_joined(doc[end - 1], doc[end + 1])


def patron_modifier(noun: Token, affiliation: bool = False) -> Token | None:
    """The suffix of patronage of a modifier of ``noun`` ("backed" of "the Iran-backed group"), or
    None: all before it in the noun's phrase names the patron, not the noun. ``affiliation``: a
    suffix of affiliation counts too ("linked" of "the al Qaeda-linked group")."""
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and (patron_suffixed(noun.doc, c.i - 1)
                                                  or (affiliation and affiliation_suffixed(noun.doc, c.i - 1))):
            return c
    return None


def nominal_gerund(tok: Token) -> bool:
    """A gerund the tagger took for a verb but the sentence uses as a noun: a subject or object with
    no subject or object of its own ("*Fighting* between the two armies erupted", "condemned the
    *shelling* of the city", "Heavy Russian *shelling* killed two", "*Shelling* by Russian forces
    damaged a hospital", which the parser may make a clausal subject; not "*shelling* the city killed
    three")."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "csubj") for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "csubj") or tok.dep_ == "pcomp" and _by_doer(tok)


def _by_doer(gerund: Token) -> bool:
    """A gerund under a preposition that names its doer in a by-phrase of a noun that is neither a
    means nor a time ("responded to *shelling* by Armenian forces", "in retaliation for *shelling* by
    the army"): the deed the by-phrase's party did, a noun, never the governing clause's subject's
    (not "retaliated by shelling the town", whose by-phrase heads the gerund, nor "stopped from
    crossing by night")."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.lemma_.lower() not in _MEANS
        and g.ent_type_ not in ("DATE", "TIME") for g in c.children) for c in gerund.children)


def nominal_plural(tok: Token) -> bool:
    """A plural noun the tagger took for a verb of the third person, where the sentence uses it as a
    noun: a subject or object with no object of its own, whose "subject" is at most the word right
    before it ("[Drone] strikes by the army hit RSF positions": the parser made "Drone" strike)."""
    return tok.tag_ == "VBZ" and ((
        tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("dobj", "csubj", "ccomp", "xcomp") for c in tok.children)
        and all(c.i == tok.i - 1 for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))) or _weapon_compound(tok))


def _weapon_compound(tok: Token) -> bool:
    """The "subject" of ``tok`` is the bare weapon word right before it and its doer follows in a
    by-phrase ("[Drone] strikes by the paramilitary RSF hit fuel depots, the army said": the
    parser made "Drone" strike, and the rest a clause of it): a noun compound, whatever the parser
    hung it on."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 1 and subjects[0].i == tok.i - 1 and subjects[0].tag_ == "NN" \
        and subjects[0].lower_ in _WEAPONS and not any(c.dep_ == "det" for c in subjects[0].children) \
        and any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)


def name_in_a_time(tok: Token) -> bool:
    """A proper name the entity tagger swept into a time or date ("an attack on Kyiv overnight":
    "Kyiv overnight" tagged TIME), not a month or a day of the week."""
    return tok.pos_ == "PROPN" and tok.lower_ not in MONTHS and tok.lower_ not in WEEKDAY_TOKENS


def parallel_object(pronoun: Token) -> Token | None:
    """What an object "it" stands for when its verb repeats a verb just told with a noun object
    ("Kenya condemned the attack. Uganda also condemned it": the attack), the latest such object
    earlier in the sentence or in the sentence before; None otherwise. The repeated verb is the
    text's link: a pronoun object of the same verb is the same object, not the subject before."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj":
        return None
    verb, doc = pronoun.head, pronoun.doc
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    for tok in reversed(doc[first:verb.i]):
        if tok.lemma_ == verb.lemma_ and tok.pos_ == "VERB":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


_LINKED_VERBS = frozenset({"conj", "advcl", "xcomp"})
_NUMBER = {"it": frozenset({"NN", "NNP"}), "them": frozenset({"NNS", "NNPS"})}


def coordinated_object(pronoun: Token) -> Token | None:
    """What an object "it" or "them" stands for when its verb continues, with the same doer, a verb
    told just before with a noun object of its number ("stormed the embassy and set it on fire",
    "seized two tankers and towed them to port", "surrounded the village before shelling it"), also
    through a complement of the verb coordinated ("condemned the attack and vowed to avenge it"): that
    object, which may be a thing no party is, not a party named inside or beside it; None otherwise."""
    tags = _NUMBER.get(pronoun.lower_)
    verb = pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head if pronoun.dep_ == "pobj" else None
    if tags is None or verb is None or verb.pos_ != "VERB" or verb.dep_ not in _LINKED_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    if verb.dep_ == "xcomp" and first.dep_ in ("conj", "advcl") and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in first.children):
        first = first.head  # "condemned the incursion and vowed to confront it": the vow's own verb before
    if first.pos_ != "VERB" or first.i > verb.i:
        return None
    objects = [c for c in first.children if c.dep_ == "dobj"]
    if not objects:  # ("fired on the tanker and rammed it")
        objects = [g for c in first.children if c.dep_ == "prep" and c.i < verb.i
                   for g in c.children if g.dep_ == "pobj"][:1]
    obj = objects[0] if objects else None
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.tag_ in tags else None


def set_off_participle(verb: Token) -> Token | None:
    """The main verb behind a participle set off by commas right after its noun, which the parser
    took for the main verb ("Supporters, mobilised on social media, said they would march": it made
    "mobilised" the subject's verb and "said" its governor or a conjunct): a past verb, no auxiliary
    or object of its own, whose subject's phrase ends just before the opening comma, followed after
    a closing comma by a verb it governs or that governs it, with no subject of its own. The
    participle describes the subject; the verb after it is what the subject did. None otherwise."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "dobj", "neg", "mark") for c in verb.children):
        return None
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or doc[verb.i - 1].text != "," \
            or subject.right_edge.i - (doc[subject.right_edge.i].text == ",") != verb.i - 2:
        return None
    main: Token | None = verb.head if verb.dep_ in ("ccomp", "advcl") and verb.head.i > verb.i \
        else next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if main is None or main.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in main.children) \
            or any(c.dep_ == "cc" and verb.i < c.i < main.i for c in verb.children):
        return None
    closing = next((t for t in doc[verb.i + 1:main.i] if t.text == ","), None)
    if closing is None or any(t.pos_ in ("VERB", "AUX") for t in doc[closing.i + 1:main.i]):
        return None
    return main


_COPULAS = frozenset({"be", "include"})


def participle_before_copula(verb: Token) -> Token | None:
    """The noun a bare past participle describes, where the parser made it the participle's subject and
    the verb after it a clause of its own ("said the people killed were fishermen", "the men arrested
    are smugglers", "those wounded included children"): a participle with no auxiliary, object or agent,
    its subject just before it, and right after its own phrase a form of "be" or "include" with no
    subject. The noun is the one the deed was done to, never its doer. None otherwise."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj", "agent", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1), None)
    after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    if subject is None or after is None or after.lemma_.lower() not in _COPULAS or after.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
        return None
    return subject


def participle_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` that the parser gave a participle set off before it
    (:func:`set_off_participle`: "Supporters, mobilised on social media, said ..." → Supporters),
    or None."""
    for c in [*(c for c in verb.children if c.i < verb.i), *([verb.head] if verb.dep_ == "conj" else [])]:
        main = set_off_participle(c)
        if main is not None and main.i == verb.i:
            return next(s for s in c.children if s.dep_ == "nsubj")
    return None


_ALLEGIANCE = word_class("allegiance")


def allegiance_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` that the parser hid behind an adjective of allegiance it read as a
    clause of its own (word class ``allegiance``: "The violence began when gunmen loyal to the ousted
    president ambushed a patrol" parsed as "gunmen [were] loyal to ...", the verb left with no subject
    or with the adjective for one): the noun the adjective follows, or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        adj = subject if subject.pos_ == "ADJ" else None
    elif verb.i > 0 and not any(c.dep_ in ("nsubjpass", "csubj", "expl") for c in verb.children):
        adj = next((a for a in verb.doc[verb.sent.start:verb.i]
                    if a.pos_ == "ADJ" and a.right_edge.i == verb.i - 1 and a.dep_ in ("advcl", "ccomp", "conj", "dep")), None)
    else:
        adj = None
    if adj is None or adj.lemma_.lower() not in _ALLEGIANCE:
        return None
    noun = next((c for c in adj.children if c.dep_ == "nsubj" and c.i < adj.i), None)
    if noun is None and adj.i > 0 and verb.doc[adj.i - 1].pos_ in ("NOUN", "PROPN"):
        noun = verb.doc[adj.i - 1]
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


_CHARGE_NOUNS = word_class("charge_noun")
_REBUTTING = word_class("rebutting")
_SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PART", "NUM"})
_CLAUSE_BREAKS = frozenset({",", ";", "-", "\u2013", "\u2014"})


def summing_charge(verb: Token) -> tuple[Token, Token] | None:
    """", a charge Kigali denies", ", an allegation Abu Dhabi has repeatedly denied", ", a claim the
    army rejected": a verb that answers a charge (word class ``rebutting``), at the end of an object
    relative clause with no pronoun on a noun of charging (``charge_noun``) set off by a comma, read
    from the words, for the small model hangs them every which way (the charge a compound of the
    subject, the subject an apposition of the clause before, the clause before a complement of the
    denial). Returns the charge noun and the head of the relative clause's subject (its last word),
    else None."""
    if not (verb.pos_ == "VERB" or verb.tag_ == "NNS" and verb.dep_ == "relcl") or verb.tag_ == "VBG" \
            or verb.lemma_.lower() not in _REBUTTING or any(c.dep_ in ("dobj", "obj") and c.i > verb.i
                                                            for c in verb.children):
        return None  # (the tagger may take "rejects" for a plural noun; an object after it is no gap)
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i > start and doc[i].pos_ in ("AUX", "PART", "ADV") and doc[i].tag_ != "POS":
        i -= 1  # ("has repeatedly denied", "did not deny")
    head = doc[i]
    if head.pos_ not in ("PROPN", "NOUN") and not (head.tag_ == "PRP" and head.lower_ in ("it", "they")):
        return None
    j = i - 1
    while j > start and i - j < 6 and doc[j].pos_ in _SUBJECT_WORDS and doc[j].lemma_.lower() not in _CHARGE_NOUNS:
        j -= 1
    charge = doc[j]
    if j >= i or charge.pos_ != "NOUN" or charge.lemma_.lower() not in _CHARGE_NOUNS:
        return None
    k = j - 1
    while k > start and doc[k].pos_ in ("ADJ", "DET"):
        k -= 1  # ("a baseless charge")
    return (charge, head) if doc[k].text in _CLAUSE_BREAKS else None


_NAMED_FACILITIES = word_class("named_facility")


def names_a_facility(t: Token, head: Token) -> bool:
    """"the Saudi Maternity Hospital", "the Indonesian Hospital", "the American University": a
    nationality word that opens the proper name of a facility (word class ``named_facility``, its
    head capitalised and every word between) names the place, for whom it was built or named, not
    its owner nor those in it ("the Chinese embassy", "a Turkish hospital ship" stay theirs)."""
    if head.lemma_.lower() not in _NAMED_FACILITIES or not head.text[:1].isupper() or head.is_sent_start:
        return False
    return t.i < head.i and all(w.text[:1].isupper() for w in head.doc[t.i:head.i + 1])


def opens_a_facility_name(t: Token) -> bool:
    """``t`` is a nationality word inside the name of a facility it opens (:func:`names_a_facility`),
    found up its chain of modifiers ("Saudi" in "the Saudi Maternity Hospital")."""
    h = t
    for _ in range(3):
        if h.dep_ not in ("amod", "compound") or h.head is h:
            return False
        h = h.head
        if names_a_facility(t, h):
            return True
    return False


def coordinated_prepositions(obj: Token) -> list[Token]:
    """The objects of prepositions coordinated with the one ``obj`` is the object of, the same word
    ("expressed condolences to the families *and to the Governments of X and Y*", "sent aid to
    Sudan and to Chad"): more of the same action's targets, which the parser hangs on the first."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.i == obj.i:
        return []
    return [g for p in prep.conjuncts if p.lower_ == prep.lower_ and p.i > prep.i
            for g in p.children if g.dep_ == "pobj"]


_SAYING = word_class("speech")
# acts of speech of the teller's own after "X said," ("the opposition said, accusing the police of
# killing them", "officials said, urging calm", "the UN said, condemning the raid")
_SPEECH_ACTS = _SAYING | word_class("labelling", "charge_speech", "appeal_speech", "judging")


def saying_before(verb: Token) -> Token | None:
    """The verb of saying, set in the middle, whose teller a participle of speech after it belongs to
    where the parser hung the participle on the reported clause ("Fighting flared near the border,
    Ethiopia's foreign ministry said, urging Eritrea to withdraw": "urging" under "flared", "said" a
    parenthetical between them): "said", whose subject urges; None elsewhere."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i > verb.i or verb.lemma_.lower() not in _SPEECH_ACTS:
        return None
    return next((c for c in head.children if c.dep_ == "parataxis" and head.i < c.i < verb.i
                 and c.lemma_.lower() in _SAYING and any(s.dep_ == "nsubj" for s in c.children)), None)


def told_before(verb: Token) -> Token | None:
    """The reported clause before the verb of saying that a participle after it hangs on ("Missiles
    hit a market, the governor said, killing five people": "hit"), when the participle is no act of
    speech of its own ("officials said, adding that ...", "the opposition said, accusing the police of
    killing them" are theirs) and the teller comes between: the
    clause whose deed the participle tells the outcome of (its doer's, ``events/subjects``; its
    scene's, ``places/locate``)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i > verb.i or head.lemma_.lower() not in _SAYING \
            or verb.lemma_.lower() in _SPEECH_ACTS:
        return None
    told = next((c for c in head.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i), None)
    teller = next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)
    if told is None or teller is None or not told.i < teller.i < head.i:
        return None
    return told


def may_happen(clause: Token) -> bool:
    """``clause`` completes a noun with what may come to pass: a clause of its own subject and a modal
    ("escalating fears *that the war could spread*", "warnings that Egypt might intervene"). A report
    of a deed done ("reports that Rwandan troops had crossed") is no such clause."""
    return clause.dep_ == "acl" and clause.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ in _MAY_HAPPEN for c in clause.children)


def in_what_may_happen(tok: Token) -> bool:
    """``tok`` lies inside a clause that completes a noun with what may come to pass (:func:`may_happen`):
    a party named there ("fuelling fears that Russia could expand its role") is neither where the
    story is nor a party to its deeds."""
    for t in tok.ancestors:
        if may_happen(t):
            return True
    return may_happen(tok)


def glued_subject(verb: Token) -> Token | None:
    """The subject of a coordinated finite verb that the parser joined to the first clause's object
    ("Protests spread around Venezuela and *police* fired tear gas": "police" a conjunct of
    "Venezuela"): the noun right before the verb, a conjunct of an object, when the verb has none."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "conj" and prev.pos_ in ("NOUN", "PROPN") and prev.head.dep_ in ("pobj", "dobj") \
            and prev.head.i < prev.i and any(c.dep_ == "cc" for c in prev.head.children):
        return prev
    return None


def opens_next_clause(noun: Token) -> bool:
    """``noun``, which the parser made a conjunct of an object, is the subject of the coordinated
    verb right after it ("Pakistan condemned the attacks and *President Zardari* offered his
    condolences"): the next clause's doer, no party of the object (``glued_subject``)."""
    doc = noun.doc
    glued = glued_subject(doc[noun.i + 1]) if noun.i + 1 < len(doc) else None
    return glued is not None and glued.i == noun.i


def speaker_told_as_apposition(tok: Token) -> bool:
    """``tok``, an apposition set off by a comma, is the subject of the verb of saying right after it
    that the parser left with none ("Clashes killed more than 100 people, *the Syrian Observatory*
    said"): the one who tells, no description of the noun it was hung on."""
    doc = tok.doc
    end = tok.right_edge.i + 1
    if tok.dep_ != "appos" or end >= len(doc) or tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
        return False
    verb = doc[end]
    return verb.lemma_.lower() in _SAYING and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def names_weapon(noun: Token) -> bool:
    """``noun`` is a weapon's word, as written or by its lemma ("a missile", "drones", "shells":
    word class ``weapon``)."""
    return noun.lemma_.lower() in _WEAPONS or noun.lower_ in _WEAPONS
