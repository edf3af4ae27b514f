"""Who acts in a strategic development: who arrests, who defuses a bomb, who signs an agreement.

An arrest whose arrester goes unnamed is by the police; a defusal or a seizure by the security forces;
an agreement is between the two parties the sentence names ("the government and the KDP signed",
"a swap of prisoners between the Houthis and government forces").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Event

from .kinds import armed, first_other, outside, state

if TYPE_CHECKING:
    from wirecoder.actors import ActorCoder

__all__ = ["strategic_sides"]

# "were arrested by ...": whoever arrests is named after the verb.
_ARREST_VERB = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:arrested|detained|apprehended|"
                          r"nabbed|rounded up|taken into custody)\b", re.I)
# The two sides of an agreement others brokered: "a swap of prisoners between the Houthis and government forces".
_BETWEEN_PARTIES = re.compile(
    r"\bbetween (?:the )?(?P<a>[\w' -]{2,40}?) and (?:the )?(?P<b>[\w' -]{2,40}?)(?=[,.;]| in | on | at | to | over |$)"
)


# "the Rumangabo military camp": a force's site, not the force taking it.
_SITE_AFTER = re.compile(r"\s+(?:camp|base|post|barracks|checkpoint|outpost|positions?|installation)\b", re.I)
# The subject's own verb is leaving: "withdrew its forces from", "pulled out of".
_LEFT = re.compile(r"\s+(?:\w+\s+)?(?:withdr[ae]w\w*|pull(?:ed|s)?\s+(?:\w+\s+){0,3}?out|retreat\w*|left|abandon\w*)\b",
                   re.I)


def strategic_sides(
    event: Event, sub: str | None, sides: tuple[Actor | None, Actor | None], found: list[tuple[int, int, Actor]],
    taken: set[str], sentence: str, coder: ActorCoder, country: str | None,
    named_state: Callable[[str], Actor | None] | None = None,
) -> tuple[Actor | None, Actor | None]:
    """The actor and the second side of a strategic development of sub-event type ``sub``, given ``sides``
    as the role phrases coded them, the actors ``found`` in the sentence and those ``taken`` already;
    ``named_state`` reads a country named alone as its state."""
    agent, target = sides
    if agent is None:
        if sub == "Arrests":
            # the forces, or a group named as arresting; "charged with militant activities" or "men
            # suspected of being Boko Haram fighters" name the arrested, not who arrests
            held = outside(found, sentence, event.target_text)
            verb = _ARREST_VERB.search(sentence)
            if verb is not None:  # "were arrested by ...": whoever arrests is named after the verb
                held = [f for f in held if f[0] >= verb.end()]
            agent = first_other(held, taken, lambda a: armed(a) and not a.name.startswith("Unidentified")) \
                or state("Police", country)
        elif sub == "Disrupted weapons use":  # defusals and seizures are by the security forces
            agent = first_other(found, taken, armed) or state("Military", country)
        else:
            agent = first_other(found, taken)
    if sub == "Agreement" and " and " in (event.agent_text or ""):
        # "the Iraqi government and the KDP signed an agreement": the parties in the order named; a
        # country named alone is its government ("the United States and the Taliban signed")
        first, _, second = (event.agent_text or "").partition(" and ")
        parties = [coder.code(part, country, context=sentence) or (named_state(part) if named_state else None)
                   for part in (first, second)]
        named = [p for p in parties if p is not None and p.inter != 7]  # organised parties only
        if len(named) == 2 and named[0].name != named[1].name:
            agent, target = named
    between = _BETWEEN_PARTIES.search(sentence) if sub == "Agreement" else None
    if between is not None:
        # "mediators brokered a swap of prisoners between the Houthis and government forces": the parties
        parties = [coder.code(between[side], country, context=sentence) for side in ("a", "b")]
        named = [p for p in parties if p is not None and p.inter != 7]
        if len(named) == 2 and named[0].name != named[1].name:
            agent, target = named
    if sub == "Non-violent transfer of territory" and agent is not None and (target is None or not armed(target)):
        # "Ukrainian forces regained Kherson after Russian forces withdrew": the side that left
        target = first_other(found, taken | {agent.name}, armed) or target
    if sub == "Non-violent transfer of territory" and agent is not None and target is not None and armed(target) \
            and target.text and target.name != agent.name and event.agent_text and event.agent_text in sentence \
            and target.text in sentence and not _SITE_AFTER.match(sentence, sentence.find(target.text) + len(target.text)) \
            and _LEFT.match(sentence, sentence.find(event.agent_text) + len(event.agent_text)):
        # "the TPLF withdrew its forces from Shire, and Ethiopian troops entered": the side the text names
        # taking the town first, the side that left second (a default for the role names no one)
        agent, target = target, agent
    if target is not None and agent is not None and target.name == agent.name:
        target = None  # "the army pulled its troops out of Kidal": one side, told twice
    if sub == "Agreement" and target is None and agent is not None:
        target = first_other(found, {agent.name}, lambda a: a.inter != 7)  # "the government and SRF rebels"
    return agent, target
