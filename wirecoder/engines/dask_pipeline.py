"""The dask engine as a pipeline: batches go to the workers, articles come back in input order.

:class:`DaskPipeline` has the ``run`` of :class:`wirecoder.pipeline.Pipeline`, so the store's
ingest (known articles dropped first, one transaction a batch, merging) and the Parquet
dataset writer use it unchanged. At most ``window`` batches are out at once: the client
never holds more of a backfill than that, however long the input.

What happens when extraction fails:

* an article the pipeline raises on is retried alone on its worker (see ``extract_batch``);
  if it fails again it is reported through ``on_failure`` as skipped ("extraction failed"),
  and never stored, so the next run tries it again; ``strict`` makes it fatal instead;
* a worker that dies (killed, out of memory) has its batch rerun elsewhere by dask; a batch
  that kills workers past dask's ``allowed-failures`` is split into one task per article,
  each dying one is tried once more after the others (it may only have shared a worker with
  the culprit), and the one that kills again is skipped ("a worker died ...");
* anything else (the cluster gone, a worker without wirecoder or its model) stops the run
  with an :class:`EngineError`; batches already written stay, and re-running resumes.
"""

from __future__ import annotations

import itertools
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from wirecoder.engines.cluster import EngineError, worker_threads
from wirecoder.engines.worker import Failed, PipelinePlugin, PipelineSpec, extract_batch
from wirecoder.errors import InputError
from wirecoder.model import Article, Event, Skipped

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = ["DaskPipeline"]

_DIED = "a worker died extracting it (killed, or out of memory?)"
Results = list[tuple[Event, ...] | Failed]


class DaskPipeline:
    """Extracts articles on the workers of ``client``, ``batch_size`` articles per task.

    Example:
        >>> with dask_client(workers=2) as client, DaskPipeline(client) as pipeline:  # doctest: +SKIP
        ...     articles = list(pipeline.run([Article("a1", "Gunmen killed five villagers.")]))
        >>> articles[0].events[0].event_type                                  # doctest: +SKIP
        'Violence against civilians'
    """

    def __init__(
        self,
        client: Client,
        spec: PipelineSpec | None = None,
        *,
        batch_size: int = 32,
        window: int | None = None,
        strict: bool = False,
        on_failure: Callable[[Skipped], None] | None = None,
    ) -> None:
        self.client = client
        self.spec = spec or PipelineSpec.wirecoder()
        self.batch_size = batch_size
        # Two batches a worker thread keep every worker busy while the client waits in order.
        self.window = window or 2 * worker_threads(client) + 2
        self.strict = strict
        self.on_failure = on_failure
        self.failed = 0  # articles skipped because extraction failed
        # A name of its own: another run on the same cluster keeps its plugin when this one ends.
        self._plugin = f"{self.spec.name}-{uuid.uuid4().hex[:8]}"

    def __enter__(self) -> DaskPipeline:
        self.client.register_plugin(PipelinePlugin(self.spec), name=self._plugin)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:  # leaves the user's workers as they were: their models are freed
            self.client.unregister_worker_plugin(self._plugin)
        except Exception:  # noqa: BLE001 - a cluster already gone has nothing left to free
            pass

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        """``articles`` with their events, in input order; failed ones are left out (and reported)."""
        iterator = iter(articles)
        pending: deque[tuple[list[Article], Future]] = deque()
        try:
            while batch := list(itertools.islice(iterator, self.batch_size)):
                pending.append((batch, self._submit(batch)))
                if len(pending) >= self.window:
                    yield from self._collect(*pending.popleft())
            while pending:
                yield from self._collect(*pending.popleft())
        finally:  # the consumer stopped early (an error, a closed generator): stop the work too
            if pending:
                self.client.cancel([future for _, future in pending])

    def _submit(self, batch: Sequence[Article]) -> Future:
        return self.client.submit(extract_batch, list(batch), self._plugin, pure=False)

    def _collect(self, batch: list[Article], future: Future) -> Iterator[Article]:
        for article, result in zip(batch, self._results(batch, future), strict=True):
            if isinstance(result, Failed):
                self._fail(article, result.reason)
            else:
                yield article.replace(events=result)

    def _results(self, batch: list[Article], future: Future, *, again: bool = False) -> Results:
        """The task's results; a batch that killed its worker is retried an article a task."""
        from distributed import KilledWorker

        try:
            return future.result()  # type: ignore[no-any-return]
        except KilledWorker:
            if len(batch) > 1:
                singles = [([a], self._submit([a])) for a in batch]
                return [r for one, f in singles for r in self._results(one, f)]
            if not again:  # it may have shared the worker of the article that kills: once more
                return self._results(batch, self._submit(batch), again=True)
            return [Failed(_DIED)]
        except Exception as error:
            first = batch[0].origin or batch[0].id
            raise EngineError(
                f"the dask workers failed on the batch starting at {first}: {type(error).__name__}: "
                f"{(str(error).splitlines() or [''])[0]} (is the same wirecoder, with its model, "
                "installed on every worker?); what was written before it is kept: re-run the same "
                "command to resume"
            ) from error

    def _fail(self, article: Article, reason: str) -> None:
        skipped = Skipped(article.origin or article.id, f"extraction failed: {reason}")
        if self.strict:
            raise InputError(f"{skipped.origin}: {skipped.reason} (--strict makes a failed "
                             "article fatal; drop it to skip such articles)")  # fmt: skip
        self.failed += 1
        if self.on_failure is not None:
            self.on_failure(skipped)
