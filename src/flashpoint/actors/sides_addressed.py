"""Whose office a third party addresses beside the other side of a war: the other side's country.

"Egypt urged the army and the RSF to agree to a ceasefire", "Kenya called on the government and the
M23 to stop fighting", "Qatar hosted talks between the army and the M23": a state's office named by
no country ("the army", "the government", "the police") coordinated with parties of one known country
(their own phrase, or the who's who: the RSF is Sudan's, the M23 Congo's) is that country's office,
the two sides of one country's war, when the coordination is what another party speaks to or of (the
object of a verb of appeal or judgment, word classes ``directive``, ``charge_speech`` and
``judged_for``: "urged", "called on", "accused") or the pair "between" which that party acts ("called
for talks between", "brokered a truce between"). That party, the verb's subject, must be of no
country of the partner's ("Egypt", "the African Union"; not "Colombia's president urged the army and
the ELN"): a state does not appeal to its own army beside a foreign rebel group, and the speaker's
country or the story's default is no evidence of whose army it is. The office takes the country as
the target of the appeal and as a party of the deed between the pair alike (``story_country_for``).

Not for an office its own phrase or coordination already gives a country ("Kenyan police and the
army": both Kenya's, ``code.PhraseCoder._conjuncts``), nor for a coordination that acts in its own
clause ("the army and the RSF clashed", "fighting between the army and the RSF", "Israel said the
army and Hezbollah exchanged fire": the story's rules), nor where the other conjuncts are of more than
one country, or none, or are no armed group or opposition (a foreign state's troops are the army's
allies: "accused the army and Eritrean troops"), nor where the story names a place of a third country
(beside the speaker's): a group may fight abroad beside the army of the place ("accused the army and
Wagner mercenaries of killing civilians near Moura").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from ..records import Actor
from .camps import ARMED_GROUPS, OFFICES, UNKNOWN_COUNTRY
from .syntax import conj_chain

__all__ = ["addressed_sides_country"]

# verbs by which a party speaks to or of another: appeals, charges and judgments
_ADDRESSING = word_class("directive") | word_class("charge_speech") | word_class("judged_for")
# the links from the coordination up to the verb whose object it is ("urged X", "called on X",
# "called for talks between X and Y")
_UP = frozenset({"dobj", "pobj", "prep", "nsubj", "compound"})


def addressed_sides_country(doc: Doc, actor: Actor | None) -> str | None:
    """The country of the party coordinated with ``actor``, an office of no stated country that
    another party addresses beside it (see the module); None where the rule does not hold."""
    if actor is None or actor.span is None or not actor.code.startswith(UNKNOWN_COUNTRY) or actor.sector not in OFFICES:
        return None
    index = getattr(doc._, "fp_actor_heads", None) or {}
    start, end = actor.span
    own = next((doc[h] for h, ms in index.items() for m in ms
                if start <= doc[h].idx < end and m.actor.code == actor.code), None)
    if own is None:
        return None
    first = first_conjunct(own)
    members = [first, *conj_chain(first)]
    if len(members) < 2:
        return None
    partners = {m.actor.country for t in members if t.i != own.i for m in index.get(t.i, [])
                if m.actor.country and not m.actor.code.startswith(UNKNOWN_COUNTRY)}
    sides = {m.actor.sector for t in members if t.i != own.i for m in index.get(t.i, [])}
    # (the other side of a war at home, no state's forces: "the army and Eritrean troops" are allies)
    if len(partners) != 1 or not sides <= ARMED_GROUPS:
        return None
    partner = next(iter(partners))
    speaker = _addresser(first)
    speakers = [m.actor for t in ([speaker, *conj_chain(speaker)] if speaker is not None else [])
                for m in index.get(t.i, [])]
    if not speakers or any(a.country == partner for a in speakers):
        return None
    # (a place of a third country: the group may fight abroad, beside the army of the place)
    told = {p.location.country for p in getattr(doc._, "fp_places", None) or []} - {a.country for a in speakers}
    return partner if told <= {partner, None} else None


def _addresser(first: Token) -> Token | None:
    """The subject of the verb of address whose object is the coordination opened by ``first``
    ("Egypt urged X and Y", "called on X and Y", "urged X and Y to agree", the parser's subject of the
    infinitive), or of the verb under which its subject acts "between" the pair ("Qatar called for
    talks between X and Y"); None where it is no such object."""
    between = first.dep_ == "pobj" and first.head.lower_ == "between"
    tok = first
    for _ in range(8):  # (a few links: "called for talks between ...")
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in _UP or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.i != first.i and first.dep_ == "nsubj" and tok.dep_ in ("xcomp", "ccomp"):
        tok = tok.head  # ("urged [the army and the RSF to agree]")
    elif first.dep_ == "nsubj":
        return None  # (the coordination's own clause: its doers, no one addressed)
    if tok.pos_ not in ("VERB", "AUX") or not (between or tok.lemma_.lower() in _ADDRESSING):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)
