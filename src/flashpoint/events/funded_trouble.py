"""Trouble said to be funded by a party: the speaker's charge against that party, not a deed told.

"Peru's president said the protests were being financed by illegal miners" is the president
accusing the miners (112, by :mod:`.judgement`), not the miners giving aid (061): funding protests,
riots, an attack or an uprising (word class ``funding_trouble``: finance, fund, bankroll, sponsor,
arm) is told only as the speaker's charge. The funder is the clause's doer, the by-agent of a
passive ("the riots were funded by Israel") or the subject of an active clause ("said the miners
financed the protests"); what is funded is an event noun of material conflict (protests, riots,
attacks), a bad outcome (word class ``bad_outcome``: violence, sabotage), or unrest (word classes
``unsided``, ``uprising``). Funding a party ("the rebels were funded by Rwanda") is aid told, and
stays the funder's deed; so does a negated one ("were not financed by anyone").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .grammar import agent_of, is_passive
from .lexicon import ActionLexicon
from .roots import MATERIAL_CONFLICT
from .subjects import subject_of

__all__ = ["trouble_funder"]

FUNDING_TROUBLE = word_class("funding_trouble")
UNREST = word_class("unsided") | word_class("uprising") | word_class("bad_outcome")


def _trouble(noun: Token, lex: ActionLexicon) -> bool:
    """``noun`` names trouble: a protest, riot or attack (an event noun of material conflict), or
    unrest, an uprising or a bad outcome."""
    lemma = noun.lemma_.lower()
    return lemma in UNREST or any(e.code[:2] in MATERIAL_CONFLICT for e in lex.nouns.get(lemma, []))


def trouble_funder(verb: Token, lex: ActionLexicon) -> tuple[Token, str] | None:
    """The funder of the trouble ``verb`` says was funded, with how the charge reads; None when
    ``verb`` is no verb of funding trouble, or what it funds is no trouble, or no doer is named."""
    lemma = verb.lemma_.lower()
    if lemma not in FUNDING_TROUBLE or verb.pos_ not in ("VERB", "AUX"):
        return None
    passive = is_passive(verb)
    funded = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if funded is None or not _trouble(funded, lex):
        return None
    funder = agent_of(verb) if passive else subject_of(verb)[0]
    return (funder, f"said to {lemma} the {funded.lower_}") if funder is not None else None
