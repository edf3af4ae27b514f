"""Offline geoparsing: find the places an article names, resolve them, and locate its events.

    >>> from wirecoder.model import Article
    >>> from wirecoder.places import Geoparser
    >>> geo = Geoparser.load()
    >>> article = Article(id="a1", text="Gunmen killed two herders in Baragoi, Samburu County.")
    >>> place = geo.locate(article, 0, len(article.text))
    >>> (place.location, place.admin1, place.country, place.geo_precision)
    ('Baragoi', 'Samburu', 'Kenya', 1)

The gazetteer is compiled from installed packages on first use (some seconds) into the user
cache directory, then loaded from there (well under a second). Layout of the package:

- ``names``: folding of names into lookup keys;
- ``build`` / ``builder`` / ``index``: compiling, storing and loading the gazetteer;
- ``divisions`` / ``national``: constituencies, sub-counties and wards from national packages;
- ``tokens`` / ``recognise``: mentions in text; ``resolve``: choosing entries with context;
- ``places``: Place records in ACLED's conventions; ``locate``: the place of one event.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from wirecoder.errors import GazetteerError
from wirecoder.model import Article, Place
from wirecoder.places.build import build_gazetteer
from wirecoder.places.index import COUNTRY, Gazetteer, index_path, write_atomic
from wirecoder.places.locate import locate_event
from wirecoder.places.names import fold
from wirecoder.places.places import place_from
from wirecoder.places.recognise import Mention, recognise
from wirecoder.places.resolve import resolve

__all__ = ["Geoparser"]


class Geoparser:
    """Finds and resolves place mentions with an offline gazetteer; one instance serves many articles.

    Example::

        geo = Geoparser.load()
        places = geo.find(article)
        where = geo.locate(article, sentence.start, sentence.end, places)
    """

    def __init__(self, gazetteer: Gazetteer, *, load_seconds: float = 0.0) -> None:
        self.gazetteer = gazetteer
        self.load_seconds = load_seconds
        self._codes = {}
        for iso2, iso3, name, _entry in gazetteer.countries:
            self._codes[iso2] = (name, iso3)
            self._codes[iso3] = (name, iso3)

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Geoparser:
        """Load the compiled gazetteer from ``cache_dir`` (default: the user cache), building it if absent.

        Example: ``Geoparser.load(Path("/tmp/wc-cache"))`` builds there on the first call.
        """
        started = time.perf_counter()
        directory = Path(cache_dir) if cache_dir is not None else Path(
            platformdirs.user_cache_dir("wirecoder")
        )
        path = index_path(directory)
        gazetteer = None
        if path.exists():
            try:
                gazetteer = Gazetteer.from_bytes(path.read_bytes())
            except (GazetteerError, ValueError, EOFError, TypeError, KeyError):
                gazetteer = None  # a stale or damaged cache is rebuilt below
            except OSError as exc:
                raise GazetteerError(
                    f"cannot read the gazetteer index {path}: {exc}; delete it to rebuild"
                ) from exc
        if gazetteer is None:
            gazetteer = build_gazetteer()
            write_atomic(path, gazetteer.to_bytes())
            for stale in directory.glob("gazetteer-*.marshal"):
                if stale != path:
                    stale.unlink(missing_ok=True)  # indexes of older data versions
        return cls(gazetteer, load_seconds=time.perf_counter() - started)

    def find(self, article: Article) -> tuple[Place, ...]:
        """Every place mentioned in ``article.text`` (and its dateline, with start = end = -1), resolved.

        Example: for "Clashes in Idlib and Aleppo", two Places in Syria.
        """
        mentions = recognise(self.gazetteer, article.text, article.entities)
        resolutions = resolve(
            self.gazetteer, article.text, mentions, self._dateline_mentions(article.dateline)
        )
        return tuple(place_from(self.gazetteer, r) for r in resolutions)

    def locate(
        self,
        article: Article,
        start: int,
        end: int,
        places: Sequence[Place] | None = None,
    ) -> Place | None:
        """The place where the event evidenced by ``article.text[start:end]`` happened.

        Example: ``geo.locate(article, s.start, s.end)`` for an attack sentence naming
        "a Baghdad base" gives Baghdad, Iraq, geo-precision 1.
        """
        if places is None:
            places = self.find(article)
        return locate_event(article.text, start, end, places)

    def country(self, name_or_demonym: str) -> tuple[str, str] | None:
        """(name, ISO3) for a country's name, demonym or ISO code, else None.

        Example: ``geo.country("Kenyan") == ("Kenya", "KEN")``; ``geo.country("U.S.")`` gives
        ``("United States", "USA")``.
        """
        text = name_or_demonym.strip()
        if text.upper() == text and text in self._codes:
            return self._codes[text]
        for hit in self.gazetteer.lookup(fold(text)):
            # A people ("Pokot") is evidence of where, never a country acting.
            if self.gazetteer.kinds[hit.entry] == COUNTRY and not (hit.alternate and hit.demonym):
                _iso2, iso3, name, _entry = self.gazetteer.countries[
                    self.gazetteer.country[hit.entry]
                ]
                return (name, iso3)
        return self._codes.get(text.upper()) if len(text) == 3 else None

    def _dateline_mentions(self, dateline: str | None) -> list[Mention]:
        """Mentions for the parts of a dateline ("NAIROBI, Kenya"), outermost last."""
        if not dateline:
            return []
        mentions = []
        for part in dateline.replace("(", ",").split(","):
            key = fold(part)
            hits = self.gazetteer.lookup(key)
            if hits and len(mentions) < 2:
                mentions.append(
                    Mention(start=-1, end=-1, text=part.strip(), key=key, hits=hits, strong=True,
                            source="dateline")
                )
        return mentions
