"""Rules found on probes from the Americas and Europe (session 11): our own ACLED-style notes, GTD-style
summaries and wire paragraphs, each asserting the fields its rule is about.

Places: a division in brackets named as wire copy names it ("Caracas (Capital District)"), a namesake
far off from the place the text puts it in ("the Jacarezinho favela in Rio de Janeiro"), a river in lower
case, a gang or a prison named like a town. Actors: "members of G9", a rival gang rather than the
inmates killed, a former president, the victims of a blast told in the next sentence. Events: a town
regained after the other side withdrew, projectiles thrown, hostages freed, a strike that is part of a
wave. Casualties: a surname and the one with her.
"""

from __future__ import annotations

import pytest

from wirecoder.read.article import make_article

pytestmark = pytest.mark.slow


def _first_event(pipeline, text: str):
    (article,) = pipeline.process([make_article(text, article_id="probe", origin="probe", has_header=False)])
    assert article.events, f"no event in {text!r}"
    return article.events[0]


@pytest.mark.parametrize(
    ("text", "country", "admin1", "location"),
    [
        pytest.param(
            "On 4 February 2019, hundreds of students marched in Caracas (Capital District) to demand new elections.",
            "Venezuela", "Distrito Capital", "Caracas", id="capital-district-alias",
        ),
        pytest.param(
            "On 24 February 2022, police detained 300 anti-war protesters in Saint Petersburg (Saint Petersburg).",
            "Russia", "Saint Petersburg", "Saint Petersburg", id="saint-petersburg-admin1",
        ),
        pytest.param(
            "On 12 August 2020, military police clashed with drug traffickers in the Jacarezinho favela in "
            "Rio de Janeiro (Rio de Janeiro), killing 3.",
            "Brazil", "Rio de Janeiro", "Rio de Janeiro", id="namesake-far-from-its-container",
        ),
        pytest.param(
            "On 10 November 2022, Ukrainian troops entered Snihurivka (Mykolaiv) after Russian forces withdrew "
            "across the Dnipro river.",
            "Ukraine", "Mykolaiv", "Snihurivka", id="lower-case-river-is-water",
        ),
        pytest.param(
            "On 2 April 2023, Los Choneros gunmen clashed with Los Lobos in Machala (El Oro), killing 5.",
            "Ecuador", "El Oro", "Machala", id="gang-named-like-a-town",
        ),
        pytest.param(
            "On 12 November 2021, inmates from rival gangs fought inside the Turi Penitentiary in Cuenca (Azuay), "
            "killing 4.",
            "Ecuador", "Azuay", "Cuenca", id="penitentiary-is-no-town",
        ),
    ],
)
def test_world_americas_europe_heldout_places(pipeline, text, country, admin1, location):
    event = _first_event(pipeline, text)
    assert (event.country, event.admin1, event.location) == (country, admin1, location)


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "On 3 May 2022, members of G9 attacked members of 400 Mawozo in Croix-des-Bouquets (Ouest), killing 6.",
            "G9 an Fanmi e Alye", "400 Mawozo", id="members-of-a-short-acronym",
        ),
        pytest.param(
            "On 9 May 2022, members of the rival gangs Los Choneros and Los Lobos clashed inside a prison in "
            "Santo Domingo (Santo Domingo de los Tsachilas), killing 44 inmates.",
            "Los Choneros", "Los Lobos", id="rival-gang-not-the-inmates-killed",
        ),
        pytest.param(
            "06/20/2011: A suicide bomber detonated an explosive device outside the railway station in Nalchik "
            "city, Kabardino-Balkaria republic, Russia. At least four people, including the bomber, were killed "
            "and 20 others were injured in the blast. No group claimed responsibility for the incident.",
            "Unidentified Armed Group (Russia)", "Civilians (Russia)", id="victims-in-the-next-sentence",
        ),
    ],
)
def test_world_americas_europe_heldout_actors(pipeline, text, actor1, actor2):
    event = _first_event(pipeline, text)
    assert (event.actor1, event.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "On 12 December 2022, supporters of former president Bolsonaro set fire to buses and cars in Brasilia "
            "(Federal District).",
            id="supporters-of-a-former-president",
        ),
    ],
)
def test_world_americas_europe_heldout_no_government(pipeline, text):
    event = _first_event(pipeline, text)
    assert not (event.actor1 or "").startswith("Government of")


@pytest.mark.parametrize(
    ("text", "sub_event_type", "actor1"),
    [
        pytest.param(
            "On 14 November 2022, Ukrainian forces regained control of Snihurivka (Mykolaiv) after Russian "
            "troops withdrew from the town.",
            "Non-violent transfer of territory", "Military Forces of Ukraine", id="regained-after-withdrawal",
        ),
        pytest.param(
            "BERLIN, May 1, 2024 (Reuters) - German police used pepper spray against protesters who threw "
            "fireworks and bottles in Berlin on Wednesday, police said.",
            "Violent demonstration", "Rioters (Germany)", id="projectiles-thrown",
        ),
        pytest.param(
            "02/11/2023: Assailants took customers hostage at a bank in Quito city, Pichincha province, Ecuador. "
            "The hostages were released after police negotiated with the assailants.",
            "Abduction/forced disappearance", "Unidentified Armed Group (Ecuador)", id="hostages-freed-no-event",
        ),
        pytest.param(
            "KHARKIV, May 25, 2024 (Reuters) - A Russian missile hit a hardware store in Kharkiv on Saturday, "
            "part of a wave of strikes that killed at least 16 people in the city, officials said.",
            "Shelling/artillery/missile attack", "Military Forces of Russia", id="part-of-a-wave",
        ),
    ],
)
def test_world_americas_europe_heldout_events(pipeline, text, sub_event_type, actor1):
    event = _first_event(pipeline, text)
    assert (event.sub_event_type, event.actor1) == (sub_event_type, actor1)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        pytest.param(
            "09/02/2019: Assailants opened fire on the car of mayoral candidate Karina Garcia in Suarez town, "
            "Cauca department, Colombia. Garcia and her mother were killed in the attack.",
            2, id="surname-and-kin",
        ),
    ],
)
def test_world_americas_europe_heldout_fatalities(pipeline, text, fatalities):
    assert _first_event(pipeline, text).fatalities == fatalities
