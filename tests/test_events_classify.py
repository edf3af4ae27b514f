import pytest

from wirecoder.events.classify import classify
from wirecoder.events.codebook import EVENT_TYPES, SUB_EVENT_TYPES, event_type_of
from wirecoder.events.cues import find_cues


def _families(sentence):
    return {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "expected"),
    [
        ("A roadside bomb killed two soldiers near Kandahar.", None, "two soldiers", "Remote explosive/landmine/IED"),
        ("Warplanes struck a market in Idlib, killing nine people.", "Warplanes", "a market", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint.", "A suicide bomber", None, "Suicide bomb"),
        ("Rebels shelled the outskirts of Donetsk overnight.", "Rebels", "the outskirts", "Shelling/artillery/missile attack"),
        ("Attackers hurled a grenade into a bar in Garissa.", "Attackers", "a grenade", "Grenade"),
        ("Troops clashed with Al Shabaab fighters in Lower Shabelle.", "Troops", "Al Shabaab fighters", "Armed clash"),
        ("Government forces recaptured the town of Palma.", "Government forces", "the town", "Government regains territory"),
        ("Gunmen killed five villagers in Zamfara.", "Gunmen", "five villagers", "Attack"),
        ("Gunmen abducted 20 students from a school in Kaduna.", "Gunmen", "20 students", "Abduction/forced disappearance"),
        ("Hundreds of teachers protested in Nairobi over pay.", "Hundreds of teachers", None, "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in Kisumu.", "Police", "protesters", "Protest with intervention"),
        ("Protesters pelted police with stones and burned tyres in Mombasa.", "Protesters", "police", "Violent demonstration"),
        ("A mob lynched a man suspected of theft in Kisii.", "A mob", "a man", "Mob violence"),
        # Forces killing at a protest: their violence, not the crowd's; clashes are the crowd's too.
        ("Security forces stormed a protest camp in Khartoum, killing at least 13 people.", "Security forces",
         "a protest camp", "Excessive force against protesters"),
        ("Police clashed with protesters in Kisumu, killing two.", "Police", "protesters", "Violent demonstration"),
        # Police intervening against armed men disperse no crowd.
        ("Police intervened, shooting dead two of the raiders.", "Police", "two of the raiders", "Armed clash"),
        ("Police arrested 12 suspected militants in Maiduguri.", "Police", "12 suspected militants", "Arrests"),
        ("Soldiers seized a cache of weapons and ammunition in Borno.", "Soldiers", "a cache", "Disrupted weapons use"),
        ("The two sides signed a ceasefire agreement in Juba.", "The two sides", "a ceasefire agreement", "Agreement"),
        ("Youths looted shops and torched a police station.", "Youths", "shops", "Looting/property destruction"),
    ],
)
def test_classify_follows_acled_definitions(sentence, agent, target, expected):
    assert classify(_families(sentence), sentence, agent, target) == expected


def test_codebook_has_six_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25
    assert {event_type_of(s.name) for s in SUB_EVENT_TYPES} == set(EVENT_TYPES)


def test_codebook_unknown_sub_type_names_the_choices():
    with pytest.raises(ValueError, match="Armed clash"):
        event_type_of("Skirmish")


@pytest.mark.parametrize(
    ("sentence", "agent", "target", "main", "expected"),
    [
        # Two sides fighting with artillery is a battle; one side firing from afar is shelling.
        ("Fighting between the army and the RSF raged in El Fasher, with heavy artillery fire heard.",
         "the army", "the RSF", "fight", "Armed clash"),
        ("Government troops shelled rebel positions near the town.", "Government troops", "rebel positions",
         "shelling", "Shelling/artillery/missile attack"),
        # Storming and looting a house hurts no one and meets no armed side: property destruction.
        ("Militiamen stormed and looted the house of a tribal leader in Ibb.", "Militiamen",
         "the house of a tribal leader", "fight", "Looting/property destruction"),
        ("Militants stormed and looted a police station, killing two officers.", "Militants", "a police station",
         "fight", "Armed clash"),
    ],
)
def test_classify_weighs_the_main_cue(sentence, agent, target, main, expected):
    assert classify(_families(sentence), sentence, agent, target, main=main) == expected


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Opposition activists enforced a hartal in Bogura.", "protest"),
        ("A 12-hour bandh paralysed life in the district.", "protest"),
        ("Transporters observed a wheel-jam strike in Quetta.", "protest"),
        ("Unions called a 48-hour strike over fuel prices.", "protest"),
        ("Workers began an open-ended strike on Monday over the employment bill.", "protest"),
        ("Some 500,000 workers stopped work on Monday to demand wage arrears.", "protest"),
        ("Municipal workers downed tools over a wage dispute.", "protest"),
        ("A suicide car bomber rammed the checkpoint.", "suicide"),
        ("A guided aerial bomb hit a hypermarket in Kharkiv.", "air"),
        ("Air defences shot down 16 drones over the capital.", "weapons"),
        ("Troops killed two militants in an encounter in Anantnag.", "fight"),
        ("The activist has been missing since men in plain clothes took him away.", "abduct"),
        ("Troops entered Manbij under a Russian-brokered deal.", "transfer"),
    ],
)
def test_cues_name_strikes_and_bombers_worldwide(sentence, family):
    assert family in _families(sentence)


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Witnesses observed an air strike on the hill.", "protest"),
        ("The contractor stopped work on the bridge after the floods.", "protest"),
        # police stopping a vehicle is no intervention in a demonstration
        ("Residents stoned two men to death after police stopped their minibus.", "intervene"),
    ],
)
def test_cues_leave_out_look_alikes(sentence, family):
    assert family not in _families(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops exchanged fire with militants after they destroyed a telecommunication mast in Mandera.",
        "At least 12 houses were torched in the village after clashes between two communities.",
    ],
)
def test_classify_destruction_amid_fighting_stays_a_clash(sentence):
    assert classify(_families(sentence), sentence, "Troops", "a telecommunication mast", main="fight") == "Armed clash"
