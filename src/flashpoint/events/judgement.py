"""A speaker's negative judgement of another party, told in reported speech, is the speaker's
accusation or criticism (CAMEO root 11), not an event of the party judged.

"Japan's spokesman said the Chinese action violated international law" is Japan accusing China
(112), not China defying norms (128); "'Russia's recklessness is increasing,' Rutte said" is NATO
criticising Russia (111); "he said Rwanda shelters criminals", "adding that the attack had support
from Serbia" and "said the riots were funded by Israel" (:mod:`.funded_trouble`) are accusations of
Rwanda, Serbia and Israel. A concrete deed told in reported speech ("Kyiv said
Russia fired 40 missiles") stays its doer's, as the extractor codes it; a judgement of the speaker's
own side, or one that names no actor, is no accusation. The words that carry a judgement are word
classes (``data/lexicon/word_classes.yml``); the speaker is the subject of the verb of saying.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from . import evidence as ev
from .arguments import ActorFinder, party_key
from .candidate import Candidate
from .funded_trouble import trouble_funder
from .grammar import agent_of, is_passive, prep_object
from .lexicon import ActionEntry, ActionLexicon
from .modality import is_negated, modality_of
from .roots import MATERIAL_CONFLICT, VIOLENCE
from .subjects import subject_of

__all__ = ["judged_parties"]

SPEECH = word_class("speech")
VIOLATION_VERBS = word_class("violation")
NORMS = word_class("norm")
TRUCES = word_class("truce")
VICES = word_class("vice")
VICIOUS = word_class("vicious")
UNLAWFUL_TRADE = word_class("unlawful_trade")  # "illegal miners": a kind of people, not judged
AGAINST_PREFIXES = word_class("opposing_prefix")  # "anti-terrorist measures": against the vice
VILLAINS = word_class("villain")
ABETTING = word_class("abetting")
RECEIVING = word_class("receiving")
BAD_OUTCOMES = word_class("bad_outcome")
CLAIMING = word_class("claiming")
RECKONING = word_class("reckoning")
# what is faced or paid: [False] for "face", [True] for "pay"
RECKONING_OBJECTS = (word_class("reckoning_faced"), word_class("reckoning_paid"))

ACCUSE = "112"
CRITICIZE = "111"
THREATEN = "130"
# sectors of armed or criminal doers: backing them, said by another, is an accusation
ARMED = frozenset({"REB", "CRM"})
WHERE = "events/judgement.py"


@dataclass(frozen=True, slots=True)
class Judgement:
    """A negative judgement found in a clause: the word that carries it, the head of the judged
    party's phrase, the CAMEO code, what it is (for ``explain``), and the triggers whose events
    it replaces (the content that becomes the accusation)."""

    token: Token
    judged: tuple[Token, ...]  # tried in order: the first that names an actor
    code: str
    how: str
    replaces: tuple[int, ...] = ()


def _verbal(tok: Token) -> bool:
    """A verb, also one the tagger took for a noun where it heads a clause with a subject ("said
    Rwanda “shelters criminals”": the quotation mark makes "shelters" a noun)."""
    return tok.pos_ in ("VERB", "AUX") or (tok.dep_ in ("ccomp", "conj", "relcl") and tok.pos_ == "NOUN"
                                          and any(c.dep_ == "nsubj" for c in tok.children))


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is in (``tok`` itself for a verb)."""
    t = tok
    for _ in range(6):
        if _verbal(t):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _speech_verb(verb: Token) -> Token | None:
    """The verb of saying that reports the clause of ``verb``: the clause is its complement
    ("said the action violated ..."), also coordinated ("said X ... and Y ..."), or the verb of
    saying hangs on the quote ("'...,' Rutte said" parsed the other way round)."""
    t = verb
    t = first_conjunct(t)
    if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in SPEECH:
        return t.head
    return next((c for c in t.children if c.dep_ == "parataxis" and c.lemma_.lower() in SPEECH), None)


def _is_event_noun(tok: Token, lex: ActionLexicon, roots: frozenset[str]) -> bool:
    return any(e.code[:2] in roots for e in lex.nouns.get(tok.lemma_.lower(), []))


def _norm_broken(tok: Token) -> Judgement | None:
    """"violated international law", "breached the agreement", "the truce was breached by X"."""
    passive = is_passive(tok)
    obj = next((c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if obj is None:
        return None
    lemma = obj.lemma_.lower()
    if lemma not in NORMS | TRUCES:
        return None
    doer = agent_of(tok) if passive else subject_of(tok)[0]
    if doer is None:
        return None
    # a broken truce ("the ceasefire agreement") is fighting told too; a broken law or agreement is
    # only the speaker's charge
    truce = lemma in TRUCES or any(c.dep_ == "compound" and c.lemma_.lower() in TRUCES for c in obj.children)
    return Judgement(tok, (doer,), ACCUSE, f"said to {tok.lemma_.lower()} the {lemma}", () if truce else (tok.i,))


def _vice(tok: Token, lex: ActionLexicon) -> Judgement | None:
    """"Russia's recklessness", "the illegal activities of armed groups", "Serbian provocations"."""
    if tok.lemma_.lower() in VICES:
        how = f"the {tok.lemma_.lower()} of the party"
    else:
        bad = next((c for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in VICIOUS
                    and not _prefixed_against(c)), None)
        if bad is None or _is_event_noun(tok, lex, VIOLENCE) or tok.dep_ == "attr" or tok.lemma_.lower() in UNLAWFUL_TRADE:
            # ("a brutal attack": the attack is told as its doer's deed; "is a terrorist state": the
            # subject is the one so called; "illegal miners": a kind of people)
            return None
        how = f"the party's {bad.lower_} {tok.lower_}"
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        owner, _ = prep_object(tok, "of")
    if owner is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None  # ("operated by a designated terrorist organization": no party named is judged)
    # (the owner may be inside the phrase's own mention: "Russia's recklessness", "Serbian provocations")
    return Judgement(tok, (tok,) if owner is None else (owner, tok), CRITICIZE, how)


def _prefixed_against(word: Token) -> bool:
    """``word`` is the end of a hyphenated word the parser split, prefixed by one against it ("anti-
    terrorist measures", "counter-terrorist operations": word class ``opposing_prefix``)."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in AGAINST_PREFIXES


def _villainous(obj: Token) -> bool:
    return obj.lemma_.lower() in VILLAINS or obj.lower_ in VILLAINS


def _characterised(tok: Token, find_actors: ActorFinder, doc: Doc, lex: ActionLexicon) -> Judgement | None:
    """"Rwanda shelters criminals", "Russia is a terrorist state", "said Rwanda backs the rebels":
    the party is said to deal with villains, to be one, or to back an armed group."""
    lemma = tok.lemma_.lower()
    replaces: tuple[int, ...]
    for obj in tok.children:
        if obj.dep_ == "dobj" and _villainous(obj):
            code, how, replaces = ACCUSE, f"said to {lemma} {obj.lower_}", (tok.i,)
        elif obj.dep_ == "attr" and lemma == "be" and (_villainous(obj) or any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in VICIOUS for c in obj.children)):
            code, how, replaces = CRITICIZE, f"called {obj.lower_}", ()
        elif obj.dep_ == "dobj" and lemma in ABETTING and not _is_event_noun(obj, lex, frozenset({"05", "06", "07"})) \
                and any(a.sector in ARMED for a in find_actors(doc, obj)):
            code, how, replaces = ACCUSE, f"said to {lemma} an armed group", (tok.i,)
        else:
            continue
        # (the subject only once a judgement is found: this runs on every verb of a reported clause)
        subject = subject_of(tok)[0]
        return Judgement(tok, (subject,), code, how, replaces) if subject is not None else None
    return None


def _abetted(tok: Token, find_actors: ActorFinder, doc: Doc, lex: ActionLexicon) -> Judgement | None:
    """"the attack had support from Serbia", "Rwanda's backing for the rebels": the giver of help to
    an attack or an armed group."""
    giver, _ = prep_object(tok, "from")
    if giver is None:
        giver = next((c for c in tok.children if c.dep_ == "poss"), None)
    if giver is None:
        return None
    helped, _ = prep_object(tok, "for")
    if helped is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVING:
        helped = subject_of(tok.head)[0]
    if helped is None:
        return None
    if not (_is_event_noun(helped, lex, VIOLENCE) or _villainous(helped)
            or any(a.sector in ARMED for a in find_actors(doc, helped))):
        return None
    return Judgement(tok, (giver,), ACCUSE, f"said to give {tok.lower_} to {helped.lower_}", (tok.i,))


def _blamed(tok: Token, lex: ActionLexicon) -> Judgement | None:
    """"Russia was responsible for the attack", "Algeria had taken responsibility for the
    degradation of relations": blame for a conflict event or a bad outcome. A responsibility
    taken for a deed ("took responsibility for the attack") is the doer's own claim."""
    lemma = tok.lemma_.lower()
    outcome, _ = prep_object(tok, "for")
    if outcome is None:
        return None
    bad = outcome.lemma_.lower() in BAD_OUTCOMES
    if lemma == "responsible" and tok.dep_ == "acomp":
        if not (bad or _is_event_noun(outcome, lex, MATERIAL_CONFLICT)):
            return None
        holder = subject_of(tok)[0]
        return Judgement(tok, (holder,), ACCUSE, f"said to be responsible for the {outcome.lower_}") \
            if holder is not None else None
    if lemma == "responsibility" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in CLAIMING and bad:
        holder = subject_of(tok.head)[0]
        return Judgement(tok, (holder,), ACCUSE, f"said to bear responsibility for the {outcome.lower_}",
                         (tok.i, tok.head.i)) if holder is not None else None
    return None


def _behind(tok: Token, lex: ActionLexicon) -> Judgement | None:
    """"said Moscow was behind the blast", "Russian intelligence was behind the arson attack": the
    party said to stand behind a conflict event or a bad outcome is accused of it (112)."""
    deed, _ = prep_object(tok, "behind")
    if deed is None or not (deed.lemma_.lower() in BAD_OUTCOMES or _is_event_noun(deed, lex, MATERIAL_CONFLICT)):
        return None
    holder = subject_of(tok)[0]
    return Judgement(tok, (holder,), ACCUSE, f"said to be behind the {deed.lower_}") if holder is not None else None


def _reckoning(tok: Token, lex: ActionLexicon) -> Judgement | None:
    """"Iran would pay for it", "they will pay a heavy price", "will pay dearly", "would face a bitter
    fate" (word classes `reckoning_paid`, `reckoning_faced`): told of another
    party as what is to come, the speaker's threat (130); paying for a deed ("for it", "for the
    attack"), not for goods ("will pay for the fertiliser")."""
    deed, _ = prep_object(tok, "for")
    if not ((deed is not None and (deed.pos_ == "PRON" or _is_event_noun(deed, lex, MATERIAL_CONFLICT)))
            or any(c.dep_ == "dobj" and c.lemma_.lower() in RECKONING_OBJECTS[tok.lemma_.lower() == "pay"]
                   for c in tok.children)
            or any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in tok.children)):
        return None
    payer = subject_of(tok)[0]
    return Judgement(tok, (payer,), THREATEN, f"told it will {tok.lemma_.lower()} a reckoning") if payer is not None else None


