"""Two sources told together before the verb of saying tell, they do not act (actors.cues.is_source)."""

import pytest

from wirecoder.actors.cues import is_source
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "word", "source"),
    [
        ("Rebels took the town of Kiwanja on Monday, residents and local officials said.", "residents", True),
        ("Two villages were burned, relatives and police said.", "relatives", True),
        # victims joined to others who did something are no source
        ("Gunmen killed two residents and wounded police officers in Bamenda.", "residents", False),
    ],
)
def test_actors_cues_a_second_source_before_the_saying(sentence, word, source):
    start = sentence.index(word)
    assert is_source(sentence, start, start + len(word)) is source


@pytest.mark.slow
def test_actors_cues_the_sources_are_no_side_of_a_town_taken(pipeline):
    text = ("M23 rebels seized the town of Rubaya in North Kivu on Tuesday, residents and local officials said, "
            "days after the group announced a ceasefire.")
    (article,) = pipeline.process([Article("note", text)])
    taken = next(e for e in article.events if e.sub_event_type == "Non-state actor overtakes territory")
    assert not (taken.actor2 or "").startswith(("Unidentified", "Civilians"))
