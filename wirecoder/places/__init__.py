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
- ``build`` / ``builder`` / ``index``: compiling, storing and loading the gazetteer (``cache``:
  which indexes of other versions the shared cache directory keeps);
- ``divisions`` / ``national``: constituencies, sub-counties and wards from national packages;
- ``tokens`` / ``recognise``: mentions in text (``neighbours``: the capitalised words next to a
  name that do or do not make it part of a longer one; ``variants``: names spelt with other
  vowels, written in two words, with doubled letters once or with a lower-case tail;
  ``peoples``: a people named like a town, read as the people where the text speaks of people;
  ``around``: a person's initial or title before a name, a government's seat, a refugees' camp,
  a division named right after a town);
  ``resolve``: choosing entries with context (``context``: what the rest of the
  article and the assumed country say; ``groups``: the home countries of the armed groups it
  names; ``keep``: which readings are too weak to code; ``stated``: the division or country
  the text puts a town in, and towns the gazetteer lacks; ``unknown``: names it lacks that the
  text calls a village or a town, with no place attached);
- ``places``: Place records in ACLED's conventions; ``locate``: the place of one event.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from wirecoder.errors import GazetteerError
from wirecoder.model import Article, Entity, Place
from wirecoder.places.build import build_gazetteer
from wirecoder.places.cache import mark_used, prune
from wirecoder.places.context import home_area
from wirecoder.places.groups import group_countries
from wirecoder.places.headline import headline_place, in_lead
from wirecoder.places.index import ADMIN1, ADMIN2, CITY, COUNTRY, Gazetteer, index_path, write_atomic
from wirecoder.places.locate import locate_event
from wirecoder.places.names import fold, strip_admin_suffix
from wirecoder.places.places import display_name, known_by_its_name, place_from
from wirecoder.places.split import named_part
from wirecoder.places.mention import Mention
from wirecoder.places.recognise import recognise
from wirecoder.places.resolve import resolve
from wirecoder.places.usable import usable_places

__all__ = ["Geoparser"]

