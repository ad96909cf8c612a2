"""The aim of a deed of force is no deed done.

"Special forces stormed the compound to free the hostages", "troops raided the village to rescue
two aid workers", "police raided the hideout to arrest its leader", "police went to the village to
arrest the suspects": the infinitive tells what the
storming or the raid was for, not that anyone was freed, rescued or arrested. The force is the
event; the aim is none of its own (a material deed, roots set ``purpose_not_done``), told or not
later as done. Force told as the aim of force names the target of one deed ("fired tear gas to
disperse the protesters") and stays. A verbal act so told stays ("stormed parliament to demand his resignation": the
demand is made by storming), and so does an infinitive with a subject of its own, or one that is no
adverbial of the force ("forced the guards to free the hostages": an xcomp, who did what).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..nlp.words import word_class
from .roots import in_set

__all__ = ["aim_of_force", "purpose_object"]

GOING = word_class("going_to_act")

def aim_of_force(tok: Token, code: str, codes: Mapping[int, str]) -> bool:
    """``tok`` (a verb trigger of ``code``) is a purpose infinitive hung on a deed of force that is
    itself a trigger of the sentence (``codes`` gives the triggers their codes), or on a verb of
    going or using (word class ``going_to_act``: "went to the village to arrest the suspects",
    "landed near the ship to free the crew", "used force to free the students"; not "went on to"),
    where the aim is done to people (roots set ``aim_of_going``: freed, rescued, seized, arrested)."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    head = tok.head
    if head.lemma_.lower() in GOING and not any(c.dep_ == "prt" for c in head.children):
        return in_set(code, "aim_of_going")
    told = codes.get(head.i)
    return tok.dep_ == "advcl" and told is not None and in_set(told, "force_with_aim") \
        and in_set(code, "purpose_not_done")


def purpose_object(tok: Token) -> Token | None:
    """Whom the means a verb uses are aimed at, told as the object of its infinitive of purpose: "used
    water cannon to push back *thousands of demonstrators*", "fired tear gas to drive away *the
    crowd*" (the ``purpose_object`` target of ``actions.yml``); None where no such infinitive with an
    object of its own hangs on ``tok``."""
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > tok.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
            obj = next((o for o in c.children if o.dep_ == "dobj"), None)
            if obj is not None:
                return obj
    return None
