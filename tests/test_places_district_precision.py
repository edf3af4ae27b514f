"""A town named with the district it gives its name to ("in Kupwara district", "Rueso district") stands
for a district the gazetteer lacks: the event is somewhere in the district, precision 2, as ACLED codes
an event known only at district level. "Musa Qala district centre" is the town itself. Texts are our own."""

from __future__ import annotations

import pytest

from wirecoder.model import Article
from wirecoder.places import Geoparser


# text, expected (location, geo_precision)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 17 October 2021, militants shot dead a labourer in Kupwara district.", ("Kupwara", 2)),
        ("On 14 March 2022, gunmen attacked a village in Rueso district (Narathiwat), wounding two rangers.", ("Rueso", 2)),
        ("On 12 August 2021, Taliban fighters overran Musa Qala district centre (Helmand).", ("Musa Qala", 1)),
        # Negative: named bare, or as part of an institution's name, it is the town.
        ("On 17 October 2021, militants shot dead a labourer in Kupwara.", ("Kupwara", 1)),
        ("Residents protested over the state of Mpeketoni District Hospital on 3 May 2019.", ("Mpeketoni", 1)),
    ],
)
def test_places_district_precision(geo: Geoparser, text: str, expected: tuple) -> None:
    place = geo.locate(Article(id="d", text=text), 0, len(text))
    assert place is not None
    assert (place.location, place.geo_precision) == expected
