"""The web explorer: the page at ``/`` and the static files it loads, all served locally.

Nothing here reaches the network: Leaflet comes from the ``xstatic-leaflet`` package and the
country outlines of the base map from ``countryinfo`` (see :mod:`wirecoder.serve.basemap`), so the
explorer works on an air-gapped laptop. The page itself is plain HTML, CSS and JavaScript modules
under ``static/`` that read the JSON API.
"""

from __future__ import annotations

from pathlib import Path

import fastapi
import xstatic.pkg.leaflet
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from wirecoder.serve.basemap import CountryShapes

__all__ = ["STATIC_DIR", "mount"]

STATIC_DIR = Path(__file__).parent / "static"


def mount(app: fastapi.FastAPI, cache_dir: Path | None = None) -> None:
    """Register ``GET /`` (the explorer), the base map and the static mounts it needs on ``app``.

    ``cache_dir`` is where the merged country outlines are cached (default: the user cache).

    Example:
        >>> app = fastapi.FastAPI()
        >>> mount(app)
        >>> sorted(r.path for r in app.routes if not r.path.startswith(("/docs", "/openapi", "/redoc")))
        ['/', '/basemap/countries.geojson', '/static', '/vendor/leaflet']
    """
    shapes = CountryShapes(cache_dir)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/basemap/countries.geojson", include_in_schema=False)
    def countries() -> Response:
        # The outlines change only with the countryinfo package, so browsers may keep them a day.
        return Response(
            shapes.geojson(),
            media_type="application/geo+json",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount(
        "/vendor/leaflet", StaticFiles(directory=xstatic.pkg.leaflet.BASE_DIR), name="leaflet"
    )
