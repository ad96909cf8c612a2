"""Name keys: case, accents and punctuation do not matter; abbreviations keep their form."""

from __future__ import annotations

from flashpoint.places.normalize import exact_form, is_latin_name, name_key


def test_keys_fold_case_accents_and_punctuation() -> None:
    assert name_key("Priština") == name_key("PRISTINA") == name_key("Pristina") == "pristina"
    assert name_key("Mitrovicë") == "mitrovice"
    assert name_key("Đakovica") == "dakovica"
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("Gilgit-Baltistan") == "gilgit baltistan"
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire")


def test_exact_forms_keep_case_and_dots() -> None:
    assert exact_form("U.S.") == "U.S."
    assert exact_form("W. Va.") == exact_form("W.Va.")
    assert exact_form("Miss.") != exact_form("Miss")


def test_latin_names_only() -> None:
    assert is_latin_name("Prishtina")
    assert is_latin_name("Sant Julià de Lòria")
    assert not is_latin_name("Приштина")
    assert not is_latin_name("lun dun")
    assert not is_latin_name("LON")
    assert not is_latin_name("Zone 2")
