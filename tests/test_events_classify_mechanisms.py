"""Sub-event types decided by the mechanism a sentence tells: a crowd punishing suspects of a crime, both sides
shelling in a named fight, state forces beating demonstrators, a town taken with no fight, and the next
sentence of a paragraph that opens a scene of its own (no elaboration of the event before it)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A crowd punishing suspects of a crime, named by the crime.
        ("Residents of Acatlan (Puebla) beat and burned two men suspected of child abduction on 29 August 2018.",
         "Mob violence"),
        ("Villagers in Cajamarca beat to death a man they accused of stealing cattle on 18 June 2019.",
         "Mob violence"),
        ("Gunmen killed a man suspected of theft in Zamfara.", "Attack"),
        # Both sides firing in a fight that is named: a clash; shelling that kills during fighting: shelling.
        ("Fighting between the army and the RSF raged in El Fasher on Friday, with both sides shelling each "
         "other's positions; at least 12 fighters died.", "Armed clash"),
        ("Two civilians were killed by shelling as fighting continued in Bakhmut.",
         "Shelling/artillery/missile attack"),
        # State forces beating a peaceful crowd: force against the protest, not a mob.
        ("Gendarmes beat peaceful demonstrators with batons in Conakry on Tuesday.",
         "Excessive force against protesters"),
        # Towns taken with no fight, or by forces by name.
        ("The Taliban entered Mazar-i-Sharif (Balkh) on 14 August 2021 without a fight after government "
         "commanders fled the city.", "Non-violent transfer of territory"),
        ("Russian forces took Vuhledar (Donetsk) on 1 October 2024 after a two-year assault.",
         "Non-state actor overtakes territory"),
        # Troops moving into a town the other side left: ground handed over, not a deployment.
        ("Government troops moved into Kidal after the rebels pulled out.", "Non-violent transfer of territory"),
        ("Ugandan troops moved into Bunia on Monday.", "Change to group/activity"),
        # A gas used on someone is a chemical weapon used.
        ("Government forces used sarin against opposition-held Ghouta.", "Chemical weapon"),
        # Demonstrators using explosives turn the demonstration violent.
        ("Protesting miners threw an explosive device at police in La Paz.", "Violent demonstration"),
        # A wire dateline left in the text is no side: the forces shot the protesters.
        ("KHARTOUM, Jan 17 (Reuters) - Sudanese security forces shot dead seven protesters in Khartoum on "
         "Monday, medics said.", "Excessive force against protesters"),
        # Aircraft pounding villages strike from the air.
        ("Russian jets pounded villages around Kafr Nabl (Idleb) on 3 June 2019, killing 9 civilians.",
         "Air/drone strike"),
    ],
)
def test_events_classify_mechanisms(pipeline, text, sub_event_type):
    (article,) = pipeline.process([Article("a", text)])
    assert article.events[0].sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "evidence_start", "sub_event_type"),
    [
        # "In Kobo, ..." opens another scene: its looting does not make the shooting in Woldia a riot.
        ("In Woldia, soldiers shot dead four demonstrators on Tuesday. In Kobo, a crowd ransacked a government "
         "office during the protest.", "In Woldia", "Excessive force against protesters"),
        # "On Monday, ..." opens another day: the fighting then is no part of Sunday's attack on villagers.
        ("Jihadists killed 14 civilians in an attack on the village of Diallassagou on Sunday, June 19, 2022. "
         "On Monday, soldiers engaged the jihadists near Bankass.", "Jihadists", "Attack"),
        # Without a new scene the next sentence still tells more of the same event.
        ("Hundreds of traders marched in Mzuzu. They burned tyres and blocked the road.", "Hundreds",
         "Violent demonstration"),
    ],
)
def test_events_elaboration_stops_at_a_new_scene(pipeline, text, evidence_start, sub_event_type):
    (article,) = pipeline.process([Article("a", text)])
    (event,) = [e for e in article.events if e.evidence[0].text.startswith(evidence_start)]
    assert event.sub_event_type == sub_event_type
