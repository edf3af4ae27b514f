"""Helpers for the engine tests (no tests here): fake pipelines a dask worker can build.

Workers import this module by name (``PipelineSpec("engines_support:...")``), so it must stay
importable from ``tests/`` without the test modules. The fake codes events like
``store_support.FakePipeline`` (in milliseconds); these variants count their loads and
misbehave on purpose.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from store_support import FakePipeline

from wirecoder.model import Article

POISON = "POISON-PILL"  # an article the pipeline raises on
KILL = "KILL-THE-WORKER"  # an article whose worker process dies
LOADS: Counter[str] = Counter()  # builds per token, in this process


class MisbehavingPipeline(FakePipeline):
    """The fake pipeline, raising on :data:`POISON` and killing its process on :data:`KILL`."""

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if KILL in article.text:
                os._exit(3)  # what the OOM killer does: no exception, no cleanup
            if POISON in article.text:
                raise ValueError(f"cannot code {article.id}")
            yield from super().run([article])


def spoil(record: dict[str, Any], marker: str) -> dict[str, Any]:
    """A feed record (of store_support) with ``marker`` inside a sentence, where cleaning keeps it."""
    text = record["text"].replace("the area was calm", f"the {marker} area was calm", 1)
    assert marker in text, "the record has no filler sentence to spoil"
    return dict(record, text=text)


def counting_pipeline(token: str = "") -> MisbehavingPipeline:
    """A fresh fake pipeline; counts the call under ``token``."""
    LOADS[token] += 1
    return MisbehavingPipeline()


def loads(token: str) -> int:
    """How many times this process built the pipeline of ``token`` (run on each worker)."""
    return LOADS[token]
