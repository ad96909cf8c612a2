"""Rulers who took power by force named again by a description (actors/rulers.py): "the junta",
"the putschists", "the military government", "the coup leaders" are the rulers the story told of,
never the foreign country it names more often."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_junta_is_the_military_government_told_before(code):
    text = ("Mali's military government ordered the Swedish ambassador to leave on Friday. "
            "Sweden had criticised the arrest of opposition figures. Sweden said the expulsion was "
            "regrettable and Sweden recalled its charge d'affaires. The junta accused Stockholm of "
            "spreading false claims.")
    assert {a.country for a in code(text, "junta")} == {"MLI"}


def test_the_military_government_is_the_junta_not_the_minister_who_criticised_it(code):
    text = ("Mali's junta expelled the head of the UN human rights mission on Sunday. The French "
            "foreign minister, Jean-Noel Barrot, criticised the decision. The military government "
            "accused Paris of arming separatists in the north.")
    assert {a.country for a in code(text, "government")} == {"MLI"}


def test_the_putschists_are_the_military_rulers(code):
    text = ("Niger's military rulers ordered the closure of the Benin border crossing on Thursday. "
            "Benin's President Patrice Talon said Benin had done nothing wrong and Benin's foreign "
            "minister urged dialogue. The putschists accused Cotonou of hosting French troops.")
    assert {a.country for a in code(text, "putschists")} == {"NER"}


def test_the_coup_leaders_are_the_soldiers_told_seizing_power(code):
    text = ("Soldiers in Gabon seized power on Wednesday and detained President Ali Bongo. The "
            "United States and France condemned the takeover. Washington said the United States "
            "would review aid. The coup leaders dissolved parliament.")
    assert [(a.country, a.sector) for a in code(text, "leaders")] == [("GAB", "MIL")]

