"""The who's who's coverage: a bare name of an office holder codes by the story's date (in office: the
office's country and sector; out of it: ELI), and a surname given as ``short`` never takes over
somebody else's name."""

from __future__ import annotations

import pytest

from flashpoint.actors.lexicon import _name_forms, load_lexicon
from flashpoint.records import Article


def _sources(coder, text: str, published: str) -> list[str]:
    events = coder.code_article(Article(id="w", text=text, published=published))
    return [e.source.code for e in events if e.source is not None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a minister, an army or security chief named by surname alone, in office on the story's day
    ("Siliņa condemned the Russian strike on Kyiv.", "2024-05-02", "LVAGOV"),
    ("Tsahkna accused Moscow of sabotage.", "2024-05-02", "ESTGOV"),
    ("Papikyan accused Azerbaijan of shelling Armenian positions.", "2023-09-14", "ARMGOV"),
    ("Budanov accused Russia of planning new attacks.", "2024-06-10", "UKRSPY"),
    ("Ghalibaf criticised the United States.", "2024-06-10", "IRNLEG"),
    ("Qaani met Hezbollah commanders in Beirut.", "2024-06-10", "IRNMIL"),
    ("Kabbashi accused the RSF of killing civilians in El Fasher.", "2024-06-10", "SDNMIL"),
    ("Kayani met Chinese officials.", "2012-06-10", "PAKMIL"),
    ("Baradar met Chinese officials in Kabul.", "2022-06-10", "AFGGOV"),
    ("Bisimwa accused Kinshasa of attacking M23 positions.", "2024-06-10", "CODREB"),
    # an armed group of organisations.yml named by its acronym
    ("The PFLP condemned the Israeli raid on Jenin.", "2024-01-20", "PSEREB"),
    # the same person in office in one story and a former official in a later one
    ("Saakashvili accused Russia of occupying Georgian territory.", "2010-06-10", "GEOGOV"),
    ("Saakashvili criticised the government.", "2022-06-10", "GEOELI"),
    ("Ahmadinejad threatened Israel.", "2010-06-10", "IRNGOV"),
    ("Ahmadinejad criticised the government.", "2020-06-10", "IRNELI"),
    ("Davutoğlu criticised Erdogan.", "2020-06-10", "TURELI"),
    # terms with a gap: Nepal's Oli was Prime Minister 2018-2021 and again 2024-2025
    ("Oli met Chinese officials in Beijing.", "2019-06-10", "NPLGOV"),
    ("Oli met Chinese officials in Beijing.", "2023-06-10", "NPLELI"),
    ("Oli met Chinese officials in Beijing.", "2024-09-10", "NPLGOV"),
])
def test_a_bare_name_codes_by_the_story_s_date(coder, text, published, expected):
    assert expected in _sources(coder, text, published)


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "expected"), [
    # countries that had no one in the file: a bare name no longer takes the country the story is about
    ("Irfaan Ali accused Venezuela of threatening the border.", "2025-03-10", "GUYGOV"),
    ("David Granger accused Venezuela of threatening the border.", "2018-03-10", "GUYGOV"),
    ("David Granger accused Venezuela of threatening the border.", "2023-03-10", "GUYELI"),
    # a junta leader, and the president he ousted, before and after the coup
    ("Doumbouya accused France of interfering.", "2023-06-10", "GINMIL"),
    ("Condé accused Ivory Coast of backing rebels.", "2015-06-10", "GINGOV"),
    ("Condé accused the junta of persecuting his party.", "2023-06-10", "GINELI"),
    ("Randrianirina met French officials in Antananarivo.", "2025-11-10", "MDGMIL"),
    ("Rajoelina accused France of meddling.", "2022-06-10", "MDGGOV"),
    ("Oligui Nguema met Chinese officials in Beijing.", "2024-06-10", "GABGOV"),
    ("Mulino rejected Trump's threat to seize the canal.", "2025-01-10", "PANGOV"),
    ("Khurelsukh met Putin in Ulaanbaatar.", "2024-09-03", "MNGGOV"),
    ("Sogavare signed a security pact with China.", "2022-04-20", "SLBGOV"),
    ("Borjana Krišto met Serbian officials.", "2024-04-20", "BIHGOV"),
    ("Pope Leo XIV condemned the attack on Gaza.", "2025-07-10", "VATREL"),
])
def test_a_bare_name_of_a_small_state_codes_its_own_country(coder, text, published, expected):
    assert expected in _sources(coder, text, published)


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "source", "target"), [
    # "Orban" alone is Hungary's Viktor Orbán; Romania's Ludovic Orban is his own person
    ("Ludovic Orban criticised Viktor Orban.", "2020-06-10", "ROUGOV", "HUNGOV"),
    # "Murillo" alone is Nicaragua's Rosario Murillo, not Colombia's foreign minister
    ("Luis Gilberto Murillo criticised Venezuela.", "2024-06-10", "COLGOV", "VEN"),
    # "Deuba" alone is Sher Bahadur Deuba (out of office in 2024); his wife was foreign minister
    ("Arzu Rana Deuba met Chinese officials in Beijing.", "2024-09-10", "NPLGOV", "CHNGOV"),
])
def test_a_short_surname_does_not_take_over_another_person(coder, text, published, source, target):
    events = coder.code_article(Article(id="w", text=text, published=published))
    assert [(e.source.code, e.target.code) for e in events if e.source and e.target] == [(source, target)]


