"""State forces named by a unit of their own in older and world copy: Spain's Civil Guard (in Spain only), a
marine or naval patrol (actors.lexicon, aliases.tsv). Texts are our own."""

import pytest


def _names(coder, text, country):
    return [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("ETA gunmen shot and killed a Civil Guard officer in Bilbao.", "Spain", "Police Forces of Spain"),
        ("A bomb exploded outside a Guardia Civil barracks in Pamplona.", "Spain", "Police Forces of Spain"),
        ("Abu Sayyaf militants ambushed a marine patrol near Patikul.", "Philippines",
         "Military Forces of the Philippines"),
        ("Pirates fired on a naval patrol off the coast of Puntland.", "Somalia", "Military Forces of Somalia"),
    ],
)
def test_actors_state_force_names_are_the_states_forces(coder, text, country, name):
    assert name in _names(coder, text, country)


def test_actors_state_force_names_civil_guard_abroad_is_not_spains(coder):
    assert "Police Forces of Spain" not in _names(coder, "Gunmen shot a Civil Guard officer in San Jose.", "Costa Rica")
