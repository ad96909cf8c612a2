"""A fourteenth sweep of whole stories on the Americas and the Caribbean (issue 14, generalisation): US
strikes on boats off Venezuela (a wire story), Bolsonaro's conviction for the coup plot (a court
report), Petro's quarrel with Washington (an analysis), a prison massacre in Ecuador (a government
communique), a week in the Americas (a roundup of items under labels in capitals), Ecuador's
referendum on foreign bases (translated from a Spanish-language daily), the gangs' attack on
Mirebalais (a live blog) and the ELN's offensive in Catatumbo (a local paper). Each story test
asserts what an experienced coder codes and the wrong readings that must not come back; the rule
tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

from flashpoint.nlp.dateline import brief_items

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-06"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_labels_in_capitals_make_a_list_of_briefs():
    text = "PERU: Police detained 30 people on Monday.\n\nBRAZIL: Lula met Macron in Belem."
    assert [label for _, _, label in brief_items(text)] == ["PERU", "BRAZIL"]
    # one filing city is a dateline, not a list; nor is the same label told again
    assert brief_items("NEW DELHI: India said on Monday ...\n\nThe army said ...") == []
    assert brief_items("KYIV: Drones hit the city.\n\nKYIV: Sirens sounded again.") == []


def test_each_item_of_a_roundup_in_capitals_is_of_its_labels_country(coder):
    evs = coded(coder, "PERU: Police detained 30 people after a march on Monday.\n\n"
                       "BRAZIL: Brazil's government said Brazil would host the summit. President Lula "
                       "thanked Brazil's farmers.")
    assert [(s, t) for r, s, t, e in evs if r == "17"] == [("PER", "PER")]


def test_a_participle_of_custody_before_its_noun_is_no_arrest(coder):
    evs = coded(coder, "The United States sent 30 jailed gang members back to El Salvador on Friday.")
    assert not [e for r, s, t, e in evs if r == "17"]
    evs = coded(coder, "Nicaragua freed 135 imprisoned opponents and flew them to Guatemala on Thursday.")
    assert not [e for r, s, t, e in evs if r == "17"]


def test_sending_wanted_criminals_to_a_state_is_handing_them_over(coder):
    evs = coded(coder, "Guatemala transferred three suspected traffickers to the United States on Friday.")
    assert ("06", "GTM", "USA") in triples(evs)
    # a transfer between prisons names no one to hand them to
    evs = coded(coder, "Peruvian police transferred 12 gang leaders to a maximum security prison in Lima.")
    assert not [e for r, s, t, e in evs if r == "06"]


def test_a_panel_of_a_court_is_the_court(coder):
    evs = coded(coder, "A panel of Peru's Supreme Court on Thursday convicted former president Pedro Castillo "
                       "of conspiracy.")
    assert [(s, e.source.sector) for r, s, t, e in evs if r == "11"] == [("PER", "JUD")]


def test_a_surname_told_before_is_no_place_of_that_name(coder):
    # "Petro" is also a small place in the United States: Gustavo Petro's wife is Colombian
    evs = coded(coder, "Colombian President Gustavo Petro spoke at the UN on Tuesday. Days later Washington "
                       "sanctioned Petro's wife.")
    assert [t for r, s, t, e in evs if r == "16"] == ["COL"]


def test_the_place_of_a_clause_that_came_before_is_not_the_scene(coder):
    evs = coded(coder, "Mexican senator Lilly Tellez spoke on Monday. Days later Mexico revoked her visa after "
                       "she addressed a rally in Madrid.")
    assert [t for r, s, t, e in evs if r == "17"] == ["MEX"]


def test_security_forces_fighting_gangs_and_bandits_is_fighting(coder):
    evs = coded(coder, "Nigerian soldiers fought bandits in Zamfara state on Sunday.")
    assert ("19", "NGA", "NGA") in triples(evs)
    evs = coded(coder, "Haitian police fought gangs near the airport on Monday.")
    assert ("19", "HTI", "HTI") in triples(evs)


def test_a_subject_working_with_someone_is_who_it_is_not_a_meeting(coder):
    evs = coded(coder, "A militia working with the Sudanese army shelled a market in El Fasher on Sunday.")
    assert not [e for r, s, t, e in evs if r == "04"]
    assert [r for r, s, t, e in evs] == ["19"]
    # a task force of no other kind is a police body
    evs = coded(coder, "A task force working with the Haitian government launched drone strikes on gang "
                       "positions on Monday.")
    assert [(r, e.source.sector) for r, s, t, e in evs] == [("19", "COP")]


def test_victims_of_a_strike_abroad_are_of_where_it_was_aimed(coder):
    evs = coded(coder, "US strike kills six aboard boat off Colombia\n\n"
                       "WASHINGTON - U.S. forces struck a vessel in international waters on Friday, killing six "
                       "people on board, the Pentagon said. Washington said the United States would go on.",
                "2025-10-18")
    # the people killed on board are not the attacker's own people (the story names the US most)
    assert ("19", "USA", "COL") in triples(evs)
    assert not [e for r, s, t, e in evs if r in ("18", "19") and t == "USA"]


def test_an_indefinite_deed_with_a_subject_of_its_own_is_news_not_a_retelling(coder):
    evs = coded(coder, "Nigerian police fought bandits near Gusau on Monday. An army task force launched air "
                       "strikes on bandit camps in the forest.")
    assert len([e for r, s, t, e in evs if r == "19"]) == 2
    # "the strikes" still refers back
    evs = coded(coder, "Nigerian jets struck bandit camps near Gusau on Monday. The army said the strikes "
                       "killed 40 bandits.")
    assert len([e for r, s, t, e in evs if r in ("18", "19")]) == 1


def test_a_statement_in_the_present_is_of_the_day_it_is_issued(coder):
    evs = coded(coder, "Ministry of Foreign Affairs of Peru\n\nThe Government informs the public that 13 miners "
                       "died on Wednesday in Pataz province.\n\nThe Government condemns these crimes.", "2025-06-06")
    condemn = [e for r, s, t, e in evs if r == "11"]
    assert condemn and all(e.date == "2025-06-06" for e in condemn)


BOATS = (
    'US strike kills 11 aboard alleged drug boat off Venezuela, Trump says\n'
    '\n'
    "WASHINGTON, Sept 3 (Reuters) - U.S. forces struck a boat that had left Venezuela carrying illegal drugs, killing 11 people on board, President Donald Trump said on Tuesday, in the first known military action of Washington's naval build-up in the southern Caribbean.\n"
    '\n'
    'Trump said the vessel was operated by the Tren de Aragua gang, which his administration designated a foreign terrorist organization in February.\n'
    '\n'
    'Defense Secretary Pete Hegseth posted a video of the strike and warned that the military would keep hunting "narco-terrorists" in international waters.\n'
    '\n'
    'Caracas rejected the account. Communications Minister Freddy Nanez said the video appeared to have been made with artificial intelligence.\n'
    '\n'
    'President Nicolas Maduro accused the United States of preparing an invasion and ordered the mobilisation of the Bolivarian militia, which he said now counted more than four million members.\n'
    '\n'
    'The Pentagon has sent seven warships, a nuclear-powered submarine and about 4,500 troops to the region since August.\n'
    '\n'
    'Secretary of State Marco Rubio, speaking in Mexico City, said the strike would happen again.\n'
    '\n'
    'Colombian President Gustavo Petro condemned the operation, calling it murder.\n'
    '\n'
    'In July the Treasury had sanctioned the Cartel de los Soles, which Washington says is led by Maduro, as a terrorist group.\n'
    '\n'
    "Venezuela's defence minister, Vladimir Padrino Lopez, said on Wednesday that the armed forces had deployed troops and drones along the coast.\n"
)

BOLSONARO = (
    "Brazil's Supreme Court sentences Bolsonaro to 27 years for coup plot\n"
    '\n'
    "BRASILIA - A panel of Brazil's Supreme Federal Court on Thursday convicted former president Jair Bolsonaro of plotting a coup to overturn his 2022 election defeat and sentenced him to 27 years and three months in prison.\n"
    '\n'
    'Four of the five justices of the First Panel voted to convict him on five counts, including attempting to abolish the democratic rule of law and leading an armed criminal organisation.\n'
    '\n'
    'Justice Alexandre de Moraes, who oversaw the case, said the plot had included plans to kill President Luiz Inacio Lula da Silva.\n'
    '\n'
    'Justice Luiz Fux was the only one to vote for acquittal, arguing that the court lacked jurisdiction.\n'
    '\n'
    'Seven co-defendants, among them former defence minister Walter Braga Netto and former navy commander Almir Garnier, were also convicted.\n'
    '\n'
    'Bolsonaro, who has been under house arrest since August, did not attend the session. His lawyers said they would appeal.\n'
    '\n'
    'The verdict drew an immediate rebuke from Washington. Secretary of State Marco Rubio called it a witch hunt and said the United States would respond accordingly.\n'
    '\n'
    'In July the U.S. Treasury sanctioned Moraes under the Global Magnitsky Act, and President Donald Trump imposed 50 percent tariffs on Brazilian goods, citing the trial.\n'
    '\n'
    "Lula's government rejected the threats. The foreign ministry said Brazil's democracy would not be intimidated.\n"
    '\n'
    'Supporters of the former president rallied outside his home in Brasilia on Thursday evening.'
)

PETRO = (
    "Analysis: Petro's war of words with Washington leaves Colombia isolated\n"
    '\n'
    'By the time the U.S. Treasury put Gustavo Petro on its sanctions list on Friday, the Colombian president had already spent weeks daring Washington to do it.\n'
    '\n'
    'The sanctions freeze any assets Petro, his wife and his son hold in the United States and bar Americans from dealing with them. Treasury Secretary Scott Bessent accused Petro of allowing drug cartels to flourish.\n'
    '\n'
    'Petro answered within hours, calling the measure absurd and saying he would fight it in American courts.\n'
    '\n'
    'The rupture has been building since September, when the Trump administration decertified Colombia as a partner in the fight against drugs for the first time in nearly three decades.\n'
    '\n'
    "Days later the State Department revoked Petro's visa after he addressed a pro-Palestinian rally in New York and urged American soldiers to disobey Trump.\n"
    '\n'
    'Bogota then recalled its ambassador in Washington for consultations, and Trump called Petro an illegal drug leader and announced an end to all U.S. aid to Colombia.\n'
    '\n'
    'Petro, for his part, has condemned the U.S. strikes on boats in the Caribbean and accused Washington of killing a Colombian fisherman.\n'
    '\n'
    'None of this helps the Colombian army, which relies on American intelligence in its war with the ELN and the dissidents of the former FARC.\n'
    '\n'
    "Colombia's defence minister, Pedro Sanchez, has tried to keep military cooperation apart from the quarrel.\n"
    '\n'
    'Whether it survives the election in May is another question.'
)

ECUADOR_GOV = (
    'Presidency of the Republic of Ecuador\n'
    'Official communique No. 112\n'
    '\n'
    'Quito, 10 November 2025\n'
    '\n'
    'The National Government informs the public that on Sunday criminal gangs provoked a riot in the Machala Social Rehabilitation Centre, in the province of El Oro, in which 31 inmates died.\n'
    '\n'
    'Most of the victims died of asphyxiation after members of Los Lobos hanged them in their cells.\n'
    '\n'
    'Units of the National Police and the Armed Forces regained control of the prison within hours and transferred 12 ringleaders to the maximum security prison in Guayaquil.\n'
    '\n'
    'President Daniel Noboa has extended the state of emergency in El Oro, Guayas and Los Rios for another 60 days.\n'
    '\n'
    'The Government condemns these acts of terrorism and will not negotiate with criminals.\n'
    '\n'
    'The Ministry of the Interior has offered a reward of 100,000 dollars for information on those who ordered the massacre.\n'
    '\n'
    'On Saturday, soldiers had arrested 14 members of Los Choneros in Guayaquil and seized rifles and explosives.\n'
    '\n'
    'The Government thanks the people of Ecuador for their support.'
)

ROUNDUP = (
    'The week in the Americas\n'
    '\n'
    'MEXICO: Mexico sent 26 jailed cartel figures to the United States on Tuesday, the second such transfer this year, as Washington pressed President Claudia Sheinbaum to do more against fentanyl trafficking. Security Minister Omar Garcia Harfuch said the men had kept running their organisations from prison.\n'
    '\n'
    "BOLIVIA: Centre-right senator Rodrigo Paz won Sunday's presidential run-off, ending almost two decades of rule by the Movement for Socialism. His rival, Jorge Quiroga, conceded defeat on Sunday night. Paz said he would restore relations with Washington.\n"
    '\n'
    'CUBA: Residents of Santiago de Cuba banged pots and blocked streets on Wednesday after a blackout of more than 30 hours. Police detained at least a dozen people, according to the rights group Justicia 11J. President Miguel Diaz-Canel blamed the U.S. embargo for the fuel shortages.\n'
    '\n'
    'CHILE: Thousands of students marched in Santiago on Thursday to demand more funding for public universities. Police used water cannon to disperse a group that threw stones at a government building.\n'
    '\n'
    "HAITI: Kenya's President William Ruto visited Port-au-Prince on Saturday and met members of the Transitional Presidential Council. He promised to send 600 more police officers to the mission.\n"
)

REFERENDUM = (
    'Ecuadorians reject foreign military bases and a new constitution\n'
    '(Translated from the Spanish of a Quito daily)\n'
    '\n'
    'QUITO. - Ecuadorians rejected on Sunday, by a wide margin, the return of foreign military bases to the country, dealing a heavy blow to President Daniel Noboa, who had championed the question as a tool against drug trafficking.\n'
    '\n'
    'According to the results of the National Electoral Council (CNE), the no vote exceeded 60 percent on all four questions, including the call for a constituent assembly.\n'
    '\n'
    'The head of state accepted the results on the same night. "We respect the will of the Ecuadorian people," the president wrote on the social network X.\n'
    '\n'
    'The Government had negotiated with Washington the installation of a base in Manta, which the United States Air Force used until 2009.\n'
    '\n'
    'The United States Secretary of Homeland Security, Kristi Noem, had visited the coastal city two weeks before the vote.\n'
    '\n'
    'The leader of the Citizen Revolution, Luisa Gonzalez, celebrated the result and demanded the resignation of the Interior Minister, John Reimberg.\n'
    '\n'
    'The opposition party also accused the Executive of using the security forces to intimidate voters in Guayas.\n'
    '\n'
    'Meanwhile, the Armed Forces reported that they had captured 18 suspected members of Los Lobos in a mining area of Azuay on Saturday.\n'
    '\n'
    'Analysts consulted by this newspaper believe that the result weakens the mano dura policy of the ruling party.'
)

HAITI_LIVE = (
    "LIVE: Gangs attack Mirebalais as Haiti's crisis deepens\n"
    '\n'
    '09:10 EDT - Gunmen of the Viv Ansanm coalition stormed the central town of Mirebalais overnight, freeing more than 500 inmates from the local prison, police sources told us.\n'
    '\n'
    '09:45 EDT - The National Police of Haiti said its officers were fighting the gangs near the hospital. At least 10 people were killed, according to residents.\n'
    '\n'
    '10:30 EDT - Prime Minister Alix Didier Fils-Aime condemned the attack and promised reinforcements.\n'
    '\n'
    '11:15 EDT - A task force working with the government launched drone strikes on gang positions near the town, a government source said.\n'
    '\n'
    '12:00 EDT - Jimmy "Barbecue" Cherizier, the former police officer who leads the coalition, said in a video that his men would march on the capital next.\n'
    '\n'
    '12:40 EDT - The U.S. State Department, which designated Viv Ansanm and Gran Grif as foreign terrorist organizations last week, said Washington stood with the Haitian people.\n'
    '\n'
    '13:20 EDT - The Kenyan-led Multinational Security Support mission said its troops had not been deployed to Mirebalais.\n'
    '\n'
    '14:05 EDT - The International Organization for Migration said about 5,000 people had fled the town.\n'
    '\n'
    '15:30 EDT - UN Secretary-General Antonio Guterres urged member states to fund the mission and called on the gangs to lay down their arms.'
)

CATATUMBO = (
    'Cúcuta: ELN offensive in Catatumbo leaves 80 dead and thousands displaced\n'
    '\n'
    "CÚCUTA (La Opinión del Norte) — The death toll from the ELN's offensive against dissidents of the former FARC in the Catatumbo region has risen to 80, the Norte de Santander governor's office said on Monday.\n"
    '\n'
    'The guerrillas attacked villages in Tibu, El Tarra and Teorama on Thursday, going from house to house in search of members of the 33rd Front and of people they accused of collaborating with it.\n'
    '\n'
    'Among the dead was a social leader, Carmelo Guerrero, whose body was found on Saturday.\n'
    '\n'
    'More than 32,000 people have fled to Cúcuta and Ocaña, where the city hall opened shelters in sports centres.\n'
    '\n'
    'President Gustavo Petro suspended peace talks with the ELN on Friday, accusing the rebels of committing war crimes.\n'
    '\n'
    'On Monday he declared a state of internal commotion, which allows the government to rule by decree in the region.\n'
    '\n'
    'The army sent 5,000 soldiers to Catatumbo, and the defence minister, Pedro Sanchez, said troops had retaken the centre of Tibu.\n'
    '\n'
    'The ELN blamed the dissidents for the violence and said it would not lay down its arms.\n'
    '\n'
    "The Ombudsman's office had warned in November that an offensive was imminent.\n"
    '\n'
    "Venezuela's government said it would cooperate with Colombia to secure the border.\n"
)


def test_a_wire_story_of_us_strikes_on_a_boat_off_venezuela(coder):
    evs = coded(coder, BOATS, "2025-09-03")
    got = triples(evs)
    assert {("19", "USA", "VEN"), ("11", "COL", "USA"), ("16", "USA", "VEN")} <= got
    # the people killed on the boat are not American, nor is the Cartel de los Soles
    assert not [e for r, s, t, e in evs if r in ("18", "19") and t == "USA"]
    assert ("16", "USA", "USA") not in got


def test_a_court_report_of_bolsonaros_conviction(coder):
    evs = coded(coder, BOLSONARO, "2025-09-12")
    got = triples(evs)
    # "a panel of Brazil's Supreme Federal Court convicted": the court, on Thursday
    convicted = [e for r, s, t, e in evs if r == "11" and s == t == "BRA"]
    assert convicted and convicted[0].source.sector == "JUD" and convicted[0].date == "2025-09-11"
    assert {("16", "USA", "BRA"), ("12", "BRA", "USA"), ("11", "USA", "BRA")} <= got


def test_an_analysis_of_petros_quarrel_with_washington(coder):
    evs = coded(coder, PETRO, "2025-10-26")
    got = triples(evs)
    # the Treasury Secretary accuses Petro: the United States', not Colombia's own affair
    assert {("11", "USA", "COL"), ("11", "COL", "USA"), ("16", "COL", "USA")} <= got
    assert not [e for r, s, t, e in evs if r == "11" and s == t == "COL"]


def test_a_government_communique_on_a_prison_massacre_in_ecuador(coder):
    evs = coded(coder, ECUADOR_GOV, "2025-11-10")
    got = triples(evs)
    assert {("17", "ECU", "ECU"), ("11", "ECU", "ECU")} <= got
    # "The Government condemns": the day of the communique, not Sunday's riot
    condemn = [e for r, s, t, e in evs if r == "11"]
    assert condemn and all(e.date == "2025-11-10" for e in condemn)


def test_a_weekly_roundup_of_the_americas(coder):
    evs = coded(coder, ROUNDUP, "2025-10-25")
    got = triples(evs)
    # Mexico hands cartel bosses over; Cuba's police detain protesters under the CUBA label
    assert {("06", "MEX", "USA"), ("17", "CUB", "CUB"), ("11", "CUB", "USA"), ("14", "CHL", "CHL"),
            ("04", "KEN", "HTI")} <= got
    # "26 jailed cartel figures" were arrested by no one told; no American police in Santiago de Cuba
    assert not [e for r, s, t, e in evs if r == "17" and "USA" in (s, t)]


def test_a_translated_report_of_ecuadors_referendum(coder):
    evs = coded(coder, REFERENDUM, "2025-11-17")
    got = triples(evs)
    # the Citizen Revolution's leader demands a minister's resignation: Ecuador's opposition
    assert [s for r, s, t, e in evs if r == "10"] == ["ECU"]
    assert {("17", "ECU", "ECU"), ("04", "USA", "ECU")} <= got


def test_a_live_blog_of_the_gangs_attack_on_mirebalais(coder):
    evs = coded(coder, HAITI_LIVE, "2025-03-31")
    got = triples(evs)
    # the police fighting the gangs and the task force's drone strikes are two deeds of the state's
    state = [e for r, s, t, e in evs if r == "19" and s == t == "HTI" and e.source.sector == "COP"]
    assert len(state) == 2
    assert {("11", "HTI", "HTI"), ("17", "USA", "HTI")} <= got
    # the task force works with the government; it does not meet it
    assert not [e for r, s, t, e in evs if r == "04"]
