"""A twenty-seventh sweep of whole stories on older conflicts the rules never saw (issue 14, generalisation),
where who held which office is read by the story's date: the Russia-Georgia war (wire, August 2008), the end
of Sri Lanka's war (a government statement and a rights group, May 2009), Israel and Hezbollah (wire, July
2006), France's intervention in Mali (wire, January 2013), Gbagbo's arrest in Abidjan (wire, April 2011), the
Seleka's capture of Bangui (wire, March 2013), Kirkuk after the Kurdish referendum (wire, October 2017) and
Belarus after the August 2020 election (wire). Each story test asserts what an experienced coder codes and the
wrong readings that must not come back; the rule tests use sentences of other conflicts and wording (the Sri
Lanka story here without its rights group's reported charges). The Kirkuk and Belarus stories have no story
test: no fix of this sweep changed how they are coded, and a test must fail on the old code."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


def by_root(evs, root):
    return [(s, t, e) for r, s, t, e in evs if r == root]


# --- the rules, on sentences of other conflicts and wording ---

def test_a_relative_pronoun_object_is_the_noun_its_clause_describes(coder):
    # "which" stands for the town: taking it is seizing territory, not confiscating property
    evs = coded(coder, "Ethiopian troops retook Lalibela, a town which Tigrayan forces had seized on Friday.",
                "2021-12-03")
    assert [(e.cameo, s) for r, s, t, e in evs if e.trigger.endswith("seized")] == [("192", "ETH")]
    assert not any(e.cameo == "1711" for r, s, t, e in evs)


def test_a_place_an_armed_group_takes_at_home_stays_its_countrys(coder):
    text = ("BAMAKO - Jihadist fighters seized the village of Tessit on Thursday. On Friday the jihadists "
            "ambushed French troops, killing two soldiers.")
    evs = coded(coder, text, "2013-01-16")
    assert [(s, t) for s, t, e in by_root(evs, "19") if e.cameo == "192"] == [("MLI", "MLI")]


def test_fighters_killed_in_a_clash_with_others_fought_them(coder):
    for text, pair in (("Two Indian soldiers died in a clash with Chinese troops in the Galwan valley.", ("IND", "CHN")),
                       ("Four militants were killed in clashes with security forces in Kashmir.", ("IND", "IND"))):
        evs = coded(coder, text, "2020-06-16")
        assert pair in {(s, t) for s, t, e in by_root(evs, "19")}, text
    # civilians killed in clashes are no party to them
    evs = coded(coder, "Ten Turkish activists were killed in clashes with Israeli commandos.", "2010-06-01")
    assert not any(s == "TUR" for r, s, t, e in evs)


def test_a_vow_of_a_hard_answer_is_a_threat(coder):
    for text, source in (
            ("Iran promised a crushing reply to any aggression.", "IRN"),
            ("Pyongyang pledged a strong response to the drills.", "PRK"),
            # the parser joins the vow to the reported judgement: it is still the speaker's
            ("Pakistan said the strikes were unprovoked and promised a crushing reply.", "PAK"),
            ("Israel's defence minister said the rocket attack was a declaration of war and vowed a painful "
             "response.", "ISR")):
        evs = coded(coder, text, "2016-07-13")
        assert [(r, s) for r, s, t, e in evs if r in ("03", "13")] == [("13", source)], text
    # a swift response to a disaster is no threat
    evs = coded(coder, "The minister vowed a swift response to the floods.", "2016-07-13")
    assert not any(r == "13" for r, s, t, e in evs)


def test_an_armed_groups_leader_is_the_groups_own(coder):
    for text, day, code in (
            ("Houthi leader Abdul-Malik al-Houthi warned Saudi Arabia.", "2012-05-10", "YEMREB"),
            ("Taliban leader Mullah Omar warned the United States.", "2006-07-13", "AFGREB"),
            ("Hezbollah leader Sheikh Hassan Nasrallah warned Israel against escalating the conflict.", "2006-07-13",
             "LBNREB"),
            # a group that governs is its country's government by the story's date
            ("Taliban leader Hibatullah Akhundzada banned beauty salons.", "2023-07-04", "AFGGOV")):
        evs = coded(coder, text, day)
        assert evs and evs[0][3].source.code == code, text


@pytest.mark.parametrize("text, day, code", [
    ("Siniora appealed for an immediate ceasefire.", "2006-07-20", "LBNGOV"),
    ("Kokoity accused Georgia of shelling Tskhinvali.", "2008-08-10", "GEOREB"),
    ("Gbagbo accused France of backing the rebels.", "2011-04-02", "CIVGOV"),
    ("Fonseka accused the Tigers of shooting civilians.", "2009-05-10", "LKAMIL"),
    ("Kouchner urged Russia to withdraw its troops.", "2008-08-20", "FRAGOV"),
])
def test_office_holders_of_older_wars_by_the_storys_date(coder, text, day, code):
    evs = coded(coder, text, day)
    assert code in {e.source.code for r, s, t, e in evs if e.source is not None and e.source.text.split()[0] == text.split()[0]}


def test_suspending_the_constitution_is_a_sanction_at_home(coder):
    evs = coded(coder, "Fiji's military commander suspended the constitution on Tuesday.", "2009-04-12")
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("172", "FJI", "FJI")]
    text = ("Niger's neighbours closed their borders with the country. The junta in Niamey then suspended "
            "the constitution.")
    evs = coded(coder, text, "2023-07-30")
    assert not any(r == "16" and e.trigger.startswith("suspended") for r, s, t, e in evs)


def test_an_event_noun_in_a_clause_a_day_after_another_is_a_day_earlier(coder):
    evs = coded(coder, "Israeli jets struck Beirut on Thursday, a day after Hezbollah launched a cross-border raid.",
                "2006-07-15")
    assert {(e.trigger, e.date) for r, s, t, e in evs} >= {("struck", "2006-07-13")}
    assert [e.date for r, s, t, e in evs if s == "LBN"] == ["2006-07-12"]


def test_armed_forces_that_defeat_or_rout_others_fight_them(coder):
    evs = coded(coder, "Kurdish fighters routed Islamic State militants near Kobani.", "2015-01-26")
    assert [(e.cameo, e.source.sector) for r, s, t, e in evs] == [("190", "REB")]
    evs = coded(coder, "Government troops defeated the rebels near Goma.", "2013-11-05")
    assert ("19", "COD", "COD") in triples(evs)
    # a party or a team that defeats another wins a vote or a match
    assert not coded(coder, "The opposition defeated the ruling party in Sunday's vote.", "2013-11-05")
    assert not coded(coder, "Argentina defeated France in the final.", "2022-12-19")


# --- the stories ---

COLOMBO = """COLOMBO, May 19, 2009 - The Government of Sri Lanka announced today that the security forces have completely defeated the Liberation Tigers of Tamil Eelam and liberated the entire country from terrorism.

