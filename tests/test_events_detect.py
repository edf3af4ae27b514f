import pytest

from wirecoder.events.detect import candidate_cues, detect
from wirecoder.model import Sentence


def _detect(nlp, text):
    sentence = Sentence(0, len(text), text)
    cues = candidate_cues(sentence)
    return detect(sentence, nlp(text), cues) if cues else ()


@pytest.mark.parametrize(
    ("text", "sub_event_type", "agent", "target"),
    [
        ("Gunmen killed three villagers in Zamfara state on Tuesday.", "Attack", "Gunmen", "three villagers"),
        # Said to have suffered it, said to have done it: the subject of the verb that says so.
        ("Eleven people were reported to have been killed in Eldoret.", "Attack", None, "Eleven people"),
        ("The journalist is believed to have been abducted by militants near Gao.",
         "Abduction/forced disappearance", "militants", "The journalist"),
        ("Gunmen were reported to have killed five villagers near Gao.", "Attack", "Gunmen", "five villagers"),
        ("The four men appeared to have been strangled to death.", "Attack", None, "The four men"),
        ("Two people were reported to have died after the attack near Kakuma.", "Attack", None, "Two people"),
        # A past-tense report the parser hung on its subject: the report, its killers and its victims.
        ("Gunmen on motorcycles killed at least 30 people in an attack on a village in Zamfara state, police "
         "and residents said on Saturday.", "Attack", "Gunmen", "at least 30 people"),
        # What they were hurt with is no one hurt: "injured with arrows".
        ("Up to eight people were injured with arrows near Narok.", "Attack", None, "Up to eight people"),
        ("Kata’ib Hizballah claimed responsibility for a rocket attack on a Baghdad base.",
         "Shelling/artillery/missile attack", "Kata’ib Hizballah", "a Baghdad base"),
        ("Two civilians were killed by unidentified assailants in Baragoi.", "Attack", "unidentified assailants",
         "Two civilians"),
        # ACLED codes movements of forces as a change to the group's activity.
        ("About 3,000 Iraqi troops were deployed against militias in Maysan province.", "Change to group/activity",
         "About 3,000 Iraqi troops", "militias"),
        ("Al Shabaab fighters attacked a police post in Mandera, sparking a gun battle.", "Armed clash",
         "Al Shabaab fighters", "a police post"),
        # The event noun that is the subject of the main verb names the two sides.
        ("Fighting between army troops and rebels on the outskirts of the town killed six fighters.",
         "Armed clash", "army troops", "rebels"),
        ("In Kidal, clashes between soldiers and separatists killed four people on Monday.",
         "Armed clash", "soldiers", "separatists"),
        # ... also when the parser reads the gerund as a clause of its own
        ("Fighting between Houthi forces and government troops backed by the coalition killed at least 30 "
         "fighters on both sides in Marib province on Friday, local officials said.", "Armed clash",
         "Houthi forces", "government troops"),
        # A bomb fixed to a car is a remote explosive; arrests lead over the weapons recovered with them.
        ("A bomb attached to a car killed two former rebel commanders in Tafas on Monday.",
         "Remote explosive/landmine/IED", "A bomb", "two former rebel commanders"),
        ("Police arrested four suspected militants in Peshawar and recovered explosives and two rifles.",
         "Arrests", "Police", "four suspected militants"),
        # Arrests made in a raid, with no fight and no one hurt, are arrests.
        ("Security forces arrested 12 suspected militants in a raid in Afgoye last week.", "Arrests",
         "Security forces", "12 suspected militants"),
        # The object of a coordinated verb; what is fired is not whom it is fired at.
        ("A police officer shot and killed a trader in the market.", "Attack", "A police officer", "a trader"),
        ("Gunmen fired shots at a passing bus near the border.", "Attack", "Gunmen", "a passing bus"),
        ("Two soldiers were killed while on duty at the border post.", "Armed clash", None, "Two soldiers"),
        ("Two soldiers killed in Mandera.", "Armed clash", None, "Two soldiers"),
        ("Two traders killed by soldiers in Nakuru.", "Attack", "soldiers", "Two traders"),
        ("Gunmen threw a grenade at a police patrol in Wajir.", "Grenade", "Gunmen", "a police patrol"),
        # The explosives detonated or the device set off are the means; the target is where.
        ("A suicide bomber detonated explosives at a mosque in Kunduz, killing 45 people.", "Suicide bomb",
         "A suicide bomber", "a mosque"),
        ("Militants set off a device at a checkpoint in Mogadishu.", "Remote explosive/landmine/IED",
         "Militants", "a checkpoint"),
        ("Al Shabaab detonated a VBIED at the gate of a hotel in Nairobi.", "Remote explosive/landmine/IED",
         "Al Shabaab", "the gate of a hotel in Nairobi"),
        ("A British tourist and her companion were seized at night on the Mombasa road.",
         "Abduction/forced disappearance", None, "A British tourist and her companion"),
        # what describes the people seized may stand between them and "were seized" ...
        ("Three aid workers working for a French charity were seized from their compound in Mandera.",
         "Abduction/forced disappearance", None, "Three aid workers"),
        ("Militants throws a grenade at a police post in Garissa.", "Grenade", "Militants", "a police post"),
        ("A burnt man's body is discovered at a coffee plantation near Embu.", "Attack", None,
         "A burnt man's body"),
        ("Al Shabaab militants destroyed an electricity pylon near Gamba.", "Looting/property destruction",
         "Al Shabaab militants", "an electricity pylon"),
        # (a suspect burnt by a crowd is mob violence from the cue on)
        ("Residents burnt a suspected thief to death in the market in Embu.", "Mob violence", "Residents",
         "a suspected thief"),
        ("A county official kidnapped by an armed group; the motive may have been political.",
         "Abduction/forced disappearance", "an armed group", "A county official"),
        ("Police seize explosive materials from suspects in a Nairobi slum.", "Disrupted weapons use", "Police",
         "explosive materials"),
        ("Unidentified arsonists petrol-bombed the party's offices in Migori.", "Looting/property destruction",
         "Unidentified arsonists", "the party's offices"),
        # Protest forms that are no march.
        ("Students held a human chain on the campus demanding justice for a murdered classmate.",
         "Peaceful protest", "Students", "the campus"),
        ("Opposition supporters held their demos peacefully in Mombasa.", "Peaceful protest", "their", None),
        ("Protesters demand that education officials be sacked over misused funds.", "Peaceful protest",
         None, None),
        # What the crowd did, told in a relative clause, types the demonstration; demonstrators attacking an
        # election officer are a violent demonstration (an election officer carries no arms).
        ("Police used tear gas to disperse opposition supporters who threw stones at a government convoy.",
         "Violent demonstration", "Police", "opposition supporters"),
        ("A returning officer was attacked by demonstrators on his way to the tallying centre.",
         "Violent demonstration", "demonstrators", "A returning officer"),
        # Destruction within an attack is that attack; on its own it is looting/property destruction.
        ("Gunmen raided two villages, stole household goods and torched several houses.", "Attack",
         "Gunmen", "two villages"),
        ("Al Shabaab fighters burned a school in Mandera.", "Looting/property destruction",
         "Al Shabaab fighters", "a school"),
        # The forces setting off a device they found is a defusal; a bomb that killed is an explosion.
        ("Police later detonated the explosive in a controlled explosion.", "Disrupted weapons use", "Police",
         None),
        ("A bomb exploded near a police station, killing two officers.", "Remote explosive/landmine/IED",
         "A bomb", "two officers"),
        # Headline style: two participles share the "by" phrase, so both are passive.
        ("A nurse attacked and wounded by gunmen near Dadaab.", "Attack", "gunmen", "A nurse"),
        # Police answering armed men, or abusing residents, police no demonstration.
        ("Bandits attacked villagers near Baragoi but were repulsed by police.", "Attack", "Bandits", "villagers"),
        ("Police stormed the estates, fired tear gas into homes and raped women.", "Sexual violence",
         "Police", "the estates"),
    ],
)
def test_detect_types_and_roles(nlp, text, sub_event_type, agent, target):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type
    assert mention.agent_text == agent
    assert mention.target_text == target
    assert 0 < mention.confidence <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied that soldiers had killed any civilians.",
        "The militants threatened to attack the town if their demands were not met.",
        "The government plans to launch an offensive against the rebels next month.",
        "Patrols were stepped up to cut down on rocket and mortar fire on U.S. bases.",
        "Gun and bomb attacks still occur daily, often targeting the army and police.",
        "No group claimed the bombing, but Islamic State militants have carried out similar attacks in the province.",
        "Attacks against U.S. soldiers appear to be rising.",
        "U.S. officials blame Iranian-backed militias for many of the attacks.",
        "Police did not arrest anyone.",
        "At a rally in Lusaka, the minister promised new roads.",
        "If the talks fail, fighting could resume within days.",
        # Intervening is a protest event only for forces facing a crowd.
        "The coalition intervened the following year.",
        "No injuries were reported.",
        "No attacks have been recorded in the district since March.",
        # A protest planned is no event, but protesters demanding are protesting.
        "Protesters plan to march on parliament next week.",
        # Seizing power or a town's control is no abduction.
        "The junta seized power in a coup in 2020.",
        # A group's long war is background, not an event.
        "The al-Qaeda affiliated group has been fighting for more than a decade to topple the government.",
        # Totals over months, a long war and a court's sentence are no events.
        "More than 1,200 people were killed in the state in the first six months of the year.",
        "The rebels have been fighting the government since 2012.",
        "A court sentenced two men to death for the 2019 hotel attack.",
        # A protest word that qualifies people reports no protest.
        "Protest organisers said the marches would go on until the tax was dropped.",
        # A protest still to come is no protest.
        "Organisers postponed a planned rally in Blantyre.",
        # Rescuing people abducted before is no abduction.
        "Police said they had rescued 14 kidnapped farmers on Saturday.",
        "Troops freed 20 abducted passengers in a forest near Birnin Gwari.",
        # A trial of the men who killed is about an earlier event.
        "A court convicted the men who killed five villagers in Bokkos.",
        # What the report says did not happen, and trouble named only as a cause.
        "No reports of violence or clashes with police.",
        "There was no sign of looting or arson in the town.",
        "No violence or clashes with police were reported.",
        "The university was closed on Friday due to student unrest.",
        # Deaths counted over years of violence are a record, not a report.
        "Monitors say violence has left dozens dead in the region this year.",
        "Attacks continue in the region.",
        # Due, set or expected to happen: not yet an event.
        "The government and the ELN are due to resume peace talks in Mexico City next month.",
        "The two sides are expected to sign a ceasefire on Friday.",
        # What is usual in a place is no incident.
        "Organised crime is said to flourish and kidnappings and violence are commonplace.",
        "Attacks on police patrols are common in the province.",
        "Clashes continue to erupt in the north.",
    ],
)
def test_detect_ignores_non_events(nlp, text):
    assert _detect(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "It said no civilians were hurt.",
        "The war, now in its 11th year, has killed more than 350,000 people.",
    ],
)
def test_detect_ignores_tolls_and_non_victims(nlp, text):
    assert _detect(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "These are precision missiles.",
        "Police are concerned about terrorists using small drones.",
        "McVeigh is on trial on charges of murder and conspiracy.",
    ],
)
def test_detect_ignores_weapons_named_and_trials(nlp, text):
    assert _detect(nlp, text) == ()


