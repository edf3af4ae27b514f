"""Engines: where extraction runs (local processes, a dask cluster) and where results go.

    backfill.py       backfill(): an engine and a sink (the store, or a Parquet dataset)
    cluster.py        the user's dask cluster or a local one                    EngineError
    dask_pipeline.py  DaskPipeline: batches out to the workers, articles back in order
    worker.py         inside a worker: the pipeline built once (a WorkerPlugin), the batch task
    dataset.py        the Parquet dataset partitioned by event month, committed chunk by chunk
    dataset_query.py  the dataset as DuckDB views named like the store's tables

Example:
    >>> from wirecoder.engines import backfill, open_dataset
    >>> backfill(["crawl/"], engine="dask", workers=2, output="backfill")       # doctest: +SKIP
    >>> with open_dataset("backfill") as con:                                  # doctest: +SKIP
    ...     con.execute("SELECT event_month, count(*) FROM events GROUP BY 1").fetchall()

``distributed`` is imported only when a dask engine starts, so the local engine and
``wirecoder events --parquet`` never pay for it: ``DaskPipeline`` (dask_pipeline.py) and
``PipelineSpec`` (worker.py) are imported from their modules.
"""

from __future__ import annotations

from wirecoder.engines.backfill import ENGINES, FAILED, backfill
from wirecoder.engines.cluster import EngineError, dask_client
from wirecoder.engines.dataset import CHUNK_ARTICLES, DatasetWriter, write_dataset
from wirecoder.engines.dataset_query import open_dataset

__all__ = [
    "CHUNK_ARTICLES",
    "ENGINES",
    "FAILED",
    "DatasetWriter",
    "EngineError",
    "backfill",
    "dask_client",
    "open_dataset",
    "write_dataset",
]
