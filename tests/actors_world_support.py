"""The check the tests of tests/test_actors_world_*.py share: one text's first event, its actors and inter codes."""

from __future__ import annotations

from wirecoder.model import Article


def assert_coded(
    pipeline, text: str, actor1: str, inter1: int, actor2: str | None, inter2: int | None,
    assoc1: str | None, assoc2: str | None,
) -> None:
    """The first event of ``text`` has these actors and inter codes, and these associated actors among its own
    (None: not checked)."""
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.inter1, event.actor2, event.inter2) == (actor1, inter1, actor2, inter2)
    if assoc1:
        assert assoc1 in (event.assoc_actor_1 or "").split("; ")
    if assoc2:
        assert assoc2 in (event.assoc_actor_2 or "").split("; ")