def test_detect_armed_men_blocking_a_road_are_no_riot(nlp):
    (mention,) = _detect(nlp, "Fourteen passengers were abducted when gunmen blocked the highway near the village.")
    assert mention.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        # Firing at someone, in the progressive too, is an attack.
        "Gunmen stopped a police car near Limuru and started firing at the officers.",
        # "Reports of protests" report protests.
        "Reports of opposition protests in Kisumu on 11 August.",
        # A weak word ("dead") as the main cue does not sink the event the other cues report.
        "A driver is dead and two tourists are injured after their vehicle came under attack by armed men.",
        # The latest of a series is one incident.
        "Gunmen wounded a rancher at her farm in the latest of a string of attacks on ranches.",
        # Headline and note present tense; a span of days is one event.
        "Hundreds of nurses demonstrate in Lilongwe over unpaid allowances.",
        "Militants detonate a bomb at a bar in Kampala and injure nine people.",
        "A herder spears a trader to death near Kapedo.",
        "One more person dies in the clan fighting over grazing land near Gedo.",
        # A note's counted victims and what befell them are its report, whatever follows the dash.
        "Four killed in clan clashes; no breakdown of the toll",
        "Nine killed by raiders - believed to be linked to the feud over grazing land",
        # An attack that hurt no one still happened.
        "Gunmen attacked a police convoy near Garissa, no reported casualties.",
        # A coder's dash or slash ends the clause: what follows does not negate the killing.
        "An aid worker was shot dead - the motive is unclear / the attack was not linked to robbery.",
        # An attack beside a demand is no demand.
        "The candidate was attacked at her home, the attackers demanded that she quit the race.",
        # The months a crowd went unpaid are its grievance, not a generic description.
        "Nurses demonstrated outside the ministry protesting that they have not been paid for six months.",
        "Health workers marched in Kabarnet to protest over the nonpayment of salaries for five months.",
        "Residents protested in Mandera over a lack of water for three months.",
        "Two days of riots followed the disputed vote in the capital.",
        # An event coordinated with a foiled one still happened.
        "Police thwarted an attack and killed a wanted militant in Garissa.",
        "A militiaman guns down two traders in the market.",
        "Raiders stole 300 head of cattle from herders near Kapedo.",
        "A village elder was clubbed to death near the river.",
        "A soldier attempted to assassinate the district commissioner.",
        # A superlative measures the event against the period: still one event.
        "It was the deadliest attack in the city for a decade after gunmen killed 12 people at a market.",
        # The dead are counted beside "violence": a report, not a description.
        "One dead in land dispute violence near Moyale.",
        "Election violence in Kisumu caused two deaths.",
        # The day is not known, the incident is one: no period total.
        "Five people were killed by bandits in Baringo at some point in January.",
        # What is usual there, said in an aside, leaves the incident standing.
        "Gunmen killed five people in Jos on Monday, a city where such attacks are common.",
        # A place rife with insurgents is a setting, not what is usual there.
        "The desert east of Deir ez-Zor is rife with insurgents, and a general was killed by a roadside bomb.",
        # Trouble that goes on, told of one day or between two named sides, is one event.
        "Ethnic clashes continue near Moyale on Tuesday.",
        "Clashes continue between the Tugen and Pokot communities in Baringo county.",
        # What a relative clause in the past tells happened, whatever the verb above it.
        "The candidate was denied nomination, which sparked violent protests in Meru on Monday.",
        # What a crowd forced the police to do, they did.
        "A crowd stormed the station in Kisumu, forcing police to open fire.",
    ],
)
def test_detect_keeps_events_behind_weak_or_generic_words(nlp, text):
    assert len(_detect(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A drone strike hit a car near Mosul, killing two men.", "Air/drone strike"),
        ("Rebels fired mortars at the airport on Friday.", "Shelling/artillery/missile attack"),
        ("A soldier stepped on a landmine in Kunar.", "Remote explosive/landmine/IED"),
    ],
)
def test_detect_keeps_weapons_used(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # A crowd in the streets, a fight between crowds, a crowd breaking things, a blocked car park.
        ("Hundreds of opposition supporters poured into the streets of Mandera on Tuesday.", "Protests"),
        ("Residents thronged the streets of Kibera demanding the release of the activist.", "Protests"),
        ("Rival supporters exchanged blows at a party meeting in Meru.", "Riots"),
        ("Students shattered window panes at their school in Embu.", "Riots"),
        ("Matatu operators block a car park in Nakuru.", "Riots"),
        ("Youths pulled down the gates of the county offices in Narok.", "Strategic developments"),
        # What came before a development is its cause, even when the parser loses the clause's subject.
        ("Police in Mogadishu arrested 12 people after a grenade attack on a restaurant on Sunday wounded four "
         "people.", "Strategic developments"),
        # A mass grave found is a discovery (ACLED: Other); a mass grave the killers dug is their attack.
        ("On Friday, police exhumed the bodies of nine civilians from a mass grave in the village of Tsyrkuny.",
         "Strategic developments"),
        ("Gunmen killed 12 villagers and buried them in a mass grave near Beni.", "Violence against civilians"),
        # What the dispersed crowd was doing happened: "disperse youths who were throwing stones".
        ("Police used tear gas to disperse youths who were throwing stones at a convoy in Thika.", "Riots"),
        # A protest turned chaotic, a forced entry, a police line broken: violent demonstrations.
        ("Two people were feared dead in Narok when protests against the governor turned chaotic.", "Riots"),
        ("Opposition protesters tried to forcibly enter the offices of the electoral commission in Kisumu.",
         "Riots"),
        ("Police fired warning shots after protesters broke a police line in Nairobi.", "Riots"),
        # A bomb or explosive planted is remote violence; a billboard destroyed is property destroyed.
        ("An al Shabaab-planted explosive attached to a military vehicle causes seven soldier deaths.",
         "Explosions/Remote violence"),
        ("An explosive planted on a military vehicle killed seven soldiers near Mandera.", "Explosions/Remote violence"),
        ("Men wielding machetes destroyed a candidate's billboard in Nairobi.", "Strategic developments"),
        # A note's present tense: "raids an office", armed men charging at police.
        ("An armed gang raids an election office in Nairobi and steals a firearm.", "Violence against civilians"),
        ("Three gang members armed with machetes charged at police officers in Nairobi.", "Battles"),
    ],
)
def test_detect_finds_crowds_bombs_and_raids_told_in_other_words(nlp, text, event_type):
    (mention,) = _detect(nlp, text)
    assert mention.event_type == event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police fired tear gas at hundreds of opposition supporters who tried to march to State House.",
         "Protest with intervention"),
        ("Police fired tear gas and stun grenades to disperse marchers on the bridge.", "Protest with intervention"),
        ("A tractor driver was killed when his vehicle struck an anti-tank mine near the village.",
         "Remote explosive/landmine/IED"),
        ("Police said they had arrested three men in connection with the killing.", "Arrests"),
        ("The militia set up a new command post in the village.", "Headquarters or base established"),
        ("A few hundred demonstrators marched peacefully and dispersed at midday.", "Peaceful protest"),
        # ACLED: shooting, wounding or beating demonstrators is excessive force; warning shots are not.
        ("Police shot and wounded two demonstrators during the march in Blantyre.",
         "Excessive force against protesters"),
        ("Police shot in the air to disperse the protesters in Blantyre.", "Protest with intervention"),
        ("Police fired rubber bullets at peaceful protesters in Blantyre.", "Protest with intervention"),
        ("Police stopped a demonstration by traders in Blantyre.", "Protest with intervention"),
        ("Police used tear gas to disperse hundreds of residents demonstrating against the new tax.",
         "Protest with intervention"),
    ],
)
def test_detect_types_in_context(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type


def test_detect_ignores_war_wide_estimates(nlp):
    assert _detect(nlp, "Thousands of fighters on both sides are believed to have been killed.") == ()


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # ACLED: road blocks, fires, vandalism or clashes by demonstrators make a violent demonstration.
        ("Traders blocked the busy Kisumu-Busia highway to protest new county levies.", "Violent demonstration"),
        ("Students burned their dormitory in protest over exam fees.", "Violent demonstration"),
        ("Opposition supporters protested the results, burning old tyres in three towns.", "Violent demonstration"),
        ("Police fired tear gas at protesting youths who had barricaded the main road.", "Violent demonstration"),
        ("Drivers demonstrated in the town, resulting in clashes between the drivers and police.",
         "Violent demonstration"),
        ("The protest turned violent when demonstrators stoned passing cars.", "Violent demonstration"),
        # What is protested is not what the protesters did, whichever verb holds the protest.
        ("Traders held a demonstration after police shot dead a hawker in the market.", "Peaceful protest"),
        ("Drivers staged a protest following the death of a colleague in police custody.", "Peaceful protest"),
        ("Students held a demonstration and police shot dead two of them.", "Excessive force against protesters"),
        ("Residents protested after a pedestrian was killed by a speeding truck.", "Peaceful protest"),
        ("Hundreds of women marched to protest the burning of their market stalls.", "Peaceful protest"),
        # Strategic developments, by ACLED's definitions.
        ("A bomb was discovered under a bus seat in Kampala and later removed by police.", "Disrupted weapons use"),
        ("Residents found an unexploded grenade near the market.", "Disrupted weapons use"),
        ("Hundreds of troops were deployed to the border town after the raids.", "Change to group/activity"),
        ("The militia is recruiting young men in the camps.", "Change to group/activity"),
        ("Insurgents took over the village and preached to the residents.", "Non-violent transfer of territory"),
        ("The two clans signed peace accords in Garowe.", "Agreement"),
        ("A truce was signed to put an end to the raids.", "Agreement"),
        ("Armed herders have set base on farmland near the river.", "Headquarters or base established"),
        # ACLED codes the graver act: abducted and killed, detained and beaten are attacks.
        ("Gunmen abducted and killed a trader near Kidal.", "Attack"),
        ("Police arrested and beat three journalists in Bamako.", "Attack"),
        ("Police arrested three journalists in Bamako.", "Arrests"),
        ("Gunmen abducted a trader near Kidal.", "Abduction/forced disappearance"),
        # The weapon decides the type, even when told in a scene-setting clause.
        ("A boy was killed while two others were injured in a mortar shell explosion near the market.",
         "Shelling/artillery/missile attack"),
        ("Militants fired a rocket-propelled grenade at the police station.", "Shelling/artillery/missile attack"),
        ("Attackers hurled a grenade at the police station.", "Grenade"),
        # Forces barring or blocking a crowd intervene in its protest.
        ("Teachers marched on the education office but were barred by police.", "Protest with intervention"),
        ("Police prevented the marchers from reaching parliament in Harare.", "Protest with intervention"),
        # A crowd attacking demonstrators is a mob; the police doing so use excessive force.
        ("Ruling party supporters attacked opposition protesters outside the electoral commission.", "Mob violence"),
        ("Police arrested 30 opposition activists ahead of a planned march in Lusaka.", "Arrests"),
    ],
)
def test_detect_types_by_acled_definitions(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    ["Three teachers killed, one injured.", "Two soldiers were shot and wounded near the border post."],
)
def test_detect_victims_of_one_verb_are_never_the_agent_of_another(nlp, text):
    (mention,) = detect(Sentence(0, len(text), text), nlp(text))
    assert mention.agent_text is None or mention.agent_text != mention.target_text


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Three suspected thieves were burnt to death in Kinangop.", "Mob violence"),
        ("Twelve suspected witches burned to death in the village.", "Mob violence"),
        ("A man accused of witchcraft was hacked to death in Kisii.", "Mob violence"),
        # Forces killing suspects is an attack by the forces, not mob justice.
        ("Police shot dead two suspected robbers in Kayole.", "Attack"),
        ("A suspected thief was beaten to death by police officers in Kisumu.", "Attack"),
    ],
)
def test_detect_mob_justice_against_suspects(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Riots broke out in Kisumu in a new wave of post-election violence.", "Violent demonstration"),
        ("A gangster involved in a spate of robberies in the estate was killed by a mob on Tuesday.",
         "Mob violence"),
        # Details the report lacks are no denial of the event.
        ("Eight killed in ethnic clashes near Molo - DETAILS NOT SPECIFIED.", "Armed clash"),
        ("Police seize explosives from suspected militants in Mandera", "Disrupted weapons use"),
    ],
)
def test_detect_events_beside_a_setting_or_a_missing_detail(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    ["A wave of attacks killed 30 people in the region this month.", "Attacks in the town occur daily."],
)
def test_detect_a_series_as_subject_stays_generic(nlp, text):
    assert _detect(nlp, text) == ()


