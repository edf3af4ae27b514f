"""The owner of what a blast or attack hit is no attacker, also when the text gives its acronym in brackets
after its name ("the offices of the Kurdistan Democratic Party (KDP)") or names an official's car
(actors.cues.hit_party); an official the blast hit is a civilian, the government associated (actors.violence)."""

import pytest

from wirecoder.actors.cues import hit_party
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "group", "hit"),
    [
        ("A bomb exploded near the offices of the Kurdistan Democratic Party (KDP) in Erbil.", "KDP", True),
        ("A bomb exploded near the offices of the Kurdistan Democratic Party (KDP) in Erbil.", "Kurdistan", True),
        ("A grenade was thrown at the car of the Minister of Interior in Bujumbura.", "Minister", True),
        ("Gunmen fired on the motorcade of the PPP leader in Lahore.", "PPP", True),
        # the group's own people, named before an acronym in brackets
        ("Fighters of the Kurdistan Workers' Party (PKK) attacked a police post in Hakkari.", "PKK", False),
        ("Militants of the Jamaat-ul-Ahrar (JuA) threw a grenade into a market.", "JuA", False),
    ],
)
def test_actors_hit_party_owner_with_acronym(sentence, group, hit):
    assert hit_party(sentence, sentence.index(group)) is hit


def _sides(pipeline, text):
    (article,) = pipeline.process([Article("s", text)])
    return article.events[0].actor1, article.events[0].actor2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("07/02/1994: A bomb exploded near the offices of the Patriotic Union of Kurdistan (PUK) in Sulaymaniyah, "
         "Iraq. Two people were killed.", "Unidentified Armed Group (Iraq)", "PUK: Patriotic Union of Kurdistan"),
        ("03/11/1981: A bomb planted under a bridge detonated beneath the car of Interior Minister Juan Rosales in "
         "Bilbao, Spain. The minister and his driver were killed. Basque Fatherland and Freedom (ETA) claimed "
         "responsibility.", "ETA: Basque Homeland and Freedom", "Civilians (Spain)"),
        # the attackers' own group, named with its acronym, stays actor1
        ("Fighters of the Kurdistan Workers' Party (PKK) attacked a police post in Hakkari on Monday.",
         "PKK: Kurdistan Workers Party", "Police Forces of Turkey"),
    ],
)
def test_actors_hit_party_owner_is_not_actor1(pipeline, text, actor1, actor2):
    assert _sides(pipeline, text) == (actor1, actor2)
