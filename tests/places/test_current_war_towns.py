"""Towns of current wars and insurgencies that the package gazetteer lacks, or holds only under a
name news does not use, are in the supplement with their country, so an event there is placed in
the right country (not a namesake in Yemen, Spain or Ukraine, nor nowhere). Sentences the team
wrote, coded end to end; the facts are which country a town lies in (data/places/supplement.yml)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "published", "name", "country"), [
    ("RSF fighters shelled a camp for displaced people in Tawila on Monday, killing 11, Sudanese medics said.",
     "2025-05-08", "Tawila", "SDN"),
    ("M23 rebels captured Walikale on Wednesday, Congolese officials said.", "2025-03-21", "Walikale", "COD"),
    ("An Israeli air strike hit a school sheltering displaced families in Deir al-Balah on Tuesday, "
     "Palestinian health officials said.", "2024-08-08", "Deir al-Balah", "PSE"),
    ("Israeli troops raided Beita overnight and arrested twelve Palestinians, the Palestinian news agency "
     "said.", "2024-08-08", "Beita", "PSE"),
    ("Gangs attacked Pont-Sonde on Thursday, killing at least 70 people, Haitian officials said.", "2024-10-08",
     "Pont-Sondé", "HTI"),
    ("Haitian police killed five gang members in Mirebalais on Monday, officials said.", "2025-04-08",
     "Mirebalais", "HTI"),
    ("A drone struck an oil field near Kut on Monday, Iraqi officials said.", "2025-07-08", "Kut", "IRQ"),
    ("Islamist insurgents attacked Ancuabe in northern Mozambique, killing dozens of people.", "2024-03-28",
     "Ancuabe", "MOZ"),
    ("Gunmen killed 100 villagers in Yelwata overnight, Nigerian police said.", "2025-06-15", "Yelwata", "NGA"),
    ("Fano militiamen clashed with Ethiopian soldiers in Shewa Robit on Saturday, residents said.", "2024-08-08",
     "Shewa Robit", "ETH"),
    ("Israeli jets struck a house in Aitaroun, killing three Hezbollah fighters, Lebanese media said.",
     "2024-08-08", "Aitaroun", "LBN"),
])
def test_a_town_of_a_current_war_is_placed_in_its_country(coder, text: str, published: str, name: str,
                                                          country: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert events
    assert all(e.location is not None and (e.location.name, e.location.country) == (name, country)
               and e.location.feature != "unresolved" for e in events)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russian troops shelled a school in Avdiivka on Sunday, Ukrainian officials said.", "Avdiivka", "UKR"),
    ("RSF fighters attacked an army base in Babanusa on Sunday, Sudanese officials said.", "Babanusa", "SDN"),
    ("Bandits abducted 20 travellers near Birnin Gwari on Sunday, Nigerian police said.", "Birnin Gwari", "NGA"),
    ("Tigrayan forces shelled a market in Axum on Sunday, Ethiopian officials said.", "Axum", "ETH"),
])
def test_a_town_the_package_holds_under_another_spelling_or_too_small_is_found(coder, text: str, name: str,
                                                                               country: str) -> None:
    # (the tagger calls these names persons or products: the scan of capitalised words finds them only
    # where they are curated)
    events = coder.code_article(Article(id="t", text=text, published="2024-08-08"))
    assert events and all(e.location is not None and (e.location.name, e.location.country) == (name, country)
                          for e in events)