def _judgement(tok: Token, doc: Doc, lex: ActionLexicon, find_actors: ActorFinder) -> Judgement | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma in RECKONING:
        return _reckoning(tok, lex)
    if _verbal(tok):
        if lemma in VIOLATION_VERBS:
            return _norm_broken(tok)
        if lemma == "be" and (behind := _behind(tok, lex)) is not None:
            return behind
        if (funded := trouble_funder(tok, lex)) is not None:  # "said the riots were funded by X"
            return Judgement(tok, (funded[0],), ACCUSE, funded[1], (tok.i,))
        return _characterised(tok, find_actors, doc, lex)
    if tok.pos_ == "NOUN":
        if lemma in ABETTING:
            return _abetted(tok, find_actors, doc, lex)
        if lemma == "responsibility":
            return _blamed(tok, lex)
        return _vice(tok, lex)
    if tok.pos_ == "ADJ" and lemma == "responsible":
        return _blamed(tok, lex)
    return None


def judged_parties(doc: Doc, cands: list[Candidate], lex: ActionLexicon,
                   find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` with the accusations and criticisms of the judgements told in reported speech
    added, and the content events they replace dropped."""
    material = {c.trigger.i for c in cands if c.code[:2] in MATERIAL_CONFLICT}
    told = {(c.sent_index, c.code[:2], party_key(c.source), party_key(c.target)) for c in cands}
    added: list[Candidate] = []
    replaced: set[tuple[int, str | None]] = set()
    for si, sent in enumerate(doc.sents):
        if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
            continue
        if not any(t.lemma_.lower() in SPEECH for t in sent):
            continue  # a judgement is one a verb of saying in its own sentence reports
        for tok in sent:
            if tok.i in material and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() not in VIOLATION_VERBS:
                continue  # a deed told ("said troops killed 20 terrorists"), not a judgement
            if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in material \
                    and tok.lemma_.lower() not in VICES:
                continue  # ("said it had struck terrorist camps": the teller's word for the target of a deed told)
            j = _judgement(tok, doc, lex, find_actors)
            verb = _clause_verb(tok) if j is not None else None
            said = _speech_verb(verb) if verb is not None else None
            # (a threat is what is to come; a judgement is told as it is)
            expected = "intent" if j is not None and j.code == THREATEN else None
            if j is None or verb is None or said is None or is_negated(verb) or modality_of(verb) != expected:
                continue
            speaker = subject_of(said)[0]
            speakers = find_actors(doc, speaker) if speaker is not None else []
            judged = next((found for t in j.judged if (found := find_actors(doc, t))), [])
            for src in speakers:
                for tgt in judged:
                    if party_key(tgt) == party_key(src):
                        continue  # the speaker's own side: no accusation
                    key = (si, j.code[:2], party_key(src), party_key(tgt))
                    replaced.update((i, party_key(tgt)) for i in j.replaces)
                    if key in told:
                        continue
                    told.add(key)
                    entry = ActionEntry(kind="verb" if tok.pos_ in ("VERB", "AUX") else "noun",
                                        lemma=tok.lemma_.lower(), code=j.code, target=("none",), where=WHERE)
                    explain = {"entry": WHERE, "lemma": entry.lemma, "kind": entry.kind, "voice": "active",
                               "modality": None, "judgement": j.how,
                               "source_path": f"the speaker (subject of '{said.text}')",
                               "target_path": f"the party judged in the reported clause: {j.how}"}
                    added.append(Candidate(si, sent, tok, tok.text, entry, j.code, src, replace(tgt),
                                           False, None, explain, source_via=ev.STATED, target_via=ev.STATED,
                                           told_by=said))
    kept = [c for c in cands if (c.trigger.i, party_key(c.source)) not in replaced]
    return sorted([*kept, *added], key=lambda c: c.sent_index)  # (a stable sort)
