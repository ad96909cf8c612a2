"""Whether the text asserts an action happened: complements of wishes, appeals and denials; what a
breach noun says was broken; event nouns that name an event reported elsewhere; participles that
describe a participant rather than tell an event."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.quotes import quote_at
from ..nlp.syntax import summing_charge
from ..nlp.tree import reported_clause, second_report
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .arguments import responsibility_verb, support_verb
from .finite_conjuncts import finite_under_infinitive
from .grammar import (
    CHARGING,
    DOCUMENTS,
    LABELLING,
    WHAT_WORDS,
    counted,
    mandative,
    paragraph_verb_stem,
    participle_on_object,
    prep_object,
)
from .implied import RIGHTS_BREACHES
from .joined import charge_joined_to_report
from .judged import judgement_of, said_of_a_thing
from .lexicon import ActionEntry, ActionLexicon
from .modality import is_negated
from .roots import MATERIAL_CONFLICT, VIOLENCE, in_set
from .told_by_others import is_medium

__all__ = ["NONFACTIVE", "NORMATIVE", "directs", "ARGUMENT_DEPS", "breached", "under_unasserting", "under_trigger",
           "speech_frame", "no_sign_of", "announced_plan", "orders_own_force",
           "attempted_protest", "during_unsided", "plan_named", "said_by_law",
           "task_of_the_sent", "aim_of_undertaking", "stance_without_party",
           "quoted_imperative",
           "charged_deed", "free_relative_label", "kept_from", "kind_of_deed"]

# nor are complements of verbs of wanting, trying and proposing ("wants X to attack")
NONFACTIVE = word_class("nonfactive")
CONDEMNING = word_class("condemning")  # "condemned X for shelling Y": the shelling taken as done
# an agreement or action named as what was broken is not declared or done here ("violations of the
# ceasefire by X", "the collapse of the truce", "ceasefire breaches")
BREACH_NOUNS = word_class("breach")
# "it is important/necessary that X ...": the copula heads a wished-for complement
NORMATIVE = word_class("normative")
ASKING = word_class("asking")
QUESTION_WORDS = word_class("question_word")
DIRECTIVE = word_class("directive")
PHONING = word_class("phoning")


def breached(tok: Token) -> bool:
    """``tok`` names what a breach noun says was broken ("violations of the ceasefire", "truce breaches")."""
    h = tok.head
    if tok.dep_ == "compound":
        return h.lemma_.lower() in BREACH_NOUNS
    return tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in BREACH_NOUNS


def under_unasserting(tok: Token, unasserting: set[int]) -> bool:
    """``tok`` sits in a complement of a trigger that does not assert it: "called on X to end the
    blockade", "threatened to impose sanctions", "demanded that the barricades be removed"."""
    if responsibility_verb(tok) is not None:
        return False  # claiming responsibility asserts the deed
    if summing_charge(tok) is not None:
        return False  # ("X accused Y of ..., a charge Z denied": the denial the parser hung on the accusation)
    # ("denied that the drone was Russian and accused X": coordinated with the denial, not denied)
    t = tok.head.head if charge_joined_to_report(tok) else tok
    if second_report(t):
        # ("said it had no plans to strike Poland and that its drones attacked ...": a report of its
        # own, coordinated with the first, not a plan)
        t = reported_clause(t)
    for _ in range(5):
        if t.head is t:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if finite_under_infinitive(t):
            return False  # "agreed to resolve the conflict and signed a declaration": signed, not agreed to
        # (an infinitive the parser may call a relative clause: "a mission to destroy the unity")
        if t.dep_ in ("xcomp", "ccomp", "acomp") or (t.dep_ in ("advcl", "acl", "relcl") and infinitive) \
                or t.dep_ in ("conj", "dobj", "pobj", "prep", "pcomp", "nsubjpass"):
            pass
        else:
            return False
        edge = t.dep_
        clause, t = t, t.head
        if edge == "ccomp" and _summed_up(t, tok):
            return False  # "Congo accused Rwanda of ..., a charge Kigali denied": the accusation is told
        if edge == "ccomp" and own_claim(t, clause):
            return False  # "the militia claimed it had fired the rockets": the doer's own claim of its deed
        if t.i in unasserting and (edge != "conj" or clause.pos_ == "ADP") and not _closed_by_semicolon(clause, t):
            # ("did not appear, but accused": coordinated, not governed, though a preposition the parser
            # joined to the verb, "accusing X of A and of B", is its complement; "X said ...; the
            # government rejected that figure": a clause a semicolon closes is no complement of the verb)
            return True
        if edge == "advcl" and infinitive and any(g.i in unasserting for c in t.children
                                                  if c.dep_ == "prep" and c.lower_ == "as" for g in c.children):
            return True  # "who have as (their) mission to burn the granaries": a mission, not the deed
    return False


