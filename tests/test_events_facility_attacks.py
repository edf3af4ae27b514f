"""An "attack" on an installation that hurt no one (a telecommunications tower, a pipeline, a power line) is
property destroyed (ACLED: Looting/property destruction); deaths told, or guards fought, keep it an attack or
a clash. Texts are our own."""

import pytest

from wirecoder.events.classify import classify


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("Assailants attacked a telecommunications tower in Khost city.", "a telecommunications tower",
         "Looting/property destruction"),
        ("Gunmen attacked the gas pipeline near Sui.", "the gas pipeline", "Looting/property destruction"),
        # Harm told, or armed guards there: not mere destruction.
        ("Assailants attacked a telecommunications tower, killing two guards.", "a telecommunications tower", "Attack"),
        ("Militants attacked a bridge guarded by soldiers near Sibi.", "a bridge", "Attack"),
        ("Assailants attacked a school in Khost city.", "a school", "Attack"),
    ],
)
def test_events_facility_attack_type(sentence: str, target: str, expected: str) -> None:
    assert classify({"kill"}, sentence, "Assailants", target) == expected


@pytest.mark.slow
def test_events_facility_attack_summary(pipeline) -> None:
    from wirecoder.model import Article

    text = ("09/12/2015: Assailants attacked a mobile phone tower in Kandahar city, Kandahar province, Afghanistan. "
            "The tower was damaged. No group claimed responsibility for the incident.")
    (article,) = pipeline.process([Article("summary", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", None)
