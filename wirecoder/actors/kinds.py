"""What kind of actor a coded actor is, and the stand-ins ACLED uses for roles a text leaves unnamed.

The sides of an event are chosen by kind: armed and organised (state forces, rebels, militias,
external forces), a named group, a state's own forces, a crowd, a party's supporters. Where no one
is named, ACLED's defaults stand in: "Unidentified Armed Group (Country)", "Civilians (Country)",
"Police Forces of Country".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Event

from .countries import army_country, forces_name
from .cues import communal_militia
from .phrases import CROWD, KIN_GROUP
from .sides import ARMED_INTERS

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder

__all__ = [
    "armed", "communal", "community", "crowd", "first_other", "generic", "held_responsible", "named_group", "non_state",
    "outside", "party", "party_names", "same_actor", "state", "state_forces", "with_country",
]

# "Gangs of youths raided houses": a gang is organised, an armed group rather than a crowd (ACLED).
_GANG = re.compile(r"\bgangs?\b", re.I)


def generic(name: str, inter: int, country: str | None, text: str = "") -> Actor:
    """ACLED's stand-in actor for a role: "Civilians (Kenya)", "Unidentified Armed Group (Mali)"."""
    label = f"{name} ({country})" if country else name
    return Actor(label, inter, text, "ACLED default for the role")


def state(kind: str, country: str | None) -> Actor:
    """The country's "Police" or "Military" forces: "Police Forces of the Philippines"."""
    home = army_country(country) if country and kind == "Military" else country
    name = f"{kind} Forces of {forces_name(home)}" if home else f"{kind} Forces"
    return Actor(name, 1, "", "ACLED default for the role")


def community(militia: str) -> str:
    """"Pokot Ethnic Militia (Kenya)" -> "Pokot Ethnic Group (Kenya)": the people, not its fighters."""
    for fighters, people in (("Ethnic Militia", "Ethnic Group"), ("Clan Militia", "Clan Group"),
                             ("Tribal Militia", "Tribal Group"), ("Communal Militia", "Communal Group")):
        militia = militia.replace(fighters, people)
    return militia


def with_country(actor: Actor | None, country: str | None) -> Actor | None:
    """Generic actors found without context ("Police Forces") get the event's country."""
    if actor is None or country is None:
        return actor
    if actor.name in {"Police Forces", "Military Forces"}:
        return replace(actor, name=f"{actor.name} of {forces_name(country)}")
    if actor.name in {"Unidentified Armed Group", "Civilians", "Protesters", "Rioters"}:
        return replace(actor, name=f"{actor.name} ({country})")
    return actor


def communal(actor: Actor | None, sentence: str, country: str | None) -> Actor | None:
    """An unidentified armed group in a cattle raid or a clan feud as ACLED's communal militia."""
    if actor is None or not actor.name.startswith("Unidentified Armed Group"):
        return actor
    militia = communal_militia(sentence, country)
    return generic(militia, 4, country, actor.text) if militia else actor


def same_actor(a: str, b: str) -> bool:
    """Whether two coded names are one actor: "Police Forces of Kenya (2013-)" is "Police Forces",
    but "Military Forces of Yemen Houthi" is not "Military Forces of Yemen", nor Kenya's Somalia's."""
    a, b = a.split(" (", 1)[0], b.split(" (", 1)[0]
    head_a, _, rest_a = a.partition(" of ")
    head_b, _, rest_b = b.partition(" of ")
    return head_a == head_b and (not rest_a or not rest_b or rest_a == rest_b)


def first_other(
    found: list[tuple[int, int, Actor]], exclude: set[str], accept: Callable[[Actor], bool] = lambda _: True
) -> Actor | None:
    """The first actor of the sentence that ``accept`` takes and that is not one of ``exclude``."""
    return next(
        (a for _, _, a in found if accept(a) and not any(same_actor(a.name, name) for name in exclude)), None
    )


def outside(found: list[tuple[int, int, Actor]], sentence: str, phrase: str | None) -> list[tuple[int, int, Actor]]:
    """The actors of the sentence not named inside ``phrase`` (a role phrase of the sentence)."""
    start = sentence.find(phrase) if phrase else -1
    if start < 0:
        return found
    end = start + len(phrase or "")
    return [f for f in found if not (start <= f[0] and f[1] <= end)]


def armed(actor: Actor) -> bool:
    return actor.inter in ARMED_INTERS


def non_state(actor: Actor) -> bool:
    """An armed actor that is not a state's forces."""
    return actor.inter in {2, 3, 4}


def named_group(actor: Actor) -> bool:
    """A named armed group (not a generic or state actor)."""
    return actor.inter in {2, 3, 4} and not actor.name.startswith("Unidentified")


def held_responsible(actor: Actor) -> bool:
    """A side a claim or an attribution may name: a named armed group, or external forces ("Sources
    attributed the blast to Russian forces", in Ukraine). A state's own forces are left out: "Police
    suspect Al Shabaab" names the police as the ones who suspect."""
    return named_group(actor) or (actor.inter == 8 and armed(actor) and not actor.name.startswith("Unidentified"))


def state_forces(actor: Actor) -> bool:
    return armed(actor) and actor.name.startswith(("Police Forces", "Military Forces"))


def party(agent: Actor | None, assoc: tuple[str, ...], coder: ActorCoder) -> Actor | None:
    """The political party whose supporters the agent is ("ODM supporters"), as ACLED's militia actor."""
    if agent is None or agent.inter not in {5, 6}:
        return None
    name = next((a for a in assoc if a in party_names(coder)), None)
    return Actor(name, 3, agent.text, "party supporters attacking") if name else None


def party_names(coder: ActorCoder) -> frozenset[str]:
    """The names of the alias table's political parties."""
    return frozenset(row.name for row in coder.rows if row.kind == "party")


def crowd(agent: Actor | None, event: Event) -> bool:
    """Whether the agent is an unorganised crowd: rioters, or youths, residents, supporters named no better."""
    return agent is not None and (agent.inter in {5, 6} or (
        bool(CROWD.search(event.agent_text or "")) and agent.inter != 4
        and (agent.inter == 7 or agent.name.startswith("Unidentified"))
        and not KIN_GROUP.search(event.agent_text or "") and not _GANG.search(event.agent_text or "")
    ))
