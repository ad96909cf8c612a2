"""Where a pronoun or a phrase sits in its clause, for the linker (``link.py``): the teller of the
clause it is the subject of ("X said it would ..."), the one told ("told police they had ..."), the
subject of the clause it is the object of ("police fired tear gas at them"), and a person who speaks
for a body ("a government spokesman")."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Token

from ..nlp.syntax import participle_subject
from ..nlp.tree import reported_clause
from ..nlp.words import word_class
from .draft import Draft

__all__ = ["teller_of", "addressee", "clause_subject", "own_holder", "harmed_apart", "harmed_beside", "voice_of_body", "described_by_relative", "heading_issuers", "text_author",
           "in_setting_clause"]

_SUBJECTS = ("nsubj", "nsubjpass")
_SPEECH = word_class("speech")
_BODY_VOICES = word_class("body_voice")
_WHILE_SPEAKING = frozenset({"as", "while", "when"})
_DOCUMENTS = word_class("document")
# a text spoken and written down: a heading naming one and its speaker ("Transcript of the press
# briefing by the army's spokesman") or a sentence that gives it ("X gave the following briefing")
# makes the speaker the voice of the text's "we" and "our"
_SPOKEN = word_class("spoken_text")
_FOLLOWING = frozenset({"following"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRESENT = frozenset({"VBZ", "VBP"})
# what a body does when it speaks for itself ("condemns", "urges", "says", "vows")
_VOICING = word_class("speech", "judging", "appeal_speech", "commitment")
_ISSUED_BY = frozenset({"by", "of", "from"})
# the label of a questioner's turn in a transcript ("QUESTION: Tehran says ...")
_QUESTIONERS = word_class("questioner_label")
# conjunctions that set an earlier deed as the time of the clause they hang on ("after X passed the bill")
_SETTING = word_class("setting_preposition")
# quantities that take a part of a whole named in their of-phrase ("some of them", "dozens of them")
_PARTITIVE_QUANTITIES = word_class("partitive_quantity")
_POSSESSIVES = frozenset({"its", "their"})
# verbs whose object's possessive pronoun is their subject's own ("closed its embassy")
_OWN_POSSESSION = word_class("own_possession")
# deeds of harm and attack ("killed *its* commanders", "shelled *their* positions"): their subject
# harms another's people, not its own (:func:`harmed_apart`)
_HARMING = word_class("harmed_by_a_cause", "attack_on_a_thing")
# nouns that name a relation to their possessor, not its members ("its critics", "their hostages")
_RELATIONS = word_class("relation_to_possessor")
# verbs whose "to" clause says what their subject uses a thing for ("used water cannon to disperse
# them"): the subject does the clause's deed, not the verb's object
_INSTRUMENT = word_class("instrument_verb")


def teller_of(pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose reported clause ``pronoun`` is the subject of, or the
    possessor of that subject ("X said it would ...", "X said it was aware of the reports and called
    on ...", "the Houthis said that their forces attacked ..."), or None."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    clause = reported_clause(subject.head)
    if subject.dep_ not in _SUBJECTS or not (clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _WHILE_SPEAKING for c in clause.children))):
        return None  # ("X said as she marched": the speaker too)
    verb = clause.head
    if verb.lemma_.lower() not in _SPEECH:
        return None
    set_off = participle_subject(verb)  # ("Supporters, mobilised on social media, said they ...")
    if set_off is not None:
        return set_off
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # ("X blamed Y and said its fighters ...": the subject the verbs share)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def addressee(pronoun: Token) -> int | None:
    """The one told (token index) when ``pronoun`` is the subject of the clause a verb of saying
    reports to someone: "the driver told police they had demanded a ransom" (they are not the
    police), "she assured the envoys they would be safe"; else None."""
    clause = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH:
        return None
    return next((c.i for c in clause.head.children if c.dep_ in ("dobj", "dative", "iobj")), None)


def clause_subject(pronoun: Token) -> int | None:
    """The subject (token index) of the clause whose object, or object of a preposition, the
    pronoun is: also the object of a partitive ("arrested some of them", "killed nine of them"), and
    of a verb coordinated after the one with the subject ("fired tear gas and arrested some of them"),
    and of a verb its subject controls ("would keep attacking them"). A relative clause's subject is
    the noun the clause describes ("protesters who threw stones at them")."""
    verb = _verb_of_object(pronoun)
    while verb is not None:
        subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (through a verb of subject control too: "the army would keep attacking government forces";
        # not one of object control, "urged the army to attack them", whose object does it)
        # nor a clause of purpose: "fired tear gas to disperse them", "used water cannon to disperse them"
        controlled = (verb.dep_ == "xcomp" and (verb.head.lemma_.lower() in _INSTRUMENT
                                                or not any(c.dep_ == "dobj" for c in verb.head.children))) \
            or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
        if subject is not None and verb.dep_ == "relcl" and verb.doc[subject].tag_ in ("WP", "WDT"):
            return verb.head.i  # ("protesters who threw stones at them": the protesters, whom "who" stands for)
        if subject is not None or verb.dep_ != "conj" and not controlled or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _verb_of_object(tok: Token) -> Token | None:
    """The verb whose object, or object of a preposition, ``tok`` is (also the whole a partitive
    object is part of: "arrested some of them"), or None."""
    t = tok
    if t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
        if t.lower_ == "of" and t.head.i != t.i and (t.head.tag_ == "CD" or t.head.lower_ in _PARTITIVE_QUANTITIES):
            t = t.head  # the quantity is the clause's object, "them" the whole it is part of
    if t.dep_ not in ("dobj", "dative", "prep", "iobj") or t.head.pos_ not in ("VERB", "AUX"):
        return None
    return t.head


def own_holder(pronoun: Token) -> int | None:
    """The subject (token index) that a possessive pronoun in the direct object of a verb of
    keeping one's own (word class ``own_possession``: "France said it would close *its* embassy in
    Niamey", "Brazil withdrew *its* ambassador from Tel Aviv", "Canada withdrew 41 of *its*
    diplomats", "Australia voiced *its* concern") stands for: the verb's own subject, not the
    country named nearest before; None elsewhere (one summons or expels another's envoy)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _POSSESSIVES:
        return None
    verb = _verb_of_object(pronoun.head)
    if verb is None or verb.lemma_.lower() not in _OWN_POSSESSION:
        return None
    return clause_subject(pronoun.head)


def harmed_apart(pronoun: Token) -> int | None:
    """The subject (token index) that a possessive pronoun in the object of a deed of harm or attack
    does not stand for: "Israel struck Iran's nuclear sites and killed *its* top commanders" (Iran's),
    "the army shelled *their* positions" (not the army's): a party harms another's people and places,
    not its own; None where "own" says otherwise ("shelled its own positions"), for nouns of a
    relation to the possessor ("killed its critics", "executed their hostages"), and elsewhere."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in _POSSESSIVES:
        return None
    owned = pronoun.head
    if owned.lemma_.lower() in _RELATIONS or any(c.lower_ == "own" for c in owned.children):
        return None
    verb = _verb_of_object(owned)
    if verb is None or verb.lemma_.lower() not in _HARMING:
        return None
    return clause_subject(owned)


def harmed_beside(pronoun: Token) -> list[int]:
    """The objects (and their owners' words) of the deeds of harm coordinated with the one whose
    object holds ``pronoun`` (token indices, nearest first): "struck *Iran's* nuclear sites and killed
    its commanders", whose "its" is the owner of what the first deed struck. Asked only where
    :func:`harmed_apart` found a harm apart."""
    verb = _verb_of_object(pronoun.head)
    if verb is None:
        return []
    first = verb.head if verb.dep_ == "conj" else verb
    deeds = [d for d in (first, *first.conjuncts) if d.i != verb.i and d.i < verb.i and d.lemma_.lower() in _HARMING]
    out: list[int] = []
    for deed in reversed(deeds):
        for obj in deed.children:
            if obj.dep_ == "dobj":
                out += [t.i for t in obj.children if t.dep_ in ("poss", "compound", "amod")] + [obj.i]
    return out


def voice_of_body(tok: Token) -> bool:
    """"a government spokesman", "an army official": the article makes the person new, not the body
    they speak for, which is the one of that sector told before."""
    return tok.lemma_.lower() in _BODY_VOICES and any(
        c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.i < tok.i for c in tok.children)


def described_by_relative(tok: Token) -> set[int]:
    """The noun (and its conjuncts) that the relative clause whose subject ``tok`` is describes: never
    who "they" are ("civilians they accused of collaborating": others accused the civilians)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.head.i == verb.i:
        return set()
    noun = verb.head
    return {noun.i, *(c.i for c in noun.conjuncts)}


def heading_issuers(doc: Doc) -> list[Token]:
    """The words that name who issues a text whose first line is a heading naming a document and its
    issuer ("Statement by the Ministry of Foreign Affairs of Lithuania", "Press release of the
    Ministry ...", "Lithuanian MFA statement on ..."): a line with no finite verb headed by a
    document noun; the issuer is a modifier of that noun or the object of its by/of/from, never what
    the document is about ("on the attack by Russia"). In text order; [] for any other first line."""
    first = next(iter(doc.sents), None)
    if first is None or any(t.tag_ in _FINITE for t in first) or first.root.lemma_.lower() not in _DOCUMENTS | _SPOKEN:
        return []
    out: list[Token] = []
    for tok in first:
        t = tok
        while t.i != first.root.i:
            if t.dep_ == "prep" and t.lower_ not in _ISSUED_BY:
                break
            if t.dep_ not in ("compound", "amod", "poss", "nmod", "pobj", "prep", "flat", "appos"):
                break
            t = t.head
        else:
            out.append(tok)  # (the document noun itself: "Foreign Ministry statement" is coded as its owner)
    return out


def in_setting_clause(tok: Token, pronoun: Token) -> bool:
    """``tok`` is told in a clause that sets an earlier deed as the time of another ("protesters
    stormed parliament after *lawmakers* passed the bill, and police shot dozens of them dead"), a
    clause that does not hold ``pronoun``: the sentence is about its main clause's people, whom the
    pronoun names before the setting clause's."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SETTING for c in node.children):
            return not node.left_edge.i <= pronoun.i <= node.right_edge.i
    return False


def _questioners_turn(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` stands in a transcript's turn of a questioner: its line opens with a label of
    one and a colon ("QUESTION: Tehran says it will respond"), so its present tense is no voice of
    the text's author (the briefer who answers)."""
    line = doc.text.rfind("\n", 0, doc[tok.i].idx) + 1
    label, colon, _ = doc.text[line:line + 40].partition(":")
    return bool(colon) and label.strip().lower() in _QUESTIONERS


def text_author(doc: Doc, resolved: Mapping[int, list[Draft]], before: int,
                armed: Callable[[Draft], bool] = lambda a: False) -> Draft | None:
    """The body a text written in its own voice speaks for, as told before token ``before``: the
    first organisation or state body (no person) that is the subject of its sentence's main verb in
    the present tense ("The Ministry ... strongly condemns the launch"), else the issuer a heading
    names ("Statement by the Ministry of Foreign Affairs of X": :func:`heading_issuers`), or None.
    An ``armed`` party told in the present doing anything but speak ("The Arakan Army controls the
    area") is one the text tells of, not its author. ``resolved`` maps head tokens to the linked
    drafts of their phrase."""
    for head in sorted(h for h in resolved if h < before):
        tok = doc[head]
        if tok.dep_ == "nsubj" and _gives_the_text(tok.head):
            giver = next((a for a in resolved[head] if a.known and a.needs is None and (a.org or a.sector)), None)
            if giver is not None:
                return giver
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.head.tag_ not in _PRESENT \
                or _questioners_turn(doc, tok):
            continue
        for a in resolved[head]:
            if a.known and a.needs is None and not a.person and (a.org or a.sector) \
                    and (tok.head.lemma_.lower() in _VOICING or not armed(a)):
                return a
    # a heading that names the document and its issuer ("Statement by the Ministry of ...")
    # (a transcript's speaker too: "Transcript of the press briefing by the army's spokesman")
    spoken = (first := next(iter(doc.sents), None)) is not None and first.root.lemma_.lower() in _SPOKEN
    for tok in heading_issuers(doc):
        for a in resolved.get(tok.i, []):
            if a.known and a.needs is None and (not a.person or spoken) and (a.org or a.sector):
                return a
    return None


def _gives_the_text(verb: Token) -> bool:
    """The main verb gives "the following" spoken text or statement ("Spokesman X gave the following
    briefing", "the ministry issued the following statement"): what comes after is in its subject's
    voice."""
    return verb.dep_ == "ROOT" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SPOKEN | _DOCUMENTS
        and any(m.lower_ in _FOLLOWING for m in c.children if m.dep_ == "amod") for c in verb.children)