# words under which an action is an announced plan, coded by the action's intent code (not "expect":
# others' forecast; not "pledge" or "promise": the lexicon codes the promise itself, once)
PLANNING = word_class("intention", "commitment") - {"pledge", "promise"}
COMMANDING = word_class("commanding")
OWN_POSSESSIVE = word_class("possessive_pronoun")
OWN_FORCES = word_class("own_force_noun")


def directs(t: Token) -> bool:
    """``t`` asks or orders another to do the deed of its infinitive (word class ``directive``), which
    is therefore not done: "ordered the police to release the leader", "the court ordered the
    government to pay compensation", "troops were ordered to withdraw", also when the tagger takes the
    word of a communique's paragraph for a noun ("5. Calls on Uganda to withdraw its troops"). A verb
    that also names a phone call (``phoning``) directs only with "on"/"upon" ("called Putin to
    congratulate him" is a call that happened)."""
    lemma = t.lemma_.lower()
    stem = paragraph_verb_stem(t, lemma)
    lemma = stem if stem in DIRECTIVE else lemma  # ("Urges" tagged as a plural noun, or a bare verb of lemma "urges")
    if lemma not in DIRECTIVE or not any(
            c.dep_ == "xcomp" or (c.dep_ in ("advcl", "acl") and _infinitive(c)) or mandative(c)
            for c in t.children):
        return False
    return lemma not in PHONING or t.pos_ == "NOUN" or prep_object(t, "on")[0] is not None \
        or prep_object(t, "upon")[0] is not None


def announced_plan(clause: Token, code: str) -> bool:
    """The infinitive ``clause`` of a deed of ``code`` is announced by the verb it complements: a
    word of planning or commitment ("plans to attack", "threatened to strike"), or an order to the
    orderer's own forces to use force (:func:`orders_own_force`)."""
    return clause.head.lemma_.lower() in PLANNING or orders_own_force(clause, code)


def orders_own_force(clause: Token, code: str) -> bool:
    """``clause`` is the infinitive of a deed of force that a word of commanding (word class
    ``commanding``) orders the orderer's own forces to do ("Haftar ordered his forces to march on
    Tripoli", "the rebel leader ordered his fighters to attack the town"; the object's possessive
    pronoun, word class ``possessive_pronoun``, makes them its own, and so does the definite article
    alone on an army of no owner named, for a deed of force: "ordered the army to march on the
    capital"): an attack it announces, coded by the deed's intent code (138), where an order to
    another ("ordered the police to release him") is only asked for."""
    verb = clause.head
    if clause.dep_ != "xcomp" or code[:2] not in MATERIAL_CONFLICT or verb.lemma_.lower() not in COMMANDING:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVE for c in obj.children):
        return True
    # "ordered the army to march on the capital": a force of no owner named (word class
    # ``own_force_noun``, the definite article alone before it) is the orderer's own
    return obj.lemma_.lower() in OWN_FORCES and in_set(code, "force_ordered") \
        and [c.lower_ for c in obj.children if c.i < obj.i] == ["the"]


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(c.dep_ == "mark" for c in verb.children)


def _closed_by_semicolon(clause: Token, verb: Token) -> bool:
    """``clause`` stands before ``verb`` and a semicolon between them ends it: an independent clause
    the parser hung on the verb after it ("the party said 40 people were killed; the government
    rejected the figure")."""
    return clause.i < verb.i and any(t.lower_ == ";" for t in clause.doc[clause.right_edge.i + 1:verb.i])


