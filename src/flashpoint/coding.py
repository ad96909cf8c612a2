"""The coder: articles in, event records out. The one core that the CLI, the API and the store share.

``Coder`` loads the spaCy pipeline once; ``Coder.code_stream`` codes an iterable of articles lazily
(batched through ``nlp.pipe``) and yields ``(article, events)`` pairs in input order.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import __version__
from .config import Settings
from .events.component import EventComponent
from .events.extract import Candidate
from .events.lexicon import ActionLexicon, load_lexicon
from .nlp.batching import word_batches
from .ontology import load_ontology
from .places import event_location
from .records import Actor, Article, Event, Location, PlaceMention
from .time.story import recent, story_dates

__all__ = ["Coder", "cached_coder", "events_from_doc", "event_id", "place_stream"]

def event_id(article_id: str, sent_index: int, trigger_start: int, cameo: str, source: Actor | None,
             target: Actor | None, version: str) -> str:
    """A stable id: the same input and version give the same id."""
    parts = [article_id, str(sent_index), str(trigger_start), cameo,
             source.code if source else "", str(source.span if source else ""),
             target.code if target else "", str(target.span if target else ""), version]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _published(article: Article) -> _dt.date | None:
    if not article.published:
        return None
    try:
        return _dt.date.fromisoformat(article.published)
    except ValueError:
        return None


def _confidence(c: Candidate, implied: bool) -> float:
    conf = 0.55 + 0.07 * c.entry.specificity
    if c.target is not None and not implied:
        conf += 0.15
    if implied:
        conf -= 0.15
    if c.modality == "intent":
        conf -= 0.05
    return round(max(0.05, min(conf, 0.95)), 2)


UNKNOWN_COUNTRY = "---"


def _dominant_country(doc: Doc, places: list[PlaceMention]) -> str | None:
    """The country an article is about: most mentioned among its actors and places (ties: first)."""
    counts: Counter[str] = Counter()
    for m in doc._.fp_actors or []:
        if m.actor.country:
            counts[m.actor.country] += 1
    for p in places:
        if p.location.country and len(p.location.country) == 3:
            counts[p.location.country] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


SCENE_TARGET_FROM_ROOT = "06"  # material cooperation and all conflict: a domestic action targets its country


def _scene_target(loc: Location | None, home: str | None, source: Actor | None) -> Actor | None:
    """The country where an action with no stated target happened: its location's, else the
    article's dominant country (an implied actor)."""
    country = loc.country if loc is not None and loc.country and len(loc.country) == 3 else home
    if country is None or source is None:
        return None
    return Actor(text=country, span=None, name=country, code=country, country=country, implied=True)


def _localise(actor: Actor | None, country: str | None) -> Actor | None:
    """A person or body whose country the text leaves open ("President X", "the army") belongs to
    the article's dominant country."""
    if actor is None or country is None or not actor.code.startswith(UNKNOWN_COUNTRY) or actor.org:
        return actor
    return replace(actor, code=country + actor.code[len(UNKNOWN_COUNTRY):], country=country)


BROAD_FEATURES = {"country", "continent", "region", "area", "water", "unresolved"}
PLACE_WINDOW = 3  # sentences a story's location carries over


def _specific(loc: Location | None) -> bool:
    return loc is not None and loc.lat is not None and (loc.feature or "") not in BROAD_FEATURES


NAMED_KINDS = {"crossing", "checkpoint", "bridge", "airport", "base", "monastery", "camp", "port", "square",
               "station", "mine", "dam", "lake", "plant"}


def _described_place(doc: Doc, trigger: Token, places: list[PlaceMention]) -> Location | None:
    """"closed the most important border crossing" → the article's named place of that kind
    ("Merdare, the main border crossing"; "the Jarinje crossing"), nearest in the text."""
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in NAMED_KINDS or obj.ent_type_:
        return None
    kind = obj.lemma_.lower()
    best: tuple[int, Location] | None = None
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not _specific(p.location):
            continue
        root = span.root
        named = (any(c.dep_ == "appos" and c.lemma_.lower() == kind for c in root.children)
                 or (root.dep_ in ("compound", "appos") and root.head.lemma_.lower() == kind))
        if named:
            dist = abs(span.start - trigger.i)
            if best is None or dist < best[0]:
                best = (dist, p.location)
    return best[1] if best else None


def _carry_locations(events: list[Event]) -> None:
    """Narrative continuity of places. Forward: an event with no place (or only a country) happened
    where the story's latest placed event did, if within a few sentences and in the same country.
    Backward: an event still without a specific place takes that of a later event of the same kind
    against the same target within two sentences (the same event, told in more detail)."""
    story: Event | None = None
    for e in events:
        if _specific(e.location):
            story = e
            continue
        if story is None or e.sentence_index - story.sentence_index > PLACE_WINDOW:
            continue
        assert story.location is not None
        if e.location is None or e.location.country == story.location.country:
            e.location = story.location
            if e.explain is not None:
                e.explain["location_path"] = f"carried from sentence {story.sentence_index}"
    for i, e in enumerate(events):
        if _specific(e.location) or e.target is None:
            continue
        for later in events[i + 1:]:
            if later.sentence_index - e.sentence_index > 2:
                break
            if (later.cameo_root == e.cameo_root and later.target is not None
                    and later.target.code == e.target.code and _specific(later.location)):
                e.location = later.location
                if e.explain is not None:
                    e.explain["location_path"] = f"same event as in sentence {later.sentence_index}"
                break


