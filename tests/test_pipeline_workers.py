"""Worker processes: the same events as one process, in input order, without loading the models again."""

from __future__ import annotations

import dataclasses
import gc

from wirecoder import pipeline as pipeline_module
from wirecoder.model import Article

TEXTS = (
    "Gunmen killed five villagers in Gwoza, Borno state, on Sunday, residents said.",
    "Hundreds of students marched peacefully in Kampala on Monday to demand lower fees.",
    "An air strike hit a market in Maarat al-Numan, killing 12 civilians, a monitor said.",
    "Police arrested 14 opposition supporters in Harare on Tuesday.",
    "Nothing happened in the quiet town today, officials said.",
)


def _coded(articles):
    return [(a.id, [(e.event_type, e.actor1, e.location, e.fatalities) for e in a.events]) for a in articles]


def test_pipeline_workers_give_the_events_of_one_process_in_order(pipeline, monkeypatch):
    def load_again(cls, **options):
        raise AssertionError("a worker loaded the models again")

    monkeypatch.setattr(pipeline_module.Pipeline, "load", classmethod(load_again))  # inherited by the forks
    articles = [Article(id=f"a{i}", text=text) for i, text in enumerate(TEXTS * 3)]
    one = _coded(pipeline.run(articles))
    two = _coded(dataclasses.replace(pipeline, workers=2, batch_size=2).run(articles))
    assert two == one
    assert [ident for ident, _ in two] == [a.id for a in articles]
    assert any(events for _, events in one)
    assert not gc.get_freeze_count()  # the parent collects as usual afterwards