ANIMALS = word_class("animal")


def violence_on_animals(tok: Token, code: str) -> bool:
    """Violence whose victims are animals ("slaughtered a good number of animals", "cattle were
    killed"): no attack on people, nor on the country where it happened."""
    if code[:2] not in ("18", "19", "20"):
        return False
    victim = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return victim is not None and counted(victim).lemma_.lower() in ANIMALS  # ("dozens of cattle")


CLAIM_NOUNS = word_class("claim_noun")


def claim_content(tok: Token) -> bool:
    """``tok`` is told only as what someone's words say: in a that-clause complementing a noun of
    claiming ("Kurti's statement that Serbia backed the attackers", "the allegation that Rwanda arms
    the rebels", "reports that troops had crossed"; the parser may call it a relative clause, but
    "that" is then its mark, not its subject or object), or said of a thing judged ("criticised the
    decree, saying it violated basic freedoms": :func:`~flashpoint.events.judged.said_of_a_thing`).
    The words may be news; what they say is not."""
    if said_of_a_thing(tok):
        return True
    t = tok
    while t.dep_ in ("conj", "xcomp") and t.head is not t:
        t = t.head
    noun = t.head
    return t.dep_ in ("acl", "ccomp", "relcl") and noun is not t and noun.pos_ == "NOUN" \
        and noun.lemma_.lower() in CLAIM_NOUNS and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


CHARGE_NOUNS = word_class("charge_noun")
# verbs by which a party claims a deed: of its own deed ("claimed it had shot down two drones") the
# claim is the doer's telling of it, as "said"; of another's it is an allegation (nonfactive)
SELF_CLAIMS = word_class("self_claim")
_SELF_PRONOUNS = frozenset({"it", "they", "we"})


def own_claim(verb: Token, clause: Token) -> bool:
    """``clause`` is the complement of a claim by its own doer: a verb of ``self_claim`` whose
    complement's active subject is "it", "they" or "we" (the claimant, "X claimed it had ..."), not a
    party named anew nor one the deed was done to ("claimed they had been attacked")."""
    if verb.lemma_.lower() not in SELF_CLAIMS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ in _SELF_PRONOUNS


def _summed_up(verb: Token, clause: Token) -> bool:
    """``verb``'s subject is a noun that sums up the clause before it (", a charge Kigali denied"):
    the parser made the told accusation a complement of the denial."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in CHARGE_NOUNS and subject.i > clause.i:
        return True
    summed = summing_charge(verb)  # (the charge a compound of the subject, or of no clause at all)
    return summed is not None and clause.i < summed[0].i


ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "nsubj", "nsubjpass", "appos"})


def under_trigger(tok: Token, triggers: set[int], steps: int = 3,
                   deps: frozenset[str] = ARGUMENT_DEPS) -> bool:
    """A nominal event that is an argument of another event ("protested the arrest", "condemned the
    arrest of X") refers to an event reported elsewhere: ``tok`` reaches a trigger in ``steps`` steps
    up the tree, through ``deps`` only."""
    t = tok
    for _ in range(steps):
        if t.dep_ not in deps or t.head is t:
            return False
        t = t.head
        if t.i in triggers:
            return True
    return False


def plan_named(planner: Token) -> bool:
    """The word of planning is a plan the sentence talks about, not a planner announcing it: a
    subject ("Kenya's plans to deploy police were suspended"), or a noun whose possessor the parser
    took for its subject ("Israel’s plans to release prisoners were put on hold")."""
    if planner.dep_ in ("nsubj", "nsubjpass"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "case" for g in c.children)
               for c in planner.children)


LAWS = word_class("law")


def said_by_law(tok: Token) -> bool:
    """The verb's subject is a standing text ("the constitution says the president should comply",
    "the treaty bans such tests"): a rule is cited, no one acts."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in LAWS for c in tok.children)


DISPATCH = word_class("dispatch")
HOSTING = word_class("hosting")
MEASURES = word_class("protest_measure")
UNDERTAKINGS = word_class("undertaking")  # "an operation to free the hostages": its aim


