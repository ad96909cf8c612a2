"""A noun that sums up a measure told before sums up a deed of its own kind, not merely the last deed
told: "The European Union imposed sanctions on 15 individuals. Hungary, which had blocked the package
for weeks, lifted its veto. Moscow called the measures illegal" judges the EU's sanctions, not
Hungary's lifting of its veto.

A noun of word class ``summing_measure`` ("the measures", "the restrictions", "these penalties") judged
(:func:`.makers.deed_maker`) is aimed at the doer of the latest verb, before the judgement and at
most three sentences back, whose lexicon entry tells a coercive measure (roots set
``measure_summed``: sanctions, bans, expulsions, curfews, arrests, crackdowns: "banned imports",
"expelled three diplomats"). A deed of another kind told after it, a yield above all ("lifted its
veto", "eased curbs", "released two prisoners"), is passed over; so is a measure denied ("did not
impose sanctions").

Where the window tells no measure, "the measure" keeps summing up the last deed told ("Parliament
passed the law. The opposition condemned the measure"), and a noun of a measure that is no deed noun
("the restrictions") is left to the rules after. "the move", "the decision", "the step" name no kind
of deed and always sum up the last one told.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .lexicon import ActionLexicon
from .match import best_entry
from .modality import is_negated
from .roots import in_set

__all__ = ["SUMMING_MEASURES", "tells_a_measure"]

SUMMING_MEASURES = word_class("summing_measure")


def tells_a_measure(verb: Token, lex: ActionLexicon) -> bool:
    """Whether the verb ``verb`` tells a coercive measure taken ("imposed sanctions", "banned
    imports", "expelled the envoy"), not one denied ("did not impose sanctions")."""
    if verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
        return False
    entry = best_entry(lex, verb)
    return entry is not None and in_set(entry.code, "measure_summed")