# Articles whose mentions are kept for a second reading: more than one pipeline batch.
_RECENT = 64


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
        self._index: dict[str, int] = {}
        self._recent: dict[int, tuple[str, tuple[Entity, ...], list[Mention]]] = {}
        self._areas: dict[int, frozenset[tuple[int, int]]] = {}
        self._group_weights: dict[int, tuple[str, Counter[int]]] = {}
        self._usable: tuple[Sequence[Place], str, str | None, list[Place]] | None = None
        for index, (iso2, iso3, name, _entry) in enumerate(gazetteer.countries):
            self._codes[iso2] = (name, iso3)
            self._codes[iso3] = (name, iso3)
            self._index[name] = index

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
            prune(directory, keep=path)  # other versions' indexes only once long unused
        else:
            mark_used(path)
        return cls(gazetteer, load_seconds=time.perf_counter() - started)

    def find(
        self, article: Article, home: str | None = None, previous: Sequence[Place] | None = None
    ) -> tuple[Place, ...]:
        """Every place mentioned in ``article.text`` (and its dateline, with start = end = -1), resolved.

        ``home`` is a country assumed for the article (its source's, or the user's): names the
        text leaves open are read in it, and a namesake abroad that nothing else in the text
        supports is dropped. An unknown country raises ValueError. ``previous`` is what ``find``
        gave for the same article with no country assumed: it is returned as it is when
        assuming ``home`` (or nothing) cannot change it, which saves a second reading.

        Example: for "Clashes in Idlib and Aleppo", two Places in Syria; for "A mob lynched a
        robber in Buruburu" with ``home="Kenya"``, no village of that name abroad.
        """
        mentions = self._mentions(article)
        index = self._country_index(home)
        dateline = self._dateline_mentions(article.dateline)
        if previous is not None and (index is None or self._settled(index, [*dateline, *mentions], previous)):
            return tuple(previous)
        resolutions = resolve(
            self.gazetteer, article.text, mentions, dateline, home=index, home_area=self._home_area(index),
            groups=self._groups(article.text),
        )
        return tuple(named_part(self.gazetteer, article.text, place_from(self.gazetteer, r)) for r in resolutions)

    def _settled(self, home: int, mentions: Sequence[Mention], places: Sequence[Place]) -> bool:
        """Whether places read with no country assumed are what assuming ``home`` would give:
        every mention was kept, and each one abroad is a country or a nationality with no reading
        in ``home`` (the assumed country then only adds weight to readings it already holds)."""
        if len(places) != len(mentions):
            return False
        name = self.gazetteer.countries[home][2]
        return all(
            place.country == name
            or (place.feature in {"country", "demonym"}
                and all(self.gazetteer.country[hit.entry] != home for hit in mention.hits))
            for mention, place in zip(mentions, places, strict=True)
        )

    def locate(
        self,
        article: Article,
        start: int,
        end: int,
        places: Sequence[Place] | None = None,
        home: str | None = None,
    ) -> Place | None:
        """The place where the event evidenced by ``article.text[start:end]`` happened.

        With ``home`` (a country assumed for the article), another country's nationality or a
        country named without "in" does not locate the event; when nothing else does, the event
        is placed in ``home`` at country level: no admin1, location or coordinates. An event of
        the lead whose own sentence names no place is placed where the headline tells it
        (:mod:`wirecoder.places.headline`).

        Example: ``geo.locate(article, s.start, s.end)`` for an attack sentence naming
        "a Baghdad base" gives Baghdad, Iraq, geo-precision 1; "Somali militiamen shot a
        herder" with ``home="Kenya"`` gives a Place with country Kenya and nothing finer.
        """
        if places is None:
            places = self.find(article, home)
        memo = self._usable
        if memo is None or memo[0] is not places or memo[1] is not article.text or memo[2] != home:
            # The events of one article are located one after the other against the same places.
            memo = self._usable = (places, article.text, home, usable_places(article.text, places, home))
        place = locate_event(article.text, start, end, memo[3], home, usable=True)
        if article.title and in_lead(article.text, start) and (place is None or not start <= place.start < end):
            # "Insurgents behead four fishermen in Macomia" over a lead that names no place
            told = headline_place(article.title, lambda title: self.find(Article(id=article.id, text=title), home),
                                  place, home)
            place = told or place
        if place is None and home is not None:
            place = self._country_place(home)
        return place

    def _country_place(self, name: str) -> Place:
        """A country-level Place for ``name``: country and ISO3 only, no admin1 or coordinates."""
        _iso2, iso3, country, _entry = self.gazetteer.countries[self._country_index(name)]
        return Place(name=country, start=-1, end=-1, country=country, iso3=iso3 or None, feature="country",
                     reason=f"no place of its own: {country}, the country assumed for the article")

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

    def town_name(self, name: str, country: str) -> str | None:
        """The name coders write for the town of ``country`` called ``name``, where the gazetteer shows the
        town under one name whatever the text calls it (``data/towns.tsv``'s "always"); else None.

        Example: ``geo.town_name("Bombay", "India") == "Mumbai"``; ``geo.town_name("Pune", "India") is None``.
        """
        found = self.country(country)
        if found is None:
            return None
        gazetteer = self.gazetteer
        for hit in gazetteer.lookup(fold(name)):
            entry = hit.entry
            if gazetteer.kinds[entry] == CITY and gazetteer.countries[gazetteer.country[entry]][1] == found[1] \
                    and known_by_its_name(gazetteer, entry):
                return display_name(gazetteer.names[entry])
        return None

    def admin1(self, name: str, country: str) -> str | None:
        """The first-level division ``name`` denotes in ``country``, as wirecoder (and ACLED) writes it.

        Another spelling or an older name of a division gives the division ("Saladin" is
        Salah al-Din, "North-West Frontier Province" Khyber Pakhtunkhwa); a second-level division
        gives the one holding it, as sources that name provinces where ACLED names regions do
        (the Philippines' "Sulu" is in Bangsamoro); a division's seat named for a capital
        district gives the district ("Bogota" for Bogota D.C.). None when the name is none of
        these in the country, or names two divisions.

        Example: ``geo.admin1("Nineveh", "Iraq") == "Ninewa"``.
        """
        found = self.country(country)
        if found is None:
            return None
        gazetteer = self.gazetteer
        key = fold(name)
        hits = [
            hit.entry
            for lookup in dict.fromkeys((key, strip_admin_suffix(key)))
            for hit in gazetteer.lookup(lookup)
            if gazetteer.countries[gazetteer.country[hit.entry]][1] == found[1]
        ]
        for kind in (ADMIN1, ADMIN2, CITY):
            divisions = set()
            for entry in hits:
                if gazetteer.kinds[entry] != kind:
                    continue
                division = entry if kind == ADMIN1 else gazetteer.admin1[entry]
                if division >= 0 and (kind != CITY or gazetteer.anchor[division] == entry):
                    divisions.add(display_name(gazetteer.names[division]))
            if divisions:  # the gazetteer repeats some divisions under one name
                return divisions.pop() if len(divisions) == 1 else None
        return None

    def _mentions(self, article: Article) -> list[Mention]:
        """The mentions in ``article``. Those of the last few texts are kept, by identity (a copy
        of an article shares its text): the pipeline reads an article again once its source's
        usual country is known, and recognition is most of the cost of reading."""
        key = id(article.text)
        kept = self._recent.pop(key, None)
        if kept is not None and kept[0] is article.text and kept[1] is article.entities:
            mentions = kept[2]
        else:
            mentions = recognise(self.gazetteer, article.text, article.entities)
            if len(self._recent) >= _RECENT:
                del self._recent[next(iter(self._recent))]
        # The text is held with its mentions, so its id stays its own while it is kept.
        self._recent[key] = (article.text, article.entities, mentions)
        return mentions

    def _groups(self, text: str) -> Counter[int]:
        """Country index -> the weight the armed groups named in ``text`` give it (kept for the
        last few texts, like their mentions: an article is read twice)."""
        kept = self._group_weights.pop(id(text), None)
        if kept is not None and kept[0] is text:
            weights = kept[1]
        else:
            weights = Counter()
            for iso3, weight in group_countries(text).items():
                if iso3 in self._codes:
                    weights[self._index[self._codes[iso3][0]]] += weight
            if len(self._group_weights) >= _RECENT:
                del self._group_weights[next(iter(self._group_weights))]
        self._group_weights[id(text)] = (text, weights)
        return weights

    def _home_area(self, index: int | None) -> frozenset[tuple[int, int]]:
        """The grid cells in or next to a country (computed once a country, some milliseconds)."""
        if index is None:
            return frozenset()
        if index not in self._areas:
            self._areas[index] = home_area(self.gazetteer, index)
        return self._areas[index]

    def _country_index(self, name: str | None) -> int | None:
        """The index in ``gazetteer.countries`` of a country's name, demonym or ISO code."""
        if name is None:
            return None
        index = self._index.get(name)
        if index is None:
            resolved = self.country(name)
            if resolved is None:
                raise ValueError(f"unknown country {name!r}; give a country name or ISO code (e.g. Kenya, KE, KEN)")
            index = self._index[resolved[0]]
        return index

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
