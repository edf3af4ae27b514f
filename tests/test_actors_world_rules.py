"""Rules found by probing notes and wire copy from outside Kenya: local branches of a worldwide group,
party crowds, guarded acronyms, whose weapon struck, rival crowds and factions, attacks on demonstrations."""

from __future__ import annotations

import pytest

from wirecoder.actors.table import parse_rows
from wirecoder.model import Article

from world_support import coded_sub_event_types


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        # ACLED codes the Islamic State's local province, which wire copy seldom names.
        ("Islamic State militants", "Nigeria", "Islamic State West Africa Province"),
        ("IS fighters", "Cameroon", "Islamic State West Africa Province"),
        ("ISIS militants", "Burkina Faso", "Islamic State Sahel Province"),
        ("Islamic State fighters", "Niger", "Islamic State Sahel Province"),
        ("Islamic State militants", "Mozambique", "Islamic State (Mozambique)"),
        # ... and the group by country where it has no province of its own in the table.
        ("Islamic State militants", "Syria", "Islamic State (Syria)"),
        ("Daesh", "Iraq", "Islamic State (Iraq)"),
    ],
)
def test_actors_world_rules_local_branch_of_a_worldwide_group(coder, phrase, country, name) -> None:
    assert coder.code(phrase, country).name == name


@pytest.mark.parametrize(
    ("phrase", "context", "country", "name", "assoc"),
    [
        # A party's crowd named after it ("supporters of X") is the party's too.
        ("supporters of the Sadrist Movement", "Supporters of the Sadrist Movement protested in Najaf.", "Iraq",
         "Protesters (Iraq)", ("Sadrist Movement",)),
        ("supporters of the ODM", "Supporters of the ODM protested in Kisumu.", "Kenya",
         "Protesters (Kenya)", ("ODM: Orange Democratic Movement",)),
        # A party's workers are its activists, not a labour group; a union's workers are.
        ("BJP workers", "BJP workers protested in Lucknow.", "India",
         "Protesters (India)", ("BJP: Bharatiya Janata Party",)),
        # An acronym the table guards ("?PTI") counts beside a word that makes it a group.
        ("PTI workers", "PTI workers protested in Lahore.", "Pakistan",
         "Protesters (Pakistan)", ("PTI: Pakistan Tehreek-e-Insaf",)),
    ],
)
def test_actors_world_rules_party_crowds(coder, phrase, context, country, name, assoc) -> None:
    actor, associated = coder.code_with_assoc(phrase, country, context=context)
    assert actor is not None and actor.name == name
    assert associated == assoc


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI (PTI) - Police arrested three men in Delhi on Monday.",
        "Two soldiers died when their APC hit a mine near Maiduguri.",
    ],
)
def test_actors_world_rules_guarded_acronym_alone_is_no_party(coder, text) -> None:
    names = [actor.name for _, _, actor in coder.find(text)]
    assert not any(name.startswith(("PTI:", "APC:")) for name in names), names


