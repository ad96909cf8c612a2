"""A speaker's demands told in the speaker's own words; deeds a bystander tells in a quote.

A direct quote whose speaker is an actor (:mod:`flashpoint.nlp.quotes`) and whose clause says what
named parties *must* or *should* do ("The whole world, the United States and Europe must respond")
is the speaker's demand (100) or appeal (020) of each of them. A clause a verb of saying in its own
sentence reports is left to the lexicon's entries ("said X must ..."); a negated clause, a question,
and a demand of the speaker's own side are no event.

A deed told in the words of a private person (a witness, a survivor, a protester: a speaker who is
no state body, organisation or armed group, or whom the text does not place at all) is their
account of what happened to them or around them, not a report of its own: "'Two people held me and
attacked me,' the fisherman said" adds no event to the attack the story tells.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.quotes import quote_at
from ..nlp.words import word_class
from . import evidence as ev
from .arguments import ActorFinder, party_key, reporting_speaker
from .candidate import Candidate
from .lexicon import ActionEntry
from .modality import is_negated
from .roots import MATERIAL_CONFLICT
from .subjects import subject_of

__all__ = ["quoted_demands", "without_bystander_narration"]

# what "must" and "should" ask of the clause's subject, by CAMEO code
_ASKS = {"100": word_class("obligation"), "020": word_class("advice")}
WHERE = "events/quoted.py"


def _asked(verb: Token) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return next((code for code, words in _ASKS.items() if aux & words), None)


def quoted_demands(doc: Doc, cands: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` with the demands and appeals of direct quotes added (see module docstring)."""
    told = {(c.sent_index, c.code[:2], party_key(c.source), party_key(c.target)) for c in cands}
    added: list[Candidate] = []
    for si, sent in enumerate(doc.sents):
        if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
            continue
        for verb in sent:
            code = _asked(verb) if verb.pos_ == "VERB" else None
            quote = quote_at(doc, verb.i) if code is not None else None
            if code is None or quote is None or quote.speaker is None or is_negated(verb) \
                    or reporting_speaker(verb) is not None:
                continue
            subject = subject_of(verb)[0]
            asked = find_actors(doc, subject) if subject is not None and subject.i >= quote.start else []
            for src in find_actors(doc, doc[quote.speaker]):
                for tgt in asked:
                    key = (si, code[:2], party_key(src), party_key(tgt))
                    if party_key(tgt) == party_key(src) or key in told:
                        continue
                    told.add(key)
                    entry = ActionEntry(kind="verb", lemma=verb.lemma_.lower(), code=code, target=("none",),
                                        where=WHERE)
                    explain = {"entry": WHERE, "lemma": entry.lemma, "kind": "verb", "voice": "active",
                               "modality": None, "source_path": "the speaker of the quote",
                               "target_path": "the subject the quote says must or should act"}
                    added.append(Candidate(si, sent, verb, verb.text, entry, code, src, tgt, False, None, explain,
                                           source_via=ev.STATED, target_via=ev.STATED))
    return sorted([*cands, *added], key=lambda c: c.sent_index)  # (a stable sort)


# speakers whose account of a deed is a witness's: private people (and an unknown person)
PRIVATE_SECTORS = frozenset({"CVL", "REF", "EDU", "LAB", "HLH", "MED", "BUS", "AGR"})


def without_bystander_narration(doc: Doc, cands: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` less the deeds (material conflict) told in a direct quote of a private person, other
    than the speaker's own (see module docstring)."""
    kept = []
    for c in cands:
        quote = quote_at(doc, c.trigger.i) if c.code[:2] in MATERIAL_CONFLICT else None
        if quote is not None and quote.speaker is not None:
            speakers = find_actors(doc, doc[quote.speaker])
            # (a person the text names with nothing to place them: no sector, no country)
            private = all(s.org is None and (s.sector in PRIVATE_SECTORS or (s.sector is None and s.country is None))
                          for s in speakers)
            if private and not (c.source is not None and c.source.span is not None
                                and any(s.span == c.source.span for s in speakers)):
                continue
        kept.append(c)
    return kept
