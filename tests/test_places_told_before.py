"""An event whose sentence names no place is where the sentence before it was (places.locate.told_before)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # The sentence before names where the story is: the shooting that goes on with it was there.
        ("GOMA, Congo (Reuters) - Angry residents set fire to the town hall in Beni on Thursday. "
         "One protester was shot dead by police, a civil society leader said.", "Beni"),
        # A sentence that turns to another event keeps the article's focus.
        ("GOMA, Congo (Reuters) - Angry residents set fire to the town hall in Beni on Thursday. "
         "Separately, one protester was shot dead by police, a civil society leader said.", "Goma"),
    ],
)
def test_places_told_before_places_an_event_whose_sentence_names_none(pipeline, text, location):
    (article,) = pipeline.process([Article("wire", text)])
    shooting = next(e for e in article.events if "shot dead" in e.notes)
    assert shooting.location == location


def test_places_a_nationality_before_town_of_rules_out_a_namesake_abroad(pipeline):
    text = ("MAPUTO (AP) - Islamic State-linked insurgents have taken control of the northern Mozambican town "
            "of Palma after a three-day assault, the government said.")
    (article,) = pipeline.process([Article("wire", text)])
    assert article.events[0].country == "Mozambique"  # not Palma, Spain


def test_places_the_first_word_of_a_longer_arabic_name_is_not_a_namesake_abroad(pipeline):
    text = ("BAGHDAD (Reuters) - At least 10 rockets struck Ain al-Asad air base in Iraq's western Anbar "
            "province on Wednesday morning, the coalition said.")
    (article,) = pipeline.process([Article("wire", text)])
    event = article.events[0]
    assert (event.country, event.admin1) == ("Iraq", "Al Anbar")  # not Ain, France
