"""count_casualties on victims named rather than counted, objects that name no one, and tolls
stated as a level (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties
from wirecoder.casualties.names import is_person_name, role_and_name


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        # A role noun and a name: one person, whatever group is named before the role.
        ("Troops killed Islamic State commander Abu Omar al-Shishani near Mosul.", 1),
        ("Gunmen killed Taliban commander Mullah Abdul Rahman in Kandahar on Friday.", 1),
        ("A drone strike killed al-Qaeda leader Ayman al-Zawahiri in Kabul.", 1),
        ("The raid killed IS spokesman Abu Mohammed al-Adnani, the Pentagon said.", 1),
        ("The blast killed district governor Abdul Wahid and his bodyguard.", 2),
        # Upper-case "IS" names the group; it ends no phrase.
        ("Three IS fighters were killed in an air strike near Raqqa.", 3),
        # "guns" is the noun: "shot dead" is the verb and "a trader" its object.
        ("Youths armed with guns shot dead a trader in the market on Tuesday.", 1),
        # An object that names no one.
        ("Gunmen opened fire on the convoy but killed no one.", 0),
        ("The bomber blew himself up at the entrance, killing no one else.", 1),
        # A toll that reached or stands at a figure.
        ("The death toll in the market attack in Kano reached 40 on Wednesday.", 40),
        ("The death toll from the bombing stood at 23 on Tuesday, officials said.", 23),
        # ... but a running total of fatalities over weeks is not the event's toll.
        ("Eight are dead in the clashes. Over the weeks, the fatality total stands at 21.", 8),
        # A fight is no victim: "the battle, one civilian" counts the civilian only.
        ("Fighters attacked a police post; several police injured in the battle, one civilian killed.", 1),
        # The speaker of a sentence is not the victim of a passive in the clause it reports.
        ("The statement said the attacks executed by the group were a response to air strikes.", 0),
        ("A police officer saying that police were killing suspects was found killed.", 1),
    ],
)  # fmt: skip
def test_casualties_named_victims(sentence: str, fatalities: int) -> None:
    result = count_casualties(sentence, 0, len(sentence))
    assert result.fatalities == fatalities, result.reason


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ayman al-Zawahiri", True),
        ("Juan Perez Garcia", True),
        ("Kenya Defence Forces", False),
        ("al-Shabaab militants", False),
    ],
)
def test_casualty_names_is_person_name(phrase: str, expected: bool) -> None:
    assert is_person_name(phrase) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Taliban commander Mullah Abdul Rahman", True),
        ("IS leader Abu Bakr al-Baghdadi", True),
        ("the town of Ras Kamboni", False),
        ("near the border Ras Kamboni", False),
        ("the commander of the Taliban", False),
    ],
)
def test_casualty_names_role_and_name(phrase: str, expected: bool) -> None:
    assert role_and_name(phrase) is expected


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # The other side's dead told after a first figure add to it; the same side's may detail it.
        ("Troops killed eight militants in Basuba. A soldier died while three others were injured.", 9),
        ("The army said 15 militants were killed in the operation. Two soldiers were killed in the clashes.", 17),
        ("Five soldiers were killed in the ambush. One soldier died later in hospital.", 5),
        ("Ten people were killed in the attack. Two soldiers and a militant were among the dead.", 10),
        # How some copy tells its own side's dead.
        ("Two soldiers were martyred in an exchange of fire with terrorists in North Waziristan.", 2),
        # A coder's figure for unknown deaths.
        ("On 30 June 2020, militia attacked a village in Mopti region. Fatalities unknown, coded as 10.", 10),
        # A bomber who detonates his vest and kills others dies too.
        ("A suicide bomber detonated his vest at a mosque in Maiduguri, killing 4 worshippers.", 5),
    ],
)  # fmt: skip
def test_casualties_named_sides_and_notes(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
