"""People named as the owners of what was harmed ("houses of Kuki residents") are civilians, even of a
named community, while the crowd that harmed it stays the actor (actors.crowds); and the trades and
errands of victims ("a shepherd", "labourers", "firewood collectors") name civilians (actors.lexicon)."""

import pytest


@pytest.mark.parametrize(
    ("text", "country", "phrase"),
    [
        ("A mob set fire to houses of Kuki residents in Moreh.", "India", "Kuki residents"),
        ("Youths burnt shops belonging to Hausa traders in Sagamu.", "Nigeria", "Hausa traders"),
        ("Raiders torched the homes of Turkana villagers in Kapedo.", "Kenya", "Turkana villagers"),
    ],
)
def test_actors_crowds_owners_are_civilians(coder, text, country, phrase):
    found = {text[s:e]: a for s, e, a in coder.find(text, country)}
    assert found[phrase].name == f"Civilians ({country})"


@pytest.mark.parametrize(
    ("text", "country", "phrase"),
    [
        ("Militiamen shot a shepherd near Salamiyah.", "Syria", "shepherd"),
        ("Gunmen shot dead three labourers near Turbat.", "Pakistan", "labourers"),
        ("Militants killed firewood collectors near Djibo.", "Burkina Faso", "firewood collectors"),
        ("A bomb hit a bus carrying pilgrims near Karbala.", "Iraq", "pilgrims"),
        ("Gunmen abducted a pharmacist and two labourers in Kaduna.", "Nigeria", "pharmacist"),
    ],
)
def test_actors_crowds_trades_of_victims_are_civilians(coder, text, country, phrase):
    found = {text[s:e]: a for s, e, a in coder.find(text, country)}
    assert found[phrase].inter == 7
