"""count_casualties for attackers' deaths told beside their victims' and for tolls of several attacks
(sentences written for these tests, in wire and incident-summary style): ACLED counts the attacker
killed at the scene with his victims, and a summary's "not including the assailant" adds him."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # Forces who stop the attacker: his victims and his death are one incident.
        ("Police shot dead a gunman in Hanau after he killed three people at a shisha bar.", 4),
        ("An assailant was shot dead by police after he stabbed two shoppers to death in Solingen.", 3),
        ("A soldier shot dead two comrades and then himself at a barracks in Goma.", 3),
        ("Guards shot dead a man at a shrine in Herat after he threw a grenade that killed four pilgrims.", 5),
        ("Two attackers were killed after they stabbed three people to death at a market in Mulhouse.", 5),
        # Negative: a mob avenging an earlier killing, or an arrest, counts only its own dead.
        ("A man was lynched by a mob after he killed his neighbour in Kisii.", 1),
        ("Police arrested a man after he stabbed his wife to death in Eldoret.", 0),
    ],
)  # fmt: skip
def test_casualties_killer_stopped(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("05/02/2016: A suicide bomber detonated an explosive vest at a market in Dikwa town, Borno state, "
         "Nigeria. At least 12 people, not including the bomber, were killed and 30 others were injured.", 13),
        ("08/09/2016: An assailant opened fire in a courtroom in Quetta city, Balochistan province, Pakistan. "
         "At least 6 people, excluding the perpetrator, were killed.", 7),
        ("Three suicide bombers struck a mosque in Konduga, killing 9 worshippers in addition to the bombers.", 12),
        # Negative: the bomber counted among the dead already.
        ("06/14/2015: A suicide bomber detonated at a checkpoint in Fallujah city, Al Anbar governorate, Iraq. "
         "At least 8 people, including the bomber, were killed.", 8),
    ],
)  # fmt: skip
def test_casualties_attackers_left_out_of_toll(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Assailants fired rockets at a checkpoint near Derna. Three soldiers were killed. This was one of "
         "two attacks in Derna that day, which together killed seven people.", 3),
        ("Two bombs exploded in Hodan. The first blast killed two people and the second killed five others.", 7),
        # Negative: one incident's total, told as such, stands.
        ("In total, 20 people were killed in the coordinated attacks on two churches in Jolo.", 20),
    ],
)  # fmt: skip
def test_casualties_several_attacks(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
