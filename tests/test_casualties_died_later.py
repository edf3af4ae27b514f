"""Wire copy through the pipeline (written for these tests): a victim of the event who "died later in
hospital", told in the next paragraph with no one named as doing it, adds to the event's toll; a later
act of someone's, or another incident, stays apart."""

from __future__ import annotations

from datetime import datetime

import pytest

from wirecoder.model import Article

MONDAY = datetime(2019, 4, 8, 9, 0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("CAIRO (Reuters) - Militants attacked a checkpoint in North Sinai on Sunday, killing three soldiers, "
         "security sources said.\n\nA fourth soldier died later in hospital.", 4),
        ("KABUL (Reuters) - Taliban fighters ambushed a police convoy in Helmand on Sunday, killing two "
         "policemen, officials said.\n\nAnother policeman later died of his wounds in hospital.", 3),
        # Another incident, told apart.
        ("CAIRO (Reuters) - Militants attacked a checkpoint in North Sinai on Sunday, killing three soldiers, "
         "security sources said.\n\nIn a separate incident, a soldier was killed near Rafah.", 3),
    ],
)  # fmt: skip
def test_casualties_died_later(pipeline, text: str, fatalities: int) -> None:
    [article] = list(pipeline.run([Article(id="d", text=text, published=MONDAY, origin="test")]))
    assert article.events, "no event"
    assert article.events[0].fatalities == fatalities, [(e.event_type, e.fatalities) for e in article.events]
