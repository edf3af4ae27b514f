"""A capital standing for its state ("Moscow's forces", "Tehran-backed militias") is not where the event
happened; a capital named as a place still is (places.locate)."""

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow's forces fired missiles at Zaporizhzhia on Thursday, killing one civilian.", "Zaporizhzhia"),
        ("Kyiv's drones struck an oil depot in Bryansk on Sunday.", "Bryansk"),
        ("A Tehran-backed militia fired rockets at a base near Erbil on Monday.", "Erbil"),
        # the capital as the place
        ("Russian drones struck an apartment block in Kyiv on Monday.", "Kyiv"),
    ],
)
def test_places_locate_capital_as_state(locate, text, name):
    place = locate(text)
    assert place is not None and place.location == name
