"""Running the world probe texts (tests/test_events_world_*.py) through the whole pipeline."""

from __future__ import annotations

from wirecoder.read.article import make_article


def coded_sub_event_types(pipeline, text: str) -> list[str]:
    """The sub-event types the pipeline codes in ``text``, read as ``wirecoder extract`` reads a text file
    (dateline and agency cleaned off), sorted."""
    (article,) = pipeline.process(
        [make_article(text, article_id="probe", origin="probe", has_header=False)]
    )
    return sorted(event.sub_event_type for event in article.events)
