"""Types that depend on who acted (actors.roles): battles need two armed sides, crowds riot or mob."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow

CASES = [
    # The dead of a fight between two armed sides are its toll, not the target of an attack.
    ("On 4 May 2022, three people died in clashes between Fulani and Tiv militias near Makurdi (Benue).",
     "Armed clash"),
    ("On 9 June 2021, gunmen attacked a village near Tillaberi and fought a gun battle with soldiers; "
     "five villagers were killed.", "Armed clash"),
    # Crowd violence without a demonstration is mob violence; riots and road blocks are demonstrations.
    ("On 2 March 2020, youths threw stones at passing motorists in Kumasi and smashed car windows.",
     "Mob violence"),
    ("On 2 March 2020, rioting youths burned tyres in Kumasi after a disputed by-election.",
     "Violent demonstration"),
    ("On 2 March 2020, residents blocked the Accra-Kumasi highway over the poor state of the road.",
     "Violent demonstration"),
    ("On 2 March 2020, angry residents set ablaze the house of a suspected thief in Tamale.", "Mob violence"),
    ("On 2 March 2020, police clashed with hawkers in Tamale after their stalls were removed.", "Mob violence"),
    # An attack on the security forces is a battle with them; a police station only named as a place is not.
    ("On 5 May 2021, bandits attacked a police post in Kapedo and wounded two reservists.", "Armed clash"),
    ("On 5 May 2021, militiamen raided a village near Tot and killed a police reservist and two herders.",
     "Armed clash"),
    ("On 5 May 2021, gunmen shot dead a trader near the police station in Mandera town.", "Attack"),
    ("On 5 May 2021, gunmen attacked a village in Zamfara state, killing 14 people, police said.", "Attack"),
    # Civilians killed by raiders during clashes are the raiders' victims, not the toll of the fight.
    ("On 5 May 2021, raiders killed four villagers in revenge attacks during ethnic clashes near Baragoi.",
     "Attack"),
    ("On 5 May 2021, herders killed six people near Tot in renewed communal violence.", "Attack"),
    ("On 5 May 2021, gunmen shot dead two farmers in Guma amid ongoing ethnic clashes.", "Attack"),
    # ... but a fight the sentence names between two sides, or points back to, is that fight.
    ("On 5 May 2021, three people including a police officer died in clashes between Pokot and Turkana "
     "herders in Kainuk.", "Armed clash"),
    # Rangers are a state force: shooting one is a battle with it.
    ("On 5 May 2021, poachers ambushed and shot a park ranger patrolling near Garamba.", "Armed clash"),
    # Soldiers fighting a cartel's men fight an armed group, not a crowd.
    ("On 5 May 2021, Mexican soldiers clashed with suspected cartel members in Aguililla (Michoacan), "
     "leaving four gunmen dead.", "Armed clash"),
    # Violence within a force is a clash of the force with itself.
    ("On 5 May 2021, a police officer shot dead two of his colleagues at a camp in Baringo.", "Armed clash"),
    # Residents killing in a border conflict are its communal militia; punishing suspected thieves is mob justice.
    ("On 5 May 2021, Isiolo residents stabbed three Meru traders to death at a market in the ongoing "
     "border conflict between the two counties.", "Attack"),
    ("On 5 May 2021, residents of Awendo killed two suspected cattle rustlers.", "Mob violence"),
    # A campaign rally is where rival supporters fought, not a demonstration.
    ("On 2 March 2020, NPP and NDC supporters clashed and threw stones at each other at Mahama's rally in Tamale.",
     "Mob violence"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), CASES)
def test_actors_types_follow_who_acted(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        # A community's people attacked are civilians; its fighters are a militia.
        ("On 3 May 2021, Fulani gunmen attacked Tiv villages near Makurdi (Benue), killing 11.",
         "Attack", "Civilians (Nigeria)"),
        ("On 3 May 2021, Fulani gunmen clashed with Tiv militiamen near Makurdi (Benue).",
         "Armed clash", "Tiv Ethnic Militia (Nigeria)"),
    ],
)
def test_actors_types_community_victims_are_civilians(pipeline, text, sub_event_type, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)


@pytest.mark.parametrize(
    "text",
    [
        # Communal violence named by its event noun or by the communities: identity militias (inter 4).
        "On 8 March 2019, two people were killed in ethnic clashes near Moyale (Marsabit).",
        "On 8 March 2019, the Nuer and Dinka clans clashed near Bor (Jonglei), leaving three dead.",
        "On 8 March 2019, two communities clashed over a water point near Tillaberi, killing three.",
    ],
)
def test_actors_types_communal_violence_is_identity_militias(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].inter1 == 4


def test_actors_types_responders_named_after_the_attack(pipeline):
    text = ("On 9 June 2021, gunmen attacked a village near Tillaberi, killing two herders. Soldiers "
            "responded and exchanged fire with the attackers.")
    (article,) = pipeline.process([Article("note", text)])
    (event,) = article.events  # one clash, told from both sides
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"Military Forces of Niger", "Unidentified Armed Group (Niger)"}


def test_actors_types_party_supporters_attacking_are_the_party(pipeline):
    text = "On 3 May 2021, ZANU-PF supporters attacked an MDC candidate in Mutare (Manicaland)."
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.inter1) == ("Attack", 3)
    assert event.actor1.startswith("ZANU-PF")
    assert event.actor2 == "Civilians (Zimbabwe)"  # a party's candidate is a civilian


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        # Demonstrators who turn violent are rioters; a riot's crowd is never "Protesters".
        ("On 22 March 2021, residents of Akure took to the streets to protest the killing of a motorcyclist by "
         "a police officer. The protesters burned tyres and blocked the main road.", "Violent demonstration",
         "Rioters"),
        ("On 22 March 2021, hundreds of traders marched peacefully to the governor's office in Akure.",
         "Peaceful protest", "Protesters"),
    ],
)
def test_actors_types_a_demonstration_s_crowd_follows_its_type(pipeline, text, sub_event_type, actor1):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1.split(" (")[0], event.inter1) == (
        sub_event_type, actor1, 5 if actor1 == "Rioters" else 6)


def test_actors_types_people_arrested_are_no_rioters(pipeline):
    text = "On 14 March 2020, SDF members arrested 9 people in Raqqa city during a raid on suspected IS cells."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor2 != "Rioters (Syria)"


def test_actors_types_the_attackers_are_not_their_own_target(pipeline):
    text = ("On 15 January 2019, Al Shabaab detonated a car bomb at the gate of a hotel in Nairobi, followed by a "
            "gun assault. 21 people killed, plus the 5 attackers.")
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor2 == "Civilians (Kenya)"


@pytest.mark.parametrize(
    ("text", "actor1", "assoc"),
    [
        ("On 28 April 2021, Burkinabe soldiers and VDP militiamen repelled a JNIM attack on their position "
         "near Tin-Akoff.", "Military Forces of Burkina Faso", "VDP: Volunteers for the Defense of the Homeland"),
        # Two sides that clash are not allies.
        ("On 3 May 2021, Al Shabaab and Somali soldiers clashed near Afgoye.", "Al Shabaab", None),
    ],
)
def test_actors_types_state_forces_lead_their_allies(pipeline, text, actor1, assoc):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.assoc_actor_1) == (actor1, assoc)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # Named together, they act together: the ally is no target, and the state forces lead.
        ("On 1 September 2023, Wagner Group forces and FAMa raided Moura (Mopti), killing 12 civilians.",
         ("Military Forces of Mali", "Wagner Group", "Civilians (Mali)")),
        ("Burkinabe soldiers and VDP militiamen repelled an attack on Djibo.",
         ("Military Forces of Burkina Faso", "VDP: Volunteers for the Defense of the Homeland",
          "Unidentified Armed Group (Burkina Faso)")),
        # Named together as those who fought each other: one on each side.
        ("On 15 August 2020, Hezbollah and the IDF exchanged fire near the Shebaa farms.",
         ("Hezbollah", None, "Military Forces of Israel")),
        ("Clashes between Pokot and Turkana raiders near Kapedo.",
         ("Pokot Ethnic Militia (Kenya)", None, "Turkana Ethnic Militia (Kenya)")),
        # A bracket does not split a group from its fighters: the soldiers killed are the other side.
        ("On 12 March 2021, Boko Haram (JAS) militants attacked Dikwa town (Borno), killing 5 soldiers.",
         ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", None, "Military Forces of Nigeria")),
    ],
)
def test_actors_types_actors_named_together(pipeline, text, sides):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.assoc_actor_1, event.actor2) == sides


@pytest.mark.parametrize(
    ("text", "event_type", "actor1"),
    [
        # Armed men killed by no one named fell to another armed side.
        ("Two more fighters were killed near Moyale on Sunday.", "Battles",
         "Unidentified Armed Group (Kenya)"),
        # Joining forces is no army.
        ("As revenge, the Kikuyu joined forces and attacked the Luo in Naivasha.", None, None),
    ],
)
def test_actors_types_fighters_killed_and_forces_joined(pipeline, text, event_type, actor1):
    (article,) = pipeline.process([Article("note", text, country_hint="Kenya")])
    event = article.events[0]
    assert event_type is None or event.event_type == event_type
    assert event.actor1 != "Military Forces of Kenya"
    assert actor1 is None or event.actor1 == actor1


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # The forces who defuse a device, and the group that planted it.
        ("On 25 March 2023, the Colombian army defused an explosive device planted by the ELN near Saravena.",
         ("Military Forces of Colombia", "ELN: National Liberation Army")),
        ("Police defused a bomb planted by Al Shabaab militants near a school in Mandera.",
         ("Police Forces of Kenya", "Al Shabaab")),
    ],
)
def test_actors_types_a_defused_device_names_who_planted_it(pipeline, text, sides):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Disrupted weapons use", *sides)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("On 2 June 2020, armed cattle raiders attacked a village near Pibor and drove off 300 head of cattle, "
         "killing two herders.", "Unidentified Ethnic Militia"),
        ("On 2 June 2020, gunmen from a rival clan shot dead three men at a water point near Dolow.",
         "Unidentified Clan Militia"),
        # The raid told in the next sentence of a note.
        ("On 2 June 2020, gunmen killed two herders near Pibor. About 300 head of cattle were stolen.",
         "Unidentified Ethnic Militia"),
        # No raid, no clan: an unidentified armed group.
        ("On 2 June 2020, gunmen shot dead three men at a market near Dolow.", "Unidentified Armed Group"),
        ("On 2 June 2020, gunmen shot dead three men at a market near Dolow. Police arrested two suspects.",
         "Unidentified Armed Group"),
    ],
)
def test_actors_types_communal_raiders_are_an_identity_militia(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.actor1.startswith(actor1)
    assert event.inter1 == (3 if actor1 == "Unidentified Armed Group" else 4)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        # Officials attacked are civilians to ACLED, not a government side in a battle.
        ("On 6 December 2020, two local government officials were ambushed and killed by gunmen near Kauru.",
         "Attack", "Civilians (Nigeria)"),
        ("On 6 December 2020, militants attacked the convoy of a provincial governor near Jalalabad, killing his "
         "driver.", "Attack", "Civilians (Afghanistan)"),
        # Off duty, a soldier or policeman is an unarmed person; a group's critic is no member of it.
        ("On 6 December 2020, gunmen shot dead an off-duty soldier outside his home in Kirkuk.",
         "Attack", "Civilians (Iraq)"),
        ("On 6 December 2020, an off-duty police officer was killed in a grenade attack in a suburb of Nairobi.",
         "Grenade", "Civilians (Kenya)"),
        ("On 6 December 2020, a cleric and outspoken al Shabaab critic was shot dead outside his mosque in "
         "Mombasa.", "Attack", "Civilians (Kenya)"),
        ("On 6 December 2020, gunmen shot dead a former police officer at his farm near Nakuru.",
         "Attack", "Civilians (Kenya)"),
        # A peaceful protest against the government has no second actor.
        ("On 6 December 2020, teachers marched in Abuja to protest against the government over unpaid salaries.",
         "Peaceful protest", None),
    ],
)
def test_actors_types_officials_are_civilians(pipeline, text, sub_event_type, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2020, two men on a motorbike shot dead a trader outside his shop in Kano.",
        "On 4 June 2020, three men attacked a former county official as he walked home from a mosque in Garissa.",
        # A gang is organised: an armed group, not a mob.
        "On 4 June 2020, gangs of youths raided houses in a slum in Port Harcourt, killing two residents.",
        "On 4 June 2020, a returning officer was attacked by a gang of young men in Kerugoya.",
    ],
)
def test_actors_types_a_few_armed_men_are_no_mob(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1.split(" (")[0]) == ("Attack", "Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # The group named in a battle's sentence is its other side.
        ("On 1 October 2015, Iraqi troops retook the village of Albu Faraj north of Ramadi, killing 15 Islamic "
         "State militants.", "Military Forces of Iraq", "Islamic State (Iraq)"),
        # A government's artillery is its military.
        ("On 7 September 2021, Syrian government artillery pounded the village of Kansafra, killing two farmers.",
         "Military Forces of Syria", "Civilians (Syria)"),
        # A bomb squad is police.
        ("On 10 February 2023, a bomb disposal squad defused a bomb planted near a school in Dera Ismail Khan.",
         "Police Forces of Pakistan", None),
        # A regime's positions are held by its forces, not by civilian officials.
        ("On 6 April 2019, rebels shelled Syrian regime positions near Kafr Zita, north of Hama.",
         None, "Military Forces of Syria"),
        # Paramilitaries and rival governments by their own names.
        ("On 3 May 2022, BLA militants attacked a Frontier Corps post in Turbat, killing two soldiers.",
         None, "Military Forces of Pakistan"),
        ("On 9 May 2019, LNA jets bombed GNA positions at Ain Zara, south of Tripoli.",
         "LNA: Libyan National Army", "Military Forces of Libya Government of National Accord"),
        # Who repelled an attack told before is its target, not its author.
        ("On 2 June 2020, ISWAP fighters stormed an army base in Monguno, killing three soldiers; troops "
         "repelled the attack.", "Islamic State West Africa Province", "Military Forces of Nigeria"),
        # A state named with "of" is that state, wherever the event is.
        ("On 3 October 2020, the Government of Sudan and SRF rebels signed a peace agreement in Juba.",
         "Government of Sudan", "SRF: Sudan Revolutionary Front"),
        ("On 9 October 2020, the Iraqi government and the KDP signed an agreement on the status of Sinjar.",
         "Government of Iraq", "KDP: Kurdistan Democratic Party"),
        # Who answered with a strike is its author.
        ("On 11 May 2021, Israel retaliated with air strikes on Khan Younis.", "Military Forces of Israel", None),
        # Who laid the bomb attacked whoever it exploded near.
        ("On 4 April 2022, an IED planted by suspected Al Shabaab militants exploded near an AMISOM convoy in "
         "Marka.", "Al Shabaab", "AMISOM: African Union Mission in Somalia"),
        ("On 6 September 2022, armed Dozos killed five Fulani herders near Bandiagara.",
         "Dozo Communal Militia (Mali)", None),
        # A group linked to another is not that other; a bare base or checkpoint is the forces'.
        ("On 2 May 2022, fighters of the al Qaeda-linked JNIM attacked an army post near Boulkessi.",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"),
        ("On 2 May 2022, Islamic State militants overran a checkpoint near Deir ez-Zor.",
         "Islamic State (Syria)", "Military Forces of Syria"),
        # An explosion that names no target hit the people it killed.
        ("On 14 October 2017, a truck bomb exploded at a busy junction in Mogadishu, killing at least 300 people.",
         None, "Civilians (Somalia)"),
        # Two nations' forces named together: one on each side when they fought, else the host state's
        # forces lead a joint operation on their ground (Diffa is in Niger) with the foreign troops associated.
        ("On 12 July 2020, Armenian and Azerbaijani forces exchanged artillery fire near Tovuz.",
         "Military Forces of Armenia", "Military Forces of Azerbaijan"),
        ("On 4 June 2021, Chadian and Nigerien troops attacked Boko Haram positions near Diffa.",
         "Military Forces of Niger", None),
        # A passive's agent when a day stands between the auxiliary and the verb: whoever did it "by".
        ("An Al Shabaab commander was on Friday morning shot dead by police in Mandera.",
         "Police Forces of Kenya", "Al Shabaab"),
        ("A police officer was on Monday shot dead by suspected Al Shabaab militants in Mandera.",
         "Al Shabaab", "Police Forces of Kenya"),
        ("Two ISWAP commanders were last week killed by troops near Monguno.",
         "Military Forces of Nigeria", "Islamic State West Africa Province"),
        # With no place found, the sides' home names the country of forces told without one.
        ("On 9 March 2012, government forces retook Ras Kamboni from Al Shabaab.",
         "Military Forces of Somalia", "Al Shabaab"),
        ("On 2 May 2014, the army regained control of Kauda from SPLM-N fighters.",
         "Military Forces of Sudan", "SPLM-N: Sudan Peoples Liberation Movement-North"),
        # A demonym on a weapon names no people: the tower's owners are the Palestinians of Gaza.
        ("On 16 May 2021, an Israeli air strike flattened a residential tower block in Gaza City.",
         "Military Forces of Israel", "Civilians (Palestine)"),
    ],
)
def test_actors_types_sides_named_in_the_sentence(pipeline, text, actor1, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (actor1 is None or event.actor1 == actor1) and (actor2 is None or event.actor2 == actor2)


def test_actors_types_two_countries_acting_are_their_forces(pipeline):
    text = "On 13 May 2022, Ukraine and Russia carried out an exchange of prisoners in the Zaporizhzhia region."
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    # Government or military, as the context says; never civilians.
    assert event.actor1.endswith("of Ukraine") and event.actor2.endswith("of Russia")
    assert event.inter1 == 1 and event.inter2 in {1, 8}


def test_actors_types_demonstrators_who_beat_people_are_a_mob(pipeline):
    text = ("On 4 June 2020, more than 250 people who had gathered at a school in Bondo were roughed up by angry "
            "youth, forcing them to run for safety.")
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (Kenya)")


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("On 8 June 2021, the army said it had taken full control of the town of Tin-Essako after heavy fighting.",
         "Government regains territory"),
        ("On 8 June 2021, rebels recaptured the town of Kiwanja from the army.", "Non-state actor overtakes territory"),
        # foreign troops taking ground from no state force do so as the government's allies (ACLED: "government
        # forces or their affiliates"); taking it from the host state's forces is an overtaking
        ("On 8 June 2021, French troops seized control of the airport in Gao.", "Government regains territory"),
        ("On 8 June 2021, Rwandan troops seized the town of Bunagana from the Congolese army.",
         "Non-state actor overtakes territory"),
    ],
)
def test_actors_types_who_took_the_ground_decides_its_type(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "On 8 June 2021, police recaptured the stolen cattle after a raid near Kapedo.",
        "On 8 June 2021, supporters of the mayor stormed the party office and tried to take control of it.",
    ],
)
def test_actors_types_no_territory_changes_hands(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    assert all(e.event_type != "Battles" or "territory" not in e.sub_event_type for e in article.events)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2018, members of the Hawiye clan attacked herders at a well near Dhusamareb and killed three.",
        "On 2 May 2018, Lou Nuer tribesmen attacked a cattle camp near Akobo, killing five herders.",
    ],
)
def test_actors_types_a_clan_attacking_is_a_communal_militia_not_a_mob(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.event_type == "Violence against civilians" and event.inter1 == 4


def test_actors_types_riots_named_are_a_violent_demonstration(pipeline):
    text = "On 9 March 2021, youths rioted in Kisumu after a lorry killed a boda boda rider, burning two cars."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].sub_event_type == "Violent demonstration"


def test_actors_types_an_off_duty_officer_s_force_is_no_attacker(pipeline):
    text = "On 6 December 2020, an off-duty police officer was killed in a grenade attack in a suburb of Nairobi."
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.inter1, event.assoc_actor_2) == (
        "Unidentified Armed Group (Kenya)", 3, "Police Forces of Kenya")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # What the arrested are charged with names no one who arrests.
        ("On 3 March 2021, a Briton was arrested in Mombasa and charged with militant activities.",
         "Police Forces of Kenya"),
        ("On 3 March 2021, two men suspected of being Boko Haram fighters were arrested in Maiduguri.",
         "Police Forces of Nigeria"),
        # A group named as arresting does.
        ("On 3 March 2021, Houthi forces arrested three journalists in Sanaa.", "Military Forces of Yemen Houthi"),
    ],
)
def test_actors_types_arrests_are_by_the_forces_unless_named(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.sub_event_type == "Arrests"
    assert event.actor1.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        # Two communities fighting are their militias.
        ("On 5 May 2021, at least ten pastoralists were killed in clashes with farmers near Bokkos.",
         "Armed clash", "Unidentified Communal Militia (Nigeria)"),
        # A crowd fighting the police stays a crowd; a few men with knives are an armed group.
        ("On 5 May 2021, residents clashed with police in Nairobi over demolitions.", "Mob violence",
         "Rioters (Kenya)"),
        ("On 5 May 2021, five knife-wielding men attacked a polling station in Galole.", "Attack",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_actors_types_communities_fight_as_militias(pipeline, text, sub_event_type, actor1):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1) == (sub_event_type, actor1)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # A blast's toll told without victims named: civilians were hit.
        ("On 5 May 2021, at least eight were killed in twin grenade attacks in Wajir.", "Civilians (Kenya)"),
        # No one hurt, no one named: no target.
        ("On 5 May 2021, a roadside bomb exploded beside a road in Mandera; no one was hurt.", None),
    ],
)
def test_actors_types_a_blast_that_killed_hit_civilians(pipeline, text, actor2):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor2 == actor2


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # The forces that disperse a riot are its second side.
        ("On 5 May 2021, police fired tear gas to disperse traders who threw stones at the council offices in "
         "Nakuru.", "Police Forces of Kenya"),
        ("On 5 May 2021, opposition protesters lit fires on the highway in Makindu and were dispersed by police.",
         "Police Forces of Kenya"),
        # A riot with no forces named has none.
        ("On 5 May 2021, riots broke out in Kisumu after the verdict.", None),
    ],
)
def test_actors_types_the_forces_facing_a_riot_are_its_second_side(pipeline, text, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Violent demonstration", "Rioters (Kenya)", actor2)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # A state's command telling of an air strike made it.
        ("On 12 March 2019, US Africa Command said an air strike near Kunyo Barrow in Lower Shabelle killed "
         "three al Shabaab militants.", "Military Forces of the United States"),
        # An outlet a side runs is no side: the strike stays unattributed.
        ("On 12 March 2019, an air strike killed five people in Marib, the Houthi-run Saba news agency said.",
         "Unidentified Armed Group (Yemen)"),
    ],
)
def test_actors_types_who_speaks_of_an_air_strike(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].actor1 == actor1


def test_actors_types_an_event_told_in_passing_keeps_its_own_sides_and_toll(pipeline):
    text = ("On 17 February 2017, Pakistani troops killed 40 suspected militants in raids in Sindh, the army "
            "said, a day after a suicide bomber killed 30 people at a shrine in Sehwan. The raids went on "
            "overnight, and five soldiers were wounded.")
    (article,) = pipeline.process([Article("note", text)])
    by_type = {e.sub_event_type: e for e in article.events}
    assert by_type["Suicide bomb"].fatalities == 30
    assert by_type["Suicide bomb"].actor1.startswith("Unidentified Armed Group")
    assert by_type["Armed clash"].actor1.startswith("Military Forces of Pakistan")
    assert by_type["Armed clash"].fatalities == 40
    # The sentence after goes on with the report, not with the event told in passing.
    assert by_type["Armed clash"].injuries == 5 and not by_type["Suicide bomb"].injuries


def test_actors_types_a_day_measured_against_a_period_is_still_an_event(pipeline):
    text = ("On 3 June 2019, security forces stormed a protest camp in Khartoum on Monday, killing at least 13 "
            "people, medics said, in the bloodiest day since the ouster of the president in April.")
    (article,) = pipeline.process([Article("note", text)])
    (event,) = article.events
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 13)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # An agreement others brokered is between the sides it names.
        ("On 7 November 2021, tribal mediators brokered a swap of 14 prisoners between the Houthis and "
         "government forces in Taiz.", "Military Forces of Yemen Houthi", "Military Forces of Yemen"),
        # Ground retaken from another state's forces is retaken from them.
        ("On 12 May 2022, Ukrainian troops recaptured the village of Ternova from Russian forces near Kharkiv.",
         "Military Forces of Ukraine", "Military Forces of Russia"),
    ],
)
def test_actors_types_the_sides_a_sentence_names_apart_from_its_verb(pipeline, text, actor1, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # An event told apart in time is dated from its report's day, moved by the distance told.
        ("Police arrested five men in Mandera on Monday, two days after gunmen killed a trader in the town.",
         {"Arrests": ("2021-05-03", 1), "Attack": ("2021-05-01", 1)}),
        ("The Saudi-led coalition carried out air strikes on Houthi targets in Sanaa on Saturday, hours after "
         "the movement fired missiles at Riyadh.", {"Air/drone strike": ("2021-05-01", 1), "Shelling/artillery/missile attack": ("2021-05-01", 1)}),
        # A clause that names its own day is its own event, of that day, and stays apart from the report.
        ("Police in Mogadishu arrested 12 people on Monday after a grenade attack on a restaurant on Sunday "
         "wounded four people.", {"Arrests": ("2021-05-03", 1), "Grenade": ("2021-05-02", 1)}),
    ],
)
def test_actors_types_an_event_told_apart_in_time_is_dated_by_the_distance(pipeline, text, dates):
    from datetime import datetime

    (article,) = pipeline.process([Article("wire", text, published=datetime(2021, 5, 4))])
    got = {e.sub_event_type: (e.event_date.isoformat(), e.time_precision) for e in article.events}
    assert got == dates
