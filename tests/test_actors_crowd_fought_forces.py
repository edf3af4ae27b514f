"""A party's supporters who clashed with the police are a demonstration turned violent against the police,
also when the sentence's toll ("2 people were killed") is what the parse takes for the target. Texts are
our own."""

import pytest

from wirecoder.actors.crowd_sides import forces_fought
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "forces"),
    [
        ("Opposition supporters clashed with riot police outside the parliament.", "Police Forces of Nepal"),
        ("Royalists fought with security forces near the palace.", "Police Forces of Nepal"),
        ("Party workers clashed with soldiers at the checkpoint.", "Military Forces of Nepal"),
        ("Rival supporters clashed in the market.", None),  # no forces named
    ],
)
def test_actors_forces_fought(sentence: str, forces: str | None) -> None:
    fought = forces_fought(sentence, "Nepal")
    assert (fought.name if fought else None) == forces


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor2"),
    [
        ("On 14 April 2024, opposition supporters clashed with police in Pokhara (Gandaki) after a rally; 3 people "
         "were killed.", "Violent demonstration", "Police Forces of Nepal"),
        ("On 2 August 2023, PTI supporters clashed with police in Peshawar (Khyber Pakhtunkhwa), torching vehicles; "
         "one person was killed.", "Violent demonstration", "Police Forces of Pakistan"),
        # Unchanged: rival supporters brawling is mob violence between two crowds.
        ("On 2 August 2023, AL and BNP supporters clashed in Feni (Chittagong); one person was killed.",
         "Mob violence", "Rioters (Bangladesh)"),
    ],
)
def test_actors_supporters_who_fought_the_police(pipeline, text: str, sub_event_type: str, actor2: str) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)
