"""Places of world copy under the names coders write: a city under its name of today whatever
name the text gives it (``data/towns.tsv``), Myanmar's states under their older names, a
division's other name with its unit word only, and a patron's country ("Iran-backed") that says
who and not where. Texts are our own, in the style of coders' notes and wire copy."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("On 4 May 2022, Russian artillery shelled a market in Kharkov, killing three.", "Kharkiv", "Kharkiv"),
        ("On 13 July 2011, three bombs exploded in crowded districts of Bombay.", "Mumbai", "Maharashtra"),
        ("On 9 January 2020, students marched peacefully through Calcutta.", "Kolkata", "West Bengal"),
        ("On 3 March 2021, police fired tear gas at protesters in Moulmein.", "Mawlamyine", "Mon"),
        ("On 12 July 2019, gunmen stormed a hotel in Kismaayo, killing 26 people.", "Kismayo", "Lower Juba"),
        ("On 22 December 2018, a car bomb exploded near a restaurant in Baydhabo.", "Baidoa", "Bay"),
        ("On 10 July 2019, an IED exploded in a market in Al Mawsil.", "Mosul", "Ninewa"),
        ("On 20 May 2023, Russian forces claimed control of Artemovsk after months of fighting with Ukrainian troops.",
         "Bakhmut", "Donetsk"),
        ("On 31 July 2022, Russian missiles struck Nikolaev, killing two.", "Mykolaiv", "Mykolaiv"),
        # a capital's colonial name in an older report
        ("12/11/1978: Guerrillas fired rockets at the fuel depot in Salisbury, Rhodesia.", "Harare", "Harare"),
        ("3/26/1971: A bomb exploded at a government office in Dacca, East Pakistan.", "Dhaka", "Dhaka"),
        ("5/5/1986: A bomb exploded on a tram in Leningrad, Soviet Union.", "Saint Petersburg", "Saint Petersburg"),
        ("8/1/1974: A bomb exploded at a railway station in West Berlin, West Germany.", "Berlin", "Berlin"),
        # Written as the table writes it, it stays so.
        ("On 2 June 2022, shelling hit Kharkiv's northern districts.", "Kharkiv", "Kharkiv"),
    ],
)
def test_places_world_names_city_under_its_coders_name(locate, text, location, admin1):
    place = locate(text)
    assert place is not None and (place.location, place.admin1) == (location, admin1)


def test_places_world_names_group_name_is_no_place(locate):
    # "Wagner" is the group, not the Brazilian town: where it fought is unknown here.
    place = locate("On 20 May 2023, Wagner fighters claimed a town after months of fighting.")
    assert place is None or place.country != "Brazil"


def test_places_world_names_other_towns_keep_the_texts_spelling(locate):
    # GeoNames writes it "Al Miqdadiyah"; a coder's note spells the place as its location field.
    place = locate("On 15 September 2021, militants attacked a farm in Muqdadiyah, Diyala, killing three.")
    assert place is not None and (place.location, place.admin1) == ("Muqdadiyah", "Diyala")


@pytest.mark.parametrize(
    ("text", "location", "admin1"),
    [
        ("On 27 April 2021, KNU fighters overran an army outpost near Myawaddy in Karen State.", "Myawaddy", "Kayin"),
        ("On 2 March 2021, KNLA fighters attacked an army camp in Hpapun district, Karen state.", "Hpapun", "Kayin"),
        ("On 24 December 2021, soldiers burned a village in Karenni State.", "Loikaw", "Kayah"),
        ("On 14 November 2019, fighting broke out in Arakan state.", "Sittwe", "Rakhine"),
        ("On 5 May 2021, the army shelled villages in Tenasserim Region.", "Dawei", "Tanintharyi"),
    ],
)
def test_places_world_names_myanmar_state_under_its_older_name(locate, text, location, admin1):
    place = locate(text)
    assert place is not None and (place.country, place.location, place.admin1) == ("Myanmar", location, admin1)


def test_places_world_names_bare_other_name_stays_the_place_abroad(locate):
    # "Karen State" is Kayin, but "Karen" alone is Nairobi's suburb, not a state of Myanmar.
    place = locate("On 8 October 2019, youths rioted in Karen over a land dispute.")
    assert place is not None and (place.country, place.location) == ("Kenya", "Karen")


@pytest.mark.parametrize(
    ("text", "country", "location"),
    [
        ("On 22 February 2021, aircraft struck Iran-backed militia positions near Albu Kamal, killing nine.",
         "Syria", "Abu Kamal"),
        ("On 30 September 2019, Turkish-backed fighters shelled Tell Abiad, killing two civilians.", "Syria", "Tell Abiad"),
        ("On 3 May 2019, Saudi-led coalition aircraft bombed a market in Saada, killing five.", "Yemen", "Saada"),
        # Not a patron: the Iranian city is where it happened.
        ("On 30 September 2022, security forces fired on protesters in Zahedan, Iran, killing 66.", "Iran", "Zahedan"),
    ],
)
def test_places_world_names_patron_country_says_who_not_where(locate, text, country, location):
    place = locate(text)
    assert place is not None and (place.country, place.location) == (country, location)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 27 January 2021, protesters set fire to the municipal building in Tripoli as Lebanese troops fired "
         "rubber bullets.", "Lebanon", "North"),
        ("On 2 May 2013, Hezbollah fighters clashed with gunmen near Sidon, Lebanon.", "Lebanon", "South"),
        ("On 5 February 2019, militants attacked a gendarmerie post in Goundam, Timbuktu region.", "Mali", "Tombouctou"),
        # Libya's Tripoli keeps its own division.
        ("On 27 August 2022, rival militias fought in central Tripoli, Libya; 32 people were killed.", "Libya", "Tripoli"),
    ],
)
def test_places_world_names_division_as_acled_names_it(locate, text, country, admin1):
    place = locate(text)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("On 28 October 2023, Awami League and BNP activists clashed with sticks in Mirpur; 30 people were injured.",
         "Bangladesh", "Dhaka"),
        ("On 9 May 2023, Pakistan Tehreek-e-Insaf supporters blocked the main road in Mirpur.",
         "Pakistan", "Azad Jammu and Kashmir"),
    ],
)
def test_places_world_names_party_points_at_its_country(locate, text, country, admin1):
    place = locate(text)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "location", "precision"),
    [
        ("On 20 April 2024, Israeli forces raided Nur Shams camp near Tulkarm, killing 14 Palestinians.", "Nur Shams", 1),
        ("On 3 May 2022, soldiers raided the Nur Shams refugee camp outside Tulkarm.", "Nur Shams", 1),
        # A village near a town is coded at the town when the village is unknown.
        ("On 3 May 2022, Israeli forces raided a village near Tulkarm.", "Tulkarm", 2),
    ],
)
def test_places_world_names_camp_near_a_town_is_the_camp(locate, text, location, precision):
    place = locate(text)
    assert place is not None and (place.location, place.geo_precision) == (location, precision)


def test_places_world_names_a_namesake_abroad_keeps_its_name(locate):
    # Harare's colonial name is shown as Harare; England's Salisbury stays Salisbury.
    place = locate("Police arrested two men in Salisbury, Wiltshire, on Tuesday.")
    assert place is not None and (place.location, place.country) == ("Salisbury", "United Kingdom")
