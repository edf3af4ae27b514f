"""Rare sub-event types told worldwide, through the whole pipeline: notes and wire copy written for these
tests, each text giving exactly these sub-event types (h82, session 16)."""

import pytest

from world_support import coded_sub_event_types

pytestmark = pytest.mark.slow

CASES = [
    # A chemical agent is what the weapon carried, wherever the sentence puts it.
    pytest.param(
        "On 8 March 2016, Islamic State fighters fired rockets loaded with mustard agent at Taza (Kirkuk), "
        "injuring dozens of residents.",
        ["Chemical weapon"], id="irq_mustard_rockets",
    ),
    pytest.param(
        "On 16 January 2024, Russian troops dropped grenades containing chloropicrin on Ukrainian positions near "
        "Avdiivka (Donetsk).",
        ["Chemical weapon"], id="ukr_chloropicrin_grenades",
    ),
    pytest.param(
        "On 21 December 2023, Russian forces dropped tear gas grenades from a drone on Ukrainian positions near "
        "Robotyne (Zaporizhia), forcing soldiers out of their trenches.",
        ["Chemical weapon"], id="ukr_tear_gas_on_positions",
    ),
    pytest.param(  # shells with no agent named stay shelling
        "On 3 March 2023, Russian troops fired shells at Ukrainian trenches near Bakhmut (Donetsk).",
        ["Shelling/artillery/missile attack"], id="ukr_plain_shells",
    ),
    # A truce meant to end a cycle of raids is an agreement; the cycle is its setting.
    pytest.param(
        "On 2 March 2022, Dinka and Nuer youth leaders signed a peace pact in Bor (Jonglei) ending a cycle of "
        "cattle raids.",
        ["Agreement"], id="ssd_pact_ending_cycle",
    ),
    pytest.param(  # a cycle of raids told on its own is no event
        "Bor (Jonglei) has seen a cycle of cattle raids in recent years.",
        [], id="ssd_cycle_alone",
    ),
    # Weapons the same forces found in the arrest they just told are the arrest's.
    pytest.param(
        "On 14 November 2019, police arrested a county governor in raids on his homes in Migori. Officers "
        "recovered two grenades and a pistol in the houses.",
        ["Arrests"], id="ken_arrest_then_grenades",
    ),
    # Wanted men captured by the state's forces, with no fight: arrests, not ground taken.
    pytest.param(
        "On 14 September 2022, Mexican soldiers captured a local leader of the Jalisco New Generation Cartel "
        "(CJNG) without a shot being fired in Uruapan (Michoacan).",
        ["Arrests"], id="mex_capture_leader",
    ),
    # A crowd burning suspected gang members is mob violence.
    pytest.param(
        "On 24 April 2023, residents in Port-au-Prince stopped a minibus, dragged out 13 suspected gang members "
        "and burned them to death.",
        ["Mob violence"], id="hti_bwa_kale",
    ),
    # Houses looted and torched, no one hurt: property destruction.
    pytest.param(
        "On 16 June 2023, Rapid Support Forces fighters looted the central market and torched houses in Geneina "
        "(West Darfur). No fatalities were reported.",
        ["Looting/property destruction"], id="sdn_looted_and_torched",
    ),
    # A camp dismantled with no weapons told: Other.
    pytest.param(
        "On 14 February 2023, Pakistani troops dismantled an abandoned TTP hideout near Mir Ali (Khyber "
        "Pakhtunkhwa). No militants were found.",
        ["Other"], id="pak_hideout_dismantled",
    ),
    # The arrests told in the next paragraph of a demonstration are the forces' intervention in it.
    pytest.param(
        "SANTIAGO (Reuters) - Chilean police fired tear gas and water cannon at thousands of students marching "
        "in Santiago on Thursday to demand free education.\n\nPolice detained 45 people, the interior ministry "
        "said. There were no reports of injuries.",
        ["Protest with intervention"], id="chl_students_detained",
    ),
    # Protesters killed by live ammunition: the forces' violence, told again, not a mob.
    pytest.param(
        "KHARTOUM (Reuters) - Sudanese security forces shot dead seven protesters in Khartoum on Thursday as tens "
        "of thousands marched against military rule, medics said.\n\nThe Central Committee of Sudan Doctors said "
        "the protesters were killed by live ammunition.",
        ["Excessive force against protesters"], id="sdn_live_ammunition",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CASES)
def test_events_world_rare_kinds_are_coded(pipeline, text, sub_event_types):
    assert coded_sub_event_types(pipeline, text) == sub_event_types