def test_detect_a_sequel_arrest_is_less_confident_than_the_arrest_itself(nlp):
    (sequel,) = _detect(nlp, "Police later arrested eight men in connection with the attack.")
    (arrest,) = _detect(nlp, "Police arrested eight men at a checkpoint outside Kisumu.")
    assert sequel.sub_event_type == arrest.sub_event_type == "Arrests"
    assert sequel.confidence < arrest.confidence


def test_detect_slashing_people_is_an_attack(nlp):
    (mention,) = _detect(nlp, "Militiamen slashed three residents with machetes in Mathare.")
    assert mention.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        # Attackers' batons are no police intervention; a break-in is no riot.
        "A candidate was ambushed and beaten by 30 men wielding batons and machetes.",
        "Gunmen broke into the home of a judge in Eldoret and shot two guards.",
    ],
)
def test_detect_armed_violence_is_no_demonstration(nlp, text):
    (mention,) = _detect(nlp, text)
    assert mention.event_type not in {"Protests", "Riots"}


@pytest.mark.parametrize(
    ("text", "main", "other", "other_text"),
    [
        # A clause told days or hours apart from the report is an event of its own, evidenced by its words.
        ("Police arrested five men in Mandera on Monday, two days after gunmen killed a trader in the town.",
         "Arrests", "Attack", "gunmen killed a trader in the town"),
        ("Two days after gunmen killed a trader in Mandera, police arrested five men on Monday.",
         "Arrests", "Attack", "gunmen killed a trader in Mandera"),
        ("Troops killed 40 militants in raids overnight, the army said, a day after a suicide bomber killed "
         "30 people at a shrine in Sehwan.", "Armed clash", "Suicide bomb",
         "a suicide bomber killed 30 people at a shrine in Sehwan"),
        # ... and so is one that names its own day: the arrests are no grenade attack by the police.
        ("Separately, police in Mogadishu arrested 12 people suspected of links to the group after a grenade "
         "attack on a restaurant on Sunday wounded four people.", "Arrests", "Grenade",
         "a grenade attack on a restaurant on Sunday wounded four people"),
    ],
)
def test_detect_a_clause_apart_in_time_is_its_own_event(nlp, text, main, other, other_text):
    mentions = {m.sub_event_type: m for m in _detect(nlp, text)}
    assert set(mentions) == {main, other}
    told = mentions[other]
    assert told.sentence.text == other_text == text[told.sentence.start : told.sentence.end]
    assert told.confidence < mentions[main].confidence  # told in passing, ranked after the report
    assert other_text not in mentions[main].sentence.text


