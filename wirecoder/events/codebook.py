"""ACLED's event types and sub-event types, and their PLOVER equivalents.

The six types and twenty-five sub-types are ACLED's; the one-line
definitions are ours, paraphrasing the codebook's intent. Each sub-type maps
to the PLOVER event and mode an ACLED event of that kind corresponds to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from wirecoder.model import Event

__all__ = [
    "EVENT_TYPES",
    "PLOVER_EVENTS",
    "SUB_EVENT_TYPES",
    "SubEventType",
    "civilian_targeting",
    "event_type_of",
    "plover_of",
    "with_sub_event_type",
]


@dataclass(frozen=True, slots=True)
class SubEventType:
    """One ACLED sub-event type with its parent type and PLOVER mapping."""

    name: str
    event_type: str
    definition: str
    plover_event: str
    plover_mode: str | None


BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

EVENT_TYPES: tuple[str, ...] = (BATTLES, REMOTE, VAC, PROTESTS, RIOTS, STRATEGIC)

SUB_EVENT_TYPES: tuple[SubEventType, ...] = (
    SubEventType("Armed clash", BATTLES,
                 "Two organised armed sides fight; neither side holds new territory after.",
                 "ASSAULT", "firearms"),
    SubEventType("Government regains territory", BATTLES,
                 "State forces win back an area from a non-state group by fighting.",
                 "ASSAULT", "firearms"),
    SubEventType("Non-state actor overtakes territory", BATTLES,
                 "A non-state armed group takes an area by fighting.",
                 "ASSAULT", "firearms"),
    SubEventType("Chemical weapon", REMOTE,
                 "A chemical agent is used as a weapon.", "ASSAULT", "cbrn"),
    SubEventType("Air/drone strike", REMOTE,
                 "An aircraft or drone strikes a target on the ground.", "ASSAULT", "aerial"),
    SubEventType("Suicide bomb", REMOTE,
                 "An attacker detonates explosives on their person or vehicle.", "ASSAULT", "explosives"),
    SubEventType("Shelling/artillery/missile attack", REMOTE,
                 "Artillery, mortars, rockets or missiles fired from a distance.", "ASSAULT", "explosives"),
    SubEventType("Remote explosive/landmine/IED", REMOTE,
                 "A planted or remotely detonated device: IED, landmine, car bomb.", "ASSAULT", "explosives"),
    SubEventType("Grenade", REMOTE,
                 "A hand grenade or similar thrown explosive.", "ASSAULT", "explosives"),
    SubEventType("Sexual violence", VAC,
                 "Rape or sexual assault used against civilians.", "ASSAULT", "sexual"),
    SubEventType("Attack", VAC,
                 "An armed or organised actor attacks unarmed people.", "ASSAULT", "firearms"),
    SubEventType("Abduction/forced disappearance", VAC,
                 "People are kidnapped, taken hostage or made to disappear.", "ASSAULT", "abduct"),
    SubEventType("Peaceful protest", PROTESTS,
                 "A public demonstration that stays non-violent, without intervention.", "PROTEST", "demonstrate"),
    SubEventType("Protest with intervention", PROTESTS,
                 "A peaceful protest that authorities disperse, arrest or otherwise stop.", "PROTEST", "demonstrate"),
    SubEventType("Excessive force against protesters", PROTESTS,
                 "Lethal or grave force against peaceful protesters.", "PROTEST", "demonstrate"),
    SubEventType("Violent demonstration", RIOTS,
                 "Demonstrators engage in violence or vandalism.", "PROTEST", "riot"),
    SubEventType("Mob violence", RIOTS,
                 "A spontaneous, unorganised crowd uses violence.", "PROTEST", "riot"),
    SubEventType("Agreement", STRATEGIC,
                 "Parties agree a ceasefire, peace deal, prisoner exchange or similar.", "AGREE", None),
    SubEventType("Arrests", STRATEGIC,
                 "Authorities detain people in a politically significant context.", "COERCE", "arrest"),
    SubEventType("Change to group/activity", STRATEGIC,
                 "A group forms, splits, merges, relocates or changes its activity.", "MOBILIZE", None),
    SubEventType("Disrupted weapons use", STRATEGIC,
                 "Weapons or explosives are seized, defused or destroyed before use.", "COERCE", "seize"),
    SubEventType("Headquarters or base established", STRATEGIC,
                 "A group sets up a base or headquarters without fighting.", "MOBILIZE", "troops"),
    SubEventType("Looting/property destruction", STRATEGIC,
                 "Property is looted, burned or destroyed outside other events.", "COERCE", "seize"),
    SubEventType("Non-violent transfer of territory", STRATEGIC,
                 "Territory changes hands without fighting.", "RETREAT", None),
    SubEventType("Other", STRATEGIC,
                 "Another politically significant development.", "MOBILIZE", None),
)

# PLOVER's sixteen event types (current codebook).
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

_BY_NAME = {s.name: s for s in SUB_EVENT_TYPES}


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type a sub-event type belongs to.

    Example:
        >>> event_type_of("Grenade")
        'Explosions/Remote violence'
    """
    try:
        return _BY_NAME[sub_event_type].event_type
    except KeyError:
        raise ValueError(
            f"unknown ACLED sub-event type {sub_event_type!r}; "
            f"expected one of: {', '.join(_BY_NAME)}"
        ) from None


def plover_of(sub_event_type: str) -> tuple[str, str | None]:
    """The PLOVER (event, mode) for an ACLED sub-event type."""
    sub = _BY_NAME[sub_event_type]
    return sub.plover_event, sub.plover_mode


def with_sub_event_type(event: Event, sub_event_type: str) -> Event:
    """``event`` retyped: the sub-event type with its ACLED type and PLOVER codes (the id is kept)."""
    plover_event, plover_mode = plover_of(sub_event_type)
    return replace(
        event,
        sub_event_type=sub_event_type,
        event_type=event_type_of(sub_event_type),
        plover_event=plover_event,
        plover_mode=plover_mode,
    )


# ACLED's "Civilian targeting" marks events whose main target is civilians: every attack on civilians,
# and those remote strikes, mob attacks and uses of force on demonstrators that hit civilians (the
# demonstrators are civilians). A riot against the police or a clash targets no civilians.
_ALWAYS_CIVILIAN = frozenset({VAC, "Excessive force against protesters"})
_CIVILIAN_IF_HIT = frozenset({"Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                              "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "Mob violence"})


def civilian_targeting(event: Event) -> str | None:
    """ACLED's civilian_targeting value for ``event`` as typed and coded: "Civilian targeting" or None."""
    if event.event_type in _ALWAYS_CIVILIAN or event.sub_event_type in _ALWAYS_CIVILIAN:
        return "Civilian targeting"
    if event.sub_event_type in _CIVILIAN_IF_HIT and event.inter2 == 7:
        return "Civilian targeting"
    return None