Army Commander Lieutenant General Sarath Fonseka said troops recovered the body of LTTE leader Velupillai Prabhakaran near the Nanthikadal lagoon on Tuesday morning.

President Mahinda Rajapaksa, addressing Parliament, declared that the war against terrorism had ended and pledged to resettle the displaced civilians within six months.

In a statement, Human Rights Watch accused both the government and the LTTE of serious violations of the laws of war and called for an independent international inquiry.

UN Secretary-General Ban Ki-moon urged the government to grant aid agencies full access to the camps for displaced people.
"""


def test_sri_lanka_war_end_statement(coder):
    evs = coded(coder, COLOMBO, "2009-05-19")
    got = triples(evs)
    assert {("19", "LKA", "LKA"), ("11", "HRW", "LKA"), ("02", "UN", "LKA")} <= got
    assert [(e.source.sector, e.target.sector, e.date) for s, t, e in by_root(evs, "19")] == [
        ("COP", "REB", "2009-05-19")]

GEORGIA = """TBILISI, Aug 9 (Reuters) - Russian warplanes bombed the Georgian town of Gori on Saturday as Moscow poured tanks and troops into the breakaway region of South Ossetia, a day after Georgia launched an offensive to retake the rebel capital Tskhinvali.

Georgian President Mikheil Saakashvili accused Russia of waging a full-scale war against his country and called on the West to help stop the attack. He said Georgia would withdraw its troops from Iraq to defend the homeland.

