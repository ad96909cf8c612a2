"""People named again by a title alone: "the president" is the one named before with that title,
"the two Secretaries" the last two told with it, and "The Secretary condemned ..." after "Secretary
Rubio spoke with Secretary Lazaro" the subject of that call, not its partner named last; a state body
an opposition figure accuses is that figure's own state. A base class of the linker (``link.py``),
above the pronouns' (``pronouns.Antecedents``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .draft import Draft
from .forms import plural
from .pronouns import SUBJECTS, Antecedents
from .story import STATE_AGENTS

__all__ = ["TitleHolders"]

_HEAD_TITLES = word_class("head_title")
_TITLES = word_class("title") | _HEAD_TITLES


class TitleHolders(Antecedents):
    """Who a title alone names, among the drafts resolved so far."""

    def _title_holders(self, d: Draft) -> list[Draft]:
        """For a pair named by a title ("the two Secretaries", "the two foreign ministers"), the two
        people of different countries told last with that title word in their phrase; else []."""
        word = plural(self.doc[d.head].lower_)
        found: list[Draft] = []
        for c in reversed(self._recent(0)):
            if c.head < d.start and c.person and not c.plural and c.known and c.country \
                    and word in {plural(t.lower_) for t in self.doc[c.start:c.end] if t.pos_ in ("NOUN", "PROPN")} \
                    and all(f.country != c.country for f in found):
                found.append(c)
                if len(found) == 2:
                    return found[::-1]
        return []

    def _partner_subject(self, d: Draft, c: Draft) -> Draft:
        """For a bare title that is the subject of its clause ("The Secretary condemned ..."), the
        subject of the clause that told ``c`` as its object or partner, when that subject is another
        party's office holder of the same kind ("Secretary Rubio spoke with Secretary Lazaro. The
        Secretary condemned ...": Rubio, whom the readout is about, not the last one named); else
        ``c``."""
        tok = self.doc[d.head]
        if not d.person or d.plural or d.name or tok.dep_ not in SUBJECTS or not c.person \
                or self.doc[c.head].dep_ in SUBJECTS:
            return c
        partner = next((s for s in self._subject_drafts(self.doc[c.head]) if s.known and s.person and not s.plural
                        and (s.country, s.org) != (c.country, c.org) and self._sector(s) == self._sector(c)
                        and not self._other_title(s, tok)),
                       None)
        return partner if partner is not None else c

    def _other_title(self, s: Draft, title: Token) -> bool:
        """``s`` is told with titles and not with ``title``'s word ("French President Emmanuel Macron
        met German Chancellor Olaf Scholz. The chancellor ...": no chancellor, so not the one meant)."""
        words = {t.lower_ for t in self.doc[s.start:s.end]}
        return bool(words & _TITLES) and title.lower_ not in words

    def _opposed_state(self, d: Draft) -> str | None:
        """The country of the opposition figure or party whose clause has ``d``, a state body of
        unstated country, for its object ("Georgescu denied wrongdoing and accused the authorities of
        persecuting him", "the opposition leader criticised the government"): an opposition's state
        is its own, not a foreign state told in the sentence before; None otherwise."""
        if d.sector not in STATE_AGENTS:
            return None
        subjects = [s for s in self._subject_drafts(self.doc[d.head]) if s.known]
        countries = {s.country for s in subjects if s.sector == "OPP" and s.org is None}
        return countries.pop() if len(countries) == 1 and len(subjects) == 1 else None

    def _head_title(self, d: Draft) -> bool:
        return bool(self._titles(d))

    def _titles(self, d: Draft) -> set[str]:
        """The titles of a head of state or government in the phrase ("president", "prime minister")."""
        words = [t.lower_ for t in self.doc[d.start:d.end]]
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        return (set(words) | pairs) & _HEAD_TITLES

    def _office_holder(self, d: Draft, tok: Token) -> Draft | None:
        """"the president", "the king" with no name: the person named before in the story with that
        title ("Ukrainian President Volodymyr Zelensky"), not a recent official of another country."""
        titles = self._titles(d)
        if not titles or d.name or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        return next((c for c in reversed(self.done) if c.person and c.known and c.name and c.head < d.head
                     and self._titles(c) & titles), None)