def test_no_name_names_two_people_or_a_person_and_something_else():
    """A form shared by two entries would code one of them at random: the file gives no `short` or
    `aka` that a country or an organisation also goes by, and no surname two people share. Only
    full names two office holders share are allowed: the title before the name (or the story's
    country) tells them apart (`Lexicon.namesake`)."""
    lex = load_lexicon()
    surnames = {s for p in lex.people.values() for s in p.short}
    clashes = {form: [(r.kind, r.key) for r in refs] for form, refs in _name_forms(lex).items()
               if len(refs) > 1 and any(r.kind == "person" for r in refs)
               and (any(r.kind != "person" for r in refs) or form in surnames or " " not in form)}
    assert clashes == {}
    namesakes = {form for form, refs in _name_forms(lex).items() if sum(r.kind == "person" for r in refs) > 1}
    assert "Pedro Sanchez" in namesakes  # (Spain's prime minister and Colombia's defence minister)


@pytest.mark.parametrize("surname", [
    # common or shared surnames the file deliberately gives no one (two Sharifs, Khans, Kims, Barzanis,
    # Talabanis, Hariris, Patrushevs, Jaafaris held office; "bin Mubarak", "al-Misri" are other people's
    # names; others are common names)
    "Khan", "Sharif", "Kim", "Lee", "Ali", "Barzani", "Talabani", "Hariri", "Patrushev", "Aoun", "Maliki",
    "al-Maliki", "Haqqani", "Hasanov", "Popescu", "Georgescu", "Uribe", "Correa", "Rodríguez", "Kono",
    "Koizumi", "Landsbergis", "Gandhi", "Novak", "Albanese", "Lieberman", "Mubarak", "Jaafari", "Misri",
    "Najib", "Ratcliffe", "Manalo",
    # two Bongos, Mitchells, Jugnauths, Dlaminis, Mutharikas, Barrows, Khamas, Obiangs held office; "Ali"
    # (Irfaan Ali) is common; "Muscat" is Oman's capital, not Malta's Joseph Muscat; "Boko" and "Masisi"
    # are Boko Haram's and a Congolese territory's
    "Bongo", "Mitchell", "Jugnauth", "Dlamini", "Mutharika", "Barrow", "Khama", "Obiang", "Muscat", "Boko",
    "Masisi",
])
def test_a_common_or_shared_surname_names_nobody(surname):
    refs = _name_forms(load_lexicon()).get(surname, ())
    assert not [r for r in refs if r.kind == "person"]