def task_of_the_sent(tok: Token, entry: ActionEntry) -> bool:
    """A purpose infinitive after the object of a verb of sending ("deployed the military to support
    the police", "sent troops to help the police restore order"): the task of the force sent, told as
    a purpose; the event is the deployment, by its sender. So too after the object of a verb of
    receiving guests ("welcomed the two ministers to Washington to sign an agreement", word class
    ``hosting``): what the guests came to do, no deed of the host's. And a protest or complaint told as
    the purpose of a diplomatic measure ("summoned the ambassador to protest the arrests", "recalled
    its envoy to protest against the vote": word class ``protest_measure``) is that measure, no
    demonstration nor second complaint of its own. The parser may hang the infinitive on the object
    ("summoned a Chinese diplomat to protest"); it is still the sender's purpose."""
    clause: Token | None = tok if entry.kind == "verb" else support_verb(tok)
    if clause is None or clause.head.i == clause.i:
        return False
    if clause.dep_ in ("relcl", "acl") and clause.head.dep_ == "dobj":
        # the parser hangs the infinitive on the object ("summoned a Chinese diplomat to protest")
        sender = clause.head.head
    elif clause.dep_ in ("advcl", "xcomp"):
        sender = clause.head
    else:
        return False
    heads = DISPATCH | HOSTING | (MEASURES if entry.code[:2] in ("11", "14") else frozenset())
    return (sender.lemma_.lower() in heads and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and any(c.dep_ in ("dobj", "nsubjpass") for c in sender.children))


def aim_of_undertaking(tok: Token, entry: ActionEntry) -> bool:
    """The aim of an undertaking, told as an infinitive ("began an operation to free the hostages",
    "a raid to rescue the students", "launched an offensive to retake the town"; word class
    ``undertaking``): what it is meant to achieve, not a deed done. The parser hangs the infinitive on
    the noun or on the verb whose object the noun is."""
    clause: Token | None = tok if entry.kind == "verb" else support_verb(tok)
    if clause is None or clause.head.i == clause.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    head = clause.head
    if clause.dep_ in ("acl", "relcl"):
        return head.lemma_.lower() in UNDERTAKINGS
    return clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" and c.lemma_.lower() in UNDERTAKINGS
                                          for c in head.children)


def asked_question(tok: Token, entry: ActionEntry) -> bool:
    """A question asked is no appeal: "gunmen asked villagers whether they were Christians", "asked
    the minister why troops had fired" (word classes ``asking``, ``question_word``). An infinitive or
    a "for" phrase makes it one ("asked residents to leave", "asked for help")."""
    if entry.kind != "verb" or entry.code[:2] != "02" or tok.lemma_.lower() not in ASKING:
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children):
        return False
    return any(c.dep_ == "ccomp" and any(g.lower_ in QUESTION_WORDS and g.i < c.i for g in c.children)
               for c in tok.children)


# the CAMEO code of a statement with no more specific category
STATEMENT = "010"
# what a document says, hung on the document ("a statement saying ...", "a communique condemning ...",
# "a statement that ...")
CONTENT_DEPS = frozenset({"acl", "ccomp", "relcl"})
SPEECH = word_class("speech")


def speech_frame(tok: Token, entry: ActionEntry) -> bool:
    """Issuing a statement that says what it says is a frame, not an event: the event is its content
    ("issued a statement condemning the strike": a condemnation; "issued a statement saying the army
    killed two fighters": reported speech of a killing), coded from the content's own words."""
    if entry.code != STATEMENT:
        return False
    if entry.kind == "verb" and tok.tag_ == "VBN" and tok.dep_ == "acl" and (
            tok.head.lemma_.lower() in DOCUMENTS or is_medium(tok.head)):
        return True  # "according to a statement issued by the ministry", "footage released by the army": cited
    documents = [tok] if entry.kind == "noun" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for d in documents:
        if d.lemma_.lower() not in DOCUMENTS:
            continue
        for c in d.children:
            if c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX") and not _relative_of(c):
                return True
    if entry.kind != "verb":
        return False
    # "issued a statement on Monday saying ...": the parser hangs the content on the verb
    return any(c.dep_ == "ccomp" or (c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and (
        c.lemma_.lower() in SPEECH or any(g.dep_ == "ccomp" for g in c.children))) for c in tok.children)