def test_actors_world_rules_guarded_alias_syntax() -> None:
    (row,) = parse_rows(["PTI: Pakistan Tehreek-e-Insaf\t3\tPAK\t?PTI|Tehreek-e-Insaf\tparty"], "test")
    assert "PTI" not in row.aliases and "?PTI" in row.aliases


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # A country named "the ...s" is no crowd of its people ("Kenyans" is).
        ("Protesters attacked the embassies of France and the United States in Kinshasa.", "Democratic Republic of Congo"),
        ("Rioters stoned a bus bound for the Philippines.", "Malaysia"),
    ],
)
def test_actors_world_rules_country_name_is_no_crowd(coder, text, country) -> None:
    names = [actor.name for _, _, actor in coder.find(text, country)]
    assert not any("(United States)" in n or "(Philippines)" in n for n in names), names


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two crowds fighting are both rioters, each with its party (ACLED's mob violence, inter 55).
        ("On 12 May 2022, BJP supporters clashed with TMC supporters in Cooch Behar (West Bengal).",
         ("Rioters (India)", "BJP: Bharatiya Janata Party", "Rioters (India)", "AITC: All India Trinamool Congress")),
        ("On 12 May 2017, ODM supporters clashed with Jubilee supporters in Kisumu town.",
         ("Rioters (Kenya)", "ODM: Orange Democratic Movement", "Rioters (Kenya)", "Jubilee Coalition")),
        ("On 12 May 2022, BJP workers and TMC workers clashed in Cooch Behar, West Bengal.",
         ("Rioters (India)", "BJP: Bharatiya Janata Party", "Rioters (India)", "AITC: All India Trinamool Congress")),
        # A named armed group attacking a demonstration: violence against the protesters, not a riot.
        ("On 30 July 2024, colectivos attacked protesters in Caracas after the election result, killing 2.",
         ("Colectivos", None, "Protesters (Venezuela)", None)),
        # Factions of one group fighting each other: the group on both sides.
        ("CULIACAN, Mexico (AP) - Gunmen from rival factions of the Sinaloa cartel clashed in Culiacan on "
         "Saturday, leaving six dead, authorities said.", ("Sinaloa Cartel", None, "Sinaloa Cartel", None)),
        # A community's member killed abroad is a civilian of the community's country.
        ("On 22 August 2023, Palestinian gunmen shot dead an Israeli settler near Huwara (Nablus).",
         ("Unidentified Armed Group (Palestine)", None, "Civilians (Israel)", "Settlers (Israel)")),
        # A country's positions are its forces; state forces and their allies attacked: the forces, allies associated.
        ("On 8 October 2023, Hezbollah fired rockets and shells at Israeli positions near Shtula.",
         ("Hezbollah", None, "Military Forces of Israel", None)),
        ("On 26 July 2024, CSP-DPA rebels ambushed a convoy of Malian soldiers and Wagner mercenaries near "
         "Tinzaouatene (Kidal).",
         ("CSP-DPA: Strategic Framework for the Defense of the People of Azawad", None, "Military Forces of Mali",
          "Wagner Group")),
        # A crowd named by its religion: the religious group is associated.
        ("On 5 April 2023, a Hindu mob attacked Muslims in Biharsharif (Bihar) during a procession.",
         ("Rioters (India)", "Hindu Group (India)", "Civilians (India)", "Muslim Group (India)")),
        ("On 3 May 2023, Sikhs protested in Amritsar against the arrest of a preacher.",
         ("Protesters (India)", "Sikh Group (India)", None, None)),
        # The crowd that stands in for a riot's agent keeps who it is.
        ("On 20 February 2024, farmers marching to Delhi clashed with police at the Shambhu border (Punjab); "
         "police fired tear gas.", ("Rioters (India)", "Farmers (India)", "Police Forces of India", None)),
        # "IS" needs a neighbouring word: a suicide bomber is one.
        ("On 11 January 2023, an IS suicide bomber struck outside the foreign ministry in Kabul, killing 5 "
         "civilians.", ("Islamic State (Afghanistan)", None, "Civilians (Afghanistan)", None)),
        # The coalition ACLED names, not the state leading it.
        ("On 12 April 2022, Saudi-led coalition airstrikes hit Sanaa airport. No casualties were reported.",
         ("Operation Restoring Hope", None, None, None)),
    ],
)
def test_actors_world_rules_sides(pipeline, text, expected) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.assoc_actor_1, event.actor2, event.assoc_actor_2) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The kind of weapon between the demonym and the weapon: still that state's forces, abroad (inter 8).
        ("Iranian ballistic missiles hit a base near Erbil airport on Tuesday, officials said.",
         ("Military Forces of Iran", 8)),
        ("Russian cruise missiles struck an energy plant near Lviv on Friday.", ("Military Forces of Russia", 8)),
        ("Turkish armed drones struck a PKK hideout near Sinjar on Wednesday.", ("Military Forces of Turkey", 8)),
    ],
)
def test_actors_world_rules_kind_of_weapon_keeps_its_state(pipeline, text, expected) -> None:
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1, event.inter1) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # South Asian copy calls a firefight an "encounter": a clash, even when the forces lost men in it too.
        "Troops killed three militants in an encounter in Kupwara on Friday; one soldier was also killed.",
        "Security forces shot dead 2 rebels in an encounter near Shopian on Monday; 2 policemen were also killed.",
    ],
)
def test_actors_world_rules_encounter_is_a_clash(pipeline, text) -> None:
    assert coded_sub_event_types(pipeline, text) == ["Armed clash"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party's supporters fighting the police or storming a building: a demonstration turned violent.
        ("Awami League supporters clashed with police in Chittagong on Friday.", ["Violent demonstration"]),
        ("PML-N activists stormed the election office in Rawalpindi and set it ablaze after the results.",
         ["Violent demonstration"]),
        # ... also a leader's supporters burning a building ("supporters of" a president is no government).
        ("Supporters of former prime minister Imran Khan set fire to a military building in Lahore on Tuesday.",
         ["Violent demonstration"]),
        ("Supporters of former president Bolsonaro stormed and vandalised the Congress in Brasilia on Sunday.",
         ["Violent demonstration"]),
        # Rival crowds brawling and a mob lynching a man stay mob violence.
        ("Congress supporters clashed with BJP supporters in Indore on Sunday.", ["Mob violence"]),
        ("A mob lynched a suspected cattle thief in Alwar on Sunday.", ["Mob violence"]),
    ],
)
def test_actors_world_rules_supporters_violence_is_a_demonstration(pipeline, text, expected) -> None:
    assert coded_sub_event_types(pipeline, text) == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("supporters of former president Bolsonaro", "Civilians (Brazil)"),
        ("supporters of President Lula", "Civilians (Brazil)"),
        ("officials of the government", "Government of Brazil"),
    ],
)
def test_actors_world_rules_a_leader_s_supporters_are_a_crowd(coder, phrase, name) -> None:
    assert coder.code(phrase, "Brazil").name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 20 September 2023, health workers gathered in front of the Ministry of Health in Buenos Aires to "
        "demand wage increases.",
        "On 15 March 2019, students held a climate strike in front of the parliament in Helsinki.",
        "On 28 April 2021, thousands of workers joined a national strike in Cali.",
    ],
)
def test_actors_world_rules_gathered_or_struck_is_a_protest(pipeline, text) -> None:
    assert coded_sub_event_types(pipeline, text) == ["Peaceful protest"]


