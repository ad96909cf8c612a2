"""Toponym recognition: find the place names in a parsed article and resolve them.

Three sources are combined:

1. spaCy's GPE, LOC and FAC entities (looked up whole, else the best place name inside them);
2. NORP entities that are demonyms ("Serbian", "British": a country or region named by its adjective);
3. a scan of capitalised words the NER missed or labelled otherwise ("the Pristina government",
   "Merdare" tagged ORG, "Toronto Police"), accepted only when the name is a country, region,
   curated place or a town of some size, and, inside a PERSON entity, only after a locative
   preposition ("in Nelson").

Names the gazetteer does not know but the NER calls places ("Manger Square") are kept with
``feature="unresolved"`` and no coordinates (the country is filled in when the sentence's other
places all lie in one country), so that event location can still point at them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.syntax import (
    joined_in_a_name,
    language_suffixed,
    name_in_a_time,
    opens_a_facility_name,
    stance_prefixed,
)
from flashpoint.nlp.words import word_class
from flashpoint.places.far_namesake import foreign_namesake
from flashpoint.places.gazetteer import AREA_FEATURES, Candidate, Gazetteer, Place, get_gazetteer
from flashpoint.places.hyphenated import hyphen_joined, one_word
from flashpoint.places.index import KIND_ABBR, KIND_ALT, KIND_DEMONYM, KIND_NAME
from flashpoint.places.normalize import name_key
from flashpoint.places.people_or_places import listed_after_a_place_preposition, speaks
from flashpoint.places.resolve import Ambiguous, resolve
from flashpoint.places.within import told_within
from flashpoint.records import Location, PlaceMention

__all__ = ["find_places"]

_NER_PLACE = frozenset({"GPE", "LOC", "FAC"})
_NEVER = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# words that may join the capitalised words of one name: "Bosnia and Herzegovina", "Gilgit-Baltistan"
_CONNECTORS = frozenset({"'s", "\u2019s", "of", "de", "del", "la", "le", "du", "des", "da", "di", "al", "el", "upon",
                         "on", "and", "-", "&", "y", "e", "i", "am", "an", "der", "sur", "en"})
# a person's name after one of these is more likely a place: "in Nelson", "from Owerri"
_PLACE_PREPOSITIONS = word_class("place_preposition")
_MAX_NGRAM = 8  # ("Saint-Jean-sur-Richelieu": seven tokens)
_MIN_CITY = 15_000  # a town the NER did not call a place must be at least this big ...
_MIN_CITY_ALT = 100_000  # ... or this big when only an alternate name matched
_MIN_TOWN = 5_000  # ... unless the NER saw a person's name after a locative preposition ("in Tammun")
_MIN_CITY_CAPS = 50_000  # ... or this big when written in capitals (headlines, datelines)
_TITLES = word_class("title")
_POSSESSIVES = word_class("possessive_pronoun")
_SEA_FEATURES = word_class("sea_feature")
_KIND_OF_PLACE = word_class("locative_noun", "shore_noun")  # "the port of", "the town of"
_FACILITIES = word_class("named_facility")  # "the Serena hotel", "the Oberoi-Trident hotel"
_GENERAL = frozenset({"country", "capital", "region", "continent"})


@dataclass
class _Match:
    start: int  # token index
    end: int
    candidates: tuple[Candidate, ...]
    origin: str  # ner, norp, scan


def _capitalised(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and any(ch.isalpha() for ch in text)


_KEY_MEMO: dict[str, str] = {}
_KEY_MEMO_MAX = 200_000


def _name_key(text: str) -> str:
    """:func:`name_key`, memoised: the same capitalised words recur from article to article."""
    key = _KEY_MEMO.get(text)
    if key is None:
        if len(_KEY_MEMO) >= _KEY_MEMO_MAX:
            _KEY_MEMO.clear()
        key = _KEY_MEMO[text] = name_key(text)
    return key


class _Tokens:
    """Token texts, whitespace, lower forms, entity labels and capitalisation of a doc, read once in
    one pass (a Token or Span object per access is what makes scanning all n-grams slow)."""

    __slots__ = ("text", "ws", "lower", "label", "cap", "keys", "_doc_text", "_idx")

    def __init__(self, doc: Doc) -> None:
        rows = [(t.text, t.whitespace_, t.lower_, t.ent_type_) for t in doc]
        self.text: list[str] = [r[0] for r in rows]
        self.ws: list[str] = [r[1] for r in rows]
        self.lower: list[str] = [r[2] for r in rows]
        self.label: list[str] = [r[3] for r in rows]
        self.cap = [bool(x) and x[0].isupper() and any(ch.isalpha() for ch in x) for x in self.text]
        self.keys: dict[tuple[int, int], str] = {}
        # character offsets of the tokens in the text they make up (the doc's text)
        self._idx: list[int] = [0, *itertools.accumulate(len(t) + len(w) for t, w, _, _ in rows)]
        self._doc_text = "".join(t + w for t, w, _, _ in rows)

    def span_text(self, start: int, end: int) -> str:
        if end - start == 1:
            return self.text[start]
        # the text from the first token's start to the last token's end (no trailing space)
        return self._doc_text[self._idx[start]:self._idx[end - 1] + len(self.text[end - 1])]

    def key(self, start: int, end: int) -> str:
        k = self.keys.get((start, end))
        if k is None:
            k = self.keys[(start, end)] = _name_key(self.span_text(start, end))
        return k


def _tokens(doc: Doc) -> _Tokens:
    cached = doc.user_data.get("_fp_place_tokens")
    if not isinstance(cached, _Tokens) or len(cached.text) != len(doc):
        cached = _Tokens(doc)
        doc.user_data["_fp_place_tokens"] = cached
    return cached


def _trim(span: Span) -> tuple[int, int]:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or not any(c.isalnum() for c in doc[start].text)):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or not any(
            c.isalnum() for c in doc[end - 1].text)):
        end -= 1
    return start, end


def _runs(doc: Doc, usable: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with connectors between them) among usable tokens."""
    runs: list[tuple[int, int]] = []
    toks = _tokens(doc)
    cap, lower = toks.cap, toks.lower
    i, n = 0, len(doc)
    while i < n:
        if not usable[i] or not cap[i]:
            i += 1
            continue
        j = i + 1
        while j < n and usable[j]:
            if cap[j]:
                j += 1
            elif lower[j] in _CONNECTORS and j + 1 < n and usable[j + 1] and cap[j + 1]:
                j += 2
            elif lower[j] in _CONNECTORS and j + 2 < n and lower[j + 1] == "the" and usable[j + 1] \
                    and usable[j + 2] and cap[j + 2]:
                j += 3  # ("Saint Vincent and the Grenadines", "Bay of the Islands")
            elif (k := hyphen_joined(j, lower, toks.ws, cap, usable, _CONNECTORS)) > j:
                j = k  # ("Croix-des-Bouquets", "Mazar-i-Sharif")
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _ngrams(start: int, end: int, doc: Doc, cap: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """Sub-spans that begin and end with a capitalised token, longest first, then leftmost."""
    out = []
    if cap is None:
        cap = _tokens(doc).cap
    for length in range(min(_MAX_NGRAM, end - start), 0, -1):
        for s in range(start, end - length + 1):
            e = s + length
            if cap[s] and cap[e - 1]:
                out.append((s, e))
    return out


def _key(doc: Doc, start: int, end: int) -> str:
    return _tokens(doc).key(start, end)


class _Finder:
    """Finds the place mentions of one document."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, bodies: frozenset[int] = frozenset(),
                 patrons: frozenset[int] = frozenset(), named: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.bodies = bodies
        self.patrons = patrons
        self.toks = _tokens(doc)
        self.label = self.toks.label
        self.ent_of: list[Span | None] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.cands: dict[str, tuple[Candidate, ...]] = {}
        # nationality words that open a facility's name ("the Saudi Maternity Hospital"): no place
        self.named_for = [opens_a_facility_name(t) for t in doc]
        self.person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent
                             if t.is_alpha and t.text[:1].isupper()} | named
        # the last words of persons' names of two or more words ("Joseph Kabila Mwanza"), not a name the
        # NER took for a person's in one mention ("Nelson") nor a team's ("Seattle Seahawks")
        self.surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}

    def lookup(self, spans: Sequence[tuple[int, int]]) -> None:
        key = self.toks.key
        keys = {key(s, e) for s, e in spans}
        self.cands.update(self.gaz.lookup_keys(keys))

    def candidates(self, start: int, end: int) -> tuple[Candidate, ...]:
        toks = self.toks
        found = self.cands.get(toks.key(start, end))
        if not found:  # most capitalised words and word groups are no place at all
            return ()
        surface = toks.span_text(start, end)
        # "Calif." may reach us as "Calif" + "."
        dotted = surface + "." if end < len(toks.text) and toks.text[end] == "." and not toks.ws[end - 1] else ""
        return tuple(c for c in found if c.accepts(surface) or (dotted and c.accepts(dotted)))

    def _strong(self, place: Place) -> bool:
        """A place big, general or curated enough to be meant even where the NER saw a person."""
        return place.curated or place.feature in _GENERAL or place.population >= _MIN_CITY_ALT

    def extend(self, match: _Match) -> _Match:
        """Grow a match over the words after it when that gives a curated name ("Banjska monastery")."""
        doc = self.doc
        for extra in (2, 1):
            e = match.end + extra
            if e > len(doc) or any(not t.is_alpha for t in doc[match.end:e]):
                continue
            cands = tuple(c for c in self.candidates(match.start, e) if c.place.curated and c.kind == KIND_NAME)
            if cands:
                return _Match(match.start, e, cands, match.origin)
        return match

    def plausible(self, start: int, end: int, cands: Sequence[Candidate], strict: bool,
                  whole: bool = False) -> tuple[Candidate, ...]:
        """The candidates of a name the NER did not call a place (``strict``) or did, or () to reject it.

        ``whole`` marks a span that is an entire GPE, LOC or FAC entity: the word list of
        ``not_places`` does not apply to it.

        Under ``strict`` the name must be a country, region, demonym, curated place or a town of
        some size (the gate); once it passes, every candidate stays in for resolution.
        """
        if not cands:
            return ()
        doc = self.doc
        span = doc[start:end]
        tokens = list(span)
        letters = sum(ch.isalpha() for ch in span.text)
        caps = all(t.text.isupper() for t in tokens if t.is_alpha)
        before = doc[start - 1] if start > 0 else None
        # (a short name that a place noun's of-phrase gives, "the port of Eyl", "the town of Ely", is a name)
        named_by_kind = before is not None and before.lower_ == "of" and start > 1 \
            and doc[start - 2].lower_ in _KIND_OF_PLACE and not caps
        # (a town of three letters the NER tagged as a name after a place preposition, "near Gao", "in Kut")
        short_town = letters == 3 and span.text.istitle() and (before is not None and before.lower_ in _PLACE_PREPOSITIONS
                                                                or listed_after_a_place_preposition(span)) \
            and (ent := self.ent_of[start]) is not None and ent.label_ in ("GPE", "LOC", "PERSON", "NORP", "ORG", "PRODUCT")
        if (letters < 4 and not named_by_kind) or (caps and letters <= 4):
            # "La", "BA", "AI": abbreviations only ("US", "UK")
            cands = [c for c in cands if c.kind == KIND_ABBR or (short_town and c.kind == KIND_NAME)]
            if not cands:
                return ()
        if before is not None and before.lower_ in _POSSESSIVES and not any(_capitalised(t) for t in tokens):
            return ()  # "off its east coast", "their capital": the owner's part, no name of a place
        if end < len(doc) and doc[end].lower_ in _FACILITIES:
            # a facility's name is no town that only an alternate name of it matches ("the Serena
            # hotel" in Kabul is not La Serena, "the Oberoi-Trident hotel" not Trento)
            cands = [c for c in cands if c.kind != KIND_ALT or c.place.curated or c.place.feature in _GENERAL]
            if not cands:
                return ()
        if whole and self.surname_told(start, end):
            # a word of a person's name told elsewhere, though the NER calls it a place ("Gustavo
            # Petro ... revoked Petro's visa"): a country, capital or region by its own name only
            cands = [c for c in cands if c.place.feature in _GENERAL and c.kind == KIND_NAME]
            if not cands:
                return ()
        if speaks(span):  # "Hassan said": a person, or a state or its capital speaking, never a town
            cands = [c for c in cands if c.place.feature in _GENERAL and c.kind == KIND_NAME]
        if whole or not cands:
            return tuple(cands)
        if self.gaz.is_not_place(span.text):
            return ()
        if not strict:
            return tuple(cands)
        single = end - start == 1
        first = doc[start]
        if single and first.is_sent_start and first.pos_ not in ("PROPN", "ADJ") and not caps:
            return ()
        if single and first.is_stop and not caps:
            return ()
        if before is not None and before.text.rstrip(".").lower() in _TITLES:
            return ()
        ent = self.ent_of[start]
        in_person = ent is not None and ent.label_ == "PERSON"
        # the last word of a longer person's name is the surname, not a region or area ("Li Shan")
        surname = in_person and ent is not None and ent.start < start and ent.end == end
        # the surname of a person named elsewhere in the article ("Joseph Mwanza ... Mwanza loyalists")
        named_person = not in_person and len(tokens) == 1 and tokens[0].lower_ in self.surnames
        after_prep = before is not None and before.lower_ in _PLACE_PREPOSITIONS or named_by_kind \
            or listed_after_a_place_preposition(span)
        # the first word of a longer name the NER took for a person's, after a locative preposition
        # ("in Tula Toli", a village, not Tula): a town's name is only a word of that place's name
        opener = after_prep and in_person and ent is not None and ent.start == start and ent.end > end \
            and all(t.is_alpha and t.is_title for t in doc[end:ent.end])
        dateline = caps and (start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space) and (
            end < len(doc) and doc[end].text in ("(", ",", "-", "\u2014", "\u2013", ":"))
        alt_floor = _MIN_CITY if after_prep else _MIN_CITY_ALT  # ("outside Khan Sheikhoun", tagged a person)
        passed = False
        for c in cands:
            place = c.place
            if not after_prep:
                if in_person and not (self._strong(place) and c.kind != KIND_ALT):
                    continue
                if surname and place.feature in ("region", "area"):
                    continue
                if named_person and not (place.curated or place.feature in _GENERAL and c.kind == KIND_NAME):
                    continue  # ("Joseph Mwanza denied ... Mwanza loyalists": no Tanzanian town)
            if opener and place.feature not in _GENERAL and not place.curated:
                continue
            if c.kind == KIND_DEMONYM:
                passed = True
            elif place.curated or place.feature in AREA_FEATURES or place.feature == "capital":
                if c.kind != KIND_ALT or place.feature in ("country", "capital") or place.curated:
                    passed = True
            else:
                floor = alt_floor if c.kind == KIND_ALT else _MIN_TOWN if in_person and after_prep else _MIN_CITY
                if caps and not dateline:
                    floor = max(floor, _MIN_CITY_CAPS)
                passed = passed or place.population >= floor
        if not passed:
            return ()
        # resolution may weigh every reading, except obscure places known only by an alternate name
        return tuple(c for c in cands if c.kind != KIND_ALT or c.place.curated or c.place.population >= alt_floor)

    def surname_told(self, start: int, end: int) -> bool:
        """A one-word name outside any person's name that is a word of a person's name told in the
        article, not after a locative preposition ("Petro's visa" after "Gustavo Petro"; not "in Nelson")."""
        doc = self.doc
        if end - start != 1 or doc[start].lower_ not in self.person_words or doc[start].is_upper:
            return False  # (an abbreviation, "US", is no one's surname, whatever the NER tagged elsewhere)
        ent = self.ent_of[start]
        return not (ent is not None and ent.label_ == "PERSON") \
            and not (start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS)

    def joined_to_a_name(self, start: int, end: int) -> bool:
        """A place entity joined by a small word of names to a capitalised word outside any place
        entity ("Praia do Bilene", "Vila de Lima" where the NER saw only "Praia", "Lima"): one word of
        a longer name, not the place of that name; joined to another place it stays ("Santiago de
        Chile"), and so does a country after the small word ("Universidad de Chile")."""

        def free(w: Token) -> bool:
            ent = self.ent_of[w.i]
            return not (ent is not None and ent.label_ in _NER_PLACE)

        country = any(c.place.feature == "country" for c in self.candidates(start, end))
        return joined_in_a_name(self.doc, start, end, free, before=not country)

    def widened(self, ner: list[tuple[int, int, str]], runs: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """NER places that are words of a longer name the gazetteer knows, its words joined by a small
        word ("Port of Spain" tagged as "Port" and "Spain", "Bosnia and Herzegovina"): the whole name,
        once, not the country or the town its words also name."""
        doc, lower = self.doc, self.toks.lower
        out: list[tuple[int, int, str]] = []
        for s, e, label in ner:
            if out and out[-1][0] <= s and e <= out[-1][1]:
                continue  # (inside the whole name found for the word before)
            run = next(((a, b) for a, b in runs if a <= s and e <= b), None) if label != "NORP" else None
            whole = next(((a, b) for a, b in _ngrams(*run, doc, self.toks.cap)
                          if a <= s and e <= b and b - a > e - s and any(lower[k] in _CONNECTORS for k in range(a, b))
                          and self.plausible(a, b, self.candidates(a, b), strict=not one_word(self.toks.ws, a, b))),
                         None) if run else None  # (a place's name of hyphened words is one name, as the NER saw)
            out.append((*whole, label) if whole else (s, e, label))
        return out

    def placelike(self, start: int, end: int) -> bool:
        """Whether an NER place the gazetteer lacks looks like a real name worth placing approximately."""
        span = self.doc[start:end]
        words = [t for t in span if t.is_alpha]
        if not words or not _capitalised(span[0]) or any(ch.isdigit() for ch in span.text):
            return False
        if len(words) == 1 and (span.text.isupper() or not span.text.isalpha()):
            return False  # an acronym or a code
        if all(t.lower_ in self.person_words for t in words) or self.gaz.is_not_place(span.text):
            return False
        return len(words) > 1 or span[0].pos_ == "PROPN"

    def best_inside(self, start: int, end: int, strict: bool) -> list[_Match]:
        """Place names inside a span: greedy, longest first, without overlaps."""
        found: list[_Match] = []
        taken = [False] * (end - start)
        for s, e in _ngrams(start, end, self.doc, self.toks.cap):
            if any(taken[s - start:e - start]) or any(self.named_for[s:e]):
                continue
            cands = self.plausible(s, e, self.candidates(s, e), strict)
            if cands:
                found.append(_Match(s, e, cands, "scan"))
                for k in range(s, e):
                    taken[k - start] = True
        return sorted(found, key=lambda m: m.start)

    def run(self) -> tuple[list[_Match], list[tuple[int, int]]]:
        doc = self.doc
        # (a name the tagger swept into a time, "Kyiv overnight", is still a name)
        usable = [(lab not in _NEVER or (lab in ("DATE", "TIME") and name_in_a_time(doc[i]))) and i not in self.bodies
                  for i, lab in enumerate(self.label)]
        wanted: list[tuple[int, int]] = []
        ner: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            if ent.label_ == "NORP" and any(i in self.bodies for i in range(ent.start, ent.end)):
                continue  # ("the Houthis": the group, not a place its name resembles)
            if ent.label_ in _NER_PLACE or ent.label_ == "NORP":
                s, e = _trim(ent)
                if s < e:
                    ner.append((s, e, ent.label_))
                    wanted.append((s, e))
                    wanted.extend(_ngrams(s, e, doc, self.toks.cap))
        runs = _runs(doc, usable)
        for s, e in runs:
            wanted.extend(_ngrams(s, e, doc, self.toks.cap))
        # "Merdare crossing", "Banjska monastery": curated names may go on in lower case
        wanted.extend((s, e + k) for s, e in list(wanted) for k in (1, 2) if e + k <= len(doc))
        self.lookup(wanted)
        ner = self.widened(ner, runs)

        matches: list[_Match] = []
        unresolved: list[tuple[int, int]] = []
        occupied = [k in self.patrons for k in range(len(doc))]  # (a patron is never a place)
        for s, e, label in ner:
            cands = self.candidates(s, e)
            if (label == "NORP" and (stance_prefixed(doc, s) or language_suffixed(doc, e) or any(self.named_for[s:e]))) \
                    or any(k in self.patrons for k in range(s, e)):
                for k in range(s, e):  # "pro-Russian separatists", "Iran-backed militias" are not there, nor
                    occupied[k] = True  # "the Saudi Maternity Hospital" in Saudi Arabia
                continue
            if label != "NORP" and self.joined_to_a_name(s, e):
                for k in range(s, e):
                    occupied[k] = True
                continue
            if label == "NORP":
                # a nationality or group: only demonyms and names of countries and regions count
                cands = tuple(c for c in cands if c.kind == KIND_DEMONYM or c.place.feature in AREA_FEATURES)
                inside = [_Match(s, e, cands, "norp")] if cands else self.best_inside(s, e, strict=True)
            elif self.plausible(s, e, cands, strict=False, whole=True):
                inside = [_Match(s, e, self.plausible(s, e, cands, strict=False, whole=True), "ner")]
            else:
                # "Scarborough Shoal": a feature at sea the gazetteer does not know, not the town inside
                at_sea = e - s > 1 and doc[e - 1].lower_ in _SEA_FEATURES
                inside = [] if at_sea else self.best_inside(s, e, strict=True)
                if not inside and not at_sea and not self.surname_told(s, e):
                    inside = self.best_inside(s, e, strict=False)[:1]
                if not inside:
                    if self.placelike(s, e):
                        unresolved.append((s, e))
                    for k in range(s, e):
                        occupied[k] = True
                    continue
            for m in inside:
                matches.append(m)
                for k in range(m.start, m.end):
                    occupied[k] = True
        for s, e in runs:
            free = [not occupied[k] for k in range(s, e)]
            k = s
            while k < e:  # split the run at occupied tokens
                if not free[k - s]:
                    k += 1
                    continue
                j = k
                while j < e and free[j - s]:
                    j += 1
                matches.extend(self.best_inside(k, j, strict=True))
                k = j
        extended: list[_Match] = []
        for m in sorted(matches, key=lambda m: m.start):
            m = self.extend(m)
            if extended and m.start < extended[-1].end:
                continue  # swallowed by the previous, extended match
            extended.append(m)
        return extended, unresolved


def _hints(doc: Doc, matches: Sequence[_Match]) -> list[int | None]:
    """The match that says where another one lies: for "Paris, Texas" the one after the comma, for
    "Colombia's Cauca province" the possessor before it."""
    hints: list[int | None] = [None] * len(matches)
    for i in range(len(matches) - 1):
        a, b = matches[i], matches[i + 1]
        if b.start == a.end + 1 and doc[a.end].text == ",":
            hints[i] = i + 1
        elif b.start == a.end + 1 and doc[a.end].lower_ in ("'s", "’s") and hints[i + 1] is None:
            hints[i + 1] = i
    return hints


def _unresolved(doc: Doc, start: int, end: int, placed: Sequence[tuple[_Match, Place]]) -> Location:
    """A place name the gazetteer lacks: no coordinates; the country when its sentence names only one."""
    sent = doc[start].sent
    countries = {p.country for m, p in placed if sent.start <= m.start < sent.end and p.country}
    return Location(name=doc[start:end].text, country=countries.pop() if len(countries) == 1 else None,
                    lat=None, lon=None, admin1=None, geonameid=None, feature="unresolved")


def find_places(doc: Doc, article_id: str, context: Sequence[str] = (),
                gazetteer: Gazetteer | None = None, bodies: frozenset[int] = frozenset(),
                patrons: frozenset[int] = frozenset(), named: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Place names in ``doc`` (a parsed article), each resolved to a location.

    ``context`` lists ISO 3166-1 alpha-3 codes of countries the article is known to concern (for
    instance its actors' countries); they tip ambiguous names towards places in those countries.
    ``bodies`` are tokens that name an organisation or group the actor coder knows ("Hamas"): outside
    a place entity they are never read as a place. ``patrons`` are tokens that name the patron of a
    party ("Iran" of "Iran-backed militias"): never a place, also inside a place entity. ``named``
    are words (lower case) of full names the actor coder resolved, counted as words of a person's
    name as the NER's persons are ("Gustavo Petro" tagged ORG: "Petro" alone is no town). Offsets
    are character offsets in ``doc.text``.
    Mentions are sorted and do not overlap.
    """
    gaz = gazetteer if gazetteer is not None else get_gazetteer()
    matches, unresolved = _Finder(doc, gaz, bodies, patrons, named).run()
    items = [Ambiguous(key=_key(doc, m.start, m.end), candidates=m.candidates) for m in matches]
    holders = told_within(doc, [(m.start, m.end, all(c.kind == KIND_DEMONYM for c in m.candidates)) for m in matches])
    for item, hint, holder in zip(items, _hints(doc, matches), holders, strict=True):
        item.hint, item.within = (hint, False) if hint is not None or holder is None else (holder, True)
    places = resolve(items, context)
    far = [k for k, (m, p) in enumerate(zip(matches, places, strict=True)) if p is None and items[k].within
           or p is not None and foreign_namesake(doc, m.start, m.end, p, context, places, gaz)]
    unresolved.extend((matches[k].start, matches[k].end) for k in far)  # ("the village of Moura": no Portugal)
    places = [None if k in far else p for k, p in enumerate(places)]
    placed = [(m, p) for m, p in zip(matches, places, strict=True) if p is not None]
    out: list[PlaceMention] = []
    for m, place in placed:
        span = doc[m.start:m.end]
        out.append(PlaceMention(article_id=article_id, text=span.text, start=span.start_char, end=span.end_char,
                                location=place.to_location()))
    for s, e in unresolved:
        span = doc[s:e]
        out.append(PlaceMention(article_id=article_id, text=span.text, start=span.start_char, end=span.end_char,
                                location=_unresolved(doc, s, e, placed)))
    out.sort(key=lambda pm: pm.start)
    return out

