"""Events left without a date because the text names no year and no publication date was found are reported
as a warning that says how to give one; dated articles and dated events draw none."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from wirecoder.api import undated_warning
from wirecoder.model import Article, Event


def _event(day: date | None) -> Event:
    return Event(article_id="a", event_id=f"a-{day}", event_type="Battles", sub_event_type="Armed clash",
                 notes="Soldiers clashed with militants near Gao on Sunday.", evidence_start=0,
                 evidence_end=50, event_date=day)


@pytest.mark.parametrize(("published", "days", "warned"), [
    (None, [None], "1 of 1 events left undated"),
    (None, [None, date(2023, 5, 2), None], "2 of 3 events left undated"),
    (None, [date(2023, 5, 2)], None),
    (datetime(2023, 5, 3), [None], None),
    (None, [], None),
])
def test_api_undated_warning(published: datetime | None, days: list[date | None], warned: str | None) -> None:
    article = Article(id="a", text="...", published=published, events=tuple(_event(d) for d in days))
    message = undated_warning(article)
    if warned is None:
        assert message is None
    else:
        assert message is not None and message.startswith(warned) and "'published'" in message
