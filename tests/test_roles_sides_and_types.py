"""Sides and types that depend on who acted: joint operations led by the host state's forces, foreign
allies retaking ground, vigilantes fighting armed men, abductions by faceless men, a crowd's grievance
clause, a side's own dead named after a clash (ACLED's conventions)."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


def _first(pipeline, text: str):
    [article] = pipeline.run([Article(id="t", text=text, origin="test")])
    assert article.events, text
    return article.events[0]


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "assoc1", "actor2"),
    [
        # the host state's forces lead an operation on their own ground; the foreign troops are associated
        ("On 9 June 2021, Rwandan troops and Mozambican forces recaptured the town of Awasse (Cabo Delgado) "
         "from insurgents.", "Government regains territory", "Military Forces of Mozambique",
         "Military Forces of Rwanda", "Islamic State (Mozambique)"),
        ("On 2 May 2023, Chadian troops and the Nigerian army retook Dikwa (Borno) from ISWAP fighters after "
         "heavy fighting.", "Government regains territory", "Military Forces of Nigeria",
         "Military Forces of Chad", "Islamic State West Africa Province"),
        # a foreign ally alone retaking ground from a non-state group regains it for the government
        ("On 4 August 2021, Rwandan troops recaptured the town of Mbau (Cabo Delgado) from insurgents.",
         "Government regains territory", "Military Forces of Rwanda", None, None),
        # a foreign state taking ground from the host state's forces overtakes it
        ("On 20 May 2023, Russian forces captured the town of Bakhmut (Donetsk) after months of fighting "
         "with Ukrainian troops.", "Non-state actor overtakes territory", "Military Forces of Russia", None,
         "Military Forces of Ukraine"),
    ],
)
def test_roles_joint_operations_and_territory(pipeline, text, sub, actor1, assoc1, actor2) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1) == (sub, actor1)
    if assoc1:
        assert event.assoc_actor_1 == assoc1
    if actor2:
        assert event.actor2 == actor2


def test_roles_two_states_fighting_each_other_stay_apart(pipeline) -> None:
    event = _first(pipeline, "Russian and Ukrainian forces exchanged fire near Vuhledar (Donetsk) on 3 March 2023.")
    assert (event.actor1, event.actor2, event.assoc_actor_1) == ("Military Forces of Russia", "Military Forces of Ukraine", None)


@pytest.mark.parametrize(
    ("text", "event_type", "actor1", "inter1"),
    [
        ("On 12 July 2022, a vigilante group clashed with bandits in Tsafe (Zamfara), killing three bandits.",
         "Battles", "Vigilante Group (Nigeria)", 4),
        ("On 5 April 2021, local vigilantes exchanged fire with kidnappers near Ilesa (Osun); two kidnappers died.",
         "Battles", "Vigilante Group (Nigeria)", 4),
        # vigilantes lynching a suspect are a mob: mob justice
        ("On 8 March 2023, vigilantes lynched a suspected kidnapper after a shootout with police in Kano.",
         "Riots", "Rioters (Nigeria)", 5),
    ],
)
def test_roles_vigilantes_fighting_armed_men_are_a_militia(pipeline, text, event_type, actor1, inter1) -> None:
    event = _first(pipeline, text)
    assert (event.event_type, event.actor1, event.inter1) == (event_type, actor1, inter1)


@pytest.mark.parametrize(
    ("text", "sub", "actor1"),
    [
        ("On 3 May 2022, men in plain clothes seized two activists from their office in Khartoum.",
         "Abduction/forced disappearance", "Unidentified Armed Group (Sudan)"),
        ("On 19 August 2020, three men abducted a pharmacist in Kaduna.", "Abduction/forced disappearance",
         "Unidentified Armed Group (Nigeria)"),
        # a mob that seizes and beats a suspect stays a mob
        ("On 2 June 2021, a mob abducted and beat a suspected thief in Kisumu.", "Mob violence", "Rioters (Kenya)"),
    ],
)
def test_roles_abduction_is_an_armed_groups_act(pipeline, text, sub, actor1) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1) == (sub, actor1)


@pytest.mark.parametrize(
    ("text", "sub", "actor1"),
    [
        # what set the crowd off is no weapon of theirs
        ("On 28 June 2023, rioters set cars on fire in Lyon after a teenager was shot by police.",
         "Violent demonstration", "Rioters (France)"),
        ("On 5 June 2021, rioters torched two buses in Recife after a police shooting.",
         "Violent demonstration", "Rioters (Brazil)"),
        # men who shoot before the clause are still gunmen
        ("On 9 May 2022, two men on a motorbike shot dead a trader in Kisumu after an argument.", "Attack",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_roles_grievance_clause_is_not_the_crowds_weapon(pipeline, text, sub, actor1) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1) == (sub, actor1)


def test_roles_own_dead_named_after_a_clash_leave_the_other_side(pipeline) -> None:
    event = _first(pipeline, "On 4 May 2019, Koglweogo members fought armed bandits near Barsalogho "
                             "(Centre-Nord); one Koglweogo member died.")
    assert (event.actor1, event.actor2) == ("Koglweogo Militia", "Unidentified Armed Group (Burkina Faso)")


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        # a prison attacked is held by its guards
        ("On 2 August 2023, gunmen attacked the central prison in Koutiala (Sikasso) and freed 30 inmates.",
         "Armed clash", "Unidentified Armed Group (Mali)", "Police Forces of Mali Prison Guards"),
        # ... but the forces raiding a jail are no attack on its guards
        ("On 4 April 2022, police raided a jail in Kisumu and arrested three warders.", "Arrests",
         "Police Forces of Kenya", None),
        # peacekeepers a crowd turns on are the riot's target
        ("On 26 July 2022, a crowd of protesters stormed and set fire to a MONUSCO base in Butembo.",
         "Violent demonstration", "Rioters (Democratic Republic of Congo)",
         "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
        # the government whose official was aimed at is the target's, never the attacker
        ("On 6 November 2021, a drone attack targeted the Interior Minister's residence in Baghdad.",
         "Air/drone strike", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ],
)
def test_roles_targets_held_by_guards_peacekeepers_officials(pipeline, text, sub, actor1, actor2) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == (sub, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "actor1", "assoc1", "actor2"),
    [
        # two states' forces named together fight each other only when the sentence says so
        ("On 12 September 2022, Armenian and Azerbaijani forces exchanged fire near Jermuk.",
         "Military Forces of Armenia", None, "Military Forces of Azerbaijan"),
        ("On 18 May 2021, Indian and Pakistani troops traded fire across the Line of Control in Poonch.",
         "Military Forces of India", None, "Military Forces of Pakistan"),
        # ... otherwise they are allies, the host state's forces leading
        ("On 14 January 2021, Ethiopian and Eritrean troops attacked Tigrayan forces near Adigrat.",
         "Military Forces of Ethiopia", "Military Forces of Eritrea", "TPLF: Tigray Peoples Liberation Front"),
    ],
)
def test_roles_two_states_named_together(pipeline, text, actor1, assoc1, actor2) -> None:
    event = _first(pipeline, text)
    assert (event.actor1, event.assoc_actor_1, event.actor2) == (actor1, assoc1, actor2)


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "assoc1", "actor2"),
    [
        # any forces entering a town the other side left take it over without a fight
        ("On 1 March 2024, Russian forces entered Lastochkyne after Ukrainian troops withdrew.",
         "Non-violent transfer of territory", "Military Forces of Russia", None, "Military Forces of Ukraine"),
        # a side is never its own associate
        ("On 5 November 2022, the Ethiopian government and the TPLF signed a ceasefire agreement in Mekelle.",
         "Agreement", "Government of Ethiopia", None, "TPLF: Tigray Peoples Liberation Front"),
    ],
)
def test_roles_transfers_and_own_associates(pipeline, text, sub, actor1, assoc1, actor2) -> None:
    event = _first(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.assoc_actor_1, event.actor2) == (sub, actor1, assoc1, actor2)
