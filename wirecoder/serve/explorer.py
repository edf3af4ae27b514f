"""The web explorer: the page at ``/`` and the static files it loads, all served locally.

Nothing here reaches the network: Leaflet comes from the ``xstatic-leaflet`` package and the
base map from an installed data package, so the explorer works on an air-gapped laptop.
"""

from __future__ import annotations

from pathlib import Path

import fastapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
import xstatic.pkg.leaflet

__all__ = ["STATIC_DIR", "mount"]

STATIC_DIR = Path(__file__).parent / "static"


def mount(app: fastapi.FastAPI) -> None:
    """Register ``GET /`` (the explorer page) and the static mounts it needs on ``app``.

    Example:
        >>> app = fastapi.FastAPI()
        >>> mount(app)
        >>> sorted(r.path for r in app.routes if r.path in {"/", "/static", "/vendor/leaflet"})
        ['/', '/static', '/vendor/leaflet']
    """

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount(
        "/vendor/leaflet", StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR), name="leaflet"
    )
