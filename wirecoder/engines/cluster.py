"""Reaching a dask cluster: the user's (``--scheduler``), or a local one started for one run.

A local cluster runs ``workers`` processes of one thread each: spaCy holds the GIL, so
threads would share one core, while processes use them all. A user's cluster is used as it
is: nothing is resized or reconfigured, and the client leaves when the run ends.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from wirecoder.errors import WirecoderError

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["CONNECT_TIMEOUT", "EngineError", "dask_client", "worker_threads"]

CONNECT_TIMEOUT = 10.0  # seconds to reach a scheduler, and to find a worker there


class EngineError(WirecoderError):
    """An engine cannot start or finish: a cluster out of reach, a worker that cannot load."""


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None,
                *, timeout: float = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a local cluster of ``workers`` processes
    (default: one per core) that lives as long as the ``with`` block.

    Example:
        >>> with dask_client(workers=2) as client:                          # doctest: +SKIP
        ...     worker_threads(client)
        2
    """
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        if workers is not None:
            raise EngineError(f"--workers applies to a local cluster; the one at {scheduler} has "
                              "its own workers: drop --workers (or --scheduler)")  # fmt: skip
        try:
            client = Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise EngineError(
                f"--scheduler {scheduler}: no dask scheduler answers there ({error}); start one "
                f"with `dask scheduler` and workers with `dask worker {scheduler}`, or drop "
                "--scheduler to run a local cluster"
            ) from error
        with client:
            try:
                client.wait_for_workers(1, timeout=timeout)
            except TimeoutError as error:
                raise EngineError(f"--scheduler {scheduler}: the scheduler has no workers; start "
                                  f"some with `dask worker {scheduler}`") from error  # fmt: skip
            yield client
        return
    count = workers or os.cpu_count() or 1
    # dask has glibc return freed memory to the system almost at once (MALLOC_TRIM_THRESHOLD_);
    # spaCy allocates and frees so much that workers then spent ~15 ms of system time an
    # article, 12% of extraction (benchmarks/engine_bench.py), for little memory saved.
    untrimmed = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
    # dashboard_address ":0": a free port, so two runs (or a test and a run) never fight over 8787.
    with dask.config.set(untrimmed), \
            LocalCluster(n_workers=count, threads_per_worker=1, processes=True,
                         dashboard_address=":0", silence_logs=logging.WARNING) as cluster, \
            Client(cluster, set_as_default=False) as client:  # fmt: skip
        yield client


def worker_threads(client: Client) -> int:
    """How many tasks the cluster runs at once (threads over all workers)."""
    workers = client.scheduler_info().get("workers", {})
    return sum(int(w.get("nthreads", 1)) for w in workers.values()) or 1
