"""From matched phrases to actor mentions: the small grammar of actor noun phrases.

Adjacent matches form one phrase ("suspected Al Shabaab militants", "Kenyan
police officers", "angry boda boda operators"); the phrase's head decides the
actor: a named group beats a nationality, which qualifies a generic noun.

Example:
    >>> from wirecoder.actors import ActorCoder
    >>> [m.actor.name for m in ActorCoder.load().mentions("Ugandan troops", "Kenya")]
    ['Military Forces of Uganda']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirecoder.model import Actor

from .countries import Country, region
from .crowds import IMPLIED, crowd_mention, implied_mention
from .gang_names import gang_name
from .lexicon import Noun
from .matcher import Meaning, Tag
from .name_context import context_rows, is_identity, lone_identity_ok, names_group, of_country, sponsor, stance
from .names import (
    GENERIC_NAMES, Mention, Scene, group_label, row_actor, state_name, with_country,
)
from .tokens import Token, next_key, prev_key

__all__ = ["Mention", "Scene", "interpret"]


_WEAPON_STRIKE = re.compile(r"\b(?:air|drone|missile|rocket|artillery|aerial|airstrikes?)[\s-]*strikes?\s*$", re.I)
# ... or a strike that kills or wounds ("Israeli strike kills five"): a workers' strike harms no one.
_STRIKE_HARMS = re.compile(r"\s+(?:on (?:[\w'’-]+ ){1,3}?)?(?:kill(?:s|ed)?|wound(?:s|ed)|injur(?:es|ed))\b", re.I)
_HEADS = {"MIL", "POL", "GOV", "UAG", "ETHNIC", "CLAN", "COMMUNAL", "CIV", "FOREIGN", "CROWD",
          "PROT", "RIOT", *IMPLIED}  # fmt: skip
_ARMED_AFTER = re.compile(r"(?i)[\s,]+(?:who were\s+|heavily\s+)?(?:armed with|wielding)\b")
_MILITANT_HEADS = {"MIL", "POL", "GOV", "UAG", "ETHNIC", "CLAN", "COMMUNAL"}
_MILITANT = {"UAG", "ETHNIC", "CLAN", "COMMUNAL", "MEMBER"}
_CROWDISH = {"CROWD", "PROT", "RIOT", "CIV", "FOREIGN"}
_ONE_PERSON = frozenset("a an one two three four five six seven eight nine ten".split())


# Words that may follow a person named by a demonym ("a Briton who", "a Somali was", "a Kenyan in").
_AFTER_PERSON = frozenset(
    "who whose that and or but was were is are had has have in on at near from with by after during while "
    "when as of to for also said says died".split()
)


def _person_ends(tokens: Sequence[Token], index: int) -> bool:
    """Whether the demonym ending before ``index`` names a person rather than qualifying the next word."""
    if index >= len(tokens):
        return True
    word = tokens[index].surface
    if not word.isalpha() or not word.islower():
        return True  # punctuation, a number or a name follows
    return word in _AFTER_PERSON or word.endswith("ed")


def _origin_group(tag: Tag, tags: Sequence[Tag], scene: Scene) -> tuple[Tag, Meaning] | None:
    """The group named in "from (the) (West) Pokot" right after a generic noun, if any."""
    tokens, i = scene.tokens, tag.last
    if next_key(tokens, i) != "from":
        return None
    i += 1
    if next_key(tokens, i) == "the":
        i += 1
    if next_key(tokens, i) in {"west", "east", "north", "south", "central", "upper", "lower"}:
        i += 1
    for other in tags:
        if other.first == i:
            for meaning in other.meanings:
                if is_identity(meaning):
                    return other, meaning
    return None


# Where rangers are soldiers: Thailand's paramilitary rangers (Thahan Phran) and Pakistan's Rangers are army
# units, coded Military Forces; elsewhere rangers guard parks and forests (police, as Kenya's KWS).
_ARMY_RANGERS = frozenset({"THA", "PAK"})
# ACLED codes the gangs of Latin America and the Caribbean as political militias, an unnamed one as
# "Unidentified Gang (Haiti)"; elsewhere (Kenya's notes) a gang is an unidentified armed group.
_GANG_REGIONS = frozenset({"Central America and the Caribbean", "South America"})
_GANG_WORD = re.compile(r"\bgang", re.IGNORECASE)


# People named by no trait but their sex or number: armed, they are gunmen.
_FACELESS = frozenset({"men", "man", "persons", "person", "individuals", "individual", "people"})


def _keys(tag: Tag, scene: Scene) -> str:
    """The matched phrase of a tag, as space-joined keys."""
    return " ".join(t.key for t in scene.tokens[tag.first : tag.last])


# Crowd words that, after a group's name, mean its fighters when they are violent.
_MILITANT_CROWD = frozenset(
    "youths youth young men men herders herdsmen pastoralists villagers community residents "
    "locals warriors morans raiders".split()
)


def _origin_country(tag: Tag, tags: Sequence[Tag], scene: Scene) -> Country | None:
    """The country in "from Somalia" or "of Somali origin" right after a generic noun."""
    tokens, i = scene.tokens, tag.last
    word = next_key(tokens, i)
    if word not in ("from", "of"):
        return None
    i += 1
    if next_key(tokens, i) == "the":
        i += 1
    for other in tags:
        if other.first != i:
            continue
        country = next((m.country for m in other.meanings if m.kind == "country"), None)
        if country and (word == "from" or next_key(tokens, other.last) in ("origin", "descent")):
            return country
    return None


_ALLIES = re.compile(r"\b(?:and|with)\s+(?:its\s+|their\s+)?allied\s+$", re.I)
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)
_JOINING = frozenset("join joined joins joining combined combine combining".split())


# Force nouns that name a state's unit only when nothing but a determiner, number or possessive comes before
# them ("its units", "a patrol", "the brigade's soldiers", "Ankara's jets"): "housing units", "a rescue unit" and
# "a night patrol of vigilantes" are no army's.
_BARE_UNITS = frozenset("units patrol patrols column detachment detachments garrison squadron".split())
_BEFORE_UNIT = frozenset(
    "its their his her our a an the one two three four five six seven eight nine ten several some many other "
    "these those by from with and or of at on in to as while when after before that which whose military "
    "army naval navy".split()
)
_ON_DUTY = frozenset("on from during after before while".split())
_UNIT_WORDS = _BARE_UNITS | frozenset("brigade brigades battalion battalions regiment regiments".split())


def _bare_unit(tag: Tag, scene: Scene) -> bool:
    """Whether ``tag`` is a bare unit noun ("units") after a word that makes it something else's."""
    tokens = scene.tokens
    if tokens[tag.first].key not in _BARE_UNITS or tag.last - tag.first != 1 or tag.first == 0:
        return False
    if tag.last < len(tokens) and tokens[tag.last].key == "of":
        return True  # "a patrol of the National Guard", "units of the RSF": the owner named next is the side
    before = tokens[tag.first - 1]
    if before.key in _ON_DUTY and tokens[tag.first].key.startswith("patrol"):
        return True  # "returning from patrol", "shot while on patrol": the duty, not a unit
    if before.key in _BEFORE_UNIT or before.key.isdigit() or not before.key.isalpha():
        return False
    return scene.text[before.end : tokens[tag.first].start].strip() not in ("'s", "’s")


