"""An incident summary's "X neighborhood of Y city" is placed in the city, as the Global Terrorism Database
codes it; a coder's note keeps the neighbourhood it names. Texts are our own."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("11/22/2015: Assailants detonated an explosive device outside a cafe in the Besiktas neighborhood of "
         "Istanbul city, Istanbul province, Turkey. Three civilians were injured in the blast.", "Istanbul"),
        ("06/02/2016: Assailants shot and killed a preacher outside a mosque in the Sheikh Othman district of Aden "
         "city, Aden governorate, Yemen. No group claimed responsibility for the incident.", "Aden"),
        # Unchanged: a quarter the gazetteer does not know was never the place.
        ("03/14/2012: Assailants threw a grenade into a shop in the al-Jadida neighborhood of Mosul city, Nineveh "
         "province, Iraq. One civilian was killed.", "Mosul"),
    ],
)
def test_places_summary_quarter_is_placed_in_its_city(pipeline, text: str, location: str) -> None:
    (article,) = pipeline.process([Article("summary", text)])
    event = article.events[0]
    assert (event.location, event.geo_precision) == (location, 1)


def test_places_note_keeps_the_neighbourhood(pipeline) -> None:
    """Not a summary: a coder's note names the neighbourhood it codes."""
    text = "On 2 June 2016, gunmen shot dead a preacher in the Sheikh Othman district of Aden city (Aden)."
    (article,) = pipeline.process([Article("note", text)])
    assert article.events[0].location == "Sheikh Othman"
