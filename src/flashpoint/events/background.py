"""Words that tell background to the news, not a deed of it: a participle or a relative clause that
describes a participant of another event ("the activists detained in May were released", "areas
controlled by the RSF"), and a dated relative or participle adjunct ("the gang that kidnapped four
Americans in March 2023", "took office in November promising to end the violence"): background,
news only if its own date is recent (the coder decides)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import first_conjunct, set_off_participle
from ..nlp.words import word_class
from .among import told_among
from .assertion import ARGUMENT_DEPS, under_trigger
from .grammar import agent_of, hidden_main_verb

__all__ = ["background_participle", "dated_relative", "dated_adjunct"]

# verbs of holding territory or power: their participles describe who holds a place, not a deed
HOLDING = word_class("holding")
# pronouns a participle turns into a description of people ("those arrested", "all those killed")
CLASS_PRONOUNS = word_class("class_pronoun")
# verbs whose participle before its noun tells where people are ("jailed cartel bosses"), any number
CUSTODY_STATE = word_class("custody_state")
PROSCRIPTION = word_class("proscription")
# verbs of working alongside someone, whose participle on a subject says who it is
STANDING_TIE = word_class("standing_tie")


def background_participle(tok: Token, triggers: set[int]) -> str | None:
    """A participle without an agent that describes a participant of another event in the sentence
    ("the civilians imprisoned for ... were released", "helped the exiled dissidents"), or stands
    before its noun as an attribute ("a letter from the jailed leader"): a state, not
    an event told here ("state"), unless it has a date of its own ("the activists detained on Monday
    were released": "dated", kept if the date is recent; the coder decides)."""
    if hidden_main_verb(tok) is not None or set_off_participle(tok) is not None:
        # "troops deployed in the province since 2021 clashed ...", "Supporters, mobilised on social
        # media, said ...": describes the troops, the supporters
        return "state"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in HOLDING:
        return "state"  # "an archipelago occupied by China", "areas controlled by the RSF": who holds it
    # (but "X was among those arrested" tells the deed done to X: events/among.py)
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.lower_ in CLASS_PRONOUNS and told_among(tok) is None:
        return "state"  # "those arrested in the crackdown", "those killed": people described by a deed
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and tok.lemma_.lower() in STANDING_TIE \
            and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return "state"  # "a task force working with the government launched strikes": who it is
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod") or agent_of(tok) is not None:
        return None
    if tok.dep_ == "amod" and tok.i < tok.head.i and (tok.head.tag_ in ("NN", "NNP")
                                                       or tok.lemma_.lower() in CUSTODY_STATE | PROSCRIPTION):
        # "the party's jailed leader", "the exiled writer", "a list of banned organisations": an
        # attribute of someone known by it, a condition or a legal status ("the arrested persons were
        # identified as ..." are the people of an arrest the story tells)
        return "state"
    # a participle set off by a comma after a noun describes whom it names ("The PKK, listed as a
    # terrorist organisation by ..., has waged", "Mr Diallo, detained in May, was freed") whatever
    # the sentence tells of them
    appositive = tok.dep_ == "acl" and tok.head.pos_ in ("PROPN", "NOUN") and tok.i == tok.head.i + 2 \
        and tok.doc[tok.i - 1].text == ","
    if not appositive and not under_trigger(tok.head, triggers, steps=4, deps=ARGUMENT_DEPS | {"dative"}):
        return None
    dated = tok.dep_ == "acl" and any(x.ent_type_ in ("DATE", "TIME") for x in tok.subtree)
    if appositive and not dated:  # (the parser may hang its date on the main verb: "X, arrested on Monday, appeared")
        end = tok.head.head.i if tok.head.head.i > tok.i else tok.sent.end
        dated = any(x.ent_type_ in ("DATE", "TIME") for x in tok.doc[tok.i:end])
    return "dated" if dated else "state"


def dated_relative(tok: Token) -> bool:
    """A relative clause with a date of its own ("the gang that kidnapped four Americans in March
    2023", "Traore, who himself seized power in January"): what it tells about a participant is
    background, news only if that date is recent (the coder decides, as for a dated participle)."""
    first = tok
    first = first_conjunct(first)
    return first.dep_ == "relcl" and any(x.ent_type_ == "DATE" and _dates(x, tok) for x in first.subtree)


def dated_adjunct(tok: Token) -> bool:
    """A participle adjunct of a verb with a date of its own ("took office in November promising to
    end the violence"): it tells how that dated action went, background like a dated relative clause
    unless the date is recent ("arrived in Kyiv on Monday promising more aid")."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX"):
        return False
    own = {x.i for x in tok.subtree}
    return any(x.ent_type_ == "DATE" and x.i not in own and _dates(x, head) for x in head.subtree)


def _dates(x: Token, verb: Token) -> bool:
    """The date word ``x`` tells when ``verb`` (or the clause it heads) happened: its nearest verb up
    the tree is ``verb`` or a verb coordinated with it, and it is no deadline ("till March 16")."""
    t = x
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        if t.dep_ == "pobj" and t.head.lower_ in ("till", "until", "by", "before"):
            return False
        t = t.head
    return t.i == verb.i or (t.dep_ == "conj" and t.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == t.i)
