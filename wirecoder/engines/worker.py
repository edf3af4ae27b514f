"""What runs inside a dask worker: the pipeline, loaded once per worker, and the batch task.

The models never travel: the client registers a :class:`PipelinePlugin` that holds only a
:class:`PipelineSpec` (an importable factory and its options), and each worker builds the
pipeline itself on its first batch. Tasks carry articles in and events out, nothing larger.
"""

from __future__ import annotations

import hashlib
import importlib
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from distributed import WorkerPlugin, get_worker

from wirecoder.model import Article, Event
from wirecoder.store.ingest import ArticlePipeline

__all__ = ["Failed", "PipelinePlugin", "PipelineSpec", "extract_batch"]

_WIRECODER = "wirecoder.pipeline:Pipeline.load"


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """How a worker builds its pipeline: ``factory`` ("module:attribute") called with ``options``.

    Example:
        >>> spec = PipelineSpec.wirecoder(batch_size=16)
        >>> spec.factory, dict(spec.options)["batch_size"]
        ('wirecoder.pipeline:Pipeline.load', 16)
    """

    factory: str = _WIRECODER
    options: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def wirecoder(
        cls, *, batch_size: int = 32, model: str | None = None, ontology: str = "acled"
    ) -> PipelineSpec:
        """wirecoder's own pipeline, one process per worker (dask runs the workers)."""
        options = {"workers": 1, "batch_size": batch_size, "model": model, "ontology": ontology}
        return cls(_WIRECODER, tuple(sorted(options.items())))

    @property
    def name(self) -> str:
        """The plugin name: the same spec always gets the same one."""
        digest = hashlib.sha1(repr((self.factory, self.options)).encode()).hexdigest()[:12]
        return f"wirecoder-pipeline-{digest}"

    def build(self) -> ArticlePipeline:
        """Import the factory and call it (in the worker, never on the client)."""
        module_name, _, attribute = self.factory.partition(":")
        target: Any = importlib.import_module(module_name)
        for part in attribute.split("."):
            target = getattr(target, part)
        with warnings.catch_warnings():  # spaCy's load-time notices would flood the workers' logs
            warnings.simplefilter("ignore")
            return target(**dict(self.options))  # type: ignore[no-any-return]


class PipelinePlugin(WorkerPlugin):
    """Gives each worker one pipeline, built on first use and dropped when the plugin is removed.

    Built in the task's thread rather than in ``setup`` (which runs on the worker's event
    loop), so a slow model load never stalls the worker's heartbeats; the lock makes a worker
    with several threads build it once.
    """

    idempotent = True  # a worker that has it (from an interrupted run) keeps its loaded models

    def __init__(self, spec: PipelineSpec) -> None:
        self.spec = spec
        self._pipeline: ArticlePipeline | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"spec": self.spec}  # a lock and a loaded pipeline never travel

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["spec"])  # type: ignore[misc]

    def pipeline(self) -> ArticlePipeline:
        """The worker's pipeline, built the first time it is asked for."""
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self.spec.build()
            return self._pipeline

    def teardown(self, worker: object) -> None:
        """Free the models when the client unregisters the plugin."""
        self._pipeline = None


@dataclass(frozen=True, slots=True)
class Failed:
    """An article the pipeline raised on: the error, as one line."""

    reason: str


def _extract(pipeline: ArticlePipeline, batch: Sequence[Article]) -> list[tuple[Event, ...]]:
    return [article.events for article in pipeline.run(batch)]


def extract_batch(batch: Sequence[Article], plugin_name: str) -> list[tuple[Event, ...] | Failed]:
    """The events of each article of ``batch`` (a task run by a worker), in order.

    When the batch raises, its articles are retried one by one, so one bad article costs
    only itself: it comes back as :class:`Failed`. A pipeline that cannot load raises.
    """
    plugin = get_worker().plugins[plugin_name]
    assert isinstance(plugin, PipelinePlugin), f"{plugin_name} is not a wirecoder pipeline"
    pipeline = plugin.pipeline()  # outside the try: a missing model must stop the run
    try:
        return list(_extract(pipeline, batch))
    except Exception:  # noqa: BLE001 - isolated below, article by article
        pass
    results: list[tuple[Event, ...] | Failed] = []
    for article in batch:
        try:
            results += _extract(pipeline, [article])
        except Exception as error:  # noqa: BLE001 - reported to the client as this article's
            first = (str(error).splitlines() or [""])[0][:200]
            results.append(Failed(f"{type(error).__name__}: {first}"))
    return results