THWARTING = word_class("thwarting")
PROPOSALS = word_class("proposal")


def thwarted_content(tok: Token) -> bool:
    """The trigger tells what a text says that a verb of ``thwarting`` kept from adoption ("Russia
    vetoed a resolution that called for a ceasefire", "Hungary blocked an EU statement criticising
    China"): no one's deed, since the text was never adopted (not its author's, nor the thwarting
    party's). A text rejected may have been issued ("rejected a UN report that accused it"): not
    thwarted."""
    if tok.dep_ not in ("acl", "relcl") or tok.pos_ not in ("VERB", "AUX"):
        return False
    text = tok.head
    if text.lemma_.lower() not in DOCUMENTS | PROPOSALS or text.dep_ not in ("dobj", "nsubjpass"):
        return False
    return text.head.lemma_.lower() in THWARTING


PREVENTING = word_class("preventing")


def kept_from(tok: Token) -> bool:
    """The trigger is the gerund of what a verb of ``preventing`` kept someone from ("blocked
    investigators from detaining Yoon", "stopped the crowd from attacking the embassy"): a deed that
    did not happen, and never the preventer's."""
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.lower_ == "from" and prep.dep_ == "prep" \
        and prep.head.lemma_.lower() in PREVENTING


def _relative_of(clause: Token) -> bool:
    """A relative clause about the document itself ("a statement which was read on television")."""
    return clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WDT", "WP")
                                          for c in clause.children)


UNSIDED_NOUNS = word_class("unsided")


def during_unsided(tok: Token, lex: ActionLexicon) -> bool:
    """``tok`` (an agentless passive of harm) happened in a protest or a clash ("were injured in the
    protests", "died during clashes"; not "in the strike", also a deed of violence): no side told."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid", "at"):
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ == "pobj" and (lemma in UNSIDED_NOUNS or not any(e.code[:2] in VIOLENCE for e in lex.nouns.get(
                    lemma, [])) and any(in_set(e.code, "protest") for e in lex.nouns.get(lemma, []))):
                return True
    return False


# nouns of evidence: "no sign of X attacking", "little evidence of troops crossing" deny the event
EVIDENCE_NOUNS = word_class("evidence")
SCANT = word_class("scant")


def no_sign_of(tok: Token) -> bool:
    """``tok`` is what a denied piece of evidence would show ("with little sign of supporters taking
    to the streets", "there was no evidence of troops attacking the village"): no event."""
    t = tok
    for _ in range(4):
        if t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in EVIDENCE_NOUNS and any(
                c.dep_ in ("det", "amod") and c.lower_ in SCANT for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "pcomp"):
            return False  # the clause of another verb: its own assertion
    return False


# verbs of trying: what is tried is not done, except a protest, which the trying already is
TRYING = word_class("trying")


def attempted_protest(tok: Token, entry: ActionEntry) -> bool:
    """"Students attempted to march to the ceremony", "tried to block the soldiers' entry": trying to
    demonstrate is demonstrating, whether or not the march got through."""
    return (in_set(entry.code, "protest") and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in TRYING and not is_negated(tok.head))


# where the target of a state of mind may come from: about whom it is
_ABOUT_A_PARTY = frozenset({ev.STATED, ev.OBJECT_PHRASE, ev.PENDING, ev.REPORTED_AGENT})


def stance_without_party(tok: Token, code: str, source: Actor, target: Actor | None, target_via: str) -> bool:
    """A predicative adjective of a state of mind ("the ministry was concerned", "rights groups were
    confident that the president would free the prisoners") that is about no party the sentence
    names: a state, not a comment on anyone (roots.yml ``stance``). "Concerned about Russia's troop
    build-up" is one (its target is in its object phrase); "concerned by the situation in Kidal",
    said of Mali's own government, is about a place at home, no party; so is the state told as a
    passive ("Mali's government was concerned about the situation in Kidal")."""
    if (tok.pos_ != "ADJ" and not any(c.dep_ == "auxpass" for c in tok.children)) or not in_set(code, "stance"):
        return False
    if target_via == ev.PENDING:
        return False  # "concerned by the arrests": about the arresters, if the story tells them (moved.py)
    if target_via not in _ABOUT_A_PARTY or target is None:
        return True
    return target_via == ev.OBJECT_PHRASE and not (target.sector or target.org) and target.country == source.country


def breach_by_no_one(tok: Token, target: Actor | None) -> bool:
    """A stance on a wrong done by no one named ("rejected any violation of Lebanon's sovereignty",
    with no target found): a principle stated, aimed at no party (the wronged party is no target)."""
    if target is not None:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in RIGHTS_BREACHES  # (implied's: no target in it)


def quoted_imperative(tok: Token) -> bool:
    """A command that opens a quoted sentence ('shouted: "Arrest the minister"', '"Free them and
    leave," the crowd chanted'): a bare verb with no subject or auxiliary first in its quote or
    sentence there (or coordinated with one) is what the speaker demands, a deed nobody did."""
    v = tok.head if tok.dep_ == "conj" and tok.head.tag_ == "VB" else tok
    if v.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children):
        return False
    q = quote_at(tok.doc, v.i)
    if q is None:
        return False
    first = max(q.start, v.sent.start)
    return all(t.is_punct or t.is_space for t in tok.doc[first:v.i])


