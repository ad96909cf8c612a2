"""Air defences are the defender's, never the attacker's told before them.

"KYIV - Russian forces struck an energy facility in Odesa overnight. Air defences shot down 20
drones": the air defences are Ukraine's. Linked by their sector alone (the military) to the latest
military mention, they became the attacker's own (Russian forces shooting down their own drones). A
phrase naming air or missile defences (word classes ``defence_word`` and ``defended_medium``: "air
defences", "the air defense system", "anti-aircraft defences") of no country of its own is not
linked by its sector; the story rules give it the story's country, where the attack is told.
"""

from __future__ import annotations

from ..nlp.words import word_class

__all__ = ["defence_named"]

_DEFENCES = word_class("defence_word")
_MEDIA = word_class("defended_medium")


def defence_named(text: str) -> bool:
    """The phrase names air or missile defences ("Air defences", "Ukraine's air defense system")."""
    words = [w.lower() for w in text.split()]
    return any(a in _MEDIA and b in _DEFENCES for a, b in zip(words, words[1:], strict=False))
