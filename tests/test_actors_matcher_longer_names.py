"""A group's name of several words read inside a longer name headed by another country's word is that longer
name, not the group (actors.matcher): "the Uganda National Liberation Army" is no Colombian ELN. Texts are our
own, in the style of wire copy and incident summaries."""

import pytest


def _names(coder, text, country):
    return [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(
    ("text", "country", "absent"),
    [
        ("Gunmen from the Uganda National Liberation Army attacked a police post in Masaka.", "Uganda",
         "ELN: National Liberation Army"),
        ("Fighters of the Zimbabwe African National Liberation Army fired rockets at a depot.", "Zimbabwe",
         "ELN: National Liberation Army"),
        ("Mozambique National Resistance rebels ambushed a convoy of trucks near Manhica.", "Mozambique",
         "NRM: National Resistance Movement"),
    ],
)
def test_actors_matcher_name_inside_another_countrys_name_is_not_the_group(coder, text, country, absent):
    assert absent not in _names(coder, text, country)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # the group's own country before its name
        ("The Colombian National Liberation Army (ELN) kidnapped two engineers in Arauca.", "Colombia",
         "ELN: National Liberation Army"),
        ("ELN rebels of Colombia's National Liberation Army bombed an oil pipeline in Arauca.", "Colombia",
         "ELN: National Liberation Army"),
        # no capitalised word before it
        ("Troops clashed with the National Liberation Army in Arauca on Sunday.", "Colombia",
         "ELN: National Liberation Army"),
        ("In Arauca, National Liberation Army fighters attacked an army base on Sunday.", "Colombia",
         "ELN: National Liberation Army"),
    ],
)
def test_actors_matcher_group_named_alone_or_by_its_own_country_stays(coder, text, country, name):
    assert name in _names(coder, text, country)