def events_from_doc(doc: Doc, article: Article, explain: bool = False,
                    lexicon: ActionLexicon | None = None) -> list[Event]:
    """Turn the candidates on a processed Doc into event records (dates, places, ontology attached).
    ``lexicon`` is the action lexicon the pipeline used (default: the packaged one)."""
    onto = load_ontology()
    lex = lexicon if lexicon is not None else load_lexicon()  # (not ``or``: that counts every entry)
    lex_version = lex.version
    event_nouns = frozenset(lex.nouns)
    version = {"flashpoint": __version__, "lexicon": lex_version, "ontology": onto.version}
    vkey = f"{__version__}/{lex_version}/{onto.version}"
    published = _published(article)
    places: list[PlaceMention] = [replace(p, article_id=article.id) for p in (doc._.fp_places or [])]
    home = _dominant_country(doc, places)
    out: list[Event] = []
    cands = list(doc._.fp_events or [])
    whens = story_dates(doc, ((c.sent_index, c.trigger, c.code[:2]) for c in cands), published, event_nouns)
    for c, dated in zip(cands, whens, strict=True):
        code = c.code if c.code in onto else c.code[:3]
        info = onto.get(code)
        target = c.target
        when, inherited = dated.when, dated.inherited_from
        if c.background and (inherited is not None or not recent(when, published)):
            continue  # "the mayor, jailed over a year ago": background to the news, not news
        loc = event_location(c.trigger, places)
        if not _specific(loc):
            loc = _described_place(doc, c.trigger, places) or loc
        ex = dict(c.explain) if explain else None
        implied = c.implied
        if target is None and code[:2] >= SCENE_TARGET_FROM_ROOT and c.source is not None:
            target = _scene_target(loc, home, c.source)
            if target is not None:
                implied = True
                if ex is not None:
                    ex["target_path"] = "implied: the country where it happened"
        if ex is not None and inherited is not None:
            ex["date_path"] = f"inherited from sentence {inherited}"
        out.append(Event(
            event_id=event_id(article.id, c.sent_index, c.trigger.idx, code, c.source, target, vkey),
            article_id=article.id,
            published=article.published,
            sentence_index=c.sent_index,
            sentence=c.sent.text,
            span=(c.sent.start_char, c.sent.end_char),
            trigger=c.trigger_text,
            source=_localise(c.source, home),
            target=_localise(target, home),
            cameo=code,
            cameo_root=info.root,
            cameo_name=info.name,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover={"type": info.plover_type, "mode": info.plover_mode},
            date=when.date if when else article.published,
            date_precision=when.precision if when else ("day" if article.published else None),
            date_text=when.text if when else None,
            location=loc,
            negated=c.negated or c.modality in ("hypothetical", "question"),
            confidence=_confidence(c, implied),
            version=version,
            explain=ex,
        ))
    _carry_locations(out)
    return out


class Coder:
    """Codes articles with one loaded pipeline. Not thread-safe; use one per process."""

    def __init__(self, settings: Settings | None = None) -> None:
        from .nlp import load_pipeline

        self.settings = settings or Settings()
        self.nlp: Language = load_pipeline(self.settings)
        events_pipe = self.nlp.get_pipe("flashpoint_events")
        self.lexicon: ActionLexicon = events_pipe.lexicon if isinstance(events_pipe, EventComponent) else load_lexicon()

    def code_article(self, article: Article) -> list[Event]:
        return events_from_doc(self.nlp(article.text), article, self.settings.explain, self.lexicon)

    def code_stream(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code ``articles`` lazily, batched through spaCy, on ``settings.workers`` processes;
        yields ``(article, events)`` in input order."""
        if self.settings.workers > 1:
            from .parallel import parallel_code_stream

            return parallel_code_stream(articles, self.settings)
        return self.code_stream_local(articles)

    def code_stream_local(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code ``articles`` in this process."""
        for batch in word_batches(articles, self.settings.batch_size, self.settings.batch_words):
            pairs = ((a.text, a) for a in batch)
            for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                yield article, events_from_doc(doc, article, self.settings.explain, self.lexicon)


@functools.lru_cache(maxsize=2)
def cached_coder(settings: Settings) -> Coder:
    """A Coder per settings, kept for the process (the pipeline is expensive to load)."""
    return Coder(settings)


def place_stream(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[PlaceMention]:
    """Every resolved place mention of ``articles`` (the data behind ``flashpoint places``)."""
    from .places import places_for_docs

    coder = cached_coder(settings or Settings())
    size, words = coder.settings.batch_size, coder.settings.batch_words
    # places_for_docs resolves the mentions itself; the pipeline's own place step would do it twice
    with coder.nlp.select_pipes(disable=["flashpoint_places", "flashpoint_events"]):
        for batch in word_batches(articles, size, words):
            docs = coder.nlp.pipe(((a.text, a) for a in batch), as_tuples=True, batch_size=len(batch))
            yield from places_for_docs(docs)
