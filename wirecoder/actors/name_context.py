"""Whether a group's name, matched in a sentence, stands for the group there.

A match is not always the group: "a pro-Taliban cleric" and "an Islamic State-linked group" only name
it; a one- or two-letter acronym ("IS", "KH") or another country's ("AP") needs a neighbour that makes
it a group ("IS militants", "claimed by KH"); a bare community name ("Pokot") is a militia only in a
raid or next to another group, not in "West Pokot county".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .countries import Country
from .matcher import Meaning, Tag
from .names import Mention, Scene
from .tokens import Token, next_key, prev_key

__all__ = [
    "absorb_affiliated", "absorb_contingents", "absorb_said_to_be", "context_rows", "is_identity", "lone_identity_ok", "names_group", "of_country",
    "sponsor", "stance",
]


# "an Islamic State-linked group", "the Houthi-run Saba news agency": something the group is tied to or
# runs, not the group.
_AFFILIATED = re.compile(
    r"-?(?:linked|affiliated|allied|backed|aligned|inspired|leaning|sympathi[sz]ing|run|controlled|owned)\b", re.I
)


# Fighters named by the group they are tied to: "JNIM-affiliated militants", "IS-linked insurgents".
_AFFILIATED_FIGHTERS = re.compile(
    r"-(?:linked|affiliated|aligned)\s+(?:militants|fighters|insurgents|jihadists|gunmen|rebels|militiamen|"
    r"assailants|attackers)\b", re.I
)


def _lone_affiliate(tag: Tag, meaning: Meaning, tags: Sequence[Tag], scene: Scene) -> bool:
    """Whether "X-linked militants" are X's own: an "Islamic State-linked group" is not IS when the sentence
    names the group itself ("IS-linked ADF rebels") or points back to it ("the al Qaeda-linked group"), but
    fighters only said to be tied to X, with no other group named, are X's to ACLED ("JNIM-affiliated
    militants attacked Solhan")."""
    if not _AFFILIATED_FIGHTERS.match(scene.text, tag.end):
        return False
    if re.search(r"\b(?:the|these|those)\s+$", scene.text[max(0, tag.start - 8) : tag.start], re.I):
        return False
    others = {m.row.name for t in tags if t is not tag for m in t.meanings
              if m.kind == "row" and m.row and m.row.kind != "identity"}
    return not others - {meaning.row.name if meaning.row else ""}


