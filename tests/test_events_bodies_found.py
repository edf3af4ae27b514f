"""People kidnapped whose bodies were found later ("The bodies of the victims were found on ..."): ACLED's
graver attack, with the dead, as for one victim; who found a body did not kill. Texts are our own."""

import pytest

from wirecoder.events.cues import find_cues
from wirecoder.model import Article


def test_events_bodies_of_the_victims_found_is_one_cue() -> None:
    (cue,) = [c for c in find_cues("The bodies of the three victims were found on 03/09/2010.") if c.family == "kill"]
    assert cue.text == "bodies of the three victims were found"


def test_events_body_found_by_someone_is_not_the_finding_cue() -> None:
    cues = find_cues("The body of a teacher was found by herders near the river.")
    assert all(not c.text.endswith("found") for c in cues)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub_event_type", "fatalities"),
    [
        ("03/06/2010: Assailants kidnapped three engineers from a construction site in Kirkuk city, Kirkuk "
         "province, Iraq. The bodies of the victims were found on 03/09/2010. No group claimed responsibility "
         "for the incident.", "Attack", 3),
        # Unchanged: one victim.
        ("03/06/2010: Assailants kidnapped an engineer in Kirkuk city, Kirkuk province, Iraq. The victim's body "
         "was found on 03/09/2010. No group claimed responsibility for the incident.", "Attack", 1),
        # Released alive: the abduction.
        ("03/06/2010: Assailants kidnapped three engineers in Kirkuk city, Kirkuk province, Iraq. The hostages "
         "were released on 03/20/2010. No group claimed responsibility for the incident.",
         "Abduction/forced disappearance", 0),
    ],
)
def test_events_kidnapped_then_found_dead(pipeline, text: str, sub_event_type: str, fatalities: int) -> None:
    (article,) = pipeline.process([Article("summary", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, fatalities)
