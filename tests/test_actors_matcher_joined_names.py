"""A group's name joined on into a longer one ("Jamaat-ul-Mujahideen Bangladesh") is no shorter name it
opens ("Jamaat", Jamaat-e-Islami's short name); a constabulary is a police force; groups of incident
summaries from South and Southeast Asia and the Caucasus have rows (actors.matcher, actors.lexicon,
aliases.tsv). Phrases written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("Jamaat-ul-Mujahideen Bangladesh (JMB) militants bombed a court", "Bangladesh",
         "JMB: Jamaatul Mujahideen Bangladesh"),
        ("Jamaat ul Mujahideen members were arrested in Rajshahi", "Bangladesh", "JMB: Jamaatul Mujahideen Bangladesh"),
        # the joined names that have rows of their own keep them
        ("a leader of Jamaat-e-Islami was shot in Khulna", "Bangladesh", "JeI: Jamaat-e-Islami"),
        ("Harkat-ul-Jihad al-Islami cadres planted a bomb", "Bangladesh", "HuJI: Harkat-ul-Jihad al-Islami"),
        ("Jemaah Islamiyah militants were suspected of the blast", "Indonesia", "JI: Jemaah Islamiyah"),
        ("rebels of the Free Aceh Movement (GAM) ambushed a convoy", "Indonesia", "GAM: Free Aceh Movement"),
        ("fighters of the Caucasus Emirate attacked a checkpoint", "Russia", "Caucasus Emirate"),
        ("a Royal Ulster Constabulary patrol was fired upon", "United Kingdom", "Police Forces of the United Kingdom"),
        ("officers of the Jamaica Constabulary Force were shot", "Jamaica", "Police Forces of Jamaica"),
    ],
)
def test_actors_matcher_joined_names(coder, text: str, country: str, name: str) -> None:
    found = [actor.name for _, _, actor in coder.find(text, country)]
    assert name in found
    assert name == "JeI: Jamaat-e-Islami" or "JeI: Jamaat-e-Islami" not in found
