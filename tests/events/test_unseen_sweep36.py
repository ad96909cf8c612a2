"""A thirty-sixth sweep of whole stories: long wire and newspaper stories (15-25 sentences) of 2023-2025
on conflicts earlier sweeps covered least, each with a lead, reactions of several capitals and bodies,
quotes, a background paragraph of history and earlier incidents retold (issue 14, generalisation): the
killings on Syria's coast (March 2025), the fighting in Tripoli after the killing of a militia chief
(May 2025), Ecuador's war on the gangs (January 2024), the ELN's offensive in Catatumbo (January 2025),
the clash of Somalia's federal army with Jubaland (December 2024), Serbia's student protests (March
2025), the Thai-Cambodian border fighting (July 2025) and a Fano raid in Ethiopia's Amhara region
(September 2024). Each story test asserts what an experienced coder codes and the wrong readings that
must not come back; only stories a fix of this sweep changed have a test (a test must fail on the old
code). The rule tests, on sentences of other conflicts, are in tests/actors/test_loyal_subject.py,
tests/time/test_that_month.py, tests/places/test_fled_into.py,
tests/time/test_day_of_no_known_party.py, tests/events/test_own_side_victims.py and
tests/events/test_ranked_deeds.py."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


SYRIA = (
    "DAMASCUS (Reuters) - Syria's interim President Ahmed al-Sharaa on Sunday vowed to hold "
    "accountable anyone who harmed civilians, after a monitoring group said security forces and "
    "allied fighters had killed more than 1,000 people in three days of violence on the country's "
    "Mediterranean coast.\n\nThe bloodshed began on Thursday, when gunmen loyal to the ousted "
    "president Bashar al-Assad ambushed a security patrol near the town of Jableh, killing 13 "
    "members of the new security forces.\n\nThe government sent thousands of reinforcements to "
    "Latakia and Tartus provinces. The Syrian Observatory for Human Rights said the fighters had "
    "killed at least 745 Alawite civilians in dozens of villages, many of them shot at close "
    "range in their homes.\n\n\"We will hold accountable, firmly and without leniency, anyone "
    "involved in the bloodshed of civilians,\" Sharaa said in a speech at a mosque in "
    "Damascus.\n\nHe announced the formation of an independent committee to investigate the "
    "killings and report within 30 days.\n\nThe United Nations human rights chief, Volker Turk, "
    "called for prompt and impartial investigations and said entire families had been "
    "killed.\n\nU.S. Secretary of State Marco Rubio condemned the \"radical Islamist terrorists, "
    "including foreign jihadis,\" who he said had murdered people in western Syria. Russia and "
    "the United States asked the U.N. Security Council to meet behind closed doors on "
    "Monday.\n\nIran denied that it had any role in the uprising, and Turkey's foreign ministry "
    "said the attacks on the security forces aimed to undermine Syria's stability.\n\nThousands "
    "of Alawite families fled to the Russian air base at Hmeimim, and about 9,000 crossed the "
    "border into Lebanon, according to Lebanese officials.\n\nAssad was toppled in December by a "
    "lightning offensive led by Hayat Tahrir al-Sham, the group Sharaa led, ending more than five "
    "decades of his family's rule. He fled to Moscow.\n\nSince then, the new authorities have "
    "struggled to assert control over the coastal mountains, the heartland of Assad's Alawite "
    "minority. In late January, security forces raided villages near Homs in a search for former "
    "regime officers.\n\nThe defence ministry said on Monday that the military operation on the "
    "coast had ended and that the security forces had regained control of the main roads."
)

ECUADOR = (
    "QUITO (AFP) - Ecuador's army on Thursday raided prisons across the country as President "
    "Daniel Noboa pressed a war on drug gangs that he blames for a wave of violence that shocked "
    "the nation this week.\n\nSoldiers regained control of the prison in Turi, near Cuenca, where "
    "inmates had taken guards hostage, the military said. More than 130 prison guards and staff "
    "were still held by inmates in several jails.\n\nNoboa declared an \"internal armed "
    "conflict\" on Tuesday and ordered the armed forces to neutralise 22 gangs, which his decree "
    "labelled terrorist organisations.\n\nThe decree came hours after masked gunmen stormed a "
    "television studio in Guayaquil during a live broadcast and threatened the staff. Police "
    "arrested 13 of the attackers.\n\nThe gang leader Adolfo Macias, known as Fito, escaped from "
    "a prison in Guayaquil on Sunday. Noboa then imposed a 60-day state of emergency.\n\n\"We are "
    "at war and we cannot give in to these terrorist groups,\" Noboa told a radio "
    "station.\n\nSince Tuesday, security forces have killed five gang members and detained more "
    "than 800 people, the army said.\n\nPeru sent police to its border with Ecuador, and China "
    "temporarily closed its embassy in Quito to the public.\n\nThe United States offered security "
    "help, and Secretary of State Antony Blinken said Washington would work closely with Noboa's "
    "government.\n\nColombian President Gustavo Petro expressed solidarity with the Ecuadorian "
    "people.\n\nEcuador was long one of the safest countries in the region, but it has been "
    "engulfed by violence since gangs linked to Mexican and Colombian cartels began fighting over "
    "cocaine routes.\n\nLast year, presidential candidate Fernando Villavicencio was shot dead "
    "after a rally in Quito, less than two weeks before the first round of the election.\n\nIn "
    "2021, riots between rival gangs killed more than 300 inmates in Ecuador's "
    "prisons.\n\nLawmakers gave Noboa broad support on Wednesday and granted an amnesty to "
    "security forces who act against the gangs."
)

SOMALIA = (
    "MOGADISHU (AP) - Federal Somali troops and forces of the semi-autonomous Jubaland state "
    "fought heavy battles on Wednesday in the border town of Ras Kamboni, deepening a political "
    "rift that threatens the fight against al-Shabaab.\n\nJubaland's forces said they had "
    "captured the town's airstrip and forced hundreds of federal soldiers to flee across the "
    "border into Kenya.\n\nThe federal government said its troops had been attacked while they "
    "were providing security in the area.\n\nThe fighting followed Jubaland's re-election last "
    "month of its leader, Ahmed Madobe, which the federal government rejected as illegal. A court "
    "in Mogadishu then issued an arrest warrant for Madobe, accusing him of treason.\n\nJubaland "
    "responded by issuing its own warrant for President Hassan Sheikh Mohamud and cut ties with "
    "the federal government.\n\n\"The federal government is sending troops to destroy Jubaland "
    "instead of fighting al-Shabaab,\" Jubaland's security minister, Yusuf Hussein Osman, told "
    "reporters.\n\nKenya urged both sides to resolve their differences through dialogue. The "
    "African Union and the United Nations called for calm.\n\nEthiopia, which has troops in the "
    "region, did not comment.\n\nAl-Shabaab, which is linked to al-Qaeda, has fought for more "
    "than 15 years to topple the federal government.\n\nIn August 2022, President Mohamud "
    "declared \"total war\" on the group, and government forces and clan militias recaptured "
    "large areas of central Somalia.\n\nLast year, al-Shabaab fighters overran a military base in "
    "Galmudug and killed dozens of soldiers.\n\nOn Monday, al-Shabaab attacked a base in the "
    "Lower Shabelle region, killing eight soldiers, the army said.\n\nThe African Union's new "
    "mission in Somalia is due to start in January."
)

ETHIOPIA = (
    "ADDIS ABABA (AFP) - Fano militiamen attacked the town of Debre Markos in Ethiopia's Amhara "
    "region on Sunday and freed hundreds of prisoners from a jail, residents said, in one of the "
    "boldest raids of the year-long insurgency.\n\nThe fighters clashed with federal troops for "
    "several hours before withdrawing, a resident told AFP.\n\nA regional official said at least "
    "12 soldiers and four civilians had been killed.\n\nThe army later carried out drone strikes "
    "on villages near the town. A health worker said 18 civilians died in the strikes.\n\nAmnesty "
    "International accused the military of executing dozens of civilians in the region and called "
    "for an independent inquiry.\n\nThe government did not respond to requests for comment, but "
    "it has previously denied targeting civilians.\n\n\"We will continue our struggle until this "
    "regime falls,\" a Fano commander told AFP by telephone.\n\nThe insurgency erupted in August "
    "2023 when the federal government tried to disarm regional forces in Amhara. Fano fighters "
    "briefly seized the towns of Lalibela and Gondar.\n\nParliament declared a state of emergency "
    "in the region that month, and the authorities arrested thousands of people in the "
    "capital.\n\nLast year, a drone strike killed at least 26 people in the town of Finote Selam, "
    "according to the U.N.\n\nThe United States and the European Union have urged both sides to "
    "negotiate.\n\nAmhara militias fought alongside federal troops against Tigrayan rebels during "
    "the war of 2020 to 2022."
)

CAMBODIA = (
    "BANGKOK (AP) - Thailand and Cambodia traded heavy fire for a second day on Friday along "
    "their disputed border, and the death toll rose to 16 as tens of thousands of villagers "
    "fled.\n\nThe Thai army said Cambodian forces fired rockets and artillery at several Thai "
    "border provinces, and Thai F-16 fighter jets struck Cambodian military targets on "
    "Thursday.\n\nThailand's health ministry said 15 Thai people, most of them civilians, had "
    "been killed. A rocket hit a petrol station in Sisaket province on Thursday, killing six "
    "people.\n\nCambodia said one of its civilians had been killed and accused Thailand of using "
    "cluster munitions.\n\nThai acting Prime Minister Phumtham Wechayachai said the fighting "
    "could escalate into war. \"We will defend our sovereignty,\" he told reporters.\n\nCambodian "
    "Prime Minister Hun Manet asked the U.N. Security Council to hold an urgent meeting and "
    "accused Thailand of an unprovoked attack.\n\nThailand closed all border crossings with "
    "Cambodia and expelled the Cambodian ambassador on Wednesday, a day after a landmine wounded "
    "five Thai soldiers.\n\nMalaysian Prime Minister Anwar Ibrahim, who chairs ASEAN, said he had "
    "spoken to both leaders and urged them to stand down. China said it was deeply "
    "concerned.\n\nThe United States called for an immediate end to the hostilities.\n\nThe "
    "border dispute dates back more than a century, to maps drawn when Cambodia was under French "
    "rule.\n\nIn May, a Cambodian soldier was killed in a brief exchange of fire in the Emerald "
    "Triangle area.\n\nIn 2011, clashes near the Preah Vihear temple killed about 20 "
    "people.\n\nThai officials said Thailand would not accept mediation by a third country."
)


def test_syria_story_gives_the_ambush_to_the_ousted_presidents_gunmen(coder):
    evs = coded(coder, SYRIA, "2025-03-10")
    ambush = [e for r, s, t, e in evs if e.trigger == "ambushed"]
    assert [(e.source.code, e.date) for e in ambush] == [("SYRREB", "2025-03-06")]  # not the new government
    assert ("19", "SYR", "SYR") in triples(evs)  # the killings on the coast
    assert ("11", "USA", "SYR") in triples(evs)  # Rubio's condemnation


def test_ecuador_story_leaves_the_reactions_off_the_day_of_the_escape(coder):
    evs = coded(coder, ECUADOR, "2024-01-12")
    reactions = [e for r, s, t, e in evs if s in ("USA", "COL")]
    assert len(reactions) >= 2 and all(e.date != "2024-01-07" for e in reactions)
    assert ("17", "ECU", "ECU") in triples(evs)  # the police's arrest of the attackers
    assert ("16", "CHN", "ECU") in triples(evs)  # China closed its embassy


def test_somalia_story_places_no_capture_in_kenya(coder):
    evs = coded(coder, SOMALIA, "2024-12-12")
    assert not any(t == "KEN" and s != "KEN" for r, s, t, e in evs if r in ("19", "17"))
    captured = [e for r, s, t, e in evs if e.trigger == "captured"]
    assert captured and all(e.target is None or e.target.country != "KEN" for e in captured)
    assert ("02", "KEN", "SOM") in triples(evs)  # Kenya urged both sides


def test_ethiopia_story_dates_the_emergency_of_that_month_in_its_history(coder):
    evs = coded(coder, ETHIOPIA, "2024-09-03")
    emergency = [e for r, s, t, e in evs if e.trigger.startswith("declared state")]
    assert [e.date for e in emergency] == ["2023-08-01"]  # "that month": August 2023, not publication
    arrests = [e for r, s, t, e in evs if e.cameo == "173"]
    assert arrests and all(e.date == "2023-08-01" for e in arrests)
    assert ("19", "ETH", "ETH") in triples(evs)  # the raid on Debre Markos
    assert not any(e.trigger == "raids" for r, s, t, e in evs)  # "one of the boldest raids": no deed of the authorities


def test_cambodia_story_leaves_no_thai_killing_of_thai_people(coder):
    evs = coded(coder, CAMBODIA, "2025-07-25")
    assert not any(s == "THA" and t == "THA" for r, s, t, e in evs if r == "19")  # not by the Thai jets
    assert ("19", "THA", "KHM") in triples(evs)  # the jets' strike
    assert ("16", "THA", "KHM") in triples(evs)  # the crossings closed, the ambassador expelled
    assert ("11", "KHM", "THA") in triples(evs)  # Cambodia's accusation
