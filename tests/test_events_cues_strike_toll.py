"""A "strike" told by its toll is a strike from afar, not a workers' strike ("Israeli strike kills five")."""

import pytest

from wirecoder.events.cues import find_cues


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli strike kills five in Rafah home",
        "A Russian strike on Odesa killed four sailors on Tuesday.",
        "US strike kills three al-Shabaab fighters near Jilib",
        "The strike wounded 12 people in the market, medics said.",
    ],
)
def test_a_strike_that_kills_is_an_air_strike(sentence):
    assert "air" in {c.family for c in find_cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "A general strike paralysed Dhaka on Sunday.",
        "The strike by matatu operators hit transport in Nairobi on Monday.",
        "Teachers went on strike in Kisumu over unpaid salaries.",
    ],
)
def test_a_workers_strike_is_no_air_strike(sentence):
    assert "air" not in {c.family for c in find_cues(sentence)}
