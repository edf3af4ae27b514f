"""``wirecoder serve``: a read-only web API over the event store, and the explorer page.

    app.py       create_app: the FastAPI app, offline /docs, error answers, the explorer mounted
    api.py       the /api routes
    params.py    the shared filters, paging and sort, validated
    reader.py    read-only connections, the file released when idle (so ingests can interleave)
    vocabulary.py  stored values, to turn any-case filters into exact (faster) tests
    detail.py    one event with its articles and evidence paragraphs
    models.py    the answers' shapes, for the OpenAPI document
    explorer.py  the page at / and its static files

Example:
    >>> from wirecoder.serve import create_app
    >>> app = create_app("wirecoder.duckdb")                                        # doctest: +SKIP
"""

from wirecoder.serve.app import create_app

__all__ = ["create_app"]
