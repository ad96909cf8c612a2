"""Settlers are of the state that settles the land, not of the land they settle.

"Jewish settlers in Hebron attacked Palestinian homes", "Settlers torched cars in a village near
Nablus": the settlers are Israelis, whatever the place they live in says. A phrase headed by a noun of
settlers (word class ``settler_noun``) whose country is unsaid or only where they are ("in Hebron":
``Draft.located``) is of the state countries.yml names as settling that land (``settled_by``: the
West Bank's settlers, PSE, are Israel's), the land being where they are, else the first of the
story's main countries that another state settles. A people or nationality the phrase names
("Israeli settlers", "Turkish settlers") is theirs as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .draft import Context, Draft
from .lexicon import Lexicon

__all__ = ["settle", "settler_word"]

_SETTLERS = word_class("settler_noun")
_MAIN = 3  # how many of the story's countries may be the settled land


def settler_word(tok: Token) -> bool:
    """``tok`` names settlers, who are no evidence of the story's country: the land they settle is
    another's ("Israeli settlers stormed a village": the story is the village's)."""
    return tok.lemma_.lower() in _SETTLERS


def settle(drafts: list[Draft], ctx: Context, lex: Lexicon) -> None:
    """Give the settlers among ``drafts`` the settling state's country (in place)."""
    for d in drafts:
        if d.lemma not in _SETTLERS or d.org is not None or (d.country is not None and not d.located):
            continue
        lands = [d.country] if d.country is not None else ctx.top[:_MAIN]
        settler = next((s for land in lands if (c := lex.countries.get(land)) is not None
                        and (s := c.settled_by) is not None), None)
        if settler is not None:
            d.country, d.located = settler, False
