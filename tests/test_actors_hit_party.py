"""A group named as whose people or place were hit is never the unnamed attacker's stand-in (actors.cues.hit_party,
used by actors.violence): "Assailants fired on a vehicle carrying members of the Free Syrian Army"."""

import pytest

from wirecoder.actors.cues import hit_party
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "group", "hit"),
    [
        ("Assailants fired on a vehicle carrying members of the Free Syrian Army.", "Free Syrian Army", True),
        ("A bomb went off near the house of a Taliban commander.", "Taliban", True),
        ("A car bomb exploded at a checkpoint manned by Popular Mobilization Forces.", "Popular", True),
        ("A mortar hit the headquarters of Ahrar al-Sham in Idlib.", "Ahrar", True),
        # the attackers said to be the group's own
        ("Gunmen believed to be members of Al Shabaab fired on a bus.", "Al Shabaab", False),
        ("Suspected members of Boko Haram raided the village.", "Boko Haram", False),
        ("Taliban fighters ambushed a convoy.", "Taliban", False),
        ("A group of ADF rebels attacked the town.", "ADF", False),
        ("Clashes erupted between Luo youths and members of the Mungiki sect.", "Mungiki", False),
    ],
)
def test_actors_hit_party_cue(sentence, group, hit):
    assert hit_party(sentence, sentence.index(group)) is hit


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("06/03/2016: Assailants opened fire on a vehicle carrying members of the Free Syrian Army near Azaz "
         "town, Aleppo governorate, Syria. Three fighters were killed. No group claimed responsibility.",
         "Unidentified Armed Group (Syria)", None),
        ("04/14/2012: An explosive device detonated near the house of a Taliban commander in Ghazni city, Ghazni "
         "province, Afghanistan. The commander and his son were killed. No group claimed responsibility.",
         "Unidentified Armed Group (Afghanistan)", None),
        ("11/07/2017: An explosive device detonated near the headquarters of a rebel faction in Saraqib town, "
         "Idlib governorate, Syria. A commander of Hayat Tahrir al-Sham (HTS) and two guards were killed.",
         "Unidentified Armed Group (Syria)", None),
        # the group the attackers are said to belong to stays the attacker
        ("06/03/2016: Gunmen believed to be members of the Free Syrian Army opened fire on a bus near Azaz town, "
         "Aleppo governorate, Syria. Three civilians were killed.", "Free Syrian Army", "Civilians (Syria)"),
        ("03/02/2015: An explosive device planted by members of the Taliban detonated near a market in Ghazni "
         "city, Ghazni province, Afghanistan. Two civilians were killed.", "Taliban", "Civilians (Afghanistan)"),
    ],
)
def test_actors_hit_party_in_summaries(pipeline, text, actor1, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert event.actor1 == actor1
    if actor2 is not None:
        assert event.actor2 == actor2
