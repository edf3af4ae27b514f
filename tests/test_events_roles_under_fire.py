"""Forces that "came under fire/attack from" a group are its target; the group is actor1 (events.roles)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("On 3 March 2022, a police patrol came under attack from suspected militants near Mandera (Mandera). "
         "One officer was injured.", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
        ("On 5 May 2021, troops came under heavy fire from bandits in Tsafe (Zamfara). Two soldiers were killed.",
         "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria"),
        ("On 9 June 2023, the army said its units came under fire from JNIM fighters near Boni (Mopti).",
         "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"),
    ],
)
def test_events_roles_under_fire_from_is_the_agent(first_event, text, actor1, actor2):
    event = first_event(text)
    assert (event.actor1, event.actor2) == (actor1, actor2)
