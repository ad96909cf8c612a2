"""Coding single noun phrases (real model): titles, possessives, of-phrases, coordination, peoples."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _one(actors):
    assert len(actors) == 1, actors
    return actors[0]


def test_titled_person(code):
    a = _one(code("Serbian President Aleksandar Vucic met the envoys on Friday.", "Vucic"))
    assert (a.code, a.country, a.sector) == ("SRBGOV", "SRB", "GOV")
    assert a.text == "Serbian President Aleksandar Vucic"
    assert a.name == "Aleksandar Vučić"


def test_title_and_nationality_code_an_unknown_person(code):
    a = _one(code("Montenegrin Interior Minister Petar Lazovic rejected the claims.", "Lazovic"))
    assert (a.code, a.name) == ("MNEGOV", "Petar Lazovic")
    a = _one(code("Kosovar Prime Minister Albin Kurti visited the border on Monday.", "Kurti"))
    assert a.code == "XKXGOV"


def test_seat_of_power_and_role(code):
    a = _one(code("Kremlin spokesman Dmitry Peskov told reporters that talks had stalled.", "Peskov"))
    assert a.code == "RUSGOV"
    a = _one(code("A court spokeswoman in Pristina confirmed the verdict.", "spokeswoman"))
    assert (a.country, a.sector) == ("XKX", "JUD")


def test_metonyms(code):
    assert _one(code("Moscow condemned the arrests.", "Moscow")).code == "RUSGOV"
    assert _one(code("The Pentagon denied the report.", "Pentagon")).code == "USAMIL"
    assert _one(code("The State Department said it was worried.", "Department")).code == "USAGOV"
    brussels = _one(code("Brussels rejected the request.", "Brussels"))
    assert (brussels.code, brussels.org, brussels.country) == ("IGOEU", "EU", None)


def test_possessive(code):
    a = _one(code("Russia's Foreign Ministry summoned the ambassador.", "Ministry"))
    assert (a.code, a.text) == ("RUSGOV", "Russia's Foreign Ministry")


def test_capital_as_modifier(code):
    a = _one(code("Lawmakers said the Pristina government would not resign.", "government"))
    assert a.code == "XKXGOV"


def test_partitive_of_phrase(code):
    a = _one(code("Special units of Kosovo police arrested two men near the bridge.", "units"))
    assert (a.code, a.text) == ("XKXCOP", "Special units of Kosovo police")
    a = _one(code("The minister met representatives of the Kosovo Serbs in the town.", "representatives"))
    assert (a.country, a.sector, a.ethnicity) == ("XKX", "CVL", "Serb")


def test_nested_institution(code):
    a = _one(code("Police detained the director of the Kosovo office in the Serbian government on Sunday.",
                  "director"))
    assert a.code == "SRBGOV"


def test_of_phrase_with_two_countries(code):
    actors = code("The leaders of Kosovo and Serbia met in Brussels.", "leaders")
    assert sorted(a.code for a in actors) == ["SRBGOV", "XKXGOV"]


def test_coordination(code):
    actors = code("The US and EU urged restraint on Tuesday.", "US")
    assert [a.code for a in actors] == ["USA", "IGOEU"]
    assert {a.text for a in actors} == {"The US and EU"}
    actors = code("Brussels and Washington issued a joint statement.", "Brussels")
    assert [a.code for a in actors] == ["IGOEU", "USAGOV"]
    actors = code("Senior Hungarian and Romanian officials agreed to cooperate.", "officials")
    assert sorted(a.code for a in actors) == ["HUNGOV", "ROUGOV"]


def test_side(code):
    a = _one(code("Demonstrators on the Serbian side blocked the main road.", "Demonstrators"))
    assert (a.country, a.sector) == ("SRB", "OPP")


def test_igo_missions(code):
    a = _one(code("KFOR soldiers removed the barricades.", "soldiers"))
    assert (a.code, a.org, a.sector) == ("IGONATOMIL", "NATO", "MIL")
    a = _one(code("EULEX said it would monitor the trial.", "EULEX"))
    assert (a.org, a.country) == ("EU", None)
    a = _one(code("The UN Security Council met on Monday.", "Council"))
    assert a.org == "UN"


def test_groups_are_coded_by_country(code):
    a = _one(code("Hamas fired rockets at the town.", "Hamas"))
    assert (a.code, a.country, a.org, a.name) == ("PSEREB", "PSE", None, "Hamas")


def test_sectors_without_country(code):
    a = _one(code("Gunmen attacked a checkpoint overnight.", "Gunmen"))
    assert (a.code, a.country) == ("---REB", None)


def test_not_actors(code):
    assert code("Protesters blocked a key road near the border.", "road") == []
    assert code("The minister delayed the implementation of the deal.", "implementation") == []


def test_possessed_thing_is_coded_as_its_owner(code):
    a = _one(code("Belgrade criticised Germany's decision on Thursday.", "decision"))
    assert a.code == "DEU" and a.text == "Germany's decision"


def test_place_after_locative_preposition(code):
    a = _one(code("The talks were held in Belgrade last week.", "Belgrade"))
    assert (a.code, a.sector) == ("SRB", None)


def test_kosovo_serbs(code):
    for text, word in [("Kosovo Serbs blocked the road again.", "Serbs"),
                       ("Serbs in Kosovo blocked the road again.", "Serbs")]:
        a = _one(code(text, word))
        assert (a.country, a.ethnicity, a.sector) == ("XKX", "Serb", "CVL"), text
    a = _one(code("Kosovo's Serbian minority rejected the plan.", "minority"))
    assert (a.country, a.ethnicity) == ("XKX", "Serb")



def test_a_force_coordinated_after_a_national_one_shares_its_country(code):
    # the parser makes "tank" a conjunct of "strike": the adjective distributes over both
    tank = _one(code("A Jordanian air strike and tank shelling killed six smugglers near the Syrian border.", "tank"))
    assert (tank.country, tank.sector) == ("JOR", "MIL")
    # a civilian conjunct does not share it: "Georgian soldiers and residents" are not all Georgian
    residents = _one(code("Georgian soldiers and residents blocked the road on Monday.", "residents"))
    assert residents.country is None


def test_a_state_body_of_unstated_country_still_owns_what_it_does(code):
    # "the cabinet's decision": the cabinet's (its country comes from the story), not no one's
    a = _one(code("Farmers protested against the cabinet's decision on Monday.", "decision"))
    assert (a.country, a.sector) == (None, "GOV")


def test_an_envoy_to_an_organisation_speaks_for_the_country_that_sent_them(code):
    a = _one(code("The Brazilian UN ambassador criticised the resolution on Monday.", "ambassador"))
    assert (a.code, a.org) == ("BRAGOV", None)
    a = _one(code("Egypt's IAEA envoy Omar Salem criticised the board.", "Salem"))
    assert a.country == "EGY" and a.org is None
    # the organisation's own envoy is the organisation's
    assert _one(code("The UN envoy for Yemen met the delegations.", "envoy")).code == "IGOUNGOV"


def test_a_non_state_groups_leaders_belong_to_the_group_not_to_a_government(code):
    assert _one(code("Hamas leaders met Egyptian mediators in Cairo.", "leaders")).code == "PSEREB"
    assert _one(code("A Houthi spokesman threatened more attacks.", "spokesman")).code == "YEMREB"
    # a government post held by a group's member is still a government post
    assert _one(code("Two Hezbollah ministers walked out of the cabinet meeting.", "ministers")).code == "LBNGOV"


def test_a_role_in_a_non_state_body_takes_its_sector(code):
    assert _one(code("Police arrested a leader of the gang on Monday.", "leader")).sector == "CRM"
    assert _one(code("Troops killed a commander of the rebel group.", "commander")).sector == "REB"
    # a role in a state body keeps the body's identity as before
    assert _one(code("A spokesman for the Turkish army denied the report.", "spokesman")).code == "TURMIL"


def test_guard_units_of_the_head_of_state_are_armed_forces(code):
    assert _one(code("Niger's presidential guard detained the president on Wednesday.", "guard")).code == "NERMIL"
    assert _one(code("The Republican Guard shelled the suburbs.", "Guard")).sector == "MIL"


def test_a_non_state_groups_commanders_belong_to_the_group(code):
    assert _one(code("Washington imposed sanctions on two RSF commanders.", "commanders")).code == "SDNREB"


def test_positions_and_posts_named_by_an_armed_side_are_that_sides(code):
    assert _one(code("Turkish troops shelled rebel positions near Afrin.", "positions")).sector == "REB"
    assert _one(code("The rebels overran army posts near the town.", "posts")).sector == "MIL"
    assert code("The minister praised student projects.", "projects") == []  # not an armed side


def test_a_stance_prefix_is_no_nationality(code):
    # "pro-X" and "anti-X" say whom people are for or against, not whose they are
    a = _one(code("Pro-EU protesters gathered outside the parliament on Sunday.", "protesters"))
    assert a.org is None and a.country is None and a.sector == "OPP"
    a = _one(code("Police detained twenty pro-Palestinian activists outside the station.", "activists"))
    assert a.country is None
    a = _one(code("Anti-Kremlin bloggers were fined on Monday.", "bloggers"))
    assert a.country is None
    # the nationality itself still codes
    assert _one(code("Palestinian activists gathered outside the station.", "activists")).country == "PSE"


def test_a_nationality_the_parser_hangs_on_a_compound_of_the_head(code):
    # "a Russian fighter jet": "Russian" modifies "fighter", inside the sector phrase "fighter jet"
    assert _one(code("A Russian fighter jet breached Estonian airspace.", "jet")).code == "RUSMIL"
    assert _one(code("Two Turkish fighter jets flew over the island.", "jets")).code == "TURMIL"
    assert _one(code("Chinese coast guard ships sailed near the islands.", "ships")).code == "CHNMIL"


def test_members_from_a_group_belong_to_it(code):
    a = _one(code("Gunmen from the Islamic State stormed a church in the north.", "Gunmen"))
    assert a.code == "IMGREB"
    # a place after "from" gives only a country
    a = _one(code("Officials from Kansas visited the plant.", "Officials"))
    assert a.org is None


def test_a_country_and_a_group_coordinated_before_a_noun_are_two_parties(code):
    # the parser may keep only the "and", not the coordination
    actors = code("Israeli and Hezbollah fighters exchanged fire near the border.", "fighters")
    assert sorted(a.country for a in actors) == ["ISR", "LBN"]


def test_a_sector_word_inside_a_name_is_part_of_the_name(code):
    # "the West Bank" is no bank
    assert _one(code("A man was killed in the West Bank city of Jenin on Monday.", "city")).sector is None


def test_a_counted_or_indefinite_phrase_is_no_actor_of_its_sector_told_before(code):
    text = ("Most missiles were intercepted by Israeli and U.S. air defences. "
            "The Iranian guards said they had targeted three military bases around Tel Aviv.")
    assert all(a.country != "USA" for a in code(text, "bases"))


def test_supporters_of_a_person_are_his_side(code):
    a = _one(code("Supporters of former Kenyan President Uhuru Kenyatta blocked the road to Nyeri.", "Supporters"))
    assert a.country == "KEN"


def test_a_general_strike_is_no_generals(code):
    assert code("The unions called a general strike across Zambia.", "strike") == []


def test_armed_groups_of_wars_told_abroad(code):
    a = _one(code("Tuareg rebels attacked a Malian army post and Russian mercenaries near Kidal.", "rebels"))
    assert (a.country, a.sector, a.ethnicity) == ("MLI", "REB", "Tuareg")  # not the kin of a foreign force
    a = _one(code("The CSP said its fighters had downed a helicopter.", "CSP"))
    assert (a.code, a.ethnicity) == ("MLIREB", "Tuareg")
    assert _one(code("The ADF raided the village at night.", "ADF")).code == "CODREB"
    assert _one(code("Gran Grif gunmen torched houses.", "gunmen")).country == "HTI"
    assert _one(code("The Resistance Front claimed the attack.", "Front")).code == "INDREB"


def test_masked_men_are_an_armed_group(code):
    a = _one(code("A group of masked men in an armoured vehicle stormed the village on Sunday.", "group"))
    assert a.sector == "REB"


@pytest.mark.parametrize("text, code_", [
    ("Iran's Supreme National Security Council met on Sunday.", "IRNGOV"),
    ("The Turkish National Security Council met on Wednesday.", "TURGOV"),
    ("Belarus's Security Council approved the plan.", "BLRGOV"),
    ("The Security Council met on Sunday.", "IGOUN"),
    ("Haiti's Transitional Presidential Council named a new premier.", "HTIGOV"),
    ("Guinea's military council dissolved the government.", "GINMIL"),
])
def test_a_council_of_a_country_is_its_body_not_the_un(code, text, code_):
    a = _one(code(text, "Council" if "Council" in text else "council"))
    assert a.code == code_


def test_an_armed_groups_forces_and_weapons_are_the_group_not_an_army(code):
    a = _one(code("Houthi drones struck a tanker in the Red Sea on Sunday.", "drones"))
    assert (a.country, a.sector) == ("YEM", "REB")
    a = _one(code("RSF troops entered the town of Bara on Monday.", "troops"))
    assert (a.country, a.sector) == ("SDN", "REB")
    # a state's army stays an army
    a = _one(code("Sudanese army drones struck RSF positions near Bara.", "drones"))
    assert (a.country, a.sector) == ("SDN", "MIL")


def test_all_parties_are_the_sides_of_the_conflict_not_political_parties(code):
    a = _one(code("Qatar called on all parties to exercise restraint.", "parties"))
    assert a.sector is None
    a = _one(code("The envoy urged the warring parties to return to talks.", "parties"))
    assert a.sector is None
    a = _one(code("All political parties boycotted the vote.", "parties"))
    assert a.sector == "PTY"


def test_a_rebel_army_is_an_armed_group(code):
    a = _one(code("Soldiers recaptured the town from an ethnic rebel army on Sunday.", "army", 0))
    assert a.sector == "REB"
    a = _one(code("The national army shelled the hills.", "army"))
    assert a.sector == "MIL"


def test_an_organisations_name_at_the_end_of_a_longer_name_is_another_group(code):
    a = _one(code("The West Papua National Liberation Army claimed the attack.", "Army"))
    assert (a.org, a.country, a.sector) == (None, None, "REB")
    a = _one(code("Colombia's National Liberation Army claimed the attack.", "Army"))
    assert a.country == "COL"


@pytest.mark.parametrize("text, code_", [
    ("Protesters stormed the Congress building in Quito on Tuesday.", "---LEG"),
    ("Farmers blocked the road to the Congress building in Asuncion.", "---LEG"),
    ("Rioters stormed the Congress building in Washington.", "USA"),
])
def test_a_congress_building_is_the_storys_own_congresss(code, text, code_):
    # (a bare "Congress" tells no country; the building of one is the story's own parliament's, the
    # United States' only where the story names them)
    assert [a.code for a in code(text, "building")] == [code_]
