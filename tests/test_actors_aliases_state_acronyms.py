"""Armies and police forces named by their own acronym or official name alone ("the FACA repelled", "SAPS
arrested"), and the short ones only in their own country (aliases.tsv). Sentences are our own."""

from __future__ import annotations

import pytest


def _names(coder, text, country):
    return [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("The SNA repulsed the attack on its base in Wanlaweyn.", "Somalia", "Military Forces of Somalia"),
        ("3R rebels attacked FACA positions in Bouar.", "Central African Republic",
         "Military Forces of the Central African Republic"),
        ("The FDS repelled an attack on Dori.", "Burkina Faso", "Military Forces of Burkina Faso"),
        ("The FDS recaptured Mocimboa da Praia.", "Mozambique", "Military Forces of Mozambique"),
        ("The ANT repelled an attack by Boko Haram on Ngouboua.", "Chad", "Military Forces of Chad"),
        ("The FAN killed ten militants near Ayorou.", "Niger", "Military Forces of Niger"),
        ("Troops of Operation Hadin Kai killed six fighters in Marte.", "Nigeria", "Military Forces of Nigeria"),
        ("The PNC dispersed students near the university.", "Democratic Republic of Congo",
         "Police Forces of the Democratic Republic of Congo"),
        ("The PRM fired tear gas at the crowd.", "Mozambique", "Police Forces of Mozambique"),
        ("The SAPS arrested twelve suspects in Soweto.", "South Africa", "Police Forces of South Africa"),
        ("SANDF soldiers clashed with illegal miners.", "South Africa", "Military Forces of South Africa"),
        ("The ZRP arrested forty activists in Mutare.", "Zimbabwe", "Police Forces of Zimbabwe"),
        ("The FANB destroyed an airstrip in Zulia.", "Venezuela", "Military Forces of Venezuela"),
        ("The PNP dispersed protesters blocking a road in Juliaca.", "Peru", "Police Forces of Peru"),
        ("The PNP arrested five suspected NPA members.", "Philippines", "Police Forces of the Philippines"),
        ("TNI troops clashed with TPNPB militants near Ilaga.", "Indonesia", "Military Forces of Indonesia"),
        ("Brimob officers clashed with rioters in Wamena.", "Indonesia", "Police Forces of Indonesia"),
        ("RPNGC officers were deployed to Wabag.", "Papua New Guinea", "Police Forces of Papua New Guinea"),
    ],
)  # fmt: skip
def test_actors_aliases_state_acronyms_name_the_forces(coder, text, country, name):
    assert name in _names(coder, text, country)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("The SNA shelled positions near Manbij.", "Syria", "Military Forces of Somalia"),
        ("The FDS took the town.", "Kenya", "Military Forces of Kenya"),
        ("The PNC arrested a suspect in Guatemala City.", "Guatemala", "Police Forces of the Democratic Republic of Congo"),
    ],
)  # fmt: skip
def test_actors_aliases_state_acronyms_stay_home(coder, text, country, name):
    assert name not in _names(coder, text, country)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mapuche militants of the CAM set fire to forestry machinery in Ercilla.", "CAM: Coordinadora Arauco-Malleco"),
        ("The Weichan Auka Mapu claimed the arson attack.", "WAM: Weichan Auka Mapu"),
    ],
)
def test_actors_aliases_mapuche_groups(coder, text, name):
    assert name in _names(coder, text, "Chile")
