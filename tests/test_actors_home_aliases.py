"""An alias the table marks "=" names its actor only in the actor's own countries: Mexico's National Guard
is "Police Forces of Mexico National Guard" there, while another country's national guard stays that
country's forces (our own sentences, in the style of ACLED notes and wire copy)."""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "actor2", "inter2"),
    [
        ("On 14 March 2023, suspected CJNG gunmen ambushed a patrol of the National Guard near Zapopan (Jalisco), "
         "killing two guardsmen.",
         "CJNG: Jalisco New Generation Cartel", 3, "Police Forces of Mexico National Guard", 1),
        ("On 3 June 2024, National Guard troops clashed with gunmen in Culiacan (Sinaloa).",
         "Police Forces of Mexico National Guard", 1, "Unidentified Armed Group (Mexico)", 3),
        # elsewhere the words are the country's own forces, not Mexico's abroad
        ("On 29 July 2024, residents protested in Caracas; National Guard troops fired tear gas to disperse them.",
         "Protesters (Venezuela)", 6, "Military Forces of Venezuela", 1),
        ("On 5 June 2020, National Guard troops fired tear gas at protesters in Minneapolis, Minnesota.",
         "Protesters (United States)", 6, "Military Forces of the United States", 1),
    ],
)  # fmt: skip
def test_actors_home_aliases(pipeline, text, actor1, inter1, actor2, inter2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, None, None)
