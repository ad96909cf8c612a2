"""Men named by whom they are loyal to, where the parser read the adjective as a clause ("The fighting
began when gunmen loyal to the ousted president X attacked ...", parsed "gunmen [were] loyal to"): the
adjective is still their phrase's (actors/rightside.py), so a former ruler's men are rebels of his
country and are never linked by their sector alone to a rebel leader named before who now governs.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _doer(text: str, published: str, trigger: str) -> str | None:
    return next(e.source.code for e in code(text, published) if e.trigger.startswith(trigger) and e.source)


def test_an_ousted_presidents_gunmen_are_rebels_not_the_taliban_government():
    text = ("Taliban spokesman Zabihullah Mujahid spoke on Sunday. The fighting began when gunmen loyal to "
            "the ousted president Ashraf Ghani attacked a Taliban checkpoint in Kabul.")
    assert _doer(text, "2021-09-20", "attacked") == "AFGREB"


def test_an_ousted_presidents_militiamen_are_rebels_after_the_new_leader_is_named():
    text = ("HTS leader Ahmed al-Sharaa met the Qatari emir on Thursday. The unrest began when militiamen "
            "loyal to the ousted president Assad raided a police station in Homs.")
    assert _doer(text, "2025-02-01", "raided") == "SYRREB"