# a labeller who is the doer told before ("struck what it called ...")
DOER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def charged_deed(tok: Token) -> bool:
    """``tok`` is only the deed a party is charged with: the gerund of a charge's for/of phrase, or
    a participle continuing it ("accused Chadian soldiers of shelling a village, killing six
    farmers", "blamed militants for attacking a bus"), also the infinitive of that gerund ("accused
    Ethiopia of seeking to seize the port", "of planning to attack"): what is charged, not told as
    done, nor announced by the party charged. A condemnation takes its deed as done (word class
    ``condemning``: "condemned the coast guard for firing water cannon at the boat"): that deed is
    told, the judged party's; a participle continuing it ("condemned Russia for shelling Kharkiv,
    *killing* six") tells its toll, no deed of its own, as after the deed told plainly."""
    judge = judgement_of(tok)
    if judge is None and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        judge = judgement_of(tok.head)
    if judge is None or judge.lemma_.lower() not in CHARGING:
        return False
    return judge.lemma_.lower() not in CONDEMNING or tok.dep_ == "advcl"



def free_relative_label(tok: Token) -> bool:
    """A verb of calling whose object is "what", said by a pronoun for the doer ("struck what it
    called terrorist camps"): the name a party gives the target of its own deed, told to keep its
    words apart, no judgement (but "in what Zelensky described as a horrific attack" judges)."""
    labeller = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return tok.lemma_.lower() in LABELLING and labeller is not None and labeller.lower_ in DOER_PRONOUNS \
        and any(c.dep_ == "dobj" and c.lower_ in WHAT_WORDS for c in tok.children)


KIND_REFERENCES = word_class("kind_reference")
TALLY_WORDS = word_class("tally_word")


def kind_of_deed(tok: Token) -> bool:
    """An event noun counted in a tally that names the kind of a deed told ("sank a boat, the fourth
    *such strike* this month", "the latest *similar raid*"): a count of deeds like it, no deed of its
    own ("similar protests were held in Mombasa", "another such attack" are)."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "predet", "det", "advmod")]
    return tok.pos_ == "NOUN" and any(c.lower_ in KIND_REFERENCES for c in mods) \
        and any(c.ent_type_ == "ORDINAL" or c.lower_ in TALLY_WORDS for c in mods)



FORCE_ROOTS = frozenset(("17", "18", "19", "20"))


def retold_on_object(tok: Token, code: str, roots: dict[int, str]) -> bool:
    """A participle on the object of a deed of force that is itself force ("The US military destroyed
    a boat, struck on Tuesday off the coast, killing three"; "seized a cargo ship, hijacked on Sunday
    in the Red Sea"; :func:`~.grammar.participle_on_object`): the same deed told again as said of its
    object, no second deed. ``roots`` gives the sentence's triggers their roots."""
    main = participle_on_object(tok)
    return main is not None and code[:2] in FORCE_ROOTS and (roots.get(main.i) or "")[:2] in FORCE_ROOTS
