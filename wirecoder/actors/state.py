"""Who a country is when it acts: its forces, its government, and whose forces are at home.

"Russian missiles struck", "a US drone strike", "Iraq launched a crackdown", "U.S. officials
said": a country named as the one acting stands for its military (in a military context) or its
government. State forces outside their own country are external forces (inter 8), and an actor's
home country fills the event's country when no place resolves.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wirecoder.actors.countries import forces_name
from wirecoder.model import Actor, Event

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder
    from wirecoder.places import Geoparser

__all__ = [
    "MILITARY_CONTEXT", "STATE_WEAPON", "abroad", "home_country", "state_named_by_country", "verbal_actors",
    "weapon_owner",
]

# Words that make a country named as the one acting its military rather than its government.
MILITARY_CONTEXT = re.compile(
    r"\b(?:military|army|troops|soldiers|crackdown|offensive|operation|air ?strikes?|shell\w*|forces|"
    r"missiles?|rockets?|jets?|warplanes?|fighter planes?|drones?|artillery|aircraft|helicopters?|tanks?|navy|"
    r"gunboats?|positions|outposts?|checkpoints?|bases?|barracks|convoys?|command posts?|"
    r"(?:ammunition|arms|weapons|fuel) depots?|air defen[cs]es?|radars?|airfields?|air ?bases?|warships?|"
    r"(?:glide|guided|aerial|cluster|barrel|thermobaric) bombs?|(?:cluster|loitering) munitions?)\b", re.I
)
# "a Russian airstrike", "Saudi-led coalition jets": the country whose weapon struck ("who").
STATE_WEAPON = re.compile(
    r"\b(?P<who>[A-Z][\w.]*?)(?:-led)?(?: coalition| military| army| air force)?"
    # the kind of weapon may stand between: "Iranian ballistic missiles", "Russian kamikaze drones"
    r"(?: (?:ballistic|cruise|guided|hypersonic|precision|(?:long|short|medium)-range|surface-to-\w+|air-to-\w+|"
    r"anti-\w+|armed|attack|combat|kamikaze|unmanned|heavy))*"
    r" (?:air ?strikes?|airstrikes?|strikes?|"
    r"drone strikes?|drones?|warplanes?|(?:fighter )?jets?|aircraft|helicopters?|gunships?|shelling|artillery|"
    r"missiles?|rockets?|"
    # bombs only of a kind armies drop: "a Russian glide bomb"; "a Somali bomb disposal team" is no weapon
    r"(?:glide|guided|aerial|cluster|barrel|thermobaric) bombs?|cluster munitions?|loitering munitions?|shells)\b"
)


def _country_named_in(text: str, geoparser: Geoparser, qualifier: re.Pattern[str]) -> tuple[str, str] | None:
    """The country ``text`` is, or (when ``qualifier`` matches it) the country a capitalised word of it names."""
    bare = text.strip()
    resolved = geoparser.country(bare) or (geoparser.country(bare[4:]) if bare.lower().startswith("the ") else None)
    if resolved is None and qualifier.search(text):
        words = (m.group(0).strip(",.") for m in _CAPITALISED.finditer(text) if not _CIVILIANS_AFTER.match(text, m.end()))
        resolved = next((r for w in words if (r := geoparser.country(w))), None)
    return resolved


_CAPITALISED = re.compile(r"(?<!\S)[A-Z]\S*")
# "a convoy of Chinese engineers", "a bus carrying Pakistani pilgrims": the demonym is the people's, not
# the convoy's army.
_CIVILIANS_AFTER = re.compile(
    r"\s+(?:civilians?|nationals?|citizens?|engineers?|workers?|labou?rers?|contractors?|employees?|"
    r"technicians?|teachers?|students?|tourists?|pilgrims?|traders?|merchants?|journalists?|doctors?|nurses?|"
    r"aid workers?|fishermen|farmers?|miners?|truck drivers?|drivers?|passengers?|refugees?|migrants?)\b", re.I
)


def state_named_by_country(phrase: str, sentence: str, geoparser: Geoparser) -> Actor | None:
    """"Iraq has launched a crackdown", "Russian missiles struck": a country acting is its forces."""
    # A demonym or country before a weapon or force noun: "Russian missiles", "Saudi jets".
    resolved = _country_named_in(phrase, geoparser, MILITARY_CONTEXT)
    if resolved is None:
        return None
    name = resolved[0]
    if MILITARY_CONTEXT.search(sentence):  # "the United States", as ACLED writes it after "Forces of"
        return Actor(f"Military Forces of {forces_name(name)}", 1, phrase, "country named as the actor, military context")
    return Actor(f"Government of {forces_name(name)}", 1, phrase, "country named as the actor")


def weapon_owner(sentence: str, coder: ActorCoder, country: str | None, geoparser: Geoparser) -> Actor | None:
    """Whose weapon struck: "a Russian airstrike" -> Russia's forces; "Saudi-led coalition airstrikes" -> the
    coalition ACLED names (its alias table knows it), not the state that leads it."""
    weapon = STATE_WEAPON.search(sentence)
    if weapon is None:
        return None
    named = (a for _, _, a in coder.find(weapon.group(0), country)
             if a.inter in {1, 2, 3, 8} and not a.name.startswith("Unidentified"))
    owner = next(named, None) or state_named_by_country(weapon["who"], sentence, geoparser)
    if owner is not None and owner.name.startswith("Government of"):
        # "an Israeli strike killed five": a weapon that struck is the state's forces', whatever else is said
        owner = replace(owner, name=owner.name.replace("Government of", "Military Forces of", 1))
    return owner


_OFFICIALS = re.compile(
    r"\b(?:officials?|government|ministry|minister|president|prime minister|secretary|spokes(?:man|woman|person)|"
    r"ambassador|embassy|foreign office|state department|authorities|envoy)\b", re.I
)


def _government(text: str, geoparser: Geoparser) -> Actor | None:
    """"U.S. officials", "Iran", "the Kenyan foreign ministry": the government of that country."""
    resolved = _country_named_in(text, geoparser, _OFFICIALS)
    return Actor(f"Government of {forces_name(resolved[0])}", 1, text, "a country or its officials") if resolved else None


def verbal_actors(event: Event, country: str | None, sentence: str, coder: ActorCoder,
                   geoparser: Geoparser) -> Event:
    """Source and target of a PLOVER-only event: named as the text names them, no ACLED defaults."""
    coded = []
    for text in (event.agent_text, event.target_text):
        actor = _government(text, geoparser) if text else None
        if actor is None and text:
            actor = coder.code(text, country, context=sentence)
        coded.append(actor)
    (source, target) = coded
    return replace(
        event,
        actor1=source.name if source else None, inter1=source.inter if source else None,
        actor2=target.name if target else None, inter2=target.inter if target else None,
    )


def home_country(actor: Actor, coder: ActorCoder, geoparser: Geoparser) -> str | None:
    """The country an actor belongs to: "Police Forces of Kenya" -> Kenya, "AMISOM" -> Somalia (its
    alias row's first country); None for generic actors and groups of anywhere."""
    if " of " in actor.name and actor.name.startswith(("Military Forces", "Police Forces", "Government")):
        return actor.name.split(" (", 1)[0].split(" of ", 1)[1].removeprefix("the ")
    row = next((r for r in coder.rows if r.name == actor.name and not r.templated), None)
    resolved = geoparser.country(row.countries[0]) if row is not None and row.countries else None
    return resolved[0] if resolved else None


def abroad(actor: Actor | None, country: str | None) -> Actor | None:
    """State forces (or a government) acting outside their own country are external forces (inter 8) in
    ACLED: "Sudan and the SPLM/A signed peace accords in Naivasha", Kenya."""
    if actor is None or country is None or actor.inter != 1:
        return actor
    marker = " Forces of " if " Forces of " in actor.name else "Government of " if actor.name.startswith("Government of ") else None
    if marker is None:
        return actor
    home = actor.name.split(marker, 1)[1].removeprefix("the ")  # "of the Philippines"
    country = country.removeprefix("the ")
    at_home = home == country or home.startswith(country + " ")  # "Military Forces of Yemen Houthi"
    return actor if at_home else replace(actor, inter=8)
