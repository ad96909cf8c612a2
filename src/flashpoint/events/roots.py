"""What CAMEO roots mean for the extractor's rules: which roots are material conflict, which are
violence, which are criticism aimed at a deed, which govern complements that are only wished for,
which are done by two parties together. One copy of each set; the rules import them from here."""

from __future__ import annotations

__all__ = ["INTENT_ROOTS", "MATERIAL_CONFLICT", "VIOLENCE", "FUTURE_NOT_EVENT", "CRITICISM", "NOT_ASSERTED_UNDER",
           "MUTUAL", "mutual"]

# roots whose intended form is coded by "express intent to cooperate" (030) when the entry has none
INTENT_ROOTS = {"04", "05", "06", "07", "08"}
# complements of these roots are wished for, not done ("called on X to end", "refuses to join")
NOT_ASSERTED_UNDER = {"02", "03", "10", "12", "13"}
MATERIAL_CONFLICT = {"14", "15", "16", "17", "18", "19", "20"}
# the violent roots: their agentless passives take the agent of a conflict event just told
VIOLENCE = {"18", "19", "20"}
# an action of these roots still to come is not an event (yet): no intent code stands for it
FUTURE_NOT_EVENT = {"06", "07", "17", "18", "19", "20"}
CRITICISM = {"10", "11", "12", "13", "14"}  # aimed at whoever did the event they name

# actions two parties do together: meet and negotiate, sign, cooperate, fight
MUTUAL = ("04", "057", "06", "19")


def mutual(code: str) -> bool:
    """``code`` is an action two parties do together."""
    return code.startswith(MUTUAL)
