"""The ``flashpoint_actors`` spaCy component and the API the event extractor calls.

    nlp.add_pipe("flashpoint_actors", after="ner", config={"actors_path": None})
    doc = nlp(text)
    actor_mentions(doc)          # every actor phrase of the document, in order
    actors_for(doc, token)       # the actor(s) of the argument headed by ``token``

The component sets ``doc._.fp_actors`` (the top-level :class:`ActorMention` list) and
``doc._.fp_actor_heads`` (head token index → mentions, nested phrases included) and
``doc._.fp_actor_firsts`` (head token index → the body the parser hung on it that opens its
coordination: "[the Congolese army and M23] rebels").
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.nlp.vessels import vessel_name_tokens
from flashpoint.nlp.words import word_class
from flashpoint.records import Actor

from .armed_names import armed_by_name
from .code import code_doc
from .deed_adjectives import force_by_adjective
from .deed_owners import deed_owner_drafts
from .described_armed import armed_by_description
from .draft import Draft, build_context, to_actor
from .ellipsis import share_head_noun
from .epithet_names import named_after_epithets
from .lexicon import Lexicon, load_lexicon
from .link import link_drafts
from .local_names import local_group_each
from .opposition_told import opposition_told
from .owned_spaces import owners_told
from .patterns import ActorMatchers
from .related import relation_drafts
from .settlers import settle
from .shared_names import shared_name_each
from .ships_told import ships_named_again
from .syntax import conj_chain, coordinated_modifier
from .vehicles_told import vehicles_named_again

__all__ = ["ActorMention", "ActorRecogniser", "actors_for", "actor_mentions", "analyse"]


@dataclass
class ActorMention:
    """An actor phrase: tokens [start, end) of the doc, its coded actor and head token.

    ``antecedent`` is what a pronoun, surname or later mention resolves to.
    """

    start: int
    end: int
    actor: Actor
    head: int
    antecedent: ActorMention | None = None


def _register_extensions() -> None:
    if not Doc.has_extension("fp_actors"):
        Doc.set_extension("fp_actors", default=None)
    if not Doc.has_extension("fp_actor_heads"):
        Doc.set_extension("fp_actor_heads", default=None)
    if not Doc.has_extension("fp_actor_firsts"):
        Doc.set_extension("fp_actor_firsts", default=None)


RELATIONS = word_class("relation")  # "the former French colony" is not France
FOES = word_class("foe")  # "the American enemy" is America
UNITS = word_class("subnational_unit")  # "Niger state" is in Nigeria


def analyse(doc: Doc, lex: Lexicon, matchers: ActorMatchers
            ) -> tuple[list[ActorMention], dict[int, list[ActorMention]], dict[int, int]]:
    """Code and link the actors of ``doc``: (top-level mentions, head index → all mentions, head
    index → the body the parser hung on it that opens its coordination, :func:`coordinated_modifier`)."""
    hits = matchers(doc)
    datelines = doc._.fp_datelines if Doc.has_extension("fp_datelines") else None
    if datelines:
        hits = hits.outside(datelines, doc)
    ships = vessel_name_tokens(doc)
    if ships:  # ("the tanker Marlin Luanda": no Angolan government; "the USS Carney": the US navy's)
        hits = hits.outside([(doc[i].idx, doc[i].idx + len(doc[i])) for i in sorted(ships)], doc)
    owners = hits  # (the names that tell only whose a relational noun is: "Manila" of "Manila's ally")
    hits = hits.not_related(doc, RELATIONS, FOES, UNITS)
    hits = local_group_each(doc, hits, lex)
    hits = shared_name_each(doc, hits, lex)
    ctx = build_context(doc, hits, lex)
    hits = hits.one_group_each(lambda refs: lex.shared_group(refs, ctx.counts))
    drafts = deed_owner_drafts(doc, named_after_epithets(doc, code_doc(doc, hits, lex, ctx)))  # ("by the paramilitary Rapid Support Forces")
    share_head_noun(doc, hits, drafts)
    force_by_adjective(doc, drafts)  # ("Ukrainian shelling killed two": Ukraine's force, no civilians)
    armed_by_name(doc, drafts, ctx.home)  # ("the Ulster Volunteer Force": an armed group, no NGO)
    drafts = armed_by_description(doc, drafts)  # ("The White Army, an armed youth group": no state's army)
    settle(drafts, ctx, lex)  # ("Jewish settlers in Hebron": Israel's, not the land's)
    opposition_told(drafts, lex)  # ("the opposition BNP ... The BNP denied": the opposition throughout)
    if datelines:  # nor a name the lexicon does not know ("KHARTOUM (Wire) —")
        drafts = [d for d in drafts if not any(a <= doc[d.head].idx < b for a, b in datelines)]
    drafts = relation_drafts(doc, drafts, owners)  # ("accusing its neighbour": the one other country named near)
    drafts = link_drafts(drafts, doc, ctx, lex.partitives, lex.org_sector, lex.group_country, lex.international)
    drafts = owners_told(doc, drafts)  # ("entered its airspace": a state's, told, or no actor)
    drafts = ships_named_again(doc, drafts)  # ("... targeted the vessel": the flagged ship told before)
    drafts = vehicles_named_again(doc, drafts)  # ("an army truck ... the truck did not stop": the army's)
    made: dict[int, ActorMention] = {}
    pairs: list[tuple[Draft, ActorMention]] = []
    text = doc.text
    for d in drafts:
        m = ActorMention(d.start, d.end, to_actor(d, doc, lex, text), d.head)
        made[id(d)] = m
        pairs.append((d, m))
    top: list[ActorMention] = []
    index: dict[int, list[ActorMention]] = {}
    for d, m in pairs:
        if d.antecedent is not None:
            m.antecedent = made.get(id(d.antecedent))
        index.setdefault(m.head, []).append(m)
        if not d.nested:
            top.append(m)
    top.sort(key=lambda m: (m.start, m.head))
    firsts = {tok.i: split[0].i for tok in doc if tok.i in index
              and (split := coordinated_modifier(tok, hits)) is not None and split[0].i in index}
    return top, index, firsts


class ActorRecogniser:
    """Finds and codes the actors of each document (matchers are built once per instance)."""

    def __init__(self, nlp: Language, name: str = "flashpoint_actors", actors_path: str | None = None) -> None:
        _register_extensions()
        self.name = name
        self.lexicon = load_lexicon(actors_path)
        self.matchers = ActorMatchers(nlp, self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        top, index, firsts = analyse(doc, self.lexicon, self.matchers)
        doc._.fp_actors = top
        doc._.fp_actor_heads = index
        doc._.fp_actor_firsts = firsts
        return doc


@Language.factory("flashpoint_actors", default_config={"actors_path": None},
                  requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["doc._.fp_actors", "doc._.fp_actor_heads", "doc._.fp_actor_firsts"])
def make_actor_recogniser(nlp: Language, name: str, actors_path: str | None) -> ActorRecogniser:
    """spaCy factory: ``nlp.add_pipe("flashpoint_actors", config={"actors_path": ...})``."""
    return ActorRecogniser(nlp, name, actors_path)


def actor_mentions(doc: Doc) -> list[ActorMention]:
    """Every top-level actor phrase of ``doc`` (empty if the component did not run)."""
    if not Doc.has_extension("fp_actors"):
        return []
    return list(doc._.fp_actors or [])


PRONOUNS = word_class("personal_pronoun")
RELATIVES = word_class("relative_pronoun")


def _shown(doc: Doc, m: ActorMention) -> Actor:
    """A pronoun whose antecedent is named in the same sentence shows the antecedent's words ("NATO
    says it has ..." → "NATO"; "Tolu, who was arrested" → "Tolu"); one resolved from an earlier
    sentence keeps its own."""
    a = m.antecedent
    if a is None or m.end - m.start != 1 or doc[m.start].lower_ not in PRONOUNS | RELATIVES:
        return m.actor
    if a.end > m.start or a.actor.span is None or doc[a.start].sent.start != doc[m.start].sent.start:
        return m.actor
    return dataclasses.replace(m.actor, text=a.actor.text, span=a.actor.span)


def actors_for(doc: Doc, token: Token) -> list[Actor]:
    """The actor(s) of the argument headed by ``token``; [] if it is not an actor.

    A coordination ("The US and EU", "Brussels and Washington") gives one actor per conjunct,
    each with the text and span of the whole coordinated phrase. Pronouns and later mentions
    carry the code and name of what they refer to, and their own text and span, except a pronoun
    whose antecedent is named earlier in the same sentence: it shows the antecedent's.
    """
    if not Doc.has_extension("fp_actor_heads"):
        return []
    index: dict[int, list[ActorMention]] = doc._.fp_actor_heads or {}
    own = index.get(token.i, [])
    if not own and token.dep_ in ("compound", "flat") and token.head.i != token.i:
        own = index.get(token.head.i, [])
    # ("[the Congolese army and M23] rebels": the body the parser hung on the head opens the list)
    opened = (doc._.fp_actor_firsts or {}).get(token.i) if Doc.has_extension("fp_actor_firsts") else None
    firsts = index.get(opened, []) if opened is not None else []
    rest = [*firsts, *(m for c in conj_chain(token) for m in index.get(c.i, []))]
    mentions = [*own, *rest]
    if not mentions:
        return []
    if not rest or not own:
        return [_shown(doc, m) for m in mentions]
    start = min(m.start for m in mentions)
    end = max(m.end for m in mentions)
    first, last = doc[start], doc[end - 1]
    span = (first.idx, last.idx + len(last.text))
    text = doc[start:end].text
    out: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for m in mentions:
        key = (m.actor.code, m.actor.name)
        if key in seen:
            continue
        seen.add(key)
        out.append(dataclasses.replace(m.actor, text=text, span=span))
    return out
