"""The passes over all of a document's candidates once every sentence is extracted
(:func:`~flashpoint.events.extract.extract_events`), in the order they must run.

Each pass lives in the module it is about: who judged whom (``judgement``), appeals told in quotes
and bystanders' narration (``quoted``), targets left pending until the story is read (``fallback``),
criticisms told by a free relative on a deed (``labelled_deeds``), claims of responsibility (``doers``), charges rejected in a sentence of their own (``charges``), denials of a deed told as another's report (``denied_reports``), judgements of a claim told before (``judged_claims``), drills told by who holds them (``drills``), intrusions into one's own space (``own_space``), trades told from the other side (``traded``), replies to force (``replies``), deeds of the side a clash faces (``clash_sides``), measures told as like one before (``retold``), people counted among the dead or detained (``among``), denials and summed deeds (``fallback``), measures agreed and
dropped (``decided``), and the rules that keep one record per action (``one_record``). This module
only fixes their order.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .among import counted_among_the_harmed
from .arguments import ActorFinder
from .candidate import Candidate
from .charges import charges_rejected
from .clash_sides import aim_across_a_clash
from .decided import agreement_of_a_measure_dropped
from .denied_reports import aim_denials_at_reports
from .doers import claimed_after
from .drills import drills_by_their_doers
from .fallback import aim_as_before, aim_at_summed_deeds, aim_denials
from .judged_claims import aim_at_claimants
from .judged_deed_nouns import deeds_judged_by_name
from .judgement import judged_parties
from .labelled_deeds import aim_labels_at_doers
from .lexicon import ActionLexicon
from .moved import moved_by_a_party
from .one_record import (
    coercion_told_by_its_deed,
    deed_told_by_its_toll,
    drop_untargeted_twins,
    ended_by_force,
    offer_told_by_content,
    one_demonstration,
    one_reading_of_a_support_verb,
    one_record_per_pair,
    toll_told_with_its_deed,
    vow_told_by_content,
)
from .own_space import no_intrusion_into_own
from .pending_targets import resolve_pending
from .quoted import quoted_demands, without_bystander_narration
from .replies import aim_replies
from .retold import measures_told_as_like
from .traded import traded_back

__all__ = ["settled"]


def settled(doc: Doc, out: list[Candidate], lex: ActionLexicon, find_actors: ActorFinder) -> list[Candidate]:
    """The candidates ``out`` of ``doc`` after the document-wide passes (some set targets in place)."""
    out = judged_parties(doc, out, lex, find_actors)
    out = without_bystander_narration(doc, quoted_demands(doc, out, find_actors), find_actors)
    resolve_pending(doc, lex, out)
    out = deeds_judged_by_name(doc, out, lex, find_actors)  # ("said the detention was a setback": the detainers)
    out = aim_labels_at_doers(doc, out, find_actors)  # ("shelled X in what Kyiv called a war crime": the shellers)
    out = moved_by_a_party(out)  # ("was shocked by the blast": about no party)
    out = claimed_after(out)
    charges_rejected(out)
    aim_denials(out)
    aim_denials_at_reports(doc, out, find_actors)  # ("X said Y's soldiers fired ... Y rejected the accusation")
    aim_at_claimants(out)  # ("X accused Y of plotting ... Y's party called the accusations absurd": X)
    aim_at_summed_deeds(out)
    aim_as_before(out)
    aim_replies(doc, out)
    aim_across_a_clash(out)  # ("clashed with police who fired tear gas": at those who clashed)
    out = measures_told_as_like(doc, out, find_actors)
    out = counted_among_the_harmed(doc, out, find_actors)
    out = one_reading_of_a_support_verb(vow_told_by_content(coercion_told_by_its_deed(agreement_of_a_measure_dropped(out))))
    out = offer_told_by_content(out)
    out = drills_by_their_doers(out)
    out = no_intrusion_into_own(doc, out, find_actors)  # ("it intruded into Chinese waters": not China)
    return one_demonstration(one_record_per_pair(traded_back(drop_untargeted_twins(toll_told_with_its_deed(deed_told_by_its_toll(ended_by_force(out)))))))
