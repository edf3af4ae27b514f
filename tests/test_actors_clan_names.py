"""Clans and tribes a note names by their own names are coded as their militias (actors.clan_names). Sentences
are our own."""

from __future__ import annotations

import pytest

from wirecoder.actors.clan_names import name_clan_sides, named_clans
from wirecoder.model import Actor


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("a tribal fight between the Sikin and Kaekin clans near Wabag", ["Sikin Clan Militia", "Kaekin Clan Militia"]),
        ("fighting between Ambulin and Sakalin tribes in Tari", ["Ambulin Tribal Militia", "Sakalin Tribal Militia"]),
        ("members of the Yuri clan attacked a village of the Kuman clan", ["Yuri Clan Militia", "Kuman Clan Militia"]),
        ("Hewa tribesmen killed three men", ["Hewa Tribal Militia"]),
        # words heading the phrase that name no clan, and a country's word
        ("Rival clans clashed over farmland", []),
        ("Two tribes fought near Mendi", []),
        ("Somali clans agreed to a truce", []),
    ],
)  # fmt: skip
def test_actors_clan_names_found(sentence, names):
    assert [c.name for c in named_clans(sentence)] == names


def _militia(text=""):
    return Actor("Unidentified Clan Militia (Papua New Guinea)", 4, text)


@pytest.mark.parametrize(
    ("agent", "target", "expected"),
    [
        (_militia(), _militia(), ("Sikin Clan Militia (Papua New Guinea)", "Kaekin Clan Militia (Papua New Guinea)")),
        (_militia(), Actor("Civilians (Papua New Guinea)", 7), ("Sikin Clan Militia (Papua New Guinea)",
                                                                 "Civilians (Papua New Guinea)")),
        # a side the table named keeps its name, and its clan is not the other side's
        (Actor("Sikin Ethnic Militia (Papua New Guinea)", 4), _militia(),
         ("Sikin Ethnic Militia (Papua New Guinea)", "Kaekin Clan Militia (Papua New Guinea)")),
        (Actor("Unidentified Armed Group (Papua New Guinea)", 3), _militia(),
         ("Unidentified Armed Group (Papua New Guinea)", "Sikin Clan Militia (Papua New Guinea)")),
    ],
)  # fmt: skip
def test_actors_clan_names_name_the_sides(agent, target, expected):
    sentence = "A tribal fight between the Sikin and Kaekin clans near Wabag killed 26 fighters."
    coded = name_clan_sides(agent, target, sentence, "Papua New Guinea")
    assert tuple(a.name for a in coded) == expected


def test_actors_clan_names_leave_unnamed_feuds():
    agent, target = name_clan_sides(_militia(), _militia(), "Rival clans clashed near Mendi.", "Papua New Guinea")
    assert agent.name == target.name == "Unidentified Clan Militia (Papua New Guinea)"


@pytest.mark.slow
def test_actors_clan_names_in_a_note(first_event):
    event = first_event("On 2 July 2023, a tribal fight between the Ambulin and Sakalin clans in Tari (Hela) left 5 dead.")
    assert (event.actor1, event.actor2) == ("Ambulin Clan Militia (Papua New Guinea)", "Sakalin Clan Militia (Papua New Guinea)")
