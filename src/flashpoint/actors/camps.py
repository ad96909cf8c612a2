"""The camps actors' sectors fall in (the state's offices and bodies, and the sides outside it) and
the mark of a country still to fill in. One definition, read by the story rules (``story.py``, which
re-exports them) and by the modules they call."""

from __future__ import annotations

__all__ = ["UNKNOWN_COUNTRY", "STATE_SECTORS", "OFFICES", "STATE_BODIES", "NON_STATE", "STATE_AGENTS", "ARMED_GROUPS", "ARMED_SECTORS"]

# the code's country part of an actor whose country the story fills in later ("the army": ---MIL)
UNKNOWN_COUNTRY = "---"
# the state's forces and bodies, armed groups and criminals (and actors of no sector): of unstated
# country, they are the story's country's; civilians, protesters, students... are the place's people
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "CRM", ""})
# the offices of a state: its government, forces, police, intelligence, courts and parliament
OFFICES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# the bodies of a state, and actors of no sector: any of them may speak for another ("officials said
# the army will ...")
STATE_BODIES = OFFICES | {""}
# sectors outside the state: armed groups, criminals and the opposition, who in a war inside one
# country are a side of their own, not the state's camp
NON_STATE = frozenset({"REB", "CRM", "OPP"})
# the state's bodies that act for it, and the other camp of a war inside one country
STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
ARMED_GROUPS = frozenset({"REB", "OPP"})
# sectors that bear arms: armies, police, intelligence and armed groups
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY"})