@pytest.mark.slow
def test_actors_world_rules_what_a_crowd_protests_is_no_side(pipeline) -> None:
    text = ("On 4 August 2020, dozens of residents protested outside the governor's office in Beirut against the "
            "explosion at the port; police fired tear gas.")
    (article,) = pipeline.process([Article("crowd", text)])
    assert (article.events[0].actor1, article.events[0].actor2) == ("Protesters (Lebanon)", "Police Forces of Lebanon")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The forces firing on the crowd in a clause of their own: excessive force against the protesters.
        ("On 2 October 2019, thousands of protesters took to the streets of Baghdad to denounce corruption; "
         "security forces fired live ammunition, killing 2 protesters.",
         ("Excessive force against protesters", "Protesters (Iraq)", 2)),
        # The crowd's own words end where the police's begin: rioters, not gunmen, and the police's toll.
        ("Protesters burned tyres in Kisumu on Monday and police shot dead two protesters.",
         ("Violent demonstration", "Rioters (Kenya)", 2)),
    ],
)  # fmt: skip
def test_actors_world_rules_forces_firing_on_a_crowd(pipeline, text, expected) -> None:
    (article,) = pipeline.process([Article("crowd", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.fatalities) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country named alone as a party is its government, abroad an external one.
        ("On 29 February 2020, the United States and the Taliban signed a peace agreement in Doha.",
         ("Agreement", "Government of the United States", 8, "Taliban")),
        # The side that took the town is actor1, the side that left actor2.
        ("On 16 October 2022, the Tigray People's Liberation Front withdrew its forces from Shire town (Tigray) "
         "without a fight, and Ethiopian troops entered the town.",
         ("Non-violent transfer of territory", "Military Forces of Ethiopia", 1,
          "TPLF: Tigray Peoples Liberation Front")),
    ],
)  # fmt: skip
def test_actors_world_rules_strategic_parties(pipeline, text, expected) -> None:
    (article,) = pipeline.process([Article("sd", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.inter1, event.actor2) == expected