Russian Prime Minister Vladimir Putin said Georgia's actions amounted to genocide against the Ossetian people and warned that Moscow would respond.

Separatist leader Eduard Kokoity said his forces, backed by Russian peacekeepers, had repelled Georgian troops from Tskhinvali.

Georgian officials said at least 30 civilians were killed when Russian jets struck an apartment block in Gori. Russia denied targeting civilians.

U.S. President George W. Bush called on Russia to halt the bombing and urged all sides to agree to a ceasefire. French Foreign Minister Bernard Kouchner said he would travel to Tbilisi and Moscow to mediate.

NATO condemned the use of disproportionate force by Russia.
"""


def test_georgia_war_wire(coder):
    evs = coded(coder, GEORGIA, "2008-08-09")
    got = triples(evs)
    assert {("19", "RUS", "GEO"), ("11", "GEO", "RUS"), ("13", "RUS", "GEO"), ("02", "USA", "RUS")} <= got
    # the offensive was launched the day before the bombing
    assert [e.date for r, s, t, e in evs if e.trigger == "offensive"] == ["2008-08-08"]


LEBANON = """BEIRUT, July 13, 2006 (AP) - Israeli warplanes struck Beirut's international airport on Thursday and imposed a naval blockade on Lebanon, a day after Hezbollah guerrillas captured two Israeli soldiers in a cross-border raid.

At least 47 Lebanese civilians were killed in the Israeli air strikes, Lebanese security officials said.

Hezbollah fired dozens of Katyusha rockets at the northern Israeli city of Haifa and other towns, killing two people, Israeli police said.

Israeli Prime Minister Ehud Olmert said the capture of the soldiers was an act of war by the sovereign state of Lebanon and vowed a severe response.

Hezbollah leader Sheikh Hassan Nasrallah said the soldiers would be released only in a prisoner swap and warned Israel against escalating the conflict.

Lebanese Prime Minister Fouad Siniora said his government had not known of the raid and appealed for an immediate ceasefire.

Syria warned that it would respond to any Israeli attack on its territory. The European Union criticized Israel's use of disproportionate force.
"""


def test_israel_hezbollah_wire(coder):
    evs = coded(coder, LEBANON, "2006-07-13")
    got = triples(evs)
    assert {("19", "ISR", "LBN"), ("19", "LBN", "ISR"), ("13", "ISR", "LBN"), ("13", "SYR", "ISR"),
            ("11", "EU", "ISR")} <= got
    # Olmert's vow is a threat to Lebanon; Nasrallah speaks for Hezbollah, no government
    assert [(e.cameo, s, t) for r, s, t, e in evs if r == "13" and s == "ISR"] == [("130", "ISR", "LBN")]
    assert all(e.source.sector == "REB" for r, s, t, e in evs
               if e.source is not None and "Nasrallah" in e.source.text)


MALI = """BAMAKO, Jan 12 (AFP) - French warplanes struck Islamist rebel positions in central Mali on Friday after President Francois Hollande ordered troops to help the Malian army halt an advance on the capital Bamako.

Malian troops backed by French aircraft retook the town of Konna, which the rebels had seized on Thursday, Malian army spokesman Lieutenant Colonel Diarran Kone said.

