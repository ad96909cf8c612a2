"""Toponym recognition, resolution and event location on the real spaCy model (own sentences)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.places import Gazetteer, event_location, find_places, places_for_docs
from flashpoint.places.locate import names_own_scene, offshore
from flashpoint.records import Article, PlaceMention

if TYPE_CHECKING:
    from flashpoint.coding import Coder

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gazetteer]:
    gazetteer = Gazetteer.open(Path(tmp_path_factory.mktemp("placecache")), None, 15000)
    yield gazetteer
    gazetteer.close()


def places(nlp: Language, gaz: Gazetteer, text: str, context: tuple[str, ...] = ()) -> list[PlaceMention]:
    return find_places(nlp(text), "t", context, gazetteer=gaz)


def by_text(mentions: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {m.text: m for m in mentions}


def verb(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_mitrovica_in_kosovo_context(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "Kosovo police reinforced patrols in Mitrovica after the night of unrest.",
                           ("XKX", "SRB")))
    loc = found["Mitrovica"].location
    assert loc.country == "XKX" and loc.name == "Mitrovica"
    assert abs(loc.lat - 42.88) < 0.1 and abs(loc.lon - 20.87) < 0.1  # type: ignore[operator]


def test_sremska_mitrovica_is_in_serbia(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "Farmers blocked the highway near Sremska Mitrovica, west of Belgrade."))
    loc = found["Sremska Mitrovica"].location
    assert loc.country == "SRB" and loc.admin1 == "Vojvodina"
    assert 44.9 < loc.lat < 45.1  # type: ignore[operator]


def test_merdare_crossing_from_the_supplement(nlp: Language, gaz: Gazetteer) -> None:
    text = "Kosovo police closed the Merdare crossing after protesters blocked the road."
    found = places(nlp, gaz, text)
    merdare = next(m for m in found if m.text.startswith("Merdare"))
    assert merdare.location.feature == "crossing" and merdare.location.country == "XKX"
    assert text[merdare.start:merdare.end] == merdare.text


def test_pristina_inside_an_actor_name(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "The Pristina government rejected the proposal on Monday."))
    assert found["Pristina"].location.country == "XKX"
    assert found["Pristina"].location.feature == "capital"


def test_alternate_spellings_and_demonyms(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "Serbian officials flew to Prishtina and then to Zvecan."))
    assert found["Serbian"].location.country == "SRB" and found["Serbian"].location.feature == "country"
    assert found["Prishtina"].location.name == "Pristina"
    assert found["Zvecan"].location.country == "XKX"


def test_paris_follows_its_state(nlp: Language, gaz: Gazetteer) -> None:
    assert by_text(places(nlp, gaz, "The protest spread to Paris on Sunday."))["Paris"].location.country == "FRA"
    texan = by_text(places(nlp, gaz, "A tornado hit Paris, Texas, on Sunday."))["Paris"].location
    assert texan.country == "USA" and texan.admin1 == "Texas"


def test_countries_resolve_to_the_country(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "Serbia and Kosovo agreed in Brussels to talk again."))
    assert found["Serbia"].location.feature == "country" and found["Serbia"].location.country == "SRB"
    assert found["Kosovo"].location.country == "XKX"


def test_mentions_are_sorted_and_disjoint(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "Trucks queued at Jarinje and Bernjak as Prishtina banned Serbian goods from Raska.")
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert {"Jarinje", "Bernjak", "Prishtina", "Raska"} <= {m.text for m in found}


def test_event_location_is_the_meeting_place(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("The Pristina government's negotiators met Serbian officials in Raska on Friday.")
    mentions = find_places(doc, "t", gazetteer=gaz)
    loc = event_location(verb(doc, "met"), mentions)
    assert loc is not None and loc.name == "Raška" and loc.country == "SRB"


def test_no_location_from_an_actor_or_an_origin(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("The Pristina government condemned the attack.")
    assert event_location(verb(doc, "condemned"), find_places(doc, "t", gazetteer=gaz)) is None
    doc = nlp("Serbian police expelled dozens of families from Mitrovica.")
    assert event_location(verb(doc, "expelled"), find_places(doc, "t", gazetteer=gaz)) is None


def test_event_location_object_and_nested_places(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Gunmen attacked the Banjska monastery near Zvecan on Sunday.")
    loc = event_location(verb(doc, "attacked"), find_places(doc, "t", gazetteer=gaz))
    assert loc is not None and loc.name == "Banjska Monastery"


def test_an_event_noun_is_where_its_support_verb_is(nlp: Language, gaz: Gazetteer) -> None:
    # "in Iraq" hangs on "carried out", not on the event noun "strikes"
    doc = nlp("Turkey carried out air strikes in Iraq.")
    loc = event_location(verb(doc, "strikes"), find_places(doc, "t", gazetteer=gaz))
    assert loc is not None and loc.country == "IRQ"


def test_a_deed_names_its_own_scene_not_a_clause_s(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Gunmen ambushed a patrol near Bunia on Tuesday.")
    mentions = find_places(doc, "t", gazetteer=gaz)
    assert names_own_scene(verb(doc, "ambushed"), mentions[0].location, mentions)
    doc = nlp("Gunmen ambushed a bus that was heading to Bunia.")
    mentions = find_places(doc, "t", gazetteer=gaz)
    assert mentions and not names_own_scene(verb(doc, "ambushed"), mentions[0].location, mentions)
    doc = nlp("Gunmen ambushed a bus and then fled towards Bunia.")
    mentions = find_places(doc, "t", gazetteer=gaz)
    assert mentions and not names_own_scene(verb(doc, "ambushed"), mentions[0].location, mentions)


def test_places_for_docs(nlp: Language, gaz: Gazetteer) -> None:
    arts = [Article(id="a1", text="Protesters gathered in Zvecan."), Article(id="a2", text="Nothing happened.")]
    rows = [m.to_dict() for m in places_for_docs(((nlp(a.text), a) for a in arts), gazetteer=gaz)]
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"article_id", "text", "start", "end", "name", "country", "admin1", "lat", "lon",
                        "geonameid", "feature"}
    assert row["article_id"] == "a1" and row["text"] == "Zvecan" and row["country"] == "XKX"


def test_a_stance_prefix_names_no_place(nlp: Language, gaz: Gazetteer) -> None:
    found = by_text(places(nlp, gaz, "Pro-Russian separatists marched through the town with anti-Turkish banners."))
    assert not any(m.location.country in ("RUS", "TUR") for m in found.values()), found
    found = by_text(places(nlp, gaz, "Russian troops entered the town on Sunday."))
    assert found["Russian"].location.country == "RUS"



def test_a_name_the_tagger_swept_into_a_time_is_still_a_place(nlp: Language, gaz: Gazetteer) -> None:
    # "Kyiv overnight" is tagged as one time expression
    found = by_text(places(nlp, gaz, "Russia launched a massive drone attack on Kyiv overnight."))
    assert found["Kyiv"].location.country == "UKR"
    # a month or a day stays a time
    assert "Tuesday" not in by_text(places(nlp, gaz, "The talks were held on Tuesday in Geneva."))


def test_a_group_the_actor_coder_knows_is_no_place_its_name_resembles() -> None:
    # "Hamas" is also another name of the German town of Hamm; coded as the group, it places nothing
    from flashpoint.coding import Coder

    doc = Coder().parse(Article(id="t", text="Hamas welcomed the resolution and said it was ready to cooperate "
                                             "with the mediators.", published="2024-06-10"))
    assert [m.location.country for m in doc._.fp_places] == []


# --- first-level regions of countries in conflict news (issue 14) ----------------------------------

def test_a_state_of_myanmar_is_no_chinese_town(nlp: Language, gaz: Gazetteer) -> None:
    # "Shan" is also an alternate name of Shancheng, China: the state must win
    found = by_text(places(nlp, gaz, "Fighting broke out in northern Shan state on Monday."))
    assert found["Shan state"].location.country == "MMR" and found["Shan state"].location.feature == "region"
    found = by_text(places(nlp, gaz, "Ethnic armed groups seized two towns in northern Shan last week."))
    assert found["Shan"].location.country == "MMR"
    assert not any(m.location.country == "CHN" for m in found.values()), found


def test_a_surname_that_names_a_region_is_no_place(nlp: Language, gaz: Gazetteer) -> None:
    found = places(nlp, gaz, "Li Shan, a spokesman for the ministry, said the talks would continue.")
    assert not any(m.location.country == "MMR" for m in found), found


@pytest.mark.parametrize(("text", "name", "country", "region"), [
    ("The junta bombed villages in Rakhine State and Kachin overnight.", "Rakhine State", "MMR", "Rakhine State"),
    ("The junta bombed villages in Rakhine State and Kachin overnight.", "Kachin", "MMR", "Kachin State"),
    ("Drones hit the Kherson region and Zaporizhzhia oblast before dawn.", "Kherson region", "UKR",
     "Kherson Oblast"),
    ("Drones hit the Kherson region and Zaporizhzhia oblast before dawn.", "Zaporizhzhia oblast", "UKR",
     "Zaporizhzhia Oblast"),
    ("Ukrainian troops pushed deeper into Russia's Kursk region.", "Kursk region", "RUS", "Kursk Oblast"),
    ("Shelling in Khartoum state and Gezira forced thousands to flee.", "Khartoum state", "SDN", "Khartoum State"),
    ("Shelling in Khartoum state and Gezira forced thousands to flee.", "Gezira", "SDN", "Gezira State"),
    ("The paramilitaries laid siege to towns across North Darfur.", "North Darfur", "SDN", "North Darfur"),
    ("Gunmen on motorbikes killed 20 villagers in the Tillaberi region.", "Tillaberi region", "NER",
     "Tillabéri Region"),
    ("Insurgents beheaded villagers in Cabo Delgado, the governor said.", "Cabo Delgado", "MOZ", "Cabo Delgado"),
    ("Dissidents ambushed a patrol in Cauca department on Sunday.", "Cauca department", "COL", "Cauca"),
    ("Militants stormed a base in Lower Shabelle at dawn.", "Lower Shabelle", "SOM", "Lower Shabelle"),
    ("Protests spread across Sistan and Baluchestan province.", "Sistan and Baluchestan", "IRN",
     "Sistan and Baluchestan"),
    ("Herders clashed with farmers in Benue and Plateau State.", "Benue", "NGA", "Benue State"),
    ("Separatists burned a school in the Northwest Region on Friday.", "Northwest Region", "CMR",
     "Northwest Region"),
    ("Troops clashed with militias in Tigray and Amhara.", "Amhara", "ETH", "Amhara Region"),
    ("The Taliban fought resistance fighters in Panjshir.", "Panjshir", "AFG", "Panjshir"),
    ("Airstrikes hit Marib province and Hodeidah province.", "Marib province", "YEM", "Marib Governorate"),
    ("Gangs took over towns in the Artibonite department.", "Artibonite department", "HTI", "Artibonite"),
    ("Azerbaijani forces shelled positions in Syunik.", "Syunik", "ARM", "Syunik"),
])
def test_a_region_resolves_to_its_country(nlp: Language, gaz: Gazetteer, text: str, name: str, country: str,
                                          region: str) -> None:
    loc = by_text(places(nlp, gaz, text))[name].location
    assert (loc.name, loc.country, loc.feature) == (region, country, "region")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Shelling hit Kherson on Tuesday, the governor said.", "Kherson", "UKR"),
    ("Fighting in Khartoum killed ten people.", "Khartoum", "SDN"),
    ("Taliban fighters attacked police in Kandahar.", "Kandahar", "AFG"),
    ("Protesters marched in Kassala on Sunday.", "Kassala", "SDN"),
])
def test_a_region_named_after_its_city_leaves_the_city(nlp: Language, gaz: Gazetteer, text: str, name: str,
                                                       country: str) -> None:
    loc = by_text(places(nlp, gaz, text))[name].location
    assert loc.country == country and loc.feature in ("city", "capital"), loc


def test_a_region_gives_the_events_scene_and_the_actors_their_country(coder: Coder) -> None:
    events = coder.code_article(Article(id="t", text="Soldiers attacked villagers in northern Shan state on Monday, "
                                                     "killing five civilians.", published="2024-06-10"))
    assert events
    event = events[0]
    assert event.location is not None and event.location.country == "MMR"
    assert event.source.country == "MMR" and event.target.country == "MMR"


def test_an_abbreviation_is_no_surname_told(nlp: Language, gaz: Gazetteer) -> None:
    # a word of a person's name told in the story is no town of that name ("Petro's wife"), but an
    # abbreviation in capitals is no one's surname, whatever words the names told hold
    doc = nlp("China said the US tariffs on steel broke trade rules. Petro's wife was sanctioned.")
    found = by_text(find_places(doc, "t", gazetteer=gaz, named=frozenset({"us", "petro"})))
    assert found["US"].location.country == "USA"
    assert "Petro" not in found


@pytest.mark.parametrize("text", [
    "The United Nations urged both sides to respect the truce agreed in Doha.",
    "The United Nations urged both sides to respect the truce agreed in Doha.\n",
    "Kenya called on the rebels to honour the ceasefire brokered in Jeddah.",
])
def test_where_an_accord_was_made_is_no_place_of_an_appeal_to_keep_it(nlp: Language, gaz: Gazetteer, text: str) -> None:
    doc = nlp(text)
    appeal = next(t for t in doc if t.lemma_ in ("urge", "call"))
    assert event_location(appeal, find_places(doc, "t", gazetteer=gaz)) is None


@pytest.mark.parametrize("text, word, name", [
    ("A drone struck a merchant ship off the coast of Hodeidah on Friday.", "struck", "Hodeidah"),
    ("Rebels attacked a cargo ship 54 nautical miles off Aden on Monday.", "attacked", "Aden"),
    ("Pirates boarded a tanker off the port of Berbera on Sunday.", "boarded", "Berbera"),
])
def test_a_deed_off_a_town_is_at_sea(nlp: Language, gaz: Gazetteer, text: str, word: str, name: str) -> None:
    doc = nlp(text)
    mentions = find_places(doc, "t", gazetteer=gaz)
    loc = event_location(verb(doc, word), mentions)
    assert loc is not None and loc.name == name and offshore(verb(doc, word), loc, mentions)


@pytest.mark.parametrize("text, word", [
    ("Rebels attacked a police post in Aden on Monday.", "attacked"),
    ("Militants attacked the port of Berbera on Sunday.", "attacked"),
])
def test_a_deed_in_a_town_is_on_land(nlp: Language, gaz: Gazetteer, text: str, word: str) -> None:
    doc = nlp(text)
    mentions = find_places(doc, "t", gazetteer=gaz)
    loc = event_location(verb(doc, word), mentions)
    assert loc is not None and not offshore(verb(doc, word), loc, mentions)
