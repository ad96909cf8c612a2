"""The names a story has told its actors by, for the linker to find them again: a person's full
name and the shorter forms news uses after it ("Vucevic", "Atta" of "Yasser al-Atta", "Tchiroma" of
"Issa Tchiroma Bakary"; the family name first where a country's names begin with it, "Yoon" of "Yoon
Suk Yeol"), and a body's acronym ("the CHP", "the BNP").

The register belongs to one document's linking (``actors/link.py``), which adds each phrase once
it is resolved; it holds no state of its own beyond that document.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.words import word_class
from .draft import Draft
from .forms import fold
from .lexicon import Person
from .unowned import acronym, initials

__all__ = ["NamesTold", "named_again", "own_name"]

_TITLES = word_class("title")
_FAMILY_FIRST = word_class("family_name_first")
# titles a person is named again by with the given name alone ("Prince Faisal", "Sheikh Tamim")
_GIVEN_NAME_TITLES = word_class("given_name_title")
_NAMING_TITLES = word_class("title", "head_title", "given_name_title")
_ARTICLES = ("al-", "el-")
_BARE_ARTICLES = frozenset({"al", "el"})  # ("al - Hamidawi" as the tokenizer splits it)
_VOWELS = frozenset("aeiouy")
_SKELETON_MIN = 3


class NamesTold:
    """A document's register of the names its actors were told by."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._by_name: dict[str, Draft] = {}

    def get(self, key: str, folded: bool = True) -> Draft | None:
        """The actor told by ``key`` as written (or, with ``folded``, without accents and case), or
        None."""
        if not key:
            return None
        return self._by_name.get(key) or (self._by_name.get(fold(key)) if folded else None)

    def add(self, d: Draft) -> None:
        """Register the names of a resolved phrase: a body's acronym or initials (the first body
        given them keeps them), a person's full name and its shorter forms (the latest person of a
        name wins)."""
        if (d.known or d.sector) and not d.person:
            # ("the Republican People's Party (CHP)": "the CHP" after it; "the Bangladesh
            # Nationalist Party": "the BNP")
            for short in (acronym(self.doc, d), initials(self.doc, d)):
                if short is not None and short not in self._by_name:
                    self._by_name[short] = d
        if d.person and d.name and (d.known or d.sector):
            last = d.name.split()[-1]
            # ("Yasser al-Atta" ... "Atta said": the surname without its article)
            bare = last.split("-", 1)[1] if last[:3].lower() in _ARTICLES and len(last) > 3 else last
            keys = [d.name, last, bare]
            # ("Issa Tchiroma Bakary" ... "Tchiroma", "Gustavo Petro Urrego" ... "Petro": the first
            # of two surnames after a given name)
            written = self._written_name(d)
            if len(written) >= 3 and written[-2][:1].isupper():
                keys.append(written[-2])
            if (d.country or "").lower() in _FAMILY_FIRST and len(d.name.split()) >= 2:
                keys.append(d.name.split()[0])  # ("Yoon Suk Yeol" ... "Yoon declares": the family name)
            if len(written) >= 2 and self._after_given_name_title(d, written):
                # ("Prince Faisal bin Farhan" ... "Prince Faisal": the given name after the title)
                keys.append(written[0])
            for key in keys:
                self._by_name[key] = d
                self._by_name[fold(key)] = d

    def _after_given_name_title(self, d: Draft, written: list[str]) -> bool:
        """Whether the written name ``written`` (ending at the phrase's head) follows a title that
        names its bearer again by the given name ("Prince", "Sheikh", "Emir")."""
        before = d.head - len(written)
        return before >= d.start and self.doc[before].lower_ in _GIVEN_NAME_TITLES

    def _written_name(self, d: Draft) -> list[str]:
        """The words of the proper name that ends at the phrase's head, as written (up to a title)."""
        words: list[str] = []
        i = d.head
        while i >= d.start and self.doc[i].pos_ == "PROPN" and self.doc[i].lower_ not in _TITLES:
            words.insert(0, self.doc[i].text)
            i -= 1
        return words if any(self.doc[k].ent_type_ == "PERSON" for k in range(i + 1, d.head + 1)) else []


def named_again(d: Draft) -> bool:
    """``d`` names again a person told before by their full name (a surname, "he"): that person, of
    the country that mention has, or of none the text gives (then the story's), never linked anew by
    the sector alone to another party of that sector told nearer ("Defence Minister Moussa Traorela
    met the Russian ambassador. Traorela criticised the rebels": not Russia's government, as "He
    criticised" is not)."""
    told = d.antecedent
    return d.person and told is not None and told.person and d.name is not None and d.name == told.name


def own_name(doc: Doc, d: Draft, listed: Person | None = None) -> None:
    """"Juan Jose Rubio" is not the who's who's Marco Rubio: a full name whose given names the
    who's who's person does not have, in no spelling of theirs ("Mohammed" is "Mohamed"), is the
    name of another person of that surname (``d.name`` becomes the name as written), who takes
    nothing from the namesake: no country but the one the phrase names ("Sudanese warlord Hamza
    Bashir"), no organisation, no sector but the one its title gives ("warlord Hamza Bashir" is no
    Sudanese government, and the men loyal to him no state's forces), where ``listed`` (the who's who's
    person, known by other names too: "Abdul-Malik al-Houthi") says the identity came from it (not
    from an apposition, "X, head of the Y militia")."""
    if not d.person or d.name is None or d.needs is not None:
        return
    i = d.head
    while i > d.start and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN" \
            and doc[i - 1].lower_.rstrip(".") not in _NAMING_TITLES:
        i -= 1  # (a title is no given name: "Jordan's King Abdullah")
    given = [fold(t.text) for t in doc[i:d.head] if t.is_alpha and t.lower_ not in _BARE_ARTICLES]
    if not given:
        return
    names = (d.name, *listed.aka, *listed.short) if listed is not None else (d.name,)
    known = {fold(p) for n in names for w in n.split() for p in (w, *w.split("-"))}
    if not any(fold(doc[d.head].text) in w for w in known):
        return  # (the head is no part of the name: "his Tajik counterpart Emomali Rahmon")
    if set(given) & known or {_skeleton(w) for w in given} & {_skeleton(w) for w in known} - {""}:
        return
    d.name = doc[i:d.head + 1].text
    if listed is None:
        return
    before = doc[d.start:i]
    if not any(t.ent_type_ == "NORP" for t in before):
        d.country = None
    d.org = None
    if not any(t.lower_.rstrip(".") in _NAMING_TITLES for t in before):
        d.sector = None


def _skeleton(name: str) -> str:
    """A given name's consonants, doubled ones once: the same for its spellings ("Mohammed",
    "Mohamed", "Muhammad": "mhmd"), "" where too short to tell ("Ali")."""
    letters = [c for c in name.lower() if c.isalpha() and c not in _VOWELS]
    out = "".join(c for k, c in enumerate(letters) if k == 0 or c != letters[k - 1])
    return out if len(out) >= _SKELETON_MIN else ""
