"""Unnamed armed actors named as ACLED names them in each region (our own sentences, in ACLED's note style):
a gang no text names is "Unidentified Gang (<country>)" in Latin America and the Caribbean, where ACLED codes
gangs, and an unidentified armed group elsewhere; bandits raiding cattle in Nigeria and the Sahel are an
unidentified armed group, while a cattle raid in East Africa is communal violence (an ethnic militia)."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 6 December 2024, gang members shot and killed four residents of Petion-Ville (Ouest).",
         "Unidentified Gang (Haiti)", 3, "Civilians (Haiti)", 7),
        ("On 14 May 2023, an armed gang killed two bus drivers in San Pedro Sula (Cortes).",
         "Unidentified Gang (Honduras)", 3, "Civilians (Honduras)", 7),
        ("On 24 April 2023, a mob lynched 13 suspected gang members in Port-au-Prince (Ouest).",
         "Rioters (Haiti)", 5, "Unidentified Gang (Haiti)", 3),
        # the gang a clash names beats its unnamed members as the other side
        ("On 2 August 2023, police carried out an operation against Comando Vermelho in the Complexo da Penha "
         "in Rio de Janeiro (Rio de Janeiro), clashing with gang members. 10 people were killed.",
         "Police Forces of Brazil", 1, "CV: Red Command", 3),
        # gunmen are no gang, whatever the region
        ("On 2 June 2024, unidentified gunmen shot and killed a candidate in Celaya (Guanajuato).",
         "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7),
        # outside the Americas a gang is an unidentified armed group
        ("On 6 December 2018, a gang of armed men killed four residents of Kisumu (Kisumu).",
         "Unidentified Armed Group (Kenya)", 3, "Civilians (Kenya)", 7),
        # West Africa's bandits raiding cattle: an armed group
        ("On 21 April 2023, armed bandits attacked Tsafe (Zamfara), killing 12 villagers and rustling livestock.",
         "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7),
        ("On 8 March 2022, bandits killed 5 herders and stole their cattle near Maradi (Maradi).",
         "Unidentified Armed Group (Niger)", 3, "Civilians (Niger)", 7),
        # East Africa's cattle raids: communal violence
        ("On 21 April 2013, armed bandits attacked Baragoi (Samburu), killing 12 villagers and stealing livestock.",
         "Unidentified Ethnic Militia (Kenya)", 4, "Civilians (Kenya)", 7),
    ],
)  # fmt: skip
def test_actors_generic_by_region(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)
