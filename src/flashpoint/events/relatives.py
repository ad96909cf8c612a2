"""Relative clauses that tell no deed of the story: what a participant was doing when the news
happened ("the soldiers, who were patrolling ..."), what any one of a kind does ("states that attack
hospitals must be held to account"), and a standing relation that says who the noun is ("Iran,
which backs the rebels"). Read by the candidate filter of :mod:`flashpoint.events.extract`."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..nlp.syntax import first_conjunct, summing_charge
from ..nlp.words import word_class
from .after_aside import main_after_aside
from .arguments import support_verb
from .lexicon import ActionEntry
from .roots import MATERIAL_CONFLICT, in_set

__all__ = ["circumstance_relative", "doing_when_struck", "generic_relative", "role_aside", "standing_relative"]


def circumstance_relative(tok: Token, code: str) -> bool:
    """A progressive relative clause of posture ("the soldiers, who were patrolling with
    auxiliaries, were caught in an ambush"): what a participant was doing when the news happened."""
    first = tok
    first = first_conjunct(first)
    return (first.dep_ == "relcl" and tok.tag_ == "VBG" and in_set(code, "circumstance")
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in first.children))


_FORCE_ROOTS = ("17", "18", "19", "20")  # coercion and violence: deeds done to people


def doing_when_struck(tok: Token, code: str, codes: Mapping[int, str]) -> bool:
    """A participle on those a deed of force of the sentence (``codes``: its triggers' codes, by token
    index) was done to ("killed 30 people attending a ceremony", "shot dead two men attending a
    funeral", "fired on worshippers attending prayers"): what they were doing when it happened, no
    deed of theirs; one of conflict of their own stays ("arrested 40 people protesting the verdict")."""
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or code[:2] in MATERIAL_CONFLICT:
        return False
    noun = tok.head
    deed = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun.head.head if noun.dep_ == "pobj" else None
    return deed is not None and codes.get(deed.i, "")[:2] in _FORCE_ROOTS


GENERIC_DETERMINERS = word_class("generic_determiner")
GENERIC_PRONOUNS = word_class("generic_pronoun")


def _telling_clause(tok: Token, entry: ActionEntry) -> Token:
    """The head of the clause that tells the trigger's action: the verb itself, a noun's support verb,
    or the verb its preposition hangs on ("who remains in detention"), else the noun's head; from a
    later conjunct, the first ("which arms and trains the rebels")."""
    clause = tok if entry.kind == "verb" else support_verb(tok) or (
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head)
    clause = first_conjunct(clause)
    return clause


def generic_relative(tok: Token, entry: ActionEntry) -> bool:
    """A relative clause in the simple present on any one of a kind ("a government that arrests its
    critics loses legitimacy", "states that attack hospitals must be held to account", "countries
    which impose sanctions will pay"): it says what such a doer does, it tells no deed. Its noun is
    indefinite or generic (a bare plural, "any", "anyone who"), and the clause the noun belongs to
    is not told in the past ("police arrested a man who threatens officials" is about one man)."""
    clause = _telling_clause(tok, entry)
    if clause.dep_ != "relcl" or not _simple_present(clause) or summing_charge(clause) is not None:
        return False  # (", a charge Belarus denies": the one charge told before)
    noun = clause.head
    if noun.lower_ not in GENERIC_PRONOUNS and not _indefinite(noun):
        return False
    governor = noun
    while governor.head.i != governor.i and governor.pos_ not in ("VERB", "AUX"):
        governor = governor.head
    return not (governor.pos_ in ("VERB", "AUX") and (governor.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in governor.children)))


# relative words of a non-restrictive clause ("Iran, which backs the rebels, ..."); not "that"
RELATIVE_WORDS = word_class("relative_word")
# adverbs by which a present perfect sums up a standing relation ("has long backed", "has always
# supported"), not a deed of the news
STANDING = word_class("standing")


