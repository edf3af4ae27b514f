"""A long acronym written as a word ("Nasa", "Isis") names its group, unless a capitalised word follows it
in one name: "the Nasa Hablod Hotel" is a hotel, not Kenya's National Super Alliance (actors.matcher)."""

import pytest


@pytest.mark.parametrize(
    ("text", "country", "name", "named"),
    [
        ("Gunmen stormed the Nasa Hablod Hotel in Mogadishu.", "Somalia", "NASA: National Super Alliance", False),
        ("Gunmen stormed the Nasa Royal Hotel in Mogadishu.", "Somalia", "NASA: National Super Alliance", False),
        # the acronym as a word before a common noun, or in capitals before a name, still counts
        ("Isis fighters attacked a village near Raqqa.", "Syria", "Islamic State (Syria)", True),
        ("Amisom troops repulsed an attack on their base near Afgooye.", "Somalia",
         "AMISOM: African Union Mission in Somalia", True),
    ],
)
def test_actors_matcher_acronym_written_as_a_word(coder, text, country, name, named):
    assert (name in [actor.name for _, _, actor in coder.find(text, country)]) is named
