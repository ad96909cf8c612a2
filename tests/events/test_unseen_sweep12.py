"""A twelfth sweep of whole stories on non-violent coercion and cooperation between states (issue 14,
generalisation; the CAMEO 01-08, 10-13 and 16 roots): China's retaliatory tariffs on Canadian farm
goods (a wire story with a joint dateline), Beijing's ban on mineral exports to the United States
(translated state media), Britain suspending aid to Rwanda (local paper), the Czech Republic and
Russia expelling each other's diplomats (wire), a Russian veto on Sudan (an explainer), the ICC's
warrant for Putin and what states say they would do (a live blog), a Philippine-Japanese summit (a
government press release), an Oman-mediated prisoner swap between Iran and Belgium (translated state
media) and the recognition of Palestine by three European states (local paper). Each story test
asserts what an experienced coder codes and the wrong readings that must not come back; the rule
tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

from flashpoint.nlp.dateline import dateline_place, find_datelines

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-07-05"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

@pytest.mark.parametrize("text, expected", [
    ("NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - Kenya summoned", "NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - "),
    ("SEOUL/TOKYO (AP) — North Korea fired", "SEOUL/TOKYO (AP) — "),
    ("WASHINGTON/BRUSSELS - The allies agreed", "WASHINGTON/BRUSSELS - "),
])
def test_a_dateline_of_several_filing_cities_is_a_dateline(text, expected):
    spans = find_datelines(text)
    assert spans and text[spans[0][0]:spans[0][1]] == expected
    # it names no one place, so it makes neither city's country the story's
    assert dateline_place(expected) is None


def test_the_sentence_after_a_joint_dateline_keeps_its_subject(coder):
    evs = coded(coder, "NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - Kenya on Monday summoned Ethiopia's ambassador over "
                       "a border shooting.")
    assert ("11", "KEN", "ETH") in triples(evs)
    evs = coded(coder, "SEOUL/TOKYO (AP) - North Korea on Friday threatened Japan with nuclear retaliation.")
    assert ("13", "PRK", "JPN") in triples(evs)


def test_parties_counted_apart_from_those_told_are_no_party_of_the_story(coder):
    # "other donors", "other governments": neither the country the first deed was done to, nor the
    # speaker's own (the scene), nor the party told before with that sector
    evs = coded(coder, "Japan suspended loans to Myanmar on Monday. Tokyo urged other donors to follow its lead.")
    assert [(s, t) for r, s, t, e in evs if r == "02"] == [("JPN", None)]
    evs = coded(coder, "Kenya recalled its ambassador from Khartoum on Monday. Nairobi called on other governments "
                       "to do the same.")
    assert [(s, t) for r, s, t, e in evs if r == "02"] == [("KEN", None)]
    # "other soldiers" are more of the army told, not parties apart
    evs = coded(coder, "Rebels ambushed Malian soldiers near Gao on Sunday. Other soldiers were wounded by a mine.")
    assert all(t == "MLI" for r, s, t, e in evs if r in ("18", "19"))


def test_office_holders_at_a_body_of_nations_act_for_it(coder):
    # "judges at the ICC", "officials at the IAEA": the body's, never the story's state
    evs = coded(coder, "Officials at the International Atomic Energy Agency criticised Iran for restricting "
                       "inspections.")
    assert ("11", "IAEA", "IRN") in triples(evs)
    evs = coded(coder, "Judges at the International Criminal Court issued an arrest warrant for the Taliban's "
                       "supreme leader on Tuesday.")
    assert [s for r, s, t, e in evs if r == "17"] == ["ICC"]
    # protesters at an office of the body are not its own
    evs = coded(coder, "Protesters at the EU office in Tbilisi burned flags.")
    assert not [e for r, s, t, e in evs if s == "EU"]


def test_a_deed_called_by_a_name_of_condemnation_in_a_relative_clause(coder):
    # "a move that Pristina called an act of aggression": condemning it (not "call for")
    evs = coded(coder, "Serbia arrested three Kosovo policemen on Wednesday, a move that Pristina called an act of "
                       "aggression.")
    assert ("11", "XKX", "SRB") in triples(evs)
    evs = coded(coder, "Poland closed its border with Belarus on Friday, in a step that Minsk called a reward for "
                       "provocateurs.")
    assert ("11", "BLR", "POL") in triples(evs) and not [e for r, s, t, e in evs if r == "02"]
    # "punitive" is a name of condemnation too
    evs = coded(coder, "Budapest called the European Commission's decision punitive.")
    assert ("11", "HUN", "EU") in triples(evs)


def test_a_deed_added_with_also_is_no_retelling(coder):
    # the same verb and object, but "also": a second warrant, not the first told again
    evs = coded(coder, "An Argentine court issued an arrest warrant for Myanmar's junta leader Min Aung Hlaing on "
                       "Thursday. The court also issued a warrant for his deputy.")
    assert [(r, s, t, e.sentence_index) for r, s, t, e in evs] == [("17", "ARG", "MMR", 0), ("17", "ARG", "MMR", 1)]


def test_a_later_time_of_the_deed_asked_for_does_not_date_the_asking(coder):
    # "invited X to visit Ankara next year": the invitation is of the story's day, the visit next year
    evs = coded(coder, "Turkish President Recep Tayyip Erdogan on Tuesday invited Iraqi Prime Minister Mohammed "
                       "Shia al-Sudani to visit Ankara next year.", "2024-03-06")
    asked = [e for r, s, t, e in evs if s == "TUR"]
    assert asked and asked[0].date == "2024-03-05"
    evs = coded(coder, "The African Union urged Guinea's junta to hold elections next March.", "2024-03-06")
    assert evs and all(e.date == "2024-03-06" for r, s, t, e in evs)
    # a past day in the complement may still be the asking's
    evs = coded(coder, "Kenya urged Somalia on Monday to reopen the border.", "2024-03-06")
    assert [e.date for r, s, t, e in evs] == ["2024-03-04"]


def test_the_owner_of_a_deed_is_the_body_its_noun_named_before(coder):
    # "the court's ruling": the court named before, not a court of the story's country
    evs = coded(coder, "The International Court of Justice ordered Myanmar to prevent genocide against the "
                       "Rohingya on Thursday. Bangladesh welcomed the court's ruling.")
    assert ("05", "BGD", "ICJ") in triples(evs) or ("05", "BGD", "UN") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "BGD" and t in ("MMR", "BGD")]


def test_what_a_deed_is_said_to_do_is_no_deed_of_its_maker(coder):
    # "the Swedish decision violated ...", "the Japanese measures damaged ...": a judgement of a deed
    # (the speaker's, where the judgement is an accusation), never the deed's maker acting
    evs = coded(coder, "Ankara said the Swedish decision violated the spirit of the alliance.")
    assert not [e for r, s, t, e in evs if s == "SWE"]
    evs = coded(coder, "Seoul said the Japanese measures damaged South Korean exporters.")
    assert not [e for r, s, t, e in evs if s == "JPN"]
    # the speaker's accusation stays
    evs = coded(coder, "Pakistan's foreign office said the Indian move breached the Indus Waters Treaty.")
    assert ("11", "PAK", "IND") in triples(evs)


def test_curbs_on_trade_with_a_country_are_an_embargo(coder):
    # a ban, restriction or control on exports, imports or sales: 163, not a curb on the population
    evs = coded(coder, "Beijing announced a ban on imports of Japanese seafood on Thursday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("16", "CHN", "JPN")]
    evs = coded(coder, "Russia restricted imports of Georgian wine.")
    assert ("16", "RUS", "GEO") in triples(evs)
    evs = coded(coder, "The US Commerce Department added 30 Russian firms to the entity list on Monday.")
    assert ("16", "USA", "RUS") in triples(evs)
    # a ban on gatherings is still a restriction of the people
    evs = coded(coder, "Uganda's government announced a ban on public gatherings.")
    assert [r for r, s, t, e in evs] == ["17"]


def test_a_judgement_of_the_veto_is_aimed_at_the_member_that_vetoed(coder):
    # the veto's maker told before, not the country the draft was about (the article's counterpart),
    # nor the members who voted for the draft
    evs = coded(coder, "Russia vetoed a draft resolution on Syria on Tuesday. The text would have extended aid "
                       "deliveries to Syria's northwest for a year. France condemned the veto.")
    assert ("11", "FRA", "RUS") in triples(evs) and ("11", "FRA", "SYR") not in triples(evs)
    evs = coded(coder, "China vetoed a draft on Myanmar on Friday. Thirteen of the council's 15 members voted in favour of the draft, "
                       "which would have urged Myanmar's junta to free political prisoners. Britain called the veto "
                       "shameful.")
    assert ("11", "GBR", "CHN") in triples(evs) and ("11", "GBR", "MMR") not in triples(evs)


def test_a_state_named_by_its_epithet(coder):
    # "the Islamic Republic" is Iran, "the Jewish state" Israel; Pakistan's full name stays Pakistan's
    evs = coded(coder, "The Islamic Republic freed two French nationals on Friday.")
    assert ("08", "IRN", "FRA") in triples(evs)
    evs = coded(coder, "Hezbollah fired a barrage of rockets at the Jewish state on Monday.")
    assert ("19", "LBN", "ISR") in triples(evs)
    evs = coded(coder, "The Islamic Republic of Pakistan condemned the attack on Kabul.")
    assert [s for r, s, t, e in evs] == ["PAK"]


def test_abusing_a_power_is_no_assault(coder):
    # "abused its veto", "abused export controls": misuse, no physical assault (182)
    # but said of another, an accusation of its speaker (112)
    evs = coded(coder, "Tokyo said the Korean side had abused export control measures.")
    assert triples(evs) == {("11", "JPN", "KOR")}
    evs = coded(coder, "Kyiv said Moscow had abused its veto power.")
    assert triples(evs) == {("11", "UKR", "RUS")}
    # people abused are assaulted
    evs = coded(coder, "Detainees were abused by soldiers at the base.")
    assert [r for r, s, t, e in evs] == ["18"]


def test_leaders_who_witness_the_signing_of_agreements_sign_them(coder):
    # a summit's signing ceremony: the leaders' agreement (057 each way), not a bystander's view
    evs = coded(coder, "Indonesian President Prabowo Subianto and Chinese President Xi Jinping witnessed the "
                       "signing of seven agreements in Beijing on Saturday.", "2024-11-10")
    assert {("05", "IDN", "CHN"), ("05", "CHN", "IDN")} <= triples(evs)
    # reporters sign nothing, and a third party at a signing between two others is no signer
    assert not coded(coder, "Reporters witnessed the signing of the deal.")
    evs = coded(coder, "Qatar's emir witnessed the signing of the accord between Rwanda and Congo in Doha.")
    assert not [e for r, s, t, e in evs if s == "QAT"]


def test_a_clause_of_its_own_is_no_complement_of_the_verb(coder):
    # "considered the ruling void, since Belgrade does not recognise ...": no recognising considered (014)
    evs = coded(coder, "Serbia considered the ruling void, since Belgrade does not recognise Kosovo's courts.")
    assert not [e for r, s, t, e in evs if r == "01"]
    evs = coded(coder, "Armenia said it considered the decision illegal, since Yerevan does not recognise the "
                       "tribunal.")
    assert not [e for r, s, t, e in evs if r == "01"]
    # a complement still tells the option weighed
    evs = coded(coder, "Bolivia considered expelling the US ambassador.")
    assert [r for r, s, t, e in evs] == ["01"]


def test_a_criticism_of_a_deed_summed_up_is_aimed_at_each_of_its_doers(coder):
    # "in a step that Minsk called an act of aggression": the three who closed the crossings
    evs = coded(coder, "Lithuania, Latvia and Estonia closed their border crossings with Belarus on Friday, in a "
                       "step that Minsk called an act of aggression.")
    assert {("11", "BLR", "LTU"), ("11", "BLR", "LVA"), ("11", "BLR", "EST")} <= triples(evs)
    evs = coded(coder, "Kenya and Uganda expelled the Congolese diplomats on Friday, a move that Kinshasa "
                       "denounced.")
    assert {("11", "COD", "KEN"), ("11", "COD", "UGA")} <= triples(evs)


def test_a_year_before_a_noun_says_which_one_not_when(coder):
    # "criticised the 2023 export curbs": the criticism is of the story's day, not of 2023
    evs = coded(coder, "Japan criticised the 2023 export curbs imposed by China.", "2024-07-05")
    assert [(r, s, t, e.date) for r, s, t, e in evs] == [("11", "JPN", "CHN", "2024-07-05")]
    evs = coded(coder, "Seoul protested against Tokyo's 2019 export restrictions.", "2024-07-05")
    assert evs and all(e.date == "2024-07-05" for r, s, t, e in evs)


def test_a_party_said_to_be_behind_a_deed_is_accused_of_it(coder):
    # "said Moscow was behind the fire": the speaker's accusation (112)
    evs = coded(coder, "Warsaw said Moscow was behind the fire at a shopping centre in May.", "2025-10-22")
    assert ("11", "POL", "RUS") in triples(evs)
    evs = coded(coder, "Lithuania expelled two Belarusian diplomats on Monday, saying Minsk's intelligence service "
                       "was behind the 2024 sabotage of a rail line.", "2025-06-03")
    assert ("11", "LTU", "BLR") in triples(evs)
    assert all(e.date == "2025-06-02" for r, s, t, e in evs)
    # a cause that is no party accuses no one
    assert not coded(coder, "Officials said a gas leak was behind the explosion.")



def test_what_a_thwarted_text_says_is_no_ones_deed(coder):
    # a draft vetoed, a statement blocked: never adopted, so its demand or condemnation is not told
    evs = coded(coder, "China and Russia vetoed a US draft that demanded North Korea halt its missile tests.")
    assert {r for r, s, t, e in evs} == {"12"}
    evs = coded(coder, "Hungary blocked a joint EU statement condemning Israel's strikes on Rafah.")
    assert not [e for r, s, t, e in evs if r == "11"]
    # blocking a text is a veto of its makers' (129), not a blockade of a road (144)
    assert triples(evs) == {("12", "HUN", "EU")}
    evs = coded(coder, "Slovakia blocked the EU's new sanctions package against Russia.")
    assert triples(evs) == {("12", "SVK", "EU")}
    # a report rejected was issued: its accusation stands
    evs = coded(coder, "Myanmar's junta rejected a UN report that accused the army of killing civilians.")
    assert ("11", "UN", "MMR") in triples(evs)


def test_discussing_an_option_is_weighing_it_not_meeting_whom_it_concerns(coder):
    # "discussed imposing new sanctions on Iran": an option weighed (014), no meeting with Iran (040)
    evs = coded(coder, "EU ministers discussed imposing new sanctions on Iran.")
    assert [r for r, s, t, e in evs] == ["01"]
    evs = coded(coder, "NATO is discussing whether to deploy more troops to Romania, diplomats said.")
    assert not [e for r, s, t, e in evs if r == "04"]
    # discussing a matter with someone is still a meeting
    evs = coded(coder, "Macron discussed the war with Zelensky.")
    assert ("04", "FRA", "UKR") in triples(evs)

# --- the stories ---

TARIFFS = (
    'BEIJING/OTTAWA, March 8 (Reuters) - China on Saturday imposed tariffs of 100% on Canadian canola oil and peas and 25% on Canadian pork and seafood, retaliating against levies Ottawa introduced last October on Chinese electric vehicles and steel.\n'
    "The Commerce Ministry said the Canadian measures violated World Trade Organization rules and seriously damaged China's legitimate rights.\n"
    'Canada had imposed a 100% tariff on Chinese-made electric cars and a 25% tariff on steel and aluminium in October, following a similar move by Washington.\n'
    "Canada's agriculture minister, Lawrence MacAulay, said the government would stand by farmers and was considering a complaint to the WTO.\n"
    '"These tariffs are unjustified and we will defend our producers," he told reporters in Ottawa.\n'
    'Prime Minister Justin Trudeau spoke by phone with Chinese Premier Li Qiang in January, but the two sides failed to resolve the dispute.\n'
    'The Canola Council of Canada urged Ottawa to open talks with Beijing.\n'
    'Chinese purchases of Canadian canola were worth nearly C$5 billion last year.\n'
    'Beijing has also launched an anti-dumping investigation into Canadian canola seed, which could lead to further duties.\n'
    'Analysts said China could lift the tariffs if Canada dropped its levies on electric vehicles.'
)

EXPORT_BAN = (
    "BEIJING, Dec. 3 (Xinhua) -- China's Ministry of Commerce on Tuesday announced a ban on exports of gallium, germanium and antimony to the United States, citing national security.\n"
    'The announcement came a day after the U.S. Commerce Department added 140 Chinese companies to its export control list and tightened restrictions on sales of advanced chip-making equipment to China.\n'
    'A ministry spokesperson said the U.S. side had abused export control measures and seriously undermined the international trade order.\n'
    '"China firmly opposes the U.S. move and will take necessary measures to safeguard its legitimate rights and interests," the spokesperson said.\n'
    'The China Semiconductor Industry Association also called on domestic firms to be cautious in buying American chips.\n'
    'Foreign Ministry spokesperson Mao Ning told a regular press briefing that China hoped the United States would stop politicizing trade issues.\n'
    'Japan and the Netherlands have also restricted sales of chip-making tools to Chinese firms under pressure from Washington.\n'
    'Analysts say Beijing could extend the controls to rare earths if tensions escalate.'
)

AID = (
    "KIGALI - The British government on Tuesday suspended most of its bilateral aid to Rwanda, citing Kigali's support for the M23 rebels in eastern Congo.\n"
    'The Foreign Office said Britain would also restrict ministerial visits, pause trade promotion and work with partners on possible new sanctions.\n'
    "Rwanda's government spokesperson, Yolande Makolo, called the decision punitive.\n"
    '"It is unreasonable to expect Rwanda to compromise the security of its people," she said in a statement.\n'
    'Germany had already suspended new development commitments to Rwanda last week, and the European Parliament has called for a halt to budget support.\n'
    'M23 fighters, whom a UN expert panel says are backed by thousands of Rwandan troops, captured Goma in January and Bukavu in February.\n'
    'Kinshasa welcomed the British move and urged other donors to follow suit.\n'
    "Congo's President Felix Tshisekedi has repeatedly accused his Rwandan counterpart Paul Kagame of seeking to plunder the region's minerals.\n"
    'Kigali denies backing the M23 and says its troops are there to defend against Hutu militiamen linked to the 1994 genocide.'
)

SPIES = (
    "PRAGUE, April 18 (AP) - The Czech Republic on Saturday expelled 18 Russian diplomats it identified as intelligence officers, saying Russia's military intelligence was behind a 2014 explosion at an ammunition depot that killed two people.\n"
    'Prime Minister Andrej Babis said the diplomats must leave the country within 48 hours.\n'
    '"We have clear evidence of Russian involvement," Interior Minister Jan Hamacek told a news conference in Prague.\n'
    'Police are also seeking two Russian men in connection with the blast, the same suspects Britain has charged over the 2018 nerve agent attack in Salisbury.\n'
    'On Sunday Moscow summoned the Czech ambassador, Vitezslav Pivonka, and ordered 20 Czech embassy employees to leave Russia by the end of the day.\n'
    'Russian Foreign Ministry spokeswoman Maria Zakharova called the Czech accusations absurd.\n'
    'Slovakia expelled three Russian diplomats in solidarity with Prague on Monday.\n'
    "The Czech government is also considering whether to exclude Russia's Rosatom from a tender to build a new nuclear reactor.\n"
    'Relations between Prague and Moscow had already soured last year, when Russia declared a Czech diplomat persona non grata in a dispute over a Soviet war memorial.'
)

VETO = (
    'Explainer: Why the Security Council failed again on Sudan\n'
    'What happened?\n'
    "On Monday Russia vetoed a British-drafted Security Council resolution that called for an immediate ceasefire in Sudan and the protection of civilians. Fourteen of the council's 15 members voted in favour.\n"
    "Britain's Foreign Secretary, David Lammy, called the veto a disgrace and accused Moscow of standing in the way of peace.\n"
    "Russia's deputy ambassador, Dmitry Polyanskiy, said the text interfered in Sudan's sovereign affairs.\n"
    "What does Sudan's government say?\n"
    "Sudan's envoy to the UN, Al-Harith Idriss, thanked Russia and said the resolution would have rewarded the Rapid Support Forces.\n"
    'What happens next?\n'
    'Diplomats say the draft could go to the General Assembly, where no country has a veto, though resolutions there are not binding.\n'
    'Britain could also push for sanctions on RSF commanders, but China has signalled that it would abstain at most.\n'
    'The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 11 million.'
)

ICC = (
    'Live: ICC issues arrest warrant for Putin\n'
    '14:02 - Judges at the International Criminal Court have issued an arrest warrant for Russian President Vladimir Putin over the unlawful deportation of children from occupied parts of Ukraine.\n'
    "14:20 - The court also issued a warrant for Maria Lvova-Belova, Russia's commissioner for children's rights.\n"
    "14:45 - The Kremlin said it considered the decision null and void, since Russia does not recognise the court's jurisdiction.\n"
    '15:10 - German Justice Minister Marco Buschmann said Germany would be obliged to arrest Putin if he entered the country.\n'
    '15:30 - Ukrainian President Volodymyr Zelensky praised the court\'s "historic decision".\n'
    "16:05 - Hungary's government said it would not arrest Putin because the court's statute had never been promulgated in Hungarian law.\n"
    '16:40 - South Africa, which hosts a BRICS summit in August, said it was aware of its legal obligations but would keep talking to Moscow about the visit.\n'
    "17:15 - Russia's Investigative Committee has opened a criminal case against the ICC prosecutor, Karim Khan, and the judges who issued the warrant."
)

SUMMIT = (
    'PRESS RELEASE - Presidential Communications Office, Manila\n'
    'President Ferdinand R. Marcos Jr. welcomed Japanese Prime Minister Kishida Fumio to Malacanang Palace on Friday for talks on maritime security and economic cooperation.\n'
    'The two leaders witnessed the signing of an agreement under which Japan will provide coastal radar systems to the Philippine Navy.\n'
    'Japan also pledged 60 billion yen in development assistance for a new railway line in Metro Manila.\n'
    'President Marcos thanked the Japanese government for its steadfast support and for the patrol vessels it delivered to the Philippine Coast Guard last year.\n'
    'Prime Minister Kishida invited President Marcos to visit Tokyo next year, and the President accepted the invitation.\n'
    "Both leaders expressed serious concern over China's dangerous manoeuvres against Philippine vessels near Second Thomas Shoal.\n"
    'In August, Chinese coast guard ships had fired water cannon at a Philippine supply boat near the shoal.\n'
    'The two sides agreed to hold their next strategic dialogue before the end of the year.'
)

SWAP = (
    'TEHRAN, May 26 (IRNA) - Iranian diplomat Assadollah Assadi, who had been illegally detained in Belgium for five years, returned to Tehran on Friday after his release in a prisoner exchange mediated by the Sultanate of Oman.\n'
    'Foreign Minister Hossein Amir-Abdollahian, who welcomed Assadi at the airport, thanked the Sultan of Oman for his constructive efforts.\n'
    'In return, the Islamic Republic released the Belgian national Olivier Vandecasteele, who had been sentenced to 40 years in prison on charges of espionage.\n'
    'The Belgian citizen was flown to Muscat, where Belgian officials received him.\n'
    'Belgian Prime Minister Alexander De Croo confirmed the release in a video message.\n'
    "The exchange was made possible by a treaty on the transfer of sentenced persons that Belgium's parliament approved last year.\n"
    'Assadi had been arrested in Germany in 2018 and convicted by a Belgian court of plotting to bomb a rally of the exiled opposition near Paris.\n'
    'Amir-Abdollahian said Iran was ready to continue talks with European countries on other detainees if they showed goodwill.\n'
    "The opposition People's Mujahedin Organization of Iran condemned the deal and accused Belgium of rewarding terrorism."
)

RECOGNITION = (
    'Ireland formally recognises State of Palestine\n'
    'Ireland, Spain and Norway formally recognised the State of Palestine yesterday, in a coordinated move that Israel called a reward for terrorism.\n'
    'The Taoiseach, Simon Harris, said the decision was about keeping hope alive and that Ireland wanted to see Israel and Palestine living side by side in peace.\n'
    'Israel recalled its ambassadors from Dublin, Madrid and Oslo last week when the three governments first announced their plan.\n'
    'Israeli Foreign Minister Israel Katz also barred the Spanish consulate in Jerusalem from providing services to Palestinians.\n'
    'The Palestinian president, Mahmoud Abbas, thanked the three countries and urged other states to follow.\n'
    "Slovenia's government is expected to approve a similar decision next week, while Belgium and Malta have said they would recognise Palestine when the time is right.\n"
    'Tanaiste Micheal Martin said an Irish embassy would open in Ramallah in the coming months.'
)


def test_china_answers_canadian_tariffs_with_its_own(coder):
    evs = coded(coder, TARIFFS, "2025-03-08")
    got = triples(evs)
    # the lead after a joint dateline, Canada's tariffs of October, the call, the council's appeal
    assert {("16", "CHN", "CAN"), ("16", "CAN", "CHN"), ("04", "CAN", "CHN"), ("02", "CAN", "CAN"),
            ("09", "CHN", "CAN")} <= got
    lead = [e for r, s, t, e in evs if (r, s, t) == ("16", "CHN", "CAN")]
    assert lead and lead[0].date == "2025-03-08"
    # what the Canadian measures are said to do is no deed of Canada's; nothing of the analysts' ifs
    assert not [e for r, s, t, e in evs if s == "CAN" and r in ("12", "17")]
    assert not [e for r, s, t, e in evs if r in ("08", "03")]


def test_beijing_bans_mineral_exports_after_us_chip_controls(coder):
    evs = coded(coder, EXPORT_BAN, "2024-12-03")
    got = triples(evs)
    assert {("16", "CHN", "USA"), ("16", "USA", "CHN"), ("11", "CHN", "USA"), ("16", "JPN", "CHN"),
            ("16", "NLD", "CHN")} <= got
    # an export ban is an embargo, not a restriction of the population; abusing controls no assault
    assert not [e for r, s, t, e in evs if r in ("17", "18")]


def test_britain_suspends_aid_to_rwanda(coder):
    evs = coded(coder, AID, "2025-02-26")
    got = triples(evs)
    assert {("16", "GBR", "RWA"), ("11", "RWA", "GBR"), ("16", "DEU", "RWA"), ("05", "COD", "GBR"),
            ("11", "COD", "RWA")} <= got
    # "urged other donors to follow suit": no one the story names
    assert [t for r, s, t, e in evs if r == "02" and s == "COD"] == [None]


def test_prague_and_moscow_expel_each_others_diplomats(coder):
    evs = coded(coder, SPIES, "2021-04-19")
    got = triples(evs)
    assert {("16", "CZE", "RUS"), ("11", "CZE", "RUS"), ("11", "RUS", "CZE"), ("16", "SVK", "RUS")} <= got
    assert [r for r, s, t, e in evs if (s, t) == ("RUS", "CZE") and r in ("16", "17")]
    # what Prague is only considering is no event
    assert not [e for r, s, t, e in evs if s == "CZE" and r in ("01", "16") and e.sentence_index == 8]


def test_an_explainer_of_a_russian_veto_on_sudan(coder):
    evs = coded(coder, VETO, "2024-11-19")
    got = triples(evs)
    assert {("12", "RUS", "UN"), ("11", "GBR", "RUS"), ("05", "SDN", "RUS")} <= got
    # the veto Lammy called a disgrace is Russia's, not Sudan's; nothing of what could happen next
    assert ("11", "GBR", "SDN") not in got
    assert not [e for r, s, t, e in evs if s in ("CHN", "GBR") and r in ("12", "16", "13")]
    # the vetoed draft's call for a ceasefire was never adopted: no appeal of the UN's
    assert not [e for r, s, t, e in evs if r == "02"]


def test_a_live_blog_of_the_icc_warrant_for_putin(coder):
    evs = coded(coder, ICC, "2023-03-17")
    got = triples(evs)
    # the judges at the court, then "the court also issued a warrant": two warrants, both the ICC's
    assert [s for r, s, t, e in evs if r == "17"] == ["ICC", "ICC"]
    assert {("05", "UKR", "ICC"), ("09", "RUS", "ICC")} <= got
    # no Russian court, no option the Kremlin weighs, nothing of what Germany would do if he came
    assert not [e for r, s, t, e in evs if s == t == "RUS"]
    assert not [e for r, s, t, e in evs if s == "DEU"]


def test_a_press_release_of_a_philippine_japanese_summit(coder):
    evs = coded(coder, SUMMIT, "2023-11-04")
    got = triples(evs)
    assert {("04", "PHL", "JPN"), ("05", "PHL", "JPN"), ("05", "JPN", "PHL"), ("03", "JPN", "PHL"),
            ("02", "JPN", "PHL"), ("03", "PHL", "JPN"), ("17", "CHN", "PHL")} <= got
    # invited on Friday to visit next year: the invitation and its acceptance are Friday's
    invited = [e for r, s, t, e in evs if e.sentence_index == 6]
    assert invited and all(e.date == "2023-11-03" for e in invited)


def test_translated_state_media_on_a_prisoner_swap(coder):
    evs = coded(coder, SWAP, "2023-05-26")
    got = triples(evs)
    # "the Islamic Republic released the Belgian national": Iran
    assert {("05", "IRN", "OMN"), ("08", "IRN", "BEL"), ("11", "IRN", "BEL")} <= got


def test_three_european_states_recognise_palestine(coder):
    evs = coded(coder, RECOGNITION, "2024-05-29")
    got = triples(evs)
    assert {("05", "IRL", "PSE"), ("05", "ESP", "PSE"), ("05", "NOR", "PSE"), ("16", "ISR", "IRL"),
            ("16", "ISR", "ESP"), ("16", "ISR", "NOR")} <= got
    # "a move that Israel called a reward for terrorism": a condemnation of each of the three
    assert {("11", "ISR", "IRL"), ("11", "ISR", "ESP"), ("11", "ISR", "NOR")} <= got
    assert not [e for r, s, t, e in evs if r == "02" and t is not None]
    # what Slovenia is expected to do and what Belgium and Malta would do are no events
    assert not [e for r, s, t, e in evs if s in ("SVN", "BEL", "MLT")]
