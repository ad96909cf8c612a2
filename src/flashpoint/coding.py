"""The coder: articles in, event records out. The one core that the CLI, the API and the store share.

``Coder`` loads the spaCy pipeline once; ``Coder.code_stream_local`` codes an iterable of articles
lazily (batched through ``nlp.pipe``) and yields ``(article, events)`` pairs in input order;
:func:`flashpoint.parallel.code_stream` does the same on ``settings.workers`` processes.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ._version import __version__
from .actors.lexicon import Lexicon as ActorLexicon
from .actors.lexicon import load_lexicon as load_actor_lexicon
from .actors.story import STATE_SECTORS, as_of, dominant_country, localise
from .config import Settings
from .errors import CodingError
from .events import evidence as ev
from .events.component import EventComponent
from .events.confidence import evidence_features, load_confidence_model
from .events.extract import VIOLENCE
from .events.grammar import is_passive
from .events.lexicon import ActionLexicon, load_lexicon
from .events.story import Retold, adjunct_of, pair_key, scene_country, scene_target
from .nlp.batching import word_batches
from .nlp.segments import parse_long
from .ontology import load_ontology
from .places import event_location
from .places.story import carry_locations, described_place, specific
from .records import Actor, Article, Event, PlaceMention
from .time.story import days_before, recent, story_dates

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


def events_from_doc(doc: Doc, article: Article, explain: bool = False,
                    lexicon: ActionLexicon | None = None, min_confidence: float = 0.0,
                    actors: ActorLexicon | None = None) -> list[Event]:
    """Turn the candidates on a processed Doc into event records (dates, places, ontology attached).
    ``lexicon`` and ``actors`` are the action and actor lexicons the pipeline used (default: the
    packaged ones); events less confident than ``min_confidence`` are left out."""
    onto = load_ontology()
    lex = lexicon if lexicon is not None else load_lexicon()  # (not ``or``: that counts every entry)
    lex_version = lex.version
    event_nouns = frozenset(lex.nouns)
    version = {"flashpoint": __version__, "lexicon": lex_version, "ontology": onto.version}
    vkey = f"{__version__}/{lex_version}/{onto.version}"
    published = _published(article)
    who = actors if actors is not None else load_actor_lexicon()
    year = published.year if published is not None else None
    confidence_model = load_confidence_model()
    places: list[PlaceMention] = [replace(p, article_id=article.id) for p in (doc._.fp_places or [])]
    home = dominant_country(doc, places)
    out: list[Event] = []
    retold = Retold()
    emitted: set[tuple[int, str | None, str | None]] = set()
    retellings: list[Event] = []  # not emitted: they only lend their places to the story
    targets_of: dict[int, Actor] = {}  # trigger token → the target its event got (for its adjuncts)
    violent: set[tuple[int, str | None, str | None]] = set()  # (trigger, source side, target side) of violence
    cands = list(doc._.fp_events or [])
    per_sentence = Counter(c.sent_index for c in cands)
    whens = story_dates(doc, ((c.sent_index, c.trigger, c.code[:2]) for c in cands), published, event_nouns)
    for c, dated in zip(cands, whens, strict=True):
        code = c.code if c.code in onto else c.code[:3]
        info = onto.get(code)
        target = c.target
        when, inherited = dated.when, dated.inherited_from
        if c.background and (inherited is not None or not recent(when, published)):
            continue  # "the mayor, jailed over a year ago": background to the news, not news
        loc = event_location(c.trigger, places)
        if not specific(loc):
            loc = described_place(doc, c.trigger, places) or loc
        ex = dict(c.explain) if explain else None
        target_via = c.target_via
        head = adjunct_of(c.trigger)
        main = targets_of.get(head.i) if head is not None else None
        if target is None and c.source is not None and head is not None and main is not None and main.country:
            # "attacked a Palestinian village, burning cars": the village's country
            target = Actor(text=main.country, span=None, name=main.country, code=main.country,
                           country=main.country, implied=True)
            target_via = ev.MAIN_TARGET
            if ex is not None:
                ex["target_path"] = f"implied: the target of '{head.text}', the action it continues"
        if target is None and c.source is not None:
            target = scene_target(loc, home, c.source)
            if target is not None:
                target_via = ev.SCENE
                if ex is not None:
                    ex["target_path"] = "implied: the country where it happened"
        # a target of unstated country (victims, detainees) belongs to the target of the action it
        # continues ("pounded Hodeida, killing two people"), else where the event happened
        scene = main.country if main is not None and main.country else scene_country(loc)
        # civilians, protesters and students of unstated country are people of the place; state
        # forces and armed groups of unstated country belong to the story's country
        civil = c.source is not None and (c.source.sector or "") not in STATE_SECTORS
        source = as_of(localise(c.source, (scene if civil and main is None else None) or home), year, who)
        target = as_of(localise(target, scene or home), year, who)
        features = evidence_features(
            c.trigger, c.entry.kind, c.entry.kind == "verb" and is_passive(c.trigger), c.entry.specificity,
            c.modality, source, c.source_via, target, target_via, info.quad_class, c.sent_index,
            per_sentence[c.sent_index], days_before(when, published) if inherited is None else None)
        if ex is not None:
            ex["evidence"] = {"source": c.source_via, "target": target_via if target is not None else ev.NONE}
            ex["features"] = features
        if target is not None:
            targets_of.setdefault(c.trigger.i, target)
        if info.root in VIOLENCE:
            if head is not None and (head.i, pair_key(source), pair_key(target)) in violent:
                continue  # "pounded Hodeida, killing two people": the toll of the same attack
            violent.add((c.trigger.i, pair_key(source), pair_key(target)))
        # the same event told again is no new record, but what it tells (its place) still counts
        again = retold(code, source, target, c.trigger, c.sent_index, when is not None and inherited is None,
                       c.source_via in ev.IMPLIED) is not None
        pair = (c.trigger.i, pair_key(source), pair_key(target))
        if pair in emitted:
            continue  # one action, one record per pair, also once the story has filled in countries
        emitted.add(pair)
        if ex is not None and inherited is not None:
            ex["date_path"] = f"inherited from sentence {inherited}"
        (retellings if again else out).append(Event(
            event_id=event_id(article.id, c.sent_index, c.trigger.idx, code, c.source, target, vkey),
            article_id=article.id,
            published=article.published,
            sentence_index=c.sent_index,
            sentence=c.sent.text,
            span=(c.sent.start_char, c.sent.end_char),
            trigger=c.trigger_text,
            trigger_span=(c.trigger.idx, c.trigger.idx + len(c.trigger.text)),
            source=source,
            target=target,
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
            confidence=confidence_model.probability(features),
            version=version,
            explain=ex,
        ))
    carry_locations(sorted(out + retellings, key=lambda e: e.sentence_index))  # (a stable sort)
    return [e for e in out if e.confidence >= min_confidence] if min_confidence > 0 else out


#: What a coder does with an article it cannot code: a callback that receives the error.
OnFailure = Callable[[CodingError], None]


class Coder:
    """Codes articles with one loaded pipeline. Not thread-safe; use one per process.

    One article that cannot be coded never stops the others: it is passed to ``on_failure`` (a
    :class:`~flashpoint.errors.CodingError` naming it) and the stream goes on; without
    ``on_failure`` the error is raised. Articles longer than ``settings.segment_chars`` are parsed
    in segments (:mod:`flashpoint.nlp.segments`); longer than ``settings.max_chars``, they are not
    coded at all (reported as ``too_long``)."""

    def __init__(self, settings: Settings | None = None) -> None:
        from .nlp import load_pipeline

        self.settings = settings or Settings()
        self.nlp: Language = load_pipeline(self.settings)
        events_pipe = self.nlp.get_pipe("flashpoint_events")
        self.lexicon: ActionLexicon = events_pipe.lexicon if isinstance(events_pipe, EventComponent) else load_lexicon()
        actors_pipe = self.nlp.get_pipe("flashpoint_actors")
        self.actors: ActorLexicon = getattr(actors_pipe, "lexicon", None) or load_actor_lexicon(self.settings.actors)

    def parse(self, text: str) -> Doc:
        """The pipeline's ``Doc`` of ``text``, in segments when it is long."""
        if len(text) > self.settings.segment_chars:
            return parse_long(self.nlp, text, self.settings.segment_chars)
        return self.nlp(text)

    def _events(self, doc: Doc, article: Article) -> list[Event]:
        return events_from_doc(doc, article, self.settings.explain, self.lexicon, self.settings.min_confidence,
                               self.actors)

    def _too_long(self, article: Article) -> CodingError | None:
        if len(article.text) > self.settings.max_chars:
            return CodingError(article.id, article.origin, CodingError.TOO_LONG,
                               f"{len(article.text):,} characters, more than {self.settings.max_chars:,}")
        return None

    def code_article(self, article: Article) -> list[Event]:
        """The events of one article; :class:`CodingError` when it cannot be coded."""
        too_long = self._too_long(article)
        if too_long is not None:
            raise too_long
        try:
            return self._events(self.parse(article.text), article)
        except Exception as exc:  # noqa: BLE001 - whatever broke, the error names the article
            raise CodingError(article.id, article.origin, CodingError.FAILED,
                              f"{type(exc).__name__}: {exc}") from exc

    def code_stream_local(self, articles: Iterable[Article],
                          on_failure: OnFailure | None = None) -> Iterator[tuple[Article, list[Event]]]:
        """Code ``articles`` lazily in this process, batched through spaCy; yields ``(article,
        events)`` in input order (failed articles go to ``on_failure``). For ``settings.workers``
        processes, :func:`flashpoint.parallel.code_stream`."""
        for batch, result in self.code_batches(articles):
            for article, events in zip(batch, result, strict=True):
                if isinstance(events, CodingError):
                    if on_failure is None:
                        raise events
                    on_failure(events)
                else:
                    yield article, events

    def code_batches(self, articles: Iterable[Article]) -> Iterator[tuple[list[Article], list[list[Event] | CodingError]]]:
        """Batches of articles with, for each, its events or the :class:`CodingError` that stopped it.

        A batch runs through ``nlp.pipe``; if anything in it raises, its articles are coded one by
        one so that only the culprit is lost. Long articles are parsed on their own, in segments."""
        for batch in word_batches(articles, self.settings.batch_size, self.settings.batch_words):
            try:
                yield batch, self._code_batch(batch)
            except Exception:  # noqa: BLE001 - retried article by article below, to name the culprit
                yield batch, [self._code_one(a) for a in batch]

    def _code_batch(self, batch: list[Article]) -> list[list[Event] | CodingError]:
        limit = min(self.settings.segment_chars, self.settings.max_chars)
        short = [a for a in batch if len(a.text) <= limit]
        docs = iter(self.nlp.pipe((a.text for a in short), batch_size=max(1, len(short))))
        # long articles (parsed in segments) and too long ones (refused) go one by one
        return [self._events(next(docs), a) if len(a.text) <= limit else self._code_one(a) for a in batch]

    def _code_one(self, article: Article) -> list[Event] | CodingError:
        try:
            return self.code_article(article)
        except CodingError as exc:
            return exc


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
