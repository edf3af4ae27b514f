"""Sentence cues that settle what kind of actor a phrase names (wirecoder.actors.cues)."""

import pytest

from wirecoder.actors.cues import (
    ATTACKER_WORDS,
    armed_few,
    blamed,
    communal_militia,
    is_source,
    planted_by,
    ran_into,
    stormed_to_demand,
)


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("A bomb killed 46 worshippers, a Taliban spokesman said.", "Taliban", True),
        ("Police found the bodies of six men on a highway.", "Police", True),
        ("According to the army, rebels shelled the town.", "army", True),
        # "said to be" reports what the mention did.
        ("Police said to be targeting Somali residents raided homes.", "Police", False),
        ("Taliban fighters stormed a checkpoint.", "Taliban", False),
        # a title's holder named before the verb
        ("Jets struck targets near Mekelle on Thursday, Prime Minister Abiy Ahmed said.", "Prime Minister", True),
        ("Police Commander John Otieno led the raid on the camp.", "Police", False),
    ],
)
def test_actor_cues_a_source_tells_or_finds(sentence, mention, expected):
    start = sentence.index(mention)
    assert is_source(sentence, start, start + len(mention)) is expected


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("A convoy of peacekeepers hit an improvised explosive device near Kidal.", "A convoy of peacekeepers"),
        ("On Monday, their vehicle struck a landmine outside Gao.", "their vehicle"),
        ("A soldier stepped on a mine in Kunar.", "A soldier"),
        ("Militants planted a bomb at a checkpoint.", None),
    ],
)
def test_actor_cues_who_ran_into_a_laid_explosive(sentence, victims):
    assert ran_into(sentence) == victims


@pytest.mark.parametrize(
    ("agent", "sentence", "expected"),
    [
        ("two men", "two men on a motorbike shot a trader.", True),
        ("Youths", "Youths armed with guns raided the market.", True),
        ("Youths", "Youths stoned a police vehicle.", False),
        ("A mob", "A mob beat a suspected thief.", False),
    ],
)
def test_actor_cues_armed_few_are_no_mob(agent, sentence, expected):
    assert armed_few(agent, sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "militia"),
    [
        ("Cattle raiders attacked a village near Pibor.", "Unidentified Ethnic Militia"),
        ("Gunmen from a rival clan shot three men at a water point.", "Unidentified Clan Militia"),
        ("Gunmen shot three men at a market.", None),
        ("Tribal gunmen killed two men in a feud over farmland near Amarah.", "Unidentified Tribal Militia"),
        ("Armed men from a neighbouring tribe burned a village in West Darfur.", "Unidentified Tribal Militia"),
        ("Five people died in what police called an ethnically motivated raid.", "Unidentified Ethnic Militia"),
        ("Two farmers were hacked to death over a land dispute in Plateau state.", "Unidentified Communal Militia"),
        ("Three people were killed in clashes over land in the Athi River area.", "Unidentified Communal Militia"),
        ("Gunmen shot two farmers in a row over grazing land near Makurdi.", "Unidentified Communal Militia"),
        ("A border attack between two villages left one man dead.", "Unidentified Communal Militia"),
        ("Gunmen from a rival community shot dead four herders.", "Unidentified Communal Militia"),
        ("Two died in fighting between the Lou and Murle communities.", "Unidentified Communal Militia"),
        ("Bandits struck the area overnight and stole 300 cattle.", "Unidentified Ethnic Militia"),
        ("Gunmen shot two herders while raiding livestock near Kapedo.", "Unidentified Ethnic Militia"),
        ("Eight were killed in clashes along the Meru-Isiolo boundary.", "Unidentified Communal Militia"),
        ("Fighting between rival pastoralists left five dead near Moyale.", "Unidentified Communal Militia"),
        # the victims' identity or a region's name is no feud
        ("Gunmen killed five ethnic Hazaras on the road to Quetta.", None),
        ("A drone strike killed four militants in the tribal areas.", None),
        ("Gunmen shot dead a tribal elder in Khyber.", None),
        ("The attackers fled to a neighbouring village.", None),
        ("Talks over land reform collapsed and militants attacked a police post.", None),
        ("Police raided a house in Eastleigh and seized two rifles.", None),
        ("Gunmen attacked a border post on the frontier with Somalia.", None),
    ],
)
def test_actor_cues_communal_militia(sentence, militia):
    assert communal_militia(sentence) == militia


@pytest.mark.parametrize(("text", "expected"), [("the 5 attackers", True), ("two suicide bombers", True),
                                                 ("five soldiers", False)])
def test_actor_cues_attacker_words(text, expected):
    assert bool(ATTACKER_WORDS.search(text)) is expected


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The army also blamed the ELN for the kidnapping of two oil workers.", "the ELN"),
        ("Police accused Al Shabaab of carrying out the attack.", "Al Shabaab"),
        ("Police arrested a man accused of killing his wife.", None),
    ],
)
def test_actor_cues_blamed(sentence, who):
    assert blamed(sentence) == who


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Traders stormed the municipal offices in Tamale demanding the reopening of the market.",
         "Peaceful protest"),
        ("Teachers stormed the education office to protest unpaid salaries but police fired tear gas.",
         "Protest with intervention"),
        # Storming with violence, or with no demand, is no protest.
        ("Youths stormed the police station demanding the release of a suspect and set it ablaze.", None),
        ("Rioters stormed the governor's residence and looted it.", None),
        ("Gunmen stormed a hotel in the capital.", None),
    ],
)
def test_actor_cues_a_crowd_storming_to_press_a_demand_protests(sentence, expected):
    assert stormed_to_demand(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("An IED planted by suspected Al Shabaab militants exploded near a convoy in Afgooye.",
         "suspected Al Shabaab militants"),
        ("A mine laid by retreating troops killed two farmers.", "retreating troops"),
        ("A grenade thrown by unknown assailants wounded four people at the market.", "unknown assailants"),
        ("A roadside bomb exploded near a patrol in Kunar.", None),
    ],
)
def test_actor_cues_who_laid_the_weapon(sentence, who):
    assert planted_by(sentence) == who
