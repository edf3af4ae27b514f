"""People named before "of" and an armed group's name are the group acting ("Members of ETA", "Rebels of the
FNLC"), read as one phrase (actors.coder); a party's crowd and a clan's members keep their own rules. Texts are
our own, in the style of incident summaries and wire copy."""

import pytest


def _first(coder, text, country):
    found = coder.find(text, country)
    return found[0][2].name if found else None


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Members of ETA shot and killed a police officer in Bilbao.", "Spain", "ETA: Basque Homeland and Freedom"),
        ("Members of Basque Fatherland and Freedom (ETA) shot a Civil Guard officer in Bilbao.", "Spain",
         "ETA: Basque Homeland and Freedom"),
        ("Guerrillas of the Khmer Rouge fired mortars at a market in Battambang.", "Cambodia", "Khmer Rouge"),
        ("Militants of Al Shabaab attacked a police post in Mandera.", "Kenya", "Al Shabaab"),
    ],
)
def test_actors_members_of_an_armed_group_are_the_group(coder, text, country, name):
    assert _first(coder, text, country) == name


def test_actors_members_of_a_party_stay_its_crowd(coder):
    found = coder.find("Supporters of the ODM protested in Kisumu on Monday.", "Kenya")
    assert found and found[0][2].inter == 6


def test_actors_members_of_the_public_stay_civilians(coder):
    assert _first(coder, "Members of the public were injured in the blast in Nairobi.", "Kenya") == "Civilians (Kenya)"
