"""The seats of the divisions ACLED writes in parts are compiled into the gazetteer once (places.split_seats),
stored with it, and read back from its cache file; a seat the gazetteer lacks stops the build."""

from __future__ import annotations

import pytest

from wirecoder.errors import GazetteerError
from wirecoder.places import Geoparser
from wirecoder.places import split_seats
from wirecoder.places.index import Gazetteer
from wirecoder.places.split import part_of
from wirecoder.places.split_seats import compile_split_seats, split_key


@pytest.mark.parametrize(("iso2", "division", "part"), [("MM", "Shan", "Shan-East"), ("MM", "Bago", "Bago-West")])
def test_places_split_seats_stored_with_the_gazetteer(geo: Geoparser, iso2: str, division: str, part: str) -> None:
    stored = geo.gazetteer.split_seats[split_key(iso2, division)]
    assert part in {name for name, _lat, _lon in stored}
    again = Gazetteer.from_bytes(geo.gazetteer.to_bytes())
    assert again.split_seats == geo.gazetteer.split_seats


def test_places_split_seats_read_from_the_gazetteer_only(geo: Geoparser) -> None:
    emptied = Gazetteer.from_bytes(geo.gazetteer.to_bytes())
    emptied.split_seats.clear()
    # Lashio lies in Shan-North; with no compiled seats the division keeps its own name.
    assert part_of(geo.gazetteer, "MM", "Shan", 22.94, 97.75) == "Shan-North"
    assert part_of(emptied, "MM", "Shan", 22.94, 97.75) == "Shan"


def test_places_split_seats_unknown_seat_is_an_error(geo: Geoparser, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split_seats, "read_table", lambda _name: [["MM", "Shan", "Shan-North", "Atlantisville"]])
    with pytest.raises(GazetteerError, match="no town 'Atlantisville' of MM"):
        compile_split_seats(geo.gazetteer)