A French helicopter pilot was killed during the raids, Defence Minister Jean-Yves Le Drian told reporters in Paris.

Hollande said France had responded to a request for help from Mali's interim president, Dioncounda Traore, and that the operation would last as long as necessary.

A spokesman for Ansar Dine, one of the Islamist groups that control the north, condemned the French intervention and threatened to attack French interests.

The United States said it would share intelligence with French forces, and Nigeria said it would send troops to Mali as part of a West African force.

Traore declared a state of emergency across the country.
"""


def test_mali_serval_wire(coder):
    evs = coded(coder, MALI, "2013-01-12")
    got = triples(evs)
    assert {("19", "FRA", "MLI"), ("11", "MLI", "FRA"), ("13", "MLI", "FRA")} <= got
    # Konna changed hands between Mali's army and its rebels: no one took it from France
    taken = [(e.source.sector, s, t, e.cameo, e.date) for s, t, e in by_root(evs, "19") if e.cameo == "192"]
    assert sorted(taken) == [("MIL", "MLI", "MLI", "192", "2013-01-11"), ("REB", "MLI", "MLI", "192", "2013-01-10")]
    assert not any(r == "17" for r, s, t, e in evs if s == "MLI" and e.source.sector == "REB")


ABIDJAN = """ABIDJAN, April 11, 2011 (Reuters) - Forces loyal to Ivory Coast's internationally recognised president Alassane Ouattara arrested Laurent Gbagbo on Monday, ending a four-month standoff over the disputed November election.

Gbagbo, his wife Simone and members of his entourage were captured at the presidential residence in Abidjan after days of fighting and were taken to the Golf Hotel, Ouattara's headquarters, a spokesman said.

French helicopters and UN forces had bombarded Gbagbo's heavy weapons in the residence over the weekend.

Ouattara called on his supporters to refrain from reprisals and said Gbagbo would face justice.

Gbagbo had refused to cede power after the electoral commission declared Ouattara the winner, and his forces had shelled civilian neighbourhoods of Abidjan.

UN Secretary-General Ban Ki-moon welcomed the arrest and urged both camps to end the violence. The African Union called for national reconciliation.
"""


def test_gbagbo_arrest_wire(coder):
    evs = coded(coder, ABIDJAN, "2011-04-11")
    got = triples(evs)
    # the helicopters and the UN forces bombarded Gbagbo's weapons, not each other
    assert {("19", "FRA", "CIV"), ("19", "UN", "CIV")} <= got
    assert not {("19", "FRA", "UN"), ("19", "UN", "FRA")} & got
    # Gbagbo, now known by name, is the one arrested
    assert by_root(evs, "17") and all(t == "CIV" and e.target.sector == "GOV" for s, t, e in by_root(evs, "17"))


BANGUI = """BANGUI, March 24, 2013 (Reuters) - Seleka rebels seized Bangui on Sunday and President Francois Bozize fled the country, a presidential adviser said, after the rebel coalition accused him of breaking a peace deal signed in January.

The rebels captured the presidential palace after brief fighting with government troops, and looting broke out across the capital.

Bozize crossed into the Democratic Republic of Congo, a government spokesman in Kinshasa said.

Thirteen South African soldiers were killed in clashes with the rebels on the outskirts of Bangui, South Africa's army said.

Seleka leader Michel Djotodia declared himself president and suspended the constitution.

The African Union suspended the Central African Republic and imposed sanctions on the rebel leaders. France sent 350 more troops to secure Bangui airport.
"""


def test_seleka_takes_bangui_wire(coder):
    evs = coded(coder, BANGUI, "2013-03-24")
    got = triples(evs)
    assert {("19", "CAF", "CAF"), ("19", "ZAF", "CAF"), ("17", "CAF", "CAF"), ("16", "AU", "CAF")} <= got
    # the constitution suspended is the Central African Republic's, no relations cut with Congo
    assert not any(t == "COD" for r, s, t, e in evs)
