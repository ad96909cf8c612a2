"""A party the story once calls the opposition is the opposition in its other mentions.

The lexicon's parties are parties (PTY) of their country (organisations.yml): who is in opposition
changes with each election, so the text tells it ("the opposition Bangladesh Nationalist Party":
OPP, ``Lexicon.party_side``). A story that says so once means the same party by its other mentions
("... The BNP denied the accusation": the opposition's denial, not a party's of no side). A mention
with a sector of its own keeps it ("the BNP government", "BNP lawmakers"); a party the story never
calls the opposition stays a party.
"""

from __future__ import annotations

from .draft import Draft
from .lexicon import Lexicon

__all__ = ["opposition_told"]


def opposition_told(drafts: list[Draft], lex: Lexicon) -> None:
    """Make every other mention of a party (PTY) that one mention calls the opposition (OPP) the
    opposition too, where the mention gives no sector of its own."""
    opposed = {d.org for d in drafts if d.org is not None and d.sector == "OPP" and lex.org_sector(d.org) == "PTY"}
    for d in drafts:
        if d.org in opposed and d.sector in (None, "PTY"):
            d.sector = "OPP"
