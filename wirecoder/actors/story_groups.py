"""What a story's general words for a side mean: the one armed group the story is about ("the insurgents"),
the group a description points back to ("the paramilitary force"), the unit behind "security forces".

Example:
    >>> story_group(article, insurgents, ActorCoder.load(), "Nigeria").name  # doctest: +SKIP
    'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wirecoder.model import Actor, Article, Event
from wirecoder.sentences import is_story

from .cues import is_source
from .kinds import armed, state_forces
from .phrases import CLASH_WORDS
from .theatres import theatre_group

if TYPE_CHECKING:
    from .coder import ActorCoder

__all__ = ["described", "sides_after", "story_group", "unit_after"]

# Words for a conflict's fighters that, left unnamed, mean the group the story is about.
# ("the paramilitary force", "members of the gang", "militiamen": the paramilitary, gang or militia it names)
_INSURGENTS = re.compile(
    r"\b(?:militants?|insurgents?|separatists?|secessionists?|guerrill?as?|jihadists?|jihadis|islamists?|extremists?|rebels?|fighters?|terrorists?|"
    r"paramilitar(?:y|ies)|gangs?|militias?|militiam[ae]n)\b", re.I
)


def story_group(
    article: Article, actor: Actor | None, coder: ActorCoder, country: str | None,
    memo: dict[str, Actor | None] | None = None, admin1: str | None = None,
) -> Actor | None:
    """The one armed group the article names, for "militants" or "insurgents" it leaves unnamed.

    "Troops killed 17 insurgents near Bama" in a story about Boko Haram codes Boko Haram; a story
    naming two groups as often leaves the insurgents unidentified, and one naming none leaves them to the
    insurgency of the event's region (``admin1``), if it has one. ``memo`` (one dict per article)
    keeps the answer, so the article is read once however many events ask.
    """
    if actor is None or not actor.name.startswith(("Unidentified Armed Group", "Unidentified Gang")) \
            or not _INSURGENTS.search(actor.text):
        return None
    memo = {} if memo is None else memo
    key = f"story_group:{country}"
    if key not in memo:
        armed = {row.name.split(" (", 1)[0] for row in coder.rows if row.kind == "armed"}
        named = [a for a in coder.armed_groups(article.text, country) if a.name.split(" (", 1)[0] in armed]
        memo[key] = _dominant(named)
        if not named:
            memo[f"{key}:none named"] = None  # its presence says the story names no group
    if memo[key] is None and f"{key}:none named" in memo:
        return theatre_group(coder.rows, country, admin1, actor.text)
    return memo[key]


# "the paramilitary force", "the separatist group": a definite description of a group, by the word the story
# introduced it with ("the paramilitary Rapid Support Forces", "the BLA, a separatist group").
_DESCRIBED = re.compile(
    r"^(?:the|this)\s+(?P<word>[a-z][\w-]+)\s+(?:force|forces|group|movement|militia|organi[sz]ation|outfit|faction)$"
)
_INTRODUCED_AFTER = 60  # characters after the describing word in which the group is named
_INTRODUCED_BEFORE = re.compile(r",\s+(?:a|an|the)\s+$")  # "the BLA, a separatist group"


def described(
    article: Article, event: Event, phrase: str | None, coder: ActorCoder, country: str | None,
    accept: Callable[[Actor], bool],
) -> Actor | None:
    """The group ``phrase`` describes ("the paramilitary force"), as the story named it with that word before
    the event ("fighters loyal to the paramilitary Rapid Support Forces"), or None."""
    match = _DESCRIBED.match((phrase or "").strip())
    if match is None:
        return None
    word = re.compile(rf"\b{re.escape(match['word'])}\b", re.I)
    text = article.text[: event.evidence_start]
    for hit in reversed(list(word.finditer(text))):
        after = [a for s, _, a in coder.find(text[hit.end() : hit.end() + _INTRODUCED_AFTER], country) if s <= 1]
        before = text[max(0, hit.start() - 80) : hit.start()]
        named = after or ([a for _, e, a in coder.find(before, country) if _INTRODUCED_BEFORE.fullmatch(before[e:])]
                          if _INTRODUCED_BEFORE.search(before) else [])
        found = next((a for a in named if accept(a)), None)
        if found is not None:
            return found
    return None


def _dominant(named: list[Actor]) -> Actor | None:
    """The group a story is about: the only one it names, or the one it names more often than any other
    ("the ADF" told twice beside "the Islamic State group" it pledged allegiance to, M23 beside the Wazalendo
    militias that fought it once)."""
    counts: dict[str, int] = {}
    for actor in named:
        counts[actor.name] = counts.get(actor.name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    top = max(counts, key=lambda name: counts[name])
    return next(a for a in named if a.name == top)


# State forces told only in general, whose units a story names in its next sentence: "killed in an encounter
# with security forces. The gunfight broke out when a joint team of the DRG and the CRPF ..."
_GENERIC_FORCES = re.compile(
    r"^(?:the\s+)?(?:security|government|state|joint|combined)\s+(?:forces|personnel|agencies)$|^(?:the\s+)?forces$", re.I
)


def unit_after(article: Article, event: Event, agent: Actor, coder: ActorCoder, country: str | None) -> Actor | None:
    """The state's force a story's next sentence names, for a side the evidence called "security forces" only."""
    if not state_forces(agent) or not _GENERIC_FORCES.match((agent.text or "").strip()) or not is_story(article):
        return None
    following = [s for s in article.sentences if s.start >= event.evidence_end][:1]
    for sentence in following:
        text = sentence.text
        return next((a for s, e, a in coder.find(text, country)
                     if state_forces(a) and a.inter == agent.inter and not _GENERIC_FORCES.match((a.text or "").strip())
                     and not is_source(text, s, e)), None)
    return None


# A fight the lede tells without its sides ("Heavy fighting broke out in Bentiu"), whose sides a following sentence
# names: "The clashes pitted government soldiers against fighters of the SPLA-IO", "M23 rebels attacked positions
# held by Wazalendo militias". Not past a sentence telling another event.
_FIGHT = re.compile(rf"{CLASH_WORDS.pattern}|\bpitted\b|\battack\w*\b|\bambush\w*\b", re.I)
_OTHER_EVENT = re.compile(r"\b(?:separately|elsewhere|meanwhile|in another|earlier|last (?:week|month|year)|previous|"
                          r"since)\b", re.I)
_SIDES_WINDOW = 3  # sentences after the evidence


def sides_after(article: Article, event: Event, coder: ActorCoder, country: str | None) -> tuple[Actor, Actor] | None:
    """The two armed sides a story's next sentences name for a fight its evidence left unnamed, in their order."""
    if not is_story(article):
        return None
    for sentence in [s for s in article.sentences if s.start >= event.evidence_end][:_SIDES_WINDOW]:
        if _OTHER_EVENT.search(sentence.text):
            return None
        if not _FIGHT.search(sentence.text):
            continue
        named: list[Actor] = []
        for start, end, actor in coder.find(sentence.text, country):
            # ("Police said the attackers were members of the NPA": the police tell, they did not fight)
            if armed(actor) and not actor.name.startswith("Unidentified") and actor.name not in {a.name for a in named} \
                    and not is_source(sentence.text, start, end):
                named.append(actor)
        if len(named) >= 2:
            return named[0], named[1]
    return None