@pytest.mark.parametrize(
    "text",
    [
        # The same incident told in order, or a clause that only sets the scene, stays one event.
        "Troops killed five militants after they attacked a checkpoint in Borno.",
        "A soldier was killed while two others were wounded in a mortar explosion near the base.",
    ],
)
def test_detect_a_clause_of_the_same_incident_stays_one_event(nlp, text):
    assert len(_detect(nlp, text)) == 1


def test_detect_a_clause_apart_in_time_stays_out_of_the_report(nlp):
    text = ("Military jets struck targets near Mekelle on Thursday, the prime minister said, a day after the "
            "government accused the TPLF of attacking an army base.")
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == "Air/drone strike"
    assert "TPLF" not in mention.sentence.text and mention.target_text != "the government"


def test_detect_a_clause_in_another_place_is_its_own_event(nlp):
    text = ("Protesters vandalised bank branches and set a police station on fire in Cali, while in Bogota "
            "thousands marched peacefully to the Plaza de Bolivar.")
    mentions = {m.sub_event_type: m for m in _detect(nlp, text)}
    assert set(mentions) == {"Violent demonstration", "Peaceful protest"}
    assert "Bogota" not in mentions["Violent demonstration"].sentence.text
    assert mentions["Peaceful protest"].sentence.text.startswith("in Bogota thousands marched")


def test_detect_a_clause_of_how_it_happened_stays_in_the_event(nlp):
    text = ("Two people died of gunshot wounds in Siaya, and one from a head injury after falling over while "
            "running from tear gas in Kisumu.")
    assert len(_detect(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # What the dropped or driven thing carried is the weapon of the attack.
        ("Government helicopters dropped barrels containing chlorine gas on Douma, killing 40 people.",
         "Chemical weapon"),
        ("Gunmen who had planted landmines in the area killed two farmers.", "Attack"),
    ],
)
def test_events_detect_a_weapon_carried_types_the_attack(nlp, text, sub_event_type):
    (mention,) = _detect(nlp, text)
    assert mention.sub_event_type == sub_event_type
