"""A mention with no place or day of its own merges into the event told last before it, not into a surer one told
further on: in a live page, "An Iskander missile hit the street" belongs to the Kramatorsk strike above it, not to
the shelling of Kupiansk below it."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.model import Article

LIVE = ("Seven people are now confirmed dead after a Russian missile struck a shopping street in Kramatorsk on "
        "Tuesday morning, the city's mayor says.\n\n\"The toll has risen to seven. Twenty people are injured,\" the "
        "mayor writes on Telegram.\n\nAn Iskander ballistic missile hit the street at around 10 a.m., according to "
        "the regional governor.\n\n11:30 am\n\nKharkiv region: Russian forces shell the town of Kupiansk throughout "
        "Monday, killing two civilians, the governor reports.")


@pytest.mark.slow
def test_stages_dedup_a_placeless_mention_goes_with_the_event_told_before(pipeline) -> None:
    [article] = pipeline.run([Article("live", LIVE, published=datetime(2024, 6, 11, 12, 0))])
    told = {e.location: [s.text[:13] for s in e.evidence] for e in article.events}
    assert "An Iskander b" in told["Kramatorsk"] and "An Iskander b" not in told["Kupiansk"]
