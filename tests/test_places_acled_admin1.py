"""First-order divisions under the names ACLED writes for them where the gazetteer's differ: Brazil's
capital district ("Distrito Federal", which the gazetteer calls "Federal District" and which names
Venezuela's capital district too) and Cameroon's regions in French ("Est", "Nord", "Sud", "Ouest"), as
its north-west and south-west already are. Texts are our own, in the style of coders' notes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        ("On 12 April 2022, about 50 teachers marched in Brasilia (Distrito Federal) for a pay rise. [size=about 50]",
         "Brazil", "Distrito Federal", "Brasilia"),
        ("On 3 March 2021, truck drivers blocked the main avenue in Brasilia, Federal District.",
         "Brazil", "Distrito Federal", "Brasilia"),
        ("On 6 May 2023, unidentified gunmen shot dead a trader near Bertoua (Lom-et-Djerem, Est).",
         "Cameroon", "Est", "Bertoua"),
        ("On 9 June 2022, kidnappers seized two herders near Garoua (Benoue, Nord).", "Cameroon", "Nord", "Garoua"),
        ("On 2 February 2021, separatists burned a school in Bafoussam, West region.", "Cameroon", "Ouest", "Bafoussam"),
        # Unchanged: Venezuela's capital district keeps its name, and so does Cameroon's south-west.
        ("On 5 July 2019, students marched in Caracas (Distrito Capital) against the government.",
         "Venezuela", "Distrito Capital", "Caracas"),
        ("On 8 March 2020, gunmen killed two gendarmes in Kumba (Meme, Sud-Ouest).", "Cameroon", "Sud-Ouest", "Kumba"),
    ],
)
def test_places_acled_admin1_division_under_acled_name(locate, text, country, admin1, location):
    place = locate(text)
    assert place is not None and (place.country, place.admin1, place.location) == (country, admin1, location)