def standing_relative(tok: Token, entry: ActionEntry) -> bool:
    """A non-restrictive relative clause that tells a standing relation of its noun ("Iran, which
    backs the rebels, ...", "Hezbollah, which is backed by Tehran, ...", "the Polisario Front, which
    Algeria has long supported"): the simple present, or a present perfect summed up by an adverb of
    duration; it describes who the noun is, it tells no deed of the story. A restrictive clause in
    the simple present says who its noun is as well ("sanctions on two firms that supply jet fuel to
    the army", "traders who sell arms to the rebels"); its present perfect ("a man who has attacked
    officials") and a clause in the past ("Hamas, which attacked Israel on
    Saturday") are left to the other rules, and so are verbal acts (roots outside the set
    ``standing_relation``: "the court, which accuses Putin of ...", the court's stance). An adjective
    of a non-restrictive clause of "be" says who its noun is in any tense ("the guerrillas, who were
    responsible for massacres in the north, ...": what they are known for, no deed told anew)."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.dep_ == "relcl" and tok.head.lemma_ == "be" \
            and _non_restrictive(tok.head):
        return True
    if not in_set(entry.code, "standing_relation"):
        return False
    clause = _telling_clause(tok, entry)
    if clause.dep_ != "relcl":
        return False
    if _simple_present(clause):
        return True  # also a restrictive clause that says who its noun is ("companies that supply fuel to the junta")
    if not _non_restrictive(clause):
        return False
    near = list(clause.children)
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in near) and \
        any(c.dep_ == "advmod" and c.lower_ in STANDING for c in near)


VENUE_ENTITIES = ("GPE", "LOC", "FAC")


def role_aside(tok: Token, entry: ActionEntry) -> bool:
    """A third party's role told in a non-restrictive relative clause that names no party of its own
    ("Qatar, which co-hosted the talks, urged ...", "Egypt, which brokered the truce, called on ..."):
    it says who its noun is, no deed of the story with anyone (roots set ``third_party``); a clause
    that names the parties ("Oman, which mediated between Iran and the US") is left to the others."""
    if not in_set(entry.code, "third_party"):
        return False
    clause = _telling_clause(tok, entry)
    doc, noun = tok.doc, clause.head
    set_off = noun.i + 2 < clause.i and doc[noun.i + 1].text == "," and doc[noun.i + 2].lower_ in RELATIVE_WORDS
    if clause.dep_ != "relcl" or not (_non_restrictive(clause) or set_off):  # (also "which co-hosted", split at "-")
        return False
    heads = tok.doc._.fp_actor_heads or {}
    main = next((c for c in clause.subtree if main_after_aside(c) is not None), None)
    told_after = {t.i for t in main.subtree} if main is not None else set()  # (the main verb the parser hung inside)
    return not any(t.i in heads for t in clause.subtree if t.lower_ not in RELATIVE_WORDS and t.i not in told_after
                   and not (t.dep_ == "compound" and t.ent_type_ in VENUE_ENTITIES))  # ("the Jeddah talks": a venue)


def _non_restrictive(clause: Token) -> bool:
    """The relative clause opens with a relative word ("which", "who", "whose", "where") set off by
    a comma from the noun it describes."""
    first = clause.left_edge
    doc = clause.doc
    if first.lower_ not in RELATIVE_WORDS and not (first.dep_ == "prep" and first.i + 1 < len(doc)
                                                   and doc[first.i + 1].lower_ in RELATIVE_WORDS):
        return False  # "which", or "under which", "in whose"
    return first.i > 0 and doc[first.i - 1].text in (",", "(", "—", "–")




def _simple_present(verb: Token) -> bool:
    """"attacks", "impose", "does not arrest", "are attacked": no past, perfect, progressive or modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    if verb.tag_ == "VB":
        return bool(auxes) and all(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return verb.tag_ == "VBN" and bool(auxes) and all(
        a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)


def _indefinite(noun: Token) -> bool:
    """A common noun for any one of a kind: "a/any/every government", bare "states" (no possessor,
    number or other determiner)."""
    if noun.pos_ != "NOUN":
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets:
        return noun.tag_ == "NNS"
    return all(d.dep_ == "det" and d.lower_ in GENERIC_DETERMINERS for d in dets)