def absorb_affiliated(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (of one sentence, in order) with "JNIM-affiliated militants" one mention of the group: the
    fighters after the group's name are its own, no second, unidentified side."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        tied = _AFFILIATED_FIGHTERS.match(text, previous.end) if previous is not None else None
        if previous is not None and previous.kind == "named" and tied is not None and mention.kind == "generic" \
                and mention.start >= previous.end and mention.end == tied.end():
            out[-1] = replace(previous, end=mention.end)
            continue
        out.append(mention)
    return out


# Who a described side is said to be, between the description and the name: "armed men believed to be
# separatists", "gunmen suspected to be members of the gang", "assailants, identified as bandits".
_SAID_TO_BE = re.compile(
    r"(?:\s*,?\s*|\b)(?:(?:who|that)\s+(?:are|were|was|is)\s+|(?:are|were|was|is)\s+)?(?P<hedge>(?:believed|suspected|thought|"
    r"said|understood|presumed|alleged|reported)\s+to\s+(?:be|have\s+been)|identified\s+as)\s+(?:[\w'-]+\s+){0,3}$", re.I
)


# People told only as people ("men", "individuals"): armed men when said to be an armed group's.
_PEOPLE = re.compile(r"\b(?:men|people|persons|individuals|youths)\b(?:\s+\w+)?$", re.I)


def _group_of_people(text: str, people: Mention, group: Mention) -> bool:
    """Whether ``people`` are said to be ``group``, a named armed group ("men believed to be Taliban",
    "individuals suspected to be ADF rebels"): they are its men, no crowd or civilians of their own."""
    return group.kind == "named" and group.actor.inter in {2, 3, 4} \
        and _PEOPLE.search(text, people.start, people.end) is not None


def absorb_said_to_be(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (of one sentence, in order) with unidentified armed men ("armed men") and the group they are
    said to be ("believed to be separatists") one mention of the latter: the description is no second side.

    Only armed men are described so, or people said to be a named armed group's ("men believed to be
    Taliban"): "a man believed to be one of the attackers" is still the man killed, and
    "gunmen suspected to be police agents" stay unidentified (ACLED codes no state's forces on a suspicion);
    armed men said to be other armed men ("Somali pirates") keep the event country's name.
    """
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        said = _SAID_TO_BE.search(text, previous.start, mention.start) if previous is not None else None
        # (the hedge right after the armed men, or ending their phrase: "Gunmen suspected | to be members of")
        if previous is not None and said is not None and said.start() <= previous.end <= said.end("hedge") \
                and previous.kind == "generic" and mention.kind != "state" and mention.start >= previous.end \
                and (previous.actor.inter == 3 or _group_of_people(text, previous, mention)):
            if mention.actor.name.startswith("Unidentified") and previous.actor.name.startswith("Unidentified"):
                mention = replace(mention, actor=replace(mention.actor, name=previous.actor.name))
            out[-1] = replace(mention, start=previous.start)
            continue
        out.append(mention)
    return out


# A state's troops told as a mission's: "Ethiopian troops serving with AMISOM", "Pakistani peacekeepers, part
# of MONUSCO,".
_SERVING_WITH = re.compile(
    r"\s*,?\s*(?:(?:who\s+(?:are|were)\s+)?(?:serving|deployed|operating)\s+(?:with|in|under|for)|"
    r"(?:as\s+)?part\s+of|under)\s+(?:the\s+)?$", re.I
)


def absorb_contingents(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a state's forces that serve in a mission ("Ethiopian troops serving with AMISOM") one
    mention of the mission: ACLED codes a contingent as its mission (the state is its associated actor)."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and previous.kind == "state" and mention.kind == "named" \
                and mention.actor.inter == 8 and mention.start >= previous.end \
                and _SERVING_WITH.fullmatch(text, previous.end, mention.start):
            out[-1] = replace(mention, start=previous.start)
            continue
        out.append(mention)
    return out


# A group named as a stance: "a pro-Taliban cleric", "anti-Houthi tribesmen", "an anti-BJP march". The people
# opposing a group are never it; those for it are it only as its fighters ("pro-IS militants").
_STANCE = re.compile(r"\b(?P<side>pro|anti)-$", re.I)
_OWN_FIGHTERS = re.compile(
    r"\s+(?:militants?|fighters?|gunm[ae]n|militiam[ae]n|militias?|rebels?|insurgents?|jihadists?|forces|troops|"
    r"combatants?)\b", re.I
)


def stance(tag: Tag, scene: Scene) -> bool:
    """Whether a match is told as a stance ("pro-Russian", "anti-government"): what others are for or against."""
    return _STANCE.search(scene.text, max(0, tag.start - 5), tag.start) is not None


# A backer told before what it backs: "Ethiopian-backed militia", "army-supported vigilantes".
_SPONSORING = re.compile(
    r"-(?:backed|supported|sponsored|funded|financed|trained|armed|allied|aligned|affiliated)\b", re.I
)


def sponsor(end: int, scene: Scene) -> bool:
    """Whether the words ending at ``end`` name a backer of what follows ("Ethiopian-backed militia"): no side
    of the event (ACLED codes the group backed)."""
    return _SPONSORING.match(scene.text, end) is not None


def _stance_only(tag: Tag, scene: Scene) -> bool:
    """Whether a group's name only says what someone is for or against ("a pro-Taliban cleric")."""
    stance = _STANCE.search(scene.text, max(0, tag.start - 5), tag.start)
    if stance is None:
        return False
    return stance["side"].lower() == "anti" or not _OWN_FIGHTERS.match(scene.text, tag.end)


def _short_ok(tag: Tag, scene: Scene) -> bool:
    """One- or two-letter acronyms need a neighbour: "IS militants", "claimed by KH", "members of G9"."""
    tokens = scene.tokens
    # "(AP) - Gunmen ...": a word beyond a bracket or a dash is no neighbour
    joined = tag.last < len(tokens) and scene.text[tag.end : tokens[tag.last].start].strip(" -") == ""
    after = next_key(tokens, tag.last) if joined else ""
    before = prev_key(tokens, tag.first)
    # "retaken from IS": the side the ground was taken from
    return after in _CONTEXT_AFTER | _DEEDS or before in {"by", "suspected", "against", "alleged", "pro", "from"} \
        or (before == "of" and prev_key(tokens, _start_of_previous(tokens, tag.first)) in _CONTEXT_AFTER) \
        or bool(_BLAMED.match(scene.text, tag.end)) or (after in {"and", "or"} and _shared_noun(tokens, tag.last))


def _shared_noun(tokens: Sequence[Token], conjunction: int) -> bool:
    """Whether the name after the ``and`` at ``conjunction`` ends in a group noun the two names share:
    "clashes between G9 and G-Pep gangs", "IS and JNIM militants"."""
    for index in range(conjunction + 1, min(conjunction + 5, len(tokens))):
        key = tokens[index].key
        if key in _CONTEXT_AFTER:
            return index > conjunction + 1
        if not key or not key[0].isalnum() and key not in {"-", "'"}:
            return False
    return False


# "IS was blamed for the attack", "KH is suspected": held responsible, as "IS claimed" is.
_BLAMED = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+(?:\w+ly\s+)?(?:blamed|suspected|held responsible)\b")


# An armed group's deed told right after its acronym: "the AA abducted five passengers", "IS executed two
# shepherds" (a name is its subject, as "IS claimed" is).
_DEEDS = frozenset(
    "abducted kidnapped ambushed attacked stormed overran shelled executed beheaded seized captured "
    "raided torched killed "
    # fire across a border: "PIJ fired rockets at Sderot", "TTP fired mortar shells at an army post"
    "fired launched struck bombed targeted detonated".split()
)


def _start_of_previous(tokens: Sequence[Token], index: int) -> int:
    """The index of the word before ``index``, "the" skipped: "members of (the) G9" -> "of"."""
    index -= 1
    return index - 1 if index >= 0 and tokens[index].key == "the" else index


_CONTEXT_AFTER = frozenset(
    "militants militant fighters fighter group members member rebels insurgents jihadists "
    "militia militiamen cell cells commanders commander attack attacks officers officer police "
    "soldiers troops forces gunmen supporters claimed loyalists affiliate affiliated operatives "
    "elements camp positions units unit leader leaders workers activists cadres youths guerrillas suicide bomber bombers gunman "
    # gangs and cartels: "G9 gangsters", "CV gang members", "PCC hitmen"
    "gang gangs gangsters hitmen sicarios "
    # what is left of a group: "the remnants of IS", "IS remnants"
    "remnants remnant".split()
)


def of_country(meaning: Meaning, event: Country | None) -> bool:
    """Whether the meaning's row belongs to the event's country."""
    row = meaning.row
    return row is not None and event is not None and event.iso3 in row.countries


def _foreign_acronym(meaning: Meaning, event: Country | None) -> bool:
    """A short acronym of another country's actor ("AP", Kenya's Administration Police, in a Mexican story
    is the Associated Press): it needs a neighbour too."""
    row = meaning.row
    return bool(
        meaning.exact and row is not None and row.countries and event is not None
        and event.iso3 not in row.countries and sum(c.isalnum() for c in meaning.exact) <= 3
    )


def is_identity(meaning: Meaning) -> bool:
    """Whether the meaning is a row naming a community (an identity group), not an organisation."""
    return meaning.kind == "row" and meaning.row is not None and meaning.row.kind == "identity"


_PLACE_AFTER = frozenset(
    "county counties district districts subcounty sub constituency lake region regional state "
    "province town village river road highway university hospital zone division location ward "
    "plains hills area border language north south east west central valley forest "
    "conservancy game reserve park school schools boys girls high secondary primary academy "
    "college institute market estate stadium station centre center hall hospital".split()
)
_PLACE_BEFORE = frozenset("west east north south central lake mount mt in at near to".split())
_RAID_VERBS = frozenset(
    "raided raid raids raiding attacked attack attacks attacking killed kill stole steal clashed "
    "clash fought invaded ambushed torched burnt burned shot struck stormed".split()
)
_AGENT_BEFORE = frozenset("by suspected armed rival between and be".split())


def lone_identity_ok(tag: Tag, tags: Sequence[Tag], scene: Scene) -> bool:
    """A bare group name ("Pokot") is a militia only in a raid or next to another group."""
    tokens = scene.tokens
    after, before = next_key(tokens, tag.last), prev_key(tokens, tag.first)
    if after in _PLACE_AFTER:
        return False
    if after in _RAID_VERBS:  # "in Pokot raids" is a raid even after "in"
        return True
    if before in _PLACE_BEFORE:
        return False
    if before in _AGENT_BEFORE or before in _RAID_VERBS:
        return True
    for other in tags:  # "Pokot and Turkana", "Turkana, Pokot and Samburu", "Borana and Somalis"
        if other is tag or not any(
            is_identity(m) or (m.kind == "country" and scene.text[other.end - 1] == "s")
            for m in other.meanings
        ):
            continue
        gap = other.first - tag.last if other.first >= tag.last else tag.first - other.last
        if 0 <= gap <= 2 and next_key(tokens, other.last) not in _PLACE_AFTER:
            return True
    return False


def context_rows(rows: list[tuple[Tag, Meaning]], scene: Scene) -> list[tuple[Tag, Meaning]]:
    """The matched rows the sentence lets stand: an acronym that needs a neighbour has one, a home-only
    alias is in its own country."""
    event = scene.country
    rows = [(t, m) for t, m in rows if not (m.needs_context or _foreign_acronym(m, event)) or _short_ok(t, scene)]
    return [(t, m) for t, m in rows if not m.home or of_country(m, event)]  # "=National Guard": Mexico's there only


def names_group(tag: Tag, meaning: Meaning, tags: Sequence[Tag], scene: Scene) -> bool:
    """Whether a group's match names the group, not a stance on it or something tied to it."""
    return not _stance_only(tag, scene) and (
        not _AFFILIATED.match(scene.text, tag.end) or _lone_affiliate(tag, meaning, tags, scene))
