"""Three sides classify weighs: police who answered a lynching answered no demonstration (mob justice stays
Mob violence); a village overrun with no one holding it is an attack on its people, not ground taken from
an armed side; and armed men who took hostages abducted them, whoever arrested them afterwards. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.events.classify import classify


@pytest.mark.parametrize(
    ("families", "sentence", "agent", "target", "main", "expected"),
    [
        ({"kill", "mob", "intervene"}, "On 4 May 2023, residents lynched three suspected kidnappers who had been "
         "handed over by police in Carrefour (Ouest).", "residents", "three suspected kidnappers", "mob", "Mob violence"),
        ({"kill", "mob", "intervene"}, "On 2 June 2021, a mob lynched a suspected thief in Onitsha before police "
         "fired tear gas to disperse the crowd.", "a mob", "a suspected thief", "mob", "Mob violence"),
        # a demonstration named stays one
        ({"kill", "mob", "intervene", "protest"}, "On 2 June 2021, protesters lynched a councillor in Onitsha before "
         "police fired tear gas.", "protesters", "a councillor", "mob", "Violent demonstration"),
    ],
)
def test_police_answering_a_lynching_make_no_demonstration(families, sentence, agent, target, main, expected):
    assert classify(frozenset(families), sentence, agent, target, main=main) == expected


@pytest.mark.parametrize(
    ("families", "sentence", "agent", "target", "expected"),
    [
        ({"fight", "overtake", "kill"}, "On 3 March 2022, militants overran a village near Djibo (Soum, Sahel) and "
         "executed 11 men.", "militants", "a village near Djibo", "Attack"),
        ({"fight", "overtake", "kill"}, "On 3 March 2022, gunmen overran the village of Tin-Akoff (Oudalan, Sahel), "
         "killing 12 civilians.", "gunmen", "the village of Tin-Akoff", "Attack"),
        # a town seized had its garrison, named or not
        ({"fight", "overtake", "kill"}, "On 3 March 2022, insurgents attacked and seized the town of Mueda (Cabo "
         "Delgado); dozens of civilians were killed.", "insurgents", "the town of Mueda",
         "Non-state actor overtakes territory"),
        # someone held it: ground taken from an armed side
        ({"fight", "overtake", "kill"}, "On 3 March 2022, militants overran an army post in Tin-Akoff (Oudalan, Sahel), "
         "killing 12 soldiers.", "militants", "an army post", "Non-state actor overtakes territory"),
        ({"fight", "overtake", "kill"}, "On 3 March 2022, militants overran Tin-Akoff (Oudalan, Sahel) after clashes "
         "with VDP volunteers; 12 people were killed.", "militants", "Tin-Akoff", "Non-state actor overtakes territory"),
    ],
)
def test_village_overrun_unheld_is_an_attack(families, sentence, agent, target, expected):
    assert classify(frozenset(families), sentence, agent, target, main="overtake") == expected


@pytest.mark.parametrize(
    ("families", "sentence", "agent", "expected"),
    [
        ({"fight", "abduct", "arrest"}, "On 9 January 2024, armed men stormed a radio station in Manta (Manabi) and "
         "took staff hostage before police arrested them.", "armed men", "Abduction/forced disappearance"),
        ({"abduct", "arrest"}, "On 2 May 2022, gunmen seized four traders in Machala (El Oro); police later arrested "
         "two suspects.", "gunmen", "Abduction/forced disappearance"),
        # forces who arrest are making arrests
        ({"abduct", "arrest"}, "On 2 May 2022, soldiers arrested and took away four traders in Machala (El Oro).",
         "soldiers", "Arrests"),
    ],
)
def test_hostages_taken_by_armed_men_are_abducted(families, sentence, agent, expected):
    main = "arrest" if agent == "soldiers" else "abduct"
    assert classify(frozenset(families), sentence, agent, "four traders", main=main) == expected