# Craft and weapons named alone are a state's forces only as the ones acting ("Jets bombed the market"): counted,
# brought down or used ("shot down 12 drones", "intercepted drones", "struck a terminal with drones") they are what
# was fired, whoever fired them.
_CRAFT = frozenset("drones drone jets jet warplanes warships gunboats helicopters missiles rockets".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty several dozen dozens"
                          .split())
_DOWNED = frozenset("down downed intercepted intercept intercepts destroyed destroy of with using by".split())


def _craft_downed(tag: Tag, scene: Scene) -> bool:
    """Whether ``tag`` is a lone craft noun counted, brought down or used ("shot down 9 Shahed-type drones")."""
    tokens = scene.tokens
    if tag.last - tag.first != 1 or tokens[tag.first].key not in _CRAFT:
        return False
    before = [t.key for t in tokens[max(0, tag.first - 5) : tag.first]]  # "shot down 9 Shahed-type drones"
    return any(k.isdigit() or k in _DOWNED or k in _NUMBER_WORDS for k in before)


def interpret(run: Sequence[Tag], tags: Sequence[Tag], scene: Scene, stop: int) -> Mention | None:
    """The mention a run of adjacent matches makes, or None (e.g. a bare "Kenyan").

    ``tags`` are all matches of the sentence (for coordination); ``stop`` is where the next
    phrase starts, which ends the words that count as this phrase's own verbs.
    """
    start, end = run[0].start, run[-1].end
    if len(run) == 1 and scene.tokens[run[0].first].key == "forces" \
            and prev_key(scene.tokens, run[0].first) in _JOINING:
        return None  # "the Kikuyu joined forces and attacked": an idiom, no armed forces
    if len(run) == 1 and _bare_unit(run[0], scene):
        return None  # "20 housing units", "rescue units": no army's
    if len(run) == 1 and _craft_downed(run[0], scene):
        return None  # "shot down 9 Shahed-type drones launched by Russian forces": what was fired
    phrase = scene.text[start:end]
    named_rows = any(m.kind == "row" for t in run for m in t.meanings)
    if not named_rows and sponsor(end, scene):
        return None  # "Ethiopian-backed militia", "army-backed vigilantes": the backer, no side of its own
    mods = {m.noun.cat for t in run for m in t.meanings if m.kind == "noun" and m.noun
            and m.noun.cat.startswith("MOD_")}  # fmt: skip
    nouns = [(t, m.noun) for t in run for m in t.meanings
             if m.kind == "noun" and m.noun and not m.noun.cat.startswith("MOD_")]  # fmt: skip
    rows = [(t, m) for t in run for m in t.meanings if m.kind == "row" and m.row]
    event = scene.country
    rows = context_rows(rows, scene)
    demonym = next((m.country for t in run for m in t.meanings if m.kind == "country"), None)
    # "pro-Russian separatists", "pro-Iranian forces": a stance names no state of theirs
    stance_only = demonym is not None and any(stance(t, scene) for t in run if any(m.kind == "country" for m in t.meanings))
    if stance_only:
        demonym = None

    named = [(t, m) for t, m in rows if m.row and m.row.kind != "identity" and names_group(t, m, tags, scene)]
    if named:
        tag, meaning = named[0]
        # An alias two countries' groups share: the group of the event's country.
        meaning = next((m for t, m in named if t is tag and of_country(m, event)), meaning)
        row = meaning.row
        assert row is not None
        if row.kind in ("party", "union"):
            # its crowd: "ODM supporters", or "supporters of the Sadrist Movement" (a run joined by "of")
            crowd = [n for t, n in nouns if n.cat in _CROWDISH and (t.first >= tag.last or t.last <= tag.first)]
            if row.kind == "party":  # "BJP workers" are the party's activists, not a labour group
                crowd = [Noun(n.cat) if n.label == "Labour Group" else n for n in crowd]
            if crowd or row.kind == "union" or scene.cues.protest or scene.cues.strong_riot:
                return crowd_mention(start, end, phrase, crowd, mods, scene, stop, demonym or event,
                              extra=(row.name,), lone_party=not crowd)  # fmt: skip
        return Mention(start, end, row_actor(row, event, phrase), kind="named")

    identity = [(t, m) for t, m in rows if is_identity(m)]
    head_cats = [n.cat for _, n in nouns]
    if not identity and any(c in ("ETHNIC", "UAG", "CROWD") for c in head_cats):
        origin = _origin_group(run[-1], tags, scene)  # "raiders from West Pokot"
        if origin is not None:
            identity = [origin]
        elif demonym is None and any(c in ("UAG", "ETHNIC") for c in head_cats):
            demonym = _origin_country(run[-1], tags, scene)  # "gunmen from Somalia"
    if not nouns and not rows and demonym:
        last = scene.text[run[-1].start : run[-1].end].casefold()
        # "Kenyans barricaded roads"; "the United States", "the Philippines" are the countries
        if last.endswith("s") and last in {d.casefold() for d in demonym.demonyms}:
            nouns = [(run[-1], Noun("CROWD"))]
            head_cats = ["CROWD"]
        elif prev_key(scene.tokens, run[0].first) in _ONE_PERSON and _person_ends(scene.tokens, run[-1].last):
            # "shot dead a Briton", not "an Israeli airstrike" (an adjective on a word we do not know)
            nouns = [(run[-1], Noun("CIV"))]
            head_cats = ["CIV"]
    if identity and not any(c in ("MIL", "POL", "GOV") for c in head_cats):
        tag, meaning = identity[0]
        row = meaning.row
        assert row is not None
        militia = Mention(start, end, row_actor(row, event, phrase), kind="identity")
        for t in run:
            cats = {m.noun.cat for m in t.meanings if m.kind == "noun" and m.noun}
            if cats & _MILITANT and not cats & _CROWDISH:  # "Pokot raiders", not "Pokot youths"
                return militia
        crowd = [n for _, n in nouns if n.cat in _CROWDISH]
        if crowd:
            mention = crowd_mention(start, end, phrase, crowd, mods, scene, stop,
                             demonym or event, extra=(group_label(row, event),))  # fmt: skip
            fighters = any(t.first >= tag.last and _keys(t, scene) in _MILITANT_CROWD for t in run)
            if mention and mention.actor.inter == 5 and fighters and not scene.cues.protest:
                return militia  # "Pokot herders torched homes": the group's militia
            return mention
        if len(tag.meanings) and (tag.last - tag.first > 1 or lone_identity_ok(tag, tags, scene)):
            return militia
        return None

    heads = [(t, n) for t, n in nouns if n.cat in _HEADS]
    if not heads:
        return None
    head_tag, head = heads[-1]
    if any(m.noun and m.noun.cat == "MEMBER" for m in head_tag.meanings):
        # "gang members", "police officers' families": the first noun says who they are.
        earlier = [n for t, n in heads if t.last <= head_tag.first and n.cat in _MILITANT_HEADS]
        if earlier:
            head = earlier[-1]
    elif _keys(head_tag, scene) in _UNIT_WORDS:
        # "a constabulary patrol", "a police unit": the force a unit word follows is the unit's
        earlier = [n for t, n in heads if t.last <= head_tag.first and n.cat in ("MIL", "POL")]
        if earlier:
            head = earlier[-1]
    country = demonym or event
    if head.cat == "GOV" and _FORMER.search(scene.text, max(0, head_tag.start - 12), head_tag.start):
        return None  # "supporters of former president Bolsonaro": a former official holds no office
    if head.cat in ("MIL", "POL", "GOV") and _ALLIES.search(scene.text, max(0, start - 24), start):
        return None  # "the KIA and allied forces": the group's allies, no state's forces
    if head.cat in ("MIL", "POL") and stance_only:
        name, inter = GENERIC_NAMES["UAG"]  # "pro-Russian forces": armed men of the cause, no state's forces
        return Mention(start, end, Actor(with_country(name, country), inter, phrase, "forces of a stance"))
    if head.cat in ("MIL", "POL", "GOV"):
        inter = 8 if (event and demonym and demonym.iso3 != event.iso3) else 1
        cat = "MIL" if country and country.iso3 in _ARMY_RANGERS and "ranger" in _keys(head_tag, scene) else head.cat
        return Mention(start, end, Actor(state_name(cat, country), inter, phrase,
                                         "state-force noun"), kind="state")  # fmt: skip
    if head.cat in IMPLIED:
        if head.cat == "IMPL_PROT" and (_WEAPON_STRIKE.search(scene.text, 0, end) or (
                phrase.lower().endswith("strike") and _STRIKE_HARMS.match(scene.text, end))):
            return None  # "air strikes", "drone strike": weapons, not a labour strike's protesters
        return implied_mention(start, end, phrase, head.cat, scene, stop, country)
    if head.cat in ("CROWD", "PROT", "RIOT", "CIV", "FOREIGN"):
        armed_after = bool(_ARMED_AFTER.match(scene.text[end : end + 30]))
        if armed_after and head.cat in ("CROWD", "CIV"):
            # "men armed with machetes", "youths wielding clubs": gunmen, whoever they are.
            name, inter = GENERIC_NAMES["UAG"]
            actor = Actor(with_country(name, country), inter, phrase, "armed men")
            return Mention(start, end, actor)
        if "MOD_ARMED" in mods and head.cat in ("CROWD", "CIV"):
            # "armed Somalis" are gunmen from abroad; "armed villagers" a communal militia; "masked men",
            # "heavily armed men" belong to no community the words name: gunmen.
            faceless = _keys(head_tag, scene) in _FACELESS or bool(demonym and not head.label)
            name, inter = GENERIC_NAMES["UAG" if faceless else "COMMUNAL"]
            actor = Actor(with_country(name, country), inter, phrase, "armed crowd")
            return Mention(start, end, actor)
        crowd = [n for _, n in nouns if n.cat in _CROWDISH]
        return crowd_mention(start, end, phrase, crowd, mods, scene, stop, country, demonym=demonym)
    cat = head.cat
    if cat == "ETHNIC" and mods & {"MOD_ARMED", "MOD_UNKNOWN"} and not any(
        w in _keys(head_tag, scene) for w in ("ethnic", "tribal", "tribe")
    ):
        cat = "UAG"  # "unidentified raiders", "armed cattle rustlers": no group is named
    name, inter = GENERIC_NAMES[cat]
    if cat == "UAG" and country and region(country) in _GANG_REGIONS and _GANG_WORD.search(phrase):
        if named := gang_name(scene.text, start, end):  # "the Kraze Baryè gang": the gang by its name
            return Mention(start, end, Actor(named, 3, phrase, "a gang the text names"), kind="named")
        name = "Unidentified Gang"  # ACLED's name for a gang no text names, where it codes gangs
    return Mention(start, end, Actor(with_country(name, country), inter, phrase, f"generic {cat}"))
