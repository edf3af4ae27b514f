""""Its troops" are the forces of the state that speaks, not of the country the event is in (actors.state)."""

import pytest

from wirecoder.model import Article


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Russia's defence ministry said its forces had taken the village of Ivanivka in Ukraine's Donetsk "
         "region after heavy fighting.", "Military Forces of Russia"),
        ("Turkey's defence ministry said on Sunday its warplanes struck PKK shelters in the Gara region of "
         "northern Iraq, killing six militants.", "Military Forces of Turkey"),
        # the speaker names no other state: its own forces
        ("The army said its troops killed five Boko Haram fighters near Gwoza in Borno State.",
         "Military Forces of Nigeria"),
    ],
)
def test_actors_state_speakers_forces_are_its(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].actor1 or "").startswith(actor1)
