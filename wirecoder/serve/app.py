"""The FastAPI application behind ``wirecoder serve``: the API, its documentation, the explorer.

Nothing it serves comes from the network: Swagger UI and ReDoc at /docs and /redoc are the
copies the ``fastapi-offline`` package ships, and the explorer's assets are installed packages too.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline

from wirecoder import __version__
from wirecoder.serve import explorer
from wirecoder.serve.api import router
from wirecoder.serve.reader import LINGER, StoreReader
from wirecoder.store.schema import StoreError

__all__ = ["create_app"]


def _parameter_name(location: tuple[str | int, ...]) -> str:
    """``('query', 'limit')`` -> ``limit``."""
    return ".".join(str(part) for part in location[1:]) or str(location[0])


async def _invalid(_: Request, error: Exception) -> JSONResponse:
    """422 whose ``detail`` names each bad parameter and says what it needs."""
    assert isinstance(error, RequestValidationError)
    errors = [
        {
            "parameter": _parameter_name(tuple(e.get("loc", ("query",)))),
            "message": str(e.get("msg", "")).removeprefix("Value error, "),
        }
        for e in error.errors()
    ]
    detail = "; ".join(f"invalid parameter {e['parameter']}: {e['message']}" for e in errors)
    return JSONResponse({"detail": detail, "errors": errors}, status_code=422)


async def _unavailable(_: Request, error: Exception) -> JSONResponse:
    """503 when the store cannot be opened (locked too long, deleted, replaced)."""
    return JSONResponse({"detail": str(error)}, status_code=503)


def create_app(db: str | os.PathLike[str], *, linger: float = LINGER) -> FastAPI:
    """The wirecoder web app reading the store ``db``, read-only.

    The file is open only while requests come, and ``linger`` seconds after the last one (see
    :mod:`wirecoder.serve.reader`), so ingests can write between bursts of requests. Raises
    StoreError at once when ``db`` is missing, unreadable or not a wirecoder store.

    Example:
        >>> import uvicorn
        >>> app = create_app("wirecoder.duckdb")                                    # doctest: +SKIP
        >>> uvicorn.run(app, host="127.0.0.1", port=8000)                           # doctest: +SKIP
    """
    reader = StoreReader.check(db, linger=linger)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        reader.close()

    app = FastAPIOffline(
        lifespan=lifespan,
        title="wirecoder",
        version=__version__,
        description="Political-violence and protest events extracted by wirecoder, read-only.",
        # The validator badge would send the schema to an outside service: off.
        swagger_ui_parameters={"validatorUrl": None},
    )
    app.state.reader = reader
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StoreError, _unavailable)
    app.include_router(router)
    explorer.mount(app)
    return app
